// Package render writes a briefing as plain text, Markdown or JSON.
package render

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/precis-news/precis"
)

// Formats lists the output formats.
var Formats = []string{"text", "markdown", "json"}

// Write renders b in the named format.
func Write(w io.Writer, b *precis.Briefing, format string) error {
	switch format {
	case "text", "":
		return Text(w, b)
	case "markdown", "md":
		return Markdown(w, b)
	case "json":
		return JSON(w, b)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// JSON writes the briefing as indented JSON: {"stories":[...]}.
func JSON(w io.Writer, b *precis.Briefing) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// markers numbers a story's articles from 1 in input order and returns the
// marker of each summary sentence, like "[1,3]".
func markers(st *precis.Story) (map[string]int, func(ids []string) string) {
	num := map[string]int{}
	for i, a := range st.Articles {
		num[a.ID] = i + 1
	}
	return num, func(ids []string) string {
		ns := make([]int, 0, len(ids))
		for _, id := range ids {
			if n, ok := num[id]; ok {
				ns = append(ns, n)
			}
		}
		sort.Ints(ns)
		parts := make([]string, len(ns))
		for i, n := range ns {
			parts[i] = strconv.Itoa(n)
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
}

// Text writes a readable briefing: per story a title, the summary with source
// markers, and the numbered source list.
func Text(w io.Writer, b *precis.Briefing) error {
	ew := &errWriter{w: w}
	for si := range b.Stories {
		st := &b.Stories[si]
		if si > 0 {
			ew.printf("\n%s\n\n", strings.Repeat("=", 60))
		}
		if st.Title != "" {
			ew.printf("%s\n%s\n\n", st.Title, strings.Repeat("-", min(len([]rune(st.Title)), 72)))
		}
		_, mark := markers(st)
		for _, s := range st.Summary {
			ew.printf("%s %s\n", s.Text, mark(s.Sources))
		}
		ew.printf("\n(%d words from %d articles)\n\nSources:\n", st.Words, len(st.Articles))
		for i, a := range st.Articles {
			ew.printf("[%d] %s", i+1, a.Label())
			if a.Title != "" {
				ew.printf(" - %s", a.Title)
			}
			ew.printf(" (%d words)", a.Words)
			if a.CopyOf != "" {
				ew.printf(" copy of %s", a.CopyOf)
			}
			ew.printf("\n")
			writeRemoved(ew, a, "    ")
		}
	}
	return ew.err
}

// Markdown writes the briefing as Markdown.
func Markdown(w io.Writer, b *precis.Briefing) error {
	ew := &errWriter{w: w}
	for si := range b.Stories {
		st := &b.Stories[si]
		title := st.Title
		if title == "" {
			title = "Story " + st.ID
		}
		ew.printf("## %s\n\n", escapeMD(title))
		_, mark := markers(st)
		for _, s := range st.Summary {
			ew.printf("- %s %s\n", escapeMD(s.Text), mark(s.Sources))
		}
		ew.printf("\n*%d words from %d articles*\n\n### Sources\n\n", st.Words, len(st.Articles))
		for i, a := range st.Articles {
			ew.printf("%d. **%s**", i+1, escapeMD(a.Label()))
			if a.Title != "" {
				ew.printf(": %s", escapeMD(a.Title))
			}
			ew.printf(" (%d words", a.Words)
			if a.CopyOf != "" {
				ew.printf(", copy of %s", escapeMD(a.CopyOf))
			}
			ew.printf(")\n")
			writeRemoved(ew, a, "   - ")
		}
		ew.printf("\n")
	}
	return ew.err
}

func writeRemoved(ew *errWriter, a precis.ArticleInfo, indent string) {
	for _, r := range a.Removed {
		t := r.Text
		if len([]rune(t)) > 70 {
			t = string([]rune(t)[:70]) + "…"
		}
		ew.printf("%sremoved (%s): %q\n", indent, r.Reason, t)
	}
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;")

func escapeMD(s string) string { return mdEscaper.Replace(s) }

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
