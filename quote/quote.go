// Package quote finds direct quotations in a story's articles, who said each
// one (a named entity of the story, or an unnamed source such as "a city
// official"), the reporting verb, and every article that carries the same
// words, matched through straight and curly quote marks, partial quotation
// and small edits.
package quote

import (
	"hash/maphash"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/entity"
	"github.com/precis-news/precis/internal/sorted"
	"github.com/precis-news/precis/internal/unionfind"
	"github.com/precis-news/precis/internal/wordset"
	"github.com/precis-news/precis/text"
)

// Quote is one quotation with the articles that carry it.
type Quote struct {
	Text    string   `json:"text"`
	Speaker string   `json:"speaker"` // the entity's name, an unnamed source, or "" when not found
	Verb    string   `json:"verb"`
	Sources []string `json:"sources"`
}

// MinWords is the fewest words a quotation needs to be listed: shorter ones
// are mostly scare quotes and titles ("existential threat").
const MinWords = 4

// occurrence is one quotation in one article.
type occurrence struct {
	doc     int
	para    int
	text    string
	words   []string
	speaker string
	verb    string
	offset  int  // of the opening mark in the paragraph
	open    bool // not closed in its paragraph: continued in the next one
}

// verbs are the verbs that tell who said a quotation, as the segmenter
// knows them (it keeps "…?" Kerry asked in one sentence).
var verbs = text.SpeechVerbs

// unnamedNouns are the words that make an unnamed speaker: "a senior
// official", "the ministry".
const unnamedNouns = `official|officials|spokesman|spokeswoman|spokesperson|source|sources|resident|residents|witness|witnesses|diplomat|diplomats|commander|analyst|analysts|expert|experts|aide|aides|lawmaker|officer|statement|report|minister|leader|fighter|militant|soldier|doctor|neighbor|neighbour|activist|member|adviser|advisor|owner|shopkeeper|farmer|teacher|driver|survivor|mother|father|woman|man|volunteer|nurse|employee|customer|fan|passenger|lawyer|attorney|prosecutor|investigator|researcher|scientist|economist|manager|executive|trader|negotiator|mediator|government|group|office|ministry|court|warrant|agency|company|council|committee|embassy|army|military|police|union|party|friend|friends|colleague|colleagues|relative|relatives|partner|student|students|worker|workers|parent|parents|victim|victims|patient|patients|senator|senators|congressman|congresswoman|governor|mayor|president|judge|chairman|chairwoman|director|general|professor|secretary|ambassador|envoy|pope|king|queen|prince|bishop|archbishop|priest|radio|television|newspaper|broadcaster|network|shopper|shoppers|passerby|bystander|mourner|mourners|protester|protesters|demonstrator|demonstrators|villager|villagers|motorist|businessman|businesswoman|vendor|fisherman|homeowner|tenant|eyewitness|rescuer|firefighter|paramedic|pilot|guard|citizen|voter|voters|commentary|editorial|communique|announcement|letter|spokesmen|women|men|strategist|strategists|consultant|consultants|observer|observers|organizer|organizers|coach|supporter|supporters|critic|critics|journalist|reporter|editor|historian|sheriff|message|memo|warning|filing|document|staff|uncle|aunt|brother|sister|son|daughter|wife|husband|cousin|congress`

// Extract finds the quotations of a story and groups the ones several
// articles carry. ents resolves speakers' names to entities (nil: names are
// kept as written).
func Extract(docs []entity.Doc, ents *entity.Set) []Quote {
	var occ []occurrence
	for di, d := range docs {
		lastSpeaker, lastVerb, lastPara, lastAt := "", "", -10, -1
		lastOpen := false // the last attributed quotation runs on past its paragraph
		first := firstPersons(di, d, ents)
		for pi, p := range paragraphs(d) {
			for _, q := range inParagraph(p, d) {
				q.doc, q.para = di, pi
				// the sentence the quotation starts in
				at := p.first
				for k, off := range p.starts {
					if off <= q.offset {
						at = p.first + k
					}
				}
				switch {
				case isPronoun(q.speaker):
					q.speaker = pronounSpeaker(d, first, at, p.first, lastSpeaker, lastAt, pi-lastPara <= 1)
				case q.speaker == "" && (pi == lastPara || pi == lastPara+1 && lastOpen && q.offset == 0):
					// an unattributed quotation right after an attributed one
					// in the same paragraph continues it, as does one that
					// opens the next paragraph when the attributed one was
					// not closed (a quotation of several paragraphs)
					q.speaker, q.verb = lastSpeaker, lastVerb
				default:
					q.speaker = resolve(q.speaker, d.ID, ents)
				}
				if q.speaker != "" {
					lastSpeaker, lastVerb, lastPara, lastAt, lastOpen = q.speaker, q.verb, pi, at, q.open
				}
				occ = append(occ, q)
			}
		}
	}
	return group(occ, docs)
}

// firstPersons returns, for each sentence of an article, the name of the
// first person it names ("" for none).
func firstPersons(di int, d entity.Doc, ents *entity.Set) []string {
	out := make([]string, len(d.Sentences))
	at := make([]int, len(d.Sentences))
	if ents == nil {
		return out
	}
	for _, m := range ents.Mentions {
		if m.Doc != di || m.Sentence >= len(out) {
			continue
		}
		if e := ents.Of(m); e != nil && e.Type == entity.Person && (out[m.Sentence] == "" || m.Start < at[m.Sentence]) {
			out[m.Sentence], at[m.Sentence] = e.Name, m.Start
		}
	}
	return out
}

