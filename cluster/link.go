package cluster

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/zeebo/xxh3"

	"github.com/precis-news/precis/internal/sorted"
	"github.com/precis-news/precis/internal/unionfind"
)

// Sorting a whole batch by linking articles.
//
// When a whole batch of short articles is at hand, every article's
// neighbourhood is known, and a pair of articles can be judged by more than
// its cosine: how it compares with each article's best match, where each
// stands in the other's list of nearest articles, how many rare words and
// rare word pairs the two share, how long they are. A small neural network
// (LinkModel, fitted by FitLinks on a development set and shipped as
// links.json) turns these into the probability that the two tell one story;
// a second one judges each pair again once the first one's links have
// grouped the batch (see LinkModel).
// Near-identical articles (cosine copyCosine, 0.85, or more: reprints, lightly
// edited copies) are linked outright and kept out of each other's lists of
// nearest articles, so that a report reprinted many times does not push its
// story's other articles down those lists.
// Pairs are then linked from the most probable down, as long as their
// probability passes LinkModel.Join, and two groups are merged only if the
// mean probability over all pairs across them (a pair never compared counts
// zero) passes LinkModel.Cohesion: a chain of single links does not join two
// stories. This is the batch counterpart of the online clusterer, used by
// Stage and FileStaged when Options.Links is set and the batch is large
// and short enough for the model (Options.LinkMin, LinkMax, LinkMaxWords).

// linkNeighbours is the number of nearest articles each article is compared
// with.
const linkNeighbours = 30

// staged is an article counted with Observe and waiting to be filed with
// the rest of its batch.
type staged struct {
	terms  []int32     // its distinct terms, sorted
	counts []termCount // by terms: how it uses each
	pairs  []uint32    // hashes of its distinct adjacent term pairs, sorted (only while the batch may be linked)
	seq    []int32     // its terms in order, instead of pairs while the batch is too small to link
	words  int         // its number of content words
	time   time.Time
	// set by weigh once the whole batch is observed:
	vec  []weighted // its vector under the batch's term statistics
	full []weighted // the same with every term kept, when complete link may use it and it has more than MaxTerms (else nil)
}

// termCount is how often an article uses a term, and whether mostly as a
// name.
type termCount struct {
	n    uint16 // at most 65,535
	name bool
}

// Stage prepares an article counted with Observe to be filed with the rest
// of its batch by FileStaged. Every article of the batch must be observed
// before FileStaged, which weighs each with the batch's statistics; each
// may be staged as soon as it is observed.
func (c *Clusterer) Stage(d Doc) {
	c.count(d)
	c.stageCounted(d)
}

// ObserveAndStage is Observe and then Stage, counting the article once.
func (c *Clusterer) ObserveAndStage(d Doc) {
	c.count(d)
	c.observeCounted()
	c.stageCounted(d)
}

// stageCounted stages the article in c.tf and c.seq.
func (c *Clusterer) stageCounted(d Doc) {
	s := staged{words: len(d.Terms), time: d.Time}
	s.terms = make([]int32, c.tf.len())
	for k := range s.terms {
		s.terms[k], _, _ = c.tf.at(k)
	}
	slices.Sort(s.terms)
	s.counts = make([]termCount, len(s.terms))
	for k, id := range s.terms {
		n, names := c.tf.get(id)
		s.counts[k] = termCount{uint16(min(n, math.MaxUint16)), 2*names > n}
	}
	if len(c.staged) == c.opt.LinkMax {
		// the batch is now too large to link, which alone needs the
		// word pairs
		for i := range c.staged {
			c.staged[i].pairs, c.staged[i].seq = nil, nil
		}
	}
	if len(c.staged) < c.opt.LinkMax && len(c.story) == 0 {
		if len(c.staged)+1 < c.opt.LinkMin {
			// a batch this small is not linked: its terms are kept in
			// order until it is large enough (or pairUp needs them)
			s.seq = slices.Clone(c.seq)
		} else {
			c.pairUp(c.staged)
			s.pairs = wordPairs(c.seq)
		}
	}
	c.staged = append(c.staged, s)
}

