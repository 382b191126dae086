package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/text"
)

// unglue separates sentences that a page's text runs together at a stop
// with no space after it, where two paragraphs were joined ("…ski
// vacation.according to various british papers…", "…the lockup helped
// both men.Olivera is…", "…his princess this time?prince harry…"): a space
// goes after the stop, and the next word gets a capital, so that a sentence
// ends there (the segmenter ends none before a small letter). The stop
// must stand between two words of letters, the first of two or more and no
// abbreviation ("mr.smith", "u.s.", "ph.d" stay), the second not ending an
// address or a file's name ("radaronline.com", "pic.twitter.com/…",
// "index.html", "node.js" stay).
func unglue(p string) string {
	var b strings.Builder
	done := 0 // p[:done] is written to b
	dot, mark := nextByte(p, '.', 1), nextByte(p, '?', 1)
	for {
		i := min(dot, mark)
		if i+2 >= len(p) {
			break
		}
		if i == dot {
			dot = nextByte(p, '.', i+1)
		} else {
			mark = nextByte(p, '?', i+1)
		}
		if !asciiLetter(p[i+1]) || !asciiLetter(p[i-1]) {
			continue
		}
		start := i // the word before the stop
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(p[:start])
			if !unicode.IsLetter(r) {
				break
			}
			start -= size
		}
		end := i + 1 // the word after it
		for end < len(p) && asciiLetter(p[end]) {
			end++
		}
		before, after := p[start:i], p[i+1:end]
		if !gluedAt(p, start, end) || len(before) < 2 || len(after) < 2 ||
			text.IsAbbreviation(lower(before)) || addressEnds[lower(after)] {
			continue
		}
		b.Grow(len(p) + 4)
		b.WriteString(p[done : i+1])
		b.WriteByte(' ')
		b.WriteString(strings.ToUpper(after[:1]))
		done = i + 2
	}
	if done == 0 {
		return p
	}
	b.WriteString(p[done:])
	return b.String()
}

// nextByte returns the index of the first c in p at or after from, or
// len(p) when there is none.
func nextByte(p string, c byte, from int) int {
	if k := strings.IndexByte(p[from:], c); k >= 0 {
		return from + k
	}
	return len(p)
}

// gluedAt reports whether the run of letters p[start:end], a stop inside
// it, is a word of its own: what stands before it opens a word (a space, a
// quotation mark, a bracket), and what follows it ends one (a space, a
// mark, a stop that ends the text or is followed by a space).
func gluedAt(p string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(p[:start])
		if !unicode.IsSpace(r) && !strings.ContainsRune("\"'“‘([—–", r) {
			return false // "www.", "a.b.c", "co-founder.the"
		}
	}
	if end == len(p) {
		return true
	}
	switch p[end] {
	case ' ', ',', ';', ':', '!', '?', ')', '"', '\'':
		return true
	case '.':
		return end+1 == len(p) || p[end+1] == ' '
	}
	r, _ := utf8.DecodeRuneInString(p[end:])
	return r == '’' || r == '”'
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// addressEnds are the words (lower case) that end a web address or a
// file's name after a period: a stop never glues them to a sentence. Those
// that are English words too ("in", "me", "us", "it", "news") are left out:
// "…said.in the end…" is more often a sentence than an address.
var addressEnds = wordSet(`com org net gov edu mil info biz mobi io ly tv fm ca au nz ie de fr es nl ch se dk fi pl ru cn jp kr br mx za il eu
	html htm shtml php asp aspx jsp cfm cgi js css json xml rss txt pdf doc docx xls jpg jpeg png gif svg mp3 mp4 mov avi exe zip`)

