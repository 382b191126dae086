package clean

import (
	"math/rand"
	"strings"
	"testing"
)

// A phrase set finds what strings.Contains finds, phrase by phrase,
// including phrases inside and overlapping one another.
func TestPhraseSetMatchesContains(t *testing.T) {
	phrases := []string{"he", "she", "his", "hers", "ushers", "a b", "sign up", "up to date", "é"}
	ps := newPhraseSet(phrases)
	rng := rand.New(rand.NewSource(1))
	letters := []string{"h", "e", "s", "r", "u", "i", " ", "a", "b", "é", "x", "sign", "up", "to", "date"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(letters[rng.Intn(len(letters))])
		}
		s := b.String()
		want := false
		for _, p := range phrases {
			want = want || strings.Contains(s, p)
		}
		if got := ps.in(s); got != want {
			t.Fatalf("in(%q) = %v, want %v", s, got, want)
		}
	}
	// every web-furniture phrase is found in a sentence around it, and a
	// sentence without any is not
	set := newPhraseSet(webFurniture)
	for _, p := range webFurniture {
		if !set.in("before " + p + " after") {
			t.Errorf("%q not found", p)
		}
	}
	if set.in("the president said on tuesday that talks would resume") {
		t.Error("an ordinary sentence matched a web-furniture phrase")
	}
}
