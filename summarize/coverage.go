package summarize

import (
	"math"
	"slices"
	"sort"
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
	MinWords      int     // sentences shorter than this are not chosen, unless the story has no longer ones (see ShortWords); scaled by Corpus.WordScale
	// ShortWords is the fewest words of a complete sentence (Sentence.Complete)
	// chosen when no sentence of MinWords words can be: "Fire at the port.
	// Two hurt." is a story too (0: none).
	ShortWords int
	Dangling   float64 // prior factor for a sentence opening with an unresolved reference
	Centrality float64 // strength of the TextRank centrality prior (0: none)
	// Quality is the exponent of the learned sentence-quality prior (0: none).
	Quality float64
	// Model is the sentence-quality model (nil: DefaultQuality).
	Model *QualityModel
	// RankShare: when the word budget is at least this share of the
	// story's words, most of the story fits and covering concepts no longer
	// tells sentences apart, so sentences are taken in order of predicted
	// quality instead (0: never).
	RankShare float64
}

func init() {
	register("precis", func() Method { return NewCoverage() })
}

// CoverageDefaults are the parameters NewCoverage uses, tuned on the
// development sets (see the README's ablation table).
var CoverageDefaults = Coverage{BigramWeight: 1, UnigramWeight: 0.25, MinDF: 1, LengthExp: 0.9, Position: 0.5, MinWords: 6, ShortWords: 2, Dangling: 0.2, Centrality: 3, Quality: 2, RankShare: 0.5}

// NewCoverage returns the Coverage method with CoverageDefaults.
func NewCoverage() *Coverage {
	m := CoverageDefaults
	return &m
}

// minQuality keeps every predicted quality positive, so it can scale a score.
const minQuality = 0.01

// candidateWords is the number of words in the corpus's candidates.
func candidateWords(c *Corpus) int {
	n := 0
	for i := range c.Sentences {
		if c.Candidate(i) {
			n += c.Sentences[i].Words
		}
	}
	return n
}

// rankFill takes the candidates keep accepts in order of score (nil: of
// position in their articles), skipping those that do not fit or repeat a
// chosen one.
func rankFill(c *Corpus, score []float64, b Budget, keep func(*Sentence) bool) []int {
	var order []int
	for i := range c.Sentences {
		if c.Candidate(i) && keep(&c.Sentences[i]) {
			order = append(order, i)
		}
	}
	if score != nil {
		sort.SliceStable(order, func(x, y int) bool { return score[order[x]] > score[order[y]] })
	} else {
		sort.SliceStable(order, func(x, y int) bool { return c.Sentences[order[x]].Pos < c.Sentences[order[y]].Pos })
	}
	return greedyFill(c, order, b)
}

// Name returns "precis".
func (m *Coverage) Name() string { return "precis" }

// conceptIndex holds the concepts of a corpus: stemmed word bigrams (not
// both stopwords) and content words, each with the number of articles that
// mention it.
type conceptIndex struct {
	concepts [][]int32 // per sentence, its distinct concept ids
	df       []int     // per concept, the articles that mention it
	isUni    []bool    // per concept, a content word rather than a bigram
}

func indexConcepts(c *Corpus) *conceptIndex {
	n := len(c.Sentences)
	size, terms := 0, 0
	for i := range c.Sentences {
		size += len(c.Sentences[i].Stems)
		terms += len(c.Sentences[i].Terms)
	}
	nb := c.numbers()
	// at most a bigram a stem and a concept a word
	ix := &conceptIndex{concepts: make([][]int32, n), df: make([]int, 0, size+len(nb.words)), isUni: make([]bool, 0, size+len(nb.words))}
	sc := borrow()
	defer giveBack(sc)
	bigrams := sc.pairTable(size)         // {stem, next stem} -> concept
	words := make([]int32, len(nb.words)) // by stem number: the word's concept + 1, or 0
	concept := func() int32 {
		ix.df = append(ix.df, 0)
		ix.isUni = append(ix.isUni, false)
		return int32(len(ix.df) - 1)
	}
	all := make([]int32, 0, size+terms) // the sentences' concepts (at most their pairs and terms), one after another
	for i := range c.Sentences {
		s := &c.Sentences[i]
		from := len(all)
		ids := all[from:from]
		var prev int32
		for k, at := range nb.stems[i] {
			if k > 0 && !(s.Stop[k-1] && s.Stop[k]) {
				slot := bigrams.find(prev, at)
				if *slot == 0 {
					*slot = concept() + 1
				}
				ids = append(ids, *slot-1)
			}
			prev = at
		}
		for _, at := range nb.terms[i] {
			if words[at] == 0 {
				id := concept()
				ix.isUni[id] = true
				words[at] = id + 1
			}
			ids = append(ids, words[at]-1)
		}
		ids = uniq(ids)
		ix.concepts[i] = ids[:len(ids):len(ids)]
		all = all[:from+len(ids)]
	}
	// document frequency: each article counts once per concept
	docSeen := make([]int, len(ix.df)) // last doc (+1) that counted each concept
	for i := range c.Sentences {
		d := c.Sentences[i].Doc + 1
		for _, id := range ix.concepts[i] {
			if docSeen[id] != d {
				docSeen[id] = d
				ix.df[id]++
			}
		}
	}
	return ix
}

