package precis

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/clean"
	"github.com/precis-news/precis/dedup"
	"github.com/precis-news/precis/entity"
	"github.com/precis-news/precis/figure"
	"github.com/precis-news/precis/quote"
	"github.com/precis-news/precis/summarize"
	"github.com/precis-news/precis/text"
)

// Option configures Brief.
type Option func(*config)

type config struct {
	oneStory    bool
	summaryOnly bool
	budget      summarize.Budget
	method      string
	selector    summarize.Method // overrides method when set
	explain     bool
	truncate    bool
	focus       []string  // phrases the summary must cover
	exclude     []string  // phrases no summary sentence may hold
	top         int       // the most stories to brief (0: all)
	since       time.Time // brief only what articles published since then add (zero: everything)
}

// WithSelector selects sentences with m instead of a method named by
// WithMethod: a configured or custom summarize.Method. Brief summarizes the
// stories of a mixed input at once, so m's Select may run on several
// stories' corpora from several goroutines at a time. A corpus lives only
// for its Select call: Brief reuses the arrays its sentences' Stems, Stop
// and Terms are cut from, so m copies whatever it keeps.
func WithSelector(m summarize.Method) Option { return func(c *config) { c.selector = m } }

// WithWords bounds the summary to n words (the default is 100).
func WithWords(n int) Option { return func(c *config) { c.budget.Words = n } }

// WithBytes bounds the summary to n bytes, counting one byte between sentences.
func WithBytes(n int) Option { return func(c *config) { c.budget.Bytes = n } }

// WithSentences bounds the summary to n sentences.
func WithSentences(n int) Option { return func(c *config) { c.budget.Sentences = n } }

// WithMethod selects the summarization method by name (see summarize.Names);
// the default is "precis".
func WithMethod(name string) Option { return func(c *config) { c.method = name } }

// WithOneStory treats the articles as reports of one story, as when they
// were gathered for it, and skips sorting them into stories.
func WithOneStory() Option { return func(c *config) { c.oneStory = true } }

// WithSummaryOnly makes only the summary's text, for evaluations that score
// nothing else: no entities, quotes or figures, and no attribution (each
// sentence's Sources holds only the article it is quoted from; with
// WithOneStory, copies are not looked for either).
func WithSummaryOnly() Option { return func(c *config) { c.summaryOnly = true } }

// WithExplain says why the method chose each summary sentence (Sentence.Score
// and Sentence.Why) and keeps, for every article, what cleaning removed and
// why.
func WithExplain() Option { return func(c *config) { c.explain = true } }

// WithTruncate fills a word or byte budget exactly: when whole sentences leave
// room, the best remaining sentence is cut at a word boundary to fit, and
// marked with "…". Scorers that truncate summaries (ROUGE -l, -b) see the
// same text either way.
func WithTruncate() Option { return func(c *config) { c.truncate = true } }

// WithFocus steers the summary toward topics: for each phrase (a word, a
// name, "oil prices") that a sentence of the story holds, the summary holds
// one, as long as the budget has room; the method fills the rest. Phrases
// are matched on stems, case aside, and a phrase that is one of the ways the
// story writes a name stands for all of them ("ISIS" finds "ISIL" and
// "Islamic State of Iraq and the Levant"). See summarize.Focus.
func WithFocus(phrases ...string) Option {
	return func(c *config) { c.focus = append(c.focus, phrases...) }
}

// WithExclude keeps topics out of the summary: no sentence that holds one of
// the phrases (matched as WithFocus matches them, every spelling of a name
// included) is chosen. A story that says nothing else gets an empty summary.
func WithExclude(phrases ...string) Option {
	return func(c *config) { c.exclude = append(c.exclude, phrases...) }
}

// WithTopStories briefs only the n largest stories of a mixed input (the
// first n of Briefing.Stories as they would otherwise be listed);
// Briefing.LeftOut counts the others. n = 0 briefs every story.
func WithTopStories(n int) Option { return func(c *config) { c.top = n } }

