package summarize

import (
	"cmp"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

// QualityFeatures names the features of the sentence-quality model, in the
// order of its weights. Each is computed from the corpus alone.
var QualityFeatures = []string{
	"bias",
	"1/(1+position in article)",
	"position / article length",
	"log(1+words)",
	"first sentence of its article",
	"mean share of articles holding its content words",
	"share of its content words that other articles hold",
	"content words / all words",
	"log(1+articles)",
	"opens with an unresolved reference",
	"from the first article",
	"last sentence of its article",
	"over 50 words",
	"mean share of other articles holding its bigrams",
	"holds a quotation mark",
	"holds a question mark",
	"holds a parenthesis",
	"holds a number",
}

// QualityModel predicts how much of a sentence a reference summary would
// hold: the share of its words and word pairs that appear in a human
// summary of the story. It is linear in two parts: weights for the features
// of the sentence and its corpus (QualityFeatures), and a weight for each of
// the commonest word stems, averaged over the sentence's words (reporting
// verbs and officials raise it; first and second person, page furniture
// lower it). It is fitted by ridge regression (FitQuality) on the
// Multi-News development set; `precis train` writes it (see the README).
type QualityModel struct {
	Features  []string           `json:"features"`
	Weights   []float64          `json:"weights"`
	Words     map[string]float64 `json:"words,omitempty"` // stem → weight
	Lambda    float64            `json:"lambda"`          // ridge penalty of the fit
	Sentences int                `json:"sentences"`       // training examples
	Clusters  int                `json:"clusters"`        // training clusters
	Data      string             `json:"data"`            // what it was fitted on
}

//go:embed quality.json
var qualityJSON []byte

// DefaultQuality returns the model shipped in quality.json. It is read on
// first use, so that `precis train` can write a new one after the features
// change even while the shipped one no longer fits them.
var DefaultQuality = sync.OnceValue(func() *QualityModel {
	m, err := ParseQuality(qualityJSON)
	if err != nil {
		panic("summarize: the shipped quality.json does not fit this version (rerun precis train): " + err.Error())
	}
	return m
})

// ParseQuality reads a model written by QualityModel's JSON form, checking
// that its features are the ones this version computes.
func ParseQuality(b []byte) (*QualityModel, error) {
	var m QualityModel
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("not a quality model: %w", err)
	}
	if len(m.Weights) != len(QualityFeatures) || len(m.Features) != len(QualityFeatures) {
		return nil, fmt.Errorf("quality model has %d weights for %d features; this version computes %d", len(m.Weights), len(m.Features), len(QualityFeatures))
	}
	for i, f := range m.Features {
		if f != QualityFeatures[i] {
			return nil, fmt.Errorf("quality model feature %d is %q, want %q", i, f, QualityFeatures[i])
		}
	}
	for _, w := range m.Weights {
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, errors.New("quality model has a weight that is not a number")
		}
	}
	for word, w := range m.Words {
		if math.IsNaN(w) || math.IsInf(w, 0) || word == "" {
			return nil, fmt.Errorf("quality model has a bad word weight %q: %v", word, w)
		}
	}
	return &m, nil
}

// Predict returns the predicted quality of every sentence of c.
func (m *QualityModel) Predict(c *Corpus) []float64 {
	if c.qualityModel == m {
		return slices.Clone(c.quality)
	}
	return m.predict(c, indexConcepts(c))
}

func (m *QualityModel) predict(c *Corpus, ix *conceptIndex) []float64 {
	if c.qualityModel == m {
		return slices.Clone(c.quality)
	}
	out := make([]float64, len(c.Sentences))
	defer func() { c.quality, c.qualityModel = slices.Clone(out), m }()
	var words []float64 // by stem number: the stem's weight
	nb := c.numbers()
	if len(m.Words) > 0 {
		words = make([]float64, len(nb.words))
		for id, w := range nb.words {
			words[id] = m.Words[w]
		}
	}
	for i, f := range qualityFeatures(c, ix) {
		for k, v := range f {
			out[i] += m.Weights[k] * v
		}
		if len(m.Words) > 0 {
			stems := nb.stems[i]
			for _, id := range stems {
				out[i] += words[id] / float64(len(stems)+1)
			}
		}
	}
	return out
}

