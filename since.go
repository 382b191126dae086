package precis

// What is new: the sentences articles published since a time add, and
// the values later reports give for a figure.

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/figure"
	"github.com/precis-news/precis/summarize"
)

// laterReports returns the values later reports give for the figures s
// states: a figure whose value s's text holds, reported by s's article, and
// every conflict of it that came later.
func laterReports(s *Sentence, figs []figure.Figure) []figure.Conflict {
	var out []figure.Conflict
	for _, f := range figs {
		if !slices.Contains(f.Sources, s.From) || !holdsValue(s.Text, f.Value) {
			continue
		}
		for _, c := range f.Conflicts {
			if c.Reported == "later" {
				out = append(out, c)
			}
		}
	}
	return out
}

// holdsValue reports whether text writes value as a whole figure, case
// aside: "32" in "killed 32 people", not in "1932" or "3,200".
func holdsValue(text, value string) bool {
	text, value = strings.ToLower(text), strings.ToLower(value)
	for from := 0; ; {
		i := strings.Index(text[from:], value)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(value)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !figureRune(before) && !(figureRune(after) || (after == ',' || after == '.') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9') {
			return true
		}
		from = i + 1
	}
}

// figureRune reports whether r would continue a figure or a word.
func figureRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '€' || r == '£'
}

// keepNew leaves as candidates only the sentences of articles published at
// or after since that say what no earlier article said, and reports whether
// any is left. An earlier sentence said it when it holds 60% of the new
// one's distinct content words and all of its numbers. A new sentence whose
// near-duplicate group is led by an earlier report of other numbers
// ("killed 32" for "killed 47") leaves that group, with the group's other new
// sentences, to stand for itself. Articles without a time count as earlier.
func keepNew(c *summarize.Corpus, docs []*Doc, members [][]int, since time.Time) bool {
	early := make([]bool, len(docs))
	for di, d := range docs {
		early[di] = d.Article.Published.IsZero() || d.Article.Published.Before(since)
	}
	isNew := newSentences(c, early)
	any := false
	for g, ms := range members {
		if len(ms) == 0 {
			continue
		}
		if !isNew[g] {
			var news, rest []int
			for _, m := range ms {
				if isNew[m] {
					news = append(news, m)
				} else {
					rest = append(rest, m)
				}
			}
			if len(news) > 0 {
				copy(ms, rest)
				members[g] = ms[:len(rest)]
				members[news[0]] = news
				for _, m := range news {
					c.Sentences[m].Group = news[0]
				}
			}
		}
	}
	for i := range c.Sentences {
		if isNew[i] {
			any = any || c.Sentences[i].Group == i
		} else {
			c.Sentences[i].Words = 0
		}
	}
	return any
}

// newSentences tells which sentences of the later articles (early[doc]
// false) say what no sentence of an earlier one said: no earlier sentence
// holds 60% of its distinct content words and all of its numbers. Each is
// compared only with the earlier sentences that share a word with it,
// found in an index of the words they hold.
func newSentences(c *summarize.Corpus, early []bool) []bool {
	terms, words := c.TermNumbers()
	// the earlier sentences that hold each word, each listed once a word
	holders := make([][]int32, words)
	for j := range c.Sentences {
		if !early[c.Sentences[j].Doc] {
			continue
		}
		for _, t := range terms[j] {
			if h := holders[t]; len(h) == 0 || h[len(h)-1] != int32(j) {
				holders[t] = append(h, int32(j))
			}
		}
	}
	seen := make([]bool, words)
	shared := make([]int32, len(c.Sentences)) // scratch: the words each earlier sentence shares
	var touched []int32
	said := func(i int) bool {
		touched = touched[:0]
		k := 0
		for _, t := range terms[i] {
			if seen[t] {
				continue
			}
			seen[t] = true
			k++
			for _, j := range holders[t] {
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
		}
		found := k == 0 // nothing to say
		if !found {
			nums := numberTerms(c.Sentences[i].Terms)
			for _, j := range touched {
				if float64(shared[j]) >= paraphraseContainment*float64(k) && allIn(nums, c.Sentences[j].Terms) {
					found = true
					break
				}
			}
		}
		for _, t := range terms[i] {
			seen[t] = false
		}
		for _, j := range touched {
			shared[j] = 0
		}
		return found
	}
	isNew := make([]bool, len(c.Sentences))
	for i := range c.Sentences {
		isNew[i] = !early[c.Sentences[i].Doc] && c.Sentences[i].Words > 0 && !said(i)
	}
	return isNew
}
