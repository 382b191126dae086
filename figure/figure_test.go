package figure

import (
	"sort"
	"strings"
	"testing"

	"github.com/precis-news/precis/entity"
	"github.com/precis-news/precis/entity/entitytest"
)

func extract(texts ...string) []Figure {
	docs := entitytest.Docs(texts...)
	return Extract(docs, entity.Extract(docs))
}

func findFig(fs []Figure, value string) *Figure {
	for i := range fs {
		if fs[i].Value == value {
			return &fs[i]
		}
	}
	return nil
}

// countFigs counts the figures of a value (and unit, unless empty).
func countFigs(fs []Figure, value, unit string) int {
	n := 0
	for _, f := range fs {
		if f.Value == value && (unit == "" || f.Unit == unit) {
			n++
		}
	}
	return n
}

func TestConflictAndAgreement(t *testing.T) {
	fs := extract(
		"The earthquake killed 2,300 people in the province, officials said.",
		"At least 2,310 people were killed by the earthquake.",
		"Rescuers said hundreds of people died when the quake struck.",
		"The government put the death toll at 1,500 people killed.",
	)
	a := findFig(fs, "2,300")
	if a == nil || strings.Join(a.Sources, ",") != "d1,d2" {
		t.Fatalf("2,300 and 2,310 should agree: %+v", fs)
	}
	var conflicts []string
	for _, c := range a.Conflicts {
		conflicts = append(conflicts, c.Value)
	}
	if strings.Join(conflicts, ",") != "hundreds,1,500" && strings.Join(conflicts, ",") != "1,500,hundreds" {
		t.Errorf("2,300 conflicts with %v, want hundreds and 1,500", conflicts)
	}
	if h := findFig(fs, "hundreds"); h == nil || !h.Vague || h.Unit != "people killed" {
		t.Errorf("hundreds: %+v", h)
	}
}

func TestVagueInsideRangeAgrees(t *testing.T) {
	fs := extract("Hundreds of soldiers were captured.", "The rebels captured 450 soldiers.")
	if f := findFig(fs, "450"); f == nil || len(f.Conflicts) != 0 {
		t.Errorf("450 inside 'hundreds' should not conflict: %+v", fs)
	}
}

func TestDifferentEventsAndUnits(t *testing.T) {
	fs := extract(
		"Militants executed 1,700 soldiers, the group claimed. Six soldiers were killed in a separate attack.",
		"The convoy travelled 120 miles (200 kilometers) north.",
		"The aid package is worth $2.5 billion, the ministry said.",
		"Donors pledged $2.5 billion.",
	)
	if f := findFig(fs, "1,700"); f == nil || len(f.Conflicts) != 0 || !f.Disputed {
		t.Errorf("1,700 executed vs six killed are different quantities; the claim is disputed: %+v", f)
	}
	if f := findFig(fs, "120"); f == nil || len(f.Conflicts) != 0 {
		t.Errorf("a distance given in two units is no conflict: %+v", f)
	}
	if f := findFig(fs, "$2.5 billion"); f == nil || f.Unit != "dollars" || len(f.Sources) != 2 {
		t.Errorf("money: %+v", fs)
	}
}

func TestClaimant(t *testing.T) {
	fs := extract("Boko Haram said it kidnapped 300 students from the school. The figure could not be verified.")
	f := findFig(fs, "300")
	if f == nil || !f.Disputed || f.Claimant != "Boko Haram" {
		t.Errorf("claimed figure: %+v", fs)
	}
}

func TestNoFigures(t *testing.T) {
	if fs := extract("Nothing was counted here.", ""); len(fs) != 0 {
		t.Errorf("figures from nothing: %+v", fs)
	}
}

func TestBackgroundAndOtherEvents(t *testing.T) {
	fs := extract(
		"The fire killed 60 people, police said.",
		"Only 14 bodies had been identified by Friday. In 1978, 20 people died in a fire at a hotel in the same town.",
		"The dance hall was 30 meters from the exit.",
		"The river is 200 meters from the dance hall.",
	)
	if f := findFig(fs, "60"); f == nil || len(f.Conflicts) != 0 {
		t.Errorf("60 killed conflicts with an identification count or a 1978 fire: %+v", f)
	}
	if f := findFig(fs, "30"); f == nil || len(f.Conflicts) != 0 {
		t.Errorf("two different distances conflict: %+v", f)
	}
}

func TestCountsWithoutNoun(t *testing.T) {
	fs := extract("The blast killed 12, police said.", "The death toll rose to 19 on Tuesday.")
	a, b := findFig(fs, "12"), findFig(fs, "19")
	if a == nil || b == nil || a.Unit != "people killed" || len(a.Conflicts) != 1 || a.Conflicts[0].Value != "19" {
		t.Errorf("tolls without a noun: %+v", fs)
	}
}

func TestMoneyConflictsOnlyWithItsKind(t *testing.T) {
	fs := extract(
		"The IMF is preparing a $20 billion loan for Brazil.",
		"A ticket to the final costs $40. The fund's loan to Brazil will be $30 billion, officials said.",
		"The IMF has made loans totaling $100 billion this year.",
	)
	if f := findFig(fs, "$40"); f == nil || len(f.Conflicts) != 0 {
		t.Errorf("a ticket's price conflicts with a loan: %+v", f)
	}
	f := findFig(fs, "$20 billion")
	if f == nil || len(f.Conflicts) != 1 || f.Conflicts[0].Value != "$30 billion" {
		t.Errorf("two sizes of one loan should conflict, and a year's total is another sum: %+v", f)
	}
}

