package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unspaced reports whether r belongs to a script written without spaces
// between words: Chinese characters (Han, which Japanese writes too) and
// Japanese hiragana. Each such character is a word of its own here, as a
// token and as a unit of a word budget, since finding where words of several
// characters end would take a dictionary. Katakana, which spells loanwords
// sound by sound, keeps its runs as words, as Korean keeps its spaced words.
func Unspaced(r rune) bool {
	return r >= 0x2e80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r))
}

// wideMark reports whether r is punctuation or a space of the scripts written
// without spaces ("。", "，", "、", "「", the ideographic space): it separates
// words, as a space does, and is no word of its own.
func wideMark(r rune) bool {
	switch {
	case r < 0x3000:
		return false
	case r <= 0x303f, // CJK symbols and punctuation
		0xfe10 <= r && r <= 0xfe1f, 0xfe30 <= r && r <= 0xfe6f, // vertical, compatibility and small forms
		0xff00 <= r && r <= 0xff65: // full-width and half-width forms
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !Unspaced(r)
	}
	return false
}

// fullStop reports whether r ends a sentence in Chinese or Japanese text:
// the ideographic full stop, the full-width period of technical writing and
// the full-width exclamation and question marks, which no space follows.
func fullStop(r rune) bool {
	if r < '。' {
		return false // all of Latin, Greek, Cyrillic, Arabic, curly quotes and dashes: one comparison
	}
	switch r {
	case '。', '！', '？', '｡', '．':
		return true
	}
	return false
}

// EndsSentence reports whether r is a mark that ends a sentence: '.', '!',
// '?', '…', the full stops of Chinese and Japanese (see fullStop), and those
// of other scripts that space their words: the Arabic question mark '؟', the
// Urdu full stop '۔', the Devanagari danda '।' and double danda '॥', the
// Armenian '։', the Ethiopic '።' and the Burmese '။'.
func EndsSentence(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || fullStop(r) || spacedStop(r)
}

// TrimClosers returns s without the spaces, closing quotation marks and
// closing brackets at its end ("…hurt.”)" gives "…hurt.").
func TrimClosers(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '\'' || unicode.Is(unicode.Pe, r) || unicode.Is(unicode.Pf, r)
	})
}

// FinalMark returns the last character of s before TrimClosers's: the mark
// a sentence ends with, or its last letter ("…hurt.”" gives '.', "Learn
// more" 'e'; 0 when there is none).
func FinalMark(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(TrimClosers(s))
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// spacedStop reports whether r ends a sentence in a script other than Latin
// that puts a space after it, as English does after '.'.
func spacedStop(r rune) bool {
	return r == '؟' || r == '۔' || r == '।' || r == '॥' || r == '։' || r == '።' || r == '။' || r == '។' || r == '៕'
}

// wideCloser reports whether r closes a quotation or a bracket after a
// sentence's full stop ("。」").
func wideCloser(r rune) bool {
	return strings.ContainsRune("」』”’）)】〕〉》\"", r)
}

// Cut returns the beginning of s that holds its first n words, as Words
// counts them, without the spaces after them ("" for n ≤ 0).
func Cut(s string, n int) string {
	if n <= 0 {
		return ""
	}
	seen, in := 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		word := !unicode.IsSpace(r) && !wideMark(r)
		unit := Unspaced(r) || Clustered(r)
		if word && (!in || unit) {
			if seen == n {
				return strings.TrimRightFunc(s[:i], func(r rune) bool { return unicode.IsSpace(r) || wideMark(r) })
			}
			seen++
		}
		in = word && !unit
		if Clustered(r) {
			i = ClusterEnd(s, i)
		} else {
			i += size
		}
	}
	return s
}

// Clip returns the beginning of s that holds its first n words, as Cut
// does, marking a cut with "…" after dropping any punctuation the last word
// kept ends with (a closing quotation mark stays). It returns s as it is
// when s has n words or fewer, and "" when n ≤ 0.
func Clip(s string, n int) string {
	out := Cut(s, n)
	if out == "" || Words(s) <= n {
		return out
	}
	return strings.TrimRightFunc(out, func(r rune) bool { return unicode.IsPunct(r) && r != '"' && r != '”' }) + "…"
}

// Clustered reports whether r is a letter or a combining mark of Thai, Lao,
// Khmer or Myanmar (Burmese): alphabets written without spaces between words,
// whose letters gather into clusters that read as one (a consonant with its
// vowel signs, tone marks and stacked consonants). Such a cluster is a word
// of its own here, as a character is in Chinese (see ClusterEnd), since
// finding where a word ends would take a dictionary. Their digits are not
// clustered: a number is a word as in any script.
func Clustered(r rune) bool {
	if r < 0x0e01 || r > 0x17ff || 0x0eff < r && r < 0x1000 || 0x109f < r && r < 0x1780 {
		return false
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// ClusterEnd returns the end of the cluster that starts at s[i], a Clustered
// rune: a base letter with the letters and marks that belong to it.
//   - A vowel written before its consonant (Thai "เ", Lao "ເ") takes the
//     letter after it.
//   - Combining marks belong to the letter before them, and so does a vowel
//     written after it as a letter of its own (Thai "า", "ะ", "ำ"), and a
//     sign that repeats or shortens the word ("ๆ", "ฯ").
//   - A consonant stacked under the one before (after the Khmer coeng "្" or
//     the Myanmar virama "္") belongs to it, and so does a consonant the
//     next mark silences (the Myanmar asat "်", the Thai thanthakhat "์",
//     the Khmer bantoc "់"): a syllable's final.
//
// So "เดินทาง" is four clusters ("เดิ", "น", "ทา", "ง"), near the two
// syllables it reads as, and a cluster is rarely split where a word could
// end.
func ClusterEnd(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	end := i + size
	if leadingVowel(r) {
		if r2, s2 := utf8.DecodeRuneInString(s[end:]); Clustered(r2) && unicode.IsLetter(r2) {
			end += s2
		}
	}
	for end < len(s) {
		r, size = utf8.DecodeRuneInString(s[end:])
		if !Clustered(r) {
			break
		}
		switch {
		case r == 0x17d2 || r == 0x1039: // coeng, virama: the consonant under it too
			end += size
			if r2, s2 := utf8.DecodeRuneInString(s[end:]); Clustered(r2) && unicode.IsLetter(r2) {
				end += s2
			}
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || trailingLetter(r):
			end += size
		case silenced(s[end+size:]):
			end += size
		default:
			return end
		}
	}
	return end
}

// leadingVowel reports whether r is a Thai or Lao vowel written before the
// consonant it follows in speech.
func leadingVowel(r rune) bool {
	return 0x0e40 <= r && r <= 0x0e44 || 0x0ec0 <= r && r <= 0x0ec4
}

// trailingLetter reports whether r is a Thai, Lao or Khmer letter that
// belongs to the cluster before it: a vowel written after its consonant as a
// letter of its own, or a sign of repetition or abbreviation.
func trailingLetter(r rune) bool {
	switch r {
	case 'ะ', 'า', 'ำ', 'ๅ', 'ๆ', 'ฯ', 'ະ', 'າ', 'ຳ', 'ໆ', 'ຯ', 'ៗ':
		return true
	}
	return false
}

// silenced reports whether rest opens with a mark that silences the letter
// before it (the Myanmar asat, the Thai thanthakhat, the Khmer bantoc and
// toandakhiat), so that letter closes the syllable before.
func silenced(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return r == 0x103a || r == 0x0e4c || r == 0x17cb || r == 0x17cd
}
