package sorted

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// randomSet draws up to most values below limit, sorted, without repeats.
func randomSet(rng *rand.Rand, most int, limit int32) []int32 {
	var l []int32
	for n := rng.IntN(most); n > 0; n-- {
		l = append(l, rng.Int32N(limit))
	}
	slices.Sort(l)
	return slices.Compact(l)
}

func TestSharedMatchesSetIntersection(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := 0; trial < 2000; trial++ {
		a, b := randomSet(rng, 12, 20), randomSet(rng, 12, 20)
		var want []int32
		for _, x := range a {
			if slices.Contains(b, x) {
				want = append(want, x)
			}
		}
		var got []int32
		EachShared(a, b, func(x int32) { got = append(got, x) })
		if !slices.Equal(got, want) || Shared(a, b) != len(want) {
			t.Fatalf("%v and %v: EachShared gives %v, Shared %d, want %v", a, b, got, Shared(a, b), want)
		}
	}
}

func TestSharedAtLeastAgreesWithShared(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for trial := 0; trial < 5000; trial++ {
		a, b := randomSet(rng, 30, 40), randomSet(rng, 30, 40)
		want := Shared(a, b)
		need := rng.IntN(25)
		n, ok := SharedAtLeast(a, b, need)
		if ok != (want >= need) || ok && n != want || !ok && n > want {
			t.Fatalf("SharedAtLeast(%v, %v, %d) = %d, %v; Shared = %d", a, b, need, n, ok, want)
		}
	}
}
