package cluster

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"
)

// samePartition reports whether two group numberings of the same articles
// put the same articles together.
func samePartition(a, b []int) bool {
	ab, ba := map[int]int{}, map[int]int{}
	for i := range a {
		if x, ok := ab[a[i]]; ok && x != b[i] {
			return false
		}
		if y, ok := ba[b[i]]; ok && y != a[i] {
			return false
		}
		ab[a[i]], ba[b[i]] = b[i], a[i]
	}
	return true
}

// longBatch makes n long articles of stories of size articles each: every
// story has its own 200 topic words, of which an article uses 150, and
// every article also has 250 words from a pool of 5,000 shared by all
// stories. It returns the articles in a shuffled order and each one's story.
func longBatch(stories, size int, seed int64) ([]Doc, []int) {
	rng := rand.New(rand.NewSource(seed))
	var docs []Doc
	var gold []int
	for s := range stories {
		for range size {
			var w []string
			for _, k := range rng.Perm(200)[:150] {
				w = append(w, fmt.Sprintf("topic%dw%d", s, k))
			}
			for range 250 {
				w = append(w, fmt.Sprintf("pool%d", rng.Intn(5000)))
			}
			docs = append(docs, doc(strings.Join(w, " ")))
			gold = append(gold, s)
		}
	}
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j], gold[i], gold[j] = docs[j], docs[i], gold[j], gold[i] })
	return docs, gold
}

func TestCompleteLinkSortsLongArticles(t *testing.T) {
	docs, gold := longBatch(40, 4, 7)
	c := New(DefaultOptions)
	if b := stage(docs); c.linkable(b) || !c.completable(b) {
		t.Fatal("a batch of 160 articles of 400 words is not sorted by complete link")
	}
	pred := fileBatch(c, docs)
	if p, r, f := BCubed(pred, gold); f < 0.95 {
		t.Errorf("B-cubed P %.3f R %.3f F1 %.3f, want F1 ≥ 0.95", p, r, f)
	}
	// The order of the batch does not matter.
	perm := rand.New(rand.NewSource(8)).Perm(len(docs))
	shuffled := make([]Doc, len(docs))
	for i, k := range perm {
		shuffled[i] = docs[k]
	}
	again := fileBatch(New(DefaultOptions), shuffled)
	back := make([]int, len(docs))
	for i, k := range perm {
		back[k] = again[i]
	}
	if !samePartition(pred, back) {
		t.Errorf("the batch shuffled was sorted otherwise:\n%v\n%v", pred, back)
	}
	// The clusterer goes on online from the stories found: a later
	// article of story 3 joins the story its batch articles are in.
	more, _ := longBatch(40, 1, 9)
	want := pred[slices.Index(storyOf(docs, 3), true)]
	if got := c.Add(more[slices.Index(storyOf(more, 3), true)]); got != want {
		t.Errorf("a later article of story 3 went to story %d, want %d", got, want)
	}
}

func TestCompleteLinkDoesNotChain(t *testing.T) {
	words := func(prefix string, from, to int) string {
		var w []string
		for k := from; k < to; k++ {
			w = append(w, fmt.Sprintf("%s%d", prefix, k))
		}
		return strings.Join(w, " ")
	}
	// a shares half its words with b, b half with c, a none with c
	a := doc(words("x", 0, 10) + " " + words("y", 0, 10))
	b := doc(words("y", 0, 10) + " " + words("z", 0, 10))
	c := doc(words("z", 0, 10) + " " + words("w", 0, 10))
	got := fileBatch(New(DefaultOptions), []Doc{a, b, c})
	if got[0] == got[2] {
		t.Errorf("a chain of two similar pairs became one story: %v", got)
	}
	if got[0] != got[1] && got[1] != got[2] {
		t.Errorf("b joined neither of the articles it shares half its words with: %v", got)
	}
}

