// Package clean turns an article's raw text into its body paragraphs: it
// removes page furniture (loading notices, "continued" markers, promo lines,
// section subheads, bylines, datelines), takes a headline off the lead, joins
// lines that a wrap broke inside a sentence, drops text the article repeats,
// and records every removal with its reason.
package clean

import (
	"html"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/internal/gazetteer"
	"github.com/precis-news/precis/internal/phrase"
	"github.com/precis-news/precis/text"
)

// Removal is one piece of text the cleaner took out, and why.
type Removal struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// Result is a cleaned article.
type Result struct {
	Title      string    // headline found at the top of the text, if any
	Dateline   string    // place/agency line or prefix removed from the lead, if any
	Paragraphs []string  // body paragraphs, original characters, one per element
	Removed    []Removal // what was taken out, in text order
}

// Reasons for a removal.
const (
	ReasonFurniture = "page furniture"
	ReasonWebPage   = "the web page around the article" // a whole sentence of a player, widget or archive note
	ReasonPromo     = "promo or navigation line"
	ReasonSubhead   = "section subhead"
	ReasonByline    = "byline"
	ReasonWire      = "wire-service note" // editor's notes, pick-up lines, operator initials, typesetting codes
	ReasonDateline  = "dateline"
	ReasonHeadline  = "headline (kept as title)"
	ReasonRepeat    = "text repeated within the article"
	ReasonEmpty     = "no words"
)

var (
	furniture = regexp.MustCompile(`(?i)^(?:loading(?:\s+\w+){0,3}\s*(?:\.\.\.|…)?|(?:story|article|text)\s+continues?(?:\s+(?:below|on next page))?\s*\W*|continued\s+(?:from|on)\s+(?:page|p\.?)\s*\w+\W*|(?:advertisement|advertising|sponsored(?: content)?|skip (?:to|ad)\b.*|scroll (?:down|to continue).*)\s*\W*)$`)
	promo     = regexp.MustCompile(`(?i)^(?:read more|read also|also read|continue reading|related(?: articles| stories| coverage| content)?|see also|more on this|recommended|trending|most (?:read|popular)|click here|subscribe|sign up|share (?:this|on)|follow (?:us|@)|tweet this|email this|print this|editorial|opinion|analysis|video|watch|listen|podcast|photos?|gallery|live(?: updates)?|breaking(?: news)?|exclusive|image|caption|credit|file photo|getty images|ap photo|copyright|©)\b\s*(?:[:|»›>→–—-]|$)`)
	// copyrightRe is a copyright line: "© 2014 AFP", "Copyright 2014 The
	// Associated Press.", "Copyright: Reuters", a short "Copyright
	// associated press" with no sentence in it; not a sentence that opens
	// with the word ("Copyright law was at issue, the court said.").
	copyrightRe = regexp.MustCompile(`(?i)(?:^©|^copyright\s?(?:©|\(c\)|\d{4}\b|by\b|:)|^copyright\b[^.!?]{0,40}$|all rights reserved\.?$)`)
	subheadRe   = regexp.MustCompile(`^\s*[-–—*=#•]+\s*(.{1,80}?)\s*[-–—*=#•]+\s*$`)
	bylineRe    = regexp.MustCompile(`^(?:By|BY|by)\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|&|de|van|von|al|el|bin))*(?:\s*[,|]\s*.{0,60})?$`)
	// A dateline prefix: an upper-case place, optional date and agency, then a dash.
	datelinePrefix = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?(?:,\s*[\p{L}. ]+?)?(?:,\s*\p{Lu}[a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([\p{L} .]+\))?)\s*(?:[-–—]+|_)\s+`)
	// A dateline in any case that names its source in parentheses, then a
	// dash: "Moscow (AP) —", "Vatican city ( reuters ) -", "Raleigh, N.C.
	// (WNCN) –", "Ador, spain, july 16 ( upi ) --". The source (group 2) is
	// a few words, and the dash (group 3) may be left out after a wire
	// service or network when a capital follows, as CNN writes it
	// ("Jerusalem (CNN) The…", not "The network (CNN) said…"); the place is
	// checked by isDatelinePlace.
	sourceDateline = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’ /-]{0,40}?(?:,\s*\p{L}[\p{L}.'’ ]{0,30}?){0,2}(?:,\s*\p{L}{3,9}\.?\s+\d{1,2})?\s*\(\s*(\p{L}[\p{L}\d.&' ]{0,29}?)\s*\))\s*([-–—]+\s*|_\s+)?`)
	// A headline that runs into a dateline: "Kerry open to talks WASHINGTON - US ...".
	headlineDateline = regexp.MustCompile(`^(.{8,200}?[^.!?:;,])\s+(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}]+)?\s*(?:\([\p{L} .]+\))?)\s*[-–—]+\s+(\p{Lu}.*)$`)
)

// Wire copy as news agencies file it (and as archives such as the LDC's
// newswire corpora keep it) carries notes for editors around the story.
var (
	// typesetting codes: "&UR;", "&QL;", "&LR;" separate a wire story's
	// fields; a dateline cut off by one is joined back to its text.
	typeCodes      = regexp.MustCompile(`[ \t]*(?:&[A-Z]{2};[ \t]*)+`)
	splitDateline  = regexp.MustCompile(`(?m)^(\p{Lu}[\p{Lu}.,' ]{1,40})\n\n(_ )`)
	editorsNote    = regexp.MustCompile(`^(?:Eds?:|EDS?:|Eds? note|EDITOR'?S NOTE|Editor'?s [Nn]ote)`)
	pickupLine     = regexp.MustCompile(`(?i)\b(?:\d+(?:st|nd|rd|th) graf|graf \d+|\d+(?:st|nd|rd|th) ld[- ]writethru|ld[- ]writethru|pvs\.?$)`)
	agencyTitle    = regexp.MustCompile(`^(?:(?:The )?Associated Press|AP|Reuters|AFP) (?:[A-Z][a-z]+ )?(?:Writer|Correspondent|Reporter|Editor)$`)
	operatorMarks  = regexp.MustCompile(`^\(?[a-z]{1,4}(?:[-/][a-z]{1,4})*\)?$`)
	transmitStamp  = regexp.MustCompile(`^[A-Z]{2,5}-\d{2}-\d{2}-\d{2} \d{4}[A-Z]{3}$`)
	endOfTakeLines = map[string]bool{"MORE": true, "END": true, "ENDIT": true, "(MORE)": true, "(END)": true}
	// where an editor may cut: "(STORY CAN END HERE. OPTIONAL MATERIAL
	// FOLLOWS)", "(BEGIN OPTIONAL TRIM)", "(END OPTIONAL)"; with the
	// operator's initials the next line may hold ("nn")
	trimMark = regexp.MustCompile(`^\((?:STORY CAN END HERE[ ._]*)?(?:(?:BEGIN|END) )?OPTIONAL(?: (?:MATERIAL|TRIM|ADD))?(?: FOLLOWS)?\.?\)(?: [a-z]{1,4})*$`)
)

// hasTypeCode reports whether raw holds a typesetting code such as "&UR;".
func hasTypeCode(raw string) bool {
	for {
		i := strings.IndexByte(raw, '&')
		if i < 0 || i+3 >= len(raw) {
			return false
		}
		if isUpper(raw[i+1]) && isUpper(raw[i+2]) && raw[i+3] == ';' {
			return true
		}
		raw = raw[i+1:]
	}
}

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

// wireNote reports whether a paragraph is a note for the agency's editors
// rather than part of the story: an editor's note ("Eds: UPDATES with…"),
// a pick-up line ("Stepinac was, 5th graf, pvs."), a writer's title
// ("Associated Press Writer"), an end-of-take mark ("MORE"), a trim mark
// ("(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)"), the operators'
// initials ("sf/vj", "(tc-pfg-dkt)") or a transmission stamp.
func wireNote(p string, wc int) bool {
	switch {
	case wc > 40:
		return false
	case p[0] == 'E' && editorsNote.MatchString(p):
		return true
	case wc > 12:
		return false
	case endOfTakeLines[p]:
		return true
	case p[0] == '(' && strings.Contains(p, "OPTIONAL") && trimMark.MatchString(p):
		return true
	case len(p) <= 24 && (p[0] == '(' || p[0] >= 'a' && p[0] <= 'z'):
		return operatorMarks.MatchString(p)
	case len(p) <= 24 && transmitStamp.MatchString(p):
		return true
	}
	// the regexps below only on the paragraphs that could match them
	return (strings.Contains(p, "graf") || strings.Contains(p, "ritethru") || strings.HasSuffix(p, "pvs") || strings.HasSuffix(p, "pvs.")) && pickupLine.MatchString(p) ||
		(strings.HasSuffix(p, "er") || strings.HasSuffix(p, "ent")) && agencyTitle.MatchString(p) // Writer, Editor, Correspondent
}

// leadDateline finds a dateline opening the paragraph p, by datelinePrefix
// or sourceDateline, and returns it and where the text after it starts
// (0 when there is none). sourceDateline is tried only when a parenthesis,
// where its source would be, opens near the start.
func leadDateline(p string) (string, int) {
	if bar := placeHeader(p); bar > 0 {
		// "Seoul | seoul ( reuters ) - …", read as "Seoul ( reuters ) - …"
		// (once: the header is not looked for again, so "| | | …" is
		// not read header by header)
		n := bar - len(" | ")
		if place, end := datelineAtStart(p[:n] + p[bar+n:]); end > n {
			return place, end + bar
		}
	}
	return datelineAtStart(p)
}

// datelineAtStart is leadDateline without a page's place header.
func datelineAtStart(p string) (string, int) {
	if place, end := coveredDateline(p); end > 0 {
		return place, end
	}
	if m := datelinePrefix.FindStringSubmatchIndex(p); m != nil && isDatelinePlace(p[m[2]:m[3]]) {
		return strings.TrimSpace(p[m[2]:m[3]]), m[1]
	}
	if strings.IndexByte(p[:min(len(p), 140)], '(') < 0 {
		return plainDateline(p)
	}
	m := sourceDateline.FindStringSubmatchIndex(p)
	if m == nil || m[1] == len(p) || !isDatelinePlace(p[m[2]:m[3]]) {
		return plainDateline(p)
	}
	dashed := m[6] >= 0
	source := p[m[4]:m[5]]
	if !sourceNamed(source, dashed) {
		return "", 0
	}
	if !dashed && !unicode.IsUpper(firstRune(p[m[1]:])) && (!wireCredit(source) || namesCapitalized(p)) {
		// the story opens in small letters after a wire credit only
		// in text set in small letters: "Tokyo ( cnn ) seven us
		// sailors…", not "The network (CNN) said…"
		return "", 0
	}
	return strings.TrimSpace(p[m[2]:m[3]]), m[1]
}

// placeHeader returns the length of a page's header that names a
// dateline's place once more before it, set off by a bar, as Reuters's
// pages print it ("Seoul | " in "Seoul | seoul ( reuters ) - …"), or 0.
func placeHeader(p string) int {
	i := strings.Index(p[:min(len(p), 60)], " | ")
	if i <= 0 {
		return 0
	}
	rest := p[i+3:]
	if len(rest) < i || !strings.EqualFold(rest[:i], p[:i]) {
		return 0
	}
	return i + 3
}

// openingDateline returns where the text after a dateline that Clean cuts
// from an article's first paragraph ends (headlineDateline, leadDateline;
// 0 when p opens with none).
func openingDateline(p string) int {
	if m := headlineDatelineMatch(p); m != nil {
		return len(p) - len(m[3])
	}
	_, end := leadDateline(p)
	return end
}

// photoLabel cuts the label a page's photo left before an article's
// dateline ("Photo oslo — the self-described…") and returns the text after
// it; before a clause, inlineCuts cut it.
func photoLabel(p string) (string, bool) {
	rest, ok := strings.CutPrefix(p, "Photo ")
	if !ok {
		return p, false
	}
	rest = capitalized(strings.TrimLeft(rest, " "))
	return rest, openingDateline(rest) > 0
}

// plainDateline finds a dateline in ordinary case that names no source: a
// city and its state or country ("Ann Arbor, Mich. —", "Seoul, South Korea,
// June 5 —"), or a city that news copy names alone ("Beirut —"), then a
// dash and the text. A sentence may open in the same shape ("Instead, the
// show —"), so the place must be one the gazetteer knows.
func plainDateline(p string) (string, int) {
	d := dashAfterSpace(p, 90)
	if d <= 0 {
		return "", 0
	}
	end := d + 1 + dashRun(p[d+1:])
	if end >= len(p) || p[end] != ' ' {
		return "", 0
	}
	for end < len(p) && p[end] == ' ' {
		end++
	}
	if end == len(p) {
		return "", 0
	}
	name := strings.TrimSpace(p[:d])
	parts := strings.Split(name, ",")
	if len(parts) > 3 || !unicode.IsUpper(firstRune(name)) || !isDatelinePlace(parts[0]) || !placeWords(parts[0]) {
		return "", 0
	}
	switch {
	case len(parts) == 1 && (gazetteer.DatelineCity(lower(strings.Join(strings.Fields(name), " "))) || namedAsPlace(name)):
	case len(parts) >= 2 && gazetteer.DatelineRegion(lower(strings.Join(strings.Fields(parts[1]), " "))) &&
		(len(parts) == 2 || monthDay(parts[2])):
	default:
		return "", 0
	}
	return name, end
}

