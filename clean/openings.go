package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/text"
)

// sentenceMarks are the marks a list or a page sets before a sentence,
// each with the space after it: bullets, and the dashes a dateline, a
// list or a teaser leaves where a sentence opens ("• Russia has said it
// could…", "…in 2008. -- Alaska residents had…"), a link's arrows and a
// box's close button ("× Video of 3 deer…"). A rule of two or more dashes,
// stars or equals signs ("--", "***", "=======") counts as one mark.
var sentenceMarks = []string{"• ", "· ", "▪ ", "■ ", "► ", "» ", "× ", ">> ", "+ ", "* ", "— ", "– ", "- "}

// dropMarks cuts the marks (sentenceMarks) that open a sentence of p: at
// its start, or after a stop. A place named before such a dash after a
// stop is a dateline left inside the text (a page's caption and headline
// ran into its story: "…( photo: gofundme ) Redding, calif. – an american
// student who…"), and it goes with its dash. The sentence then opens with
// a capital, as its neighbours do. A dash after a closing quotation mark
// names who said it ("…to protect our children. " — Ltcol oliver north")
// and stays, as does a mark after an abbreviation or an acronym, where no
// sentence need end ("the u.s. - based group"). It returns p, the datelines
// cut and the first one's place.
func dropMarks(p string) (string, []string, string) {
	at := markStarts(p)
	if at == nil {
		return p, nil, ""
	}
	var spans []cutSpan
	var cut []string
	place := ""
	for _, i := range at {
		if len(spans) > 0 && i < spans[len(spans)-1].end {
			continue
		}
		end := i + markLen(p[i:])
		for end < len(p) && p[end] == ' ' {
			end++
		}
		if end == len(p) {
			continue
		}
		if i == 0 {
			spans = append(spans, cutSpan{0, end, true})
			continue
		}
		before := p[:i-1] // markStarts gives only marks after a space
		dash := p[i] == '-' || strings.HasPrefix(p[i:], "—") || strings.HasPrefix(p[i:], "–")
		if dash {
			if start, name := insideDateline(p, i, end); start >= 0 {
				spans = append(spans, cutSpan{start, end, true})
				cut = append(cut, strings.TrimSpace(p[start:end]))
				if place == "" {
					place = name
				}
				continue
			}
		}
		if r, _ := utf8.DecodeLastRuneInString(before); dash && (r == '"' || r == '”' || r == '’' || r == '\'') {
			continue // a quotation's speaker
		}
		if r := text.FinalMark(before); !text.EndsSentence(r) || r == '.' && abbreviated(text.TrimClosers(before)) {
			continue
		}
		spans = append(spans, cutSpan{i, end, true})
	}
	if spans == nil {
		return p, nil, ""
	}
	return cutOpenings(p, spans), cut, place
}

// cutSpan is a span of a paragraph to cut, [start, end), and whether a
// sentence opens where it was, so that the word after it takes a capital.
type cutSpan struct {
	start, end int
	opens      bool
}

// cutOpenings cuts the spans (in order, apart) out of p and gives the word
// after each that opened a sentence a capital, as the sentences around it
// have.
func cutOpenings(p string, cuts []cutSpan) string {
	var b strings.Builder
	b.Grow(len(p))
	last := 0
	for k, c := range cuts {
		// a stop passed over after the span before may reach into this one
		b.WriteString(p[last:max(c.start, last)])
		last = max(c.end, last)
		if !c.opens {
			continue
		}
		rest := p[last:]
		if len(rest) > 0 && rest[0] == '.' && (len(rest) == 1 || rest[1] == ' ') {
			// a stop an earlier cut set after the span, where the
			// sentence before it had ended: "…slamming sessions. [ image
			// via screengrab ] ."
			n := 1 + len(rest[1:]) - len(strings.TrimLeft(rest[1:], " "))
			rest, last = rest[n:], last+n
		}
		next := len(rest)
		if n := strings.IndexByte(rest, ' '); n >= 0 {
			next = n
		}
		if k+1 < len(cuts) {
			next = min(next, max(cuts[k+1].start-last, 0)) // "[ 1 ] [ 2 ] it is…"
		}
		b.WriteString(capitalized(rest[:next]))
		last += next
	}
	b.WriteString(p[last:])
	return b.String()
}

