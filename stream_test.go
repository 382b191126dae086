package precis_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis"
)

// otherStories are two events written for the tests, each reported three
// times, one of the reports a lightly edited reprint.
var otherStories = [][]precis.Article{
	{
		{ID: "flood-1", Text: "The Parana river burst its banks near the town of Cambe on Monday, forcing 3,000 people from their homes.\n\nRescue teams in boats searched flooded streets through the night, the mayor said.\n\nForecasters expect more heavy rain in the southern region until Thursday."},
		{ID: "flood-2", Text: "Rescuers in boats evacuated families from flooded streets in Cambe after the Parana river overflowed on Monday.\n\nThe mayor said shelters in schools and churches were taking in about 3,000 people.\n\nMore rain is forecast for the region this week."},
		{ID: "flood-3", Text: "The Parana river burst its banks near the town of Cambe on Monday, forcing 3,000 people from their homes.\n\nRescue teams in boats searched the flooded streets through the night, the town's mayor said.\n\nForecasters expect more heavy rain in the southern region until Thursday."},
	},
	{
		{ID: "transfer-1", Text: "The striker signed a five-year contract with the club on Friday for a record transfer fee.\n\nThe coach said the forward would make his debut in the cup match next week.\n\nFans gathered outside the stadium to see the new signing."},
		{ID: "transfer-2", Text: "A record transfer fee brought the striker to the club, which announced his five-year contract on Friday.\n\nHe scored 31 goals last season and is expected to debut in next week's cup match, his new coach said."},
		{ID: "transfer-3", Text: "Supporters waited outside the stadium on Friday as the club unveiled the striker it signed for a record fee.\n\nThe forward, who scored 31 goals last season, agreed to a five-year contract."},
	},
}

func mixed(t *testing.T) (arts []precis.Article, gold map[string]int) {
	gold = map[string]int{}
	for _, a := range seeds(t) {
		arts = append(arts, a)
		gold[a.ID] = 0
	}
	for k, st := range otherStories {
		for _, a := range st {
			arts = append(arts, a)
			gold[a.ID] = k + 1
		}
	}
	// interleave: a fixed shuffle
	order := []int{5, 0, 8, 1, 6, 9, 2, 3, 10, 7, 4}
	out := make([]precis.Article, len(arts))
	for i, j := range order {
		out[i] = arts[j]
	}
	return out, gold
}