// pronounSpeaker resolves "he said" or "she told": the first person named
// in the nearest earlier sentence that names one, when that sentence comes
// after the article's previous quotation (someone new was introduced);
// else the previous speaker, if quoted in this paragraph or the one before
// (a quotation continued); else the first person of the nearest earlier
// sentence in this paragraph or the one before; otherwise nobody.
func pronounSpeaker(d entity.Doc, first []string, at, paraFirst int, last string, lastAt int, recent bool) string {
	if recent && last != "" {
		for k := at - 1; k > lastAt && k >= 0; k-- {
			if first[k] != "" {
				return first[k]
			}
		}
		return last
	}
	prevPara := -1
	if paraFirst > 0 {
		prevPara = d.Sentences[paraFirst-1].Para
	}
	for k := at; k >= 0; k-- {
		if k < paraFirst && d.Sentences[k].Para != prevPara {
			break
		}
		if k == at {
			continue // the quotation's own sentence: its names are inside the quote or after the pronoun
		}
		if first[k] != "" {
			return first[k]
		}
	}
	return ""
}

// paragraph is a paragraph rebuilt from its sentences.
type paragraph struct {
	text   string
	first  int   // index of its first sentence in the article
	starts []int // offset of each of its sentences in text
}

// words returns the normalized words of the paragraph's sentences that lie
// between offsets from and to of its text: the words of a quotation, as
// its sentences' tokens have them (a word never holds a quotation mark).
func (p paragraph) words(d entity.Doc, from, to int) []string {
	var out []string
	// from the sentence that holds offset from, and in it from the first
	// token that ends after it: a paragraph of many quotations is not read
	// from its start for each
	k0 := max(sort.Search(len(p.starts), func(k int) bool { return p.starts[k] > from })-1, 0)
	for k := k0; k < len(p.starts); k++ {
		off, toks := p.starts[k], d.Sentences[p.first+k].Tokens
		if k == k0 {
			toks = toks[sort.Search(len(toks), func(i int) bool { return off+toks[i].End > from }):]
		}
		for _, t := range toks {
			switch a, b := off+t.Start, off+t.End; {
			case a >= to:
				return out
			case a >= from && b <= to:
				out = append(out, t.Norm)
			}
		}
	}
	return out
}

// paragraphs rebuilds an article's paragraphs from its sentences.
// A paragraph's sentences are joined by single spaces, in one allocation.
func paragraphs(d entity.Doc) []paragraph {
	var out []paragraph
	for i := 0; i < len(d.Sentences); {
		j := i + 1
		for j < len(d.Sentences) && d.Sentences[j].Para == d.Sentences[i].Para {
			j++
		}
		p := paragraph{text: d.Sentences[i].Text, first: i, starts: make([]int, 1, j-i)}
		if j > i+1 {
			var b strings.Builder
			n := j - i - 1 // the spaces
			for _, s := range d.Sentences[i:j] {
				n += len(s.Text)
			}
			b.Grow(n)
			b.WriteString(p.text)
			for _, s := range d.Sentences[i+1 : j] {
				b.WriteByte(' ')
				p.starts = append(p.starts, b.Len())
				b.WriteString(s.Text)
			}
			p.text = b.String()
		}
		out = append(out, p)
		i = j
	}
	return out
}

// inParagraph finds the quotations in a paragraph of d and their
// attribution.
func inParagraph(para paragraph, d entity.Doc) []occurrence {
	var out []occurrence
	p := para.text
	for _, sp := range spans(p) {
		inner := strings.TrimSpace(p[sp[0]:sp[1]])
		words := para.words(d, sp[0], sp[1])
		if len(words) < MinWords || titleCased(inner) {
			continue
		}
		o := occurrence{text: strings.TrimRight(inner, " ,"), words: words, offset: sp[3], open: sp[2] == len(p) && sp[1] == len(p)}
		after := p[min(sp[2], len(p)):]
		before := sentenceEnd(p[:sp[3]]) // the sentence the quote is in
		if len(before) > 200 {
			cut := len(before) - 200
			for cut < len(before) && !utf8.RuneStart(before[cut]) {
				cut++
			}
			before = before[cut:] // a speaker and verb sit close to the quote
		}
		if len(after) > 120 {
			after = after[:120]
		}
		before, after = dropHome(before), dropHome(after)
		var m []string
		var ix []int // m's offsets in after
		if hasVerb(after) {
			ix = afterPat.FindStringSubmatchIndex(after)
			if ix != nil && ix[6] >= 0 && !speakerAfterFits(after, ix, o.text) {
				ix = nil
			}
			m = groupsOf(after, ix)
		}
		if m != nil && m[1] != "" && !roleBefore(after[ix[3]:ix[4]], after[ix[5]:]) {
			m = nil // "said in Geneva": not a speaker's description
		}
		switch {
		case m != nil && m[1] != "" && !functionWord(m[2]):
			o.verb, o.speaker = m[1], namedAfter(trimSpeaker(m[2]), after[len(m[0]):])
			if entity.Possessive(o.speaker) {
				o.speaker = possessedSpeaker(o.speaker, after[len(m[0]):])
			}
		case m != nil && m[1] == "" && !functionWord(m[3]):
			o.speaker, o.verb = namedAfter(trimSpeaker(m[3]), after[ix[7]:]), m[4]
		default:
			last := lastVerb(before)
			m = nil
			if last >= 0 {
				m = nearest(beforePat, before, last)
			}
			if m != nil && !functionWord(m[1]) {
				o.speaker, o.verb = trimSpeaker(m[1]), m[2]
				if at := strings.LastIndex(before, m[1]); at >= 0 {
					o.speaker = namedAfter(o.speaker, before[at+len(m[1]):]) // "Their former lawyer, Legwell, said"
				}
			} else if m := verbFirstMatch(before, last); m != nil && !functionWord(m[2]) && !entity.Possessive(m[2]) {
				// (but in "a statement confirmed Syria's “keenness…”" the
				// name owns what is quoted)
				o.verb, o.speaker = m[1], m[2]
			} else if m := accordPat.FindStringSubmatch(after); m != nil {
				o.speaker, o.verb = m[1], "according to"
			} else if m := quotedAsPat.FindStringSubmatch(after); m != nil && !functionWord(m[1]) {
				o.speaker, o.verb = trimSpeaker(m[1]), m[2] // "NTV quoted him as saying": "him" is resolved as "he" is
			}
		}
		out = append(out, o)
	}
	return out
}

