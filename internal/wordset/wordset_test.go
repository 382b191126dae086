package wordset

import (
	"math/rand"
	"testing"
)

// A set answers as a map of its words would, for words of every length
// and first byte, the empty word included.
func TestSetIsAMap(t *testing.T) {
	words := []string{"al", "bin", "della", "of", "monday", "x"}
	s := Of(words...)
	want := map[string]bool{}
	for _, w := range words {
		want[w] = true
	}
	rng := rand.New(rand.NewSource(1))
	letters := "abdelmnoxyz"
	tried := []string{"", "a", "al", "bi", "bin", "binn", "della", "dellas", "Monday", "monday"}
	for n := 0; n < 5000; n++ {
		b := make([]byte, rng.Intn(8))
		for i := range b {
			b[i] = letters[rng.Intn(len(letters))]
		}
		tried = append(tried, string(b))
	}
	for _, w := range tried {
		if got := s.Has(w); got != want[w] {
			t.Fatalf("Has(%q) = %v, want %v", w, got, want[w])
		}
		if want[w] && !s.May(w) {
			t.Fatalf("May(%q) = false for a member", w)
		}
	}
	var empty Filter
	if empty.May("a") || empty.May("") {
		t.Error("an empty filter let a word through")
	}
	if len(s.Words()) != len(words) {
		t.Errorf("Words() = %q", s.Words())
	}
}
