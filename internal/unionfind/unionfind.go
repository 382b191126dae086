// Package unionfind holds the disjoint sets precis's stages join things
// into: copies into groups, names into entities, quotations into one
// quote, articles into stories or families of editions.
package unionfind

// Sets are disjoint sets over 0..n-1. A set is named by its root, which
// Union keeps the lowest member of the set, so that roots (and what callers
// key by them) do not depend on the order of the joins.
type Sets []int

// New returns n sets of one member each.
func New(n int) Sets {
	s := make(Sets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// Add appends a new set of one member and returns it.
func (s *Sets) Add() int {
	*s = append(*s, len(*s))
	return len(*s) - 1
}

// Find returns the root of i's set, halving the path on the way.
func (s Sets) Find(i int) int {
	for s[i] != i {
		s[i] = s[s[i]]
		i = s[i]
	}
	return i
}

// Union joins the sets of a and b under the lower root and reports
// whether they were apart.
func (s Sets) Union(a, b int) bool {
	ra, rb := s.Find(a), s.Find(b)
	if ra == rb {
		return false
	}
	s.Link(max(ra, rb), min(ra, rb))
	return true
}

// Link puts root a's set under root b (for a caller that chooses the root
// itself).
func (s Sets) Link(a, b int) { s[a] = b }
