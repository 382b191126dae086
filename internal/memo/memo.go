// Package memo provides a bounded memo table keyed by strings, for the
// per-word analyses precis repeats on every article (stems, token forms):
// news text repeats a small vocabulary, so after warm-up a look-up costs one
// hash and one comparison.
package memo

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// Table memoizes a function of a string. It is direct-mapped with a fixed
// number of slots, so memory stays bounded however many different keys
// pass, and lock-free: a slot holds an immutable entry, replaced whole, so
// it may be used from many goroutines at once.
type Table[V any] struct {
	slots []atomic.Pointer[entry[V]]
	seed  maphash.Seed
}

type entry[V any] struct {
	key string
	v   V
}

// New returns a table of slots entries (a power of two).
func New[V any](slots int) *Table[V] {
	if slots <= 0 || slots&(slots-1) != 0 {
		panic("memo: slots must be a power of two")
	}
	return &Table[V]{slots: make([]atomic.Pointer[entry[V]], slots), seed: maphash.MakeSeed()}
}

// Get returns f(key), computing it only when the key's slot holds another
// key. f is given a copy of key, so a value cut from it (a stem is often a
// slice of its word) never keeps the caller's text, perhaps a whole
// article, alive for as long as the entry lives.
func (t *Table[V]) Get(key string, f func(string) V) V {
	slot := &t.slots[maphash.String(t.seed, key)&uint64(len(t.slots)-1)]
	if e := slot.Load(); e != nil && e.key == key {
		return e.v
	}
	key = strings.Clone(key)
	v := f(key)
	slot.Store(&entry[V]{key, v})
	return v
}