// coveredDateline finds a dateline whose shape a page changed: a place or
// a source left alone in parentheses before a dash where the article opens,
// the rest of its dateline cut away or never printed ("( new york ) – the
// apparent execution…", "( reuters ) - a fight…", "( the washington post )
// — top aides…"), and the Los Angeles Times's "Reporting from Seoul —". No
// sentence opens with a parenthesis and a dash. It returns the place, when
// the gazetteer knows it as a dateline's city, and where the text after the
// dash starts (0 when p opens with no such dateline).
func coveredDateline(p string) (string, int) {
	var name string
	var end int
	switch {
	case strings.HasPrefix(p, "("):
		j := strings.IndexByte(p[:min(len(p), 60)], ')')
		if j < 0 {
			return "", 0
		}
		name, end = strings.TrimSpace(p[1:j]), j+1
	case len(p) > len("reporting from ") && strings.EqualFold(p[:len("reporting from ")], "reporting from "):
		d := dashAfterSpace(p, 60)
		if d < len("reporting from ") {
			return "", 0
		}
		name, end = strings.TrimSpace(p[len("reporting from "):d]), d
	default:
		return "", 0
	}
	if !isDatelinePlace(name) || strings.ContainsAny(name, "()!?;:\"“”") { // "…( oh! My god! ) — shower it…"
		return "", 0
	}
	dashes := 0
	for end < len(p) {
		if p[end] == ' ' {
			end++
		} else if n := dashRun(p[end:]); n > 0 && dashes < 2 { // "Reporting from seoul - –"
			end += n
			dashes++
		} else {
			break
		}
	}
	if dashes == 0 || end == len(p) || p[end-1] != ' ' {
		return "", 0
	}
	if key := lower(strings.Join(strings.Fields(name), " ")); !gazetteer.DatelineCity(key) {
		return "", end
	}
	return name, end
}

// dashAfterSpace returns where the first space before a dash (dashRun)
// stands in p's first limit bytes, or -1.
func dashAfterSpace(p string, limit int) int {
	for i := range min(len(p), limit) {
		if p[i] == ' ' && dashRun(p[i+1:]) > 0 {
			return i
		}
	}
	return -1
}

// namedAsPlace reports whether name, of two or three words, ends with a
// word that names a kind of place ("Roselle Park", "Plains Township", "Salt
// Lake City"), as a town's dateline in a local paper does.
func namedAsPlace(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && len(f) <= 3 && placeKinds[lower(f[len(f)-1])]
}

// placeKinds are the last words of places' names (namedAsPlace).
var placeKinds = map[string]bool{"city": true, "township": true, "county": true, "park": true, "heights": true, "springs": true,
	"beach": true, "falls": true, "hill": true, "hills": true, "village": true, "valley": true, "harbor": true, "lake": true}

// dashRun returns the length in bytes of the dashes opening s ("—", "--",
// "_"), 0 when none does.
func dashRun(s string) int {
	n := 0
	for {
		switch {
		case strings.HasPrefix(s[n:], "-") || strings.HasPrefix(s[n:], "_"):
			n++
		case strings.HasPrefix(s[n:], "—") || strings.HasPrefix(s[n:], "–"):
			n += len("—")
		default:
			return n
		}
	}
}

// placeWords reports whether s is made of words that may name a place: no
// function word ("However, Texas —") and no word of time ("Yesterday").
func placeWords(s string) bool {
	for _, w := range strings.Fields(s) {
		w = lower(w)
		if text.IsStopword(w) || text.IsDateWord(w) || w == "yesterday" || w == "today" || w == "tonight" {
			return false
		}
	}
	return true
}

// monthDay reports whether s is a date of a month and a day ("June 5",
// "Sept. 11").
func monthDay(s string) bool {
	f := strings.Fields(s)
	return len(f) == 2 && text.IsMonth(strings.TrimSuffix(lower(f[0]), ".")) && len(f[1]) <= 2 && f[1][0] >= '0' && f[1][0] <= '9'
}

// headlineDatelineMatch runs headlineDateline only on paragraphs that have
// three capitals in a row and a dash followed by a space near the start,
// where the dateline would be: the pattern backtracks over its first 200
// characters, and most paragraphs cannot match.
func headlineDatelineMatch(p string) []string {
	head := p[:min(len(p), 1000)] // 200 characters of headline, the dateline, the dash
	if !strings.Contains(head, "- ") && !strings.Contains(head, "– ") && !strings.Contains(head, "— ") &&
		!strings.Contains(head, "-\t") && !strings.Contains(head, "–\t") && !strings.Contains(head, "—\t") {
		return nil
	}
	if !capitalRun(head) {
		return nil
	}
	return headlineDateline.FindStringSubmatch(p)
}

