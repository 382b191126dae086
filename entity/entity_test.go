package entity

import (
	"fmt"
	"strings"


	"github.com/precis-news/precis/text"
)

func docsOf(texts ...string) []Doc {
	var out []Doc
	for i, t := range texts {
		d := Doc{ID: fmt.Sprint("d", i+1)}
		for pi, p := range strings.Split(t, "\n") {
			for _, sp := range text.Sentences(p) {
				s := p[sp.Start:sp.End]
				d.Sentences = append(d.Sentences, Sentence{Text: s, Para: pi, Tokens: text.Tokenize(s)})
			}
		}
		out = append(out, d)
	}
	return out
}

func dump(set *Set) string {
	var b strings.Builder
	for _, e := range set.Entities {
		fmt.Fprintf(&b, "%s [%s] %v %d %v\n", e.Name, e.Type, e.Variants, e.Mentions, e.Sources)
	}
	return b.String()
}
