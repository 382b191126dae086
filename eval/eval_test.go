package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/precis-news/precis/rouge"
)

const set = `{"id":"c1","documents":[{"id":"d1","text":"The bridge over the river closed on Monday after engineers found cracks. Traffic was diverted through the town."},{"id":"d2","text":"Engineers found cracks in the river bridge, which closed on Monday. Repairs will take a month."}],"references":["The river bridge closed on Monday after engineers found cracks. Repairs will take a month."]}
this line is not json
{"id":"c2","documents":[],"references":["Nothing."]}
{"id":"c3","documents":[{"id":"d3","text":"A storm cut power to 5,000 homes on Friday."}],"references":[]}
{"id":"c4","documents":[{"id":"d4","text":"A storm cut power to 5,000 homes on Friday. Crews restored it by Sunday."}],"references":["A storm cut power to 5,000 homes; crews restored it by Sunday."]}
`

func TestRunSkipsBadClustersAndScores(t *testing.T) {
	o, _, err := rouge.ParseArgs(strings.Fields("-n 2 -m -l 30"))
	if err != nil {
		t.Fatal(err)
	}
	var warnings []string
	out := t.TempDir()
	rep, err := Run(context.Background(), strings.NewReader(set), Config{Method: "precis", Words: 30, Rouge: o, OutDir: out, Warn: func(m string) { warnings = append(warnings, m) }})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Clusters != 2 || len(warnings) != 3 || rep.Skipped != 3 {
		t.Fatalf("clusters %d, warnings %q", rep.Clusters, warnings)
	}
	joined := strings.Join(warnings, "\n")
	for _, want := range []string{"line 2: not a cluster", "c2 has no documents", "c3 has no references"} {
		if !strings.Contains(joined, want) {
			t.Errorf("missing warning %q in %q", want, joined)
		}
	}
	r1 := rep.Rouge["ROUGE-1"]
	if r1.R <= 0.5 || r1.R > 1 || r1.RCI[0] > r1.R || r1.RCI[1] < r1.R {
		t.Errorf("ROUGE-1 = %+v", r1)
	}
	b, err := os.ReadFile(filepath.Join(out, "c4.txt"))
	if err != nil || !strings.Contains(string(b), "storm") {
		t.Errorf("summary file: %q %v", b, err)
	}
}

func TestRunRejectsUnknownMethodAndEmptySet(t *testing.T) {
	o, _, _ := rouge.ParseArgs([]string{"-n", "1"})
	if _, err := Run(context.Background(), strings.NewReader(set), Config{Method: "nope", Words: 10, Rouge: o}); err == nil {
		t.Error("unknown method accepted")
	}
	if _, err := Run(context.Background(), strings.NewReader("\n"), Config{Method: "precis", Words: 10, Rouge: o}); err == nil {
		t.Error("empty set accepted")
	}
}

