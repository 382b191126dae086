// Package ingest reads articles from files, folders, standard input and JSON
// Lines, gzipped or not, and reports problems with the input they concern.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/precis-news/precis"
)

// MaxArticleBytes is the largest article accepted (the longest news
// features run to a few hundred kilobytes; anything far larger is not one
// article).
const MaxArticleBytes = 8 << 20

// Separator splits several articles held in one text (the Multi-News layout).
const Separator = "|||||"

// Problem is an input that could not be read, or one part of it that was
// skipped while the rest was read.
type Problem struct {
	Input string // path, "-" for stdin, "path:line" for one JSON line
	Err   error
}

func (p Problem) Error() string { return p.Input + ": " + p.Err.Error() }

// Reader reads articles. Stdin is read for the path "-".
type Reader struct {
	Stdin io.Reader
	// Problems collects what was skipped; the caller prints them as warnings.
	Problems []Problem
	// Shared lists the ids that name more than one article read (two files
	// of one name in different folders, a feed that repeats an id). The
	// articles are all kept, but output that names articles by id cannot
	// tell them apart; the caller prints a warning for each.
	Shared []Problem
}

// textExts are the file types read from folders.
var textExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".jsonl": true}

// Read reads every path and returns the articles in input order. A path that
// does not exist is an error; a file or line that cannot be used is recorded
// in r.Problems and skipped. If nothing readable is left, the error names
// every problem.
func (r *Reader) Read(paths []string) ([]precis.Article, error) {
	var out []precis.Article
	for _, p := range paths {
		arts, err := r.readPath(p)
		if err != nil {
			return out, err
		}
		out = append(out, arts...)
	}
	if len(out) == 0 {
		if len(r.Problems) == 0 {
			return nil, errors.New("no articles in the input")
		}
		msgs := make([]string, len(r.Problems))
		for i, p := range r.Problems {
			msgs[i] = p.Error()
		}
		return nil, fmt.Errorf("no readable articles: %s", strings.Join(msgs, "; "))
	}
	first := make(map[string]int, len(out))
	for i, a := range out {
		if j, ok := first[a.ID]; ok {
			r.Shared = append(r.Shared, Problem{Input: fmt.Sprintf("id %q", a.ID),
				Err: fmt.Errorf("names articles %d and %d of the input; output that names articles by id cannot tell them apart", j+1, i+1)})
			continue
		}
		first[a.ID] = i
	}
	return out, nil
}

func (r *Reader) problem(input string, err error) {
	r.Problems = append(r.Problems, Problem{Input: input, Err: err})
}

func (r *Reader) readPath(p string) ([]precis.Article, error) {
	if p == "-" {
		if r.Stdin == nil {
			return nil, errors.New("-: no standard input")
		}
		data, err := io.ReadAll(io.LimitReader(r.Stdin, 1<<30))
		if err != nil {
			return nil, fmt.Errorf("read standard input: %w", err)
		}
		return r.parse("-", "stdin", data), nil
	}
	info, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file or folder", p)
		}
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	if !info.IsDir() {
		return r.readFile(p), nil
	}
	var files []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			r.problem(path, err)
			return nil
		}
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && path != p {
				return filepath.SkipDir
			}
			return nil
		}
		if textExts[strings.ToLower(filepath.Ext(strings.TrimSuffix(path, ".gz")))] {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	sort.Strings(files)
	var out []precis.Article
	for _, f := range files {
		out = append(out, r.readFile(f)...)
	}
	if len(files) == 0 {
		r.problem(p, errors.New("folder holds no .txt, .text, .md or .jsonl files"))
	}
	return out, nil
}

func (r *Reader) readFile(path string) []precis.Article {
	f, err := os.Open(path)
	if err != nil {
		r.problem(path, err)
		return nil
	}
	defer f.Close()
	data, err := ReadAllMaybeGzip(f)
	if err != nil {
		r.problem(path, err)
		return nil
	}
	return r.parse(path, ArticleID(path), data)
}

// GzipReader returns a reader of rd's content, decompressed when it starts
// with the gzip magic bytes.
func GzipReader(rd io.Reader) (io.Reader, error) {
	br := bufio.NewReader(rd)
	head, _ := br.Peek(2)
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		return zr, nil
	}
	return br, nil
}

// ReadAllMaybeGzip reads all of rd, decompressing it when it starts with the
// gzip magic bytes.
func ReadAllMaybeGzip(rd io.Reader) ([]byte, error) {
	r, err := GzipReader(rd)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return data, nil
}

// ArticleID is the id of an article read from a file: the base name without
// its extensions (".txt", ".jsonl.gz").
func ArticleID(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, ".gz")
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// parse reads one input's bytes: JSON Lines when it looks like JSON, else
// plain text (several articles when split by Separator).
func (r *Reader) parse(input, id string, data []byte) []precis.Article {
	if looksJSON(data) || strings.HasSuffix(strings.TrimSuffix(input, ".gz"), ".jsonl") {
		return r.parseJSONL(input, data)
	}
	if err := checkText(data); err != nil {
		r.problem(input, err)
		return nil
	}
	s := string(data)
	if !strings.Contains(s, Separator) {
		return []precis.Article{{ID: id, Text: s}}
	}
	var out []precis.Article
	for k, part := range strings.Split(s, Separator) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		out = append(out, precis.Article{ID: id + "#" + strconv.Itoa(k+1), Text: part})
	}
	return out
}

