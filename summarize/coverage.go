package summarize

import (
	"math"
	"slices"
)

// Coverage is precis's own method: it weights concepts (stemmed word bigrams
// and content words) by how many articles mention them, and greedily picks
// the sentences that cover the most concept weight per word, with a prior
// for sentences early in their article and for content several articles
// carry. A concept counts once however many chosen sentences repeat it, so
// the selection is non-redundant by construction (Gillick and Favre's concept
// coverage, solved with cost-scaled greedy as in Lin and Bilmes).
type Coverage struct {
	BigramWeight  float64 // weight of a bigram concept per supporting article
	UnigramWeight float64 // weight of a content-word concept per supporting article
	MinDF         int     // concepts in fewer articles than this weigh nothing (when the story has 3+ articles)
	LengthExp     float64 // cost exponent: gain / words^LengthExp
	Position      float64 // strength of the early-in-article prior
	MinWords      int     // sentences shorter than this are not chosen
	Dangling      float64 // prior factor for a sentence opening with an unresolved reference
	Centrality    float64 // strength of the TextRank centrality prior (0: none)
}

func init() {
	register("precis", func() Method { return NewCoverage() })
}

// CoverageDefaults are the parameters NewCoverage uses, tuned on the
// development sets (see the README's ablation table).
var CoverageDefaults = Coverage{BigramWeight: 1, UnigramWeight: 0.25, MinDF: 1, LengthExp: 0.9, Position: 0.5, MinWords: 6, Dangling: 0.6, Centrality: 3}

// NewCoverage returns the Coverage method with CoverageDefaults.
func NewCoverage() *Coverage {
	m := CoverageDefaults
	return &m
}

// Name returns "precis".
func (m *Coverage) Name() string { return "precis" }

// Select implements Method.
func (m *Coverage) Select(c *Corpus, b Budget) []int {
	n := len(c.Sentences)
	ids := map[[2]string]int32{} // {stem, next stem} for a bigram, {"", stem} for a word
	concepts := make([][]int32, n)
	var docSeen []int // last doc (+1) that counted each concept
	var df []int
	add := func(i int, key [2]string) {
		id, ok := ids[key]
		if !ok {
			id = int32(len(df))
			ids[key] = id
			df = append(df, 0)
			docSeen = append(docSeen, 0)
		}
		concepts[i] = append(concepts[i], id)
	}
	for i := range c.Sentences {
		s := &c.Sentences[i]
		for k := 0; k+1 < len(s.Stems); k++ {
			if s.Stop[k] && s.Stop[k+1] {
				continue
			}
			add(i, [2]string{s.Stems[k], s.Stems[k+1]})
		}
		for _, t := range s.Terms {
			add(i, [2]string{"", t})
		}
		concepts[i] = uniq(concepts[i])
	}
	// document frequency: each article counts once per concept
	for i := range c.Sentences {
		d := c.Sentences[i].Doc + 1
		for _, id := range concepts[i] {
			if docSeen[id] != d {
				docSeen[id] = d
				df[id]++
			}
		}
	}
	isUni := make([]bool, len(df))
	for key, id := range ids {
		isUni[id] = key[0] == ""
	}
	weight := make([]float64, len(df))
	minDF := 1
	if c.Docs >= 3 {
		minDF = m.MinDF
	}
	for id := range weight {
		if df[id] < minDF {
			continue
		}
		w := m.BigramWeight
		if isUni[id] {
			w = m.UnigramWeight
		}
		weight[id] = w * float64(df[id])
	}

	prior := make([]float64, n)
	var central []float64
	if m.Centrality > 0 && n <= maxCentralitySentences {
		central = textRankScores(c, 0.85)
		top := 0.0
		for _, v := range central {
			top = max(top, v)
		}
		for i := range central {
			if top > 0 {
				central[i] /= top
			}
		}
	}
	for i := range c.Sentences {
		s := &c.Sentences[i]
		prior[i] = 1 + m.Position/math.Sqrt(float64(s.Pos+1))
		if !s.Opening {
			prior[i] *= m.Dangling // "But he said…" reads badly out of context
		}
		if central != nil {
			prior[i] *= 1 + m.Centrality*central[i]
		}
	}

	covered := make([]bool, len(df))
	var out []int
	var t tally
	used := make([]bool, n)
	for {
		best, bestScore := -1, 0.0
		for i := range c.Sentences {
			s := &c.Sentences[i]
			if used[i] || !c.Candidate(i) || s.Words < m.MinWords || !b.fits(t.words, t.bytes, t.count, s) {
				continue
			}
			gain := 0.0
			for _, id := range concepts[i] {
				if !covered[id] {
					gain += weight[id]
				}
			}
			if gain <= 0 {
				continue
			}
			score := gain * prior[i] / math.Pow(float64(s.Words), m.LengthExp)
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		if redundantWithAny(c, out, best) {
			continue
		}
		out = append(out, best)
		t.add(&c.Sentences[best])
		for _, id := range concepts[best] {
			covered[id] = true
		}
	}
	return out
}

// maxCentralitySentences bounds the stories whose TextRank centrality is
// computed: the graph is dense, n² in time and memory, and in a story of
// thousands of sentences the concept weights carry the same signal.
const maxCentralitySentences = 1500

// uniq sorts ids and removes repeats, in place.
func uniq(ids []int32) []int32 {
	slices.Sort(ids)
	return slices.Compact(ids)
}
