// Package figure finds the numbers a story's articles report, what each one
// counts (people killed, troops, money, distance, years), which articles
// agree on a quantity and which contradict one another about it (1,700
// against "hundreds", 1,700 against 1,500), and which figures the articles
// themselves attribute to a party or call doubtful.
//
// A figure is a number (digits, number words, "hundreds") with the noun it
// counts and, for people, the event the sentence ties it to (killed,
// captured, wounded, displaced...). Two figures are about the same quantity
// when their unit class and event agree.
package figure

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/entity"
	"github.com/precis-news/precis/internal/phrase"
	"github.com/precis-news/precis/internal/wordset"
	"github.com/precis-news/precis/stem"
	"github.com/precis-news/precis/text"
)

// Figure is one reported value of a quantity, with the articles that report
// it and the other values reported for the same quantity. A bound written
// before a number ("more than 250", "at least 26", "up to 500", "nearly
// 1,000") is part of Value, and the figure is compared as the range it
// allows: "more than 200" agrees with 224.
type Figure struct {
	Value string `json:"value"` // as written: "1,700", "hundreds", "$2.5 billion", "more than 250"
	Unit  string `json:"unit"`  // what it counts: "soldiers killed", "people", "dollars", "km", "year"
	Text  string `json:"text"`  // the sentence it is reported in (from the first article)
	// Also is the same figure in another unit, as its first report gives it
	// in parentheses: "200 kilometers" after "120 miles".
	Also      string     `json:"also,omitempty"`
	Sources   []string   `json:"sources"`
	Conflicts []Conflict `json:"conflicts"`
	// Disputed is set when an article reports the figure as a party's claim
	// ("ISIS said it executed") or calls it doubtful ("appear exaggerated",
	// "could not be verified").
	Disputed  bool   `json:"disputed"`
	Vague     bool   `json:"vague,omitempty"`    // an order of magnitude ("hundreds") or a range ("10-15"), not one number
	Claimant  string `json:"claimant,omitempty"` // the party that claims it, when named
	low, high float64
	num       float64        // its number without a bound (see mention)
	unitStem  string         // the unit of its first report
	places    map[int]bool   // the places named where it is reported
	before    map[int]bool   // the places named before it in those sentences: whose count it is
	group     string         // for people, the group it counts ("" for everyone; see groups)
	part      bool           // every report gives it as part of a larger count ("including 12 Americans")
	current   bool           // reported at least once as current: in a sentence without a year, not where a change started
	purposes  map[string]int // for money: what its mentions say it is, and how often
	unitPrice bool           // for money: a report gives it as the price of one unit
	tier      int            // how much it tells a reader by itself (see tierOf)
}

// tierOf ranks a quantity by what its figure tells a reader without its
// sentence: 0 for people an event struck (killed, arrested…) and sums of
// money, 1 for other counts, 2 for years, durations and distances ("two
// years", "16 minutes": articles that agree on them are often speaking of
// different things).
func tierOf(class, event string) int {
	switch {
	case peopleClass[class] && event != "" || class == "money":
		return 0
	case class == "year" || class == "duration" || class == "age" || class == "distance":
		return 2
	}
	return 1
}

// Conflict is another value reported for the same quantity.
type Conflict struct {
	Value   string   `json:"value"`
	Sources []string `json:"sources"`
	// Reported is "later" when every article that gives this value was
	// published after every article that gives the figure (an update, as a
	// toll that rises over hours), "earlier" the other way round, and empty
	// when the articles' times do not say (see Order).
	Reported string `json:"reported,omitempty"`
}

// Order sets each conflict's Reported from the articles' publication times
// (by id; an article without one, the zero time, is left out, and a figure
// or conflict with none of its articles dated gets no order).
func Order(figs []Figure, published func(id string) time.Time) {
	span := func(ids []string) (first, last time.Time, ok bool) {
		for _, id := range ids {
			t := published(id)
			if t.IsZero() {
				continue
			}
			if !ok || t.Before(first) {
				first = t
			}
			if !ok || t.After(last) {
				last = t
			}
			ok = true
		}
		return first, last, ok
	}
	for i := range figs {
		first, last, ok := span(figs[i].Sources)
		for k := range figs[i].Conflicts {
			c := &figs[i].Conflicts[k]
			c.Reported = ""
			cFirst, cLast, cOK := span(c.Sources)
			switch {
			case !ok || !cOK:
			case cFirst.After(last):
				c.Reported = "later"
			case cLast.Before(first):
				c.Reported = "earlier"
			}
		}
	}
}

// mention is one number in one sentence.
type mention struct {
	doc        int
	sentence   string
	value      string
	low, high  float64 // its range: equal for an exact number, high +Inf for "more than"
	num        float64 // the number as written, without its bound ("more than 250": 250)
	vague      bool    // an order of magnitude ("hundreds")
	unit       string  // the noun it counts
	unitStem   string
	class      string // unit class: people, money, distance, ...
	kind       string // within a class, what must also match: the currency, the kind of vehicle
	also       string // the same figure in another unit, in parentheses after it
	start, end int    // byte offsets in the sentence where it starts and ends
	event      string // event class for people: killed, captured...
	label      string // how the event is named, when not by its class ("sent": see sentWords)
	purpose    string // what a sum of money is: aid, a price, a fine...
	unitPrice  bool   // a sum is the price of one unit: "$2 a gallon"
	disputed   bool
	claimant   string
	background bool  // its sentence names a year, or a change started from it: kept out of conflicts
	places     []int // the places its sentence names (entity numbers)
	before     []int // those named before the number: "North Korea will send 317 athletes"
	group      string
	part       bool
	lead       int // the words of a compound unit before the one counted: 2 in "407 death row inmates"
}

// Extract finds and compares the figures of a story. ents, when given,
// names the party a claim is attributed to.
func Extract(docs []entity.Doc, ents *entity.Set) []Figure {
	var ms []mention
	places := placesBySentence(docs, ents)
	for di, d := range docs {
		for si, s := range d.Sentences {
			next := ""
			if si+1 < len(d.Sentences) {
				next = d.Sentences[si+1].Text
			}
			for _, m := range inSentence(s, next) {
				m.doc = di
				for _, p := range places[di][si] {
					m.places = append(m.places, p.entity)
					if p.end <= m.start {
						m.before = append(m.before, p.entity)
					}
				}
				if m.claimant != "" && ents != nil {
					if e := ents.Resolve(m.claimant); e != nil {
						m.claimant = e.Name
					}
				}
				ms = append(ms, m)
			}
		}
	}
	return compare(ms, docs)
}

// placeMention is a place named in a sentence: its entity number and the
// byte offset where its name ends.
type placeMention struct{ entity, end int }

// placesBySentence lists the places each sentence names, by document and
// sentence number.
func placesBySentence(docs []entity.Doc, ents *entity.Set) [][][]placeMention {
	out := make([][][]placeMention, len(docs))
	for di, d := range docs {
		out[di] = make([][]placeMention, len(d.Sentences))
	}
	if ents == nil {
		return out
	}
	for _, m := range ents.Mentions {
		if ents.Entities[m.Entity].Type == entity.Place && m.Doc < len(out) && m.Sentence < len(out[m.Doc]) {
			out[m.Doc][m.Sentence] = append(out[m.Doc][m.Sentence], placeMention{m.Entity, m.End})
		}
	}
	return out
}