// capitalRun reports whether s holds three upper-case letters in a row, as
// a dateline's place does ("BAGHDAD", "SÃO PAULO").
func capitalRun(s string) bool {
	run := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			if run++; run == 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// pullQuoteWindow is the end of the text kept so far in which Clean looks
// for a short paragraph said before (a pull quote): the last 64 KB, about
// 10,000 words, so that a text of thousands of short paragraphs is not read
// whole for each. A pull quote repeats words printed near it.
func pullQuoteWindow(body string) string {
	const window = 64 << 10
	return body[max(0, len(body)-window):]
}

// maxCreditSplits is the number of times Clean splits an article's
// paragraphs where a story's credit stands inside one (storyInside): a
// news site's list of wire stories holds a few.
const maxCreditSplits = 32

// Clean cleans raw article text. It never fails: text with nothing left
// yields a Result with no paragraphs.
func Clean(raw string) Result {
	var res Result
	lines := splitLines(raw)
	paras := unwrap(lines)

	garbled := mayBeMojibake(raw)
	splits := 0               // paragraphs split at a story's credit inside them
	seen := map[string]bool{} // normalized paragraphs kept so far
	var body strings.Builder  // normalized text kept so far, for containment checks
	started := false          // a body paragraph has been kept
	body.Grow(len(raw))
	for idx := 0; idx < len(paras); idx++ {
		p := paras[idx]
		if garbled {
			p = repairMojibake(p)
		}
		p = squeezeSpace(decodeEntities(p))
		if p == "" {
			continue // nothing but invisible characters
		}
		p = openAfterMarks(unglue(p))
		ranIn := false // p ran into a story's credit: a list's or highlights box's text, no headline
		if before, after, cut, place, ok := storyInside(p, !started); ok && splits < maxCreditSplits {
			// (a page of many credits is not a list of stories: each split
			// reads the rest of the text again, so there are a few at most)
			splits++
			// the story after the credit is a paragraph of its own
			paras = slices.Insert(paras, idx+1, after)
			res.Removed = append(res.Removed, Removal{cut, ReasonDateline})
			if place != "" && res.Dateline == "" {
				res.Dateline = place // a wire story's, inside a news site's list
			}
			p, ranIn = before, true
		}
		if start, end := bareDateline(p); start >= 0 {
			res.Removed = append(res.Removed, Removal{strings.TrimSpace(p[start:end]), ReasonDateline})
			p = p[:start] + capitalized(p[end:])
		}
		var twice []string
		if p, twice = dropSaidTwice(p, nil); twice != nil {
			res.Removed = append(res.Removed, Removal{strings.Join(twice, " … "), ReasonRepeat})
		}
		p, cut := stripInline(p)
		if cut != "" {
			res.Removed = append(res.Removed, Removal{cut, ReasonFurniture})
		}
		p = dropRepeatedLabels(p)
		if p == "" {
			continue
		}
		wc := text.Words(p)
		if wireNote(p, wc) {
			res.Removed = append(res.Removed, Removal{p, ReasonWire})
			continue
		}
		if reason := furnitureReason(p, wc); reason != "" {
			res.Removed = append(res.Removed, Removal{p, reason})
			continue
		}
		short := len(p) <= 200
		if short && strings.ContainsRune("-–—*=#•", firstRune(p)) {
			if m := subheadRe.FindStringSubmatch(p); m != nil && !endsSentence(m[1]) {
				res.Removed = append(res.Removed, Removal{p, ReasonSubhead})
				continue
			}
		}
		if short && wc <= 12 && (firstRune(p) == 'B' || firstRune(p) == 'b') && bylineRe.MatchString(p) {
			res.Removed = append(res.Removed, Removal{p, ReasonByline})
			continue
		}
		if !started {
			if rest, ok := photoLabel(p); ok {
				res.Removed = append(res.Removed, Removal{"Photo", ReasonFurniture})
				p = rest
			}
			// Standalone dateline or source line: "Reuters, Baghdad :", "WASHINGTON -".
			if wc <= 5 && (strings.HasSuffix(p, ":") || strings.HasSuffix(p, "-") || strings.HasSuffix(p, "—") || strings.HasSuffix(p, "–")) && allCapitalized(p) {
				res.Dateline = strings.TrimSpace(strings.TrimRight(p, ":-–— "))
				res.Removed = append(res.Removed, Removal{p, ReasonDateline})
				continue
			}
			// Headline: short, no sentence punctuation, more text follows.
			if res.Title == "" && !ranIn && isHeadline(p) && moreBodyFollows(paras[idx+1:]) {
				res.Title = p
				res.Removed = append(res.Removed, Removal{p, ReasonHeadline})
				continue
			}
			if head, rest, ok := updatedHeadline(p); ok && res.Title == "" {
				res.Title = head
				res.Removed = append(res.Removed, Removal{head, ReasonHeadline})
				p = rest
			}
			if m := headlineDatelineMatch(p); m != nil && res.Title == "" && text.Words(m[1]) <= 20 && !strings.ContainsAny(m[1], "“\"") {
				res.Title = m[1]
				res.Dateline = m[2]
				res.Removed = append(res.Removed, Removal{m[1], ReasonHeadline}, Removal{m[2], ReasonDateline})
				p = m[3]
			} else if place, end := leadDateline(p); end > 0 {
				if place != "" {
					res.Dateline = place
				}
				res.Removed = append(res.Removed, Removal{strings.TrimSpace(p[:end]), ReasonDateline})
				p = capitalized(p[end:])
			}
		} else if wc <= 8 && isHeadline(p) && !strings.HasSuffix(p, ":") {
			// A short unpunctuated line between body paragraphs is a subhead.
			res.Removed = append(res.Removed, Removal{p, ReasonSubhead})
			continue
		}
		if marked, cut, place := dropMarks(p); marked != p {
			for _, c := range cut {
				res.Removed = append(res.Removed, Removal{c, ReasonDateline})
			}
			if res.Dateline == "" {
				res.Dateline = place
			}
			p = marked
		}
		if linked, cut := dropBracketLinks(p); cut != nil {
			res.Removed = append(res.Removed, Removal{strings.Join(cut, " … "), ReasonFurniture})
			if p = linked; p == "" {
				continue
			}
		}
		key := MatchKey(p)
		if key == "" {
			res.Removed = append(res.Removed, Removal{p, ReasonEmpty})
			continue
		}
		// A short paragraph inside earlier text is a pull quote; long repeats match exactly.
		if seen[key] || (wc >= 5 && wc <= 20 && strings.Contains(pullQuoteWindow(body.String()), key)) {
			res.Removed = append(res.Removed, Removal{p, ReasonRepeat})
			continue
		}
		seen[key] = true
		body.WriteString(key)
		body.WriteByte('\n')
		res.Paragraphs = append(res.Paragraphs, p)
		started = true
	}
	if res.Title != "" {
		res.Title = withoutSiteName(res.Title) // a page's title line: "… - Yahoo News"
	}
	return res
}

// webFurniture are phrases (lower case) of sentences that belong to the
// page around an article, not to the article: the two kinds below.
var webFurniture = slices.Concat(standInFurniture, boxFurniture)

// standInFurniture are phrases of the text a page shows in place of an
// article: a web archive's notes on its capture, an embedded tweet's or a
// video site's own page, a wall (scripts, log-in, ad blocker, paywall) and
// an error page. A page with several such sentences holds little else of
// the story (see StandsIn).
var standInFurniture = []string{
	// tweet widgets
	"tweet with a location", "tweets with a location", "location information to your tweets", "location to your tweets",
	"add this tweet to your website", "will appear next to all of your comments", "will not appear anywhere on",
	"tweet location history", "delete your location history", "legacy twitter", "switch location on/off",
	// video sites' pages
	"rating is available when the video", "interactive transcript could not be loaded", "this feature is not available right now",
	"watch queue", "add this video to your website", "does not support html5 video",
	// walls
	"javascript is disabled", "need to enable javascript", "is blocking javascript", "flash player version",
	"active content are not permitted", "enable cookies", "must log in to continue", "must login to continue",
	"not in our deliverable area", "you're using an ad blocker", "you are using an ad blocker", "using an adblocker",
	"check your email and click", "activate your profile", "enter the characters", "log in to your subscriber account",
	"sign up for digital access",
	// web archives' notes around a captured page
	"crawls are part of an effort to archive", "crawl is part of an effort to archive", "donating their crawl data",
	"webcrawl data", "the seed for this crawl", "the seed for wide", "wayback machine", "archive-it", "crawl of outlinks",
	"crawled of outlinks", "web wide crawl",
	"crawls of supported", "web captures", "web archiving was performed", "end of term archive", "end of term project", "wayback team",
	"seed list", "scope of the crawl", "experimental crawl", "crawled regularly", "distributed crawling",
	"currently not publicly accessible", "version that was live when the page was written",
	"pages that are referenced are changed", "crawls performed by", "internet archive hopes that references",
	"fix all broken links on the web", "set of web collections", "information about this collection",
	// a social network's or a video site's page in place of a story
	"join this group to see the discussion", "unable to fetch your friends", "you can change this preference below",
	// error pages, and a web server's page where a site's should be
	"distributed with nginx", "nginx configuration file",
	"the page you requested was not found", "check the url for proper spelling", "return to the page you were visiting",
	"having trouble locating a destination", "if you try searching below",
	// log-in forms and age gates shown before a story
	"check your user name and password", "forgot your password", "enter a password longer", "log in using this email address",
	"enter your full birth year", "this content is restricted", "enter a valid email", "matches an existing account",
}

// boxFurniture are phrases of the boxes a page sets around an article it
// shows: sign-up and notification boxes, cookie notices, appeals, reprint
// notices, a player's or gallery's buttons, captions and links.
var boxFurniture = []string{
	"accept cookies", "verification email", "thank you for subscribing", "get daily updates", "get breaking news alerts",
	"breaking news emails", "for your personal, non-commercial use only", "for your personal non-commercial use only",
	"requests for single reprints", "disclosures can be viewed", "take our poll", "thank you for reading",
	"sign up for our newsletter", "subscribe to our free newsletter", "media playback is unsupported",
	// sign-up, account and notification boxes
	"push notifications", "email notifications are", "get email notifications on", "your notification has been saved",
	"sign up to follow, and we", "there are multiple videos inside this story", "newsletter delivered to your email",
	"select a newsletter", "our email newsletters", "subscribe to our newsletter", "consider subscribing", "delivered weekday mornings", "delivered to your inbox",
	"verification message", "spam or junk folder", "already have an account", "send a conformation email",
	"email to this address", "why don't you sign up", "this is a breaking news update", "delivered right to your inbox",
	"to receive our daily newsletter", "enabling javascript to view ads", "log in or register with your social",
	"search the web advanced search", "verify you're not a robot", "invalid email address",
	"view all new york times newsletters", "including about available controls", "thank you for signing up",
	"sign up for more newsletters", "a cookie is a small file", "do not alter this code",
	"have an account? sign in", "sign in to update your profile", "thank you for registering",
	"logged out of your facebook account", "re-enter zip code", "up to date with mobile alerts",
	"as an interest to stay up to date", "you can unsubscribe at any time", "receive occasional updates",
	// cookie and privacy notices
	"we use cookies", "data protection law requires", "see our privacy policy", "agree to our terms of service",
	"you consent to the use", "by clicking or navigating the site", "collection of information on and off facebook",
	"consent to our use of cookies", "this site uses cookies", "we are using cookies on our site", "disabling cookies may prevent",
	"cookies cannot be used to identify you", "cookies policy page", "cookie policy has been developed", "consent to receiving all cookies",
	// a box's error, a player's and a gallery's buttons
	"please try again later", "there was a problem saving", "skip ad", "click prev or next", "continue viewing images",
	// appeals and reprint notices
	"help us deliver journalism", "keep our journalism open", "our journalism takes", "support our journalism",
	"order reprints", "presentation-ready copies", "may not be published, broadcast, rewritten",
	// photo captions, and a picture's share buttons before its caption
	"file photo", "facebook twitter pinterest",
	// a recommendation widget's script set out as text
	"window._taboola",
	// calls to click, a video player's buttons
	"click here", "click to view", "click to watch", "facebook twitter embed", "google plus embed",
	// a local paper's subscription appeal, a site's offers of membership
	"no one covers what is happening in our community", "sign up be the first to know", "with a digital subscription, you",
	"premium content for only", "for unlimited access to the best", "learn more about our subscription plans",
	"get the full story with unlimited access", "be the first to know about new",
	"become a member to read", "join independent minds", "independent minds subscription",
	"gain a global perspective on the us",
	// a station's or a site's account of itself
	"a market leading news resource", "has been a news and information utility",
	// a writer's or a site's address for readers
	"please email us at", "email me at", "email him at", "email her at", "can be reached at", "may be reached at",
	"follow me on twitter", "follow him on twitter",
	"follow her on twitter",
	// calls to follow a site, and a sign-up form's fields
	"and like us on facebook", ", like us on facebook", "like us on facebook:", "like us on facebook,",
	"like us on facebook ►", "first name last name email", "password confirm i agree",
	// an account's profile box, a share form, a call to comment, a
	// newsletter's heading
	"your display name is", "your username is what you", "edit profile", "a link to this page will be included in your message",
	"thank you for your interest in spreading the word", "the person you are recommending the page", "feel free to weigh-in", "feel free to weigh in",
	"your daily look at late-breaking news",
	// what an embedded tweet's box says when the tweet is gone
	"account has since deleted this tweet",
	// a video player's notice where the plug-in it needs is missing
	"version of the adobe flash player", "version of adobe flash player", "has adobe flash player installed", "your browser does not support",
	"your browser is unable to play this video",
}

// inlineFurniture are fragments that web players and page templates leave
// inside running text (lower case): they are cut out wherever they stand.
var inlineFurniture = []string{
	"advertisement continue reading the main story", "advertisement - continue reading below", "continue reading the main story", "story continues below",
	"enlarge this image toggle caption", "enlarge this image", "toggle caption", "media playback is unsupported on your device",
	"share this article", "listen to article", "image copyright", "image caption", "media caption",
	"photo: getty images", "getty images", "hide caption", "itemprop=", "(function", "click to expand",
	"please enable javascript to watch this video", "story continued below",
	"« previous | main | next »", "advertisement - article continues below »", "article continues below", "newsletter sign up",
	"view full caption", "tap to play gif",
	// a gallery's arrows, and an ad's label run into a player's "Skip"
	"❮ prev next ❯", "‹ prev next ›", "« prev next »", "advertisementskip",
}

// inlineCut is a page-template piece found by pattern inside running text:
// the part the pattern's first group matches is cut out, and keep put in
// its place. The pattern is tried only when one of its gates (lower case,
// a '#' standing for any digit) is in the paragraph.
type inlineCut struct {
	gates []string
	re    *regexp.Regexp
	keep  string
}

// inlineCuts are the page-template pieces cut wherever their pattern
// matches.
var inlineCuts = []inlineCut{
	// a photo credit in parentheses: "( photo: mark humphrey, ap )",
	// "(Photo by Luke Sharrett/Bloomberg)", or in parentheses or brackets
	// without the label: "( courtesy of the state department )", "(
	// courtesy: twitter )"
	{[]string{"(photo", "( photo", "(image", "( image", "(picture", "( picture", "(courtesy", "( courtesy", "[courtesy", "[ courtesy"},
		regexp.MustCompile(`(?i)(\(\s*(?:photos?|images?|pictures?)\s*(?::|by\b|provided by\b|courtesy\b)[^()]{0,150}\)|[\(\[]\s*courtesy\b[^()\[\]]{0,100}[\)\]])`), " "},
	// a picture's credit after "Image copyright", as the BBC's pages run it
	// into the text: up to its "Image caption" ("Image copyright afp image
	// caption mexican troops…", "…the royal ( dick ) school of veterinary
	// studies image caption…"), or, with no caption after it, a wire's or a
	// picture service's name ("Image copyright thinkstock scientists have…":
	// creditAgency, stockServices, and the BBC's "pa" and "spl"). "Image
	// copyright" and "image caption" alone are inlineFurniture.
	{[]string{"image copyright"}, regexp.MustCompile(`(?i)(image copyright\s+(?:(?:[^\s.!?]+\s+){1,8}?(?:image|media) caption\b|(?:` + creditAgency + `|` + strings.Join(stockServices, "|") + `|pa|spl|science photo library)(?:/` + creditAgency + `){0,2}\s))`), " "},
	// a wire photo's credit in brackets: "( ap photo/alex brandon )",
	// "(AP Photo)", "[ photo/xinhua ]", "( uncredited/ap )"
	{[]string{"photo/", "photo )", "photo)", "photos/", "photo ]", "photo]", "uncredited", "getty )", "getty)", "getty ]", "getty]", "getty images )", "getty images)"}, regexp.MustCompile(`(?i)([\(\[]\s*(?:(?:ap|afp|epa|reuters|xinhua|associated press)\s+)?photos?\s*(?:/[^()\[\]]{0,80})?[\)\]]|[\(\[]\s*uncredited\s*/[^()\[\]]{0,40}[\)\]]|[\(\[]\s*getty(?:\simages)?\s*[\)\]])`), " "},
	// a video player's buttons before its caption: "Close Skip in Skip x
	// Embed x Share The mayor…", "Skip ad Ad loading... x Embed x Share …"
	{[]string{"embed x share"}, regexp.MustCompile(`(?i)^((?:close\s+)?(?:skip in skip\s+|skip ad\s+ad loading\s*(?:\.\.\.|…)?\s*)?x\s+embed\s+x\s+share\s+)`), ""},
	// a page's text-size buttons and the video box after them: "Text size
	// - + reset Video: Weiner's teary presser POLITICO 44 For now, …"
	{[]string{"text size - + reset"}, regexp.MustCompile(`(?i)(text size - \+ reset\s+(?:[^.!?]{0,100}?\bpolitico 44\s+)?)`), " "},
	// a news site's follow button after its sign-up line ("…analysis from
	// ABC News. Add Interest The security guard…")
	{[]string{"add interest"}, regexp.MustCompile(`(?i)from abc news\.\s+(add interest\s+)`), ""},
	// a page's article number, after a sentence or a picture's credit:
	// "Jesse grant / getty images id: 8289274 betty white is being sued…"
	{[]string{"id: #"}, regexp.MustCompile(`(?:^|\s)((?i:id):\s?\d{5,}\s+)\S`), ""},
	// a gallery's button, and the credit of its first picture: "View
	// slideshow associated press an afghan police officer carries…"
	{[]string{"view slideshow"}, regexp.MustCompile(`(?i)(view slideshow\s*(?:(?:associated press|reuters|afp|getty images)\s+)?)`), " "},
	// a photo's credit through the wire: "( John Sleezer/The Kansas City
	// Star via AP )"
	{[]string{"via ap )", "via ap)"}, regexp.MustCompile(`(?i)(\([^()]{0,80}?\bvia ap\s*\))`), " "},
	// a wire story's credit after the cut-off teaser of a news site's list
	// or a photo's caption: "The collection held one of... ( Associated
	// Press )"; the story after it is split off by splitAtCredit
	{[]string{"associated press )", "associated press)"}, regexp.MustCompile(`(?i)(?:^|\s)(\(\s*associated press\s*\))`), ""},
	// a photo's label before a sentence, where no sentence could open with
	// "Photo": before a pronoun, an article or a quotation ("…spring.
	// Photo the trend took off…", "Photo it was a simple plan…"; not
	// "Photo ID laws…", "Photo of the day"); in small letters after a
	// quotation set apart, as Multi-News sets it ("…the institution. "
	// photo ms. Rowe, a freshman…")
	{[]string{"photo "}, regexp.MustCompile(`(?:^|[.!?]\s?["”’]?\s)([Pp]hoto\s+)(?:(?i:the|a|an|it|he|she|they|we|i|this|these|those|his|her|their|its|our|there|when|while|after|before|since|during|because|although|as|if|at|on|in|under|more|most|many|some|last|mr|mrs|ms|dr)\b|["“])`), ""},
	// a local news site's time stamps after the headline: "…Gertrude
	// Weaver, dies Posted: Monday, April 6, 2015 3:09 PM EDT Updated:
	// Monday, April 13, 2015 2:53 PM EDT Channel 7 News has confirmed…",
	// "Updated: Feb 28, 2016 - 5:16 PM", "Updated: Wednesday, 8:29 a.m.",
	// with the byline before them ("By: Debbie Lord, Cox Media Group
	// National Content Desk Updated: Jun 14, 2016 - 12:24 PM After the…")
	{[]string{"posted:", "updated:"}, regexp.MustCompile(`(?i)((?:\bby:\s[^.!?|:]{1,80}?\s)?(?:\b(?:posted|updated)\s?:\s(?:` + postedAt + `)\s*)+(?:posted:\s?updated:\s)?)`), endSentence},
	// a picture's credit after its caption, as Politico and The Hill set
	// it: "…donald trump boasted wednesday night. | Getty Trump: 'I don't
	// know why…'", "…in the briefing room. | AP Photo Democrats to link…",
	// "| Mark Wilson/Getty Images", "| John Shinkle/POLITICO"
	{[]string{"| "}, regexp.MustCompile(`(?i)(?:^|\s)(\|\s(?:ap photo|getty images|getty|afp|reuters|[\p{L}.'’ -]{2,40}?/(?:afp/)?(?:getty images|getty|politico|ap|reuters|afp))\s)`), endSentence},
	// a video player's notices, as the Mirror's pages print them: "Video
	// Loading Video Unavailable Click to play Tap to play The video will
	// start in 8 Cancel Play now"
	{[]string{"video unavailable"}, regexp.MustCompile(`(?i)((?:video loading\s+)?video unavailable\s+click to play\s+tap to play\s+the video will start in \d+\s+cancel\s+play now\s*)`), " "},
	// a call to follow a site run into the sentence after it: "Like us
	// on facebook england will soon have a museum…" (said alone, or beside
	// other calls, it is web furniture: see boxFurniture)
	{[]string{"like us on facebook "}, regexp.MustCompile(`(?i)(?:^|[.!?]\s)(like us on facebook\s+)\p{L}`), ""},
	// a copyright line run into the text: "…settles suit with teen
	// Copyright by KOIN - All rights reserved Liberty High School…",
	// "Copyright 2017 by WKMG ClickOrlando - All rights reserved."
	{[]string{"all rights reserved"}, regexp.MustCompile(`(?i)(copyright\s(?:©\s?)?(?:\d{4}\s)?(?:by\s)?[^.!?]{1,60}?\s?[-–—|]?\s?all rights reserved\.?)`), endSentence},
	// an article's audio player and share buttons over the story: "Listen
	// to article 4:26 Share this article Facebook Twitter LinkedIn Email
	// President Donald Trump ordered…"
	{[]string{"facebook twitter linkedin email"}, regexp.MustCompile(`(?i)(?:^|\s)((?:listen to article\s+\d{1,2}\s?:\s?\d{2}\s+)?(?:share this article\s+)?facebook twitter linkedin email\s+)`), ""},
	// a news site's note on an old story's age: "This article is over 1
	// year old Court does not rule on…"
	{[]string{"this article is "}, regexp.MustCompile(`(?i)^(this article is (?:over|more than) (?:\d+|a|an|one) (?:years?|months?|days?) old\s+)`), ""},
	// a copyright line run into the story it opens, in small letters:
	// "Copyright © 2018 albuquerque journal a new lawsuit filed…". The
	// owner's name ends before the first article or conjunction that can
	// open a sentence (at most four words; "the" may open the name).
	{[]string{"copyright"}, regexp.MustCompile(`(?i)^((?:©\s?)?copyright\s(?:©\s?)?\d{4}\s(?:the\s)?(?:[\p{L}.&'’-]+\s){1,4}?)(?:a|an|the|when|while|after|before|as|in|on|at)\s`), ""},
	// a highlights box's label: "Story highlights The fund was created…",
	// also after the caption of the picture above it ("…in Tempe on
	// Thursday. (Photo: Michael Schennum) Story highlights Experimental
	// philosopher…")
	{[]string{"story highlights"}, regexp.MustCompile(`(?i)(?:^|[.!?)]["”’]?\s)(story highlights\s+)`), ""},
	// an entry's time in AP's running story, where a sentence opens ("…to
	// 28. 1:45 p.m. Afghan officials…", "___ 5 p.m. FBI Director…"; cut
	// before the heading below, whose words are its gate)
	{[]string{"all times local"}, regexp.MustCompile(`(?:^|[.!?]["”’]?\s|_{2,}\s)(` + entryTime + `\s+)\p{Lu}`), ""},
	// the running story's heading and its first entry's time: "The Latest
	// on the hot air balloon crash (all times local): 12:10 p.m. The site
	// of…", "…one week out from the Iowa caucuses. All times local. 3:15 p.m."
	{[]string{"all times local"}, regexp.MustCompile(`(?i)(\bthe latest on\b[^()]{3,200}?(?:\s?\(\s*all times local\s*\)\s?:?|[.:]?\s+all times local\s?[.:])\s*(?:_{2,}\s*)?(?:` + entryTime + `\s+)?)`), ""},
	// an editor's note on the story itself, before it: "Editor's note: this
	// story was updated at 1:55 p.m. Is it a medieval fake…", "Editor's
	// note: the following is adapted from…", "Editor's note: the newest
	// version of this story can be found here…"
	{[]string{"editor's note", "editor’s note"}, regexp.MustCompile(`(?:^|[.!?)]["”’]?\s)((?i:editor['’]s\s+note\s?:\s+(?:this|the following|some readers|(?:\S+\s+){1,5}?this\s+(?:story|article|video|column|post|report|piece|letter|page|recall))\b).{0,250}?[.!?]\s+)\p{Lu}`), ""},
	// and the label of one that tells the story: "Editor's note: former
	// Penn State football coach Jerry Sandusky will likely spend…",
	// "Editor's note-11/17/2014 customers that add…"
	{[]string{"editor's note", "editor’s note"}, regexp.MustCompile(`(?:^|[.!?)]["”’]?\s)((?i:editor['’]s\s+note)(?:\s?[-–—]\s?\d{1,2}/\d{1,2}/\d{2,4})?\s?:?\s+)\p{L}`), ""},
	// a video's length, after its caption or before the story: "…misses an
	// extended amount of time. ( 0:49 ) Minneapolis -- Aaron Rodgers…",
	// "Video ( 01:32 ): Zimbabwean authorities…" (not a film's running time
	// at a sentence's end: "Director: Todd Phillips (1:40).")
	// (the second pattern opens with its literal "(", which the regexp
	// package finds fast)
	{[]string{"video ("}, regexp.MustCompile(`(?i)(?:^|\s)(video\s?` + videoLength + `\s?:?\s+)\p{L}`), endSentence},
	{[]string{"(#:##", "(##:##", "(#: ##", "(##: ##", "( #:##", "( ##:##", "( #: ##", "( ##: ##"}, regexp.MustCompile(`(` + videoLength + `\s?:?\s+)\p{L}`), endSentence},
	// an update's time stamp: "Updated 8:21 a.m.: …"
	{[]string{"updated "}, regexp.MustCompile(`(?i)^(updated\s+\d{1,2}\s?:\s?\d{2}\s*[ap]\.?\s?m\.?(?:\s+[a-z]{2,4})?\s*[:—–-]\s*)`), ""},
	// an update's label before what it tells, where a sentence opens
	// ("Update: Tiffany Li has posted bail.", "…the story. Updated: in his
	// fourth year of handling envelopes…"; a stamp's time or date after it
	// is cut above)
	{[]string{"update:", "updated:", "update :", "updated :"}, regexp.MustCompile(`(?:^|[.!?)]["”’]?\s)((?i:update[d]?)\s?:\s+)\p{L}`), ""},
	// an embedded tweet's signature: "— Tituss Burgess (@titussburgess) July
	// 13, 2016", and its link ("pic.twitter.com/…", "https://t.co/…")
	// (or the time in milliseconds an embed's script prints in its place:
	// "— narendra modi ( @narendramodi ) 1539961804000")
	{[]string{"(@", "( @"}, regexp.MustCompile(`(?i)((?:(?:pic\.twitter\.com|https?://t\.co)/\w+\s*)?[—–]\s?[^—–()]{1,60}\(\s*@\w{1,30}\s*\)\s+(?:\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}|1\d{12}\b))`), endSentence},
	// an embedded Instagram post's signature: "A photo posted by Kylie
	// (@kyliejenner) on Jan 7, 2017 at 4:40pm PST"
	{[]string{"(@", "( @"}, regexp.MustCompile(`(?i)(\b(?:a\s)?(?:photo|video|post)\s(?:posted|shared)\sby\s[^()]{0,60}\(\s*@[\w.]{1,30}\s*\)\son\s\p{L}{3,9}\.?\s\d{1,2},\s\d{4}(?:\sat\s\d{1,2}\s?:\s?\d{2}\s?[ap]m(?:\s[a-z]{2,4}\b)?)?)`), endSentence},
	// a tweet's link left without its signature: "…this week https://t.co/cz34tv08uf"
	{[]string{"t.co/", "pic.twitter.com/"}, regexp.MustCompile(`(?i)((?:https?://t\.co|\bpic\.twitter\.com)/\w+(?:\s?…)?)`), " "},
	// a web address in parentheses after the paper it cites, as AP's
	// member stories print it: "…tells the sun chronicle ( http://bit.ly/2slf5yu ) he…"
	{[]string{"( http", "(http", "( www.", "(www."}, regexp.MustCompile(`(?i)(\(\s*(?:https?://|www\.)[^\s()]{1,200}\s*\))`), " "},
	// a web address opening a paragraph, a post's link set before the story
	// it was embedded in: "Https://www.instagram.com/p/bp5q9zflbdm/ whole foods…"
	{[]string{"http"}, regexp.MustCompile(`(?i)^(https?://\S{1,200}\s+(?:[-–—]+\s+)?)\p{L}`), ""},
	// AP's note on a member paper's story: "___ information from: the
	// buffalo news, http://www.buffalonews.com"
	{[]string{"information from:"}, regexp.MustCompile(`(?i)(_{3,}\s*information from:(?:[^_]{0,120}?(?:https?://|www\.)\S+|\s*$))`), " "},
	// a rule of underscores set apart, as AP parts the entries of a running
	// story ("…28. ___ The site of…")
	{[]string{"__"}, regexp.MustCompile(`(?:^|\s)(_{2,})(?:\s|$)`), " "},
	// a video player's buttons and its video's title and length before the
	// story: "Play Facebook Twitter Embed Towering dust storm forms over
	// Phoenix 2:23 A massive dust storm…", maybe with "Google Plus" before
	// "Embed" (a title cut short, with no length, leaves the sentence to
	// the web-furniture phrases)
	{[]string{"twitter embed", "plus embed"}, regexp.MustCompile(`(?i)(play\s+facebook\s+twitter\s+(?:google\s+plus\s+)?embed\s+[^…]{1,160}?\s\d{1,2}\s?:\s?\d{2}\s)`), ""},
	// a video player's poster image and the flag after it: "Poster= "
	// http://v.politico.com/images/….jpg " true"
	{[]string{"poster="}, regexp.MustCompile(`(?i)(poster=\s?"[^"]{0,300}"\s?true\s)`), ""},
	// a news site's time stamp and byline: "Nov. 29, 2018, 1:40 AM GMT /
	// Updated Nov. 29, 2018, 1:52 AM GMT / Source: Reuters By Phil
	// McCausland". A byline is cut with it when a dateline's dash closes it
	// ("by alastair jamieson london —"), or when it is two words followed by a
	// word that opens a sentence ("by claire atkinson the big five…");
	// otherwise only the stamp goes, since in small letters a name cannot be
	// told from the story's first words ("by maggie fox and you thought…")
	{[]string{" gmt"}, regexp.MustCompile(`(?i)(` + siteStamp + `by\s[^.!?—–]{3,70}?\s[—–]\s)`), ""},
	{[]string{" gmt"}, regexp.MustCompile(`(?i)(` + siteStamp + `by\s` + bylineName + `\s)(?:` + openingWords + `)\b`), ""},
	{[]string{" gmt"}, regexp.MustCompile(`(?i)(` + siteStamp + `)`), ""},
	// a news site's byline opening its story after its sign-up box:
	// "…delivered weekday mornings. / Updated by Ken Dilanian and Courtney
	// Kube Washington — a senior aide…", with the dateline when a dash
	// closes it; else names of two words each (a middle initial between
	// them), joined by commas and "and", before the story: "/ updated by
	// erik ortiz, corky siemaszko and phil helsel in the aftermath of…"
	{[]string{"/ updated by"}, regexp.MustCompile(`(?i)(?:^|[.!?]["”’]?\s)(/\supdated\sby\s(?:\b\p{L}\.|[^.!?—–/]){3,90}?\s[—–]\s)`), ""},
	{[]string{"/ updated by"}, regexp.MustCompile(`(?i)(?:^|[.!?]["”’]?\s)(/\supdated\sby\s` + bylineName + `(?:,\s` + bylineName + `)*(?:,?\sand\s` + bylineName + `)?\s)`), ""},
	// a live blog's entry time: "8.46am GMT Welcome to Middle East Live.",
	// and a celebrity site's update: "5:50 PM PT -- the chiefs have cut…"
	{[]string{"m gmt", "m bst", " pt --", " et --"}, regexp.MustCompile(`(?i)(?:^|[.!?]["”’]?\s)(\d{1,2}[.:]\s?\d{2}\s?[ap]m\s(?:gmt|bst|cet|cest)\s|\d{1,2}\s?:\s?\d{2}\s?[ap]\.?m\.?\s(?:pt|et|ct|mt)\s--\s)`), ""},
	// a video's or a story's time stamp in parentheses, after the video's
	// caption: "…has the latest. ( published sunday, sept. 9, 2018 ) a man
	// shot…", "( updated 11:45 p.m. ET )", "( published 28 minutes ago )"
	{[]string{"( published", "(published", "( updated", "(updated"}, regexp.MustCompile(`(?i)(\(\s*(?:published|updated)\s?:?\s(?:\p{L}{3,9},?\s)?(?:\p{L}{3,9}\.?\s\d{1,2},\s\d{4}|\d{1,2}\s(?:minutes?|hours?|days?)\sago|\d{1,2}\s?:\s?\d{2}\s?[ap]\.?\s?m\.?)[^()]{0,30}\))`), endSentence},
	// a wire photo's credit with the agency first, after its caption's date
	// or opening a paragraph: "…in Sydney, September 15, 2009. Reuters/Tim
	// Wimborne San Francisco…", "Reuters/Laura Segall/File Photo The latest…",
	// "AFP/Getty Images In the latest…". In small letters a name's end
	// cannot be told, so a name with no tail after it is taken as two words
	// (a middle initial between them), and only after a caption's date
	// ("Reuters/Ipsos polls show…" opens a sentence). A pool's picture may
	// credit two ("Reuters/Ivan Sekretarev/Pool/Lucas Jackson/File Photos").
	{[]string{"reuters/", "ap/", "afp/"}, regexp.MustCompile(`(?i)(?:^|\d{4}\.\s)((?:reuters|ap|afp)/(?:getty(?:\simages)?|[^/.!?]{1,50}?(?:/(?:[^/.!?\s][^/.!?]{0,49}?/)?(?:file\sphotos?|files|illustration|pool|handout(?:\svia\sreuters(?:\stv)?)?))+)(?:\s|$))`), ""},
	{[]string{"reuters/", "ap/", "afp/"}, regexp.MustCompile(`(?i)\d{4}\.\s((?:reuters|ap|afp)/\p{L}[\p{L}'’-]*\s(?:\p{L}\.\s)?\p{L}[\p{L}'’-]*\s)`), ""},
	// a site's membership offer run into the story: "Join Independent Minds
	// For exclusive articles, events and an advertising-free read for just
	// £5.99 €6.99 $9.99 a month … without the ads – for just £5.99 €6.99
	// $9.99 a month Scientists have…"
	{[]string{"independent minds"}, regexp.MustCompile(`(?i)(join independent minds\b.{0,400}?without the ads\s?[–-]\s?for just\s[^\p{L}]{0,40}a month\s)`), ""},
	// a picture's credit opening a sentence: Getty's before a gallery's
	// counter ("Getty 5 chelsea will send…", "Getty 3/46 jeremy hunt…"),
	// with a dash and its contributor's label, or with "image" ("Getty
	// image amanda bynes…"); "Getty said…" is a name's
	{[]string{"getty #", "getty -", "getty –", "getty —", "getty image "}, regexp.MustCompile(atSentence + `((?i:getty)(?:\s?[-–—]\s?(?i:contributor)|\s(?i:image)|\s\d{1,3}(?:\s?/\s?\d{1,3})?)\s+)\p{L}`), ""},
	// a link to the rest of the story left where a sentence opens:
	// "…were found. Continue reading below police searched…" ("…continue
	// reading the main story" is inlineFurniture)
	{[]string{"continue reading "}, regexp.MustCompile(atSentence + `((?i:continue reading)(?:\s(?i:below|more on this story|the main story))?\s+)\p{L}`), ""},
	// a newspaper gallery's caption box around its title: "…image 1 of /
	// 18 caption close 1 arrested after tesla crashes into fire truck 1 /
	// 18 back to gallery a 37-year-old…", and its counter alone
	{[]string{"back to gallery"}, regexp.MustCompile(`(?i)((?:image\s\d{1,3}\sof\s/?\s?\d{1,3}\s)?(?:caption\sclose\s[^|]{0,250}?)?\d{1,3}\s?/\s?\d{1,3}\sback to gallery)`), endSentence},
	// a picture's "Enlarge" button where a sentence opens: "Previous next
	// enlarge an alabama teacher…", "[ + ] enlarge a new book says…"
	{[]string{"enlarge "}, regexp.MustCompile(atSentence + `((?:\[\s?\+\s?\]\s)?(?i:previous\snext\s)?(?i:enlarge)(?:\s(?i:this\simage|image|photo))?\s+)\p{L}`), ""},
	// a related story's link in parentheses: "( related: tomi lahren likely
	// on her way out ) lahren's inflammatory style…"
	{[]string{"related:"}, regexp.MustCompile(`(?i)([\(\[]\s?related\s?:[^()\[\]]{3,200}[\)\]])`), " "},
	// a gallery's counter: "Image 2 of 29"
	{[]string{"image "}, regexp.MustCompile(`(?i)(\bimage \d{1,3} of \d{1,3}\b)`), " "},
	// and a slideshow's, opening the caption of its first picture: "1 of 3.
	// Zimbabwe president robert mugabe signs…"
	{[]string{"# of #"}, regexp.MustCompile(`^(\d{1,3} of \d{1,3}\.\s)\p{Lu}`), ""},
	// a video page's date line: "Published on Jul 18, 2017"
	{[]string{"published on"}, regexp.MustCompile(`(?i)^(published on \p{L}{3,9}\.? \d{1,2}, \d{4}\b)`), ""},
	// an ad slot's label before a sentence: "…business. Advertisement The
	// board…", "… . " advertisement the measure…" (not "Advertisement
	// revenue fell")
	{[]string{"advertisement "}, regexp.MustCompile(`(?:^|[.!?:)]\s?["”’]?\s)((?i:advertisement\s+)+)(?:(?i:the|a|an|in|on|at|during|but|and|as|after|when|while|this|that|it|he|she|they|we|i|his|her|their)\b|\p{Lu}|["“])`), ""},
	// an ad slot's label with a colon, before anything: "Advertisement: for
	// his first joke, he…"
	{[]string{"advertisement:", "advertisement :"}, regexp.MustCompile(`(?:^|[.!?:)]\s?["”’]?\s)((?i:advertisement)\s?:\s+)\S`), ""},
	// a news site's video box in running text: "Just watched Police shoot
	// man in wheelchair Replay More Videos... MUST WATCH Police shoot man
	// in wheelchair 01:20", its title given twice and then its length
	{[]string{"just watched"}, regexp.MustCompile(`(?i)(just watched\s.{1,160}?\s?replay more videos\s?(?:\.\.\.|…)\s?(?:(?:must watch\s)?.{1,160}?\s\d{1,2}\s?:\s?\d{2}\b(?:\s(?:read more|play video))?|must watch\s)?)`), endSentence},
	// a section's link list opening a paragraph: "Local News More>>",
	// "Most Popular Stories More>>"
	{[]string{"more>>", "more >>"}, regexp.MustCompile(`(?i)^((?:[\p{L}'’-]+\s){1,6}more\s?>>+\s?)`), ""},
	// a link to a site's most read: "See the most-read stories in
	// entertainment this hour >>"
	{[]string{"this hour >>", "this hour>>"}, regexp.MustCompile(`(?i)(see the most-read stories(?:\s(?:in|on)\s[\p{L}&' ]{1,30}?)?\sthis hour\s?>>+\s?)`), ""},
	// a dateline closed by chevrons: "SAN BERNARDINO >> As community
	// members mourned…", "…last month. Madison >> A video appearing…"
	{[]string{" >>"}, regexp.MustCompile(`(?:^|[.!?]["”’]?\s)(\p{Lu}[\p{L}.'’-]*(?:\s[\p{L}.'’-]+){0,2}\s>{2,3}\s?)`), ""},
	// a health agency's language link and sign-up over its consumer
	// updates: "Español Subscribe: FDA Consumer Health Information Do you
	// find it hard…", "Español The U.S. Food and Drug Administration today…"
	{[]string{"español subscribe:"}, regexp.MustCompile(`(?i)((?:en\s)?español\ssubscribe:\s(?:fda consumer health information\s)?)`), ""},
	{[]string{"español the "}, regexp.MustCompile(`(?i)^(español\s)the\s`), ""},
	// share buttons and an ad's report link run into the text: "Share on
	// more Share on more Good morning Britain…", "…producers. Report this ad
	// In a fresh round of briefs…"
	{[]string{"share on more"}, regexp.MustCompile(`(?i)^((?:share on more\s)+)`), ""},
	{[]string{"report this ad"}, regexp.MustCompile(`(?i)(?:^|[.!?]\s)(report this ad\s)`), ""},
	// a newspaper site's offer to sell the photo over a caption or the
	// story, with the photographer's credit before it: "Nate Chute/IndyStar
	// Buy Photo Authorities respond…", "Buy Photo HOWELL – More than 200
	// dogs…"; and a gallery's "Enlarge Image Close" before a caption
	{[]string{"buy photo"}, regexp.MustCompile(`(?i)(?:^|[.!?]["”’]?\s)((?:[\p{L}'’-]+\s){0,3}[\p{L}'’-]+\s?/\s?[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,3}\sbuy photo\s)`), ""},
	{[]string{"buy photo"}, regexp.MustCompile(`(?i)\b(buy photo\s)`), ""},
	{[]string{"enlarge image"}, regexp.MustCompile(`(?i)(?:^|[.!?]["”’]?\s)(enlarge image\s(?:close\s)?)`), ""},
	// a player's notice where the page's script did not run, after the
	// headline of the video it would play ("Nazi-era graves to be dug up in
	// Austria Please turn on JavaScript. Media requires JavaScript to
	// play."), and a station's link under a video's caption ("…on November
	// 15, 2018. Embed More News Videos Bobbitt claims…"): each ends what
	// stood before it
	{[]string{"turn on javascript"}, regexp.MustCompile(`(?i)(please turn on javascript\.\s?(?:media requires javascript to play\.)?)`), endSentence},
	{[]string{"embed more news videos"}, regexp.MustCompile(`(?i)(embed more news videos)`), endSentence},
	// a broadcast transcript's mark of a new speaker: "…to you. >> The
	// magazine tested almost 100 samples…"
	{[]string{">> "}, regexp.MustCompile(`(?:^|[.!?]["”’]?\s)(>{2,3}\s)`), ""},
	// a broadcast transcript's mark around a clip it plays: "( begin video
	// clip ) trump: the world is a mess.", "( end videotape ) king: …"
	{[]string{"video clip", "videoclip", "videotape", "audio clip"}, regexp.MustCompile(`(?i)([\(\[]\s*(?:begin|end)\s+(?:video\s?clip|videotape|audio\s?clip)\s*[\)\]])`), " "},
}

// photoCredit is a photographer's credit left in the text by a caption:
// one to three words of name, a slash, an agency or service, and maybe more
// of them after slashes or "via". It stands in parentheses or brackets ("(
// mark j terrill/ap )", "( sergei ilnitsky/epa-efe/shutterstock )", "[
// gallo/getty ]", "( le quang nhat, afp/getty images )"), after a label
// ("Photographer: Chris Ratcliffe/Bloomberg", "Photo by …"), or bare and
// often twice ("Gregorio Borgia/AP Gregorio Borgia/AP", "Gary Wolstenholme /
// Redferns / Getty"); or the agency's photo comes first ("AP Photo/Julie
// Jacobson", "AP Photo/Rogelio V. Solis"). An agency may follow another,
// after a slash or "via" ("AFP via Getty Images"), or a service ("victor
// virgile/gamma-rapho via getty"). Groups: 2 a label, 3
// the name of a credit in no parentheses (see bareCredit).
var photoCredit = regexp.MustCompile(`(?i)([\(\[]\s*` + creditName + `(?:\s?/\s?|,\s)` + creditTail + `[^()\[\]]{0,30}[\)\]]|` +
	`(\b(?:photographer|photograph|photo|image|credit)s?\s?(?::|by\b)\s?)?\b(` + creditName + `)\s?/\s?` + creditTail + `|` +
	`\b(?:ap|afp|reuters|epa) photos?\s?/\s?\p{L}[\p{L}'’-]*(?:\s(?:\p{L}\.){1,2})?(?:\s\p{L}[\p{L}'’-]*)?)`)

const (
	// endSentence, as an inline cut's keep, ends the text before the cut
	// as a sentence: what stood there (an embedded post's text) does not
	// run on into what follows.
	endSentence = ". "
	// siteStamp is a news site's time stamp: a date and time, maybe an
	// update's, maybe the source it took the story from.
	siteStamp = `\b\p{L}{3,9}\.?\s\d{1,2},\s\d{4},\s\d{1,2}\s?:\s?\d{2}\s?[ap]m\s(?:gmt|utc)` +
		`(?:\s/\s(?:updated\s)?\p{L}{3,9}\.?\s\d{1,2},\s\d{4},\s\d{1,2}\s?:\s?\d{2}\s?[ap]m\s(?:gmt|utc))?` +
		`(?:\s/\ssource:\s(?:the\s)?(?:associated press|nbc news|reuters|today|ap|afp|msnbc|cnbc))?\s`
	// postedAt is when a page says its story was posted or updated: a
	// date and a time ("Monday, April 6, 2015 3:09 PM EDT", "Feb 28, 2016
	// - 5:16 PM", "December 17, 2013, at 3:05 a.m."), the same the other way
	// round ("10:04 am EST January 31, 2011"), or a weekday and a time
	// ("Wednesday, 8:29 a.m.").
	postedAt = `(?:\p{L}{3,9},\s)?\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,\s\d{4},?\s(?:at\s|-\s)?` + clockTime +
		`|` + clockTime + `,?\s(?:\p{L}{3,9},\s)?\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,\s\d{4}` +
		`|\p{L}{3,6}day,\s` + clockTime
	// videoLength is a video's length in parentheses: "(1:56)", "( 0: 49 )".
	videoLength = `\(\s?\d{1,2}\s?:\s?\d{2}\s?\)`
	// entryTime is a running story's entry time: "1:45 p.m.", "5 p.m.".
	entryTime = `\d{1,2}(?:\s?:\s?\d{2})?\s?[ap]\.\s?m\.`
	clockTime = `\d{1,2}\s?:\s?\d{2}\s?(?:[ap]\.?\s?m\.?)?(?:\s(?:edt|est|cdt|cst|mdt|mst|pdt|pst|et|ct|pt|gmt|utc)\b)?`
	// bylineName is a writer's name in a byline set in small letters (the
	// site stamp's and the updated-by byline above), where its end cannot
	// be told from the story's first words: two words, maybe a middle
	// initial between them.
	bylineName = `[\p{L}'’-]{2,20}\s(?:\p{L}\.\s)?[\p{L}'’-]{2,20}`
	// atSentence is where a sentence opens: the paragraph's start, or a
	// space after a stop, maybe with a closing mark or bracket between.
	atSentence = `(?:^|[.!?…]\s?["”’)\]]?\s)`
	// openingWords open sentences and are no part of a name.
	openingWords = `the|a|an|this|these|those|it|its|he|she|they|we|i|you|his|her|their|our|for|in|on|at|after|before|when|while|as|if|one|two|three|four|five|six|seven|eight|nine|ten|more|most|many|some|president|police|officials|authorities`
	creditWord   = `(?:(?:\p{L}\.){1,3}|\p{L}[\p{L}'’_-]*)` // "Borgia", "J.B.", "M.", a stock site's "paul_brighton"; no word ending a sentence
	creditName   = creditWord + `(?:\s` + creditWord + `){0,2}`
	creditAgency = `(?:the associated press|associated press|ap|afp|reuters|getty images|getty|epa-efe|epa|xinhua|bloomberg|invision|wireimage|filmmagic|shutterstock|pool|landov|redux|corbis|zuma press|rex features|rex|npr|sipa|nurphoto|dpa|retna)`
	// the agency, maybe after a service of one or two words ("Redferns /
	// Getty", "mark conlin/oxford scientific/getty") and before
	// another ("AFP/Getty Images"), then a closing slash, "photo" or "images"
	// (and the label of the caption after it: "…/getty images image caption")
	creditTail = `(?:[\p{L}&-]+(?:\s[\p{L}&-]+)?\s?/\s?|[\p{L}&-]+\svia\s)?` + creditAgency + `(?:\s?/\s?` + creditAgency + `|\svia\s` + creditAgency + `){0,2}(?:\s(?:photos?|images?)\b(?:\scaption\b)?)?(?:\b/|\b)`
)

// creditGateList are lower-case pieces one of which every photoCredit holds.
var creditGateList = []string{"/ap", "/ ap", "/afp", "/ afp", "/reuters", "/ reuters", "/getty", "/ getty", "/epa", "/ epa", "/xinhua", "/ xinhua",
	"/bloomberg", "/ bloomberg", "/associated press", "/ associated press", "/the associated press", "/ the associated press",
	"/invision", "/ invision", "/wireimage", "/ wireimage", "/filmmagic", "/ filmmagic", "/shutterstock", "/ shutterstock", "/pool", "/ pool",
	"/landov", "/ landov", "/redux", "/ redux", "/corbis", "/ corbis", "/zuma", "/ zuma", "/rex", "/ rex", "/sipa", "/ sipa",
	"/nurphoto", "/ nurphoto", "/dpa", "/ dpa", "/retna", "/ retna", "/npr", "/ npr",
	"ap photo", "afp photo", "reuters photo", "epa photo", " via getty"}

// cutCredits cuts the photographers' credits (photoCredit) out of p and
// returns p and what it cut.
func cutCredits(p string, cuts []string) (string, []string) {
	ms := photoCredit.FindAllStringSubmatchIndex(p, -1)
	if ms == nil {
		return p, cuts
	}
	var spans [][2]int
	var keeps []string
	at := 0
	for _, m := range ms {
		start, end := m[2], m[3]
		keep := " "
		if m[6] >= 0 && m[4] < 0 {
			if start, end = bareCredit(p, m[6], m[7], end); start < 0 {
				if before := strings.TrimRight(p[:m[6]], " "); before != "" && strings.ContainsRune("([,/", rune(before[len(before)-1])) {
					continue // inside a credit the pattern did not take whole
				}
				// where the name starts cannot be told: its last two
				// words (a first name and a surname) go with the credit,
				// and the caption or headline before it ends there
				// ("…dies at 64 wade payne/ap former coach…")
				name := strings.Fields(p[m[6]:m[7]])
				start, keep = m[6]+wordOffset(p[m[6]:m[7]], max(0, len(name)-2)), endSentence
			}
		}
		if start < at {
			continue // inside the repetition of a credit already cut
		}
		cuts = append(cuts, strings.TrimSpace(p[start:end]))
		spans = append(spans, [2]int{start, end})
		keeps = append(keeps, keep)
		at = end
	}
	return spliceEach(p, spans, func(k int) string { return keeps[k] }), cuts
}

// splice returns p with the spans (in order, not overlapping) cut out and
// keep put in their place. A cut that opened a sentence leaves the
// sentence's next word as its opener, made a capital when it is in small
// letters ("…board. Advertisement the measure…" → "…board. The measure…"):
// the segmenter ends no sentence before a small letter. A keep of
// endSentence ends the sentence before the cut with a stop, if it has none.
func splice(p string, spans [][2]int, keep string) string {
	return spliceEach(p, spans, func(int) string { return keep })
}

// spliceEach is splice with a keep for each span: keep(k) is the k-th's.
func spliceEach(p string, spans [][2]int, keep func(k int) string) string {
	var b strings.Builder
	at := 0
	for k, sp := range spans {
		opens := opensSentence(p[:sp[0]])
		if keep := keep(k); keep == endSentence {
			b.WriteString(strings.TrimRight(p[at:sp[0]], " "))
			if !opens {
				b.WriteByte('.') // the cut piece ended what stood before it
			}
			b.WriteByte(' ')
			opens = true
		} else if keep == " " && sp[1] < len(p) && strings.IndexByte(".,;:!?", p[sp[1]]) >= 0 && !opens {
			b.WriteString(strings.TrimRight(p[at:sp[0]], " ")) // "officials [credit]. The…"
		} else {
			b.WriteString(p[at:sp[0]])
			b.WriteString(keep)
		}
		at = sp[1]
		if opens {
			next := len(p) // where the next cut starts
			if k+1 < len(spans) {
				next = spans[k+1][0]
			}
			w := at
			for w < next && p[w] == ' ' {
				w++
			}
			word := wordEnd(p[:next], w)
			b.WriteString(p[at:w])
			b.WriteString(capitalized(p[w:word]))
			at = word
		}
	}
	b.WriteString(p[at:])
	return strings.TrimSpace(squeezeSpace(b.String()))
}

// bareCredit finds where a credit with no parentheses or label starts, given
// the words the pattern took as its name (p[name:slash]) and its end: the
// pattern may have taken words of the sentence before the name. A credit
// printed twice, as captions print it ("gregorio borgia/ap gregorio
// borgia/ap"), shows by its repetition where the name starts, and both are
// cut. Else, in text that capitalizes names, the name is the capitalized
// words before the slash ("…sees celebration Patrick Baz/AFP"). A caption's
// label ends what is not name ("toggle caption afp/getty"), and a credit
// that opens the paragraph or follows a sentence's end is all name. It
// returns -1 when there is no telling.
func bareCredit(p string, name, slash, end int) (int, int) {
	words := strings.Fields(p[name:slash])
	rest := strings.TrimLeft(p[end:], " ")
	for k := len(words); k > 0; k-- {
		start := name + wordOffset(p[name:slash], len(words)-k)
		credit := p[start:end]
		if len(rest) >= len(credit) && strings.EqualFold(rest[:len(credit)], credit) {
			return start, len(p) - len(rest) + len(credit)
		}
	}
	first := len(words)
	for first > 0 && (unicode.IsUpper(firstRune(words[first-1])) ||
		first > 1 && initial(words[first-1]) && unicode.IsUpper(firstRune(words[first-2]))) {
		first-- // a middle initial in small letters between capitals: "Aaron p. Bernstein/getty images"
	}
	if first < len(words) {
		return name + wordOffset(p[name:slash], first), end
	}
	for i := len(words) - 2; i >= 0; i-- {
		if captionLabels[lower(words[i])] {
			return name + wordOffset(p[name:slash], i+1), end
		}
	}
	if before := strings.TrimRight(p[:name], " "); opensSentence(before) || strings.ContainsRune("|);:", rune(before[len(before)-1])) {
		return name, end // the credit opens the paragraph or follows a sentence
	}
	return -1, end
}

// initial reports whether w is a name's initial: one letter and a stop
// ("p.", "J.").
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && w[n:] == "."
}

