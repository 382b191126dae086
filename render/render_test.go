package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/precis-news/precis"
)

func briefing() *precis.Briefing {
	return &precis.Briefing{Stories: []precis.Story{{
		ID: "s1", Title: "Bridge closed",
		Articles: []precis.ArticleInfo{{ID: "a", Source: "Wire", Words: 40, Sentences: 3}, {ID: "b", Words: 35, Sentences: 2, CopyOf: "a"}},
		Summary:  []precis.Sentence{{Text: "The bridge closed on *Monday*.", Sources: []string{"b", "a"}, From: "a"}, {Text: "Repairs take a month.", Sources: []string{"b"}, From: "b"}},
		Words:    9,
	}}}
}

func TestText(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, briefing(), "text"); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"Bridge closed\n", "The bridge closed on *Monday*. [1,2]\n", "Repairs take a month. [2]\n", "[1] Wire (40 words)", "[2] b (35 words) copy of a"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, briefing(), "markdown"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `\*Monday\*`) || !strings.Contains(buf.String(), "## Bridge closed") {
		t.Errorf("markdown:\n%s", buf.String())
	}
}

func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, briefing(), "json"); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Stories []struct {
			ID       string `json:"id"`
			Articles []map[string]any
			Summary  []struct {
				Text    string   `json:"text"`
				Sources []string `json:"sources"`
				From    string   `json:"from"`
			} `json:"summary"`
			Words int `json:"words"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	st := v.Stories[0]
	if st.ID != "s1" || st.Words != 9 || st.Summary[0].From != "a" || len(st.Summary[0].Sources) != 2 {
		t.Errorf("json: %+v", st)
	}
	if _, ok := st.Articles[0]["copy_of"]; ok {
		t.Error("copy_of present on an original")
	}
	if st.Articles[1]["copy_of"] != "a" {
		t.Errorf("copy_of = %v", st.Articles[1]["copy_of"])
	}
	for _, k := range []string{"id", "source", "title", "words", "sentences"} {
		if _, ok := st.Articles[0][k]; !ok {
			t.Errorf("article lacks %q", k)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, briefing(), "pdf"); err == nil {
		t.Error("pdf accepted")
	}
}
