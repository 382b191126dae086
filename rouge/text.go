package rouge

import (
	"bufio"
	_ "embed"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/precis-news/precis/stem"
)

//go:embed wordnet-2.0-exceptions.txt
var wordnetText string

var (
	exceptionsOnce sync.Once
	exceptions     map[string]string
)

// wordnetExceptions returns the irregular form -> base form table that
// ROUGE-1.5.5 consults before Porter stemming.
func wordnetExceptions() map[string]string {
	exceptionsOnce.Do(func() {
		exceptions = make(map[string]string, 6000)
		for _, line := range strings.Split(wordnetText, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			if f := strings.Fields(line); len(f) == 2 {
				exceptions[f[0]] = f[1]
			}
		}
	})
	return exceptions
}

// LoadStopwords reads ROUGE-1.5.5's smart_common_words.txt (one word a line).
func LoadStopwords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("stopword list for -s: %w (point -e or ROUGE_EVAL_HOME at ROUGE-1.5.5's data folder)", err)
	}
	defer f.Close()
	m := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m[strings.TrimSuffix(sc.Text(), "\r")] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("stopword list %s: %w", path, err)
	}
	return m, nil
}

// lowerASCII lower-cases A-Z only, as Perl's tr/A-Z/a-z/ does on bytes.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if 'A' <= b[k] && b[k] <= 'Z' {
					b[k] += 32
				}
			}
			return string(b)
		}
	}
	return s
}

// perlSplit splits s on runs of whitespace as Perl's split(/\s+/) does: a
// leading empty field is kept, trailing empty fields are dropped.
func perlSplit(s string) []string {
	if s == "" {
		return nil
	}
	out := strings.Fields(s)
	if isPerlSpace(s[0]) {
		out = append([]string{""}, out...)
	}
	return out
}

func isPerlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// sentences returns the lines of a summary as ROUGE reads an SPL file:
// lines of length 0 are skipped, the rest lower-cased (ASCII).
func sentences(lines []string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		l = strings.TrimSuffix(l, "\n")
		if len(l) > 0 {
			out = append(out, lowerASCII(l))
		}
	}
	return out
}

// limitText joins the sentences into one text cut at the word or byte
// limit, as ROUGE's readText does. ok is false when nothing is left.
func limitText(snts []string, words, bytes int) (string, bool) {
	if words == 0 && bytes == 0 {
		return strings.Join(snts, " "), len(snts) > 0
	}
	size, cut, limit := byteUnits, cutBytes, bytes
	if words != 0 {
		size, cut, limit = wordUnits, cutWords, words
	}
	var b strings.Builder
	n := 0
	for _, s := range snts {
		if n > 0 {
			b.WriteByte(' ')
		}
		k := size(s)
		if n+k < limit {
			b.WriteString(s)
			n += k
			continue
		}
		b.WriteString(cut(s, limit-n))
		break
	}
	return b.String(), b.Len() > 0
}

// The two units of a length limit: ROUGE counts words as Perl's
// split(/\s+/) fields and bytes as bytes, and cuts a sentence to the first n.
func wordUnits(s string) int { return len(perlSplit(s)) }
func byteUnits(s string) int { return len(s) }

func cutWords(s string, n int) string {
	toks := perlSplit(s)
	return strings.Join(toks[:min(n, len(toks))], " ")
}

func cutBytes(s string, n int) string { return s[:min(n, len(s))] }

// limitSentences cuts the sentences at the word or byte limit for ROUGE-L
// and ROUGE-W, as ROUGE's readText_LCS does. Its byte limit applies to each
// sentence on its own: ROUGE-1.5.5 never adds up the bytes it has read there,
// and this reproduces that.
func limitSentences(snts []string, words, bytes int) []string {
	switch {
	case words == 0 && bytes == 0:
		return snts
	case words != 0:
		var out []string
		n := 0
		for _, s := range snts {
			toks := perlSplit(s)
			if n+len(toks) < words {
				n += len(toks)
				out = append(out, s)
				continue
			}
			out = append(out, cutWords(s, words-n))
			break
		}
		return out
	default:
		var out []string
		for _, s := range snts {
			if len(s) < bytes {
				out = append(out, s)
				continue
			}
			out = append(out, s[:bytes])
			break
		}
		return out
	}
}

// words turns text into ROUGE's tokens: hyphens and every byte that is not
// an ASCII letter or digit separate words; a hyphen alone is dropped;
// stopwords are dropped with -s; words longer than three characters are
// replaced by their WordNet base form or Porter stem with -m.
func (s *Scorer) words(text string) []string {
	var out []string
	i := 0
	for i < len(text) {
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if j > i && !s.stop[text[i:j]] {
			out = append(out, s.word(text[i:j]))
		}
		i = j
	}
	return out
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
}

// word applies -m to one token.
func (s *Scorer) word(w string) string {
	if !s.opts.Stem || len(w) <= 3 {
		return w
	}
	if base, ok := wordnetExceptions()[strings.ToLower(w)]; ok {
		return base
	}
	return stem.Porter(strings.ToLower(w))
}
