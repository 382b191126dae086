package clean

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// the site's name and section after a separator go
		{"Kerry open to US-Iran cooperation on Iraq - Yahoo News", "Kerry open to US-Iran cooperation on Iraq"},
		{"Iraq crisis: US &amp; Iran talks | World news | The Guardian", "Iraq crisis: US & Iran talks"},
		{"It’s Kerry’s call on Iran – Reuters", "It’s Kerry’s call on Iran"},
		{"Militants seize Tal Afar — BBC News", "Militants seize Tal Afar"},
		{"Militants seize Tal Afar|Al Arabiya", "Militants seize Tal Afar"},
		{"Obama weighs air strikes - CNN.com", "Obama weighs air strikes"},
		{"Obama weighs air strikes - nj.com", "Obama weighs air strikes"},
		{"Iraq's army holds Samarra - Analysis", "Iraq's army holds Samarra"},
		{"CNN.com - Obama weighs air strikes", "Obama weighs air strikes"},
		{"BBC News | Obama weighs air strikes", "Obama weighs air strikes"},
		// the text repairs Clean makes
		{"Itâ€™s Kerryâ€™s call", "It’s Kerry’s call"},
		{"  ISIS  militants\n seize\tTal Afar  ", "ISIS militants seize Tal Afar"},
		{"Talks\u200b resume&nbsp;in Vienna", "Talks resume in Vienna"},
		// what stays
		{"Kerry - talks with Iran possible", "Kerry - talks with Iran possible"},
		{"Iran talks - world reacts", "Iran talks - world reacts"},
		{"Gaza Truce Holds for Now - Barely Intact", "Gaza Truce Holds for Now - Barely Intact"},
		{"Arsenal 2 - 1 Chelsea", "Arsenal 2 - 1 Chelsea"},
		{"Obama: why I'm open to talks - and what they mean", "Obama: why I'm open to talks - and what they mean"},
		{"Kerry: 'We are open' - Yahoo, Reuters say?", "Kerry: 'We are open' - Yahoo, Reuters say?"},
		{"US-Iran talks", "US-Iran talks"},
		{"Reuters - News", "Reuters - News"},                                 // nothing would be left
		{"Путин встретился с Обамой - Новости", "Путин встретился с Обамой"}, // "News"
		{"  \n\t ", ""},
		{"", ""},
	} {
		if got := Title(c.in); got != c.want {
			t.Errorf("Title(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A page's title line found at the top of the text loses its site's name as
// a given title does.
func TestHeadlineLosesSiteName(t *testing.T) {
	r := Clean("Council shuts old river bridge | Local News | Springfield Gazette\n\nThe council voted on Tuesday to close the old bridge.\n\nDrivers must now detour.\n")
	if r.Title != "Council shuts old river bridge" {
		t.Errorf("title = %q", r.Title)
	}
}

// A text of many separators is no page's title: a few pieces come off, not
// one for each separator, each found by a search of the whole text.
func TestTitleTakesOffAFewPieces(t *testing.T) {
	got := Title("Talks resume in Vienna" + strings.Repeat(" - CNN.com", 1000))
	if want := "Talks resume in Vienna" + strings.Repeat(" - CNN.com", 1000-maxSitePieces); got != want {
		t.Errorf("Title kept %d pieces, want %d", strings.Count(got, " - "), 1000-maxSitePieces)
	}
}

func FuzzTitle(f *testing.F) {
	f.Add("Kerry open to talks - Yahoo News")
	f.Add("a | b | c - d.com")
	f.Add("Itâ€™s \xc3 &amp; | |")
	f.Add(" - | - ")
	f.Fuzz(func(t *testing.T, raw string) {
		got := Title(raw)
		if strings.ContainsAny(got, "\n\r\t") || got != strings.TrimSpace(got) {
			t.Fatalf("Title(%q) = %q: a line break or space at an end", raw, got)
		}
		if utf8.ValidString(raw) && !utf8.ValidString(got) {
			t.Fatalf("Title(%q) = %q: not UTF-8", raw, got)
		}
	})
}

func TestName(t *testing.T) {
	for raw, want := range map[string]string{
		"The Guardian":       "The Guardian",
		"  Yahoo!\n\tNews ":  "Yahoo! News",
		"AT&amp;T Newsroom":  "AT&T Newsroom",
		"Ã‰cho de la Bourse": "Écho de la Bourse",
		"BBC News | World":   "BBC News | World",
		"Reuters\u200b":      "Reuters",
		"":                   "",
		" \n ":               "",
		"Новая газета":       "Новая газета",
	} {
		if got := Name(raw); got != want {
			t.Errorf("Name(%q) = %q, want %q", raw, got, want)
		}
	}
}
