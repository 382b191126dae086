package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a sentence's byte range in the paragraph it was cut from.
type Span struct{ Start, End int }

// titles never end a sentence: a name always follows them.
var titles = setOf(`mr mrs ms messrs dr gen sen rep gov lt col sgt capt maj cmdr adm brig cpl pvt
prof rev hon pres supt det insp st mt ft fr vs approx dept fig ave blvd`)

// ambiguous abbreviations end a sentence only when a sentence opener follows.
var ambiguous = setOf(`jr sr inc corp co ltd llc plc bros etc al jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun a.m p.m`)

// numbered abbreviations take a number without ending the sentence ("Jan. 5", "No. 1").
var months = setOf(`jan feb mar apr jun jul aug sep sept oct nov dec no nos art vol`)

// IsAbbreviation reports whether w, lower case and without its period, is
// an abbreviation a period after which need not end a sentence: a title
// ("mr", "gen"), a month or "no", or one of the ambiguous ("jr", "inc").
func IsAbbreviation(w string) bool { return titles[w] || ambiguous[w] || months[w] }

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Sentences splits a paragraph into sentences. A sentence ends at '.', '!',
// '?' or an ellipsis (or another script's stop: see EndsSentence), with any
// closing quotes and brackets after it, when whitespace and then something
// that can open a sentence follow. It does not
// end after a title ("Mr.", "Gen."), after an initial or a dotted acronym
// ("W.", "U.S.", "a.m.") unless a common sentence opener ("The", "He", "But")
// follows, inside a decimal or before a lower-case word. In Chinese and
// Japanese a sentence ends at '。', '！', '？' or the full-width period '．'
// of technical writing (not inside a number: "３．５"), with any closing marks
// after it and no space needed, as at a '.', '!' or '?' between two characters.
// In Thai and Lao a space between letters ends one (see spaceEndsSentence).
func Sentences(p string) []Span {
	out := stopped(p)
	// Thai and Lao letters, like those of many scripts, open with the byte
	// 0xe0 in UTF-8: without it no space ends a sentence
	if strings.IndexByte(p, 0xe0) >= 0 {
		out = splitAtSpaces(p, out)
	}
	return out
}

// splitAtSpaces splits the sentences of p at the spaces that end a Thai or
// Lao sentence (see spaceEndsSentence), outside quotations.
func splitAtSpaces(p string, spans []Span) []Span {
	var out []Span
	for _, sp := range spans {
		start, depth, straight := sp.Start, 0, false
		for i := sp.Start; i < sp.End; {
			r, size := utf8.DecodeRuneInString(p[i:])
			switch {
			case r == '“':
				depth++
			case r == '”' && depth > 0:
				depth--
			case r == '"':
				straight = !straight
			case r == ' ' && depth == 0 && !straight && spaceEndsSentence(p, start, i):
				out = append(out, Span{start, i})
				start = skipSpace(p, i)
				i = start
				continue
			}
			i += size
		}
		out = append(out, Span{start, sp.End})
	}
	return out
}