func looksJSON(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '{'
}

// checkText rejects input that is empty, binary, not UTF-8, too large, or
// markup (an HTML page, a feed).
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return errors.New("empty: no text")
	}
	if len(data) > MaxArticleBytes {
		return fmt.Errorf("too large: %d MB, over the %d MB limit for one article", len(data)>>20, MaxArticleBytes>>20)
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return errors.New("binary data, not text")
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return fmt.Errorf("not valid UTF-8 (first bad byte at offset %d); convert it to UTF-8 first", off)
	}
	if kind := markup(head); kind != "" {
		return fmt.Errorf("%s, not plain text: precis reads text and JSON Lines; save the page as text, or give its text as a JSON Lines \"text\"", kind)
	}
	return nil
}

// markup names the kind of document head opens, when it is markup: "an HTML
// page", "an RSS feed", "an Atom feed" or "an XML document" ("" for text).
// Its tags and scripts would otherwise be summarized as words. The kind is
// the first element's, after any XML declaration, comments and doctype.
func markup(head []byte) string {
	t := bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\ufeff"))
	declared := bytes.HasPrefix(t, []byte("<?xml"))
	for bytes.HasPrefix(t, []byte("<?")) || bytes.HasPrefix(t, []byte("<!")) {
		if bytes.HasPrefix(t, []byte("<!doctype html")) {
			return "an HTML page"
		}
		end := []byte(">")
		if bytes.HasPrefix(t, []byte("<!--")) {
			end = []byte("-->")
		}
		k := bytes.Index(t, end)
		if k < 0 {
			break
		}
		t = bytes.TrimLeft(t[k+len(end):], " \t\r\n")
	}
	if !bytes.HasPrefix(t, []byte("<")) {
		if declared {
			return "an XML document"
		}
		return ""
	}
	name := t[1:]
	if k := bytes.IndexAny(name, " \t\r\n/>"); k >= 0 {
		name = name[:k]
	}
	switch string(name) {
	case "rss", "rdf:rdf":
		return "an RSS feed"
	case "feed":
		return "an Atom feed"
	case "html", "head", "body", "meta", "title", "link", "script", "style", "div", "p", "article", "section", "main", "header", "table", "h1", "h2":
		return "an HTML page"
	}
	if declared {
		return "an XML document"
	}
	return ""
}

// jsonArticle is one JSON Lines record.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Source    string          `json:"source"`
	Title     string          `json:"title"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
}

func (r *Reader) parseJSONL(input string, data []byte) []precis.Article {
	var out []precis.Article
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), MaxArticleBytes+1<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", input, line)
		a, err := ParseJSONArticle(b)
		if err != nil {
			r.problem(where, err)
			continue
		}
		if a.ID == "" {
			a.ID = fmt.Sprintf("%s:%d", ArticleID(input), line)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		r.problem(fmt.Sprintf("%s:%d", input, line+1), fmt.Errorf("line too long or unreadable: %w", err))
	}
	if len(out) == 0 && line == 0 {
		r.problem(input, errors.New("empty: no JSON lines"))
	}
	return out
}

// ParseJSONArticle decodes one JSON Lines record into an article. "text" is
// required; "id" may be a string or a number.
func ParseJSONArticle(b []byte) (precis.Article, error) {
	var ja jsonArticle
	if err := json.Unmarshal(b, &ja); err != nil {
		return precis.Article{}, fmt.Errorf("not a JSON object: %w", err)
	}
	if ja.Text == nil {
		return precis.Article{}, errors.New(`no "text" field`)
	}
	if err := checkText([]byte(*ja.Text)); err != nil {
		return precis.Article{}, err
	}
	a := precis.Article{Text: *ja.Text, Source: ja.Source, Title: ja.Title, URL: ja.URL}
	if len(ja.ID) > 0 && string(ja.ID) != "null" {
		var s string
		if err := json.Unmarshal(ja.ID, &s); err == nil {
			a.ID = s
		} else {
			var n json.Number
			if err := json.Unmarshal(ja.ID, &n); err != nil {
				return precis.Article{}, fmt.Errorf(`"id" must be a string or a number, got %s`, ja.ID)
			}
			a.ID = n.String()
		}
	}
	if ja.Published != "" {
		t, err := ParseTime(ja.Published)
		if err != nil {
			return precis.Article{}, fmt.Errorf(`"published": %w`, err)
		}
		a.Published = t
	}
	return a, nil
}

// ParseTime reads the common date layouts of news metadata.
func ParseTime(s string) (time.Time, error) {
	layouts := []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognized time %q (want RFC 3339, e.g. 2014-06-16T09:00:00Z)", s)
}