// WithSince briefs what is new since t: a summary sentence comes from an
// article published at or after t and says what no earlier article said
// (an earlier sentence holding 60% of its content words and all of its
// numbers said it already: "has now killed 47 people" is new after "has
// killed 32 people"). Earlier articles, and articles without a published
// time, still place each story and support the sentences chosen, and the
// story's names, quotes and figures are the whole story's. A story with
// nothing new is left out (Briefing.LeftOut).
func WithSince(t time.Time) Option { return func(c *config) { c.since = t } }

// ErrNoText is returned when no article has any readable sentence.
var ErrNoText = errors.New("no readable text in any article")

// ErrNoFocusedStory is returned when the input holds several stories and
// none of them holds any of the topics asked for with WithFocus.
var ErrNoFocusedStory = errors.New("no story holds any focus topic")

// ErrNothingNew is returned when no article published since the time given
// with WithSince says anything earlier articles did not.
var ErrNothingNew = errors.New("nothing new")

// Brief builds a briefing from articles about one event. The stages, in order:
//
//	clean      page furniture, datelines, headline, broken wraps, repeats  (clean.Clean)
//	analyze    sentences and tokens                                        (text.Sentences, text.Tokenize)
//	dedup      near-duplicate sentences become one unit of content         (dedup.GroupNumbered)
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
	if cfg.top < 0 {
		return nil, fmt.Errorf("number of top stories must not be negative: %d", cfg.top)
	}
	for _, p := range append(slices.Clip(cfg.focus), cfg.exclude...) {
		if len(phraseStems(p)) == 0 {
			return nil, fmt.Errorf("focus or exclude phrase %q has no words", p)
		}
	}
	method := cfg.selector
	if method == nil {
		var err error
		if method, err = summarize.Lookup(cfg.method); err != nil {
			return nil, err
		}
	}
	if !cfg.since.IsZero() && !slices.ContainsFunc(articles, func(a Article) bool { return !a.Published.IsZero() }) {
		return nil, fmt.Errorf("what is new since %s: no article has a published time", cfg.since.Format(time.RFC3339))
	}
	docs, err := AnalyzeAll(ctx, articles)
	if err != nil {
		return nil, err
	}
	stream := NewStream()
	var placed []Placement
	var groups []StoryGroup
	if cfg.oneStory {
		if cfg.summaryOnly {
			placed = make([]Placement, len(docs))
			for i := range placed {
				placed[i].CopyOf = -1
			}
		} else {
			placed = stream.copiesOnly(docs)
		}
		all := StoryGroup{members: make([]int, len(docs))}
		for i := range docs {
			all.members[i] = i
		}
		groups = []StoryGroup{all}
	} else {
		placed = stream.addBatch(docs)
		groups = stream.clustering(false).Stories
	}
	// The stories are summarized on all cores, each on its own. A story of
	// empty articles beside others that have text is dropped; so, when
	// several stories were found, is one that holds no topic asked for, and
	// one with nothing new since the time asked for. Without topics or a
	// time, only as many stories as are wanted are summarized.
	byFocus := len(cfg.focus) > 0 && len(groups) > 1
	choosy := byFocus || !cfg.since.IsZero()
	unfocused, stale := 0, 0
	b := &Briefing{Since: cfg.since}
	done := 0
	for done < len(groups) && (cfg.top == 0 || choosy || len(b.Stories) < cfg.top) {
		batch := groups[done:]
		if cfg.top > 0 && !choosy {
			batch = batch[:min(len(batch), cfg.top-len(b.Stories))]
		}
		stories := make([]*Story, len(batch))
		errs := make([]error, len(batch))
		inParallel(len(batch), runtime.GOMAXPROCS(0), func(k int) {
			if errs[k] = ctx.Err(); errs[k] == nil {
				stories[k], errs[k] = summarizeGroup(docs, batch[k].members, placed, method, cfg)
			}
		})
		for k, sg := range batch {
			switch {
			case errors.Is(errs[k], ErrNoText) && len(sg.members) < len(docs):
				continue
			case errs[k] != nil:
				return nil, errs[k]
			case byFocus && !stories[k].focused:
				unfocused++
			case !cfg.since.IsZero() && !stories[k].fresh:
				stale++
			case cfg.top > 0 && len(b.Stories) == cfg.top:
				b.LeftOut++
			default:
				b.Stories = append(b.Stories, *stories[k])
			}
		}
		done += len(batch)
	}
	b.LeftOut += unfocused + stale + len(groups) - done // the smaller stories past the top ones were not summarized
	switch {
	case len(b.Stories) > 0:
	case unfocused > 0:
		return nil, fmt.Errorf("%w: %s", ErrNoFocusedStory, quoteAll(cfg.focus))
	case stale > 0:
		return nil, fmt.Errorf("%w since %s", ErrNothingNew, cfg.since.Format(time.RFC3339))
	}
	if len(b.Stories) == 0 {
		return nil, ErrNoText
	}
	for i := range b.Stories {
		b.Stories[i].ID = storyID(i) // numbered after stories without text are dropped
	}
	return b, nil
}

