package precis_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/text"
)

// chineseAndJapanese is a small mixed pile written for the test: two Chinese
// stories of three articles (one a copy of another) and a Japanese one.
var chineseAndJapanese = []precis.Article{
	{ID: "metro-1", Text: "北京地铁十九号线明年开通\n\n北京市政府周一宣布，新的地铁十九号线将于明年六月开通运营。官员表示，该项目总投资约三百亿元，全长二十二公里。新线路将连接北京南站和北部新区，预计每天运送乘客四十万人次。市交通委员会称，沿线共设十个车站，其中四个为换乘站。"},
	{ID: "storm-1", Text: "台风“海鸥”周二晚间在广东湛江登陆，最大风力达十四级。当地政府已紧急转移沿海居民五万余人。气象部门预计，台风将继续向西北方向移动，广西南部将出现大暴雨。"},
	{ID: "metro-2", Text: "据北京市交通委员会消息，地铁十九号线预计明年六月开通。这条线路全长二十二公里，设十个车站，总投资约三百亿元。官员说，新线路开通后，从北京南站到北部新区只需三十分钟。部分市民担心，施工期间周边道路将更加拥堵。"},
	{ID: "quake-1", Text: "気象庁によると、二十日午前、北海道東部で震度五強の地震があった。震源の深さは約四十キロで、津波の心配はないという。「揺れは一分ほど続いた。」と住民は話した。"},
	{ID: "storm-2", Text: "受台风“海鸥”影响，广东湛江多地出现强降雨和大风天气。截至周三上午，全市已转移群众五万多人，暂无人员伤亡报告。气象台提醒，广西南部和海南北部未来两天仍有暴雨，请居民注意防范。"},
	{ID: "metro-3", Text: "北京市政府周一宣布，新的地铁十九号线将于明年六月开通运营。官员表示，该项目总投资约三百亿元，全长二十二公里。新线路将连接北京南站和北部新区，预计每天运送乘客四十万人次。"},
	{ID: "storm-3", Text: "湛江市防汛指挥部周三表示，台风“海鸥”造成全市停电用户超过二十万户，电力部门正在全力抢修。台风登陆时最大风力十四级，为今年登陆广东的最强台风。"},
}

// TestChineseAndJapaneseStories: text written without spaces is sorted into
// its stories, its copies found, and each story summarized within a budget
// that counts each character as a word, in whole sentences.
func TestChineseAndJapaneseStories(t *testing.T) {
	b := briefStories(t, chineseAndJapanese, [][]string{{"metro-1", "metro-2", "metro-3"}, {"storm-1", "storm-2", "storm-3"}, {"quake-1"}})
	if c := b.Stories[0].Copies; !reflect.DeepEqual(c, [][]string{{"metro-1", "metro-3"}}) {
		t.Errorf("copies %q, want metro-3 a copy of metro-1", c)
	}
	if title := b.Stories[0].Title; title != "北京地铁十九号线明年开通" {
		t.Errorf("title %q, want the headline", title)
	}
	checkBudgets(t, b, func(s string) bool { return strings.HasSuffix(s, "。") })
	for _, st := range b.Stories {
		if len(st.Entities)+len(st.Quotes)+len(st.Figures) != 0 {
			t.Errorf("%s: the English rules ran: %v %v %v", st.Articles[0].ID, st.Entities, st.Quotes, st.Figures)
		}
	}
}

// budget is the words a summary of the tests of scripts written without
// spaces may hold.
const budget = 60

// briefStories briefs arts within budget words and checks that its stories
// hold the articles want lists, in that order.
func briefStories(t *testing.T, arts []precis.Article, want [][]string) *precis.Briefing {
	t.Helper()
	b, err := precis.Brief(context.Background(), arts, precis.WithWords(budget))
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, st := range b.Stories {
		var ids []string
		for _, a := range st.Articles {
			ids = append(ids, a.ID)
		}
		got = append(got, ids)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("stories %q, want %q", got, want)
	}
	return b
}

// checkBudgets checks that every story of b is summarized in sentences
// whole reports whole, in budget words or fewer as text.Words counts them
// (the count the story reports), and in at least half of them.
func checkBudgets(t *testing.T, b *precis.Briefing, whole func(string) bool) {
	t.Helper()
	for _, st := range b.Stories {
		if len(st.Summary) == 0 || st.Title == "" {
			t.Errorf("%s: title %q, no summary", st.Articles[0].ID, st.Title)
		}
		words := 0
		for _, s := range st.Summary {
			words += text.Words(s.Text)
			if !whole(s.Text) {
				t.Errorf("%s: %q is no whole sentence", st.Articles[0].ID, s.Text)
			}
		}
		if words != st.Words || words > budget || words < budget/2 {
			t.Errorf("%s: %d words counted, %d reported, budget %d: %v", st.Articles[0].ID, words, st.Words, budget, st.Summary)
		}
	}
}

