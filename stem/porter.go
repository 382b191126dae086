// Package stem provides the Porter (1980) suffix-stripping stemmer in the variant
// that ROUGE-1.5.5 applies with its -m option.
//
// The variant differs from the published algorithm in step 4: a word ending in
// "-ement" is not tried again with "-ment" and "-ent" in the same rule, and the
// "-ment" and "-ent" rules are applied one after the other (Lin's 2004 change,
// documented in ROUGE-1.5.5's stemmer). Words are expected in lower case ASCII;
// the measure conditions are the paper's [C](VC){m}[V] forms.
package stem

import (
	"strings"

	"github.com/precis-news/precis/internal/memo"
)

// The measure conditions are the paper's, read the way ROUGE-1.5.5's regular
// expressions read them: a consonant run is any letter but a, e, i, o, u
// followed by letters other than a, e, i, o, u, y; a vowel run is a, e, i,
// o, u or y followed by a, e, i, o, u. So a y right after a consonant run
// opens a vowel run, and a y right after a vowel run opens a consonant run.
// measure returns m of [C](VC)^m[V] for a whole word, and whether it ends in
// a vowel run.

func isV(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// measure counts the VC pairs of w and reports whether w starts with a
// consonant run and whether it ends inside a vowel run.
func measure(w string) (m int, endsV bool) {
	i, n := 0, len(w)
	if i < n && !isV(w[i]) { // an optional consonant run
		i++
		for i < n && !isV(w[i]) && w[i] != 'y' {
			i++
		}
	}
	for i < n {
		// a vowel run: a, e, i, o, u or y, then a, e, i, o, u
		if !(isV(w[i]) || w[i] == 'y') {
			return m, false // cannot happen: consonant runs stop only before a vowel or y
		}
		i++
		for i < n && isV(w[i]) {
			i++
		}
		if i == n {
			return m, true
		}
		// a consonant run
		i++
		for i < n && !isV(w[i]) && w[i] != 'y' {
			i++
		}
		m++
	}
	return m, false
}

func mGT0(w string) bool { m, _ := measure(w); return m > 0 }
func mGT1(w string) bool { m, _ := measure(w); return m > 1 }
func mEQ1(w string) bool { m, _ := measure(w); return m == 1 }

// hasVowel reports whether w holds a vowel run after its optional leading
// consonant run (the paper's *v*).
func hasVowel(w string) bool {
	i, n := 0, len(w)
	if i < n && !isV(w[i]) {
		i++
		for i < n && !isV(w[i]) && w[i] != 'y' {
			i++
		}
	}
	return i < n
}

// shortCVC reports whether w is exactly one consonant run, one vowel (a, e,
// i, o, u or y) and a final consonant other than w, x or y.
func shortCVC(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	last := w[n-1]
	if isV(last) || last == 'w' || last == 'x' || last == 'y' {
		return false
	}
	v := w[n-2]
	if !(isV(v) || v == 'y') {
		return false
	}
	// w[:n-2] must be a consonant run: first letter not a vowel, the rest not a vowel or y
	if isV(w[0]) {
		return false
	}
	for k := 1; k < n-2; k++ {
		if isV(w[k]) || w[k] == 'y' {
			return false
		}
	}
	return true
}

// step2List and step3List are the suffixes of steps 2 and 3, longest first
// among those that end alike, as the regular expressions' alternations try
// them.
var step2List = []string{"ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi"}
var step3List = []string{"icate", "ative", "alize", "iciti", "ical", "ful", "ness"}
var step4List = []string{"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive", "ize"}

// suffixOf returns the suffix of w that a regular expression "(a|b|...)$"
// matches: the one whose match starts leftmost, as a leftmost-first search
// finds it.
func suffixOf(w string, list []string) string {
	best := ""
	for _, s := range list {
		if strings.HasSuffix(w, s) && len(s) > len(best) {
			best = s
		}
	}
	return best
}

var step2Map = map[string]string{
	"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
	"alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
	"ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
	"iviti": "ive", "biliti": "ble", "logi": "log",
}

var step3Map = map[string]string{
	"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
}

// stems memoizes porter (see internal/memo): 65,536 slots.
var stems = memo.New[string](1 << 16)

// Porter returns the stem of w (lower case ASCII expected). Words shorter than
// three characters are returned unchanged.
func Porter(w string) string {
	if len(w) < 3 {
		return w
	}
	return stems.Get(w, porter)
}

func porter(w string) string {
	initialY := w[0] == 'y'
	if initialY {
		// An initial y is a consonant: upper case keeps the vowel patterns off it.
		w = "Y" + w[1:]
	}

	// Step 1a: plurals.
	switch {
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ies"):
		w = w[:len(w)-2]
	case len(w) >= 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's':
		w = w[:len(w)-1]
	}

	// Step 1b: -eed, -ed, -ing.
	if strings.HasSuffix(w, "eed") {
		if mGT0(w[:len(w)-3]) {
			w = w[:len(w)-1]
		}
	} else if suf := suffixOf(w, []string{"ed", "ing"}); suf != "" {
		stem := w[:len(w)-len(suf)]
		if hasVowel(stem) {
			w = stem
			switch {
			case strings.HasSuffix(w, "at") || strings.HasSuffix(w, "bl") || strings.HasSuffix(w, "iz"):
				w += "e"
			case endsDoubleConsonant(w):
				w = w[:len(w)-1]
			case shortCVC(w):
				w += "e"
			}
		}
	}

	// Step 1c: y -> i when the stem has a vowel.
	if strings.HasSuffix(w, "y") {
		if stem := w[:len(w)-1]; hasVowel(stem) {
			w = stem + "i"
		}
	}

	// Step 2 and 3: double and single suffixes mapped to shorter ones.
	if suf := suffixOf(w, step2List); suf != "" {
		if stem := w[:len(w)-len(suf)]; mGT0(stem) {
			w = stem + step2Map[suf]
		}
	}
	if suf := suffixOf(w, step3List); suf != "" {
		if stem := w[:len(w)-len(suf)]; mGT0(stem) {
			w = stem + step3Map[suf]
		}
	}

	// Step 4, ROUGE-1.5.5 variant: each rule sees the result of the one before.
	if suf := suffixOf(w, step4List); suf != "" {
		if stem := w[:len(w)-len(suf)]; mGT1(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ment") {
		if stem := w[:len(w)-4]; mGT1(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ent") {
		if stem := w[:len(w)-3]; mGT1(stem) {
			w = stem
		}
	} else if strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "tion") {
		if stem := w[:len(w)-3]; mGT1(stem) {
			w = stem
		}
	}

	// Step 5: final -e and -ll.
	if strings.HasSuffix(w, "e") {
		stem := w[:len(w)-1]
		if mGT1(stem) || (mEQ1(stem) && !shortCVC(stem)) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ll") && mGT1(w) {
		w = w[:len(w)-1]
	}

	if initialY {
		w = "y" + w[1:]
	}
	return w
}

// endsDoubleConsonant reports whether w ends in a doubled letter other than
// a vowel, y, l, s or z (the letters step 1b keeps doubled).
func endsDoubleConsonant(w string) bool {
	n := len(w)
	if n < 2 || w[n-1] != w[n-2] {
		return false
	}
	return !strings.ContainsRune("aeiouylsz", rune(w[n-1]))
}