func TestClusterSeedsAreOneStory(t *testing.T) {
	c, err := precis.Cluster(context.Background(), seeds(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Stories) != 1 || len(c.Stories[0].Articles) != 5 {
		t.Fatalf("seeds sorted into %d stories: %+v", len(c.Stories), c.Stories)
	}
}

// A story's figures are among the terms its articles are sorted by: a toll or
// a sum belongs to one story as much as its words do.
func TestClusterTermsHoldFigures(t *testing.T) {
	d := precis.Analyze(precis.Article{ID: "a", Text: "The storm killed 1,700 people and cost $4.5 billion, officials said."})
	var terms []string
	for _, tm := range d.ClusterDoc().Terms {
		terms = append(terms, tm.Stem)
	}
	for _, want := range []string{"1700", "4.5", "storm"} {
		if !slices.Contains(terms, want) {
			t.Errorf("cluster terms %q lack %q", terms, want)
		}
	}
	if slices.Contains(terms, "the") {
		t.Errorf("cluster terms %q hold a function word", terms)
	}
}

func TestClusterMixedInput(t *testing.T) {
	arts, gold := mixed(t)
	c, err := precis.Cluster(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Stories) != 3 {
		t.Fatalf("%d stories, want 3: %+v", len(c.Stories), c.Stories)
	}
	seen := map[string]bool{}
	for _, s := range c.Stories {
		g := gold[s.Articles[0]]
		for _, id := range s.Articles {
			if gold[id] != g {
				t.Errorf("story %s mixes %s with %s", s.ID, id, s.Articles[0])
			}
			seen[id] = true
		}
	}
	if len(seen) != len(arts) {
		t.Errorf("%d of %d article ids came back", len(seen), len(arts))
	}
	if c.Stories[0].ID != "s1" || len(c.Stories[0].Articles) != 5 {
		t.Errorf("the largest story should come first as s1: %+v", c.Stories[0])
	}
	var copies []string
	for _, s := range c.Stories {
		for _, g := range s.Copies {
			copies = append(copies, strings.Join(g, "+"))
		}
	}
	sort.Strings(copies)
	if fmt.Sprint(copies) != "[flood-3+flood-1]" && fmt.Sprint(copies) != "[flood-1+flood-3]" {
		t.Errorf("copy groups = %v, want the flood reprint with its original", copies)
	}
}

func TestBriefMixedInputGivesOneBriefingPerStory(t *testing.T) {
	arts, gold := mixed(t)
	b, err := precis.Brief(context.Background(), arts, precis.WithWords(60))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Stories) != 3 {
		t.Fatalf("%d briefings, want 3", len(b.Stories))
	}
	for _, st := range b.Stories {
		g := gold[st.Articles[0].ID]
		for _, s := range st.Summary {
			for _, id := range s.Sources {
				if gold[id] != g {
					t.Errorf("story %s cites %s from another story", st.ID, id)
				}
			}
			if s.Independent > len(s.Sources) || s.Independent < 1 {
				t.Errorf("independent %d of %d sources", s.Independent, len(s.Sources))
			}
		}
		if st.Words > 60 || st.Words == 0 {
			t.Errorf("story %s: %d words", st.ID, st.Words)
		}
	}
	// The reprint is one outlet's evidence: a sentence from the flood story
	// carried by the wire text and its reprint counts them once.
	for _, st := range b.Stories {
		for _, a := range st.Articles {
			if a.ID == "flood-3" && (a.CopyOf != "flood-1" || a.CopySimilarity < 0.5) {
				t.Errorf("flood-3: copy_of %q at %.2f", a.CopyOf, a.CopySimilarity)
			}
		}
		for _, s := range st.Summary {
			if strings.Contains(strings.Join(s.Sources, " "), "flood-1 flood-3") && s.Independent != len(s.Sources)-1 {
				t.Errorf("%q: %d sources counted as %d independent", s.Text, len(s.Sources), s.Independent)
			}
		}
	}
	one, err := precis.Brief(context.Background(), arts, precis.WithWords(60), precis.WithOneStory())
	if err != nil || len(one.Stories) != 1 || len(one.Stories[0].Articles) != len(arts) {
		t.Errorf("WithOneStory: %v", err)
	}
}

func TestStreamAddIsIncremental(t *testing.T) {
	arts, _ := mixed(t)
	s := precis.NewStream()
	var stories []int
	for _, a := range arts {
		stories = append(stories, s.Add(a).Story)
	}
	if s.Len() != len(arts) {
		t.Fatalf("Len = %d", s.Len())
	}
	c := s.Clustering()
	if len(c.Stories) != 3 {
		t.Errorf("one at a time: %d stories, want 3 (%v)", len(c.Stories), stories)
	}
}