// pairUp makes the word pairs of the staged articles that kept their terms
// in order instead.
func (c *Clusterer) pairUp(batch []staged) {
	for i := range batch {
		if batch[i].seq != nil {
			batch[i].pairs, batch[i].seq = wordPairs(batch[i].seq), nil
		}
	}
}

// wordPairs returns the hashes of an article's distinct adjacent term
// pairs (terms by number, in order), sorted.
func wordPairs(seq []int32) []uint32 {
	var pairs []uint32
	var prev int32 = -1
	var buf [8]byte
	for _, id := range seq {
		if prev >= 0 && id != prev { // lead words are counted twice in a row
			put32(buf[:4], prev)
			put32(buf[4:], id)
			pairs = append(pairs, uint32(xxh3.Hash(buf[:])))
		}
		prev = id
	}
	slices.Sort(pairs)
	return slices.Compact(pairs)
}

// weigh sets the vectors of a staged batch under the term statistics as
// they now stand (the whole batch observed); full vectors only when the
// batch may be sorted by complete link, which alone needs them.
func (c *Clusterer) weigh(batch []staged) {
	complete := c.completable(batch)
	idf := make([]float64, len(c.df)) // each term's, found when first needed (0: not yet)
	for i := range batch {
		s := &batch[i]
		w := make([]weighted, 0, len(s.terms))
		for k, id := range s.terms {
			if idf[id] == 0 {
				idf[id] = c.idf(id)
			}
			if x := tfidf(int(s.counts[k].n), idf[id], s.counts[k].name, c.opt.NameWeight); x > 0 {
				w = append(w, weighted{id, x})
			}
		}
		byWeight(w)
		if complete && len(w) > c.opt.MaxTerms {
			s.full = unit(slices.Clone(w))
		}
		s.vec = unit(w[:min(len(w), c.opt.MaxTerms)])
	}
}

func put32(b []byte, v int32) {
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

// FileStaged files the staged articles in order and returns the story of
// each. A batch the link model fits (Options.Links set, LinkMin to LinkMax
// articles, a median of at most LinkMaxWords content words, and nothing
// filed before it) is sorted by linking its articles, unless complete link
// finds its stories far larger than the model knows (LinkMaxStory: over
// CompleteMax articles, as estimated from a sample); any
// other of at most CompleteMax articles with nothing filed before it is
// sorted by complete link (complete.go); the rest are filed one article at
// a time, as Add does.
func (c *Clusterer) FileStaged() []int {
	batch := c.staged
	c.staged = nil
	c.weigh(batch)
	out := make([]int, len(batch))
	var groups []int
	complete := c.completable(batch)
	switch {
	case complete && c.opt.Average > 0 && medianWords(batch) > c.opt.LinkMaxWords:
		groups = c.averageLink(batch)
	case complete:
		groups = c.completeLink(batch)
	}
	if c.linkable(batch) && c.storiesFitModel(batch, groups) {
		groups, complete = c.opt.Links.group(c.linkGraph(batch)), false
	}
	if groups == nil {
		for i, s := range batch {
			out[i] = c.fileVec(s.vec, s.terms, s.time, s.words)
		}
		return out
	}
	first := len(c.story)
	story := map[int]int32{}
	for i, s := range batch {
		to, ok := story[groups[i]]
		if !ok {
			to = int32(len(c.stories))
			story[groups[i]] = to
		}
		c.place(s.vec, s.terms, s.time, to)
		out[i] = int(to)
	}
	c.centroidNorms(batch, out)
	if complete && c.opt.SplitCut > 0 {
		// Stories that share a topic can pass complete link's low bar
		// together; a weak cut tells them apart (split.go).
		for s := range int32(len(c.stories)) {
			c.split(s)
		}
		for i := range out {
			out[i] = int(c.story[first+i])
		}
	}
	return out
}

// centroidNorms sets the centroid length of the stories of a batch just
// placed (stories, by article), which hold no other articles, as filing
// the batch one article at a time would have set it: each article's unit
// vector counts once, and the dot products between two articles count
// only terms common enough to find a story by (see fileVec).
func (c *Clusterer) centroidNorms(batch []staged, stories []int) {
	limit := c.commonLimit()
	order := make([]int, len(batch)) // the batch by story
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(stories[x], stories[y]) })
	sum := make([]float64, len(c.df)) // a story's summed vector, by term
	var terms []int32                 // the terms in sum
	for k := 0; k < len(order); {
		st, self := stories[order[k]], 0.0
		for ; k < len(order) && stories[order[k]] == st; k++ {
			for _, v := range batch[order[k]].vec {
				if c.df[v.term] > limit {
					continue
				}
				if sum[v.term] == 0 {
					terms = append(terms, v.term)
				}
				w := float64(float32(v.w)) // as the postings hold it
				sum[v.term] += w
				self += w * w
			}
		}
		// summed in term order, so that the result does not depend on
		// the order of the batch
		slices.Sort(terms)
		norm2 := 0.0
		for _, t := range terms {
			norm2 += sum[t] * sum[t]
			sum[t] = 0
		}
		terms = terms[:0]
		c.stories[st].norm2 = float64(c.stories[st].size) + norm2 - self
	}
}

