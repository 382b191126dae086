package precis

// Focus: the topics a reader asks for (--focus) or turns away
// (--exclude), as the story's stems.

import (
	"slices"
	"strconv"
	"strings"

	"github.com/precis-news/precis/entity"
	"github.com/precis-news/precis/summarize"
	"github.com/precis-news/precis/text"
)

// topics turns the reader's phrases into topics: a phrase's stems, and
// when the phrase is one of the ways the story writes a name, every other
// way too.
func topics(phrases []string, ents []entity.Entity) []summarize.Topic {
	var out []summarize.Topic
	for _, p := range phrases {
		stems := phraseStems(p)
		t := summarize.Topic{stems}
		for _, e := range ents {
			spellings := append([]string{e.Name}, e.Variants...)
			if !slices.ContainsFunc(spellings, func(v string) bool { return slices.Equal(phraseStems(v), stems) }) {
				continue
			}
			for _, v := range spellings {
				if vs := phraseStems(v); len(vs) > 0 && !slices.ContainsFunc(t, func(have []string) bool { return slices.Equal(have, vs) }) {
					t = append(t, vs)
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// phraseStems is the stems of p's words, in order.
func phraseStems(p string) []string {
	toks := text.Tokenize(p)
	stems := make([]string, len(toks))
	for i, t := range toks {
		stems[i] = t.Stem
	}
	return stems
}

// quoteAll returns the phrases quoted and separated by commas.
func quoteAll(phrases []string) string {
	q := make([]string, len(phrases))
	for i, p := range phrases {
		q[i] = strconv.Quote(p)
	}
	return strings.Join(q, ", ")
}

// holdsAny reports whether stems hold one of the topics.
func holdsAny(ts []summarize.Topic, stems []string) bool {
	for _, t := range ts {
		if t.Holds(stems) {
			return true
		}
	}
	return false
}
