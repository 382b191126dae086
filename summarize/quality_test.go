package summarize

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestShippedQualityModelLoads(t *testing.T) {
	if DefaultQuality == nil || len(DefaultQuality.Weights) != len(QualityFeatures) || DefaultQuality.Sentences == 0 {
		t.Fatalf("shipped model = %+v", DefaultQuality)
	}
	// the shipped model must rank an article's first sentence above its
	// last, all else equal: the one thing every news summarizer agrees on
	c := corpus()
	q := DefaultQuality.Predict(c)
	if !(q[0] > q[2]) {
		t.Errorf("first sentence %.3f, last %.3f", q[0], q[2])
	}
}

func TestParseQualityRejectsBadModels(t *testing.T) {
	good, err := json.Marshal(QualityModel{Features: QualityFeatures, Weights: make([]float64, len(QualityFeatures))})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseQuality(good); err != nil {
		t.Fatalf("good model: %v", err)
	}
	renamed := strings.Replace(string(good), "bias", "intercept", 1)
	for name, in := range map[string]string{
		"not json":      `{"features":`,
		"too few":       `{"features":["bias"],"weights":[1]}`,
		"renamed":       renamed,
		"not a number":  strings.Replace(string(good), `"weights":[0`, `"weights":["x"`, 1),
		"empty":         ``,
		"weights only":  `{"weights":[1,2,3]}`,
		"wrong weights": strings.Replace(string(good), `"weights":[0,`, `"weights":[`, 1),
	} {
		if _, err := ParseQuality([]byte(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestFitQualityRecoversWeights(t *testing.T) {
	n := len(QualityFeatures)
	want := make([]float64, n)
	for k := range want {
		want[k] = float64(k%5) - 2
	}
	var x [][]float64
	var y []float64
	seed := uint64(7)
	next := func() float64 { // xorshift: reproducible pseudo-random features
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return float64(seed%1000) / 1000
	}
	for i := 0; i < 2000; i++ {
		f := make([]float64, n)
		f[0] = 1
		for k := 1; k < n; k++ {
			f[k] = next()
		}
		v := 0.0
		for k := range f {
			v += want[k] * f[k]
		}
		x = append(x, f)
		y = append(y, v)
	}
	m, err := FitQuality(x, y, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	for k := range want {
		if math.Abs(m.Weights[k]-want[k]) > 1e-3 {
			t.Errorf("weight %d = %.4f, want %.4f", k, m.Weights[k], want[k])
		}
	}
	if _, err := FitQuality(nil, nil, 1); err == nil {
		t.Error("no examples: no error")
	}
	if _, err := FitQuality([][]float64{{1}}, []float64{1}, 1); err == nil {
		t.Error("short feature vector: no error")
	}
	constant := make([][]float64, 10)
	for i := range constant {
		constant[i] = make([]float64, n) // every feature zero: nothing to fit
	}
	if _, err := FitQuality(constant, make([]float64, 10), 0); err == nil {
		t.Error("singular system: no error")
	}
}

func TestLargeBudgetRanksByQuality(t *testing.T) {
	c := corpus()
	m := NewCoverage()
	// a model that prefers later sentences: with most of the story in the
	// budget, the choice follows the model, not concept coverage
	m.Model = &QualityModel{Features: QualityFeatures, Weights: make([]float64, len(QualityFeatures))}
	m.Model.Weights[2] = 1 // position / article length
	all := candidateWords(c)
	got := m.Select(c, Budget{Words: all * 6 / 10})
	if len(got) == 0 || c.Sentences[got[0]].Pos == 0 {
		t.Errorf("large budget: first choice %v is a first sentence", got)
	}
	m.Quality, m.RankShare = 0, 0 // coverage alone: the shared lead comes first
	got = m.Select(c, Budget{Words: all * 6 / 10})
	if len(got) == 0 || c.Sentences[got[0]].Pos != 0 {
		t.Errorf("coverage alone: first choice %v, want the shared first sentence", got)
	}
}
