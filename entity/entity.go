// Package entity finds the people, organizations, places and groups a story's
// articles name, and merges the ways they are written: spelling variants and
// transliterations (Nuri / Nouri), particles and hyphens (al-Maliki /
// al Maliki), a title or surname alone (Mr Maliki, Maliki) when only one
// person in the story has that name, and acronyms with their long forms
// (whose initials match, or which an article links, as in "X (Y)").
//
// Mentions are found by rule: runs of capitalized words (with the particles
// and connectors names hold: "of", "al-", "bin"), titles stripped and noted.
// Types come from the mentions' contexts (a title or a reporting verb for a
// person, an organization word, a preposition of place), from built-in lists
// of countries, nationalities and religions, and from acronyms. Precision
// comes first: two names merge only on one of the rules above.
package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/internal/intern"
	"github.com/precis-news/precis/text"
)

// Types of entity.
const (
	Person       = "person"
	Organization = "organization"
	Place        = "place"
	Group        = "group" // nationalities, religions, ethnic and political groups
	Other        = "other"
)

// Doc is one article as the extractors read it.
type Doc struct {
	ID        string
	Sentences []Sentence
}

// NewDoc splits plain text into the sentences the extractors read: each
// line is a paragraph. precis.Brief builds its Docs from cleaned articles;
// this serves text that needs no cleaning.
func NewDoc(id, t string) Doc {
	d := Doc{ID: id}
	for pi, p := range strings.Split(t, "\n") {
		for _, sp := range text.Sentences(p) {
			s := p[sp.Start:sp.End]
			d.Sentences = append(d.Sentences, Sentence{Text: s, Para: pi, Tokens: text.Tokenize(s)})
		}
	}
	return d
}

// Sentence is one sentence of an article with its tokens.
type Sentence struct {
	Text   string
	Para   int
	Tokens []text.Token
}

// Entity is one person, organization, place or group with every way the
// story's articles write it.
type Entity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Variants []string `json:"variants"`
	Mentions int      `json:"mentions"`
	Sources  []string `json:"sources"`
	Title    string   `json:"title,omitempty"` // a title written before a person's name ("Secretary of State")

	keys    []string  // skeleton keys of the variants, each once
	docs    []int     // the articles that name it (sorted and made unique by finish)
	votes   votes     // its mentions' votes for its type
	surface []variant // each spelling once, with its mentions
}

// variant is one spelling of an entity's name and how often it is written.
type variant struct {
	text string
	n    int
}

// addSurface counts n mentions of the spelling v.
func (e *Entity) addSurface(v string, n int) {
	for i := range e.surface {
		if e.surface[i].text == v {
			e.surface[i].n += n
			return
		}
	}
	e.surface = append(e.surface, variant{v, n})
}

// addKey adds a skeleton key if the entity does not have it yet.
func (e *Entity) addKey(k string) {
	if !slices.Contains(e.keys, k) {
		e.keys = append(e.keys, k)
	}
}

// voteKinds are the type votes a mention can cast.
var voteKinds = [...]string{Person, Organization, Place, Group, Other, guessPerson, guessPlace, guessThing, guessGroup}

// votes counts the type votes of an entity's mentions, by kind (in the
// order of voteKinds).
type votes [len(voteKinds)]int

func voteKind(t string) int {
	for i, k := range voteKinds {
		if k == t {
			return i
		}
	}
	panic("entity: unknown type vote " + t)
}

// of returns the votes for t.
func (v *votes) of(t string) int { return v[voteKind(t)] }

// add counts n votes for t.
func (v *votes) add(t string, n int) { v[voteKind(t)] += n }

// spokeForOrganization turns a name's person votes into an organization's:
// with no title, only a reporting verb ("Cathay said") made it a person's,
// and an organization says things too.
func (v *votes) spokeForOrganization() {
	v.add(Organization, v.of(Person))
	v[voteKind(Person)] = 0
}

// Mention is one occurrence of a name in a sentence.
type Mention struct {
	Doc, Sentence int
	Start, End    int    // byte offsets in the sentence
	Text          string // as written, title and possessive removed
	Title         string // title written before it, if any
	Entity        int    // index of its entity in Set.Entities
	typeVote      string
	key           string
}

// Set is the entities of a story and the mentions that make them.
type Set struct {
	Entities []*Entity
	Mentions []Mention
	byKey    map[string]int // variant skeleton -> entity
	words    *storyWords
}

// Extract finds and merges the entities of a story's articles.
func Extract(docs []Doc) *Set {
	set := &Set{byKey: map[string]int{}, words: numberWords(docs)}
	var all [2]int
	for _, c := range set.words.counts {
		all[0], all[1] = all[0]+c[0], all[1]+c[1]
	}
	for di, d := range docs {
		if caseless(set.words.counts[di]) || caseless(all) {
			continue // a short article of a caseless story is caseless too
		}
		for si, s := range d.Sentences {
			from := len(set.Mentions)
			set.Mentions = appendMentions(set.Mentions, s, set.words)
			for k := from; k < len(set.Mentions); k++ {
				set.Mentions[k].Doc, set.Mentions[k].Sentence = di, si
			}
		}
	}
	links := linkedNames(docs)
	set.merge(docs, links)
	return set
}

// caseless reports whether text is written without capitals (some corpora
// lower-case theirs), by its counts of words inside sentences and of the
// capitalized ones among them (see storyWords.counts): fewer than one word
// in a hundred is capitalized, where news copy capitalizes one in twenty or
// more. Its capitals only open sentences (or follow a period, as in
// "mr. Strauss-kahn"), so they tell no names.
func caseless(c [2]int) bool { return c[0] >= 50 && c[1]*100 < c[0] }

// storyWords numbers a story's words (as normalized) and knows the ones it
// writes with a capital inside a sentence somewhere (a capitalized first
// word of a sentence alone is a name only if it is one of these) and the
// ones it writes in lower case (a first word that is one of these is not
// part of a name).
type storyWords struct {
	ids         *intern.Numbers
	tokens      [][][]int32 // by article and sentence: each token's number
	caps, lower []bool      // by number
	// by article: the words inside its sentences, and the capitalized ones
	// among them that no lower-casing program would have capitalized (not
	// after a period, a quotation mark or a bracket); see caseless
	counts [][2]int
}

