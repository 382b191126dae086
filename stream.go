package precis

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/clean"
	"github.com/precis-news/precis/cluster"
	"github.com/precis-news/precis/dedup"
	"github.com/precis-news/precis/headline"
	"github.com/precis-news/precis/text"
)

// Stream sorts articles into stories as they arrive, and finds the ones that
// are copies of an earlier article. Each Add is incremental, with no rebuild:
// it looks only at the earlier articles that share its less common words
// (about a millisecond with 100,000 articles filed: BenchmarkAddTo100k), and
// the result depends only on the articles and their order.
type Stream struct {
	clusters *cluster.Clusterer
	copies   *dedup.Copies
	ids      []string
	titles   []articleTitle
	// scratch for the article at hand: its words for the copy index and its
	// terms for the clusterer, neither of which keeps them
	words []string
	terms []cluster.Term
}

// NewStream returns an empty stream with precis's default settings.
func NewStream() *Stream {
	return NewStreamWith(cluster.DefaultOptions)
}

// NewStreamWith returns an empty stream that clusters with the given options.
func NewStreamWith(opt cluster.Options) *Stream {
	return &Stream{clusters: cluster.New(opt), copies: dedup.NewCopies(dedup.CopyThreshold)}
}

// Placement is where Stream.Add filed an article.
type Placement struct {
	Story      int     // story number when filed, from 0 in order of creation (a later split may move it: Stream.Story)
	CopyOf     int     // article number of the earlier article it copies, or -1
	Similarity float64 // estimated word 3-shingle Jaccard similarity to CopyOf
}

// Add analyzes an article and files it.
func (s *Stream) Add(a Article) Placement { return s.AddDoc(Analyze(a)) }

// AddDoc files an article already analyzed.
func (s *Stream) AddDoc(d *Doc) Placement {
	of, sim := s.addCopy(d)
	cd := d.clusterDoc(s.terms)
	st := s.clusters.Add(cd)
	s.terms = cd.Terms
	s.ids = append(s.ids, d.Article.ID)
	s.titles = append(s.titles, d.displayTitle())
	return Placement{Story: st, CopyOf: of, Similarity: sim}
}

// addCopy files the article's words in the copy index.
func (s *Stream) addCopy(d *Doc) (of int, sim float64) {
	n := 0
	for _, sent := range d.Sentences {
		n += len(sent.Tokens)
	}
	words := slices.Grow(s.words[:0], n)
	for _, sent := range d.Sentences {
		for _, t := range sent.Tokens {
			words = append(words, t.Norm)
		}
	}
	_, of, sim = s.copies.Add(words)
	s.words = words
	return of, sim
}

// copiesOnly finds the copies among articles known to be one story, without
// clustering them.
func (s *Stream) copiesOnly(docs []*Doc) []Placement {
	out := make([]Placement, len(docs))
	for i, d := range docs {
		out[i].CopyOf, out[i].Similarity = s.addCopy(d)
	}
	return out
}

// displayTitle returns the article's title or, when it has none, its first
// sentence that could open a story (leadable) trimmed to a headline of
// about twelve words. A page whose story did not load has none when that
// sentence is under featureLead words: it is a label the furniture left
// ("Learn more", "Get digital access").
func (d *Doc) displayTitle() articleTitle {
	if t := d.Title(); t != "" {
		return articleTitle{text: t, titled: true, empty: len(d.Sentences) == 0}
	}
	k := slices.IndexFunc(d.Sentences, leadable)
	if k < 0 {
		return articleTitle{empty: len(d.Sentences) == 0}
	}
	first := d.Sentences[k]
	lead := text.Words(first.Text)
	if lead < featureLead && d.mostlyFurniture() {
		return articleTitle{empty: true}
	}
	title, whole := headline.Title(first.Text, 12)
	leans := !whole || danglers[first.Tokens[0].Norm] && first.Tokens[0].Norm != "there" // "There are…" points at nothing
	return articleTitle{text: title, lead: lead, leans: leans}
}