// southeastAsian is a small mixed pile written for the test: a Thai story
// of two articles, a Khmer story of two, and a Lao and a Burmese article.
// None of these scripts spaces its words; Thai and Lao mark no stop.
var southeastAsian = []precis.Article{
	{ID: "th-1", Text: "นายกรัฐมนตรีเดินทางไปเยือนเชียงใหม่เมื่อวันจันทร์ เพื่อตรวจสอบความเสียหายจากน้ำท่วม เจ้าหน้าที่กล่าวว่ามีผู้เสียชีวิตอย่างน้อย 12 คน และบ้านเรือนกว่า 3,000 หลังได้รับความเสียหาย รัฐบาลประกาศจะให้เงินช่วยเหลือแก่ผู้ประสบภัยทุกครอบครัว\n\nฝนตกหนักต่อเนื่องมาตั้งแต่สัปดาห์ที่แล้ว ทำให้แม่น้ำปิงล้นตลิ่งในหลายอำเภอ กรมอุตุนิยมวิทยาเตือนว่าฝนจะตกหนักต่อไปอีกสามวัน"},
	{ID: "km-1", Text: "ទឹកជំនន់បានបំផ្លាញផ្ទះជាច្រើននៅខេត្តបាត់ដំបង។ មន្ត្រីបាននិយាយថាមនុស្សដប់នាក់បានស្លាប់។ រដ្ឋាភិបាលនឹងផ្តល់ជំនួយដល់ប្រជាជនដែលរងគ្រោះ។"},
	{ID: "th-2", Text: "น้ำท่วมในเชียงใหม่ทำให้มีผู้เสียชีวิตแล้ว 12 คน เจ้าหน้าที่กล่าวเมื่อวันจันทร์ นายกรัฐมนตรีเดินทางไปเยือนพื้นที่ประสบภัยและสัญญาว่าจะให้เงินช่วยเหลือแก่ผู้ประสบภัย\n\nชาวบ้านหลายพันคนต้องอพยพออกจากบ้าน หลังแม่น้ำปิงล้นตลิ่งเพราะฝนตกหนักมาหลายวัน"},
	{ID: "lo-1", Text: "ນາຍົກລັດຖະມົນຕີໄດ້ເດີນທາງໄປຢ້ຽມຢາມແຂວງຫຼວງພະບາງ ເພື່ອກວດກາໂຮງຮຽນໃໝ່ທີ່ສ້າງສຳເລັດແລ້ວ ໂຮງຮຽນດັ່ງກ່າວຈະເປີດສອນນັກຮຽນຫຼາຍກວ່າຫ້າຮ້ອຍຄົນໃນປີໜ້າ"},
	{ID: "km-2", Text: "មនុស្សដប់នាក់បានស្លាប់ដោយសារទឹកជំនន់នៅខេត្តបាត់ដំបង។ ប្រជាជនរាប់ពាន់នាក់បានភៀសខ្លួនចេញពីផ្ទះ។ ទឹកជំនន់បានបំផ្លាញផ្ទះជាច្រើន។"},
	{ID: "my-1", Text: "ရန်ကုန်မြို့တွင် မီးလောင်မှုဖြစ်ပွားခဲ့သည်။ အိမ်ခြေငါးဆယ်ကျော် မီးလောင်ပျက်စီးခဲ့သည်။ လူသေဆုံးမှုမရှိကြောင်း မီးသတ်ဦးစီးဌာနက ပြောသည်။"},
}

// TestSoutheastAsianStories: Thai, Lao, Khmer and Burmese text is sorted
// into its stories and each story summarized in whole sentences, within a
// budget that counts each cluster of letters as a word (the briefing of a
// Khmer story had been empty: an article was a few words, one a sentence).
func TestSoutheastAsianStories(t *testing.T) {
	b := briefStories(t, southeastAsian, [][]string{{"th-1", "th-2"}, {"km-1", "km-2"}, {"lo-1"}, {"my-1"}})
	all := ""
	for _, a := range southeastAsian {
		all += a.Text + "\n"
	}
	checkBudgets(t, b, func(s string) bool { return strings.Contains(all, s) && !strings.Contains(s, "…") })
	if s := b.Stories[1].Summary[0].Text; !strings.HasSuffix(s, "។") {
		t.Errorf("the Khmer summary opens with %q, not a whole sentence", s)
	}
}
