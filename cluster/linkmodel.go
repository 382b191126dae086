package cluster

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"slices"
)

// LinkFeatures names the features of a pair of articles, in the order the
// first pass of a LinkModel reads them.
var LinkFeatures = []string{
	"cosine",
	"cosine over the lower best match",
	"cosine over the higher best match",
	"log ranks in each other's neighbours",
	"shared terms in at most 3 articles",
	"shared terms in at most 10 articles",
	"shared terms in at most 50 articles",
	"rarity of shared word pairs",
	"log length of the shorter",
	"log length of the longer",
	"cosine times log length of the shorter",
	"log the better rank",
	"log the worse rank",
	"cosine less the higher 10th-nearest cosine",
	"cosine less the lower 10th-nearest cosine",
	"shared terms over all their terms",
	"shared terms over the shorter's terms",
	"log shared terms",
	"cosine squared",
	"each other's nearest",
}

// RegroupFeatures names what the second pass of a LinkModel adds to
// LinkFeatures: what the first pass made of the pair.
var RegroupFeatures = []string{
	"first pass's probability",
	"lower mean probability to the other's group",
	"higher mean probability to the other's group",
	"in one group",
	"log size of the smaller group",
	"log size of the larger group",
}

// LinkModel tells which articles of a batch tell one story, in two passes.
// The first network gives each pair of neighbours a probability from its
// features (LinkFeatures), and the pairs are linked into groups by it. The
// second network sees each pair again with what that grouping made of it
// (RegroupFeatures: for instance how strongly each article is tied to the
// other's whole group), and its probabilities are linked afresh.
type LinkModel struct {
	Pair     *Network `json:"pair"`     // the first pass
	Regroup  *Network `json:"regroup"`  // the second pass
	Join     float64  `json:"join"`     // the probability a pair needs to link
	Cohesion float64  `json:"cohesion"` // the mean probability two groups need to merge
	Set      string   `json:"set"`      // what it was fitted on
	Pairs    int      `json:"pairs"`    // how many pairs
	Positive int      `json:"positive"` // of which one story
}

// Network is a small neural network that gives the probability that two
// articles tell one story: the pair's features, standardized, feed one
// layer of tanh units, whose weighted sum is the log odds.
type Network struct {
	Features []string    `json:"features"` // what it reads, in order
	Mean     []float64   `json:"mean"`     // each feature's mean over the training pairs
	Scale    []float64   `json:"scale"`    // and its standard deviation
	Hidden   [][]float64 `json:"hidden"`   // each unit's weights of the standardized features, then its bias
	Output   []float64   `json:"output"`   // each unit's weight in the log odds, then the bias
	Loss     float64     `json:"loss"`     // the mean log loss on the training pairs after fitting
}

//go:embed links.json
var linksJSON []byte

// DefaultLinks is the shipped model (links.json), fitted on the Multi-News
// validation set with `precis train --task stories`.
var DefaultLinks = mustLinks(linksJSON)

func mustLinks(b []byte) *LinkModel {
	m, err := ParseLinks(b)
	if err != nil {
		panic(err)
	}
	return m
}

// ParseLinks reads a link model and checks that it matches LinkFeatures and
// RegroupFeatures.
func ParseLinks(b []byte) (*LinkModel, error) {
	var m LinkModel
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("link model: %w", err)
	}
	if err := m.Pair.check("first pass", LinkFeatures); err != nil {
		return nil, err
	}
	if err := m.Regroup.check("second pass", regroupNames()); err != nil {
		return nil, err
	}
	return &m, nil
}

func regroupNames() []string {
	return append(slices.Clone(LinkFeatures), RegroupFeatures...)
}

// check reports whether n is a well-formed network over the given features.
func (n *Network) check(pass string, features []string) error {
	if n == nil {
		return fmt.Errorf("link model: no %s (refit with precis train --task stories)", pass)
	}
	nf := len(features)
	if !slices.Equal(n.Features, features) || len(n.Mean) != nf || len(n.Scale) != nf {
		return fmt.Errorf("link model: its %s's features are not this version's (%d features, want %d; refit with precis train --task stories)", pass, len(n.Features), nf)
	}
	if len(n.Hidden) == 0 || len(n.Output) != len(n.Hidden)+1 {
		return fmt.Errorf("link model: %s has %d hidden units and %d output weights (want one more than units)", pass, len(n.Hidden), len(n.Output))
	}
	for h, w := range n.Hidden {
		if len(w) != nf+1 {
			return fmt.Errorf("link model: %s's hidden unit %d has %d weights, want %d", pass, h, len(w), nf+1)
		}
	}
	return nil
}

