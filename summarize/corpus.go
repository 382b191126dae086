// Package summarize selects sentences for an extractive multi-document
// summary under an exact budget. Each method scores units of content (a
// sentence and its near-duplicates) and picks a non-redundant set that fits;
// the caller orders and attributes them.
package summarize

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/precis-news/precis/internal/sorted"
)

// Sentence is one candidate unit of content: a sentence (the representative
// of its near-duplicates) with what the methods need to score it.
type Sentence struct {
	Doc      int      // index of the article it comes from
	Pos      int      // index of the sentence in that article
	DocLen   int      // number of sentences in that article
	Words    int      // whitespace-separated words of Text
	Bytes    int      // bytes of Text
	Terms    []string // content-word stems, in order
	Stems    []string // all word stems, in order, stopwords included
	Stop     []bool   // stopword flag for each of Stems
	Group    int      // index of the representative of its near-duplicate group (itself when it is one)
	Support  int      // number of distinct articles that carry the group's content
	Opening  bool     // can open a summary (does not start with an unresolved reference)
	Quote    bool     // holds a quotation mark
	Question bool     // holds a question mark
	Aside    bool     // holds a parenthesis
	// Complete: the text ends with a sentence stop (closing marks after it
	// allowed), as a sentence does and a label ("Learn more") does not.
	Complete bool
}

// Candidate reports whether sentence i may be selected: it represents its
// near-duplicate group and has words.
func (c *Corpus) Candidate(i int) bool {
	s := &c.Sentences[i]
	return s.Group == i && s.Words > 0
}

// Corpus is the input of a method: every sentence of one story, each marked
// with its near-duplicate group; only group representatives are selected.
// It keeps what it derives from its sentences (distinct terms, a quality
// model's predictions) for later calls, so its sentences must not change
// once a method has seen it.
type Corpus struct {
	Sentences []Sentence
	Docs      int // number of articles
	// WordScale is how many words the story's language takes for one of
	// English news, when that is fewer (0 < WordScale < 1; 0 means as
	// English): Korean or Russian say in four words what English says in
	// six. The shortest sentence a method chooses shrinks with it.
	WordScale float64

	distinct [][]string // each sentence's distinct terms, made on first use
	numbered *numbering // the stems as numbers, made on first use

	// the predictions of the last quality model asked, kept for Score
	quality      []float64
	qualityModel *QualityModel
}

// distinctTerms returns sentence i's terms without repeats, sorted.
func (c *Corpus) distinctTerms(i int) []string {
	if c.distinct == nil {
		c.distinct = make([][]string, len(c.Sentences))
	}
	if c.distinct[i] == nil {
		d := append(make([]string, 0, len(c.Sentences[i].Terms)), c.Sentences[i].Terms...) // not nil, even when empty
		slices.Sort(d)
		c.distinct[i] = slices.Compact(d)
	}
	return c.distinct[i]
}

// numbering gives every distinct stem of a corpus a number, so that the
// methods count and compare numbers instead of strings.
type numbering struct {
	stems [][]int32 // sentence -> the numbers of its Stems
	terms [][]int32 // sentence -> the numbers of its Terms
	words []string  // number -> stem
}

// numbers returns the corpus's numbering, made on first use.
func (c *Corpus) numbers() *numbering {
	if c.numbered != nil {
		return c.numbered
	}
	size, terms := 0, 0
	for i := range c.Sentences {
		size += len(c.Sentences[i].Stems)
		terms += len(c.Sentences[i].Terms)
	}
	nb := &numbering{stems: make([][]int32, len(c.Sentences)), terms: make([][]int32, len(c.Sentences))}
	sc := borrow()
	defer giveBack(sc)
	ids := sc.numbers(size / 4)
	id := ids.Of
	stemIDs, termIDs := make([]int32, 0, size), make([]int32, 0, terms)
	for i := range c.Sentences {
		s := &c.Sentences[i]
		from := len(stemIDs)
		for _, st := range s.Stems {
			stemIDs = append(stemIDs, id(st))
		}
		nb.stems[i] = stemIDs[from:len(stemIDs):len(stemIDs)]
		// the terms are the stems of the words that are not stopwords,
		// whose numbers are at hand; any other term is looked up
		from = len(termIDs)
		k := 0
		for j, st := range s.Stems {
			if k < len(s.Terms) && s.Terms[k] == st {
				termIDs = append(termIDs, nb.stems[i][j])
				k++
			}
		}
		for _, t := range s.Terms[k:] {
			termIDs = append(termIDs, id(t))
		}
		nb.terms[i] = termIDs[from:len(termIDs):len(termIDs)]
	}
	nb.words = ids.Words()
	c.numbered = nb
	return nb
}