// A stream that forgets the articles published before a time no longer
// lists them, finds no copy of them and files nothing into their stories.
func TestStreamForgetsOldArticles(t *testing.T) {
	day := time.Date(2014, 6, 1, 0, 0, 0, 0, time.UTC)
	s := precis.NewStream()
	flood := -1
	for k, st := range otherStories {
		for _, a := range st {
			a.Published = day.Add(time.Duration(4*k) * 24 * time.Hour)
			p := s.Add(a)
			if k == 0 {
				flood = p.Story
			}
		}
	}
	if c := s.Clustering(); len(c.Stories) != 2 || len(c.Stories[0].Copies)+len(c.Stories[1].Copies) != 1 {
		t.Fatalf("before forgetting: %+v, want two stories and one pair of copies", c.Stories)
	}
	if n := s.Forget(day.Add(48 * time.Hour)); n != 3 {
		t.Fatalf("Forget removed %d articles, want the 3 flood reports", n)
	}
	c := s.Clustering()
	if len(c.Stories) != 1 || !strings.HasPrefix(c.Stories[0].Articles[0], "transfer") || len(c.Stories[0].Copies) != 0 {
		t.Fatalf("after forgetting: %+v, want the transfer story alone", c.Stories)
	}
	if s.Story(0) != -1 || s.Remove(0) || s.Remove(99) || s.Len() != 6 {
		t.Errorf("a forgotten article: Story %d, removed again or a number never given taken out, or Len %d", s.Story(0), s.Len())
	}
	reprint := otherStories[0][2]
	reprint.ID = "flood-3-again"
	p := s.Add(reprint)
	if p.CopyOf != -1 || p.Story == flood {
		t.Errorf("a reprint of a forgotten report: copy of %d, story %d (the forgotten story was %d)", p.CopyOf, p.Story, flood)
	}
	if !s.Remove(3) {
		t.Errorf("Remove of a live article reported nothing taken out")
	}
	if c := s.Clustering(); len(c.Stories) != 2 || slices.Contains(c.Stories[0].Articles, "transfer-1") || slices.Contains(c.Stories[1].Articles, "transfer-1") {
		t.Errorf("after removing transfer-1: %+v", c.Stories)
	}
}

// A cancelled batch files what was read (here nothing) and leaves the
// stream ready for the next.
func TestAddAllCancelledLosesNothing(t *testing.T) {
	arts, _ := mixed(t)
	s := precis.NewStream()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	placed, err := s.AddAll(ctx, arts)
	if err == nil || len(placed) != s.Len() {
		t.Fatalf("cancelled: %d placements, %d articles filed, error %v", len(placed), s.Len(), err)
	}
	placed, err = s.AddAll(context.Background(), arts)
	if err != nil || len(placed) != len(arts) || s.Len() != len(arts) {
		t.Fatalf("after a cancelled batch: %d placements, %d filed, error %v", len(placed), s.Len(), err)
	}
	if c := s.Clustering(); len(c.Stories) != 3 {
		t.Errorf("after a cancelled batch: %d stories, want 3", len(c.Stories))
	}
}

func BenchmarkStreamAdd(b *testing.B) {
	arts := seeds(b)
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes / len(arts)))
	s := precis.NewStream()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		a.ID = fmt.Sprint(i)
		s.Add(a)
	}
}

func TestBriefIsDeterministic(t *testing.T) {
	arts, _ := mixed(t)
	var first []byte
	for run := 0; run < 5; run++ {
		b, err := precis.Brief(context.Background(), arts, precis.WithWords(80))
		if err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		if run == 0 {
			first = out
		} else if string(out) != string(first) {
			t.Fatalf("run %d differs from run 0", run)
		}
	}
}

