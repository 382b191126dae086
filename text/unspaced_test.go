package text

import (
	"reflect"
	"strings"
	"testing"
)

// TestChineseAndJapaneseSentences: a full stop needs no space after it.
func TestChineseAndJapaneseSentences(t *testing.T) {
	tests := []struct{ in string }{
		{"北京市政府周一宣布，新的地铁线路将于明年开通。官员表示，该项目耗资数十亿元。"},
		{"他说：“我们会留下。”随后离开了会场。"},
		{"东京都は月曜日、新しい路線を発表した！総事業費は約三千億円だ？"},
		{"台风周二登陆!当地转移居民五万人."},
		{"「もう遅い。」と彼は言った。会見は終わった。"},
		{"他说……然后离开了。"},
		{"本研究では新しい手法を提案する．実験の結果，精度は３．５％向上した．"},
	}
	want := [][]string{
		{"北京市政府周一宣布，新的地铁线路将于明年开通。", "官员表示，该项目耗资数十亿元。"},
		{"他说：“我们会留下。”", "随后离开了会场。"},
		{"东京都は月曜日、新しい路線を発表した！", "総事業費は約三千億円だ？"},
		{"台风周二登陆!", "当地转移居民五万人."},
		{"「もう遅い。」と彼は言った。", "会見は終わった。"},
		{"他说……然后离开了。"},
		{"本研究では新しい手法を提案する．", "実験の結果，精度は３．５％向上した．"},
	}
	for i, tt := range tests {
		if got := sentences(tt.in); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, want[i])
		}
	}
	// English between characters keeps its own rules
	if got := sentences("Dr. Wang 说 U.S. 政策不变。"); len(got) != 1 {
		t.Errorf("a title and an acronym inside Chinese text ended sentences: %q", got)
	}
}

