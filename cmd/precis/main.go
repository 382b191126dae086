// Command precis turns many news reports of one event into one briefing.
//
//	precis brief [--words N | --bytes N | --sentences N] [--format text|markdown|json] [--explain] PATH...
//	precis cluster [--format text|json] PATH...
//	precis sentences PATH...
//	precis rouge [ROUGE-1.5.5 options] PEER REF...
//	precis eval --data SET.jsonl.gz [--method M] [--words N | --bytes N] [--rouge "OPTIONS"]
//	precis eval --task stories --data SET.jsonl.gz [--stories N] [--scale N] [--seed N]
//	precis train --data SET.jsonl.gz --out MODEL.json [--part K/N]
//
// PATH is a file, a folder (read recursively) or - for standard input.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/ingest"
)

const usage = `precis: one trustworthy briefing from many reports of the same event

usage:
  precis brief [flags] PATH...      summarize articles (files, folders, - for stdin)
  precis cluster [flags] PATH...    sort articles into stories and find copies
  precis sentences PATH...          print the cleaned sentences, one a line: id<TAB>sentence
  precis rouge [options] PEER REF...  score a summary against references as ROUGE-1.5.5 does
  precis eval --data SET [flags]    summarize and score a summary set
  precis train --data SET --out F   fit the sentence-quality model on a summary set
  precis help COMMAND               flags of a command
`

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command and returns the exit code: 0 done, 1 failed,
// 2 bad usage.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	var err error
	switch cmd {
	case "brief":
		err = cmdBrief(ctx, rest, stdin, stdout, stderr)
	case "cluster":
		err = cmdCluster(ctx, rest, stdin, stdout, stderr)
	case "sentences":
		err = cmdSentences(rest, stdin, stdout, stderr)
	case "rouge":
		err = cmdRouge(rest, stdout, stderr)
	case "eval":
		err = cmdEval(ctx, rest, stdout, stderr)
	case "train":
		err = cmdTrain(ctx, rest, stdout, stderr)
	case "help", "-h", "--help":
		if len(rest) > 0 {
			return run(ctx, []string{rest[0], "-h"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "precis: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "precis %s: %v\n", cmd, err)
		return 2
	default:
		fmt.Fprintf(stderr, "precis %s: %v\n", cmd, err)
		return 1
	}
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// parseInterleaved parses flags that may come before, between or after the
// positional arguments, and returns the positional ones.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func newFlagSet(name string, stderr io.Writer, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: precis %s %s\n\nflags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// readArticles reads the paths and prints each skipped input as a warning.
func readArticles(paths []string, stdin io.Reader, stderr io.Writer) ([]precis.Article, error) {
	if len(paths) == 0 {
		return nil, usagef("no input: give files, folders or - for standard input")
	}
	r := &ingest.Reader{Stdin: stdin}
	arts, err := r.Read(paths)
	if err != nil {
		return nil, err
	}
	for _, p := range r.Problems {
		fmt.Fprintf(stderr, "precis: warning: skipped %s\n", p.Error())
	}
	for _, p := range r.Shared {
		fmt.Fprintf(stderr, "precis: warning: %s\n", p.Error())
	}
	return arts, nil
}