// titleCased reports whether every word of four letters or more in s is
// capitalized, but for the prepositions a title may leave in small
// letters, as in a title or a slogan in quotation marks ("Year of the
// Woman", "The East Asian Miracle", "Lessons from Netscape and Its Battle
// with Microsoft"), which no one is quoted as saying.
func titleCased(s string) bool {
	long, small := 0, 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		if titlePrepositions.Has(w) {
			small++
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		long++
	}
	// (a preposition in small letters only in a long title: "This is
	// not about Watergate" is said)
	return long >= 2 && (small == 0 || long >= 4)
}

// titlePrepositions are the prepositions of four letters or more that a
// title may write in small letters.
var titlePrepositions = wordset.Of("from", "with", "into", "onto", "upon", "over", "than", "through", "about", "after",
	"before", "under", "between", "without", "within", "against", "during", "among", "across", "toward", "towards")

// hasVerb reports whether s holds a reporting verb: the patterns are
// tried only then.
func hasVerb(s string) bool { return lastVerb(s) >= 0 }

// spans returns, for every quotation in p: the start and end of its inner
// text, the offset just after its closing mark, and the offset of its
// opening mark. Curly quotes pair by direction; straight double quotes
// open at the start of a word and close after one. An unclosed quotation
// runs to the end of the paragraph (a quote continued in the next one).
func spans(p string) [][4]int {
	var out [][4]int
	mark, inner := -1, -1 // the open quotation's mark and the start of its text
	var kind byte         // '`', '"' or 'c' (curly)
	for i := 0; i < len(p); {
		if c := p[i]; c < utf8.RuneSelf && c != '`' && c != '\'' && c != '"' {
			i++ // no case below starts with any other ASCII byte
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		switch {
		case mark < 0 && strings.HasPrefix(p[i:], "``"):
			mark, inner, kind = i, i+2, '`' // old newswire's ``opening'' marks
			i += 2
			continue
		case mark >= 0 && kind == '`' && strings.HasPrefix(p[i:], "''"):
			out = append(out, [4]int{inner, i, i + 2, mark})
			mark = -1
			i += 2
			continue
		case r == '“' && (mark < 0 || kind == 'c'):
			mark, inner, kind = i, i+size, 'c'
		case r == '”' && mark >= 0 && kind == 'c':
			out = append(out, [4]int{inner, i, i + size, mark})
			mark = -1
		case r == '‘' && mark < 0 && (i == 0 || p[i-1] == ' ' || p[i-1] == '('):
			mark, inner, kind = i, i+size, 's' // British single quotes
		case r == '’' && mark >= 0 && kind == 's' && !nextIsLetter(p, i+size):
			out = append(out, [4]int{inner, i, i + size, mark}) // not an apostrophe: no letter follows
			mark = -1
		case r == '"':
			prev, _ := utf8.DecodeLastRuneInString(p[:i])
			opening := i == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == ':' || prev == '—' || prev == '-'
			if mark < 0 && opening {
				mark, inner, kind = i, i+1, '"'
			} else if mark >= 0 && kind == '"' {
				out = append(out, [4]int{inner, i, i + 1, mark})
				mark = -1
			}
		}
		i += size
	}
	if mark >= 0 {
		out = append(out, [4]int{inner, len(p), len(p), mark})
	}
	return out
}

func nextIsLetter(p string, i int) bool {
	if i >= len(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[i:])
	return unicode.IsLetter(r)
}

// submatcher finds a match at the start of a text and its groups' offsets:
// a pattern, or in the tests the regular expression it is built like.
type submatcher interface {
	FindStringSubmatchIndex(s string) []int
}

// nearest returns the match of re (beforePat, anchored at the end of s) in
// s, whose last reporting verb is at offset last, that has its verb closest
// to the quotation, and among those the one with the longest speaker: "Barnett Slepian continued … what one friend
// called “…”" is the friend's, while "Diane Orentlicher, a law professor in
// Washington, said “…”" is Orentlicher's, not Washington's. Once a match
// has its verb at the last place the expression's verb can start, no later
// start can do better, and the search stops.
func nearest(re submatcher, s string, last int) []string {
	return nearestUpTo(re, s, last, lastVerbStart(s))
}

// nearestUpTo is nearest, given limit, the last offset where the verb can
// start (-1: nowhere).
func nearestUpTo(re submatcher, s string, last, limit int) []string {
	if limit < 0 {
		return nil
	}
	best, bestVerb := -1, -1
	var bestM []int
	for i := 0; i < last && bestVerb < limit; i++ { // a speaker opens before its verb
		if i > 0 && s[i-1] != ' ' || !mayOpenSpeaker(s[i:]) || afterPreposition(s[:i]) {
			continue
		}
		m := re.FindStringSubmatchIndex(s[i:])
		if m == nil || m[4] < 0 {
			continue
		}
		if verb := i + m[4]; verb > bestVerb {
			best, bestVerb, bestM = i, verb, m
		}
	}
	if best < 0 {
		return nil
	}
	out := make([]string, len(bestM)/2)
	for k := range out {
		if bestM[2*k] >= 0 {
			out[k] = s[best+bestM[2*k] : best+bestM[2*k+1]]
		}
	}
	return out
}

// lastVerbStart returns the last offset in s where beforePat's verb can
// start, or -1: a reporting verb just after a space (\s) and followed by
// what is not an ASCII word character (\b), which is how the expression
// reads it.
func lastVerbStart(s string) int {
	for p := len(s) - 1; p > 0; p-- {
		if isSpace(s[p-1]) && isLowerASCII(s[p]) {
			e := p
			for e < len(s) && isLowerASCII(s[e]) {
				e++
			}
			if (e == len(s) || !isWordByte(s[e])) && text.IsSpeechVerb(s[p:e]) {
				return p
			}
		}
	}
	return -1
}

// verbFirstMatch finds verbFirstPat's leftmost match in s, whose last
// reporting verb is at offset last (-1: none, and no match). A match opens
// with a verb at a word boundary and followed by a space, so it can start
// only at the lower-case letters that end a run of non-space bytes; the
// expression is tried at each of those that is a verb.
func verbFirstMatch(s string, last int) []string {
	if last < 0 {
		return nil
	}
	for q := 1; q < len(s); q++ {
		if !isSpace(s[q]) || !isLowerASCII(s[q-1]) {
			continue
		}
		p := q - 1
		for p > 0 && isLowerASCII(s[p-1]) {
			p--
		}
		if p > 0 && isWordByte(s[p-1]) || !text.IsSpeechVerb(s[p:q]) {
			continue
		}
		if m := verbFirstPat.FindStringSubmatch(s[p:]); m != nil {
			return m
		}
	}
	return nil
}

// isSpace reports whether c is in the patterns' \s class.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

// isWordByte reports whether c is in the patterns' \w class, which
// decides \b.
func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// lastVerb returns the offset in s of its last reporting verb (a whole
// run of letters), or -1.
func lastVerb(s string) int {
	last := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		if text.IsSpeechVerb(s[i:j]) {
			last = i
		}
		i = j
	}
	return last
}

