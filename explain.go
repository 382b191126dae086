package precis

// Explaining a choice: why the method chose each summary sentence.

import (
	"github.com/precis-news/precis/summarize"
)

// explain says why the method chose each sentence of order (the chosen
// ones, as they will be read): its place among the method's choices, its
// rank by the method's score among the candidates (score, when the method
// gives one), and what lifts that score most (when the method can say).
func explain(c *summarize.Corpus, method summarize.Method, chosen, order []int, score []float64) []*Why {
	out := make([]*Why, len(order))
	choice := make(map[int]int, len(chosen))
	for k, i := range chosen {
		choice[i] = k + 1
	}
	var reasons [][]summarize.Reason
	if ex, ok := method.(summarize.Explainer); ok {
		reasons = ex.Explain(c, order)
	}
	for k, i := range order {
		w := &Why{Choice: choice[i]}
		if score != nil {
			w.Rank = 1
			for j := range c.Sentences {
				if c.Candidate(j) {
					w.Of++
					if score[j] > score[i] {
						w.Rank++
					}
				}
			}
		}
		if reasons != nil {
			w.Reasons = reasons[k]
		}
		out[k] = w
	}
	return out
}
