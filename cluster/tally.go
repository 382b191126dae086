package cluster

// tally counts the terms of one article: a small open-addressing table keyed
// by term number and sized to the article, so that counting stays in the
// processor's caches however large the vocabulary grows.
type tally struct {
	slots []tallySlot // a power of two long, at least twice the article's terms
	used  []int32     // the slots in use, in the order their terms were first met
}

type tallySlot struct {
	term     int32 // plus one; 0 for an empty slot
	n, names int32 // how often the article writes the term, and how often as a name
}

// reset empties the tally for an article of at most size distinct terms.
func (t *tally) reset(size int) {
	want := 16
	for want < 2*size {
		want <<= 1
	}
	if cap(t.slots) >= want {
		t.slots = t.slots[:want]
		clear(t.slots)
	} else {
		t.slots = make([]tallySlot, want)
	}
	t.used = t.used[:0]
}

// add counts one occurrence of term, written as a name or not.
func (t *tally) add(term int32, name bool) {
	mask := len(t.slots) - 1
	for h := int(uint64(uint32(term))*0x9e3779b97f4a7c15>>32) & mask; ; h = (h + 1) & mask {
		s := &t.slots[h]
		if s.term == 0 {
			s.term = term + 1
			t.used = append(t.used, int32(h))
		}
		if s.term == term+1 {
			s.n++
			if name {
				s.names++
			}
			return
		}
	}
}

// len returns the number of distinct terms counted.
func (t *tally) len() int { return len(t.used) }

// at returns the k-th distinct term (in the order first met) and its counts.
func (t *tally) at(k int) (term int32, n, names int) {
	s := &t.slots[t.used[k]]
	return s.term - 1, int(s.n), int(s.names)
}

// get returns the counts of term (zeros when the article lacks it).
func (t *tally) get(term int32) (n, names int) {
	mask := len(t.slots) - 1
	for h := int(uint64(uint32(term))*0x9e3779b97f4a7c15>>32) & mask; ; h = (h + 1) & mask {
		s := &t.slots[h]
		if s.term == term+1 {
			return int(s.n), int(s.names)
		}
		if s.term == 0 {
			return 0, 0
		}
	}
}
