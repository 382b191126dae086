package summarize

import (
	"slices"
	"sync"

	"github.com/precis-news/precis/internal/intern"
)

// scratch holds the working arrays of one summary's sentence graph and
// concept index, kept between summaries so that the largest of them (the
// graph's edges, the bigram table) are not allocated, and collected, for
// every story. Nothing in it outlives the call that borrowed it.
type scratch struct {
	pairs []pair
	edges []edge
	keys  []uint64 // a pairTable's
	vals  []int32
	ids   *intern.Numbers // a corpus's numbering of its stems
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// borrow returns a scratch for the caller's use until it calls giveBack.
func borrow() *scratch { return scratchPool.Get().(*scratch) }

// giveBack returns s for reuse; the caller keeps nothing cut from it.
func giveBack(s *scratch) { scratchPool.Put(s) }

// pairTable returns an empty table for size pairs over the scratch's arrays.
func (s *scratch) pairTable(size int) pairTable {
	n := 16
	for n < 2*size {
		n <<= 1
	}
	s.keys = slices.Grow(s.keys[:0], n)[:n]
	s.vals = slices.Grow(s.vals[:0], n)[:n]
	clear(s.vals) // a slot is empty when its value is 0; keys are written before they are read
	return pairTable{keys: s.keys, vals: s.vals}
}

// numbers returns an empty numbering with room for about size strings.
func (s *scratch) numbers(size int) *intern.Numbers {
	if s.ids == nil {
		s.ids = intern.New(size)
	} else {
		s.ids.Reset(size)
	}
	return s.ids
}
