package precis_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/entity"
)

func TestSeedsWhoSaidFigures(t *testing.T) {
	b, err := precis.Brief(context.Background(), seeds(t))
	if err != nil {
		t.Fatal(err)
	}
	st := b.Stories[0]
	byVariant := variants(st)
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

// variants maps every spelling of a story's entities to its entity.
func variants(st precis.Story) map[string]*entity.Entity {
	m := map[string]*entity.Entity{}
	for i := range st.Entities {
		for _, v := range st.Entities[i].Variants {
			m[v] = &st.Entities[i]
		}
	}
	return m
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
	f.Add("The 314-214 vote. Half a dozen people (and one dog) died; 10-15 were hurt in the june 18 blast. It cost $60 a plane. They chanted ``Allahu Akbar!'' Former Law and Order Minister Adriaan Vlok and New Zealander Stanley Shaw met. Xanana said 5-")
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

// TestOtherStyles covers British quote marks, particles that open a name, a
// title after an office ("Commission President"), and amounts written
// "€300m" against "300 million euros".
func TestOtherStyles(t *testing.T) {
	arts := []precis.Article{
		{ID: "t1", Text: "BRUSSELS - The European Union will send €300m in aid after floods forced 1.5 million people from their homes, officials said on Monday.\n\n‘We will not abandon them,’ Commission President Ursula von der Leyen told reporters in Brussels.\n\nUnemployment rose to 5.4% in the region."},
		{ID: "t2", Text: "Floods have displaced about 1.2 million people across the region, according to the United Nations.\n\n\"We will not abandon them,\" von der Leyen said, adding that the EU would send 300 million euros.\n\nThe European Commission (EC) said the money would arrive within a week."},
	}
	b, err := precis.Brief(context.Background(), arts, precis.WithOneStory())
	if err != nil {
		t.Fatal(err)
	}
	st := b.Stories[0]
	byVariant := variants(st)
	if e := byVariant["von der Leyen"]; e == nil || e != byVariant["Ursula von der Leyen"] || e.Type != entity.Person {
		t.Errorf("von der Leyen: %+v", e)
	}
	if e := byVariant["EU"]; e == nil || e != byVariant["European Union"] {
		t.Errorf("EU and European Union: %+v", e)
	}
	if len(st.Quotes) != 1 || st.Quotes[0].Speaker != "Ursula von der Leyen" || len(st.Quotes[0].Sources) != 2 {
		t.Errorf("quotes: %+v", st.Quotes)
	}
	found := false
	for _, f := range st.Figures {
		if f.Value == "€300m" {
			found = true
			if f.Unit != "euros" || len(f.Sources) != 2 {
				t.Errorf("€300m and 300 million euros should agree: %+v", f)
			}
		}
		if f.Value == "5.4%" && f.Unit != "percent" {
			t.Errorf("5.4%%: %+v", f)
		}
	}
	if !found {
		t.Errorf("€300m not found: %+v", st.Figures)
	}
}

// A toll that rises over the hours is told as reported later, not as a
// bare contradiction, when the articles carry their times.
func TestLaterReportsOfAFigure(t *testing.T) {
	day := time.Date(2014, 6, 16, 9, 0, 0, 0, time.UTC)
	arts := []precis.Article{
		{ID: "morning", Published: day, Text: "A cold wave that hit the country a week ago has killed 32 people, police said on Monday. Most of the dead were homeless men who slept outside."},
		{ID: "noon", Published: day.Add(3 * time.Hour), Text: "The cold wave has killed 32 people, police said. Shelters opened their doors to the homeless overnight."},
		{ID: "evening", Published: day.Add(9 * time.Hour), Text: "The cold wave has now killed 47 people, police said on Monday evening. Most of the dead were homeless men."},
	}
	for _, dated := range []bool{true, false} {
		in := slices.Clone(arts)
		if !dated {
			for i := range in {
				in[i].Published = time.Time{}
			}
		}
		b, err := precis.Brief(context.Background(), in, precis.WithOneStory())
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"32": "later", "47": "earlier"}
		n := 0
		for _, f := range b.Stories[0].Figures {
			if _, ok := want[f.Value]; !ok || len(f.Conflicts) != 1 {
				continue
			}
			n++
			got := f.Conflicts[0].Reported
			if dated && got != want[f.Value] || !dated && got != "" {
				t.Errorf("dated %v: %s conflicts with %s, reported %q", dated, f.Value, f.Conflicts[0].Value, got)
			}
		}
		if n != 2 {
			t.Errorf("dated %v: want 32 and 47 in conflict: %+v", dated, b.Stories[0].Figures)
		}
		// a summary sentence that gives 32 says what later reports give
		said32 := 0
		for _, sent := range b.Stories[0].Summary {
			gives32 := strings.Contains(sent.Text, " 32 ")
			if gives32 {
				said32++
				if slices.Contains(sent.Sources, "evening") {
					t.Errorf("dated %v: the report of 47 supports %q: %v", dated, sent.Text, sent.Sources)
				}
			}
			updated := len(sent.Later) == 1 && sent.Later[0].Value == "47" && slices.Equal(sent.Later[0].Sources, []string{"evening"})
			if want := dated && gives32; updated != want || !want && len(sent.Later) > 0 {
				t.Errorf("dated %v: %q has later reports %+v", dated, sent.Text, sent.Later)
			}
		}
		if said32 == 0 {
			t.Errorf("dated %v: no summary sentence gives 32: %+v", dated, b.Stories[0].Summary)
		}
	}
}

// Two wordings that differ only in their number are near-duplicates, but
// neither supports the other.
func TestNearDuplicateWithAnotherNumberIsNoSource(t *testing.T) {
	arts := []precis.Article{
		{ID: "a", Text: "The storm has killed 32 people across the island, officials said. Roads to the north remain closed."},
		{ID: "b", Text: "The storm has killed 47 people across the island, officials said. Ferries stopped running on Sunday."},
		{ID: "c", Text: "The storm has killed 32 people across the island, officials said. Schools will reopen next week."},
	}
	b, err := precis.Brief(context.Background(), arts, precis.WithOneStory(), precis.WithWords(60))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, s := range b.Stories[0].Summary {
		for num, other := range map[string]string{"32": "b", "47": "a"} {
			if strings.Contains(s.Text, " "+num+" ") {
				checked++
				if slices.Contains(s.Sources, other) {
					t.Errorf("%q is supported by %s, which gives another number: %v", s.Text, other, s.Sources)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatalf("no summary sentence gives a toll: %+v", b.Stories[0].Summary)
	}
}
