package entity

import (
	"slices"
	"sort"
	"strings"

	"github.com/precis-news/precis/internal/sorted"
	"github.com/precis-news/precis/text"
)

// swaps finds pairs of names that take each other's place in two
// sentences of different articles that are otherwise the same: every
// content word but the name is shared, and at least six are. It returns the
// pairs of mention keys, sorted.
func (set *Set) swaps(docs []Doc) [][2]string {
	sc := newSwapCandidates(set, docs)
	postings := sc.postings()
	var out [][2]string
	seen := map[[2]string]bool{}
	// candidates share a word that few sentences have (a common word finds
	// too many pairs to be worth it); the overlap is then counted exactly
	const maxPostings = 40
	shared := make([]int32, len(sc.cands))
	seenIn := make([]int32, len(postings)) // by word: the candidates met so far that hold it
	var touched []int32
	for i, c := range sc.cands {
		touched = touched[:0]
		for _, w := range c.words {
			seenIn[w]++ // candidate i is the seenIn[w]-th of postings[w]
			if len(postings[w]) > maxPostings {
				continue
			}
			for _, j := range postings[w][seenIn[w]:] { // the later ones
				if sc.cands[j].doc != c.doc {
					if shared[j] == 0 {
						touched = append(touched, j)
					}
					shared[j]++
				}
			}
		}
		for _, j := range touched {
			r := shared[j]
			shared[j] = 0
			o := sc.cands[j]
			// a rewrite shares several rare words and differs little in size
			if d := len(c.words) - len(o.words); r < 2 || d > 6 || d < -6 {
				continue
			}
			n, ok := sorted.SharedAtLeast(c.words, o.words, max(6, len(c.words)-6, len(o.words)-6))
			onlyA, onlyB := len(c.words)-n, len(o.words)-n
			if !ok || onlyA < 1 || onlyB < 1 {
				continue // fewer than 6 shared, or more than 6 words only one has
			}
			// every word only one sentence has must belong to one name in it
			ka, ok := sc.onlyName(i, int(j))
			if !ok {
				continue
			}
			kb, ok := sc.onlyName(int(j), i)
			if ok && ka != kb {
				p := [2]string{min(ka, kb), max(ka, kb)}
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a][0] != out[b][0] {
			return out[a][0] < out[b][0]
		}
		return out[a][1] < out[b][1]
	})
	return out
}

// swapCandidates are the sentences swaps compares: those that have a
// mention, each with its distinct content words.
type swapCandidates struct {
	set   *Set
	docs  []Doc
	refs  []mentionSentence
	cands []swapCandidate // parallel to refs
	all   []int32         // the candidates' words, one after another
}

// mentionSentence is a sentence that has mentions, with them.
type mentionSentence struct {
	doc, sent int
	mentions  []int // indices into set.Mentions
}

// swapCandidate is one sentence's distinct content words (as numbers,
// sorted), and for each the key of the name holding it ("" for none: the
// first of the sentence's mentions to cover the word).
type swapCandidate struct {
	doc   int
	words []int32
	names []string // parallel to words; made when first needed (see namesOf)
}

// newSwapCandidates finds the sentences that have mentions, in order, each
// with its mentions and words. (Extract finds mentions in article and
// sentence order; they are sorted to be sure.)
func newSwapCandidates(set *Set, docs []Doc) *swapCandidates {
	order := make([]int, len(set.Mentions))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ma, mb := &set.Mentions[a], &set.Mentions[b]
		if ma.Doc != mb.Doc {
			return ma.Doc - mb.Doc
		}
		return ma.Sentence - mb.Sentence
	})
	sc := &swapCandidates{set: set, docs: docs}
	for k := 0; k < len(order); {
		m := &set.Mentions[order[k]]
		end := k + 1
		for end < len(order) && set.Mentions[order[end]].Doc == m.Doc && set.Mentions[order[end]].Sentence == m.Sentence {
			end++
		}
		sc.refs = append(sc.refs, mentionSentence{m.Doc, m.Sentence, order[k:end]})
		k = end
	}
	size := 0
	for _, r := range sc.refs {
		size += len(docs[r.doc].Sentences[r.sent].Tokens)
	}
	sc.cands = make([]swapCandidate, len(sc.refs))
	all := make([]int32, 0, size)
	for ci, r := range sc.refs {
		from := len(all)
		ids := set.words.tokens[r.doc][r.sent]
		for k, t := range docs[r.doc].Sentences[r.sent].Tokens {
			if !t.Stop {
				all = append(all, ids[k])
			}
		}
		words := all[from:]
		slices.Sort(words)
		words = slices.Compact(words)
		all = all[:from+len(words)]
		sc.cands[ci] = swapCandidate{doc: r.doc, words: words[:len(words):len(words)]}
	}
	sc.all = all
	return sc
}

