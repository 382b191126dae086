package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A pattern is an expression matched at the start of a text by
// backtracking, trying alternatives in the order written, greedy repeats
// longest first and lazy ones shortest first: the leftmost-first rule of
// Go's regexp (and Perl's), so it finds the same match and the same groups
// as the regular expression it is built like (the speaker expressions in
// the tests). The speaker expressions are large (a name of up to six words,
// some hundred nouns, sixty verbs, repeats counted up to 120), and Go runs
// expressions that large on its NFA, which follows every way of reading a
// name at once; backtracking reads most texts in one pass, since a name's
// words, the verbs and the asides end where the next part must begin.
type pattern struct {
	root   *node
	groups int // capture groups, numbered from 1
}

type nodeKind uint8

const (
	kLit      nodeKind = iota // lit
	kClass                    // one character in class
	kWords                    // one of words, in the order listed
	kSeq                      // subs one after another
	kAlt                      // the first of subs that leads to a match
	kRep                      // subs[0] min to max times (max < 0: no limit)
	kCap                      // subs[0], recorded as group
	kEnd                      // the end of the text
	kBoundary                 // an ASCII word boundary (\b)
)

type node struct {
	kind     nodeKind
	lit      string
	class    func(rune) bool
	words    *wordList
	subs     []*node
	min, max int
	greedy   bool
	group    int
}

// wordList is an alternation of literal words, indexed by first byte with
// the listed order kept.
type wordList struct{ byFirst [256][]string }

func lit(s string) *node               { return &node{kind: kLit, lit: s} }
func class(f func(rune) bool) *node    { return &node{kind: kClass, class: f} }
func seq(subs ...*node) *node          { return &node{kind: kSeq, subs: subs} }
func alt(subs ...*node) *node          { return &node{kind: kAlt, subs: subs} }
func capture(group int, n *node) *node { return &node{kind: kCap, group: group, subs: []*node{n}} }
func repeat(n *node, min, max int) *node {
	return &node{kind: kRep, subs: []*node{n}, min: min, max: max, greedy: true}
}
func lazy(n *node, min, max int) *node {
	return &node{kind: kRep, subs: []*node{n}, min: min, max: max}
}
func optional(n *node) *node { return repeat(n, 0, 1) }
func end() *node             { return &node{kind: kEnd} }
func boundary() *node        { return &node{kind: kBoundary} }

func words(list ...string) *node {
	w := &wordList{}
	for _, s := range list {
		w.byFirst[s[0]] = append(w.byFirst[s[0]], s)
	}
	return &node{kind: kWords, words: w}
}

// newPattern returns a pattern matching root, with groups capture groups.
func newPattern(groups int, root *node) *pattern { return &pattern{root: root, groups: groups} }

// FindStringSubmatchIndex returns the offsets of the match at the start of
// s and of its groups (-1 for a group not in the match), or nil, as the
// regexp method does for an expression anchored with ^.
func (p *pattern) FindStringSubmatchIndex(s string) []int {
	m := matcher{s: s, caps: make([]int, 2*(p.groups+1))}
	for i := range m.caps {
		m.caps[i] = -1
	}
	if !m.match(p.root, 0, func(j int) bool { m.caps[1] = j; return true }) {
		return nil
	}
	m.caps[0] = 0
	return m.caps
}

// FindStringSubmatch returns the text of the match at the start of s and
// of its groups ("" for a group not in the match), or nil.
func (p *pattern) FindStringSubmatch(s string) []string {
	return groupsOf(s, p.FindStringSubmatchIndex(s))
}

// groupsOf returns the texts of a match's groups in s, given their offsets
// ("" for a group not in the match), or nil for no match.
func groupsOf(s string, idx []int) []string {
	if idx == nil {
		return nil
	}
	out := make([]string, len(idx)/2)
	for k := range out {
		if idx[2*k] >= 0 {
			out[k] = s[idx[2*k]:idx[2*k+1]]
		}
	}
	return out
}

type matcher struct {
	s    string
	caps []int
}