// dropBracketLinks cuts what a page set in square brackets where a
// sentence opens: a related story's headline ("[ how healthy is trump's
// economy? ] president trump greeted…", "[ image gallery: our closest
// human ancestor ] in 1993…"), a credit ("[ images via getty ]"), an
// elision ("[... ]"). An editor's words put in for a quotation's own ("[
// she has ] some things a president doesn't have") are short and stay: a
// bracket goes when it holds four words or more, a label's colon or a word
// of a page's furniture (bracketFurniture). In text with capitals, four
// words go only before a capital, a digit or a quotation mark, which opens
// a sentence: "[The former chief executive] declined…" stays. A footnote's
// number ("…flat head syndrome, [ 1 ] [ 2 ] is a condition…", "[ 51,52 ]")
// and a wiki's "[ edit ]" go wherever they stand. It returns p and the
// cuts.
func dropBracketLinks(p string) (string, []string) {
	var spans []cutSpan
	var cut []string
	capitals := -1 // whether p sets its names in capitals, when asked
	for from := 0; ; {
		i := strings.IndexByte(p[from:], '[')
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		if i > 0 && p[i-1] != ' ' {
			continue
		}
		n := strings.IndexAny(p[i+1:min(len(p), i+1+250)], "[]")
		if n < 0 || p[i+1+n] != ']' {
			continue
		}
		inner := strings.TrimSpace(p[i+1 : i+1+n])
		end := i + 1 + n + 1
		for end < len(p) && p[end] == ' ' {
			end++
		}
		opens := i == 0 || stopBefore(p[:i-1])
		if k := len(spans) - 1; k >= 0 && spans[k].end == i {
			opens = spans[k].opens // the second of "[ 1 ] [ 2 ]"
		}
		words := strings.Fields(inner)
		switch {
		case footnote(inner) || inner == "edit":
			if !opens && end < len(p) && strings.ContainsRune(".,;:!?)", rune(p[end])) {
				i-- // "…holidays [ 1 ]." keeps no space before its stop
			}
		case !opens:
			continue
		case inner == "" || bracketFurniture(inner, words):
		case len(words) >= 4:
			if capitals < 0 {
				capitals = 0
				if namesCapitalized(p) {
					capitals = 1
				}
			}
			if r := firstRune(p[end:]); capitals == 1 && end < len(p) && !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“'‘", r) {
				continue
			}
		default:
			continue
		}
		spans = append(spans, cutSpan{i, end, opens})
		cut = append(cut, inner)
		from = end
	}
	if spans == nil {
		return p, nil
	}
	return strings.TrimRight(cutOpenings(p, spans), " "), cut
}

// footnote reports whether inner, the text in square brackets, numbers
// footnotes: "1", "51,52", "3–5".
func footnote(inner string) bool {
	return inner != "" && len(inner) <= 12 && inner[0] >= '0' && inner[0] <= '9' && strings.Trim(inner, "0123456789,-– ") == ""
}

// bracketFurniture reports whether inner, the text in square brackets
// with its words, is a page's: an elision, a label with its colon ("image
// gallery:", "update:"), or a word of a picture's, a video's or a link's
// ("via", "photos", "related").
func bracketFurniture(inner string, words []string) bool {
	if strings.Trim(inner, ".… ") == "" || strings.Contains(inner, ":") {
		return true
	}
	for _, w := range words {
		switch lower(strings.Trim(w, "().,")) {
		case "via", "photo", "photos", "image", "images", "video", "videos", "gallery", "slideshow", "update", "updated", "related", "edit", "story":
			return true
		}
	}
	return false
}

