package clean

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/precis-news/precis/text"
)

// sentenceMarks are the marks a list or a page sets before a sentence,
// each with the space after it: bullets, and the dashes a dateline, a
// list or a teaser leaves where a sentence opens ("• Russia has said it
// could…", "…in 2008. -- Alaska residents had…"); "--" counts as one.
var sentenceMarks = []string{"• ", "· ", "▪ ", "■ ", "► ", "* ", "— ", "– ", "- "}

// dropMarks cuts the marks (sentenceMarks) that open a sentence of p: at
// its start, or after a stop. A place named before such a dash after a
// stop is a dateline left inside the text (a page's caption and headline
// ran into its story: "…( photo: gofundme ) Redding, calif. – an american
// student who…"), and it goes with its dash. The sentence then opens with
// a capital, as its neighbours do. A dash after a closing quotation mark
// names who said it ("…to protect our children. " — Ltcol oliver north")
// and stays, as does a mark after an abbreviation or an acronym, where no
// sentence need end ("the u.s. - based group"). It returns p, the datelines
// cut and the first one's place.
func dropMarks(p string) (string, []string, string) {
	at := markStarts(p)
	if at == nil {
		return p, nil, ""
	}
	var spans [][2]int // [start, end) of each cut
	var cut []string
	place := ""
	at = slices.Compact(at)
	for _, i := range at {
		if len(spans) > 0 && i < spans[len(spans)-1][1] {
			continue
		}
		end := i + markLen(p[i:])
		for end < len(p) && p[end] == ' ' {
			end++
		}
		if end == len(p) {
			continue
		}
		if i == 0 {
			spans = append(spans, [2]int{0, end})
			continue
		}
		if p[i-1] != ' ' {
			continue
		}
		before := p[:i-1]
		dash := p[i] == '-' || strings.HasPrefix(p[i:], "—") || strings.HasPrefix(p[i:], "–")
		if dash {
			if start, name := insideDateline(p, i, end); start >= 0 {
				spans = append(spans, [2]int{start, end})
				cut = append(cut, strings.TrimSpace(p[start:end]))
				if place == "" {
					place = name
				}
				continue
			}
		}
		if r, _ := utf8.DecodeLastRuneInString(before); dash && (r == '"' || r == '”' || r == '’' || r == '\'') {
			continue // a quotation's speaker
		}
		trimmed := text.TrimClosers(before)
		switch r, _ := utf8.DecodeLastRuneInString(trimmed); {
		case r == '.' && abbreviated(trimmed):
			continue
		case r != '.' && r != '!' && r != '?' && r != '…':
			continue
		}
		spans = append(spans, [2]int{i, end})
	}
	if spans == nil {
		return p, nil, ""
	}
	var b strings.Builder
	b.Grow(len(p))
	last := 0
	for _, s := range spans {
		b.WriteString(p[last:s[0]])
		rest := p[s[1]:]
		next := len(rest)
		if n := strings.IndexByte(rest, ' '); n >= 0 {
			next = n
		}
		b.WriteString(capitalized(rest[:next]))
		last = s[1] + next
	}
	b.WriteString(p[last:])
	return b.String(), cut, place
}

// markStarts returns where a mark (sentenceMarks) stands at the start of
// p or after a space, in order. It looks for each mark's first byte with
// IndexByte, which passes over the letters between quickly.
func markStarts(p string) []int {
	var at []int
	for _, lead := range [...]byte{'-', '*', 0xe2, 0xc2} {
		for from := 0; ; {
			i := strings.IndexByte(p[from:], lead)
			if i < 0 {
				break
			}
			x := from + i
			if (x == 0 || p[x-1] == ' ') && markAt(p[x:]) > 0 {
				at = append(at, x)
			}
			from = x + 1
		}
	}
	slices.Sort(at)
	return at
}

// markAt returns the length in bytes of the mark opening s before its
// space ("-- " counts as one), or 0 when none does.
func markAt(s string) int {
	if strings.HasPrefix(s, "-- ") {
		return len("--")
	}
	for _, m := range sentenceMarks {
		if strings.HasPrefix(s, m) {
			return len(m) - 1
		}
	}
	return 0
}

// markLen returns the length in bytes of the run of marks opening s, with
// the spaces between them ("* * *" in "* * * in a possible…"), not the
// last space.
func markLen(s string) int {
	n := 0
	for {
		m := markAt(s[n:])
		if m == 0 {
			return max(n-1, 0)
		}
		n += m + 1
	}
}

// abbreviated reports whether s ends with a word whose period need not end
// a sentence: an abbreviation ("Gen.", "Inc."), an initial ("W.") or a
// dotted acronym ("u.s.", "n.m.").
func abbreviated(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	w = strings.TrimLeft(w, "(\"'“‘[")
	core := strings.TrimSuffix(w, ".")
	return strings.Contains(core, ".") || utf8.RuneCountInString(core) == 1 || text.IsAbbreviation(lower(core))
}

// insideDateline finds a dateline that ends with the dash at p[i] (the
// text after it starting at end) and opens a sentence after a stop, and
// returns where it starts and its place, or -1. The place must be one
// plainDateline knows: a city datelines name alone, or a town and its
// state or country ("Holland, mich.", "Washington, d.c.").
func insideDateline(p string, i, end int) (int, string) {
	for j := i - 2; j >= 2 && i-j <= 60; j-- {
		if p[j-1] != ' ' || p[j] < 'A' || p[j] > 'Z' && p[j] < utf8.RuneSelf {
			continue // a dateline's place opens with a capital
		}
		if !stopBefore(p[:j-1]) {
			continue
		}
		if name, e := plainDateline(p[j:]); e > 0 && j+e == end {
			return j, name
		}
	}
	return -1, ""
}

// stopBefore reports whether s ends as a sentence or an aside does: with a
// stop, or a closing bracket ("( photo: gofundme )"), and any closing marks.
func stopBefore(s string) bool {
	if r, _ := utf8.DecodeLastRuneInString(s); r == ')' || r == ']' {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text.TrimClosers(s))
	return r == '.' || r == '!' || r == '?' || r == '…'
}
