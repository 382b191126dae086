package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// BenchmarkRepeatedFurniture cleans texts made of one piece of page
// furniture said thousands of times, at two sizes: MB/s that holds from the
// smaller to the four times larger shows time that grows with the text, not
// with its square (a credit inside a paragraph, a bar, an update's time and
// a Reuters header had each made Clean read the rest of the text again).
func BenchmarkRepeatedFurniture(b *testing.B) {
	for _, unit := range []string{"a, b ( ap ) — ", "( reuters ) ", "WASHINGTON (AP) _ ", "| ", "updated at 5: 45 p.m. ", "Photo: ap "} {
		for _, n := range []int{4000, 16000} {
			s := strings.Repeat(unit, n)
			b.Run(fmt.Sprintf("%s/%dKB", strings.TrimSpace(unit), len(s)/1000), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for b.Loop() {
					Clean(s)
				}
			})
		}
	}
}
