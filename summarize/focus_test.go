package summarize

import (
	"slices"
	"testing"
)

func TestTopicHoldsARunOfStems(t *testing.T) {
	stems := []string{"the", "river", "rose", "two", "meter"}
	for _, c := range []struct {
		topic Topic
		want  bool
	}{
		{Topic{{"river", "rose"}}, true},
		{Topic{{"rose", "river"}}, false},          // order matters
		{Topic{{"river", "two"}}, false},           // a run, not a set
		{Topic{{"flood"}, {"two", "meter"}}, true}, // any spelling
		{Topic{{"meter", "high"}}, false},          // past the end
		{Topic{{}}, false},
		{Topic{}, false},
	} {
		if got := c.topic.Holds(stems); got != c.want {
			t.Errorf("%v.Holds = %v, want %v", c.topic, got, c.want)
		}
	}
}

// holding returns the chosen sentences that hold topic.
func holding(c *Corpus, chosen []int, topic Topic) []int {
	var out []int
	for _, i := range chosen {
		if topic.Holds(c.Sentences[i].Stems) {
			out = append(out, i)
		}
	}
	return out
}

func TestFocusTakesATopicTheMethodPassesOver(t *testing.T) {
	school := Topic{{"school"}}
	steered := 0
	for _, name := range Names() {
		for _, b := range []Budget{{Words: 12}, {Words: 25}, {Bytes: 90}, {Sentences: 2}} {
			m, _ := Lookup(name)
			plain := m.Select(corpus(), b)
			c := corpus()
			if len(holding(c, plain, school)) > 0 {
				continue // nothing to steer
			}
			steered++
			got := (&Focus{Method: m, Topics: []Topic{school}}).Select(c, b)
			if len(holding(c, got, school)) != 1 {
				t.Errorf("%s %+v: focused choice %v holds the topic %d times, want once", name, b, got, len(holding(c, got, school)))
			}
			checkSelection(t, name, c, b, got)
		}
	}
	if steered < 10 {
		t.Fatalf("only %d of the cases had a topic to steer toward", steered)
	}
}

func TestFocusWithoutAMatchIsTheMethod(t *testing.T) {
	for _, name := range Names() {
		m, _ := Lookup(name)
		b := Budget{Words: 20}
		want := m.Select(corpus(), b)
		got := (&Focus{Method: m, Topics: []Topic{{{"volcano"}}}}).Select(corpus(), b)
		if !slices.Equal(got, want) {
			t.Errorf("%s: focused on what no sentence holds = %v, want %v", name, got, want)
		}
	}
}

func TestFocusTakesTheBestScoredHolder(t *testing.T) {
	// "river rose two meter" is in two articles; the coverage method's score
	// puts the copy with more support or the earlier position first, and
	// Focus takes that one, once
	c := corpus()
	m := NewCoverage()
	got := (&Focus{Method: m, Topics: []Topic{{{"river"}}}}).Select(c, Budget{Sentences: 1})
	score := m.Score(c)
	best := -1
	for i := range c.Sentences {
		if c.Candidate(i) && (Topic{{"river"}}).Holds(c.Sentences[i].Stems) && (best < 0 || score[i] > score[best]) {
			best = i
		}
	}
	if len(got) != 1 || got[0] != best {
		t.Errorf("chose %v, want [%d], the best-scored sentence holding the topic", got, best)
	}
}
