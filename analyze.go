package precis

// Reading one article: cleaning, sentences and tokens, quotations
// running over sentences, and the sentences that lean on the one before.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/clean"
	"github.com/precis-news/precis/summarize"
	"github.com/precis-news/precis/text"
)

// Doc is an article after cleaning and analysis.
type Doc struct {
	Article   Article
	Clean     clean.Result
	Sentences []DocSentence
	title     string // Article.Title tidied (clean.Title), set by Analyze
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
	d := &Doc{Article: a, Clean: clean.Clean(a.Text), title: clean.Title(a.Title)}
	for pi, p := range d.Clean.Paragraphs {
		first := len(d.Sentences)
		for _, sp := range text.Sentences(p) {
			s := p[sp.Start:sp.End]
			toks := text.Tokenize(s)
			if webFurniture(s, toks) {
				d.Clean.Removed = append(d.Clean.Removed, clean.Removal{Text: s, Reason: clean.ReasonWebPage})
				continue
			}
			d.Sentences = append(d.Sentences, DocSentence{Text: s, Para: pi, Tokens: toks, Fragment: trailsOff(s)})
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
	s = text.TrimClosers(s)
	r := text.FinalMark(s)
	return !text.EndsSentence(r) && r != ':' && r != ';' && text.Words(s) > 3
}

// trailsOff reports whether s is a sentence a page cut short and marked
// with an ellipsis, as a news site's list cuts the teaser of each story:
// the dots follow a comma or a function word ("…identified the suspect as
// frenchman cherif chekatt,...", "…her last appearance on nbc and..."). A
// sentence that trails off after a word of content ("…sources tell
// tmz...") may be whole, and is kept.
func trailsOff(s string) bool {
	s = text.TrimClosers(s)
	body, ok := strings.CutSuffix(s, "...")
	if !ok {
		if body, ok = strings.CutSuffix(s, "…"); !ok {
			return false
		}
	}
	body = strings.TrimRight(body, " ")
	if strings.HasSuffix(body, ",") {
		return true
	}
	last := body[strings.LastIndexByte(body, ' ')+1:]
	return last != "" && text.IsStopword(strings.ToLower(last))
}

// ellipsized reports whether s ends with an ellipsis ("...", "…"), closing
// marks aside.
func ellipsized(s string) bool {
	s = text.TrimClosers(s)
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// dropTeasers makes no candidate of a sentence that ends with an ellipsis
// when a longer candidate of the story (its group's representative) says
// what it says
// (summarize.Redundant): the teaser a news site's list or a photo's caption
// cut short ("A tentative plan for president donald trump to host..."),
// beside the story's own sentence ("A tentative plan for president donald
// trump to host his mexican counterpart in washington has been put on
// hold…"). Chosen first for its few words, it would keep the whole one out.
func dropTeasers(c *summarize.Corpus, textOf func(int) string) {
	for i := range c.Sentences {
		t := &c.Sentences[i]
		if t.Words == 0 || !ellipsized(textOf(i)) {
			continue
		}
		for j := range c.Sentences {
			if o := &c.Sentences[j]; c.Candidate(j) && o.Words > t.Words && !ellipsized(textOf(j)) && summarize.Redundant(t.Terms, o.Terms) {
				t.Words = 0
				break
			}
		}
	}
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

// Source returns the outlet's name given with the article, tidied as a
// title is but with every word kept (clean.Name), or "".
func (d *Doc) Source() string { return clean.Name(d.Article.Source) }

// Title returns the article's title: the one given with it, tidied
// (clean.Title: no site's name after it, no broken characters), else the
// headline the cleaner found.
func (d *Doc) Title() string {
	if d.title != "" {
		return d.title
	}
	if d.Article.Title != "" { // a Doc not made by Analyze
		if t := clean.Title(d.Article.Title); t != "" {
			return t
		}
	}
	return d.Clean.Title
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
	if countWords[toks[0].Norm] && len(toks) > 1 && countVerbs[toks[1].Norm] {
		return true // "Two are believed to be independents": two of what?
	}
	for k := 0; k < len(toks) && k <= 6; k++ {
		if k > 0 && unicode.IsUpper(rune(s[toks[k].Start])) && !text.IsDateWord(toks[k].Norm) {
			break // a name in the opening phrase may be whom the pronoun means
		}
		if strings.HasPrefix(s[toks[k].End:], ",") {
			// "If convicted, they face…", "Asked why, he said…"
			if k+1 < len(toks) && subjectPronouns[toks[k+1].Norm] {
				return true
			}
			break
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

// countWords, opening a sentence before one of countVerbs, count what an
// earlier sentence named ("Two are believed…", "Three were freed…");
// subjectPronouns, opening the main clause after a phrase that names no
// one, mean someone named before ("If convicted, they face…").
var (
	countWords      = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "several": true, "many": true, "most": true, "some": true, "others": true}
	countVerbs      = map[string]bool{"are": true, "were": true, "was": true, "is": true, "have": true, "had": true, "remain": true, "remained": true, "will": true, "would": true}
	subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true}
)

// pronounSpeakers and speechVerbs make a quotation's speaker unknown to a
// reader who starts there: "he said", "said she".
var (
	pronounSpeakers = map[string]bool{"he": true, "she": true, "they": true}
	speechVerbs     = map[string]bool{"said": true, "says": true, "added": true, "adds": true, "told": true, "asked": true, "continued": true, "explained": true, "noted": true, "recalled": true, "insisted": true, "declared": true, "wrote": true, "writes": true}
)

// Dangling reports whether sentence s starts with an unresolved reference
// ("But he stressed…", "It has…", "They…").
func Dangling(s string) bool {
	toks := text.Tokenize(s)
	if len(toks) == 0 {
		return false
	}
	return danglers[toks[0].Norm]
}

// complete reports whether s ends as a sentence does, with a stop
// (text.EndsSentence) and perhaps closing marks after it ("…hurt.”"), and
// not as a label or a cut-off line does ("Learn more").
func complete(s string) bool { return text.EndsSentence(text.FinalMark(s)) }
