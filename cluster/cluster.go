// Package cluster sorts a stream of articles into stories, online: each new
// article joins the story whose term profile it is most similar to, or starts
// a new one, in time that does not grow with the stream.
//
// An article is a unit TF-IDF vector over word stems, with names (capitalized
// words inside a sentence) weighted up and only its MaxTerms most distinctive
// terms kept. A story's centroid is the sum of its articles' vectors. The
// article's dot products with earlier articles are summed per story through
// an inverted index (terms found in more than a tenth of all articles are too
// common to find a story by and are skipped), and the article joins the
// story with the highest cosine similarity to its centroid if that passes a
// threshold; otherwise it starts a story. One shared country name among eighty
// weighted terms is far below the threshold. Articles dated far from a
// story's articles are discounted. As a story grows it is checked for a
// weak spectral cut, and a story that has taken in a neighbouring one is
// split in two (split.go). The result depends only on the articles and their
// order.
//
// When a whole batch is at hand (Stage, FileStaged), it is sorted together
// instead: short web news by a learned model that links pairs of articles
// (link.go), any other batch by complete link (complete.go).
package cluster

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// Term is one content word of an article.
type Term struct {
	Stem string
	Name bool // written as a name: capitalized inside a sentence, or an acronym
}

// Doc is an article as the clusterer sees it.
type Doc struct {
	Terms []Term
	Time  time.Time // zero when unknown
}

// Options tunes the clusterer; DefaultOptions are measured on mixes of
// newswire and web-news summary clusters (see the README).
type Options struct {
	// Threshold is the cosine similarity to a story's centroid an article
	// needs to join it.
	Threshold float64
	// LongThreshold is the threshold for articles of LongWords content
	// words or more; between ShortWords and LongWords it is interpolated
	// from Threshold (0: Threshold for all).
	LongThreshold         float64
	ShortWords, LongWords int
	// NameWeight multiplies the weight of terms written as names.
	NameWeight float64
	// MaxTerms is the number of an article's highest-weighted terms kept in
	// its vector.
	MaxTerms int
	// Prior is the number of virtual articles that smooth the document
	// frequencies (see idf).
	Prior float64
	// MaxShare is the largest share of all articles a term may appear in
	// and still bring stories into consideration.
	MaxShare float64
	// Window is how far apart in time an article and a story may be before
	// their similarity is discounted (halved for every further Window).
	Window time.Duration
	// SplitCut is the normalized cut below which a story is split in two
	// (see split.go; 0: stories are never split), and SplitMin the fewest
	// articles each part needs.
	SplitCut float64
	SplitMin int
	// Links is the model that sorts a whole batch by linking its articles
	// (link.go; nil: batches are filed one article at a time). It is used
	// for batches of LinkMin to LinkMax articles whose median article has
	// at most LinkMaxWords content words: it was fitted on web news, whose
	// articles are short, and the online clusterer is better on long
	// newswire; over LinkMax articles its time and memory grow too fast.
	Links            *LinkModel
	LinkMin, LinkMax int
	LinkMaxWords     int
	// LinkMaxStory: when complete link, run first on a batch of at most
	// CompleteMax articles, finds an article's story to hold more than this
	// many articles on average, the batch is sorted by complete link, not
	// by the link model; a larger batch is checked on a sample of
	// CompleteMax/2 of its articles, and filed one article at a time when
	// its stories are too large. The model was fitted on web news whose stories
	// have 2 to 10 articles (complete link finds 3 to 4 an article there);
	// where stories are larger, as newswire's ten reports of one event
	// are, the ranks it weighs mislead it.
	LinkMaxStory float64
	// Complete is the cosine every two articles of a story need when a
	// batch the link model does not take, of at most CompleteMax articles,
	// is sorted by complete link (complete.go; 0: such batches are filed
	// one article at a time).
	Complete    float64
	CompleteMax int
	// Average is the mean cosine two groups of articles need to merge when
	// such a batch of long articles (a median over LinkMaxWords content
	// words: newswire) is sorted by average link instead (average.go; 0:
	// complete link for every batch).
	Average float64
}

