package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Title tidies a title given with an article (a JSON line's "title", a
// page's <title>, a feed item's): it is read back from mojibake, its HTML
// character references are decoded, invisible characters go and every run
// of space or line breaks becomes one space, as Clean does for a
// paragraph. Then the site's name and section that pages add to a title
// after a separator are taken off ("… - Yahoo News", "… | World news | The
// Guardian", "CNN.com - …"). It returns "" when nothing readable is left.
func Title(raw string) string {
	return withoutSiteName(Name(raw))
}

// Name tidies a name given beside an article, such as its outlet's: broken
// characters read back (mojibake, character references such as "&amp;"),
// invisible characters dropped, and every run of space, line breaks
// included, made one space. Unlike Title it takes nothing off.
func Name(raw string) string {
	t := raw
	if mayBeMojibake(t) {
		t = repairMojibake(t)
	}
	t = decodeEntities(t)
	if strings.ContainsAny(t, "\n\r\t\v\f") {
		t = strings.Join(strings.Fields(t), " ")
	}
	return squeezeSpace(t)
}

// titleSeparators are the marks that part a page's title from its site's
// name or section. A dash parts them only with a space on each side: the
// dash of "US-Iran" or "al-Maliki" joins words.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " ~ "}

// withoutSiteName takes off the pieces of t before its first or after its
// last separator while they name a site or a section, as long as the rest
// keeps two words or more. A title carries a site's name and a section or
// two, so it takes off maxSitePieces at most (a text of many separators
// would otherwise be searched once for each piece).
func withoutSiteName(t string) string {
	for range maxSitePieces {
		cut := false
		if i, sep := lastSeparator(t); i >= 0 {
			if head, tail := t[:i], t[i+len(sep):]; wordCount(head) >= 2 && siteName(tail, sep, head) {
				t, cut = strings.TrimSpace(head), true
			}
		}
		if i, sep := firstSeparator(t); i >= 0 {
			if head, tail := t[:i], t[i+len(sep):]; wordCount(tail) >= 2 && leadingSiteName(head, tail) {
				t, cut = strings.TrimSpace(tail), true
			}
		}
		if !cut {
			break
		}
	}
	return t
}

// maxSitePieces is the number of times withoutSiteName looks for pieces to
// take off.
const maxSitePieces = 4

// lastSeparator finds the last separator of t and which one it is, or -1.
func lastSeparator(t string) (int, string) {
	at, which := -1, ""
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > at {
			at, which = i, sep
		}
	}
	if i := strings.LastIndexByte(t, '|'); i > at+len(which)-1 && i > 0 {
		at, which = i, "|" // "Title|Site", without spaces
	}
	return at, which
}

// firstSeparator finds the first separator of t and which one it is, or -1.
func firstSeparator(t string) (int, string) {
	at, which := -1, ""
	for _, sep := range titleSeparators {
		if i := strings.Index(t, sep); i >= 0 && (at < 0 || i < at) {
			at, which = i, sep
		}
	}
	return at, which
}

// siteName reports whether tail, the piece of a title after its last
// separator sep, names a site or a section rather than finishing the
// headline: a few words that hold a web address, a word newsrooms name
// themselves or their sections with ("news", "times", "politics"), or,
// after a bar, capitalized words. After a dash, up to three capitalized
// words alone are a name only when the headline before them is not written
// with capitals throughout ("Gaza Truce Holds - For Now" keeps its tail).
// A dash between two numbers is a score's.
func siteName(tail, sep, head string) bool {
	words := strings.Fields(tail)
	if len(words) == 0 || len(words) > 6 || len(tail) > 60 || strings.ContainsAny(tail, "?!,;:\"“”‘’()") || score(head, tail) {
		return false
	}
	if slices.ContainsFunc(words, webAddress) || newsroomWord(words) && (sep == "|" || sep == " | " || capitalizedWords(words)) {
		return true
	}
	if !capitalizedWords(words) {
		return false
	}
	if strings.Contains(sep, "|") {
		return true
	}
	return len(words) <= 3 && !titleCase(strings.Fields(head))
}

