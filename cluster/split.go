package cluster

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"time"

	"github.com/precis-news/precis/internal/unionfind"
)

// Splitting a story in two.
//
// Joining by similarity to a story's centroid can take in a neighbouring
// story: Brazil's election draws in Brazil's economy, an embassy bombing
// draws in its suspect's other news. Once both have several articles, the
// story's articles form two groups that are each close-knit but hardly alike
// across. As a story grows (at sizes growing by a quarter each time), the
// clusterer looks for the best way to cut it in two: the article-to-article
// cosine graph is ordered by its Fiedler vector (the second eigenvector of
// the normalized adjacency, Shi and Malik's spectral relaxation), and the
// cut of that order with the lowest normalized cut is taken. If that cut is
// below Options.SplitCut and leaves Options.SplitMin articles or more on
// each side, the story becomes two, and each part is looked at again.
// A story with one event's articles has no such cut: its articles share the
// event's words, and its weakest cut separates only a straggler or two.

// maxSplitSize bounds the stories that are looked at for a split: the check
// is quadratic in the story's size, and a story this large has long been
// settled.
const maxSplitSize = 128

// entry is one term of an article's stored vector, kept sorted by term.
type entry struct {
	term int32
	w    float32
}

// keep stores the vector and time of the article just filed in story s, for
// later splits, and the rest of its distinct terms (terms, in any order), for
// Remove.
func (c *Clusterer) keep(vec []weighted, terms []int32, t time.Time, s int32) {
	e := make([]entry, len(vec))
	for i, v := range vec {
		e[i] = entry{v.term, float32(v.w)}
	}
	slices.SortFunc(e, func(a, b entry) int { return cmp.Compare(a.term, b.term) })
	c.vecs = append(c.vecs, e)
	c.rest = append(c.rest, restOf(e, terms))
	c.times = append(c.times, t)
	st := &c.stories[s]
	st.members = append(st.members, int32(len(c.story)-1))
}

// maybeSplit looks at story s for a split when it has grown enough since it
// was last looked at.
func (c *Clusterer) maybeSplit(s int32) {
	if st := &c.stories[s]; len(st.members) >= st.nextCheck {
		c.split(s)
	}
}

// split cuts story s in two if its best cut is weak enough, and then looks
// at both parts again. The part holding the story's first article keeps its
// number; the other becomes a new story.
func (c *Clusterer) split(s int32) {
	st := &c.stories[s]
	n := len(st.members)
	st.nextCheck = n + max(1, n/4)
	if n < 2*c.opt.SplitMin || n > maxSplitSize {
		return
	}
	a, b, cut := c.bisect(st.members)
	if cut >= c.opt.SplitCut {
		return
	}
	if !slices.Contains(a, st.members[0]) {
		a, b = b, a
	}
	ns := int32(len(c.stories))
	c.stories = append(c.stories, story{})
	for _, m := range b {
		c.story[m] = ns
	}
	c.rebuild(s, a)
	c.rebuild(ns, b)
	c.split(s)
	c.split(ns)
}

// rebuild sets story s to the given articles (in order of addition) and
// recomputes its centroid length and time span.
func (c *Clusterer) rebuild(s int32, members []int32) {
	slices.Sort(members)
	st := story{size: len(members), members: members, nextCheck: len(members) + max(1, len(members)/4)}
	sum := map[int32]float64{}
	for _, m := range members {
		for _, e := range c.vecs[m] {
			sum[e.term] += float64(e.w)
		}
		st.widen(c.times[m])
	}
	// summed in term order, so that the result does not depend on the
	// map's order
	for _, t := range slices.Sorted(maps.Keys(sum)) {
		st.norm2 += sum[t] * sum[t]
	}
	c.stories[s] = st
}

// cosine is the dot product of two stored unit vectors.
func cosine(a, b []entry) float64 {
	dot := 0.0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].term < b[j].term:
			i++
		case a[i].term > b[j].term:
			j++
		default:
			dot += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return dot
}

// copyCosine is the cosine at or above which two articles count as editions
// of one report when a story is cut: a wire story and its reprints are one
// node of the graph, so that a story told by two agencies, each reprinted
// many times, is not taken for two stories.
const copyCosine = 0.85

// bisect returns the best two-way cut of the articles by normalized cut
// along the Fiedler order, and its normalized cut. The graph's nodes are
// families of editions (articles joined by a cosine of copyCosine or more,
// weighted to each other by their articles' mean cosine), and each side
// needs SplitMin families. The cut is +Inf when there are too few families,
// a family is like none of the others, or the power iteration finds no order.
func (c *Clusterer) bisect(members []int32) (a, b []int32, ncut float64) {
	w, fam, nf := c.familyGraph(members)
	if nf < 2*c.opt.SplitMin {
		return nil, nil, math.Inf(1)
	}
	deg := make([]float64, nf)
	for x := 0; x < nf; x++ {
		for y := 0; y < nf; y++ {
			deg[x] += w[x*nf+y]
		}
	}
	for _, d := range deg {
		if d <= 0 {
			return nil, nil, math.Inf(1)
		}
	}
	f := fiedler(w, deg)
	if f == nil {
		return nil, nil, math.Inf(1)
	}
	side, ncut := sweep(w, deg, f)
	if n := countTrue(side); n < c.opt.SplitMin || nf-n < c.opt.SplitMin {
		return nil, nil, math.Inf(1)
	}
	for i, m := range members {
		if side[fam[i]] {
			a = append(a, m)
		} else {
			b = append(b, m)
		}
	}
	return a, b, ncut
}

