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
	return r == '؟' || r == '۔' || r == '।' || r == '॥' || r == '։' || r == '።' || r == '။'
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
		if word && (!in || Unspaced(r)) {
			if seen == n {
				return strings.TrimRightFunc(s[:i], func(r rune) bool { return unicode.IsSpace(r) || wideMark(r) })
			}
			seen++
		}
		in = word && !Unspaced(r)
		i += size
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
