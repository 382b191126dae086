package precis

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/precis-news/precis/clean"
	"github.com/precis-news/precis/dedup"
	"github.com/precis-news/precis/summarize"
	"github.com/precis-news/precis/text"
)

// Option configures Brief.
type Option func(*config)

type config struct {
	budget   summarize.Budget
	method   string
	explain  bool
	truncate bool
}

// WithWords bounds the summary to n words (the default is 100).
func WithWords(n int) Option { return func(c *config) { c.budget.Words = n } }

// WithBytes bounds the summary to n bytes, counting one byte between sentences.
func WithBytes(n int) Option { return func(c *config) { c.budget.Bytes = n } }

// WithSentences bounds the summary to n sentences.
func WithSentences(n int) Option { return func(c *config) { c.budget.Sentences = n } }

// WithMethod selects the summarization method by name (see summarize.Names);
// the default is "precis".
func WithMethod(name string) Option { return func(c *config) { c.method = name } }

// WithExplain keeps, for every article, what cleaning removed and why.
func WithExplain() Option { return func(c *config) { c.explain = true } }

// WithTruncate fills a word or byte budget exactly: when whole sentences leave
// room, the best remaining sentence is cut at a word boundary to fit, and
// marked with "…". Scorers that truncate summaries (ROUGE -l, -b) see the
// same text either way.
func WithTruncate() Option { return func(c *config) { c.truncate = true } }

// ErrNoText is returned when no article has any readable sentence.
var ErrNoText = errors.New("no readable text in any article")

// Brief builds a briefing from articles about one event. The stages, in order:
//
//	clean      page furniture, datelines, headline, broken wraps, repeats  (clean.Clean)
//	analyze    sentences and tokens                                        (text.Sentences, text.Tokenize)
//	dedup      near-duplicate sentences become one unit of content         (dedup.Group)
//	summarize  units chosen under the budget                               (summarize.Method)
//	attribute  every article that carries each chosen unit; reading order
func Brief(ctx context.Context, articles []Article, opts ...Option) (*Briefing, error) {
	cfg := config{method: "precis"}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.budget == (summarize.Budget{}) {
		cfg.budget.Words = 100
	}
	if cfg.budget.Words < 0 || cfg.budget.Bytes < 0 || cfg.budget.Sentences < 0 {
		return nil, fmt.Errorf("budget must not be negative: %+v", cfg.budget)
	}
	method, err := summarize.Lookup(cfg.method)
	if err != nil {
		return nil, err
	}
	docs := make([]*Doc, len(articles))
	for i := range articles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		docs[i] = Analyze(articles[i])
	}
	story, err := summarizeStory(docs, method, cfg)
	if err != nil {
		return nil, err
	}
	story.ID = "s1"
	return &Briefing{Stories: []Story{*story}}, nil
}

// Doc is an article after cleaning and analysis.
type Doc struct {
	Article   Article
	Clean     clean.Result
	Sentences []DocSentence
}

// DocSentence is one sentence of a cleaned article.
type DocSentence struct {
	Text     string
	Para     int  // paragraph index
	Fragment bool // part of a quotation that spans several sentences
	Tokens   []text.Token
}

// Analyze cleans an article and splits it into sentences and tokens.
func Analyze(a Article) *Doc {
	d := &Doc{Article: a, Clean: clean.Clean(a.Text)}
	for pi, p := range d.Clean.Paragraphs {
		open := 0 // quotation marks still open before the sentence
		for _, sp := range text.Sentences(p) {
			s := p[sp.Start:sp.End]
			after := open + quoteDelta(s)
			d.Sentences = append(d.Sentences, DocSentence{Text: s, Para: pi, Tokens: text.Tokenize(s), Fragment: open != 0 || after != 0})
			open = max(after, 0)
		}
	}
	return d
}

// Title returns the article's title: the one given with it, else the
// headline the cleaner found.
func (d *Doc) Title() string {
	if d.Article.Title != "" {
		return d.Article.Title
	}
	return d.Clean.Title
}