// captionLabels are words of a caption's template before a credit.
var captionLabels = map[string]bool{"caption": true, "credit": true, "photo": true, "image": true, "photographer": true, "copyright": true}

// wordOffset returns the offset in s of its i-th word, as strings.Fields
// splits s (len(s) when s has fewer words).
func wordOffset(s string, i int) int {
	in := false
	for j, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			if i == 0 {
				return j
			}
			i--
		}
		in = !space
	}
	return len(s)
}

// inlinePrefixes are wire credits that open a paragraph, kept out of the
// text besides those in parentheses (see openingCredit).
var inlinePrefixes = []string{"ap photo "}

// cutPrefix cuts a wire credit (openingCredit, inlinePrefixes) from the
// start of p (low: p in lower case) and adds it to cuts.
func cutPrefix(p, low string, cuts []string) (string, string, []string) {
	if n := openingCredit(p); n > 0 {
		return capitalized(strings.TrimSpace(p[n:])), strings.TrimSpace(low[n:]), append(cuts, strings.TrimSpace(p[:n]))
	}
	for _, pre := range inlinePrefixes {
		if strings.HasPrefix(low, pre) {
			n := len(pre) // and a dash run after it
			for n < len(p) && (p[n] == '-' || p[n] == ' ') {
				n++
			}
			return capitalized(strings.TrimSpace(p[n:])), strings.TrimSpace(low[n:]), append(cuts, p[:n])
		}
	}
	return p, low, cuts
}

