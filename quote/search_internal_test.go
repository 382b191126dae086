package quote

import (
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
	plainNearest := func(s string, last int) []string {
		best, bestVerb := -1, -1
		var bestM []int
		for i := 0; i < last; i++ {
			if i > 0 && s[i-1] != ' ' || !mayOpenSpeaker(s[i:]) || afterPreposition(s[:i]) {
				continue
			}
			m := beforeRe.FindStringSubmatchIndex(s[i:])
			if m == nil || m[4] < 0 {
				continue
			}
			if verb := i + m[4]; verb > bestVerb {
				best, bestVerb, bestM = i, verb, m
			}
		}
		if best < 0 {
			return nil
		}
		out := make([]string, len(bestM)/2)
		for k := range out {
			if bestM[2*k] >= 0 {
				out[k] = s[best+bestM[2*k] : best+bestM[2*k+1]]
			}
		}
		return out
	}
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