func summarizeStory(docs []*Doc, method summarize.Method, cfg config) (*Story, error) {
	c := &summarize.Corpus{Docs: len(docs)}
	type ref struct{ doc, sent int }
	var refs []ref
	var terms [][]string
	for di, d := range docs {
		for si := range d.Sentences {
			s := &d.Sentences[si]
			cs := summarize.Sentence{Doc: di, Pos: si, DocLen: len(d.Sentences), Words: text.Words(s.Text), Bytes: len(s.Text)}
			cs.Stems = make([]string, len(s.Tokens))
			cs.Stop = make([]bool, len(s.Tokens))
			for k, t := range s.Tokens {
				cs.Stems[k] = t.Stem
				cs.Stop[k] = t.Stop
				if !t.Stop {
					cs.Terms = append(cs.Terms, t.Stem)
				}
			}
			cs.Opening = len(s.Tokens) > 0 && !danglers[s.Tokens[0].Norm]
			if s.Fragment {
				cs.Words = 0 // a piece of a longer quotation does not stand alone
			}
			c.Sentences = append(c.Sentences, cs)
			refs = append(refs, ref{di, si})
			terms = append(terms, cs.Terms)
		}
	}
	if len(c.Sentences) == 0 {
		return nil, ErrNoText
	}
	groups := dedup.Group(terms, dedup.DefaultThreshold)
	members := map[int][]int{}
	for i, g := range groups {
		c.Sentences[i].Group = g
		members[g] = append(members[g], i)
	}
	for _, ms := range members {
		seen := map[int]bool{}
		for _, m := range ms {
			seen[c.Sentences[m].Doc] = true
		}
		for _, m := range ms {
			c.Sentences[m].Support = len(seen)
		}
	}

	chosen := method.Select(c, cfg.budget)
	texts := make(map[int]string, len(chosen))
	for _, i := range chosen {
		texts[i] = docs[refs[i].doc].Sentences[refs[i].sent].Text
	}
	if cfg.truncate {
		if i, t, ok := truncateFill(c, chosen, cfg.budget, func(i int) string {
			return docs[refs[i].doc].Sentences[refs[i].sent].Text
		}); ok {
			chosen = append(chosen, i)
			texts[i] = t
		}
	}
	order := readingOrder(c, chosen, docs)

	st := &Story{}
	for _, i := range order {
		r := refs[i]
		sources := supporters(c, members[c.Sentences[i].Group], i)
		ids := make([]string, len(sources))
		for k, d := range sources {
			ids[k] = docs[d].Article.ID
		}
		st.Summary = append(st.Summary, Sentence{Text: texts[i], Sources: ids, From: docs[r.doc].Article.ID})
		st.Words += text.Words(texts[i])
	}
	copies := copyOf(c, docs)
	for di, d := range docs {
		info := ArticleInfo{ID: d.Article.ID, Source: d.Article.Source, Title: d.Title(), Sentences: len(d.Sentences)}
		for _, p := range d.Clean.Paragraphs {
			info.Words += text.Words(p)
		}
		if copies[di] >= 0 {
			info.CopyOf = docs[copies[di]].Article.ID
		}
		if cfg.explain {
			info.Removed = d.Clean.Removed
		}
		st.Articles = append(st.Articles, info)
	}
	if len(order) > 0 {
		st.Title = docs[refs[order[0]].doc].Title()
	}
	if st.Title == "" {
		for _, d := range docs {
			if t := d.Title(); t != "" {
				st.Title = t
				break
			}
		}
	}
	return st, nil
}

