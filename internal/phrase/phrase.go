// Package phrase finds whether any of a fixed list of phrases occurs in a
// text, in one pass over it (the web furniture clean cuts out, the words
// that put a figure in doubt), and which of several lists do (the gates of
// clean's inline cuts).
package phrase

import "slices"

// Set tells in one pass over a text whether any of a list of phrases
// occurs in it: an Aho–Corasick automaton, compiled to a table of moves over
// the bytes the phrases use (every other byte is one class). Checking a
// sentence against a hundred phrases one strings.Contains at a time scans it
// a hundred times; this scans it once. Phrases are lower case, and an ASCII
// capital moves as its small letter does, so text need not be lower-cased
// first.
type Set struct {
	class   [256]uint16 // byte -> class; 0 for bytes no phrase uses
	classes int32       // how many classes there are
	// move[state*classes + class] is the row of the state moved to
	// (its state*classes), times two, plus one if some phrase ends there
	move []int32
}

// New compiles the phrases (none empty, none with an ASCII capital). A
// '#' in a phrase stands for any ASCII digit ("(#" finds "(1:31)" and
// "(0:49)"), so that phrases about numbers add one class, not ten; a
// phrase may then hold no digit itself, and a '#' in the text matches too
// (a set finds candidates, which a pattern then checks).
func New(phrases []string) *Set {
	ps, _, _, _ := build(phrases)
	return ps
}

// build compiles the phrases into a Set, and returns with it the state each
// phrase ends in, each state's fail state and the states in breadth-first
// order (what NewGroups needs to tell the lists apart).
func build(phrases []string) (ps *Set, ends, fail, order []int32) {
	ps = &Set{}
	k := 1 // classes
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			if 'A' <= p[i] && p[i] <= 'Z' {
				panic("phrase: a phrase with a capital: " + p)
			}
			if ps.class[p[i]] == 0 {
				ps.class[p[i]] = uint16(k)
				k++
			}
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		ps.class[c] = ps.class[c+'a'-'A']
	}
	if hash := ps.class['#']; hash != 0 {
		for c := '0'; c <= '9'; c++ {
			if ps.class[c] != 0 {
				panic("phrase: a digit in phrases that use '#' for any digit")
			}
			ps.class[c] = hash
		}
	}
	// the trie: next[state*k + class] is the state moved to, -1 for a
	// move not yet known; match[state], whether some phrase ends there
	ps.classes = int32(k)
	next := make([]int32, k)
	match := []bool{false}
	for i := range next {
		next[i] = -1
	}
	for _, p := range phrases {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := int32(ps.class[p[i]])
			if next[s*int32(k)+c] < 0 {
				next[s*int32(k)+c] = int32(len(match))
				match = append(match, false)
				for range k {
					next = append(next, -1)
				}
			}
			s = next[s*int32(k)+c]
		}
		match[s] = true
		ends = append(ends, s)
	}
	// breadth first, each missing move becomes the move of the state's
	// longest proper suffix that is a state (its fail state)
	fail = make([]int32, len(match))
	var queue []int32
	for c := range k {
		if t := next[c]; t < 0 {
			next[c] = 0
		} else {
			queue = append(queue, t) // fail[t] = 0
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		order = append(order, s)
		match[s] = match[s] || match[fail[s]]
		for c := range int32(k) {
			t := next[s*int32(k)+c]
			if t < 0 {
				next[s*int32(k)+c] = next[fail[s]*int32(k)+c]
				continue
			}
			fail[t] = next[fail[s]*int32(k)+c]
			queue = append(queue, t)
		}
	}
	ps.move = make([]int32, len(next))
	for i, t := range next {
		ps.move[i] = t * int32(k) * 2
		if match[t] {
			ps.move[i]++
		}
	}
	return ps, ends, fail, order
}

// In reports whether any phrase occurs in s, ASCII letters matching in
// either case.
func (ps *Set) In(s string) bool {
	row := int32(0)
	for i := 0; i < len(s); i++ {
		m := ps.move[row+int32(ps.class[s[i]])]
		if m&1 != 0 {
			return true
		}
		row = m >> 1
	}
	return false
}

// Groups tells in one pass over a text which of several lists of phrases
// occur in it: a Set of all their phrases whose states know the lists of
// the phrases that end there. Clean gates each of its seventy inline cuts
// on a list of phrases; asking one Set a list would scan a paragraph
// seventy times.
type Groups struct {
	set   *Set
	lists [][]int32 // lists[state]: the lists with a phrase that ends there
	n     int
}

// NewGroups compiles the lists of phrases (as New does each phrase).
func NewGroups(lists [][]string) *Groups {
	var all []string
	var of []int32 // of[i]: the list all[i] is from
	for l, phrases := range lists {
		all = append(all, phrases...)
		for range phrases {
			of = append(of, int32(l))
		}
	}
	set, ends, fail, order := build(all)
	g := &Groups{set: set, lists: make([][]int32, len(fail)), n: len(lists)}
	for i, s := range ends {
		if !slices.Contains(g.lists[s], of[i]) {
			g.lists[s] = append(g.lists[s], of[i])
		}
	}
	for _, s := range order { // a state ends what its fail state ends too
		for _, l := range g.lists[fail[s]] {
			if !slices.Contains(g.lists[s], l) {
				g.lists[s] = append(g.lists[s], l)
			}
		}
	}
	return g
}

// Find sets found[l] for every list l with a phrase in s (ASCII letters
// matching in either case) and clears it for the others. found holds one
// entry for each list.
func (g *Groups) Find(s string, found []bool) {
	clear(found[:g.n])
	ps := g.set
	row := int32(0)
	for i := 0; i < len(s); i++ {
		m := ps.move[row+int32(ps.class[s[i]])]
		row = m >> 1
		if m&1 != 0 {
			for _, l := range g.lists[row/ps.classes] {
				found[l] = true
			}
		}
	}
}