// leadable reports whether a sentence could title the story it opens: it
// has a word in it (it is no rule of dots), and it is none of what the
// summary passes over at an article's start, a template's box ("Editor's
// note: …"), a line holding a link, a photo's caption, a bracketed aside
// or the writer's biography.
func leadable(s DocSentence) bool {
	return len(s.Tokens) > 0 && !clean.OpensWithTemplate(s.Text) && !clean.HoldsLink(s.Text) && !clean.IsAside(s.Text) &&
		!clean.IsCaption(s.Text) && !clean.IsAuthorBio(s.Text)
}

// articleTitle is an article's title (titled), or its first sentence
// trimmed when it has none (lead: that sentence's words; leans: it opens
// with a word that points back, "It plowed over 17 islands…", as a
// feature's second paragraph or a follow-up does, or its title does once
// trimmed, "“We never thought…”").
type articleTitle struct {
	text   string
	titled bool
	lead   int
	leans  bool
	empty  bool // no story text once page furniture is cut: no sentence, or a label the furniture left
}

// featureLead is the fewest words of a first sentence that titles a story
// before another article's headline does.
const featureLead = 8

// storyTitle names a story by the title of its most typical article (the
// closest to the story's centroid), passing over first sentences of fewer
// than 8 words ("Chicken Little would love this one."), which open
// features, not reports, and first sentences that point back to what the
// reader has not been told ("It plowed over…"); else by its first article
// with a title.
func (s *Stream) storyTitle(members []int) string {
	for _, m := range s.clusters.Typical(members) {
		if t := s.titles[m]; t.text != "" && (t.titled || t.lead >= featureLead && !t.leans) {
			return t.text
		}
	}
	for _, m := range members {
		if t := s.titles[m]; t.text != "" {
			return t.text
		}
	}
	return ""
}

// Len returns the number of articles added, removed ones included.
func (s *Stream) Len() int { return len(s.ids) }

// Story returns the story the i-th article added is in now: the story it
// was filed in unless that story has since been split in two, or -1 once the
// article is removed.
func (s *Stream) Story(i int) int { return s.clusters.Story(i) }

// Remove takes the i-th article added out of the stream and reports whether
// it was there to take out (false for a number never given, or an article
// already removed). It leaves its story, whose centroid and time span are
// recomputed from the story's other articles, the document frequencies and
// the copy index, so that no later article joins a story through it or is
// found to copy it, and Clustering no longer lists it. What it did while it
// was filed stays: the articles placed beside it keep their stories. Its
// number stays taken; most of its memory is freed.
func (s *Stream) Remove(i int) bool { return s.remove([]int{i}) == 1 }

// Forget removes every article published before t, as Remove does, and
// returns how many it removed. A stream that files a feed for days forgets
// what is older than the stories its readers follow, so that its memory
// and its stories are those of a window, not of everything it has read.
// Undated articles are not forgotten (Remove takes them out). It looks at
// every article added once.
func (s *Stream) Forget(before time.Time) int {
	var old []int
	for i := range s.ids {
		if s.clusters.Story(i) >= 0 {
			if t := s.clusters.Time(i); !t.IsZero() && t.Before(before) {
				old = append(old, i)
			}
		}
	}
	return s.remove(old)
}

// remove takes the given articles out of the clusterer (each of their
// stories recomputed once) and, those it took out, out of the copy index,
// freeing their ids and titles.
func (s *Stream) remove(items []int) int {
	n := s.clusters.Remove(items...)
	for _, i := range items {
		if i >= 0 && i < len(s.ids) && s.clusters.Story(i) < 0 {
			s.copies.Remove(i)
			s.ids[i], s.titles[i] = "", articleTitle{}
		}
	}
	return n
}

// Clustering is the stories of a set of articles, as `precis cluster` prints them.
type Clustering struct {
	Stories []StoryGroup `json:"stories"`
	// LeftOut is the number of stories found but not listed (see Top and
	// Since).
	LeftOut int `json:"left_out,omitempty"`
}

// Top keeps the n largest stories (stories come largest first) and counts
// the others in LeftOut. n = 0 keeps every story.
func (c *Clustering) Top(n int) {
	if n > 0 && len(c.Stories) > n {
		c.LeftOut += len(c.Stories) - n
		c.Stories = c.Stories[:n]
	}
}

