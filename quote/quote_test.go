package quote

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/entity"
	"github.com/precis-news/precis/entity/entitytest"
)

func extract(texts ...string) []Quote {
	docs := entitytest.Docs(texts...)
	return Extract(docs, entity.Extract(docs))
}

func findQuote(qs []Quote, words string) *Quote {
	for i := range qs {
		if strings.Contains(strings.ToLower(qs[i].Text), words) {
			return &qs[i]
		}
	}
	return nil
}

// wantSpeakers checks the speaker of the quotation that holds each of
// want's keys (lower-case words of it).
func wantSpeakers(t *testing.T, qs []Quote, want map[string]string) {
	t.Helper()
	for words, speaker := range want {
		if q := findQuote(qs, words); q == nil || q.Speaker != speaker {
			t.Errorf("%q: speaker %+v, want %q", words, q, speaker)
		}
	}
}

func TestQuoteStylesAndCarriers(t *testing.T) {
	qs := extract(
		"Mayor Anne Hidalgo visited the flooded district on Monday.\n“We will rebuild every bridge the river took from us,” Hidalgo said.",
		`Paris Mayor Anne Hidalgo promised help. "We will rebuild every bridge the river took," said Ms Hidalgo.`,
		"The mayor spoke at dawn. Anne Hidalgo told reporters: \"We will rebuild every bridge the river took from us, and we will do it this year.\"",
		`"The water came up in minutes and we lost everything," a shop owner said. Rescue crews worked through the night.`,
	)
	q := findQuote(qs, "rebuild every bridge")
	if q == nil {
		t.Fatalf("quote not found: %+v", qs)
	}
	if strings.Join(q.Sources, ",") != "d1,d2,d3" {
		t.Errorf("carriers = %v, want d1,d2,d3 (curly, straight, partial and extended)", q.Sources)
	}
	if q.Speaker != "Anne Hidalgo" {
		t.Errorf("speaker = %q, want Anne Hidalgo", q.Speaker)
	}
	if !strings.Contains(q.Text, "this year") {
		t.Errorf("the longest version should be kept: %q", q.Text)
	}
	shop := findQuote(qs, "lost everything")
	if shop == nil || shop.Speaker != "a shop owner" || shop.Verb != "said" {
		t.Errorf("unnamed source: %+v", shop)
	}
}

func TestPronounsAndScareQuotes(t *testing.T) {
	qs := extract(
		"Coach Pep Guardiola praised his team. \"We played with courage from the first minute,\" he said.\n\"I am proud of them,\" he added.",
		`The club called the result a "small miracle" in a statement.`,
		`"Nobody expected this result tonight," he said.`,
	)
	if q := findQuote(qs, "courage"); q == nil || q.Speaker != "Pep Guardiola" {
		t.Errorf("pronoun after a named speaker: %+v", q)
	}
	if q := findQuote(qs, "proud"); q == nil || q.Speaker != "Pep Guardiola" || q.Verb != "added" {
		t.Errorf("pronoun in the next paragraph: %+v", q)
	}
	if q := findQuote(qs, "small miracle"); q != nil {
		t.Errorf("a two-word scare quote was listed: %+v", q)
	}
	if q := findQuote(qs, "nobody expected"); q == nil || q.Speaker != "" {
		t.Errorf("a pronoun with no one to point to must stay unresolved: %+v", q)
	}
}

func TestNoQuotes(t *testing.T) {
	if qs := extract("No one said anything quotable.", ""); len(qs) != 0 {
		t.Errorf("quotes from plain text: %+v", qs)
	}
	if qs := extract(`An unclosed "quotation that runs to the end of the paragraph and never closes`); len(qs) != 1 {
		t.Errorf("an unclosed quotation: %+v", qs)
	}
}

func TestPlaceAfterPrepositionIsNotTheSpeaker(t *testing.T) {
	qs := extract(`A doctor at a clinic in the town of Marbella, which the storm cut off on Sunday, said: "The wards are full and the roads are closed to every ambulance."`)
	q := findQuote(qs, "wards are full")
	if q == nil {
		t.Fatalf("quote not found in %+v", qs)
	}
	if q.Speaker == "Marbella" {
		t.Errorf("speaker = %q: the town the doctor works in", q.Speaker)
	}
}

