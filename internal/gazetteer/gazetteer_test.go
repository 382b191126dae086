package gazetteer

import "testing"

func TestDatelineNames(t *testing.T) {
	for name, want := range map[string]bool{
		"mich.": true, "mi": true, "n.y.": true, "d.c.": true, "georgia": true, "new york": true,
		"west virginia": true, "south korea": true, "ontario": true, "calif": true,
		// an abbreviation that is a word needs its period; a code that is a
		// word is not taken at all; a city is no region
		"ill": false, "miss": false, "ore": false, "in": false, "me": false, "beirut": false, "the show": false,
	} {
		if got := DatelineRegion(name); got != want {
			t.Errorf("DatelineRegion(%q) = %v, want %v", name, got, want)
		}
	}
	for name, want := range map[string]bool{"beirut": true, "washington": true, "san francisco": true, "texas": false, "ogden": false} {
		if got := DatelineCity(name); got != want {
			t.Errorf("DatelineCity(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestListsHoldNamesInTheirForm checks that every name is lower case and
// written with single spaces, as the sets are looked up.
func TestListsHoldNamesInTheirForm(t *testing.T) {
	for _, list := range [][]string{Countries, Capitals, Regions, StateAbbreviations, States, Provinces, Cities, otherStates, dottedStates, postalCodes} {
		for _, n := range list {
			for i := 0; i < len(n); i++ {
				if c := n[i]; c >= 'A' && c <= 'Z' || c == ' ' && (i == 0 || i == len(n)-1 || n[i-1] == ' ') {
					t.Errorf("%q is not lower case with single spaces", n)
					break
				}
			}
		}
	}
}
