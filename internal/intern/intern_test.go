package intern

import "testing"

func TestNumbersInOrderFirstMet(t *testing.T) {
	n := New(0)
	for i, w := range []string{"iraq", "iran", "iraq", "kerry", "iran"} {
		want := map[string]int32{"iraq": 0, "iran": 1, "kerry": 2}[w]
		if got := n.Of(w); got != want {
			t.Errorf("word %d: Of(%q) = %d, want %d", i, w, got, want)
		}
	}
	if id, ok := n.Lookup("iran"); !ok || id != 1 {
		t.Errorf("Lookup(iran) = %d, %v", id, ok)
	}
	if _, ok := n.Lookup("isis"); ok || n.Len() != 3 {
		t.Errorf("Lookup found a word never numbered, or numbered it")
	}
	if n.Len() != 3 || n.Words()[2] != "kerry" {
		t.Errorf("Len = %d, Words = %q", n.Len(), n.Words())
	}
}

func TestResetStartsAfresh(t *testing.T) {
	n := New(4)
	n.Of("iraq")
	n.Of("iran")
	before := n.Words()
	n.Reset(4)
	if n.Len() != 0 {
		t.Fatalf("Len after Reset = %d", n.Len())
	}
	if _, ok := n.Lookup("iran"); ok {
		t.Errorf("Lookup found a word numbered before Reset")
	}
	if got := n.Of("kerry"); got != 0 {
		t.Errorf("Of(kerry) after Reset = %d, want 0", got)
	}
	if before[0] != "iraq" || before[1] != "iran" {
		t.Errorf("Reset changed the words returned before: %q", before)
	}
}