func TestFractionsAndUnitsOfTime(t *testing.T) {
	fs := extract(
		"The war ended 2 ½ years ago.",
		"The war ended 2½ years ago.",
		"The war ended 2 1/2 years ago. The talks lasted 2 days.",
		"He was jailed for 2 years.",
	)
	f := findFig(fs, "2 ½")
	if f == nil || strings.Join(f.Sources, ",") != "d1,d2,d3" {
		t.Fatalf("2 ½, 2½ and 2 1/2 years are one figure: %+v", fs)
	}
	if findFig(fs, "2") == nil || countFigs(fs, "2", "years") != 1 || countFigs(fs, "2", "days") != 1 {
		t.Errorf("2 days, 2 years and 2 ½ years are three figures: %+v", fs)
	}
}

func TestConvertedUnits(t *testing.T) {
	fs := extract(
		"The storm moved 120 miles (200 kilometers) inland.",
		"The storm travelled 193 kilometers inland before it weakened.",
		"The fence stands 30 metres from the road, and the town lies 30 km away.",
	)
	f := findFig(fs, "120")
	if f == nil || f.Also != "200 kilometers" || strings.Join(f.Sources, ",") != "d1,d2" {
		t.Errorf("120 miles (200 kilometers) and 193 kilometers are one figure: %+v", fs)
	}
	if g := findFig(fs, "200"); g != nil {
		t.Errorf("the conversion in parentheses listed on its own: %+v", g)
	}
	if n := countFigs(fs, "30", ""); n != 2 {
		t.Errorf("30 metres and 30 km are two figures, got %d: %+v", n, fs)
	}
}

func TestCurrenciesAndVehiclesAreKinds(t *testing.T) {
	fs := extract(
		"The EU pledged €5 million in aid. Rebels destroyed two tanks.",
		"Washington pledged $5 million in aid. Two aircraft were lost.",
		"The US promised $9 million in aid.",
	)
	eur, usd := findFig(fs, "€5 million"), findFig(fs, "$5 million")
	if eur == nil || usd == nil || len(eur.Conflicts) != 0 {
		t.Errorf("€5 million and $5 million are two sums, and euros do not conflict with dollars: %+v", fs)
	}
	if usd != nil && (len(usd.Conflicts) != 1 || usd.Conflicts[0].Value != "$9 million") {
		t.Errorf("$5 million and $9 million of aid conflict: %+v", usd)
	}
	if countFigs(fs, "two", "tanks") != 1 || countFigs(fs, "two", "aircraft") != 1 {
		t.Errorf("two tanks and two aircraft are two figures: %+v", fs)
	}
}

func TestTollsInDifferentPlacesDoNotConflict(t *testing.T) {
	fs := extract(
		"In Romania, at least 21 people died from the cold over the weekend.",
		"In Poland, 36 people died of the cold, police said.",
		"The cold wave has killed 30 people in Poland, officials said.",
	)
	ro, pl := findFig(fs, "at least 21"), findFig(fs, "36")
	if ro == nil || pl == nil {
		t.Fatalf("figures: %+v", fs)
	}
	if len(ro.Conflicts) != 0 {
		t.Errorf("a toll in Romania conflicts with tolls in Poland: %+v", ro)
	}
	if len(pl.Conflicts) != 1 || pl.Conflicts[0].Value != "30" {
		t.Errorf("two tolls for Poland should conflict: %+v", pl)
	}
}

func TestNumberWordsOpeningASentence(t *testing.T) {
	fs := extract(
		"Six soldiers were killed in the attack on Tuesday.",
		"Officials said six soldiers were killed near the border.",
		"Hundreds of people fled the town.",
	)
	if f := findFig(fs, "six"); f == nil || strings.Join(f.Sources, ",") != "d1,d2" {
		t.Errorf("\"Six soldiers\" opening a sentence and \"six soldiers\" are one figure, in lower case: %+v", fs)
	}
	if findFig(fs, "Six") != nil || findFig(fs, "Hundreds") != nil || findFig(fs, "hundreds") == nil {
		t.Errorf("a number word keeps its sentence-initial capital: %+v", fs)
	}
}

// Each doubt word puts the figure of its sentence in doubt, however it is
// capitalized; the first fourteen do so from the sentence after it too.
func TestDoubtWordsInAnyCase(t *testing.T) {
	plain := entity.NewDoc("d", "Officials said 40 people died in the attack.").Sentences[0]
	if d, _ := doubt(plain, "The toll rose on Monday."); d {
		t.Fatal("a plain sentence is in doubt")
	}
	for i, w := range doubtWords {
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			s := entity.NewDoc("d", "Officials said 40 people died, "+form+" by others.").Sentences[0]
			if d, _ := doubt(s, ""); !d {
				t.Errorf("%q does not put its sentence in doubt", form)
			}
			if d, _ := doubt(plain, "That figure was "+form+"."); d != (i < 14) {
				t.Errorf("%q in the next sentence: doubt %v, want %v", form, d, i < 14)
			}
		}
	}
}

