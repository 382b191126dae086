package precis_test

import (
	"context"
	"strings"
	"testing"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/entity"
)

func TestSeedsWhoSaidFigures(t *testing.T) {
	b, err := precis.Brief(context.Background(), seeds(t))
	if err != nil {
		t.Fatal(err)
	}
	st := b.Stories[0]
	byVariant := map[string]*entity.Entity{}
	for i := range st.Entities {
		for _, v := range st.Entities[i].Variants {
			byVariant[v] = &st.Entities[i]
		}
	}
	maliki := byVariant["Nouri al-Maliki"]
	if maliki == nil || maliki.Type != entity.Person {
		t.Fatalf("no person Nouri al-Maliki")
	}
	for _, v := range []string{"Nuri al-Maliki", "Maliki"} {
		if byVariant[v] != maliki {
			t.Errorf("%s is not merged with Nouri al-Maliki", v)
		}
	}
	if k := byVariant["Kerry"]; k == nil || k != byVariant["John Kerry"] || k.Type != entity.Person || len(k.Sources) < 4 {
		t.Errorf("Kerry: %+v", k)
	}
	isil := byVariant["ISIL"]
	if isil == nil || isil.Type != entity.Organization {
		t.Fatalf("ISIL: %+v", isil)
	}
	// ISIS and ISIL take each other's place in rewrites of one wire sentence
	for _, v := range []string{"Islamic State of Iraq and the Levant", "ISIS", "Islamic State of Iraq and Syria"} {
		if byVariant[v] != isil {
			t.Errorf("%s is not merged with ISIL", v)
		}
	}
	if byVariant["Iran"] == byVariant["Iraq"] {
		t.Errorf("Iran and Iraq merged")
	}
	found := false
	for _, q := range st.Quotes {
		if strings.Contains(q.Text, "rule out anything") {
			found = true
			if len(q.Sources) != 3 || q.Speaker != "John Kerry" {
				t.Errorf("Kerry's quote: %+v", q)
			}
		}
	}
	if !found {
		t.Errorf("Kerry's quote not found")
	}
	conflict := false
	for _, f := range st.Figures {
		if f.Value == "1,700" {
			for _, c := range f.Conflicts {
				if c.Value == "hundreds" {
					conflict = true
				}
			}
			if !f.Disputed {
				t.Errorf("1,700 is reported as ISIS's claim: %+v", f)
			}
		}
	}
	if !conflict {
		t.Errorf("1,700 executed and 'hundreds' are not shown as conflicting: %+v", st.Figures)
	}
}

func BenchmarkExtract(b *testing.B) {
	arts := seeds(b)
	docs := make([]*precis.Doc, len(arts))
	bytes := 0
	for i, a := range arts {
		docs[i] = precis.Analyze(a)
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		precis.Extract(docs)
	}
}

// FuzzExtract feeds arbitrary text through analysis and the extractors:
// nothing may panic, and every source named must be an input article.
func FuzzExtract(f *testing.F) {
	f.Add("“We will rebuild,” Mayor Anne Hidalgo said. ``Old quotes,'' he said. ISIS (the Islamic State) said it killed 1,700 soldiers.")
	f.Add(`"unclosed quote with 3 million $ and hundreds of`)
	f.Add("Al- al-al Bin ( ) ((ISIS)) , also known as")
	f.Fuzz(func(t *testing.T, s string) {
		docs := []*precis.Doc{precis.Analyze(precis.Article{ID: "a", Text: s}), precis.Analyze(precis.Article{ID: "b", Text: s + " " + s})}
		ents, quotes, figs := precis.Extract(docs)
		check := func(ids []string) {
			for _, id := range ids {
				if id != "a" && id != "b" {
					t.Fatalf("source %q is not an input article", id)
				}
			}
		}
		for _, e := range ents {
			check(e.Sources)
		}
		for _, q := range quotes {
			check(q.Sources)
		}
		for _, f := range figs {
			check(f.Sources)
		}
	})
}

func TestParaphraseCountsAsSupport(t *testing.T) {
	arts := []precis.Article{
		{ID: "a", Text: "The Parana river flooded the town of Cambe on Monday, forcing 3,000 people from their homes.\n\nThe mayor asked for army help."},
		{ID: "b", Text: "On Monday 3,000 people in Cambe had to leave their homes after the Parana river flooded the town.\n\nSchools were closed."},
		{ID: "c", Text: "Flood waters rose in Cambe on Monday.\n\nThe river is expected to fall by Friday, forecasters said."},
	}
	b, err := precis.Brief(context.Background(), arts, precis.WithWords(20), precis.WithOneStory())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range b.Stories[0].Summary {
		if strings.Contains(s.Text, "3,000") {
			got := strings.Join(s.Sources, ",")
			if got != "a,b" {
				t.Errorf("%q: sources %s, want a,b (b says the same fact in other words; c lacks the figure)", s.Text, got)
			}
			return
		}
	}
	t.Errorf("the flood sentence was not chosen: %+v", b.Stories[0].Summary)
}