func numberWords(docs []Doc) *storyWords {
	size := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			size += len(s.Tokens)
		}
	}
	w := &storyWords{ids: intern.New(size / 4), tokens: make([][][]int32, len(docs))}
	all := make([]int32, 0, size)
	for di, d := range docs {
		w.tokens[di] = make([][]int32, len(d.Sentences))
		for si, s := range d.Sentences {
			from := len(all)
			for _, t := range s.Tokens {
				all = append(all, w.ids.Of(t.Norm))
			}
			w.tokens[di][si] = all[from:len(all):len(all)]
		}
	}
	w.caps, w.lower = make([]bool, w.ids.Len()), make([]bool, w.ids.Len())
	w.counts = make([][2]int, len(docs))
	for di, d := range docs {
		c := &w.counts[di]
		for si, s := range d.Sentences {
			for k, t := range s.Tokens {
				capital := isCap(s.Text[t.Start:t.End])
				switch {
				case k > 0 && capital && !t.Stop:
					w.caps[w.tokens[di][si][k]] = true
				case !capital:
					w.lower[w.tokens[di][si][k]] = true
				}
				if k == 0 || t.Stop || t.End-t.Start == 1 && s.Text[t.Start] == 'I' || !isLetter(s.Text[t.Start]) {
					continue
				}
				c[0]++
				if capital && !afterStop(s.Text, t.Start) {
					c[1]++
				}
			}
		}
	}
	return w
}

// isLower reports whether the story writes the word in lower case.
func (w *storyWords) isLower(norm string) bool {
	id, ok := w.ids.Lookup(norm)
	return ok && w.lower[id]
}

// isMidCap reports whether the story writes the word with a capital inside
// a sentence.
func (w *storyWords) isMidCap(norm string) bool {
	id, ok := w.ids.Lookup(norm)
	return ok && w.caps[id]
}

// isLetter reports whether a token's first byte opens a word: an ASCII
// letter or any character outside ASCII.
func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' || b >= 0x80 }