func TestBoundsAreRanges(t *testing.T) {
	fs := extract(
		"The bombings killed 224 people, officials said.",
		"More than 200 people were killed in the attacks.",
		"The attacks, in which more than 250 people were killed, shocked the region.",
		"At least 26 people were killed, police said.",
		"The bomb killed 40 people.",
		"Up to 500 people were killed, a witness said.",
	)
	values := func(f *Figure) string {
		var vs []string
		for _, c := range f.Conflicts {
			vs = append(vs, c.Value)
		}
		sort.Strings(vs)
		return strings.Join(vs, ",")
	}
	exact, over200, over250 := findFig(fs, "224"), findFig(fs, "more than 200"), findFig(fs, "more than 250")
	least26, upTo := findFig(fs, "at least 26"), findFig(fs, "up to 500")
	if exact == nil || over200 == nil || over250 == nil || least26 == nil || upTo == nil {
		t.Fatalf("a bound is part of the figure's value, in lower case at a sentence's start: %+v", fs)
	}
	// 224 is more than 200, at least 26 and up to 500, but not more than 250
	if got := values(exact); got != "40,more than 250" {
		t.Errorf("224 conflicts with %q, want 40 and more than 250", got)
	}
	if got := values(over200); got != "40" {
		t.Errorf("more than 200 conflicts with %q, want only 40", got)
	}
	if got := values(least26); got != "" {
		t.Errorf("at least 26 conflicts with %q: every other figure is 26 or more", got)
	}
	if got := values(upTo); got != "" {
		t.Errorf("up to 500 conflicts with %q: every other figure is 500 or fewer", got)
	}
	if exact.Vague || over200.Vague {
		t.Errorf("a number with a bound is not an order of magnitude: %+v %+v", exact, over200)
	}
}

func TestTollsTenTimesApartAreTwoTolls(t *testing.T) {
	fs := extract(
		"The bombings of the two embassies killed 224 people.",
		"The bomb, which killed 11 people, was carried by a truck.",
		"The blasts killed 213 people, officials said.",
	)
	eleven, all := findFig(fs, "11"), findFig(fs, "224")
	if eleven == nil || all == nil {
		t.Fatalf("figures: %+v", fs)
	}
	if len(eleven.Conflicts) != 0 {
		t.Errorf("11 killed is another toll than 224 killed, not a conflicting report: %+v", eleven)
	}
	if len(all.Conflicts) != 0 {
		t.Errorf("224 and 213 killed are within 10%%: %+v", all)
	}
}

func TestBoundOnASum(t *testing.T) {
	fs := extract(
		"The IMF offered more than $2 billion in aid.",
		"The fund pledged $2.5 billion in aid.",
		"Officials said $1 billion in aid was agreed.",
	)
	f := findFig(fs, "more than $2 billion")
	if f == nil {
		t.Fatalf("no figure \"more than $2 billion\": %+v", fs)
	}
	if len(f.Conflicts) != 1 || f.Conflicts[0].Value != "$1 billion" {
		t.Errorf("more than $2 billion agrees with $2.5 billion and conflicts with $1 billion: %+v", f.Conflicts)
	}
}

func TestUnitAfterAHyphenCountsInThePlural(t *testing.T) {
	fs := extract(
		"The nine-month inquiry ended. A 550-seat parliament was elected, and a three-feet wall fell.",
		"The inquiry lasted nine months. Officials built a 1-meter wall.",
	)
	if f := findFig(fs, "nine"); f == nil || f.Unit != "months" {
		t.Errorf("a nine-month inquiry counts nine months: %+v", fs)
	}
	if countFigs(fs, "550", "seats") != 1 || countFigs(fs, "three", "feet") != 1 || countFigs(fs, "1", "meter") != 1 {
		t.Errorf("550-seat is 550 seats, three-feet stays feet, 1-meter stays one meter: %+v", fs)
	}
}

func TestDoubtIsATollsOrASums(t *testing.T) {
	fs := extract(
		"Chile said it would protest, arguing that the 82-year-old senator has diplomatic immunity.",
		"Assailants killed three soldiers in the disputed territory of East Timor.",
		"Hamas claimed responsibility for the attack, the second since the accord was signed two weeks ago.",
		"The fire claimed the lives of 60 people.",
		"Embassies in Moscow said they were checking on reports the four men had been killed.",
	)
	for _, v := range []string{"82", "three", "two", "60"} {
		if f := findFig(fs, v); f == nil || f.Disputed || f.Claimant != "" {
			t.Errorf("%s is reported, not disputed: %+v", v, f)
		}
	}
	if f := findFig(fs, "four"); f == nil || !f.Disputed || f.Claimant != "" {
		t.Errorf("\"reports the four men had been killed\" is doubtful, and Moscow claims nothing: %+v", f)
	}
}

func TestANumberAfterAnEventVerbCountsTheNounAfterIt(t *testing.T) {
	fs := extract(
		"The gunman shot two deputies before he fled.",
		"Police seized two computers and a camera. The blast killed 12, officials said.",
		"He used e-mail to send 18 copies of the documents abroad.",
	)
	if countFigs(fs, "two", "deputies shot") != 1 || countFigs(fs, "two", "computers captured") != 1 || countFigs(fs, "18", "copies sent") != 1 {
		t.Errorf("the number counts the noun after it: %+v", fs)
	}
	if countFigs(fs, "12", "people killed") != 1 {
		t.Errorf("a number alone after \"killed\" counts people: %+v", fs)
	}
}

// Those who hold a vigil are not held; those a clause after "after"
// counts did not suffer what the clause before it tells.
func TestHeldAndSubordinateClauses(t *testing.T) {
	wantUnits(t, []unitCase{
		{"More than 100 people held a candlelight vigil outside the embassy.", "more than 100", "people"},
		{"More than 100 people were held in the stadium overnight.", "more than 100", "people captured"},
		{"Rebels said 20 soldiers held hostage would be freed.", "20", "soldiers captured"},
		{"The four engineers were taken hostage after 20 men in camouflage attacked the house.", "20", "men"},
		{"Police said 12 people died when the bus overturned.", "12", "people killed"},
	})
}

