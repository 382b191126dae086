package clean

// phraseSet tells in one pass over a text whether any of a list of phrases
// occurs in it: an Aho–Corasick automaton, compiled to a table of moves over
// the bytes the phrases use (every other byte is one class). Checking a
// sentence against a hundred phrases one strings.Contains at a time scans it
// a hundred times; this scans it once.
type phraseSet struct {
	class   [256]uint8 // byte -> class; 0 for bytes no phrase uses
	classes int
	next    []int32 // state*classes + class -> state
	match   []bool  // by state: some phrase ends here
}

// newPhraseSet compiles the phrases (none empty).
func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{classes: 1}
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			if ps.class[p[i]] == 0 {
				ps.class[p[i]] = uint8(ps.classes)
				ps.classes++
			}
		}
	}
	// the trie; -1 for a move not yet known
	k := ps.classes
	ps.next = make([]int32, k)
	ps.match = []bool{false}
	for i := range ps.next {
		ps.next[i] = -1
	}
	for _, p := range phrases {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := int32(ps.class[p[i]])
			if ps.next[s*int32(k)+c] < 0 {
				ps.next[s*int32(k)+c] = int32(len(ps.match))
				ps.match = append(ps.match, false)
				for range k {
					ps.next = append(ps.next, -1)
				}
			}
			s = ps.next[s*int32(k)+c]
		}
		ps.match[s] = true
	}
	// breadth first, each missing move becomes the move of the state's
	// longest proper suffix that is a state (its fail state)
	fail := make([]int32, len(ps.match))
	var queue []int32
	for c := range k {
		if t := ps.next[c]; t < 0 {
			ps.next[c] = 0
		} else {
			queue = append(queue, t) // fail[t] = 0
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		ps.match[s] = ps.match[s] || ps.match[fail[s]]
		for c := range int32(k) {
			t := ps.next[s*int32(k)+c]
			if t < 0 {
				ps.next[s*int32(k)+c] = ps.next[fail[s]*int32(k)+c]
				continue
			}
			fail[t] = ps.next[fail[s]*int32(k)+c]
			queue = append(queue, t)
		}
	}
	return ps
}

// in reports whether any phrase occurs in s.
func (ps *phraseSet) in(s string) bool {
	state, k := int32(0), int32(ps.classes)
	for i := 0; i < len(s); i++ {
		state = ps.next[state*k+int32(ps.class[s[i]])]
		if ps.match[state] {
			return true
		}
	}
	return false
}
