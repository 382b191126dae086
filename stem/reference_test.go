package stem

// The regular-expression form of the stemmer, as ROUGE-1.5.5's Perl writes
// it: the reference the hand-written conditions in porter.go are checked
// against.

import (
	"regexp"
	"strings"
	"testing"
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
	reMGT0     = regexp.MustCompile(`^(` + consSeq + `)?` + vowSeq + consSeq)
	reMEQ1     = regexp.MustCompile(`^(` + consSeq + `)?` + vowSeq + consSeq + `(` + vowSeq + `)?$`)
	reMGT1     = regexp.MustCompile(`^(` + consSeq + `)?` + vowSeq + consSeq + vowSeq + consSeq)
	reHasVowel = regexp.MustCompile(`^(` + consSeq + `)?` + vowel)
	reShortCVC = regexp.MustCompile(`^` + consSeq + vowel + `[^aeiouwxy]$`)
	step1aSS   = regexp.MustCompile(`(ss|i)es$`)
	step1aS    = regexp.MustCompile(`([^s])s$`)
	step1bEd   = regexp.MustCompile(`(ed|ing)$`)
	step1bEnd  = regexp.MustCompile(`(at|bl|iz)$`)
	step2Re    = regexp.MustCompile(`(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$`)
	step3Re    = regexp.MustCompile(`(icate|ative|alize|iciti|ical|ful|ness)$`)
	step4Re    = regexp.MustCompile(`(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$`)
	step4Ion   = regexp.MustCompile(`(s|t)(ion)$`)
)

var step2MapOld = map[string]string{
	"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
	"alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
	"ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
	"iviti": "ive", "biliti": "ble", "logi": "log",
}

var step3MapOld = map[string]string{
	"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
}

func porterOld(w string) string {
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
		if reMGT0.MatchString(w[:len(w)-3]) {
			w = w[:len(w)-1]
		}
	} else if m := step1bEd.FindStringIndex(w); m != nil {
		stem := w[:m[0]]
		if reHasVowel.MatchString(stem) {
			w = stem
			switch {
			case step1bEnd.MatchString(w):
				w += "e"
			case endsDoubleConsonantOld(w):
				w = w[:len(w)-1]
			case reShortCVC.MatchString(w):
				w += "e"
			}
		}
	}

	// Step 1c: y -> i when the stem has a vowel.
	if strings.HasSuffix(w, "y") {
		if stem := w[:len(w)-1]; reHasVowel.MatchString(stem) {
			w = stem + "i"
		}
	}

	// Step 2 and 3: double and single suffixes mapped to shorter ones.
	if m := step2Re.FindStringSubmatchIndex(w); m != nil {
		if stem := w[:m[0]]; reMGT0.MatchString(stem) {
			w = stem + step2MapOld[w[m[2]:m[3]]]
		}
	}
	if m := step3Re.FindStringSubmatchIndex(w); m != nil {
		if stem := w[:m[0]]; reMGT0.MatchString(stem) {
			w = stem + step3MapOld[w[m[2]:m[3]]]
		}
	}

	// Step 4, ROUGE-1.5.5 variant: each rule sees the result of the one before.
	if m := step4Re.FindStringIndex(w); m != nil {
		if stem := w[:m[0]]; reMGT1.MatchString(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ment") {
		if stem := w[:len(w)-4]; reMGT1.MatchString(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ent") {
		if stem := w[:len(w)-3]; reMGT1.MatchString(stem) {
			w = stem
		}
	} else if m := step4Ion.FindStringSubmatchIndex(w); m != nil {
		if stem := w[:m[0]] + w[m[2]:m[3]]; reMGT1.MatchString(stem) {
			w = stem
		}
	}

	// Step 5: final -e and -ll.
	if strings.HasSuffix(w, "e") {
		stem := w[:len(w)-1]
		if reMGT1.MatchString(stem) || (reMEQ1.MatchString(stem) && !reShortCVC.MatchString(stem)) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ll") && reMGT1.MatchString(w) {
		w = w[:len(w)-1]
	}

	if initialY {
		w = "y" + w[1:]
	}
	return w
}

// endsDoubleConsonant reports whether w ends in a doubled letter other than
// a vowel, y, l, s or z (the letters step 1b keeps doubled).
func endsDoubleConsonantOld(w string) bool {
	n := len(w)
	if n < 2 || w[n-1] != w[n-2] {
		return false
	}
	return !strings.ContainsRune("aeiouylsz", rune(w[n-1]))
}

// TestMatchesRegexpReference stems every word of three or four letters over
// an alphabet of vowels, y and common consonants, and a list of suffixed
// words, with both forms.
func TestMatchesRegexpReference(t *testing.T) {
	alpha := "aeyiosltnrdgm"
	var words []string
	var gen func(p string, n int)
	gen = func(p string, n int) {
		if n == 0 {
			words = append(words, p)
			return
		}
		for _, c := range alpha {
			gen(p+string(c), n-1)
		}
	}
	for n := 3; n <= 4; n++ {
		gen("", n)
	}
	for _, base := range []string{"relat", "condition", "rational", "valen", "hesit", "digit", "conform", "radic", "differ", "vietnam", "predic", "electr", "hope", "sky", "agree", "feed", "plaster", "bled", "motor", "sing", "conflat", "troubl", "size", "hop", "tann", "fall", "hiss", "fizz", "fail", "fil", "happy", "sky"} {
		for _, suf := range []string{"", "s", "es", "ies", "ed", "ing", "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "sion", "tion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "y"} {
			words = append(words, base+suf, "y"+base+suf)
		}
	}
	for _, w := range words {
		if got, want := porter(w), porterOld(w); got != want {
			t.Fatalf("%q: hand-written %q, regular expressions %q", w, got, want)
		}
	}
}
