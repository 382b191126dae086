package main

import (
	"context"
	"io"
)

func cmdRouge(args []string, stdout, stderr io.Writer) error { return usagef("not yet") }
func cmdEval(ctx context.Context, args []string, stdout, stderr io.Writer) error { return usagef("not yet") }