// afterStop reports whether the text before position i, spaces aside, ends
// with a period, a question or exclamation mark, a quotation mark, a colon
// or an opening bracket.
func afterStop(t string, i int) bool {
	for i > 0 && t[i-1] == ' ' {
		i--
	}
	return i > 0 && strings.IndexByte(".!?\"'(:", t[i-1]) >= 0
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// appendMentions appends the names in one sentence to out.
func appendMentions(out []Mention, s Sentence, words *storyWords) []Mention {
	toks := s.Tokens
	if headlineCase(s) {
		return out
	}
	for k := 0; k < len(toks); {
		w := s.Text[toks[k].Start:toks[k].End]
		// a name opens with a capital, or with its particles: "al-Maliki",
		// "von der Leyen"
		if !isCap(w) && !startsWithParticles(s, k) {
			k++
			continue
		}
		// extend the run: capitalized words, and connectors followed by one
		end, hasOf := k+1, false
		for end < len(toks) {
			tw := s.Text[toks[end].Start:toks[end].End]
			gap := s.Text[toks[end-1].End:toks[end].Start]
			if ampersand(gap) && isCap(tw) {
				end++ // "Procter & Gamble", "Smith Barney & Co."
				continue
			}
			if (gapBreaks(gap) || Possessive(s.Text[toks[end-1].Start:toks[end-1].End])) && !possessiveInName(s, end-1) {
				break
			}
			if isCap(tw) && !text.IsDateWord(toks[end].Norm) {
				end++
				continue
			}
			// connectors: "of", "the" after "of"/"and", "and" only inside a name that has "of"
			n := toks[end].Norm
			j := end
			for j < len(toks) && (connectors.Has(toks[j].Norm) || particleAt(s, j)) && j-end < 2 {
				if toks[j].Norm == "of" {
					hasOf = true
				}
				j++
			}
			if j > end && j < len(toks) && isCap(s.Text[toks[j].Start:toks[j].End]) && !gapBreaks(s.Text[toks[j-1].End:toks[j].Start]) {
				if n == "and" && (!hasOf || titles.Has(toks[j].Norm)) && !(j == end+1 && agencyAnd(s, k, end, words)) {
					break // "Eduardo Frei of Chile and President Carlos Menem": two names
				}
				if n == "and" && isPeople(toks[end-1].Norm) && isPeople(toks[j].Norm) {
					break // "Hundreds of Swedes and Somalis" (but places may end a name: "Islamic State of Iraq and Syria")
				}
				end = j + 1
				continue
			}
			break
		}
		if i := titleAfterOrganization(s, k, end); i > 0 {
			if m, ok := makeMention(s, k, i, words); ok {
				out = append(out, m)
			}
			k = i
		}
		if m, ok := makeMention(s, k, end, words); ok && !wholeQuotation(s, k, end) {
			out = append(out, m)
		}
		k = end
	}
	return out
}

// wholeQuotation reports whether the run of tokens k to end is all a
// quotation holds, but for its closing stop: a chant, a slogan or a word
// quoted as a word ("A chant of “Allahu Akbar,” rose", "They shouted,
// “Free East Timor!”"), not a name the story names.
func wholeQuotation(s Sentence, k, end int) bool {
	before := strings.TrimRight(s.Text[:s.Tokens[k].Start], " ")
	after := strings.TrimLeft(s.Text[s.Tokens[end-1].End:], " !?,.")
	opens := strings.HasSuffix(before, "``") || strings.HasSuffix(before, "“") || strings.HasSuffix(before, "\"")
	closes := strings.HasPrefix(after, "''") || strings.HasPrefix(after, "”") || strings.HasPrefix(after, "\"")
	if !opens || !closes {
		return false
	}
	// a straight mark opens a quotation when an odd number of them stand
	// before the name; else it closed one: "Yes," Smith said, "we stay."
	return !strings.HasSuffix(before, "\"") || strings.Count(before, "\"")%2 == 1
}

// inCapitals reports whether a word of three letters or more in capitals,
// no periods, is within two tokens of the name of tokens k to end: the name
// may be a word of a line set in capitals.
func inCapitals(s Sentence, k, end int) bool {
	for j := max(0, k-2); j < min(len(s.Tokens), end+2); j++ {
		w := s.Text[s.Tokens[j].Start:s.Tokens[j].End]
		if (j < k || j >= end) && len(w) >= 3 && !strings.Contains(w, ".") && text.IsAcronym(w) {
			return true
		}
	}
	return false
}

// titleAfterOrganization finds where a person's title begins inside a run
// of capitalized words after an organization's name of two words or more
// ("Palestinian Civil Aviation Authority Brig. Gen. Fayez Zeidan"), so that
// the run names both; 0 when it does not. (After a one-word name,
// makeMention takes the name into the title: "Commission President Ursula
// von der Leyen".)
func titleAfterOrganization(s Sentence, k, end int) int {
	toks := s.Tokens
	if n := toks[k].Norm; titles.Has(n) && !(k+1 < end && officeWords.Has(toks[k+1].Norm)) || n == "assistant" || n == "associate" {
		return 0 // "Assistant Police Chief Frank Olesko": one title; but "Foreign Office Minister Derek Fatchett" is two names
	}
	for i := k + 2; i < end-1; i++ {
		if !orgWords.Has(toks[i-1].Norm) || !titles.Has(toks[i].Norm) || toks[i].Norm == "state" {
			continue
		}
		for j := i + 1; j < end; j++ {
			if !titles.Has(toks[j].Norm) && toks[j].Norm != "of" {
				if hasKindWord(toks[j:end]) {
					return 0 // "Senate Finance Committee"
				}
				return i // a name follows the title
			}
		}
		return 0
	}
	return 0
}

// isPeople reports whether a word names a people or a faith by itself.
func isPeople(w string) bool { return groups.Has(w) || demonym(w) }

// agencyAnd reports whether the "and" at toks[end] joins the parts of one
// agency's name, as in "Truth and Reconciliation Commission" and "National
// Aeronautics and Space Administration": the capitalized words after it end
// with the word for an agency, and those before it are common words (the
// story writes one of them in lower case), none of them a place, a people or
// a title, nor an organization's word. "Hamas and Islamic Jihad", "Israel
// and Palestinian Authority", "Kerry and State Department" and "Treasury
// Department and Postal Service" stay two names each.
func agencyAnd(s Sentence, k, end int, words *storyWords) bool {
	toks := s.Tokens
	common := false
	for _, t := range toks[k:end] {
		n := t.Norm
		if countries.Has(n) || places.Has(n) || groups.Has(n) || demonym(n) || titles.Has(n) || orgWords.Has(n) || text.IsAcronym(s.Text[t.Start:t.End]) {
			return false
		}
		common = common || words.isLower(n)
	}
	if !common {
		return false
	}
	last := end
	for i := end + 1; i < len(toks) && isCap(s.Text[toks[i].Start:toks[i].End]) && !gapBreaks(s.Text[toks[i-1].End:toks[i].Start]); i++ {
		last = i
	}
	return last > end && agencyHeads.Has(toks[last].Norm)
}

// particleAt reports whether token j is a name's particle: one that is
// also an English word ("as", "an") only when hyphenated to the next word
// ("as-Sadr"), so "Jerusalem as Israel's capital" is two names.
func particleAt(s Sentence, j int) bool {
	n := s.Tokens[j].Norm
	if !particles.Has(n) {
		return false
	}
	if !englishParticles.Has(n) {
		return true
	}
	return j+1 < len(s.Tokens) && hyphened(s.Text, s.Tokens[j], s.Tokens[j+1])
}

// startsWithParticles reports whether token k and any particles after it,
// written together, lead to a capitalized word.
func startsWithParticles(s Sentence, k int) bool {
	toks := s.Tokens
	if !particles.Has(toks[k].Norm) {
		return false
	}
	j := k
	for j+1 < len(toks) && particles.Has(toks[j+1].Norm) && joined(s.Text, toks[j], toks[j+1]) {
		j++
	}
	return j+1 < len(toks) && isCap(s.Text[toks[j+1].Start:toks[j+1].End]) && joined(s.Text, toks[j], toks[j+1])
}

// headlineCase reports whether most words of a sentence are capitalized (a
// headline or a shouted line), where capitals say nothing about names.
func headlineCase(s Sentence) bool {
	if len(s.Tokens) < 4 {
		return false
	}
	caps := 0
	for _, t := range s.Tokens {
		if isCap(s.Text[t.Start:t.End]) {
			caps++
		}
	}
	return caps*4 > len(s.Tokens)*3
}

// joined reports whether two tokens are written as one word with a hyphen
// ("al-Maliki") or a space.
func joined(s string, a, b text.Token) bool {
	return hyphened(s, a, b) || b.Start == a.End+1 && s[a.End] == ' '
}

// hyphened reports whether two tokens are written as one word with a
// hyphen ("as-Sadr").
func hyphened(s string, a, b text.Token) bool {
	if b.Start < a.End {
		return false
	}
	gap := s[a.End:b.Start]
	return gap == "-" || gap == "‑"
}

// gapBreaks reports whether the characters between two words end a name:
// anything but a space, a hyphen, or the period of an initial ("W. Bush").
func gapBreaks(gap string) bool {
	switch gap {
	case " ", "-", "‑", ". ":
		return false
	}
	return true
}

// ampersand reports whether the characters between two words are an
// ampersand, which joins the parts of a firm's name.
func ampersand(gap string) bool { return gap == " & " || gap == "&" }

// abbreviations end a name with their period: "Acme Co.", "Martin Luther King Jr."
var abbreviations = setOf("co", "corp", "inc", "ltd", "jr", "sr", "bros")

// Possessive reports whether a word or a name ends in a possessive "'s",
// which ends a name (and, next to a quotation, makes it no speaker).
func Possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// possessiveInName reports whether token k, a possessive, is a plural of
// people that goes on a name with the capitalized word after it
// ("People's Liberation Army", "Children's Hospital", "Buffalo GYN
// Women's Services"), not a name's owner ("Britain's Labour Party").
func possessiveInName(s Sentence, k int) bool {
	toks := s.Tokens
	if k+1 >= len(toks) || !isCap(s.Text[toks[k+1].Start:toks[k+1].End]) {
		return false
	}
	// the mark may be the token's or the gap's
	w := s.Text[toks[k].Start:toks[k+1].Start]
	for _, mark := range []string{"'s ", "’s "} {
		if p, ok := strings.CutSuffix(w, mark); ok {
			return isCap(p) && possessors.Has(strings.ToLower(p))
		}
	}
	return false
}

// surnameHe reports whether token k, a capitalized "He" inside a sentence
// (after a word or a comma, not after an opening quotation mark, colon or
// bracket) before another name word the story never writes in lower case,
// is a surname, as the Chinese surname He is ("said his wife, He Xintong").
func surnameHe(s Sentence, k, end int, words *storyWords) bool {
	toks := s.Tokens
	if k == 0 || k+1 >= end || toks[k].Norm != "he" || words.isLower(toks[k+1].Norm) {
		return false
	}
	gap := strings.TrimSpace(s.Text[toks[k-1].End:toks[k].Start])
	return gap == "" || gap == ","
}

// makeMention trims a run of capitalized words to a name: leading function
// words and titles go, a possessive goes, and a lone sentence-initial word
// must be written capitalized elsewhere in the story.
func makeMention(s Sentence, k, end int, words *storyWords) (Mention, bool) {
	toks := s.Tokens
	// (a function word's Stop flag is already clear when it is an acronym: "US", "WHO")
	for k < end && (toks[k].Stop || text.IsDateWord(toks[k].Norm) || !text.IsAcronym(s.Text[toks[k].Start:toks[k].End]) && notNames.Has(toks[k].Norm)) && !possessiveInName(s, k) {
		if k+1 < end && ampersand(s.Text[toks[k].End:toks[k+1].Start]) {
			break // "AT&T"
		}
		if surnameHe(s, k, end, words) {
			break // "said He Xintong"
		}
		k++
	}
	if k == 0 && end-k > 2 && ofCompany.Has(toks[0].Norm) && toks[1].Norm == "of" {
		k = 2 // "Shares of Microsoft fell": the name is after "of"
	}
	if k == 0 && end-k > 1 {
		// a sentence's first word that the story also writes in lower case,
		// or that reads as a participle or adverb, is not part of a name
		// ("Supporters of Pinochet", "Accompanying Liu")
		w := s.Text[toks[0].Start:toks[0].End]
		participle := strings.HasSuffix(toks[0].Norm, "ing") || strings.HasSuffix(toks[0].Norm, "ed") || strings.HasSuffix(toks[0].Norm, "ly")
		if n := toks[0].Norm; (words.isLower(n) || participle) && !words.isMidCap(n) && !text.IsAcronym(w) && !countries.Has(n) && !groups.Has(n) && !titles.Has(n) {
			k = 1
			for k < end && (connectors.Has(toks[k].Norm) || particles.Has(toks[k].Norm) && (k+1 >= end || !joined(s.Text, toks[k], toks[k+1]))) {
				k++
			}
		}
	}
	for end > k && (connectors.Has(toks[end-1].Norm) || particles.Has(toks[end-1].Norm)) {
		end--
	}
	if end-k >= 2 && politicalAdjective(s, end) {
		end-- // "House Democratic leaders": the House's Democrats, not "House Democratic"
	}
	// "Gladys Marin of the Communist Party", "Michael Reisman of Yale": a
	// person's name before "of" and an affiliation after it
	for i := k + 2; i < end-1; i++ {
		if toks[i].Norm == "of" {
			if !hasKindWord(toks[k:i]) && !allTitles(toks[k:i]) {
				end = i // but "Secretary of State…" is a title
			}
			break
		}
	}
	title := ""
	ts := k
	// a place or nationality before a title: "US Secretary of State ...",
	// "Iraqi Prime Minister ...", "New York Gov. ..."
	for n := 3; n >= 1; n-- {
		if ts+n < end-1 && titles.Has(toks[ts+n].Norm) {
			if w := normsOf(toks[ts : ts+n]); countries.Has(w) || n == 1 && (groups.Has(w) || demonym(w)) {
				ts += n
				break
			}
		}
	}
	for ts < end-1 && inTitle(toks, k, ts) {
		ts++
	}
	if ts > k && ts < end-1 && titleHalves.Has(toks[ts-1].Norm) {
		ts++ // the word a title's first half needs, misspelled: "Prime Minster Tansu Ciller"
	}
	if ts == k {
		// an organization or office before a title: "Commission President
		// Ursula von der Leyen", "Microsoft CEO Satya Nadella"
		for i := k + 1; i < end-1 && i <= k+3; i++ {
			// (but a title word after "Ministry of" goes on the ministry's
			// name: "the Chinese Ministry of Foreign Affairs")
			ofOrg := i >= k+2 && toks[i-1].Norm == "of" && orgWords.Has(toks[i-2].Norm)
			if titles.Has(toks[i].Norm) && !ofOrg && !titles.Has(toks[i+1].Norm) && toks[i+1].Norm != "of" && !hasKindWord(toks[i+1:end]) {
				ts = i + 1
				break
			}
		}
	}
	if ts > k && !hasOrgWord(toks[ts:end]) {
		stop := toks[ts-1].End
		if len(toks[ts-1].Norm) <= 4 && strings.HasPrefix(s.Text[stop:], ".") {
			stop++ // an abbreviated title keeps its period: "Sen.", "Lt. Gen."
		}
		title = s.Text[toks[k].Start:stop]
		if k >= 2 && toks[k-1].Norm == "and" && andTitle(s, k, words) {
			title = s.Text[toks[k-2].Start:stop] // "Law and Order Minister", "Trade and Industry Secretary"
		}
		k = ts
	}
	if ts == k {
		// a group word before a name is not part of it ("Shiite Maliki"):
		// drop it, unless the whole run is group words ("Sunni Islamist") or
		// the rest names an organization or place ("European Union")
		g := k
		for g < end {
			if groups.Has(toks[g].Norm) || demonym(toks[g].Norm) {
				g++
			} else if g+1 < end && twoWordDemonym(toks[g].Norm, toks[g+1].Norm) {
				g += 2 // "New Zealander Stanley Shaw"
			} else {
				break
			}
		}
		if g > k && g < end && !hasKindWord(toks[g:end]) && !countries.Has(normsOf(toks[k:end])) {
			k = g // but "Saudi Arabia" is one name
			for k < end && connectors.Has(toks[k].Norm) {
				k++ // "Swedes and Somalis": not "and Somalis"
			}
		}
	}
	if k >= end {
		return Mention{}, false
	}
	first := s.Text[toks[k].Start:toks[k].End]
	if end-k == 1 {
		n := toks[k].Norm
		if titles.Has(n) || text.IsDateWord(n) || notEntities.Has(n) || (!text.IsAcronym(first) && (notNames.Has(n) || toks[k].Stop)) {
			return Mention{}, false
		}
		if k == 0 && !words.isMidCap(n) && !text.IsAcronym(first) && !countries.Has(n) && !groups.Has(n) {
			return Mention{}, false
		}
	}
	for _, t := range toks[k:end] {
		if unicode.IsDigit(rune(t.Norm[0])) {
			return Mention{}, false
		}
	}
	stop := toks[end-1].End
	if abbreviations.Has(toks[end-1].Norm) && strings.HasPrefix(s.Text[stop:], ".") {
		stop++
	}
	txt := s.Text[toks[k].Start:stop]
	txt = strings.TrimSuffix(strings.TrimSuffix(txt, "'s"), "’s")
	if len(txt) > 2 && txt[1] == '-' && strings.IndexByte("RDI", txt[0]) >= 0 {
		return Mention{}, false // a lawmaker's party and state: "(R-Texas)"
	}
	m := Mention{Start: toks[k].Start, End: stop, Text: txt, Title: title}
	m.typeVote = contextType(s, k, end, title, words)
	if strings.Contains(txt, "&") {
		m.typeVote = orgEvidence // only firms join names with "&"
	}
	return m, true
}

// guessPerson, guessPlace, guessThing (a name after "the") and guessGroup
// (a word that only ends like a nationality: "Slepian", "Giuliani") are weak
// votes, outweighed by any strong one;
// orgEvidence is a vote for Organization worth orgEvidenceVotes votes.
const (
	guessPerson      = "person?"
	guessPlace       = "place?"
	guessThing       = "thing?"
	guessGroup       = "group?"
	orgEvidence      = "organization!"
	orgEvidenceVotes = 4
	// acronymVote is a vote for Organization by shape, a word in capitals
	// beside other words in capitals, which merge does not count when the
	// story also writes the word in small letters: "NEVIS" in a line set in
	// capitals is Nevis (but "NATO" beside "Nato" is NATO).
	acronymVote = "acronym"
)

// contextType guesses a mention's type from its words and surroundings; ""
// when nothing tells.
func contextType(s Sentence, k, end int, title string, story *storyWords) string {
	toks := s.Tokens
	words := toks[k:end]
	last := words[len(words)-1].Norm
	switch {
	case len(words) == 1 && countries.Has(last):
		return Place
	case groups.Has(last) || nationalities.Has(last):
		return Group // "Sunni Islamist", "Ibero-American", "Chinese-Filipino"
	case len(words) == 1 && politicalWords.Has(last):
		return Group // "Islamic", "Democratic"
	case len(words) >= 3 && placeWords.Has(words[0].Norm) && !orgWords.Has(words[0].Norm) && words[1].Norm == "of":
		return Place // "Gulf of Mexico", "Bay of Bengal", "Strait of Hormuz"
	}
	if last == "flight" {
		return Other // "Swissair Flight 111"
	}
	for i := range words {
		if otherWordAt(words, i) {
			return Other
		}
	}
	joinedNorm := normsOf(words)
	if countries.Has(joinedNorm) {
		return Place
	}
	if len(words) >= 2 && corporateSuffixes.Has(last) || companyContext(s, k, end) {
		return orgEvidence
	}
	for _, t := range words {
		if orgWords.Has(t.Norm) {
			return Organization
		}
		if placeHeads.Has(t.Norm) {
			return Place // "Republic of China", "Kingdom of Saudi Arabia"
		}
	}
	if placeWords.Has(last) {
		return Place
	}
	if last == "international" {
		return Organization // "Amnesty International"; "… International Airport" is a place
	}
	if n := len(words); n >= 2 {
		switch {
		case places.Has(joinedNorm):
			return Place // "New Hampshire", "Sao Paulo"
		case slices.ContainsFunc(words[:n-1], func(t text.Token) bool { return stormWords.Has(t.Norm) }):
			return Other // "Hurricane Georges", "Super Typhoon Zeb"
		case placeLeads.Has(words[0].Norm):
			return Place // "Mount Pinatubo", "St. Kitts"
		case n == 2 && ofCountryOfTwo(joinedNorm):
			return Group // "Puerto Rican", "Sri Lankans"
		case roleWords.Has(last):
			return Other // "Tory Interior Minister": an office, not a person
		case compassWords.Has(words[0].Norm):
			if rest := normsOf(words[1:]); countries.Has(rest) || places.Has(rest) {
				return Place // "North Africa", "East Jerusalem"
			}
			if n == 2 && (demonym(last) || strings.HasSuffix(last, "er") || strings.HasSuffix(last, "ers")) {
				return Group // "South Korean", "New Zealander", "New Yorkers"
			}
			if n == 2 && strings.HasSuffix(words[0].Norm, "ern") {
				return Place // "Eastern Slavonia": no one's first name
			}
		case placeAdjectives.Has(words[0].Norm) || politicalWords.Has(words[0].Norm) || groups.Has(words[0].Norm):
			if rest := normsOf(words[1:]); countries.Has(rest) || places.Has(rest) {
				return Place // "Orthodox Serbia", "Free East Timor"; but "Michael Jordan"
			}
		}
	}
	if (len(words) >= 2 || k > 0 && !adjectiveEnding(last)) && end < len(toks) && orgMembers.Has(toks[end].Norm) &&
		s.Text[toks[end-1].End:toks[end].Start] == " " && !Possessive(s.Text[toks[end-1].Start:toks[end-1].End]) && !places.Has(joinedNorm) {
		// "Swissair officials", "a Pan Am flight"; but not "Kenyan officials"
		// or "Democratic officials", nor a sentence's capitalized first word
		// ("Federal officials")
		return orgEvidence
	}
	if title != "" || roleAfter(s, k, end) || roleBefore(s, k) {
		return Person
	}
	if w := s.Text[words[0].Start:words[0].End]; len(words) == 1 && text.IsAcronym(w) && !strings.Contains(w, ".") {
		// "ISIL"; a dotted "N.Y." or "U.S." is more often a place
		if inCapitals(s, k, end) {
			return acronymVote // "St. KITTS and NEVIS _": perhaps a line set in capitals
		}
		return Organization
	}
	if k > 0 && placePreps.Has(toks[k-1].Norm) {
		// "a trainer who voted in Rocinha, said…": the speaker is someone
		// before the place
		return guessPlace
	}
	if k > 0 && toks[k-1].Norm == "the" {
		// a person's name does not follow "the", even as the speaker ("the
		// Red Cross said"), but a surname may ("the Shaker family", "the
		// Marcos regime"), and so may a people ("the Tanzanians")
		switch {
		case len(words) == 1 && places.Has(last):
			return Place // "the Caribbean", "the Balkans"
		case len(words) == 1 && demonym(last):
			return peopleVote(last)
		case end < len(toks) && ofPerson.Has(toks[end].Norm):
			return ""
		}
		return guessThing // "the Hubble Space Telescope", "the Mahane Yehuda market"
	}
	if len(words) == 1 && strings.HasSuffix(last, "s") && demonym(last) {
		// a people in the plural speaks as a group: "Libyans said", "Pakistanis say"
		return peopleVote(last)
	}
	// a reporting verb after the name makes it the speaker, but "Rio de
	// Janeiro, believed to be…" and "…, said to have" describe it
	speaks := func(v int) bool {
		if v >= len(toks) || !reportingVerbs.Has(toks[v].Norm) {
			return false
		}
		described := v+2 < len(toks) && toks[v+1].Norm == "to" && (toks[v+2].Norm == "be" || toks[v+2].Norm == "have")
		return !described // "said to reporters" still speaks
	}
	if speaks(end) && !(strings.Contains(s.Text[toks[end-1].End:toks[end].Start], ",") && namesAfter(s, end+1)) && !objectOfAnd(s, k) {
		return Person // but in "…west of Pristina, said Albanian guerrillas" the speaker comes after
	}
	if invertedSpeaker(s, k, end) {
		return Person // "``…,'' said Arya Shafai, a 15-year-old Iranian"
	}
	if len(words) == 1 && demonym(last) {
		// "Sudanese", "Yemenis"; only a single word with nothing that makes
		// it a person: "Hassan Rouhani", "Rudy Giuliani" end alike
		return peopleVote(last)
	}
	if k > 1 && toks[k-1].Norm == "of" && placeNouns.Has(toks[k-2].Norm) {
		return Place
	}
	if len(words) >= 2 && namedParts(words) <= 4 && !text.IsAcronym(s.Text[words[0].Start:words[0].End]) && !commonWords(words, story) {
		// two to four capitalized words and nothing else (particles aside:
		// "Luiz Inacio Lula da Silva"): likely a person
		return guessPerson
	}
	if len(words) == 1 && places.Has(last) {
		return guessPlace // "Houston" is a city, unless "Houston said"
	}
	return ""
}

// objectOfAnd reports whether the name at toks[k] is joined by "and" to a
// name a preposition governs, a few words back and within one clause: in
// "Dwyer Astaphan, minister of tourism for St. Kitts and Nevis, said" the
// speaker is Astaphan, and Nevis a place.
func objectOfAnd(s Sentence, k int) bool {
	toks := s.Tokens
	if k < 2 || toks[k-1].Norm != "and" {
		return false
	}
	for i := k - 2; i >= 0 && i >= k-5; i-- {
		if strings.ContainsAny(s.Text[toks[i].End:toks[i+1].Start], ",;:") {
			return false
		}
		if placePreps.Has(toks[i].Norm) || toks[i].Norm == "for" || toks[i].Norm == "of" {
			return true
		}
	}
	return false
}

// invertedSpeaker reports whether the name toks[k:end] is the speaker of an
// inverted attribution: a reporting verb after a comma or a quotation mark
// before it, and the name complete after it ("“…,” said Arya Shafai, a
// 15-year-old Iranian", "…, said Li."). Only verbs whose subject may follow
// them: after "told" or "asked" the name is the one spoken to.
func invertedSpeaker(s Sentence, k, end int) bool {
	toks := s.Tokens
	if k < 1 || !invertedVerbs.Has(toks[k-1].Norm) {
		return false
	}
	before := 0
	if k >= 2 {
		before = toks[k-2].End
	}
	if !strings.ContainsAny(s.Text[before:toks[k-1].Start], ",\"'”’") {
		return false
	}
	if end == len(toks) {
		return true
	}
	gap := strings.TrimSpace(s.Text[toks[end-1].End:toks[end].Start])
	return gap != "" && strings.ContainsAny(gap[:1], ",.;")
}

// roleBefore reports whether a person's role is set off by a comma right
// before the name: "his wife, Lynne", "the airline's spokesman, Jackie Pash".
func roleBefore(s Sentence, k int) bool {
	toks := s.Tokens
	return k > 0 && roles.Has(toks[k-1].Norm) && strings.TrimSpace(s.Text[toks[k-1].End:toks[k].Start]) == ","
}

// roleAfter reports whether the name toks[k:end] is set off by a person's
// role right after it: "Dan Rosen, a senior Microsoft executive", "Smith,
// the company's lawyer"; not after "the" or "in", "at"… ("in the Keys, the
// station's general manager, Bob Soos"), but after "from" or "to" ("the memo
// from Dan Rosen, a Microsoft executive").
func roleAfter(s Sentence, k, end int) bool {
	toks := s.Tokens
	if end+1 >= len(toks) || strings.TrimSpace(s.Text[toks[end-1].End:toks[end].Start]) != "," {
		return false
	}
	if k > 0 {
		switch toks[k-1].Norm {
		case "the", "in", "at", "near", "across", "inside", "outside", "throughout":
			return false
		}
	}
	switch toks[end].Norm {
	case "a", "an", "the", "his", "her":
	default:
		return false
	}
	for i := end + 1; i < len(toks) && i <= end+5; i++ {
		if i > end+1 && strings.ContainsAny(s.Text[toks[i-1].End:toks[i].Start], ",;:()") {
			return false
		}
		if roles.Has(toks[i].Norm) {
			return true
		}
	}
	return false
}

// peopleVote is the vote of a single word that reads as a people: a
// nationality the lists know is a group, one that only ends like one is a
// guess that a surname's evidence outweighs ("Dr. Barnett Slepian").
func peopleVote(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	if groups.Has(w) || nationalities.Has(w) || ofCountry(w) {
		return Group
	}
	return guessGroup
}

// countryStems are the single-word countries without their last letter,
// as the names of their peoples begin ("Chile", "Chilean"; "Croatia",
// "Croatian").
var countryStems = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range countries.Words() {
		if len(c) >= 4 && !strings.Contains(c, " ") {
			m[c[:len(c)-1]] = true
		}
	}
	return m
}()