// DefaultOptions are the settings used by precis.
var DefaultOptions = Options{
	Threshold:     0.26,
	LongThreshold: 0.10,
	ShortWords:    150,
	LongWords:     350,
	NameWeight:    2,
	MaxTerms:      80,
	MaxShare:      0.1,
	Prior:         3000,
	Window:        72 * time.Hour,
	SplitCut:      0.85,
	SplitMin:      4,
	Links:         DefaultLinks,
	LinkMin:       100,
	LinkMax:       30000,
	LinkMaxWords:  200,
	LinkMaxStory:  6,
	Complete:      0.07,
	CompleteMax:   5000,
	Average:       0.065,
}

// Clusterer assigns articles to stories one at a time.
type Clusterer struct {
	opt      Options
	vocab    map[string]int32
	df       []int32     // by term id
	postings [][]posting // by term id: the articles whose vector holds the term
	docs     int         // articles counted into df
	story    []int32     // by article: its story, or -1 once removed
	stories  []story
	vecs     [][]entry   // by article: its vector, by term (nil once removed)
	rest     [][]int32   // by article: the other terms counted for it, for Remove (nil once removed)
	times    []time.Time // by article: its time
	removed  int         // articles taken out by Remove
	staged   []staged    // articles waiting to be filed as a batch (Stage)

	// scratch, reused between calls
	tf      tally     // the terms of the article being counted
	seq     []int32   // the same article's terms in order, as numbers
	counted []int32   // the same article's distinct terms
	accDoc  []float64 // by article: dot product with the new article
	accSt   []float64 // by story: dot product with its centroid
	touched []int32   // articles with a non-zero accDoc
	stTouch []int32   // stories with a non-zero accSt
}

// posting is one article's weight for a term.
type posting struct {
	doc int32
	w   float32
}

type story struct {
	norm2       float64 // squared length of the centroid (the sum of its articles' unit vectors)
	size        int
	first, last time.Time
	members     []int32 // its articles
	nextCheck   int     // the size at which to look for a split again
}

// widen stretches the story's time span to take in t (a zero t is unknown
// and changes nothing).
func (st *story) widen(t time.Time) {
	if t.IsZero() {
		return
	}
	if st.first.IsZero() || t.Before(st.first) {
		st.first = t
	}
	if t.After(st.last) {
		st.last = t
	}
}

// New returns an empty clusterer.
func New(opt Options) *Clusterer {
	return &Clusterer{opt: opt, vocab: map[string]int32{}}
}

// Reserve makes room for about n distinct terms, so that a batch whose size
// is known before it is counted does not grow the vocabulary step by step.
// It does nothing once terms have been counted.
func (c *Clusterer) Reserve(n int) {
	if len(c.vocab) == 0 && n > 0 {
		c.vocab = make(map[string]int32, n)
		c.df = slices.Grow(c.df, n)
		c.postings = slices.Grow(c.postings, n)
	}
}

// weighted is a term of an article's vector.
type weighted struct {
	term int32
	w    float64
}

func (c *Clusterer) termID(s string) int32 {
	id, ok := c.vocab[s]
	if !ok {
		id = int32(len(c.df))
		c.vocab[s] = id
		c.df = append(c.df, 0)
		c.postings = append(c.postings, nil)
	}
	return id
}

// idf is the inverse document frequency of a term as of now, smoothed by
// Prior virtual articles in which every term occurs once. In a handful of
// articles about one event, the words they all share (the event's names)
// keep their weight instead of dropping to zero; and the weighting is
// flatter: with 3,000 virtual articles, a word found in one article weighs
// about 1.5 times one found in thirty, so the names and rare words a long
// article mentions once do not outweigh the words its story is told in.
// Over tens of thousands of articles the prior fades.
func (c *Clusterer) idf(term int32) float64 {
	return math.Log((float64(c.docs) + c.opt.Prior + 1) / (float64(c.df[term]) + 1.5))
}

// count fills c.tf with the article's term frequencies.
func (c *Clusterer) count(d Doc) {
	c.tf.reset(len(d.Terms))
	c.seq = c.seq[:0]
	for _, t := range d.Terms {
		id := c.termID(t.Stem)
		c.seq = append(c.seq, id)
		c.tf.add(id, t.Name)
	}
}

// Observe counts an article into the document frequencies without filing
// it. When a whole batch is at hand, observing it before adding its articles
// with AddObserved gives every article the batch's term weights, so that the
// first articles are placed as well as the last.
func (c *Clusterer) Observe(d Doc) {
	c.count(d)
	c.observeCounted()
}