// stripInline removes inline furniture from a paragraph and returns the
// paragraph and what was cut (joined; "" when nothing was). The page labels
// go last, since the other cuts may uncover them ("Ap photo close
// president obama sat…").
func stripInline(p string) (string, string) {
	p, cuts := stripPieces(p)
	p, cuts = cutLabels(p, cuts)
	return p, strings.Join(cuts, " … ")
}

// stripPieces cuts the page's prefixes, pieces, credits and fragments
// out of a paragraph (see stripInline).
func stripPieces(p string) (string, []string) {
	if p == "" || p[0] != '(' && !inlineAny.In(p) {
		return p, nil // the common case: no prefix, gate or fragment
	}
	var cuts []string
	low := lower(p)
	if len(low) != len(p) {
		return p, nil // case folding changed byte lengths: offsets would not match
	}
	p, low, cuts = cutPrefix(p, low, cuts)
	if inlineGates.In(low) { // without one of the gates no cut applies
		var gated [128]bool // gated[i]: one of allCuts[i]'s gates is in low
		inlineGateLists.Find(low, gated[:])
		for i, c := range allCuts {
			before := p
			var ok bool
			if p, low, cuts, ok = c.apply(p, low, cuts, gated[i]); !ok {
				return p, cuts
			}
			if p != before { // a cut may join words into another's gate
				inlineGateLists.Find(low, gated[:])
			}
		}
	}
	if creditGates.In(low) {
		p, cuts = cutCredits(p, cuts)
		low = lower(p)
		if len(low) != len(p) {
			return p, cuts
		}
	}
	var ok bool
	if p, low, cuts, ok = cutCreditLabels(p, low, cuts); !ok {
		return p, cuts
	}
	if len(cuts) > 0 {
		// a credit cut from the paragraph's start may uncover a wire
		// credit: "( ap photo ) ( associated press ) the united nations…"
		p, low, cuts = cutPrefix(p, low, cuts)
	}
	furnished := inlineFurnitureSet.In(low) // as the cuts left the paragraph
	for _, f := range inlineFurniture {
		if !furnished {
			break
		}
		var spans [][2]int
		for at := 0; ; {
			i := strings.Index(low[at:], f)
			if i < 0 {
				break
			}
			i += at
			cuts = append(cuts, p[i:i+len(f)])
			spans = append(spans, [2]int{i, i + len(f)})
			at = i + len(f)
		}
		if spans != nil {
			p = splice(p, spans, " ")
			low = lower(p)
		}
	}
	return p, cuts
}