// countryStemsOfTwo are the countries and cities of two words without
// their last letter ("puerto ric", "sri lank").
var countryStemsOfTwo = func() []string {
	var out []string
	for _, c := range countries.Words() {
		if strings.Count(c, " ") == 1 && len(c) >= 6 {
			out = append(out, c[:len(c)-1])
		}
	}
	slices.Sort(out)
	return out
}()

// ofCountryOfTwo reports whether a name of two words (normalized) is the
// people of a country or city of two words: it begins as the place does
// and is longer ("puerto rican", "costa ricans", "new yorker").
func ofCountryOfTwo(name string) bool {
	for _, stem := range countryStemsOfTwo {
		if len(name) > len(stem)+1 && strings.HasPrefix(name, stem) {
			return true
		}
	}
	return false
}

// ofCountry reports whether a word that ends like a nationality begins as
// a country does: "Chilean", "Croatian", "Haitian"; not "Slepian".
func ofCountry(w string) bool {
	for n := 3; n < len(w); n++ {
		if countryStems[w[:n]] {
			return true
		}
	}
	return false
}

// namedParts counts a name's words that are not particles.
func namedParts(words []text.Token) int {
	n := 0
	for _, t := range words {
		if !particles.Has(t.Norm) {
			n++
		}
	}
	return n
}

