package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestBriefJSONOnSeeds(t *testing.T) {
	code, out, errs := runCmd(t, "", "brief", "--format", "json", "--words", "100", "../../examples/seeds")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var b struct {
		Stories []struct {
			ID       string
			Articles []struct{ ID string }
			Summary  []struct {
				Text    string
				Sources []string
				From    string
			}
			Words int
		}
	}
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	st := b.Stories[0]
	if len(st.Articles) != 5 || st.Words < 80 || st.Words > 100 || len(st.Summary) == 0 {
		t.Fatalf("story: %+v", st)
	}
	for _, s := range st.Summary {
		if s.From == "" || len(s.Sources) == 0 {
			t.Errorf("unattributed sentence %+v", s)
		}
	}
}

func TestFormatsAndSentences(t *testing.T) {
	for _, f := range []string{"text", "markdown"} {
		code, out, errs := runCmd(t, "", "brief", "--format", f, "../../examples/seeds", "--explain")
		if code != 0 || !strings.Contains(out, "[1") || !strings.Contains(out, "removed (") {
			t.Errorf("%s: exit %d %s\n%s", f, code, errs, out)
		}
	}
	code, out, _ := runCmd(t, "", "sentences", "../../examples/seeds/003_e427009b0477c598.txt")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) < 10 || !strings.HasPrefix(lines[0], "003_e427009b0477c598\tUS Secretary of State John Kerry said Monday") {
		t.Errorf("sentences: exit %d, first %q", code, lines[0])
	}
}

func TestBadInputExitCodes(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.txt")
	os.WriteFile(bin, []byte{0, 1, 2, 3}, 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"brief", filepath.Join(dir, "missing.txt")}, 1, "missing.txt: no such file"},
		{[]string{"brief", bin}, 1, "binary"},
		{[]string{"brief", empty}, 1, "empty"},
		{[]string{"brief"}, 2, "no input"},
		{[]string{"brief", "--format", "pdf", "x"}, 2, "unknown --format"},
		{[]string{"brief", "--method", "magic", "x"}, 2, "unknown summarization method"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"rouge", "-q", "a", "b"}, 2, "unknown option -q"},
		{[]string{"eval"}, 2, "--data"},
		{[]string{"eval", "--data", filepath.Join(dir, "none.jsonl")}, 1, "none.jsonl"},
		{[]string{"eval", "--data", "x.jsonl", "--part", "2/2"}, 2, "want K/N"},
		{[]string{"eval", "--data", "x.jsonl", "--quality", empty}, 1, "not a quality model"},
		{[]string{"train", "--data", "x.jsonl"}, 2, "--out"},
		{[]string{"train", "--data", empty, "--out", filepath.Join(dir, "m.json")}, 1, "no cluster"},
	}
	for _, tt := range tests {
		code, _, errs := runCmd(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit %d and %q", tt.args, code, errs, tt.code, tt.want)
		}
	}
	// one bad article among good ones: a warning, and the rest is summarized
	code, out, errs := runCmd(t, "", "brief", bin, "../../examples/seeds")
	if code != 0 || !strings.Contains(errs, "warning: skipped") || !strings.Contains(out, "Sources:") {
		t.Errorf("mixed input: exit %d, stderr %q", code, errs)
	}
	// one id for two articles: both are kept, and the id is named
	code, out, errs = runCmd(t, "", "brief", "../../examples/seeds", "../../examples/seeds/000_0a8076ec1ce61a28.txt")
	if code != 0 || !strings.Contains(errs, `warning: id "000_0a8076ec1ce61a28": names articles 1 and 6`) || !strings.Contains(out, "[6]") {
		t.Errorf("shared id: exit %d, stderr %q", code, errs)
	}
}

func TestStdinJSONL(t *testing.T) {
	in := `{"id":"a","source":"Wire","text":"The council closed the bridge on Monday after engineers found cracks in its pillars."}
{"id":"b","source":"Daily","text":"Engineers found cracks in the pillars, and the council closed the bridge on Monday."}
{broken`
	code, out, errs := runCmd(t, in, "brief", "--format", "json", "-")
	if code != 0 || !strings.Contains(out, `"Wire"`) || !strings.Contains(errs, "-:3") {
		t.Errorf("exit %d\n%s\n%s", code, out, errs)
	}
}

