package cluster

import "container/heap"

// Sorting a batch by complete link.
//
// A batch the link model does not take (long newswire articles, too few
// articles for the model, or stories larger than those it was fitted on:
// Options.LinkMaxStory) is sorted by complete-link clustering when the
// whole batch is at hand: every article starts as a group of its own, and
// the two groups whose least similar pair of articles is the most similar
// merge, for as long as that least similar pair has a cosine of at least
// Options.Complete. A story is thus a set of articles every two of which
// are alike, so a chain of articles that each resemble the next (a
// country's election, then its economy, then its currency) does not become
// one story, as it can online, where a story's centroid drifts as articles
// join. The cosine is over each article's every term (not only its MaxTerms
// highest), discounted for time as the online clusterer discounts it, and
// the result does not depend on the order of the batch (ties aside).
// Stories that share a topic can pass the low bar together, so each story
// found is then checked for a weak cut and split (split.go; FileStaged).

// completable reports whether a batch may be sorted by complete link.
func (c *Clusterer) completable(batch []staged) bool {
	return c.opt.Complete > 0 && len(batch) >= 2 && len(batch) <= c.opt.CompleteMax && len(c.story) == 0
}

// groupPair is what complete link knows of two groups: how many pairs of
// articles across them are similar enough (a cosine of Options.Complete or
// more), and the least similarity among those pairs.
type groupPair struct {
	pairs int
	least float64
}

// completeLink sorts a batch by complete link and returns a group number
// for each article.
func (c *Clusterer) completeLink(batch []staged) []int {
	n := len(batch)
	similar := c.similarPairs(batch, c.opt.Complete)

	// across is, by group (its lowest article), what it knows of the
	// groups it has similar pairs with; size is each group's articles.
	across := make([]map[int32]groupPair, n)
	size := make([]int, n)
	group := make([]int32, n)
	var queue candidates
	for i := range n {
		size[i], group[i] = 1, int32(i)
		across[i] = map[int32]groupPair{}
	}
	for i := range similar {
		for _, e := range similar[i] {
			across[e.a][e.b] = groupPair{1, e.sim}
			across[e.b][e.a] = groupPair{1, e.sim}
			queue = append(queue, e)
		}
	}
	similar = nil
	heap.Init(&queue)
	for queue.Len() > 0 {
		e := heap.Pop(&queue).(candidate)
		gp, ok := across[e.a][e.b]
		if !ok || gp.pairs != size[e.a]*size[e.b] || gp.least != e.sim {
			continue // stale: one of the groups has grown since
		}
		keep, gone := min(e.a, e.b), max(e.a, e.b)
		delete(across[keep], gone)
		for other, g := range across[gone] {
			if other == keep {
				continue
			}
			delete(across[other], gone)
			if k, ok := across[keep][other]; ok {
				g = groupPair{g.pairs + k.pairs, min(g.least, k.least)}
			}
			across[keep][other] = g
			across[other][keep] = g
		}
		across[gone] = nil
		size[keep] += size[gone]
		group[gone] = keep
		for other, g := range across[keep] {
			if g.pairs == size[keep]*size[other] {
				heap.Push(&queue, candidate{min(keep, other), max(keep, other), g.least})
			}
		}
	}
	return resolveGroups(group)
}

// resolveGroups turns what each article's group merged into (an article
// lower than it, or itself) into each article's final group: its story's
// lowest article. It resolves them in order, lowest first.
func resolveGroups(group []int32) []int {
	out := make([]int, len(group))
	for i := range out {
		out[i] = out[group[i]]
		if group[i] == int32(i) {
			out[i] = i
		}
	}
	return out
}

// similarPairs returns, by article, the pairs of articles of a batch with a
// cosine of at least floor, each from its earlier article's side. The
// cosine is over each article's every term, discounted for time.
func (c *Clusterer) similarPairs(batch []staged, floor float64) [][]candidate {
	vecs := make([][]weighted, len(batch))
	for i := range batch {
		vecs[i] = batch[i].full
		if vecs[i] == nil {
			vecs[i] = batch[i].vec
		}
	}
	similar := make([][]candidate, len(batch))
	c.sweep(vecs, func(i int, touched []int32, acc []float64) {
		for _, j := range touched {
			if int(j) <= i {
				continue
			}
			sim := acc[j]
			if ti, tj := batch[i].time, batch[j].time; !ti.IsZero() && !tj.IsZero() {
				sim *= c.gapFactor(max(ti.Sub(tj), tj.Sub(ti)))
			}
			if sim >= floor {
				similar[i] = append(similar[i], candidate{int32(i), j, sim})
			}
		}
	})
	return similar
}

// candidate is two groups (by their lowest article, a < b) that may merge,
// and the least similarity between their articles.
type candidate struct {
	a, b int32
	sim  float64
}

// candidates is a heap of candidate merges, the most similar first (ties:
// the lower groups first).
type candidates []candidate

func (q candidates) Len() int { return len(q) }
func (q candidates) Less(x, y int) bool {
	if q[x].sim != q[y].sim {
		return q[x].sim > q[y].sim
	}
	if q[x].a != q[y].a {
		return q[x].a < q[y].a
	}
	return q[x].b < q[y].b
}
func (q candidates) Swap(x, y int) { q[x], q[y] = q[y], q[x] }
func (q *candidates) Push(x any)   { *q = append(*q, x.(candidate)) }
func (q *candidates) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}
