package precis

import (
	"math"
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/precis-news/precis/summarize"
	"github.com/precis-news/precis/text"
)

// hasQuoteMark finds what strings.ContainsAny finds with the quotation
// marks, once the apostrophes are taken out.
func TestHasQuoteMark(t *testing.T) {
	apostrophes := regexp.MustCompile(`([\pL\pN])’`)
	for _, s := range []string{"", "plain", `a "quote"`, "“curly”", "it’s", "Iran’s", "the players’ union", "the ’90s", "2000’s", "‘single’", "he said, ‘no.’", "`tick", "dash — and … ellipsis", "€ sign", "\xe2\x80", "end\xe2", "’", "café’s"} {
		if got, want := hasQuoteMark(s), strings.ContainsAny(apostrophes.ReplaceAllString(s, "$1"), `"“”‘’`+"`"); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
	}
}

// quoteDeltaByRunes is quoteDelta's count written plainly, rune by rune:
// the byte scan must agree with it.
func quoteDeltaByRunes(s string) int {
	d := strings.Count(s, "``") - strings.Count(s, "''")
	straight, lastStraight := 0, -1
	for i, r := range s {
		switch r {
		case '“':
			d++
		case '”':
			d--
		case '"':
			straight++
			lastStraight = i
		}
	}
	return d + straightDelta(s, straight, lastStraight)
}

func TestQuoteDeltaByBytes(t *testing.T) {
	parts := []string{"`", "'", "\"", "“", "”", "‘", "’", "\xe2", "\xe2\x80", "\x80\x9c", "\xff", " ", "(", "a", "said", "—"}
	r := rand.New(rand.NewSource(7))
	for range 100000 {
		var b strings.Builder
		for range r.Intn(10) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		if s := b.String(); quoteDelta(s) != quoteDeltaByRunes(s) {
			t.Fatalf("quoteDelta(%q) = %d, want %d", s, quoteDelta(s), quoteDeltaByRunes(s))
		}
	}
}

// An article whose sentences nearly all (80%) repeat one earlier article's
// copies it; between two such articles, the one sharing more, then the
// earlier; a copy found by the index is kept.
func TestSentenceCopies(t *testing.T) {
	// groups of each article's sentences (a group is its first sentence's index)
	articles := [][]int{
		{0, 1, 2, 3, 4},     // 0
		{5, 1, 2, 3, 4},     // 1: shares 4 of 5 with article 0
		{0, 1, 2, 3, 4},     // 2: all five with 0 and four with 1: copies 0
		{0, 1, 2, 18, 19},   // 3: three of five: no copy
		{5, 1, 2, 3, 24},    // 4: four of five with 1, three with 0: copies 1
		{0, 26, 27, 28, 29}, // 5: a copy the index found (of 3)
	}
	c := &summarize.Corpus{Docs: len(articles)}
	docs := make([]*Doc, len(articles))
	for di, groups := range articles {
		docs[di] = &Doc{Sentences: make([]DocSentence, len(groups))}
		for _, g := range groups {
			c.Sentences = append(c.Sentences, summarize.Sentence{Doc: di, Group: g})
		}
	}
	copies := []int{-1, -1, -1, -1, -1, 3}
	sims := []float64{0, 0, 0, 0, 0, 0.9}
	gotCopies, gotSims := addSentenceCopies(c, docs, copies, sims)
	wantCopies := []int{-1, 0, 0, -1, 1, 3}
	wantSims := []float64{0, 0.8, 1, 0, 0.8, 0.9}
	for i := range wantCopies {
		if gotCopies[i] != wantCopies[i] || math.Abs(gotSims[i]-wantSims[i]) > 1e-9 {
			t.Fatalf("copies %v sims %v, want %v %v", gotCopies, gotSims, wantCopies, wantSims)
		}
	}
	if copies[2] != -1 {
		t.Error("the caller's copies were changed")
	}
}

func TestLeansBack(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"But the talks went on.", true},
		{"Seconds later, an explosion shook the area.", true},
		{"Two hours afterward, the police arrived.", true},
		{"``I want to fly to Mecca,'' she said.", true},
		{`"We will stay," he added.`, true},
		{`"We will stay," said he.`, true},
		{`"We will stay," Kerry said.`, false},
		{"Kerry said he would stay.", false}, // no quotation: the speaker is named
		{"Earlier this week, Israel threatened to close the airport.", false},
		{"The plane will return later in the day.", false}, // "later" not opening the sentence
		{"If convicted, they face maximum life sentences.", true},
		{"Asked about the plan on Monday, he declined to comment.", true},
		{"When Obama arrived, he spoke first.", false}, // the name is in the sentence
		{"If convicted, the two men face life in prison.", false},
		{"Two are believed to be independents.", true},
		{"Two people were killed.", false},
		{"", false},
	} {
		if got := leansBack(c.s, text.Tokenize(c.s), hasQuoteMark(c.s)); got != c.want {
			t.Errorf("leansBack(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestHoldsValue(t *testing.T) {
	for _, c := range []struct {
		text, value string
		want        bool
	}{
		{"The cold has killed 32 people.", "32", true},
		{"It was 1932 again.", "32", false},
		{"Some 3,200 people fled.", "3", false},
		{"Some 3,200 people fled.", "3,200", true},
		{"A toll of 32.", "32", true},
		{"It cost $32 million.", "32", false},
		{"More than 250 died, police said.", "more than 250", true},
		{"more than 250 died", "more than 250", true},
		{"", "32", false},
	} {
		if got := holdsValue(c.text, c.value); got != c.want {
			t.Errorf("holdsValue(%q, %q) = %v, want %v", c.text, c.value, got, c.want)
		}
	}
}

// newSentences finds through its word index what comparing every later
// sentence with every earlier one finds.
func TestNewSentencesAsDefined(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	vocab := []string{"cold", "wave", "kill", "peopl", "polic", "homeless", "shelter", "open", "32", "47", "monday", "men"}
	for round := 0; round < 200; round++ {
		docs := 2 + rng.Intn(4)
		early := make([]bool, docs)
		for d := range early {
			early[d] = rng.Intn(2) == 0
		}
		c := &summarize.Corpus{Docs: docs}
		for range 3 + rng.Intn(12) {
			var terms []string
			for range rng.Intn(7) {
				terms = append(terms, vocab[rng.Intn(len(vocab))]) // repeats and all
			}
			c.Sentences = append(c.Sentences, summarize.Sentence{Doc: rng.Intn(docs), Terms: terms, Words: len(terms) + rng.Intn(2)})
		}
		got := newSentences(c, early)
		for i, s := range c.Sentences {
			distinct := map[string]bool{}
			for _, w := range s.Terms {
				distinct[w] = true
			}
			said := len(distinct) == 0
			for _, e := range c.Sentences {
				if !early[e.Doc] {
					continue
				}
				held := 0
				for w := range distinct {
					if slices.Contains(e.Terms, w) {
						held++
					}
				}
				if float64(held) >= paraphraseContainment*float64(len(distinct)) && allIn(numberTerms(s.Terms), e.Terms) {
					said = true
				}
			}
			if want := !early[s.Doc] && s.Words > 0 && !said; got[i] != want {
				t.Fatalf("round %d, sentence %d %v (doc %d, early %v): new %v, want %v", round, i, s.Terms, s.Doc, early, got[i], want)
			}
		}
	}
}
