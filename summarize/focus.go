package summarize

import "sort"

// Topic is something a reader asks a summary about: one or more phrases
// that each name it (the spellings of one name, "ISIS" and "Islamic State
// of Iraq and the Levant"), each phrase a sequence of stems as Sentence.Stems
// holds them, function words included.
type Topic [][]string

// Holds reports whether stems, a sentence's stems in order, contain one of
// t's phrases as a run of consecutive stems.
func (t Topic) Holds(stems []string) bool {
	for _, p := range t {
		if len(p) > 0 && holdsRun(stems, p) {
			return true
		}
	}
	return false
}

func holdsRun(stems, phrase []string) bool {
outer:
	for i := 0; i+len(phrase) <= len(stems); i++ {
		for k, w := range phrase {
			if stems[i+k] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// Focus steers another method toward topics a reader asks for: every topic
// of Topics that a candidate sentence holds is in the summary, as long as
// the budget has room. For each topic, in order, that the sentences taken
// so far do not hold, Focus takes the candidate holding it that Method
// scores highest (when Method is a Scorer; otherwise the earliest in its
// article, then the most supported), if it fits and repeats none taken.
// Method then fills what the budget has left from the candidates that do
// not repeat those sentences.
//
// Keeping topics out is the corpus's business: a sentence that must not be
// chosen is not a candidate (its Words are 0), so that no later step
// (a budget's cut fill sentence) picks it either.
type Focus struct {
	Method Method
	Topics []Topic
}

// Name returns the name of the method Focus steers.
func (f *Focus) Name() string { return f.Method.Name() }

// Score implements Scorer when the method it steers does, and returns nil
// otherwise.
func (f *Focus) Score(c *Corpus) []float64 {
	if sc, ok := f.Method.(Scorer); ok {
		return sc.Score(c)
	}
	return nil
}

// Explain implements Explainer when the method it steers does, and returns
// nil otherwise.
func (f *Focus) Explain(c *Corpus, which []int) [][]Reason {
	if ex, ok := f.Method.(Explainer); ok {
		return ex.Explain(c, which)
	}
	return nil
}

// Select implements Method.
func (f *Focus) Select(c *Corpus, b Budget) []int {
	var order []int // candidates in order of preference
	for i := range c.Sentences {
		if c.Candidate(i) {
			order = append(order, i)
		}
	}
	SortByPreference(c, order, f.Score(c))
	var taken []int
	var t tally
	for _, topic := range f.Topics {
		if heldBy(c, taken, topic) {
			continue
		}
		for _, i := range order {
			s := &c.Sentences[i]
			if topic.Holds(s.Stems) && b.fits(t.words, t.bytes, t.count, s) && !redundantWithAny(c, taken, i) {
				taken = append(taken, i)
				t.add(s)
				break
			}
		}
	}
	if len(taken) == 0 {
		return f.Method.Select(c, b)
	}
	rest, ok := b.after(t)
	if !ok {
		return taken
	}
	// the method sees the story without what was taken and what repeats it
	sub := &Corpus{Sentences: make([]Sentence, len(c.Sentences)), Docs: c.Docs}
	copy(sub.Sentences, c.Sentences)
	for i := range sub.Sentences {
		if c.Candidate(i) && redundantWithAny(c, taken, i) { // a taken sentence repeats itself
			sub.Sentences[i].Words = 0
		}
	}
	return append(taken, f.Method.Select(sub, rest)...)
}

// SortByPreference orders sentences of c (their indices) as a method would
// take them: by score, highest first, when the method gives one (score, by
// sentence; nil otherwise), then the earliest in its article, then the most
// supported.
func SortByPreference(c *Corpus, idx []int, score []float64) {
	sort.SliceStable(idx, func(x, y int) bool {
		if score != nil && score[idx[x]] != score[idx[y]] {
			return score[idx[x]] > score[idx[y]]
		}
		a, b := &c.Sentences[idx[x]], &c.Sentences[idx[y]]
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		return a.Support > b.Support
	})
}

// heldBy reports whether one of the chosen sentences holds topic.
func heldBy(c *Corpus, chosen []int, topic Topic) bool {
	for _, i := range chosen {
		if topic.Holds(c.Sentences[i].Stems) {
			return true
		}
	}
	return false
}

// after is what b leaves once a selection of size t is made, and false when
// it leaves no room.
func (b Budget) after(t tally) (Budget, bool) {
	r := b
	if b.Words > 0 {
		if r.Words = b.Words - t.words; r.Words <= 0 {
			return r, false
		}
	}
	if b.Bytes > 0 {
		r.Bytes = b.Bytes - t.bytes
		if t.count > 0 {
			r.Bytes-- // the separator before the rest
		}
		if r.Bytes <= 0 {
			return r, false
		}
	}
	if b.Sentences > 0 {
		if r.Sentences = b.Sentences - t.count; r.Sentences <= 0 {
			return r, false
		}
	}
	return r, true
}
