package summarize

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestShippedQualityModelLoads(t *testing.T) {
	if len(DefaultQuality().Weights) != len(QualityFeatures) || DefaultQuality().Sentences == 0 {
		t.Fatalf("shipped model = %+v", DefaultQuality())
	}
	// the shipped model must rank an article's first sentence above its
	// last, all else equal: the one thing every news summarizer agrees on
	c := corpus()
	q := DefaultQuality().Predict(c)
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
		"empty word":    strings.Replace(string(good), `"lambda"`, `"words":{"":1},"lambda"`, 1),
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
	wantWords := map[string]float64{"said": 2, "click": -3, "the": 0.5}
	words := []string{"said", "click", "the", "rare"}
	seed := uint64(7)
	next := func() uint64 { // xorshift: reproducible pseudo-random examples
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	var examples []QualityExample
	for i := 0; i < 3000; i++ {
		e := QualityExample{Features: make([]float64, n)}
		e.Features[0] = 1
		for k := 1; k < n; k++ {
			e.Features[k] = float64(next()%1000) / 1000
		}
		for k := 0; k < 1+int(next()%6); k++ {
			w := words[next()%3]
			if i%100 == 0 {
				w = "rare" // in 30 examples: below MinCount, no weight
			}
			e.Stems = append(e.Stems, w)
		}
		for k, v := range e.Features {
			e.Target += want[k] * v
		}
		for _, st := range e.Stems {
			e.Target += wantWords[st] / float64(len(e.Stems)+1)
		}
		examples = append(examples, e)
	}
	m, err := FitQuality(examples, FitConfig{Lambda: 1e-6, Words: 10, MinCount: 50})
	if err != nil {
		t.Fatal(err)
	}
	for k := range want {
		if math.Abs(m.Weights[k]-want[k]) > 1e-3 {
			t.Errorf("weight %d = %.4f, want %.4f", k, m.Weights[k], want[k])
		}
	}
	if len(m.Words) != 3 {
		t.Errorf("word weights %v, want said, click and the", m.Words)
	}
	for w, v := range wantWords {
		if math.Abs(m.Words[w]-v) > 1e-3 {
			t.Errorf("word %q = %.4f, want %.4f", w, m.Words[w], v)
		}
	}
	if _, err := FitQuality(nil, FitConfig{Lambda: 1}); err == nil {
		t.Error("no examples: no error")
	}
	if _, err := FitQuality([]QualityExample{{Features: []float64{1}}}, FitConfig{Lambda: 1}); err == nil {
		t.Error("short feature vector: no error")
	}
	constant := make([]QualityExample, 10)
	for i := range constant {
		constant[i].Features = make([]float64, n) // every feature zero: nothing to fit
	}
	if _, err := FitQuality(constant, FitConfig{}); err == nil {
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

func TestScoreIsEachModelsPrediction(t *testing.T) {
	c := corpus()
	later := &QualityModel{Features: QualityFeatures, Weights: make([]float64, len(QualityFeatures))}
	later.Weights[2] = 1 // position / article length
	m := NewCoverage()
	m.Model = later
	m.Select(c, Budget{Words: candidateWords(c)})
	got, want := m.Score(c), later.predict(c, indexConcepts(c))
	if !slices.Equal(got, want) {
		t.Errorf("Score after Select = %v, want the model's %v", got, want)
	}
	got[0] = -1 // callers may change what they get
	if s := DefaultQuality().Predict(c); slices.Equal(s, want) || s[0] == -1 {
		t.Errorf("another model got the first model's predictions: %v", s)
	}
	if again := m.Score(c); again[0] == -1 {
		t.Errorf("a caller's change reached the kept predictions")
	}
}

func TestExplainGivesTheLargestLiftsOfAPrediction(t *testing.T) {
	c := corpus()
	m := DefaultQuality()
	pred := m.Predict(c)
	var all []int
	mean, n := 0.0, 0
	for i := range c.Sentences {
		all = append(all, i)
		if c.Candidate(i) {
			mean += pred[i]
			n++
		}
	}
	mean /= float64(n)
	reasons := m.Explain(c, all, 3)
	full := m.Explain(c, all, 100)
	for i, rs := range reasons {
		if len(rs) > 3 {
			t.Errorf("sentence %d: %d reasons, want at most 3", i, len(rs))
		}
		for k, r := range rs {
			if r.Lift <= 0 || k > 0 && r.Lift > rs[k-1].Lift || r.Feature != full[i][k].Feature {
				t.Errorf("sentence %d: reasons not the largest positive lifts, largest first: %+v", i, rs)
			}
		}
		// the parts add up: the lifts left out are negative, so the
		// positive ones sum to at least the prediction's lift
		sum := 0.0
		for _, r := range full[i] {
			sum += r.Lift
		}
		if sum < pred[i]-mean-1e-9 {
			t.Errorf("sentence %d: positive lifts %.4f below its prediction's lift %.4f", i, sum, pred[i]-mean)
		}
	}
	// a sentence that opens its article, in a story where most do not, is
	// lifted by that (the model weighs a first sentence up)
	if w := m.Weights[slices.Index(QualityFeatures, "first sentence of its article")]; w > 0 {
		found := false
		for _, r := range full[0] {
			found = found || r.Feature == "first sentence of its article"
		}
		if !found {
			t.Errorf("the first sentence is not lifted by being first: %+v", full[0])
		}
	}
}

func TestExplainNamesTheWordsPart(t *testing.T) {
	c := corpus()
	m := &QualityModel{Features: QualityFeatures, Weights: make([]float64, len(QualityFeatures)), Words: map[string]float64{"flood": 1}}
	pred := m.Predict(c)
	mean := 0.0
	for i := range c.Sentences {
		mean += pred[i] // every sentence of the test corpus is a candidate
	}
	mean /= float64(len(c.Sentences))
	got := m.Explain(c, []int{0}, 3)[0] // "flood forced thousand …"
	if len(got) != 1 || got[0].Feature != "its words" || math.Abs(got[0].Lift-(pred[0]-mean)) > 1e-12 {
		t.Errorf("the only lift is the word weights', %.4f: %+v", pred[0]-mean, got)
	}
}
