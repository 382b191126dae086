package precis

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/precis-news/precis/clean"
	"github.com/precis-news/precis/dedup"
	"github.com/precis-news/precis/headline"
	"github.com/precis-news/precis/summarize"
	"github.com/precis-news/precis/text"
)

// storyCorpus is one story's sentences as the summarizer sees them, with
// where each stands among the articles.
type storyCorpus struct {
	*summarize.Corpus
	docs []*Doc
	refs []sentenceRef // each sentence's article and place in it
	// the groups of sentences that say one thing, by representative: the
	// sentences of each, in order (each list a slice of one array)
	members [][]int
	terms   int   // how many distinct terms the story has (set with members)
	cutOffs []int // the sentences pages cut off, for filling a budget exactly
	focused bool  // some sentence holds a topic asked for
}

// sentenceRef is where a sentence of a story stands: its article and its
// place there.
type sentenceRef struct{ doc, sent int }

// text returns sentence i's text.
func (sc *storyCorpus) text(i int) string {
	r := sc.refs[i]
	return sc.docs[r.doc].Sentences[r.sent].Text
}

// newStoryCorpus builds the summarizer's view of the articles' sentences:
// their stems and terms (slices of arrays), their flags, and which of them
// cannot be chosen. truncate keeps the sentences pages cut off, to fill a
// budget exactly.
func newStoryCorpus(docs []*Doc, arrays *tokenArrays, focus, exclude []summarize.Topic, truncate bool) *storyCorpus {
	c := &summarize.Corpus{Docs: len(docs)}
	sc := &storyCorpus{Corpus: c, docs: docs}
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
	sc.refs = make([]sentenceRef, 0, sentences)
	arrays.grow(tokens)
	stems, stops, content := arrays.stems, arrays.stops, arrays.content // room enough: never reallocated
	// tokens that are English function words (see mostlyEnglish); words and
	// sentences of two words or more that can be chosen
	english, spoken, said := 0, 0, 0
	for di, d := range docs {
		for si := range d.Sentences {
			s := &d.Sentences[si]
			cs := summarize.Sentence{Doc: di, Pos: si, DocLen: len(d.Sentences), Words: text.Words(s.Text), Bytes: len(s.Text)}
			from, fromContent := len(stems), len(content)
			pictured := false // a word a caption holds (clean.CaptionStem)
			yearAt := -1      // where the last year stands (clean.YearStem)
			for _, t := range s.Tokens {
				stems = append(stems, t.Stem)
				stops = append(stops, t.Stop)
				if !t.Stop {
					content = append(content, t.Stem)
					pictured = pictured || clean.CaptionStem(t.Stem)
					if clean.YearStem(t.Stem) {
						yearAt = t.Start
					}
				} else if s.Text[t.Start] < utf8.RuneSelf {
					english++
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
			cs.Complete = complete(s.Text)
			sc.focused = sc.focused || holdsAny(focus, cs.Stems)
			// a piece of a longer quotation, a cut-off sentence, a page's
			// leftovers, a template's box run into the story, a line
			// holding a link, a photo's caption, a bracketed aside or the
			// writer's biography over or under an article does not stand
			// alone; nor is a topic the reader excluded chosen
			excluded := (leftovers[di] && loaded > 0) || clean.OpensWithTemplate(s.Text) || clean.HoldsLink(s.Text) || clean.IsAside(s.Text) || (pictured || yearAt >= 0 && len(s.Text)-yearAt <= clean.SceneTail) && clean.IsCaption(s.Text) ||
				(si < 2 || si >= len(d.Sentences)-3) && clean.IsAuthorBio(s.Text) || holdsAny(exclude, cs.Stems)
			if s.Fragment || excluded {
				if truncate && !excluded && si == len(d.Sentences)-1 && si > 0 && cutOff(s.Text) {
					sc.cutOffs = append(sc.cutOffs, len(c.Sentences))
				}
				cs.Words = 0
			}
			if cs.Words >= 2 {
				spoken += cs.Words
				said++
			}
			c.Sentences = append(c.Sentences, cs)
			sc.refs = append(sc.refs, sentenceRef{di, si})
		}
	}
	if !english8(english, tokens) && said > 0 {
		c.WordScale = min(1, float64(spoken)/float64(said)/englishSentence)
	}
	return sc
}

// groupRepeats groups the sentences that say one thing (near-duplicates by
// their terms), and sets each sentence's Group, the members of each and
// the story's count of distinct terms.
func (sc *storyCorpus) groupRepeats() {
	termIDs, terms := sc.TermNumbers()
	sc.terms = terms
	groups := dedup.GroupNumbered(termIDs, terms, dedup.DefaultThreshold)
	sc.members = make([][]int, len(groups))
	size := make([]int, len(groups))
	for _, g := range groups {
		size[g]++
	}
	all := make([]int, len(groups))
	for g, k := range size {
		sc.members[g], all = all[:0:k], all[k:]
	}
	for i, g := range groups {
		sc.Sentences[i].Group = g
		sc.members[g] = append(sc.members[g], i)
	}
}

// countSupport sets each sentence's Support: the outlets whose articles
// say it, where outlet[d] is the original that article d copies (or d), so
// that copies count as one outlet.
func (sc *storyCorpus) countSupport(outlet []int) {
	counted := make([]int, len(sc.docs)) // the last group (+1) that counted each outlet
	for g, ms := range sc.members {
		n := 0
		for _, m := range ms {
			if o := outlet[sc.Sentences[m].Doc]; counted[o] != g+1 {
				counted[o] = g + 1
				n++
			}
		}
		for _, m := range ms {
			sc.Sentences[m].Support = n
		}
	}
}

// choice is a story's summary as chosen: the sentences, their texts (a
// sentence that fills the budget may be shortened), their reading order,
// and, when asked for, the method's scores and the reasons for each.
type choice struct {
	chosen, order []int
	texts         map[int]string
	score         []float64 // the method's scores, when it gives them and they are needed
	whys          []*Why
}

// choose selects the summary's sentences with method, fills the budget
// exactly when cfg.truncate asks, puts them in reading order and explains
// them when cfg.explain asks.
func (sc *storyCorpus) choose(method summarize.Method, cfg config, focus []summarize.Topic) choice {
	ch := choice{chosen: method.Select(sc.Corpus, cfg.budget)}
	ch.texts = make(map[int]string, len(ch.chosen))
	for _, i := range ch.chosen {
		ch.texts[i] = sc.text(i)
	}
	if scorer, ok := method.(summarize.Scorer); ok && (cfg.truncate || cfg.explain) {
		ch.score = scorer.Score(sc.Corpus)
	}
	if cfg.truncate {
		if i, t, ok := truncateFill(sc.Corpus, ch.chosen, cfg.budget, ch.score, sc.text); ok {
			ch.chosen = append(ch.chosen, i)
			ch.texts[i] = t
		} else {
			ch.chosen = fillCutOff(sc.Corpus, ch.chosen, cfg.budget, sc.cutOffs, sc.text, ch.texts)
		}
	}
	ch.order = readingOrder(sc.Corpus, ch.chosen, sc.docs)
	if cfg.explain {
		ch.whys = explain(sc.Corpus, method, ch.chosen, ch.order, ch.score)
		for k, i := range ch.order {
			for t, topic := range focus {
				if topic.Holds(sc.Sentences[i].Stems) {
					ch.whys[k].Topics = append(ch.whys[k].Topics, cfg.focus[t])
				}
			}
		}
	}
	return ch
}

// writeSummary writes the chosen sentences into st.Summary in reading
// order, each with the articles that support it (only its own with
// summaryOnly) and how many independent outlets those are.
func (sc *storyCorpus) writeSummary(st *Story, ch choice, outlet []int, summaryOnly bool) {
	var target wordTarget // scratch for supporters
	if !summaryOnly {
		target.marks = make([]bool, sc.terms)
	}
	for k, i := range ch.order {
		r := sc.refs[i]
		sources := []int{r.doc}
		if !summaryOnly {
			sources = supporters(sc.Corpus, sc.members[sc.Sentences[i].Group], i, factTerms(&sc.docs[r.doc].Sentences[r.sent]), &target)
		}
		ids := make([]string, len(sources))
		independent := map[int]bool{}
		for k, d := range sources {
			ids[k] = sc.docs[d].Article.ID
			independent[outlet[d]] = true
		}
		sent := Sentence{Text: ch.texts[i], Sources: ids, Independent: len(independent), From: sc.docs[r.doc].Article.ID}
		if ch.whys != nil {
			sent.Why = ch.whys[k]
			if ch.score != nil {
				sent.Score = ch.score[i]
			}
		}
		st.Summary = append(st.Summary, sent)
		st.Words += text.Words(ch.texts[i])
	}
}

// articleInfos describes each article of a story: its id, outlet, title,
// length, the article it copies and, with explain, what cleaning removed.
func articleInfos(docs []*Doc, copies []int, sims []float64, explain bool) []ArticleInfo {
	var infos []ArticleInfo
	for di, d := range docs {
		info := ArticleInfo{ID: d.Article.ID, Source: d.Source(), Title: d.Title(), Sentences: len(d.Sentences)}
		for _, p := range d.Clean.Paragraphs {
			info.Words += text.Words(p)
		}
		if copies[di] >= 0 {
			info.CopyOf = docs[copies[di]].Article.ID
			info.CopySimilarity = math.Round(sims[di]*100) / 100
		}
		if explain {
			info.Removed = d.Clean.Removed
		}
		infos = append(infos, info)
	}
	return infos
}

// title titles the story: the headline of the article the summary opens
// with; else another article's headline, when the story's articles tell
// what it names; else the summary's opening sentence, trimmed to a
// headline. A headline that names a topic the reader excluded is not the
// title.
func (sc *storyCorpus) title(ch choice, exclude []summarize.Topic) string {
	titles := func(t string) bool { return t != "" && (len(exclude) == 0 || !holdsAny(exclude, phraseStems(t))) }
	if len(ch.order) > 0 {
		if t := sc.docs[sc.refs[ch.order[0]].doc].Title(); titles(t) {
			return t
		}
	}
	for di, d := range sc.docs {
		if t := d.Title(); titles(t) && toldByOthers(t, sc.Corpus, di) {
			return t
		}
	}
	// no article has a title: the summary's opening sentence, trimmed to a
	// headline, says what the story is about better than any one article's
	// first sentence; when its title cannot stand on its own (it opens with
	// a pronoun that points back, "We never thought…"), one of the next two
	// does
	first := ""
	for i, k := range ch.order[:min(len(ch.order), titleTries)] {
		t, whole := headline.Title(ch.texts[k], 12)
		if whole {
			return t
		}
		if i == 0 {
			first = t
		}
	}
	return first
}

// titleTries is how many of a summary's sentences may title its story.
const titleTries = 3
