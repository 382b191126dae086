// Package text splits cleaned prose into sentences and sentences into tokens:
// sentence boundaries that survive abbreviations, initials, decimals and
// quotations, and word tokens with byte offsets, a normalized form, a stem and
// a stopword flag.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/internal/memo"
	"github.com/precis-news/precis/stem"
)

// Token is one word of a sentence.
type Token struct {
	Start, End int    // byte offsets of the word in the text it was cut from
	Norm       string // lower case, apostrophes and acronym periods removed, possessive dropped
	Stem       string // Porter stem of Norm
	Stop       bool   // Norm is a function word
}

// Tokenize cuts s into word tokens. Letters and digits make words (each
// Chinese character and hiragana is a word of its own: see Unspaced; so is
// each cluster of Thai, Lao, Khmer and Myanmar letters: see Clustered); an
// apostrophe between letters stays inside a word ("wouldn't"), a possessive
// "'s" is dropped from the normalized form, periods inside an acronym ("U.S.")
// and separators inside a number ("1,700", "2.5") stay in the word. Hyphens
// and all other punctuation separate words.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, wordRuns(s))
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiAlnum[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += size
			continue
		} else if Unspaced(r) {
			toks = append(toks, makeToken(s, i, i+size))
			i += size
			continue
		} else if Clustered(r) {
			end := ClusterEnd(s, i)
			toks = append(toks, makeToken(s, i, end))
			i = end
			continue
		}
		end := scanWord(s, i)
		toks = append(toks, makeToken(s, i, end))
		i = end
	}
	markAcronyms(s, toks)
	return toks
}

// wordRuns counts the runs of ASCII letters and digits in s: as many as its
// tokens in English text, or a few more (an acronym's periods and a
// number's commas split runs that one token holds), so a token slice of that
// size rarely grows. Text in other scripts may need more.
func wordRuns(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		w := asciiAlnum[s[i]]
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// markAcronyms clears the stopword flag of acronyms that look like function
// words ("U.S.", "US", "IT" next to lower-case text): a dotted acronym, or a
// word in capitals followed by a word that is not.
func markAcronyms(s string, toks []Token) {
	for k := range toks {
		t := &toks[k]
		if !t.Stop {
			continue
		}
		w := s[t.Start:t.End]
		if strings.Contains(w, ".") {
			t.Stop = false
			continue
		}
		if len(w) >= 2 && allUpper(w) && k+1 < len(toks) && !allUpper(s[toks[k+1].Start:toks[k+1].End]) {
			t.Stop = false
		}
	}
}

// IsAcronym reports whether w is written in capitals: two letters or more
// and no lower-case letter ("ISIL", "U.S.", "WHO").
func IsAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

func allUpper(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// scanWord returns the end of the word that starts at i.
func scanWord(s string, i int) int {
	end := i
	for end < len(s) && asciiAlnum[s[end]] {
		end++ // the common case: ASCII letters and digits
	}
	if end == len(s) || s[end] < utf8.RuneSelf && s[end] != '\'' && s[end] != ',' && s[end] != '.' {
		return end // nor does an ASCII space or mark other than these keep the word going
	}
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if isWordRune(r) {
			if Unspaced(r) || Clustered(r) {
				break // "GDP增长": the character is a word of its own
			}
			end += size
			continue
		}
		// Inner punctuation that keeps a word whole when a word rune follows.
		if end+size < len(s) {
			next, _ := utf8.DecodeRuneInString(s[end+size:])
			prev, _ := utf8.DecodeLastRuneInString(s[:end])
			switch {
			case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next):
				end += size
				continue
			case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
				if r == ',' && !thousandsGroup(s[end+1:]) {
					break
				}
				end += size
				continue
			case r == '.' && isAcronymPart(s[i:end]) && unicode.IsUpper(next):
				end += size
				continue
			}
		}
		// A period that closes an acronym ("U.S.") belongs to it.
		if r == '.' && isAcronymPart(s[i:end]) && strings.Contains(s[i:end], ".") {
			end += size
		}
		break
	}
	return end
}