// sentenceEnd returns the last sentence of s: what follows its last ".",
// "!" or "?" that ends neither a person's title ("Rep. John Conyers") nor
// a "Jr." or "Sr." that a comma or "of" follows ("Rep. John Conyers Jr. of
// Michigan"), which no sentence ends with.
func sentenceEnd(s string) string {
	for end := len(s); ; {
		i := strings.LastIndexAny(s[:end], ".!?")
		if i < 0 {
			return s
		}
		if s[i] == '.' {
			w := strings.ToLower(s[strings.LastIndexAny(s[:i], " \t\n")+1 : i])
			if personTitles[w] || (w == "jr" || w == "sr") && (strings.HasPrefix(s[i+1:], ",") || strings.HasPrefix(s[i+1:], " of ")) {
				end = i
				continue
			}
		}
		if i == len(s)-1 {
			return s
		}
		return s[i+1:]
	}
}

// dropHome cuts from s the home state or town set after a titled name
// ("Rep. John Conyers Jr. of Michigan, the committee's senior Democrat,
// retorted"; "Sen. Joe Biden of Delaware said"), which would leave the name
// without its verb: the speaker patterns read a name and its asides, not
// "of" and a place. The name must be a person's: it holds a title before
// its last word ("Rep.", "Mayor") or ends with "Jr." or "Sr."; the place is
// one or two capitalized words followed by a comma or a lower-case word.
func dropHome(s string) string {
	for at := 0; ; {
		i := strings.Index(s[at:], " of ")
		if i < 0 {
			return s
		}
		i += at
		at = i + 4
		if !titledNameBefore(s[:i]) {
			continue
		}
		if n := placeAfter(s[i+4:]); n > 0 {
			s = s[:i] + s[i+4+n:]
			at = i
		}
	}
}

