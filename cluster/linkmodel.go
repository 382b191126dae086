package cluster

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"slices"
)

// LinkFeatures names the features of a pair of articles, in the order
// LinkModel reads them.
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

// LinkModel is a small neural network that gives the probability that two
// articles tell one story: the pair's features (LinkFeatures), standardized,
// feed one layer of tanh units, whose weighted sum is the log odds.
type LinkModel struct {
	Features []string    `json:"features"` // LinkFeatures when it was fitted
	Mean     []float64   `json:"mean"`     // each feature's mean over the training pairs
	Scale    []float64   `json:"scale"`    // and its standard deviation
	Hidden   [][]float64 `json:"hidden"`   // each unit's weights of the standardized features, then its bias
	Output   []float64   `json:"output"`   // each unit's weight in the log odds, then the bias
	Join     float64     `json:"join"`     // the probability a pair needs to link
	Cohesion float64     `json:"cohesion"` // the mean probability two groups need to merge
	Set      string      `json:"set"`      // what it was fitted on
	Pairs    int         `json:"pairs"`    // how many pairs
	Positive int         `json:"positive"` // of which one story
	Loss     float64     `json:"loss"`     // the mean log loss on them after fitting
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

// ParseLinks reads a link model and checks that it matches LinkFeatures.
func ParseLinks(b []byte) (*LinkModel, error) {
	var m LinkModel
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("link model: %w", err)
	}
	nf := len(LinkFeatures)
	if !slices.Equal(m.Features, LinkFeatures) || len(m.Mean) != nf || len(m.Scale) != nf {
		return nil, fmt.Errorf("link model: its features are not this version's (%d features; refit with precis train --task stories)", len(m.Features))
	}
	if len(m.Hidden) == 0 || len(m.Output) != len(m.Hidden)+1 {
		return nil, fmt.Errorf("link model: %d hidden units and %d output weights (want one more than units)", len(m.Hidden), len(m.Output))
	}
	for h, w := range m.Hidden {
		if len(w) != nf+1 {
			return nil, fmt.Errorf("link model: hidden unit %d has %d weights, want %d", h, len(w), nf+1)
		}
	}
	return &m, nil
}

// prob is the model's probability that a pair with features f is one story.
func (m *LinkModel) prob(f []float64) float64 {
	x := make([]float64, len(f))
	for k, v := range f {
		x[k] = (v - m.Mean[k]) / m.Scale[k]
	}
	act := make([]float64, len(m.Hidden))
	return sigmoid(m.logOdds(x, act))
}

// logOdds runs the network on standardized features x, leaving each unit's
// activation in act.
func (m *LinkModel) logOdds(x, act []float64) float64 {
	nf := len(x)
	z := m.Output[len(m.Hidden)]
	for h, w := range m.Hidden {
		a := w[nf]
		for k, v := range x {
			a += w[k] * v
		}
		act[h] = math.Tanh(a)
		z += m.Output[h] * act[h]
	}
	return z
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// How FitLinks trains: linkUnits tanh units, by Adam over shuffled batches
// of linkBatch pairs for linkEpochs passes, with a little L2 regularization.
const (
	linkUnits  = 16
	linkBatch  = 256
	linkEpochs = 30
	linkRate   = 0.003
	linkL2     = 1e-4
)

// FitLinks fits a link model to the batch staged in c (every article
// counted with Observe, then staged with Stage), whose articles' true
// stories are gold, on the standardized features of every pair of
// neighbours. The result depends only on the batch and its order (the
// network starts from, and shuffles with, a fixed seed). The batch stays
// staged.
func FitLinks(c *Clusterer, gold []int, set string) (*LinkModel, error) {
	if len(gold) != len(c.staged) {
		return nil, fmt.Errorf("fit links: %d articles staged, %d stories given", len(c.staged), len(gold))
	}
	var pairs []linkPair
	for _, p := range c.linkGraph(c.staged).pairs {
		if p.Features != nil { // copies are linked without the model
			pairs = append(pairs, p)
		}
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("fit links: no two articles of the batch share a term")
	}
	nf := len(LinkFeatures)
	m := &LinkModel{Features: LinkFeatures, Mean: make([]float64, nf), Scale: make([]float64, nf),
		Join: 0.4, Cohesion: 0.3, Set: set, Pairs: len(pairs)}
	for _, p := range pairs {
		for k, v := range p.Features {
			m.Mean[k] += v
		}
	}
	for k := range m.Mean {
		m.Mean[k] /= float64(len(pairs))
	}
	for _, p := range pairs {
		for k, v := range p.Features {
			m.Scale[k] += (v - m.Mean[k]) * (v - m.Mean[k])
		}
	}
	for k := range m.Scale {
		m.Scale[k] = math.Sqrt(m.Scale[k]/float64(len(pairs))) + 1e-9
	}
	x := make([][]float64, len(pairs))
	y := make([]float64, len(pairs))
	for i, p := range pairs {
		x[i] = make([]float64, nf)
		for k, v := range p.Features {
			x[i][k] = (v - m.Mean[k]) / m.Scale[k]
		}
		if gold[p.A] == gold[p.B] {
			y[i] = 1
			m.Positive++
		}
	}
	m.train(x, y, rand.New(rand.NewSource(1)))
	act := make([]float64, len(m.Hidden))
	for i := range x {
		p := min(max(sigmoid(m.logOdds(x[i], act)), 1e-12), 1-1e-12)
		m.Loss -= y[i]*math.Log(p) + (1-y[i])*math.Log(1-p)
	}
	m.Loss /= float64(len(x))
	return m, nil
}

// train fits the network's weights to standardized features x and labels y
// (1 for one story) by minimizing the log loss.
func (m *LinkModel) train(x [][]float64, y []float64, rng *rand.Rand) {
	nf := len(x[0])
	m.Hidden = make([][]float64, linkUnits)
	for h := range m.Hidden {
		m.Hidden[h] = make([]float64, nf+1)
		for k := range nf {
			m.Hidden[h][k] = rng.NormFloat64() / math.Sqrt(float64(nf))
		}
	}
	m.Output = make([]float64, linkUnits+1)
	for h := range linkUnits {
		m.Output[h] = rng.NormFloat64() / math.Sqrt(linkUnits)
	}
	// every weight, in one list for Adam: the hidden rows, then the output
	params := make([][]float64, 0, linkUnits+1)
	params = append(params, m.Hidden...)
	params = append(params, m.Output)
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
				d := sigmoid(m.logOdds(x[i], act)) - y[i]
				gOut[linkUnits] += d
				for h := range linkUnits {
					gOut[h] += d * act[h]
					dh := d * m.Output[h] * (1 - act[h]*act[h])
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