// unitCase is a sentence, a figure's value in it and the unit it should
// have.
type unitCase struct{ text, value, unit string }

// wantUnits checks each case's figure and unit.
func wantUnits(t *testing.T, cases []unitCase) {
	t.Helper()
	for _, c := range cases {
		fs := extract(c.text)
		if f := findFig(fs, c.value); f == nil || f.Unit != c.unit {
			t.Errorf("%q: %s is %+v, want the unit %q", c.text, c.value, f, c.unit)
		}
	}
}

// The places named before a count say whose it is.
func TestWhoseCountIsNamedBeforeIt(t *testing.T) {
	fs := extract(
		"North Korea plans to send 317 athletes to the Asian Games in Thailand.",
		"China will send 596 athletes to Thailand and compete in 32 sports.",
	)
	if f := findFig(fs, "317"); f == nil || len(f.Conflicts) != 0 {
		t.Errorf("North Korea's 317 athletes and China's 596 are two teams: %+v", fs)
	}
	fs = extract(
		"Officials said Thailand will send 317 athletes to the games.",
		"Thailand sent 596 athletes to the games, officials said.",
	)
	if f := findFig(fs, "317"); f == nil || len(f.Conflicts) != 1 {
		t.Errorf("two counts of Thailand's athletes contradict each other: %+v", fs)
	}
}

// A count sent somewhere is named as sent, and is still one quantity with a
// count deployed there.
func TestSentCountsAreNamedAsSent(t *testing.T) {
	fs := extract(
		"China will send 596 athletes to Thailand and compete in 32 sports.",
		"The company dispatched 40 engineers to the plant.",
		"Spain stationed 120 soldiers on the border.",
	)
	for _, c := range []struct{ value, unit string }{{"596", "athletes sent"}, {"40", "engineers sent"}, {"120", "soldiers deployed"}} {
		if f := findFig(fs, c.value); f == nil || f.Unit != c.unit {
			t.Errorf("%s: want the unit %q: %+v", c.value, c.unit, f)
		}
	}
	fs = extract(
		"The Pentagon will send 300 troops to the region.",
		"About 500 troops were deployed to the region, officials said.",
	)
	if f := findFig(fs, "300"); f == nil || len(f.Conflicts) != 1 {
		t.Errorf("troops sent and troops deployed are one quantity: %+v", fs)
	}
}

// checkConflict reports an error unless the figures of two articles
// conflict exactly when conflict is set.
// conflictCase is two articles' sentences and whether their figures
// should conflict.
type conflictCase struct {
	a, b     string
	conflict bool
}

func wantConflicts(t *testing.T, cases []conflictCase) {
	t.Helper()
	for _, c := range cases {
		checkConflict(t, c.a, c.b, c.conflict)
	}
}

func checkConflict(t *testing.T, a, b string, conflict bool) {
	t.Helper()
	fs := extract(a, b)
	n := 0
	for _, f := range fs {
		n += len(f.Conflicts)
	}
	if got := n > 0; got != conflict {
		t.Errorf("%q against %q: conflict %v, want %v: %+v", a, b, got, conflict, fs)
	}
}

// A count of a group inside a count of everyone is a part of it, unless it
// is larger; counts of two groups are two counts. "Two of the attackers"
// counts a group.
func TestAGroupInsideEveryoneIsAPart(t *testing.T) {
	wantConflicts(t, []conflictCase{
		{"Gunmen killed at least eight people at the guest-house.", "The gunmen killed five U.N. foreign staff.", false},
		{"Gunmen killed eight people at the guest-house.", "The gunmen killed 12 U.N. staff.", true},
		{"Special forces killed two of the attackers.", "Six people were killed in the attack.", false},
		{"Special forces killed two of them.", "Six people were killed in the attack.", true},
		{"More than two dozen people were injured at the speedway.", "At least 30 fans were injured at the speedway.", false},
		{"Two dozen people were injured at the speedway.", "At least 30 fans were injured at the speedway.", true},
		{"Nearly 280 fewer people were murdered last year.", "The city recorded 762 murders, as 762 people were killed.", false},
		{"The gunman killed four people in a week.", "He shot two deputies before he fled.", false},
		{"The attack killed 12 soldiers.", "The attack killed 30 militants.", false},
		{"Officials said 30 militants were killed.", "The army said 12 insurgents were killed.", true},
		{"The attack killed 12 soldiers.", "The attack killed 20 troops.", true},
		{"The blast killed 11 women.", "The blast killed 30 children.", false},
		{"The storms killed at least 129 people.", "The dead included 71 people in Catanduanes.", false},
		{"The storms killed at least 129 people.", "The dead included 71 people who died in landslides and 41 people who drowned.", false},
		{"The bombings killed 224 people, including 12 Americans.", "The bombings killed 30 people.", true},
	})
}

// A later item of a list after "included" is a part too, unless
// punctuation closes the list first.
func TestListsOfParts(t *testing.T) {
	for text, part := range map[string]bool{
		"The dead included 71 people who died in landslides and 41 people who drowned.": true,
		"Five people, including a child, died and 41 people were hurt.":                 false,
	} {
		if f := findFig(extract(text), "41"); f == nil || f.part != part {
			t.Errorf("%q: 41 is %+v, want part %v", text, f, part)
		}
	}
}

