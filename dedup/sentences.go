// Package dedup finds repeated content: sentences that are exact or near
// copies of one another within and across articles, so that a repeated
// sentence becomes one unit of content with several supporting articles.
package dedup

import "strings"

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
	rep := make([]int, len(terms))
	exact := make(map[string]int, len(terms))
	sets := make([]map[string]struct{}, len(terms))
	index := map[string][]int{} // term -> representatives containing it
	overlap := map[int]int{}
	for i, ts := range terms {
		key := strings.Join(ts, " ")
		if j, ok := exact[key]; ok && key != "" {
			rep[i] = j
			continue
		}
		set := make(map[string]struct{}, len(ts))
		for _, t := range ts {
			set[t] = struct{}{}
		}
		rep[i] = i
		if len(set) >= minTerms {
			clear(overlap)
			for t := range set {
				for _, j := range index[t] {
					overlap[j]++
				}
			}
			best, bestSim := -1, 0.0
			for j, o := range overlap {
				sim := float64(o) / float64(len(set)+len(sets[j])-o)
				need := threshold
				if min(len(set), len(sets[j])) < shortTerms {
					need += 0.1 // one changed word in a short sentence can change the fact
				}
				if sim >= need && (best < 0 || sim > bestSim || (sim == bestSim && j < best)) {
					best, bestSim = j, sim
				}
			}
			if best >= 0 {
				rep[i] = best
				continue
			}
		}
		exact[key] = i
		sets[i] = set
		for t := range set {
			index[t] = append(index[t], i)
		}
	}
	return rep
}
