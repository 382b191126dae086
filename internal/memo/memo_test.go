package memo

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// TestGet checks values against the function over many more keys than
// slots, from several goroutines at once, and that f runs only on misses.
func TestGet(t *testing.T) {
	tab := New[string](64)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5000 {
				k := fmt.Sprintf("key%d", (i*7+g)%700)
				if got := tab.Get(k, strings.ToUpper); got != strings.ToUpper(k) {
					t.Errorf("Get(%q) = %q", k, got)
					return
				}
			}
		}()
	}
	wg.Wait()
	calls := 0
	f := func(s string) string { calls++; return s + "!" }
	small := New[string](1024)
	for range 3 {
		small.Get("same", f)
	}
	if calls != 1 {
		t.Errorf("f ran %d times for one key, want 1", calls)
	}
}

func TestNewRejectsOtherSizes(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New(100) did not panic")
		}
	}()
	New[int](100)
}

func TestNewRejectsOneSlot(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New(1) did not panic")
		}
	}()
	New[int](1)
}

// Two keys that share a pair of slots both stay: used in turns, each is
// computed once.
func TestTwoKeysShareAPair(t *testing.T) {
	calls := 0
	f := func(s string) string { calls++; return s }
	tab := New[string](2) // one pair: every key shares it
	for range 10 {
		tab.Get("isis", f)
		tab.Get("isil", f)
	}
	if calls != 2 {
		t.Errorf("f ran %d times for two keys in turns, want 2", calls)
	}
	tab.Get("iraq", f) // a third takes one of the two slots
	if got := tab.Get("iraq", f); got != "iraq" || calls != 3 {
		t.Errorf("a third key: got %q after %d calls", got, calls)
	}
}