// A sum or a count per period is another quantity than a total.
func TestRatesAreNotTotals(t *testing.T) {
	wantConflicts(t, []conflictCase{
		{"Microsoft expected to earn $120 million a year from the sales.", "Its results included $160 million in earnings.", false},
		{"Sales bring in $120 million a year.", "Annual sales of $160 million were reported.", true},
		{"The company earned $120 million a year ago.", "It reported earnings of $160 million.", true},
		{"The disease kills 30 people a day.", "The disease has killed 400 people.", false},
		{"The gunman killed four people in a week.", "The gunman killed 12 people.", true},
	})
}

// An increment is no total.
func TestIncrementsAreNotTotals(t *testing.T) {
	fs := extract(
		"The agency reported 964 cases, with 603 deaths.",
		"It counted 85 new cases and 68 new deaths in four days.",
		"The army deployed 300 more troops.", "The army has deployed 1,000 troops.",
	)
	for _, v := range []string{"603", "68", "300", "1,000"} {
		if f := findFig(fs, v); f == nil || len(f.Conflicts) != 0 {
			t.Errorf("%s: an increment does not contradict a total: %+v", v, fs)
		}
	}
}

// A toll is a whole number of people, told anywhere earlier in its clause.
func TestTollsAreWholeNumbersInTheirClause(t *testing.T) {
	fs := extract(
		"The death toll from the magnitude-7.8 earthquake has risen slightly to 235.",
		"The death toll from almost three weeks of sub-zero temperatures reached 85 on Saturday.",
		"The toll was not known, and 40 rescuers searched the hills.",
	)
	if f := findFig(fs, "7.8"); f != nil {
		t.Errorf("a magnitude of 7.8 counts no one: %+v", f)
	}
	if countFigs(fs, "235", "people killed") != 1 || countFigs(fs, "85", "people killed") != 1 {
		t.Errorf("a toll told early in the clause: %+v", fs)
	}
	if f := findFig(fs, "40"); f != nil && f.Unit == "people killed" {
		t.Errorf("40 rescuers are in another clause than the toll: %+v", f)
	}
}

// A count bounded to a short span of a longer story is a part of its total;
// a count on a day may be the whole of a one-day event.
func TestCountsInAShortSpanAreParts(t *testing.T) {
	wantConflicts(t, []conflictCase{
		{"In Poland, 36 people died in the cold, police said.", "Army vehicles rescued most drivers, but six people froze to death over the weekend after being trapped in their cars.", false},
		{"The cold has killed 36 people.", "Twelve people died in the past 24 hours.", false},
		{"The fighting has killed 300 people.", "Troops killed 40 people since Friday.", false},
		{"The fighting has killed 300 people.", "On Sunday alone, 40 people were killed.", false},
		{"The cold has killed 36 people.", "Over the weekend, six people froze to death.", false},
		{"A bomb killed 26 people on Monday.", "At least 30 people were killed in the bombing.", true},
		{"The death toll over the weekend rose to 36.", "The storm has killed 20 people.", true},
	})
}

func TestFiguresThatTellMoreComeFirst(t *testing.T) {
	fs := extract(
		"Two years later, the group attacked again. The blast killed 11 people near the port.",
		"He spent two years in prison. The bombing was 30 kilometers from the border.",
		"She worked there for two years. Officials said 96 members were captured in 1996.",
	)
	at := map[string]int{}
	for i, f := range fs {
		at[f.Value+" "+f.Unit] = i
	}
	years, killed, captured := "two years", "11 people killed", "96 members captured"
	if _, ok := at[years]; !ok {
		t.Fatalf("no %q among %v", years, at)
	}
	for _, want := range []string{killed, captured} {
		if i, ok := at[want]; !ok || i > at[years] {
			t.Errorf("%q (one article) comes before %q (three articles, three different spans): %v", want, years, at)
		}
	}
}

// TestShotIsNotKilled: people shot were wounded or killed, so a count of
// the shot does not contradict a toll ("65 people shot, 13 of them
// fatally" against "Thirteen people were killed"), unless the words say
// the shooting killed ("shot dead", "fatally shot", "shot and killed").
func TestShotIsNotKilled(t *testing.T) {
	fs := extract(
		"The weekend saw 65 people shot, 13 of them fatally.",
		"Thirteen people were killed and at least 52 others were wounded in shootings across the city.",
	)
	if countFigs(fs, "65", "people shot") != 1 {
		t.Errorf("65 were shot: %+v", fs)
	}
	for _, f := range fs {
		if len(f.Conflicts) > 0 {
			t.Errorf("%s %s conflicts with %v", f.Value, f.Unit, f.Conflicts)
		}
	}
	fs = extract("Gunmen shot dead four villagers.", "Police fatally shot two men.", "Officers shot and killed three suspects.")
	for _, c := range []struct{ v, unit string }{{"four", "villagers killed"}, {"two", "men killed"}, {"three", "suspects killed"}} {
		if countFigs(fs, c.v, c.unit) != 1 {
			t.Errorf("%s %s: %+v", c.v, c.unit, fs)
		}
	}
}