// probs gives every pair of g the network's probability that it is one
// story: copies (no features) 1.
func (n *Network) probs(g graph) []float64 {
	out := make([]float64, len(g.pairs))
	x := make([]float64, len(n.Features))
	act := make([]float64, len(n.Hidden))
	for k, pr := range g.pairs {
		out[k] = 1
		if pr.Features != nil {
			out[k] = sigmoid(n.logOdds(n.standardize(x, pr.Features), act))
		}
	}
	return out
}

// standardize writes features f, standardized, into x and returns it.
func (n *Network) standardize(x, f []float64) []float64 {
	for k, v := range f {
		x[k] = (v - n.Mean[k]) / n.Scale[k]
	}
	return x
}

// logOdds runs the network on standardized features x, leaving each unit's
// activation in act.
func (n *Network) logOdds(x, act []float64) float64 {
	nf := len(x)
	z := n.Output[len(n.Hidden)]
	for h, w := range n.Hidden {
		a := w[nf]
		for k, v := range x {
			a += w[k] * v
		}
		act[h] = math.Tanh(a)
		z += n.Output[h] * act[h]
	}
	return z
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// regroup describes each pair of g again, adding to its features
// (LinkFeatures) what linking by the first pass's probabilities made of it
// (RegroupFeatures).
func regroup(g graph, probs []float64, groups []int) graph {
	type tie struct {
		to int
		p  float64
	}
	ties := make([][]tie, g.n)
	for k, pr := range g.pairs {
		ties[pr.A] = append(ties[pr.A], tie{pr.B, probs[k]})
		ties[pr.B] = append(ties[pr.B], tie{pr.A, probs[k]})
	}
	size := make([]int, g.n) // groups are numbered by a member
	for _, x := range groups {
		size[x]++
	}
	// the mean probability from article a to the members of group x, pairs
	// never compared counting zero
	meanTo := func(a, x int) float64 {
		sum := 0.0
		for _, t := range ties[a] {
			if groups[t.to] == x {
				sum += t.p
			}
		}
		return sum / float64(size[x])
	}
	out := graph{n: g.n, pairs: make([]linkPair, len(g.pairs))}
	for k, pr := range g.pairs {
		out.pairs[k] = linkPair{A: pr.A, B: pr.B}
		if pr.Features == nil {
			continue // a copy
		}
		ga, gb := groups[pr.A], groups[pr.B]
		toA, toB := meanTo(pr.B, ga), meanTo(pr.A, gb)
		one := 0.0
		if ga == gb {
			one = 1
		}
		sa, sb := float64(size[ga]), float64(size[gb])
		f := make([]float64, 0, len(pr.Features)+len(RegroupFeatures))
		f = append(f, pr.Features...)
		out.pairs[k].Features = append(f, probs[k], min(toA, toB), max(toA, toB), one,
			math.Log(min(sa, sb)), math.Log(max(sa, sb)))
	}
	return out
}

// How FitLinks trains each network: linkUnits tanh units, by Adam over
// shuffled batches of linkBatch pairs for linkEpochs passes, with a little
// L2 regularization.
const (
	linkUnits  = 16
	linkBatch  = 256
	linkEpochs = 30
	linkRate   = 0.003
	linkL2     = 1e-4
)

// FitLinks fits a link model to the batch staged in c (every article
// counted with Observe, then staged with Stage), whose articles' true
// stories are gold: the first network on the features of every pair of
// neighbours, then the second on the same pairs seen with the groups the
// first one's probabilities link. The result depends only on the batch and
// its order (each network starts from, and shuffles with, a fixed seed).
// The batch stays staged.
func FitLinks(c *Clusterer, gold []int, set string) (*LinkModel, error) {
	if len(gold) != len(c.staged) {
		return nil, fmt.Errorf("fit links: %d articles staged, %d stories given", len(c.staged), len(gold))
	}
	if len(c.staged) > c.opt.LinkMax || len(c.story) > 0 {
		return nil, fmt.Errorf("fit links: a batch of %d articles (%d filed before it) is not one the model would link (at most %d, nothing filed before)", len(c.staged), len(c.story), c.opt.LinkMax)
	}
	m := &LinkModel{Join: 0.4, Cohesion: 0.3, Set: set}
	c.weigh(c.staged)
	g := c.linkGraph(c.staged)
	for _, p := range g.pairs {
		if p.Features != nil { // copies are linked without the model
			m.Pairs++
			if gold[p.A] == gold[p.B] {
				m.Positive++
			}
		}
	}
	if m.Pairs == 0 {
		return nil, fmt.Errorf("fit links: no two articles of the batch share a term")
	}
	m.Pair = fitNetwork(g, gold, LinkFeatures)
	probs := m.Pair.probs(g)
	m.Regroup = fitNetwork(regroup(g, probs, m.link(g, probs)), gold, regroupNames())
	return m, nil
}

// fitNetwork fits a network to the pairs of g that have features.
func fitNetwork(g graph, gold []int, features []string) *Network {
	nf := len(features)
	n := &Network{Features: features, Mean: make([]float64, nf), Scale: make([]float64, nf)}
	var pairs []linkPair
	for _, p := range g.pairs {
		if p.Features != nil {
			pairs = append(pairs, p)
		}
	}
	for _, p := range pairs {
		for k, v := range p.Features {
			n.Mean[k] += v
		}
	}
	for k := range n.Mean {
		n.Mean[k] /= float64(len(pairs))
	}
	for _, p := range pairs {
		for k, v := range p.Features {
			n.Scale[k] += (v - n.Mean[k]) * (v - n.Mean[k])
		}
	}
	for k := range n.Scale {
		n.Scale[k] = math.Sqrt(n.Scale[k]/float64(len(pairs))) + 1e-9
	}
	x := make([][]float64, len(pairs))
	y := make([]float64, len(pairs))
	for i, p := range pairs {
		x[i] = n.standardize(make([]float64, nf), p.Features)
		if gold[p.A] == gold[p.B] {
			y[i] = 1
		}
	}
	n.train(x, y, rand.New(rand.NewSource(1)))
	act := make([]float64, len(n.Hidden))
	for i := range x {
		p := min(max(sigmoid(n.logOdds(x[i], act)), 1e-12), 1-1e-12)
		n.Loss -= y[i]*math.Log(p) + (1-y[i])*math.Log(1-p)
	}
	n.Loss /= float64(len(x))
	return n
}

// train fits the network's weights to standardized features x and labels y
// (1 for one story) by minimizing the log loss.
func (n *Network) train(x [][]float64, y []float64, rng *rand.Rand) {
	nf := len(x[0])
	n.Hidden = make([][]float64, linkUnits)
	for h := range n.Hidden {
		n.Hidden[h] = make([]float64, nf+1)
		for k := range nf {
			n.Hidden[h][k] = rng.NormFloat64() / math.Sqrt(float64(nf))
		}
	}
	n.Output = make([]float64, linkUnits+1)
	for h := range linkUnits {
		n.Output[h] = rng.NormFloat64() / math.Sqrt(linkUnits)
	}
	// every weight, in one list for Adam: the hidden rows, then the output
	params := make([][]float64, 0, linkUnits+1)
	params = append(params, n.Hidden...)
	params = append(params, n.Output)
	grad := make([][]float64, len(params))
	mom := make([][]float64, len(params))
	vel := make([][]float64, len(params))
	for i, p := range params {
		grad[i] = make([]float64, len(p))
		mom[i] = make([]float64, len(p))
		vel[i] = make([]float64, len(p))
	}
	gOut := grad[linkUnits]
	act := make([]float64, linkUnits)
	const beta1, beta2 = 0.9, 0.999
	step := 0
	order := make([]int, len(x))
	for i := range order {
		order[i] = i
	}
	for range linkEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for start := 0; start < len(order); start += linkBatch {
			batch := order[start:min(start+linkBatch, len(order))]
			for _, g := range grad {
				clear(g)
			}
			for _, i := range batch {
				d := sigmoid(n.logOdds(x[i], act)) - y[i]
				gOut[linkUnits] += d
				for h := range linkUnits {
					gOut[h] += d * act[h]
					dh := d * n.Output[h] * (1 - act[h]*act[h])
					gh := grad[h]
					gh[nf] += dh
					for k, v := range x[i] {
						gh[k] += dh * v
					}
				}
			}
			step++
			c1 := 1 - math.Pow(beta1, float64(step))
			c2 := 1 - math.Pow(beta2, float64(step))
			for i, p := range params {
				for k := range p {
					g := grad[i][k]/float64(len(batch)) + linkL2*p[k]
					mom[i][k] = beta1*mom[i][k] + (1-beta1)*g
					vel[i][k] = beta2*vel[i][k] + (1-beta2)*g*g
					p[k] -= linkRate * (mom[i][k] / c1) / (math.Sqrt(vel[i][k]/c2) + 1e-8)
				}
			}
		}
	}
}