// namesAfter reports whether the token at i opens a name (a capitalized
// word, not a day or a month): the speaker after an inverted "said".
func namesAfter(s Sentence, i int) bool {
	if i >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[i]
	return isCap(s.Text[t.Start:t.End]) && !text.IsDateWord(t.Norm)
}

// companyContext reports whether the words around toks[k:end] make it a
// company or another organization: a lower-case kind before it ("the daily
// Hurriyet", "software giant Microsoft"), "shares of" or "an analyst at"
// before it, or a company's possession after its possessive ("Microsoft's
// shares", "Boeing's chief executive").
func companyContext(s Sentence, k, end int) bool {
	toks := s.Tokens
	if k > 0 {
		prev := toks[k-1]
		r, _ := utf8.DecodeRuneInString(s.Text[prev.Start:prev.End])
		if companyNouns.Has(prev.Norm) && unicode.IsLower(r) && strings.TrimSpace(s.Text[prev.End:toks[k].Start]) == "" {
			return true // but not "a spokeswoman for the airline, Jackie Pash"
		}
		if k > 1 && (prev.Norm == "of" && ofCompany.Has(toks[k-2].Norm) || (prev.Norm == "at" || prev.Norm == "with") && atCompany.Has(toks[k-2].Norm)) {
			return true
		}
	}
	if end < len(toks) && Possessive(s.Text[toks[end-1].Start:toks[end-1].End]) {
		next := toks[end].Norm
		if companyPossessions.Has(next) {
			return true
		}
		if next == "chief" && end+1 < len(toks) {
			switch toks[end+1].Norm {
			case "executive", "financial", "operating":
				return true
			}
		}
	}
	return false
}