// storiesFitModel reports whether complete link finds a linkable batch's
// stories no larger than the link model knows (LinkMaxStory): from groups,
// when the batch was sorted by complete link, else, over CompleteMax
// articles, from a sample (unless complete link is off).
func (c *Clusterer) storiesFitModel(batch []staged, groups []int) bool {
	switch {
	case groups != nil:
		return articleStorySize(groups) <= c.opt.LinkMaxStory
	case c.opt.Complete > 0 && len(batch) > c.opt.CompleteMax:
		return c.sampledStorySize(batch) <= c.opt.LinkMaxStory
	}
	return true
}

// articleStorySize is the mean size of an article's group: the mean over
// groups of their size, weighted by size.
func articleStorySize(groups []int) float64 {
	size := map[int]int{}
	for _, g := range groups {
		size[g]++
	}
	sum := 0
	for _, n := range size {
		sum += n * n
	}
	return float64(sum) / float64(max(len(groups), 1))
}

// sampledStorySize is articleStorySize of complete link over CompleteMax/2
// of a batch's articles, evenly spaced (half the time and memory a batch of
// CompleteMax takes), for a batch too large for complete link. A story
// thins out in a sample, so the figure is at most the whole batch's and the
// check errs toward the model. On the Multi-News mix (15,317 articles) it
// is 2.6; on DUC 2003 cut to 120 words an article and grown to 8,000 or
// 15,000 (stories of hundreds of reprints), 29 and 30, where the model
// linked at B-cubed F1 0.20 against 0.35 online.
func (c *Clusterer) sampledStorySize(batch []staged) float64 {
	m := min(max(c.opt.CompleteMax/2, 2), len(batch))
	sample := make([]staged, m)
	for k := range sample {
		sample[k] = batch[k*len(batch)/m]
	}
	return articleStorySize(c.completeLink(sample))
}

// linkable reports whether the batch is one the link model was fitted for.
func (c *Clusterer) linkable(batch []staged) bool {
	if c.opt.Links == nil || len(batch) < max(c.opt.LinkMin, 2) || len(batch) > c.opt.LinkMax || len(c.story) > 0 {
		return false
	}
	return medianWords(batch) <= c.opt.LinkMaxWords
}

// medianWords is the median of a batch's articles' content words.
func medianWords(batch []staged) int {
	words := make([]int, len(batch))
	for i, s := range batch {
		words[i] = s.words
	}
	slices.Sort(words)
	return words[len(words)/2]
}

// linkPair is two articles of a batch and the features of the pair.
type linkPair struct {
	A, B     int
	Features []float64 // as named by LinkFeatures; nil for a copy
}

// graph is a batch's candidate pairs.
type graph struct {
	n     int
	pairs []linkPair
}

// neighbour is one of an article's nearest articles.
type neighbour struct {
	doc int32
	sim float64
}