// observeCounted counts the article in c.tf into the document frequencies.
func (c *Clusterer) observeCounted() {
	for k := range c.tf.len() {
		id, _, _ := c.tf.at(k)
		c.df[id]++
	}
	c.docs++
}

// vector returns the article's unit-length TF-IDF vector, highest weights
// first, cut to MaxTerms.
func (c *Clusterer) vector() []weighted {
	vec := c.weights()
	return unit(vec[:min(len(vec), c.opt.MaxTerms)])
}

// weights returns the article in c.tf as TF-IDF weights, highest
// first, every term kept.
func (c *Clusterer) weights() []weighted {
	vec := make([]weighted, 0, c.tf.len())
	for k := range c.tf.len() {
		id, n, names := c.tf.at(k)
		if w := c.weight(id, n, 2*names > n); w > 0 {
			vec = append(vec, weighted{id, w})
		}
	}
	byWeight(vec)
	return vec
}

// weight is the TF-IDF weight of a term an article uses n times, weighted
// up when it is mostly written as a name.
func (c *Clusterer) weight(id int32, n int, name bool) float64 {
	return tfidf(n, c.idf(id), name, c.opt.NameWeight)
}

// tfidf is the weight of a term used n times with the given idf, times
// nameWeight for a name.
func tfidf(n int, idf float64, name bool, nameWeight float64) float64 {
	w := (1 + math.Log(float64(n))) * idf
	if name {
		w *= nameWeight
	}
	return w
}

