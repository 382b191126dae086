package precis

// Filling a budget: the sentence cut to fill what whole sentences leave.

import (
	"strings"

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
		if !repeats(c, chosen, t) {
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

// fillCutOff fills the room that the chosen sentences leave, when no
// candidate is left to fill it (truncateFill found none), with the
// sentences pages cut off at their articles' ends: in order of position,
// then support, each whole when it fits or cut to the room, skipping those
// that repeat what is chosen. A story of short web pages cut to a few
// hundred words (Multi-News's) may hold too few whole sentences to fill its
// budget; its cut-off ones say as much of it. Each is marked "…" as cut,
// and counts its words from then on. cutOffs (the corpus's indices) is
// sorted in place. It returns the chosen sentences with those added, their
// texts in texts.
func fillCutOff(c *summarize.Corpus, chosen []int, b summarize.Budget, cutOffs []int, textOf func(int) string, texts map[int]string) []int {
	if len(cutOffs) == 0 || b.Words <= 0 || b.Bytes > 0 || b.Sentences > 0 {
		return chosen
	}
	room := b.Words
	for _, i := range chosen {
		room -= c.Sentences[i].Words
	}
	summarize.SortByPreference(c, cutOffs, nil)
	for _, i := range cutOffs {
		if room < 1 {
			break
		}
		t := text.Clip(textOf(i), room)
		n := text.Words(t)
		if c.Sentences[i].Group != i || n < 4 || repeats(c, chosen, t) {
			continue
		}
		if !strings.HasSuffix(t, "…") {
			t += "…"
		}
		c.Sentences[i].Words = n
		room -= n
		chosen = append(chosen, i)
		texts[i] = t
	}
	return chosen
}

// repeats reports whether the piece of text t says what one of the chosen
// sentences says (summarize.Redundant), or has no content word.
func repeats(c *summarize.Corpus, chosen []int, t string) bool {
	var terms []string
	for _, tk := range text.Tokenize(t) {
		if !tk.Stop {
			terms = append(terms, tk.Stem)
		}
	}
	if len(terms) == 0 {
		return true
	}
	for _, j := range chosen {
		if summarize.Redundant(terms, c.Sentences[j].Terms) {
			return true
		}
	}
	return false
}