// stopped splits p into sentences at their stops (see Sentences).
func stopped(p string) []Span {
	var out []Span
	start := skipSpace(p, 0)
	quoteDepth := 0
	quotes, counted := 0, 0 // straight quotes in p[:counted]
	i := start
	for i < len(p) {
		r, size := utf8.DecodeRuneInString(p[i:])
		switch r {
		case '“':
			quoteDepth++
		case '”':
			if quoteDepth > 0 {
				quoteDepth--
			}
		}
		if r >= utf8.RuneSelf && fullStop(r) {
			if r == '．' && digitAt(p, i+size) {
				i += size // "３．５"
				continue
			}
			// Chinese and Japanese: the stop, any closing marks, and the
			// next sentence at once, with no space between
			j, closed := i+size, false
			for j < len(p) {
				r2, s2 := utf8.DecodeRuneInString(p[j:])
				if !fullStop(r2) && !wideCloser(r2) {
					break
				}
				closed = closed || wideCloser(r2)
				j += s2
			}
			next := skipSpace(p, j)
			if next >= len(p) {
				break
			}
			if r2, _ := utf8.DecodeRuneInString(p[next:]); closed && unicode.Is(unicode.Hiragana, r2) {
				i = next // 「もう遅い。」と彼は言った: a particle after the quotation goes on
				continue
			}
			out = append(out, Span{start, j})
			start, i, quoteDepth = next, next, 0
			continue
		}
		if r != '.' && r != '!' && r != '?' && (r < utf8.RuneSelf || r != '…' && !spacedStop(r)) {
			i += size
			continue
		}
		termStart := i
		j := i
		for j < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || spacedStop(r2) {
				j += s2
				continue
			}
			break
		}
		closedQuote := false
		for j < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[j:])
			if r2 == '"' || r2 == '”' || r2 == '’' || r2 == '\'' || r2 == ')' || r2 == ']' || r2 == '»' {
				if r2 == '”' && quoteDepth > 0 {
					quoteDepth--
				}
				closedQuote = true
				j += s2
				continue
			}
			if r2 == ' ' {
				// a bracket set apart from the words it closes: "pelosi ( d-calif.
				// ) and rep. steve israel…", "( he was. he left. ) then…"
				if k := skipSpace(p, j); k < len(p) && (p[k] == ')' || p[k] == ']') && openBracket(p[:termStart], p[k]) {
					closedQuote, j = true, k
					continue
				}
			}
			break
		}
		if j >= len(p) {
			break
		}
		r2, _ := utf8.DecodeRuneInString(p[j:])
		if Unspaced(r2) && stopBetweenCharacters(p, start, termStart) {
			out = append(out, Span{start, j})
			start, i, quoteDepth = j, j, 0
			continue
		}
		if !unicode.IsSpace(r2) {
			i = j
			if i == termStart {
				i += size
			}
			continue
		}
		next := skipSpace(p, j)
		if next >= len(p) {
			break
		}
		if isBoundary(p, start, termStart, j, next, quoteDepth > 0 && !closedQuote) {
			end := j
			quotes += strings.Count(p[counted:next], `"`)
			counted = next
			if closer := danglingCloser(p, j, next, quotes); closer > 0 {
				end, next = closer, skipSpace(p, closer)
				if next >= len(p) {
					out = append(out, Span{start, end})
					return out
				}
			}
			if quotedQuestion(p, termStart, end) && speakerFollows(p, next) {
				// the quotation's speaker follows it: "…should it be
				// now?" Bachmann asked, …', '" why not? " he said.'
				i = next
				continue
			}
			out = append(out, Span{start, trimRight(p, start, end)})
			start = next
			quoteDepth = 0
		}
		i = next
	}
	if start < len(p) {
		if end := trimRight(p, start, len(p)); end > start {
			out = append(out, Span{start, end})
		}
	}
	return out
}

// quotedQuestion reports whether the stops from term to end close a
// question or an exclamation inside a quotation: a '?' or '!' with a
// closing quotation mark after it.
func quotedQuestion(p string, term, end int) bool {
	run := p[term:end]
	return strings.ContainsAny(run, "?!") && strings.ContainsAny(run, "\"”’'")
}

// SpeechVerbs are the verbs that tell who said a quotation ("…," she
// said; "…?" asked Kerry), separated by '|'.
const SpeechVerbs = `said|says|say|told|tells|added|adds|stated|declared|warned|warns|explained|asked|asks|noted|insisted|insists|argued|argues|wrote|writes|tweeted|announced|claimed|claims|continued|replied|acknowledged|admitted|urged|vowed|stressed|cautioned|suggested|conceded|confirmed|denied|predicted|recalled|remarked|responded|agreed|boasted|promised|pledged|threatened|countered|observed|emphasized|emphasised|testified|complained|concluded|explains|notes|adding|saying|telling|proclaimed|advised|pleaded|called|termed|described|retorted|quipped|answered|shouted|exclaimed|asserted|contended|maintained|commented|lamented|whispered|recounted|read|appealed|appeals|urges|demanded|demands`

var speechVerbs = setOf(strings.ReplaceAll(SpeechVerbs, "|", " "))