func TestStoriesSharingATopicAreSplitAfterCompleteLink(t *testing.T) {
	// Two stories of eight articles: each article holds 15 of 20 words of
	// a topic both share and 15 of 20 words of its own story.
	rng := rand.New(rand.NewSource(11))
	pick := func(prefix string) []string {
		var w []string
		for _, k := range rng.Perm(20)[:15] {
			w = append(w, fmt.Sprintf("%s%d", prefix, k))
		}
		return w
	}
	var docs []Doc
	var gold []int
	for a := range 16 {
		story := fmt.Sprintf("story%dw", a%2)
		docs = append(docs, doc(strings.Join(append(pick("topic"), pick(story)...), " ")))
		gold = append(gold, a%2)
	}
	if p, r, f := BCubed(fileBatch(New(DefaultOptions), docs), gold); f < 0.95 {
		t.Errorf("B-cubed P %.3f R %.3f F1 %.3f, want F1 ≥ 0.95", p, r, f)
	}
	unsplit := DefaultOptions
	unsplit.SplitCut = 0
	if _, _, f := BCubed(fileBatch(New(unsplit), docs), gold); f > 0.8 {
		t.Errorf("complete link alone kept the two stories apart (F1 %.3f): the test shows nothing", f)
	}
}

func TestCompleteLinkKeepsDistantEventsApart(t *testing.T) {
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	var docs []Doc
	for i, a := range stories[0] {
		d := doc(a)
		d.Time = day.Add(time.Duration(i) * time.Hour)
		docs = append(docs, d)
	}
	d := doc(stories[0][0]) // the same words a year later: another flood
	d.Time = day.AddDate(1, 0, 0)
	docs = append(docs, d)
	got := fileBatch(New(DefaultOptions), docs)
	if got[0] != got[1] || got[1] != got[2] {
		t.Errorf("three reports of one flood were split: %v", got)
	}
	if got[3] == got[0] {
		t.Errorf("an article dated a year later joined the story: %v", got)
	}
}

func TestBatchesNeitherWayFitsAreFiledOnline(t *testing.T) {
	online := DefaultOptions
	online.Links, online.Complete = nil, 0
	// A batch larger than CompleteMax that the link model does not take.
	large := DefaultOptions
	large.CompleteMax = 100
	docs, _ := longBatch(40, 4, 10)
	if New(large).completable(stage(docs)) {
		t.Error("a batch of 160 articles is sorted by complete link with CompleteMax 100")
	}
	if got, want := fileBatch(New(large), docs), fileBatch(New(online), docs); !slices.Equal(got, want) {
		t.Errorf("filed %v, online %v", got, want)
	}
	// A batch after articles were filed, however short its articles: its
	// articles may join those.
	c := New(DefaultOptions)
	c.Add(doc("Brazil flood river"))
	short, _ := shortBatch(40, 4, 30, 5)
	for _, d := range short {
		c.Observe(d)
		c.Stage(d)
	}
	if c.linkable(c.staged) || c.completable(c.staged) {
		t.Error("a batch staged after an article was filed is sorted as a batch")
	}
}

func TestLargeStoriesAreNotLeftToTheLinkModel(t *testing.T) {
	// Short articles, as the link model takes, but ten to a story: more
	// than the stories it was fitted on.
	docs, gold := shortBatch(20, 10, 30, 12)
	staged := observeAndStage(New(DefaultOptions), docs)
	if !staged.linkable(staged.staged) || !staged.completable(staged.staged) {
		t.Fatal("the batch is not one both ways could sort")
	}
	staged.weigh(staged.staged)
	if size := articleStorySize(staged.completeLink(staged.staged)); size <= DefaultOptions.LinkMaxStory {
		t.Fatalf("complete link finds stories of %.1f articles, want more than %v", size, DefaultOptions.LinkMaxStory)
	}
	withoutLinks := DefaultOptions
	withoutLinks.Links = nil
	got := staged.FileStaged()
	if want := fileBatch(New(withoutLinks), docs); !slices.Equal(got, want) {
		t.Errorf("filed %v, by complete link %v", got, want)
	}
	if p, r, f := BCubed(got, gold); f < 0.95 {
		t.Errorf("B-cubed P %.3f R %.3f F1 %.3f, want F1 ≥ 0.95", p, r, f)
	}
	// Stories of four stay with the link model.
	small, _ := shortBatch(40, 4, 30, 12)
	staged = observeAndStage(New(DefaultOptions), small)
	staged.weigh(staged.staged)
	if size := articleStorySize(staged.completeLink(staged.staged)); size > DefaultOptions.LinkMaxStory {
		t.Errorf("complete link finds stories of %.1f articles in a batch of stories of four", size)
	}
}

// BenchmarkCompleteLink sorts a batch of 2,000 long articles (500 stories
// of four) by complete link: counting, staging and filing.
func BenchmarkCompleteLink(b *testing.B) {
	docs, _ := longBatch(500, 4, 13)
	b.ResetTimer()
	for range b.N {
		fileBatch(New(DefaultOptions), docs)
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
