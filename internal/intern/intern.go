// Package intern numbers strings (stems, words) in the order they are first
// met, so that a stage can count and compare numbers instead of strings.
package intern

// Numbers gives every distinct string it is asked about a number, from 0.
type Numbers struct {
	ids   map[string]int32
	words []string
}

// New returns a numbering with room for about size strings.
func New(size int) *Numbers {
	return &Numbers{ids: make(map[string]int32, size), words: make([]string, 0, size)}
}

// Reset forgets every number, keeping the room the map has made, and
// makes room for about size strings. A slice Words returned before stays
// the caller's: the numbering starts a new one.
func (n *Numbers) Reset(size int) {
	clear(n.ids)
	n.words = make([]string, 0, size)
}

// Of returns the number of s, giving it the next one if it has none.
func (n *Numbers) Of(s string) int32 {
	id, ok := n.ids[s]
	if !ok {
		id = int32(len(n.words))
		n.ids[s] = id
		n.words = append(n.words, s)
	}
	return id
}

// Lookup returns the number of s, if it has one.
func (n *Numbers) Lookup(s string) (int32, bool) {
	id, ok := n.ids[s]
	return id, ok
}

// Len returns how many strings have numbers.
func (n *Numbers) Len() int { return len(n.words) }

// Words returns the strings by number (owned by n).
func (n *Numbers) Words() []string { return n.words }
