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
// the number of items already indexed; there is no batch rebuild.
type Index struct {
	threshold float64
	sketches  []Sketch
	buckets   [Bands]map[uint64][]int32
	exact     map[uint64]int32
}

// NewIndex returns an empty index that reports matches whose estimated
// similarity is at least threshold.
func NewIndex(threshold float64) *Index {
	x := &Index{threshold: threshold, exact: map[uint64]int32{}}
	for b := range x.buckets {
		x.buckets[b] = map[uint64][]int32{}
	}
	return x
}

// Len returns the number of items added.
func (x *Index) Len() int { return len(x.sketches) }

// Add files a new item, given its shingle hashes and a hash of its whole
// normalized content, and returns the earlier items similar to it, most
// similar first (ties: earliest first). An item with the same content hash
// as an earlier one matches it with similarity 1.
func (x *Index) Add(shingles []uint64, content uint64) (int, []Match) {
	id := len(x.sketches)
	sk := NewSketch(shingles)
	var matches []Match
	if j, ok := x.exact[content]; ok {
		matches = append(matches, Match{Item: int(j), Similarity: 1})
	} else {
		x.exact[content] = int32(id)
	}
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
				if sim := sk.Similarity(&x.sketches[j]); sim >= x.threshold {
					matches = append(matches, Match{Item: int(j), Similarity: sim})
				}
			}
		}
		for b, k := range keys {
			x.buckets[b][k] = append(x.buckets[b][k], int32(id))
		}
	}
	x.sketches = append(x.sketches, sk)
	sort.Slice(matches, func(a, b int) bool {
		if matches[a].Similarity != matches[b].Similarity {
			return matches[a].Similarity > matches[b].Similarity
		}
		return matches[a].Item < matches[b].Item
	})
	return id, matches
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