// inSentence finds the figures of one sentence.
func inSentence(s entity.Sentence, next string) []mention {
	toks := s.Tokens
	var out []mention
	doubted, disputed, claimant := false, false, "" // doubt(s, next), found once
	yearKnown, year := false, false                 // hasYear(s), found once
	for k := 0; k < len(toks); k++ {
		low, high, n, end, ok := number(s, k)
		if !ok {
			continue
		}
		if designation(s, k) {
			k += n - 1
			continue
		}
		m := mention{sentence: s.Text, low: low, high: high, num: low, vague: low != high, start: toks[k].Start, end: end}
		from := k
		if !m.vague {
			if b, lo, hi, ok := bound(s, k, low); ok {
				from, m.low, m.high = b, lo, hi
			}
		} else {
			from, m.low, m.high = vagueStart(s, k, low, high)
		}
		m.value = s.Text[toks[from].Start:end]
		if from == 0 {
			m.value = sentenceCase(m.value)
		}
		// (a sign may stand apart from its amount: "$ 9.65 million")
		before := strings.TrimSuffix(s.Text[:toks[k].Start], " ")
		for _, c := range currencies {
			if strings.HasSuffix(before, c.symbol) {
				if from == k {
					m.value = c.symbol + m.value
				} else { // the sign is inside: "more than $2 billion"
					m.value = strings.Replace(m.value, c.symbol+" ", c.symbol, 1)
				}
				m.class, m.unit = "money", c.unit
				break
			}
		}
		if after := s.Text[end:]; m.class == "" && (strings.HasPrefix(after, "%") || strings.HasPrefix(after, " %")) {
			m.value += "%"
			m.class, m.unit = "percent", "percent"
		}
		// the noun it counts: the next content word, past "of" and adjectives
		j, noun := k+n, -1
		if m.class == "" {
			j, noun = unitAfter(s, k+n, low, high, &m)
		}
		if m.class == "" && isYear(s, k, low, high) {
			m.class, m.unit = "year", "year"
		}
		toll := false // a toll's count, whose people were killed
		if m.class == "" {
			var people bool
			if people, toll = countsPeople(s, k, n, noun, low); !people || k+n < len(toks) && toks[k+n].Norm == "times" {
				// "deployed four times": how often, not how many
				k += n - 1
				continue
			}
			// "the blast killed 12", "the death toll rose to 65"
			m.class, m.unit, m.unitStem = "people", "people", "peopl"
			if j := k + n; pluralNounAfter(s, j) {
				// "shot two deputies", "seized two computers": what it
				// counts, named as written
				m.unit, m.unitStem, m.end = toks[j].Norm, toks[j].Stem, toks[j].End
			} else if noun >= 0 && pluralNounAfter(s, noun) {
				// "killed dozens of supporters", "five injured workers": the
				// plural the search for a unit stopped at
				m.unit, m.unitStem, m.end = toks[noun].Norm, toks[noun].Stem, toks[noun].End
			} else if noun >= 0 && toks[noun].Norm != "times" && pluralNounAfter(s, noun+1) && unicode.IsLower(rune(s.Text[toks[noun].Start])) && !entity.Possessive(s.Text[toks[noun].Start:toks[noun].End]) {
				// "recovered two shell casings", "shot thousands of blazing
				// streaks": a word before the plural
				m.unit, m.unitStem, m.end = toks[noun].Norm+" "+toks[noun+1].Norm, toks[noun+1].Stem, toks[noun+1].End
			}
			if noun >= 0 {
				m.group = toks[noun].Stem // "killed five U.N. staff": a group, not everyone
			} else if o := k + n; o+2 < len(toks) && toks[o].Norm == "of" && toks[o+1].Norm == "the" && pluralNounAfter(s, o+2) {
				// "killed two of the attackers": a group's count
				m.unit, m.unitStem, m.end, m.group = toks[o+2].Norm, toks[o+2].Stem, toks[o+2].End, toks[o+2].Stem
			}
		}
		if peopleClass[m.class] {
			var at int
			m.event, at = eventNear(events, s, k, n+m.lead, j)
			if sizeOf(s, j) && !(at == k-2 && objectOpeners.Has(toks[k-1].Norm)) {
				// "the party held 59 seats in a 96-member body", but "sent
				// a seven-person team"
				m.event, at = "", -1
			}
			if at >= 0 && sentWords.Has(toks[at].Stem) {
				m.label = "sent" // "596 athletes sent", not "deployed"
			}
			if m.event == "" && toll {
				m.event = "killed"
			}
			m.part = partOf(s, from) || added(toks[k+n:min(j+1, len(toks))]) || !toll && window(s, k, k+n)
		}
		if m.class == "money" {
			// the noun right after a sum says what it is ("$80 billion tax
			// cut ... to be paid for"); else the nearest word that does
			m.purpose, _ = eventNear(purposes, s, k, n, j)
			if j < len(toks) && purposes[toks[j].Stem] != "" {
				m.purpose = purposes[toks[j].Stem]
			}
			m.unitPrice = unitPrice(s, k+n)
			if x := perWhat(s, k+n); x > 0 && strings.ContainsAny(m.value, "$€£¥") {
				// "$60 a plane", "$15 a month": the sum reads with what it
				// is for, and is no total
				m.value += s.Text[end:toks[x].End]
				m.end, m.unitPrice = toks[x].End, m.unitPrice || !periods.Has(toks[x].Norm)
			}
			if m.purpose != "" && wordBefore(s, from, 4, demandWords) {
				m.purpose += " sought" // "sought $5 million in damages": not what was awarded
			}
		}
		if !yearKnown {
			yearKnown, year = true, hasYear(s)
		}
		m.background = year || changedFrom(s, from) || wordBefore(s, from, 5, earlierWords)
		scale := unitScale(m.unitStem)
		m.low, m.high, m.num = m.low*scale, m.high*scale, m.num*scale
		m.kind = kindOf(m) + rate(s, k, k+n)
		if !doubted {
			disputed, claimant = doubt(s, next)
			doubted = true
		}
		if peopleClass[m.class] && m.event != "" || m.class == "money" {
			// a toll's or a sum's doubt; not a duration's, a year's or an
			// age's in the same sentence ("the 82-year-old senator")
			m.disputed, m.claimant = disputed, claimant
		}
		if l := len(out) - 1; l >= 0 && conversion(s.Text, out[l], m) {
			// "120 miles (200 kilometers)": the same figure in another unit
			out[l].also = s.Text[m.start:m.end]
		} else {
			out = append(out, m)
		}
		k += n - 1
	}
	return out
}

// unitAfter finds the unit a number counts, searching from token j (the
// word after the number): the next content word, past "of" in "hundreds
// of troops" and past adjectives. A unit sets m's unit, class, group and
// end. It returns where the search stopped, and the word there that is no
// unit ("five U.N. staff"), or -1.
func unitAfter(s entity.Sentence, j int, low, high float64, m *mention) (int, int) {
	toks := s.Tokens
	noun := -1
	if j < len(toks) && toks[j].Norm == "of" && low >= 12 && high > low {
		j++ // "hundreds of troops"
	}
	for skip := 0; j < len(toks) && skip < 3; skip++ {
		if gap := s.Text[toks[j-1].End:toks[j].Start]; strings.ContainsAny(gap, ",;:()") {
			break
		}
		w := toks[j].Norm
		if c, ok := unitClass[toks[j].Stem]; ok {
			if peopleClass[c] && high > 1 && modifier(s, j) {
				j++ // "two adult women", "two teen girls": women, girls
				continue
			}
			if p := j + 2; peopleClass[c] && high > 1 && singular(w) && p < len(toks) && !toks[j+1].Stop &&
				s.Text[toks[j].End:toks[j+1].Start] == " " && unicode.IsLower(rune(s.Text[toks[j+1].Start])) && pluralNounAfter(s, p) {
				// "407 death row inmates", "a dozen death penalty
				// opponents": a compound, whose last word is what is counted
				m.unit, m.unitStem, m.class, m.end = w+" "+toks[j+1].Norm+" "+toks[p].Norm, toks[p].Stem, c, toks[p].End
				if pc, ok := unitClass[toks[p].Stem]; ok {
					m.class = pc
				}
				m.group = groups[toks[p].Stem]
				m.lead, j = 2, p
				break
			}
			m.unit, m.unitStem, m.class = w, toks[j].Stem, c
			if s.Text[toks[j-1].End:toks[j].Start] == "-" && high > 1 {
				m.unit = plural(w) // "a nine-month inquiry" counts nine months
			}
			m.end = toks[j].End
			m.group = groups[toks[j].Stem]
			if c == "duration" && ageAfter(s, j) {
				// "the 68-year-old", "a 3-month-old girl": an age
				m.class, m.unit, m.end = "age", m.unit+" old", toks[j+1].End
			}
			break
		}
		if toks[j].Stop || !adjectiveLike(s, toks[j]) {
			if !toks[j].Stop && !timeWords.Has(w) {
				noun = j
			}
			break
		}
		j++
	}
	return j, noun
}

// designation reports whether the number at token k names a thing rather
// than counts it: digits right after a capitalized word inside the
// sentence ("a Boeing 737 aircraft", "Flight 370 passengers", "Apollo 11
// astronauts", "on June 12", a share's ticker: "Facebook Inc. FB 1.05%"),
// and a day after its month in any case ("in the june 18 death").
// A sentence's first word ("Nearly 300 people"), a function word ("“In
// 1995 everything…"), a possessive before it or a headline in capitals do
// not make one.
func designation(s entity.Sentence, k int) bool {
	toks := s.Tokens
	if k < 1 || toks[k].Norm == "" || toks[k].Norm[0] < '0' || toks[k].Norm[0] > '9' {
		return false
	}
	if v, ok := joinedNumber(s, k-1); ok && toks[k-1].Norm != "" && toks[k-1].Norm[0] >= '0' && toks[k-1].Norm[0] <= '9' {
		// the second side of a tally ("314-214": 214 is no count of its
		// own); the second end of a range is read with the first
		first, err := strconv.ParseFloat(toks[k-1].Norm, 64)
		return err == nil && first >= v
	}
	if s.Text[toks[k-1].End:toks[k].Start] != " " {
		return false
	}
	if text.IsMonth(toks[k-1].Norm) {
		// a day of the month, in whatever case: "the june 18 death"
		d, err := strconv.Atoi(toks[k].Norm)
		return err == nil && d >= 1 && d <= 31
	}
	if k < 2 {
		return false
	}
	prev := s.Text[toks[k-1].Start:toks[k-1].End]
	if !capitalized(prev) || toks[k-1].Stop || entity.Possessive(prev) {
		return false // "Russia's 21-month war" counts months
	}
	if j := k + 1; j < len(toks) && text.IsAcronym(prev) && text.IsAcronym(s.Text[toks[j].Start:toks[j].End]) {
		return false // a headline in capitals: "TROOPS KILL 12 CIVILIANS"
	}
	if j := k + 1; j < len(toks) && unitClass[toks[j].Stem] == "duration" {
		return false // "set out for Pakistan 11 years ago"
	}
	return true
}

