package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/entity"
	"github.com/precis-news/precis/figure"
	"github.com/precis-news/precis/quote"
	"github.com/precis-news/precis/summarize"
)

// written renders b in format, failing the test on an error.
func written(t *testing.T, b *precis.Briefing, format string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, b, format); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func briefing() *precis.Briefing {
	return &precis.Briefing{Stories: []precis.Story{{
		ID: "s1", Title: "Bridge closed",
		Articles: []precis.ArticleInfo{{ID: "a", Source: "Wire", Words: 40, Sentences: 3}, {ID: "b", Words: 35, Sentences: 2, CopyOf: "a"}},
		Summary:  []precis.Sentence{{Text: "The bridge closed on *Monday*.", Sources: []string{"b", "a"}, From: "a"}, {Text: "Repairs take a month.", Sources: []string{"b"}, From: "b"}},
		Words:    9,
	}}}
}

func TestText(t *testing.T) {
	out := written(t, briefing(), "text")
	for _, want := range []string{"Bridge closed\n", "The bridge closed on *Monday*. [1,2]\n", "Repairs take a month. [2]\n", "[1] Wire (40 words)", "[2] b (35 words) copy of [1]"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, briefing(), "markdown"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `\*Monday\*`) || !strings.Contains(buf.String(), "## Bridge closed") {
		t.Errorf("markdown:\n%s", buf.String())
	}
}