func TestPagesThatDidNotLoadStayApart(t *testing.T) {
	// three pages whose story failed to load: the player's furniture and a
	// leftover line each, alike; and two reports of one event
	var arts []precis.Article
	for i, rest := range []string{"Please try again later.", "Please try again in a moment.", "Please try again later today."} {
		arts = append(arts, precis.Article{ID: "page" + string(rune('1'+i)), Text: "The interactive transcript could not be loaded. Rating is available when the video has been rented. " + rest})
	}
	arts = append(arts,
		precis.Article{ID: "r1", Text: "A ferry carrying 300 passengers sank off the coast of Sulawesi on Tuesday, and rescuers pulled 120 survivors from the water. The ferry capsized in heavy seas."},
		precis.Article{ID: "r2", Text: "Rescuers pulled 120 survivors from the water after a ferry carrying 300 passengers sank off Sulawesi on Tuesday. Heavy seas capsized the ferry, officials said."},
	)
	cl, err := precis.Cluster(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	storyOf := map[string]string{}
	for _, s := range cl.Stories {
		for _, a := range s.Articles {
			storyOf[a] = s.ID
		}
		// a page's leftover line is no title ("Please try again later")
		if page := strings.HasPrefix(s.Articles[0], "page"); page != (s.Title == "") {
			t.Errorf("story of %q titled %q", s.Articles, s.Title)
		}
	}
	if storyOf["page1"] == storyOf["page2"] || storyOf["page2"] == storyOf["page3"] || storyOf["page1"] == storyOf["page3"] {
		t.Errorf("pages of furniture gathered into one story: %v", storyOf)
	}
	if storyOf["r1"] != storyOf["r2"] {
		t.Errorf("the two reports are apart: %v", storyOf)
	}
}

// The stories of a mixed input are summarized at once on several cores; the
// briefing is the same as on one.
func TestStoriesSummarizedAtOnceMatchOneByOne(t *testing.T) {
	arts, _ := mixed(t)
	brief := func(procs int) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		b, err := precis.Brief(context.Background(), arts, precis.WithWords(60))
		if err != nil {
			t.Fatal(err)
		}
		out, _ := json.Marshal(b)
		return string(out)
	}
	one := brief(1)
	for _, procs := range []int{2, 4} {
		if got := brief(procs); got != one {
			t.Errorf("on %d cores the briefing differs from one core's", procs)
		}
	}
}

// A canceled context stops a briefing with its error.
func TestBriefStopsWhenCanceled(t *testing.T) {
	arts, _ := mixed(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := precis.Brief(ctx, arts); err != context.Canceled {
		t.Errorf("Brief on a canceled context: %v, want %v", err, context.Canceled)
	}
}

func TestClusterTitleNamesTheMostTypicalArticle(t *testing.T) {
	arts := []precis.Article{
		{ID: "side", Text: "Town officials in Cambe met on Monday to discuss the budget for road repairs after the flood. The council also approved new parking rules for the market square."},
		{ID: "feature", Text: "Nobody in Cambe saw it coming. The Parana river burst its banks after days of rain, flooding homes across the town, and rescue boats evacuated hundreds of families to shelters."},
		{ID: "report", Text: "The Parana river burst its banks in the Brazilian town of Cambe on Sunday after days of heavy rain. Rescue boats evacuated hundreds of families from flooded homes to shelters."},
		{ID: "update", Text: "Rescue teams in Cambe evacuated more families on Monday as the flooded Parana river kept rising after heavy rain. Shelters took in hundreds whose homes were flooded."},
	}
	c, err := precis.Cluster(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Stories) != 1 {
		t.Fatalf("want one story: %+v", c.Stories)
	}
	title := c.Stories[0].Title
	if strings.HasPrefix(title, "Town officials") || strings.HasPrefix(title, "Nobody in Cambe") {
		t.Errorf("the story is titled by its first article or by a feature's short opening, not by its most typical report: %q", title)
	}
}

func TestClusterTitlePassesOverLeadsThatPointBack(t *testing.T) {
	arts := []precis.Article{
		{ID: "feature", Text: "It swept across the Caribbean islands of Haiti and Cuba with winds of 180 kilometers an hour, killing 500 people in Haiti, flooding towns in Cuba and leaving thousands homeless as Hurricane Georges moved on toward Florida. Shelters in Cuba took in thousands."},
		{ID: "haiti", Text: "Hurricane Georges swept across Haiti with winds of 180 kilometers an hour, killing 500 people and flooding towns. Thousands were left homeless."},
		{ID: "cuba", Text: "Hurricane Georges moved toward Florida after flooding towns in Cuba and leaving thousands homeless on the islands. Shelters in Cuba took in families."},
	}
	c, err := precis.Cluster(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Stories) != 1 {
		t.Fatalf("want one story: %+v", c.Stories)
	}
	if title := c.Stories[0].Title; !strings.HasPrefix(title, "Hurricane Georges") {
		t.Errorf("the story is titled %q, not by a report's lead that names what it is about", title)
	}
}

func TestClusterTitlePassesOverLeadsInTheFirstPerson(t *testing.T) {
	arts := []precis.Article{
		{ID: "wire", Text: "The river rose four meters overnight and flooded the school in Millbrook on Friday, officials said. Classes were moved to the church hall."},
		{ID: "principal", Text: "\"We never thought the river would rise four meters overnight and flood the school in Millbrook,\" the principal said on Friday. Classes were moved to the church hall."},
		{ID: "mayor", Text: "\"We never thought the river would rise four meters overnight and flood the school in Millbrook,\" the mayor said on Friday. Classes were moved to the church hall."},
	}
	c, err := precis.Cluster(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Stories) != 1 {
		t.Fatalf("want one story: %+v", c.Stories)
	}
	if title := c.Stories[0].Title; strings.Contains(title, "We never") {
		t.Errorf("the story is titled %q, by a quotation whose \"we\" the title does not name", title)
	}
}

func TestClusterTitleIsNoRuleOfDots(t *testing.T) {
	arts := []precis.Article{{ID: "page", Text: "........................................ A construction crew working on the west mesa uncovered human bones on Tuesday, police said."}}
	c, err := precis.Cluster(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Stories) != 1 || !strings.HasPrefix(c.Stories[0].Title, "Construction crew") {
		t.Errorf("stories %+v: want one, titled by the first sentence with words", c.Stories)
	}
}

func TestClusterTitleIsNoCaptionOrLink(t *testing.T) {
	for _, text := range []string{
		"Russian President Vladimir Putin speaks during his annual news conference in Moscow, Russia, Thursday, Dec. 18, 2014. Putin says Russia has enough currency reserves and the ruble will recover.",
		"See http://youtu.be/s1kfueracj0 for an uninterrupted view of the throw. Putin says Russia has enough currency reserves and the ruble will recover.",
	} {
		c, err := precis.Cluster(context.Background(), []precis.Article{{ID: "page", Text: text}})
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Stories) != 1 || !strings.HasPrefix(c.Stories[0].Title, "Putin says") {
			t.Errorf("stories %+v: want one, titled by its lead, not by a caption or a link", c.Stories)
		}
	}
}

