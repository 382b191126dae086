package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
