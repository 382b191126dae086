package precis

import (
	"math/rand"
	"strings"
	"testing"
)

// hasQuoteMark finds what strings.ContainsAny finds with the quotation marks.
func TestHasQuoteMark(t *testing.T) {
	for _, s := range []string{"", "plain", `a "quote"`, "“curly”", "it’s", "‘single", "`tick", "dash — and … ellipsis", "€ sign", "\xe2\x80", "end\xe2"} {
		if got, want := hasQuoteMark(s), strings.ContainsAny(s, `"“”‘’`+"`"); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
	}
}

// quoteDeltaByRunes is quoteDelta's count written plainly, rune by rune:
// the byte scan must agree with it.
func quoteDeltaByRunes(s string) int {
	d := strings.Count(s, "``") - strings.Count(s, "''")
	straight, lastStraight := 0, -1
	for i, r := range s {
		switch r {
		case '“':
			d++
		case '”':
			d--
		case '"':
			straight++
			lastStraight = i
		}
	}
	return d + straightDelta(s, straight, lastStraight)
}

func TestQuoteDeltaByBytes(t *testing.T) {
	parts := []string{"`", "'", "\"", "“", "”", "‘", "’", "\xe2", "\xe2\x80", "\x80\x9c", "\xff", " ", "(", "a", "said", "—"}
	r := rand.New(rand.NewSource(7))
	for range 100000 {
		var b strings.Builder
		for range r.Intn(10) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		if s := b.String(); quoteDelta(s) != quoteDeltaByRunes(s) {
			t.Fatalf("quoteDelta(%q) = %d, want %d", s, quoteDelta(s), quoteDeltaByRunes(s))
		}
	}
}
