package summarize

import "sort"

// Lead takes first sentences: the first sentence of every article, then the
// second of every article, and so on (round-robin over articles in input
// order), skipping near-duplicates, until the budget is full.
type Lead struct{}

func init() { register("lead", func() Method { return Lead{} }) }

// Name returns "lead".
func (Lead) Name() string { return "lead" }

// Select implements Method.
func (Lead) Select(c *Corpus, b Budget) []int {
	order := make([]int, len(c.Sentences))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, bb := &c.Sentences[order[x]], &c.Sentences[order[y]]
		if a.Pos != bb.Pos {
			return a.Pos < bb.Pos
		}
		return a.Doc < bb.Doc
	})
	return greedyFill(c, order, b)
}