// modifier reports whether token j, a noun that counts people, stands in
// the singular before a plural noun and so only describes it ("adult" in
// "two adult women", "police" in "three police officers"), or is joined to
// the next word by a hyphen ("teen" in "hundreds of teen-agers").
func modifier(s entity.Sentence, j int) bool {
	toks := s.Tokens
	w := toks[j].Norm
	if strings.HasSuffix(w, "s") || irregularPluralForms.Has(w) || j+1 >= len(toks) {
		return false
	}
	return s.Text[toks[j].End:toks[j+1].Start] == "-" || pluralNounAfter(s, j+1) || irregularPluralForms.Has(toks[j+1].Norm)
}

// singular reports whether w, a noun in lower case, is written in the
// singular: "death", not "deaths" or "people".
func singular(w string) bool {
	return !strings.HasSuffix(w, "s") && !irregularPluralForms.Has(w)
}

// ageAfter reports whether the duration whose unit is token j is an age:
// "old" follows it, joined by a hyphen or a space ("the 68-year-old",
// "he was 68 years old"). An age is a person's or a thing's, never a
// stretch of time to compare with others ("a 15-year period").
func ageAfter(s entity.Sentence, j int) bool {
	toks := s.Tokens
	if j+1 >= len(toks) || toks[j+1].Norm != "old" {
		return false
	}
	gap := s.Text[toks[j].End:toks[j+1].Start]
	return gap == "-" || gap == " "
}

// currencies are the symbols written before an amount, longest first.
var currencies = []struct{ symbol, unit string }{{"US$", "dollars"}, {"$", "dollars"}, {"€", "euros"}, {"£", "pounds"}, {"¥", "yen"}}

// pluralNounAfter reports whether the token at j, right after a number, is
// a lower-case plural in the same clause ("two deputies"), which the number
// counts: a word ending in "s" that is no function word.
func pluralNounAfter(s entity.Sentence, j int) bool {
	toks := s.Tokens
	if j >= len(toks) || toks[j].Stop || s.Text[toks[j-1].End:toks[j].Start] != " " {
		return false
	}
	w := s.Text[toks[j].Start:toks[j].End]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w != "times" &&
		!strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// countsPeople reports whether a whole number with no noun of a known
// unit (its words tokens k to k+n) counts people by the words around it: a
// verb that happens to people before it ("killed 12", "wounding 30"), such
// a verb's participle right after it or after the plural noun the search
// for a unit stopped at (token noun, or -1), or the plural just after that
// noun: "12 dead and 30 injured", "30 were wounded", "twelve miners were
// killed", "3,197 political opponents died"; or a toll earlier in its
// clause ("the death toll rose to 65", "the toll from three weeks of frost
// reached 85"). "The toll from the magnitude-7.8 quake" counts no one 7.8.
//
// toll is set when it is a toll's: its people were killed, whatever words
// stand near the number.
func countsPeople(s entity.Sentence, k, n, noun int, v float64) (ok, toll bool) {
	toks := s.Tokens
	if v != math.Trunc(v) {
		return false, false
	}
	if k > 0 {
		if _, ok := events[toks[k-1].Stem]; ok {
			return true, false
		}
	}
	nounThenDeed := func(p int) bool { return pluralNounAfter(s, p) && participleAfter(s, p+1, false) }
	if bareCount(s, k, v) && (participleAfter(s, k+n, true) || noun >= 0 && (nounThenDeed(noun) || nounThenDeed(noun+1))) {
		return true, false
	}
	for i := k - 1; i >= 0 && i >= k-12 && !clauseBreak(s, i, i+1); i-- {
		if toks[i].Norm == "toll" {
			return true, true
		}
	}
	return false, false
}

// bareCount reports whether the number v at token k may open the subject
// of a clause: at the sentence's start, or after a function word or a
// bound with a space between, and not after a preposition (past the bound,
// "the" and "all"). "Terminal 8 was evacuated" names a terminal, "on may
// 31 recovered" a date, "Reed, 53, was arrested" an age, "one in 10 died"
// is a share, "miners in the two cars were injured" counts cars.
func bareCount(s entity.Sentence, k int, v float64) bool {
	toks := s.Tokens
	if k == 0 {
		return true
	}
	prev := toks[k-1]
	if s.Text[prev.End:toks[k].Start] != " " || !(prev.Stop || boundEnds.Has(prev.Norm)) || text.IsDateWord(prev.Norm) {
		return false
	}
	from, _ := boundKind(s, k)
	for i := from - 1; i >= 0 && i >= from-2; i-- {
		if w := toks[i].Norm; w != "the" && w != "all" {
			return !prepositions[w]
		}
	}
	return true
}

// participleAfter reports whether the words from token j on are what was
// done to a count of people, told by a participle after at most two
// auxiliaries: "30 injured", "30 were injured", "30 have been arrested".
// ("Sent", "found" and "held" are left out: "12 found guilty", "5 sent
// home", "the two held talks".) The words follow one another with nothing
// but spaces. A participle with an object or a noun after it is no
// count's: "a girl aged 10 killed at least 19", "5,043 seized shipments".
func participleAfter(s entity.Sentence, j int, things bool) bool {
	toks := s.Tokens
	spaced := func(j int) bool { return j > 0 && j < len(toks) && s.Text[toks[j-1].End:toks[j].Start] == " " }
	for a := 0; a < 2 && spaced(j) && auxiliaries.Has(toks[j].Norm); a++ {
		j++
	}
	if !spaced(j) {
		return false
	}
	if _, ok := events[toks[j].Stem]; !ok || !things && thingDeeds.Has(toks[j].Stem) {
		return false
	}
	if w := toks[j].Norm; !strings.HasSuffix(w, "ed") && w != "hurt" && w != "slain" && w != "shot" {
		return false
	}
	if next := j + 1; next < len(toks) && spaced(next) {
		atLeast := toks[next].Norm == "at" && next+1 < len(toks) && toks[next+1].Norm == "least"
		if _, _, _, _, ok := number(s, next); ok || atLeast || objectOpeners.Has(toks[next].Norm) || pluralNounAfter(s, next) ||
			toks[j].Norm == "shot" && toks[next].Norm == "down" {
			return false
		}
	}
	return true
}

// thingDeeds are the stems of events done to things as often as to people
// ("723 vessels deployed", "6,406 shipments seized"): after a noun no unit
// names, they make no count of people.
var thingDeeds = wordset.Of("seiz", "deploi", "station", "dispatch", "identifi", "recov")

// objectOpeners open a noun phrase after a verb: its object.
var objectOpeners = wordset.Of("a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "more", "dozens", "hundreds", "thousands")

// auxiliaries stand between a count and its participle.
var auxiliaries = wordset.Of("were", "was", "are", "is", "have", "has", "had", "been", "being", "be")

// peopleClass are the unit classes that count people.
var peopleClass = map[string]bool{"people": true, "civilians": true, "military": true, "captives": true, "families": true, "members": true}

// groups name, within a class of people, the nouns that count one group:
// "soldiers" and "troops" count the armed forces, "militants" and
// "insurgents" those who fight them. A class's own nouns ("people",
// "civilians", "residents") count everyone in it, group "".
var groups = map[string]string{
	"women": "women", "woman": "women", "child": "children", "children": "children", "worker": "workers",
	"passeng": "passengers", "student": "students", "refuge": "refugees", "migrant": "refugees",
	"boi": "boys", "girl": "girls", "kid": "children", "infant": "children", "babi": "children", "toddler": "children",
	"teen": "teens", "teenag": "teens", "adult": "adults", "patient": "patients", "tourist": "tourists",
	"employe": "workers", "journalist": "journalists", "hiker": "climbers", "climber": "climbers",
	"pilgrim": "pilgrims", "deputi": "police", "sailor": "forces",
	"soldier": "forces", "troop": "forces", "personnel": "forces", "marin": "forces",
	"fighter": "fighters", "milit": "fighters", "insurg": "fighters",
	"polic": "police", "policemen": "police", "offic": "police", "advis": "advisers",
}

// timeWords follow a count without being what it counts ("killed 12
// Monday night").
var timeWords = wordset.Of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "overnight", "night", "morning", "afternoon", "evening", "weekend")

// partOf reports whether the count whose words begin at token from is given
// as part of a larger one: "including 12 Americans", "the dead included 71
// people", "among them 30 children". ("Killed 67 of them" is a toll.) So is
// a later item of such a list, joined by "and" with no punctuation between:
// "the dead included 71 people who died in landslides and 41 who drowned".
func partOf(s entity.Sentence, from int) bool {
	toks := s.Tokens
	including := func(w string) bool {
		switch w {
		case "including", "included", "includes", "include", "among":
			return true
		}
		return false
	}
	for i := from - 1; i >= 0 && i >= from-2; i-- {
		if including(toks[i].Norm) {
			return true
		}
		if toks[i].Norm != "them" && toks[i].Norm != "whom" && toks[i].Norm != "those" {
			break
		}
	}
	if from == 0 || toks[from-1].Norm != "and" {
		return false
	}
	for i := from - 2; i >= 0 && i >= from-25; i-- {
		if strings.ContainsAny(s.Text[toks[i].End:toks[i+1].Start], ",;:()—") {
			return false
		}
		if including(toks[i].Norm) {
			return true
		}
	}
	return false
}

// added reports whether the words between a count and its noun make it an
// increment, not a total: "68 new deaths", "300 more troops", "280 fewer
// Americans were murdered".
func added(between []text.Token) bool {
	for _, t := range between {
		switch t.Norm {
		case "new", "more", "additional", "further", "fewer":
			return true
		}
	}
	return false
}

// window reports whether the clause of the count at toks[k:end] bounds it
// to a short span inside a longer story, so that it counts a part of the
// story's total: "six people froze to death over the weekend", "12 died in
// the past 24 hours", "killed 30 since Friday", "Sunday alone". ("Killed 26
// on Monday" may be the whole of a one-day event, and stays a total.)
func window(s entity.Sentence, k, end int) bool {
	toks := s.Tokens
	from, to := k, end
	for from > 0 && from > k-8 && !clauseBreak(s, from-1, from) {
		from--
	}
	for to < len(toks) && to < end+10 && !clauseBreak(s, to-1, to) {
		to++
	}
	if from > 0 {
		// an opening phrase of time before the clause: "Over the weekend,
		// six people froze", "On Sunday alone, 40 were killed"
		switch toks[0].Norm {
		case "over", "on", "in", "since", "during", "this":
			open := 1
			for open < from && !clauseBreak(s, open-1, open) {
				open++
			}
			if open == from && from <= 6 {
				from = 0
			}
		}
	}
	for i := from; i < to; i++ {
		if i >= k && i < end {
			continue
		}
		w, next := toks[i].Norm, ""
		if i+1 < to {
			next = toks[i+1].Norm
		}
		switch {
		case w == "weekend" && i > 0 && (toks[i-1].Norm == "the" || toks[i-1].Norm == "this"):
			return true // "over the weekend", "this weekend"
		case (w == "past" || w == "last") && i > 0 && toks[i-1].Norm == "the" && i+2 < to && toks[i+2].Norm == "hours":
			return true // "in the past 24 hours"
		case w == "since" && (text.IsDateWord(next) || next == "yesterday" || next == "dawn" || next == "midnight"):
			return true // "since Friday", "since March"
		case next == "alone" && (text.IsDateWord(w) || w == "day" || w == "today" || w == "yesterday"):
			return true // "on Sunday alone"
		}
	}
	return false
}

// rate names the period of a count or sum given per period ("$120 million
// a year", "30 people a day", "annual sales of $5 billion"): "/year",
// "/day"..., or "" for a total. A rate and a total are two quantities.
func rate(s entity.Sentence, k, end int) string {
	toks := s.Tokens
	for i := end; i < len(toks) && i < end+5; i++ {
		if clauseBreak(s, i-1, i) {
			break
		}
		if p := periodic[toks[i].Norm]; p != "" {
			return p
		}
		switch toks[i].Norm {
		case "a", "an":
			if i > end+1 {
				continue // "killed four people in a week": a time, not a rate
			}
			fallthrough
		case "per", "each", "every":
			if i+1 < len(toks) && periods.Has(toks[i+1].Norm) && !clauseBreak(s, i, i+1) &&
				(i+2 >= len(toks) || !sinceWords.Has(toks[i+2].Norm)) {
				return "/" + toks[i+1].Norm
			}
		}
	}
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if clauseBreak(s, i, i+1) {
			break
		}
		if p := periodic[toks[i].Norm]; p != "" {
			return p
		}
	}
	return ""
}

