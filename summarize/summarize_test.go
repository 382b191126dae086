package summarize

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// corpus builds a small story: three articles sharing a lead, each with
// its own details.
func corpus() *Corpus {
	docs := [][]string{
		{"flood forced thousand resident home valley monday", "river rose two meter overnight official", "school stay closed thursday"},
		{"flood forced thousand resident home valley monday", "rescue team evacuate hospital patient", "river rose two meter overnight"},
		{"rain expected stop wednesday forecaster", "flood forced thousand resident home valley"},
	}
	c := &Corpus{Docs: len(docs)}
	for d, sents := range docs {
		for p, s := range sents {
			terms := strings.Fields(s)
			stop := make([]bool, len(terms))
			c.Sentences = append(c.Sentences, Sentence{Doc: d, Pos: p, DocLen: len(sents), Words: len(terms) + 2, Bytes: len(s) + 10,
				Terms: terms, Stems: terms, Stop: stop, Group: len(c.Sentences), Support: 1, Opening: true})
		}
	}
	return c
}

// checkSelection fails t when the sentences got overflow b or repeat one
// another.
func checkSelection(t *testing.T, name string, c *Corpus, b Budget, got []int) {
	t.Helper()
	var tl tally
	for k, i := range got {
		if !b.fits(tl.words, tl.bytes, tl.count, &c.Sentences[i]) {
			t.Errorf("%s %+v: sentence %d overflows the budget", name, b, i)
		}
		tl.add(&c.Sentences[i])
		for _, j := range got[:k] {
			if i == j || Redundant(c.Sentences[i].Terms, c.Sentences[j].Terms) {
				t.Errorf("%s %+v: %d and %d repeat each other", name, b, i, j)
			}
		}
	}
}

func TestMethodsRespectBudgetAndRedundancy(t *testing.T) {
	for _, name := range Names() {
		m, err := Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range []Budget{{Words: 12}, {Words: 25}, {Bytes: 90}, {Sentences: 2}, {Words: 1000}} {
			c := corpus()
			got := m.Select(c, b)
			checkSelection(t, name, c, b, got)
			if b.Words >= 12 && len(got) == 0 {
				t.Errorf("%s %+v: chose nothing", name, b)
			}
		}
	}
}

func TestCoveragePrefersSharedContent(t *testing.T) {
	c := corpus()
	got := NewCoverage().Select(c, Budget{Words: 10})
	if len(got) != 1 || !strings.HasPrefix(strings.Join(c.Sentences[got[0]].Terms, " "), "flood forced") {
		t.Errorf("first choice = %v", got)
	}
}

func TestLookupUnknown(t *testing.T) {
	if _, err := Lookup("bogus"); err == nil || !strings.Contains(err.Error(), "lexrank") {
		t.Errorf("err = %v", err)
	}
}

func TestRedundantIsSymmetric(t *testing.T) {
	a := strings.Fields("studi shown vivid red yellow better studi blue green")
	b := strings.Fields("past studi indic color red yellow stimul blue green")
	if Redundant(a, b) != Redundant(b, a) {
		t.Errorf("Redundant depends on the order of its arguments")
	}
}