// Since keeps the stories that have an article published at or after t,
// the stories still developing, and counts the others in LeftOut. Articles
// are matched to their times by id (articles is the clustered input). It
// returns an error when no article has a time, and ErrNothingNew when no
// story has an article that recent. Stories keep their ids.
func (c *Clustering) Since(t time.Time, articles []Article) error {
	latest := map[string]time.Time{} // dated articles only: an id not here is before t
	for _, a := range articles {
		if a.Published.After(latest[a.ID]) {
			latest[a.ID] = a.Published
		}
	}
	if len(latest) == 0 {
		return fmt.Errorf("stories since %s: no article has a published time", t.Format(time.RFC3339))
	}
	kept := c.Stories[:0]
	for _, st := range c.Stories {
		if slices.ContainsFunc(st.Articles, func(id string) bool { return !latest[id].Before(t) }) {
			kept = append(kept, st)
		} else {
			c.LeftOut++
		}
	}
	c.Stories = kept
	if len(kept) == 0 {
		return fmt.Errorf("%w since %s", ErrNothingNew, t.Format(time.RFC3339))
	}
	return nil
}

// StoryGroup is one story: its articles by id and the groups of articles
// among them that are copies of one another.
type StoryGroup struct {
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	Articles []string   `json:"articles"`
	Copies   [][]string `json:"copies"`
	// NoText is set when none of the story's articles holds story text once
	// page furniture is cut (no sentence, or only a label the furniture
	// left: "Learn more"): pages whose story did not load, empty files.
	NoText  bool `json:"no_text,omitempty"`
	members []int
}

// Clustering returns the stories so far, largest first (ties: the one whose
// first article came first), numbered s1, s2, ….
func (s *Stream) Clustering() *Clustering { return s.clustering(true) }

// clustering is Clustering, with the stories' titles only when titled (a
// briefing titles its stories by what it summarizes).
func (s *Stream) clustering(titled bool) *Clustering {
	groups := storyOrder(s.clusters.Stories())
	out := &Clustering{Stories: make([]StoryGroup, len(groups))}
	storyOf := make([]int, len(s.ids)) // -1: removed
	for i := range storyOf {
		storyOf[i] = -1
	}
	for k, members := range groups {
		sg := &out.Stories[k]
		*sg = StoryGroup{ID: storyID(k), Articles: make([]string, len(members)), Copies: [][]string{}, members: members}
		if titled {
			sg.Title = s.storyTitle(members)
		}
		sg.NoText = !slices.ContainsFunc(members, func(m int) bool { return !s.titles[m].empty })
		for i, m := range members {
			sg.Articles[i] = s.ids[m]
			storyOf[m] = k
		}
	}
	for _, g := range s.copies.Groups() {
		byStory := map[int][]string{}
		var order []int
		for _, m := range g {
			k := storyOf[m]
			if k < 0 {
				continue
			}
			if byStory[k] == nil {
				order = append(order, k)
			}
			byStory[k] = append(byStory[k], s.ids[m])
		}
		for _, k := range order {
			if len(byStory[k]) > 1 {
				out.Stories[k].Copies = append(out.Stories[k].Copies, byStory[k])
			}
		}
	}
	return out
}