func TestTopStoriesBriefsTheLargest(t *testing.T) {
	arts, gold := mixed(t)
	b, err := precis.Brief(context.Background(), arts, precis.WithWords(40), precis.WithTopStories(1))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Stories) != 1 || b.LeftOut != 2 {
		t.Fatalf("%d stories briefed, %d left out; want 1 and 2", len(b.Stories), b.LeftOut)
	}
	if st := b.Stories[0]; len(st.Articles) != 5 || gold[st.Articles[0].ID] != 0 {
		t.Errorf("the story briefed is not the largest (the seeds'): %d articles, first %s", len(st.Articles), st.Articles[0].ID)
	}
	all, err := precis.Brief(context.Background(), arts, precis.WithWords(40), precis.WithTopStories(5))
	if err != nil || len(all.Stories) != 3 || all.LeftOut != 0 {
		t.Fatalf("top 5 of 3 stories: %v, %+v", err, all)
	}
	if _, err := precis.Brief(context.Background(), arts, precis.WithTopStories(-1)); err == nil {
		t.Error("a negative number of stories was taken")
	}
}

func TestFocusOnMixedInputBriefsTheStoriesThatHoldIt(t *testing.T) {
	arts, gold := mixed(t)
	for _, c := range []struct {
		focus   []string
		stories []int // gold stories briefed
	}{
		{[]string{"striker"}, []int{2}},
		{[]string{"ISIL"}, []int{0}}, // the seeds' story, which also spells it ISIS
		{[]string{"Parana", "transfer fee"}, []int{1, 2}},
	} {
		b, err := precis.Brief(context.Background(), arts, precis.WithWords(40), precis.WithFocus(c.focus...))
		if err != nil {
			t.Fatalf("%q: %v", c.focus, err)
		}
		var got []int
		for _, st := range b.Stories {
			got = append(got, gold[st.Articles[0].ID])
		}
		sort.Ints(got)
		if fmt.Sprint(got) != fmt.Sprint(c.stories) || b.LeftOut != 3-len(c.stories) {
			t.Errorf("%q: stories %v briefed, %d left out; want %v", c.focus, got, b.LeftOut, c.stories)
		}
	}
	_, err := precis.Brief(context.Background(), arts, precis.WithFocus("volcano", "eruption"))
	if !errors.Is(err, precis.ErrNoFocusedStory) || !strings.Contains(err.Error(), `"volcano", "eruption"`) {
		t.Errorf("a topic no story holds: err = %v", err)
	}
	// one story is briefed whether it holds the topic or not
	one, err := precis.Brief(context.Background(), seeds(t), precis.WithFocus("volcano"))
	if err != nil || len(one.Stories) != 1 || one.LeftOut != 0 {
		t.Errorf("one story without the topic: %v", err)
	}
}