// TestShortSentencesWhenNothingLonger: a story told in sentences under
// MinWords words is summarized by its complete ones; a label ("Learn more")
// is not a sentence, and a story with longer sentences keeps its short ones
// out.
func TestShortSentencesWhenNothingLonger(t *testing.T) {
	short := func(words []string, complete bool) Sentence {
		return Sentence{Words: len(words), Bytes: 6 * len(words), Terms: words, Stems: words, Stop: make([]bool, len(words)), Support: 1, Opening: true, Complete: complete}
	}
	build := func(ss ...Sentence) *Corpus {
		c := &Corpus{Docs: 1, Sentences: ss}
		for i := range c.Sentences {
			c.Sentences[i].Pos, c.Sentences[i].DocLen, c.Sentences[i].Group = i, len(ss), i
		}
		return c
	}
	m := NewCoverage()
	c := build(short([]string{"fire", "port"}, true), short([]string{"learn", "more"}, false), short([]string{"two", "hurt"}, true))
	got := m.Select(c, Budget{Words: 100})
	checkSelection(t, "precis", c, Budget{Words: 100}, got)
	if len(got) != 2 || slices.Contains(got, 1) {
		t.Errorf("short story: chose %v, want sentences 0 and 2", got)
	}
	if got := m.Select(c, Budget{Words: 3}); len(got) != 1 {
		t.Errorf("short story in 3 words: chose %v, want one sentence", got)
	}
	long := short(strings.Fields("firefighters put out the fire at the port"), true)
	c = build(short([]string{"fire", "port"}, true), long)
	if got := m.Select(c, Budget{Words: 100}); len(got) != 1 || got[0] != 1 {
		t.Errorf("with a longer sentence: chose %v, want only sentence 1", got)
	}
	m.ShortWords = 0
	c = build(short([]string{"fire", "port"}, true))
	if got := m.Select(c, Budget{Words: 100}); len(got) != 0 {
		t.Errorf("ShortWords 0: chose %v, want nothing", got)
	}
}

// A story's WordScale lowers the shortest sentence chosen beside longer
// ones, for complete sentences only, and never below ShortWords.
func TestWordScaleLowersTheMinimum(t *testing.T) {
	m := NewCoverage()
	for _, tc := range []struct {
		scale float64
		want  int
	}{{0, 6}, {1, 6}, {1.4, 6}, {0.64, 4}, {0.45, 3}, {0.1, 2}} {
		if got := m.minWords(&Corpus{WordScale: tc.scale}); got != tc.want {
			t.Errorf("WordScale %v: shortest %d words, want %d", tc.scale, got, tc.want)
		}
	}
	sentence := func(n int, complete bool) Sentence {
		w := make([]string, n)
		for i := range w {
			w[i] = fmt.Sprintf("w%d", i)
		}
		return Sentence{Words: n, Bytes: 4 * n, Terms: w, Stems: w, Stop: make([]bool, n), Support: 1, Opening: true, Complete: complete}
	}
	long := m.longEnough(&Corpus{WordScale: 0.5})
	for _, tc := range []struct {
		s    Sentence
		want bool
	}{{sentence(6, false), true}, {sentence(3, true), true}, {sentence(3, false), false}, {sentence(2, true), false}} {
		if got := long(&tc.s); got != tc.want {
			t.Errorf("%d words, complete %v: long enough %v, want %v", tc.s.Words, tc.s.Complete, got, tc.want)
		}
	}
}

// A sentence that leans on the one before ("There is a sense of
// optimism, he said.") gives way to sentences that open on their own,
// even when it holds twice as much of the story in one place.
func TestDanglingSentenceGivesWay(t *testing.T) {
	docs := [][]string{
		{"talk resume geneva envoy optimism deal near", "weather cold geneva"},
		{"talk resume geneva envoy", "optimism deal near"},
		{"envoy optimism deal near", "talk resume geneva"},
	}
	c := &Corpus{Docs: len(docs)}
	for d, sents := range docs {
		for p, s := range sents {
			terms := strings.Fields(s)
			c.Sentences = append(c.Sentences, Sentence{Doc: d, Pos: p, DocLen: len(sents), Words: len(terms) + 2, Bytes: len(s) + 10,
				Terms: terms, Stems: terms, Stop: make([]bool, len(terms)), Group: len(c.Sentences), Support: 1, Opening: d != 0 || p != 0})
		}
	}
	got := NewCoverage().Select(c, Budget{Words: 9})
	if len(got) != 1 || got[0] == 0 {
		t.Errorf("chose %v; want one sentence that opens on its own, not the dangling sentence 0", got)
	}
	c.Sentences[0].Opening = true
	if got := NewCoverage().Select(c, Budget{Words: 9}); len(got) != 1 || got[0] != 0 {
		t.Errorf("chose %v; want sentence 0, which holds the most, once it opens on its own", got)
	}
}