// summarizeGroup summarizes the story of the given articles (indices into
// docs), where placed says which article each copies.
func summarizeGroup(docs []*Doc, members []int, placed []Placement, method summarize.Method, cfg config) (*Story, error) {
	group := make([]*Doc, len(members))
	copies := make([]int, len(members))
	sims := make([]float64, len(members))
	local := map[int]int{}
	for k, m := range members {
		group[k] = docs[m]
		local[m] = k
		copies[k] = -1
		if of := placed[m].CopyOf; of >= 0 {
			if j, ok := local[of]; ok {
				copies[k], sims[k] = j, placed[m].Similarity
			}
		}
	}
	return summarizeStory(group, copies, sims, method, cfg)
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
	Fragment bool // not a whole sentence: part of a quotation that spans several sentences, or cut off at the end of the text
	Tokens   []text.Token
}

// Analyze cleans an article and splits it into sentences and tokens.
func Analyze(a Article) *Doc {
	d := &Doc{Article: a, Clean: clean.Clean(a.Text)}
	for pi, p := range d.Clean.Paragraphs {
		first := len(d.Sentences)
		for _, sp := range text.Sentences(p) {
			s := p[sp.Start:sp.End]
			toks := text.Tokenize(s)
			if webFurniture(s, toks) {
				d.Clean.Removed = append(d.Clean.Removed, clean.Removal{Text: s, Reason: clean.ReasonWebPage})
				continue
			}
			d.Sentences = append(d.Sentences, DocSentence{Text: s, Para: pi, Tokens: toks})
		}
		markQuotations(d.Sentences[first:])
	}
	if n := len(d.Sentences); n > 1 && cutOff(d.Sentences[n-1].Text) {
		d.Sentences[n-1].Fragment = true
	}
	return d
}

// cutOff reports whether s, the last sentence of an article, stops without
// ending: the page or feed cut it mid-sentence ("…for thousands of
// veterans and their families relying").
func cutOff(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’)]»`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?…:;", r) && text.Words(s) > 3
}

// maxQuoteSentences is the longest run of sentences taken for one quotation;
// a longer run means the marks were misread or unbalanced.
const maxQuoteSentences = 6

// markQuotations marks the sentences of one paragraph that are pieces of a
// quotation running over several sentences, and a sentence that closes a
// quotation opened before the paragraph. Only a quotation that closes
// within the paragraph, after at most maxQuoteSentences sentences, counts: an
// unbalanced mark (a page cut mid-quote, a stray inch sign) marks nothing.
func markQuotations(ss []DocSentence) {
	open, from := 0, -1
	for i := range ss {
		open += quoteDelta(ss[i].Text)
		switch {
		case open < 0 && from < 0:
			ss[i].Fragment = true // the tail of a quotation opened before the paragraph
		case open > 0 && from < 0:
			from = i
		case open <= 0 && from >= 0:
			if i-from < maxQuoteSentences {
				for k := from; k <= i; k++ {
					ss[k].Fragment = true
				}
			}
			from = -1
		}
		open = max(open, 0)
	}
}

// webFurniture reports whether a sentence belongs to the page around the
// article (see clean.IsWebFurniture).
func webFurniture(s string, toks []text.Token) bool {
	for _, t := range toks {
		if clean.IsWebFurnitureWord(t.Norm) {
			return clean.IsWebFurniture(s)
		}
	}
	return false
}

// hasQuoteMark reports whether s holds a quotation mark: straight, curly
// (“ ” ‘ ’) or a backtick. A ’ after a letter or digit is an apostrophe
// ("Iran’s", "players’"), not a mark: a closing ’ after a word has its
// opening ‘. (strings.ContainsAny with a set of multi-byte runes decodes
// every rune of s; this looks at bytes.)
func hasQuoteMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '`':
			return true
		case 0xE2: // “ ” ‘ ’ are E2 80 9C, 9D, 98, 99
			if i+2 < len(s) && s[i+1] == 0x80 {
				switch s[i+2] {
				case 0x98, 0x9C, 0x9D:
					return true
				case 0x99:
					if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
						return true
					}
				}
			}
		}
	}
	return false
}

