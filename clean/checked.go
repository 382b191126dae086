package clean

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/precis-news/precis/internal/phrase"
	"github.com/precis-news/precis/text"
)

// checkedCut is an inline cut whose matches may be looked at once more:
// spare, when set, keeps a match that reads as the story's own text. want,
// when set, is asked of the paragraph in lower case after the gate and
// before the pattern: a cheap look for where a match could stand, since a
// pattern that opens with no fixed text scans the whole paragraph.
type checkedCut struct {
	inlineCut
	spare func(p string, m []int) bool
	want  func(low string) bool
}

// allCuts are the inline cuts in the order they are tried: inlineCuts,
// then checkedCuts.
var allCuts = func() []checkedCut {
	all := make([]checkedCut, 0, len(inlineCuts)+len(checkedCuts))
	for _, c := range inlineCuts {
		all = append(all, checkedCut{c, nil, nil})
	}
	return append(all, checkedCuts...)
}()

// inlineGateLists are the gates of each of allCuts, in its order, compiled to
// find in one pass over a paragraph which cuts may apply (where a '#'
// stands for any digit).
var inlineGateLists = func() *phrase.Groups {
	if len(allCuts) > 128 {
		panic("clean: more inline cuts than stripPieces has room for")
	}
	lists := make([][]string, len(allCuts))
	for i, c := range allCuts {
		lists[i] = c.gates
	}
	return phrase.NewGroups(lists)
}()

// checkedCuts are the inline cuts whose patterns can also match prose.
var checkedCuts = []checkedCut{
	// a related story's headline and its link, run into the text where a
	// page set them between paragraphs: "…organisers have confirmed.
	// Everything you need to know about the Paris climate summit Read more
	// In January, the duo…". The headline is cut from its sentence's start,
	// with the question or quotation that may close it ("Is there a storm
	// brewing? Read more At 3.30pm…", "…it's over'read more St Gallen's…").
	{inlineCut{[]string{"read more "}, regexp.MustCompile(`(?:^|[.!?]\s?["”’]?\s)([^.!?]{10,200}?(?:[?!]["”’']?\s?|["”’']\s?|\s)(?i:read more)\s)[\p{L}\d"“'‘]`), ""}, readerAsked, nil},
	// an ad slot's label before a word in small letters, in text set in
	// small letters, where no capital tells a sentence's start: "…in court.
	// advertisement gonzalez-moreno, a 19-year-old student, told…" (before a
	// capital or a function word, inlineCuts cut it in any text)
	{inlineCut{[]string{"advertisement "}, regexp.MustCompile(`(?:^|[.!?:)]\s?["”’]?\s)((?i:advertisement\s+)+)([a-z][\p{L}'’-]*)`), ""}, adCompound, nil},
	// a stock picture service's credit run into the story the picture
	// illustrates, where a sentence opens: "Thinkstock scientists have
	// created…", "Zuma press more than 300 acres…", "Shutterstock.com the
	// number of americans…" (not "Shutterstock said…", "Shutterstock shares
	// rose…")
	{inlineCut{stockServices, regexp.MustCompile(`(?i)` + atSentence + `((?:(?:shutterstock|thinkstock|istockphoto|istock|bigstock|newscom|zuma press|splash news|rex features)(?:\.com)?\s+)+)(\p{L}[\p{L}'’]*)`), ""}, serviceTold, nil},
	// a page's text-size buttons' label opening it, before its headline or
	// a comment count: "Text size local family's video…", "Text size
	// comments ( 3 ) this story is by…" (after "- + reset" inlineCuts cut
	// it anywhere)
	{inlineCut{[]string{"text size "}, regexp.MustCompile(`(?i)^(text size\s+(?:comments\s?\(\s?\d+\s?\)\s+)?)(\p{L}+)`), ""}, sizeTold, nil},
	// the credit a news site's video player sets after its video's
	// description, before the story or the next caption: "…was 92. USA
	// TODAY The wife of America's 41st president…", "…super bowl lii. Usa
	// today sports rob gronkowski scored…" (not "USA Today reported…")
	{inlineCut{[]string{"usa today "}, regexp.MustCompile(`(?:^|[.!?]["”’]?\s)((?i:usa today)(?:\s(?i:sports|network))?\s+)(\p{L}[\p{L}'’]*)`), ""}, creditTold, nil},
	// an update's time after a headline or where a sentence opens: "…against
	// turkish officials updated at 5:45 p.m. ET the u.s. Is imposing…",
	// "[ updated at 7:59 p.m. ]", "Updated: 08/15/2017 11:02 p.m. Lisa…",
	// "…by daily mail reporter last updated at 8:15 am on 8th september
	// 2010 the man who…" (not "the list was updated at 5:45 p.m. Tuesday")
	{inlineCut{[]string{"updated"}, regexp.MustCompile(`(?i)(?:^|\s)(\[\s?updated(?:\sat|,|\s?:)?\s` + clockTime + `\s?\]|(?:last\s)?updated(?:\sat|,|\s?:)?\s(?:\p{L}{3,9}\.?\s\d{1,2},\s|\d{1,2}/\d{1,2}/\d{2,4},?\s)?` + clockTime + `(?:\s(?:eastern|pacific|central))?(?:,?\s(?:\p{L}{3,9},\s)?\p{L}{3,9}\.?\s\d{1,2}(?:,\s\d{4})?|\son\s\d{1,2}(?:st|nd|rd|th)?\s\p{L}{3,9}\s\d{4})?\s?[:,.—–-]?)(?:\s+\p{L}|$)`), endSentence}, updateTold, timedUpdate},
	// a writer's or desk's handle to follow, with the dash or arrows before
	// it, and a site's call for tips: "…co-editor follow @burkecnn",
	// "Follow @politicalticker follow @killoughcnn palin, wearing…", "—
	// follow josh feldman on twitter: @feldmaniac", "follow ken meyer (
	// @kenmeyer91 ) on twitter have a tip we should know?
	// tips@mediaite.com" (not "follow me on twitter @…", which asks the
	// reader in the writer's own words)
	{inlineCut{[]string{"follow @", "follow ", "have a tip we should know"}, regexp.MustCompile(`(?i)((?:(?:[-–—]+\s|>>\s?)*follow\s(@\w+|(\p{L}[\p{L}.'’-]*)(?:\s\p{L}[\p{L}.'’-]*){0,2}\s(?:\(\s?@\w+\s?\)|on twitter:?\s@\w+))(?:\son twitter)?[.!]?(?:\s+|$))+(?:have a tip we should know\?\s?\S+@\S+)?|have a tip we should know\?\s?\S+@\S+)`), endSentence}, followTold, nil},
	// Getty's credit alone where a sentence opens, before a headline or the
	// story: "…and territories. Getty rubio: no abortions for zika-infected
	// women sen. Marco rubio…", "Getty trump compares ' pathological '
	// carson…" (not "Getty said…", "Getty Images…", "Getty Museum…")
	{inlineCut{[]string{"getty "}, regexp.MustCompile(atSentence + `((?i:getty)\s+)(\p{L}[\p{L}'’]*)`), ""}, gettyTold, nil},
}

