// Package sorted holds the merge steps precis's stages share over sorted
// lists without repeats (a sentence's or an article's distinct terms, as
// numbers or strings).
package sorted

import "cmp"

// Shared counts the values two sorted lists without repeats share.
func Shared[T cmp.Ordered](a, b []T) int {
	n, _ := walk(a, b, 0, nil)
	return n
}

// EachShared calls use with every value two sorted lists without repeats
// share, in order.
func EachShared[T cmp.Ordered](a, b []T, use func(T)) {
	walk(a, b, 0, use)
}

// SharedAtLeast counts the values two sorted lists without repeats share,
// as Shared does, and reports whether there are at least need of them; it
// stops, with a partial count, as soon as too few values are left to reach
// need.
func SharedAtLeast[T cmp.Ordered](a, b []T, need int) (int, bool) {
	return walk(a, b, need, nil)
}

// walk merges a and b, calling use (when not nil) with each value they
// share, and counts them; it stops once fewer than need can be shared.
func walk[T cmp.Ordered](a, b []T, need int, use func(T)) (int, bool) {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		if n+min(len(a)-i, len(b)-j) < need {
			return n, false
		}
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if use != nil {
				use(a[i])
			}
			n++
			i++
			j++
		}
	}
	return n, n >= need
}