// IsSpeechVerb reports whether w, in lower case, is one of SpeechVerbs.
func IsSpeechVerb(w string) bool { return speechVerbs[w] }

// speakerPronouns name a quotation's speaker before its verb.
var speakerPronouns = setOf(`he she they i we it`)

// speakerFollows reports whether the words at p[i:] tell who said the
// quotation before them: a speech verb first, in small letters, before a
// word that is not a function word ("asked Kerry, …"), or after
// one or two words that can name a speaker, a pronoun or any word but a
// function word ("Bachmann asked", "he said", "john kerry said",
// "residents asked", "Mr. John Smith asked": a title and its period are
// part of the name).
func speakerFollows(p string, i int) bool {
	for k := 0; k < 3; k++ {
		w := wordAt(p, i)
		if w == "" || !strings.HasPrefix(p[i:], w) {
			return false // no word, or a quotation opening: the next sentence
		}
		l := strings.ToLower(w)
		if speechVerbs[l] {
			if k > 0 {
				return true
			}
			// a verb first, in small letters, then a name ("asked
			// kerry"; not "Asked for comment, …", which opens a sentence)
			r, _ := utf8.DecodeRuneInString(w)
			after := i + len(w)
			if unicode.IsUpper(r) || after >= len(p) || p[after] != ' ' {
				return false
			}
			next := wordAt(p, after+1)
			return next != "" && !IsStopword(strings.ToLower(next))
		}
		if !speakerPronouns[l] && !titles[l] && IsStopword(l) {
			return false
		}
		i += len(w)
		if i < len(p) && p[i] == '.' && titles[l] {
			i++
			k-- // a title is not one of the name's words
		}
		if i >= len(p) || p[i] != ' ' {
			return false // a name runs on to the verb over a space only
		}
		i++
	}
	return false
}

// openBracket reports whether s, a paragraph up to a stop, leaves open a
// bracket that closer (')' or ']') closes.
func openBracket(s string, closer byte) bool {
	opener := byte('(')
	if closer == ']' {
		opener = '['
	}
	return strings.Count(s, string(opener)) > strings.Count(s, string(closer))
}

// spaceEndsSentence reports whether the space at p[i] ends the sentence that
// starts at p[start], in Thai or Lao: those scripts mark no stop, and put a
// space where a sentence or a clause ends (words go unspaced). The space
// must stand between two of their letters, with a sentence's worth of
// clusters before it (sentenceClusters), so that a name's space ("ประยุทธ์
// จันทร์โอชา") rarely cuts a short sentence in two, and a number's ("12 คน")
// never does.
func spaceEndsSentence(p string, start, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(p[start:i])
	if !spacedWithoutStops(prev) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(p[skipSpace(p, i):])
	return spacedWithoutStops(next) && unicode.IsLetter(next) && Words(p[start:i]) >= sentenceClusters
}

// sentenceClusters is the fewest clusters (see ClusterEnd) a Thai or Lao
// sentence ended by a space holds: about five words.
const sentenceClusters = 12

// spacedWithoutStops reports whether r is a letter or mark of Thai or Lao.
func spacedWithoutStops(r rune) bool {
	return 0x0e01 <= r && r <= 0x0eff && Clustered(r)
}

// stopBetweenCharacters reports whether the half-width stop at term follows
// a Chinese character or hiragana ("…开通!官员…"), so that a sentence ends
// there with no space after it when another character follows. An
// ellipsis does not: Chinese writes "……" inside sentences.
func stopBetweenCharacters(p string, start, term int) bool {
	r, _ := utf8.DecodeRuneInString(p[term:])
	prev, _ := utf8.DecodeLastRuneInString(p[start:term])
	return r != '…' && Unspaced(prev)
}

