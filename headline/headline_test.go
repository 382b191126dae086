package headline

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/precis-news/precis/text"
)

func TestTrim(t *testing.T) {
	for _, c := range []struct{ rule, in, want string }{
		{"short sentences keep every word but the stop",
			"The mayor closed the old bridge.", "The mayor closed the old bridge"},
		{"a day of the week and the article before the subject",
			"The council voted on Tuesday night to close the harbor bridge for repairs.",
			"Council voted to close the harbor bridge for repairs"},
		{"a day that ends a clause leaves its comma",
			"The airline sued the regulator today, challenging the fine it was handed in March for delays.",
			"Airline sued the regulator, challenging the fine it was handed in March for delays"},
		{"a day inside a name stays",
			"Shoppers crowded the malls of Ohio on Black Friday as the season opened early.",
			"Shoppers crowded the malls of Ohio on Black Friday as the season opened early"},
		{"an opening adjunct before the main clause",
			"With the river still rising after a week of rain, engineers opened the dam's spillway.",
			"Engineers opened the dam's spillway"},
		{"a time counted from an event",
			"Ten years after the mine closed, the town voted to turn the pit into a lake.",
			"Town voted to turn the pit into a lake"},
		{"a participle's phrase",
			"Citing a shortage of nurses, the hospital closed its night clinic in the old town.",
			"Hospital closed its night clinic in the old town"},
		{"a gerund that is the subject opens no adjunct",
			"Eating nuts has been linked to a number of health benefits, such as a reduced risk of obesity.",
			"Eating nuts has been linked to a number of health benefits"},
		{"\"no matter\" opens an adjunct",
			"No matter which holiday you observe at the end of the year, a new release of the film is a gift to fans.",
			"New release of the film is a gift to fans"},
		{"a list inside the adjunct is passed over",
			"With votes in Iowa, Ohio, and Maine still counted, the senator declined to concede the race.",
			"Senator declined to concede the race"},
		{"a pronoun after the adjunct keeps it",
			"After the vote, she told reporters the bill would pass the senate within a week.",
			"After the vote, she told reporters the bill would pass the senate"},
		{"an opening attribution with that",
			"Prosecutors in the capital said that a former minister took bribes from a shipping firm.",
			"Former minister took bribes from a shipping firm"},
		{"an opening sequel with that",
			"The result is that much of the cost of the storm will not be borne by insurance companies.",
			"Much of the cost of the storm will not be borne by insurance companies"},
		{"a sequel with a pronoun after it keeps it",
			"The upshot was that they had to rebuild the whole bridge from scratch in a year.",
			"Upshot was that they had to rebuild the whole bridge from scratch"},
		{"a closing attribution",
			"The storm destroyed more than 300 homes along the coast, officials said Monday.",
			"Storm destroyed more than 300 homes along the coast"},
		{"an apposition after the subject",
			"Maria Costa, the company's founder and chief executive, will step down at the end of the year.",
			"Maria Costa will step down at the end of the year"},
		{"an insertion goes on over an address",
			"Dr. Ana Ruiz, a surgeon with a practice in suburban Albany, N.Y., returned home from the clinic.",
			"Dr. Ana Ruiz returned home from the clinic"},
		{"an insertion that is a list stays",
			"Dock workers, nurses, teachers, bus drivers, pilots and cooks marched.",
			"Dock workers, nurses, teachers, bus drivers, pilots and cooks marched"},
		{"a list of names inside the opening phrase",
			"As the leaders of Chile, Peru, Bolivia and Ecuador agreed to meet in Lima to settle the dispute, fishermen blocked the port.",
			"Fishermen blocked the port"},
		{"an opening phrase goes on past \"as well as\"",
			"As finance ministers from the richest economies, as well as from the poorest, gathered for talks, the central bank raised its rates by half a point.",
			"Central bank raised its rates by half a point"},
		{"no cut inside \"as well as\"",
			"Dock workers, nurses and teachers from towns in the north as well as drivers marched through the capital on a cold morning.",
			"Dock workers, nurses and teachers from towns in the north"},
		{"a date in the opening phrase",
			"On December 14, 2012, a gunman killed 26 people at a school in Newtown.",
			"Gunman killed 26 people at a school in Newtown"},
		{"no insertion is looked for in an opening phrase",
			"Capping a year of late, rushed votes, the senate passed the budget on Saturday.",
			"Capping a year of late, rushed votes, the senate passed the budget"},
		{"nor before a date's year",
			"Maria Lopez went missing from Lubbock, Texas on Oct. 21, 2016.",
			"Maria Lopez went missing from Lubbock, Texas on Oct. 21, 2016"},
		{"an age",
			"Jonas Berg, 41, won the race for the third time.",
			"Jonas Berg won the race for the third time"},
		{"a capitalized apposition is a name and stays, and the role before it goes",
			"The surgeon, Dr. Ana Ruiz, was honored by the city for her work.",
			"Dr. Ana Ruiz was honored by the city for her work"},
		{"a parenthesis; The before a name in capitals stays",
			"The Popular Front (PF) won 40 seats (out of 120) in the vote.",
			"The Popular Front won 40 seats in the vote"},
		{"a name with The stays",
			"The Hague hosted the talks.", "The Hague hosted the talks"},
		{"a long sentence ends where a phrase ends",
			"Rescue teams searched through the night for eleven miners trapped by a flood in a coal mine in the north of the province.",
			"Rescue teams searched through the night for eleven miners trapped"},
		{"a clause's opener is preferred to a preposition",
			"Farmers blocked the main roads into the capital with tractors, demanding lower fuel taxes and cheaper loans from banks.",
			"Farmers blocked the main roads into the capital with tractors"},
		{"a clause that ends at a comma two words past the limit is kept whole",
			"A fire turned a crowded dance hall in the old port into a trap, killing 60 people and injuring 190.",
			"Fire turned a crowded dance hall in the old port into a trap"},
		{"past the limit, a list's comma ends no title",
			"Beachgoers returned to the ocean after two young swimmers lost limbs in separate, unprovoked shark attacks.",
			"Beachgoers returned to the ocean after two young swimmers lost limbs"},
		{"past the limit, only a comma ends the title",
			"The ministers of the northern provinces agreed to share the costs of the new bridge across the bay with the port.",
			"Ministers of the northern provinces agreed to share the costs"},
		{"a clause's opener ends the title",
			"Investors sold shares of European banks heavily amid fears that Greek Italian Spanish Portuguese debts would default.",
			"Investors sold shares of European banks heavily"},
		{"a list ends before its last item",
			"Dock workers, nurses, teachers, bus drivers, train drivers, pilots, cooks, cleaners and porters marched through Lisbon.",
			"Dock workers, nurses, teachers, bus drivers, train drivers, pilots, cooks, cleaners"},
		{"no phrase ends in time: the cut is marked",
			"Ministers Anna Berg Jonas Lund Eva Holm Per Nyberg Lars Ek Karin Sjö met again quietly.",
			"Ministers Anna Berg Jonas Lund Eva Holm Per Nyberg Lars Ek Karin…"},
		{"a quotation in typewriter marks is whole, without its attribution",
			"``We will rebuild the bridge over the river in the old town before winter,'' the mayor said.",
			"``We will rebuild the bridge over the river in the old town before winter''"},
		{"a dash before the story, left where a credit was cut",
			"— a rancher shot a wolf that was found in a pasture with his cattle.",
			"Rancher shot a wolf that was found in a pasture with his cattle"},
		{"a place set off by a dash",
			"Washington – the chairman of the committee resigned after a vote of no confidence.",
			"Chairman of the committee resigned after a vote of no confidence"},
		{"an aside between two dashes is left out, and its first dash is no place's",
			"The crowd — real people, not movie reviewers — stood patiently in line for the midnight screening.",
			"Crowd stood patiently in line for the midnight screening"},
		{"dashes of two kinds set off no aside",
			"The city police said - the arrests in Quebec — 2,500 and more, add costs.",
			"City police said - the arrests in Quebec — 2,500 and more, add costs"},
		{"an aside that ends a sentence is none",
			"Chef rips critic -- she's a scam artist! Bourdain -- on Friday.",
			"Chef rips critic -- she's a scam artist! Bourdain"},
		{"abbreviations keep their stops",
			"Troops left the U.S.", "Troops left the U.S."},
		{"no title ends with the one word that opens a participle's phrase",
			"Suicide bombers struck a crowded open-air bazaar Tuesday, setting off blasts that killed both attackers, wounded 19 shoppers and passersby and delayed the vote.",
			"Suicide bombers struck a crowded open-air bazaar"},
		{"a clause of seven words only when nothing longer ends well",
			"Seven leaders of the banned separatist movement, which staged the deadliest bombing campaign Spain's capital had ever seen, were freed.",
			"Seven leaders of the banned separatist movement"},
		{"an adjective in -ing before its noun is no clause's opener",
			"The committee weighed new, troubling evidence that the contractor had billed the city twice for the same work.",
			"Committee weighed new, troubling evidence that the contractor had billed the city…"},
		{"a time's colon is no clause's end",
			"The mayor will address reporters at city hall in the morning at 10: 30 a.m. about the budget shortfall.",
			"Mayor will address reporters at city hall in the morning"},
		{"a quotation's comma goes with what it closed before",
			"“Welcome aboard the first flight from the new island airport, bound for the capital,” the captain said over the loudspeaker.",
			"“Welcome aboard the first flight from the new island airport, bound for the capital”"},
		{"text in small letters",
			"the council of europe on friday urged members to ratify the treaty on violence against women.",
			"Council of europe urged members to ratify the treaty on violence against women"},
		{"a verb's particle stays with it",
			"Engineers did everything right in fitting the entertainment system switched off last month in the wake of the crash.",
			"Engineers did everything right in fitting the entertainment system switched off last…"},
		{"a comma before a closing quotation mark ends no opening phrase",
			`During the night the crews on the ridge will stay in place, " the agency said.`,
			"During the night the crews on the ridge will stay in place"},
		{"items of a list set off by dashes are no aside",
			"Among the new findings: -- two cracks that had gone unnoticed for years -- and the bolt that held them -- have worried the engineers.",
			"Among the new findings: -- two cracks that had gone unnoticed"},
		{"an adverb's phrase between commas inside a clause",
			"The board said Tuesday that it would suspend, at least temporarily, the payments to its former chief executive.",
			"Board said that it would suspend the payments to its former chief executive"},
		{"an aside of one adverb",
			"The mayor said, however, that the bridge would stay closed until engineers had checked every pier.",
			"Mayor said that the bridge would stay closed until engineers had checked every pier"},
		{"adverbs in a list stay",
			"The orchestra played quickly, quietly, and without a conductor for the whole of the second half.",
			"Orchestra played quickly, quietly, and without a conductor for the whole"},
		{"a subject's cut two words on, to keep its verb",
			"Much of the cost of the new stadium in the capital will be paid by the city's taxpayers.",
			"Much of the cost of the new stadium in the capital will be paid"},
		{"a list is no role and its name",
			"The rivers, lakes, and streams of the region were frozen by the cold.",
			"Rivers, lakes, and streams of the region were frozen by the cold"},
		{"a cut where no phrase ends near leaves no word that leads on",
			"The governor is pledging that the state police will remain loyal to the elected council and its leader for ever and ever.",
			"Governor is pledging that the state police will remain loyal…"},
		{"an attribution before a pronoun with a verb run into it stays",
			"Police chief Ana Ruiz said that she'd resign if the audit found that officers had lied about the raid.",
			"Police chief Ana Ruiz said that she'd resign"},
	} {
		if got := Trim(c.in, 12); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.rule, got, c.want)
		}
	}
}