// followTold reports whether a handle to follow (m) is the writer's own
// sentence: the word after "follow" (the pattern's third group) is a
// pronoun ("follow me on twitter @michelersimon and email me…").
func followTold(p string, m []int) bool {
	return m[6] >= 0 && followPronouns[lower(p[m[6]:m[7]])]
}

// followPronouns are the words after "follow" in a writer's own call.
var followPronouns = wordSet(`me us him her them my our his their its it`)

// gettyTold reports whether "Getty" where a sentence opens (m; the word
// after it is the pattern's second group) names the museum, the company or
// the family, not a picture's credit: a word of such a name follows, or a
// verb of which Getty is the subject. In text that writes names with
// capitals, such a verb is in small letters, and a credit stands before a
// capital ("Getty Trump compares…").
func gettyTold(p string, m []int) bool {
	w := p[m[4]:m[5]]
	lw := lower(w)
	if gettyNames[lw] || paperPredicates[lw] {
		return true
	}
	if namesCapitalized(p) {
		return !isUpper(w[0])
	}
	return gettyVerbs[lw]
}

// gettyNames go on the names of the Getty museum, company and family.
var gettyNames = wordSet(`images image museum museums center centre villa trust foundation oil family research institute conservation heir heirs heiress fortune estate kidnapping collection`)

// gettyVerbs are verbs of which the Getty named opening a sentence in
// small letters may be the subject (besides paperPredicates).
var gettyVerbs = wordSet(`told added wrote bought sold paid died owned founded declined denied agreed acquired announced returned donated`)

// timedUpdate reports whether low holds "updated" with a digit soon
// after it, where an update's time could stand.
func timedUpdate(low string) bool {
	for at := 0; ; {
		i := strings.Index(low[at:], "updated")
		if i < 0 {
			return false
		}
		at += i + len("updated")
		if strings.ContainsAny(low[at:min(len(low), at+24)], "0123456789") {
			return true
		}
	}
}

// updateTold reports whether an update's time (m) is the prose's: the word
// before it is a function word ("was updated at 5:45 p.m.").
func updateTold(p string, m []int) bool {
	_, before := lastWord(p[:m[2]])
	return before != "" && text.IsStopword(lower(before))
}

// creditTold reports whether the word after a video's credit (the
// pattern's second group) makes the credit the subject of a sentence, a
// paper that reports ("USA Today reported…", "USA Today and…"), or of its
// desk's ("USA TODAY Sports' Martin Rogers discusses…").
func creditTold(p string, m []int) bool {
	w := lower(p[m[4]:m[5]])
	return paperPredicates[w] || strings.HasPrefix(w, "sports") || strings.HasPrefix(w, "network")
}

