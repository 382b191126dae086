// Package eval summarizes every cluster of a summary set and scores the
// summaries against the set's references with ROUGE, streaming through the
// set on all cores.
package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/rouge"
	"github.com/precis-news/precis/summarize"
	"github.com/precis-news/precis/text"
)

// Cluster is one line of a summary set: documents about one event and human
// reference summaries of them.
type Cluster struct {
	ID         string     `json:"id"`
	Documents  []Document `json:"documents"`
	References []string   `json:"references"`
}

// Document is one article of a cluster.
type Document struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Config says how to summarize and score.
type Config struct {
	Method string        // summarization method (summarize.Names)
	Words  int           // word budget (with Bytes 0)
	Bytes  int           // byte budget
	Rouge  rouge.Options // scoring options
	OutDir string        // when set, write DIR/<cluster id>.txt, one sentence a line
	// Out, when set, receives every summary as one JSON line,
	// {"id":…,"summary":[sentences]}, in the set's order whatever the
	// number of workers (a skipped cluster has no line).
	Out     io.Writer
	Workers int // 0: one per core
	// Part and Parts pick the clusters to evaluate: those whose index in the
	// set (from 0) is Part modulo Parts. Parts 0 takes every cluster.
	Part, Parts int
	// Quality, when set, replaces the shipped sentence-quality model of the
	// precis method (summarize.DefaultQuality).
	Quality *summarize.QualityModel
	// NoScore summarizes (and writes, with OutDir) without scoring: the
	// report then times reading, summarizing and writing alone.
	NoScore bool
	// Progress, when set, is called after each cluster with the number done.
	Progress func(done int)
	// Warn receives problems with single clusters; they are skipped.
	Warn func(msg string)
}

// Metric is one ROUGE metric averaged over the set.
type Metric struct {
	R    float64    `json:"R"`
	P    float64    `json:"P"`
	F    float64    `json:"F"`
	RCI  [2]float64 `json:"R_ci"`
	PCI  [2]float64 `json:"P_ci"`
	FCI  [2]float64 `json:"F_ci"`
	Name string     `json:"-"`
}

// Report is the result of Run.
type Report struct {
	Method            string            `json:"method"`
	Clusters          int               `json:"clusters"`
	Skipped           int               `json:"skipped"`
	Rouge             map[string]Metric `json:"rouge"`
	Seconds           float64           `json:"seconds"`
	ClustersPerSecond float64           `json:"clusters_per_second"`
	MBPerSecond       float64           `json:"mb_per_second"`
	PeakRSSMB         float64           `json:"peak_rss_mb"`
	// RepeatedPairs counts, over all summaries, the pairs of sentences of one
	// summary that say the same thing (summarize.Redundant on their content
	// words): the no-repetition check. It is counted when scoring.
	RepeatedPairs int      `json:"repeated_pairs"`
	Metrics       []string `json:"-"` // metric names in ROUGE's order
}

type job struct {
	line  int
	index int // the cluster's index in the set, from 0
	seq   int // its place among the clusters handed out, from 0
	raw   []byte
}

type result struct {
	id       string
	out      []byte // its line for Config.Out, newline included
	scores   rouge.Scores
	bytes    int
	repeated int // pairs of summary sentences with the same content
}