func TestClipLeavesNoWordThatLeadsOn(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Shoppers in the old town market were told that the stalls will close at the end of May", "Shoppers in the old town market were told that the stalls…"},
		{"Rangers in the national park counted more wolves this winter — and they could count", "Rangers in the national park counted more wolves this winter…"},
		{`Fans of the band waited in the rain outside the hall for " the last show " tonight`, `Fans of the band waited in the rain outside the hall…`},
		{`The crowd sang along to " the last show " as the band played on and on`, `The crowd sang along to " the last show "…`},
	} {
		if got := clip(strings.Fields(c.in), 12); got != c.want {
			t.Errorf("clip(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTitleStandsOnItsOwn(t *testing.T) {
	for _, c := range []struct {
		in    string
		whole bool
	}{
		{"The storm destroyed more than 300 homes along the coast, officials said Monday.", true},
		{"The crash of a small cargo plane into the side of a hill near the airport has closed the runway.", true},
		{"Police chief Ana Ruiz said that she'd resign if the audit found that officers had lied about the raid.", true},
		{"北京市政府周一宣布，新的地铁十九号线将于明年六月开通运营。", true},
		{`"I never saw the boat coming," the fisherman told the inquiry on Monday.`, false},
		{"We have closed this account so that we are able to give every dollar to the family.", false},
		{"They're gambling that poker can be a much bigger business than the casinos think.", false},
		{"There are no answers yet as to why the ferry turned back toward the harbor.", true},
		{"Our thoughts and prayers are with his family and friends at this difficult time.", false},
		{"", false},
	} {
		if title, whole := Title(c.in, 12); whole != c.whole || title != Trim(c.in, 12) {
			t.Errorf("Title(%q) = %q, %v; want %q, %v", c.in, title, whole, Trim(c.in, 12), c.whole)
		}
	}
}

func TestTrimOtherScripts(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Chinese: a sentence of 30 characters or fewer is the title, without
		// its stop; a longer one is cut where a clause ends, or else marked.
		{"北京市政府周一宣布，新的地铁十九号线将于明年六月开通运营。", "北京市政府周一宣布，新的地铁十九号线将于明年六月开通运营"},
		{"北京市政府周一宣布，新的地铁十九号线将于明年六月开通运营，全长三十二公里，设车站十八座。", "北京市政府周一宣布，新的地铁十九号线将于明年六月开通运营"},
		{"北京市政府周一宣布新的地铁十九号线将于明年六月开通运营全长三十二公里设车站十八座。", "北京市政府周一宣布新的地铁十九号线将于明年六月开通运营全长三…"},
		// Thai and Khmer count clusters (text.Clustered), and cut at a space.
		{"นายกรัฐมนตรีเดินทางไปเยือนเชียงใหม่เมื่อวันจันทร์ เพื่อตรวจสอบความเสียหายจากน้ำท่วมที่เกิดขึ้นเมื่อสัปดาห์ที่แล้ว", "นายกรัฐมนตรีเดินทางไปเยือนเชียงใหม่เมื่อวันจันทร์"},
		{"មនុស្សដប់នាក់បានស្លាប់ដោយសារទឹកជំនន់នៅខេត្តបាត់ដំបង។", "មនុស្សដប់នាក់បានស្លាប់ដោយសារទឹកជំនន់នៅខេត្តបាត់ដំបង"},
		{"Президент России в понедельник провёл совещание с членами правительства по вопросам экономики и бюджета страны.",
			"Президент России в понедельник провёл совещание с членами правительства по вопросам экономики…"},
		{"", ""},
	} {
		if got := Trim(c.in, 12); got != c.want {
			t.Errorf("Trim(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// checkTitle checks what every title must be: within its length, and
// made of the sentence's own words in their order.
func checkTitle(t *testing.T, in, got string, max int) {
	t.Helper()
	if !utf8.ValidString(got) && utf8.ValidString(in) {
		t.Fatalf("Trim(%q) = %q: invalid UTF-8", in, got)
	}
	if text.Words(in) != len(strings.Fields(in)) {
		max = int(float64(max) * unitScale) // characters or clusters are words
	}
	if n := text.Words(got); n > max+2 {
		t.Fatalf("Trim(%q) = %q: %d words", in, got, n)
	}
	norm := func(s string) string {
		return strings.ToLower(strings.ToUpper(s)) // "ı" is capitalized as "I"
	}
	src := norm(in)
	for _, w := range strings.Fields(strings.TrimSuffix(got, "…")) {
		w = norm(w)
		w = strings.TrimRight(w, ".,;:—-…\"”’'") // (a quotation closed after its comma keeps its mark)
		i := strings.Index(src, w)
		if i < 0 {
			t.Fatalf("Trim(%q) = %q: %q is not in the sentence, in order", in, got, w)
		}
		src = src[i+len(w):]
	}
}

func TestTrimKeepsTheSentencesWords(t *testing.T) {
	for _, s := range []string{
		"The council voted on Tuesday night to close the harbor bridge for repairs.",
		"Jonas Berg, 41, won the race for the third time, his coach said on Sunday.",
		"(AP) — In the north, after days of fighting (and a truce that failed), the army, led by a general, took the town on Monday, officials said.",
		"a , b , c , d , e , f , g , h , i , j , k , l , m , n",
		"The the the the the the the the the the the the the the",
	} {
		checkTitle(t, s, Trim(s, 12), 12)
	}
}

func FuzzTrim(f *testing.F) {
	f.Add("The council voted on Tuesday night to close the harbor bridge for repairs.")
	f.Add("With votes in Iowa, Ohio, and Maine still counted, the senator declined, officials said.")
	f.Add("``We will rebuild,'' the mayor said (on Monday) — today, or tomorrow.")
	f.Add("นายกรัฐมนตรีเดินทางไปเยือนเชียงใหม่เมื่อวันจันทร์ เพื่อตรวจสอบความเสียหาย")
	f.Add("Much of the cost of the new stadium in the capital, at least for now, will be paid, reportedly, by -- us -- and them.")
	f.Fuzz(func(t *testing.T, s string) {
		checkTitle(t, s, Trim(s, 12), 12)
	})
}

func BenchmarkTrim(b *testing.B) {
	leads := []string{
		"The council voted on Tuesday night to close the harbor bridge for repairs after engineers found cracks in two of its piers.",
		"With the river still rising after a week of rain, engineers opened the dam's spillway, officials said.",
		"Maria Costa, the company's founder and chief executive, will step down at the end of the year, the board said in a statement.",
	}
	n := 0
	for _, s := range leads {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range leads {
			Trim(s, 12)
		}
	}
}