func TestCountsTopIsMostCountedThenFirstInOrder(t *testing.T) {
	var c counts
	if got := c.top(); got != "" {
		t.Errorf("top of none = %q", got)
	}
	for _, s := range []string{"Kerry", "Obama", "Kerry", "Zarif", "Obama"} {
		c.add(s)
	}
	if got := c.top(); got != "Kerry" {
		t.Errorf("top = %q, want Kerry (two each, Kerry first in order)", got)
	}
	c.add("Zarif")
	c.add("Zarif")
	if got := c.top(); got != "Zarif" {
		t.Errorf("top = %q, want Zarif (three)", got)
	}
}

// A paragraph is its sentences joined by single spaces, each starting where
// starts says.
func TestParagraphsJoinTheirSentences(t *testing.T) {
	d := entity.NewDoc("d", "One sentence alone.\nFirst of three. \"Second,\" he said. Third.\nLast one here.")
	ps := paragraphs(d)
	if len(ps) != 3 {
		t.Fatalf("%d paragraphs, want 3", len(ps))
	}
	for _, p := range ps {
		var texts []string
		for k := range p.starts {
			texts = append(texts, d.Sentences[p.first+k].Text)
		}
		if want := strings.Join(texts, " "); p.text != want {
			t.Errorf("paragraph %q, want %q", p.text, want)
		}
		for k, off := range p.starts {
			if s := d.Sentences[p.first+k].Text; !strings.HasPrefix(p.text[off:], s) {
				t.Errorf("sentence %d does not start at %d of %q", p.first+k, off, p.text)
			}
		}
	}
	if got := len(ps[1].starts); got != 3 {
		t.Errorf("the middle paragraph has %d sentences, want 3", got)
	}
}

func TestTitlesInQuotationMarksAreNoQuotes(t *testing.T) {
	qs := extract(
		`The campaign was billed as "Year of the Woman." Supporters chanted "Death to Arabs! Death to Arafat!" in the street.`,
		`The report, "The East Asian Miracle," was published in 1993. "We will not give in to the floods this year," the governor said.`,
		`Their book, "Competing on Internet Time: Lessons from Netscape and Its Battle with Microsoft," came out this week.`,
	)
	for _, title := range []string{"year of the woman", "death to arabs", "east asian miracle", "competing on internet time"} {
		if q := findQuote(qs, title); q != nil {
			t.Errorf("a title or slogan in capitals is no quotation: %+v", q)
		}
	}
	if findQuote(qs, "give in to the floods") == nil {
		t.Errorf("the governor's words are a quotation: %+v", qs)
	}
}

func TestADayIsNoSpeaker(t *testing.T) {
	qs := extract(
		"Egypt's Foreign Ministry condemned the raids, and in a government statement Saturday confirmed ``its keenness for good neighborly relations with Turkey.''",
	)
	q := findQuote(qs, "keenness for good")
	if q == nil {
		t.Fatalf("no quotation: %+v", qs)
	}
	if q.Speaker == "Saturday" {
		t.Errorf("a day is no speaker: %+v", q)
	}
}

func TestSpeakerNamesEndWhereTheyShould(t *testing.T) {
	qs := extract(
		"Turkey warned Syria. ``Intervention is out of the question,'' said Turkish Defense Minister Ismet Sezgin. But he said, ``If they continue to do so much harm, then naturally diplomacy will finish.''",
		`Magno of the Foundation for Economic Freedom said these protections "would restore the airline to monopoly status."`,
		`Early Wednesday, Cathay had expressed dissatisfaction over the talks, saying it was "not willing to continue negotiations in its current form."`,
		`"We will not be rushed into a decision," Lt. Col. Oliver North said on Tuesday.`,
	)
	if q := findQuote(qs, "intervention is out"); q == nil || strings.Contains(q.Speaker, "But") {
		t.Errorf("the speaker's name ends at the sentence's end: %+v", q)
	}
	if q := findQuote(qs, "monopoly status"); q == nil || q.Speaker == "Freedom" {
		t.Errorf("a name a preposition governs (the Foundation for Economic Freedom) is no speaker: %+v", q)
	}
	if q := findQuote(qs, "not willing to continue"); q == nil || q.Speaker == "Early Wednesday" {
		t.Errorf("a day is no speaker: %+v", q)
	}
	if q := findQuote(qs, "rushed into a decision"); q == nil || !strings.Contains(q.Speaker, "North") {
		t.Errorf("Lt. Col. Oliver North is one speaker: %+v", q)
	}
}

