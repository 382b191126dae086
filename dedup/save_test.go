package dedup

import (
	"bytes"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/zeebo/xxh3"
)

// indexOps adds texts drawn from a small pool (so that exact copies, near
// copies and texts without shingles recur) and removes random earlier
// items, calling check after each Add with what it returned.
func indexOps(r *rand.Rand, x *Index, steps int, check func(id int, shingles []uint64, content uint64, m []Match)) {
	var pool [][]string
	for i := 0; i < 12; i++ {
		pool = append(pool, randomWords(r, 40, 300))
	}
	pool = append(pool, nil)
	for step := 0; step < steps; step++ {
		if x.Len() > 0 && r.Intn(3) == 0 {
			x.Remove(r.Intn(x.Len()))
			continue
		}
		w := slices.Clone(pool[r.Intn(len(pool))])
		if len(w) > 0 && r.Intn(2) == 0 {
			w[r.Intn(len(w))] = fmt.Sprintf("edit%d", r.Intn(5))
		}
		sh := Shingles(w, 3)
		content := xxh3.HashString(strings.Join(w, " "))
		id, m := x.Add(sh, content)
		if check != nil {
			check(id, sh, content, m)
		}
	}
}

// TestIndexRemove checks every Add of a run of adds and removes against the
// index's rule worked out by hand over every earlier item: the earliest
// live item of the same content at similarity 1, and every live item with
// shingles that shares a band with the new one at the threshold or above.
func TestIndexRemove(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	x := NewIndex(0.5)
	var sketches []Sketch
	var contents []uint64
	var empty []bool
	indexOps(r, x, 3000, func(id int, sh []uint64, content uint64, got []Match) {
		sk := NewSketch(sh)
		var want []Match
		exact := -1
		for j := range sketches {
			if !x.Removed(j) && contents[j] == content {
				exact = j
				want = append(want, Match{Item: j, Similarity: 1})
				break
			}
		}
		for j := range sketches {
			if x.Removed(j) || j == exact || empty[j] || len(sh) == 0 {
				continue
			}
			shared := false
			for b := 0; b < Bands; b++ {
				shared = shared || sk.band(b) == sketches[j].band(b)
			}
			if sim := sk.Similarity(&sketches[j]); shared && sim >= x.Threshold() {
				want = append(want, Match{Item: j, Similarity: sim})
			}
		}
		slices.SortFunc(want, func(a, b Match) int {
			if a.Similarity != b.Similarity {
				if a.Similarity > b.Similarity {
					return -1
				}
				return 1
			}
			return a.Item - b.Item
		})
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("item %d: matches %v, want %v", id, got, want)
		}
		sketches, contents, empty = append(sketches, sk), append(contents, content), append(empty, len(sh) == 0)
	})
	removed := 0
	for j := 0; j < x.Len(); j++ {
		if x.Removed(j) {
			removed++
		}
	}
	if removed < 500 || removed == x.Len() {
		t.Fatalf("%d of %d items removed: the run does not test removal", removed, x.Len())
	}
	if x.Remove(-1) || x.Remove(x.Len()) {
		t.Error("Remove took out an item never added")
	}
	for j := 0; j < x.Len(); j++ {
		if x.Removed(j) && x.Remove(j) {
			t.Fatalf("Remove took out item %d twice", j)
		}
	}
}

func TestRemovedCopyIsNotFound(t *testing.T) {
	base := strings.Fields("the united states is prepared to talk with iran about the insurgency in iraq secretary of state john kerry said on monday as sunni militants seized another town")
	c := NewCopies(CopyThreshold)
	c.Add(base)
	c.Add(base)
	if !c.Remove(0) || c.Remove(0) {
		t.Fatal("Remove(0) did not take out item 0 exactly once")
	}
	if _, of, _ := c.Add(base); of != 1 {
		t.Errorf("after item 0 was removed, a copy was found to copy %d, want 1", of)
	}
	c.Remove(1)
	c.Remove(2)
	if _, of, _ := c.Add(base); of != -1 {
		t.Errorf("with every copy removed, a copy was found to copy %d", of)
	}
	if g := c.Groups(); fmt.Sprint(g) != "[[0 1 2]]" {
		t.Errorf("groups = %v, want the groups joined before the removals, [[0 1 2]]", g)
	}
}

