// Package precis turns many news reports of one event into one briefing a
// reader can trust: what happened, said once within an exact length budget,
// each sentence naming the articles that support it.
//
// The whole road is one call:
//
//	b, err := precis.Brief(ctx, articles, precis.WithWords(100))
//
// Articles are cleaned (page furniture, datelines and repeats removed, broken
// line wraps joined), split into sentences and tokens, near-duplicate
// sentences are merged into one unit of content with several supporting
// articles, and a summarizer selects units under the budget. See Brief for the
// stages in order.
package precis

import (
	"time"

	"github.com/precis-news/precis/clean"
	"github.com/precis-news/precis/entity"
	"github.com/precis-news/precis/figure"
	"github.com/precis-news/precis/quote"
	"github.com/precis-news/precis/summarize"
)

// Article is one report as read from the input.
type Article struct {
	ID        string    `json:"id"`
	Source    string    `json:"source,omitempty"` // outlet name, when known
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published,omitempty"`
	Text      string    `json:"text"`
}

// Briefing is the result of Brief: one entry per story.
type Briefing struct {
	Stories []Story `json:"stories"`
	// LeftOut is the number of stories found in a mixed input but not
	// briefed: past the number asked for (WithTopStories), or holding none
	// of the topics asked for (WithFocus).
	LeftOut int `json:"left_out,omitempty"`
	// NoText lists, in input order, the ids of the articles of a mixed
	// input that no story holds: nothing of theirs is left to read once page
	// furniture is cleaned out (a page whose story did not load, an empty
	// file), while other articles had text.
	NoText []string `json:"no_text,omitempty"`
	// Since is the time given with WithSince: each summary says what is new
	// since then.
	Since time.Time `json:"since,omitzero"`
}

// Story is a set of articles about one event with its summary.
type Story struct {
	ID       string          `json:"id"`
	Title    string          `json:"title,omitempty"`
	Articles []ArticleInfo   `json:"articles"`
	Summary  []Sentence      `json:"summary"`
	Words    int             `json:"words"`
	Copies   [][]string      `json:"copies"`   // groups of article ids that are copies of one another
	Entities []entity.Entity `json:"entities"` // who and where: people, organizations, places, groups
	Quotes   []quote.Quote   `json:"quotes"`   // who said what, and which articles carry it
	Figures  []figure.Figure `json:"figures"`  // numbers, with agreement and conflict between articles

	focused bool // some sentence holds a topic asked for with WithFocus
	fresh   bool // some sentence says what is new since the time given with WithSince
}

// ArticleInfo describes an article of a story after cleaning.
type ArticleInfo struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Words     int    `json:"words"`
	Sentences int    `json:"sentences"`
	CopyOf    string `json:"copy_of,omitempty"` // the earlier article this one reprints
	// CopySimilarity is the estimated share of word 3-shingles the two have in
	// common (or, for a trimmed reprint, the share of its sentences found in CopyOf).
	CopySimilarity float64         `json:"copy_similarity,omitempty"`
	Removed        []clean.Removal `json:"removed,omitempty"` // filled with WithExplain
}

// Sentence is one sentence of a summary.
type Sentence struct {
	Text    string   `json:"text"`
	Sources []string `json:"sources"` // ids of every article that carries this content
	// Independent is the number of outlets among Sources once copies of one
	// another count as one.
	Independent int    `json:"independent"`
	From        string `json:"from"` // id of the article the text is quoted from
	// Score (with WithExplain) is the method's own score for the sentence,
	// when the method gives one (summarize.Scorer: precis's is the sentence's
	// predicted quality), and Why says why the method chose it.
	Score float64 `json:"score,omitempty"`
	Why   *Why    `json:"why,omitempty"`
	// Later are the values that later reports give for a figure the
	// sentence states (a toll that rose since its article was published):
	// the figure's conflicts reported later (figure.Order), when the
	// articles carry their times.
	Later []figure.Conflict `json:"later,omitempty"`
}

// Why is why a summarization method chose a sentence (with WithExplain).
type Why struct {
	Choice int `json:"choice"`         // the method's n-th choice, from 1 (a sentence cut to fill the budget comes last)
	Rank   int `json:"rank,omitempty"` // its rank by Score among the story's candidate sentences, from 1
	Of     int `json:"of,omitempty"`   // the number of candidates
	// Topics are the phrases asked for (WithFocus) that the sentence holds.
	Topics []string `json:"topics,omitempty"`
	// Reasons are what lifts its Score most above the story's average
	// candidate (summarize.Explainer), largest first.
	Reasons []summarize.Reason `json:"reasons,omitempty"`
}

// Label returns the name to show for an article: its source, else its id.
func (a ArticleInfo) Label() string {
	if a.Source != "" {
		return a.Source
	}
	return a.ID
}
