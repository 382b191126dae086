// Package wordset provides fixed sets of words that turn most words away by
// their first byte and length before any hashing: the lists precis checks
// every word of a story against (name particles, months, number words) are
// small, and most words are in none of them.
package wordset

// Filter tells the words that may be in a set from those that cannot: a
// word whose first byte or length no member has.
type Filter struct {
	first    [256]bool
	min, max int
}

// Add lets w (not empty) through the filter.
func (f *Filter) Add(w string) {
	if f.max == 0 {
		f.min = len(w)
	}
	f.first[w[0]] = true
	f.min, f.max = min(f.min, len(w)), max(f.max, len(w))
}

// May reports whether w may be one of the words added.
func (f *Filter) May(w string) bool {
	return len(w) >= f.min && len(w) <= f.max && f.max > 0 && f.first[w[0]]
}

// Set is a fixed set of words.
type Set struct {
	Filter
	words map[string]bool
}

// Of returns the set of words (none of them empty).
func Of(words ...string) *Set {
	s := &Set{words: make(map[string]bool, len(words))}
	for _, w := range words {
		s.words[w] = true
		s.Add(w)
	}
	return s
}

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool { return s.May(w) && s.words[w] }

// Words returns the set's words, in no particular order.
func (s *Set) Words() []string {
	out := make([]string, 0, len(s.words))
	for w := range s.words {
		out = append(out, w)
	}
	return out
}