// The phrase lists compiled, to look for all of a list's phrases at once.
var (
	webFurnitureSet    = phrase.New(webFurniture)
	standInSet         = phrase.New(standInFurniture)
	inlineFurnitureSet = phrase.New(inlineFurniture)
	inlineGates        = phrase.New(cutGates())
	creditGates        = phrase.New(creditGateList)
	inlineAny          = phrase.New(slices.Concat(cutGates(), inlineFurniture, inlinePrefixes, creditGateList, creditLabelGates))
)

// opensSentence reports whether text cut after before would open a
// sentence: before is empty or ends with a stop, maybe inside a quotation.
func opensSentence(before string) bool {
	before = strings.TrimRight(before, " ")
	before = strings.TrimRight(before, "\"”’'")
	before = strings.TrimRight(before, " ") // a closing mark set apart: "…return. " photo…"
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || r == '.' || r == '!' || r == '?' || r == '…'
}

// wordEnd returns where the word starting at i in p ends.
func wordEnd(p string, i int) int {
	if k := strings.IndexByte(p[i:], ' '); k >= 0 {
		return i + k
	}
	return len(p)
}

// cutGates lists the gates of all inline cuts.
func cutGates() []string {
	var gates []string
	for _, c := range allCuts {
		gates = append(gates, c.gates...)
	}
	return gates
}

// webFurnitureWords holds the longest word of each webFurniture phrase: a
// sentence without any of them cannot hold a phrase and is not tried.
var webFurnitureWords = func() map[string]bool {
	m := map[string]bool{}
	for _, phrase := range webFurniture {
		longest := ""
		for _, w := range strings.FieldsFunc(phrase, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) > len(longest) {
				longest = w
			}
		}
		m[longest] = true
	}
	m["file"] = true // a photo caption's opening "FILE -"
	return m
}()

// IsWebFurnitureWord reports whether a lower-cased word is one that every
// web-furniture phrase holds one of: only a sentence with such a word needs
// IsWebFurniture.
func IsWebFurnitureWord(w string) bool {
	if len(w) == 0 || len(w) >= 64 || webFurnitureShapes[w[0]]&(1<<len(w)) == 0 {
		return false // most words: no furniture word has their first letter and length
	}
	return webFurnitureWords[w]
}

