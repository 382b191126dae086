package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/ingest"
	"github.com/precis-news/precis/render"
)

func cmdCluster(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("cluster", stderr, "[--format text|json] [--top N] [--since TIME] PATH...")
	format := fs.String("format", "text", "output format: text or json")
	top := fs.Int("top", 0, "list only the N largest stories (0: all)")
	since := fs.String("since", "", "list only the stories with an article published at or after this time (RFC 3339 or 2006-01-02)")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usagef("unknown --format %q (want text or json)", *format)
	}
	if *top < 0 {
		return usagef("--top must not be negative")
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
	c, err := precis.Cluster(ctx, arts)
	if err != nil {
		return err
	}
	if !from.IsZero() {
		if err := c.Since(from, arts); err != nil {
			return err
		}
	}
	c.Top(*top)
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(c)
	}
	var b strings.Builder
	for _, s := range c.Stories {
		title := render.Typeset(s.Title)
		switch {
		case s.NoText:
			title = "(no story text once page furniture is cut)"
		case title == "":
			title = "(untitled)"
		}
		fmt.Fprintf(&b, "%s  %s  (%s)\n", s.ID, title, render.Articles(len(s.Articles)))
		for _, id := range s.Articles {
			fmt.Fprintf(&b, "    %s\n", id)
		}
		for _, g := range s.Copies {
			fmt.Fprintf(&b, "    copies: %s\n", strings.Join(g, ", "))
		}
	}
	switch {
	case c.LeftOut == 1:
		b.WriteString("(1 other story found, not listed)\n")
	case c.LeftOut > 1:
		fmt.Fprintf(&b, "(%d other stories found, not listed)\n", c.LeftOut)
	}
	_, err = io.WriteString(stdout, b.String())
	return err
}
