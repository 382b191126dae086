package text

import (
	"os"
	"path/filepath"
	"testing"
)

// seedText is the bundled example articles, one after another.
func seedText(b *testing.B) string {
	files, err := filepath.Glob("../examples/seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	var s []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		s = append(s, data...)
	}
	return string(s)
}

func BenchmarkTokenize(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Tokenize(s)
	}
}

func BenchmarkSentences(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Sentences(s)
	}
}
