package cluster

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// shortBatch makes n short articles of stories of size articles each: every
// story has its own fifteen topic words, of which an article uses ten, and
// every article also has twenty words from a pool shared by all stories.
// It returns the articles in a shuffled order and each one's story.
func shortBatch(stories, size, words int, seed int64) ([]Doc, []int) {
	rng := rand.New(rand.NewSource(seed))
	var docs []Doc
	var gold []int
	for s := 0; s < stories; s++ {
		for a := 0; a < size; a++ {
			var w []string
			for _, k := range rng.Perm(15)[:10] {
				w = append(w, fmt.Sprintf("topic%dw%d", s, k))
			}
			for k := 0; k < words-10; k++ {
				w = append(w, fmt.Sprintf("common%d", rng.Intn(200)))
			}
			docs = append(docs, doc(strings.Join(w, " ")))
			gold = append(gold, s)
		}
	}
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j], gold[i], gold[j] = docs[j], docs[i], gold[j], gold[i] })
	return docs, gold
}

// observeAndStage counts a batch into c and stages it, as
// precis.Stream.AddAll does, and returns c.
func observeAndStage(c *Clusterer, docs []Doc) *Clusterer {
	for _, d := range docs {
		c.ObserveAndStage(d)
	}
	return c
}

// A batch keeps its articles' terms in order while it is too small to link
// and makes their word pairs once it is not; the pairs are those made at
// once, and ObserveAndStage stages as Observe and Stage do.
func TestWordPairsWaitForALinkableBatch(t *testing.T) {
	docs, _ := shortBatch(3, 4, 30, 2)
	opt := DefaultOptions
	opt.LinkMin = 0
	direct := New(opt)
	for _, d := range docs {
		direct.Observe(d)
		direct.Stage(d)
	}
	opt.LinkMin = 8
	late := New(opt)
	for k, d := range docs {
		late.ObserveAndStage(d)
		waiting := late.staged[k].seq != nil
		if waiting != (k+1 < opt.LinkMin) || late.staged[0].pairs == nil == (k+1 >= opt.LinkMin) {
			t.Fatalf("article %d of a batch linked from %d: terms kept %v, first pairs %v", k, opt.LinkMin, waiting, late.staged[0].pairs != nil)
		}
	}
	for k := range docs {
		a, b := direct.staged[k], late.staged[k]
		if len(a.pairs) == 0 || !slices.Equal(a.pairs, b.pairs) || !slices.Equal(a.terms, b.terms) || !slices.Equal(a.counts, b.counts) {
			t.Fatalf("article %d: pairs %v / %v, terms %v / %v", k, a.pairs, b.pairs, a.terms, b.terms)
		}
	}
	if !slices.Equal(direct.df, late.df) || direct.docs != late.docs {
		t.Fatalf("document frequencies differ: %v / %v", direct.df, late.df)
	}
	// a batch that stays small is paired up when linked
	opt.LinkMin = 100
	small := observeAndStage(New(opt), docs)
	small.weigh(small.staged)
	small.linkGraph(small.staged)
	for k := range docs {
		if !slices.Equal(small.staged[k].pairs, direct.staged[k].pairs) {
			t.Fatalf("article %d of a small batch: pairs %v, want %v", k, small.staged[k].pairs, direct.staged[k].pairs)
		}
	}
}

// fileBatch observes, stages and files a batch.
func fileBatch(c *Clusterer, docs []Doc) []int {
	return observeAndStage(c, docs).FileStaged()
}

func TestLinkSortsABatchOfShortArticles(t *testing.T) {
	docs, gold := shortBatch(40, 4, 30, 1)
	c := New(DefaultOptions)
	if !c.linkable(stage(docs)) {
		t.Fatal("a batch of 160 articles of 30 words is not linked")
	}
	pred := fileBatch(c, docs)
	p, r, f := BCubed(pred, gold)
	if f < 0.95 {
		t.Errorf("B-cubed P %.3f R %.3f F1 %.3f, want F1 ≥ 0.95", p, r, f)
	}
	// The clusterer goes on online from the linked stories: a new article
	// of story 7 joins the story its batch articles are in.
	more, _ := shortBatch(40, 1, 30, 2)
	var want int
	for i, g := range gold {
		if g == 7 {
			want = pred[i]
		}
	}
	if got := c.Add(more[slices.Index(storyOf(more, 7), true)]); got != want {
		t.Errorf("a later article of story 7 went to story %d, want %d", got, want)
	}
}

// stage returns the staged form of docs under their own statistics.
func stage(docs []Doc) []staged {
	return observeAndStage(New(DefaultOptions), docs).staged
}

// storyOf reports which of the articles made by shortBatch use story s's
// topic words.
func storyOf(docs []Doc, s int) []bool {
	out := make([]bool, len(docs))
	prefix := fmt.Sprintf("topic%dw", s)
	for i, d := range docs {
		out[i] = strings.HasPrefix(d.Terms[0].Stem, prefix)
	}
	return out
}

