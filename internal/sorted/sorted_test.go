package sorted

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSharedMatchesSetIntersection(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := 0; trial < 2000; trial++ {
		draw := func() []int32 {
			var l []int32
			for n := rng.IntN(12); n > 0; n-- {
				l = append(l, rng.Int32N(20))
			}
			slices.Sort(l)
			return slices.Compact(l)
		}
		a, b := draw(), draw()
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
	draw := func() []int32 {
		var l []int32
		for n := rng.IntN(30); n > 0; n-- {
			l = append(l, rng.Int32N(40))
		}
		slices.Sort(l)
		return slices.Compact(l)
	}
	for trial := 0; trial < 5000; trial++ {
		a, b := draw(), draw()
		want := Shared(a, b)
		need := rng.IntN(25)
		n, ok := SharedAtLeast(a, b, need)
		if ok != (want >= need) || ok && n != want || !ok && n > want {
			t.Fatalf("SharedAtLeast(%v, %v, %d) = %d, %v; Shared = %d", a, b, need, n, ok, want)
		}
	}
}
