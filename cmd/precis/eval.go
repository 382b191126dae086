package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/precis-news/precis/cluster"
	"github.com/precis-news/precis/eval"
	"github.com/precis-news/precis/ingest"
	"github.com/precis-news/precis/rouge"
	"github.com/precis-news/precis/summarize"
)

// presets are the two settings of the development sets: the summary length
// precis writes and the ROUGE-1.5.5 options that score it.
//
// Multi-News is scored by F-measure against references of about 230 words,
// with summaries of at most 300: the last 40 words of a 300-word summary
// cost more precision than they add recall, so the preset writes 260 (the
// README's length sweep; recall-scored DUC is filled to its limit).
var presets = map[string]struct {
	words int
	rouge string
}{
	"duc":       {100, "-n 4 -m -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 -t 0"},
	"multinews": {260, "-n 2 -2 4 -U -m -a -l 300"},
}

// cmdEval runs precis over a summary set and scores it with ROUGE, or
// (--task stories) sorts the set's articles back into stories and scores
// that with B-cubed.
func cmdEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", stderr, "--data SET.jsonl[.gz] [flags]")
	data := fs.String("data", "", "summary set: JSON Lines, one cluster a line (gzipped or not)")
	method := fs.String("method", "precis", "summarization method: "+strings.Join(summarize.Names(), ", "))
	words := fs.Int("words", 0, "summary length in words (default 100, or the preset's)")
	bytes := fs.Int("bytes", 0, "summary length in bytes")
	rougeOpts := fs.String("rouge", "", `ROUGE-1.5.5 options (default "-n 2 -2 4 -u -m -l WORDS", or the preset's)`)
	preset := fs.String("preset", "", "duc (100 words, DUC-style ROUGE) or multinews (260 words, scored as at most 300 by Multi-News-style ROUGE)")
	out := fs.String("out", "", "write each summary to DIR/<cluster id>.txt, one sentence a line; or, for a name ending in .jsonl, all of them to that file, one JSON line each")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	workers := fs.Int("workers", 0, "parallel workers (default: one per core)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the run to FILE")
	score := fs.Bool("score", true, "score the summaries with ROUGE (--score=false times reading, summarizing and writing alone)")
	task := fs.String("task", "summaries", "summaries (ROUGE) or stories (shuffle all articles together, sort them back into stories, score B-cubed)")
	stories := fs.Int("stories", 0, "stories task: use this many clusters of the set, picked at random (default all)")
	scale := fs.Int("scale", 0, "stories task: grow the set to N articles with shortened variants of its articles")
	seed := fs.Int64("seed", 1, "stories task: random seed for the shuffle")
	var sf storiesFlags
	sf.threshold = fs.Float64("threshold", 0, "stories task: cosine threshold to join a story (default: precis's)")
	sf.nameWeight = fs.Float64("name-weight", 0, "stories task: weight of terms written as names (default: precis's)")
	sf.longThreshold = fs.Float64("long-threshold", -1, "stories task: threshold for long articles (default: precis's)")
	sf.shortWords = fs.Int("short-words", -1, "stories task: content words of a short article (default: precis's)")
	sf.longWords = fs.Int("long-words", -1, "stories task: content words of a long article (default: precis's)")
	part := fs.String("part", "", "only clusters K, K+N, K+2N, … of the set (from 0), given as K/N: evaluate on clusters a model was not trained on")
	sf.links = fs.String("links", "", "stories task: link model (written by precis train --task stories; default: the shipped one; \"none\": no batch is linked)")
	sf.complete = fs.Float64("complete", -1, "stories task: cosine every two articles of a story need when a batch is sorted by complete link (default: precis's; 0: such batches are filed online)")
	qualityFile := fs.String("quality", "", "sentence-quality model for the precis method (written by precis train; default: the shipped one)")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected arguments %q (the set is given with --data)", rest)
	}
	if *data == "" {
		return usagef("--data SET.jsonl[.gz] is required")
	}
	k, n, err := parsePart(*part)
	if err != nil {
		return err
	}
	var quality *summarize.QualityModel
	if *qualityFile != "" {
		b, err := os.ReadFile(*qualityFile)
		if err != nil {
			return err
		}
		if quality, err = summarize.ParseQuality(b); err != nil {
			return fmt.Errorf("%s: %w", *qualityFile, err)
		}
	}
	if *cpuprofile != "" {
		pf, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if *task == "stories" {
		opt, err := sf.options()
		if err != nil {
			return err
		}
		return evalStories(ctx, *data, eval.StoriesConfig{Seed: *seed, Stories: *stories, Scale: *scale, Part: k, Parts: n, Options: opt}, *asJSON, stdout, stderr)
	}
	if *task != "summaries" {
		return usagef("unknown --task %q (want summaries or stories)", *task)
	}
	if _, err := summarize.Lookup(*method); err != nil {
		return usageError{err.Error()}
	}
	if os.Getenv("GOGC") == "" {
		// the run is short and memory-light: collect less often (measured:
		// about 10% more clusters/s, peak RSS 75 → 190 MB on Multi-News)
		debug.SetGCPercent(400)
	}

	if *words > 0 && *bytes > 0 {
		return usagef("give --words or --bytes, not both")
	}
	cfg := eval.Config{Method: *method, Words: *words, Bytes: *bytes, Workers: *workers, NoScore: !*score, Part: k, Parts: n, Quality: quality}
	if strings.HasSuffix(*out, ".jsonl") {
		of, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("output file: %w", err)
		}
		bw := bufio.NewWriterSize(of, 1<<20)
		defer func() {
			bw.Flush()
			of.Close()
		}()
		cfg.Out = bw
	} else {
		cfg.OutDir = *out
	}
	ropts, err := setLengthAndRouge(&cfg, *preset, *rougeOpts)
	if err != nil {
		return err
	}

	f, err := openSet(*data)
	if err != nil {
		return err
	}
	defer f.Close()
	cfg.Warn = func(msg string) { // eval.Run serializes calls
		fmt.Fprintf(stderr, "\rprecis eval: warning: %s: %s\n", *data, msg)
	}
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		start := time.Now()
		cfg.Progress = func(done int) {
			if done%50 == 0 {
				fmt.Fprintf(stderr, "\r%d clusters, %.0f/s ", done, float64(done)/time.Since(start).Seconds())
			}
		}
	}
	rep, err := eval.Run(ctx, decompressed(f, *data), cfg)
	if cfg.Progress != nil {
		fmt.Fprint(stderr, "\r\033[K")
	}
	if err != nil {
		return fmt.Errorf("%s: %w", *data, err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	if cfg.NoScore {
		ropts = "not scored"
	}
	printEval(stdout, rep, *data, ropts, cfg.NoScore)
	return nil
}

// storiesFlags are eval's settings of the clusterer for --task stories,
// each left at precis's default when not given.
type storiesFlags struct {
	threshold, nameWeight, longThreshold, complete *float64
	shortWords, longWords                          *int
	links                                          *string // a link model's file, or "none"
}

// options returns the clusterer's options the flags give.
func (sf storiesFlags) options() (cluster.Options, error) {
	opt := cluster.DefaultOptions
	if *sf.threshold > 0 {
		opt.Threshold = *sf.threshold
	}
	if *sf.nameWeight > 0 {
		opt.NameWeight = *sf.nameWeight
	}
	if *sf.longThreshold >= 0 {
		opt.LongThreshold = *sf.longThreshold
	}
	if *sf.shortWords >= 0 {
		opt.ShortWords = *sf.shortWords
	}
	if *sf.longWords >= 0 {
		opt.LongWords = *sf.longWords
	}
	if *sf.complete >= 0 {
		opt.Complete = *sf.complete
	}
	switch *sf.links {
	case "":
	case "none":
		opt.Links = nil
	default:
		b, err := os.ReadFile(*sf.links)
		if err != nil {
			return opt, err
		}
		if opt.Links, err = cluster.ParseLinks(b); err != nil {
			return opt, fmt.Errorf("%s: %w", *sf.links, err)
		}
	}
	return opt, nil
}

// setLengthAndRouge sets the summary length (given, else the preset's,
// else 100 words) and the ROUGE-1.5.5 options (given, else the preset's,
// else ROUGE-1, -2 and -SU4 cut at the length) of cfg, and returns the
// options as written.
func setLengthAndRouge(cfg *eval.Config, preset, ropts string) (string, error) {
	if preset != "" {
		p, ok := presets[preset]
		if !ok {
			return "", usagef("unknown --preset %q (want duc or multinews)", preset)
		}
		if cfg.Words == 0 && cfg.Bytes == 0 {
			cfg.Words = p.words
		}
		if ropts == "" {
			ropts = p.rouge
		}
	}
	if cfg.Words == 0 && cfg.Bytes == 0 {
		cfg.Words = 100
	}
	if ropts == "" {
		if cfg.Bytes > 0 {
			ropts = fmt.Sprintf("-n 2 -2 4 -u -m -b %d", cfg.Bytes)
		} else {
			ropts = fmt.Sprintf("-n 2 -2 4 -u -m -l %d", cfg.Words)
		}
	}
	o, extra, err := rouge.ParseArgs(strings.Fields(ropts))
	if err != nil {
		return "", usagef("--rouge: %v", err)
	}
	if len(extra) > 0 {
		return "", usagef("--rouge: unexpected %q", extra)
	}
	cfg.Rouge = o
	return ropts, nil
}

// openSet opens a summary set's file; an error says it was the set.
func openSet(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open set: %w", err)
	}
	return f, nil
}