func TestRougeCommand(t *testing.T) {
	dir := t.TempDir()
	peer := filepath.Join(dir, "peer.txt")
	ref := filepath.Join(dir, "ref.txt")
	os.WriteFile(peer, []byte("the cat sat on the mat\n"), 0o644)
	os.WriteFile(ref, []byte("the cat lay on the mat\n"), 0o644)
	code, out, errs := runCmd(t, "", "rouge", "-n", "2", "-m", "--json", peer, ref)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got map[string]map[string]float64
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	// unigrams: 5 of 6 match; bigrams: "the cat", "on the", "the mat" = 3 of 5
	if got["ROUGE-1"]["R"] != 0.83333 || got["ROUGE-2"]["R"] != 0.6 {
		t.Errorf("scores %v", got)
	}
	code, out, _ = runCmd(t, "", "rouge", "-n", "1", peer, ref)
	if code != 0 || !strings.Contains(out, "X ROUGE-1 Average_R: 0.83333") {
		t.Errorf("text output: %q", out)
	}
}

// clusterOutput is what `precis cluster --format json` prints.
type clusterOutput struct {
	Stories []struct {
		ID       string     `json:"id"`
		Title    string     `json:"title"`
		Articles []string   `json:"articles"`
		Copies   [][]string `json:"copies"`
		NoText   bool       `json:"no_text"`
	} `json:"stories"`
}

