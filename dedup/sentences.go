// Package dedup finds repeated content: sentences that are exact or near
// copies of one another within and across articles, so that a repeated
// sentence becomes one unit of content with several supporting articles.
package dedup

import (
	"slices"

	"github.com/precis-news/precis/internal/intern"
)

// DefaultThreshold is the Jaccard similarity of content-word sets above which
// two sentences are near-duplicates (wire copy with small edits: a changed
// name spelling, a dropped clause).
const DefaultThreshold = 0.6

// minTerms is the smallest sentence (in content words) that near-duplicate
// matching considers; shorter ones match only exactly.
const minTerms = 4

// shortTerms is the size below which a sentence needs a higher similarity.
const shortTerms = 8

// Group assigns every sentence to a group of near-duplicates. terms[i] holds
// sentence i's content-word stems. It returns, for each sentence, the index
// of the first sentence of its group (its representative), so sentences that
// say the same thing share one representative. Sentences are compared with
// the representatives before them, through an inverted index of their words.
func Group(terms [][]string, threshold float64) []int {
	ids := intern.New(4 * len(terms))
	numbered := make([][]int32, len(terms))
	for i, ts := range terms {
		numbered[i] = make([]int32, len(ts))
		for k, t := range ts {
			numbered[i][k] = ids.Of(t)
		}
	}
	return GroupNumbered(numbered, ids.Len(), threshold)
}

// GroupNumbered is Group for terms given as numbers from 0 to words-1 (one
// number a distinct term; the numbers' order does not matter).
func GroupNumbered(terms [][]int32, words int, threshold float64) []int {
	rep := make([]int, len(terms))
	exact := make(map[uint64]int, len(terms)) // a hash of the terms in order -> first sentence
	sets := make([][]int32, len(terms))       // by representative: its distinct terms, sorted
	overlap := make([]int32, len(terms))      // by representative: terms shared with the sentence at hand
	var touched []int32
	var set []int32
	// by term: the representatives containing it, each list a slice of one
	// array with room for every sentence that holds the term
	index := make([][]int32, words)
	held := make([]int32, words)
	last := make([]int32, words) // the last sentence (+1) counted in held
	all := 0
	for i, ts := range terms {
		all += len(ts)
		for _, t := range ts {
			if last[t] != int32(i+1) {
				last[t] = int32(i + 1)
				held[t]++
			}
		}
	}
	lists := make([]int32, all)
	for t, n := range held {
		index[t], lists = lists[:0:n], lists[n:]
	}
	kept := make([]int32, 0, all) // the representatives' sets, one after another
	for i, ts := range terms {
		set = append(set[:0], ts...)
		key := uint64(len(ts))
		for _, id := range ts {
			key = (key^uint64(id))*0x100000001b3 + 0x9e3779b97f4a7c15
		}
		if j, ok := exact[key]; ok && len(ts) > 0 && slices.Equal(terms[j], ts) {
			rep[i] = j
			continue
		}
		slices.Sort(set)
		set = slices.Compact(set)
		rep[i] = i
		if len(set) >= minTerms {
			for _, t := range set {
				for _, j := range index[t] {
					if overlap[j] == 0 {
						touched = append(touched, j)
					}
					overlap[j]++
				}
			}
			best, bestSim := -1, 0.0
			for _, j := range touched {
				o := int(overlap[j])
				overlap[j] = 0
				sim := float64(o) / float64(len(set)+len(sets[j])-o)
				need := threshold
				if min(len(set), len(sets[j])) < shortTerms {
					need += 0.1 // one changed word in a short sentence can change the fact
				}
				if sim >= need && (best < 0 || sim > bestSim || (sim == bestSim && int(j) < best)) {
					best, bestSim = int(j), sim
				}
			}
			touched = touched[:0]
			if best >= 0 {
				rep[i] = best
				continue
			}
		}
		if _, ok := exact[key]; !ok {
			exact[key] = i
		}
		kept = append(kept, set...)
		sets[i] = kept[len(kept)-len(set) : len(kept) : len(kept)]
		for _, t := range set {
			index[t] = append(index[t], int32(i))
		}
	}
	return rep
}
