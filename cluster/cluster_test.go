package cluster

import (
	"fmt"
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"
)

func doc(text string) Doc {
	var d Doc
	for _, w := range strings.Fields(text) {
		name := w[0] >= 'A' && w[0] <= 'Z'
		d.Terms = append(d.Terms, Term{Stem: strings.ToLower(w), Name: name})
	}
	return d
}

// Three stories; the flood and the bank story share the country name.
var stories = [][]string{
	{
		"Brazil flood river Parana burst banks town Cambe homes evacuated rescue boats rain",
		"flood Cambe Brazil rescue teams boats evacuated families river rain shelters",
		"Parana river flood Cambe rain shelters families homes mayor rescue",
	},
	{
		"Brazil central bank raised interest rate Selic inflation economists expected hike",
		"central bank Selic rate hike inflation Brazil economists markets currency real",
		"Selic interest rate central bank inflation target hike markets",
	},
	{
		"striker Mbappe transfer club fee contract signed midfield season goals",
		"Mbappe signed contract transfer fee club record striker season",
		"transfer record fee Mbappe striker contract club fans",
	},
}

func TestSortsStoriesApart(t *testing.T) {
	c := New(DefaultOptions)
	var gold, pred []int
	order := []int{0, 3, 6, 1, 4, 7, 2, 5, 8} // interleaved
	for _, k := range order {
		s, a := k/3, k%3
		pred = append(pred, c.Add(doc(stories[s][a])))
		gold = append(gold, s)
	}
	p, r, f := BCubed(pred, gold)
	if f != 1 {
		t.Errorf("B-cubed P %.2f R %.2f F1 %.2f, want 1 (stories %v, gold %v)", p, r, f, pred, gold)
	}
}

func TestObservedBatchMatchesStream(t *testing.T) {
	var docs []Doc
	for _, s := range stories {
		for _, a := range s {
			docs = append(docs, doc(a))
		}
	}
	a, b := New(DefaultOptions), New(DefaultOptions)
	for _, d := range docs {
		b.Observe(d)
	}
	for i, d := range docs {
		sa, sb := a.Add(d), b.AddObserved(d)
		if i == len(docs)-1 && sa != sb {
			t.Errorf("last article: stream put it in %d, observed batch in %d", sa, sb)
		}
	}
	if a.Len() != len(docs) || b.Len() != len(docs) {
		t.Fatalf("Len = %d, %d", a.Len(), b.Len())
	}
}

// Room reserved for the vocabulary changes no story; once terms are
// counted, Reserve leaves the vocabulary alone.
func TestReserveChangesNothing(t *testing.T) {
	run := func(reserve ...int) string {
		c := New(DefaultOptions)
		for _, n := range reserve {
			c.Reserve(n)
		}
		for i, s := range stories {
			for _, a := range s {
				c.Add(doc(a))
			}
			if i == 0 {
				c.Reserve(1000) // too late: ignored
			}
		}
		return fmt.Sprint(c.Stories(), len(c.vocab), len(c.df))
	}
	if a, b := run(), run(1000); a != b {
		t.Errorf("with room reserved: %s, without: %s", b, a)
	}
}

func TestDeterministic(t *testing.T) {
	run := func() string {
		c := New(DefaultOptions)
		for _, s := range stories {
			for _, a := range s {
				c.Add(doc(a))
			}
		}
		return fmt.Sprint(c.Stories())
	}
	if a, b := run(), run(); a != b {
		t.Errorf("two runs differ: %s / %s", a, b)
	}
}

func TestTimeKeepsDistantEventsApart(t *testing.T) {
	c := New(DefaultOptions)
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for i, a := range stories[0] {
		d := doc(a)
		d.Time = day.Add(time.Duration(i) * time.Hour)
		c.Add(d)
	}
	// the same words a year later: another flood
	d := doc(stories[0][0])
	d.Time = day.AddDate(1, 0, 0)
	if s := c.Add(d); s == 0 {
		t.Errorf("an article dated a year later joined the story")
	}
	d.Time = day.Add(30 * time.Hour)
	if s := c.Add(d); s != 0 {
		t.Errorf("an article dated a day later started story %d", s)
	}
}

func TestEmptyArticle(t *testing.T) {
	c := New(DefaultOptions)
	a, b := c.Add(Doc{}), c.Add(Doc{})
	if a == b {
		t.Errorf("two articles without words were put together")
	}
}

func TestBCubed(t *testing.T) {
	// gold {0,1,2} {3,4}; predicted {0,1} {2,3,4}
	p, r, f := BCubed([]int{0, 0, 1, 1, 1}, []int{0, 0, 0, 1, 1})
	wantP := (1 + 1 + 1.0/3 + 2.0/3 + 2.0/3) / 5
	wantR := (2.0/3 + 2.0/3 + 1.0/3 + 1 + 1) / 5
	if math.Abs(p-wantP) > 1e-9 || math.Abs(r-wantR) > 1e-9 || math.Abs(f-2*wantP*wantR/(wantP+wantR)) > 1e-9 {
		t.Errorf("BCubed = %v %v %v, want %v %v", p, r, f, wantP, wantR)
	}
	if _, _, f := BCubed(nil, nil); f != 0 {
		t.Errorf("empty: %v", f)
	}
}

// synthetic makes n articles in n/5 stories over a Zipf vocabulary: each story
// has its own 30 topic words, and every article mixes 20 of them with 60
// common words.
func synthetic(n int) []Doc {
	r := rand.New(rand.NewSource(7))
	z := rand.NewZipf(r, 1.1, 1, 50000)
	docs := make([]Doc, n)
	for i := range docs {
		story := i / 5
		var d Doc
		for k := 0; k < 20; k++ {
			d.Terms = append(d.Terms, Term{Stem: fmt.Sprintf("t%d_%d", story, r.Intn(30))})
		}
		for k := 0; k < 60; k++ {
			d.Terms = append(d.Terms, Term{Stem: fmt.Sprintf("w%d", z.Uint64())})
		}
		docs[i] = d
	}
	r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	return docs
}