// decompressed streams f, gunzipped when it is gzipped, through a pipe
// that a goroutine of its own fills; an error names the set.
func decompressed(f io.Reader, name string) io.Reader {
	pr, pw := io.Pipe()
	go func() {
		rd, err := maybeGzip(f)
		if err != nil {
			pw.CloseWithError(fmt.Errorf("%s: %w", name, err))
			return
		}
		_, err = io.Copy(pw, rd)
		pw.CloseWithError(err)
	}()
	return pr
}

// printEval writes eval's report as text: the scores with their confidence
// intervals, the repeated pairs and the speed.
func printEval(w io.Writer, rep *eval.Report, data, ropts string, noScore bool) {
	fmt.Fprintf(w, "method %s on %s: %d clusters (%d skipped), ROUGE %s\n", rep.Method, data, rep.Clusters, rep.Skipped, ropts)
	for _, m := range rep.SortedMetrics() {
		fmt.Fprintf(w, "  %-12s R %.5f [%.5f-%.5f]  P %.5f [%.5f-%.5f]  F %.5f [%.5f-%.5f]\n",
			m.Name, m.R, m.RCI[0], m.RCI[1], m.P, m.PCI[0], m.PCI[1], m.F, m.FCI[0], m.FCI[1])
	}
	if !noScore {
		fmt.Fprintf(w, "  %d repeated sentence pairs\n", rep.RepeatedPairs)
	}
	fmt.Fprintf(w, "  %.2f s, %.0f clusters/s, %.2f MB/s, peak RSS %.0f MB\n", rep.Seconds, rep.ClustersPerSecond, rep.MBPerSecond, rep.PeakRSSMB)
}