// familyGraph groups the articles into families of editions (single link
// at copyCosine) and returns the families' weights (nf×nf, row major: the
// mean cosine between their articles), each article's family, and nf.
func (c *Clusterer) familyGraph(members []int32) (w []float64, fam []int, nf int) {
	n := len(members)
	sim := make([]float64, n*n)
	families := unionfind.New(n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			v := cosine(c.vecs[members[i]], c.vecs[members[j]])
			sim[i*n+j], sim[j*n+i] = v, v
			if v >= copyCosine {
				families.Union(i, j)
			}
		}
	}
	fam = make([]int, n) // numbered in order of their first article
	index := map[int]int{}
	var size []int
	for i := range fam {
		r := families.Find(i)
		k, ok := index[r]
		if !ok {
			k = len(size)
			index[r] = k
			size = append(size, 0)
		}
		fam[i] = k
		size[k]++
	}
	nf = len(size)
	w = make([]float64, nf*nf)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if fi, fj := fam[i], fam[j]; fi != fj {
				w[fi*nf+fj] += sim[i*n+j]
				w[fj*nf+fi] += sim[i*n+j]
			}
		}
	}
	for x := 0; x < nf; x++ {
		for y := 0; y < nf; y++ {
			w[x*nf+y] /= float64(size[x] * size[y])
		}
	}
	return w, fam, nf
}

// sweep moves the nodes into part A one at a time in the order of f,
// keeping the cut weight and A's volume up to date, and returns the part
// with the lowest normalized cut (side[i]: node i is in A) and that cut.
func sweep(w, deg, f []float64) (side []bool, best float64) {
	n := len(deg)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(f[x], f[y]) })
	total := 0.0
	for _, d := range deg {
		total += d
	}
	inA := make([]bool, n)
	best, bestK := math.Inf(1), 0
	cut, volA := 0.0, 0.0
	for k := 0; k < n-1; k++ {
		v := order[k]
		for j := 0; j < n; j++ {
			if j == v {
				continue
			}
			if inA[j] {
				cut -= w[v*n+j]
			} else {
				cut += w[v*n+j]
			}
		}
		inA[v] = true
		volA += deg[v]
		if nc := cut/volA + cut/(total-volA); nc < best {
			best, bestK = nc, k+1
		}
	}
	side = make([]bool, n)
	for k, x := range order {
		side[x] = k < bestK
	}
	return side, best
}

func countTrue(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// fiedler returns the Fiedler vector of the graph with weights w (n×n, row
// major) and degrees deg: the second eigenvector of D^-½ W D^-½, found by
// power iteration on that matrix plus the identity (so no eigenvalue is
// negative) with the first eigenvector, D^½·1, projected out, and scaled
// back by D^-½. It returns nil if the iteration collapses.
func fiedler(w, deg []float64) []float64 {
	n := len(deg)
	sq := make([]float64, n)
	u := make([]float64, n) // the first eigenvector, unit length
	norm := 0.0
	for i, d := range deg {
		sq[i] = math.Sqrt(d)
		norm += d
	}
	for i := range u {
		u[i] = sq[i] / math.Sqrt(norm)
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = float64(i) - float64(n-1)/2 + 0.5*float64(i%3) // any fixed start not parallel to u
	}
	y := make([]float64, n)
	project := func(v []float64) bool {
		d := 0.0
		for i := range v {
			d += v[i] * u[i]
		}
		l := 0.0
		for i := range v {
			v[i] -= d * u[i]
			l += v[i] * v[i]
		}
		if l < 1e-24 {
			return false
		}
		l = math.Sqrt(l)
		for i := range v {
			v[i] /= l
		}
		return true
	}
	if !project(x) {
		return nil
	}
	for it := 0; it < 500; it++ {
		for i := 0; i < n; i++ {
			s := x[i]
			row := w[i*n : i*n+n]
			for j, wij := range row {
				if wij != 0 {
					s += wij / (sq[i] * sq[j]) * x[j]
				}
			}
			y[i] = s
		}
		if !project(y) {
			return nil
		}
		change := 0.0
		for i := range y {
			change += (y[i] - x[i]) * (y[i] - x[i])
		}
		x, y = y, x
		if change < 1e-12 {
			break
		}
	}
	for i := range x {
		x[i] /= sq[i]
	}
	return x
}