// Title returns the article's title: the one given with it, else the
// headline the cleaner found.
func (d *Doc) Title() string {
	if d.Article.Title != "" {
		return d.Article.Title
	}
	return d.Clean.Title
}

// tokenArrays are the arrays a story's corpus cuts its sentences' stems,
// stopword flags and terms from, kept between stories: nothing cut from
// them outlives summarizeStory.
type tokenArrays struct {
	stems, content []string
	stops          []bool
}

var tokenArraysPool = sync.Pool{New: func() any { return new(tokenArrays) }}

// grow empties the arrays and makes room for n tokens in each.
func (a *tokenArrays) grow(n int) {
	a.stems, a.content = slices.Grow(a.stems[:0], n), slices.Grow(a.content[:0], n)
	a.stops = slices.Grow(a.stops[:0], n)
}

// summarizeStory summarizes the articles of one story. copies[i] is the
// article that article i copies (found by the stream's MinHash index), or -1,
// with similarity sims[i].
func summarizeStory(docs []*Doc, copies []int, sims []float64, method summarize.Method, cfg config) (*Story, error) {
	c := &summarize.Corpus{Docs: len(docs)}
	// the reader's topics are found in every spelling of the story's names
	var ents []entity.Entity
	var quotes []quote.Quote
	var figs []figure.Figure
	extracted := false
	if len(cfg.focus)+len(cfg.exclude) > 0 {
		ents, quotes, figs = Extract(docs)
		extracted = true
	}
	focus, exclude := topics(cfg.focus, ents), topics(cfg.exclude, ents)
	focused := false // some sentence holds a topic asked for
	type ref struct{ doc, sent int }
	var refs []ref
	// The leftovers of a page whose story did not load are furniture too,
	// unless no article has more to offer.
	leftovers := make([]bool, len(docs))
	loaded := 0
	for di, d := range docs {
		leftovers[di] = d.mostlyFurniture()
		if !leftovers[di] {
			loaded++
		}
	}
	// every sentence's stems, flags and terms are slices of three arrays
	sentences, tokens := 0, 0
	for _, d := range docs {
		sentences += len(d.Sentences)
		for si := range d.Sentences {
			tokens += len(d.Sentences[si].Tokens)
		}
	}
	c.Sentences = make([]summarize.Sentence, 0, sentences)
	refs = make([]ref, 0, sentences)
	arrays := tokenArraysPool.Get().(*tokenArrays)
	defer tokenArraysPool.Put(arrays)
	arrays.grow(tokens)
	stems, stops, content := arrays.stems, arrays.stops, arrays.content // room enough: never reallocated
	for di, d := range docs {
		for si := range d.Sentences {
			s := &d.Sentences[si]
			cs := summarize.Sentence{Doc: di, Pos: si, DocLen: len(d.Sentences), Words: text.Words(s.Text), Bytes: len(s.Text)}
			from, fromContent := len(stems), len(content)
			for _, t := range s.Tokens {
				stems = append(stems, t.Stem)
				stops = append(stops, t.Stop)
				if !t.Stop {
					content = append(content, t.Stem)
				}
			}
			cs.Stems = stems[from:len(stems):len(stems)]
			cs.Stop = stops[from:len(stops):len(stops)]
			if len(content) > fromContent {
				cs.Terms = content[fromContent:len(content):len(content)]
			}
			cs.Quote = hasQuoteMark(s.Text)
			cs.Opening = len(s.Tokens) > 0 && !leansBack(s.Text, s.Tokens, cs.Quote)
			cs.Question = strings.ContainsRune(s.Text, '?')
			cs.Aside = strings.ContainsAny(s.Text, "([")
			focused = focused || holdsAny(focus, cs.Stems)
			if s.Fragment || (leftovers[di] && loaded > 0) || clean.OpensWithTemplate(s.Text) || holdsAny(exclude, cs.Stems) {
				// a piece of a longer quotation, a cut-off sentence, a page's
				// leftovers or a template's box run into the story does not
				// stand alone; nor is a topic the reader excluded chosen
				cs.Words = 0
			}
			c.Sentences = append(c.Sentences, cs)
			refs = append(refs, ref{di, si})
		}
	}
	if len(c.Sentences) == 0 {
		return nil, ErrNoText
	}
	termIDs, words := c.TermNumbers()
	groups := dedup.GroupNumbered(termIDs, words, dedup.DefaultThreshold)
	// by representative: the sentences of its group, in order (each list a
	// slice of one array)
	members := make([][]int, len(groups))
	size := make([]int, len(groups))
	for _, g := range groups {
		size[g]++
	}
	all := make([]int, len(groups))
	for g, k := range size {
		members[g], all = all[:0:k], all[k:]
	}
	for i, g := range groups {
		c.Sentences[i].Group = g
		members[g] = append(members[g], i)
	}
	fresh := true // the story says something new since cfg.since
	if !cfg.since.IsZero() {
		fresh = keepNew(c, docs, members, cfg.since)
	}
	copies, sims = addSentenceCopies(c, docs, copies, sims)
	outlet := copyRoots(copies)
	counted := make([]int, len(docs)) // the last group (+1) that counted each outlet
	for g, ms := range members {
		n := 0
		for _, m := range ms {
			if o := outlet[c.Sentences[m].Doc]; counted[o] != g+1 {
				counted[o] = g + 1
				n++
			}
		}
		for _, m := range ms {
			c.Sentences[m].Support = n // copies count as one outlet
		}
	}

	if len(focus) > 0 {
		method = &summarize.Focus{Method: method, Topics: focus}
	}
	chosen := method.Select(c, cfg.budget)
	texts := make(map[int]string, len(chosen))
	for _, i := range chosen {
		texts[i] = docs[refs[i].doc].Sentences[refs[i].sent].Text
	}
	var score []float64 // the method's scores, when it gives them and they are needed
	if sc, ok := method.(summarize.Scorer); ok && (cfg.truncate || cfg.explain) {
		score = sc.Score(c)
	}
	if cfg.truncate {
		if i, t, ok := truncateFill(c, chosen, cfg.budget, score, func(i int) string {
			return docs[refs[i].doc].Sentences[refs[i].sent].Text
		}); ok {
			chosen = append(chosen, i)
			texts[i] = t
		}
	}
	order := readingOrder(c, chosen, docs)
	var whys []*Why
	if cfg.explain {
		whys = explain(c, method, chosen, order, score)
		for k, i := range order {
			for t, topic := range focus {
				if topic.Holds(c.Sentences[i].Stems) {
					whys[k].Topics = append(whys[k].Topics, cfg.focus[t])
				}
			}
		}
	}

	st := &Story{focused: focused, fresh: fresh}
	var target wordTarget // scratch for supporters
	if !cfg.summaryOnly {
		target.marks = make([]bool, words)
	}
	for k, i := range order {
		r := refs[i]
		sources := []int{r.doc}
		if !cfg.summaryOnly {
			sources = supporters(c, members[c.Sentences[i].Group], i, factTerms(&docs[r.doc].Sentences[r.sent]), &target)
		}
		ids := make([]string, len(sources))
		independent := map[int]bool{}
		for k, d := range sources {
			ids[k] = docs[d].Article.ID
			independent[outlet[d]] = true
		}
		sent := Sentence{Text: texts[i], Sources: ids, Independent: len(independent), From: docs[r.doc].Article.ID}
		if whys != nil {
			sent.Why = whys[k]
			if score != nil {
				sent.Score = score[i]
			}
		}
		st.Summary = append(st.Summary, sent)
		st.Words += text.Words(texts[i])
	}
	for di, d := range docs {
		info := ArticleInfo{ID: d.Article.ID, Source: d.Article.Source, Title: d.Title(), Sentences: len(d.Sentences)}
		for _, p := range d.Clean.Paragraphs {
			info.Words += text.Words(p)
		}
		if copies[di] >= 0 {
			info.CopyOf = docs[copies[di]].Article.ID
			info.CopySimilarity = math.Round(sims[di]*100) / 100
		}
		if cfg.explain {
			info.Removed = d.Clean.Removed
		}
		st.Articles = append(st.Articles, info)
	}
	st.Copies = copyGroups(copies, docs)
	st.Entities, st.Quotes, st.Figures = []entity.Entity{}, []quote.Quote{}, []figure.Figure{}
	if !cfg.summaryOnly {
		if !extracted {
			ents, quotes, figs = Extract(docs)
		}
		st.Entities = append(st.Entities, ents...)
		st.Quotes = append(st.Quotes, quotes...)
		st.Figures = append(st.Figures, figs...)
		for k := range st.Summary {
			st.Summary[k].Later = laterReports(&st.Summary[k], figs)
		}
	}
	// a headline that names a topic the reader excluded is not the title
	titles := func(t string) bool { return t != "" && (len(exclude) == 0 || !holdsAny(exclude, phraseStems(t))) }
	if len(order) > 0 {
		if t := docs[refs[order[0]].doc].Title(); titles(t) {
			st.Title = t
		}
	}
	if st.Title == "" {
		// another article's headline, when the story's articles tell what
		// it names
		for di, d := range docs {
			if t := d.Title(); titles(t) && toldByOthers(t, c, di) {
				st.Title = t
				break
			}
		}
	}
	if st.Title == "" && len(order) > 0 {
		// no article has a title: the summary's opening sentence says what
		// the story is about better than any one article's first sentence
		st.Title = cutText(texts[order[0]], 12, -1)
	}
	return st, nil
}