// markStarts returns where a mark (sentenceMarks) stands at the start of
// p or after a space, in order. It looks for each mark's first byte with
// IndexByte, which passes over the letters between quickly.
func markStarts(p string) []int {
	var at []int
	for _, lead := range [...]byte{'-', '*', '=', '>', '+', 0xe2, 0xc2, 0xc3} {
		for from := 0; ; {
			i := strings.IndexByte(p[from:], lead)
			if i < 0 {
				break
			}
			x := from + i
			if (x == 0 || p[x-1] == ' ') && markAt(p[x:]) > 0 {
				at = append(at, x)
			}
			from = x + 1
		}
	}
	slices.Sort(at)
	return at
}

// markAt returns the length in bytes of the mark opening s before its
// space (a rule of "--" or "***" counts as one), or 0 when none does.
func markAt(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[0] {
	case '-', '*', '=':
		if n := ruleLen(s); n < len(s) && s[n] == ' ' && (n >= 2 || s[0] != '=') {
			return n
		}
		return 0
	case '>', '+', 0xc2, 0xc3, 0xe2:
		for _, m := range sentenceMarks {
			if strings.HasPrefix(s, m) {
				return len(m) - 1
			}
		}
	}
	return 0
}

// ruleLen returns the length of the run of one of '-', '*' and '=' that
// opens s.
func ruleLen(s string) int {
	if s == "" || s[0] != '-' && s[0] != '*' && s[0] != '=' {
		return 0
	}
	n := 1
	for n < len(s) && s[n] == s[0] {
		n++
	}
	return n
}

// markLen returns the length in bytes of the run of marks opening s, with
// the spaces between them ("* * *" in "* * * in a possible…"), not the
// last space.
func markLen(s string) int {
	n := 0
	for {
		m := markAt(s[n:])
		if m == 0 {
			return max(n-1, 0)
		}
		n += m + 1
	}
}

// abbreviated reports whether s ends with a word whose period need not end
// a sentence: an abbreviation ("Gen.", "Inc."), an initial ("W.") or a
// dotted acronym ("u.s.", "n.m.").
func abbreviated(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	w = strings.TrimLeft(w, "(\"'“‘[")
	core := strings.TrimSuffix(w, ".")
	return strings.Contains(core, ".") || utf8.RuneCountInString(core) == 1 || text.IsAbbreviation(lower(core))
}

// insideDateline finds a dateline that ends with the dash at p[i] (the
// text after it starting at end) and opens a sentence after a stop, and
// returns where it starts and its place, or -1. The place must be one
// plainDateline knows: a city datelines name alone, or a town and its
// state or country ("Holland, mich.", "Washington, d.c."). A place or a
// source in parentheses (coveredDateline) is one too: "…benefits,
// researcher contends. ( healthday ) — a little jogging…".
func insideDateline(p string, i, end int) (int, string) {
	for j := i - 2; j >= 2 && i-j <= 60; j-- {
		if p[j-1] != ' ' || p[j] != '(' && (p[j] < 'A' || p[j] > 'Z' && p[j] < utf8.RuneSelf) {
			continue // a dateline's place opens with a capital
		}
		if !stopBefore(p[:j-1]) {
			continue
		}
		dateline := plainDateline
		if p[j] == '(' {
			dateline = coveredDateline
		}
		if name, e := dateline(p[j:]); e > 0 && j+e == end {
			return j, name
		}
	}
	return -1, ""
}

// stopBefore reports whether s ends as a sentence or an aside does: with a
// stop, or a closing bracket ("( photo: gofundme )"), and any closing marks.
func stopBefore(s string) bool {
	if r, _ := utf8.DecodeLastRuneInString(s); r == ')' || r == ']' {
		return true
	}
	return text.EndsSentence(text.FinalMark(s))
}