// unitPrice reports whether the sum whose words end before token end is
// the price of one unit: "$2 a gallon", "$50 per share", "$25 an hour",
// "$15-an-hour". That is a market's price, which differs from town to
// town, seller to seller and day to day without any report being wrong
// ($2 a gallon on average, $1.11 at one station), so compare sets no such
// price against another.
func unitPrice(s entity.Sentence, end int) bool {
	toks := s.Tokens
	if end+1 >= len(toks) || clauseBreak(s, end-1, end) || clauseBreak(s, end, end+1) {
		return false
	}
	switch toks[end].Norm {
	case "a", "an", "per", "each":
		return priceUnits.Has(toks[end+1].Norm)
	}
	return false
}

// perWhat returns the token of the noun a sum ending before token end is
// given for ("$60 a plane", "$15 a month", "$2 per share"), or -1: "a",
// "an" or "per" right after the sum, then a noun in lower case that ends
// its phrase. "$5 million a year ago" is a time, and "$5 million, a record"
// no rate.
func perWhat(s entity.Sentence, end int) int {
	toks := s.Tokens
	x := end + 1
	if x >= len(toks) || clauseBreak(s, end-1, end) || clauseBreak(s, end, x) {
		return -1
	}
	switch toks[end].Norm {
	case "a", "an", "per":
	default:
		return -1
	}
	if toks[x].Stop || toks[x].Norm == "" || !unicode.IsLower(rune(s.Text[toks[x].Start])) || adjectiveLike(s, toks[x]) || !unicode.IsLetter(rune(toks[x].Norm[0])) {
		return -1
	}
	if y := x + 1; y < len(toks) && !clauseBreak(s, x, y) && (!toks[y].Stop || sinceWords.Has(toks[y].Norm) || relatives.Has(toks[y].Norm) && !periods.Has(toks[x].Norm)) {
		return -1 // "a new stadium", "a year ago", "a day after", "sells for $1.5m a note that…" (but "the $40 a day that she earns")
	}
	return x
}

// relatives open a clause about the noun before them.
var relatives = wordset.Of("that", "which", "who", "whose", "whom")

// demandWords ask for a sum. A sum with one of them up to four words before
// it in its clause is asked for rather than paid, given or awarded ("the
// suit seeks $5 million", "argued for $5.89 million in damages", "is asking
// $2 billion"); what one side asks and what it gets are two sums, not two
// reports of one.
var demandWords = wordset.Of("seek", "seeks", "seeking", "sought", "demand", "demands", "demanded", "demanding",
	"request", "requests", "requested", "requesting", "asked", "asking", "asks", "argued", "wants", "wanted")

// priceUnits are the units a price is given for.
var priceUnits = wordset.Of("gallon", "litre", "liter", "barrel", "ounce", "ton", "tonne", "kilo", "kilogram", "share",
	"hour", "night", "ticket", "pill", "dose", "bottle", "pack", "unit", "head", "person", "acre", "seat", "visit")

var (
	periodic = map[string]string{"annual": "/year", "annually": "/year", "yearly": "/year", "monthly": "/month",
		"weekly": "/week", "daily": "/day", "hourly": "/hour"}
	periods = wordset.Of("year", "month", "week", "day", "hour")
	// sinceWords make "a year" a time, not a period: "a year ago", "a day after"
	sinceWords = wordset.Of("ago", "after", "before", "later", "earlier", "since", "into", "of", "and", "or")
)

// adjectiveLike reports whether a word may stand between a number and its
// noun ("1,700 Shiite soldiers", "300 more troops").
func adjectiveLike(s entity.Sentence, t text.Token) bool {
	w := s.Text[t.Start:t.End]
	if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
		return true // "Shiite", "Iraqi"
	}
	switch t.Norm {
	case "more", "additional", "other", "armed", "unarmed", "young", "foreign", "local", "civilian", "security", "elite", "new", "former", "captured", "suspected", "innocent", "government", "army", "military", "special", "american", "iraqi":
		return true
	}
	return strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ian")
}

// unitClass maps stems of countable nouns to the class of quantity they
// measure; nouns of one class count the same thing.
var unitClass = map[string]string{
	"peopl": "people", "person": "people", "man": "people", "men": "people", "victim": "people", "dead": "people",
	"bodi": "people", "casualti": "people", "death": "people",
	"civilian": "civilians", "women": "civilians", "woman": "civilians", "child": "civilians", "children": "civilians",
	"resid": "civilians", "refuge": "civilians", "worker": "civilians", "passeng": "civilians", "student": "civilians",
	"boi": "civilians", "girl": "civilians", "kid": "civilians", "infant": "civilians", "babi": "civilians", "toddler": "civilians",
	"teen": "civilians", "teenag": "civilians", "adult": "civilians", "patient": "civilians", "tourist": "civilians",
	"migrant": "civilians", "employe": "civilians", "journalist": "civilians", "hiker": "civilians",
	"climber": "civilians", "pilgrim": "civilians",
	"famili":  "families",
	"soldier": "military", "troop": "military", "fighter": "military", "milit": "military", "insurg": "military",
	"polic": "military", "policemen": "military", "offic": "military", "advis": "military", "deputi": "military",
	"marin": "military", "personnel": "military", "sailor": "military",
	"prison": "captives", "captiv": "captives", "hostag": "captives", "inmat": "captives", "detaine": "captives",
	"member": "members",
	"dollar": "money", "euro": "money", "pound": "money", "yuan": "money", "yen": "money", "rupe": "money",
	"inch": "distance", "centimetr": "distance", "centimet": "distance", "millimetr": "distance", "millimet": "distance",
	"cm": "distance", "mm": "distance",
	"km": "distance", "kilometr": "distance", "kilomet": "distance", "mile": "distance", "meter": "distance", "metr": "distance",
	"feet": "distance", "foot": "distance",
	"percent": "percent", "%": "percent", "per": "percent",
	"year": "duration", "month": "duration", "week": "duration", "dai": "duration", "hour": "duration", "minut": "duration",
	"tank": "vehicles", "humve": "vehicles", "vehicl": "vehicles", "truck": "vehicles", "aircraft": "vehicles", "plane": "vehicles",
	"helicopt": "vehicles", "drone": "vehicles", "ship": "vehicles",
	"home": "buildings", "hous": "buildings", "build": "buildings",
	"vote": "votes", "seat": "seats", "barrel": "barrels", "ton": "tons", "tonn": "tons",
}