// storyOrder drops empty stories and sorts the rest largest first, then by
// first article.
func storyOrder(stories [][]int) [][]int {
	var out [][]int
	for _, s := range stories {
		if len(s) > 0 {
			out = append(out, s)
		}
	}
	for i := 1; i < len(out); i++ { // insertion sort: stable and small
		for j := i; j > 0 && (len(out[j]) > len(out[j-1]) || len(out[j]) == len(out[j-1]) && out[j][0] < out[j-1][0]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func storyID(k int) string { return "s" + itoa(k+1) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Cluster sorts articles into stories and finds copies among them.
func Cluster(ctx context.Context, articles []Article) (*Clustering, error) {
	s := NewStream()
	if _, err := s.AddAll(ctx, articles); err != nil {
		return nil, err
	}
	return s.Clustering(), nil
}

// addBatch files analyzed articles as AddAll does.
func (s *Stream) addBatch(docs []*Doc) []Placement {
	tokens := 0
	for _, d := range docs {
		for _, sent := range d.Sentences {
			tokens += len(sent.Tokens)
		}
	}
	// a story's distinct content stems are about one token in five (551 of
	// 2,551 in the bundled example); a large batch's, far fewer
	s.clusters.Reserve(min(tokens/4, 1<<16))
	out := make([]Placement, len(docs))
	for i, d := range docs {
		out[i] = s.stage(d)
	}
	s.fileStaged(out)
	return out
}

// AddAll files a batch of articles in order and returns where each went.
// Each article is analyzed once. Since the whole batch is at hand, its term
// statistics are counted as the articles are read
// (cluster.Clusterer.Observe) and every article is weighed with those of
// the whole batch, so the first articles are weighed as well as the last;
// then the batch is sorted into stories together
// (cluster.Clusterer.FileStaged: by linking its articles when the link
// model fits the batch, else by complete link when it is not too large,
// else one article at a time as Add would). When ctx ends first, the
// articles read by then are filed, and returned with ctx's error.
func (s *Stream) AddAll(ctx context.Context, articles []Article) ([]Placement, error) {
	out := make([]Placement, 0, len(articles))
	err := analyzeBatches(ctx, articles, func(d *Doc) {
		out = append(out, s.stage(d))
	})
	s.fileStaged(out)
	return out, err
}

// stage files an article's copies, id and title, and observes and stages it
// for the clusterer; fileStaged gives it its story.
func (s *Stream) stage(d *Doc) Placement {
	of, sim := s.addCopy(d)
	cd := d.clusterDoc(s.terms)
	s.clusters.ObserveAndStage(cd)
	s.terms = cd.Terms
	s.ids = append(s.ids, d.Article.ID)
	s.titles = append(s.titles, d.displayTitle())
	return Placement{CopyOf: of, Similarity: sim}
}

// fileStaged files the staged articles and fills in the stories of the last
// placements, one for each.
func (s *Stream) fileStaged(out []Placement) {
	stories := s.clusters.FileStaged()
	for i, st := range stories {
		out[len(out)-len(stories)+i].Story = st
	}
}

// analyzeBatches analyzes articles in batches on all cores, handing each to
// use in order while the next batch is analyzed.
func analyzeBatches(ctx context.Context, articles []Article, use func(*Doc)) error {
	const batch = 256
	type analyzed struct {
		docs []*Doc
		err  error
	}
	ch := make(chan analyzed, 1)
	go func() {
		defer close(ch)
		for start := 0; start < len(articles); start += batch {
			docs, err := AnalyzeAll(ctx, articles[start:min(start+batch, len(articles))])
			ch <- analyzed{docs, err}
			if err != nil {
				return
			}
		}
	}()
	var err error
	for a := range ch {
		if a.err != nil || err != nil {
			err = cmp.Or(err, a.err)
			continue
		}
		for _, d := range a.docs {
			use(d)
		}
	}
	return err
}

// AnalyzeAll analyzes articles on all cores, keeping their order.
func AnalyzeAll(ctx context.Context, articles []Article) ([]*Doc, error) {
	docs := make([]*Doc, len(articles))
	inParallel(len(articles), min(runtime.GOMAXPROCS(0), max(len(articles)/8, 1)), func(i int) {
		if ctx.Err() == nil {
			docs[i] = Analyze(articles[i])
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return docs, nil
}

// inParallel calls do(i) for every i from 0 to n-1 on up to workers
// goroutines, each taking the next i not yet taken (on the caller's alone
// when one is enough).
func inParallel(n, workers int, do func(i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			do(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				do(i)
			}
		})
	}
	wg.Wait()
}

// ClusterDoc returns the article's content words for clustering: stems of
// words that are not function words, each marked as a name when written
// with a capital inside a sentence (or as an acronym anywhere). Numbers
// count as words ("1,700" is the term "1700"): a story's own figures, a toll
// or a sum, tell it from others told in the same words, and the weighting
// makes the years and small numbers every story holds count for little.
func (d *Doc) ClusterDoc() cluster.Doc { return d.clusterDoc(nil) }

// clusterDoc is ClusterDoc with the terms appended to terms[:0]: a stream
// reuses one slice, since the clusterer keeps no article's terms.
func (d *Doc) clusterDoc(terms []cluster.Term) cluster.Doc {
	cd := cluster.Doc{Time: d.Article.Published, Terms: terms[:0]}
	if d.mostlyFurniture() {
		return cd // no terms: it starts a story of its own, and nothing joins it
	}
	dateline := text.Tokenize(d.Clean.Dateline)
	n := len(dateline)
	for si, s := range d.Sentences {
		n += len(s.Tokens)
		if si < leadSentences {
			n += len(s.Tokens)
		}
	}
	cd.Terms = slices.Grow(cd.Terms, n)
	// the dateline's place names the story's place: "BAGHDAD (Reuters) -"
	for _, t := range dateline {
		if !t.Stop && t.Stem != "" {
			cd.Terms = append(cd.Terms, cluster.Term{Stem: t.Stem, Name: true})
		}
	}
	for si, s := range d.Sentences {
		for k, t := range s.Tokens {
			if t.Stop || t.Stem == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(t.Norm)
			if unitWord(r) {
				cd.Terms = appendUnspaced(cd.Terms, s.Tokens, k, si < leadSentences)
				continue
			}
			w := s.Text[t.Start:t.End]
			first, _ := utf8.DecodeRuneInString(w)
			name := unicode.IsUpper(first) && (k > 0 || text.IsAcronym(w))
			n := 1
			if si < leadSentences {
				n = 2
			}
			for ; n > 0; n-- {
				cd.Terms = append(cd.Terms, cluster.Term{Stem: t.Stem, Name: name})
			}
		}
	}
	return cd
}

// unitWord reports whether a token that opens with r is a character or a
// cluster of a script written without spaces (see text.Unspaced and
// text.Clustered): a part of a word, not a word.
func unitWord(r rune) bool { return text.Unspaced(r) || text.Clustered(r) }

// appendUnspaced appends the terms of toks[k], a Chinese character, a
// hiragana or a cluster of Thai, Lao, Khmer or Myanmar letters (see
// unitWord), to terms: the pair it makes with the unit written right after
// it, as a word of Chinese is mostly two characters long ("地铁", "台风")
// and a character alone tells little of a story. A unit with no such
// neighbour on either side is a term alone. Lead sentences count twice, as
// for other words.
func appendUnspaced(terms []cluster.Term, toks []text.Token, k int, lead bool) []cluster.Term {
	t := toks[k]
	joined := func(a, b text.Token) bool {
		r, _ := utf8.DecodeRuneInString(b.Norm)
		return a.End == b.Start && unitWord(r)
	}
	var term string
	switch {
	case k+1 < len(toks) && joined(t, toks[k+1]):
		if toks[k+1].Stop {
			return terms
		}
		term = t.Norm + toks[k+1].Norm
	case k > 0 && joined(toks[k-1], t):
		return terms // the second of a pair its first, a function word, did not make
	default:
		term = t.Norm
	}
	terms = append(terms, cluster.Term{Stem: term})
	if lead {
		terms = append(terms, cluster.Term{Stem: term})
	}
	return terms
}

// mostlyFurniture reports whether the article is mostly the furniture of a
// page whose story did not load ("These crawls are part of an effort to
// archive pages…", "Rating is available when the video has been rented"):
// sentences were dropped from it as text a page shows in place of an
// article (clean.StandsIn), and what was kept is short, or three or more
// different ones were dropped (the rest of such a page is the same note in
// other words). A newsletter's sign-up box or a gallery's captions around a
// story that loaded do not count, however short the story, nor does an
// archive's note repeated at the top and foot of a page it captured. Its
// leftover words tell no story, and such pages, alike everywhere, would
// otherwise gather into one.
func (d *Doc) mostlyFurniture() bool {
	standIns := 0
	for i, r := range d.Clean.Removed {
		if r.Reason == clean.ReasonWebPage && clean.StandsIn(r.Text) && !slices.Contains(d.Clean.Removed[:i], r) {
			standIns++
		}
	}
	if standIns == 0 {
		return false
	}
	if standIns >= manyStandIns {
		return true
	}
	words := 0
	for _, s := range d.Sentences {
		words += len(s.Tokens)
	}
	return words < maxFurnitureLeftover
}

// maxFurnitureLeftover is the most words a mostly-furniture article keeps.
const maxFurnitureLeftover = 60

// manyStandIns sentences a page shows in place of an article make it mostly
// furniture however much it keeps.
const manyStandIns = 3

// leadSentences is the number of opening sentences whose words count
// twice: the lead says what the story is about.
const leadSentences = 2