// coldWave is one story reported three times in a day, its toll rising.
func coldWave() []precis.Article {
	at := func(h int) time.Time { return time.Date(2014, 6, 16, h, 0, 0, 0, time.UTC) }
	return []precis.Article{
		{ID: "morning", Published: at(9), Text: "A cold wave that hit the country a week ago has killed 32 people, police said on Monday. Most of the dead were homeless men who slept outside."},
		{ID: "noon", Published: at(12), Text: "The cold wave has killed 32 people, police said. Shelters opened their doors to the homeless overnight."},
		{ID: "evening", Published: at(18), Text: "The cold wave has now killed 47 people, police said on Monday evening. Most of the dead were homeless men."},
	}
}

func TestSinceBriefsWhatIsNew(t *testing.T) {
	noon := time.Date(2014, 6, 16, 12, 0, 0, 0, time.UTC)
	b, err := precis.Brief(context.Background(), coldWave(), precis.WithWords(60), precis.WithSince(noon))
	if err != nil {
		t.Fatal(err)
	}
	st := b.Stories[0]
	var texts []string
	for _, s := range st.Summary {
		texts = append(texts, s.Text)
		if s.From == "morning" {
			t.Errorf("%q comes from an article published before noon", s.Text)
		}
		if strings.Contains(s.Text, "homeless men") || strings.Contains(s.Text, "killed 32") {
			t.Errorf("%q was said before noon", s.Text)
		}
	}
	all := strings.Join(texts, " ")
	if !strings.Contains(all, "47") || !strings.Contains(all, "Shelters") {
		t.Errorf("the new toll or the noon report's news is missing: %q", all)
	}
	if !b.Since.Equal(noon) || len(st.Articles) != 3 {
		t.Errorf("since %v, %d articles", b.Since, len(st.Articles))
	}
	plain, err := precis.Brief(context.Background(), coldWave(), precis.WithWords(60))
	if err != nil {
		t.Fatal(err)
	}
	if s := plain.Stories[0].Summary; !strings.Contains(fmt.Sprint(s), "32") {
		t.Errorf("without a time, the first reports' toll is not in the summary: %v", s)
	}

	late := noon.Add(12 * time.Hour)
	if _, err := precis.Brief(context.Background(), coldWave(), precis.WithSince(late)); !errors.Is(err, precis.ErrNothingNew) {
		t.Errorf("nothing published since %v: err = %v", late, err)
	}
	if _, err := precis.Brief(context.Background(), otherStories[0], precis.WithSince(noon)); err == nil || !strings.Contains(err.Error(), "no article has a published time") {
		t.Errorf("articles without times: err = %v", err)
	}
	// in a mixed input, a story with nothing new is left out
	mixedIn := append(coldWave(), otherStories[0]...)
	b, err = precis.Brief(context.Background(), mixedIn, precis.WithWords(60), precis.WithSince(noon))
	if err != nil || len(b.Stories) != 1 || b.LeftOut != 1 || !strings.Contains(b.Stories[0].Summary[0].Text, "cold wave") {
		t.Errorf("mixed input since noon: %v, %+v", err, b)
	}
}