func TestLinkedBatchIsDeterministic(t *testing.T) {
	docs, _ := shortBatch(30, 4, 30, 3)
	a := fileBatch(New(DefaultOptions), docs)
	b := fileBatch(New(DefaultOptions), docs)
	if !slices.Equal(a, b) {
		t.Errorf("the same batch was sorted two ways:\n%v\n%v", a, b)
	}
}

func TestBatchesTheModelDoesNotFitAreNotLinked(t *testing.T) {
	withoutLinks := DefaultOptions
	withoutLinks.Links = nil
	for _, tc := range []struct {
		name          string
		stories, size int
		words         int
	}{
		{"too few articles", 10, 4, 30},
		{"long articles", 40, 4, 400},
	} {
		docs, _ := shortBatch(tc.stories, tc.size, tc.words, 4)
		if New(DefaultOptions).linkable(stage(docs)) {
			t.Errorf("%s: the batch is linked", tc.name)
		}
		got := fileBatch(New(DefaultOptions), docs)
		want := fileBatch(New(withoutLinks), docs)
		if !slices.Equal(got, want) {
			t.Errorf("%s: filed %v, without the link model %v", tc.name, got, want)
		}
	}
	// Nor a batch larger than LinkMax.
	small := DefaultOptions
	small.LinkMax = 100
	if docs, _ := shortBatch(40, 4, 30, 4); New(small).linkable(stage(docs)) {
		t.Error("a batch of 160 articles is linked with LinkMax 100")
	}
}

func TestFitLinksLearnsWhatMarksOneStory(t *testing.T) {
	docs, gold := shortBatch(40, 4, 30, 6)
	c := observeAndStage(New(DefaultOptions), docs)
	m, err := FitLinks(c, gold, "synthetic")
	if err != nil {
		t.Fatal(err)
	}
	if m.Pairs == 0 || m.Positive == 0 || m.Positive == m.Pairs {
		t.Fatalf("fitted on %d pairs, %d of one story", m.Pairs, m.Positive)
	}
	// Each pass fits better than the share of pairs of one story alone would.
	base := float64(m.Positive) / float64(m.Pairs)
	entropy := -base*math.Log(base) - (1-base)*math.Log(1-base)
	for _, n := range []*Network{m.Pair, m.Regroup} {
		if n.Loss >= entropy/2 {
			t.Errorf("log loss %.3f, against %.3f knowing only the share of pairs of one story", n.Loss, entropy)
		}
	}
	// The first pass tells the batch's pairs apart, and the second, seeing
	// the groups the first links, does too.
	g := c.linkGraph(c.staged)
	probs := m.Pair.probs(g)
	g2 := regroup(g, probs, m.link(g, probs))
	for pass, p := range [][]float64{probs, m.Regroup.probs(g2)} {
		var same, other, nSame, nOther float64
		for k, pr := range g.pairs {
			if gold[pr.A] == gold[pr.B] {
				same += p[k]
				nSame++
			} else {
				other += p[k]
				nOther++
			}
		}
		if same/nSame < 0.5 || other/nOther > 0.5 {
			t.Errorf("pass %d: mean probability %.2f for pairs of one story, %.2f for others", pass+1, same/nSame, other/nOther)
		}
	}
	// It reads back as written.
	b, _ := json.Marshal(m)
	if _, err := ParseLinks(b); err != nil {
		t.Errorf("a fitted model does not read back: %v", err)
	}
	if _, err := FitLinks(c, gold[1:], "short"); err == nil {
		t.Error("fitting with fewer stories than articles is not an error")
	}
}

func TestLinkModelOfOtherFeaturesIsRefused(t *testing.T) {
	for _, in := range []string{
		`{"pair":{"features":["cosine"],"mean":[0],"scale":[1],"hidden":[[1,0]],"output":[1,0]}}`,
		`{"features":`,
		``,
	} {
		if _, err := ParseLinks([]byte(in)); err == nil || !strings.Contains(err.Error(), "link model") {
			t.Errorf("ParseLinks(%q) = %v, want a link model error", in, err)
		}
	}
	if DefaultLinks == nil || DefaultLinks.Join <= 0 || DefaultLinks.Cohesion <= 0 {
		t.Fatalf("shipped model %+v", DefaultLinks)
	}
	// the right features, but a unit short of a weight or an output weight,
	// or no second pass
	broken := func(change func(m *LinkModel)) LinkModel {
		b, _ := json.Marshal(DefaultLinks)
		m, _ := ParseLinks(b)
		change(m)
		return *m
	}
	for _, m := range []LinkModel{
		broken(func(m *LinkModel) { m.Pair.Hidden[1] = m.Pair.Hidden[1][1:] }),
		broken(func(m *LinkModel) { m.Regroup.Output = m.Regroup.Output[1:] }),
		broken(func(m *LinkModel) { m.Regroup = nil }),
		broken(func(m *LinkModel) { m.Regroup.Features = m.Regroup.Features[:len(LinkFeatures)] }),
	} {
		b, _ := json.Marshal(m)
		if _, err := ParseLinks(b); err == nil || !strings.Contains(err.Error(), "link model") {
			t.Errorf("a broken model read: %v", err)
		}
	}
}