// TestRemovedChunksAreFreed: an index that removes its oldest items as it
// adds new ones holds sketches for the window, not for every item.
func TestRemovedChunksAreFreed(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	x := NewIndex(CopyThreshold)
	const window = 500
	for i := 0; i < 10*sketchChunkSize; i++ {
		x.Add(Shingles(randomWords(r, 20, 1000), 3), uint64(i))
		if i >= window {
			x.Remove(i - window)
		}
	}
	held := 0
	for _, c := range x.chunks {
		if c != nil {
			held++
		}
	}
	if held > 2 {
		t.Errorf("%d chunks of sketches held for a window of %d items, want at most 2", held, window)
	}
}

func TestIndexWriteRead(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	x := NewIndex(0.4)
	indexOps(r, x, 2500, nil)
	var buf bytes.Buffer
	n, err := x.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v; wrote %d bytes", n, err, buf.Len())
	}
	y, err := ReadIndex(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if y.Len() != x.Len() || y.Threshold() != x.Threshold() {
		t.Fatalf("read back %d items at %v, want %d at %v", y.Len(), y.Threshold(), x.Len(), x.Threshold())
	}
	for j := 0; j < x.Len(); j++ {
		if x.Removed(j) != y.Removed(j) {
			t.Fatalf("item %d: removed %v, read back %v", j, x.Removed(j), y.Removed(j))
		}
	}
	var again bytes.Buffer
	y.WriteTo(&again)
	if !bytes.Equal(again.Bytes(), buf.Bytes()) {
		t.Error("the index read back writes other bytes")
	}
	// Both go on alike: the same adds and removes give the same matches.
	var got, want []string
	matched := 0
	indexOps(rand.New(rand.NewSource(8)), x, 500, func(id int, _ []uint64, _ uint64, m []Match) {
		want = append(want, fmt.Sprint(id, m))
		matched += len(m)
	})
	indexOps(rand.New(rand.NewSource(8)), y, 500, func(id int, _ []uint64, _ uint64, m []Match) {
		got = append(got, fmt.Sprint(id, m))
	})
	if !slices.Equal(got, want) {
		t.Error("the index read back matches new items otherwise than the one written")
	}
	if matched == 0 {
		t.Error("no new item matched anything: the comparison tests nothing")
	}
}

func TestReadIndexRefusesBadInput(t *testing.T) {
	x := NewIndex(0.5)
	x.Add(Shingles(strings.Fields("a b c d e f"), 3), 1)
	x.Add(nil, 2)
	x.Add(Shingles(strings.Fields("g h i j"), 3), 3)
	x.Remove(2)
	var buf bytes.Buffer
	x.WriteTo(&buf)
	good := buf.Bytes()
	for cut := 0; cut < len(good); cut++ {
		y, err := ReadIndex(bytes.NewReader(good[:cut]))
		if err == nil || y != nil {
			t.Fatalf("an index cut to %d of %d bytes was read", cut, len(good))
		}
		if cut > len(indexHeader) && !strings.Contains(err.Error(), "cut short") {
			t.Fatalf("cut to %d bytes: %v, want it to say the index is cut short", cut, err)
		}
	}
	cases := map[string]struct {
		in   []byte
		want string
	}{
		"empty":         {nil, "not a precis dedup index"},
		"other file":    {[]byte(`{"stories":[]}` + strings.Repeat(" ", 40)), "not a precis dedup index"},
		"binary":        {bytes.Repeat([]byte{0xff, 0x00}, 100), "not a precis dedup index"},
		"a flipped bit": {flip(good, len(good)-40), "checksum does not match"},
		"unknown flags": {flip(good, len(indexHeader)+16), "unknown flags"},
		"bad threshold": {flip(good, len(indexHeader)+7), "threshold"},
		"extra item":    {withCount(good, 4), "item 3 of 4"},
		"bytes after":   {append(slices.Clone(good), '0'), "more bytes follow its checksum"},
	}
	for name, c := range cases {
		y, err := ReadIndex(bytes.NewReader(c.in))
		if err == nil || y != nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: ReadIndex = %v, %v; want an error saying %q", name, y != nil, err, c.want)
		}
	}
}

