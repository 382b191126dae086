package precis

import (
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