// unitScales convert distances to metres and durations to days, so that
// "120 miles" meets "193 kilometres" and "2 years" does not meet "2 days".
var unitScales = map[string]float64{
	"km": 1000, "kilometr": 1000, "kilomet": 1000, "mile": 1609.344, "meter": 1, "metr": 1,
	"feet": 0.3048, "foot": 0.3048, "inch": 0.0254, "centimetr": 0.01, "centimet": 0.01, "cm": 0.01,
	"millimetr": 0.001, "millimet": 0.001, "mm": 0.001,
	"year": 365.25, "month": 30.44, "week": 7, "dai": 1, "hour": 1. / 24, "minut": 1. / 1440,
}

// unitScale is the factor that brings a value counted in the unit with this
// stem to its class's common unit (1 when it has none).
func unitScale(unitStem string) float64 {
	if f, ok := unitScales[unitStem]; ok {
		return f
	}
	return 1
}

// converted reports whether two units are different units of one measure
// (miles and kilometres), so that one value was converted to the other.
func converted(a, b string) bool {
	return a != b && unitScales[a] > 0 && unitScales[b] > 0
}

// currencyOf names the currency of a money unit's stem.
var currencyOf = map[string]string{"dollar": "dollars", "euro": "euros", "pound": "pounds", "yuan": "yuan", "yen": "yen", "rupe": "rupees"}

// kindOf is what two figures of one class must also share to be one
// quantity: the currency of a sum ($5 million is not €5 million), the kind
// of a vehicle (two tanks are not two aircraft).
func kindOf(m mention) string {
	switch m.class {
	case "money":
		if c, ok := currencyOf[m.unitStem]; ok {
			return c
		}
		return m.unit // from the symbol: "dollars", "euros"...
	case "vehicles":
		return m.unitStem
	}
	return ""
}

// conversion reports whether m gives the figure prev in another unit, in
// parentheses right after it: "120 miles (200 kilometers)".
func conversion(sentence string, prev, m mention) bool {
	return prev.class == m.class && prev.unitStem != m.unitStem && unitScales[m.unitStem] > 0 &&
		prev.end <= m.start && strings.TrimSpace(sentence[prev.end:m.start]) == "("
}

// events are the stems of words that tie a count of people to what
// happened to them.
var events = map[string]string{
	"execut": "executed", "massacr": "executed", "slaughter": "executed", "behead": "executed",
	"kill": "killed", "murder": "killed", "dead": "killed", "toll": "killed",
	"death": "killed", "die": "killed", "di": "killed", "slain": "killed", "drown": "killed",
	"identifi": "identified", "found": "identified", "recov": "identified",
	"captur": "captured", "held": "captured", "detain": "captured", "arrest": "captured", "kidnap": "captured", "abduct": "captured",
	"surrend": "captured", "seiz": "captured", "hostag": "captured",
	// "shot": wounded or killed, "65 people shot, 13 of them fatally" (see shotDead)
	"wound": "wounded", "injur": "wounded", "hurt": "wounded", "shot": "shot",
	"abus": "abused", "molest": "abused", "rape": "abused",
	"fled": "displaced", "flee": "displaced", "displac": "displaced", "evacu": "displaced", "refuge": "displaced",
	"deploi": "deployed", "sent": "deployed", "send": "deployed", "dispatch": "deployed", "station": "deployed",
}

// sentWords are the stems of the "deployed" event words that only send:
// a count sent somewhere is one quantity with a count deployed there ("will
// send 300 troops", "300 troops were deployed"), but is named as sent, since
// athletes, delegates and copies are sent, not deployed.
var sentWords = wordset.Of("sent", "send", "dispatch")

// purposes are the stems of words that say what a sum of money is, by
// class: two sums conflict only when they are the same kind of money ("a
// $20 billion loan" and "a $40 ticket" are not one quantity).
var purposes = func() map[string]string {
	m := map[string]string{}
	for class, words := range map[string][]string{
		"aid":     {"aid", "package", "bailout", "rescue", "loan", "grant", "pledge", "pledged", "donation", "fund", "credit", "assistance"},
		"budget":  {"budget", "spending", "deficit", "debt"},
		"tax":     {"tax", "taxes", "tariff", "tariffs", "levy", "duty", "duties"},
		"penalty": {"fine", "fined", "settlement", "damages", "compensation", "award", "awarded", "verdict", "penalty"},
		"ransom":  {"ransom", "reward", "bail"},
		"pay":     {"salary", "bonus", "wage", "pay", "paid"},
		"price":   {"price", "cost", "offer", "bid", "valuation", "deal", "contract", "stake", "worth", "valued"},
		"results": {"revenue", "profit", "loss", "losses", "earnings", "income", "sales"},
	} {
		for _, w := range words {
			m[stem.Porter(w)] = class
		}
	}
	return m
}()

// eventNear returns the class (from table) of the closest word within six
// words of the number, preferring the words before it, and that word's
// token number (-1 when there is none). The counted noun (token unit) is
// itself an event only when no other event word is near: "65 dead", but
// "14 bodies had been identified".
func eventNear(table map[string]string, s entity.Sentence, k, n, unit int) (string, int) {
	toks := s.Tokens
	back, fwd := true, true // stop at the clause's edges
	for d := 1; d <= 6; d++ {
		if i := k - d; back && i >= 0 {
			if clauseBreak(s, i, i+1) {
				back = false
			} else if e, ok := table[toks[i].Stem]; ok && !noDeed(toks, i) {
				return shotDead(toks, i, e), i
			}
		}
		if i := k + n - 1 + d; fwd && i < len(toks) {
			if clauseBreak(s, i-1, i) {
				fwd = false
			} else if e, ok := table[toks[i].Stem]; ok && i != unit && !noDeed(toks, i) && !ownDoing(s, i, e) {
				return shotDead(toks, i, e), i
			}
		}
	}
	if unit < len(toks) {
		if e, ok := table[toks[unit].Stem]; ok {
			return e, unit
		}
	}
	return "", -1
}

// shotDead returns the event e of the word at toks[i], made "killed" when
// that word is "shot" and the words around it say the shooting killed:
// "fatally shot", "shot dead", "shot to death", "shot and killed".
func shotDead(toks []text.Token, i int, e string) string {
	if e != "shot" {
		return e
	}
	if i > 0 && toks[i-1].Stem == "fatal" {
		return "killed"
	}
	if i+1 < len(toks) {
		next := toks[i+1].Norm
		if next == "dead" || (next == "to" || next == "and") && i+2 < len(toks) && (toks[i+2].Norm == "death" || toks[i+2].Stem == "kill") {
			return "killed"
		}
	}
	return e
}

// noDeed reports whether the event word at toks[i] names no deed done to
// people: one who does it ("dispatcher", "senders"; but "surrender" and
// "recover" are deeds), or the heart's arrest ("cardiac arrest").
func noDeed(toks []text.Token, i int) bool {
	t := toks[i]
	if t.Stem == "arrest" && i > 0 {
		switch toks[i-1].Norm {
		case "cardiac", "heart", "respiratory", "cardiopulmonary":
			return true
		}
	}
	w := strings.TrimSuffix(t.Norm, "s")
	return t.Stem != "surrend" && t.Stem != "recov" && strings.HasSuffix(w, "er") && w[:len(w)-2] == t.Stem
}

// ownDoing reports whether the event word at toks[i], after the count, is
// the count's own doing, not done to them: "100 people held a vigil" (not
// "100 people were held", "20 held hostage"), "two men shot him", "three
// gunmen kidnapped an engineer" (not "20 people killed in the blast"). A
// verb with an object after it is the count's deed; fleeing and dying are
// suffered whoever does them, so only the other events are read so.
func ownDoing(s entity.Sentence, i int, e string) bool {
	toks := s.Tokens
	for j := i - 1; j >= 0 && j >= i-3; j-- { // "were also wounded"
		if beWords.Has(toks[j].Norm) {
			return false
		}
		if !strings.HasSuffix(toks[j].Norm, "ly") && toks[j].Norm != "also" && toks[j].Norm != "later" {
			break
		}
	}
	if toks[i].Norm == "held" {
		if i+1 < len(toks) {
			switch toks[i+1].Norm {
			case "hostage", "hostages", "captive", "captives", "prisoner", "prisoners", "in", "by", "at", "without", "incommunicado":
				return false
			}
		}
		return true
	}
	switch e {
	case "killed", "executed", "shot", "wounded", "captured", "identified", "deployed":
	default:
		return false
	}
	switch toks[i].Stem {
	case "surrend", "dead", "death", "toll", "die", "di", "slain":
		return false // no object: these are suffered
	}
	if i+1 == len(toks) || strings.TrimSpace(s.Text[toks[i].End:toks[i+1].Start]) != "" {
		return false // "more than 50 were wounded, the ministry said"
	}
	switch toks[i+1].Norm {
	case "him", "her", "them", "us", "me", "a", "an", "his", "their", "its", "our", "my":
		return true
	case "the", "this", "that":
		// "five people killed the day before": a time, not an object
		return i+2 >= len(toks) || !timeWords.Has(toks[i+2].Norm) && !spanWords.Has(toks[i+2].Norm)
	}
	return false
}

