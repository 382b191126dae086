package phrase

import (
	"math/rand"
	"strings"
	"testing"
)

// A set finds what strings.Contains finds, phrase by phrase,
// including phrases inside and overlapping one another.
func TestSetMatchesContains(t *testing.T) {
	phrases := []string{"he", "she", "his", "hers", "ushers", "a b", "sign up", "up to date", "é"}
	ps := New(phrases)
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
		if got := ps.In(s); got != want {
			t.Fatalf("In(%q) = %v, want %v", s, got, want)
		}
	}
}

// ASCII capitals in the text match the phrases' small letters.
func TestSetIgnoresASCIICase(t *testing.T) {
	ps := New([]string{"could not be verified"})
	if !ps.In("It COULD NOT be Verified.") {
		t.Error("capitals in the text did not match")
	}
	if ps.In("could not be verifie") {
		t.Error("a part of the phrase matched")
	}
}

// A '#' stands for any ASCII digit.
func TestSetHashIsAnyDigit(t *testing.T) {
	ps := New([]string{"(#", "( #"})
	for s, want := range map[string]bool{"video (1:31)": true, "( 0: 49 )": true, "(ISIS)": false, "( a )": false, "1 (": false} {
		if got := ps.In(s); got != want {
			t.Errorf("In(%q) = %v, want %v", s, got, want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a digit beside '#' was accepted")
		}
	}()
	New([]string{"(#", "24/7"})
}

func TestGroupsFindWhatEachListsSetFinds(t *testing.T) {
	lists := [][]string{{"read more "}, {"photo", "getty "}, {"more"}, {"(#", "id: #"}, {"e"}, {"ore m", "photo/"}}
	g := NewGroups(lists)
	sets := make([]*Set, len(lists))
	for i, l := range lists {
		sets[i] = New(l)
	}
	found := make([]bool, len(lists))
	texts := []string{"", "Read More about it", "a Getty photo/ap (1:31)", "ID: 12 more", "nothing", "xphotox", "OREMORE M"}
	rng := rand.New(rand.NewSource(2))
	const alphabet = "readmo phtgyi/(1:#E"
	for range 3000 {
		b := make([]byte, rng.Intn(24))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		g.Find(s, found)
		for i, set := range sets {
			if found[i] != set.In(s) {
				t.Errorf("%q: list %d found %v, its own set %v", s, i, found[i], set.In(s))
			}
		}
	}
}