// openAfterMarks gives a capital to the word after a '!' or '?' that ends
// a sentence in text set in small letters ("…for a full year! the star
// hardly needs…", "…had value? in a new study…"), so that the segmenter,
// which ends no sentence before a small letter, ends one there. The word
// must be one that opens sentences (smallOpeners), the word before the
// mark in small letters and no name written with one ("yahoo! news"), and
// the paragraph must write no names with capitals: in text that does, a
// small letter after the mark goes on the sentence.
func openAfterMarks(p string) string {
	if len(p) < 4 {
		return p
	}
	var b strings.Builder
	done := 0 // p[:done] is written to b
	checked, small := false, false
	bang, mark := nextByte(p, '!', 1), nextByte(p, '?', 1)
	for {
		i := min(bang, mark)
		if i+2 >= len(p) {
			break
		}
		if i == bang {
			bang = nextByte(p, '!', i+1)
		} else {
			mark = nextByte(p, '?', i+1)
		}
		if p[i+1] != ' ' || p[i+2] < 'a' || p[i+2] > 'z' || p[i-1] < 'a' || p[i-1] > 'z' {
			continue
		}
		start := i // the word before the mark
		for start > 0 && asciiLetter(p[start-1]) {
			start--
		}
		end := i + 2 // the word after it
		for end < len(p) && asciiLetter(p[end]) {
			end++
		}
		if bangNames[p[start:i]] || lower(p[start:i]) != p[start:i] || !smallOpeners[p[i+2:end]] {
			continue
		}
		if !checked {
			checked, small = true, !namesCapitalized(p)
		}
		if !small {
			return p
		}
		b.Grow(len(p))
		b.WriteString(p[done : i+2])
		b.WriteString(strings.ToUpper(p[i+2 : i+3]))
		done = i + 3
	}
	if done == 0 {
		return p
	}
	b.WriteString(p[done:])
	return b.String()
}

// smallOpeners are words that open sentences and seldom go on one after a
// '!' or '?': pronouns, articles, demonstratives, and the commonest
// conjunctions, adverbs and prepositions that open a sentence.
var smallOpeners = wordSet(`the a an this that these those it its he she they we i you his her their our my there here
	but so now then when while if after before in on at for with what who how why`)

// bangNames are names that end in '!' and may be written in small letters.
var bangNames = wordSet(`yahoo jeopardy`)

// dropRepeatedLabels cuts a label that a page set before a sentence which
// opens with the same words, as a subhead, a gallery's title or a writer's
// name over their biography: "Rocky mountain spotted fever rocky mountain
// spotted fever is a reportable disease…", "Early retirement the early
// retirement offer…". A writer's name and biography are cut together
// ("Leon Neyfakh Leon Neyfakh is a Slate staff writer."; see IsAuthorBio).
// The label must be two to four words at a paragraph's or sentence's
// start, said again at once (an article may stand between), so "Share
// share tweet link" and "New York, New York" stay.
func dropRepeatedLabels(p string) string {
	var spans [][2]int
	for at := 0; at < len(p); {
		if n := repeatedLabel(p[at:]); n > 0 {
			end := at + n
			// a writer's name over their biography: the two are a box
			// set into the article, not of it
			bio := p[end:]
			if k := strings.Index(bio, ". "); k >= 0 {
				bio = bio[:k+1]
			}
			if IsAuthorBio(bio) {
				end += len(bio)
			}
			spans = append(spans, [2]int{at, end})
		}
		k := strings.Index(p[at:], ". ")
		if k < 0 {
			break
		}
		at += k + 2
	}
	if spans == nil {
		return p
	}
	return splice(p, spans, "")
}

// dropSaidTwice cuts the second of two copies of a passage of five to 40
// words that a sentence opens with and says again at once: a headline or a
// caption a page sets twice before its story ("See the aftermath of the
// plane crash see the aftermath of the plane crash transasia airways…").
// The first copy ends as a sentence, so it no longer runs into the story.
// It returns p and what it cut.
func dropSaidTwice(p string, cuts []string) (string, []string) {
	var spans [][2]int
	for at := 0; at < len(p); {
		if from, to := saidTwice(p[at:]); to > 0 {
			// said a third time: "Woman, boyfriend confess … woman,
			// boyfriend confess … woman, boyfriend confess … see more"
			for n := to - from; to+n <= len(p)-at && strings.EqualFold(p[at+to:at+to+n], p[at+from:at+to]); to += n {
			}
			spans = append(spans, [2]int{at + from, at + to})
			at += to
		} else {
			k := strings.Index(p[at:], ". ")
			if k < 0 {
				break
			}
			at += k + 2
		}
	}
	if spans == nil {
		return p, cuts
	}
	for _, sp := range spans {
		cuts = append(cuts, strings.TrimSpace(p[sp[0]:sp[1]]))
	}
	return splice(p, spans, endSentence), cuts
}

