package text

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func sentences(p string) []string {
	var out []string
	for _, sp := range Sentences(p) {
		out = append(out, p[sp.Start:sp.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The army fled. The city fell.", []string{"The army fled.", "The city fell."}},
		{"acronym before name", "A U.S. official said so. He left.", []string{"A U.S. official said so.", "He left."}},
		{"acronym ends sentence", "Troops left the U.S. The war went on.", []string{"Troops left the U.S.", "The war went on."}},
		{"sentence-cased acronym", "Current and former u.s. Officials said the u.s. Is sending fewer experts. U.s. And russian teams met in the u.s. The talks ended.",
			[]string{"Current and former u.s. Officials said the u.s. Is sending fewer experts.", "U.s. And russian teams met in the u.s.", "The talks ended."}},
		{"sentence-cased acronym before an opener", "Taxes are higher than in the u.s. According to bloomberg, that matters.",
			[]string{"Taxes are higher than in the u.s.", "According to bloomberg, that matters."}},
		{"acronym before title", "They withdrew in 2011. U.S. President Barack Obama spoke.", []string{"They withdrew in 2011.", "U.S. President Barack Obama spoke."}},
		{"initial", "Then-President George W. Bush declared victory. Nobody agreed.", []string{"Then-President George W. Bush declared victory.", "Nobody agreed."}},
		{"titles", "Mr. Kerry and Gen. Dempsey met Sen. McCain. Dr. Smith did not.", []string{"Mr. Kerry and Gen. Dempsey met Sen. McCain.", "Dr. Smith did not."}},
		{"decimal", "Prices rose 2.5 percent. Markets fell.", []string{"Prices rose 2.5 percent.", "Markets fell."}},
		{"time", "It began at 9 a.m. Monday and ended at 5 p.m. The talks resume.", []string{"It began at 9 a.m. Monday and ended at 5 p.m.", "The talks resume."}},
		{"quote end", `"We will fight," he said. "We will win." Then he left.`, []string{`"We will fight," he said.`, `"We will win."`, "Then he left."}},
		{"curly quote end", "He said “no.” Later he agreed.", []string{"He said “no.”", "Later he agreed."}},
		{"question lower", `"Why?" she asked. Nobody knew.`, []string{`"Why?" she asked.`, "Nobody knew."}},
		{"question before its speaker", `"Should it be now?" Bachmann asked, on the show. "Why?" John Kerry said. "Stop!" residents shouted. "Who?" Asked for comment, the firm declined.`,
			[]string{`"Should it be now?" Bachmann asked, on the show.`, `"Why?" John Kerry said.`, `"Stop!" residents shouted.`, `"Who?"`, "Asked for comment, the firm declined."}},
		{"spaced question before its speaker", `" why not? " he said. " is it over? " asked kerry in cairo. " who decides? " asked for comment, twitter declined. " no! " The vote is set.`,
			[]string{`" why not? " he said.`, `" is it over? " asked kerry in cairo.`, `" who decides? "`, "asked for comment, twitter declined.", `" no! "`, "The vote is set."}},
		{"question before a titled speaker", `"Why now?" Mr. Smith asked. "Who?" Sen. Elizabeth Warren said. "Where?" Mr. Then it ended.`,
			[]string{`"Why now?" Mr. Smith asked.`, `"Who?" Sen. Elizabeth Warren said.`, `"Where?"`, "Mr. Then it ended."}},
		{"question before a verb that ends the text", `" why? " asked`, []string{`" why? "`, "asked"}},
		{"question before another quotation", `" why? " "because" he said.`, []string{`" why? "`, `"because" he said.`}},
		{"typewriter question before its speaker", "``That's your objection?'' Warden asked. He left.", []string{"``That's your objection?'' Warden asked.", "He left."}},
		{"exclamation name", "Kerry told Yahoo! News that he was open. He was.", []string{"Kerry told Yahoo! News that he was open.", "He was."}},
		{"month", "It happened on Jan. 5 in Paris. Police came.", []string{"It happened on Jan. 5 in Paris.", "Police came."}},
		{"parenthesis", "The group (ISIS) advanced. (It was fast.) Troops fled.", []string{"The group (ISIS) advanced.", "(It was fast.)", "Troops fled."}},
		{"spaced parenthesis after an abbreviation", "Leader nancy pelosi ( d-calif. ) and rep. steve israel objected. The firm ( inc. ) was sold.", []string{"Leader nancy pelosi ( d-calif. ) and rep. steve israel objected.", "The firm ( inc. ) was sold."}},
		{"spaced parenthesis closing a sentence", "The group advanced. ( It was fast. ) Troops fled. He left. ) Then", []string{"The group advanced.", "( It was fast. )", "Troops fled.", "He left.", ") Then"}},
		{"spaced parenthesis over sentences", "( It was fast. They fled. ) instead the city fell.", []string{"( It was fast.", "They fled. ) instead the city fell."}},
		{"no terminal", "A headline without a stop", []string{"A headline without a stop"}},
		{"ellipsis in quote", "He spoke of “the Iraq that we … A free people are back.” Then silence.", []string{"He spoke of “the Iraq that we … A free people are back.”", "Then silence."}},
		{"spaced quote closes", `" we will stay. " he said it twice. " we will win. " then he left.`, []string{`" we will stay. "`, "he said it twice.", `" we will win. "`, "then he left."}},
		{"spaced quote opens", `Troops left. " we will stay, " he said.`, []string{"Troops left.", `" we will stay, " he said.`}},
		{"spaced quote at end", `He said: " we stay. "`, []string{`He said: " we stay. "`}},
		{"non-english", "Die Armee floh. Die Stadt fiel.", []string{"Die Armee floh.", "Die Stadt fiel."}},
		{"arabic question mark", "هل ستنجح المفاوضات؟ وأضاف أن الوفدين اتفقا.", []string{"هل ستنجح المفاوضات؟", "وأضاف أن الوفدين اتفقا."}},
		{"devanagari danda", "सरकार ने योजना की घोषणा की। मंत्री ने कहा।", []string{"सरकार ने योजना की घोषणा की।", "मंत्री ने कहा।"}},
		{"empty", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	toks := Tokenize("Baghdad’s army: U.S. troops, 1,700 dead; al-Maliki wouldn't go (2.5%).")
	var norms []string
	for _, tk := range toks {
		norms = append(norms, tk.Norm)
	}
	want := []string{"baghdad", "army", "us", "troops", "1700", "dead", "al", "maliki", "wouldn't", "go", "2.5"}
	if !reflect.DeepEqual(norms, want) {
		t.Fatalf("norms = %q, want %q", norms, want)
	}
	s := "Baghdad’s army"
	if got := s[toks[0].Start:toks[0].End]; got != "Baghdad’s" {
		t.Errorf("offsets cut %q", got)
	}
	if toks[3].Stem != "troop" || !toks[8].Stop || toks[1].Stop {
		t.Errorf("stem/stop wrong: %+v %+v %+v", toks[3], toks[8], toks[1])
	}
}

func TestAcronymsAreContent(t *testing.T) {
	toks := Tokenize("The U.S. and the US told us that THE PLAN stands.")
	if toks[1].Stop || toks[4].Stop {
		t.Errorf("acronyms flagged as stopwords: %+v %+v", toks[1], toks[4])
	}
	if !toks[6].Stop || !toks[0].Stop {
		t.Errorf("function words not flagged: %+v %+v", toks[6], toks[0])
	}
}

func TestTokenizeNonLatin(t *testing.T) {
	toks := Tokenize("Исламское государство захватило Мосул.")
	if len(toks) != 4 || toks[3].Norm != "мосул" {
		t.Fatalf("got %+v", toks)
	}
}

func TestNormalizeApostrophes(t *testing.T) {
	if Normalize("Shi’ite") != Normalize("Shi'ite") || Normalize("Shi'ite") != "shiite" {
		t.Errorf("apostrophe forms differ: %q %q", Normalize("Shi’ite"), Normalize("Shi'ite"))
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("A U.S. official said so. He left.")
	f.Add("“Quote… A” (x.) ?! ...")
	f.Add(strings.Repeat("Mr. ", 20))
	f.Add("北京。」と「官员表示!好。\xe3\x80")
	f.Add(`" why? " he said. "Stop!" asked Kerry " no! " asked`)
	f.Add("นายกรัฐมนตรีเดินทางไปเยือนเชียงใหม่เมื่อวันจันทร์ เพื่อ 12 คน ខ្មែរ។ ្មြန်\xe0\xb8")
	f.Fuzz(func(t *testing.T, p string) {
		prev := 0
		for _, sp := range Sentences(p) {
			if sp.Start < prev || sp.End < sp.Start || sp.End > len(p) {
				t.Fatalf("bad span %+v after %d in %q", sp, prev, p)
			}
			prev = sp.End
		}
		for _, tk := range Tokenize(p) {
			if tk.Start < 0 || tk.End > len(p) || tk.Start >= tk.End {
				t.Fatalf("bad token %+v in %q", tk, p)
			}
		}
		if n := Words(p) / 2; Words(Cut(p, n)) != n {
			t.Fatalf("Cut(%q, %d) = %q holds %d words", p, n, Cut(p, n), Words(Cut(p, n)))
		}
	})
}

// TestWordsCountsAsFields: Words counts what strings.Fields would split,
// Unicode spaces and invalid UTF-8 included.
func TestWordsCountsAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "tab\tand\nnew\r\nline\v\f", "no\u00a0break\u2003em\u3000ideographic",
		"\u0085next", "Shi’ite — dash", "bad \xff\xfe bytes", "x\u200by"} {
		if got, want := Words(s), len(strings.Fields(s)); got != want {
			t.Errorf("Words(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestWordsAtLeast checks WordsAtLeast against Words on texts whose words
// start before and after the prefixes it reads, in every script Words
// counts its own way.
func TestWordsAtLeast(t *testing.T) {
	texts := []string{"", "a", strings.Repeat(" ", 500) + "one two three", strings.Repeat("x", 300) + " b c",
		"新的地铁线路。" + strings.Repeat("　", 100), strings.Repeat("เดินทาง ", 40), "bad \xff\xfe bytes and more words"}
	for _, s := range texts {
		for n := 0; n <= 8; n++ {
			if got, want := WordsAtLeast(s, n), Words(s) >= n; got != want {
				t.Errorf("WordsAtLeast(%.20q…, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestWordCache checks memoized tokens against the analysis they stand
// for, over more distinct words than the cache has slots, so entries are
// replaced and slots shared.
func TestWordCache(t *testing.T) {
	var b strings.Builder
	for i := range 3 * wordSlots {
		fmt.Fprintf(&b, "Word%dx's running%d ", i, i%97)
	}
	s := b.String()
	for range 2 {
		for _, tok := range Tokenize(s) {
			a := analyzeWord(s[tok.Start:tok.End])
			if tok.Norm != a.norm || tok.Stem != a.stem || tok.Stop != a.stop {
				t.Fatalf("%q: token %+v, want %+v", s[tok.Start:tok.End], tok, a)
			}
		}
	}
}

func TestIsDateWord(t *testing.T) {
	for _, w := range []string{"january", "sept", "saturday", "may"} {
		if !IsDateWord(w) {
			t.Errorf("%q is a date's word", w)
		}
	}
	for _, w := range []string{"kerry", "marching", "day", "Saturday"} {
		if IsDateWord(w) {
			t.Errorf("%q is no date's word (lower case only)", w)
		}
	}
	if !IsMonth("sept") || IsMonth("saturday") {
		t.Error("IsMonth: months only")
	}
}