// Run reads the set from r (JSON Lines, gzipped or not, one cluster a line),
// summarizes and scores every cluster, and reports the averages. A malformed
// line or a cluster without documents or references is reported through
// cfg.Warn and skipped.
func Run(ctx context.Context, r io.Reader, cfg Config) (*Report, error) {
	scorer, err := rouge.New(cfg.Rouge)
	if err != nil {
		return nil, err
	}
	if _, err := summarize.Lookup(cfg.Method); err != nil {
		return nil, err
	}
	if cfg.OutDir != "" {
		if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
			return nil, fmt.Errorf("output folder: %w", err)
		}
	}
	warn, workers := orDefaults(cfg.Warn, cfg.Workers)
	start := time.Now()
	var mu sync.Mutex
	skipped := 0
	var ids []string
	var per []rouge.Scores
	total, repeated := 0, 0
	out := inOrder{w: cfg.Out}
	run, stop := context.WithCancel(ctx) // stopped when a summary cannot be written
	defer stop()
	readErr := eachCluster(run, r, cfg.Part, cfg.Parts, workers, func(j job) {
		res, err := runCluster(run, j, cfg, scorer)
		mu.Lock()
		defer mu.Unlock()
		if out.put(j.seq, res.out) != nil {
			stop()
			return
		}
		if err != nil {
			skipped++
			warn(fmt.Sprintf("line %d: %v", j.line, err))
			return
		}
		ids = append(ids, res.id)
		per = append(per, res.scores)
		total += res.bytes
		repeated += res.repeated
		if cfg.Progress != nil {
			cfg.Progress(len(per))
		}
	})
	if readErr != nil {
		return nil, fmt.Errorf("read set: %w", readErr)
	}
	if out.err != nil {
		return nil, fmt.Errorf("write summaries: %w", out.err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(per) == 0 {
		return nil, errors.New("no cluster could be evaluated")
	}
	secs := time.Since(start).Seconds()
	rep := &Report{Method: cfg.Method, Clusters: len(per), Skipped: skipped, Rouge: map[string]Metric{}, Seconds: secs, Metrics: cfg.Rouge.Metrics()}
	rep.ClustersPerSecond = float64(len(per)) / secs
	rep.MBPerSecond = float64(total) / 1e6 / secs
	rep.PeakRSSMB = PeakRSSMB()
	rep.RepeatedPairs = repeated
	if cfg.NoScore {
		return rep, nil
	}
	for name, a := range rouge.Averages(cfg.Rouge, ids, per) {
		rep.Rouge[name] = Metric{Name: name, R: a.R, P: a.P, F: a.F, RCI: [2]float64{a.RLow, a.RHigh}, PCI: [2]float64{a.PLow, a.PHigh}, FCI: [2]float64{a.FLow, a.FHigh}}
	}
	return rep, nil
}

// orDefaults gives a warning sink that drops messages when warn is nil, and
// one worker per core when workers is not positive.
func orDefaults(warn func(string), workers int) (func(string), int) {
	if warn == nil {
		warn = func(string) {}
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return warn, workers
}

// eachCluster hands the clusters of r whose index is part modulo parts
// (every cluster when parts is 0) to handle on workers goroutines, until r
// ends or ctx is done, and waits for them. It returns the error reading r.
func eachCluster(ctx context.Context, r io.Reader, part, parts, workers int, handle func(job)) error {
	jobs := make(chan job, workers*4)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				handle(j)
			}
		}()
	}
	index, seq := -1, 0
	err := eachLine(r, func(line int, b []byte) bool {
		index++
		if parts > 0 && index%parts != part {
			return true
		}
		select {
		case jobs <- job{line: line, index: index, seq: seq, raw: b}:
			seq++
			return true
		case <-ctx.Done():
			return false
		}
	})
	close(jobs)
	wg.Wait()
	return err
}

