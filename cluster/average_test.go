package cluster

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// greedyAverage is average link as its definition reads: merge the two
// groups of the highest mean similarity while it is at least least.
func greedyAverage(n int, sim []float32, least float64) []int {
	var groups [][]int
	for i := range n {
		groups = append(groups, []int{i})
	}
	for {
		ba, bb, best := -1, -1, 0.0
		for a := range groups {
			for b := a + 1; b < len(groups); b++ {
				total := 0.0
				for _, x := range groups[a] {
					for _, y := range groups[b] {
						total += float64(sim[x*n+y])
					}
				}
				if m := total / float64(len(groups[a])*len(groups[b])); m > best {
					ba, bb, best = a, b, m
				}
			}
		}
		if ba < 0 || best < least {
			break
		}
		groups[ba] = append(groups[ba], groups[bb]...)
		groups = slices.Delete(groups, bb, bb+1)
	}
	out := make([]int, n)
	for _, g := range groups {
		for _, x := range g {
			out[x] = slices.Min(g)
		}
	}
	return out
}

func TestAverageLinkMergesTheMostAlikeGroupsFirst(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for trial := range 200 {
		n := 2 + rng.Intn(30)
		sim := make([]float32, n*n)
		for a := range n {
			for b := a + 1; b < n; b++ {
				if rng.Float64() < 0.5 {
					// distinct values, so that the order of merges is defined
					v := float32(rng.Float64()*0.5) + float32(a*n+b)*1e-6
					sim[a*n+b], sim[b*n+a] = v, v
				}
			}
		}
		least := 0.05 + rng.Float64()*0.2
		want := greedyAverage(n, sim, least)
		got := averageGroups(n, slices.Clone(sim), least)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d (%d articles, least %.3f): chain gives %v, the definition %v", trial, n, least, got, want)
		}
	}
}

func TestAverageLinkKeepsAStoryWhoseMembersAreNotAllAlike(t *testing.T) {
	long := func(words string) Doc { return doc(strings.Repeat(words+" ", 40)) } // 360 words or more
	docs := []Doc{
		// a hurricane story: three reports alike, and a forecast page that
		// shares the coast's evacuation with two of them and nothing with
		// the third
		long("hurricane georges storm winds coast evacuated damage florida keys"),
		long("hurricane georges storm winds coast evacuated damage florida shelters"),
		long("hurricane georges storm damage florida keys insurers claims roofs"),
		long("forecast temperatures rain northeast winds coast evacuated shelters cold"),
		// another story
		long("election brazil cardoso vote runoff lula ballots president economy"),
		long("election brazil cardoso vote lula ballots workers party economy"),
	}
	c := observeAndStage(New(DefaultOptions), docs)
	b := c.staged
	if c.linkable(b) || !c.completable(b) || medianWords(b) <= DefaultOptions.LinkMaxWords {
		t.Fatalf("the batch should be long articles sorted by average link (median %d words)", medianWords(b))
	}
	c.weigh(b)
	if got := c.completeLink(b); got[3] == got[2] {
		t.Fatalf("complete link keeps the forecast page with the report it shares nothing with: %v", got)
	}
	got := c.averageLink(b)
	if !(got[0] == got[1] && got[1] == got[2] && got[2] == got[3]) || got[4] != got[5] || got[0] == got[4] {
		t.Errorf("groups %v, want the four hurricane articles together and the two election ones apart from them", got)
	}
	// filing the batch takes the same way
	if pred := fileBatch(New(DefaultOptions), docs); pred[3] != pred[0] || pred[4] == pred[0] {
		t.Errorf("filed as stories %v", pred)
	}
}