// flip returns a copy of b with the top bit of byte i flipped.
func flip(b []byte, i int) []byte {
	c := slices.Clone(b)
	c[i] ^= 0x80
	return c
}

// withCount returns a copy of a written index that claims n items.
func withCount(b []byte, n byte) []byte {
	c := slices.Clone(b)
	c[len(indexHeader)+8] = n
	return c
}

// BenchmarkReadIndex reads back an index of 20,000 items, a tenth of them
// removed: the MB/s are of the written index.
func BenchmarkReadIndex(b *testing.B) {
	r := rand.New(rand.NewSource(9))
	x := NewIndex(CopyThreshold)
	for i := 0; i < 20000; i++ {
		x.Add(Shingles(randomWords(r, 50, 5000), 3), uint64(i))
		if i%10 == 0 {
			x.Remove(i / 2)
		}
	}
	var buf bytes.Buffer
	x.WriteTo(&buf)
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ReadIndex(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIndexWindow adds items to an index that holds the last 10,000,
// removing the oldest as each new one comes.
func BenchmarkIndexWindow(b *testing.B) {
	r := rand.New(rand.NewSource(10))
	texts := make([][]uint64, 1000)
	for i := range texts {
		texts[i] = Shingles(randomWords(r, 50, 5000), 3)
	}
	x := NewIndex(CopyThreshold)
	const window = 10000
	for i := 0; i < window; i++ {
		x.Add(texts[i%len(texts)], uint64(i))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Remove(x.Len() - window)
		x.Add(texts[i%len(texts)], uint64(window+i))
	}
}

// FuzzReadIndex: any bytes either read as an index, which then writes the
// same bytes back, or give an error; never a panic.
func FuzzReadIndex(f *testing.F) {
	x := NewIndex(0.5)
	x.Add(Shingles(strings.Fields("a b c d e f"), 3), 1)
	x.Add(nil, 2)
	x.Remove(0)
	var buf bytes.Buffer
	x.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(indexHeader))
	f.Fuzz(func(t *testing.T, in []byte) {
		y, err := ReadIndex(bytes.NewReader(in))
		if err != nil {
			return
		}
		var out bytes.Buffer
		if _, err := y.WriteTo(&out); err != nil || !bytes.Equal(out.Bytes(), in) {
			t.Fatalf("read %d bytes as an index that writes %d others back (%v)", len(in), out.Len(), err)
		}
	})
}

// TestSmallIndexHoldsFewSketches: an index of a few items (one story's
// articles) holds room for about as many sketches, not a whole chunk, and
// a chunk grown item by item still finds every item's sketch.
func TestSmallIndexHoldsFewSketches(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	x := NewIndex(CopyThreshold)
	for i := 0; i < 5; i++ {
		x.Add(Shingles(randomWords(r, 20, 1000), 3), uint64(i))
	}
	if got := cap(x.chunks[0]); got > 8 {
		t.Errorf("5 items hold room for %d sketches, want at most 8", got)
	}
	texts := make([][]string, sketchChunkSize+10)
	y := NewIndex(CopyThreshold)
	for i := range texts {
		texts[i] = randomWords(r, 20, 1000)
		y.Add(Shingles(texts[i], 3), uint64(i))
	}
	if got := cap(y.chunks[0]); got != sketchChunkSize {
		t.Errorf("a full first chunk holds room for %d sketches, want %d", got, sketchChunkSize)
	}
	for _, i := range []int{0, 3, 700, sketchChunkSize - 1, sketchChunkSize, sketchChunkSize + 9} {
		if got, want := *y.sketch(int32(i)), NewSketch(Shingles(texts[i], 3)); got != want {
			t.Errorf("item %d's sketch is not the one it was added with", i)
		}
	}
}