// match reports whether n matches at offset i in a way that k, given the
// offset after it, accepts; ways are tried in the expression's order.
func (m *matcher) match(n *node, i int, k func(int) bool) bool {
	switch n.kind {
	case kLit:
		return strings.HasPrefix(m.s[i:], n.lit) && k(i+len(n.lit))
	case kClass:
		r, size := utf8.DecodeRuneInString(m.s[i:])
		return size > 0 && n.class(r) && k(i+size)
	case kWords:
		if i == len(m.s) {
			return false
		}
		for _, w := range n.words.byFirst[m.s[i]] {
			if strings.HasPrefix(m.s[i:], w) && k(i+len(w)) {
				return true
			}
		}
		return false
	case kSeq:
		return m.seq(n.subs, i, k)
	case kAlt:
		for _, sub := range n.subs {
			if m.match(sub, i, k) {
				return true
			}
		}
		return false
	case kRep:
		if n.subs[0].kind == kClass {
			return m.repClass(n, i, k)
		}
		return m.rep(n, 0, i, k)
	case kCap:
		g := 2 * n.group
		start, stop := m.caps[g], m.caps[g+1]
		m.caps[g] = i
		if m.match(n.subs[0], i, func(j int) bool {
			was := m.caps[g+1]
			m.caps[g+1] = j
			if k(j) {
				return true
			}
			m.caps[g+1] = was
			return false
		}) {
			return true
		}
		m.caps[g], m.caps[g+1] = start, stop
		return false
	case kEnd:
		return i == len(m.s) && k(i)
	case kBoundary:
		before := i > 0 && isWordByte(m.s[i-1])
		after := i < len(m.s) && isWordByte(m.s[i])
		return before != after && k(i)
	}
	panic("quote: unknown pattern node")
}

func (m *matcher) seq(subs []*node, i int, k func(int) bool) bool {
	if len(subs) == 0 {
		return k(i)
	}
	if len(subs) == 1 {
		return m.match(subs[0], i, k)
	}
	return m.match(subs[0], i, func(j int) bool { return m.seq(subs[1:], j, k) })
}

// rep matches n's repeat from its count-th time on.
func (m *matcher) rep(n *node, count, i int, k func(int) bool) bool {
	more := func() bool {
		return (n.max < 0 || count < n.max) &&
			m.match(n.subs[0], i, func(j int) bool { return j > i && m.rep(n, count+1, j, k) })
	}
	if n.greedy {
		return more() || count >= n.min && k(i)
	}
	return count >= n.min && k(i) || more()
}

// repClass is rep for one character class: the run of characters in it is
// read once, then tried longest first (greedy) or shortest first.
func (m *matcher) repClass(n *node, i int, k func(int) bool) bool {
	var buf [128]int
	ends := append(buf[:0], i)
	for j := i; n.max < 0 || len(ends) <= n.max; {
		r, size := utf8.DecodeRuneInString(m.s[j:])
		if size == 0 || !n.subs[0].class(r) {
			break
		}
		j += size
		ends = append(ends, j)
	}
	if n.greedy {
		for c := len(ends) - 1; c >= n.min; c-- {
			if k(ends[c]) {
				return true
			}
		}
		return false
	}
	for c := n.min; c < len(ends); c++ {
		if k(ends[c]) {
			return true
		}
	}
	return false
}

// withCapitals returns each word capitalized and as it is: "The", "the".
func withCapitals(list []string) []string {
	var out []string
	for _, w := range list {
		out = append(out, strings.ToUpper(w[:1])+w[1:], w)
	}
	return out
}

