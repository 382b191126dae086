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
	"regexp"
	"strings"
	"sync"
)

// The paper's character classes, as regular expressions: c is any character
// that is not a vowel (so y counts as a consonant here), v a vowel or y.
const (
	cons    = `[^aeiou]`
	vowel   = `[aeiouy]`
	consSeq = cons + `[^aeiouy]*`
	vowSeq  = vowel + `[aeiou]*`
)

var (
	mGT0      = regexp.MustCompile(`^(` + consSeq + `)?` + vowSeq + consSeq)
	mEQ1      = regexp.MustCompile(`^(` + consSeq + `)?` + vowSeq + consSeq + `(` + vowSeq + `)?$`)
	mGT1      = regexp.MustCompile(`^(` + consSeq + `)?` + vowSeq + consSeq + vowSeq + consSeq)
	hasVowel  = regexp.MustCompile(`^(` + consSeq + `)?` + vowel)
	shortCVC  = regexp.MustCompile(`^` + consSeq + vowel + `[^aeiouwxy]$`)
	step1aSS  = regexp.MustCompile(`(ss|i)es$`)
	step1aS   = regexp.MustCompile(`([^s])s$`)
	step1bEd  = regexp.MustCompile(`(ed|ing)$`)
	step1bEnd = regexp.MustCompile(`(at|bl|iz)$`)
	step2Re   = regexp.MustCompile(`(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$`)
	step3Re   = regexp.MustCompile(`(icate|ative|alize|iciti|ical|ful|ness)$`)
	step4Re   = regexp.MustCompile(`(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$`)
	step4Ion  = regexp.MustCompile(`(s|t)(ion)$`)
)

var step2Map = map[string]string{
	"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
	"alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
	"ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
	"iviti": "ive", "biliti": "ble", "logi": "log",
}

var step3Map = map[string]string{
	"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
}

// cache memoizes stems: news text repeats a small vocabulary, so after warm-up
// stemming costs one map lookup.
var cache sync.Map

// Porter returns the stem of w (lower case ASCII expected). Words shorter than
// three characters are returned unchanged.
func Porter(w string) string {
	if len(w) < 3 {
		return w
	}
	if s, ok := cache.Load(w); ok {
		return s.(string)
	}
	s := porter(w)
	cache.Store(strings.Clone(w), s)
	return s
}

func porter(w string) string {
	initialY := w[0] == 'y'
	if initialY {
		// An initial y is a consonant: upper case keeps the vowel patterns off it.
		w = "Y" + w[1:]
	}

	// Step 1a: plurals.
	if m := step1aSS.FindStringSubmatchIndex(w); m != nil {
		w = w[:m[0]] + w[m[2]:m[3]]
	} else if m := step1aS.FindStringSubmatchIndex(w); m != nil {
		w = w[:m[0]] + w[m[2]:m[3]]
	}

	// Step 1b: -eed, -ed, -ing.
	if strings.HasSuffix(w, "eed") {
		if mGT0.MatchString(w[:len(w)-3]) {
			w = w[:len(w)-1]
		}
	} else if m := step1bEd.FindStringIndex(w); m != nil {
		stem := w[:m[0]]
		if hasVowel.MatchString(stem) {
			w = stem
			switch {
			case step1bEnd.MatchString(w):
				w += "e"
			case endsDoubleConsonant(w):
				w = w[:len(w)-1]
			case shortCVC.MatchString(w):
				w += "e"
			}
		}
	}

	// Step 1c: y -> i when the stem has a vowel.
	if strings.HasSuffix(w, "y") {
		if stem := w[:len(w)-1]; hasVowel.MatchString(stem) {
			w = stem + "i"
		}
	}

	// Step 2 and 3: double and single suffixes mapped to shorter ones.
	if m := step2Re.FindStringSubmatchIndex(w); m != nil {
		if stem := w[:m[0]]; mGT0.MatchString(stem) {
			w = stem + step2Map[w[m[2]:m[3]]]
		}
	}
	if m := step3Re.FindStringSubmatchIndex(w); m != nil {
		if stem := w[:m[0]]; mGT0.MatchString(stem) {
			w = stem + step3Map[w[m[2]:m[3]]]
		}
	}

	// Step 4, ROUGE-1.5.5 variant: each rule sees the result of the one before.
	if m := step4Re.FindStringIndex(w); m != nil {
		if stem := w[:m[0]]; mGT1.MatchString(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ment") {
		if stem := w[:len(w)-4]; mGT1.MatchString(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ent") {
		if stem := w[:len(w)-3]; mGT1.MatchString(stem) {
			w = stem
		}
	} else if m := step4Ion.FindStringSubmatchIndex(w); m != nil {
		if stem := w[:m[0]] + w[m[2]:m[3]]; mGT1.MatchString(stem) {
			w = stem
		}
	}

	// Step 5: final -e and -ll.
	if strings.HasSuffix(w, "e") {
		stem := w[:len(w)-1]
		if mGT1.MatchString(stem) || (mEQ1.MatchString(stem) && !shortCVC.MatchString(stem)) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ll") && mGT1.MatchString(w) {
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
