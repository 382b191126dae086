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