// toldByOthers reports whether the story's articles other than doc tell what
// a headline names: more than half of its content words are each held by
// at least half of them. "Kerry open to US-Iran cooperation on Iraq" is
// told by the other reports of the talks; "NATIONAL FORECAST", a weather
// page filed with a story of meteors, is not ("forecast" is in a third of
// them).
func toldByOthers(headline string, c *summarize.Corpus, doc int) bool {
	if c.Docs < 2 {
		return true
	}
	holders := map[string]map[int]bool{}
	for _, t := range text.Tokenize(headline) {
		if !t.Stop {
			holders[t.Stem] = map[int]bool{}
		}
	}
	for _, s := range c.Sentences {
		if s.Doc == doc {
			continue
		}
		for _, w := range s.Stems {
			if h, ok := holders[w]; ok {
				h[s.Doc] = true
			}
		}
	}
	told := 0
	for _, h := range holders {
		if 2*len(h) >= c.Docs-1 {
			told++
		}
	}
	return 2*told > len(holders)
}

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

// topics turns the reader's phrases into topics: a phrase's stems, and
// when the phrase is one of the ways the story writes a name, every other
// way too.
func topics(phrases []string, ents []entity.Entity) []summarize.Topic {
	var out []summarize.Topic
	for _, p := range phrases {
		stems := phraseStems(p)
		t := summarize.Topic{stems}
		for _, e := range ents {
			spellings := append([]string{e.Name}, e.Variants...)
			if !slices.ContainsFunc(spellings, func(v string) bool { return slices.Equal(phraseStems(v), stems) }) {
				continue
			}
			for _, v := range spellings {
				if vs := phraseStems(v); len(vs) > 0 && !slices.ContainsFunc(t, func(have []string) bool { return slices.Equal(have, vs) }) {
					t = append(t, vs)
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// phraseStems is the stems of p's words, in order.
func phraseStems(p string) []string {
	toks := text.Tokenize(p)
	stems := make([]string, len(toks))
	for i, t := range toks {
		stems[i] = t.Stem
	}
	return stems
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

// quoteAll returns the phrases quoted and separated by commas.
func quoteAll(phrases []string) string {
	q := make([]string, len(phrases))
	for i, p := range phrases {
		q[i] = strconv.Quote(p)
	}
	return strings.Join(q, ", ")
}

// holdsAny reports whether stems hold one of the topics.
func holdsAny(ts []summarize.Topic, stems []string) bool {
	for _, t := range ts {
		if t.Holds(stems) {
			return true
		}
	}
	return false
}

// Extract finds the entities, quotes and figures of one story's articles.
//
// The rules that find them read English: in a story whose words are mostly
// not English (fewer than one in eight of its words an English function
// word, where English prose has one in three or more), capitalized nouns
// would pass for names ("Montag", "Inflation"), so it gets none.
func Extract(docs []*Doc) ([]entity.Entity, []quote.Quote, []figure.Figure) {
	if !mostlyEnglish(docs) {
		return nil, nil, nil
	}
	eds := make([]entity.Doc, len(docs))
	for i, d := range docs {
		eds[i] = entity.Doc{ID: d.Article.ID, Sentences: make([]entity.Sentence, len(d.Sentences))}
		for k, s := range d.Sentences {
			eds[i].Sentences[k] = entity.Sentence{Text: s.Text, Para: s.Para, Tokens: s.Tokens}
		}
	}
	set := entity.Extract(eds)
	ents := make([]entity.Entity, len(set.Entities))
	for i, e := range set.Entities {
		ents[i] = *e
	}
	figs := figure.Extract(eds, set)
	published := map[string]time.Time{}
	for _, d := range docs {
		if _, seen := published[d.Article.ID]; !seen {
			published[d.Article.ID] = d.Article.Published
		}
	}
	figure.Order(figs, func(id string) time.Time { return published[id] })
	return ents, quote.Extract(eds, set), figs
}

// mostlyEnglish reports whether at least one word in eight of the story is
// an English function word.
func mostlyEnglish(docs []*Doc) bool {
	words, stops := 0, 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, t := range s.Tokens {
				words++
				if t.Stop {
					stops++
				}
			}
		}
	}
	return 8*stops >= words
}

// truncateFill picks the best unchosen candidate (highest score, when the
// method gives scores; then earliest in its article, then most supported)
// that is not redundant with the chosen ones and cuts it to the room the
// budget leaves. It reports false when no room or candidate is left.
func truncateFill(c *summarize.Corpus, chosen []int, b summarize.Budget, score []float64, textOf func(int) string) (int, string, bool) {
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
	// candidates in order of preference: highest score, earliest in its
	// article, most supported
	var cands []int
	for i := range c.Sentences {
		if s := &c.Sentences[i]; !in[i] && c.Candidate(i) && s.Words >= 4 {
			cands = append(cands, i)
		}
	}
	summarize.SortByPreference(c, cands, score)
	for _, i := range cands {
		t := cutText(textOf(i), roomWords, roomBytes)
		if text.Words(t) < minFillWords {
			return 0, "", false // the room left is too small for a readable piece
		}
		// the piece, not the whole sentence, must not repeat what is chosen
		var terms []string
		for _, tk := range text.Tokenize(t) {
			if !tk.Stop {
				terms = append(terms, tk.Stem)
			}
		}
		redundant := len(terms) == 0
		for _, j := range chosen {
			if redundant || summarize.Redundant(terms, c.Sentences[j].Terms) {
				redundant = true
				break
			}
		}
		if !redundant {
			return i, t, true
		}
	}
	return 0, "", false
}

// minFillWords is the shortest cut sentence truncateFill adds.
const minFillWords = 1

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

// explain says why the method chose each sentence of order (the chosen
// ones, as they will be read): its place among the method's choices, its
// rank by the method's score among the candidates (score, when the method
// gives one), and what lifts that score most (when the method can say).
func explain(c *summarize.Corpus, method summarize.Method, chosen, order []int, score []float64) []*Why {
	out := make([]*Why, len(order))
	choice := make(map[int]int, len(chosen))
	for k, i := range chosen {
		choice[i] = k + 1
	}
	var reasons [][]summarize.Reason
	if ex, ok := method.(summarize.Explainer); ok {
		reasons = ex.Explain(c, order)
	}
	for k, i := range order {
		w := &Why{Choice: choice[i]}
		if score != nil {
			w.Rank = 1
			for j := range c.Sentences {
				if c.Candidate(j) {
					w.Of++
					if score[j] > score[i] {
						w.Rank++
					}
				}
			}
		}
		if reasons != nil {
			w.Reasons = reasons[k]
		}
		out[k] = w
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

// danglers are words that, opening a sentence, point back to something the
// reader has not been told.
var danglers = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "this": true, "these": true, "those": true, "that": true,
	"his": true, "her": true, "its": true, "their": true, "him": true, "them": true, "but": true, "however": true,
	"and": true, "also": true, "meanwhile": true, "yet": true, "so": true, "still": true, "then": true,
	"such": true, "both": true, "another": true, "there": true, "thus": true, "instead": true, "moreover": true,
	"furthermore": true, "nevertheless": true, "nonetheless": true, "or": true, "nor": true, "besides": true,
}

// quoteByte marks the bytes quoteDelta looks at: typewriter marks, straight
// double quotes, and the lead byte of the curly ones.
var quoteByte = [256]bool{'`': true, '\'': true, '"': true, 0xE2: true}

// quoteDelta is the number of quotations s opens minus those it closes:
// curly quotes and typewriter pairs (two backquotes open, two apostrophes
// close, as newswire archives write them) by direction, straight double
// quotes by parity (an odd count opens one when it starts a word, closes
// one otherwise).
func quoteDelta(s string) int {
	d, straight, lastStraight := 0, 0, -1
	for i := 0; i < len(s); i++ {
		for i < len(s) && !quoteByte[s[i]] {
			i++ // most bytes open or close nothing
		}
		if i == len(s) {
			break
		}
		switch s[i] {
		case '`':
			if i+1 < len(s) && s[i+1] == '`' {
				d++
				i++
			}
		case '\'':
			if i+1 < len(s) && s[i+1] == '\'' {
				d--
				i++
			}
		case '"':
			straight++
			lastStraight = i
		case 0xE2: // “ and ” are E2 80 9C and E2 80 9D
			if i+2 < len(s) && s[i+1] == 0x80 {
				switch s[i+2] {
				case 0x9C:
					d++
				case 0x9D:
					d--
				}
			}
		}
	}
	return d + straightDelta(s, straight, lastStraight)
}

// straightDelta is what s's straight double quotes, n of them with the last
// at offset last, open (1) or close (-1): an odd count opens one when the
// last starts a word, closes one otherwise.
func straightDelta(s string, n, last int) int {
	switch {
	case n%2 == 0:
		return 0
	case last == 0 || s[last-1] == ' ' || s[last-1] == '(':
		return 1
	}
	return -1
}

// Dangling reports whether sentence s starts with an unresolved reference
// ("But he stressed…", "It has…", "They…").
// leansBack reports whether a sentence cannot be read without the one
// before it: it opens with a word that points back ("But he…", danglers), or
// with a time counted from something told before ("Seconds later, …",
// "Hours afterward, …"), or its quotation's speaker is only a pronoun
// ("…,” he said.").
func leansBack(s string, toks []text.Token, quoted bool) bool {
	if len(toks) == 0 {
		return false
	}
	if danglers[toks[0].Norm] {
		return true
	}
	for k := 1; k < len(toks) && k <= 3; k++ {
		if n := toks[k].Norm; (n == "later" || n == "afterward" || n == "afterwards") && strings.HasPrefix(s[toks[k].End:], ",") {
			return true
		}
	}
	if !quoted {
		return false
	}
	for k := 0; k+1 < len(toks); k++ {
		a, b := toks[k].Norm, toks[k+1].Norm
		if pronounSpeakers[a] && speechVerbs[b] || speechVerbs[a] && pronounSpeakers[b] && k > 0 {
			return true
		}
	}
	return false
}

// pronounSpeakers and speechVerbs make a quotation's speaker unknown to a
// reader who starts there: "he said", "said she".
var (
	pronounSpeakers = map[string]bool{"he": true, "she": true, "they": true}
	speechVerbs     = map[string]bool{"said": true, "says": true, "added": true, "adds": true, "told": true, "asked": true, "continued": true, "explained": true, "noted": true, "recalled": true, "insisted": true, "declared": true, "wrote": true, "writes": true}
)

func Dangling(s string) bool {
	toks := text.Tokenize(s)
	if len(toks) == 0 {
		return false
	}
	return danglers[toks[0].Norm]
}