// saidTwice returns where the second copy of s's first words starts and
// ends (with the space after it), when s opens with a passage of five to
// 40 words said twice at once; else 0, 0.
func saidTwice(s string) (from, to int) {
	sp := strings.IndexByte(s, ' ')
	if sp <= 0 || !asciiLetter(s[0]) && s[0] != '(' && s[0] != '"' && s[0] != '\'' {
		return 0, 0
	}
	first := s[:sp]
	// the common case: the longest of the second to fourth words (the
	// first may be capitalized in one copy only), of four letters or
	// more, is not said again as written in the next 320 bytes (about 40
	// words)
	var anchor string
	at := sp + 1
	for w := 1; w <= 3; w++ {
		k := strings.IndexByte(s[at:], ' ')
		if k < 0 {
			return 0, 0
		}
		if k+1 > len(anchor) {
			anchor = s[at : at+k+1] // with the space after it
		}
		at += k + 1
	}
	if len(anchor) < 5 {
		return 0, 0 // "he said it was": no headline
	}
	again := false
	for end := min(len(s), 320); at < end && !again; at++ {
		k := strings.Index(s[at:end], anchor)
		if k < 0 {
			break
		}
		at += k
		again = s[at-1] == ' '
	}
	if !again {
		return 0, 0
	}
	var starts [82]int
	n := wordStarts(s, starts[:])
	word := func(i int) string { return s[starts[i] : starts[i+1]-1] }
	for k := 5; 2*k <= n && k <= 40; k++ {
		if !strings.EqualFold(word(k), first) {
			continue
		}
		same := true
		for j := 1; j < k && same; j++ {
			same = strings.EqualFold(word(j), word(k+j))
		}
		if same {
			if 2*k < n {
				return starts[k], starts[2*k]
			}
			return starts[k] - 1, len(s)
		}
	}
	return 0, 0
}

// repeatedLabel returns the length of the label (and the space after it)
// that opens s and is said again at once, or 0.
func repeatedLabel(s string) int {
	if len(s) < 8 || !asciiLetter(s[0]) {
		return 0
	}
	// the common case: the first word is not said again as the third to
	// the sixth
	first := strings.IndexByte(s, ' ')
	if first < 0 {
		return 0
	}
	at, again := first+1, false
	for w := 2; w <= 5 && !again; w++ {
		k := strings.IndexByte(s[at:], ' ')
		if k < 0 {
			return 0
		}
		at += k + 1
		again = at+first < len(s) && s[at+first] == ' ' && strings.EqualFold(s[at:at+first], s[:first])
	}
	if !again {
		return 0
	}
	var starts [11]int
	n := wordStarts(s, starts[:])
	word := func(i int) string { return s[starts[i] : starts[i+1]-1] }
	for k := 2; k <= 4; k++ {
		next := k
		if next+1 < n {
			if w := word(k); strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an") {
				next++
			}
		}
		if next+k >= n {
			break
		}
		same := true
		for j := 0; j < k && same; j++ {
			a := word(j)
			same = asciiWord(a) && strings.EqualFold(a, word(next+j))
		}
		if same {
			return starts[k]
		}
	}
	return 0
}

// wordStarts records where s's first words (split at single spaces) start,
// at most len(starts)-1 of them, and after the last where the next would
// start, one past its space (len(s)+1 at the text's end), so that word i
// is s[starts[i]:starts[i+1]-1]. It returns how many words it recorded.
func wordStarts(s string, starts []int) int {
	n, at := 0, 0
	for ; n < len(starts)-1; n++ {
		starts[n] = at
		k := strings.IndexByte(s[at:], ' ')
		if k < 0 {
			starts[n+1] = len(s) + 1
			return n + 1
		}
		at += k + 1
	}
	starts[n] = at
	return n
}

// asciiWord reports whether w is a word of ASCII letters, maybe with an
// apostrophe or hyphen inside.
func asciiWord(w string) bool {
	if w == "" || !asciiLetter(w[0]) || !asciiLetter(w[len(w)-1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !asciiLetter(w[i]) && w[i] != '\'' && w[i] != '-' {
			return false
		}
	}
	return true
}