// evalStories runs the story-clustering evaluation on the set at path.
func evalStories(ctx context.Context, path string, cfg eval.StoriesConfig, asJSON bool, stdout, stderr io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open set: %w", err)
	}
	defer f.Close()
	rd, err := maybeGzip(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	cfg.Warn = func(msg string) { fmt.Fprintf(stderr, "precis eval: warning: %s: %s\n", path, msg) }
	rep, err := eval.Stories(ctx, rd, cfg)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintf(stdout, "stories on %s: %d articles from %d stories sorted into %d stories (seed %d)\n", path, rep.Articles, rep.GoldStories, rep.Stories, cfg.Seed)
	fmt.Fprintf(stdout, "  B-cubed  P %.4f  R %.4f  F1 %.4f\n", rep.Precision, rep.Recall, rep.F1)
	fmt.Fprintf(stdout, "  %d copy groups\n", rep.CopyGroups)
	fmt.Fprintf(stdout, "  %.2f s, %.0f articles/s, %.2f MB/s, peak RSS %.0f MB\n", rep.Seconds, rep.ArticlesPerSecond, rep.MBPerSecond, rep.PeakRSSMB)
	return nil
}

func maybeGzip(r io.Reader) (io.Reader, error) { return ingest.GzipReader(r) }

// parsePart reads --part K/N ("" is every cluster: 0, 0).
func parsePart(s string) (k, n int, err error) {
	if s == "" {
		return 0, 0, nil
	}
	a, b, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 0 || k >= n {
		return 0, 0, usagef("--part %q: want K/N with 0 <= K < N, such as 1/2", s)
	}
	return k, n, nil
}

func cmdTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train", stderr, "--data SET.jsonl[.gz] --out MODEL.json [flags]")
	task := fs.String("task", "summaries", "summaries (the sentence-quality model) or stories (the link model that sorts a batch into stories)")
	data := fs.String("data", "", "summary set to fit on: JSON Lines, one cluster a line (gzipped or not)")
	out := fs.String("out", "", "write the model to FILE (summarize/quality.json and cluster/links.json are the shipped ones)")
	part := fs.String("part", "", "fit only on clusters K, K+N, K+2N, … (from 0), given as K/N")
	lambda := fs.Float64("lambda", summarize.DefaultFit.Lambda, "ridge penalty")
	words := fs.Int("words", summarize.DefaultFit.Words, "give a weight to this many of the commonest word stems (0: none)")
	minCount := fs.Int("min-count", summarize.DefaultFit.MinCount, "a stem needs this many training sentences to get a weight")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected arguments %q (the set is given with --data)", rest)
	}
	if *data == "" || *out == "" {
		return usagef("--data SET.jsonl[.gz] and --out MODEL.json are required")
	}
	k, n, err := parsePart(*part)
	if err != nil {
		return err
	}
	f, err := openSet(*data)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := maybeGzip(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *data, err)
	}
	name := filepath.Base(*data)
	if *part != "" {
		name += " part " + *part
	}
	switch *task {
	case "stories":
		return trainLinks(ctx, r, k, n, name, *out, stdout, stderr)
	case "summaries":
	default:
		return usagef("unknown --task %q (want summaries or stories)", *task)
	}
	m, err := eval.Train(ctx, r, eval.TrainConfig{Part: k, Parts: n, Fit: summarize.FitConfig{Lambda: *lambda, Words: *words, MinCount: *minCount}, Warn: func(msg string) { fmt.Fprintf(stderr, "precis train: %s: %s\n", *data, msg) }})
	if err != nil {
		return fmt.Errorf("%s: %w", *data, err)
	}
	m.Data = name
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "fitted on %d sentences of %d clusters; wrote %s\n", m.Sentences, m.Clusters, *out)
	for i, f := range m.Features {
		fmt.Fprintf(stdout, "  %+8.4f  %s\n", m.Weights[i], f)
	}
	if len(m.Words) > 0 {
		stems := slices.Collect(maps.Keys(m.Words))
		slices.SortFunc(stems, func(a, b string) int { return cmp.Compare(m.Words[a], m.Words[b]) })
		show := func(ss []string) string {
			var parts []string
			for _, st := range ss {
				parts = append(parts, fmt.Sprintf("%s %+.2f", st, m.Words[st]))
			}
			return strings.Join(parts, ", ")
		}
		k := min(12, len(stems))
		fmt.Fprintf(stdout, "  %d word weights; lowest: %s\n  highest: %s\n", len(stems), show(stems[:k]), show(stems[len(stems)-k:]))
	}
	return nil
}

// trainLinks fits the link model on the set read from r and writes it to out.
func trainLinks(ctx context.Context, r io.Reader, part, parts int, name, out string, stdout, stderr io.Writer) error {
	m, err := eval.TrainLinks(ctx, r, part, parts, name, func(msg string) { fmt.Fprintf(stderr, "precis train: %s: %s\n", name, msg) })
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "fitted on %d pairs of neighbouring articles (%d of one story); wrote %s\n", m.Pairs, m.Positive, out)
	for _, n := range []struct {
		name string
		net  *cluster.Network
	}{{"first pass", m.Pair}, {"second pass", m.Regroup}} {
		fmt.Fprintf(stdout, "  %s: %d units over %d features, log loss %.4f\n", n.name, len(n.net.Hidden), len(n.net.Features), n.net.Loss)
	}
	return nil
}
