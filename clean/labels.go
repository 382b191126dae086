package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/internal/phrase"
	"github.com/precis-news/precis/text"
)

// pageLabels are the buttons and labels a page leaves before the sentence
// they lay over, with the words that follow them as the prose's own: a
// player's "Close" ("Close bexar county sheriff says a second video…";
// but "Close to 100 people…", "Close friends said…") and a picture's
// "Photo" ("…in 2012. Photo looking for real-life anecdotes, president
// obama turned…"; but "Photo ID laws…", and "Photo by Jane Doe.", a credit
// other rules read as one).
var pageLabels = []struct {
	word      string
	followers map[string]bool
}{
	{"Close", wordSet(`to by up enough call calls friend friends ties behind relative relatives aide aides associate associates ally allies adviser advisers advisor advisors confidant confidants cousin cousins family range contact attention observers watchers second third race races encounter encounters quarters look inspection proximity relationship relationships ones personal and but`)},
	{"Photo", wordSet(`by courtesy credit credits via illustration illustrations gallery galleries shows showed show of from taken caption captions essay essays op ops opportunity opportunities editor editors agency agencies album albums booth booths finish session sessions shoot shoots id ids identification radar enforcement evidence sharing journalist journalists contest exhibit exhibition archive archives and or is was are were has had provided released`)},
}

// cutLabels cuts the page labels that open a sentence of p before a word
// that is not one of their followers, and adds what it cut to cuts. It
// looks for each label with its capital, so it needs no gate.
func cutLabels(p string, cuts []string) (string, []string) {
	for _, l := range pageLabels {
		var spans [][2]int
		for at := 0; ; {
			i := strings.Index(p[at:], l.word)
			if i < 0 {
				break
			}
			i += at
			at = i + len(l.word)
			end := at
			for end < len(p) && p[end] == ' ' {
				end++
			}
			next := p[end:wordEnd(p, end)]
			if end == at || next == "" || !opensSentence(p[:i]) || !labelled(next) || l.followers[strings.ToLower(strings.TrimRight(next, ",.;:"))] {
				continue
			}
			spans = append(spans, [2]int{i, end})
			cuts = append(cuts, l.word)
		}
		if spans != nil {
			p = splice(p, spans, "")
		}
	}
	return p, cuts
}

// labelled reports whether next, the word after a label, may open the
// sentence the label lay over: a letter, a figure or a quotation mark
// starts it.
func labelled(next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“'‘", r)
}

// creditLabels are a picture's label and the credit after it, where a
// sentence opens, left where the photographers' credits (cutCredits) were
// not: an agency's ("Photo: ap monday, chinese authorities…", "Photo:
// getty on wednesday…"), or one naming someone, before the story or the
// picture's caption ("…in 1990. Photo: courtesy hotel group the rooms
// were…", "Picture: neil hanna he was regarded…", "More photo: ted s.
// Warren, ap police officers…"). In small letters a credit's end shows
// only by the word after it, one that opens sentences and is no part of a
// name (openingWords); creditNoName keeps what is no credit.
var creditLabels = []checkedCut{
	{inlineCut{creditLabelGates, regexp.MustCompile(atSentence + `(` + pictureLabel + `(?i:` + creditAgency + `)(?:\s(?i:photos?|images?))?\s)\p{L}`), ""}, nil, labelOpens},
	{inlineCut{creditLabelGates, regexp.MustCompile(atSentence + `(` + pictureLabel + `((?:\S+\s){1,5}?))(?i:` + openingWords + `)\b`), ""}, creditNoName, labelOpens},
}

// pictureLabel is a picture's label before its credit: "Photo: ",
// "Picture: ", "More photo: ".
const pictureLabel = `(?i:more\s)?(?i:photo(?:graph)?|picture|image|illustration)\s?:\s`

var (
	// creditLabelGates are the gates of creditLabels.
	creditLabelGates = []string{"photo:", "photo :", "picture:", "image:", "photograph:", "illustration:"}
	creditLabelGate  = phrase.New(creditLabelGates)
)

// labelOpens reports whether a picture's label (creditLabelGates) opens a
// sentence of low, maybe after "more".
func labelOpens(low string) bool {
	for _, g := range creditLabelGates {
		for at := 0; ; {
			i := strings.Index(low[at:], g)
			if i < 0 {
				break
			}
			i += at
			at = i + len(g)
			before := strings.TrimSuffix(low[:i], "more ")
			if opensSentence(before) {
				return true
			}
		}
	}
	return false
}

// cutCreditLabels applies creditLabels to p (low: p in lower case), as
// checkedCut.apply does.
func cutCreditLabels(p, low string, cuts []string) (string, string, []string, bool) {
	for _, c := range creditLabels {
		var ok bool
		if p, low, cuts, ok = c.apply(p, low, cuts, creditLabelGate.In(low)); !ok {
			return p, low, cuts, false
		}
	}
	return p, low, cuts, true
}

// creditNoName reports whether the words a picture's label was taken to
// credit (the pattern's second group) are no credit, or may go on after
// them: the word after them is "for" (a paper's credit may follow), or a
// noun after one word ("Photograph: met police the…"); one of them is a
// function word, opens a quotation or ends a sentence ("Photo: a man walks
// in the park…", "Photograph: reed timmer/corbis "we looked at…"), the
// last ends a clause ("Photo: alex wong welcome, i guess…"), or there are
// more than three with no comma between a name and its agency ("Photo:
// wayne taylor ms fraser-mckelvie found some…").
func creditNoName(p string, m []int) bool {
	words := strings.Fields(p[m[4]:m[5]])
	switch lower(p[m[5]:wordEnd(p, m[5])]) {
	case "for": // "Photo: julia robinson for the wall street journal"
		return true
	case "president", "police", "officials", "authorities":
		if len(words) < 2 { // "Photograph: met police the three girls…"
			return true
		}
	}
	listed := false // a comma between the credit's parts: "ted s. Warren, ap"
	for k, w := range words {
		w = lower(w)
		if strings.HasSuffix(w, ",") {
			if k == len(words)-1 {
				return true
			}
			listed = true
			w = strings.TrimSuffix(w, ",")
		}
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || text.IsStopword(w) || openers[w] || strings.ContainsRune("\"“'‘", r) || len(w) > 2 && strings.ContainsAny(w[len(w)-1:], ".!?") {
			return true
		}
	}
	return len(words) > 3 && !listed
}

// openers are openingWords as a set.
var openers = wordSet(strings.ReplaceAll(openingWords, "|", " "))