// linkGraph finds each article's nearest articles in the batch and
// describes every pair of neighbours.
func (c *Clusterer) linkGraph(batch []staged) graph {
	c.pairUp(batch)
	n := len(batch)
	vecs := make([][]weighted, n)
	for i := range batch {
		vecs[i] = batch[i].vec
	}
	near := make([][]neighbour, n)
	copies := make([][]int32, n) // by article: the later articles that are its copies
	c.sweep(vecs, func(i int, touched []int32, acc []float64) {
		ns := make([]neighbour, 0, linkNeighbours)
		for _, j := range touched {
			if acc[j] >= copyCosine {
				if int(j) > i {
					copies[i] = append(copies[i], j)
				}
			} else {
				ns = keepNearest(ns, neighbour{j, acc[j]})
			}
		}
		near[i] = ns
	})

	pairDF := map[uint32]int32{}
	for _, s := range batch {
		for _, h := range s.pairs {
			pairDF[h]++
		}
	}
	rank := func(i, j int32) int {
		for r, x := range near[i] {
			if x.doc == j {
				return r + 1
			}
		}
		return linkNeighbours + 10
	}
	g := graph{n: n}
	for i, cs := range copies {
		slices.Sort(cs)
		for _, j := range cs {
			g.pairs = append(g.pairs, linkPair{A: i, B: int(j)})
		}
	}
	for i := range near {
		for _, x := range near[i] {
			a, b := int32(i), x.doc
			if b < a && rank(b, a) <= linkNeighbours {
				continue // described from b's side
			}
			g.pairs = append(g.pairs, linkPair{A: int(min(a, b)), B: int(max(a, b)),
				Features: c.pairFeatures(batch, near, a, b, x.sim, rank(a, b), rank(b, a), pairDF)})
		}
	}
	return g
}

// sweep finds, on all cores, every article's dot products with the other
// articles of a batch (vecs, unit vectors) through the terms they share,
// skipping terms too common to find a story by. For each article i it calls
// visit with the articles that share a term with it and acc, their dot
// products by article; visit is called concurrently for different articles
// and must not keep acc.
func (c *Clusterer) sweep(vecs [][]weighted, visit func(i int, touched []int32, acc []float64)) {
	n := len(vecs)
	limit := c.commonLimit()
	// by term: the articles whose vector holds it, each list a slice of one array
	postings := make([][]posting, len(c.df))
	count := make([]int32, len(c.df))
	held := 0
	for _, vec := range vecs {
		for _, v := range vec {
			if c.df[v.term] <= limit {
				count[v.term]++
				held++
			}
		}
	}
	all := make([]posting, held)
	for id, k := range count {
		postings[id], all = all[:0:k], all[k:]
	}
	for i, vec := range vecs {
		for _, v := range vec {
			if c.df[v.term] <= limit {
				postings[v.term] = append(postings[v.term], posting{int32(i), float32(v.w)})
			}
		}
	}
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			acc := make([]float64, n)
			var touched []int32
			for i := w; i < n; i += workers {
				for _, v := range vecs[i] {
					for _, p := range postings[v.term] {
						if int(p.doc) == i {
							continue
						}
						if acc[p.doc] == 0 {
							touched = append(touched, p.doc)
						}
						acc[p.doc] += v.w * float64(p.w)
					}
				}
				visit(i, touched, acc)
				for _, j := range touched {
					acc[j] = 0
				}
				touched = touched[:0]
			}
		}(w)
	}
	wg.Wait()
}

// keepNearest adds x to ns, the nearest articles found so far (at most
// linkNeighbours, most similar first; ties go to the earlier article).
func keepNearest(ns []neighbour, x neighbour) []neighbour {
	before := func(a, b neighbour) bool { return a.sim > b.sim || a.sim == b.sim && a.doc < b.doc }
	if len(ns) == linkNeighbours && !before(x, ns[len(ns)-1]) {
		return ns
	}
	if len(ns) < linkNeighbours {
		ns = append(ns, x)
	}
	k := len(ns) - 1
	for ; k > 0 && before(x, ns[k-1]); k-- {
		ns[k] = ns[k-1]
	}
	ns[k] = x
	return ns
}