func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, briefing(), "json"); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Stories []struct {
			ID       string `json:"id"`
			Articles []map[string]any
			Summary  []struct {
				Text    string   `json:"text"`
				Sources []string `json:"sources"`
				From    string   `json:"from"`
			} `json:"summary"`
			Words int `json:"words"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	st := v.Stories[0]
	if st.ID != "s1" || st.Words != 9 || st.Summary[0].From != "a" || len(st.Summary[0].Sources) != 2 {
		t.Errorf("json: %+v", st)
	}
	if _, ok := st.Articles[0]["copy_of"]; ok {
		t.Error("copy_of present on an original")
	}
	if st.Articles[1]["copy_of"] != "a" {
		t.Errorf("copy_of = %v", st.Articles[1]["copy_of"])
	}
	for _, k := range []string{"id", "source", "title", "words", "sentences"} {
		if _, ok := st.Articles[0][k]; !ok {
			t.Errorf("article lacks %q", k)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, briefing(), "pdf"); err == nil {
		t.Error("pdf accepted")
	}
}

func TestWhoSaidFiguresSections(t *testing.T) {
	b := briefing()
	st := &b.Stories[0]
	st.Entities = []entity.Entity{
		{Name: "Anne Hidalgo", Type: entity.Person, Variants: []string{"Anne Hidalgo", "Hidalgo"}, Mentions: 4, Sources: []string{"a", "b"}, Title: "Mayor"},
		{Name: "Seine", Type: entity.Place, Variants: []string{"Seine"}, Mentions: 1, Sources: []string{"a"}}, // too rare to list
	}
	st.Quotes = []quote.Quote{{Text: "We will rebuild the bridge", Speaker: "Anne Hidalgo", Verb: "said", Sources: []string{"a", "b"}}}
	st.Figures = []figure.Figure{{Value: "1,700", Unit: "people evacuated", Sources: []string{"a"}, Disputed: true, Claimant: "the city",
		Conflicts: []figure.Conflict{{Value: "hundreds", Sources: []string{"b"}}}}}
	out := written(t, b, "text")
	for _, want := range []string{"Who:\n", "Anne Hidalgo (person, Mayor), also Hidalgo: 4 mentions [1,2]", "Said:\n", "“We will rebuild the bridge” — Anne Hidalgo [1,2]",
		"Figures:\n", "1,700 people evacuated [1], disputed, claimed by the city; conflicts with hundreds [2]"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Seine") {
		t.Errorf("an entity named once in one article was listed:\n%s", out)
	}
	md := written(t, b, "markdown")
	for _, want := range []string{"### Who\n", "### Said\n", "### Figures\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	var parsed struct {
		Stories []struct {
			Entities []map[string]any `json:"entities"`
			Quotes   []map[string]any `json:"quotes"`
			Figures  []map[string]any `json:"figures"`
		} `json:"stories"`
	}
	if err := json.Unmarshal([]byte(written(t, b, "json")), &parsed); err != nil {
		t.Fatal(err)
	}
	e, q, f := parsed.Stories[0].Entities[0], parsed.Stories[0].Quotes[0], parsed.Stories[0].Figures[0]
	for _, k := range []string{"name", "type", "variants", "mentions", "sources"} {
		if _, ok := e[k]; !ok {
			t.Errorf("entity JSON lacks %q: %v", k, e)
		}
	}
	for _, k := range []string{"text", "speaker", "verb", "sources"} {
		if _, ok := q[k]; !ok {
			t.Errorf("quote JSON lacks %q: %v", k, q)
		}
	}
	for _, k := range []string{"value", "unit", "text", "sources", "conflicts", "disputed"} {
		if _, ok := f[k]; !ok {
			t.Errorf("figure JSON lacks %q: %v", k, f)
		}
	}
}

func TestFigureUnitsWrittenInTheValue(t *testing.T) {
	b := briefing()
	b.Stories[0].Figures = []figure.Figure{
		{Value: "95%", Unit: "percent", Sources: []string{"a", "b"}},
		{Value: "more than $2 billion", Unit: "dollars", Sources: []string{"a"}},
		{Value: "40", Unit: "percent", Sources: []string{"b"}, Conflicts: []figure.Conflict{{Value: "95%", Sources: []string{"a"}}}},
	}
	out := written(t, b, "text")
	for _, want := range []string{"  95% [1,2]\n", "  more than $2 billion [1]\n", "  40 percent [2]; conflicts with 95% [1]\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestWhyUnderEachSentence(t *testing.T) {
	b := briefing()
	b.Stories[0].Summary[0].Score = 1.97
	b.Stories[0].Summary[0].Why = &precis.Why{Choice: 1, Rank: 4, Of: 76, Reasons: []summarize.Reason{{Feature: "first sentence of its article", Lift: 0.13}}}
	b.Stories[0].Summary[1].Why = &precis.Why{Choice: 2}
	var buf bytes.Buffer
	if err := Write(&buf, b, "text"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"    why: the method's 1st choice; score 1.97, 4th of 76 candidates; first sentence of its article +0.13\n",
		"    why: the method's 2nd choice\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, buf.String())
		}
	}
	buf.Reset()
	if err := Write(&buf, b, "json"); err != nil {
		t.Fatal(err)
	}
	var parsed struct {
		Stories []struct {
			Summary []struct {
				Score float64     `json:"score"`
				Why   *precis.Why `json:"why"`
			} `json:"summary"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(buf.Bytes(), &parsed); err != nil {
		t.Fatal(err)
	}
	if s := parsed.Stories[0].Summary[0]; s.Score != 1.97 || s.Why == nil || s.Why.Rank != 4 || s.Why.Of != 76 || len(s.Why.Reasons) != 1 || s.Why.Reasons[0].Lift != 0.13 {
		t.Errorf("JSON lacks the why: %s", buf.String())
	}
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 111: "111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// Two articles under one id (precis warns of it on reading) give one number
// in a marker, not the same number twice: the first article's. A copy names
// what it copies by number.
func TestMarkerNamesAnArticleOnce(t *testing.T) {
	b := briefing()
	st := &b.Stories[0]
	st.Articles = append(st.Articles, precis.ArticleInfo{ID: "b", Words: 35, Sentences: 2, CopyOf: "b"})
	st.Summary[0].Sources = []string{"b", "a", "b"}
	var buf bytes.Buffer
	if err := Write(&buf, b, "text"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The bridge closed on *Monday*. [1,2]\n", "[3] b (35 words) copy of [2]\n"} {
		if out := buf.String(); !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
}

func TestConflictReportedLater(t *testing.T) {
	b := briefing()
	b.Stories[0].Figures = []figure.Figure{{Value: "32", Unit: "people killed", Sources: []string{"a"},
		Conflicts: []figure.Conflict{{Value: "47", Sources: []string{"b"}, Reported: "later"}}}}
	for _, format := range []string{"text", "markdown"} {
		var buf bytes.Buffer
		if err := Write(&buf, b, format); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "32 people killed [1]; conflicts with 47 [2], reported later") {
			t.Errorf("%s: no later report in\n%s", format, buf.String())
		}
	}
}

// Who names those who act: a people written as a people ("Sunnis"), not a
// group only ever an adjective ("Iraqi forces"); a name that ends in an
// acronym in parentheses takes its type inside them.
func TestWhoListsPeoplesAndFoldsParentheses(t *testing.T) {
	b := briefing()
	b.Stories[0].Entities = []entity.Entity{
		{Name: "Iraqi", Type: entity.Group, Variants: []string{"Iraqi"}, Mentions: 16, Sources: []string{"a", "b"}},
		{Name: "Sunni", Type: entity.Group, Variants: []string{"Sunni", "Sunnis"}, Mentions: 12, Sources: []string{"a", "b"}},
		{Name: "Islamic State (IS)", Type: entity.Organization, Variants: []string{"Islamic State", "IS"}, Mentions: 5, Sources: []string{"a", "b"}},
	}
	out := written(t, b, "text")
	for _, want := range []string{"Sunni (group), also Sunnis", "Islamic State (IS; organization), also IS:"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "Iraqi (group)") {
		t.Errorf("an adjective's group in Who:\n%s", out)
	}
}

// A share or a span one article gives alone says little without its
// sentence: it is left to the JSON.
func TestLoneSharesAndSpansLeftOut(t *testing.T) {
	b := briefing()
	b.Stories[0].Figures = []figure.Figure{
		{Value: "2.7%", Unit: "percent", Sources: []string{"a"}},
		{Value: "two", Unit: "years", Sources: []string{"b"}},
		{Value: "six", Unit: "humvees", Sources: []string{"b"}},
		{Value: "three", Unit: "days", Sources: []string{"a", "b"}},
	}
	out := written(t, b, "text")
	for _, want := range []string{"  six humvees [2]\n", "  three days [1,2]\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	for _, gone := range []string{"2.7%", "two years"} {
		if strings.Contains(out, gone) {
			t.Errorf("%q listed:\n%s", gone, out)
		}
	}
}

func TestSummarySentenceSaysWhatLaterReportsGive(t *testing.T) {
	b := briefing()
	b.Stories[0].Summary[1].Later = []figure.Conflict{{Value: "47", Sources: []string{"b"}, Reported: "later"}}
	for format, want := range map[string]string{"text": "Repairs take a month. [2] (later: 47 [2])\n", "markdown": "- Repairs take a month. [2] (later: 47 [2])\n"} {
		var buf bytes.Buffer
		if err := Write(&buf, b, format); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), want) {
			t.Errorf("%s: no %q in\n%s", format, want, buf.String())
		}
	}
}

