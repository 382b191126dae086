package cluster

// Sorting a batch of long articles by average link.
//
// Complete link asks every two articles of a story to be alike, so one
// article that shares little with one other member (a background piece in
// a hurricane's story, a profile in an election's) stays out, and a story
// of ten reports falls into parts. A batch of long articles (newswire: a
// median over Options.LinkMaxWords content words) is sorted by average
// link instead: every article starts as a group of its own, and the two
// groups whose articles are the most alike on average (the mean cosine
// over every pair across them, a pair under averageFloor counting as
// nothing) merge, for as long as that mean is at least Options.Average.
// Each story found is then checked for a weak cut, as complete link's are.

// averageFloor is the cosine under which a pair of articles counts as
// nothing to its groups' mean: such pairs share only common words, and
// keeping them would cost memory and time for no gain.
const averageFloor = 0.02

// averageLink sorts a batch by average link and returns a group number
// for each article (its group's lowest article). It follows nearest
// neighbours in a chain (two groups that are each other's nearest merge),
// which finds the same groups as merging the most alike pair first, in
// time and memory that grow with the square of the batch.
func (c *Clusterer) averageLink(batch []staged) []int {
	n := len(batch)
	sum := make([]float32, n*n)
	for _, pairs := range c.similarPairs(batch, averageFloor) {
		for _, e := range pairs {
			sum[int(e.a)*n+int(e.b)] = float32(e.sim)
			sum[int(e.b)*n+int(e.a)] = float32(e.sim)
		}
	}
	return averageGroups(n, sum, c.opt.Average)
}

// averageGroups merges n articles by average link while two groups' mean
// similarity is at least least, and returns each article's group (its
// lowest article). sum holds the similarity of every two articles a and b
// at a*n+b and b*n+a (0: unlike); it is overwritten with the summed
// similarity between groups.
func averageGroups(n int, sum []float32, least float64) []int {
	size := make([]int, n)
	group := make([]int32, n)
	active := make([]bool, n) // a group that may still merge
	for i := range n {
		size[i], group[i], active[i] = 1, int32(i), true
	}
	mean := func(a, b int) float64 { return float64(sum[a*n+b]) / float64(size[a]*size[b]) }
	// nearest is group a's most alike active group and their mean, or -1.
	// Ties go to prev (the group before a in the chain), so that the chain
	// cannot cycle, then to the lowest group.
	nearest := func(a, prev int) (int, float64) {
		best, bestMean := -1, 0.0
		for b := range n {
			if b != a && active[b] && sum[a*n+b] > 0 {
				if m := mean(a, b); m > bestMean {
					best, bestMean = b, m
				}
			}
		}
		if prev >= 0 && best != prev && mean(a, prev) >= bestMean {
			return prev, bestMean
		}
		return best, bestMean
	}
	var chain []int
	for start := 0; start < n; {
		if len(chain) == 0 {
			if !active[start] {
				start++
				continue
			}
			chain = append(chain, start)
		}
		a, prev := chain[len(chain)-1], -1
		if len(chain) >= 2 {
			prev = chain[len(chain)-2]
		}
		b, m := nearest(a, prev)
		if b < 0 || m < least {
			active[a] = false // nothing is alike enough: a story is final
			chain = chain[:len(chain)-1]
			continue
		}
		if b != prev {
			chain = append(chain, b)
			continue
		}
		// a and b are each other's nearest: merge them
		chain = chain[:len(chain)-2]
		keep, gone := min(a, b), max(a, b)
		for o := range n {
			if o != keep && o != gone && active[o] {
				v := sum[keep*n+o] + sum[gone*n+o]
				sum[keep*n+o], sum[o*n+keep] = v, v
			}
		}
		active[gone] = false
		size[keep] += size[gone]
		group[gone] = int32(keep)
	}
	return resolveGroups(group)
}