// commonWords reports whether a name reads as a phrase of common words
// rather than a person's name: it holds a connector ("Spring of Life"), or
// the story writes its first and last words in lower case elsewhere
// ("Operation Rescue", "Safest Town").
func commonWords(words []text.Token, story *storyWords) bool {
	for _, t := range words {
		switch t.Norm {
		case "of", "the", "and", "for": // but "de", "da", "y" join names
			return true
		}
	}
	first := 0
	for first < len(words)-1 && particles.Has(words[first].Norm) {
		first++ // "bin Laden": the particle is written in lower case
	}
	return first < len(words)-1 && story.isLower(words[first].Norm) && story.isLower(words[len(words)-1].Norm)
}

// andTitle reports whether the title that begins at token k is the second
// half of one joined by "and" ("Law and Order Minister Adriaan Vlok",
// "Trade and Industry Secretary"): the word before "and" is capitalized, a
// word the story also writes in lower case, and no capitalized word comes
// before it, so that "John Smith and Finance Minister…" is two people.
func andTitle(s Sentence, k int, words *storyWords) bool {
	toks := s.Tokens
	w := s.Text[toks[k-2].Start:toks[k-2].End]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !words.isLower(toks[k-2].Norm) || toks[k-2].Stop {
		return false
	}
	if s.Text[toks[k-2].End:toks[k-1].Start] != " " || s.Text[toks[k-1].End:toks[k].Start] != " " {
		return false
	}
	if k >= 3 {
		prev := s.Text[toks[k-3].Start:toks[k-3].End]
		if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) && s.Text[toks[k-3].End:toks[k-2].Start] == " " {
			return false
		}
	}
	return true
}