// TestEachCharacterIsAWord: tokens, the word count and the stopword flag of
// scripts written without spaces.
func TestEachCharacterIsAWord(t *testing.T) {
	var norms []string
	var stops []bool
	for _, tk := range Tokenize("GDP增长3.5%的コンピュータ技術") {
		norms = append(norms, tk.Norm)
		stops = append(stops, tk.Stop)
	}
	if want := []string{"gdp", "增", "长", "3.5", "的", "コンピュータ", "技", "術"}; !reflect.DeepEqual(norms, want) {
		t.Errorf("tokens %q, want %q", norms, want)
	}
	if want := []bool{false, false, false, false, true, false, false, false}; !reflect.DeepEqual(stops, want) {
		t.Errorf("function words %v, want %v (only 的)", stops, want)
	}
	for _, w := range []string{"的", "了", "の", "は", "を"} {
		if !IsStopword(w) {
			t.Errorf("%q is a function word", w)
		}
	}
	for _, w := range []string{"地", "铁", "表", "カ"} {
		if IsStopword(w) {
			t.Errorf("%q is no function word", w)
		}
	}
	for s, want := range map[string]int{
		"新的地铁线路。":            6,
		"GDP增长3.5%的コンピュータ技術": 8,
		"北京 Beijing 地铁":      5,
		"「台风」，登陆、转移。":        6,
		"one two":            2,
	} {
		if got := Words(s); got != want {
			t.Errorf("Words(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestCutKeepsWords: Cut(s, n) holds the first n words as Words counts
// them, in any script.
func TestCutKeepsWords(t *testing.T) {
	for _, s := range []string{
		"The army fled  the city, officials said.",
		"北京市政府周一宣布，新的地铁线路将于明年开通。",
		"东京都は月曜日、新しいコンピュータを発表した。",
		"Beijing 北京 said 说 no\u3000more",
		"นายกรัฐมนตรีเดินทางไปเยือนเชียงใหม่ เจ้าหน้าที่กล่าวว่ามีผู้เสียชีวิต 12 คน",
		"ខ្មែរ មនុស្សដប់នាក់បានស្លាប់។ မြန်မာ",
		"bad \xff\xfe bytes",
		"",
	} {
		n := Words(s)
		for k := 0; k <= n; k++ {
			c := Cut(s, k)
			if got := Words(c); got != k {
				t.Errorf("Words(Cut(%q, %d)) = %d (%q)", s, k, got, c)
			}
			if !strings.HasPrefix(s, c) {
				t.Errorf("Cut(%q, %d) = %q is no beginning of it", s, k, c)
			}
		}
		if Cut(s, n+1) != s {
			t.Errorf("Cut(%q, %d) = %q, want all of it", s, n+1, Cut(s, n+1))
		}
	}
	if got := Cut("新的地铁线路。官员", 3); got != "新的地" {
		t.Errorf("Cut = %q", got)
	}
	if got := Cut("The army fled  the city", 3); got != "The army fled" {
		t.Errorf("Cut = %q", got)
	}
}

// TestFinalMark: the mark a sentence ends with, behind its closing marks.
func TestFinalMark(t *testing.T) {
	for in, want := range map[string]rune{
		"Two hurt.":          '.',
		"“We will stay.”  ":  '.',
		"(he said so?)":      '?',
		"「もう遅い。」":            '。',
		"Learn more":         'e',
		"'' )":               0,
		"":                   0,
		"They asked, `Why?'": '?',
	} {
		if got := FinalMark(in); got != want {
			t.Errorf("FinalMark(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestClusters: Thai, Lao, Khmer and Myanmar letters gather into clusters,
// each a token and a word, with the vowels written before or after a
// consonant, its marks, stacked consonants and a silenced final in it.
func TestClusters(t *testing.T) {
	for s, want := range map[string][]string{
		"เดินทาง":   {"เดิ", "น", "ทา", "ง"},  // Thai: a leading vowel takes its consonant; "า" follows it
		"จันทร์":    {"จั", "น", "ทร์"},       // a letter the thanthakhat silences closes the one before
		"และน้ำ":    {"และ", "น้ำ"},           // "ะ" and "ำ" follow their consonant
		"ເດີນທາງ":   {"ເດີ", "ນ", "ທາ", "ງ"},  // Lao
		"ខ្មែរ":     {"ខ្មែ", "រ"},            // Khmer: the coeng stacks a consonant under the one before
		"បាត់ដំបង":  {"បាត់", "ដំ", "ប", "ង"}, // the bantoc "់" silences a final too
		"မြန်မာ":    {"မြန်", "မာ"},           // Myanmar: the asat silences a final
		"ไทย2014ปี": {"ไท", "ย", "2014", "ปี"},
		"GDPไทย":    {"gdp", "ไท", "ย"},
	} {
		var got []string
		for _, tk := range Tokenize(s) {
			got = append(got, tk.Norm)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Tokenize(%q) = %q, want %q", s, got, want)
		}
		if n := Words(s); n != len(want) {
			t.Errorf("Words(%q) = %d, want %d", s, n, len(want))
		}
	}
}

// TestThaiAndKhmerSentences: Khmer ends a sentence at "។"; Thai and Lao,
// which mark no stop, at a space between letters once a sentence's worth of
// clusters stands before it, but not at a number's space nor after a name
// too short to be a sentence.
func TestThaiAndKhmerSentences(t *testing.T) {
	for in, want := range map[string][]string{
		"មនុស្សដប់នាក់បានស្លាប់។ ប្រជាជនរាប់ពាន់នាក់បានភៀសខ្លួន។": {"មនុស្សដប់នាក់បានស្លាប់។", "ប្រជាជនរាប់ពាន់នាក់បានភៀសខ្លួន។"},
		"រដ្ឋាភិបាលនឹងផ្តល់ជំនួយ៕ប្រជាជនបានភៀសខ្លួន។":             {"រដ្ឋាភិបាលនឹងផ្តល់ជំនួយ៕ប្រជាជនបានភៀសខ្លួន។"}, // no space after the stop: one sentence, as in English
		"นายกรัฐมนตรีเดินทางไปเยือนเชียงใหม่เมื่อวันจันทร์ เจ้าหน้าที่กล่าวว่ามีผู้เสียชีวิตอย่างน้อย 12 คน": {
			"นายกรัฐมนตรีเดินทางไปเยือนเชียงใหม่เมื่อวันจันทร์", "เจ้าหน้าที่กล่าวว่ามีผู้เสียชีวิตอย่างน้อย 12 คน"},
		"นายสมชาย ใจดี กล่าวว่าฝนจะตกหนัก":                      {"นายสมชาย ใจดี กล่าวว่าฝนจะตกหนัก"},
		"ຝົນຕົກໜັກຕໍ່ເນື່ອງມາຕັ້ງແຕ່ອາທິດແລ້ວ ນ້ຳຂອງລົ້ນຕາຝັ່ງ": {"ຝົນຕົກໜັກຕໍ່ເນື່ອງມາຕັ້ງແຕ່ອາທິດແລ້ວ", "ນ້ຳຂອງລົ້ນຕາຝັ່ງ"},
		"ผู้ว่าราชการจังหวัดกล่าวว่า “ฝนจะตกหนักต่อไปอีกหลายวัน โปรดระวัง” ในวันอังคาร": {
			"ผู้ว่าราชการจังหวัดกล่าวว่า “ฝนจะตกหนักต่อไปอีกหลายวัน โปรดระวัง” ในวันอังคาร"}, // not inside a quotation
	} {
		if got := sentences(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}
