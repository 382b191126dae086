package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/internal/gazetteer"
	"github.com/precis-news/precis/text"
)

// A story's credit can stand inside a paragraph, where a page ran something
// into the story's opening with no break: CNN's highlights box ("…child was
// found alive in storm drain ( cnn ) it's a story of survival…"), the
// teaser or caption before it ("…massage sessions washington ( cnn ) public
// health advocates…", "Reuters/Jonathan Ernst Los Angeles (Reuters) -
// Former…"). splitAtCredit finds the first such credit and the dateline
// place before it, and splits the paragraph there.

// storyInside is splitAtCredit over all of p, or in an article's first
// paragraph (opening) past the dateline Clean cuts from its start.
func storyInside(p string, opening bool) (before, after, cut, place string, ok bool) {
	before, after, cut, place, ok = splitAtCredit(p, 0)
	if ok && opening {
		if from := openingDateline(p); from > 0 {
			return splitAtCredit(p, from)
		}
	}
	return before, after, cut, place, ok
}

// splitAtCredit looks for a source's credit in parentheses inside p past
// the offset from, as a story's opening writes it (see sourceNamed), with
// the dateline's place before it (see placeBefore). It returns the text
// before the place, the text after the credit with its first letter made a
// capital, what was cut and the place. ok is false when p holds no such
// credit with text before it and three words or more after it.
func splitAtCredit(p string, from int) (before, after, cut, place string, ok bool) {
	capsKnown, caps := false, false // namesCapitalized(p), found once
	for skip := from; ; {
		i := strings.IndexByte(p[skip:], '(')
		if i < 0 {
			return "", "", "", "", false
		}
		i += skip
		skip = i + 1
		source, end, dashed := creditAt(p, i)
		if end < 0 || spelledOut(p[:i], source) {
			continue
		}
		start, pl := placeBefore(p[from:i])
		start += from
		start = pipedPlace(p, from, start, pl)
		r, _ := utf8.DecodeRuneInString(p[end:])
		if !dashed && pl == "" && wireCredit(source) && unicode.IsLower(r) && !capsKnown {
			capsKnown, caps = true, namesCapitalized(p)
		}
		if start == from || !dashed && pl == "" && (!wireCredit(source) || unicode.IsLower(r) && caps) {
			// the article's own dateline is leadDateline's; a network
			// named alone needs its place ("said Brian Williams (NBC)"),
			// and in text that writes names with capitals a credit
			// alone opens a sentence ("The network (CNN) said…")
			continue
		}
		rest := capitalized(p[end:])
		if pl == "" {
			// a news site's credit before the wire story's own dateline:
			// "…one of... ( Associated Press ) Reno, Nev. (AP) — A dime…"
			if at, n := leadDateline(rest); n > 0 {
				pl, end, rest = at, end+n, capitalized(rest[n:])
			}
		}
		return strings.TrimSpace(p[:start]), rest, strings.TrimSpace(p[start:end]), pl, true
	}
}

// creditAt reads a source's credit in parentheses at p[i] ("( cnn )",
// "(Reuters) -"): it returns the source, where the text after the credit
// and its dash starts, and whether a dash followed; end is -1 when p[i:]
// opens with no credit (see creditSource) or three words do not follow it.
func creditAt(p string, i int) (source string, end int, dashed bool) {
	j := strings.IndexByte(p[i:min(len(p), i+32)], ')')
	if j < 0 {
		return "", -1, false
	}
	j += i
	source = strings.TrimSpace(p[i+1 : j])
	end = j + 1
	for end < len(p) && p[end] == ' ' {
		end++
	}
	dash := dashRun(p[end:])
	end += dash
	for end < len(p) && p[end] == ' ' {
		end++
	}
	if !creditSource(source, dash > 0) || !text.WordsAtLeast(p[end:], 3) {
		return "", -1, false
	}
	return source, end, dash > 0
}

// openingCredit returns where the text after a source's credit opening p
// starts ("( cbs4 ) – a denver police officer…"; 0 when none does): a
// wire service's or CNN's alone, any other source's before a dash.
func openingCredit(p string) int {
	if p == "" || p[0] != '(' {
		return 0
	}
	source, end, dashed := creditAt(p, 0)
	if end < 0 || !dashed && !wireCredit(source) {
		return 0
	}
	return end
}

// creditSource reports whether s, the words in a credit's parentheses,
// names a wire service or network: letters, digits ("cbs4"), spaces and
// dots only, at most three words, and a source sourceNamed accepts.
func creditSource(s string, dashed bool) bool {
	if s == "" || len(strings.Fields(s)) > 3 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != '.' && r != '&' {
			return false
		}
	}
	return sourceNamed(s, dashed)
}

// namesCapitalized reports whether s writes names with capitals: a capital
// letter opens a word that no stop, quotation mark or colon comes before
// ("the Pentagon", "(CNN)"). Text set in small letters and cased again at
// its sentences' starts (as Multi-News's is) has none.
func namesCapitalized(s string) bool {
	for i := 1; i < len(s); i++ {
		if isUpper(s[i]) && (s[i-1] == '(' || s[i-1] == ' ' && i >= 2 && !strings.ContainsRune(".!?\"':", rune(s[i-2]))) {
			return true
		}
	}
	return false
}

// wireCredit reports whether s is a credit that stands alone before a story,
// with no place: a wire service's or CNN's.
func wireCredit(s string) bool {
	s = lower(s)
	return newsAgencies[s] || s == "cnn" || s == "associated press"
}