// Score implements Scorer: each sentence's predicted quality (by position
// when the method uses no quality model).
func (m *Coverage) Score(c *Corpus) []float64 {
	out := make([]float64, len(c.Sentences))
	if m.Quality <= 0 {
		for i := range out {
			out[i] = 1 / float64(1+c.Sentences[i].Pos)
		}
		return out
	}
	return m.model().Predict(c)
}

// Explain implements Explainer: the three parts of each sentence's
// predicted quality that lift it most (nil when the method uses no quality
// model).
func (m *Coverage) Explain(c *Corpus, which []int) [][]Reason {
	if m.Quality <= 0 {
		return nil
	}
	return m.model().Explain(c, which, 3)
}

// model is the sentence-quality model the method uses.
func (m *Coverage) model() *QualityModel {
	if m.Model != nil {
		return m.Model
	}
	return DefaultQuality()
}

// Select implements Method.
func (m *Coverage) Select(c *Corpus, b Budget) []int {
	out, score := m.selectLong(c, b)
	if m.ShortWords > 0 && m.ShortWords < m.minWords(c) && len(out) == 0 {
		// a story told in short sentences: its complete ones
		out = rankFill(c, score, b, func(s *Sentence) bool { return s.Complete && s.Words >= m.ShortWords })
	}
	return out
}

// minWords is the fewest words of a sentence selectLong chooses in c:
// MinWords, scaled by the story's WordScale, but not under ShortWords.
func (m *Coverage) minWords(c *Corpus) int {
	if c.WordScale <= 0 || c.WordScale >= 1 {
		return m.MinWords
	}
	return min(m.MinWords, max(m.ShortWords, 1, int(math.Round(float64(m.MinWords)*c.WordScale))))
}

// longEnough returns whether selectLong may choose a sentence: MinWords
// words, or minWords (see there) for a complete sentence, so that a label
// ("Get digital access") is not taken for a terse language's sentence.
func (m *Coverage) longEnough(c *Corpus) func(s *Sentence) bool {
	least := m.minWords(c)
	return func(s *Sentence) bool { return s.Words >= m.MinWords || s.Words >= least && s.Complete }
}

// selectLong selects among the sentences that are long enough; it
// returns the predicted qualities too (nil when the method uses none).
func (m *Coverage) selectLong(c *Corpus, b Budget) ([]int, []float64) {
	n := len(c.Sentences)
	long := m.longEnough(c)
	ix := indexConcepts(c)
	concepts, df, isUni := ix.concepts, ix.df, ix.isUni
	var quality []float64
	if m.Quality > 0 {
		quality = m.model().predict(c, ix)
		for i := range quality {
			quality[i] = max(quality[i], minQuality)
		}
		if m.RankShare > 0 && b.Words >= int(m.RankShare*float64(candidateWords(c))) {
			return rankFill(c, quality, b, long), quality
		}
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
	if m.Centrality > 0 {
		central = normalizedCentrality(c)
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
		if quality != nil {
			prior[i] *= math.Pow(quality[i], m.Quality)
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
			if used[i] || !c.Candidate(i) || !long(s) || !b.fits(t.words, t.bytes, t.count, s) {
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
	return out, quality
}

// normalizedCentrality is each sentence's TextRank score over the story's
// highest, or nil for a story of more than maxCentralitySentences.
func normalizedCentrality(c *Corpus) []float64 {
	if len(c.Sentences) > maxCentralitySentences {
		return nil
	}
	central := textRankScores(c, 0.85)
	top := 0.0
	for _, v := range central {
		top = max(top, v)
	}
	for i := range central {
		if top > 0 {
			central[i] /= top
		}
	}
	return central
}

// maxCentralitySentences bounds the stories whose TextRank centrality is
// computed: the graph is dense, n² in time and memory, and in a story of
// thousands of sentences the concept weights carry the same signal.
const maxCentralitySentences = 1500

// uniq sorts ids and removes repeats, in place.
// pairTable maps pairs of stem numbers to a number: open addressing over a
// table at least twice as large as the pairs it may hold.
type pairTable struct {
	keys []uint64
	vals []int32 // the number + 1; 0 for an empty slot
}

// find returns the slot of the pair {a, b}, empty (0) if the pair is new.
func (t pairTable) find(a, b int32) *int32 {
	key := uint64(uint32(a))<<32 | uint64(uint32(b))
	mask := len(t.keys) - 1
	for h := int(key*0x9e3779b97f4a7c15>>32) & mask; ; h = (h + 1) & mask {
		if t.vals[h] == 0 {
			t.keys[h] = key
			return &t.vals[h]
		}
		if t.keys[h] == key {
			return &t.vals[h]
		}
	}
}

func uniq(ids []int32) []int32 {
	slices.Sort(ids)
	return slices.Compact(ids)
}