// A count that does the deed to someone named after the verb is not what
// the deed did: "two men shot him" counts two men, not two shot.
func TestCountsThatDoTheDeed(t *testing.T) {
	wantUnits(t, []unitCase{
		{"Witnesses said two men shot him in the shoulder.", "two", "men"},
		{"Pressure mounted after five officers fatally shot a young man.", "five", "officers"},
		{"Psychologists who tested 135 children found that those who lied did better.", "135", "children"},
		{"The couple abused their 13 children and has sent them away.", "13", "children abused"},
		{"More than 50 people were also wounded, the ministry said.", "more than 50", "people wounded"},
		{"At least 10 people died, the coast guard said.", "at least 10", "people killed"},
		{"Officials said five people killed the day before were buried.", "five", "people killed"},
		{"Three men kidnapped an engineer near the border.", "three", "men"},
		{"He told a dispatcher that two men had fought.", "two", "men"},
		{"Researchers studied more than 4,500 people who had a sudden cardiac arrest.", "more than 4,500", "people"},
	})
}

// A noun before the plural a number counts names it with the plural:
// "two shell casings" are no people.
func TestCompoundNounsAfterACount(t *testing.T) {
	fs := extract("Police recovered two shell casings behind the house.", "The gunman killed four black girls.", "He was convicted 39 times chicago police said.")
	if countFigs(fs, "two", "shell casings identified") != 1 || countFigs(fs, "four", "black girls killed") != 1 {
		t.Errorf("compound nouns: %+v", fs)
	}
	if f := findFig(fs, "39"); f != nil && strings.Contains(f.Unit, "chicago") {
		t.Errorf("\"times\" counts no noun after it: %+v", f)
	}
	// past "of", as after an order of magnitude
	wantUnits(t, []unitCase{
		{"The comet's storm shot thousands of burning streaks over the desert.", "thousands", "burning streaks shot"},
		{"Gunmen killed dozens of border guards at the crossing.", "dozens", "border guards killed"},
	})
}

// A sum is what most of its mentions call it, and the noun right after it
// calls it first: a tax cut that one sentence calls a package is no aid.
func TestASumIsWhatMostMentionsCallIt(t *testing.T) {
	fs := extract(
		"The House passed a $50 billion tax cut last month. The $50 billion tax cut was to be paid for out of the surplus. The Senate never declared the $50 billion package dead.",
		"Without the money, the fund would fall short of the $60 billion it says it needs.",
	)
	for _, f := range fs {
		if len(f.Conflicts) > 0 {
			t.Errorf("%s conflicts with %v", f.Value, f.Conflicts)
		}
	}
	fs = extract("The fund approved a $50 billion rescue package.", "The rescue package of $60 billion was approved by the fund.")
	if f := findFig(fs, "$50 billion"); f == nil || len(f.Conflicts) != 1 {
		t.Errorf("two sizes of one rescue package conflict: %+v", fs)
	}
}

// An age ("the 68-year-old", "68 years old") is no stretch of time: it is
// named as an age and does not agree with a duration of the same number.
func TestAgesAreNoDurations(t *testing.T) {
	wantUnits(t, []unitCase{
		{"The 68-year-old had faced a maximum of 400 years in prison.", "68", "years old"},
		{"He was 68 years old when he died.", "68", "years old"},
		{"A 3-month-old girl was found alive in the rubble.", "3", "months old"},
		{"The 1-year-old was taken to a hospital.", "1", "year old"},
		{"He served a 15-year sentence.", "15", "years"},
		{"The old man had lived there for 15 years.", "15", "years"},
	})
	fs := extract("He abused boys over a 15-year period.", "The 15-year-old told the jury what happened.")
	if countFigs(fs, "15", "years") != 1 || countFigs(fs, "15", "years old") != 1 {
		t.Errorf("a 15-year period and a 15-year-old are two figures: %+v", fs)
	}
}

// Counts of children, teenagers, patients, tourists, inmates and the like
// are counts of people.
func TestMorePeopleAreCounted(t *testing.T) {
	wantUnits(t, []unitCase{
		{"He was convicted of sexually abusing 10 boys over 15 years.", "10", "boys abused"},
		{"The storm killed four tourists near the coast.", "four", "tourists killed"},
		{"Police said 12 inmates escaped through a tunnel.", "12", "inmates"},
		{"Two teenagers were arrested on Friday.", "two", "teenagers captured"},
		{"Three patients died after the power failed.", "three", "patients killed"},
		{"The blast injured two deputies.", "two", "deputies wounded"},
		{"He pulled two teen girls from a rip current.", "two", "girls"},
		{"Fifty-eight girls and 20 boys were infrequent gamers.", "fifty-eight", "girls"},
		{"Twenty three people have been reported dead.", "twenty three", "people killed"},
		{"Neighbors said two adult women and two children lived there.", "two", "women"},
	})
	for _, f := range extract("Hundreds of teen-agers jammed into the hall on Friday.", "He has been deployed four times.") {
		if f.Unit == "teen" || f.Value == "four" {
			t.Errorf("a word joined to the next by a hyphen is no count's noun, and \"times\" counts no one: %+v", f)
		}
	}
	fs := extract("He abused 10 boys, prosecutors said.", "He was convicted of abusing 10 children.")
	if f := findFig(fs, "10"); f == nil || len(f.Sources) != 2 {
		t.Errorf("10 boys and 10 children are one count: %+v", fs)
	}
}