// titledNameBefore reports whether s ends with a person's name marked by a
// title or a "Jr." (see dropHome).
func titledNameBefore(s string) bool {
	f := strings.Fields(s[max(0, len(s)-120):])
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if last == "Jr." || last == "Sr." {
		return true
	}
	if !startsUpper(last) || strings.ContainsAny(last, ",;:'’\"”") {
		return false
	}
	for k := len(f) - 2; k >= 0 && k >= len(f)-5 && startsUpper(f[k]); k-- {
		if homeTitles[f[k]] {
			return true
		}
		if strings.ContainsAny(f[k], ",;:\"”") {
			return false
		}
	}
	return false
}

// homeTitles are the titles of people whose home state or town is set
// after their name.
var homeTitles = map[string]bool{"Rep.": true, "Sen.": true, "Gov.": true, "Rep": true, "Sen": true, "Gov": true,
	"Senator": true, "Representative": true, "Congressman": true, "Congresswoman": true, "Governor": true,
	"Mayor": true, "Del.": true, "Assemblyman": true, "Assemblywoman": true,
	"Minister": true, "President": true, "Premier": true, "Chancellor": true}

// placeAfter returns the length of the place that opens s, one or two
// capitalized words ("Michigan", "New York") followed by a comma or a
// lower-case word, or 0.
func placeAfter(s string) int {
	n := 0
	for k := 0; k < 2; k++ {
		e := n
		for e < len(s) {
			r, size := utf8.DecodeRuneInString(s[e:])
			if !unicode.IsLetter(r) && r != '.' {
				break
			}
			e += size
		}
		if e == n || !startsUpper(s[n:e]) {
			return 0
		}
		n = e
		if n < len(s) && s[n] == ',' {
			return n
		}
		if n+1 < len(s) && s[n] == ' ' && s[n+1] >= 'a' && s[n+1] <= 'z' {
			return n
		}
		if n+1 >= len(s) || s[n] != ' ' {
			return 0
		}
		n++
	}
	return 0
}

// afterPreposition reports whether s ends with a preposition: what follows
// is its object ("a source at a hospital in the city of Falluja, …, said"),
// not the speaker.
func afterPreposition(s string) bool {
	s = strings.TrimRight(s, " ")
	w := s[strings.LastIndexByte(s, ' ')+1:]
	for k := 0; k < 6 && startsUpper(w) && !strings.ContainsAny(w[len(w)-1:], ".,;:!?\"'”’") && len(w) < len(s); k++ {
		// the rest of a name the preposition governs: "the Foundation for
		// Economic Freedom said" is not Freedom's word
		s = strings.TrimRight(s[:len(s)-len(w)], " ")
		w = s[strings.LastIndexByte(s, ' ')+1:]
	}
	switch strings.ToLower(w) {
	case "of", "in", "at", "from", "near", "to", "for", "with", "by", "into", "on", "outside", "inside", "across", "toward", "towards":
		return true
	}
	return false
}

// mayOpenSpeaker reports whether a speaker can start at the beginning of s:
// a capital letter, a name particle, or the article or pronoun of an unnamed
// speaker. Other starts are not tried against the expression.
func mayOpenSpeaker(s string) bool {
	if startsUpper(s) {
		return true
	}
	w, _, _ := strings.Cut(s, " ")
	if determiners[w] || isPronoun(w) {
		return true
	}
	if nameParticles[w] {
		return true
	}
	return strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")
}

// possessedSpeaker finds the speaker of "said Wang's wife, Hu Jiangxia" or
// "said Zughayar's 54-year-old father, Mohammed": the name set off after the
// possessed noun, or else the owner's noun itself ("Zughayar's father"). A
// name that ends in "'s" and owns nothing (a company: "said Sotheby's") is
// the speaker.
func possessedSpeaker(speaker, rest string) string {
	noun, tail := rest, ""
	if i := strings.IndexAny(rest, ",.;:!?"); i >= 0 {
		noun = rest[:i]
		if rest[i] == ',' {
			tail = rest[i:]
		}
	}
	fields := strings.Fields(noun)
	if len(fields) == 0 || len(fields) > 4 || len(noun) > 60 {
		return speaker
	}
	for _, w := range fields {
		if startsUpper(w) || text.IsStopword(strings.ToLower(w)) {
			return speaker
		}
	}
	if n := namedPat.FindStringSubmatch(tail); tail != "" && n != nil {
		return n[1]
	}
	return speaker + " " + fields[len(fields)-1]
}

// namedAfter gives an unnamed speaker the name set off right after it in
// rest: "said the friend, Ellen Fink", "a third lawyer, Bruce McIntyre, …
// told the judge".
func namedAfter(speaker, rest string) string {
	first, _, _ := strings.Cut(speaker, " ")
	if startsUpper(speaker) && !determiners[strings.ToLower(first)] {
		return speaker
	}
	if n := namedPat.FindStringSubmatch(rest); n != nil {
		return n[1]
	}
	return speaker
}

