package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/precis-news/precis"
)

func cmdCluster(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("cluster", stderr, "[--format text|json] PATH...")
	format := fs.String("format", "text", "output format: text or json")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usagef("unknown --format %q (want text or json)", *format)
	}
	arts, err := readArticles(paths, stdin, stderr)
	if err != nil {
		return err
	}
	c, err := precis.Cluster(ctx, arts)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(c)
	}
	var b strings.Builder
	for _, s := range c.Stories {
		title := s.Title
		if title == "" {
			title = "(untitled)"
		}
		fmt.Fprintf(&b, "%s  %s  (%d articles)\n", s.ID, title, len(s.Articles))
		for _, id := range s.Articles {
			fmt.Fprintf(&b, "    %s\n", id)
		}
		for _, g := range s.Copies {
			fmt.Fprintf(&b, "    copies: %s\n", strings.Join(g, ", "))
		}
	}
	_, err = io.WriteString(stdout, b.String())
	return err
}
