package precis

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

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
// marked with "…". When no whole sentence is left, a word budget is filled
// with the sentences pages cut off at their articles' ends, in order of
// position, each marked "…". Scorers that truncate summaries (ROUGE -l, -b)
// see the same text either way.
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
	// empty articles beside others that have text is dropped (its articles
	// listed in NoText); so, when
	// several stories were found, is one that holds no topic asked for, and
	// one with nothing new since the time asked for. Without topics or a
	// time, only as many stories as are wanted are summarized.
	byFocus := len(cfg.focus) > 0 && len(groups) > 1
	choosy := byFocus || !cfg.since.IsZero()
	unfocused, stale := 0, 0
	var noText []int // the articles of stories with nothing to read
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
				noText = append(noText, sg.members...)
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
	slices.Sort(noText)
	for _, m := range noText {
		b.NoText = append(b.NoText, docs[m].Article.ID)
	}
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

	// the sentences, and the groups of those that say one thing
	arrays := tokenArraysPool.Get().(*tokenArrays)
	defer tokenArraysPool.Put(arrays)
	sc := newStoryCorpus(docs, arrays, focus, exclude, cfg.truncate)
	if len(sc.Sentences) == 0 {
		return nil, ErrNoText
	}
	sc.groupRepeats()
	dropTeasers(sc.Corpus, sc.text)
	fresh := true // the story says something new since cfg.since
	if !cfg.since.IsZero() {
		fresh = keepNew(sc.Corpus, docs, sc.members, cfg.since)
	}
	copies, sims = addSentenceCopies(sc.Corpus, docs, copies, sims)
	outlet := copyRoots(copies)
	sc.countSupport(outlet)

	// the summary, its sentences in reading order with their outlets
	if len(focus) > 0 {
		method = &summarize.Focus{Method: method, Topics: focus}
	}
	ch := sc.choose(method, cfg, focus)
	st := &Story{focused: sc.focused, fresh: fresh, Summary: []Sentence{}} // [] in JSON when nothing is chosen, never null
	sc.writeSummary(st, ch, outlet, cfg.summaryOnly)
	st.Articles = articleInfos(docs, copies, sims, cfg.explain)
	st.Copies = copyGroups(copies, docs)

	// who, what they said, the figures
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
	st.Title = sc.title(ch, exclude)
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
// an English function word (not a Chinese or Japanese one: see
// text.IsStopword).
func mostlyEnglish(docs []*Doc) bool {
	words, stops := 0, 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, t := range s.Tokens {
				words++
				if t.Stop && s.Text[t.Start] < utf8.RuneSelf {
					stops++
				}
			}
		}
	}
	return english8(stops, words)
}

// english8 reports whether stops English function words among words are
// English prose's share or near it: one in eight (English has one in three).
func english8(stops, words int) bool { return 8*stops >= words }

// englishSentence is the mean words of an English news sentence of two
// words or more (DUC 2003: 24; Multi-News: 22). A story in another language
// whose sentences are shorter (Korean, Russian) writes a thought in fewer
// words, and its shortest sentence worth choosing is as much shorter
// (summarize.Corpus.WordScale).
const englishSentence = 22.0