// speakerAfterFits checks a speaker found after a quotation by its second
// form (the speaker, then the verb: ix[6:8] and ix[8:10] in after): the
// words before the speaker only describe it, and a quotation that ended its
// sentence with a period takes no described or set-off speaker from the
// next ("…testify.” And Rep. John Conyers, D-Mich., the senior Democrat,
// said").
func speakerAfterFits(after string, ix []int, quote string) bool {
	before := after[:ix[6]]
	description := strings.TrimPrefix(strings.TrimLeft(before, " ,"), "the ") // "the NCRI said"
	if i := strings.LastIndexByte(before, ','); i >= 0 {
		// "…brought'' to trial, a U.N. source said": the quoted sentence
		// ran on; but not a sentence of its own ("…?'' After a pause,
		// he said") or a clause that reports ("said Valerie Andrews, …")
		if strings.TrimRight(quote, ".?!") != quote || hasVerb(before[:i]) {
			return false
		}
		description = before[i:]
	}
	if !plainDescription(description) {
		return false // "reads a sign that Mayor Smith said": not the speaker's description
	}
	described := strings.TrimLeft(before, " ,") != ""
	aside := strings.Contains(after[ix[7]:ix[8]], ",")
	return !((described || aside) && strings.HasSuffix(quote, "."))
}

// determinerWords open an unnamed speaker ("the friend", "Their former
// lawyer"); determiners holds them for look-up.
var (
	determinerWords = []string{"a", "an", "the", "one", "another", "his", "her", "their"}
	determiners     = map[string]bool{}
)

func init() {
	for _, w := range determinerWords {
		determiners[w] = true
	}
}

// roleBefore reports whether the words between a reporting verb and the
// name after it (desc) describe the speaker ("said farmer Jean-Baptiste",
// "said a tearful Deborah Hickey, 21"): no function word but an opening
// article, and after an article the name is not itself a describing word
// ("said the Monroe County sheriff" is no county's word; rest follows the
// name).
func roleBefore(desc, rest string) bool {
	w, tail, _ := strings.Cut(strings.TrimLeft(desc, " "), " ")
	switch w {
	case "a", "an", "the":
		if len(rest) > 1 && rest[0] == ' ' && isLowerASCII(rest[1]) {
			return false
		}
		desc = tail
	}
	return plainDescription(desc)
}

