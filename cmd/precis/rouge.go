package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/precis-news/precis/rouge"
)

const rougeUsage = `usage: precis rouge [options] PEER REF...

Scores the summary in PEER against the reference summaries REF (one sentence a
line, as ROUGE-1.5.5's SPL files) and prints ROUGE-1.5.5's figures.

options (ROUGE-1.5.5's letters):
  -n N     ROUGE-1 .. ROUGE-N            -m     Porter stemming (+ WordNet exceptions)
  -s       remove stopwords (-e DIR or $ROUGE_EVAL_HOME must hold smart_common_words.txt)
  -l N     first N words only            -b N   first N bytes only
  -x       no ROUGE-L                    -w W   ROUGE-W with weight W
  -2 D     skip bigrams, gap <= D        -u     with unigrams (SU)    -U  both S and SU
  -f A|B   average or best reference     -p A   F weight alpha (0.5)
  -t 0|1   average per summary or per token   -c CF, -r N  confidence interval, samples
  --json   print {"ROUGE-1":{"R":..,"P":..,"F":..},...}
`

func cmdRouge(args []string, stdout, stderr io.Writer) error {
	asJSON := false
	var rest []string
	for _, a := range args {
		switch a {
		case "--json", "-json":
			asJSON = true
		case "-h", "--help", "-help":
			fmt.Fprint(stderr, rougeUsage)
			return nil
		default:
			rest = append(rest, a)
		}
	}
	o, files, err := rouge.ParseArgs(rest)
	if err != nil {
		return usageError{err.Error() + "\n\n" + rougeUsage}
	}
	if len(files) < 2 {
		return usagef("need a peer summary and at least one reference\n\n%s", rougeUsage)
	}
	if o.MaxN == 0 && o.NoLCS && !o.WLCS && !o.Skip {
		return usagef("no metric selected (use -n, -w or -2, or leave out -x)")
	}
	s, err := rouge.New(o)
	if err != nil {
		return err
	}
	peer, err := readLines(files[0])
	if err != nil {
		return err
	}
	var refs [][]string
	for _, f := range files[1:] {
		r, err := readLines(f)
		if err != nil {
			return err
		}
		refs = append(refs, r)
	}
	scores := s.Evaluate(peer, refs)
	if asJSON {
		out := map[string]map[string]float64{}
		for name, sc := range scores {
			out[name] = map[string]float64{"R": sc.R, "P": sc.P, "F": sc.F}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	avg := rouge.Averages(o, []string{files[0]}, []rouge.Scores{scores})
	return printRouge(stdout, o, avg)
}

// printRouge prints averages in ROUGE-1.5.5's layout.
func printRouge(w io.Writer, o rouge.Options, avg map[string]rouge.Average) error {
	bw := bufio.NewWriter(w)
	for _, name := range o.Metrics() {
		a := avg[name]
		fmt.Fprintln(bw, "---------------------------------------------")
		fmt.Fprintf(bw, "X %s Average_R: %.5f (%g%%-conf.int. %.5f - %.5f)\n", name, a.R, o.Confidence, a.RLow, a.RHigh)
		fmt.Fprintf(bw, "X %s Average_P: %.5f (%g%%-conf.int. %.5f - %.5f)\n", name, a.P, o.Confidence, a.PLow, a.PHigh)
		fmt.Fprintf(bw, "X %s Average_F: %.5f (%g%%-conf.int. %.5f - %.5f)\n", name, a.F, o.Confidence, a.FLow, a.FHigh)
	}
	return bw.Flush()
}

// readLines reads a summary file, one sentence a line.
func readLines(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read summary %s: %w", path, err)
	}
	s := strings.TrimSuffix(string(data), "\n")
	if s == "" {
		return nil, nil
	}
	return strings.Split(s, "\n"), nil
}
