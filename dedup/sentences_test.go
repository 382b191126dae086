package dedup

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

func TestGroup(t *testing.T) {
	sents := []string{
		"united state contemplat talk arch enemi iran support iraqi govern",
		"fighter captur citi tal afar northwestern iraq",
		"us contemplat talk arch enemi iran support iraqi govern",           // near copy of 0
		"united state contemplat talk arch enemi iran support iraqi govern", // exact copy of 0
		"kurdish forc seiz kirkuk",
		"isi fighter captur citi tal afar northwestern iraq overnight", // near copy of 1
	}
	terms := make([][]string, len(sents))
	for i, s := range sents {
		terms[i] = strings.Fields(s)
	}
	got := Group(terms, DefaultThreshold)
	want := []int{0, 1, 0, 0, 4, 1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Group = %v, want %v", got, want)
		}
	}
}

func TestGroupKeepsDifferentSentences(t *testing.T) {
	terms := [][]string{strings.Fields("iran talk nuclear vienna week"), strings.Fields("iraq talk nuclear vienna week")}
	if got := Group(terms, DefaultThreshold); got[1] != 1 {
		t.Errorf("sentences differing in one of five words were merged: %v", got)
	}
}

// Any numbering of the terms gives the groups Group gives.
func TestGroupNumberedIgnoresTheNumbering(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	vocab := strings.Fields("iran iraq talk nuclear vienna week kerry isis city captur fighter militant offens baghdad us")
	var terms [][]string
	for i := 0; i < 300; i++ {
		if i > 0 && rng.Intn(3) == 0 { // an edited copy of an earlier sentence
			ts := slices.Clone(terms[rng.Intn(len(terms))])
			ts[rng.Intn(len(ts))] = vocab[rng.Intn(len(vocab))]
			terms = append(terms, ts)
			continue
		}
		ts := make([]string, 2+rng.Intn(10))
		for k := range ts {
			ts[k] = vocab[rng.Intn(len(vocab))]
		}
		terms = append(terms, ts)
	}
	want := Group(terms, DefaultThreshold)
	number := map[string]int32{}
	for k, w := range rng.Perm(len(vocab)) {
		number[vocab[w]] = int32(k)
	}
	numbered := make([][]int32, len(terms))
	for i, ts := range terms {
		for _, w := range ts {
			numbered[i] = append(numbered[i], number[w])
		}
	}
	got := GroupNumbered(numbered, len(vocab), DefaultThreshold)
	if !slices.Equal(got, want) {
		t.Fatalf("GroupNumbered = %v, want %v", got, want)
	}
	merged := 0
	for i, r := range want {
		if r != i {
			merged++
		}
	}
	if merged < 30 {
		t.Errorf("only %d of 300 sentences joined another: the test checks too little", merged)
	}
}