// danglingCloser handles text where quotation marks stand apart from the
// words ("… for my constituents. \" weiner has been …"): a straight quote
// that follows the terminator after a space, while an odd number of straight
// quotes precede it in the paragraph, closes the quotation the sentence
// opened rather than opening the next sentence. quotes is the number of
// straight quotes in p[:next]. It returns the end of the sentence including
// that quote, or 0.
func danglingCloser(p string, after, next, quotes int) int {
	if next >= len(p) || p[next] != '"' || next == after {
		return 0
	}
	if next+1 < len(p) && !unicode.IsSpace(rune(p[next+1])) {
		return 0 // "…said. \"Next" opens a quotation
	}
	if quotes%2 == 0 {
		return 0
	}
	return next + 1
}

func skipSpace(p string, i int) int {
	for i < len(p) {
		r, size := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func trimRight(p string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(p[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}

// isBoundary decides a candidate boundary: the terminator run starts at
// term, the closing punctuation ends at after, and the next sentence would
// start at next.
func isBoundary(p string, start, term, after, next int, inQuote bool) bool {
	nr, _ := utf8.DecodeRuneInString(p[next:])
	if unicode.IsLower(nr) {
		return false
	}
	termRune, _ := utf8.DecodeRuneInString(p[term:])
	prev := wordBefore(p, start, term)
	lower := strings.ToLower(prev)
	nextWord := wordAt(p, next)
	opener := isOpener(nextWord)
	ellipsis := termRune == '…' || strings.HasPrefix(p[term:], "...")

	if ellipsis {
		return !inQuote && (opener || unicode.IsUpper(nr))
	}
	if termRune == '.' && after == term+1 {
		switch {
		case titles[lower]:
			return false
		case months[lower] && unicode.IsDigit(nr):
			return false
		case ambiguous[lower]:
			return opener
		case isInitialOrAcronym(prev):
			if strings.ContainsFunc(prev, unicode.IsLower) {
				// text set in small letters and given a capital after
				// every stop, the acronym's too ("the u.s. Is sending",
				// "u.s. Officials said"): only a word that opens no
				// phrase a sentence could go on with opens a sentence
				return nextWord == "" || strongOpeners[strings.ToLower(nextWord)]
			}
			return opener
		}
	}
	if (termRune == '!' || termRune == '?') && after == term+1 && prev != "" {
		// "Yahoo! News": an exclamation fused to a capitalized name.
		pr, _ := utf8.DecodeRuneInString(prev)
		if unicode.IsUpper(pr) && !opener && unicode.IsUpper(nr) {
			return false
		}
	}
	return true
}

// wordBefore returns the run of letters, digits and periods that ends at term.
func wordBefore(p string, start, term int) string {
	k := term
	for k > start {
		r, size := utf8.DecodeLastRuneInString(p[start:k])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			k -= size
			continue
		}
		break
	}
	return strings.TrimLeft(p[k:term], ".")
}

// wordAt returns the word that starts at i, skipping opening quotes.
func wordAt(p string, i int) string {
	for i < len(p) {
		r, size := utf8.DecodeRuneInString(p[i:])
		if r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '[' {
			i += size
			continue
		}
		break
	}
	k := i
	for k < len(p) {
		r, size := utf8.DecodeRuneInString(p[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += size
	}
	return p[i:k]
}

// isInitialOrAcronym reports whether w is a single letter ("W") or a dotted
// abbreviation ("U.S", "a.m", "U.N").
func isInitialOrAcronym(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}

// isOpener reports whether a capitalized w is a common way to begin a
// sentence (a function word), as opposed to a name.
func isOpener(w string) bool {
	if w == "" {
		return true // a quote, digit or symbol opens the next sentence
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	l := strings.ToLower(w)
	return IsStopword(l) || openers[l]
}

// strongOpeners open a sentence after an acronym in text set in small
// letters, where a capital after a stop is no sign of one: articles,
// demonstratives, pronouns, "but" and "according".
var strongOpeners = setOf(`the a an this that these those he she it they we i you his her its their our my
there but however according`)

var openers = setOf(`meanwhile still yet later earlier separately instead moreover furthermore
besides nevertheless nonetheless today yesterday tomorrow last next officials police residents`)

// digitAt reports whether p holds a digit at byte i.
func digitAt(p string, i int) bool {
	r, _ := utf8.DecodeRuneInString(p[i:])
	return unicode.IsDigit(r)
}