// plainDescription reports whether the words before a speaker after a
// quotation only describe the speaker ("senior Palestinian negotiator"): no
// function word among them.
func plainDescription(s string) bool {
	for _, w := range strings.Fields(strings.TrimLeft(s, " ,")) {
		if text.IsStopword(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// functionWord reports whether a would-be speaker is only a capitalized
// function word ("But, said Alun Michael": "But" is no speaker) or a day or
// a month ("a statement Saturday confirmed", "Early Wednesday, Cathay
// had…"). Pronouns and the articles of unnamed sources are allowed.
func functionWord(speaker string) bool {
	if speaker == "" {
		return false
	}
	last := strings.ToLower(speaker[strings.LastIndexByte(speaker, ' ')+1:])
	return trimSpeaker(speaker) == "" || text.IsDateWord(last) && last != "may" // but Theresa May speaks
}

// trimSpeaker drops capitalized function words that open a speaker's name
// ("But Michael Howard" is Michael Howard) and a next sentence's opening
// that a name ran into ("Ismet Sezgin. But he said"), and returns "" when
// nothing else is left.
func trimSpeaker(speaker string) string {
	for at := 0; ; {
		i := strings.Index(speaker[at:], ". ")
		if i < 0 {
			break
		}
		i += at
		w := speaker[strings.LastIndexByte(speaker[:i], ' ')+1 : i]
		if len(w) > 2 && !nameAbbreviations[strings.ToLower(w)] && !strings.Contains(w, ".") {
			speaker = speaker[:i] // not an initial ("George W. Bush"), a title ("Gen. Pinochet") or an initialism ("a U.N. source")
			break
		}
		at = i + 2
	}
	for {
		first, rest, more := strings.Cut(speaker, " ")
		w := strings.ToLower(first)
		if determiners[w] || isPronoun(w) {
			return speaker
		}
		if !text.IsStopword(w) {
			return speaker
		}
		if !more {
			return ""
		}
		speaker = rest
	}
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "him", "her", "them":
		return true
	}
	return false
}

// resolve turns a speaker as written in article doc into an entity's name:
// titles dropped ("Mr Kerry" = "John Kerry").
func resolve(speaker, doc string, ents *entity.Set) string {
	if speaker == "" {
		return ""
	}
	if strings.HasPrefix(speaker, "The ") || strings.HasPrefix(speaker, "A ") || strings.HasPrefix(speaker, "An ") {
		speaker = strings.ToLower(speaker[:1]) + speaker[1:]
	}
	if first, _, _ := strings.Cut(speaker, " "); !startsUpper(speaker) && !nameParticles[first] {
		if name := titled(speaker, doc, ents); name != "" {
			return name // "the pope" is John Paul II when no one else is titled so
		}
		return speaker // an unnamed source, not "da Silva"
	}
	name := stripTitles(speaker)
	if ents != nil {
		if e := ents.Resolve(name); e != nil {
			return e.Name
		}
	}
	return name
}

// titled returns the name of the person of ents whose title ends with the
// title an unnamed speaker in article doc is called by ("the pope", "the
// president"). Of the people so titled, those the article names are asked
// first: the one, or of several the one the story names most, at least
// three times as often as each other (the story's pope, John Paul II, over
// Pius XII, named in passing); "" when no one is, or no one stands out.
func titled(speaker, doc string, ents *entity.Set) string {
	rest, ok := strings.CutPrefix(speaker, "the ")
	if !ok || ents == nil || strings.Contains(rest, " ") {
		return ""
	}
	var holders []*entity.Entity
	for _, e := range ents.Entities {
		if e.Type != entity.Person || e.Title == "" {
			continue
		}
		last := strings.ToLower(strings.TrimSuffix(e.Title[strings.LastIndexByte(e.Title, ' ')+1:], "."))
		if last == rest || titleAbbreviations[rest] == last {
			holders = append(holders, e)
		}
	}
	if len(holders) == 0 {
		return ""
	}
	if here := slices.DeleteFunc(slices.Clone(holders), func(e *entity.Entity) bool { return !slices.Contains(e.Sources, doc) }); len(here) > 0 {
		holders = here
	}
	top := slices.MaxFunc(holders, func(a, b *entity.Entity) int { return a.Mentions - b.Mentions })
	for _, e := range holders {
		if e != top && 3*e.Mentions > top.Mentions {
			return "" // two presidents, each named often
		}
	}
	return top.Name
}

// titleAbbreviations are the short forms titles take before names.
var titleAbbreviations = map[string]string{"senator": "sen", "governor": "gov", "general": "gen", "professor": "prof",
	"representative": "rep", "colonel": "col", "captain": "capt", "sergeant": "sgt"}

// nameParticles may open a name in lower case ("da Silva", "al-Maliki" is
// one word).
var nameParticles = map[string]bool{"al": true, "el": true, "von": true, "van": true, "de": true, "der": true,
	"den": true, "la": true, "le": true, "da": true, "dos": true, "di": true, "del": true}

// personTitles are the abbreviated titles written before a person's name,
// which never end a sentence.
var personTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "col": true, "lt": true, "capt": true, "sgt": true, "cpl": true, "maj": true, "adm": true, "cmdr": true,
	"prof": true, "rev": true, "atty": true, "supt": true}

// nameAbbreviations end with a period inside a speaker's name: titles
// ("Lt. Col. Oliver North", "Gen."), suffixes ("Jr.") and firms ("Acme
// Corp. Chairman").
var nameAbbreviations = func() map[string]bool {
	m := map[string]bool{"sr": true, "jr": true, "corp": true, "inc": true, "ltd": true, "bros": true, "dept": true}
	for t := range personTitles {
		m[t] = true
	}
	return m
}()

var titleWords = map[string]bool{"CEO": true, "Chairman": true, "Chair": true, "Director": true, "Spokesman": true, "Spokeswoman": true, "Mayor": true, "Ambassador": true, "Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Dr": true, "Dr.": true,
	"President": true, "Secretary": true, "Minister": true, "Prime": true, "Gen.": true, "General": true, "Sen.": true,
	"Senator": true, "Rep.": true, "Gov.": true, "Governor": true, "King": true, "Pope": true, "Chancellor": true, "Judge": true}

// stripTitles drops the office written before a name: leading titles, or
// everything up to a title among the first four words ("Commission
// President Ursula von der Leyen").
func stripTitles(s string) string {
	f := strings.Fields(s)
	for i := min(3, len(f)-2); i >= 0; i-- {
		if titleWords[f[i]] {
			return strings.Join(f[i+1:], " ")
		}
	}
	return strings.Join(f, " ")
}

// group merges the occurrences of one quotation across articles: two
// occurrences are one quote when most of the shorter one's word pairs are
// in the longer one (a partial quotation, or one with small edits).
func group(occ []occurrence, docs []entity.Doc) []Quote {
	groups := unionfind.New(len(occ))
	find := groups.Find
	sets := make([][]uint64, len(occ))
	strong := make([][]uint64, len(occ)) // the pairs of two content words
	total := 0
	for i := range occ {
		sets[i], strong[i] = pairs(occ[i].words)
		total += len(sets[i])
	}
	// compare each quotation only with earlier ones sharing a word pair:
	// by pair, a list of the quotations holding it, latest first (last[p]
	// is its first entry + 1; an entry's next, the one after it + 1)
	last := make(map[uint64]int32, total)
	type entry struct{ occ, next int32 }
	entries := make([]entry, 0, total)
	seen := make([]int32, len(occ)) // the quotation (+1) that last met each
	for i := range occ {
		for _, p := range sets[i] {
			for e := last[p]; e != 0; e = entries[e-1].next {
				j := int(entries[e-1].occ)
				if seen[j] == int32(i+1) {
					continue
				}
				seen[j] = int32(i + 1)
				if sameQuote(sets[i], sets[j], strong[i], strong[j]) {
					groups.Union(i, j)
				}
			}
		}
		for _, p := range sets[i] {
			entries = append(entries, entry{int32(i), last[p]})
			last[p] = int32(len(entries))
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range occ {
		r := find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	// a quotation quoted inside a longer one it was grouped with is
	// another's words: a quote of its own (numbered past the roots)
	longest := func(members []int) string {
		l := ""
		for _, m := range members {
			if len(occ[m].text) > len(l) {
				l = occ[m].text
			}
		}
		return l
	}
	next := len(occ)
	for _, r := range roots {
		l := longest(byRoot[r])
		outer, inner := byRoot[r][:0:0], []int(nil)
		for _, m := range byRoot[r] {
			if nestedIn(occ[m].text, l) {
				inner = append(inner, m)
			} else {
				outer = append(outer, m)
			}
		}
		if inner != nil {
			byRoot[r], byRoot[next] = outer, inner
			roots = append(roots, next)
			next++
		}
	}
	var out []Quote
	cited := make([]int, len(docs)) // the group (its root + 1) that last cited each article
	for _, r := range roots {
		members := byRoot[r]
		q := Quote{Text: longest(members)}
		var speakers, vs counts
		for _, m := range members {
			o := occ[m]
			if o.speaker != "" {
				speakers.add(o.speaker)
			}
			if o.verb != "" {
				vs.add(o.verb)
			}
			if cited[o.doc] != r+1 {
				cited[o.doc] = r + 1
				q.Sources = append(q.Sources, docs[o.doc].ID)
			}
		}
		q.Speaker, q.Verb = speakers.top(), vs.top()
		out = append(out, q)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if len(out[a].Sources) != len(out[b].Sources) {
			return len(out[a].Sources) > len(out[b].Sources)
		}
		if sa, sb := out[a].Speaker != "", out[b].Speaker != ""; sa != sb {
			return sa
		}
		return !fragment(out[a].Text) && fragment(out[b].Text)
	})
	return out
}

// nestedIn reports whether a quotation is quoted inside a longer one:
// "Trump tweeted, \"Kim Jong Un just stated that the 'nuclear button is on
// his desk at all times.' Will someone…\"" holds Kim's words, and whoever
// an article names as their speaker did not say the rest. It is when the
// longer one holds the shorter's text where a mark of its own has opened
// and not closed (an apostrophe between letters is no mark).
func nestedIn(short, long string) bool {
	short = strings.TrimRight(short, " .,;:!?")
	if len(short) < 8 || len(short) >= len(long) {
		return false
	}
	at := strings.Index(long, short)
	if at <= 0 {
		return false
	}
	single, double := false, false // a mark of each kind open
	prev := ' '
	for i, r := range long[:at] {
		switch r {
		case '`', '‘':
			single = true
		case '’':
			if !nextIsLetter(long, i+len("’")) {
				single = false
			}
		case '\'':
			if (!unicode.IsLetter(prev) || !nextIsLetter(long, i+1)) && !spacedContraction(long[i+1:]) {
				single = !single
			}
		case '"':
			double = !double
		case '“':
			double = true
		case '”':
			double = false
		}
		prev = r
	}
	return single || double
}

// spacedContraction reports whether the text after a straight apostrophe
// ends a contraction in text that sets it apart ("i ' m", "don ' t").
func spacedContraction(after string) bool {
	after = strings.TrimLeft(after, " ")
	for _, end := range [...]string{"s", "t", "m", "d", "re", "ve", "ll"} {
		if strings.HasPrefix(after, end) && !nextIsLetter(after, len(end)) {
			return true
		}
	}
	return false
}

// fragment reports whether a quotation is words woven into the reporter's
// sentence, opening in lower case ("utilized by suspects thus far
// identified"), which say less on their own than a sentence of the
// speaker's.
func fragment(q string) bool { return !startsUpper(q) }

// pairs returns the word bigrams of a quotation, leaving out pairs of two
// function words, as sorted 64-bit hashes (two pairs share a hash only by a
// chance of one in 2^64), and apart the ones of two content words.
func pairs(words []string) (all, strong []uint64) {
	hashes := make([]uint64, len(words))
	stop := make([]bool, len(words))
	for i, w := range words {
		hashes[i] = maphash.String(pairSeed, w)
		stop[i] = text.IsStopword(w)
	}
	for i := 0; i+1 < len(words); i++ {
		if stop[i] && stop[i+1] {
			continue // "he had", "of the": shared by unrelated quotations
		}
		h := hashes[i]*0x9e3779b97f4a7c15 + hashes[i+1]
		all = append(all, h)
		if !stop[i] && !stop[i+1] {
			strong = append(strong, h)
		}
	}
	slices.Sort(all)
	slices.Sort(strong)
	return slices.Compact(all), slices.Compact(strong)
}

var pairSeed = maphash.MakeSeed()

// sameQuote reports whether two quotations, by their word pairs (all, and
// those of two content words), are one: 60% of the shorter's pairs, two at
// least, are in the longer (partial quotation, small edits), and they share
// three pairs, a pair of two content words, or every pair of the shorter
// ("We will not abandon them"). "There's not going to be a shutdown" and
// "We're not going to give them…" share only "not going" and "going to".
func sameQuote(a, b, strongA, strongB []uint64) bool {
	short := min(len(a), len(b))
	if short < 2 {
		return false
	}
	n := sorted.Shared(a, b)
	return 10*n >= 6*short && (n >= 3 || n == short || sorted.Shared(strongA, strongB) >= 1)
}

// counts tallies strings in a short list: a quotation's speakers or verbs
// are few.
type counts []count

type count struct {
	s string
	n int
}

// add counts s once more.
func (c *counts) add(s string) {
	for i := range *c {
		if (*c)[i].s == s {
			(*c)[i].n++
			return
		}
	}
	*c = append(*c, count{s, 1})
}

// top returns the string counted most, the first in byte order of those
// counted most, or "" when none.
func (c counts) top() string {
	best, bestN := "", 0
	for _, e := range c {
		if e.n > bestN || e.n == bestN && e.s < best {
			best, bestN = e.s, e.n
		}
	}
	return best
}