// A batch filed into the stories linking or complete link found leaves
// each story's centroid length as filing its articles one at a time would
// have: every article's unit vector once, and twice the dot product of
// every two of its articles over the terms common enough to find a story by.
func TestBatchCentroidNorms(t *testing.T) {
	short, _ := shortBatch(40, 4, 30, 5)
	long, _ := longBatch(20, 4, 6)
	for _, docs := range [][]Doc{short, long} {
		opt := DefaultOptions
		opt.SplitMin = 1000 // vectors kept, stories never split
		opt.Prior = 10      // some terms too common to find a story by
		c := New(opt)
		fileBatch(c, docs)
		limit := c.commonLimit()
		// each article's vector without the terms too common to count
		kept := make([][]entry, len(c.vecs))
		for i, v := range c.vecs {
			for _, e := range v {
				if c.df[e.term] <= limit {
					kept[i] = append(kept[i], e)
				}
			}
		}
		for s, members := range c.Stories() {
			want := float64(len(members))
			for x, a := range members {
				for _, b := range members[x+1:] {
					want += 2 * cosine(kept[a], kept[b])
				}
			}
			if got := c.stories[s].norm2; math.Abs(got-want) > 1e-6*want {
				t.Fatalf("story %d of %d articles: centroid length² %.9f, want %.9f", s, len(members), got, want)
			}
		}
	}
}

// An article may be staged as soon as it is observed: it is weighed with
// the whole batch's statistics all the same.
func TestStageAsObserved(t *testing.T) {
	short, _ := shortBatch(40, 4, 30, 14)
	long, _ := longBatch(20, 4, 15)
	for _, docs := range [][]Doc{short, long} {
		first := New(DefaultOptions)
		for _, d := range docs {
			first.Observe(d)
		}
		for _, d := range docs {
			first.Stage(d)
		}
		first.weigh(first.staged)
		asRead := observeAndStage(New(DefaultOptions), docs)
		asRead.weigh(asRead.staged)
		for i := range docs {
			if a, b := first.staged[i], asRead.staged[i]; !slices.Equal(a.vec, b.vec) || !slices.Equal(a.full, b.full) {
				t.Fatalf("article %d is weighed otherwise when staged as it is observed", i)
			}
		}
		if a, b := first.FileStaged(), asRead.FileStaged(); !slices.Equal(a, b) {
			t.Errorf("staged after the whole batch was observed: %v; as observed: %v", a, b)
		}
	}
}

// Word pairs, which only linking reads, are not kept for a batch too large
// to link, nor for one staged after articles were filed; and such a batch
// is refused for fitting.
func TestWordPairsOnlyForBatchesThatMayBeLinked(t *testing.T) {
	docs, gold := shortBatch(30, 4, 30, 16)
	opt := DefaultOptions
	opt.LinkMax = 100
	c := New(opt)
	for _, d := range docs[:100] {
		c.Observe(d)
		c.Stage(d)
	}
	if c.staged[0].pairs == nil || c.staged[99].pairs == nil {
		t.Fatal("a batch of LinkMax articles has no word pairs")
	}
	for _, d := range docs[100:] {
		c.Observe(d)
		c.Stage(d)
	}
	for i, s := range c.staged {
		if s.pairs != nil {
			t.Fatalf("article %d of a batch of %d (LinkMax %d) keeps its word pairs", i, len(docs), opt.LinkMax)
		}
	}
	if _, err := FitLinks(c, gold, "test"); err == nil {
		t.Error("a batch too large to link was fitted")
	}
	c.FileStaged()
	c.Observe(docs[0])
	c.Stage(docs[0])
	if c.staged[0].pairs != nil {
		t.Error("an article staged after others were filed keeps its word pairs")
	}
}

// Over CompleteMax articles, a batch whose stories complete link finds far
// larger than the model knows, in a sample, is not linked; one of small
// stories is.
func TestLargeStoriesAreNotLinked(t *testing.T) {
	opt := DefaultOptions
	opt.LinkMin, opt.CompleteMax, opt.LinkMaxStory = 10, 40, 3
	for _, tc := range []struct {
		stories, size int
		fits          bool
	}{{3, 40, false}, {40, 3, true}} {
		docs, _ := shortBatch(tc.stories, tc.size, 30, 5)
		c := observeAndStage(New(opt), docs)
		if !c.linkable(c.staged) || c.completable(c.staged) {
			t.Fatalf("%d stories of %d: a batch the guard should see", tc.stories, tc.size)
		}
		c.weigh(c.staged)
		size := c.sampledStorySize(c.staged)
		if got := c.storiesFitModel(c.staged, nil); got != tc.fits {
			t.Errorf("%d stories of %d: fits the model %v (sampled story size %.1f), want %v", tc.stories, tc.size, got, size, tc.fits)
		}
	}
	// with complete link off, nothing is checked
	opt.Complete = 0
	docs, _ := shortBatch(3, 40, 30, 5)
	c := observeAndStage(New(opt), docs)
	c.weigh(c.staged)
	if !c.storiesFitModel(c.staged, nil) {
		t.Error("with complete link off, a large batch was kept from the model")
	}
}
