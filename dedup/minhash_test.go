package dedup

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/zeebo/xxh3"
)

// words makes n pseudo-random words from a vocabulary of size v.
func randomWords(r *rand.Rand, n, v int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("w%d", r.Intn(v))
	}
	return out
}

func jaccard(a, b []uint64) float64 {
	sa, sb := map[uint64]bool{}, map[uint64]bool{}
	for _, x := range a {
		sa[x] = true
	}
	inter := 0
	for _, x := range b {
		if !sb[x] {
			sb[x] = true
			if sa[x] {
				inter++
			}
		}
	}
	return float64(inter) / float64(len(sa)+len(sb)-inter)
}

func TestSketchEstimatesJaccard(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for trial := 0; trial < 20; trial++ {
		a := randomWords(r, 300, 5000)
		b := append([]string(nil), a...)
		// edit a share of the words
		edits := r.Intn(120)
		for e := 0; e < edits; e++ {
			b[r.Intn(len(b))] = fmt.Sprintf("x%d", r.Intn(5000))
		}
		sa, sb := Shingles(a, 3), Shingles(b, 3)
		ka, kb := NewSketch(sa), NewSketch(sb)
		got, want := ka.Similarity(&kb), jaccard(sa, sb)
		if d := got - want; d > 0.15 || d < -0.15 {
			t.Errorf("trial %d: sketch similarity %.3f, true Jaccard %.3f", trial, got, want)
		}
	}
}

func TestIndexFindsEditedCopies(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	x := NewIndex(CopyThreshold)
	var originals [][]string
	for i := 0; i < 200; i++ {
		w := randomWords(r, 200, 20000)
		originals = append(originals, w)
		if _, m := x.Add(Shingles(w, 3), uint64(i)); len(m) != 0 {
			t.Fatalf("unrelated text %d matched %v", i, m)
		}
	}
	for i, o := range originals[:50] {
		c := append([]string(nil), o...)
		c[10] = "changed"                     // a changed word
		c = append(c[:50], c[60:]...)         // a dropped clause
		c = append([]string{"Reuters"}, c...) // an added credit
		id, m := x.Add(Shingles(c, 3), uint64(1000+i))
		if len(m) == 0 || m[0].Item != i {
			t.Fatalf("copy %d of %d: matches %v", id, i, m)
		}
		if m[0].Similarity < 0.6 {
			t.Errorf("copy of %d: similarity %.2f, want about 0.8", i, m[0].Similarity)
		}
	}
}

func TestIndexExactHash(t *testing.T) {
	x := NewIndex(0.9)
	x.Add(Shingles([]string{"a", "b"}, 3), 42)
	_, m := x.Add(nil, 42)
	if len(m) != 1 || m[0].Item != 0 || m[0].Similarity != 1 {
		t.Fatalf("exact duplicate not found: %v", m)
	}
}

func TestCopiesGroupsTransitively(t *testing.T) {
	base := strings.Fields("the united states is prepared to talk with iran about the insurgency in iraq secretary of state john kerry said on monday as sunni militants seized another town in the north of the country and the government in baghdad struggled to hold its ground")
	own := strings.Fields("kurdish forces took control of kirkuk after the army abandoned its posts leaving the oil city to the peshmerga who said they would not give it back to the government")
	edited := append(append([]string(nil), base...), "officials", "said")
	edited2 := append([]string{"washington"}, edited[:len(edited)-6]...)
	c := NewCopies(CopyThreshold)
	items := [][]string{base, own, edited, edited2, nil}
	for _, w := range items {
		c.Add(w)
	}
	groups := c.Groups()
	if len(groups) != 1 || fmt.Sprint(groups[0]) != "[0 2 3]" {
		t.Fatalf("groups = %v, want [[0 2 3]]", groups)
	}
	if of, sim := c.Of(3); of != 2 && of != 0 || sim < CopyThreshold {
		t.Errorf("item 3 copies %d at %.2f", of, sim)
	}
	if of, _ := c.Of(1); of != -1 {
		t.Errorf("an unrelated text was called a copy of %d", of)
	}
	if of, _ := c.Of(4); of != -1 {
		t.Errorf("an empty text was called a copy of %d", of)
	}
}