// TestBriefingNotes checks what every format says of stories left out, of
// articles with nothing to read and of the time a briefing starts from, and
// that nothing is said of any when there is nothing to say.
func TestBriefingNotes(t *testing.T) {
	b := briefing()
	b.LeftOut = 3
	b.Since = time.Date(2014, 6, 16, 12, 0, 0, 0, time.UTC)
	b.NoText = []string{"page_7", "page-9"}
	for format, wants := range map[string][]string{
		"text": {"\n(3 other stories found, not briefed)\n", "(9 words from 2 articles; what is new since 2014-06-16 12:00 UTC)",
			"\n(2 articles hold no story text once page furniture is cut and are not briefed: page_7, page-9)\n"},
		"markdown": {"*3 other stories found, not briefed*\n", "*9 words from 2 articles; what is new since 2014-06-16 12:00 UTC*",
			"*2 articles hold no story text once page furniture is cut and are not briefed: page\\_7, page-9*\n"},
		"json": {`"left_out": 3`, `"since": "2014-06-16T12:00:00Z"`, `"no_text": [`},
	} {
		with, without := written(t, b, format), written(t, briefing(), format)
		for _, want := range wants {
			if !strings.Contains(with, want) {
				t.Errorf("%s output lacks %q:\n%s", format, want, with)
			}
		}
		for _, never := range []string{"not briefed", "since", "left_out", "no_text", "no story text"} {
			if strings.Contains(without, never) {
				t.Errorf("%s output says %q, though nothing was left out and no time given:\n%s", format, never, without)
			}
		}
	}
}