// The speaker patterns' parts.
var (
	space      = class(func(r rune) bool { return r < utf8.RuneSelf && isSpace(byte(r)) }) // \s
	spaces     = repeat(space, 1, -1)                                                      // \s+
	anySpaces  = repeat(space, 0, -1)                                                      // \s*
	upper      = class(func(r rune) bool { return 'A' <= r && r <= 'Z' })
	nameRune   = class(func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' || r == '.' })
	nameSep    = class(func(r rune) bool { return r == ' ' || r == '-' })
	notQuote   = class(func(r rune) bool { return r != '"' && r != '“' && r != '”' && r != '`' })
	notCommaQ  = class(func(r rune) bool { return r != ',' && r != '"' && r != '“' && r != '”' && r != '`' })
	wordRune   = class(func(r rune) bool { return unicode.IsLetter(r) || '0' <= r && r <= '9' || r == '-' })
	mediumRune = class(func(r rune) bool {
		return unicode.IsLetter(r) || '0' <= r && r <= '9' || r == '-' || r == '\'' || r == '’' || r == '.'
	})
	apostrophe = class(func(r rune) bool { return r == '\'' || r == '’' })
	comma      = lit(",")

	// a capitalized name of one to six words, with particles: "Nouri
	// al-Maliki", "Charles de Gaulle", "Secretary of State John Kerry" is
	// not one (but "State John Kerry" is)
	namePat = seq(
		repeat(seq(words("al", "el", "von", "van", "de", "der", "den", "la", "le", "da", "dos", "di", "del"), nameSep), 0, 2),
		upper, repeat(nameRune, 0, -1),
		repeat(seq(nameSep,
			repeat(seq(words("al", "el", "bin", "ibn", "de", "van", "von", "der", "den", "da", "dos", "di", "del"), nameSep), 0, 2),
			upper, repeat(nameRune, 0, -1)), 0, 5))
	// "a senior official", "the ministry"
	unnamedPat = seq(
		words(withCapitals(determinerWords)...), spaces,
		lazy(seq(alt(repeat(wordRune, 1, -1), repeat(seq(upper, lit(".")), 1, -1)), spaces), 0, 4),
		words(strings.Split(unnamedNouns, "|")...))
	pronounPat = words("he", "she", "they", "He", "She", "They")
	// "Prime Minister Tony Blair's office"
	ofNamePat = seq(namePat, apostrophe, lit("s"), spaces,
		words("office", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "statement", "government", "ministry", "campaign"))
	// ", a former minister who …," or "who spoke on condition of anonymity"
	asidePat = optional(alt(
		seq(comma, repeat(notCommaQ, 1, 120), comma),
		comma,
		seq(spaces, lit("who"), spaces, repeat(notCommaQ, 1, 60))))
	verbPat = words(strings.Split(verbs, "|")...)
)

var (
	// after a quotation: ", said the official" or "Kerry told reporters"
	// (groups: verb, speaker | speaker, verb)
	// The speaker may come after a few words that describe it ("senior
	// Palestinian negotiator Saeb Erekat said": the caller checks that they
	// hold no function word), and before the verb may stand asides ("Gene
	// Michaels, the operations manager, said"; "Cuisenier, 27, a Frenchman
	// from Marseilles, said") and "was quoted as".
	afterPat = newPattern(4, seq(anySpaces, optional(comma), anySpaces,
		alt(
			seq(capture(1, verbPat), spaces, lazy(seq(repeat(wordRune, 1, -1), spaces), 0, 3), capture(2, alt(namePat, unnamedPat))),
			seq(lazy(seq(repeat(wordRune, 1, -1), optional(comma), spaces), 0, 4), capture(3, alt(namePat, unnamedPat, pronounPat)),
				optional(seq(spaces, words("here", "there"))),
				optional(seq(repeat(seq(comma, repeat(notCommaQ, 1, 120)), 1, 3), comma)), spaces,
				optional(seq(words("also", "later", "was quoted as", "were quoted as", "is quoted as"), spaces)), capture(4, verbPat))),
		boundary()))
	// before it, up to the quotation: "Kerry, in Vienna, said" (groups:
	// speaker, verb)
	beforePat = newPattern(2, seq(
		capture(1, alt(ofNamePat, namePat, unnamedPat, pronounPat)), asidePat, spaces,
		optional(alt(seq(lit("also"), spaces), seq(lit("later"), spaces), seq(lit("then"), spaces))),
		capture(2, verbPat), boundary(), repeat(notQuote, 0, 120), end()))
	// the name after an unnamed speaker: ", Ellen Fink"
	namedPat = newPattern(1, seq(comma, anySpaces, capture(1, namePat), boundary()))
	// "But, said Alun Michael, a senior official, “…”" (run by
	// verbFirstMatch from each place its verb can start)
	verbFirstPat = newPattern(2, seq(capture(1, verbPat), spaces, capture(2, namePat),
		optional(seq(comma, repeat(notCommaQ, 1, 120), comma)), anySpaces, optional(lit(":")), anySpaces, end()))
	// "the newspaper quoted Zhang Xiong, the head coach, as saying" and
	// "NTV quoted him as saying" (groups: speaker, verb)
	quotedAsPat = newPattern(2, seq(anySpaces, optional(comma), anySpaces,
		lazy(seq(repeat(mediumRune, 1, -1), spaces), 0, 5), lit("quoted"), spaces,
		capture(1, alt(namePat, words("him", "her", "them"))),
		optional(seq(comma, repeat(notCommaQ, 1, 120), comma)),
		optional(seq(spaces, repeat(wordRune, 1, -1))), spaces,
		lit("as"), spaces, capture(2, words("saying", "telling", "writing")), boundary()))
	accordPat = newPattern(1, seq(anySpaces, optional(comma), anySpaces, lit("according to"), spaces,
		capture(1, alt(namePat, unnamedPat)), boundary()))
)
