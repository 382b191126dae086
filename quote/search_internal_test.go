package quote

import (
	"math"
	"math/rand"
	"regexp"
	"slices"
	"testing"
)

// The searches that try the expressions only where a verb can start must
// find what a plain search finds: the unanchored expression for
// verbFirstMatch, every start for nearest.
func TestVerbSearchesMatchPlainSearches(t *testing.T) {
	plainVerbFirst := regexp.MustCompile(`\b(` + verbs + `)\s+(` + name + `)(?:,[^,"“”` + "`" + `]{1,120},)?\s*:?\s*$`)
	// with the verb's last place unknown, every start is tried
	plainNearest := func(s string, last int) []string { return nearestUpTo(beforeRe, s, last, math.MaxInt) }
	rng := rand.New(rand.NewSource(1))
	matches := 0
	for n := 0; n < 40000; n++ {
		s := leadIn(rng)
		last := lastVerb(s)
		want := []string(nil)
		if last >= 0 {
			want = plainVerbFirst.FindStringSubmatch(s)
		}
		if got := verbFirstMatch(s, last); !slices.Equal(got, want) {
			t.Fatalf("verbFirstMatch(%q) = %q, want %q", s, got, want)
		}
		want = nil
		if last >= 0 {
			want = plainNearest(s, last)
		}
		got := []string(nil)
		if last >= 0 {
			got = nearest(beforePat, s, last)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("nearest(%q) = %q, want %q", s, got, want)
		}
		if want != nil {
			matches++
		}
	}
	if matches < 1000 {
		t.Errorf("only %d of the generated texts have a speaker: the test checks too little", matches)
	}
}
