package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"strconv"
	"strings"
	"time"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/cluster"
	"github.com/precis-news/precis/text"
)

// StoriesConfig sets up a story-clustering evaluation: the articles of many
// summary clusters are shuffled together under anonymous ids, precis sorts
// them back into stories, and the result is scored against the clusters.
type StoriesConfig struct {
	Seed    int64 // shuffles the articles (and picks the clusters, with Stories)
	Stories int   // use this many clusters, picked at random; 0 for all
	// Scale grows the set to this many articles by adding variants of the
	// articles (each sentence kept with probability 3/4), each labeled with
	// its original's story; 0 keeps the set as it is.
	Scale int
	// Part and Parts pick the clusters to use: those whose index in the set
	// (from 0) is Part modulo Parts. Parts 0 takes every cluster.
	Part, Parts int
	Options     cluster.Options // zero: cluster.DefaultOptions
	Warn        func(string)
}

// StoriesReport is the result of Stories.
type StoriesReport struct {
	Articles          int     `json:"articles"`
	GoldStories       int     `json:"gold_stories"`
	Stories           int     `json:"stories"`
	Precision         float64 `json:"bcubed_precision"`
	Recall            float64 `json:"bcubed_recall"`
	F1                float64 `json:"bcubed_f1"`
	CopyGroups        int     `json:"copy_groups"`
	Seconds           float64 `json:"seconds"`
	ArticlesPerSecond float64 `json:"articles_per_second"`
	MBPerSecond       float64 `json:"mb_per_second"`
	PeakRSSMB         float64 `json:"peak_rss_mb"`
}

// readClusters reads the clusters of a set that have documents, those whose
// index is part modulo parts (every one when parts is 0).
func readClusters(r io.Reader, part, parts int, warn func(string)) ([]Cluster, error) {
	var clusters []Cluster
	index := 0
	err := eachLine(r, func(line int, b []byte) bool {
		var c Cluster
		if err := json.Unmarshal(b, &c); err != nil {
			warn(fmt.Sprintf("line %d: not a cluster: %v", line, err))
			return true
		}
		index++
		if len(c.Documents) > 0 && (parts <= 0 || (index-1)%parts == part) {
			clusters = append(clusters, c)
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("read set: %w", err)
	}
	if len(clusters) == 0 {
		return nil, errors.New("no cluster with documents in the set")
	}
	return clusters, nil
}

// eachArticle calls use with every article of the clusters that has text,
// and the index of its cluster.
func eachArticle(clusters []Cluster, use func(d Document, cluster int)) {
	for g, c := range clusters {
		for _, d := range c.Documents {
			if strings.TrimSpace(d.Text) != "" {
				use(d, g)
			}
		}
	}
}

// TrainLinks fits the link model that sorts a batch of articles into
// stories (cluster.FitLinks) on a summary set: the articles of its clusters
// (those whose index is part modulo parts; all when parts is 0) in the
// set's order, each cluster one story.
func TrainLinks(ctx context.Context, r io.Reader, part, parts int, name string, warn func(string)) (*cluster.LinkModel, error) {
	if warn == nil {
		warn = func(string) {}
	}
	clusters, err := readClusters(r, part, parts, warn)
	if err != nil {
		return nil, err
	}
	var arts []precis.Article
	var gold []int
	eachArticle(clusters, func(d Document, g int) {
		arts = append(arts, precis.Article{ID: d.ID, Text: d.Text})
		gold = append(gold, g)
	})
	docs, err := precis.AnalyzeAll(ctx, arts)
	if err != nil {
		return nil, err
	}
	c := cluster.New(cluster.DefaultOptions)
	cds := make([]cluster.Doc, len(docs))
	for i, d := range docs {
		cds[i] = d.ClusterDoc()
		c.Observe(cds[i])
	}
	for _, cd := range cds {
		c.Stage(cd)
	}
	return cluster.FitLinks(c, gold, name)
}

// Stories runs a story-clustering evaluation on the set read from r. The
// clock covers analysis, clustering and copy detection, not reading the set.
func Stories(ctx context.Context, r io.Reader, cfg StoriesConfig) (*StoriesReport, error) {
	warn := cfg.Warn
	if warn == nil {
		warn = func(string) {}
	}
	clusters, err := readClusters(r, cfg.Part, cfg.Parts, warn)
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewSource(cfg.Seed))
	if cfg.Stories > 0 && cfg.Stories < len(clusters) {
		rng.Shuffle(len(clusters), func(i, j int) { clusters[i], clusters[j] = clusters[j], clusters[i] })
		clusters = clusters[:cfg.Stories]
	}
	type item struct {
		text string
		gold int
	}
	var items []item
	eachArticle(clusters, func(d Document, g int) { items = append(items, item{d.Text, g}) })
	for n := len(items); cfg.Scale > len(items); {
		src := items[rng.Intn(n)]
		items = append(items, item{variant(src.text, rng), src.gold})
	}
	rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	arts := make([]precis.Article, len(items))
	gold := make([]int, len(items))
	size := 0
	for i, it := range items {
		arts[i] = precis.Article{ID: "a" + strconv.Itoa(i+1), Text: it.text}
		gold[i] = it.gold
		size += len(it.text)
	}
	items = nil

	opt := cfg.Options
	if opt == (cluster.Options{}) {
		opt = cluster.DefaultOptions
	}
	start := time.Now()
	s := precis.NewStreamWith(opt)
	placed, err := s.AddAll(ctx, arts)
	if err != nil {
		return nil, err
	}
	secs := time.Since(start).Seconds()
	pred := make([]int, len(placed))
	found := map[int]bool{}
	for i := range placed {
		pred[i] = s.Story(i) // where the article is now: a story may have split since it was filed
		found[pred[i]] = true
	}
	rep := &StoriesReport{Articles: len(arts), GoldStories: len(clusters), Stories: len(found), Seconds: secs}
	rep.Precision, rep.Recall, rep.F1 = cluster.BCubed(pred, gold)
	for _, st := range s.Clustering().Stories {
		rep.CopyGroups += len(st.Copies)
	}
	rep.ArticlesPerSecond = float64(len(arts)) / secs
	rep.MBPerSecond = float64(size) / 1e6 / secs
	rep.PeakRSSMB = PeakRSSMB()
	return rep, nil
}

// variant rewrites an article the way a shorter edition of it would read:
// each sentence kept with probability 3/4, at least one kept.
func variant(s string, rng *rand.Rand) string {
	spans := text.Sentences(s)
	var kept []string
	for _, sp := range spans {
		if rng.Intn(4) != 0 {
			kept = append(kept, s[sp.Start:sp.End])
		}
	}
	if len(kept) == 0 && len(spans) > 0 {
		sp := spans[rng.Intn(len(spans))]
		kept = append(kept, s[sp.Start:sp.End])
	}
	return strings.Join(kept, " ")
}