func TestSpeakersDescribedOrSetOffAfterTheQuotation(t *testing.T) {
	qs := extract(
		"Officials met in Gaza. ``I hope that at this critical period, we will concentrate on the bigger picture,'' senior Palestinian negotiator Saeb Erekat said as he headed into a meeting.",
		"The storm hit at night. ``You couldn't show people you were scared, though I really was,'' Gene Michaels, the operations manager, said.",
		"Tourists are rare. ``I've always liked pariah countries,'' Cuisenier, 27, a Frenchman from Marseilles, said when asked why he came.",
		"``It's the leading product, customers liked it, and its installation was certified,'' CEO Jeffrey Katz was quoted as saying in a weekly.",
		"``You have to have Monica Lewinsky testify. You have to hear from her mother.'' And Rep. John Conyers, D-Mich., the senior Democrat, said he disagreed.",
		"``Stop the war in our town now,'' reads a sign that Mayor Smith said was offensive.",
		"``I cannot give my client a dictionary,'' a third lawyer, Bruce McIntyre, who represents el Hage, told the judge.",
	)
	wantSpeakers(t, qs, map[string]string{
		"concentrate on the bigger picture": "Saeb Erekat",
		"show people you were scared":       "Gene Michaels",
		"always liked pariah countries":     "Cuisenier",
		"the leading product":               "Jeffrey Katz",
		"give my client a dictionary":       "Bruce McIntyre",
	})
	if q := findQuote(qs, "monica lewinsky testify"); q == nil || strings.Contains(q.Speaker, "Conyers") {
		t.Errorf("a quotation that ends its sentence is not the next sentence's speaker's: %+v", q)
	}
	if q := findQuote(qs, "stop the war"); q == nil || strings.Contains(q.Speaker, "Smith") {
		t.Errorf("\"reads a sign that Mayor Smith said\" does not describe a speaker: %+v", q)
	}
}

func TestNameOpenedByAParticle(t *testing.T) {
	qs := extract(`Gilberto Manuel da Silva lost his job in June. "I assumed commitments that I have no way of getting out of," da Silva said.`)
	if q := findQuote(qs, "assumed commitments"); q == nil || q.Speaker != "Gilberto Manuel da Silva" {
		t.Errorf("da Silva is Gilberto Manuel da Silva: %+v", q)
	}
}

func TestTitledUnnamedSpeakers(t *testing.T) {
	qs := extract(
		"Pope John Paul II arrived in Zagreb on Friday. ``Today it is necessary to give a new impulse to peace,'' the pope said.",
		"The vote was close. ``Now we will be lucky to get forty-two votes,'' the senator said. ``People voted for change in every city,'' the radio said.",
	)
	wantSpeakers(t, qs, map[string]string{
		"new impulse to peace":       "John Paul II",
		"lucky to get forty-two":     "the senator",
		"people voted for change in": "the radio",
	})
	// of two people so titled, the one the article names; of several it
	// names, the one the story names three times as often as each other;
	// two named about as often leave the speaker unnamed
	qs = extract(
		"Pope John Paul II honored the cardinal on Saturday. John Paul spoke for an hour, and John Paul II prayed at the tomb.",
		"Critics recalled Pope Pius XII and the war as John Paul arrived. ``We all know the context of this death,'' the pope said.",
		"President Clinton and President Mubarak met in Cairo. ``No nation should live under the threat of terror,'' the president said.",
		"President Mubarak flew home. Mubarak said Mubarak's talks had gone well, and Mubarak thanked his hosts.",
		"In Washington, President Clinton spoke to reporters. ``I ask for your prayers and support today,'' the president said.",
	)
	wantSpeakers(t, qs, map[string]string{
		"context of this death": "John Paul II",
		"threat of terror":      "the president",
		"prayers and support":   "Clinton",
	})
}

func TestQuotesSharingOnlyFunctionWordsStayApart(t *testing.T) {
	qs := extract("As the talks stalled, Livingston asserted, ``There's not going to be a shutdown.''\n" +
		"The Republicans were responding to the president.\n" +
		"A top Republican aide put the message in plain English: ``We're not going to give them the ability to say it's our fault.''")
	q := findQuote(qs, "our fault")
	if q == nil || q.Speaker != "" {
		t.Errorf("the aide's quotation is not Livingston's: %+v", qs)
	}
	if s := findQuote(qs, "a shutdown"); s == nil || s.Speaker != "Livingston" || s.Verb != "asserted" {
		t.Errorf("Livingston's quotation: %+v", qs)
	}
}

