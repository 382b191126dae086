package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/ingest"
	"github.com/precis-news/precis/render"
	"github.com/precis-news/precis/summarize"
)

func cmdBrief(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("brief", stderr, "[flags] PATH...")
	words := fs.Int("words", 0, "summary length in words (default 100 when no other budget is given)")
	bytes := fs.Int("bytes", 0, "summary length in bytes")
	sentences := fs.Int("sentences", 0, "summary length in sentences")
	format := fs.String("format", "text", "output format: "+strings.Join(render.Formats, ", "))
	method := fs.String("method", "precis", "summarization method: "+strings.Join(summarize.Names(), ", "))
	explain := fs.Bool("explain", false, "show why the method chose each summary sentence, and what cleaning removed from each article and why")
	oneStory := fs.Bool("one-story", false, "treat all articles as one story (do not sort them into stories)")
	top := fs.Int("top", 0, "brief only the N largest stories of a mixed input (0: all)")
	since := fs.String("since", "", "summarize only what articles published at or after this time (RFC 3339 or 2006-01-02) say that earlier ones did not; stories with nothing new are left out")
	var focus, exclude phrases
	fs.Var(&focus, "focus", "a topic the summary must cover when the story holds it: words or a name, matched on stems, every spelling of a name included (repeat the flag or separate phrases with commas); on a mixed input, only the stories that hold one are briefed")
	fs.Var(&exclude, "exclude", "a topic no summary sentence may hold, matched as --focus matches (repeatable, comma-separated)")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if *words < 0 || *bytes < 0 || *sentences < 0 || *top < 0 {
		return usagef("--words, --bytes, --sentences and --top must not be negative")
	}
	if _, err := summarize.Lookup(*method); err != nil {
		return usageError{err.Error()}
	}
	switch *format {
	case "text", "markdown", "md", "json":
	default:
		return usagef("unknown --format %q (want %s)", *format, strings.Join(render.Formats, ", "))
	}
	var from time.Time
	if *since != "" {
		if from, err = ingest.ParseTime(*since); err != nil {
			return usagef("--since: %v", err)
		}
	}
	arts, err := readArticles(paths, stdin, stderr)
	if err != nil {
		return err
	}
	opts := []precis.Option{precis.WithMethod(*method)}
	if !from.IsZero() {
		opts = append(opts, precis.WithSince(from))
	}
	if *words > 0 {
		opts = append(opts, precis.WithWords(*words))
	}
	if *bytes > 0 {
		opts = append(opts, precis.WithBytes(*bytes))
	}
	if *sentences > 0 {
		opts = append(opts, precis.WithSentences(*sentences))
	}
	if *explain {
		opts = append(opts, precis.WithExplain())
	}
	if *oneStory {
		opts = append(opts, precis.WithOneStory())
	}
	if *top > 0 {
		opts = append(opts, precis.WithTopStories(*top))
	}
	if len(focus) > 0 {
		opts = append(opts, precis.WithFocus(focus...))
	}
	if len(exclude) > 0 {
		opts = append(opts, precis.WithExclude(exclude...))
	}
	b, err := precis.Brief(ctx, arts, opts...)
	if err != nil {
		return fmt.Errorf("%d articles: %w", len(arts), err)
	}
	return render.Write(stdout, b, *format)
}

// phrases is a repeatable flag of comma-separated phrases.
type phrases []string

func (p *phrases) String() string { return strings.Join(*p, ",") }

func (p *phrases) Set(v string) error {
	for _, f := range strings.Split(v, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			return fmt.Errorf("empty phrase in %q", v)
		}
		*p = append(*p, f)
	}
	return nil
}

func cmdSentences(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("sentences", stderr, "PATH...")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	arts, err := readArticles(paths, stdin, stderr)
	if err != nil {
		return err
	}
	for _, a := range arts {
		d := precis.Analyze(a)
		for _, s := range d.Sentences {
			if _, err := fmt.Fprintf(stdout, "%s\t%s\n", a.ID, s.Text); err != nil {
				return err
			}
		}
	}
	return nil
}