// thousandsGroup reports whether s starts with exactly three digits followed
// by a non-digit (the "700" of "1,700").
func thousandsGroup(s string) bool {
	if len(s) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

// isAcronymPart reports whether w looks like the part of a dotted acronym
// read so far: single upper-case letters separated by periods ("U", "U.S").
func isAcronymPart(w string) bool {
	if w == "" {
		return false
	}
	for len(w) > 0 {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		w = w[size:]
		if w == "" {
			return true
		}
		if w[0] != '.' || len(w) == 1 {
			return false
		}
		w = w[1:]
	}
	return true
}

func makeToken(s string, start, end int) Token {
	w := s[start:end]
	var a analysis
	if len(w) > maxCachedWord {
		a = analyzeWord(w)
	} else {
		a = words.Get(w, analyzeWord)
	}
	return Token{Start: start, End: end, Norm: a.norm, Stem: a.stem, Stop: a.stop}
}

// analysis is what a token's word gives: its normalized form, its stem,
// and whether it is a function word.
type analysis struct {
	norm, stem string
	stop       bool
}

func analyzeWord(w string) analysis {
	norm := Normalize(w)
	if stem, ok := stopwords[norm]; ok {
		return analysis{norm, stem, true}
	}
	if hiragana(norm) {
		return analysis{norm, norm, true}
	}
	return analysis{norm, stemOf(norm), false}
}

// words memoizes analyzeWord by the word as written ("The", "Kerry's",
// "said"), in 32,768 slots (see internal/memo): most tokens cost one hash
// and one comparison, with no lower-casing, allocation, or stopword and stem
// look-ups. Words longer than maxCachedWord are analyzed each time.
var words = memo.New[analysis](wordSlots)

const (
	wordSlots     = 1 << 15
	maxCachedWord = 24
)

// Normalize returns the matching form of one word: lower case, apostrophes
// and acronym periods removed, a trailing possessive dropped, digit group
// separators removed.
func Normalize(w string) string {
	if plainLower(w) {
		return w // the common case: already a lower-case ASCII word
	}
	ascii := true
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	var b strings.Builder
	b.Grow(len(w))
	if ascii {
		for k := 0; k < len(w); k++ {
			c := w[k]
			switch {
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 32)
			case c == '.' || c == ',':
				// acronym periods and thousands separators
				if k+1 < len(w) && w[k+1] >= '0' && w[k+1] <= '9' && k > 0 && w[k-1] >= '0' && w[k-1] <= '9' && c == '.' {
					b.WriteByte('.')
				}
			default:
				b.WriteByte(c)
			}
		}
	} else {
		prevDigit := false
		rs := []rune(w)
		for k, r := range rs {
			switch {
			case r == '.' || r == ',':
				if r == '.' && prevDigit && k+1 < len(rs) && unicode.IsDigit(rs[k+1]) {
					b.WriteRune('.')
				}
			case isApostrophe(r):
				b.WriteByte('\'')
			default:
				b.WriteRune(unicode.ToLower(r))
			}
			prevDigit = unicode.IsDigit(r)
		}
	}
	n := strings.TrimSuffix(b.String(), "'s")
	if strings.ContainsRune(n, '\'') {
		// "shi'ite" and "shiite" are one word; "wouldn't" keeps its shape
		if !strings.HasSuffix(n, "n't") && !strings.HasSuffix(n, "'re") && !strings.HasSuffix(n, "'ll") &&
			!strings.HasSuffix(n, "'ve") && !strings.HasSuffix(n, "'d") && !strings.HasSuffix(n, "'m") {
			n = strings.ReplaceAll(n, "'", "")
		}
	}
	return n
}

// stemOf stems ASCII words with the Porter stemmer; other scripts keep the
// normalized form (no English suffix rules apply to them).
func stemOf(norm string) string {
	for k := 0; k < len(norm); k++ {
		c := norm[k]
		if c >= utf8.RuneSelf {
			return norm
		}
	}
	return stem.Porter(norm)
}

// Words counts whitespace-separated words, the unit of a word budget: the
// count strings.Fields gives, without making the slice (it runs for every
// sentence of every story). In scripts written without spaces each character
// is a word, and their punctuation separates words as a space does
// ("新的地铁线路。" is six words); in Thai, Lao, Khmer and Myanmar each
// cluster is (see ClusterEnd: "เดินทาง" is four).
func Words(s string) int {
	n := 0
	var in uint8 // 1 inside a word
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// the common case, without branches: a word starts where a
			// non-space follows a space
			w := asciiWord[c]
			n += int(w &^ in)
			in = w
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if Clustered(r) {
			n++
			in = 0
			i = ClusterEnd(s, i)
			continue
		}
		i += size
		if Unspaced(r) {
			n++
			in = 0
			continue
		}
		var w uint8
		if !unicode.IsSpace(r) && !wideMark(r) {
			w = 1
		}
		n += int(w &^ in)
		in = w
	}
	return n
}

// WordsAtLeast reports whether s holds n words or more as Words counts
// them, reading s only as far as it must: a word is counted where it
// starts, so the words of a prefix are never more than those of s.
func WordsAtLeast(s string, n int) bool {
	if n <= 0 {
		return true
	}
	for size := 16 * n; size < len(s); size *= 4 {
		end := size
		for end > 0 && !utf8.RuneStart(s[end]) {
			end-- // a character's first bytes alone would count as a word
		}
		if Words(s[:end]) >= n {
			return true
		}
	}
	return Words(s) >= n
}

// asciiWord is 1 for an ASCII byte that is not white space.
var asciiWord = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if !(c == ' ' || '\t' <= c && c <= '\r') {
			t[c] = 1
		}
	}
	return t
}()

// plainLower reports whether w is only ASCII lower-case letters and digits.
func plainLower(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}