// paperPredicates are words that go on a sentence whose subject is a paper.
var paperPredicates = wordSet(`reported reports report said says has had have was is were are will would could obtained found first named review reviewed asked contacted columnist poll polls editorial editors analysis investigation and or of to in on for which that who also later learned confirmed published ran
	breaks looks takes talks discusses explains examines reviews ranks picks predicts offers shows gives goes gets brings presents tracks explores weighs previews recaps answers spoke talked caught sat went`)

// stockServices are the stock picture services whose credits are cut where
// a sentence opens.
var stockServices = []string{"shutterstock", "thinkstock", "istock", "bigstock", "newscom", "zuma press", "splash news", "rex features"}

// serviceTold reports whether the word after a stock picture service's name
// (the pattern's second group) goes on a sentence about the service as a
// company: "Shutterstock said…", "Shutterstock shares rose".
func serviceTold(p string, m []int) bool {
	return companyPredicates[lower(p[m[4]:m[5]])]
}

// companyPredicates follow a company's name as the subject's head or its
// verb.
var companyPredicates = wordSet(`said says reported reports has had have was is were are will would could also and or
	shares stock stocks inc ltd co corp ceo founder spokesman spokeswoman spokesperson agreed announced bought sold sued plans filed raised cut posted earned lost`)

// sizeTold reports whether the word after "Text size" (the pattern's
// second group) goes on a sentence about the size of text: "Text size is
// set by the browser".
func sizeTold(p string, m []int) bool {
	return sizePredicates[lower(p[m[4]:m[5]])]
}

// sizePredicates are words that go on a sentence opening "Text size".
var sizePredicates = wordSet(`is was are were matters of and or can could should will would may might in on for to has had does did`)

// readerAsked reports whether a "read more" the related-headline pattern
// matched (m) is the prose's own: a reader asked or able to read more ("you
// can read more about…", "children who read more often…", "…read more
// slowly"), or, in text that writes names with capitals, a link not set as
// one ("Read more" before a capital).
func readerAsked(p string, m []int) bool {
	link := p[m[3]-len("read more ") : m[3]]
	next := strings.TrimRightFunc(lower(p[m[3]:wordEnd(p, m[3])]), func(r rune) bool { return !unicode.IsLetter(r) })
	words := strings.Fields(p[m[2] : m[3]-len(" read more ")])
	if next == "at" { // not "read more at" when "at least" or a time follows
		after := lower(p[m[3]:min(len(p), m[3]+len("at least "))])
		if after == "at least " || len(after) > 3 && isDigit(after[3]) {
			next = "" // "…shooting Read more At least one officer…", "Read more At 3.30pm, police…"
		}
	}
	if len(words) < 3 || readMoreSubjects[lower(words[len(words)-1])] || readMoreObjects[next] || strings.HasSuffix(next, "ly") {
		return true
	}
	return namesCapitalized(p) && (link[0] != 'R' || !isUpper(p[m[3]]))
}

// readMoreSubjects are words that come before "read more" in prose: the
// reader, or what lets or bids them.
var readMoreSubjects = wordSet(`to can could may might will would should must you we i they he she who that please and or people children kids students readers`)

// readMoreObjects are words that follow "read more" in prose.
var readMoreObjects = wordSet(`about than of on books often widely carefully closely here at`)

// adCompound reports whether the word after "advertisement" (the pattern's
// second group) makes a noun with it ("advertisement revenue"), or the text
// writes names with capitals, so that a small letter goes on a sentence.
func adCompound(p string, m []int) bool {
	return adNouns[p[m[4]:m[5]]] || namesCapitalized(p)
}

// adNouns are the words "advertisement" makes a noun with.
var adNouns = wordSet(`revenue revenues spending sales rates rate campaign campaigns agency agencies market markets industry budget budgets executive executives business income dollars space spaces slot slots`)

// apply cuts c's matches out of p (low is p in lower case), but those
// c.spare holds for, and adds what it cut to cuts. gated tells whether one
// of c's gates is in p (inlineGateLists): without one, c is not tried. ok is false
// when case folding changed the cut text's length, so that low's offsets
// no longer fit p.
func (c checkedCut) apply(p, low string, cuts []string, gated bool) (string, string, []string, bool) {
	if !gated || c.want != nil && !c.want(low) {
		return p, low, cuts, true
	}
	var spans [][2]int
	for _, m := range c.re.FindAllStringSubmatchIndex(p, -1) {
		if c.spare != nil && c.spare(p, m) {
			continue
		}
		cuts = append(cuts, strings.TrimSpace(p[m[2]:m[3]]))
		spans = append(spans, [2]int{m[2], m[3]})
	}
	if spans == nil {
		return p, low, cuts, true
	}
	p = splice(p, spans, c.keep)
	low = lower(p)
	return p, low, cuts, len(low) == len(p)
}
