package quote

import (
	"math"
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The searches that try the expressions only where a verb can start must
// find what a plain search finds: the unanchored expression for
// verbFirstMatch, every start for nearest.
func TestVerbSearchesMatchPlainSearches(t *testing.T) {
	plainVerbFirst := regexp.MustCompile(`\b(` + verbs + `)\s+(` + name + `)(?:,[^,"“”` + "`" + `]{1,120},)?\s*:?\s*$`)
	// with the verb's last place unknown, every start is tried
	plainNearest := func(s string, last int) []string { return nearestUpTo(beforeRe, s, last, math.MaxInt) }
	pieces := []string{"said", "says", "say", "told", "added", "saying", "called", "warned", "also", "then",
		"John", "Kerry", "Secretary", "of", "State", "al-Maliki", "Nouri", "Élise", "ÉTAT", "the", "a",
		"official", "spokesman", "he", "she", "they", "in", "at", "Washington", "x2", "_said", "saidé",
		"Said", "said2", "who", "spoke", "on", "condition", "anonymity", "and", "“", "”", "\"", ":"}
	seps := []string{" ", " ", " ", ", ", "", "-", "\t", "  ", ". ", "é", "2"}
	rng := rand.New(rand.NewSource(1))
	matches := 0
	for n := 0; n < 40000; n++ {
		var b strings.Builder
		for k := 1 + rng.Intn(14); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		if rng.Intn(2) == 0 {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
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
			got = nearest(beforeRe, s, last)
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
