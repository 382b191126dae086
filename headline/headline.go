// Package headline shortens a news story's opening sentence into a title,
// as a headline writer would, for stories that came with no headline.
//
// It trims in the manner of Hedge Trimmer (Dorr, Zajic and Schwartz, 2003),
// without a parser: it drops what a headline leaves out (a time of day or
// week, a parenthesis, an opening adjunct before the main clause, a closing
// attribution, a leading article), and, when the sentence is still too long,
// cuts it where a clause or a phrase ends rather than in the middle of one.
// The rules read English function words; other text is only cut to length.
package headline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/text"
)

// shortest is the fewest words a trim may leave: a rule that would leave
// fewer is not applied.
const shortest = 6

// Trim returns a title of about limit words made from sentence s: at most
// limit words, or limit+2 when the trimmed sentence or a clause of it ends
// there (at a comma), since a title two words over reads better than one
// cut short. When no rule brings s within that length at a phrase's end,
// its first limit words are kept and "…" marks the cut.
func Trim(s string, limit int) string {
	t, _ := Title(s, limit)
	return t
}

// Title returns Trim's title of sentence s and whether it stands on its
// own: it opens with no word that points back to another sentence or to
// whoever speaks ("He", "They", "I", "We"), as a sentence whose opening
// attribution the rules dropped may ("…said that he'd support…"). A caller
// with other sentences at hand may title the story by one of those.
func Title(s string, limit int) (string, bool) {
	s = strings.TrimSpace(s)
	w := strings.Fields(s)
	if len(w) > 0 && text.Words(s) != len(w) {
		return cutUnits(s, float64(limit)*unitScale), true // a script written without spaces
	}
	if len(w) == 0 || !latin(w) {
		return text.Clip(s, limit), len(w) > 0 // not the Latin alphabet: no English rules apply
	}
	w = dropLeadingMarks(w)
	w = dropParentheses(w)
	w = dropDashAside(w)
	w = dropTimes(w, mixedCase(w))
	w = dropOpeningAdjunct(w)
	w = dropOpeningAttribution(w)
	w = dropClosingAttribution(w)
	w = dropInsertion(w, mixedCase(w))
	w = dropAdverbAside(w)
	w = dropRoleBeforeName(w, mixedCase(w))
	w = dropLeadingArticle(w)
	first := bare(w[0])
	whole := !pronounBare(first) && !possessives[first] || first == "there" // "There are…" points at nothing
	if len(w) > limit+2 {
		adjunct := adjunctEnd(w)
		k := boundary(w, limit, adjunct)
		if k == 0 {
			w[0] = capitalize(w[0])
			return clip(w, limit), whole
		}
		if headless(w[:k], w[k:]) {
			// the cut fell inside the subject: two words more may keep its
			// verb ("Much of the cost of Hurricane Georges in Puerto Rico
			// will not be shouldered")
			if k2 := boundary(w, limit+2, adjunct); k2 > k && k2 <= limit+2 && !headless(w[:k2], w[k2:]) {
				k = k2
			}
		}
		w = w[:k]
	}
	if w = trimEnd(w); len(w) == 0 {
		return "", false
	}
	w[0] = capitalize(w[0])
	return strings.Join(w, " "), whole
}

// headless reports whether a title cut off the rest of its sentence before
// the verb of its main clause, and says nothing of what happened: the title
// holds no finite verb and no participle, and the rest holds a verb ("will
// not be", "has put") before a comma or a word that opens another clause,
// so its subject began in the title ("Much of the cost of Hurricane
// Georges", "The crash of a russian-made passenger jet into the flanks").
// A subject with a participle is a headline of its own ("Young U.S.
// diplomat killed in an attack").
func headless(title, rest []string) bool {
	if trailing(title[len(title)-1]) != "" {
		return false // cut where a phrase ends
	}
	for i, x := range title {
		b := bare(x)
		switch {
		case verbs[b] || b == "say" || clauseWords[b] || pronouns[b]:
			return false // a verb, or a clause whose verb the rest may hold ("declared that russian aggression")
		case i > 0 && (len(b) > 4 && (strings.HasSuffix(b, "ed") || participle(b)) || pastParticiples[b]):
			return false // a participle, or a verb in -ed ("announced the execution")
		}
	}
	for i, x := range rest {
		b := bare(x)
		if verbs[b] && (i == 0 || bare(rest[i-1]) != "to") { // not "to have"
			return true
		}
		if clauseWords[b] || pronouns[b] || conjunctions[b] || wh[b] || participle(b) || trailing(x) != "" {
			return false
		}
	}
	return false
}

// pastParticiples are common participles not in -ed ("a baby born in a
// toilet", "a painting hidden for centuries").
var pastParticiples = map[string]bool{"born": true, "held": true, "found": true, "hidden": true, "taken": true,
	"known": true, "seen": true, "shot": true, "built": true, "made": true, "caught": true, "sent": true,
	"left": true, "kept": true, "stolen": true, "given": true, "written": true, "driven": true, "thrown": true,
	"hit": true, "struck": true, "brought": true, "bought": true, "sold": true, "told": true, "won": true, "lost": true}

