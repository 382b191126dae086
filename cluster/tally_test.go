package cluster

import (
	"math/rand"
	"testing"
)

// A tally counts as a map would, lists its terms in the order first met,
// and starts empty after each reset, whatever size it had.
func TestTallyCountsLikeAMap(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	var tl tally
	for round := 0; round < 200; round++ {
		size := rng.Intn(300)
		tl.reset(size)
		want := map[int32][2]int{}
		var order []int32
		for k := 0; k < size; k++ {
			term := int32(rng.Intn(1 + size/2))
			if rng.Intn(10) == 0 {
				term = int32(rng.Intn(1 << 30)) // a term from a large vocabulary
			}
			name := rng.Intn(3) == 0
			c, seen := want[term]
			if !seen {
				order = append(order, term)
			}
			c[0]++
			if name {
				c[1]++
			}
			want[term] = c
			tl.add(term, name)
		}
		if tl.len() != len(order) {
			t.Fatalf("round %d: %d terms, want %d", round, tl.len(), len(order))
		}
		for k, term := range order {
			got, n, names := tl.at(k)
			if got != term || n != want[term][0] || names != want[term][1] {
				t.Fatalf("round %d: at(%d) = %d %d %d, want %d %v", round, k, got, n, names, term, want[term])
			}
			if n, names := tl.get(term); n != want[term][0] || names != want[term][1] {
				t.Fatalf("round %d: get(%d) = %d %d, want %v", round, term, n, names, want[term])
			}
		}
		if n, _ := tl.get(-5); n != 0 {
			t.Fatalf("round %d: an absent term has count %d", round, n)
		}
	}
}