// bareDateline finds a dateline whose source's credit a page left out,
// bare after a picture's caption dated as the wires date one: "…in
// washington october 29, 2010. Washington a top white house official
// said…". The place is a city datelines name alone, followed by an article
// (or "U.S."), which no name goes on with; "…, 2010. Paris police said…"
// keeps its place. It returns where the place starts and where the story
// after it does, or -1, -1.
func bareDateline(p string) (start, end int) {
	for from := 0; ; {
		i := strings.Index(p[from:], ". ")
		if i < 0 {
			return -1, -1
		}
		i += from
		from = i + 2
		if i < 5 || lastYear(p[i-5:i]) < 0 {
			continue
		}
		rest := p[i+2:]
		words := strings.SplitN(rest, " ", 5)
		for n := 1; n <= 3 && n < len(words); n++ {
			switch lower(words[n]) {
			case "a", "an", "the", "u.s.":
			default:
				continue
			}
			if gazetteer.DatelineCity(lower(strings.Join(words[:n], " "))) {
				return i + 2, i + 2 + len(strings.Join(words[:n], " ")) + 1
			}
		}
	}
}

// capitalized returns s with its first letter made a capital when its
// first word is in small letters ("it's a story", not "iPhone sales") and
// the capital takes as many bytes.
func capitalized(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	word, _, _ := strings.Cut(s, " ")
	up := unicode.ToUpper(r)
	if !unicode.IsLower(r) || lower(word) != word || utf8.RuneLen(up) != size {
		return s
	}
	return string(up) + s[size:]
}

// spelledOut reports whether the words before an acronym in parentheses
// spell it ("Cable News Network (CNN)", "the Australian Broadcasting Corp.
// (ABC)"): then it is the name's short form, not a credit.
func spelledOut(before, acronym string) bool {
	letters := strings.NewReplacer(".", "", " ", "").Replace(lower(acronym))
	if letters == "" {
		return false
	}
	var initials []byte
	// the words before, last first; as many as the name could hold with a
	// connector between every two, so that a long text is not read whole
	for k := 0; k < 2*len(letters)+2 && len(initials) < len(letters); k++ {
		var w string
		if before, w = lastWord(before); w == "" {
			break
		}
		before = strings.TrimRight(before, " ")
		switch w = lower(strings.Trim(w, ".,")); w {
		case "", "of", "and", "the", "for":
			continue
		}
		initials = append(initials, w[0])
	}
	slices.Reverse(initials)
	return string(initials) == letters
}

// pipedPlace returns where a dateline whose place starts at p[start]
// starts when a page's header names the place before it too, set off by a
// bar ("Harare | harare ( reuters ) - …", as Reuters's pages print it; see
// placeHeader): there, or else start.
func pipedPlace(p string, from, start int, place string) int {
	n := start - len(place) - len(" | ")
	if place == "" || n < from || n > from && p[n-1] != ' ' || placeHeader(p[n:]) != start-n {
		return start
	}
	return n
}

// placeBefore finds a dateline's place at the end of s: a city the
// gazetteer names alone ("…sessions washington"), or a city and the state
// or country it names after a comma ("…rates here west palm beach,
// florida"), the city being up to three words back to a function word, a
// word that ends a sentence or, in text with capitals, a word in small
// letters. It returns where the place starts (len(s) when there is none)
// and the place.
func placeBefore(s string) (int, string) {
	s = strings.TrimRight(s, " ")
	words := lastWords(s, 3)
	for k := range words { // a city named alone, the longest first
		if name := s[words[k]:]; gazetteer.DatelineCity(lower(strings.Join(strings.Fields(name), " "))) && placeWords(name) {
			return words[k], name
		}
	}
	lo := max(0, len(s)-41) // a region's name after the comma is short
	c := strings.LastIndexByte(s[lo:], ',')
	if c >= 0 {
		c += lo
	}
	if c < 0 || len(s)-c > 40 || !gazetteer.DatelineRegion(lower(strings.Join(strings.Fields(s[c+1:]), " "))) {
		return len(s), ""
	}
	city := strings.TrimRight(s[:c], " ")
	cased := namesCapitalized(s) // a city's words have capitals where names do
	start := len(city)
	for _, at := range slices.Backward(lastWords(city, 3)) {
		w := strings.TrimSpace(city[at:start])
		r, _ := utf8.DecodeRuneInString(w)
		lw := lower(w)
		if strings.ContainsAny(w, "!?\"“”:;()") || strings.HasSuffix(w, ".") && !shortenedWords[lw] ||
			text.IsStopword(lw) || text.IsDateWord(lw) || unicode.IsDigit(r) || cased && !unicode.IsUpper(r) {
			break
		}
		start = at
	}
	if start == len(city) {
		return len(s), ""
	}
	return start, s[start:]
}

// shortenedWords open place names ("St. Louis", "Ft. Worth"): their period
// ends no sentence.
var shortenedWords = map[string]bool{"st.": true, "ft.": true, "mt.": true}

// lastWords returns the byte offsets where the last n words of s start,
// in text order.
func lastWords(s string, n int) []int {
	var at []int
	for i := len(s); i > 0 && len(at) < n; {
		k := strings.LastIndexByte(s[:i], ' ')
		if k+1 < i {
			at = append(at, k+1)
		}
		i = k
	}
	slices.Reverse(at)
	return at
}