// beWords are the forms of "be" that make the event word after them
// passive: done to the count.
var beWords = wordset.Of("were", "was", "are", "is", "be", "been", "being")

// spanWords open a span of time after "the", "this" or "that" ("the day
// before", "this week").
var spanWords = wordset.Of("day", "week", "month", "year", "previous", "same", "following", "next", "past", "last", "first")

// clauseBreak reports whether a clause ends between tokens a and b (a < b):
// punctuation other than a hyphen between them, or b or a being a
// conjunction that starts a new clause.
func clauseBreak(s entity.Sentence, a, b int) bool {
	if strings.ContainsAny(s.Text[s.Tokens[a].End:s.Tokens[b].Start], ",;:()—") {
		return true
	}
	switch s.Tokens[b].Norm {
	case "and", "but", "while", "whereas", "although", "after", "before", "when", "because", "until", "unless":
		return true // "taken hostage after 20 men attacked": the 20 took no one
	}
	switch s.Tokens[a].Norm {
	case "and", "but", "while", "whereas", "although":
		return true
	}
	return false
}

// changedFrom reports whether the number whose first token is k is where
// a change started, an earlier value rather than a report of the current
// one: "jumped to $43.2 billion from $34.7 billion", "rose from 45 to 74",
// "up from 45". ("$5 billion from 12 donors" changes nothing.)
func changedFrom(s entity.Sentence, k int) bool {
	toks := s.Tokens
	if k == 0 || toks[k-1].Norm != "from" {
		return false
	}
	if k >= 2 && (toks[k-2].Norm == "up" || toks[k-2].Norm == "down") {
		return true
	}
	toNumber := func(i int) bool {
		if toks[i].Norm != "to" || i+1 >= len(toks) {
			return false
		}
		_, _, _, _, ok := number(s, i+1)
		return ok
	}
	for i := k - 2; i >= 0 && i >= k-8 && !clauseBreak(s, i, i+1); i-- {
		if toNumber(i) {
			return true
		}
	}
	for i := k + 1; i < len(toks) && i <= k+4 && !clauseBreak(s, i-1, i); i++ {
		if toNumber(i) {
			return true
		}
	}
	return false
}

// wordBefore reports whether one of words stands at most span tokens before
// token k, in its clause.
func wordBefore(s entity.Sentence, k, span int, words *wordset.Set) bool {
	for i := k - 1; i >= 0 && i >= k-span; i-- {
		if words.Has(s.Tokens[i].Norm) {
			return true
		}
		if i > 0 && clauseBreak(s, i-1, i) {
			break
		}
	}
	return false
}

// earlierWords say that a count was given before the current one. A count
// with one of them up to five words before it in its clause was given
// earlier and since replaced: "an earlier death toll of three was revised",
// "the initial count of 12", "police had previously reported 19 dead".
var earlierWords = wordset.Of("earlier", "previous", "previously", "initial", "initially", "original", "originally", "preliminary")

// hasYear reports whether a sentence names a year ("In 1978, 20 people
// died..."): its figures are often background, not the story's own.
func hasYear(s entity.Sentence) bool {
	for _, t := range s.Tokens {
		w := s.Text[t.Start:t.End]
		if len(w) == 4 && w[0] >= '1' && w[0] <= '2' {
			if y, err := strconv.Atoi(w); err == nil && y >= 1800 && y <= 2100 {
				return true
			}
		}
	}
	return false
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}

// vague are the words for an order of magnitude, with the range they allow.
var vague = map[string][2]float64{
	"dozen": {10, 14}, "dozens": {24, 99}, "scores": {40, 199}, "hundreds": {200, 999}, "thousands": {2000, 9999},
	"tens of thousands": {20000, 99999}, "hundreds of thousands": {200000, 999999}, "millions": {2e6, 9.99e6},
}

// numberLeads lets through the words a number written in words can begin
// with (numberWords, vague and the first words of its phrases): a word it
// turns away is no number, without a look-up.
var numberLeads = func() (f wordset.Filter) {
	for w := range numberWords {
		f.Add(w)
	}
	for w := range vague {
		first, _, _ := strings.Cut(w, " ")
		f.Add(first)
	}
	return f
}()

var scales = map[string]float64{"dozen": 12, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9}

// number reads a number starting at token k: its range (equal ends for an
// exact number), the tokens it spans and the byte offset where it ends in
// the sentence (past a fraction such as "½", which is not a token).
func number(s entity.Sentence, k int) (low, high float64, n, end int, ok bool) {
	toks := s.Tokens
	w := toks[k].Norm
	if w == "" || !('0' <= w[0] && w[0] <= '9') && !numberLeads.May(w) {
		return 0, 0, 0, 0, false // most words: neither a digit nor a number word
	}
	if k+2 < len(toks) && toks[k+1].Norm == "of" {
		if r, ok := vague[w+" of "+toks[k+2].Norm]; ok {
			return r[0], r[1], 3, toks[k+2].End, true
		}
	}
	if r, ok := vague[w]; ok {
		return r[0], r[1], 1, toks[k].End, true
	}
	var v float64
	hi := -1.0 // a range's other end, when it has one
	n, end = 1, toks[k].End
	switch {
	case w != "" && w[0] >= '0' && w[0] <= '9':
		// a scale written onto the number: "300m", "2.5bn", "40k"
		scale := 1.0
		for _, suf := range []string{"bn", "m", "k"} {
			if strings.HasSuffix(w, suf) {
				w, scale = strings.TrimSuffix(w, suf), map[string]float64{"bn": 1e9, "m": 1e6, "k": 1e3}[suf]
				break
			}
		}
		f, err := strconv.ParseFloat(w, 64)
		if err != nil {
			return 0, 0, 0, 0, false
		}
		if scale == 1 && !strings.Contains(w, ".") {
			var frac float64
			frac, n, end = fraction(s, k)
			f += frac
		}
		v = f * scale
		if v2, ok := joinedNumber(s, k); ok && scale == 1 && n == 1 {
			if v2 <= v {
				return 0, 0, 0, 0, false // a tally or a score: "the 314-214 vote", "won 7-2"
			}
			hi, n, end = v2, 2, toks[k+1].End // a range: "10-15 people"
		}
	case numberWords[w] > 0 && w != "one" && w != "hundred" && w != "thousand":
		v = numberWords[w]
		if v >= 20 && v < 100 && k+1 < len(toks) {
			gap := s.Text[toks[k].End:toks[k+1].Start]
			if u := numberWords[toks[k+1].Norm]; u > 0 && u < 10 && (gap == "-" || gap == " ") {
				v += u // "fifty-eight", "twenty three"
				n, end = 2, toks[k+1].End
			}
		}
	default:
		return 0, 0, 0, 0, false
	}
	if k+n < len(toks) {
		if sc, ok := scales[toks[k+n].Norm]; ok {
			v, hi = v*sc, hi*sc
			end = toks[k+n].End
			n++
		}
	}
	if hi < 0 {
		hi = v
	}
	return v, hi, n, end, true
}

// joinedNumber reads the number written right after token k's, joined
// to it by a hyphen or a dash and nothing else ("10-15", "314-214"): the
// other end of a range, or the other side of a tally.
func joinedNumber(s entity.Sentence, k int) (float64, bool) {
	toks := s.Tokens
	if k+1 >= len(toks) {
		return 0, false
	}
	if gap := s.Text[toks[k].End:toks[k+1].Start]; gap != "-" && gap != "–" {
		return 0, false
	}
	w := toks[k+1].Norm
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	v, err := strconv.ParseFloat(w, 64)
	return v, err == nil
}

// bounds are the words written before a number that make it a bound: the
// least it may be ("more than 250", "at least 26"), the most ("up to 500",
// "fewer than 20"), or a little under it ("nearly 1,000").
var bounds = map[string]byte{
	"more than": '>', "over": '>', "at least": '>', "upwards of": '>', "upward of": '>', "in excess of": '>',
	"no fewer than": '>', "no less than": '>', "greater than": '>',
	"fewer than": '<', "less than": '<', "under": '<', "up to": '<', "at most": '<', "no more than": '<',
	"as many as": '<', "as much as": '<',
	"nearly": '~', "almost": '~', "just under": '~',
}

// boundEnds are the last words of bounds.
var boundEnds = func() *wordset.Set {
	var ends []string
	for b := range bounds {
		ends = append(ends, b[strings.LastIndexByte(b, ' ')+1:])
	}
	return wordset.Of(ends...)
}()

// bound reads a bound written just before the number v at token k and
// returns the token it begins at and the range it makes of v.
func bound(s entity.Sentence, k int, v float64) (from int, low, high float64, ok bool) {
	from, kind := boundKind(s, k)
	if kind == 0 {
		return k, v, v, false
	}
	low, high = boundRange(kind, v, v)
	return from, low, high, true
}

