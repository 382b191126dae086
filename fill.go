package precis

// Filling a budget: the sentence cut to fill what whole sentences leave.

import (
	"github.com/precis-news/precis/summarize"
	"github.com/precis-news/precis/text"
)

// minFillWords is the shortest cut sentence truncateFill adds.
const minFillWords = 1

// truncateFill picks the best unchosen candidate (highest score, when the
// method gives scores; then earliest in its article, then most supported)
// that is not redundant with the chosen ones and cuts it to the room the
// budget leaves. It reports false when no room or candidate is left.
func truncateFill(c *summarize.Corpus, chosen []int, b summarize.Budget, score []float64, textOf func(int) string) (int, string, bool) {
	words, bytes := 0, 0
	for k, i := range chosen {
		words += c.Sentences[i].Words
		if k > 0 {
			bytes++
		}
		bytes += c.Sentences[i].Bytes
	}
	if b.Sentences > 0 && len(chosen) >= b.Sentences {
		return 0, "", false
	}
	roomWords, roomBytes := -1, -1
	if b.Words > 0 {
		roomWords = b.Words - words
		if roomWords < 1 {
			return 0, "", false
		}
	}
	if b.Bytes > 0 {
		roomBytes = b.Bytes - bytes
		if len(chosen) > 0 {
			roomBytes--
		}
		if roomBytes < 12 {
			return 0, "", false
		}
	}
	if roomWords < 0 && roomBytes < 0 {
		return 0, "", false
	}
	in := map[int]bool{}
	for _, i := range chosen {
		in[i] = true
	}
	// candidates in order of preference: highest score, earliest in its
	// article, most supported
	var cands []int
	for i := range c.Sentences {
		if s := &c.Sentences[i]; !in[i] && c.Candidate(i) && s.Words >= 4 {
			cands = append(cands, i)
		}
	}
	summarize.SortByPreference(c, cands, score)
	for _, i := range cands {
		t := cutText(textOf(i), roomWords, roomBytes)
		if text.Words(t) < minFillWords {
			return 0, "", false // the room left is too small for a readable piece
		}
		// the piece, not the whole sentence, must not repeat what is chosen
		var terms []string
		for _, tk := range text.Tokenize(t) {
			if !tk.Stop {
				terms = append(terms, tk.Stem)
			}
		}
		redundant := len(terms) == 0
		for _, j := range chosen {
			if redundant || summarize.Redundant(terms, c.Sentences[j].Terms) {
				redundant = true
				break
			}
		}
		if !redundant {
			return i, t, true
		}
	}
	return 0, "", false
}

// cutText keeps the words of s that fit in maxWords words and maxBytes bytes
// (negative: unbounded), marking a cut with "…" (which counts as no word and
// three bytes).
func cutText(s string, maxWords, maxBytes int) string {
	n := text.Words(s)
	if maxWords >= 0 && n > maxWords {
		n = maxWords
	}
	if maxBytes >= 0 {
		for n > 0 && len(text.Cut(s, n))+len("…") > maxBytes {
			n--
		}
	}
	return text.Clip(s, n)
}