// Reason is one part of a sentence's predicted quality: how much a feature
// (or, for "its words", the sentence's word weights) lifts the prediction
// above that of the story's average candidate sentence.
type Reason struct {
	Feature string  `json:"feature"`
	Lift    float64 `json:"lift"`
}

// ownWords names the word weights' part of a prediction among Reasons.
const ownWords = "its words"

// Explain returns, for each sentence of c listed in which, the parts of its
// predicted quality that lift it most above the average candidate of c,
// largest first: at most n, each above zero. The model is linear, so the
// parts add up, with the parts that lower it and the average, to the
// prediction.
func (m *QualityModel) Explain(c *Corpus, which []int, n int) [][]Reason {
	feats := SentenceFeatures(c)
	nb := c.numbers()
	wordPart := func(i int) float64 {
		if len(m.Words) == 0 {
			return 0
		}
		stems, sum := nb.stems[i], 0.0
		for _, id := range stems {
			sum += m.Words[nb.words[id]]
		}
		return sum / float64(len(stems)+1)
	}
	// the average candidate: each part's mean over the candidates
	mean := make([]float64, len(QualityFeatures)+1)
	count := 0
	for i := range c.Sentences {
		if !c.Candidate(i) {
			continue
		}
		count++
		for k, v := range feats[i] {
			mean[k] += m.Weights[k] * v
		}
		mean[len(QualityFeatures)] += wordPart(i)
	}
	for k := range mean {
		mean[k] /= float64(max(count, 1))
	}
	out := make([][]Reason, len(which))
	for w, i := range which {
		var rs []Reason
		for k, v := range feats[i] {
			if lift := m.Weights[k]*v - mean[k]; lift > 0 {
				rs = append(rs, Reason{QualityFeatures[k], lift})
			}
		}
		if lift := wordPart(i) - mean[len(QualityFeatures)]; lift > 0 {
			rs = append(rs, Reason{ownWords, lift})
		}
		slices.SortStableFunc(rs, func(a, b Reason) int { return cmp.Compare(b.Lift, a.Lift) })
		out[w] = rs[:min(n, len(rs))]
	}
	return out
}

// SentenceFeatures returns the feature vector of every sentence of c, in
// the order of QualityFeatures (for fitting a model).
func SentenceFeatures(c *Corpus) [][]float64 {
	return qualityFeatures(c, indexConcepts(c))
}

func qualityFeatures(c *Corpus, ix *conceptIndex) [][]float64 {
	out := make([][]float64, len(c.Sentences))
	docs := float64(max(c.Docs, 1))
	for i := range c.Sentences {
		s := &c.Sentences[i]
		f := make([]float64, len(QualityFeatures))
		f[0] = 1
		f[1] = 1 / float64(1+s.Pos)
		f[2] = float64(s.Pos) / float64(max(1, s.DocLen))
		f[3] = math.Log1p(float64(s.Words))
		f[4] = indicator(s.Pos == 0)
		var uni, multi, uniDF, bi, biDF float64
		for _, id := range ix.concepts[i] {
			df := float64(ix.df[id])
			if ix.isUni[id] {
				uni++
				uniDF += df / docs
				if df > 1 {
					multi++
				}
			} else {
				bi++
				biDF += (df - 1) / docs
			}
		}
		if uni > 0 {
			f[5] = uniDF / uni
			f[6] = multi / uni
		}
		f[7] = float64(len(s.Terms)) / float64(max(1, len(s.Stems)))
		f[8] = math.Log1p(float64(c.Docs))
		f[9] = indicator(!s.Opening)
		f[10] = indicator(s.Doc == 0)
		f[11] = indicator(s.Pos == s.DocLen-1)
		f[12] = indicator(s.Words > 50)
		if bi > 0 {
			f[13] = biDF / bi
		}
		f[14] = indicator(s.Quote)
		f[15] = indicator(s.Question)
		f[16] = indicator(s.Aside)
		f[17] = indicator(slices.ContainsFunc(s.Terms, hasDigit))
		out[i] = f
	}
	return out
}

func hasDigit(t string) bool {
	for i := 0; i < len(t); i++ {
		if '0' <= t[i] && t[i] <= '9' {
			return true
		}
	}
	return false
}

