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
