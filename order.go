package precis

// Reading order: the chosen sentences as a reader should meet them.

import (
	"sort"

	"github.com/precis-news/precis/summarize"
)

// readingOrder orders chosen sentences for reading: by relative position in
// their articles (earliest mention among the supporting copies), then by
// article time and input order. A sentence that begins with an unresolved
// reference does not open the summary.
func readingOrder(c *summarize.Corpus, chosen []int, docs []*Doc) []int {
	type key struct {
		rel  float64
		time int64
		doc  int
		pos  int
	}
	keys := map[int]key{}
	for _, i := range chosen {
		s := &c.Sentences[i]
		k := key{rel: float64(s.Pos) / float64(max(s.DocLen, 1)), doc: s.Doc, pos: s.Pos}
		for j := range c.Sentences {
			o := &c.Sentences[j]
			if o.Group == s.Group {
				if r := float64(o.Pos) / float64(max(o.DocLen, 1)); r < k.rel {
					k.rel = r
				}
			}
		}
		if t := docs[s.Doc].Article.Published; !t.IsZero() {
			k.time = t.Unix()
		}
		keys[i] = k
	}
	order := append([]int(nil), chosen...)
	sort.SliceStable(order, func(x, y int) bool {
		a, b := keys[order[x]], keys[order[y]]
		if a.rel != b.rel {
			return a.rel < b.rel
		}
		if a.time != b.time {
			return a.time < b.time
		}
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		return a.pos < b.pos
	})
	if len(order) > 1 && !c.Sentences[order[0]].Opening {
		for k := 1; k < len(order); k++ {
			if c.Sentences[order[k]].Opening {
				first := order[k]
				copy(order[1:k+1], order[0:k])
				order[0] = first
				break
			}
		}
	}
	return order
}