func indicator(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// QualityExample is one training sentence: its features (SentenceFeatures),
// its stems, and the target share.
type QualityExample struct {
	Features []float64
	Stems    []string
	Target   float64
}

// FitConfig says how to fit a QualityModel.
type FitConfig struct {
	Lambda   float64 // ridge penalty
	Words    int     // word weights for at most this many stems, the commonest (0: none)
	MinCount int     // a stem needs this many training sentences to get a weight
}

// DefaultFit is how the shipped model was fitted.
var DefaultFit = FitConfig{Lambda: 1, Words: 1000, MinCount: 20}

// FitQuality fits a QualityModel to examples by ridge regression. The word
// part covers the cfg.Words stems found in the most examples (ties broken
// alphabetically, so the fit is deterministic).
func FitQuality(examples []QualityExample, cfg FitConfig) (*QualityModel, error) {
	nd := len(QualityFeatures)
	if len(examples) == 0 {
		return nil, errors.New("fit quality: no examples")
	}
	for i, e := range examples {
		if len(e.Features) != nd {
			return nil, fmt.Errorf("fit quality: example %d has %d features, want %d", i, len(e.Features), nd)
		}
	}
	vocab := commonStems(examples, cfg.Words, cfg.MinCount)
	n := nd + len(vocab)
	a := make([][]float64, n)
	for k := range a {
		a[k] = make([]float64, n)
		a[k][k] = cfg.Lambda
	}
	b := make([]float64, n)
	idx := make([]int, 0, 64)
	val := make([]float64, 0, 64)
	for _, e := range examples {
		// the example's non-zero features: dense ones, then its stems' shares
		idx, val = idx[:0], val[:0]
		for k, v := range e.Features {
			if v != 0 {
				idx, val = append(idx, k), append(val, v)
			}
		}
		share := 1 / float64(len(e.Stems)+1)
		for _, st := range e.Stems {
			k, ok := vocab[st]
			if !ok {
				continue
			}
			if at := slices.Index(idx, nd+k); at >= 0 {
				val[at] += share
			} else {
				idx, val = append(idx, nd+k), append(val, share)
			}
		}
		for p, k := range idx {
			b[k] += val[p] * e.Target
			for q, l := range idx {
				a[k][l] += val[p] * val[q]
			}
		}
	}
	w, err := solve(a, b)
	if err != nil {
		return nil, fmt.Errorf("fit quality: %w", err)
	}
	m := &QualityModel{Features: append([]string{}, QualityFeatures...), Weights: w[:nd], Lambda: cfg.Lambda, Sentences: len(examples)}
	if len(vocab) > 0 {
		m.Words = make(map[string]float64, len(vocab))
		for st, k := range vocab {
			m.Words[st] = w[nd+k]
		}
	}
	return m, nil
}

// commonStems numbers the n stems found in the most examples (at least
// minCount each).
func commonStems(examples []QualityExample, n, minCount int) map[string]int {
	if n <= 0 {
		return nil
	}
	count := map[string]int{}
	for _, e := range examples {
		for k, st := range e.Stems {
			if !slices.Contains(e.Stems[:k], st) {
				count[st]++
			}
		}
	}
	var stems []string
	for st, c := range count {
		if c >= max(minCount, 1) {
			stems = append(stems, st)
		}
	}
	slices.SortFunc(stems, func(x, y string) int {
		if count[x] != count[y] {
			return count[y] - count[x]
		}
		return strings.Compare(x, y)
	})
	stems = stems[:min(n, len(stems))]
	vocab := make(map[string]int, len(stems))
	for k, st := range stems {
		vocab[st] = k
	}
	return vocab
}

// solve solves a·w = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	for i := 0; i < n; i++ {
		p := i
		for r := i + 1; r < n; r++ {
			if math.Abs(a[r][i]) > math.Abs(a[p][i]) {
				p = r
			}
		}
		if math.Abs(a[p][i]) < 1e-12 {
			return nil, errors.New("singular system: a feature never varies")
		}
		a[i], a[p] = a[p], a[i]
		b[i], b[p] = b[p], b[i]
		for r := i + 1; r < n; r++ {
			f := a[r][i] / a[i][i]
			for k := i; k < n; k++ {
				a[r][k] -= f * a[i][k]
			}
			b[r] -= f * b[i]
		}
	}
	w := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := b[i]
		for k := i + 1; k < n; k++ {
			s -= a[i][k] * w[k]
		}
		w[i] = s / a[i][i]
	}
	return w, nil
}