// truncateFill picks the best unchosen candidate (earliest in its article,
// then most supported) that is not redundant with the chosen ones and cuts it
// to the room the budget leaves. It reports false when no room or candidate
// is left.
func truncateFill(c *summarize.Corpus, chosen []int, b summarize.Budget, textOf func(int) string) (int, string, bool) {
	words, bytes := 0, 0
	for k, i := range chosen {
		words += c.Sentences[i].Words
		if k > 0 {
			bytes++
		}
		bytes += c.Sentences[i].Bytes
	}
	if b.Sentences > 0 && len(chosen) >= b.Sentences {
		return 0, "", false
	}
	roomWords, roomBytes := -1, -1
	if b.Words > 0 {
		roomWords = b.Words - words
		if roomWords < 1 {
			return 0, "", false
		}
	}
	if b.Bytes > 0 {
		roomBytes = b.Bytes - bytes
		if len(chosen) > 0 {
			roomBytes--
		}
		if roomBytes < 12 {
			return 0, "", false
		}
	}
	if roomWords < 0 && roomBytes < 0 {
		return 0, "", false
	}
	in := map[int]bool{}
	for _, i := range chosen {
		in[i] = true
	}
	best := -1
	for i := range c.Sentences {
		s := &c.Sentences[i]
		if in[i] || !c.Candidate(i) || s.Words < 4 {
			continue
		}
		redundant := false
		for _, j := range chosen {
			if summarize.Redundant(s.Terms, c.Sentences[j].Terms) {
				redundant = true
				break
			}
		}
		if redundant {
			continue
		}
		if best < 0 || s.Pos < c.Sentences[best].Pos || (s.Pos == c.Sentences[best].Pos && s.Support > c.Sentences[best].Support) {
			best = i
		}
	}
	if best < 0 {
		return 0, "", false
	}
	t := cutText(textOf(best), roomWords, roomBytes)
	if t == "" {
		return 0, "", false
	}
	return best, t, true
}

// cutText keeps the words of s that fit in maxWords words and maxBytes bytes
// (negative: unbounded), marking a cut with "…" (which counts as no word and
// three bytes).
func cutText(s string, maxWords, maxBytes int) string {
	fields := strings.Fields(s)
	if maxWords >= 0 && len(fields) > maxWords {
		fields = fields[:maxWords]
	}
	out := strings.Join(fields, " ")
	if maxBytes >= 0 {
		for len(out)+len("…") > maxBytes && len(fields) > 0 {
			fields = fields[:len(fields)-1]
			out = strings.Join(fields, " ")
		}
	}
	if out == "" {
		return ""
	}
	if out != s {
		out = strings.TrimRightFunc(out, func(r rune) bool { return unicode.IsPunct(r) && r != '"' && r != '”' }) + "…"
	}
	return out
}

// readingOrder orders chosen sentences for reading: by relative position in
// their articles (earliest mention among the supporting copies), then by
// article time and input order. A sentence that begins with an unresolved
// reference does not open the summary.
func readingOrder(c *summarize.Corpus, chosen []int, docs []*Doc) []int {
	type key struct {
		rel  float64
		time int64
		doc  int
		pos  int
	}
	keys := map[int]key{}
	for _, i := range chosen {
		s := &c.Sentences[i]
		k := key{rel: float64(s.Pos) / float64(max(s.DocLen, 1)), doc: s.Doc, pos: s.Pos}
		for j := range c.Sentences {
			o := &c.Sentences[j]
			if o.Group == s.Group {
				if r := float64(o.Pos) / float64(max(o.DocLen, 1)); r < k.rel {
					k.rel = r
				}
			}
		}
		if t := docs[s.Doc].Article.Published; !t.IsZero() {
			k.time = t.Unix()
		}
		keys[i] = k
	}
	order := append([]int(nil), chosen...)
	sort.SliceStable(order, func(x, y int) bool {
		a, b := keys[order[x]], keys[order[y]]
		if a.rel != b.rel {
			return a.rel < b.rel
		}
		if a.time != b.time {
			return a.time < b.time
		}
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		return a.pos < b.pos
	})
	if len(order) > 1 && !c.Sentences[order[0]].Opening {
		for k := 1; k < len(order); k++ {
			if c.Sentences[order[k]].Opening {
				first := order[k]
				copy(order[1:k+1], order[0:k])
				order[0] = first
				break
			}
		}
	}
	return order
}

