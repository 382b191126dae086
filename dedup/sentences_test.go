package dedup

import (
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