// boundRange returns the range a bound of the kind makes of a number whose
// own range is [low, high]: from low up for the least it may be, up to
// high for the most, a little under for "nearly".
func boundRange(kind byte, low, high float64) (float64, float64) {
	switch kind {
	case '>':
		return low, math.Inf(1)
	case '<':
		return 0, high
	default: // '~'
		return 0.9 * low, high
	}
}

// vagueStart reads what is written before an order of magnitude at token k
// whose range is [low, high]: the article a word such as "dozen" takes ("a
// dozen"; "half a dozen" is five to seven) and a bound before it ("more than
// a dozen", "nearly a dozen", "up to a dozen"). It returns the token the
// figure begins at and the range it makes: "over a dozen" is 10 or more, so
// it does not contradict "at least 18".
func vagueStart(s entity.Sentence, k int, low, high float64) (from int, lo, hi float64) {
	toks := s.Tokens
	spaced := func(i int) bool { return s.Text[toks[i].End:toks[i+1].Start] == " " }
	at := k
	if at > 0 && toks[at-1].Norm == "a" && spaced(at-1) {
		at--
		if toks[k].Norm == "dozen" && at > 0 && toks[at-1].Norm == "half" && spaced(at-1) {
			at, low, high = at-1, 5, 7
		}
	}
	from, kind := boundKind(s, at)
	if kind == 0 && toks[k].Norm != "dozen" {
		return k, low, high // "a 35-40 hour week": the article is the week's
	}
	if kind == 0 {
		return at, low, high
	}
	lo, hi = boundRange(kind, low, high)
	return from, lo, hi
}

// boundKind reads the bound (bounds) written just before token k and
// returns the token it begins at and its kind, or k and 0.
func boundKind(s entity.Sentence, k int) (from int, kind byte) {
	toks := s.Tokens
	if k == 0 || !boundEnds.Has(toks[k-1].Norm) {
		return k, 0 // most numbers: no bound's last word before them
	}
	var words [3]string
	for n := 1; n <= min(3, k); n++ {
		i := k - n
		if gap := s.Text[toks[i].End:toks[i+1].Start]; gap != " " && !(n == 1 && isCurrencyGap(gap)) {
			break
		}
		words[3-n] = toks[i].Norm
	}
	for n := min(3, k); n >= 1; n-- {
		if words[3-n] == "" {
			continue
		}
		if b := bounds[strings.Join(words[3-n:], " ")]; b != 0 {
			return k - n, b
		}
	}
	return k, 0
}

// isCurrencyGap reports whether the text between a bound and its number is
// a space and a currency sign, or the sign alone ("more than $2 billion"),
// or a sign set apart ("more than $ 2 billion").
func isCurrencyGap(gap string) bool {
	gap = strings.TrimSuffix(strings.TrimPrefix(gap, " "), " ")
	for _, c := range currencies {
		if gap == c.symbol {
			return true
		}
	}
	return false
}

// fractionChars are the fractions written as one character.
var fractionChars = map[rune]float64{'½': 1. / 2, '¼': 1. / 4, '¾': 3. / 4, '⅓': 1. / 3, '⅔': 2. / 3, '⅛': 1. / 8, '⅜': 3. / 8, '⅝': 5. / 8, '⅞': 7. / 8}

// fraction reads a fraction written after the whole number at token k: "2½",
// "2 ½", "2 1/2". It returns its value, the tokens the number spans with it
// and where it ends; with no fraction, 0, 1 and the token's end.
func fraction(s entity.Sentence, k int) (frac float64, n, end int) {
	toks := s.Tokens
	rest := s.Text[toks[k].End:]
	trimmed := strings.TrimPrefix(strings.TrimPrefix(rest, " "), "-")
	if r, size := utf8.DecodeRuneInString(trimmed); fractionChars[r] > 0 {
		return fractionChars[r], 1, toks[k].End + len(rest) - len(trimmed) + size
	}
	if k+2 < len(toks) && s.Text[toks[k].End:toks[k+1].Start] == " " && s.Text[toks[k+1].End:toks[k+2].Start] == "/" {
		a, errA := strconv.Atoi(toks[k+1].Norm)
		b, errB := strconv.Atoi(toks[k+2].Norm)
		if errA == nil && errB == nil && a > 0 && a < b && b <= 16 {
			return float64(a) / float64(b), 3, toks[k+2].End
		}
	}
	return 0, 1, toks[k].End
}

// sizeOf reports whether the unit at token j is joined to its count by a
// hyphen and the two say how large the noun after them is: "a 96-member
// body", "a 12-man crew". Such a count is a size, and the verbs around it
// tell of something else ("the party held 59 seats in a 96-member body",
// "found guilty by a 12-person jury"), but for a verb whose object the
// noun is ("sent a seven-person team").
func sizeOf(s entity.Sentence, j int) bool {
	toks := s.Tokens
	if j < 1 || j+1 >= len(toks) || s.Text[toks[j-1].End:toks[j].Start] != "-" || s.Text[toks[j].End:toks[j+1].Start] != " " {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.Text[toks[j+1].Start:])
	return !toks[j+1].Stop && unicode.IsLower(r)
}