func TestTypewriterMarksSetForReaders(t *testing.T) {
	b := briefing()
	b.Stories[0].Title = "``We will rebuild,'' the mayor said"
	b.Stories[0].Summary[0].Text = "Europe and the United States _ ``the two motors of the world economy'' _ were still strong."
	for _, format := range []string{"text", "markdown"} {
		out := written(t, b, format)
		if !strings.Contains(out, "Europe and the United States — “the two motors of the world economy” — were still strong.") ||
			!strings.Contains(out, "“We will rebuild,” the mayor said") || strings.Contains(out, "``") {
			t.Errorf("%s: typewriter marks not set as print sets them:\n%s", format, out)
		}
	}
	b.Stories[0].Quotes = []quote.Quote{{Text: "We can't depend on miracles _ we need to fight", Speaker: "Yitzhak Mordechai", Sources: []string{"a", "b"}}}
	if out := written(t, b, "text"); !strings.Contains(out, "“We can't depend on miracles — we need to fight” — Yitzhak Mordechai") {
		t.Errorf("a quotation's typewriter dash not set as print sets it:\n%s", out)
	}
	out := written(t, b, "json")
	if !strings.Contains(out, "_ ``the two motors of the world economy'' _") {
		t.Errorf("json must keep the sentence as its article writes it:\n%s", out)
	}
}

// TestOneArticleAndAWideTitle: one article is "1 article", and a title in
// Chinese, two columns a character on a terminal, is underlined to its width.
func TestOneArticleAndAWideTitle(t *testing.T) {
	b := briefing()
	b.Stories[0].Title = "北京地铁十九号线明年开通"
	b.Stories[0].Articles = b.Stories[0].Articles[:1]
	out := written(t, b, "text")
	for _, want := range []string{"北京地铁十九号线明年开通\n" + strings.Repeat("-", 24) + "\n", "(9 words from 1 article)"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if md := written(t, b, "markdown"); !strings.Contains(md, "*9 words from 1 article*") {
		t.Errorf("markdown:\n%s", md)
	}
	if got := columns("Cafe\u0301 \ufeffnews"); got != 9 {
		t.Errorf("columns = %d, want 9 (a combining accent and an invisible mark take none)", got)
	}
	if Articles(2) != "2 articles" || Articles(0) != "0 articles" {
		t.Errorf("Articles(2) = %q, Articles(0) = %q", Articles(2), Articles(0))
	}
}

// An order of magnitude in the plural reads with "of" before its unit
// ("hundreds of people"); a dozen with its article does not ("a dozen
// people").
func TestVagueFiguresReadAsWritten(t *testing.T) {
	b := briefing()
	b.Stories[0].Figures = []figure.Figure{
		{Value: "hundreds", Unit: "people killed", Sources: []string{"a", "b"}, Vague: true},
		{Value: "a dozen", Unit: "soldiers wounded", Sources: []string{"a", "b"}, Vague: true},
	}
	out := written(t, b, "text")
	for _, want := range []string{"hundreds of people killed [1,2]", "a dozen soldiers wounded [1,2]"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}