// inTitle reports whether toks[i] goes on a title that begins at toks[k]: a
// title word, "of" after its first word, or "the" or a department after "of"
// ("Secretary of the Interior", "Secretary of Agriculture").
func inTitle(toks []text.Token, k, i int) bool {
	n := toks[i].Norm
	switch {
	case titles.Has(n):
		return true
	case i == k:
		return false
	case n == "of":
		return true
	}
	prev := toks[i-1].Norm
	return (prev == "of" || prev == "the") && (n == "the" || departments.Has(n))
}

// allTitles reports whether every word is a title word ("Prime Minister").
func allTitles(ts []text.Token) bool {
	for _, t := range ts {
		if !titles.Has(t.Norm) {
			return false
		}
	}
	return true
}

// hasKindWord reports whether a name holds a word that makes it an
// organization, a place or a thing.
func hasKindWord(ts []text.Token) bool {
	for i, t := range ts {
		if orgWords.Has(t.Norm) || placeWords.Has(t.Norm) || otherWordAt(ts, i) || countries.Has(t.Norm) {
			return true
		}
	}
	return false
}

// politicalAdjective reports whether the word before token end is a
// party's or a faith's adjective ("Democratic", "Islamic") that describes
// the lower-case noun after it: "New Hampshire Democratic primary".
func politicalAdjective(s Sentence, end int) bool {
	toks := s.Tokens
	if !politicalWords.Has(toks[end-1].Norm) || strings.HasSuffix(toks[end-1].Norm, "s") || end >= len(toks) {
		return false
	}
	next := s.Text[toks[end].Start:toks[end].End]
	r, _ := utf8.DecodeRuneInString(next)
	return !isCap(next) && !gapBreaks(s.Text[toks[end-1].End:toks[end].Start]) && unicode.IsLetter(r)
}

