package summarize

import (
	"math"
	"slices"
	"sort"
)

// The classic unsupervised baselines, each on TF-IDF vectors of content-word
// stems (IDF over the story's articles), each followed by the same
// non-redundant budgeted fill (greedyFill).

func init() {
	register("lexrank", func() Method { return LexRank{Damping: 0.85} })
	register("textrank", func() Method { return TextRank{Damping: 0.85} })
	register("centroid", func() Method { return Centroid{} })
	register("mmr", func() Method { return MMR{Lambda: 0.7} })
}

// vec is a sparse TF-IDF vector, sorted by term id, with its norm.
type vec struct {
	ids  []int32
	w    []float64
	norm float64
}

func (a vec) dot(b vec) float64 {
	s, i, j := 0.0, 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] == b.ids[j]:
			s += a.w[i] * b.w[j]
			i++
			j++
		case a.ids[i] < b.ids[j]:
			i++
		default:
			j++
		}
	}
	return s
}

func (a vec) cosine(b vec) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	return a.dot(b) / (a.norm * b.norm)
}

// tfidf builds sentence vectors and the story centroid.
func tfidf(c *Corpus) ([]vec, vec) {
	ids := map[string]int32{}
	var df []int
	var lastDoc []int
	for i := range c.Sentences {
		s := &c.Sentences[i]
		for _, t := range s.Terms {
			id, ok := ids[t]
			if !ok {
				id = int32(len(df))
				ids[t] = id
				df = append(df, 0)
				lastDoc = append(lastDoc, -1)
			}
			if lastDoc[id] != s.Doc {
				lastDoc[id] = s.Doc
				df[id]++
			}
		}
	}
	docs := float64(max(c.Docs, 1))
	idf := make([]float64, len(df))
	for id, d := range df {
		idf[id] = math.Log(1 + docs/float64(d))
	}
	vs := make([]vec, len(c.Sentences))
	centroid := map[int32]float64{}
	for i := range c.Sentences {
		tf := map[int32]float64{}
		for _, t := range c.Sentences[i].Terms {
			tf[ids[t]]++
		}
		v := vec{}
		for id := range tf {
			v.ids = append(v.ids, id)
		}
		sort.Slice(v.ids, func(a, b int) bool { return v.ids[a] < v.ids[b] })
		for _, id := range v.ids {
			w := tf[id] * idf[id]
			v.w = append(v.w, w)
			v.norm += w * w
			centroid[id] += w
		}
		v.norm = math.Sqrt(v.norm)
		vs[i] = v
	}
	cv := vec{}
	for id := range centroid {
		cv.ids = append(cv.ids, id)
	}
	sort.Slice(cv.ids, func(a, b int) bool { return cv.ids[a] < cv.ids[b] })
	for _, id := range cv.ids {
		w := centroid[id] / float64(len(c.Sentences))
		cv.w = append(cv.w, w)
		cv.norm += w * w
	}
	cv.norm = math.Sqrt(cv.norm)
	return vs, cv
}