func TestStatementsRetortsAndBystanders(t *testing.T) {
	qs := extract(
		"In a statement, the ministry protested the invitation.\n``We strongly protest the action of the parliamentarians,'' the statement read.",
		"To which Rep. John Conyers retorted: ``This is not about Watergate. It is about an extramarital affair.''",
		"Shoppers went about their business. ``We can't stop with what we are doing when this happens,'' one young shopper said.",
	)
	for _, c := range []struct{ words, speaker, verb string }{
		{"strongly protest", "the statement", "read"},
		{"watergate", "John Conyers", "retorted"},
		{"can't stop", "one young shopper", "said"},
	} {
		if q := findQuote(qs, c.words); q == nil || q.Speaker != c.speaker || q.Verb != c.verb {
			t.Errorf("%q: %+v, want %s %s", c.words, q, c.speaker, c.verb)
		}
	}
}

func TestHomeStateAfterATitledName(t *testing.T) {
	qs := extract(
		"Rep. John Conyers Jr. of Michigan, the committee's senior Democrat, retorted: ``This is not about Watergate at all.''",
		"``We will not yield on the budget,'' Sen. Joe Biden of Delaware said.",
		"Mayor Rudolph Giuliani of New York said, ``The city is safer than it has been in decades.''",
		"The Bank of England said, ``Rates will rise soon enough for everyone.''",
	)
	for _, c := range []struct{ words, speaker string }{
		{"not about watergate", "John Conyers Jr."},
		{"not yield on the budget", "Joe Biden"},
		{"safer than it has been", "Rudolph Giuliani"},
		{"rates will rise", ""},
	} {
		if q := findQuote(qs, c.words); q == nil || q.Speaker != c.speaker {
			t.Errorf("%q: %+v, want %q", c.words, q, c.speaker)
		}
	}
}

func TestAPossessiveBeforeTheQuotationOwnsIt(t *testing.T) {
	qs := extract(
		"``I don't know what happens from here,'' said Wang's wife, Hu Jiangxia, who attended the trial.",
		"``I didn't raise him to lose him like that,'' said Zughayar's 54-year-old father.",
		"A government statement Saturday confirmed Syria's ``keenness for good, neighborly relations with Turkey.''",
		"``This is a captivating group of royal jewels,'' said Sotheby's, which will sell them in May.",
	)
	wantSpeakers(t, qs, map[string]string{
		"what happens from here": "Hu Jiangxia",
		"raise him to lose him":  "Zughayar's father",
		"neighborly relations":   "",
		"captivating group":      "Sotheby's",
	})
}

func TestWholeSentencesBeforeWovenFragments(t *testing.T) {
	qs := extract(
		"The agent said the trucks were ``utilized by suspects thus far identified,'' Maxwell said. ``We are following every lead we have in this case,'' Maxwell said.",
	)
	if len(qs) != 2 {
		t.Fatalf("want two quotations, got %+v", qs)
	}
	if !strings.HasPrefix(qs[0].Text, "We are following") {
		t.Errorf("a sentence of the speaker's comes before words woven into the reporter's sentence: %+v", qs)
	}
}

func TestSpeakersWrittenAfterTheirRoleOrQuotedBySomeoneElse(t *testing.T) {
	qs := extract(
		"``We are trying to save what we can,'' said farmer Jean Roberto Jean-Baptiste, working in a flooded rice paddy.",
		"Defense Minister Ismet Sezgin said Turkey was still trying diplomacy. ``But there is a limit of patience,'' NTV quoted him as saying.",
		"``We excel in freestyle and relay events,'' the newspaper quoted Zhang Xiong, the national team's head coach, as saying.",
		"``There is now a good chance that the suspects might finally be brought'' to trial, a U.N. source said on condition of anonymity.",
		"``I am quite sure that the Libyans want to solve the problem,'' a Western ambassador here said.",
		"``All we are doing is postponing dealing with the matter,'' Tutu later told The Associated Press.",
		"``He has been in a Moscow suburb for a week,'' Prime Minister Mesut Yilmaz of Turkey said on Tuesday.",
		"``I have been crying all day long,'' 17-year-old Alina Turk said as she stood outside.",
		"``There were illegal and unethical abuses in adoption policy,'' said Valerie Andrews, the executive director of a group called Origins Canada.",
		"Coats asked, ``Did I really hear you right?'' After another pause, Mitchell said, ``That is going to be special.''",
	)
	wantSpeakers(t, qs, map[string]string{
		"save what we can":      "Jean Roberto Jean-Baptiste",
		"limit of patience":     "Ismet Sezgin",
		"freestyle and relay":   "Zhang Xiong",
		"finally be brought":    "a U.N. source",
		"solve the problem":     "a Western ambassador",
		"postponing dealing":    "Tutu",
		"moscow suburb":         "Mesut Yilmaz",
		"crying all day":        "Alina Turk",
		"illegal and unethical": "Valerie Andrews",
		"did i really hear you": "Coats",
	})
}