// webFurnitureShapes holds, for each first byte, a bit for each length of
// the webFurnitureWords that start with it.
var webFurnitureShapes = func() (t [256]uint64) {
	for w := range webFurnitureWords {
		if len(w) >= 64 {
			panic("clean: web furniture word too long: " + w)
		}
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// templateOpenings open sentences that a page template ran into the story:
// a highlights box, a gallery's label (and "Gallery: a woman was shot…",
// a caption's), a byline's "/ Updated", a link's or a video's label and the
// headline after it ("Related: Sanders: Trump enticing…", "Watch: Mariah
// Carey reveals…"), a picture's credit ("Courtesy of cbs on thursday,
// charlie sheen…") or caption label ("Credit: Matthew Kanan, Stanford
// University Stanford scientists…", "Image: …", "Illustration: …",
// "Pictured: …", "More photo: tyler sizemore photo: tyler sizemore."), and a
// call to the reader ("Sign up for…", "Be the first to know.", "Click
// through the gallery…", "Tap to read more.", "Also click in the right hand
// column…") or a warning to the viewer ("Warning: graphic images below.").
var templateOpenings = []string{"photos:", "photo:", "/ updated", "subscribe ", "read more", "related:", "watch:", "video:",
	"credit:", "image:", "illustration:", "pictured:", "also read:", "read also:", "see also:", "more:",
	"sign up ", "be the first to know.", "click ", "also click ", "please click ", "simply click ", "just click ", "tap to ", "tap the ", "tap on ", "tap or ", "tap for ",
	"graphic:", "gallery:", "warning:", "more photo:", "picture:", "photograph:",
	"download the ", "download our ", "never miss a beat", "listen to the audio version of this article",
	"courtesy ", "courtesy:"}

// newsOpenings open news sentences that would otherwise read as a
// template's opening: "Click and Clack", the radio show's hosts; "Courtesy
// calls were made".
var newsOpenings = []string{"click and ", "courtesy call"}

// OpensWithTemplate reports whether a sentence opens with a page template's
// words run into the story ("Story highlights The fund was created…"), is a
// social network's page shown where a story should be (socialPage), or
// points the reader at the page (pointsAtPage).
// Such a sentence keeps its words for sorting articles into stories, but is
// no summary sentence.
func OpensWithTemplate(s string) bool {
	if pointsAtPage(s) {
		return true
	}
	if s == "" || !templateStarts[s[0]] {
		return false // the common case, told by the first byte
	}
	if socialPage(s) {
		return true
	}
	return opensWithAny(s, templateOpenings) && !opensWithAny(s, newsOpenings) || relatedLabel(s)
}

// relatedLabel reports whether s opens with a related link's label of one
// or two words after "Related" ("Related video: could a reunion…",
// "Related stories: interpol targets…"); "Related charges were dropped."
// has no colon and is news.
func relatedLabel(s string) bool {
	const lead = "related "
	if len(s) <= len(lead) || !strings.EqualFold(s[:len(lead)], lead) {
		return false
	}
	words := 0
	for i, r := range s[len(lead):] {
		switch {
		case unicode.IsLetter(r):
			if i == 0 || s[len(lead)+i-1] == ' ' {
				words++
			}
		case r == ':':
			return words >= 1 && words <= 2
		case r != ' ' || i == 0:
			return false
		}
		if words > 2 {
			return false
		}
	}
	return false
}

// opensWithAny reports whether s opens with one of openings, in any case.
// Every opening starts with a small letter or '/', which |0x20 leaves as it
// is, so a first byte that differs rules an opening out at once.
func opensWithAny(s string, openings []string) bool {
	for _, t := range openings {
		if len(s) >= len(t) && s[0]|0x20 == t[0] && strings.EqualFold(s[:len(t)], t) {
			return true
		}
	}
	return false
}

// pointsAtPage reports whether a sentence tells the reader to look at
// something on the page: it opens with a call to watch, see, read, view or
// listen, and ends by pointing ("Watch the clip below.", "Read the full
// transcript here.", "Check out deadline's exclusive video above."). Such a
// sentence is a page's, not the story's, and a summary has no page under
// it.
func pointsAtPage(s string) bool {
	end := strings.TrimRight(s, " .:!)")
	k := strings.LastIndexByte(end, ' ')
	if k < 0 || len(end)-k > len(" below") {
		return false
	}
	switch strings.ToLower(end[k+1:]) {
	case "below", "above", "here":
	default:
		return false
	}
	// the call's own verb is no report ("read" is a speech verb)
	return opensWithAny(s, pageCalls) && text.Words(s) <= maxPageCall && !reported(s[strings.IndexByte(s, ' ')+1:])
}

// reported reports whether s holds a speech verb: someone's call to the
// reader, reported ("Read the fine print, the agency warned shoppers here").
func reported(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if text.IsSpeechVerb(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// pageCalls open a sentence that points the reader at the page.
var pageCalls = []string{"watch ", "see ", "read ", "view ", "check out ", "take a look ", "listen to ", "scroll down "}

// maxPageCall is the most words of a sentence that points at the page.
const maxPageCall = 30

// IsAside reports whether a sentence is nothing but a bracketed aside: a
// credit, a note or a remark set apart from the story ("( peter
// stevenson/the washington post ).", "( editor's note: this video has been
// updated. )", "[ images via getty ]"). It is no summary sentence.
func IsAside(s string) bool {
	if s == "" || s[0] != '(' && s[0] != '[' {
		return false
	}
	closer := byte(')')
	if s[0] == '[' {
		closer = ']'
	}
	i := strings.IndexByte(s, closer)
	return i > 0 && strings.Trim(s[i+1:], " .!?…") == ""
}

// IsAuthorBio reports whether a sentence is a writer's biography, as a page
// sets it over or under an article: a name of two to four words, then "is a …
// writer", "columnist", "contributor", "editor", "correspondent",
// "reporter" or "critic" ("Leon Neyfakh is a Slate staff writer.", "Paul
// Conner is an online editor with the Daily Caller."). A sentence that
// opens with a pronoun or a determiner ("He is an outspoken critic of…",
// "The taunt is a response to…") is none. Callers ask it only where such a
// biography stands: at an article's ends, or after the writer's name set
// as a label (see dropRepeatedLabels).
func IsAuthorBio(s string) bool {
	i := strings.Index(s, " is ")
	if len(s) > 300 || i < 0 || i > 80 {
		return false
	}
	if !roleWords.In(s[i:min(len(s), i+80)]) {
		return false // the common case, told without the pattern
	}
	m := authorBio.FindStringSubmatch(s)
	return m != nil && !text.IsStopword(lower(m[1]))
}

// roleWords are the roles a writer's biography names.
var roleWords = phrase.New([]string{"writer", "columnist", "contributor", "editor", "correspondent", "reporter", "critic"})

// authorBio is a biography's pattern; its first group is the name's first
// word.
var authorBio = regexp.MustCompile(`(?i)^(\p{L}[\p{L}'’.-]*)(?:\s\p{L}[\p{L}'’.-]*){1,3}\sis\s(?:a|an|the)\s(?:[\p{L}'’,-]+\s){0,5}(?:writer|columnist|contributor|editor|correspondent|reporter|critic)s?\b`)

// templateStarts holds the first bytes of templateOpenings, in both cases.
var templateStarts = func() (t [256]bool) {
	for _, o := range templateOpenings {
		t[o[0]] = true
		t[strings.ToUpper(o[:1])[0]] = true
	}
	return t
}()

// HoldsLink reports whether a sentence holds a web address with its
// scheme ("http://…", "https://…"): a link list's, a promotion's or an
// embed's line ("Get the latest headlines: http://www.telegraph.co.uk/"),
// which news copy does not print; or an email address, a byline's or a
// contact line's ("Kimberly Redmond may be reached at kredmond@…com.").
// Like a template's opening, such a sentence keeps its words for sorting
// articles but is no summary sentence.
func HoldsLink(s string) bool {
	return holdsEmail(s) || holdsWebAddress(s)
}

// holdsWebAddress reports whether s holds "http://" or "https://".
func holdsWebAddress(s string) bool {
	for at := 0; ; {
		i := strings.Index(s[at:], "://")
		if i < 0 {
			return false
		}
		i += at
		if i >= 4 && (strings.EqualFold(s[i-4:i], "http") || i >= 5 && strings.EqualFold(s[i-5:i], "https")) {
			return true
		}
		at = i + 3
	}
}

// holdsEmail reports whether s holds an email address: an '@' with a
// letter, digit, '.', '_' or '-' before it (a handle, "@nytimes", has a
// space or nothing) and a domain of two or more labels after it.
func holdsEmail(s string) bool {
	for at := 0; ; {
		i := strings.IndexByte(s[at:], '@')
		if i < 0 {
			return false
		}
		i += at
		if i > 0 && emailByte(s[i-1]) && domainAt(s[i+1:]) {
			return true
		}
		at = i + 1
	}
}

// emailByte reports whether c can end an email address's local part.
func emailByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
}

// domainAt reports whether s opens with a domain of two or more labels of
// ASCII letters, digits and hyphens, the last of two letters or more
// ("globe.com", "njadvancemedia.com"; not "3.5" or "home. He").
func domainAt(s string) bool {
	labels, last := 0, 0
	for i := 0; ; i++ {
		n := 0
		letters := true
		for i < len(s) && (emailByte(s[i]) && s[i] != '.' && s[i] != '_') {
			if s[i] >= '0' && s[i] <= '9' || s[i] == '-' {
				letters = false
			}
			i++
			n++
		}
		if n == 0 {
			break
		}
		labels++
		if letters {
			last = n
		} else {
			last = 0
		}
		if i >= len(s) || s[i] != '.' {
			break
		}
	}
	return labels >= 2 && last >= 2
}

// IsWebFurniture reports whether a sentence belongs to the web page around an
// article rather than to the article (a tweet widget, a video player, a
// sign-up wall, a web archive's note).
func IsWebFurniture(s string) bool {
	if len(s) > 2000 {
		return false
	}
	if webFurnitureSet.In(s) {
		return true
	}
	// a photo's caption: "FILE - In this Jan. 28, 2014, file photo, …"
	if len(s) >= 4 && strings.EqualFold(s[:4], "file") {
		rest := strings.TrimLeft(s[4:], " ")
		after := strings.TrimLeft(rest, "-–—")
		return len(after) < len(rest) && strings.HasPrefix(after, " ") // not "File-sharing"
	}
	// and without "FILE": "In this March 17, 2005, photo, …", "In this
	// photo released by the police, …"
	if len(s) >= 8 && strings.EqualFold(s[:8], "in this ") {
		head := s[8:min(len(s), 48)]
		for _, w := range strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ',' }) {
			w = strings.ToLower(w)
			switch {
			case w == "photo" || w == "image" || w == "picture" || w == "photograph":
				return true
			case !captionWords[w] && !text.IsMonth(strings.TrimSuffix(w, ".")) && strings.IndexFunc(w, unicode.IsDigit) < 0:
				return false // "In this case, the picture…" is no caption
			}
		}
	}
	return false
}

// StandsIn reports whether a web-furniture sentence (IsWebFurniture) is
// one a page shows in place of an article: a web archive's note, a video
// site's or an embedded tweet's page, a wall or an error page. The other
// kind, a box around an article the page does show (a newsletter's sign-up,
// a caption, an appeal), says nothing of whether the story loaded.
func StandsIn(s string) bool { return standInSet.In(s) }

// socialPage reports whether a sentence is all a social network's page
// shows of itself where a story should be: "See more of Heal the Bay on
// Facebook". Its name may tell the story the page belongs to.
func socialPage(s string) bool {
	const open, end = "see more of ", " on facebook"
	if len(s) <= len(open)+len(end) || len(s) > 160 || !strings.EqualFold(s[:len(open)], open) {
		return false
	}
	s = strings.TrimRight(s, " .")
	return len(s) > len(open)+len(end) && strings.EqualFold(s[len(s)-len(end):], end)
}

// captionWords may stand between "In this" and "photo" in a caption,
// besides a date's month: "undated", "handout", "file".
var captionWords = map[string]bool{"undated": true, "handout": true, "file": true, "aerial": true, "family": true}

func furnitureReason(p string, wc int) string {
	if wc > 25 {
		return "" // furniture and promo lines are short; skip the patterns on body text
	}
	// each pattern only on a paragraph that opens (or for a copyright line,
	// ends) as some match of it must
	switch {
	case wc <= 8 && opensWith(p, furnitureLeads) && furniture.MatchString(p):
		return ReasonFurniture
	case wc <= 20 && (strings.HasPrefix(p, "©") || opensWith(p, copyrightLead) || endsReserved(p)) && copyrightRe.MatchString(p):
		return ReasonFurniture
	case (wc <= 6 || !endsSentence(p)) && (opensWith(p, promoLeads) || strings.HasPrefix(p, "©")) && promo.MatchString(p):
		return ReasonPromo
	}
	return ""
}

// The first words (lower case) of the matches of furniture, promo and
// copyrightRe.
var (
	furnitureLeads = wordSet("loading story article text continued advertisement advertising sponsored skip scroll")
	promoLeads     = wordSet(`read also continue related see more recommended trending most click subscribe sign share
		follow tweet email print editorial opinion analysis video watch listen podcast photo photos gallery live breaking
		exclusive image caption credit file getty ap copyright`)
	copyrightLead = wordSet("copyright")
)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// opensWith reports whether p's first word, its run of ASCII letters from
// the start in lower case, is in set.
func opensWith(p string, set map[string]bool) bool {
	var w [16]byte
	n := 0
	for ; n < len(p) && n < len(w); n++ {
		c := p[n]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			break
		}
		w[n] = c
	}
	return set[string(w[:n])]
}

// endsReserved reports whether p ends in "reserved", a period after it
// allowed, in any case ("All Rights Reserved.").
func endsReserved(p string) bool {
	p = strings.TrimSuffix(p, ".")
	return len(p) >= 8 && strings.EqualFold(p[len(p)-8:], "reserved")
}