// rankOrder returns candidate indices by descending score.
func rankOrder(c *Corpus, score []float64) []int {
	var order []int
	for i := range c.Sentences {
		if c.Candidate(i) {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	return order
}

// pair is an edge of a sentence graph as it is found: sentence i, a later
// sentence j, and the weight between them.
type pair struct {
	i, j int32
	w    float64
}

// edge is one weighted edge of a sentence graph: the sentence it leads to.
type edge struct {
	to int32
	w  float64
}

// pagerank runs the power iteration on a row-normalized weighted graph,
// given as each sentence's edges in increasing order of the sentence they
// lead to (edges of weight zero left out).
func pagerank(rows [][]edge, damping float64) []float64 {
	n := len(rows)
	if n == 0 {
		return nil
	}
	rowSum := make([]float64, n)
	for i, row := range rows {
		for _, e := range row {
			rowSum[i] += e.w
		}
	}
	p := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for iter := 0; iter < 100; iter++ {
		for j := range next {
			next[j] = (1 - damping) / float64(n)
		}
		for i, row := range rows {
			if rowSum[i] == 0 {
				for j := range next {
					next[j] += damping * p[i] / float64(n)
				}
				continue
			}
			dp, sum := damping*p[i], rowSum[i] // as the expression reads them, left to right
			for _, e := range row {
				next[e.to] += dp * e.w / sum
			}
		}
		delta := 0.0
		for j := range p {
			delta += math.Abs(next[j] - p[j])
		}
		p, next = next, p
		if delta < 1e-6 {
			break
		}
	}
	return p
}

// LexRank is continuous LexRank (Erkan and Radev 2004): PageRank over the
// graph of TF-IDF cosine similarities between sentences.
type LexRank struct{ Damping float64 }

// Name returns "lexrank".
func (LexRank) Name() string { return "lexrank" }

// Select implements Method.
func (m LexRank) Select(c *Corpus, b Budget) []int {
	vs, _ := tfidf(c)
	n := len(vs)
	rows := make([][]edge, n)
	for i := range rows {
		for j := 0; j < n; j++ {
			if i != j {
				if w := vs[i].cosine(vs[j]); w != 0 {
					rows[i] = append(rows[i], edge{int32(j), w})
				}
			}
		}
	}
	return greedyFill(c, rankOrder(c, pagerank(rows, m.Damping)), b)
}

// TextRank is Mihalcea and Tarau's (2004) sentence TextRank: PageRank over
// word overlap normalized by the log lengths of the two sentences.
type TextRank struct{ Damping float64 }

// Name returns "textrank".
func (TextRank) Name() string { return "textrank" }

// Select implements Method.
func (m TextRank) Select(c *Corpus, b Budget) []int {
	return greedyFill(c, rankOrder(c, textRankScores(c, m.Damping)), b)
}

// textRankScores are the sentences' TextRank centralities: PageRank over
// the graph whose edges weigh shared content words against the log lengths.
func textRankScores(c *Corpus, damping float64) []float64 {
	n := len(c.Sentences)
	// each sentence's distinct content words as sorted numbers; sentences
	// with fewer than two have no edges
	nb := c.numbers()
	sets := make([][]int32, n)
	terms := 0
	for _, ts := range nb.terms {
		terms += len(ts)
	}
	all := make([]int32, 0, terms) // the sets, one after another
	for i := range sets {
		from := len(all)
		all = append(all, nb.terms[i]...)
		set := uniq(all[from:])
		sets[i] = set[:len(set):len(set)]
		all = all[:from+len(set)]
	}
	// word -> the sentences holding it, in order (each list a slice of one array)
	postings := make([][]int32, len(nb.words))
	count := make([]int32, len(nb.words))
	held := 0
	for _, set := range sets {
		if len(set) >= 2 {
			for _, id := range set {
				count[id]++
			}
			held += len(set)
		}
	}
	lists := make([]int32, held)
	for id, k := range count {
		postings[id], lists = lists[:0:k], lists[k:]
	}
	for i, set := range sets {
		if len(set) >= 2 {
			for _, id := range set {
				postings[id] = append(postings[id], int32(i))
			}
		}
	}
	logs := make([]float64, n)
	for i := range sets {
		logs[i] = math.Log(float64(len(sets[i])))
	}
	// the overlaps of sentence i with later ones, through the postings;
	// at most a pair for each two sentences that share a word (room made
	// up front for at most a million; a larger graph grows as it is built)
	most := 0
	for _, ps := range postings {
		most += len(ps) * (len(ps) - 1) / 2
	}
	sc := borrow()
	defer giveBack(sc)
	pairs := slices.Grow(sc.pairs[:0], min(most, n*(n-1)/2, 1<<20))
	degree := make([]int32, n)
	shared := make([]int32, n)
	for i := range sets {
		if len(sets[i]) < 2 {
			continue
		}
		lo, hi := int32(n), int32(-1) // the later sentences met, between lo and hi
		for _, id := range sets[i] {
			for _, j := range postings[id] {
				if int(j) > i {
					shared[j]++
					lo, hi = min(lo, j), max(hi, j)
				}
			}
		}
		for j := lo; j <= hi; j++ { // in order, without sorting them
			if shared[j] == 0 {
				continue
			}
			pairs = append(pairs, pair{int32(i), j, float64(shared[j]) / (logs[i] + logs[j])})
			shared[j] = 0
			degree[i]++
			degree[j]++
		}
	}
	// each sentence's edges, a slice of one array: to earlier sentences
	// first (added when each was i), then to later ones, as the pairs come
	rows := make([][]edge, n)
	sc.pairs = pairs[:0]
	edges := slices.Grow(sc.edges[:0], 2*len(pairs))[:2*len(pairs)]
	sc.edges = edges[:0]
	for i, k := range degree {
		rows[i], edges = edges[:0:k], edges[k:]
	}
	for _, p := range pairs {
		rows[p.i] = append(rows[p.i], edge{p.j, p.w})
		rows[p.j] = append(rows[p.j], edge{p.i, p.w})
	}
	return pagerank(rows, damping)
}

// Centroid ranks sentences by the cosine of their TF-IDF vector with the
// story's centroid (Radev et al. 2004, without MEAD's position feature).
type Centroid struct{}

// Name returns "centroid".
func (Centroid) Name() string { return "centroid" }

// Select implements Method.
func (Centroid) Select(c *Corpus, b Budget) []int {
	vs, cv := tfidf(c)
	score := make([]float64, len(vs))
	for i := range vs {
		score[i] = vs[i].cosine(cv)
	}
	return greedyFill(c, rankOrder(c, score), b)
}

// MMR is Maximal Marginal Relevance (Carbonell and Goldstein 1998): each
// step takes the sentence maximizing Lambda*sim(s, centroid) -
// (1-Lambda)*max sim(s, chosen).
type MMR struct{ Lambda float64 }

// Name returns "mmr".
func (MMR) Name() string { return "mmr" }

// Select implements Method.
func (m MMR) Select(c *Corpus, b Budget) []int {
	vs, cv := tfidf(c)
	rel := make([]float64, len(vs))
	for i := range vs {
		rel[i] = vs[i].cosine(cv)
	}
	var out []int
	var t tally
	used := make([]bool, len(vs))
	for {
		best, bestScore := -1, math.Inf(-1)
		for i := range vs {
			s := &c.Sentences[i]
			if used[i] || !c.Candidate(i) || !b.fits(t.words, t.bytes, t.count, s) {
				continue
			}
			red := 0.0
			for _, j := range out {
				red = max(red, vs[i].cosine(vs[j]))
			}
			if sc := m.Lambda*rel[i] - (1-m.Lambda)*red; sc > bestScore {
				best, bestScore = i, sc
			}
		}
		if best < 0 {
			return out
		}
		used[best] = true
		if redundantWithAny(c, out, best) {
			continue
		}
		out = append(out, best)
		t.add(&c.Sentences[best])
	}
}