// byWeight sorts a vector highest weight first (ties: lower term first).
func byWeight(vec []weighted) {
	slices.SortFunc(vec, func(a, b weighted) int {
		switch { // weights are finite and positive, so no NaN to order
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return int(a.term - b.term)
	})
}

// unit scales vec to unit length, in place, and returns it.
func unit(vec []weighted) []weighted {
	norm := 0.0
	for _, v := range vec {
		norm += v.w * v.w
	}
	norm = math.Sqrt(norm)
	for i := range vec {
		vec[i].w /= norm
	}
	return vec
}

// Add counts an article into the document frequencies, files it, and
// returns the index of its story (stories are numbered from 0 in order of
// creation).
func (c *Clusterer) Add(d Doc) int {
	c.Observe(d)
	return c.file(d)
}

// AddObserved files an article already counted with Observe.
func (c *Clusterer) AddObserved(d Doc) int {
	c.count(d)
	return c.file(d)
}

// file places the article whose terms are in c.tf.
func (c *Clusterer) file(d Doc) int {
	c.counted = c.counted[:0]
	for k := range c.tf.len() {
		id, _, _ := c.tf.at(k)
		c.counted = append(c.counted, id)
	}
	return c.fileVec(c.vector(), c.counted, d.Time, len(d.Terms))
}

// fileVec files an article by its vector, distinct terms (as counted into
// the document frequencies), time and number of content words into the
// story most similar to it, or a new one when none passes the threshold.
func (c *Clusterer) fileVec(vec []weighted, terms []int32, t time.Time, words int) int {
	// Dot products with every earlier article sharing a term, through the
	// postings; a term in more than MaxShare of the articles is too common
	// to find a story by and is skipped.
	limit := c.commonLimit()
	for _, v := range vec {
		if c.df[v.term] > limit {
			continue
		}
		for _, p := range c.postings[v.term] {
			if c.accDoc[p.doc] == 0 {
				c.touched = append(c.touched, p.doc)
			}
			c.accDoc[p.doc] += v.w * float64(p.w)
		}
	}
	for len(c.accSt) < len(c.stories) {
		c.accSt = append(c.accSt, 0)
	}
	for _, m := range c.touched {
		s := c.story[m]
		if c.accSt[s] == 0 {
			c.stTouch = append(c.stTouch, s)
		}
		c.accSt[s] += c.accDoc[m]
		c.accDoc[m] = 0
	}
	c.touched = c.touched[:0]
	best, bestSim, bestDot := int32(-1), 0.0, 0.0
	for _, s := range c.stTouch {
		dot := c.accSt[s]
		c.accSt[s] = 0
		st := &c.stories[s]
		sim := dot / math.Sqrt(st.norm2) * c.timeFactor(st, t)
		if sim > bestSim || (sim == bestSim && s < best) {
			best, bestSim, bestDot = s, sim, dot
		}
	}
	c.stTouch = c.stTouch[:0]
	if best < 0 || bestSim < c.threshold(words) {
		best, bestDot = int32(len(c.stories)), 0
	}
	c.place(vec, terms, t, best)
	c.stories[best].norm2 += 2*bestDot + 1
	if c.opt.SplitCut > 0 {
		c.maybeSplit(best)
	}
	return int(c.story[len(c.story)-1])
}

// place puts an article, by its vector, distinct terms and time, into story
// s (len(c.stories) starts a new one), leaving the story's centroid length
// to the caller.
func (c *Clusterer) place(vec []weighted, terms []int32, t time.Time, s int32) {
	me := int32(len(c.story))
	c.accDoc = append(c.accDoc, 0)
	if s == int32(len(c.stories)) {
		c.stories = append(c.stories, story{})
	}
	st := &c.stories[s]
	st.size++
	st.widen(t)
	for _, v := range vec {
		c.postings[v.term] = append(c.postings[v.term], posting{me, float32(v.w)})
	}
	c.story = append(c.story, s)
	c.keep(vec, terms, t, s)
}

// commonLimit is the document frequency above which a term is too common to
// find a story by.
func (c *Clusterer) commonLimit() int32 {
	return int32(c.opt.MaxShare*(float64(c.docs)+c.opt.Prior)) + 1
}

// threshold is the similarity an article of n content words needs to join
// a story: Threshold for short articles, easing linearly to LongThreshold
// for long ones. Two long reports of one event spread their weight over more
// words than two short ones, so their cosine runs lower.
func (c *Clusterer) threshold(n int) float64 {
	if c.opt.LongThreshold <= 0 || c.opt.LongWords <= c.opt.ShortWords {
		return c.opt.Threshold
	}
	f := float64(n-c.opt.ShortWords) / float64(c.opt.LongWords-c.opt.ShortWords)
	f = max(0, min(1, f))
	return c.opt.Threshold + f*(c.opt.LongThreshold-c.opt.Threshold)
}

// timeFactor discounts the similarity of an article to a story by the time
// between them beyond the window: halved for every further Window.
func (c *Clusterer) timeFactor(st *story, t time.Time) float64 {
	if t.IsZero() || st.first.IsZero() || c.opt.Window <= 0 {
		return 1
	}
	var gap time.Duration
	switch {
	case t.Before(st.first):
		gap = st.first.Sub(t)
	case t.After(st.last):
		gap = t.Sub(st.last)
	}
	return c.gapFactor(gap)
}

// gapFactor is the discount for a time gap: none within the window, halved
// for every further Window.
func (c *Clusterer) gapFactor(gap time.Duration) float64 {
	if gap <= c.opt.Window || c.opt.Window <= 0 {
		return 1
	}
	return math.Exp2(-float64(gap-c.opt.Window) / float64(c.opt.Window))
}

// Len returns the number of articles added, removed ones included.
func (c *Clusterer) Len() int { return len(c.story) }

// Story returns the story of the i-th article added, or -1 once it is
// removed.
func (c *Clusterer) Story(i int) int { return int(c.story[i]) }

// Time returns the time the i-th article added was filed with (zero when
// unknown).
func (c *Clusterer) Time(i int) time.Time { return c.times[i] }

// Typical orders a story's articles (its members, as Stories lists them)
// by how close each is to the story's centroid, closest first: the first
// best stands for the story, and its title names it. Ties and a story of one
// or two articles keep the members' order.
func (c *Clusterer) Typical(members []int) []int {
	out := slices.Clone(members)
	if len(members) < 3 {
		return out
	}
	sum := map[int32]float64{}
	for _, m := range members {
		for _, e := range c.vecs[m] {
			sum[e.term] += float64(e.w)
		}
	}
	dot := make(map[int]float64, len(members))
	for _, m := range members {
		for _, e := range c.vecs[m] {
			dot[m] += float64(e.w) * sum[e.term]
		}
	}
	slices.SortStableFunc(out, func(a, b int) int { return cmp.Compare(dot[b], dot[a]) })
	return out
}

// Stories returns the articles of every story, by story number, each list in
// order of addition (removed articles left out; a story whose articles are
// all removed is empty).
func (c *Clusterer) Stories() [][]int {
	out := make([][]int, len(c.stories))
	for i, s := range c.story {
		if s >= 0 {
			out[s] = append(out[s], i)
		}
	}
	return out
}
