// Package memo provides a bounded memo table keyed by strings, for the
// per-word analyses precis repeats on every article (stems, token forms):
// news text repeats a small vocabulary, so after warm-up a look-up costs one
// hash and a comparison or two.
package memo

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
)

// Table memoizes a function of a string. It has a fixed number of slots,
// so memory stays bounded however many different keys pass, and is
// lock-free for readers, so it may be used from many goroutines at once.
// A key may sit in either of two neighbouring slots (a pair), so that two
// common words whose hashes meet do not keep taking each other's place. (Two
// goroutines that miss one key at once may put it in both: a slot wasted,
// no harm.)
//
// A slot holds the number of its entry, not a pointer to it. Entries are
// written once, in chunks, and a slot is pointed at an entry only after
// the entry is written. The slots hold no pointers, so the garbage
// collector, which visits every pointer of a live object at each cycle,
// skips them; with pointers, it visited every slot of a table of 65,536 at
// every cycle, most of them empty.
// When a generation's entries run out (twice as many as slots: a key that
// replaces another in its slot takes a new entry), the table starts afresh.
type Table[V any] struct {
	seed  maphash.Seed
	slots int
	mu    sync.Mutex // held by writers
	cur   atomic.Pointer[generation[V]]
}

type entry[V any] struct {
	key string
	v   V
}

// chunkSize is the entries of one chunk.
const chunkSize = 512

type chunk[V any] [chunkSize]entry[V]

// generation is a table's slots and entries until its entries run out.
type generation[V any] struct {
	slots  []atomic.Uint32            // each slot's entry number + 1; 0 for none
	chunks []atomic.Pointer[chunk[V]] // allocated as entries are added
	n      int                        // entries written (under Table.mu)
}

func newGeneration[V any](slots int) *generation[V] {
	return &generation[V]{
		slots:  make([]atomic.Uint32, slots),
		chunks: make([]atomic.Pointer[chunk[V]], (2*slots+chunkSize-1)/chunkSize),
	}
}

// New returns a table of slots entries (a power of two, at least 2).
func New[V any](slots int) *Table[V] {
	if slots < 2 || slots&(slots-1) != 0 {
		panic("memo: slots must be a power of two, at least 2")
	}
	t := &Table[V]{seed: maphash.MakeSeed(), slots: slots}
	t.cur.Store(newGeneration[V](slots))
	return t
}

// Get returns f(key), computing it only when the key's slot holds another
// key. f is given a copy of key, so a value cut from it (a stem is often a
// slice of its word) never keeps the caller's text, perhaps a whole
// article, alive for as long as the entry lives.
func (t *Table[V]) Get(key string, f func(string) V) V {
	h := maphash.String(t.seed, key)
	pair := h & uint64(t.slots-1) &^ 1
	g := t.cur.Load()
	for i := pair; i <= pair+1; i++ {
		if n := g.slots[i].Load(); n != 0 {
			if e := g.entry(n); e.key == key {
				return e.v
			}
		}
	}
	key = strings.Clone(key)
	v := f(key)
	t.put(pair, h, key, v)
	return v
}

// entry returns entry number n-1.
func (g *generation[V]) entry(n uint32) *entry[V] {
	return &g.chunks[(n-1)/chunkSize].Load()[(n-1)%chunkSize]
}

// put writes a new entry for key (hash h) and points a slot of the pair at
// it: an empty one, else the one a bit of the hash picks.
func (t *Table[V]) put(pair, h uint64, key string, v V) {
	t.mu.Lock()
	defer t.mu.Unlock()
	g := t.cur.Load()
	if g.n == len(g.chunks)*chunkSize {
		g = newGeneration[V](t.slots)
		t.cur.Store(g)
	}
	c := g.chunks[g.n/chunkSize].Load()
	if c == nil {
		c = new(chunk[V])
		g.chunks[g.n/chunkSize].Store(c)
	}
	c[g.n%chunkSize] = entry[V]{key, v}
	g.n++
	slot := pair + h>>63
	switch {
	case g.slots[pair].Load() == 0:
		slot = pair
	case g.slots[pair+1].Load() == 0:
		slot = pair + 1
	}
	g.slots[slot].Store(uint32(g.n))
}