// wh are the words besides clauseWords that open a clause of their own
// ("of what had been a peaceful march", "about whether states must").
var wh = map[string]bool{"what": true, "whether": true, "how": true, "why": true, "whom": true}

// unitScale is how many characters (or clusters: see text.Clustered) a title
// in a script written without spaces may hold for each word of a title in
// one written with them, where text.Words counts each as a word: a Chinese
// headline of 20 to 30 characters says what one of 12 English words says.
const unitScale = 5 / 2.0

// cutUnits returns a title of at most n words from s, a sentence in a
// script written without spaces: the whole sentence without its stop when it
// fits, else its beginning up to the last space or punctuation mark
// ("，", "、") that keeps at least half of n, else its first n words and "…".
func cutUnits(s string, n float64) string {
	limit := int(n)
	s = strings.TrimRightFunc(text.TrimClosers(s), text.EndsSentence)
	if text.Words(s) <= limit {
		return s
	}
	head, half := text.Cut(s, limit), len(text.Cut(s, limit/2))
	if i := strings.LastIndexFunc(head[half:], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }); i >= 0 {
		return strings.TrimRightFunc(head[:half+i], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	}
	return text.Clip(s, limit)
}

// latin reports whether most of the words are written in the Latin alphabet,
// which the rules' word lists are.
func latin(w []string) bool {
	n := 0
	for _, x := range w {
		for _, r := range x {
			if unicode.IsLetter(r) {
				if r < 0x250 {
					n++
				}
				break
			}
		}
	}
	return 2*n > len(w)
}

