package clean

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkClean(b *testing.B) {
	files, err := filepath.Glob("../examples/seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	var texts []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		n += len(data)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range texts {
			Clean(t)
		}
	}
}
