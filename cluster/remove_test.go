package cluster

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
	"time"
)

// partition renames stories by their first article, so that two
// clusterers' stories can be compared whatever their numbers.
func partition(stories []int) []int {
	first := map[int]int{}
	out := make([]int, len(stories))
	for i, s := range stories {
		if _, ok := first[s]; !ok {
			first[s] = i
		}
		out[i] = first[s]
	}
	return out
}

// Once every article is removed, the clusterer places a new stream as a new
// clusterer would: nothing of the old articles is left in the weights, the
// "too common" limit or the postings.
func TestRemoveAllIsAFreshStart(t *testing.T) {
	docs := synthetic(1500)
	old, later := docs[:1000], docs[1000:]
	c := New(DefaultOptions)
	for _, d := range old {
		c.Add(d)
	}
	all := make([]int, len(old))
	for i := range all {
		all[i] = i
	}
	if n := c.Remove(all...); n != len(old) {
		t.Fatalf("Remove took out %d articles, want %d", n, len(old))
	}
	if c.docs != 0 || slices.ContainsFunc(c.df, func(n int32) bool { return n != 0 }) {
		t.Fatalf("after removing every article: %d documents counted, document frequencies not all zero", c.docs)
	}
	for term, list := range c.postings {
		if list != nil {
			t.Fatalf("term %d still has %d postings", term, len(list))
		}
	}
	fresh := New(DefaultOptions)
	var got, want []int
	for _, d := range later {
		got = append(got, c.Add(d))
		want = append(want, fresh.Add(d))
	}
	if !slices.Equal(partition(got), partition(want)) {
		t.Errorf("after removing every article the stream is sorted differently from a fresh clusterer's")
	}
	if n := c.Remove(all...); n != 0 {
		t.Errorf("removing the removed again took out %d", n)
	}
}

// After any mix of additions and removals, the document frequencies,
// postings, stories' members and time spans are those of the articles
// still filed.
func TestRemoveKeepsTheIndexTrue(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	docs := synthetic(1200)
	base := time.Date(2014, 6, 1, 0, 0, 0, 0, time.UTC)
	for i := range docs {
		docs[i].Time = base.Add(time.Duration(r.Intn(500)) * time.Hour)
		if i%3 == 0 { // more distinct terms than a vector keeps
			for k := range 60 {
				docs[i].Terms = append(docs[i].Terms, Term{Stem: fmt.Sprintf("x%d", (i+k*7)%900)})
			}
		}
	}
	c := New(DefaultOptions)
	var live []int
	for i, d := range docs {
		c.Add(d)
		live = append(live, i)
		if r.Intn(3) == 0 {
			var out []int
			for range 1 + r.Intn(3) {
				k := r.Intn(len(live))
				out = append(out, live[k])
				live = slices.Delete(live, k, k+1)
			}
			if n := c.Remove(out...); n != len(out) {
				t.Fatalf("Remove(%v) took out %d", out, n)
			}
		}
		if i%97 == 0 || i == len(docs)-1 {
			checkIndex(t, c, docs, live)
		}
	}
	if c.Removed() != len(docs)-len(live) {
		t.Errorf("Removed() = %d, want %d", c.Removed(), len(docs)-len(live))
	}
}

// Stories that split keep true bookkeeping through removals too.
func TestRemoveBetweenSplits(t *testing.T) {
	docs, _ := related(60)
	c := New(DefaultOptions)
	var live []int
	for i, d := range docs {
		c.Add(d)
		live = append(live, i)
		if i%7 == 6 {
			c.Remove(live[0], live[3])
			live = slices.Delete(live, 3, 4)
			live = live[1:]
		}
	}
	if len(c.stories) < 2 {
		t.Fatalf("the two related stories never split (%d stories): the test checks nothing", len(c.stories))
	}
	checkIndex(t, c, docs, live)
}