// mixedCase reports whether the sentence capitalizes some word after its
// first, as text that capitalizes names does (Multi-News's copy is all small
// letters).
func mixedCase(w []string) bool {
	for _, x := range w[1:] {
		if r, _ := utf8.DecodeRuneInString(x); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// bare returns a word in small letters without the punctuation around it.
func bare(x string) string {
	return strings.ToLower(strings.TrimFunc(x, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}

// trailing returns the punctuation at the end of a word (",", ".", "”,").
func trailing(x string) string {
	i := strings.LastIndexFunc(x, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	return x[i+1:]
}

// item reports whether w opens with a short item of a list or an address:
// up to three words ending with a comma, or up to five with "and" or "or"
// among them ("N.Y.,", "Sen. Ted Cruz,", "filmmaker and media commentator,").
func item(w []string) bool {
	n := segment(w)
	if n > 5 || n == len(w) && !commaEnd(w[n-1]) {
		return false
	}
	return n <= 3 || anyOf(w[:n], conjunctions)
}

var conjunctions = map[string]bool{"and": true, "or": true}

// commaEnd reports whether a comma ends a word ("Buffalo,", "N.Y.,",
// "martyrdom,”").
func commaEnd(x string) bool {
	return strings.Contains(trailing(x), ",")
}

// dropWords removes w[i:j], moving a comma, colon or semicolon that ended
// the last removed word onto the word before, so that "sued the department
// today, challenging" keeps its comma.
func dropWords(w []string, i, j int) []string {
	if i > 0 {
		if p := trailing(w[j-1]); p == "," || p == ";" || p == ":" {
			if q := trailing(w[i-1]); !strings.ContainsAny(q, ",;:") {
				w[i-1] += p // "near “Cambe” on Monday," keeps its comma after “Cambe”
			}
		}
	}
	return append(w[:i], w[j:]...)
}

// dropLeadingMarks removes what opens the sentence before its first word:
// marks with no letter ("— a rancher shot…", left where a credit was cut)
// and a place set off by a dash ("Washington – the chairman…"). A dash
// that another of its kind closes within a few words opens an aside, not a
// place's ("The crowd — real people, not reviewers — stood in line").
func dropLeadingMarks(w []string) []string {
	for k := 0; k < 4 && k < len(w)-shortest; k++ {
		if dash(w[k]) {
			if slices.Contains(w[k+1:min(len(w), k+16)], w[k]) {
				break
			}
			return w[k+1:]
		}
	}
	for len(w) > shortest && !strings.ContainsFunc(w[0], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) &&
		!strings.ContainsAny(w[0], `"“‘'(`) {
		w = w[1:]
	}
	return w
}

// dash reports whether a word is a dash standing alone.
func dash(x string) bool {
	return x == "—" || x == "–" || x == "-" || x == "--" || x == "_"
}

// dropParentheses removes parenthetical asides of up to ten words
// ("Islamic State of Iraq and Syria (ISIS)", "40 kilometers (25 miles)").
func dropParentheses(w []string) []string {
	for i := 0; i < len(w); i++ {
		if !strings.HasPrefix(w[i], "(") {
			continue
		}
		for j := i; j < len(w) && j < i+10; j++ {
			if strings.Contains(w[j], ")") {
				if len(w)-(j+1-i) >= shortest && strings.HasSuffix(strings.TrimRight(w[j], ",.;:"), ")") {
					w = dropWords(w, i, j+1)
					i--
				}
				break
			}
		}
	}
	return w
}

// dropDashAside removes an aside set off by a pair of the same dashes
// after the subject, of at most six words, as a headline leaves it out:
// "The crowd — real people, not reviewers — stood in line" becomes "The
// crowd stood in line". An aside that ends a sentence inside ("-- she's a
// scam artist! anthony bourdain --") is no aside, nor is an item of a
// list set off by dashes: after a colon, or before "and" ("Among the latest
// developments: -- two men who… -- and the man who… -- have become…").
func dropDashAside(w []string) []string {
	for i := 1; i <= 6 && i < len(w); i++ {
		if !dash(w[i]) {
			continue
		}
		if strings.HasSuffix(w[i-1], ":") {
			return w
		}
		for j := i + 2; j < len(w) && j <= i+16; j++ {
			if strings.ContainsAny(w[j-1], "!?") {
				return w
			}
			if w[j] == w[i] {
				if len(w)-(j+1-i) >= shortest && j+1 < len(w) && !conjunctions[bare(w[j+1])] {
					return dropWords(w, i, j+1)
				}
				return w
			}
		}
		return w
	}
	return w
}

// dropAdverbAside removes an adverb's phrase of up to three words set off
// by two commas inside a clause, as a headline leaves it out: "would
// withhold, at least temporarily, the parts of its report" becomes "would
// withhold the parts of its report", "said, however, that" becomes "said
// that". The phrase ends with an adverb in -ly or one of asides, and small
// words stand on both sides of it; before "and" or "or" it is an item of a
// list ("quickly, quietly and…"), which stays.
func dropAdverbAside(w []string) []string {
	for i := 1; i+2 < len(w); i++ {
		if !commaEnd(w[i-1]) || !small(w[i-1]) || quoteOpen(w[:i]) {
			continue
		}
		for j := i; j < i+3 && j+1 < len(w); j++ {
			if !small(w[j]) || trailing(w[j]) != "" && j > i && !commaEnd(w[j]) {
				break
			}
			if !commaEnd(w[j]) {
				continue
			}
			b := bare(w[j])
			if adverb(b) && small(w[j+1]) && !conjunctions[bare(w[j+1])] && len(w)-(j+1-i) >= shortest {
				w[i-1] = strings.TrimSuffix(w[i-1], ",")
				return append(w[:i], w[j+1:]...)
			}
			break
		}
	}
	return w
}

// dropRoleBeforeName keeps the name of a subject introduced by its role, in
// text that capitalizes names: "The obstetrician, Dr. Barnett Slepian, was
// killed" becomes "Dr. Barnett Slepian was killed", as a headline names
// whom it is about. The role is up to three words in small letters after
// an article, the name up to five capitalized words, and a word in small
// letters goes on after it.
func dropRoleBeforeName(w []string, mixed bool) []string {
	if !mixed || len(w) < shortest+3 || !strings.EqualFold(w[0], "the") && !strings.EqualFold(w[0], "a") && !strings.EqualFold(w[0], "an") {
		return w
	}
	i := 1
	for ; i < 4 && small(w[i]) && !commaEnd(w[i]); i++ {
	}
	if i > 3 || !small(w[i]) || trailing(w[i]) != "," {
		return w
	}
	j := i + 1
	for ; j < i+6 && j < len(w)-1 && capitalized(w[j]) && !commaEnd(w[j]); j++ {
	}
	if j >= len(w)-1 || !capitalized(w[j]) || trailing(w[j]) != "," || !small(w[j+1]) || len(w)-(i+1) < shortest {
		return w
	}
	w[j] = strings.TrimSuffix(w[j], ",")
	return w[i+1:]
}

// small reports whether a word is written in small letters, as a name or
// a number is not.
func small(x string) bool {
	r, _ := utf8.DecodeRuneInString(x)
	return unicode.IsLower(r)
}

// adverb reports whether a word is an adverb that sets a clause's words
// apart without adding to what it says: one in -ly, or one of asides.
func adverb(b string) bool {
	return len(b) > 4 && strings.HasSuffix(b, "ly") && !lyNouns[b] || asides[b]
}

// asides are the adverbs besides those in -ly that a writer sets off by
// commas inside a clause ("said, however, that…").
var asides = map[string]bool{"however": true, "though": true, "too": true, "instead": true, "meanwhile": true,
	"perhaps": true, "therefore": true, "nonetheless": true, "nevertheless": true, "moreover": true, "furthermore": true}

// lyNouns end in -ly and are no adverbs.
var lyNouns = map[string]bool{"family": true, "italy": true, "july": true, "rally": true, "supply": true, "assembly": true,
	"ally": true, "reply": true, "anomaly": true, "monopoly": true, "butterfly": true, "holy": true, "jelly": true, "belly": true}

var days = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// dayNamed are the words that make a day's name part of another name
// ("Black Friday", "Super Tuesday", "the Sunday Times").
var dayNamed = map[string]bool{"black": true, "good": true, "super": true, "ash": true, "cyber": true, "holy": true,
	"bloody": true, "easter": true, "palm": true, "maundy": true, "giving": true, "the": true, "a": true, "every": true}

// timeBefore may open a time ("on Monday", "late Friday", "last week").
var timeBefore = map[string]bool{"on": true, "late": true, "early": true, "last": true, "this": true, "earlier": true}

// dayParts may follow a day ("Friday night").
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// dropTimes removes the times a headline leaves out: a day of the week with
// the words around it ("on Monday", "late Friday night"), "yesterday",
// "today", "tonight", and "this week" / "last week". A day that is part of
// a name ("Black Friday", "Sunday Times" in text that capitalizes names) or
// owns something ("Monday's attack") stays.
func dropTimes(w []string, mixed bool) []string {
	for i := 0; i < len(w); i++ {
		b := bare(w[i])
		start, end := i, i+1
		switch {
		case days[b] && !strings.Contains(w[i], "'") && !strings.Contains(w[i], "’"):
			if i > 0 && dayNamed[bare(w[i-1])] && trailing(w[i-1]) == "" {
				continue
			}
			if mixed && i+1 < len(w) && trailing(w[i]) == "" && capitalized(w[i+1]) && !dayParts[bare(w[i+1])] {
				continue // "Monday Night Football", "Sunday Times"
			}
			if trailing(w[i]) == "" && i+1 < len(w) && dayParts[bare(w[i+1])] {
				end++
			}
		case b == "yesterday" || b == "today" || b == "tonight":
			if strings.ContainsAny(w[i], "'’") {
				continue // "today's"
			}
		case b == "week" && i > 0 && (bare(w[i-1]) == "this" || bare(w[i-1]) == "last") && trailing(w[i-1]) == "":
			start--
		default:
			continue
		}
		if start > 0 && timeBefore[bare(w[start-1])] && trailing(w[start-1]) == "" {
			start--
		}
		if len(w)-(end-start) < shortest || strings.ContainsAny(trailing(w[end-1]), "\"”’'?!)") {
			continue // too little would be left, or a quotation or a question ends with the time
		}
		w = dropWords(w, start, end)
		i = start - 1
	}
	return w
}

func capitalized(x string) bool {
	r, _ := utf8.DecodeRuneInString(x)
	return unicode.IsUpper(r)
}

// adjunctOpeners open a phrase that comes before a sentence's main clause
// ("After the vote, …", "Despite the rain, …").
var adjunctOpeners = map[string]bool{"after": true, "before": true, "with": true, "without": true, "despite": true,
	"amid": true, "amidst": true, "following": true, "while": true, "when": true, "as": true, "in": true, "on": true,
	"at": true, "for": true, "since": true, "although": true, "though": true, "because": true, "if": true,
	"once": true, "unlike": true, "like": true, "under": true, "during": true, "from": true, "over": true,
	"through": true, "until": true, "upon": true, "within": true, "even": true, "shortly": true, "just": true,
	"having": true, "according": true, "hours": true, "days": true, "moments": true, "minutes": true, "weeks": true}

// timeRelations make a phrase of time out of what comes before them ("Eight
// years after…", "Two days before…").
var timeRelations = map[string]bool{"after": true, "before": true, "ago": true, "later": true, "earlier": true, "since": true}

// pronouns cannot open a title: they point back to what the dropped words said.
var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "its": true, "their": true, "this": true, "that": true, "these": true, "those": true,
	"there": true, "and": true, "but": true, "or": true, "so": true, "which": true, "who": true}

// possessives are the possessive pronouns besides those in pronouns, which
// point at whoever speaks ("Our thoughts are with…").
var possessives = map[string]bool{"our": true, "my": true, "your": true}

// quoteMark reports whether a word is a quotation mark alone, as text that
// sets marks apart from words has them (`place, " the statement said`).
func quoteMark(x string) bool {
	return strings.Trim(x, "\"“”'‘’`") == ""
}

// pronoun reports whether a word is one of pronouns, alone or with a
// verb run into it ("he'd", "they're", "it’s").
func pronoun(x string) bool { return pronounBare(bare(x)) }

// pronounBare is pronoun of a word already bare.
func pronounBare(b string) bool {
	if i := strings.IndexAny(b, "'’"); i > 0 {
		b = b[:i]
	}
	return pronouns[b]
}

// adjunctEnd returns the index of the word whose comma ends a phrase that
// comes before the main clause, or -1: a phrase that opens with a
// preposition or a subordinating word ("With just five days until…,",
// "While people around the world watched…,"), a participle ("Declaring him
// a martyr…,", "Facing a court challenge,"), or a time counted from an
// event ("Eight years after his regime ended,"). The comma is the first
// after which a clause of some length follows, so that a list inside the
// phrase ("Iowa, Ohio, and Pennsylvania,") is passed over.
func adjunctEnd(w []string) int {
	if !opensAdjunct(w) {
		return -1
	}
	for i := 0; i < len(w)-1 && i < 25; i++ {
		if !commaEnd(w[i]) {
			continue
		}
		if next := bare(w[i+1]); next != "and" && next != "or" && !asWellAs(w[i+1:]) && segment(w[i+1:]) >= 4 && !listItem(w, i) {
			return i
		}
	}
	return -1
}

// asWellAs reports whether w opens with "as well as", which goes on with
// the phrase before it as "and" does ("As leaders from the richest
// economies, as well as from the poorest, gathered…").
func asWellAs(w []string) bool {
	return len(w) >= 3 && bare(w[0]) == "as" && bare(w[1]) == "well" && bare(w[2]) == "as"
}

// opensAdjunct reports whether w opens with a word that opens a phrase
// before the main clause, or a time counted from an event.
func opensAdjunct(w []string) bool {
	first := bare(w[0])
	opens := adjunctOpeners[first] || participle(first) && !gerundSubject(w) ||
		first == "no" && len(w) > 1 && bare(w[1]) == "matter" // "No matter which holiday you observe…,"
	for k := 1; k < 4 && k < len(w) && !opens; k++ {
		opens = timeRelations[bare(w[k])]
	}
	return opens
}

// dropOpeningAdjunct removes the phrase adjunctEnd finds when the clause
// after it has four words or more and opens with no pronoun, preposition or
// clause's opener ("As leaders from the world's economies, as well as from
// …, gathered" is one phrase).
func dropOpeningAdjunct(w []string) []string {
	i := adjunctEnd(w)
	if i < 0 {
		return w
	}
	next := bare(w[i+1])
	if quoteMark(w[i+1]) || pronouns[next] || clauseWords[next] || prepositions[next] || len(w)-(i+1) < 4 || quoteOpen(w[:i+1]) {
		return w // a mark after the comma closes a quotation the phrase was part of ("…in place, " the statement said.")
	}
	return w[i+1:]
}

// listItem reports whether the comma-ended w[i] closes an item of one or two
// words that a comma opened ("Germany, France, Ukraine and Russia"); a
// number closes a date.
func listItem(w []string, i int) bool {
	if strings.IndexFunc(bare(w[i]), func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
		return false // "December 14, 2012,": a year, not an item
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if commaEnd(w[k]) {
			return true
		}
	}
	return false
}

// gerundSubject reports whether the -ing word that opens w is the subject
// of the sentence's verb rather than a participle's phrase before it: a
// finite verb follows before the first comma ("Eating nuts has been linked
// to…, such as…"; but "Facing a court challenge, the minister…").
func gerundSubject(w []string) bool {
	for _, x := range w {
		if verbs[bare(x)] {
			return true
		}
		if commaEnd(x) {
			return false
		}
	}
	return false
}

// participle reports whether a word looks like a participle that opens a
// sentence ("declaring", "facing", "citing"): a word ending in -ing.
func participle(b string) bool {
	return len(b) > 5 && strings.HasSuffix(b, "ing") && b != "morning" && b != "evening" && b != "during" && b != "according"
}

// segment counts the words up to and including the next one that ends with
// a comma.
func segment(w []string) int {
	for i, x := range w {
		if commaEnd(x) {
			return i + 1
		}
	}
	return len(w)
}

// quoteOpen reports whether the words leave a quotation open: curly marks
// and the newswire's typewriter pairs (two backquotes open, two apostrophes
// close) by direction, straight double quotes by parity. The title keeps
// the marks as the source wrote them; render sets them as print does.
func quoteOpen(w []string) bool {
	d, straight := 0, 0
	for _, x := range w {
		d += strings.Count(x, "“") + strings.Count(x, "``") - strings.Count(x, "”") - strings.Count(x, "''")
		straight += strings.Count(x, `"`)
	}
	return d > 0 || straight%2 == 1
}

// dropOpeningAttribution removes "X said that" from the start when what
// was said is a clause of eight words or more that opens with no pronoun:
// "Federal prosecutors in Manhattan said that one of the men accused…" is
// titled by what one of the men did. "The result is that" goes the same way.
func dropOpeningAttribution(w []string) []string {
	if len(w) > 4 && bare(w[0]) == "the" && sequels[bare(w[1])] && (bare(w[2]) == "is" || bare(w[2]) == "was") &&
		bare(w[3]) == "that" && trailing(w[3]) == "" {
		// "The result is that much of the cost…" is titled by what follows
		if rest := w[4:]; len(rest) >= 8 && !pronoun(rest[0]) {
			return rest
		}
	}
	for i := 1; i < 10 && i+1 < len(w); i++ {
		if trailing(w[i]) != "" || quoteOpen(w[:i]) {
			return w
		}
		if sayings[bare(w[i])] && bare(w[i+1]) == "that" && trailing(w[i+1]) == "" {
			rest := w[i+2:]
			if len(rest) < 8 || pronoun(rest[0]) {
				return w
			}
			return rest
		}
	}
	return w
}

// sequels are the nouns of "The result is that…", "The upshot was that…".
var sequels = map[string]bool{"result": true, "upshot": true, "reason": true, "answer": true, "outcome": true,
	"consequence": true, "effect": true, "irony": true, "catch": true, "trouble": true, "problem": true, "truth": true}

// sayings are the verbs of a closing attribution (", officials said.").
var sayings = map[string]bool{"said": true, "says": true, "according": true, "reported": true, "reports": true,
	"told": true, "announced": true, "added": true, "stated": true, "claimed": true, "showed": true, "show": true}

// dropClosingAttribution removes a closing attribution of up to eight words
// after the sentence's last comma (", a tribunal official said.", ",
// according to court documents."). Inside a quotation nothing is dropped.
func dropClosingAttribution(w []string) []string {
	for i := len(w) - 2; i >= shortest-1 && i >= len(w)-9; i-- {
		if !commaEnd(w[i]) {
			continue
		}
		tail := w[i+1:]
		for _, x := range tail {
			if sayings[bare(x)] && !quoteOpen(w[:i+1]) {
				return w[:i+1]
			}
		}
		return w
	}
	return w
}

// discourse are words that open a sentence and are set off by a comma
// without being its subject ("Yes, …", "However, …").
var discourse = map[string]bool{"yes": true, "no": true, "well": true, "however": true, "now": true, "meanwhile": true,
	"still": true, "indeed": true, "instead": true, "so": true, "but": true, "and": true, "also": true, "then": true,
	"first": true, "finally": true, "again": true, "today": true, "here": true, "there": true, "thus": true, "oh": true}

// dropInsertion removes a phrase set off by two commas after the sentence's
// subject, when the clause goes on after it: an apposition ("Mark
// Zuckerberg, Facebook's co-founder, is no longer…"), an age (", 86,"), a
// participle's phrase ("Comey, testifying under oath, painted…") or a
// relative clause (", which circulated the photo,"). In text that
// capitalizes names, an apposition that opens with a capital is a name and
// stays ("The obstetrician, Dr. Barnett Slepian, was killed"). A list
// ("Iowa, Ohio, and Pennsylvania") is no insertion: a conjunction or a
// pronoun after the second comma ends the test. One short item after it
// belongs to the insertion ("in suburban Buffalo, N.Y.,", "a producer,
// filmmaker and critic,"); a second makes it a list, which stays.
func dropInsertion(w []string, mixed bool) []string {
	if opensAdjunct(w) {
		return w // what comes before the first comma is no subject
	}
	for i := 0; i < 6 && i < len(w)-2; i++ { // a subject of at most six words
		if !commaEnd(w[i]) {
			continue
		}
		if i == 0 && discourse[bare(w[0])] || quoteOpen(w[:i+1]) || anyOf(w[:i+1], verbs) {
			return w // a clause before the comma, not a subject
		}
		first := w[i+1]
		if mixed && capitalized(first) {
			return w
		}
		continued := false
		for j := i + 1; j < len(w)-1 && j <= i+16; j++ {
			if !commaEnd(w[j]) {
				continue
			}
			next := bare(w[j+1])
			if pronouns[next] || discourse[next] || bare(first) == "and" || bare(first) == "or" ||
				len(w)-(j-i) < shortest || quoteOpen(w[i+1:j+1]) || anyOf(w[i+1:j+1], sayings) {
				return w
			}
			if n := segment(w[j+1:]); n == len(w)-(j+1) && n < 3 && !commaEnd(w[len(w)-1]) {
				return w // "…, Oct. 21, 2016": the sentence ends on a short item
			}
			if item(w[j+1:]) {
				if continued {
					return w // "nurses, teachers, drivers,": a list
				}
				continued = true
				continue // "in suburban Buffalo, N.Y.,": the insertion goes on
			}
			w[i] = strings.TrimSuffix(w[i], ",")
			return append(w[:i+1], w[j+1:]...)
		}
		return w
	}
	return w
}

// verbs are the commonest finite verbs and auxiliaries: a subject holds none.
var verbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "can": true, "will": true,
	"has": true, "have": true, "had": true, "would": true, "could": true, "may": true, "might": true, "did": true,
	"does": true, "do": true, "should": true, "must": true, "said": true, "says": true}

// anyOf reports whether one of the words, bare, is in set.
func anyOf(w []string, set map[string]bool) bool {
	for _, x := range w {
		if set[bare(x)] {
			return true
		}
	}
	return false
}

// dropLeadingArticle removes "The", "A" or "An" from the start, as
// headlines do, unless the article is part of a name in capitals ("The
// Hague", "A Tribe Called Quest" stay in text that capitalizes names).
func dropLeadingArticle(w []string) []string {
	switch bare(w[0]) {
	case "the", "a", "an":
	default:
		return w
	}
	if len(w) <= shortest || trailing(w[0]) != "" || w[0] != strings.TrimLeft(w[0], `"“'‘`) {
		return w
	}
	if mixedCase(w) && capitalized(w[1]) {
		return w
	}
	return w[1:]
}

// clauseWords open a clause or a phrase that a headline can end before.
var clauseWords = map[string]bool{"which": true, "who": true, "whose": true, "where": true, "while": true, "when": true,
	"because": true, "as": true, "after": true, "before": true, "amid": true, "following": true, "including": true,
	"but": true, "although": true, "though": true, "despite": true, "since": true, "saying": true, "prompting": true,
	"raising": true, "killing": true, "leaving": true, "calling": true, "according": true, "until": true, "than": true, "if": true, "even": true, "thus": true}

// prepositions open a phrase that a headline can end before.
var prepositions = map[string]bool{"in": true, "on": true, "at": true, "of": true, "for": true, "from": true,
	"into": true, "over": true, "near": true, "by": true, "during": true, "against": true, "across": true, "off": true,
	"under": true, "between": true, "among": true, "about": true, "through": true, "outside": true, "inside": true, "with": true, "within": true, "around": true, "along": true, "behind": true,
	"toward": true, "towards": true, "beyond": true}

// boundary returns how many words to keep so that at most limit remain and
// the cut falls where a phrase ends: after a comma, colon or semicolon (and
// eight words, since a comma closes a subject's phrase as often as a clause),
// before a word that opens a clause, or before a preposition. A comma may
// also fall one or two words past limit, as Trim lets a title run two words
// over where its sentence ends: "Fire turned a dance hall jammed with
// teen-age Halloween revelers into a deathtrap," keeps what the fire did.
// Of those that leave at least shortest words it takes the one that keeps
// the most, a comma counting as six words more and a clause's opener as
// two, so that a clause ends the title sooner than a phrase does. When none
// is left, a comma after seven words ends the title if a clause opens after
// it ("…open-air market, setting off blasts"). It returns 0 when there is
// none, never cuts inside a quotation or a time ("11: 30"), never after the
// lone word that opens a phrase after a comma ("…market, setting"), never
// after a name's apposition ("Guillermo Ortiz, Mexico's central bank
// governor,"), which leaves no clause, nor after an opening phrase the
// clause was kept for (its comma is at index adjunct).
func boundary(w []string, limit, adjunct int) int {
	best, score, early := 0, 0, 0
	for k := max(shortest, adjunct+2); k <= limit+2 && k < len(w); k++ {
		if asWellAs(w[max(k-2, 0):]) || asWellAs(w[k-1:]) {
			continue // not inside "as well as"
		}
		r := 0
		switch p := trailing(w[k-1]); {
		case p == ":" && clockTime(w[k-1], w[k]):
			continue // "11: 30 a.m.", as Multi-News sets a time
		case strings.Contains(p, ",") || p == ";" || p == ":":
			if k == shortest+1 && best == 0 && opensClause(w[k:]) && !apposition(w[:k]) && !quoteOpen(w[:k]) && !weakEnd(bare(w[k-1])) {
				early = k // a title one word shorter than a comma allows, if nothing else ends well
			}
			if apposition(w[:k]) || k < shortest+2 || k > limit && !clauseAfterComma(w[k]) {
				continue
			}
			r = 3
		case k > limit:
			continue // two words over only where a clause ends at a comma
		case p == "" && clauseWords[bare(w[k])] && trailing(w[k]) == "":
			r = 1
		case p == "" && prepositions[bare(w[k])]:
			if particle(w[k-1], w[k]) {
				continue // "switched off", "kicked off": the particle goes with its verb
			}
			r = 0
		case p == "" && bare(w[k]) == "and" && k >= 8:
			r = 0 // "and" joins names and things as often as clauses, most of them early
		default:
			continue
		}
		if k+2*r > score && !quoteOpen(w[:k]) && !weakEnd(bare(w[k-1])) && !danglingOpener(w[:k]) {
			best, score = k, k+2*r
		}
	}
	if best == 0 {
		return early
	}
	return best
}

// clip keeps the first limit words of a title longer than that where no
// phrase ends near, and fewer when the last would lead into what the cut
// drops: "…will remain loyal to…" is "…will remain loyal…", "…took a
// baseball bat to the…" "…took a baseball bat…", and a dash standing alone
// goes with them. The cut is marked with "…", after any punctuation the
// last word kept ends with (a closing quotation mark stays).
func clip(w []string, limit int) string {
	n := min(limit, len(w))
	for n > shortest {
		b := bare(w[n-1])
		if !leadsOn(b) && (b != "" || quoteMark(w[n-1])) {
			break // a dash or a rule alone goes, a quotation mark stays
		}
		n--
	}
	out := strings.Join(w[:n], " ")
	return strings.TrimRightFunc(out, func(r rune) bool { return unicode.IsPunct(r) && r != '"' && r != '”' || unicode.IsSpace(r) }) + "…"
}

// leadsOn reports whether a bare word leads into the words after it, so
// that a cut after it leaves a phrase open: an article, a preposition, an
// auxiliary, a pronoun or a word that opens a clause ("to", "the", "has",
// "their", "when").
func leadsOn(b string) bool {
	return weakEnd(b) || pronounBare(b) || possessives[b] || clauseWords[b] || prepositions[b] || leaders[b]
}

// leaders are the auxiliary verbs that lead into the verb after them,
// besides those weakEnd lists, and "no", which leads into its noun.
var leaders = map[string]bool{"am": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true,
	"shall": true, "do": true, "does": true, "did": true, "no": true}

// particle reports whether "off" after a verb in -ed is the verb's
// particle ("an entertainment system switched off", "stings have kicked
// off"), which a title cannot leave behind, rather than a preposition
// ("off the coast").
func particle(verb, next string) bool {
	b := bare(verb)
	return bare(next) == "off" && len(b) > 4 && strings.HasSuffix(b, "ed") && trailing(verb) == ""
}

// opensClause reports whether words open a clause or a participle's
// phrase: "which…", "after…", or a word in -ing before an article, a
// pronoun or a preposition ("setting off blasts", "killing the driver"),
// not before a noun as an adjective is ("shocking evidence").
func opensClause(w []string) bool {
	b := bare(w[0])
	if clauseWords[b] {
		return true
	}
	if !participle(b) || trailing(w[0]) != "" || len(w) < 2 {
		return false
	}
	next := bare(w[1])
	return prepositions[next] || commaOpeners[next] || objects[next]
}

// objects are the pronouns and particles a verb in -ing takes.
var objects = map[string]bool{"it": true, "them": true, "him": true, "us": true, "up": true, "out": true, "down": true, "away": true}

// clockTime reports whether a word ending with a colon and the word after
// it are a time's hours and minutes.
func clockTime(hours, minutes string) bool {
	h, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(hours, ":"))
	m, _ := utf8.DecodeRuneInString(minutes)
	return unicode.IsDigit(h) && unicode.IsDigit(m)
}

// danglingOpener reports whether words end with the one word of a phrase
// begun after a comma, a word that opens more than it says: a participle
// ("…an open-air market, setting" of "…, setting off blasts that killed…";
// "…junior seau, regarded"), or a clause's or phrase's first word.
func danglingOpener(w []string) bool {
	if len(w) < 2 || !commaEnd(w[len(w)-2]) || trailing(w[len(w)-1]) != "" {
		return false
	}
	x := w[len(w)-1]
	r, _ := utf8.DecodeRuneInString(x)
	if !unicode.IsLower(r) {
		return false // a name or a number ("…in Tal Afar, Iraq")
	}
	b := bare(x)
	return participle(b) || len(b) > 4 && strings.HasSuffix(b, "ed") ||
		clauseWords[b] || prepositions[b] || commaOpeners[b]
}

// clauseAfterComma reports whether the word after a comma opens what comes
// after a finished clause: a clause ("which", "after", "but"), a phrase
// ("near", "including", "becoming"), an apposition ("a", "the", "its"), a
// report ("according", "said"), a date or a name. A comma before another
// word is more often a list's ("two young people lost limbs in separate,
// life-threatening attacks"), which a title past its limit must not end in.
func clauseAfterComma(x string) bool {
	b := bare(x)
	if b == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x)
	return clauseWords[b] || prepositions[b] || sayings[b] || conjunctions[b] || commaOpeners[b] || unicode.IsUpper(r) || unicode.IsDigit(r) ||
		strings.HasSuffix(b, "ing") && len(b) > 5
}

// commaOpeners are the words besides clauseWords, prepositions, sayings
// and conjunctions that open what follows a finished clause and its comma:
// "yet", "so", "that", or an apposition's article ("…, a new 3,830-bed
// state prison").
var commaOpeners = map[string]bool{"yet": true, "so": true, "that": true,
	"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true, "one": true}

// apposition reports whether words ending with a comma hold an earlier
// comma among their first five: a name and what it is.
func apposition(w []string) bool {
	for _, x := range w[:min(5, len(w)-1)] {
		if commaEnd(x) {
			return true
		}
	}
	return false
}

// weakEnd are words a title cannot end with.
func weakEnd(b string) bool {
	switch b {
	case "the", "a", "an", "and", "or", "of", "to", "that", "with", "his", "her", "its", "their", "is", "was",
		"are", "were", "be", "been", "has", "have", "had", "will", "would", "said", "says", "says:", "for", "in",
		"on", "at", "by", "from", "as", "than", "but", "not", "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "even",
		"one", "another", "some", "any", "all", "most", "each", "both", "part", "many", "few", "much", "more",
		"less", "rest", "dozens", "hundreds", "thousands", "millions", "such", "so", "very", "who", "which":
		return true
	}
	return false
}

// trimEnd removes the closing period and comma and a weak last word.
func trimEnd(w []string) []string {
	for len(w) > 0 {
		last := strings.TrimRight(w[len(w)-1], ",;:—-")
		if stem, ok := strings.CutSuffix(last, "."); ok && !strings.Contains(stem, ".") && len(bare(stem)) > 1 {
			last = stem // "U.S." and "Gen." keep their stops
		}
		if last == "" || weakEnd(bare(last)) && len(w) > shortest {
			w = w[:len(w)-1]
			continue
		}
		w[len(w)-1] = closeQuote(last)
		return w
	}
	return w
}

// closeQuote drops the comma a quotation closes after when the title ends
// there ("…bound for Amman,”" of "…,” the pilot said").
func closeQuote(x string) string {
	for _, q := range []string{"”", `"`, "''", "’"} {
		if body, ok := strings.CutSuffix(x, q); ok && strings.TrimRight(body, ",;:") != body {
			return strings.TrimRight(body, ",;:") + q
		}
	}
	return x
}

// capitalize writes a title's first letter as a capital ("military blamed…"
// after "The" was dropped).
func capitalize(x string) string {
	i := strings.IndexFunc(x, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	if i < 0 || !unicode.IsLetter(rune(x[i])) && x[i] < utf8.RuneSelf {
		return x // "51-year-old" stays as written
	}
	r, size := utf8.DecodeRuneInString(x[i:])
	return x[:i] + string(unicode.ToUpper(r)) + x[i+size:]
}