// clusterJSON runs `precis cluster --format json` on JSON Lines articles
// and decodes what it prints.
func clusterJSON(t *testing.T, jsonl string) clusterOutput {
	t.Helper()
	code, out, errs := runCmd(t, jsonl, "cluster", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var c clusterOutput
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return c
}

func TestClusterCommand(t *testing.T) {
	jsonl := `{"id":"a","text":"The Parana river burst its banks near Cambe on Monday, forcing 3,000 people from their homes. Rescue teams in boats searched flooded streets, the mayor said."}
{"id":"b","text":"The striker signed a five-year contract with the club on Friday for a record transfer fee. The coach said he would debut in the cup match."}
{"id":"c","text":"The Parana river burst its banks near Cambe on Monday, forcing 3,000 people from their homes. Rescue teams in boats searched the flooded streets, the town's mayor said."}
`
	c := clusterJSON(t, jsonl)
	if len(c.Stories) != 2 || strings.Join(c.Stories[0].Articles, ",") != "a,c" || strings.Join(c.Stories[1].Articles, ",") != "b" {
		t.Fatalf("stories = %+v", c.Stories)
	}
	if len(c.Stories[0].Copies) != 1 || strings.Join(c.Stories[0].Copies[0], ",") != "a,c" || c.Stories[1].Copies == nil {
		t.Errorf("copies = %v / %v", c.Stories[0].Copies, c.Stories[1].Copies)
	}
	if c.Stories[0].Title == "" || c.Stories[0].ID != "s1" {
		t.Errorf("story s1: %+v", c.Stories[0])
	}
	// a title is set for a reader: the wire's typewriter quotation marks as
	// print sets them, the day left out as a headline leaves it
	code, out, _ := runCmd(t, strings.ReplaceAll(jsonl, "near Cambe", "near ``Cambe''"), "cluster", "-")
	if code != 0 || !strings.Contains(out, "copies: a, c") || !strings.Contains(out, "near “Cambe”, forcing") || strings.Contains(out, "Monday") {
		t.Errorf("text output (exit %d):\n%s", code, out)
	}
	if code, _, errs := runCmd(t, "", "cluster", "--format", "xml", "-"); code != 2 || !strings.Contains(errs, "xml") {
		t.Errorf("bad format: exit %d, %s", code, errs)
	}
	if code, _, errs := runCmd(t, "", "cluster", "/no/such/path"); code != 1 || !strings.Contains(errs, "/no/such/path") {
		t.Errorf("missing path: exit %d, %s", code, errs)
	}
}

// TestClusterMarksStoriesWithNoText: a page that holds nothing but page
// furniture, or only a label the furniture left, is kept in a story of its
// own, marked as holding no text, and
// the text output says so rather than "(untitled)".
func TestClusterMarksStoriesWithNoText(t *testing.T) {
	jsonl := `{"id":"flood","text":"The Parana river burst its banks near Cambe on Monday, forcing 3,000 people from their homes. Rescue teams searched the streets."}
{"id":"blank","text":"Advertisement\n\nLoading article content"}
{"id":"tweet","text":"Tweet with a location\n\nYou can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history. Learn more"}
`
	c := clusterJSON(t, jsonl)
	if len(c.Stories) != 3 || c.Stories[0].NoText || strings.Join(c.Stories[1].Articles, ",") != "blank" || !c.Stories[1].NoText || !c.Stories[2].NoText {
		t.Fatalf("stories = %+v; want flood, then blank and tweet (a label left: \"Learn more\") marked no_text", c.Stories)
	}
	if _, out, _ := runCmd(t, jsonl, "cluster", "-"); !strings.Contains(out, "s2  (no story text once page furniture is cut)  (1 article)") {
		t.Errorf("text output:\n%s", out)
	}
}

func TestTrainThenEvalWithTheModel(t *testing.T) {
	dir := t.TempDir()
	set := filepath.Join(dir, "set.jsonl")
	line := `{"id":"c%d","documents":[{"id":"a","text":"The bridge over the river closed on Monday after engineers found cracks. Traffic was diverted through the town. Shops stayed open."},{"id":"b","text":"Engineers found cracks in the river bridge, which closed on Monday. Repairs will take a month. The mayor apologized."}],"references":["The river bridge closed on Monday after engineers found cracks. Repairs will take a month."]}`
	var b strings.Builder
	for i := 0; i < 4; i++ {
		b.WriteString(strings.Replace(line, "%d", string(rune('0'+i)), 1) + "\n")
	}
	os.WriteFile(set, []byte(b.String()), 0o644)
	model := filepath.Join(dir, "model.json")
	code, out, errs := runCmd(t, "", "train", "--data", set, "--out", model, "--part", "0/2")
	if code != 0 || !strings.Contains(out, "of 2 clusters") {
		t.Fatalf("train: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, errs = runCmd(t, "", "eval", "--data", set, "--part", "1/2", "--quality", model, "--rouge", "-n 1 -l 20", "--words", "20")
	if code != 0 || !strings.Contains(out, "2 clusters") || !strings.Contains(out, "ROUGE-1") {
		t.Errorf("eval: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestPresetLengths: the Multi-News preset writes 260-word summaries (scored
// as at most 300 words), the DUC preset fills its 100 words, and --words
// overrides either.
func TestPresetLengths(t *testing.T) {
	dir := t.TempDir()
	set := filepath.Join(dir, "set.jsonl")
	var doc strings.Builder
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&doc, "Inspectors in district%d counted harvest%d crates beside warehouse%d near river%d. ", i, i, i, i)
	}
	line, _ := json.Marshal(map[string]any{"id": "c", "documents": []map[string]string{{"id": "a", "text": doc.String()}}, "references": []string{"Inspectors counted crates."}})
	os.WriteFile(set, append(line, '\n'), 0o644)
	for _, tc := range []struct {
		args  []string
		words int
		rouge string
	}{
		{[]string{"--preset", "multinews"}, 260, "-l 300"},
		{[]string{"--preset", "duc"}, 100, "-l 100"},
		{[]string{"--preset", "multinews", "--words", "300"}, 300, "-l 300"},
	} {
		out := filepath.Join(dir, "s.jsonl")
		code, stdout, errs := runCmd(t, "", append([]string{"eval", "--data", set, "--out", out}, tc.args...)...)
		if code != 0 || !strings.Contains(stdout, tc.rouge) {
			t.Fatalf("%v: exit %d, stdout %q, stderr %q", tc.args, code, stdout, errs)
		}
		b, _ := os.ReadFile(out)
		var got struct{ Summary []string }
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if n := len(strings.Fields(strings.Join(got.Summary, " "))); n != tc.words {
			t.Errorf("%v: summary of %d words, want %d", tc.args, n, tc.words)
		}
	}
}

func TestBriefFocusAndExclude(t *testing.T) {
	code, out, errs := runCmd(t, "", "brief", "--words", "60", "--explain", "--focus", "Rouhani, aircraft carrier", "--exclude", "Kerry", "../../examples/seeds")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, summary, _ := strings.Cut(out, "-\n\n") // after the title (an article's headline)
	summary, _, _ = strings.Cut(summary, "words from")
	for _, want := range []string{"Rouhani", "aircraft carrier", "holds Rouhani, asked for", "holds aircraft carrier, asked for"} {
		if !strings.Contains(summary, want) {
			t.Errorf("no %q in the summary:\n%s", want, summary)
		}
	}
	if strings.Contains(summary, "Kerry") {
		t.Errorf("excluded Kerry in the summary:\n%s", summary)
	}
	for _, bad := range [][]string{{"--focus", "Iran,,Iraq"}, {"--exclude", " "}, {"--focus", "--"}} {
		code, _, errs := runCmd(t, "", append([]string{"brief"}, append(bad, "../../examples/seeds")...)...)
		if code == 0 || !strings.Contains(errs, "phrase") {
			t.Errorf("%v: exit %d, %q; want an error naming the phrase", bad, code, errs)
		}
	}
}

func TestClusterTopAndSince(t *testing.T) {
	jsonl := `{"id":"flood1","published":"2014-06-16T09:00:00Z","text":"The Parana river burst its banks near Cambe on Monday, forcing 3,000 people from their homes. Rescue teams in boats searched flooded streets, the mayor said."}
{"id":"transfer","published":"2014-06-16T10:00:00Z","text":"The striker signed a five-year contract with the club on Friday for a record transfer fee. The coach said he would debut in the cup match."}
{"id":"flood2","published":"2014-06-16T08:00:00Z","text":"The Parana river burst its banks near Cambe, forcing 3,000 people from their homes. Rescue teams in boats searched the flooded streets, the town's mayor said."}
`
	code, out, errs := runCmd(t, jsonl, "cluster", "--top", "1", "-")
	if code != 0 || !strings.Contains(out, "flood1") || strings.Contains(out, "transfer") || !strings.Contains(out, "(1 other story found, not listed)") {
		t.Errorf("--top 1: exit %d, %s\n%s", code, errs, out)
	}
	code, out, errs = runCmd(t, jsonl, "cluster", "--format", "json", "--since", "2014-06-16T09:30:00Z", "-")
	var c struct {
		Stories []struct {
			ID       string   `json:"id"`
			Articles []string `json:"articles"`
		} `json:"stories"`
		LeftOut int `json:"left_out"`
	}
	if err := json.Unmarshal([]byte(out), &c); code != 0 || err != nil {
		t.Fatalf("--since: exit %d, %v, %s\n%s", code, err, errs, out)
	}
	if len(c.Stories) != 1 || c.Stories[0].ID != "s2" || strings.Join(c.Stories[0].Articles, ",") != "transfer" || c.LeftOut != 1 {
		t.Errorf("only the story with an article since 09:30 is listed, under its own id: %+v", c)
	}
	undated := `{"id":"x","text":"A river flooded the town."}`
	for _, c := range []struct {
		input, flag, value string
		code               int
		want               string
	}{
		{jsonl, "--since", "2014-06-17", 1, "nothing new since 2014-06-17"},
		{undated, "--since", "2014-06-17", 1, "no article has a published time"},
		{jsonl, "--top", "-1", 2, "--top"},
		{jsonl, "--since", "noon", 2, "--since"},
	} {
		if code, _, errs := runCmd(t, c.input, "cluster", c.flag, c.value, "-"); code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%s %s: exit %d, %q; want %d and %q", c.flag, c.value, code, errs, c.code, c.want)
		}
	}
}

func TestBriefTopAndFocusOnMixedInput(t *testing.T) {
	bridge := `{"id":"a","source":"Wire","text":"The council closed the bridge on Monday after engineers found cracks in its pillars."}
{"id":"b","source":"Daily","text":"Engineers found cracks in the pillars, and the council closed the bridge on Monday."}
`
	code, out, errs := runCmd(t, bridge, "brief", "--words", "40", "--top", "1", "../../examples/seeds", "-")
	if code != 0 || strings.Count(out, "Sources:") != 1 || !strings.Contains(out, "Kerry") || !strings.Contains(out, "(1 other story found, not briefed)") {
		t.Errorf("--top 1: exit %d, %s\n%s", code, errs, out)
	}
	code, out, errs = runCmd(t, bridge, "brief", "--words", "40", "--focus", "pillars", "../../examples/seeds", "-")
	if code != 0 || strings.Count(out, "Sources:") != 1 || !strings.Contains(out, "bridge") || strings.Contains(out, "Kerry") {
		t.Errorf("--focus pillars: exit %d, %s\n%s", code, errs, out)
	}
	code, _, errs = runCmd(t, bridge, "brief", "--focus", "volcano", "../../examples/seeds", "-")
	if code != 1 || !strings.Contains(errs, `no story holds any focus topic: "volcano"`) {
		t.Errorf("--focus volcano: exit %d, %q", code, errs)
	}
	if code, _, errs := runCmd(t, bridge, "brief", "--top", "-2", "-"); code != 2 || !strings.Contains(errs, "--top") {
		t.Errorf("--top -2: exit %d, %q", code, errs)
	}
}

func TestBriefSince(t *testing.T) {
	reports := `{"id":"morning","published":"2014-06-16T09:00:00Z","text":"A cold wave has killed 32 people, police said on Monday. Most of the dead were homeless men who slept outside."}
{"id":"evening","published":"2014-06-16T18:00:00Z","text":"The cold wave has now killed 47 people, police said on Monday evening. Most of the dead were homeless men."}
`
	code, out, errs := runCmd(t, reports, "brief", "--since", "2014-06-16T12:00:00Z", "-")
	if code != 0 || !strings.Contains(out, "killed 47 people") || strings.Contains(out, "slept outside") || !strings.Contains(out, "what is new since 2014-06-16 12:00 UTC") {
		t.Errorf("exit %d, %s\n%s", code, errs, out)
	}
	code, _, errs = runCmd(t, reports, "brief", "--since", "2014-06-17", "-")
	if code != 1 || !strings.Contains(errs, "nothing new since 2014-06-17T00:00:00Z") {
		t.Errorf("nothing new: exit %d, %q", code, errs)
	}
	code, _, errs = runCmd(t, reports, "brief", "--since", "noon", "-")
	if code != 2 || !strings.Contains(errs, `--since: unrecognized time "noon"`) {
		t.Errorf("a bad time: exit %d, %q", code, errs)
	}
}