func checkIndex(t *testing.T, c *Clusterer, docs []Doc, live []int) {
	t.Helper()
	df := make([]int32, len(c.df))
	for _, i := range live {
		seen := map[string]bool{}
		for _, term := range docs[i].Terms {
			if !seen[term.Stem] {
				seen[term.Stem] = true
				df[c.vocab[term.Stem]]++
			}
		}
	}
	if !slices.Equal(df, c.df) || c.docs != len(live) {
		t.Fatalf("document frequencies are not those of the %d articles filed (%d counted)", len(live), c.docs)
	}
	posted := map[int32]int{}
	for term, list := range c.postings {
		for _, p := range list {
			if c.story[p.doc] < 0 {
				t.Fatalf("term %d still posts removed article %d", term, p.doc)
			}
			posted[p.doc]++
		}
	}
	members := map[int32][]int32{}
	for _, i := range live {
		if posted[int32(i)] != len(c.vecs[i]) {
			t.Fatalf("article %d has %d postings for its %d terms", i, posted[int32(i)], len(c.vecs[i]))
		}
		members[c.story[i]] = append(members[c.story[i]], int32(i))
	}
	for s := range c.stories {
		st := &c.stories[s]
		want := members[int32(s)]
		if !slices.Equal(st.members, want) || st.size != len(want) {
			t.Fatalf("story %d holds %v (size %d), want %v", s, st.members, st.size, want)
		}
		var first, last time.Time
		for _, m := range want {
			if tm := c.times[m]; first.IsZero() || tm.Before(first) {
				first = tm
			}
			if tm := c.times[m]; tm.After(last) {
				last = tm
			}
		}
		if !st.first.Equal(first) || !st.last.Equal(last) {
			t.Fatalf("story %d spans %v to %v, want %v to %v", s, st.first, st.last, first, last)
		}
	}
}

// A story whose articles are all removed takes no more articles; one that
// keeps some still does.
func TestRemovedStoryTakesNoArticle(t *testing.T) {
	c := New(DefaultOptions)
	for _, k := range []int{0, 3, 6, 1, 4, 7} { // two of each story, interleaved
		c.Add(doc(stories[k/3][k%3]))
	}
	flood, bank := c.Story(0), c.Story(1)
	c.Remove(0, 3) // both flood articles
	if got := c.Add(doc(stories[0][2])); got == flood {
		t.Errorf("an article joined story %d, whose articles were all removed", flood)
	}
	c.Remove(1) // one of the two bank articles
	if got := c.Add(doc(stories[1][2])); got != bank {
		t.Errorf("a bank article went to story %d, want %d, which keeps one bank article", got, bank)
	}
	if got := c.Stories()[flood]; len(got) != 0 {
		t.Errorf("story %d lists %v after its articles were removed", flood, got)
	}
	if c.Story(0) != -1 {
		t.Errorf("Story of a removed article = %d, want -1", c.Story(0))
	}
}

// BenchmarkWindow measures a feed that keeps its last 10,000 articles:
// adding one and removing the oldest.
func BenchmarkWindow(b *testing.B) {
	const window = 10_000
	docs := synthetic(window + 20_000)
	c := New(DefaultOptions)
	for _, d := range docs[:window] {
		c.Add(d)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Add(docs[window+i%20_000])
		c.Remove(i)
	}
}

// Articles filed as a batch (FileStaged) are removed as those filed one at a
// time are.
func TestRemoveBatchFiled(t *testing.T) {
	c := New(DefaultOptions)
	var all []int
	for _, s := range stories {
		for _, a := range s {
			c.ObserveAndStage(doc(a))
			all = append(all, len(all))
		}
	}
	c.FileStaged()
	c.Remove(all[:4]...)
	checkIndex(t, c, func() []Doc {
		var docs []Doc
		for _, s := range stories {
			for _, a := range s {
				docs = append(docs, doc(a))
			}
		}
		return docs
	}(), all[4:])
}