func TestStories(t *testing.T) {
	set := `{"id":"flood","documents":[{"id":"1","text":"The Parana river burst its banks near Cambe on Monday, forcing 3,000 people from their homes. Rescue boats searched flooded streets."},{"id":"2","text":"Rescuers in boats evacuated families from flooded Cambe streets after the Parana river overflowed on Monday."}],"references":["x"]}
not json
{"id":"transfer","documents":[{"id":"3","text":"The striker signed a five-year contract with the club on Friday for a record transfer fee."},{"id":"4","text":"A record transfer fee brought the striker to the club, which announced his five-year contract on Friday."}],"references":["y"]}
`
	var warnings []string
	rep, err := Stories(context.Background(), strings.NewReader(set), StoriesConfig{Seed: 3, Scale: 12, Warn: func(s string) { warnings = append(warnings, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 12 || rep.GoldStories != 2 {
		t.Errorf("articles %d, stories %d", rep.Articles, rep.GoldStories)
	}
	if rep.F1 < 0.99 {
		t.Errorf("B-cubed %+v", rep)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "line 2") {
		t.Errorf("warnings = %v", warnings)
	}
	if _, err := Stories(context.Background(), strings.NewReader("{}\n"), StoriesConfig{}); err == nil {
		t.Error("a set without documents gave no error")
	}
}

func TestRunWritesJSONLines(t *testing.T) {
	set := `{"id":"c1","documents":[{"id":"1","text":"The river burst its banks on Monday, flooding 300 homes in the valley. Rescue teams evacuated 1,200 people overnight, the mayor said."}],"references":["The river flooded 300 homes."]}
`
	o, _, err := rouge.ParseArgs(strings.Fields("-n 2 -l 20"))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	rep, err := Run(context.Background(), strings.NewReader(set), Config{Method: "precis", Words: 20, Rouge: o, Out: &out, NoScore: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Clusters != 1 || len(rep.Rouge) != 0 {
		t.Errorf("report %+v", rep)
	}
	if !strings.HasPrefix(out.String(), `{"id":"c1","summary":["The river burst its banks`) || !strings.HasSuffix(out.String(), "]}\n") {
		t.Errorf("output line %q", out.String())
	}
}

func TestTrainFitsAModelAndSkipsBadClusters(t *testing.T) {
	var warnings []string
	m, err := Train(context.Background(), strings.NewReader(set), TrainConfig{Warn: func(m string) { warnings = append(warnings, m) }})
	if err != nil {
		t.Fatal(err)
	}
	if m.Clusters != 2 || m.Sentences < 4 || len(warnings) != 3 {
		t.Errorf("clusters %d, sentences %d, warnings %q", m.Clusters, m.Sentences, warnings)
	}
	for _, w := range m.Weights {
		if w != w { // NaN
			t.Fatalf("weights %v", m.Weights)
		}
	}
	// part 1/2 keeps clusters 1 and 3 of the set (the bad line and c3)
	if _, err := Train(context.Background(), strings.NewReader(set), TrainConfig{Part: 1, Parts: 2}); err == nil {
		t.Error("a part without a usable cluster: no error")
	}
}

func TestRunPart(t *testing.T) {
	o, _, err := rouge.ParseArgs(strings.Fields("-n 2 -m -l 30"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), strings.NewReader(set), Config{Method: "precis", Words: 30, Rouge: o, Part: 0, Parts: 2})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Clusters != 2 || rep.Skipped != 1 { // c1 and c4 scored, c2 skipped; lines 2 and 4 are the other part
		t.Errorf("clusters %d, skipped %d", rep.Clusters, rep.Skipped)
	}
}

// Brief reuses a story's arrays for the next story once it returns, so the
// training examples of one cluster must not share them: a later cluster
// would write its words into the earlier one's examples.
func TestTrainingExamplesOutliveTheNextCluster(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(set), "\n")
	first, err := trainingExamples(context.Background(), job{line: 1, index: 0, raw: []byte(lines[0])})
	if err != nil || len(first) == 0 {
		t.Fatalf("examples %v, err %v", first, err)
	}
	var before []string
	for _, e := range first {
		before = append(before, strings.Join(e.Stems, " "))
	}
	for k := 0; k < 20; k++ {
		if _, err := trainingExamples(context.Background(), job{line: 4, index: 3, raw: []byte(lines[4])}); err != nil {
			t.Fatal(err)
		}
	}
	for i, e := range first {
		if got := strings.Join(e.Stems, " "); got != before[i] {
			t.Errorf("example %d's stems changed from %q to %q after other clusters were read", i, before[i], got)
		}
	}
	for _, e := range first {
		for _, st := range e.Stems {
			if st == "storm" || st == "crew" {
				t.Errorf("a bridge sentence holds another cluster's word %q: %v", st, e.Stems)
			}
		}
	}
}

// manyClusters builds a set of n clusters whose sizes differ, so that with
// several workers they finish out of order.
func manyClusters(n int) string {
	var b strings.Builder
	for i := range n {
		doc := strings.Repeat(fmt.Sprintf("Crews in town %d repaired %d roads after the storm on Friday. ", i, i+2), 1+(i*7)%23)
		line, _ := json.Marshal(Cluster{ID: fmt.Sprintf("c%03d", i), Documents: []Document{{ID: "d", Text: doc}}, References: []string{"Crews repaired roads."}})
		b.Write(line)
		b.WriteByte('\n')
		if i%9 == 4 {
			b.WriteString("not a cluster\n") // skipped: no line, and the order holds
		}
	}
	return b.String()
}

func TestOutIsInTheSetsOrder(t *testing.T) {
	o, _, _ := rouge.ParseArgs(strings.Fields("-n 1 -l 20"))
	set := manyClusters(60)
	var one bytes.Buffer
	if _, err := Run(context.Background(), strings.NewReader(set), Config{Method: "precis", Words: 20, Rouge: o, Out: &one, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(one.String(), "\n"); n != 60 {
		t.Fatalf("%d lines, want 60", n)
	}
	for k := range 5 {
		var many bytes.Buffer
		if _, err := Run(context.Background(), strings.NewReader(set), Config{Method: "precis", Words: 20, Rouge: o, Out: &many, Workers: 2 + k, NoScore: k%2 == 0}); err != nil {
			t.Fatal(err)
		}
		if many.String() != one.String() {
			t.Fatalf("%d workers wrote another order or other lines than one worker", 2+k)
		}
	}
	var part bytes.Buffer
	if _, err := Run(context.Background(), strings.NewReader(set), Config{Method: "precis", Words: 20, Rouge: o, Out: &part, Workers: 3, Part: 1, Parts: 2}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(part.String()), "\n")
	if len(lines) < 25 {
		t.Fatalf("part 1/2 wrote %d lines", len(lines))
	}
	for k := 1; k < len(lines); k++ {
		if lines[k] <= lines[k-1] { // ids c000… rise through the set
			t.Errorf("part 1/2: %.12s after %.12s", lines[k], lines[k-1])
		}
	}
}

// failAfter accepts n writes and fails every one after them.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

func TestOutWriteErrorStopsTheRun(t *testing.T) {
	o, _, _ := rouge.ParseArgs(strings.Fields("-n 1 -l 20"))
	_, err := Run(context.Background(), strings.NewReader(manyClusters(40)), Config{Method: "precis", Words: 20, Rouge: o, Out: &failAfter{n: 5}, Workers: 2})
	if err == nil || !strings.Contains(err.Error(), "write summaries: disk full") {
		t.Errorf("err = %v", err)
	}
}