// plural is the plural of an English noun written in the singular, as a
// unit is after a hyphen ("nine-month", "a 550-seat parliament").
func plural(w string) string {
	switch {
	case irregularPlurals[w] != "":
		return irregularPlurals[w]
	case strings.HasSuffix(w, "s") || irregularPluralForms.Has(w):
		return w // already plural: "a three-feet wall"
	case strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case len(w) > 1 && strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

var irregularPlurals = map[string]string{"foot": "feet", "man": "men", "woman": "women", "child": "children", "person": "people"}

var irregularPluralForms = wordset.Of("feet", "men", "women", "children", "people")

// isYear reports whether an exact number reads as a year ("in 2011").
func isYear(s entity.Sentence, k int, low, high float64) bool {
	w := s.Text[s.Tokens[k].Start:s.Tokens[k].End]
	return low == high && low >= 1800 && low <= 2100 && len(w) == 4 && !strings.Contains(w, ",")
}

var doubtWords = []string{"exaggerat", "could not be verified", "cannot be verified", "can't be verified", "not independently",
	"unverified", "unconfirmed", "impossible to verify", "could not be confirmed", "no independent confirmation",
	"backed off that figure", "revised", "earlier reported", "had earlier said",
	"is disputed", "was disputed", "were disputed", "are disputed", "disputed by", "disputed the", "disputes the",
	"denied", "inflated", "propaganda", "alleged", "allegedly", "reportedly", "reports of", "claimed that", "claimed to",
	"claims that", "claims to", "claimed.", "claimed,", "claims.", "claims,", "claimed it", "claimed they", "boasted",
	"purported"}

// doubtSet finds any of doubtWords; nextDoubtSet, the first 14, which
// cast doubt on a figure in the sentence before them too.
var doubtSet, nextDoubtSet = phrase.New(doubtWords), phrase.New(doubtWords[:14])

// doubt tells whether a sentence (or the one after it) presents its figure
// as a claim or a doubtful one, and names the claimant ("ISIS said it...").
func doubt(s entity.Sentence, next string) (bool, string) {
	disputed := doubtSet.In(s.Text) || next != "" && nextDoubtSet.In(next)
	// "X said it executed", "X claimed to have killed": a party's own claim
	toks := s.Tokens
	claimant := ""
	for i := 1; i+1 < len(toks); i++ {
		v := toks[i].Norm
		if (v == "said" || v == "says" || v == "claimed" || v == "claims" || v == "boasted") &&
			(toks[i+1].Norm == "it" || toks[i+1].Norm == "they" || toks[i+1].Norm == "to" || toks[i+1].Norm == "of") {
			start := i
			for start > 0 && capitalized(s.Text[toks[start-1].Start:toks[start-1].End]) {
				start--
			}
			if start < i {
				claimant = s.Text[toks[start].Start:toks[i-1].End]
				disputed = true
				if start == 0 && i == 1 && pronouns[toks[0].Norm] || start > 0 && prepositions[toks[start-1].Norm] {
					// "It said it had identified 14": someone named before;
					// "the embassies in Moscow said they": not Moscow
					claimant = ""
				}
			}
		}
	}
	return disputed, claimant
}

var pronouns = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true, "i": true}

// prepositions put the noun phrase after them out of a clause's subject:
// "the embassies in Moscow said", "miners in the two cars were injured".
var prepositions = map[string]bool{"in": true, "at": true, "of": true, "from": true, "to": true, "for": true, "with": true,
	"by": true, "near": true, "on": true, "into": true, "among": true, "between": true, "during": true}

func capitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// compare groups the mentions into figures by quantity and value, and
// marks agreement and conflict.
func compare(ms []mention, docs []entity.Doc) []Figure {
	type qkey struct{ class, event, kind string }
	byQ := map[qkey][]int{}
	var qorder []qkey
	for i, m := range ms {
		q := qkey{m.class, m.event, m.kind}
		if _, ok := byQ[q]; !ok {
			qorder = append(qorder, q)
		}
		byQ[q] = append(byQ[q], i)
	}
	var out []Figure
	for _, q := range qorder {
		var figs []*Figure
		srcDocs := []map[int]bool{}
		for _, i := range byQ[q] {
			m := ms[i]
			var f *Figure
			for k, g := range figs {
				// reports of one number agree whatever bound they put on it
				// ("2,300" and "at least 2,310"); a bound is compared as the
				// range it allows only against other figures (conflicting)
				if sameValue(groupRange(g.Vague, g.low, g.high, g.num), groupRange(m.vague, m.low, m.high, m.num), converted(g.unitStem, m.unitStem)) {
					f = g
					srcDocs[k][m.doc] = srcDocs[k][m.doc] || true
					break
				}
			}
			if f == nil {
				f = &Figure{Value: m.value, Unit: unitName(m), Text: m.sentence, Vague: m.vague, num: m.num, low: m.low, high: m.high,
					unitStem: m.unitStem, group: m.group, part: m.part, tier: tierOf(q.class, q.event)}
				figs = append(figs, f)
				srcDocs = append(srcDocs, map[int]bool{m.doc: true})
			}
			if m.group != f.group {
				f.group = "" // "12 deputies" and "12 people": everyone
			}
			f.part = f.part && m.part
			for _, p := range m.before {
				if f.before == nil {
					f.before = map[int]bool{}
				}
				f.before[p] = true
			}
			if m.disputed {
				f.Disputed = true
			}
			if !m.background {
				f.current = true
			}
			if f.Claimant == "" {
				f.Claimant = m.claimant
			}
			for _, p := range m.places {
				if f.places == nil {
					f.places = map[int]bool{}
				}
				f.places[p] = true
			}
			if f.Also == "" && f.unitStem == m.unitStem {
				f.Also = m.also
			}
			f.unitPrice = f.unitPrice || m.unitPrice
			if m.purpose != "" {
				if f.purposes == nil {
					f.purposes = map[string]int{}
				}
				f.purposes[m.purpose]++
			}
		}
		for k, f := range figs {
			f.Sources = docIDs(srcDocs[k], docs)
			f.Conflicts = []Conflict{}
		}
		// figures of one quantity that disagree: counts of people tied to one
		// event (killed, captured...) and sums of money of one kind (aid,
		// prices, fines...). Distances, years, durations and things are too
		// often different quantities that share a unit (30 metres to the
		// door, 200 metres to the river).
		if peopleClass[q.class] && q.event != "" || q.class == "money" {
			for a, fa := range figs {
				for b, fb := range figs {
					if q.class == "money" && (!shareKey(mostSaid(fa.purposes), mostSaid(fb.purposes)) || farApart(fa, fb) || fa.unitPrice || fb.unitPrice) {
						continue
					}
					if q.class != "money" && (worlds(fa, fb) || fa.part || fb.part || !oneGroup(fa, fb)) {
						continue
					}
					if a != b && fa.current && fb.current && conflicting(fa, fb) && !sameSources(srcDocs[a], srcDocs[b]) &&
						(q.class == "money" || !elsewhere(fa, fb)) {
						fa.Conflicts = append(fa.Conflicts, Conflict{Value: fb.Value, Sources: fb.Sources})
					}
				}
			}
		}
		for _, f := range figs {
			out = append(out, *f)
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		ca, cb := len(out[a].Conflicts) > 0, len(out[b].Conflicts) > 0
		if ca != cb {
			return ca
		}
		if ta, tb := out[a].tier, out[b].tier; ta != tb {
			return ta < tb
		}
		return len(out[a].Sources) > len(out[b].Sources)
	})
	return out
}

// elsewhere reports whether two figures are reported in places of their
// own: both sentences name places and none in common ("In Romania, 21
// people died" and "In Poland, 36 people died" count two tolls). It is
// not asked of money, where a place is more often the payer ("Washington
// pledged") than where the sum is.
//
// The places named before the number say whose count it is, when both
// sentences name one: "North Korea will send 317 athletes to Thailand" and
// "China will send 596 athletes to Thailand" count two teams.
func elsewhere(a, b *Figure) bool {
	return len(a.places) > 0 && len(b.places) > 0 && !shareKey(a.places, b.places) ||
		len(a.before) > 0 && len(b.before) > 0 && !shareKey(a.before, b.before)
}

// oneGroup reports whether two counts of people can count the same people:
// counts of one group ("soldiers" and "troops"), or a count of everyone and
// one of a group that is larger than it. A group's count inside everyone's
// is a part, not a contradiction: "at least eight people killed" and "five
// U.N. staff killed"; "deputies" and "Israelis" are two groups.
func oneGroup(a, b *Figure) bool {
	switch {
	case a.group == b.group:
		return true
	case a.group == "":
		return b.low > 1.1*top(a)
	case b.group == "":
		return a.low > 1.1*top(b)
	}
	return false
}

// farApart reports whether two sums are more than twice each other: reports
// of one sum differ by less ($2.5 billion against $3 billion); a $100
// billion total and a $4.5 billion loan are two sums.
func farApart(a, b *Figure) bool {
	ta, tb := top(a), top(b)
	return ta > 2*tb || tb > 2*ta
}

// worlds reports whether two counts of people are more than ten times
// apart: reports of one toll differ by less (60 and 67 dead, 1,700 and
// "hundreds" executed); 11 killed in one city and 250 in two are two tolls.
func worlds(a, b *Figure) bool {
	sa, sb := size(a), size(b)
	return sa > 10*sb || sb > 10*sa
}

// size is a figure's typical value: its number (bound or not), or the
// middle of its order of magnitude.
func size(f *Figure) float64 {
	if f.Vague {
		return math.Sqrt(f.low * f.high)
	}
	return f.num
}

// top is the largest value a figure allows, or its least for one with no
// upper end ("more than $2 billion").
func top(f *Figure) float64 {
	if math.IsInf(f.high, 1) {
		return f.low
	}
	return f.high
}

// mostSaid returns the purposes a sum's mentions give most often: "the $80
// billion tax cut" is a tax, though one mention calls it a package.
func mostSaid(purposes map[string]int) map[string]bool {
	top := 0
	for _, n := range purposes {
		top = max(top, n)
	}
	out := map[string]bool{}
	for p, n := range purposes {
		if n == top {
			out[p] = true
		}
	}
	return out
}

// shareKey reports whether two sets have a key in common.
func shareKey[K comparable](a, b map[K]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// sameSources reports whether two figures come from one set of articles: an
// article that gives two values (a distance in miles and in kilometres, two
// events) does not contradict itself.
func sameSources(a, b map[int]bool) bool {
	for d := range a {
		if b[d] {
			return true
		}
	}
	return false
}

func unitName(m mention) string {
	u := m.unit
	if _, self := events[m.unitStem]; peopleClass[m.class] && m.event != "" && !self {
		if m.label != "" {
			return u + " " + m.label
		}
		return u + " " + m.event
	}
	return u
}

// sameValue reports whether two values agree: exact values within 2% (5%
// when written in different units, whose conversions are rounded: 120
// miles is 193 km, given as 200), a vague range and an exact value inside
// it, or two equal ranges.
func sameValue(a, b [2]float64, converted bool) bool {
	l1, h1, l2, h2 := a[0], a[1], b[0], b[1]
	e1, e2 := l1 == h1, l2 == h2
	tol := 0.02
	if converted {
		tol = 0.05
	}
	switch {
	case e1 && e2:
		return math.Abs(l1-l2) <= tol*math.Max(l1, l2)
	case e1 != e2:
		return false // kept apart, compared by conflicting
	default:
		return l1 == l2 && h1 == h2
	}
}

// groupRange is the range a figure's reports are grouped by: its number
// when it has one, bound or not, else its order of magnitude.
func groupRange(vague bool, low, high, num float64) [2]float64 {
	if vague {
		return [2]float64{low, high}
	}
	return [2]float64{num, num}
}

// conflicting reports whether two figures of one quantity contradict each
// other: exact values more than 10% apart, or an exact value outside a vague
// range. A vague value and an exact one inside it agree.
func conflicting(a, b *Figure) bool {
	ea, eb := a.low == a.high, b.low == b.high
	switch {
	case ea && eb:
		return math.Abs(a.low-b.low) > 0.1*math.Max(a.low, b.low)
	case ea:
		return a.low < b.low*0.9 || a.low > b.high*1.1
	case eb:
		return b.low < a.low*0.9 || b.low > a.high*1.1
	}
	return a.high < b.low || b.high < a.low
}

func docIDs(set map[int]bool, docs []entity.Doc) []string {
	idx := make([]int, 0, len(set))
	for d := range set {
		idx = append(idx, d)
	}
	sort.Ints(idx)
	out := make([]string, len(idx))
	for i, d := range idx {
		out[i] = docs[d].ID
	}
	return out
}

// sentenceCase lowers the capital a number word takes at the start of a
// sentence ("Six soldiers…", "Hundreds of…"), so that the figure reads the
// same wherever it stood; "ISIS" and "2,000" are left as they are.
func sentenceCase(v string) string {
	r, size := utf8.DecodeRuneInString(v)
	if !unicode.IsUpper(r) {
		return v
	}
	if next, _ := utf8.DecodeRuneInString(v[size:]); !unicode.IsLower(next) && !(r == 'A' && next == ' ') {
		return v // "U.S.", "AP"; but "A dozen" is "a dozen"
	}
	return string(unicode.ToLower(r)) + v[size:]
}
