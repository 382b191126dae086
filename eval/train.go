package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"sync"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/summarize"
	"github.com/precis-news/precis/text"
)

// TrainConfig says how to fit the sentence-quality model.
type TrainConfig struct {
	// Part and Parts pick the clusters to fit on: those whose index in the
	// set (from 0) is Part modulo Parts. Parts 0 takes every cluster.
	Part, Parts int
	Fit         summarize.FitConfig // zero: summarize.DefaultFit
	Workers     int                 // 0: one per core
	Warn        func(msg string)
}

// capture is a summarize.Method that selects nothing: it gives training the
// very corpus the methods see. It copies out what training reads (each
// candidate's features and stems) while Brief's corpus is live, since
// Brief reuses the corpus's arrays for the next story once it returns.
type capture struct {
	feats [][]float64
	stems [][]string // by sentence: a candidate's stems, nil for any other
}

func (*capture) Name() string { return "capture" }

func (m *capture) Select(c *summarize.Corpus, _ summarize.Budget) []int {
	m.feats = summarize.SentenceFeatures(c)
	m.stems = make([][]string, len(c.Sentences))
	for i, s := range c.Sentences {
		if c.Candidate(i) && len(s.Stems) > 0 {
			m.stems[i] = slices.Clone(s.Stems)
		}
	}
	return nil
}

// Train fits summarize.QualityModel on a summary set: for every candidate
// sentence of every cluster, the features summarize.SentenceFeatures
// computes and, as the target, the sentence's stemmed words, word pairs and
// skip pairs (two words at most four apart, as ROUGE-SU4 counts them) that
// the cluster's references hold, per word, averaged over the references.
func Train(ctx context.Context, r io.Reader, cfg TrainConfig) (*summarize.QualityModel, error) {
	warn, workers := orDefaults(cfg.Warn, cfg.Workers)
	var mu sync.Mutex
	byIndex := map[int][]summarize.QualityExample{}
	readErr := eachCluster(ctx, r, cfg.Part, cfg.Parts, workers, func(j job) {
		ex, err := trainingExamples(ctx, j)
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			warn(fmt.Sprintf("line %d: %v", j.line, err))
			return
		}
		byIndex[j.index] = ex
	})
	if readErr != nil {
		return nil, fmt.Errorf("read set: %w", readErr)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var examples []summarize.QualityExample
	for _, i := range slices.Sorted(maps.Keys(byIndex)) { // in set order, so the fit is deterministic
		examples = append(examples, byIndex[i]...)
	}
	if len(examples) == 0 {
		return nil, errors.New("no cluster gave a training sentence")
	}
	fit := cfg.Fit
	if fit == (summarize.FitConfig{}) {
		fit = summarize.DefaultFit
	}
	m, err := summarize.FitQuality(examples, fit)
	if err != nil {
		return nil, err
	}
	m.Clusters = len(byIndex)
	return m, nil
}

// trainingExamples returns the training examples of one cluster's candidate
// sentences.
func trainingExamples(ctx context.Context, j job) ([]summarize.QualityExample, error) {
	var c Cluster
	if err := json.Unmarshal(j.raw, &c); err != nil {
		return nil, fmt.Errorf("not a cluster: %w", err)
	}
	if len(c.Documents) == 0 || len(c.References) == 0 {
		return nil, errors.New("cluster without documents or references")
	}
	arts := make([]precis.Article, len(c.Documents))
	for k, d := range c.Documents {
		arts[k] = precis.Article{ID: strconv.Itoa(k), Text: d.Text}
	}
	cp := &capture{}
	_, err := precis.Brief(ctx, arts, precis.WithSelector(cp), precis.WithOneStory(), precis.WithSummaryOnly())
	if errors.Is(err, precis.ErrNoText) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	type refGrams struct{ uni, bi, skip map[string]bool }
	var refs []refGrams
	for _, ref := range c.References {
		g := refGrams{map[string]bool{}, map[string]bool{}, map[string]bool{}}
		toks := text.Tokenize(ref)
		for k, t := range toks {
			g.uni[t.Stem] = true
			if k > 0 {
				g.bi[toks[k-1].Stem+" "+t.Stem] = true
			}
			for d := 2; d <= 5 && k-d >= 0; d++ {
				g.skip[toks[k-d].Stem+" "+t.Stem] = true
			}
		}
		refs = append(refs, g)
	}
	var out []summarize.QualityExample
	for i, stems := range cp.stems {
		if stems == nil {
			continue
		}
		share := 0.0
		for _, g := range refs {
			hit := 0
			for k, st := range stems {
				if g.uni[st] {
					hit++
				}
				if k > 0 && g.bi[stems[k-1]+" "+st] {
					hit++
				}
				for d := 2; d <= 5 && k-d >= 0; d++ {
					if g.skip[stems[k-d]+" "+st] {
						hit++
					}
				}
			}
			share += float64(hit) / float64(len(stems)+1)
		}
		out = append(out, summarize.QualityExample{Features: cp.feats[i], Stems: stems, Target: share / float64(len(refs))})
	}
	return out, nil
}
