package dedup

import (
	"encoding/binary"
	"math"
	"slices"
	"sort"

	"github.com/zeebo/xxh3"

	"github.com/precis-news/precis/internal/unionfind"
)

// NumHashes is the number of values in a MinHash sketch.
const NumHashes = 128

// Bands and Rows split a sketch for locality-sensitive hashing: two items
// become candidates when all Rows values of any one of Bands bands agree. The
// chance of that is 1-(1-s^Rows)^Bands for Jaccard similarity s: 0.35 at
// s=0.3, 0.92 at s=0.5, over 0.999 at s=0.7.
const (
	Bands = 32
	Rows  = NumHashes / Bands
)

// Sketch is a MinHash signature of NumHashes values (see NewSketch). The
// share of positions where two sketches agree estimates the Jaccard
// similarity of the two shingle sets (standard error about 0.04 at 128
// values).
type Sketch [NumHashes]uint32

// splitmix is the SplitMix64 finalizer: a fast bijective mixer of 64 bits.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Shingles hashes every run of k consecutive words (k-word shingles) with
// xxh3. Fewer than k words make one shingle of all of them; no words, none.
func Shingles(words []string, k int) []uint64 {
	text, ends := join(nil, nil, words)
	return appendShingles(nil, text, ends, k)
}

// join appends words to text with a space between each two, and returns it
// with the offset where each word ends.
func join(text []byte, ends []int, words []string) ([]byte, []int) {
	for i, w := range words {
		if i > 0 {
			text = append(text, ' ')
		}
		text = append(text, w...)
		ends = append(ends, len(text))
	}
	return text, ends
}

// appendShingles appends to out the hash of every run of k consecutive
// words of a joined text, whose words end at ends: each run is a piece of
// the text, so no shingle is copied to be hashed.
func appendShingles(out []uint64, text []byte, ends []int, k int) []uint64 {
	if len(ends) == 0 {
		return out
	}
	k = max(k, 1)
	if len(ends) < k {
		return append(out, xxh3.Hash(text))
	}
	out = slices.Grow(out, len(ends)-k+1)
	for i := 0; i+k <= len(ends); i++ {
		start := 0
		if i > 0 {
			start = ends[i-1] + 1
		}
		out = append(out, xxh3.Hash(text[start:ends[i+k-1]]))
	}
	return out
}

// NewSketch computes the MinHash sketch of a set of shingle hashes
// (duplicates do not matter) by one-permutation hashing (Li, Owen and Zhang
// 2012): one mix of each shingle picks its bin, of NumHashes, by its top
// bits and offers the rest as the bin's value; each bin keeps its smallest.
// A bin no shingle fell into borrows the value of a bin picked by a fixed
// sequence of its own (optimal densification, Shrivastava 2017), so two
// sketches' bins still agree with probability of the Jaccard similarity. It
// costs one mix a shingle instead of NumHashes. An empty set gives a sketch
// of all ones, which matches nothing but another empty set.
func NewSketch(shingles []uint64) Sketch {
	var s Sketch
	for i := range s {
		s[i] = math.MaxUint32
	}
	var filled [NumHashes / 64]uint64
	for _, h := range shingles {
		x := splitmix(h)
		bin := x >> (64 - binBits)
		if v := uint32(x); v < s[bin] || filled[bin/64]&(1<<(bin%64)) == 0 {
			s[bin] = v
			filled[bin/64] |= 1 << (bin % 64)
		}
	}
	if len(shingles) == 0 {
		return s
	}
	for i := range s {
		if filled[i/64]&(1<<(i%64)) != 0 {
			continue
		}
		for attempt := uint64(1); ; attempt++ {
			j := splitmix(uint64(i)<<32|attempt) >> (64 - binBits)
			if filled[j/64]&(1<<(j%64)) != 0 {
				s[i] = s[j]
				break
			}
		}
	}
	return s
}

// binBits is log2(NumHashes): the top bits of a shingle's mix that pick its bin.
const binBits = 7

// Similarity estimates the Jaccard similarity of the sets behind two sketches.
func (s *Sketch) Similarity(o *Sketch) float64 {
	same := 0
	for i := range s {
		if s[i] == o[i] {
			same++
		}
	}
	return float64(same) / NumHashes
}

// band returns the hash of band b of the sketch.
func (s *Sketch) band(b int) uint64 {
	var buf [4 * Rows]byte
	for r := 0; r < Rows; r++ {
		binary.LittleEndian.PutUint32(buf[4*r:], s[b*Rows+r])
	}
	return xxh3.Hash(buf[:]) ^ uint64(b)
}

// Match is an earlier item found similar to a new one.
type Match struct {
	Item       int     // index of the earlier item, in order of addition
	Similarity float64 // estimated Jaccard similarity; 1 for an exact copy
}