// A bare count with what happened to its people right after it, or after
// its plural noun, counts them: "12 dead and 30 injured", "55 were
// killed", "twelve miners were killed". An age, a share, a date, a name's
// number, a noun after a preposition, a participle with an object after it
// or a deed as often done to things does not.
func TestCountBeforeItsParticiple(t *testing.T) {
	wantUnits(t, []unitCase{
		{"Twelve people were killed and 30 injured in the blast.", "30", "people wounded"},
		{"The blast left 12 dead and more than 40 wounded.", "more than 40", "people wounded"},
		{"Activists said more than 55 were killed in the suburbs.", "more than 55", "people killed"},
		{"All three have been arrested.", "three", "people captured"},
		{"Twelve miners were killed in the explosion.", "twelve", "miners killed"},
		{"At least 29 miners died.", "at least 29", "miners killed"},
		{"One report says 3,197 political opponents died.", "3,197", "political opponents killed"},
		{"He admitted killing hundreds of escobar's enemies.", "hundreds", "people killed"},
	})
	for _, c := range []struct{ text, value string }{
		{"Reed, 53, was arrested on Friday.", "53"},
		{"One in 10 died with debts.", "10"},
		{"The terminal 8 was evacuated as a precaution.", "8"},
		{"Investigators on may 31 recovered a water bottle.", "31"},
		{"A girl aged 10 killed at least 19 people.", "10"},
		{"The 5,043 seized shipments were worth millions.", "5,043"},
		{"The two held talks on Monday.", "two"},
		{"Three miners in the two cars were injured.", "two"},
		{"There are 723 vessels deployed in the gulf.", "723"},
		{"Two fighter jets were shot down near the border.", "two"},
	} {
		if f := findFig(extract(c.text), c.value); f != nil && strings.HasPrefix(f.Unit, "people") {
			t.Errorf("%q: %s counts no people: %+v", c.text, c.value, f)
		}
	}
}

// A number written right after a name names a thing: a model, a flight, a
// road or a share's ticker, not a count.
func TestDesignationsAreNoCounts(t *testing.T) {
	for _, text := range []string{
		"The Boeing 737 aircraft dropped to 10,000 feet with its oxygen masks deployed.",
		"Relatives of the Flight 370 passengers gathered in Beijing.",
		"The three Apollo 11 astronauts were honored.",
		"Shares of Facebook Inc. FB 1.05% rose on Friday.",
	} {
		for _, f := range extract(text) {
			if f.Value == "737" || f.Value == "370" || f.Value == "11" || f.Value == "1.05%" {
				t.Errorf("%q: %s %s is counted", text, f.Value, f.Unit)
			}
		}
	}
	wantUnits(t, []unitCase{
		{"Russia's 21-month war against the rebels went on.", "21", "months"},
		{"He set out for Pakistan 11 years ago.", "11", "years"},
		{"Nearly 300 people were killed.", "nearly 300", "people killed"},
		{"The plane carried 239 passengers.", "239", "passengers"},
		{"REBELS KILL 12 CIVILIANS IN RAID", "12", "civilians killed"},
	})
}

// Multi-News's text sets a currency sign apart from its amount ("$ 9.65
// million"); the sum is the same as one written "$9.65 million".
func TestCurrencySignSetApart(t *testing.T) {
	fs := extract(
		"The townhouse is back on the market for a whopping $ 9.65 million.",
		"The townhouse is listed at $9.65 million, brokers said.",
		"The fund pledged more than £ 2 billion in aid.",
	)
	f := findFig(fs, "$9.65 million")
	if f == nil || f.Unit != "dollars" || len(f.Sources) != 2 {
		t.Errorf("$ 9.65 million and $9.65 million are one sum of dollars from two sources: %+v", fs)
	}
	if g := findFig(fs, "more than £2 billion"); g == nil || g.Unit != "pounds" {
		t.Errorf("more than £ 2 billion is a sum of pounds, written without the space: %+v", fs)
	}
}

// A unit's price (a gallon's, an hour's pay) differs from town to town and
// employer to employer: two such prices are no contradiction, nor is a sum
// asked for against a sum awarded. Two totals of one kind still are.
func TestSumsThatAreNotOneQuantity(t *testing.T) {
	wantConflicts(t, []conflictCase{
		{"Average gasoline prices fell to about $2 a gallon.", "Gas is priced at $1.11 a gallon at one station.", false},
		{"The restaurant adopted the city's $15-an-hour minimum wage.", "She pays servers $25 an hour.", false},
		{"The contract is worth $2 million a year.", "The contract costs the city $3.5 million a year.", true},
		{"The court awarded $3.6 million in damages.", "The court awarded $5.9 million in damages.", true},
		{"Her lawyers had argued for $5.89 million in damages.", "She was awarded $3.6 million in damages.", false},
		{"The suit seeks $5 million in damages.", "The lawsuit seeks $8 million in damages.", true},
	})
}

// The value a change started from is an earlier figure, not a report of the
// current one: it contradicts no later report.
func TestWhereAChangeStartedIsNoReport(t *testing.T) {
	wantConflicts(t, []conflictCase{
		{"His net worth jumped to $43.2 billion from $34.7 billion the previous day.", "Forbes estimates his net worth at $45 billion.", false},
		{"The death toll rose from 45 to 74 on Sunday.", "The cold has killed 72 people.", false},
		{"The toll of the cold is now 74, up from 45 on Friday.", "The cold has killed 72 people.", false},
		{"The death toll rose from 45 to 74 on Sunday.", "The cold has killed 90 people.", true},
		{"The fund received $5 billion from 12 donors.", "The fund received $9 billion in donations.", true},
		{"An earlier death toll of three people was revised after the fighting.", "More than 30 people have been killed.", false},
		{"Police had previously reported 19 people dead.", "Twenty-two people were killed in the bombing.", false},
		{"Police reported 19 people dead.", "Twenty-two people were killed in the bombing.", true},
	})
}