// eachLine calls use with every line of r that is not blank, numbered from
// 1 (blank lines count), until use returns false or r ends.
func eachLine(r io.Reader, use func(line int, b []byte) bool) error {
	br := bufio.NewReaderSize(r, 1<<20)
	line := 0
	for {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			line++
			if len(bytes.TrimSpace(b)) > 0 && !use(line, b) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// inOrder writes the lines of clusters that finish in any order in the
// order they were handed out: a line waits until every cluster handed out
// before it has finished. Its callers serialize put.
type inOrder struct {
	w       io.Writer
	next    int            // the first cluster not yet written
	waiting map[int][]byte // lines of later clusters, by place
	err     error          // the first write error; nothing is written after it
}

// put takes the line of cluster seq (nil when it has none) and writes every
// line whose turn has come, returning the first write error.
func (o *inOrder) put(seq int, line []byte) error {
	if o.w == nil {
		return nil
	}
	if o.waiting == nil {
		o.waiting = map[int][]byte{}
	}
	o.waiting[seq] = line
	for {
		l, ok := o.waiting[o.next]
		if !ok {
			return o.err
		}
		delete(o.waiting, o.next)
		o.next++
		if l != nil && o.err == nil {
			_, o.err = o.w.Write(l)
		}
	}
}

func runCluster(ctx context.Context, j job, cfg Config, scorer *rouge.Scorer) (result, error) {
	var c Cluster
	if err := json.Unmarshal(j.raw, &c); err != nil {
		return result{}, fmt.Errorf("not a cluster: %w", err)
	}
	if c.ID == "" {
		c.ID = "line" + strconv.Itoa(j.line)
	}
	if len(c.Documents) == 0 {
		return result{}, fmt.Errorf("cluster %s has no documents", c.ID)
	}
	var refs [][]string
	for _, r := range c.References {
		if lines := SentenceLines(r); len(lines) > 0 {
			refs = append(refs, lines)
		}
	}
	if len(refs) == 0 {
		return result{}, fmt.Errorf("cluster %s has no references", c.ID)
	}
	arts := make([]precis.Article, 0, len(c.Documents))
	size := 0
	for k, d := range c.Documents {
		id := d.ID
		if id == "" {
			id = c.ID + "-" + strconv.Itoa(k+1)
		}
		arts = append(arts, precis.Article{ID: id, Text: d.Text})
		size += len(d.Text)
	}
	lines, err := Summarize(ctx, arts, cfg)
	if errors.Is(err, precis.ErrNoText) {
		lines, err = nil, nil // nothing readable: scored as an empty summary
	}
	if err != nil {
		return result{}, fmt.Errorf("cluster %s: %w", c.ID, err)
	}
	var out []byte
	if cfg.Out != nil {
		line, err := json.Marshal(struct {
			ID      string   `json:"id"`
			Summary []string `json:"summary"`
		}{c.ID, append([]string{}, lines...)})
		if err != nil {
			return result{}, err
		}
		out = append(line, '\n')
	}
	if cfg.OutDir != "" {
		name := filepath.Join(cfg.OutDir, safeName(c.ID)+".txt")
		if err := os.WriteFile(name, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			return result{}, err
		}
	}
	if cfg.NoScore {
		return result{id: c.ID, out: out, bytes: size}, nil
	}
	return result{id: c.ID, out: out, scores: scorer.Evaluate(lines, refs), bytes: size, repeated: repeatedPairs(lines)}, nil
}

// Summarize returns the summary of one cluster as lines, one sentence each,
// filled to the budget exactly.
func Summarize(ctx context.Context, arts []precis.Article, cfg Config) ([]string, error) {
	opts := []precis.Option{precis.WithMethod(cfg.Method), precis.WithTruncate(), precis.WithOneStory(), precis.WithSummaryOnly()}
	if cfg.Quality != nil && cfg.Method == "precis" {
		m := summarize.NewCoverage()
		m.Model = cfg.Quality
		opts = append(opts, precis.WithSelector(m))
	}
	if cfg.Bytes > 0 {
		opts = append(opts, precis.WithBytes(cfg.Bytes))
	} else {
		opts = append(opts, precis.WithWords(cfg.Words))
	}
	b, err := precis.Brief(ctx, arts, opts...)
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, s := range b.Stories[0].Summary {
		lines = append(lines, s.Text)
	}
	return lines, nil
}

// repeatedPairs counts the pairs of sentences that say the same thing.
func repeatedPairs(lines []string) int {
	terms := make([][]string, len(lines))
	for i, l := range lines {
		for _, t := range text.Tokenize(l) {
			if !t.Stop {
				terms[i] = append(terms[i], t.Stem)
			}
		}
	}
	n := 0
	for i := range terms {
		for j := i + 1; j < len(terms); j++ {
			if summarize.Redundant(terms[i], terms[j]) {
				n++
			}
		}
	}
	return n
}

// SentenceLines splits a reference summary into sentences, one a line.
func SentenceLines(ref string) []string {
	var out []string
	for _, para := range strings.Split(ref, "\n") {
		for _, sp := range text.Sentences(para) {
			out = append(out, para[sp.Start:sp.End])
		}
	}
	return out
}

func safeName(id string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == 0 || r == ':' {
			return '_'
		}
		return r
	}, id)
}

// PeakRSSMB returns the process's peak resident memory in megabytes (Linux
// VmHWM), or the Go runtime's obtained memory where that is not available.
func PeakRSSMB() float64 {
	if data, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "VmHWM:") {
				f := strings.Fields(line)
				if len(f) >= 2 {
					if kb, err := strconv.ParseFloat(f[1], 64); err == nil {
						return kb / 1024
					}
				}
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.Sys) / (1 << 20)
}

// SortedMetrics returns the report's metrics in ROUGE's order.
func (r *Report) SortedMetrics() []Metric {
	var out []Metric
	for _, name := range r.Metrics {
		if m, ok := r.Rouge[name]; ok {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		for _, m := range r.Rouge {
			out = append(out, m)
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	}
	return out
}
