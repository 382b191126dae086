package summarize

import (
	"math/rand"
	"testing"
)

// The pair table numbers pairs as a map would, pair zero-zero included.
func TestPairTableIsAMap(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	tab := new(scratch).pairTable(500)
	want := map[[2]int32]int32{}
	for k := 0; k < 1000; k++ {
		p := [2]int32{int32(rng.Intn(40)), int32(rng.Intn(40))}
		if k == 0 {
			p = [2]int32{0, 0}
		}
		slot := tab.find(p[0], p[1])
		n, ok := want[p]
		if ok != (*slot != 0) || ok && *slot != n+1 {
			t.Fatalf("pair %v: slot %d, map %d (%v)", p, *slot, n, ok)
		}
		if !ok {
			want[p] = int32(len(want))
			*slot = want[p] + 1
		}
	}
	if len(want) < 500 {
		t.Errorf("only %d distinct pairs", len(want))
	}
}