// postings returns, for each word, the candidates holding it, in order
// (each list a slice of one array).
func (sc *swapCandidates) postings() [][]int32 {
	n := sc.set.words.ids.Len()
	postings := make([][]int32, n)
	count := make([]int32, n)
	for _, c := range sc.cands {
		for _, w := range c.words {
			count[w]++
		}
	}
	lists := make([]int32, len(sc.all))
	for w, k := range count {
		postings[w], lists = lists[:0:k], lists[k:]
	}
	for i, c := range sc.cands {
		for _, w := range c.words {
			postings[w] = append(postings[w], int32(i))
		}
	}
	return postings
}

// namesOf returns, for each word of candidate ci, the key of the name
// holding it, or "".
func (sc *swapCandidates) namesOf(ci int) []string {
	c := &sc.cands[ci]
	if c.names != nil {
		return c.names
	}
	r := sc.refs[ci]
	s := sc.docs[r.doc].Sentences[r.sent]
	c.names = make([]string, len(c.words))
	ids := sc.set.words.tokens[r.doc][r.sent]
	for _, mi := range r.mentions {
		m := sc.set.Mentions[mi]
		for ti, t := range s.Tokens {
			if t.Start >= m.Start && t.End <= m.End {
				if k, ok := slices.BinarySearch(c.words, ids[ti]); ok && c.names[k] == "" {
					c.names[k] = m.key
				}
			}
		}
	}
	return c.names
}

// onlyName returns the one name that holds every word of candidate a that
// candidate b lacks, or false.
func (sc *swapCandidates) onlyName(a, b int) (string, bool) {
	aw, bw := sc.cands[a].words, sc.cands[b].words
	key := ""
	j := 0
	for k, w := range aw {
		for j < len(bw) && bw[j] < w {
			j++
		}
		if j < len(bw) && bw[j] == w {
			continue
		}
		n := sc.namesOf(a)[k]
		if n == "" || key != "" && n != key {
			return "", false
		}
		key = n
	}
	return key, true
}

// swappable reports whether two names that took each other's place in a
// rewritten sentence may be one entity's: two acronyms of three letters or
// more that differ only in their last letter (ISIS, ISIL), an acronym and a
// long name, or two names that share a word. Two different names (Hamas,
// Islamic Jihad; Iran, Iraq) are left apart: a rewrite may correct a fact.
func swappable(a, b *Entity) bool {
	acr := func(e *Entity) string {
		for _, v := range e.surface {
			if text.IsAcronym(v.text) && !strings.Contains(v.text, " ") {
				return v.text
			}
		}
		return ""
	}
	multi := func(e *Entity) bool {
		for _, v := range e.surface {
			if strings.Contains(v.text, " ") {
				return true
			}
		}
		return false
	}
	x, y := acr(a), acr(b)
	switch {
	case x != "" && y != "":
		return len(x) >= 3 && len(x) == len(y) && x[:len(x)-1] == y[:len(y)-1]
	case x != "" && multi(b), y != "" && multi(a):
		return true
	}
	for _, ka := range a.keys {
		for _, w := range strings.Fields(ka) {
			for _, kb := range b.keys {
				for _, v := range strings.Fields(kb) {
					if w == v {
						return true
					}
				}
			}
		}
	}
	return false
}