// Index finds near-duplicates among items added one at a time: MinHash
// sketches filed under banded LSH buckets, plus a table of exact content
// hashes. Adding an item costs one sketch and Bands bucket lookups whatever
// the number of items already indexed; there is no batch rebuild. Items can
// be removed (Remove), and the index written out and read back (WriteTo,
// ReadIndex).
type Index struct {
	threshold float64
	chunks    [][]Sketch // the items' sketches, sketchChunkSize a chunk
	live      []int32    // how many of each chunk's items are not removed
	contents  []uint64   // each item's content hash
	flags     []uint8    // each item's itemRemoved and itemEmpty bits
	buckets   [Bands]map[uint64][]int32
	exact     map[uint64]int32 // content hash → earliest live item holding it
	same      []int32          // the next item of the same content, or -1
}

// sketchChunkSize is the number of items whose sketches are allocated
// together. A chunk whose every item has been removed is freed, so an index
// that removes its oldest items as it adds new ones (a stream's window)
// keeps memory for the window, not for every item ever added. The first
// chunk grows as items come, so that an index of a few items (one story's
// articles) does not hold a whole chunk (512 KB); later chunks are made
// whole.
const sketchChunkSize = 1024

// sketch returns item's sketch; it must not be removed.
func (x *Index) sketch(item int32) *Sketch {
	return &x.chunks[item/sketchChunkSize][item%sketchChunkSize]
}

// Bits of Index.flags.
const (
	itemRemoved uint8 = 1 << iota // taken out by Remove
	itemEmpty                     // added without shingles, so in no bucket
)

// NewIndex returns an empty index that reports matches whose estimated
// similarity is at least threshold.
func NewIndex(threshold float64) *Index {
	x := &Index{threshold: threshold, exact: map[uint64]int32{}}
	for b := range x.buckets {
		x.buckets[b] = map[uint64][]int32{}
	}
	return x
}

// Len returns the number of items added, removed ones included: items are
// numbered in order of addition, and a number is never given again.
func (x *Index) Len() int { return len(x.contents) }

// Threshold returns the similarity at or above which Add reports a match.
func (x *Index) Threshold() float64 { return x.threshold }

// Removed reports whether item was taken out by Remove.
func (x *Index) Removed(item int) bool {
	return item >= 0 && item < len(x.flags) && x.flags[item]&itemRemoved != 0
}

// Add files a new item, given its shingle hashes and a hash of its whole
// normalized content, and returns the earlier items similar to it, most
// similar first (ties: earliest first). An item with the same content hash
// as an earlier one matches it with similarity 1. Removed items match
// nothing.
func (x *Index) Add(shingles []uint64, content uint64) (int, []Match) {
	id := len(x.contents)
	sk := NewSketch(shingles)
	var matches []Match
	if j, ok := x.exact[content]; ok {
		matches = append(matches, Match{Item: int(j), Similarity: 1})
	}
	flags := uint8(0)
	if len(shingles) > 0 {
		seen := map[int32]bool{}
		for _, m := range matches {
			seen[int32(m.Item)] = true
		}
		keys := [Bands]uint64{}
		for b := range keys {
			keys[b] = sk.band(b)
			for _, j := range x.buckets[b][keys[b]] {
				if seen[j] {
					continue
				}
				seen[j] = true
				if sim := sk.Similarity(x.sketch(j)); sim >= x.threshold {
					matches = append(matches, Match{Item: int(j), Similarity: sim})
				}
			}
		}
	} else {
		flags = itemEmpty
	}
	x.file(sk, content, flags)
	sort.Slice(matches, func(a, b int) bool {
		if matches[a].Similarity != matches[b].Similarity {
			return matches[a].Similarity > matches[b].Similarity
		}
		return matches[a].Item < matches[b].Item
	})
	return id, matches
}

// file appends an item: its sketch, its content hash under the exact table
// (or after the earlier items of the same content), and, unless it has no
// shingles or is removed, its bands under the buckets.
func (x *Index) file(sk Sketch, content uint64, flags uint8) {
	id := int32(len(x.contents))
	x.contents = append(x.contents, content)
	x.flags = append(x.flags, flags)
	x.same = append(x.same, -1)
	c := int(id / sketchChunkSize)
	if c == len(x.chunks) {
		var chunk []Sketch
		if c > 0 {
			chunk = make([]Sketch, 0, sketchChunkSize)
		}
		x.chunks = append(x.chunks, chunk)
		x.live = append(x.live, 0)
	}
	if flags&itemRemoved != 0 {
		// The slot is kept (zero) so that later items stay where
		// sketch looks for them, unless the chunk is freed with it.
		x.put(c, Sketch{})
		x.release(c)
		return
	}
	x.put(c, sk)
	x.live[c]++
	if j, ok := x.exact[content]; ok {
		// The chain holds the head, then later copies, newest first.
		x.same[id], x.same[j] = x.same[j], id
	} else {
		x.exact[content] = id
	}
	if flags&itemEmpty == 0 {
		for b := range x.buckets {
			k := sk.band(b)
			x.buckets[b][k] = append(x.buckets[b][k], id)
		}
	}
}

