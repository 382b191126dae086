package unionfind

import (
	"math/rand"
	"testing"
)

// Joins in any order give the same sets, each named by its lowest member.
func TestUnionKeepsLowestRoot(t *testing.T) {
	const n = 200
	rng := rand.New(rand.NewSource(7))
	var joins [][2]int
	for k := 0; k < 150; k++ {
		joins = append(joins, [2]int{rng.Intn(n), rng.Intn(n)})
	}
	// the expected sets, by repeated relabelling
	label := make([]int, n)
	for i := range label {
		label[i] = i
	}
	for changed := true; changed; {
		changed = false
		for _, j := range joins {
			a, b := label[j[0]], label[j[1]]
			if a != b {
				lo, hi := min(a, b), max(a, b)
				for i := range label {
					if label[i] == hi {
						label[i] = lo
					}
				}
				changed = true
			}
		}
	}
	for trial := 0; trial < 5; trial++ {
		rng.Shuffle(len(joins), func(a, b int) { joins[a], joins[b] = joins[b], joins[a] })
		s := New(n)
		for _, j := range joins {
			s.Union(j[0], j[1])
		}
		for i := 0; i < n; i++ {
			if got := s.Find(i); got != label[i] {
				t.Fatalf("trial %d: Find(%d) = %d, want %d", trial, i, got, label[i])
			}
		}
	}
	s := New(2)
	if !s.Union(0, 1) || s.Union(1, 0) {
		t.Error("Union does not report whether the sets were apart")
	}
	if i := s.Add(); i != 2 || s.Find(2) != 2 {
		t.Errorf("Add = %d, a set of its own = %v", i, s.Find(2) == 2)
	}
}