// score reports whether a dash between head and tail stands between two
// numbers, as in a score ("Arsenal 2 - 1 Chelsea").
func score(head, tail string) bool {
	h, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(head))
	t, _ := utf8.DecodeRuneInString(strings.TrimSpace(tail))
	return unicode.IsDigit(h) && unicode.IsDigit(t)
}

// titleCase reports whether a headline is written with capitals
// throughout: four in five of its words of four letters or more open
// with one.
func titleCase(words []string) bool {
	long, caps := 0, 0
	for _, w := range words {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return long > 0 && 5*caps >= 4*long
}

// leadingSiteName reports whether head, the piece of a title before its
// first separator, names a site ("CNN.com - …", "BBC News | …"). A lone
// capitalized word there is more often the headline's subject ("Kerry -
// talks with Iran…"), so a site's name must say what it is.
func leadingSiteName(head, tail string) bool {
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 4 || strings.ContainsAny(head, "?!,;:\"“”‘’()") || score(head, tail) {
		return false
	}
	return slices.ContainsFunc(words, webAddress) || newsroomWord(words) && capitalizedWords(words)
}

// webAddress reports whether w is a web address ("CNN.com",
// "www.bbc.co.uk", "nj.com").
func webAddress(w string) bool {
	w = strings.ToLower(w)
	if strings.HasPrefix(w, "www.") {
		return true
	}
	i := strings.LastIndexByte(w, '.')
	return i > 0 && topLevel[w[i+1:]]
}

// topLevel holds the commonest endings of news sites' addresses.
var topLevel = map[string]bool{"com": true, "org": true, "net": true, "uk": true, "ca": true, "au": true, "in": true, "ie": true, "nz": true, "us": true, "tv": true, "fm": true, "info": true, "news": true, "io": true, "de": true, "fr": true}

// newsroomWord reports whether one of words is one that newsrooms name
// themselves or their sections with, or a wire service's or network's name
// as datelines credit them (newsAgencies, networkStems).
func newsroomWord(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(strings.TrimRight(w, ".'’s"))
		if newsroomWords[w] || newsAgencies[w] || slices.ContainsFunc(networkStems, func(n string) bool { return strings.HasPrefix(w, n) }) {
			return true
		}
	}
	return false
}

// newsroomWords are the words newsrooms and their sections are named with,
// besides the agencies and networks a dateline credits.
var newsroomWords = map[string]bool{
	"news": true, "times": true, "post": true, "journal": true, "tribune": true, "herald": true, "daily": true,
	"magazine": true, "online": true, "today": true, "weekly": true, "gazette": true, "radio": true,
	"tv": true, "television": true, "channel": true, "network": true, "chronicle": true, "observer": true,
	"guardian": true, "telegraph": true, "independent": true, "mail": true, "express": true, "globe": true,
	"standard": true, "monitor": true, "politics": true, "opinion": true, "sport": true,
	"sports": true, "business": true, "technology": true, "tech": true, "entertainment": true, "health": true,
	"science": true, "world": true, "local": true, "national": true, "international": true, "blog": true,
	"blogs": true, "associated": true, "newsweek": true, "politico": true, "huffpost": true, "axios": true, "yahoo": true, "vox": true,
	"wired": true, "economist": true, "atlantic": true, "slate": true, "salon": true, "time": true,
	"usa": true, "metro": true, "star": true, "sun": true, "courier": true, "inquirer": true, "examiner": true,
	"bulletin": true, "dispatch": true, "register": true, "review": true, "report": true, "insider": true,
	"edition": true, "newspaper": true, "media": true, "broadcasting": true, "live": true, "video": true,
}

// capitalizedWords reports whether every word opens with a capital or a
// digit, or is one of the short words a name holds in small letters
// ("The Times of India", "Fox & Friends").
func capitalizedWords(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
		case k > 0 && (w == "of" || w == "the" || w == "and" || w == "&" || w == "on" || w == "de" || w == "for"):
		default:
			return false
		}
	}
	return true
}

// wordCount is the number of words of s that hold a letter or a digit.
func wordCount(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}