// An order of magnitude takes a bound with its article: "over a dozen" is
// ten or more and contradicts no larger count, "nearly a dozen" is at most
// one, and the value says so.
func TestBoundOfAnOrderOfMagnitude(t *testing.T) {
	wantConflicts(t, []conflictCase{
		{"A strange disease has killed over a dozen people since April.", "At least 18 people have been killed by the disease.", false},
		{"The disease has killed more than a dozen people.", "The disease has killed 30 people.", false},
		{"The disease has killed a dozen people.", "The disease has killed 30 people.", true},
		{"The disease has killed nearly a dozen people.", "The disease has killed 30 people.", true},
	})
	fs := extract("A strange disease has killed over a dozen people since April.", "At least 18 people have been killed by the disease.")
	if findFig(fs, "over a dozen") == nil {
		t.Errorf("figures %+v, want the value %q", fs, "over a dozen")
	}
}

// A dozen is written with its article, which the value keeps: "a dozen
// people", and "half a dozen" is about six, which contradicts no "five".
func TestADozenKeepsItsArticle(t *testing.T) {
	wantUnits(t, []unitCase{
		{"Police said a dozen people were killed in the blast.", "a dozen", "people killed"},
		{"As many as half a dozen people may have been killed by meteors.", "as many as half a dozen", "people killed"},
		{"Half a dozen people were hurt in the crash.", "half a dozen", "people wounded"},
		{"A dozen people were hurt in the crash.", "a dozen", "people wounded"},
	})
	wantConflicts(t, []conflictCase{
		{"Half a dozen people were killed in the blast.", "Five people were killed in the blast.", false},
		{"Half a dozen people were killed in the blast.", "Twelve people were killed in the blast.", true},
	})
}

// A compound whose first word counts people ("death") counts its last:
// "407 death row inmates" are inmates, not 407 deaths.
func TestCompoundUnitBeginningWithAPeopleNoun(t *testing.T) {
	wantUnits(t, []unitCase{
		{"They studied the last words of 407 death row inmates in Texas.", "407", "death row inmates"},
		{"About a dozen death penalty opponents prayed outside the prison.", "a dozen", "death penalty opponents"},
		{"The quake caused 300 deaths in the region.", "300", "deaths"},
	})
}

// A day after its month is a date, in whatever case the text is written:
// "the june 18 death" counts no one.
func TestDayOfTheMonthIsNoCount(t *testing.T) {
	for _, s := range []string{"He is charged with murder in the june 18 death of his son.", "He is charged in the June 18 death of his son.", "June 18 deaths were reported."} {
		if fs := extract(s); len(fs) != 0 {
			t.Errorf("%q: figures %+v, want none", s, fs)
		}
	}
}

// A sum given for one of something reads with it ("$60 a plane", "$15 a
// month") and is no total to set against another sum; a time after a sum
// ("a year ago") or a new phrase ("a new plant") is no rate.
func TestASumReadsWithWhatItIsFor(t *testing.T) {
	fs := extract("The FAA said the cost would be about $60 a plane. He pays $15 a month for the space. He lives on the $40 a day that she earns.",
		"Oil rose to $100 a barrel, and the firm spent $3 million a new plant. The company raised $5 million a year ago.")
	for _, v := range []string{"$60 a plane", "$15 a month", "$40 a day", "$100 a barrel", "$3 million", "$5 million"} {
		if findFig(fs, v) == nil {
			t.Errorf("no figure %q in %+v", v, fs)
		}
	}
	fs = extract("The airline paid $60 a passenger in damages.", "The airline paid $75 in damages.")
	for _, f := range fs {
		if len(f.Conflicts) > 0 {
			t.Errorf("a sum for each passenger and a total conflict: %+v", fs)
		}
	}
}

// Two numbers joined by a hyphen are a range when the second is larger
// ("10-15 people") and a tally or a score otherwise ("the 314-214 vote",
// "won 30-7"), which counts nothing.
func TestRangesAndTallies(t *testing.T) {
	wantUnits(t, []unitCase{
		{"Between 10-15 people were killed in the blast.", "10-15", "people killed"},
		{"He works a 35-40 hour week at the plant.", "35-40", "hour"},
	})
	for _, s := range []string{"The 314-214 vote came after the scandal.", "The Senate voted 52-48 to pass the bill.", "The team won 30-7 at home on Sunday."} {
		if fs := extract(s); len(fs) != 0 {
			t.Errorf("%q: figures %+v, want none", s, fs)
		}
	}
	if f := findFig(extract("Officials said 10-15 people were hurt.", "Officials said 12 people were hurt."), "12"); f == nil || len(f.Conflicts) != 0 {
		t.Errorf("12 is inside the range 10-15: %+v", f)
	}
}

// TestACountThatSaysASizeTakesNoEvent: a count joined to its unit by a
// hyphen before a noun says how large the noun is ("a 96-member body"),
// and the verbs around it tell of something else; but a verb whose object
// the noun is counts its members ("sent a seven-person team").
func TestACountThatSaysASizeTakesNoEvent(t *testing.T) {
	fs := extract(
		"The party held 59 seats in a 96-member body, the historian said.",
		"The mayor was found guilty by a 12-person jury on Friday.",
		"The ministry sent a seven-person team to the region on Monday.",
	)
	for _, c := range []struct{ value, unit string }{{"96", "members"}, {"12", "people"}, {"seven", "people sent"}} {
		if countFigs(fs, c.value, c.unit) != 1 {
			t.Errorf("want %s %s: %+v", c.value, c.unit, fs)
		}
	}
}