// squeezeSpace turns every run of horizontal whitespace into one space and
// trims the ends; it drops invisible characters and reads C1 controls as
// Windows-1252 (see windows1252).
func squeezeSpace(p string) string {
	if tidy(p) {
		return p
	}
	return squeeze(p)
}

// entityRe matches an HTML character reference written out in full:
// "&amp;", "&#124;", "&#x2019;".
var entityRe = regexp.MustCompile(`&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});`)

// decodeEntities turns the HTML character references a page's text kept
// ("&amp;", "&quot;", "&#124;") into their characters. A name HTML does not
// know stays as written: newswire codes ("&UR;") are cleaned elsewhere.
func decodeEntities(p string) string {
	if !strings.Contains(p, "&") {
		return p
	}
	return entityRe.ReplaceAllStringFunc(p, html.UnescapeString)
}

// squeeze is squeezeSpace without the check that p is tidy already.
func squeeze(p string) string {
	var b strings.Builder
	b.Grow(len(p))
	space := false
	for _, r := range p {
		if r == ' ' || r == '\t' || r == '\u00a0' || (r >= '\u2000' && r <= '\u200a') || r == '\u202f' || r == '\u205f' || r == '\u3000' {
			space = true
			continue
		}
		if invisible(r) {
			continue
		}
		if r >= 0x80 && r <= 0x9f {
			if r = windows1252[r-0x80]; r == 0 {
				continue
			}
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// invisible reports whether r is a character of no width that text copied
// from a page carries inside its words: a zero-width space, a word joiner,
// a byte-order mark ("\u200bcnn \u200bis being sued"). The zero-width
// joiner and non-joiner stay: emoji and Persian need them.
func invisible(r rune) bool { return r == '\u200b' || r == '\u2060' || r == '\ufeff' }

// windows1252 holds the characters Windows-1252 puts at the bytes 0x80 to
// 0x9f, where Latin-1 and Unicode have control characters (0 where it has
// none). Text decoded as Latin-1 that was written in Windows-1252 carries
// those controls in place of its quotation marks and dashes ("\u0093heil
// hitler, \u0094 miller yelled", "\u0097 the missions were completed"); no
// news text means the controls themselves.
var windows1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// splitLines normalizes line ends and splits raw text into lines.
func splitLines(raw string) []string {
	raw = strings.ReplaceAll(raw, "\ufeff", "") // a byte-order mark (Windows editors open files with one)
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	raw = strings.ReplaceAll(raw, "\r", "\n")
	raw = strings.ReplaceAll(raw, "\u2028", "\n")
	raw = strings.ReplaceAll(raw, "\u2029", "\n\n")
	raw = strings.ReplaceAll(raw, "\f", "\n")
	if hasTypeCode(raw) {
		raw = typeCodes.ReplaceAllString(raw, "\n\n")
		raw = splitDateline.ReplaceAllString(raw, "$1 $2")
	}
	return strings.Split(raw, "\n")
}

// unwrap joins the lines of each block (lines between blank lines) that a
// wrap broke inside a sentence, and keeps the others as paragraphs.
func unwrap(lines []string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	prev := ""
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\u00a0")
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			prev = ""
			continue
		}
		if cur.Len() == 0 {
			cur.WriteString(t)
			prev = t
			continue
		}
		switch joinKind(prev, t) {
		case joinTight:
			cur.WriteString(t)
		case joinSpace:
			cur.WriteByte(' ')
			cur.WriteString(t)
		default:
			flush()
			cur.WriteString(t)
		}
		if cur.Len() > 0 {
			prev = t
		}
	}
	flush()
	return out
}

type join int

const (
	joinNone join = iota
	joinSpace
	joinTight
)

// joinKind decides whether line b continues line a.
func joinKind(a, b string) join {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	switch {
	case strings.ContainsRune("([{“‘", last):
		return joinTight
	case strings.ContainsRune(")]}", first) && !endsSentence(a):
		return joinTight
	case last == '-' && len(a) > 1 && unicode.IsLetter(lastLetterBefore(a)) && unicode.IsLower(first):
		return joinTight // "all-\nout": the hyphen stays, the break goes
	case endsSentence(a):
		return joinNone
	case text.Unspaced(first) && (text.Unspaced(last) || strings.ContainsRune("，、；", last)):
		return joinTight // Chinese or Japanese wrapped mid-sentence: no space goes between
	case unicode.IsLower(first):
		return joinSpace
	case strings.ContainsRune(",;", last) && unicode.IsLetter(first):
		return joinSpace
	}
	return joinNone
}

func lastLetterBefore(a string) rune {
	r, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
	return r
}

// endsSentence reports whether s ends in sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	last := text.FinalMark(s)
	return text.EndsSentence(last) || last == ':' || last == '：'
}

// isHeadline reports whether p reads as a headline: a short line, starting
// with a capital, a digit, a Chinese or Japanese character or a letter of a
// script without capitals or spaces (Thai, Lao, Khmer, Burmese), with no
// sentence punctuation at its end.
func isHeadline(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	most := 20
	unit := text.Unspaced(r) || text.Clustered(r)
	if unit {
		most = 40 // each character (or cluster) counts as a word: a headline of 30 is common
	}
	if text.Words(p) > most || endsSentence(p) || strings.HasSuffix(p, ",") || strings.HasSuffix(p, "，") {
		return false
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '‘' || r == '\'' || r == '"' || r == '“' || unit
}

// updatedHeadline splits an article's first paragraph that runs its
// headline into the story with an update's mark between them, as ABC News
// (Australia) pages print it: "Woman dies after botched surgery at sydney
// beauty salon updated a woman who went into cardiac arrest…". The headline
// has 6 to 25 words, no stop, and does not end with a function word ("the
// company that was updated…"); the story opens with an article. In text
// that writes names with capitals the mark is "Updated"; in small letters,
// where prose's "the weather service updated the forecast for the coast."
// reads the same, the story's sentence must run on for 15 words or more.
func updatedHeadline(p string) (head, rest string, ok bool) {
	if !strings.Contains(p, "pdated ") {
		return "", "", false // the common case: no mark to try the pattern on
	}
	m := updatedRun.FindStringSubmatchIndex(p)
	if m == nil {
		return "", "", false
	}
	head, rest = p[:m[3]], p[m[4]:]
	words := strings.Fields(head)
	if len(words) < 6 || len(words) > 25 || text.IsStopword(lower(words[len(words)-1])) {
		return "", "", false
	}
	if namesCapitalized(p) {
		if p[m[3]+1] != 'U' {
			return "", "", false
		}
	} else if end := strings.IndexAny(rest, ".!?"); end >= 0 && text.Words(rest[:end]) < 15 {
		return "", "", false
	}
	return head, capitalized(rest), true
}

// updatedRun is a headline, an update's mark and the story's first word.
var updatedRun = regexp.MustCompile(`^([^.!?]{20,200}?[^\s.!?,:;])\s[Uu]pdated\s((?:[Aa]n?|[Tt]he)\s)`)

// moreBodyFollows reports whether a sentence-like paragraph comes later.
func moreBodyFollows(rest []string) bool {
	for _, p := range rest {
		if text.Words(p) >= 6 && endsSentence(strings.TrimSpace(p)) {
			return true
		}
	}
	return false
}

// sourceNamed reports whether s, the words in a dateline's parentheses,
// names a news source. With a dash after it (dashed), that is a wire service
// or network ("AP", "Reuters", "CBS SF", "cbsmiami"), a name with "news" in
// it ("News Center"), a web address ("cbsla.com") or an American station's
// call sign ("WNCN", "KUTV-TV"); without one, only a wire service or
// network, since a company's ticker may look like a call sign ("Walmart
// (WMT) said…"). Anything else in parentheses after a capitalized run, "the
// man (a teacher) — who…", is no dateline.
func sourceNamed(s string, dashed bool) bool {
	s = lower(s)
	if dashed && (callSign.MatchString(s) || strings.Contains(s, "news")) {
		return true
	}
	for _, w := range strings.Fields(s) {
		if newsAgencies[w] || slices.ContainsFunc(networkStems, func(n string) bool { return strings.HasPrefix(w, n) }) {
			return true
		}
		if dashed && webAddress(w) {
			return true
		}
	}
	return false
}

var (
	// callSign is an American radio or television station's call sign.
	callSign = regexp.MustCompile(`^[kw][a-z]{2,3}(?:-(?:tv|fm|am))?$`)
	// newsAgencies are wire services and outlets whose name stands alone in
	// a dateline.
	newsAgencies = map[string]bool{
		"ap": true, "reuters": true, "afp": true, "upi": true, "bloomberg": true, "xinhua": true, "dpa": true,
		"efe": true, "ansa": true, "pti": true, "ians": true, "kyodo": true, "yonhap": true, "tass": true,
		"ria": true, "anadolu": true, "bernama": true, "marketwatch": true, "thestreet": true, "mainstreet": true,
		"wire": true, "newswire": true, "cns": true, "cn": true, "press": true,
	}
	// networkStems open the names of broadcast networks and their local
	// stations' sites ("CBS SF", "cbsmiami", "myfoxboston.com" does not open
	// with one, but is a web address).
	networkStems = []string{"cbs", "nbc", "abc", "cnn", "fox", "bbc", "msnbc", "cnbc", "pbs", "npr", "itv", "sky"}
)

// isDatelinePlace accepts a place name of at most four words ("WASHINGTON",
// "NEW YORK, June 16 (AP)", "Vatican city ( reuters )"), not an acronym-led
// sentence.
func isDatelinePlace(s string) bool {
	head := s
	if k := strings.IndexAny(head, ",("); k >= 0 {
		head = head[:k]
	}
	head = strings.TrimSpace(head)
	letters := 0
	for _, r := range head {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3 && text.Words(head) <= 4
}

// allCapitalized reports whether every word of p starts with a capital letter.
func allCapitalized(p string) bool {
	for _, w := range strings.Fields(strings.TrimRight(p, ":-–— ")) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// MatchKey returns the form of s used to recognize repeated text: lower case,
// quotes, apostrophes and dashes unified, punctuation and space runs reduced
// to single spaces.
func MatchKey(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		switch k := byteKey[s[i]]; k {
		case keySeparator:
			space = true
			i++
		case keyJoin:
			i++
		case keyRune:
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if space && len(b) > 0 {
					b = append(b, ' ')
				}
				space = false
				b = utf8.AppendRune(b, unicode.ToLower(r))
			case r == '’' || r == '‘' || r == 'ʼ':
				// apostrophes join ("shi’ite" = "shiite")
			default:
				space = true
			}
		default:
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, k)
			i++
			// the rest of the word, in one tight loop
			for i < len(s) && byteKey[s[i]] > keyRune {
				b = append(b, byteKey[s[i]])
				i++
			}
		}
	}
	return string(b)
}

// byteKey maps a byte to what MatchKey makes of it: an ASCII letter or
// digit to itself in lower case, an apostrophe to keyJoin (it joins, as in
// "shi'ite" = "shiite"), a byte that starts or continues a multi-byte
// character to keyRune (the character is decoded), anything else to
// keySeparator.
var byteKey = func() (t [256]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	t['\''] = keyJoin
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = keyRune
	}
	return t
}()

const (
	keySeparator = 0
	keyJoin      = 1
	keyRune      = 2
)

// lower is strings.ToLower(s), without decoding every rune when the text's
// only non-ASCII characters are not capitals (curly quotes, dashes, accented
// small letters), as in most news text.
func lower(s string) string {
	upper := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			upper = upper || 'A' <= c && c <= 'Z'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToLower(r) != r {
			return strings.ToLower(s)
		}
		i += size
	}
	if !upper {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// tidy reports whether p is ASCII-spaced already: no leading, trailing or
// doubled spaces, no tabs and no other space characters, and nothing
// squeeze drops or replaces (invisible characters, C1 controls).
func tidy(p string) bool {
	if p == "" || p[0] == ' ' || p[len(p)-1] == ' ' {
		return p == ""
	}
	// one pass: searching for "  " first costs more than the whole loop,
	// since a space is the commonest byte and each one is a false start.
	// Eight bytes at a time, as one word, while they hold no tab, no two
	// spaces in a row (the ninth byte counting as the one after the
	// eighth) and nothing but ASCII; the rest byte by byte. The high bit
	// of each byte of x that is zero is ^((x&0x7f…+0x7f…)|x|0x7f…).
	const lo7 = 0x7f7f7f7f7f7f7f7f
	for i := 0; i < len(p); i++ {
		if i+9 <= len(p) {
			s := p[i : i+9]
			w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
			sp, tab := w^0x2020202020202020, w^0x0909090909090909
			spaces := ^((sp&lo7 + lo7) | sp | lo7) // the high bit of each space, exactly
			tabs := ^((tab&lo7 + lo7) | tab | lo7)
			if w&^lo7 == 0 && tabs == 0 && spaces&(spaces>>8) == 0 && (spaces>>56 == 0 || s[8] != ' ') {
				i += 7
				continue
			}
		}
		c := p[i]
		switch {
		case c == ' ':
			if p[i+1] == ' ' { // p does not end with a space
				return false
			}
		case c == '\t':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(p[i:])
			if r == '\u00a0' || (r >= '\u2000' && r <= '\u200a') || r == '\u202f' || r == '\u205f' || r == '\u3000' ||
				r >= 0x80 && r <= 0x9f || invisible(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

func firstRune(p string) rune {
	r, _ := utf8.DecodeRuneInString(p)
	return r
}