// supportContainment is the share of a sentence's content words another
// sentence must hold to count as carrying it.
const supportContainment = 0.8

// supporters returns the articles (in input order) that carry sentence i:
// those with a near-duplicate of it, and those with a sentence that holds
// nearly all of its content words (a longer quote of the same words).
func supporters(c *summarize.Corpus, group []int, i int) []int {
	in := map[int]bool{}
	for _, m := range group {
		in[c.Sentences[m].Doc] = true
	}
	target := uniqueTerms(c.Sentences[i].Terms)
	if len(target) >= 3 {
		for j := range c.Sentences {
			o := &c.Sentences[j]
			if in[o.Doc] {
				continue
			}
			hit := 0
			for _, t := range o.Terms {
				if target[t] {
					hit++
					target[t] = false // count each word once
				}
			}
			for t := range target {
				target[t] = true
			}
			if float64(hit) >= supportContainment*float64(len(target)) {
				in[o.Doc] = true
			}
		}
	}
	out := make([]int, 0, len(in))
	for d := range in {
		out = append(out, d)
	}
	sort.Ints(out)
	return out
}

func uniqueTerms(ts []string) map[string]bool {
	m := make(map[string]bool, len(ts))
	for _, t := range ts {
		m[t] = true
	}
	return m
}

// copyOf finds articles that are copies of another (syndicated or lightly
// edited): at least 80% of an article's sentences have a near-duplicate in
// one earlier article. It returns the index of the original, or -1.
func copyOf(c *summarize.Corpus, docs []*Doc) []int {
	out := make([]int, len(docs))
	groupDocs := map[int]map[int]bool{}
	for _, s := range c.Sentences {
		if groupDocs[s.Group] == nil {
			groupDocs[s.Group] = map[int]bool{}
		}
		groupDocs[s.Group][s.Doc] = true
	}
	start := 0
	for di, d := range docs {
		out[di] = -1
		n := len(d.Sentences)
		shared := map[int]int{}
		for k := 0; k < n; k++ {
			for other := range groupDocs[c.Sentences[start+k].Group] {
				if other != di {
					shared[other]++
				}
			}
		}
		best, bestN := -1, 0
		for other, cnt := range shared {
			if other < di && float64(cnt) >= 0.8*float64(n) && (cnt > bestN || (cnt == bestN && other < best)) {
				best, bestN = other, cnt
			}
		}
		out[di] = best
		start += n
	}
	return out
}

// danglers are words that, opening a sentence, point back to something the
// reader has not been told.
var danglers = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "this": true, "these": true, "those": true, "that": true,
	"his": true, "her": true, "its": true, "their": true, "him": true, "them": true, "but": true, "however": true,
	"and": true, "also": true, "meanwhile": true, "yet": true, "so": true, "still": true, "then": true,
	"such": true, "both": true, "another": true, "there": true, "thus": true, "instead": true, "moreover": true,
	"furthermore": true, "nevertheless": true, "nonetheless": true, "or": true, "nor": true, "besides": true,
}

// quoteDelta is the number of quotations s opens minus those it closes:
// curly quotes by direction, straight double quotes by parity (an odd count
// opens one when it starts a word, closes one otherwise).
func quoteDelta(s string) int {
	d, straight, lastStraight := 0, 0, -1
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
	if straight%2 == 1 {
		if lastStraight == 0 || s[lastStraight-1] == ' ' || s[lastStraight-1] == '(' {
			d++
		} else {
			d--
		}
	}
	return d
}

// Dangling reports whether sentence s starts with an unresolved reference
// ("But he stressed…", "It has…", "They…").
func Dangling(s string) bool {
	toks := text.Tokenize(s)
	if len(toks) == 0 {
		return false
	}
	return danglers[toks[0].Norm]
}