// otherWordAt reports whether word i of a name makes it a treaty, a law or
// an event, not a person ("Farm Bill", "Treaty of Rome"). A first word may
// be a given name ("Bill Clinton", and so "Democrat Bill Bradley" is a
// party's Bill Bradley) unless "of" follows it.
func otherWordAt(words []text.Token, i int) bool {
	return otherWords.Has(words[i].Norm) && (i > 0 || len(words) == 1 || words[1].Norm == "of")
}

func hasOrgWord(ts []text.Token) bool {
	for _, t := range ts {
		if orgWords.Has(t.Norm) {
			return true
		}
	}
	return false
}

func normsOf(ts []text.Token) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Norm
	}
	return strings.Join(parts, " ")
}

// demonym reports whether a capitalized single word reads as a nationality
// or group adjective ("Iraqi", "Kurdish", "Sudanese", "Iranian", "Thai").
func demonym(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:] // "Serbo-Croatian", "Chinese-Filipino"
	}
	if nationalities.Has(w) {
		return true
	}
	if len(w) < 5 || places.Has(w) {
		return false // "the Caribbean" is a place
	}
	if len(w) >= 6 && strings.HasSuffix(w, "ans") && !strings.HasSuffix(w, "mans") && !strings.HasSuffix(w, "erans") {
		return true // "Libyans", "Kenyans", "Cubans"; not "Evans", "Yeomans", "Veterans", "Balkans"
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ians", "eans", "qi", "qis", "ani", "anis"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// twoWordDemonym reports whether a and b name the people of a country
// whose name is two words: "New Zealander", "South Africans", "Sri Lankan".
func twoWordDemonym(a, b string) bool {
	if !countryFirstWords.Has(a) {
		return false // most words: no two-word country begins with them
	}
	for _, suf := range []string{"ers", "er", "ns", "n"} {
		if c, ok := strings.CutSuffix(b, suf); ok && countries.Has(a+" "+c) {
			return true
		}
	}
	return false
}

// adjectiveEnding reports whether a word ends as an adjective of a people,
// a place or a party does: "Kenyan", "Chechen", "Iraqi", "Democratic",
// "Philippine", "Yugoslav".
func adjectiveEnding(w string) bool {
	if demonym(w) {
		return true
	}
	for _, suf := range []string{"an", "en", "ic", "al", "ine", "i", "av"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// linkedNames finds names an article gives as one: "Long Name (ACR)",
// "X, also known as Y", "X, known as Y". It returns pairs of surfaces.
func linkedNames(docs []Doc) [][2]string {
	var out [][2]string
	for _, d := range docs {
		for _, s := range d.Sentences {
			t := s.Text
			for i := 0; i < len(t); i++ {
				if t[i] != '(' {
					continue
				}
				j := strings.IndexByte(t[i:], ')')
				if j < 0 {
					break
				}
				inner := strings.TrimSpace(t[i+1 : i+j])
				if inner == "" || strings.ContainsAny(inner, "(),;") || len(strings.Fields(inner)) > 6 {
					continue
				}
				before := strings.TrimSpace(t[:i])
				out = append(out, [2]string{before, inner})
			}
			for _, sep := range []string{", also known as ", " also known as ", ", known as ", ", or ", " aka "} {
				if i := strings.Index(t, sep); i > 0 {
					out = append(out, [2]string{strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])})
				}
			}
		}
	}
	return out
}