func TestCopiesOfSentencesAndParagraphs(t *testing.T) {
	// sentence level: k=3 shingles on a 20-word sentence with one word changed
	// keep most of the shingles; a different sentence shares none.
	s1 := strings.Fields("Militants from the Islamic State of Iraq and the Levant seized the city of Tal Afar overnight, officials said")
	s2 := strings.Fields("Militants from the Islamic State of Iraq and the Levant captured the city of Tal Afar overnight, officials said")
	s3 := strings.Fields("Kerry said the United States was open to talks with Iran")
	c := NewCopies(0.4)
	c.Add(s1)
	if _, of, _ := c.Add(s2); of != 0 {
		t.Errorf("edited sentence not matched")
	}
	if _, of, _ := c.Add(s3); of != -1 {
		t.Errorf("different sentence matched %d", of)
	}

	// paragraph level: a paragraph reprinted with a sentence added at its end
	p1 := strings.Fields("Tal Afar is a short drive west from Mosul, the north's main city, which the militants seized last week at the start of a drive that has plunged the country into its worst crisis since the withdrawal of US troops in 2011. Government forces said they had retaken several villages.")
	p2 := append(append([]string(nil), p1...), strings.Fields("Residents said the road to the city was closed.")...)
	p3 := strings.Fields("Oil prices rose on Monday as traders weighed the risk to supplies from the fighting, with Brent crude at its highest level in nine months while shipments from the south of the country continued normally.")
	pc := NewCopies(CopyThreshold)
	pc.Add(p1)
	if _, of, sim := pc.Add(p2); of != 0 || sim < 0.6 {
		t.Errorf("extended paragraph: copy of %d at %.2f", of, sim)
	}
	if _, of, _ := pc.Add(p3); of != -1 {
		t.Errorf("unrelated paragraph matched %d", of)
	}
}

func BenchmarkCopiesAdd(b *testing.B) {
	r := rand.New(rand.NewSource(3))
	docs := make([][]string, 1000)
	bytes := 0
	for i := range docs {
		docs[i] = randomWords(r, 400, 50000)
		for _, w := range docs[i] {
			bytes += len(w) + 1
		}
	}
	b.SetBytes(int64(bytes / len(docs)))
	b.ResetTimer()
	c := NewCopies(CopyThreshold)
	for i := 0; i < b.N; i++ {
		c.Add(docs[i%len(docs)])
	}
}

// Shingles hashes each run of k words joined by spaces, as written out.
func TestShinglesHashJoinedRuns(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	vocab := []string{"iraq", "kerry", "said", "", "al-maliki", "é", "1,700"}
	for trial := 0; trial < 500; trial++ {
		words := make([]string, rng.Intn(9))
		for i := range words {
			words[i] = vocab[rng.Intn(len(vocab))]
		}
		k := rng.Intn(5)
		var want []uint64
		switch kk := max(k, 1); {
		case len(words) == 0:
		case len(words) < kk:
			want = []uint64{xxh3.HashString(strings.Join(words, " "))}
		default:
			for i := 0; i+kk <= len(words); i++ {
				want = append(want, xxh3.HashString(strings.Join(words[i:i+kk], " ")))
			}
		}
		if got := Shingles(words, k); !slices.Equal(got, want) {
			t.Fatalf("Shingles(%q, %d) = %v, want %v", words, k, got, want)
		}
	}
}

// TestSketchIsTheMinimumOfEachBin checks the sketch against its definition:
// a shingle's mix picks a bin by its top 7 bits and offers its low 32; each
// bin keeps the smallest offer, and an empty bin takes the value of the
// first filled bin in its own probe sequence.
func TestSketchIsTheMinimumOfEachBin(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for _, n := range []int{0, 1, 2, 5, 100, 1000} {
		shingles := make([]uint64, n)
		for k := range shingles {
			shingles[k] = r.Uint64()
		}
		var want Sketch
		offered := map[uint64]bool{}
		for i := range want {
			want[i] = 1<<32 - 1
		}
		for _, h := range shingles {
			x := splitmix(h)
			bin := x >> 57
			if !offered[bin] || uint32(x) < want[bin] {
				want[bin] = uint32(x)
			}
			offered[bin] = true
		}
		for i := range want {
			for p := uint64(1); n > 0 && !offered[uint64(i)]; p++ {
				if j := splitmix(uint64(i)<<32|p) >> 57; offered[j] {
					want[i] = want[j]
					break
				}
			}
		}
		if got := NewSketch(shingles); got != want {
			t.Errorf("%d shingles: sketch differs from the definition", n)
		}
	}
	one := NewSketch([]uint64{42})
	for i := range one {
		if one[i] != one[0] {
			t.Fatalf("a single shingle's sketch is not its value in every bin: %v", one)
		}
	}
}

// TestShortSketchesEstimateJaccard checks the estimate where most bins are
// filled from others: sets of a few dozen shingles.
func TestShortSketchesEstimateJaccard(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for _, size := range []int{12, 40} {
		bias, trials := 0.0, 200
		for trial := 0; trial < trials; trial++ {
			a := randomWords(r, size+2, 100000)
			b := append([]string(nil), a...)
			for e := r.Intn(size / 2); e > 0; e-- {
				b[r.Intn(len(b))] = fmt.Sprintf("x%d", r.Intn(100000))
			}
			sa, sb := Shingles(a, 3), Shingles(b, 3)
			ka, kb := NewSketch(sa), NewSketch(sb)
			bias += ka.Similarity(&kb) - jaccard(sa, sb)
		}
		if bias /= float64(trials); bias > 0.03 || bias < -0.03 {
			t.Errorf("sets of %d shingles: mean error of the estimate %.3f", size, bias)
		}
	}
}