// BenchmarkAddTo100k measures adding one article to an index that already
// holds 100,000.
func BenchmarkAddTo100k(b *testing.B) {
	docs := synthetic(100_000 + 1000)
	c := New(DefaultOptions)
	for _, d := range docs[:100_000] {
		c.Add(d)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Add(docs[100_000+i%1000])
	}
}

// related makes the articles of two stories that share half their words
// (the same country, its president, its capital), interleaved as a feed
// would bring them: each article draws 12 words from the shared pool and 9
// from its own story's pool.
func related(n int) (docs []Doc, gold []int) {
	r := rand.New(rand.NewSource(3))
	pool := func(prefix string) []string {
		var p []string
		for i := 0; i < 16; i++ {
			p = append(p, fmt.Sprintf("%s%d", prefix, i))
		}
		return p
	}
	shared, own := pool("shared"), [][]string{pool("election"), pool("economy")}
	for i := 0; i < 2*n; i++ {
		s := i % 2
		var words []string
		for _, k := range r.Perm(16)[:12] {
			words = append(words, shared[k])
		}
		for _, k := range r.Perm(16)[:9] {
			words = append(words, own[s][k])
		}
		docs = append(docs, doc(strings.Join(words, " ")))
		gold = append(gold, s)
	}
	return docs, gold
}

func TestRelatedStoriesSplit(t *testing.T) {
	docs, gold := related(10)
	run := func(opt Options) []int {
		c := New(opt)
		for _, d := range docs {
			c.Add(d)
		}
		pred := make([]int, c.Len())
		for i := range pred {
			pred[i] = c.Story(i)
		}
		return pred
	}
	noSplit := DefaultOptions
	noSplit.SplitCut = 0
	if p, _, _ := BCubed(run(noSplit), gold); p > 0.6 {
		t.Fatalf("without splits the two stories are already apart (precision %.2f): the test shows nothing", p)
	}
	pred := run(DefaultOptions)
	if p, r, _ := BCubed(pred, gold); p < 1 || r < 1 {
		t.Errorf("with splits: precision %.2f recall %.2f, want two stories as given (%v)", p, r, pred)
	}
	c := New(DefaultOptions)
	for _, d := range docs {
		c.Add(d)
	}
	for s, members := range c.Stories() {
		for _, m := range members {
			if c.Story(m) != s {
				t.Errorf("Stories lists article %d in story %d, Story says %d", m, s, c.Story(m))
			}
		}
	}
}

func TestEditionsOfTwoReportsStayOneStory(t *testing.T) {
	// Two agencies' reports of one event share a third of their words; each
	// is reprinted eight times, every reprint dropping two words. The two
	// families are tight and alike across only loosely, but they are two
	// reports, not eight stories' worth of evidence.
	r := rand.New(rand.NewSource(5))
	report := func(prefix string) []string {
		var w []string
		for i := 0; i < 20; i++ {
			w = append(w, fmt.Sprintf("event%d", i))
		}
		for i := 0; i < 40; i++ {
			w = append(w, fmt.Sprintf("%s%d", prefix, i))
		}
		return w
	}
	reports := [][]string{report("ap"), report("reuters")}
	c := New(DefaultOptions)
	for i := 0; i < 16; i++ {
		words := slices.Clone(reports[i%2])
		for range 2 {
			k := r.Intn(len(words))
			words = append(words[:k], words[k+1:]...)
		}
		c.Add(doc(strings.Join(words, " ")))
	}
	if n := len(c.Stories()); n != 1 {
		t.Errorf("16 editions of two reports of one event were sorted into %d stories: %v", n, c.Stories())
	}
}

func TestFiedlerSeparatesTwoGroups(t *testing.T) {
	// two cliques of four, joined by one weak edge
	n := 8
	w := make([]float64, n*n)
	deg := make([]float64, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if i != j && i/4 == j/4 {
				w[i*n+j] = 1
			}
		}
	}
	w[3*n+4], w[4*n+3] = 0.1, 0.1
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			deg[i] += w[i*n+j]
		}
	}
	f := fiedler(w, deg)
	if f == nil {
		t.Fatal("no Fiedler vector")
	}
	for i := 1; i < n; i++ {
		if same := (f[i] > 0) == (f[0] > 0); same != (i < 4) {
			t.Fatalf("Fiedler vector %v does not separate the two cliques", f)
		}
	}
}

func TestTypicalPutsTheArticleNearestTheCentroidFirst(t *testing.T) {
	c := New(DefaultOptions)
	texts := []string{
		"flood Cambe mayor budget council meeting roads repair", // joins the story, but mostly about something else
		"Brazil flood river Parana burst banks town Cambe homes evacuated rescue boats rain",
		"flood Cambe Brazil rescue teams boats evacuated families river rain shelters",
		"Parana river flood Cambe rain shelters families homes evacuated rescue boats",
	}
	var members []int
	for i, s := range texts {
		c.Add(doc(s))
		members = append(members, i)
	}
	if got := c.Stories(); len(got) != 1 {
		t.Fatalf("want one story, got %v", got)
	}
	got := c.Typical(members)
	if got[0] == 0 || got[len(got)-1] != 0 {
		t.Errorf("the article mostly about something else is the least typical: %v", got)
	}
	if !slices.Equal(c.Typical(members[:2]), members[:2]) {
		t.Errorf("a story of two keeps its order: %v", c.Typical(members[:2]))
	}
}