// Remove takes item out of the index, so that no later Add matches it, and
// reports whether it was there to take out (false for a number never given
// or an item already removed). It costs Bands bucket edits; the item's
// number stays taken (with 13 bytes of bookkeeping), and its sketch is
// freed with the last live item of its chunk of sketchChunkSize.
func (x *Index) Remove(item int) bool {
	if item < 0 || item >= len(x.contents) || x.flags[item]&itemRemoved != 0 {
		return false
	}
	id := int32(item)
	if x.flags[item]&itemEmpty == 0 {
		sk := x.sketch(id)
		for b := range x.buckets {
			k := sk.band(b)
			list := x.buckets[b][k]
			if i := slices.Index(list, id); i >= 0 {
				list = slices.Delete(list, i, i+1)
			}
			if len(list) == 0 {
				delete(x.buckets[b], k)
			} else {
				x.buckets[b][k] = list
			}
		}
	}
	x.flags[item] |= itemRemoved
	c := item / sketchChunkSize
	x.live[c]--
	x.release(c)
	content := x.contents[item]
	if x.exact[content] != id {
		return true // a later copy: the chain passes over removed items
	}
	// The earliest live item of the same content becomes the chain's head.
	var live []int32
	for j := x.same[id]; j >= 0; j = x.same[j] {
		if x.flags[j]&itemRemoved == 0 {
			live = append(live, j)
		}
	}
	x.same[id] = -1
	if len(live) == 0 {
		delete(x.exact, content)
		return true
	}
	slices.Sort(live)
	x.exact[content] = live[0]
	for i, j := range live {
		x.same[j] = -1
		if i > 0 {
			x.same[live[0]], x.same[j] = j, x.same[live[0]]
		}
	}
	return true
}

// put appends sk to chunk c. Only the first chunk is ever full before
// sketchChunkSize items: it doubles, up to that size.
func (x *Index) put(c int, sk Sketch) {
	chunk := x.chunks[c]
	if len(chunk) == cap(chunk) {
		grown := make([]Sketch, len(chunk), min(max(2*len(chunk), 4), sketchChunkSize))
		copy(grown, chunk)
		chunk = grown
	}
	x.chunks[c] = append(chunk, sk)
}

// release frees chunk c's sketches when none of its items is live and no
// later item can be added to it.
func (x *Index) release(c int) {
	if x.live[c] == 0 && len(x.contents) >= (c+1)*sketchChunkSize {
		x.chunks[c] = nil
	}
}

// CopyThreshold is the estimated Jaccard similarity of word 3-shingles above
// which two texts count as copies of one another: reprinted wire copy with a
// changed headline, an added line or a trimmed paragraph stays far above it,
// while two outlets' own reports of one event share few 3-word runs.
const CopyThreshold = 0.5

// Copies groups texts added one at a time into sets of copies (syndicated or
// lightly edited reprints), transitively: if B copies A and C copies B, all
// three are one group.
type Copies struct {
	index  *Index
	sets   unionfind.Sets
	of     []int
	sim    []float64
	text   []byte   // scratch: the words of the text at hand, joined
	ends   []int    // scratch: where each of those words ends
	hashes []uint64 // scratch: their 3-shingles' hashes
}

// NewCopies returns an empty grouping that joins texts whose word 3-shingle
// sets have estimated Jaccard similarity of at least threshold.
func NewCopies(threshold float64) *Copies {
	return &Copies{index: NewIndex(threshold)}
}

// Add files a text given as its normalized words and returns its item number,
// the earlier item it is most similar to (or -1 when it copies none), and the
// estimated similarity to it.
func (c *Copies) Add(words []string) (item, of int, sim float64) {
	c.text, c.ends = join(c.text[:0], c.ends[:0], words)
	c.hashes = appendShingles(c.hashes[:0], c.text, c.ends, 3)
	item, matches := c.index.Add(c.hashes, xxh3.Hash(c.text))
	c.sets.Add() // item's own set, numbered as the index numbers it
	c.of = append(c.of, -1)
	c.sim = append(c.sim, 0)
	if len(words) == 0 {
		return item, -1, 0
	}
	for _, m := range matches {
		c.sets.Union(m.Item, item)
	}
	if len(matches) > 0 {
		c.of[item], c.sim[item] = matches[0].Item, matches[0].Similarity
	}
	return item, c.of[item], c.sim[item]
}

// Remove takes item out of the index that finds copies, so that no text
// added later is found to copy it, and reports whether it was there to take
// out. The groups it joined, and what Of says of it, stay as they were.
func (c *Copies) Remove(item int) bool { return c.index.Remove(item) }

// Of returns the earlier item that item copies (or -1) and the similarity.
func (c *Copies) Of(item int) (int, float64) { return c.of[item], c.sim[item] }

// Group returns the representative of item's group: its earliest member.
func (c *Copies) Group(item int) int { return c.sets.Find(item) }

// Groups returns every group with more than one member, each in order of
// addition, groups ordered by their first member.
func (c *Copies) Groups() [][]int {
	byRoot := map[int][]int{}
	for i := range c.sets {
		r := c.sets.Find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	var out [][]int
	for i := range c.sets {
		if g := byRoot[i]; len(g) > 1 {
			out = append(out, g)
		}
	}
	return out
}
