package summarize

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/precis-news/precis/internal/sorted"
)

// denseTextRank is TextRank over a full n×n weight matrix, written plainly:
// the sparse graph must give the same scores, bit for bit.
func denseTextRank(c *Corpus, damping float64) []float64 {
	n := len(c.Sentences)
	w := make([][]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		a := c.distinctTerms(i)
		for j := i + 1; j < n; j++ {
			b := c.distinctTerms(j)
			if len(a) < 2 || len(b) < 2 {
				continue
			}
			if o := sorted.Shared(a, b); o > 0 {
				v := float64(o) / (math.Log(float64(len(a))) + math.Log(float64(len(b))))
				w[i][j], w[j][i] = v, v
			}
		}
	}
	rows := make([][]edge, n)
	for i := range w {
		for j, v := range w[i] {
			if v != 0 {
				rows[i] = append(rows[i], edge{int32(j), v})
			}
		}
	}
	return pagerank(rows, damping)
}

func TestSparseTextRankMatchesDense(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := []string{"iraq", "iran", "kerri", "talk", "militant", "baghdad", "armi", "citi", "us", "oil", "strike", "shiit"}
	for trial := 0; trial < 50; trial++ {
		c := &Corpus{Docs: 1}
		for n := 1 + rng.IntN(60); n > 0; n-- {
			var s Sentence
			for k := rng.IntN(8); k > 0; k-- {
				s.Terms = append(s.Terms, words[rng.IntN(len(words))])
			}
			s.Group = len(c.Sentences)
			c.Sentences = append(c.Sentences, s)
		}
		got, want := textRankScores(c, 0.85), denseTextRank(c, 0.85)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("trial %d: sentence %d scores %v, the dense graph gives %v", trial, i, got[i], want[i])
			}
		}
	}
}

// The arrays a summary borrows (the graph's, the bigram table, the stem
// numbering) carry nothing from one story to the next: a story summarized
// after larger ones is summarized as before them.
func TestBorrowedArraysCarryNothingOver(t *testing.T) {
	m, err := Lookup("precis")
	if err != nil {
		t.Fatal(err)
	}
	b := Budget{Words: 20}
	before := m.Select(corpus(), b)
	rng := rand.New(rand.NewPCG(7, 8))
	words := []string{"iraq", "iran", "kerri", "talk", "militant", "baghdad", "armi", "citi", "us", "oil", "strike", "shiit", "the", "of"}
	for trial := 0; trial < 20; trial++ {
		c := &Corpus{Docs: 3}
		for n := 50 + rng.IntN(200); n > 0; n-- {
			s := Sentence{Doc: rng.IntN(3), Group: len(c.Sentences), Words: 12, Bytes: 60, Support: 1, Opening: true}
			for k := 4 + rng.IntN(12); k > 0; k-- {
				w := words[rng.IntN(len(words))]
				s.Stems = append(s.Stems, w)
				s.Stop = append(s.Stop, w == "the" || w == "of")
				if w != "the" && w != "of" {
					s.Terms = append(s.Terms, w)
				}
			}
			c.Sentences = append(c.Sentences, s)
		}
		m.Select(c, Budget{Words: 100})
	}
	if after := m.Select(corpus(), b); !slices.Equal(before, after) {
		t.Errorf("after larger stories: %v, before them: %v", after, before)
	}
}