func TestDocumentsRelativesAndNamesAfterAnArticle(t *testing.T) {
	qs := extract(
		"``Everyone should refrain from making such comments,'' the general staff said in a statement.",
		"``So extensive was the boycott that the clerics spoke of it,'' the NCRI said in a statement.",
		"Hickey's sister spoke on Monday. ``We are all devastated by the news,'' said a tearful Deborah Hickey, 21.",
		"``It was absolutely essential to us,'' said the Monroe County sheriff, Richard Roth.",
		"Their former lawyer, Ibrahim Legwell, said that the two men had spent six years ``not in custody exactly but without passports.''",
		"``The first victory was to reduce the losses,'' Castro proclaimed.",
		"``My husband is innocent of every charge,'' said his wife, Hu Jiangxia.",
	)
	wantSpeakers(t, qs, map[string]string{
		"refrain from making":  "the general staff",
		"extensive was the":    "NCRI",
		"all devastated":       "Deborah Hickey",
		"absolutely essential": "Richard Roth",
		"not in custody":       "Ibrahim Legwell",
		"first victory":        "Castro",
		"husband is innocent":  "Hu Jiangxia",
	})
}

// TestAppealsAndDemands: a speaker who appeals to or demands of someone in
// the quotation's words owns them, however long the object between.
func TestAppealsAndDemands(t *testing.T) {
	qs := extract(
		"Pope John Paul II visited the shrine on Saturday. John Paul appealed to a country that has suffered from war and ethnic divisions ``to forgive and reconcile and to purify one's memory of hatred.''",
		"Senator Maria Alvarez demanded ``a full accounting of every dollar the agency spent'' before the vote.",
	)
	for _, c := range []struct{ words, speaker, verb string }{
		{"forgive and reconcile", "John Paul II", "appealed"},
		{"full accounting", "Maria Alvarez", "demanded"},
	} {
		if q := findQuote(qs, c.words); q == nil || q.Speaker != c.speaker || q.Verb != c.verb {
			t.Errorf("%q: %+v, want %s %s", c.words, q, c.speaker, c.verb)
		}
	}
}

func TestQuoteInsideAQuoteKeepsItsOwnSpeaker(t *testing.T) {
	qs := extract(
		`Senator Mary Holt wrote on Tuesday: "Governor Dale Price just said that 'the bridge will open in May.' Will someone please tell him the money ran out a year ago and the contractor has quit?"`,
		`Governor Dale Price said "the bridge will open in May." He spoke at the state fair.`,
	)
	q := findQuote(qs, "will someone please tell him")
	if q == nil {
		t.Fatalf("the senator's quotation not found: %+v", qs)
	}
	if q.Speaker != "Mary Holt" || q.Verb != "wrote" || strings.Join(q.Sources, ",") != "d1" {
		t.Errorf("the governor's words inside the senator's quotation are counted as hers: %+v", q)
	}
	if len(qs) != 2 || qs[1].Text != "the bridge will open in May." || qs[1].Speaker != "Dale Price" {
		t.Errorf("the governor's words are not a quote of his own: %+v", qs)
	}
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"the bridge will open in May.", q.Text, true},
		{"Will someone please tell him", q.Text, false},
		{"nuclear button is on his desk", "kim just stated that the ' nuclear button is on his desk at all times. ' will someone", true},
		{"will someone tell him", "kim just stated that the ' nuclear button is on his desk. ' will someone tell him", false},
		{"looking for new jersey", "i ' m looking for new jersey", false},
		{"looking for new jersey", "I'm looking for new jersey", false},
		{"dead on arrival", "It was ‘dead on arrival’ in the House", true},
		{"in the House today", "It was ‘dead on arrival’ in the House today", false},
	} {
		if got := nestedIn(c.short, c.long); got != c.want {
			t.Errorf("nestedIn(%q, %q) = %v", c.short, c.long, got)
		}
	}
}

func TestQuotationOfSeveralParagraphs(t *testing.T) {
	qs := extract("The vote was close.\n``Publicly, the members defend the plan,'' said Ross Baker, a professor at Rutgers. ``But privately, they are angry and worried.\n``It is a case of the ship leaving the sinking rats.''\nOthers disagreed.\n``Nobody saw this coming in the spring.''")
	wantSpeakers(t, qs, map[string]string{
		"but privately":   "Ross Baker",
		"ship leaving":    "Ross Baker", // opens the paragraph after one left open
		"nobody saw this": "",           // the one before was closed
	})
}
