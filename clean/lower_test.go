package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// randomText draws strings from pieces that exercise both paths of lower
// and MatchKey: ASCII of both cases, punctuation, curly quotes and dashes,
// accented letters of both cases, letters whose case folding changes their
// byte length, and invalid UTF-8.
func randomText(rng *rand.Rand) string {
	pieces := []string{"a", "Z", "q", "1", "0", " ", "  ", "'", ".", ",", "-", "\t", "\n",
		"’", "‘", "ʼ", "“", "”", "—", "é", "É", "ß", "Ä", "ı", "İ", "Ω", "K", "ǅ", "٣", "中", "\xff", "\xe2\x80"}
	var b strings.Builder
	for n := rng.IntN(20); n > 0; n-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

func TestLowerIsToLower(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 50000; i++ {
		s := randomText(rng)
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Fatalf("lower(%q) = %q, strings.ToLower gives %q", s, got, want)
		}
	}
}

// matchKeyByRunes is MatchKey written plainly, rune by rune: the fast
// byte path must agree with it.
func matchKeyByRunes(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
		default:
			space = true
		}
	}
	return b.String()
}

func TestMatchKeyByBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 50000; i++ {
		s := randomText(rng)
		if got, want := MatchKey(s), matchKeyByRunes(s); got != want {
			t.Fatalf("MatchKey(%q) = %q, want %q", s, got, want)
		}
	}
	if got := MatchKey("Shi’ite  FIGHTERS—took\xffTikrit"); got != "shiite fighters took tikrit" {
		t.Errorf("MatchKey = %q", got)
	}
	if !utf8.ValidString(MatchKey("a\xffb")) {
		t.Error("MatchKey of invalid UTF-8 is not valid UTF-8")
	}
}

// TestTidyIsSqueezed checks squeezeSpace's fast path: valid text is tidy
// exactly when squeezing would leave it as it is.
func TestTidyIsSqueezed(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "Z", " ", "  ", "\t", "\u00a0", "\u2003", "\u202f", "\u3000", "é", "—", "中", ".", "\n", "\u200b", "\ufeff", "\u0097", "\u0081", "\u200d"}
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for n := rng.IntN(40); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := tidy(s), squeeze(s) == s; got != want {
			t.Fatalf("tidy(%q) = %v, but squeezing gives %q", s, got, squeeze(s))
		}
	}
}

// TestWebFurnitureWordFilter checks that the first-letter-and-length filter
// in front of the word set lets every word of the set through and agrees
// with the set on others.
func TestWebFurnitureWordFilter(t *testing.T) {
	for w := range webFurnitureWords {
		if !IsWebFurnitureWord(w) {
			t.Errorf("IsWebFurnitureWord(%q) = false", w)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		w := lower(randomText(rng))
		if got, want := IsWebFurnitureWord(w), webFurnitureWords[w]; got != want {
			t.Fatalf("IsWebFurnitureWord(%q) = %v, want %v", w, got, want)
		}
	}
}
