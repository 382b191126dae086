package precis

// Attribution: the articles that carry each summary sentence, as a
// near-duplicate or a paraphrase with the same names and numbers, and the
// groups of copies among them.

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/summarize"
)

// Thresholds for an article to carry a sentence: a sentence holding nearly
// all of its content words (a longer quote of the same words), or a
// paraphrase that holds 60% of them and every name and number in it.
const (
	supportContainment    = 0.8
	paraphraseContainment = 0.6
)

// supporters returns the articles (in input order) that carry sentence i:
// those with a near-duplicate of it, those with a sentence that holds nearly
// all of its content words, and those with a paraphrase of its fact (at
// least two names and numbers, all of them present, with half its words).
//
// facts are sentence i's names and numbers (factTerms); target is left
// as it was found, with no word marked.
func supporters(c *summarize.Corpus, group []int, i int, facts []string, target *wordTarget) []int {
	// a copy or a near-duplicate that gives another number ("has killed 47
	// people" for "has killed 32 people") does not support the sentence
	nums := numberTerms(c.Sentences[i].Terms)
	in := map[int]bool{c.Sentences[i].Doc: true}
	for _, m := range group {
		if allIn(nums, c.Sentences[m].Terms) {
			in[c.Sentences[m].Doc] = true
		}
	}
	terms, _ := c.TermNumbers()
	words := target.aim(terms[i]) // the target's distinct words
	if words >= 3 {
		for j := range c.Sentences {
			o := &c.Sentences[j]
			if in[o.Doc] {
				continue
			}
			switch hit := target.held(terms[j]); {
			case float64(hit) >= supportContainment*float64(words) && allIn(nums, o.Terms):
				in[o.Doc] = true
			case float64(hit) >= paraphraseContainment*float64(words) && len(facts) >= 2 && allIn(facts, o.Terms):
				in[o.Doc] = true
			}
		}
	}
	target.clear(terms[i])
	out := make([]int, 0, len(in))
	for d := range in {
		out = append(out, d)
	}
	sort.Ints(out)
	return out
}

// wordTarget counts how many of one sentence's distinct words others hold.
// Its marks are scratch room with a false for every term number of the
// corpus (summarize.Corpus.TermNumbers), set while a target is aimed and
// cleared by clear.
type wordTarget struct {
	marks []bool
	hits  []int32 // scratch: the target's words a sentence holds
}

// aim marks the words of terms and returns how many distinct ones there are.
func (w *wordTarget) aim(terms []int32) int {
	n := 0
	for _, t := range terms {
		if !w.marks[t] {
			w.marks[t] = true
			n++
		}
	}
	return n
}

// held returns how many distinct marked words terms holds.
func (w *wordTarget) held(terms []int32) int {
	w.hits = w.hits[:0]
	for _, t := range terms {
		if w.marks[t] {
			w.hits = append(w.hits, t)
			w.marks[t] = false // count each word once
		}
	}
	for _, t := range w.hits {
		w.marks[t] = true
	}
	return len(w.hits)
}

// clear unmarks the words of terms, as aim found the marks.
func (w *wordTarget) clear(terms []int32) {
	for _, t := range terms {
		w.marks[t] = false
	}
}

// numberTerms returns the terms of ts that hold a digit: the figures a
// sentence states.
func numberTerms(ts []string) []string {
	var out []string
	for _, t := range ts {
		if strings.ContainsAny(t, "0123456789") {
			out = append(out, t)
		}
	}
	return out
}

// allIn reports whether every one of ts is among have.
func allIn(ts, have []string) bool {
	for _, t := range ts {
		found := false
		for _, h := range have {
			if h == t {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// factTerms returns the stems of a sentence's names (capitalized words
// inside it) and numbers: what a paraphrase of it must keep.
func factTerms(s *DocSentence) []string {
	var out []string
	for k, t := range s.Tokens {
		if t.Stop {
			continue
		}
		w := s.Text[t.Start:t.End]
		r, _ := utf8.DecodeRuneInString(w)
		if (unicode.IsDigit(r) || (k > 0 && unicode.IsUpper(r))) && !slices.Contains(out, t.Stem) {
			out = append(out, t.Stem)
		}
	}
	return out
}

// addSentenceCopies completes the copies found by the MinHash index with
// articles whose sentences nearly all (80%) have a near-duplicate in one
// earlier article: a trimmed reprint whose 3-word shingles are too few to
// pass the index's Jaccard test. The similarity given is that share.
func addSentenceCopies(c *summarize.Corpus, docs []*Doc, copies []int, sims []float64) ([]int, []float64) {
	copies = append([]int(nil), copies...)
	sims = append([]float64(nil), sims...)
	// each group's articles, in order (the sentences come in article
	// order), as slices of one array
	sentences := len(c.Sentences)
	count, last := make([]int, sentences), make([]int, sentences) // last: the group's last article + 1
	for _, s := range c.Sentences {
		if last[s.Group] != s.Doc+1 {
			last[s.Group] = s.Doc + 1
			count[s.Group]++
		}
	}
	groupDocs := make([][]int, sentences)
	flat := make([]int, 0, sentences)
	for g, k := range count {
		groupDocs[g], flat = flat[len(flat):len(flat):len(flat)+k], flat[:len(flat)+k]
	}
	clear(last)
	for _, s := range c.Sentences {
		if last[s.Group] != s.Doc+1 {
			last[s.Group] = s.Doc + 1
			groupDocs[s.Group] = append(groupDocs[s.Group], s.Doc)
		}
	}
	shared := make([]int, len(docs)) // by article: sentences shared with the one at hand
	start := 0
	for di, d := range docs {
		n := len(d.Sentences)
		if copies[di] < 0 && n > 0 {
			clear(shared)
			for k := 0; k < n; k++ {
				for _, other := range groupDocs[c.Sentences[start+k].Group] {
					if other != di {
						shared[other]++
					}
				}
			}
			best, bestN := -1, 0
			for other, cnt := range shared[:di] {
				if float64(cnt) >= 0.8*float64(n) && cnt > bestN {
					best, bestN = other, cnt
				}
			}
			if best >= 0 {
				copies[di], sims[di] = best, float64(bestN)/float64(n)
			}
		}
		start += n
	}
	return copies, sims
}

// copyRoots maps every article to the first article of its copy group.
func copyRoots(copies []int) []int {
	root := make([]int, len(copies))
	for i := range copies {
		r := i
		for copies[r] >= 0 && copies[r] < r {
			r = copies[r]
		}
		root[i] = r
	}
	return root
}

// copyGroups lists the groups of articles that are copies of one another,
// by id, in input order.
func copyGroups(copies []int, docs []*Doc) [][]string {
	root := copyRoots(copies)
	byRoot := map[int][]string{}
	for i, r := range root {
		byRoot[r] = append(byRoot[r], docs[i].Article.ID)
	}
	out := [][]string{}
	for i := range docs {
		if g := byRoot[i]; len(g) > 1 {
			out = append(out, g)
		}
	}
	return out
}