// pairFeatures describes a pair of articles a and b with cosine sim and
// each one's rank in the other's nearest articles, near (LinkFeatures).
func (c *Clusterer) pairFeatures(batch []staged, near [][]neighbour, a, b int32, sim float64, rab, rba int, pairDF map[uint32]int32) []float64 {
	sa, sb := &batch[a], &batch[b]
	var shared, rare3, rare10, rare50 float64
	sorted.EachShared(sa.terms, sb.terms, func(t int32) {
		shared++
		df := c.df[t]
		if df <= 3 {
			rare3++
		}
		if df <= 10 {
			rare10++
		}
		if df <= 50 {
			rare50++
		}
	})
	rarity := 0.0
	sorted.EachShared(sa.pairs, sb.pairs, func(h uint32) {
		rarity += math.Log(float64(len(batch)) / float64(pairDF[h]))
	})
	// the cosine of an article's k-th nearest article (from 0), or of its
	// last when it has fewer
	nth := func(i int32, k int) float64 {
		if len(near[i]) == 0 {
			return 0
		}
		return near[i][min(k, len(near[i])-1)].sim
	}
	lo, hi := min(nth(a, 0), nth(b, 0)), max(nth(a, 0), nth(b, 0))
	lo10, hi10 := min(nth(a, 9), nth(b, 9)), max(nth(a, 9), nth(b, 9))
	short := math.Log1p(float64(min(sa.words, sb.words)))
	long := math.Log1p(float64(max(sa.words, sb.words)))
	mutual := 0.0
	if rab == 1 && rba == 1 {
		mutual = 1
	}
	union := float64(len(sa.terms)+len(sb.terms)) - shared
	return []float64{
		sim,
		sim / max(lo, 1e-9),
		sim / max(hi, 1e-9),
		math.Log(float64(rab)) + math.Log(float64(rba)),
		math.Log1p(rare3), math.Log1p(rare10), math.Log1p(rare50),
		rarity / 10,
		short, long,
		sim * short,
		math.Log(float64(min(rab, rba))), math.Log(float64(max(rab, rba))),
		sim - hi10, sim - lo10,
		shared / (union + 1),
		shared / float64(min(len(sa.terms), len(sb.terms))+1),
		math.Log1p(shared),
		sim * sim,
		mutual,
	}
}

// group sorts a batch's articles into stories, in the model's two passes,
// and returns a group number for each article.
func (m *LinkModel) group(g graph) []int {
	probs := m.Pair.probs(g)
	g = regroup(g, probs, m.link(g, probs))
	return m.link(g, m.Regroup.probs(g))
}

// link groups a batch's articles by the probabilities of its pairs (probs,
// in the order of g.pairs) and returns a group number for each article.
func (m *LinkModel) link(g graph, probs []float64) []int {
	type edge struct {
		a, b int32
		p    float64
	}
	edges := make([]edge, len(g.pairs))
	adj := make([][]edge, g.n)
	for k, pr := range g.pairs {
		e := edge{int32(pr.A), int32(pr.B), probs[k]}
		edges[k] = e
		adj[e.a] = append(adj[e.a], e)
		adj[e.b] = append(adj[e.b], edge{e.b, e.a, e.p})
	}
	slices.SortFunc(edges, func(x, y edge) int {
		return cmp.Or(cmp.Compare(y.p, x.p), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	groups := unionfind.New(g.n)
	members := make([][]int32, g.n)
	for i := range members {
		members[i] = []int32{int32(i)}
	}
	find := func(x int32) int32 { return int32(groups.Find(int(x))) }
	for _, e := range edges {
		if e.p < m.Join {
			break
		}
		a, b := find(e.a), find(e.b)
		if a == b {
			continue
		}
		if len(members[a]) > len(members[b]) {
			a, b = b, a
		}
		if len(members[b]) > 1 {
			sum := 0.0
			for _, x := range members[a] {
				for _, y := range adj[x] {
					if find(y.b) == b {
						sum += y.p
					}
				}
			}
			if sum/float64(len(members[a])*len(members[b])) < m.Cohesion {
				continue
			}
		}
		groups.Link(int(a), int(b)) // the smaller group joins the larger
		members[b] = append(members[b], members[a]...)
		members[a] = nil
	}
	out := make([]int, g.n)
	for i := range out {
		out[i] = int(find(int32(i)))
	}
	return out
}
