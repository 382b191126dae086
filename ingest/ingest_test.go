package ingest

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadFolderRecursiveAndIDs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte("First article text."))
	write(t, dir, "sub/b.md", []byte("Second article text."))
	write(t, dir, "sub/c.jsonl", []byte(`{"id":"x1","text":"Third.","source":"Wire","published":"2014-06-16"}`+"\n"+`{"id":7,"text":"Fourth."}`+"\n"))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("Fifth, gzipped."))
	zw.Close()
	write(t, dir, "sub/d.txt.gz", gz.Bytes())
	write(t, dir, "ignored.png", []byte{0x89, 'P', 'N', 'G'})
	r := &Reader{}
	arts, err := r.Read([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, ","); got != "a,b,x1,7,d" {
		t.Errorf("ids = %s", got)
	}
	if arts[2].Source != "Wire" || arts[2].Published.Year() != 2014 {
		t.Errorf("metadata lost: %+v", arts[2])
	}
	if arts[4].Text != "Fifth, gzipped." {
		t.Errorf("gzip text = %q", arts[4].Text)
	}
}

func TestMultiNewsSeparator(t *testing.T) {
	r := &Reader{Stdin: strings.NewReader("One story. ||||| Two story. |||||")}
	arts, err := r.Read([]string{"-"})
	if err != nil || len(arts) != 2 || arts[1].ID != "stdin#2" {
		t.Fatalf("arts=%+v err=%v", arts, err)
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := write(t, dir, "empty.txt", nil)
	binary := write(t, dir, "bin.txt", []byte{0x00, 0x01, 0x02, 'a'})
	latin1 := write(t, dir, "latin1.txt", []byte("caf\xe9 au lait"))
	huge := write(t, dir, "huge.txt", bytes.Repeat([]byte("word "), MaxArticleBytes/5+10))
	good := write(t, dir, "good.txt", []byte("A good article."))
	page := write(t, dir, "page.html", []byte("\ufeff<!DOCTYPE html>\n<html><head><title>Bridge</title><script>var x=1;</script></head><body><p>The bridge closed.</p></body></html>"))
	feed := write(t, dir, "feed.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>Bridge</title></item></channel></rss>`))
	atom := write(t, dir, "atom.txt", []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Bridge</title></entry></feed>`))
	emptyDir := filepath.Join(dir, "nothing")
	os.Mkdir(emptyDir, 0o755)
	write(t, emptyDir, "notes.csv", []byte("a,b"))

	tests := []struct {
		name, path, want string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
		{"empty", empty, "empty"},
		{"binary", binary, "binary"},
		{"latin1", latin1, "not valid UTF-8"},
		{"huge", huge, "too large"},
		{"html", page, "an HTML page, not plain text"},
		{"rss", feed, "an RSS feed, not plain text"},
		{"atom", atom, "an Atom feed, not plain text"},
		{"empty folder", emptyDir, "no .txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Reader{}
			_, err := r.Read([]string{tt.path})
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), filepath.Base(tt.path)) {
				t.Errorf("err = %v, want one naming %s and %q", err, tt.path, tt.want)
			}
		})
	}
	// One bad file among good ones: a problem, not an error, and the rest is read.
	r := &Reader{}
	arts, err := r.Read([]string{binary, good})
	if err != nil || len(arts) != 1 || len(r.Problems) != 1 {
		t.Errorf("arts=%d problems=%v err=%v", len(arts), r.Problems, err)
	}
}

func TestJSONLBadLines(t *testing.T) {
	in := `{"id":"a","text":"Good one."}
not json at all
{"id":"b"}
{"id":"c","text":"Good two.","published":"yesterday"}
{"id":"d","text":"Good three."}
`
	r := &Reader{Stdin: strings.NewReader(in)}
	arts, err := r.Read([]string{"-"})
	if err != nil || len(arts) != 2 {
		t.Fatalf("arts=%+v err=%v", arts, err)
	}
	if len(r.Problems) != 3 {
		t.Fatalf("problems = %v", r.Problems)
	}
	for i, want := range []string{"-:2: not a JSON object", `-:3: no "text"`, `-:4: "published"`} {
		if !strings.HasPrefix(r.Problems[i].Error(), want) {
			t.Errorf("problem %d = %q, want prefix %q", i, r.Problems[i].Error(), want)
		}
	}
}

func FuzzParseJSONArticle(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}`))
	f.Add([]byte(`{"id":1.5e3,"text":"x","published":"2014-06-16T00:00:00Z"}`))
	f.Add([]byte(`{"text":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseJSONArticle(b)
		if err == nil && strings.TrimSpace(a.Text) == "" {
			t.Fatalf("accepted empty text from %q", b)
		}
	})
}

// Two files of one name in different folders keep their articles, and the
// id they share is reported.
func TestSharedIDsAreReported(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "a"), 0o755)
	os.Mkdir(filepath.Join(dir, "b"), 0o755)
	write(t, filepath.Join(dir, "a"), "story.txt", []byte("One report of the flood."))
	write(t, filepath.Join(dir, "b"), "story.txt", []byte("Another report of the flood."))
	write(t, dir, "other.txt", []byte("A third report."))
	r := &Reader{}
	arts, err := r.Read([]string{dir})
	if err != nil || len(arts) != 3 {
		t.Fatalf("%d articles, %v", len(arts), err)
	}
	if len(r.Shared) != 1 || !strings.Contains(r.Shared[0].Error(), `id "story"`) || !strings.Contains(r.Shared[0].Error(), "articles 1 and 2") {
		t.Fatalf("shared ids: %v", r.Shared)
	}
	if len(r.Problems) != 0 {
		t.Errorf("problems: %v", r.Problems)
	}
}

// TestTextOpeningWithABracketIsText: only a document that opens with markup
// is refused as a page or a feed.
func TestTextOpeningWithABracketIsText(t *testing.T) {
	r := &Reader{Stdin: strings.NewReader("<Editor's note: updated> The bridge closed on Monday, the mayor said.")}
	arts, err := r.Read([]string{"-"})
	if err != nil || len(arts) != 1 || len(r.Problems) != 0 {
		t.Errorf("arts=%+v problems=%v err=%v", arts, r.Problems, err)
	}
}

// TestMarkupIsNamedByItsFirstElement: a page that mentions a feed's tag is
// still a page, and a comment or declaration before the root is passed over.
func TestMarkupIsNamedByItsFirstElement(t *testing.T) {
	for in, want := range map[string]string{
		"<!-- saved --><html><body><feedback>":            "an HTML page",
		"<p>The bridge closed.</p>":                       "an HTML page",
		`<?xml version="1.0"?><!-- x --><feed xmlns="a">`: "an Atom feed",
		`<?xml version="1.0"?><rss version="2.0"><body>`:  "an RSS feed",
		`<?xml version="1.0"?><report><para>`:             "an XML document",
		"<Editor's note: updated> The bridge closed.":     "",
		"The bridge closed. <html> is a tag.":             "",
	} {
		if got := markup([]byte(in)); got != want {
			t.Errorf("markup(%q) = %q, want %q", in, got, want)
		}
	}
}