// TermNumbers returns each sentence's Terms as numbers, one for each
// distinct stem, and how many numbers there are. The numbering is made once
// and shared with the methods; the slices must not be changed.
func (c *Corpus) TermNumbers() (terms [][]int32, words int) {
	nb := c.numbers()
	return nb.terms, len(nb.words)
}

// Budget bounds a summary. Zero fields are unbounded; at least one should be set.
type Budget struct {
	Words     int
	Bytes     int // counting one separator byte between sentences
	Sentences int
}

// Method picks sentences of c under b and returns their indices in order of
// preference (the caller reorders them for reading). precis.Brief may call
// Select on several corpora at once, from several goroutines, and reuses a
// corpus's arrays once Select and scoring are done: the methods here keep
// nothing between calls, and one that does must copy it.
type Method interface {
	Name() string
	Select(c *Corpus, b Budget) []int
}

// Scorer is a Method that also scores every sentence of c on its own
// (higher is better), for choosing what to add after Select: the sentence
// cut to fill a budget exactly.
type Scorer interface {
	Score(c *Corpus) []float64
}

// Explainer is a Method that can say why it prefers the sentences in which:
// for each, the parts of its score that lift it most above the story's
// average sentence.
type Explainer interface {
	Explain(c *Corpus, which []int) [][]Reason
}

// fits reports whether adding s to a summary of the given size stays in b.
func (b Budget) fits(words, bytes, count int, s *Sentence) bool {
	if b.Words > 0 && words+s.Words > b.Words {
		return false
	}
	if b.Bytes > 0 {
		sep := 0
		if count > 0 {
			sep = 1
		}
		if bytes+sep+s.Bytes > b.Bytes {
			return false
		}
	}
	if b.Sentences > 0 && count+1 > b.Sentences {
		return false
	}
	return true
}

// tally is the running size of a selection.
type tally struct{ words, bytes, count int }

func (t *tally) add(s *Sentence) {
	t.words += s.Words
	if t.count > 0 {
		t.bytes++
	}
	t.bytes += s.Bytes
	t.count++
}

// Methods lists the methods by name.
var Methods = map[string]func() Method{}

// register adds a method constructor under its name.
func register(name string, f func() Method) { Methods[name] = f }

// Lookup returns the method called name.
func Lookup(name string) (Method, error) {
	f, ok := Methods[name]
	if !ok {
		return nil, fmt.Errorf("unknown summarization method %q (known: %s)", name, strings.Join(Names(), ", "))
	}
	return f(), nil
}

// Names returns the known method names, sorted.
func Names() []string {
	var ns []string
	for n := range Methods {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

// Redundant reports whether a and b say the same thing: most of the content
// words of the shorter one appear in the longer one.
func Redundant(a, b []string) bool {
	return containment(a, b) >= redundancyThreshold
}

const redundancyThreshold = 0.6

// containment is |A∩B| / min(|A|,|B|) over the sets of terms: symmetric,
// so the order of the arguments never matters. Sentences hold tens of
// terms, so nested scans beat building sets.
func containment(a, b []string) float64 {
	ua, ub := uniqueCount(a), uniqueCount(b)
	if ua == 0 || ub == 0 {
		return 0
	}
	hit := 0
outer:
	for i, t := range a {
		for _, u := range a[:i] {
			if u == t {
				continue outer // counted already
			}
		}
		for _, u := range b {
			if u == t {
				hit++
				break
			}
		}
	}
	return float64(hit) / float64(min(ua, ub))
}

// uniqueCount is the number of different terms in ts.
func uniqueCount(ts []string) int {
	n := 0
outer:
	for i, t := range ts {
		for _, u := range ts[:i] {
			if u == t {
				continue outer
			}
		}
		n++
	}
	return n
}

// greedyFill adds candidates in the order given while they fit and are not
// redundant with what is already chosen. It is the selection step shared by
// the ranking methods.
func greedyFill(c *Corpus, order []int, b Budget) []int {
	var out []int
	var t tally
	for _, i := range order {
		s := &c.Sentences[i]
		if !c.Candidate(i) || !b.fits(t.words, t.bytes, t.count, s) {
			continue
		}
		if redundantWithAny(c, out, i) {
			continue
		}
		out = append(out, i)
		t.add(s)
	}
	return out
}

func redundantWithAny(c *Corpus, chosen []int, i int) bool {
	a := c.distinctTerms(i)
	for _, j := range chosen {
		if overlapShare(a, c.distinctTerms(j)) >= redundancyThreshold {
			return true
		}
	}
	return false
}

// overlapShare is containment for sorted lists without repeats: the share
// of the shorter list that the other holds.
func overlapShare(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(sorted.Shared(a, b)) / float64(min(len(a), len(b)))
}
