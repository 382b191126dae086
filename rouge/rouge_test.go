package rouge

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
)

type vectorCase struct {
	ID   string              `json:"id"`
	Peer []string            `json:"peer"`
	Refs map[string][]string `json:"refs"`
}

type expected struct {
	Options string                                   `json:"options"`
	Scores  map[string]map[string]map[string]float64 `json:"scores"`
	Average map[string]map[string]float64            `json:"average"`
}

func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func refsOf(c vectorCase) [][]string {
	var keys []string
	for k := range c.Refs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out [][]string
	for _, k := range keys {
		out = append(out, c.Refs[k])
	}
	return out
}

// TestVectors reproduces every figure of the reference scorer's output.
func TestVectors(t *testing.T) {
	cases := readJSONL[vectorCase](t, "testdata/cases.jsonl")
	for _, exp := range readJSONL[expected](t, "testdata/expected.jsonl") {
		t.Run(exp.Options, func(t *testing.T) {
			o, rest, err := ParseArgs(strings.Fields(exp.Options))
			if err != nil || len(rest) != 0 {
				t.Fatalf("parse: %v %v", err, rest)
			}
			if o.RemoveStopwords && os.Getenv("ROUGE_EVAL_HOME") == "" {
				t.Skip("-s needs ROUGE-1.5.5's smart_common_words.txt: set ROUGE_EVAL_HOME to its data folder")
			}
			s, err := New(o)
			if err != nil {
				t.Fatal(err)
			}
			var per []Scores
			var ids []string
			bad := 0
			for _, c := range cases {
				ids = append(ids, c.ID)
				got := s.Evaluate(c.Peer, refsOf(c))
				per = append(per, got)
				for metric, want := range exp.Scores[c.ID] {
					g, ok := got[metric]
					if !ok {
						t.Errorf("%s: no %s", c.ID, metric)
						continue
					}
					for k, v := range map[string]float64{"R": g.R, "P": g.P, "F": g.F} {
						if math.Abs(v-want[k]) > 1e-9 {
							bad++
							if bad < 10 {
								t.Errorf("%s %s %s = %.5f, want %.5f", c.ID, metric, k, v, want[k])
							}
						}
					}
				}
			}
			avg := Averages(o, ids, per)
			for metric, want := range exp.Average {
				a := avg[metric]
				for k, v := range map[string]float64{"R": a.R, "P": a.P, "F": a.F} {
					if math.Abs(v-want[k]) > 1e-9 {
						t.Errorf("average %s %s = %.5f, want %.5f", metric, k, v, want[k])
					}
				}
			}
		})
	}
}
