package clean

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/precis-news/precis/text"
)

func has(rs []Removal, reason, text string) bool {
	for _, r := range rs {
		if r.Reason == reason && strings.Contains(r.Text, text) {
			return true
		}
	}
	return false
}

func TestFurnitureAndPromo(t *testing.T) {
	raw := `Loading...

The council voted on Tuesday to close the old bridge to traffic.

Story continues below

Read more: Bridges across the state need repairs

Advertisement

The bridge opened in 1931 and carries 20,000 cars a day.
Continued on page 4
Opinion: Why we must save our bridges`
	r := Clean(raw)
	if len(r.Paragraphs) != 2 {
		t.Fatalf("paragraphs = %q", r.Paragraphs)
	}
	for _, want := range []struct{ reason, text string }{
		{ReasonFurniture, "Loading"}, {ReasonFurniture, "Story continues"}, {ReasonPromo, "Read more"},
		{ReasonFurniture, "Advertisement"}, {ReasonFurniture, "Continued on page 4"}, {ReasonPromo, "Opinion:"},
	} {
		if !has(r.Removed, want.reason, want.text) {
			t.Errorf("expected %q removed as %q; removed: %+v", want.text, want.reason, r.Removed)
		}
	}
}

func TestHeadlineAndDateline(t *testing.T) {
	raw := "Council shuts old\nriver bridge\n\nSPRINGFIELD - The council voted on Tuesday to close the old bridge.\n\nDrivers must now detour.\n"
	r := Clean(raw)
	if r.Title != "Council shuts old river bridge" {
		t.Errorf("title = %q", r.Title)
	}
	if r.Dateline != "SPRINGFIELD" {
		t.Errorf("dateline = %q", r.Dateline)
	}
	if len(r.Paragraphs) == 0 || !strings.HasPrefix(r.Paragraphs[0], "The council voted") {
		t.Errorf("lead = %q", r.Paragraphs)
	}
}

func TestHeadlineRunIntoUpdate(t *testing.T) {
	for in, want := range map[string][2]string{
		"Woman dies after botched surgery at a sydney beauty salon updated a woman who went into cardiac arrest while undergoing a breast operation at a salon in the city has died.\n\nPolice are investigating.": {"Woman dies after botched surgery at a sydney beauty salon", "A woman who went into cardiac arrest while undergoing a breast operation at a salon in the city has died."},
		"Storm Watch: The agency that runs the National Weather Service updated the forecast for the coast as the storm moved north over the islands.\n\nRain is expected.":                                        {"", "Storm Watch: The agency that runs the National Weather Service updated the forecast for the coast as the storm moved north over the islands."},
		"Woman Dies After Botched Surgery at Sydney Salon Updated A woman who went into cardiac arrest has died.\n\nPolice are investigating.":                                                                     {"Woman Dies After Botched Surgery at Sydney Salon", "A woman who went into cardiac arrest has died."},
		"Apple updated the iphone software on tuesday to fix the flaw.\n\nUsers were told to install it.":                                                                                                          {"", "Apple updated the iphone software on tuesday to fix the flaw."},
		"The agency that runs the national weather service updated the forecast for the coast.\n\nRain is expected.":                                                                                               {"", "The agency that runs the national weather service updated the forecast for the coast."},
	} {
		r := Clean(in)
		if r.Title != want[0] || len(r.Paragraphs) == 0 || r.Paragraphs[0] != want[1] {
			t.Errorf("Clean(%q): title %q, first paragraph %q; want %q, %q", in, r.Title, r.Paragraphs, want[0], want[1])
		}
	}
}

func TestHeadlineRunIntoDateline(t *testing.T) {
	r := Clean("Mayor backs new stadium plan BOSTON (AP) - The mayor said on Monday the city would fund a stadium.\n")
	if r.Title != "Mayor backs new stadium plan" || !strings.HasPrefix(r.Paragraphs[0], "The mayor said") {
		t.Errorf("title %q, paragraphs %q", r.Title, r.Paragraphs)
	}
}

func TestSourceLineDateline(t *testing.T) {
	r := Clean("AFP, Paris :\nThe strike closed the metro on Thursday.\n")
	if r.Dateline != "AFP, Paris" || len(r.Paragraphs) != 1 {
		t.Errorf("dateline %q paragraphs %q", r.Dateline, r.Paragraphs)
	}
}

func TestDatelinesNamingTheirSource(t *testing.T) {
	checkDatelines(t, []datelineCase{
		{"Washington (CNN) — The meeting was held at the tower in June.", "Washington (CNN)", "The meeting"},
		{"Raleigh, N.C. (WNCN) – For years the agency has warned about the drug.", "Raleigh, N.C. (WNCN)", "For years"},
		{"Moscow ( ap ) — russia's top investigative body said saturday it is looking into it.", "Moscow ( ap )", "Russia's top"},
		{"Ador, spain, july 16 ( upi ) -- a spanish mayor has become the first to issue the order.", "Ador, spain, july 16 ( upi )", "A spanish mayor"},
		{"San mateo ( cbs sf ) — the owners of a dog that died in may sued the groomer.", "San mateo ( cbs sf )", "The owners"},
		{"Los angeles ( cbsla.com ) — authorities are still searching for two people.", "Los angeles ( cbsla.com )", "Authorities are"},
		{"Jerusalem (CNN)The wife of the prime minister went on trial on Sunday.", "Jerusalem (CNN)", "The wife"},
		// a page's header naming the place once more (Reuters's pages)
		{"Caracas | caracas ( reuters ) - president hugo chavez returned to venezuela on monday.", "Caracas ( reuters )", "President hugo"},
		// not datelines: no capital where the dash is left out, a caption's
		// word, an aside, no dash after the parentheses, a ticker
		{"The network (CNN) said on Friday it would appeal the ruling.", "", "The network (CNN) said"},
		{"Kim Kardashian (pictured) — who married in May — said she would stay.", "", "Kim Kardashian"},
		{"Police said the man (a teacher) — who was 40 — had fled the city.", "", "Police said"},
		{"Former Alaska Gov. Sarah Palin (R) on Monday responded to the vice president.", "", "Former Alaska"},
		{"Walmart (WMT) said on Tuesday that sales rose.", "", "Walmart"},
	})
}

func TestDatelinesInOrdinaryCase(t *testing.T) {
	checkDatelines(t, []datelineCase{
		{"Ann Arbor, Mich. — While monogamy is the rule, many disagree.", "Ann Arbor, Mich.", "While monogamy"},
		{"Ann arbor, mi - while monogamous relationships are the rule.", "Ann arbor, mi", "While monogamous"},
		{"Seoul, south korea — the united states announced wednesday a deployment.", "Seoul, south korea", "The united states"},
		{"Cleveland, ohio -- browns quarterbacks coach dowell loggains said thursday.", "Cleveland, ohio", "Browns"},
		{"Winston-salem, n.c. — a man was arrested on friday.", "Winston-salem, n.c.", "A man"},
		{"Washington, D.C., June 5 — The Senate voted on Tuesday.", "Washington, D.C., June 5", "The Senate"},
		{"Cobb county, georgia - parents have left their children in cars.", "Cobb county, georgia", "Parents"},
		{"Photo oslo — the militant on trial for killing 77 people spoke on monday.", "Oslo", "The militant"}, // a photo's label before it
		{"Beirut — In the hills near the border, the fighting went on.", "Beirut", "In the hills"},
		{"São Paulo, Brazil — Prices rose in May.", "São Paulo, Brazil", "Prices rose"},
		{"Minneapolis -- a northern minnesota man faces a murder charge.", "Minneapolis", "A northern"},
		{"Mexico city -- guatemala's highest court ruled on friday.", "Mexico city", "Guatemala's"},
		{"Roselle park -- the roselle park council voted on monday.", "Roselle park", "The roselle"},
		{"Plains township -- a nurse was charged on tuesday.", "Plains township", "A nurse"},
		// the same shape, but no place the gazetteer knows, or words that
		// are no place's
		{"Instead, the show — and its host — found a new way to talk.", "", "Instead, the show"},
		{"However, texas — the state with the most executions — paused.", "", "However, texas"},
		{"Yesterday, Georgia — a state in turmoil — voted.", "", "Yesterday, Georgia"},
		{"Ogden — a fire broke out in the town on Monday.", "", "Ogden — a fire"},
		{"Johnson city was put under a state of emergency -- water rose.", "", "Johnson city"},
		{"Seoul, South Korea -5 degrees was the low on Monday.", "", "Seoul, South Korea -5"},
		{"Port said, egypt —", "", "Port said, egypt —"},
		{"Cliven bundy -- the nevada rancher spoke on monday.", "", "Cliven bundy --"},
		{"Three people are dead -- including the gunman.", "", "Three people"},
		{"The new park -- and its pool -- opened on monday.", "", "The new park"},
	})
}

// datelineCase is a paragraph, the dateline Clean should find in it ("" for
// none) and how the text left should open.
type datelineCase struct{ raw, dateline, lead string }

// checkDatelines cleans each case's paragraph and checks its dateline and
// what is left.
func checkDatelines(t *testing.T, cases []datelineCase) {
	t.Helper()
	for _, c := range cases {
		r := Clean(c.raw + "\n")
		if r.Dateline != c.dateline || len(r.Paragraphs) != 1 || !strings.HasPrefix(r.Paragraphs[0], c.lead) {
			t.Errorf("%q: dateline %q, paragraphs %q; want dateline %q and a lead opening %q", c.raw, r.Dateline, r.Paragraphs, c.dateline, c.lead)
		}
	}
}

// TestStoryAfterACredit checks that a story whose credit stands inside a
// paragraph, after a highlights box, a teaser or a caption the page ran
// into it, is split off as a paragraph of its own, with its credit and
// dateline cut and the place recorded; and that a source named in
// parentheses inside a sentence stays.
func TestStoryAfterACredit(t *testing.T) {
	for _, c := range []struct {
		raw      string
		paras    []string
		dateline string
	}{
		{"Story highlights infant ejected from car during crash child was found alive in storm drain ( cnn ) it's a story of survival that amazed firefighters.",
			[]string{"Infant ejected from car during crash child was found alive in storm drain", "It's a story of survival that amazed firefighters."}, ""},
		{"Critics say it was spent on zumba classes and massage sessions washington ( cnn ) public health advocates are warning lawmakers.",
			[]string{"Critics say it was spent on zumba classes and massage sessions", "Public health advocates are warning lawmakers."}, "washington"},
		{"You can read the responses here west palm beach, florida ( cnn ) she was only 7 weeks old and had just had surgery.",
			[]string{"You can read the responses here", "She was only 7 weeks old and had just had surgery."}, "west palm beach, florida"},
		{"The report was filed on Monday. Los Angeles (Reuters) - Former candidate Herman Cain said on Friday he would run.",
			[]string{"The report was filed on Monday.", "Former candidate Herman Cain said on Friday he would run."}, "Los Angeles"},
		{"The grave was found near this city where police engaged... ( associated press ) iguala, mexico ( ap ) — a clandestine grave held 28 bodies.",
			[]string{"The grave was found near this city where police engaged...", "A clandestine grave held 28 bodies."}, "Iguala, mexico ( ap )"},
		{"Coins sold. It contained one of... ( associated press ) a dime made in 1873 sold for $1.6 million.",
			[]string{"Coins sold. It contained one of...", "A dime made in 1873 sold for $1.6 million."}, ""},
		{"The first lady arrives ( Rainer Jensen, dpa via AP ) ( Associated Press ) Abuja, Nigeria ( AP ) — nigeria's first lady has left.",
			[]string{"The first lady arrives", "Nigeria's first lady has left."}, "Abuja, Nigeria ( AP )"},
		{"Scientists met in Stockholm… (Associated Press) Amman, Jordan (AP) — The families left.",
			[]string{"Scientists met in Stockholm…", "The families left."}, "Amman, Jordan (AP)"},
		{"Launchers released by kcna news agency april 16, 2013. Seoul | seoul ( reuters ) - north korea has moved two launchers.",
			[]string{"Launchers released by kcna news agency april 16, 2013.", "North korea has moved two launchers."}, "seoul"},
		// a source in parentheses that is no credit
		{"He told Cable News Network (CNN) that it was over.", []string{"He told Cable News Network (CNN) that it was over."}, ""},
		{"The network (CNN) said on Friday it would appeal.", []string{"The network (CNN) said on Friday it would appeal."}, ""},
		{"The australian broadcasting corp. ( abc ) reported the find on monday.", []string{"The australian broadcasting corp. ( abc ) reported the find on monday."}, ""},
		{"The claim was made by brian williams ( nbc ) in an interview last year.", []string{"The claim was made by brian williams ( nbc ) in an interview last year."}, ""},
		{"The poll of 1,000 voters ( reuters ) was taken.", []string{"The poll of 1,000 voters ( reuters ) was taken."}, ""},
	} {
		r := Clean(c.raw + "\n")
		if !slices.Equal(r.Paragraphs, c.paras) || r.Dateline != c.dateline {
			t.Errorf("%q:\n got %q, dateline %q\nwant %q, dateline %q", c.raw, r.Paragraphs, r.Dateline, c.paras, c.dateline)
		}
	}
}

func TestUnwrap(t *testing.T) {
	raw := "Fighters from the group (\nIS) took the town after weeks of\nfighting, officials said.\nA second paragraph starts here.\n"
	r := Clean(raw)
	want := []string{"Fighters from the group (IS) took the town after weeks of fighting, officials said.", "A second paragraph starts here."}
	if strings.Join(r.Paragraphs, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs = %q", r.Paragraphs)
	}
}

func TestRepeatedBody(t *testing.T) {
	body := "The dam burst at dawn, flooding three villages.\nRescuers reached the area by noon.\n"
	r := Clean("Dam bursts\n\n" + body + body + "The dam burst at dawn, flooding three villages.")
	if len(r.Paragraphs) != 2 {
		t.Fatalf("paragraphs = %q", r.Paragraphs)
	}
	n := 0
	for _, x := range r.Removed {
		if x.Reason == ReasonRepeat {
			n++
		}
	}
	if n != 3 {
		t.Errorf("repeats removed = %d, want 3: %+v", n, r.Removed)
	}
}

func TestSubheadAndByline(t *testing.T) {
	raw := "By Jane Doe and John Roe\n\nThe storm hit the coast on Friday night.\n\n- Damage -\n\nRoofs were torn off in two towns, officials said.\n\nRecovery efforts\n\nCrews worked through the weekend.\n"
	r := Clean(raw)
	if !has(r.Removed, ReasonByline, "Jane Doe") || !has(r.Removed, ReasonSubhead, "Damage") || !has(r.Removed, ReasonSubhead, "Recovery efforts") {
		t.Errorf("removed: %+v", r.Removed)
	}
	if len(r.Paragraphs) != 3 {
		t.Errorf("paragraphs = %q", r.Paragraphs)
	}
}

func TestKeepsNonEnglishAndOddInput(t *testing.T) {
	r := Clean("La grève a fermé le métro jeudi.\n\nLes syndicats ont appelé à manifester.")
	if len(r.Paragraphs) != 2 {
		t.Errorf("paragraphs = %q", r.Paragraphs)
	}
	if got := Clean(""); len(got.Paragraphs) != 0 {
		t.Errorf("empty input gave %q", got.Paragraphs)
	}
	if got := Clean("\r\n\r\n...\r\n"); len(got.Paragraphs) != 0 {
		t.Errorf("punctuation-only input gave %q", got.Paragraphs)
	}
}

// TestByteOrderMarkAndWindowsLines: a file saved by a Windows editor opens
// with a byte-order mark and ends its lines with CR LF; its headline is still
// the title.
func TestByteOrderMarkAndWindowsLines(t *testing.T) {
	r := Clean("\ufeffBridge closes for repairs\r\n\r\nThe mayor said on Monday that the bridge would close for repairs.\r\nIt will reopen in May, officials said.\r\n")
	if r.Title != "Bridge closes for repairs" {
		t.Errorf("title %q", r.Title)
	}
	want := []string{"The mayor said on Monday that the bridge would close for repairs.", "It will reopen in May, officials said."}
	if !reflect.DeepEqual(r.Paragraphs, want) {
		t.Errorf("paragraphs %q", r.Paragraphs)
	}
}

// TestChineseHeadlineAndWrappedLines: a Chinese headline is the title, and
// a line broken inside a sentence joins the next with no space between.
func TestChineseHeadlineAndWrappedLines(t *testing.T) {
	r := Clean("北京地铁十九号线明年开通\n\n北京市政府周一宣布，新的地铁\n十九号线将于明年六月开通运营。\n官员表示，该项目总投资约三百亿元。\n\n台风“海鸥”周二晚间在广东湛江登陆。")
	if r.Title != "北京地铁十九号线明年开通" {
		t.Errorf("title %q", r.Title)
	}
	want := []string{"北京市政府周一宣布，新的地铁十九号线将于明年六月开通运营。", "官员表示，该项目总投资约三百亿元。", "台风“海鸥”周二晚间在广东湛江登陆。"}
	if !reflect.DeepEqual(r.Paragraphs, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", r.Paragraphs, want)
	}
}

func FuzzClean(f *testing.F) {
	f.Add("Headline\n\nWASHINGTON - Body text here.\nLoading...\n")
	f.Add("a (\nb) c\n\n- x -\n")
	f.Add("\xff\xfe bad bytes \x00")
	f.Add("points run on in storm drain ( cnn ) it's a story of a ( reuters ) - x y z, florida ( ap ) — a b c\n")
	f.Fuzz(func(t *testing.T, raw string) {
		r := Clean(raw)
		for _, p := range r.Paragraphs {
			if strings.TrimSpace(p) == "" || strings.Contains(p, "\n") {
				t.Fatalf("bad paragraph %q from %q", p, raw)
			}
		}
	})
}

func TestInlineFurniture(t *testing.T) {
	r := Clean("( AP ) — A woman accused of killing her fiance admitted it. Enlarge this image toggle caption The court met on Monday. Advertisement Continue reading the main story The judge spoke.")
	got := strings.Join(r.Paragraphs, "\n")
	for _, junk := range []string{"( AP )", "toggle caption", "Continue reading"} {
		if strings.Contains(got, junk) {
			t.Errorf("%q left in %q", junk, got)
		}
	}
	if !strings.HasPrefix(got, "A woman accused") || !strings.Contains(got, "The judge spoke.") {
		t.Errorf("text lost: %q", got)
	}
	if len(r.Removed) == 0 || r.Removed[0].Reason != ReasonFurniture {
		t.Errorf("removal not recorded: %+v", r.Removed)
	}
	if !IsWebFurniture("Please check your email and click on the link to activate your profile.") {
		t.Errorf("a sign-up wall sentence was kept")
	}
}

func TestWebFurnitureSentences(t *testing.T) {
	for _, s := range []string{
		"You always have the option to delete your Tweet location history.",
		"Feel free to email me at birdabroadblog [ at ] gmail [ dot ] com.",
		"Follow her on Twitter.",
		"Crawls of supported \"No More 404\" sites.",
		"Then the internet archive hopes that references to these archived pages will be put in place of a link that would be otherwise be broken.",
		"The goal is to fix all broken links on the web.",
		"For more information about this collection please feel free to contact mark via send mail",
		"That way, as the pages that are referenced are changed or taken from the web, a link to the version that was live when the page was written will be preserved.",
		"The news and stories that matter, delivered weekday mornings.",
		"Please try again later.",
		"Get push notifications with news, features and more.",
		"Close get email notifications on andrew cain daily!",
		"Your notification has been saved.",
		"Sign up to follow, and we ' ll e-mail you free updates as they're published.",
		"Your browser does not support html5 video tag.",
		"This is the default index.html page that is distributed with nginx on epel.",
		"Get the latest lifestyles newsletter delivered to your email.",
		"Window._taboola = window._taboola | | [ ]; _taboola.push( { mode:'thumbnails-c ', container:'taboola-gallery' } );",
		"If you do not receive the verification message within a few minutes of signing up, please check your spam or junk folder.",
		"To help personalize content, tailor and measure ads, and provide a safer experience, we use cookies.",
		"Interested in Airlines? Add Airlines as an interest to stay up to date on the latest Airlines news.",
		"Watch Queue Queue Watch Queue Queue Remove all Disconnect",
		"FILE - In this Jan. 28, 2014, file photo, Northwestern quarterback Kain Colter speaks to reporters.",
		"File -- Heather Mills clutches a bag as she leaves the court.",
		"To receive the magazine, click here to subscribe.",
		"Click to view News 9's report.",
		"No one covers what is happening in our community better than we do.",
		"And with a digital subscription, you'll never miss a story.",
		"Email address we ' ll send a conformation email to this address.",
		"By clicking or navigating the site, you agree to allow our collection of information on and off Facebook through cookies.",
		"Gain a global perspective on the US and go beyond with curated news and analysis from 600 journalists.",
		"This is a breaking news update.",
		"For 50 years, 1010 WINS has been a news and information utility for the New York metropolitan area.",
		"Sign up to receive our daily newsletters and get special offers delivered right to your inbox.",
		"Please support our site by enabling JavaScript to view ads.",
		"Learn more, including about available controls: Cookies Policy",
		"Sign up thank you for signing up!",
		"Please do not alter this code.",
		"A cookie is a small file of information that is sent to your computer or mobile phone from a website.",
		"@local12 and like us on facebook for updates!",
		"Get the full story with unlimited access to bostonglobe.com.", "Be the first to know about new stories from powerpost.",
		"Raya zimmerman can be reached at 651-228-5524.", "Anthony g. Attrino may be reached at",
		"Like us on facebook, and @slatecrime.",
		"Like us on Facebook: http://www.facebook.com/example",
		"Please select your state first name last name email address password.",
		"Your username is what you sign in with.", "To change it, open your account and choose Edit profile.",
		"A link to this page will be included in your message.", "Feel free to weigh in below, in the comments.",
		"Note: we only ask for your email so that the person you are recommending the page to knows it was you.",
		"Thank you for your interest in spreading the word about our work.",
		"Twitter the account has since deleted this tweet.",
		"If your browser has Adobe Flash Player installed, click above to play.", "Your browser does not support iframes.",
		"By using this site, you consent to our use of cookies.", "This site uses cookies to enhance your reading experience.",
		"We are using cookies on our site to provide you with the best user experience.",
		"Disabling cookies may prevent our website from working efficiently.", "Cookies cannot be used to identify you personally.",
		"Sorry, your browser is unable to play this video.",
	} {
		if !IsWebFurniture(s) {
			t.Errorf("page furniture kept: %q", s)
		}
	}
	// news that talks about the same things is news
	for _, s := range []string{
		"Facebook changed its privacy policy on Tuesday after regulators objected.",
		"Adobe Flash Player will stop running in browsers at the end of 2020, the company said.",
		"The newsletter reported that the mayor would not run again.",
		"Search engines crawl the web for pages, and archives keep old copies of them.",
		"Users complained that the app kept their location history even when they asked it not to.",
		"The company said it would stop using tracking cookies in its browser next year.",
		"Regulators asked whether the site's use of cookies broke the law.",
		"An injury left him unable to play this season, and his browser history was subpoenaed.",
		"Facebook shared the data with third-party partners, the report found.",
		"Mobile alerts warned residents to move to higher ground.",
		"She received a confirmation email from the airline hours before the flight was canceled.",
		"Web archiving efforts have saved millions of government pages.",
		"Filed in 2012, the lawsuit named three banks.",
		"File-sharing sites were blocked across the country.",
		"Fans will be the first to know when the tour starts.",
		"The paper said no one covers the statehouse as closely as it does.",
		"The airline said it would send a confirmation email to every passenger whose flight was canceled.",
		"The ad asked voters to like us on Facebook and the campaign's page grew.",
		"The form asked for her first name, last name and email address.",
		"Officials could not be reached at their offices on Sunday.",
	} {
		if IsWebFurniture(s) {
			t.Errorf("news sentence taken for page furniture: %q", s)
		}
	}
}

// TestStandsIn: of the web furniture, the text a page shows in place of an
// article (an archive's note, a wall, an error page, a video site's page)
// is told from the boxes around an article the page shows.
func TestStandsIn(t *testing.T) {
	for s, want := range map[string]bool{
		"These crawls are part of an effort to archive pages as they are created.":                   true,
		"Flowing in every day, these data are added to the wayback machine after an embargo period.": true,
		"To enjoy hulu.com, you'll need to enable javascript in your web browser.":                   true,
		"Sorry, the page you requested was not found.":                                               true,
		"Rating is available when the video has been rented.":                                        true,
		"Thank you for subscribing.":                                                                 false,
		"You must select a newsletter to subscribe to.":                                              false,
		"If you read and enjoy our journalism, please consider subscribing today.":                   false,
		"FILE - In this Jan. 28, 2014, file photo, the quarterback speaks to reporters.":             false,
		"Click here to see the most popular characters.":                                             false,
		"This collection contains collaborative election crawls performed by IA.":                    true,
		"Join this group to see the discussion, post and comment.":                                   true,
		"You're viewing YouTube in English. You can change this preference below.":                   true,
		"Facebook was unable to fetch your friends.":                                                 true,
		"Check your user name and password.":                                                         true,
		"Forgot your password? Reset it here.":                                                       true,
		"Please enter your full birth year to continue.":                                             true,
		"This content is restricted.":                                                                true,
		"If you are having trouble locating a destination on our site, try the home page.":           true,
		"Your display name is shown to other readers.":                                               false,
		"Your daily look at late-breaking news and the stories that will be talked about today.":     false,
	} {
		if !IsWebFurniture(s) {
			t.Errorf("not web furniture: %q", s)
		}
		if got := StandsIn(s); got != want {
			t.Errorf("StandsIn(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHoldsLink: a web address with its scheme, in any case; a bare site's
// name or a scheme-less "://" is none.
func TestHoldsLink(t *testing.T) {
	for s, want := range map[string]bool{
		"Get the latest headlines: http://www.telegraph.co.uk/ subscribe.": true,
		"Http://blog.mikebilly.com - attack ads are nothing new.":          true,
		"More information is available at: HTTPS://example.org/a.":         true,
		"The group's site, whitehouse.gov, lists tours.":                   false,
		"The protocol, ftp://, is old; so is the word http.":               false,
		"Kimberly redmond may be reached at kredmond@njadvancemedia.com.":  true,
		"Dan adams can be reached atdadams@globe.com.":                     true,
		"Contact the author at ELLIE@Jezebel.com":                          true,
		"Follow @nytimes and @ap for updates.":                             false,
		"The rate rose 2@3.5 percent, he said.":                            false,
		"They met at the house@ home. He left.":                            false,
		"An @ sign alone, or user@localhost, is no address.":               false,
		"": false,
	} {
		if got := HoldsLink(s); got != want {
			t.Errorf("HoldsLink(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestInlineCuts(t *testing.T) {
	for in, want := range map[string]string{
		"( begin video clip ) trump: the world is a mess. ( end video clip ) king: always opinionated.":    "Trump: the world is a mess. King: always opinionated.",
		"( courtesy of the state department ) for a decade, a flag flew outside.":                          "For a decade, a flag flew outside.",
		"Thinkstock scientists have created a chemical that makes people feel full.":                       "Scientists have created a chemical that makes people feel full.",
		"The park burned. Zuma press more than 300 acres have been closed.":                                "The park burned. More than 300 acres have been closed.",
		"Istockphoto istockphoto to get the best measure, use a thermometer.":                              "To get the best measure, use a thermometer.",
		"Shutterstock.com the number of americans using facebook fell.":                                    "The number of americans using facebook fell.",
		"Shutterstock said on Monday that its revenue rose.":                                               "Shutterstock said on Monday that its revenue rose.",
		"Shutterstock shares rose 5 percent.":                                                              "Shutterstock shares rose 5 percent.",
		"H. Brandt ayers ( courtesy of the anniston star ) a newspaper executive was accused.":             "H. Brandt ayers a newspaper executive was accused.",
		"( photo: mark humphrey, ap ) Rio police say a man was shot dead.":                                 "Rio police say a man was shot dead.",
		"The house burned. (Photo: Courtesy of the family) Neighbors called 911.":                          "The house burned. Neighbors called 911.",
		"1 of 3. Zimbabwe president robert mugabe signs the new constitution into law.":                    "Zimbabwe president robert mugabe signs the new constitution into law.",
		"Image 2 of 29 The ancient city of Pergamon was added to the list.":                                "The ancient city of Pergamon was added to the list.",
		"Published on Jul 18, 2017 Stephen kicks off Russia week with a look at the White House.":          "Stephen kicks off Russia week with a look at the White House.",
		"The firm closed its offices. Advertisement The board said rebranding was futile.":                 "The firm closed its offices. The board said rebranding was futile.",
		"Close bexar county sheriff says a second video was sent to the lab.":                              "Bexar county sheriff says a second video was sent to the lab.",
		"The storm passed. Close walmart is remaking black friday.":                                        "The storm passed. Walmart is remaking black friday.",
		"The jobs report was strong. ( photo by luke sharrett/bloomberg ) the economy added 209,000 jobs.": "The jobs report was strong. The economy added 209,000 jobs.",
		`He spoke. " advertisement the measure was introduced by two members.`:                             `He spoke. " The measure was introduced by two members.`,
		"The court met. Advertisement Advertisement Macke appeared in court on Friday.":                    "The court met. Macke appeared in court on Friday.",
		"( ap photo/alex brandon ) ( associated press ) the senate changed its rules.":                     "The senate changed its rules.",
		"Three soldiers were killed. (AP Photo/Rahmat Gul) ( uncredited/ap ) The attack came at dawn.":     "Three soldiers were killed. The attack came at dawn.",
		"[ photo/xinhua ] China launched a second dig at the burial pit.":                                  "China launched a second dig at the burial pit.",
		"A man walks in tempe on thursday, march 5, 2015. ( photo: michael schennum / the republic ) story highlights experimental philosopher jonathon keats is bringing his project to tempe.": "A man walks in tempe on thursday, march 5, 2015. Experimental philosopher jonathon keats is bringing his project to tempe.",
		"Her son won the white house, was 92. Usa today the wife of america's 41st president was among its most popular women.":                                                                  "Her son won the white house, was 92. The wife of america's 41st president was among its most popular women.",
		"Close the tight end had his home burglarized. USA TODAY Sports Rob Gronkowski scored two touchdowns.":                                                                                   "The tight end had his home burglarized. Rob Gronkowski scored two touchdowns.",
		"Trump boasted wednesday night. &#124; getty trump: 'i don't know why' he said.":                                                                                                         "Trump boasted wednesday night. Trump: 'i don't know why' he said.",
		"The senator spoke in the briefing room | AP Photo Democrats link the vacancy to the bill.":                                                                                              "The senator spoke in the briefing room. Democrats link the vacancy to the bill.",
		"He left the stage. | Mark Wilson/Getty Images The president spoke.":                                                                                                                     "He left the stage. The president spoke.",
		"The victims were named. Video Loading Video Unavailable Click to play Tap to play The video will start in 8 Cancel Play now He helped with surgery.":                                    "The victims were named. He helped with surgery.",
		"View full caption Deputies secure an animal farm in Ohio.":                                                                                                                              "Deputies secure an animal farm in Ohio.",
		"Text size local family's video of infant girl trying on glasses hits 15 million views.":                                                                                                 "Local family's video of infant girl trying on glasses hits 15 million views.",
		"Text size comments ( 3 ) this story is by chaim levinson though the prime minister denies it.":                                                                                          "This story is by chaim levinson though the prime minister denies it.",
		"This article is over 1 year old the corpses, roped together, were discovered by a climber.":                                                                                             "The corpses, roped together, were discovered by a climber.",
		"Listen to article 4: 26 share this article facebook twitter linkedin email president donald trump ordered a review.":                                                                    "President donald trump ordered a review.",
		"World's oldest person dies posted: monday, april 6, 2015 3: 09 pm edt updated: monday, april 13, 2015 2: 53 pm edt channel 7 news has confirmed it.":                                    "World's oldest person dies. Channel 7 news has confirmed it.",
		"Police spokeswoman waugh would not say. updated: tuesday, 11: 44 p.m. cbs-6 is reporting that it was drug-related.":                                                                     "Police spokeswoman waugh would not say. Cbs-6 is reporting that it was drug-related.",
		"Copyright © 2017 valley herald a county judge ruled on the case.":                                                                                                                       "A county judge ruled on the case.",
		"Copyright 2016 the daily courier when the storm hit, the town lost power.":                                                                                                              "When the storm hit, the town lost power.",
		"Copyright law in the us was at issue in the case, the court said.":                                                                                                                      "Copyright law in the us was at issue in the case, the court said.",
		"Posted: 9: 15 am est march 3, 2012 a county judge ruled on the case.":                                                                                                                   "A county judge ruled on the case.",
		"$ 25k and an apology: district settles suit with teen copyright by koin - all rights reserved liberty high school in hillsboro, ore., settled.":                                         "$ 25k and an apology: district settles suit with teen. Liberty high school in hillsboro, ore., settled.",
		"By: debbie lord, cox media group national content desk updated: jun 14, 2016 - 12: 24 pm after the attack in orlando sunday, we hear the terms.":                                        "After the attack in orlando sunday, we hear the terms.",
		"Story highlights The fund was created in 2010":                                                                                                                                          "The fund was created in 2010",
		"(CNN) — Micheal Brown stared at the letter.":                                                                                                                                            "Micheal Brown stared at the letter.",
		"Updated 8:21 a.m. ET: Detectives say they do not suspect foul play.":                                                                                                                    "Detectives say they do not suspect foul play.",
		"Moving was a nightmare. https://t.co/wwqe99 — Tituss Burgess (@titussburgess) July 13, 2016 Here is the review.":                                                                        "Moving was a nightmare. Here is the review.",
		"Crow cooperates with the feds. ( mark j terrill/ap ) Crow and Armstrong were dating at the time.":                                                                                       "Crow cooperates with the feds. Crow and Armstrong were dating at the time.",
		"Diamonds at a lab. Photographer: Chris Ratcliffe/Bloomberg De Beers will target younger spenders.":                                                                                      "Diamonds at a lab. De Beers will target younger spenders.",
		"Tripoli sees celebration Patrick Baz/AFP/Getty Images Patrick Baz/AFP/Getty Images From Tripoli, he spoke.":                                                                             "Tripoli sees celebration From Tripoli, he spoke.",
		"summitt dies at 64 wade payne/ap wade payne/ap former coach pat summitt has died.":                                                                                                      "summitt dies at 64 former coach pat summitt has died.",
		"Walmart seeks refund AP Photo/Rogelio V. Solis Several other companies have asked for theirs.":                                                                                          "Walmart seeks refund Several other companies have asked for theirs.",
		"He turned 22 on Sunday. Joe Robbins/Getty Images This glitch is hilarious, he said.":                                                                                                    "He turned 22 on Sunday. This glitch is hilarious, he said.",
		"Israel objected. Photographer: Janek Skarzynski/AFP via Getty Images Both countries voted.":                                                                                             "Israel objected. Both countries voted.",
		"( cnn ) -- former nbc news anchor tom brokaw is being treated for cancer.":                                                                                                              "Former nbc news anchor tom brokaw is being treated for cancer.",
		"drew angerer/getty images buzzfeed on tuesday published a dossier.":                                                                                                                     "Buzzfeed on tuesday published a dossier.",
		"summitt dies at 64. wade payne/ap wade payne/ap former coach pat summitt has died.":                                                                                                     "summitt dies at 64. Former coach pat summitt has died.",
		"enlarge this image toggle caption afp/getty images the bag still carries traces of moon dust.":                                                                                          "The bag still carries traces of moon dust.",
		"Close skip in skip x embed x share phyllis mcdole spoke on wednesday.":                                                                                                                  "Phyllis mcdole spoke on wednesday.",
		"Skip ad ad loading... X embed x share two campers have been arrested.":                                                                                                                  "Two campers have been arrested.",
		"Please enable JavaScript to watch this video Ogden, Utah — a fire broke out.":                                                                                                           "A fire broke out.",
		"He would fill that bill. \" story continued below since entering the race, he has led.":                                                                                                 "He would fill that bill. \" Since entering the race, he has led.",
		"It was a shock. Text size - + reset 2012 field piles on 9-9-9 plan politico 44 though robbins says no.":                                                                                 "It was a shock. Though robbins says no.",
		"He stayed. Text size - + reset for now, his vow to remain in office stands.":                                                                                                            "He stayed. For now, his vow to remain in office stands.",
		"Video and analysis from ABC News. Add Interest The security guard was shot.":                                                                                                            "Video and analysis from ABC News. The security guard was shot.",
		"Modi wrote. My deepest condolences … https://t.co/6jiatjwfm6 — narendra modi ( @narendramodi ) 1539961804000 The toll rose.":                                                            "Modi wrote. My deepest condolences … The toll rose.",
		"| details now on boston 25 news https://t.co/cz34tv08uf gronkowski did not say anything.":                                                                                               "| details now on boston 25 news gronkowski did not say anything.",
		"Steve copoulos tells the sun chronicle ( http://bit.ly/2slf5yu ) he added window art.":                                                                                                  "Steve copoulos tells the sun chronicle he added window art.",
		"Https://www.instagram.com/p/bp5q9zflbdm/ whole foods ' newest store has hired a cutter.":                                                                                                "Whole foods ' newest store has hired a cutter.",
		"An ambulance crew evaluated the couple. ___ information from: wmtw-tv, http://www.wmtw.com":                                                                                             "An ambulance crew evaluated the couple.",
		"He lost his license. ___ information from:":                                                                                                                                             "He lost his license.",
		"Play facebook twitter embed towering dust storm forms over phoenix 2: 23 a massive dust storm moved through.":                                                                           "A massive dust storm moved through.",
		"He won for graphene. Play facebook twitter google plus embed today anchors test the 'selfie toaster ' 1: 14 the winners spoke.":                                                         "He won for graphene. The winners spoke.",
		`It was cruel. " play facebook twitter embed activists investigate us sheep farms 5: 57 people for the animals said so.`:                                                                 `It was cruel. " People for the animals said so.`,
		`Poster= " http://v.politico.com/images/1155968404/2016.jpg?pubid=1155968404 " true trump on rt: johnson shouldn't debate`:                                                               "Trump on rt: johnson shouldn't debate",
		"Delivered weekday mornings. Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt by phil mccausland for weeks, veterans waited.":                                           "Delivered weekday mornings. For weeks, veterans waited.",
		"Sign up july 30, 2018, 11: 29 am gmt / source: today by eun kyung kim and molly palmer bode miller grieves.":                                                                            "Sign up by eun kyung kim and molly palmer bode miller grieves.",
		"Mornings. Aug. 27, 2017, 10: 36 am gmt / updated aug. 28, 2017, 12: 01 am gmt by phil mccausland and saphora smith houston — rescuers answered calls.":                                  "Mornings. Rescuers answered calls.",
		"Mornings. June 1, 2016, 10: 51 pm gmt / updated june 1, 2016, 10: 51 pm gmt by maggie fox and you thought the 70s were wild.":                                                           "Mornings. By maggie fox and you thought the 70s were wild.",
		"Delivered weekday mornings. / updated by carol e. Lee and courtney kube washington — when the crown prince visits, he will meet the president.":                                         "Delivered weekday mornings. When the crown prince visits, he will meet the president.",
		"Delivered weekday mornings. / updated by erik ortiz, corky siemaszko and phil helsel in the aftermath of the bombing, agents searched.":                                                 "Delivered weekday mornings. In the aftermath of the bombing, agents searched.",
		"Delivered weekday mornings. / updated by maggie fox breast implants can cause a rare form of cancer.":                                                                                   "Delivered weekday mornings. Breast implants can cause a rare form of cancer.",
		"The fee was waived / updated by the board in march.":                                                                                                                                    "The fee was waived / updated by the board in march.",
		"And here's her dress... A post shared by serena williams ( @serenawilliams ) on nov 17, 2017 at 5: 27pm pst as we reported, serena wed.":                                                "And here's her dress... As we reported, serena wed.",
		"Familia a post shared by hilaria thomas baldwin ( @hilariabaldwin ) on jul 1, 2017 at 9: 33am pdt congratulations to the family!":                                                       "Familia. Congratulations to the family!",
		"Nbc 7's erika cervantes has the latest. ( published sunday, sept. 9, 2018 ) a man shot friday was identified.":                                                                          "Nbc 7's erika cervantes has the latest. A man shot friday was identified.",
		"Police said the bus crashed ( published 28 minutes ago ) the driver was hurt.":                                                                                                          "Police said the bus crashed. The driver was hurt.",
		"Tsarnaev photos released ( updated 11: 45 p.m. Et ) state police sgt. Sean murphy released images.":                                                                                     "Tsarnaev photos released. State police sgt. Sean murphy released images.",
		"Santorum hits colleges ( updated: bachmann official denies ) over a year later.":                                                                                                        "Santorum hits colleges ( updated: bachmann official denies ) over a year later.",
		"He spoke in Sydney, September 15, 2009. Reuters/tim wimborne san francisco is where the novel broke records.":                                                                           "He spoke in Sydney, September 15, 2009. San francisco is where the novel broke records.",
		"Seen in Missouri, march 11, 2016. Reuters/aaron p. Bernstein schlafly died at her home.":                                                                                                "Seen in Missouri, march 11, 2016. Schlafly died at her home.",
		"Arizona, january 9, 2013. Reuters/laura segall/file photo the latest court order set a date.":                                                                                           "Arizona, january 9, 2013. The latest court order set a date.",
		"The hotel opened in 1990. Photo: courtesy hotel group the rooms were redone last year.":                                                                                                 "The hotel opened in 1990. The rooms were redone last year.",
		"Picture: neil hanna he was regarded as a leading chemist.":                                                                                                                              "He was regarded as a leading chemist.",
		"The fire spread quickly. More photo: ted s. Warren, ap police officers watch the scene.":                                                                                                "The fire spread quickly. Police officers watch the scene.",
		"Photo: ap monday, officials failed to explain the delay.":                                                                                                                               "Monday, officials failed to explain the delay.",
		"The bridge opened. Photo: steven higbee image 3 of 9 the view from the bridge is wide.":                                                                                                 "The bridge opened. The view from the bridge is wide.",
		"Photo: a man walks in the park at dawn.":                                                                                                                                                "Photo: a man walks in the park at dawn.",
		"Photo: julia robinson for the journal here at the brewery, robots stack bottles.":                                                                                                       "Photo: julia robinson for the journal here at the brewery, robots stack bottles.",
		"Photograph: met police the three girls were interviewed in december.":                                                                                                                   "Photograph: met police the three girls were interviewed in december.",
		"He wished her well. \" matt sayles/ap/rex/shutterstock so sorry you have to go through this.":                                                                                           "He wished her well. \" So sorry you have to go through this.",
		"The sect said he was alive. Image copyright shammi mehra/afp/getty images image caption police were posted near the ashram.":                                                            "The sect said he was alive. Police were posted near the ashram.",
		"Image copyright afp image caption mexican troops have been guarding the site.":                                                                                                          "Mexican troops have been guarding the site.",
		"He was released. Image copyright national museum of computing image caption the teleprinter was found in a shed.":                                                                       "He was released. The teleprinter was found in a shed.",
		"Image copyright thinkstock scientists have created a chemical.":                                                                                                                         "Scientists have created a chemical.",
		"Image copyright spl eating late might trigger weight gain.":                                                                                                                             "Eating late might trigger weight gain.",
		"Image copyright the family said the photo was taken in may.":                                                                                                                            "The family said the photo was taken in may.",
		"Image copyright afp more than 240 health workers have been infected in west africa image caption a nurse at work.":                                                                      "More than 240 health workers have been infected in west africa a nurse at work.",
		"The u.s. Levels sanctions against turkish officials updated at 5: 45 p.m. Et the u.s. Is imposing sanctions on two ministers.":                                                          "The u.s. Levels sanctions against turkish officials. The u.s. Is imposing sanctions on two ministers.",
		"He spoke on tuesday. [ updated at 7: 59 p.m. ] speaking on cnn, the senator said he would vote no.":                                                                                     "He spoke on tuesday. Speaking on cnn, the senator said he would vote no.",
		"Updated 5: 44 p.m. Sen. Kirsten gillibrand's bill passed the committee.":                                                                                                                "Sen. Kirsten gillibrand's bill passed the committee.",
		"Updated: 08/15/2017 11: 02 p.m. Lisa theris allowed the deputy in.":                                                                                                                     "Lisa theris allowed the deputy in.",
		"The vote came late. Updated at 11: 10 a.m.":                                                                                                                                             "The vote came late.",
		"The vote came late. Updated at 4: 01 p.m. Et, friday, may 15.":                                                                                                                          "The vote came late.",
		"Chapman is denied parole by daily mail reporter last updated at 8: 15 am on 8th september 2010 the man was denied.":                                                                     "Chapman is denied parole by daily mail reporter. The man was denied.",
		"Trump tries to treat them better liam james doyle/npr liam james doyle/npr updated at 3: 26 p.m. Et uber's leaders are busy.":                                                           "Trump tries to treat them better. Uber's leaders are busy.",
		"The list was updated at 5: 45 p.m. Tuesday with two more names.":                                                                                                                        "The list was updated at 5: 45 p.m. Tuesday with two more names.",
		"Tesla crash image 1 of / 18 caption close 1 arrested after tesla crashes into fire truck 1 / 18 back to gallery a driver was arrested.":                                                 "Tesla crash. A driver was arrested.",
		"Enlarge this image katherine du/npr katherine du/npr hunger is not the only reason we eat.":                                                                                             "Hunger is not the only reason we eat.",
		"The school acted. Previous next enlarge an elementary school teacher was placed on leave.":                                                                                              "The school acted. An elementary school teacher was placed on leave.",
		"( related: the host is likely on her way out ) her inflammatory style played well online.":                                                                                              "Her inflammatory style played well online.",
		"Collins referred to this photo: the other senator was not named.":                                                                                                                       "Collins referred to this photo: the other senator was not named.",
		"The club acted. Getty 5 chelsea will send fans to a museum.":                                                                                                                            "The club acted. Chelsea will send fans to a museum.",
		"Getty - contributor james maybrick, a merchant, was suspected.":                                                                                                                         "James maybrick, a merchant, was suspected.",
		"Id: 8289274 betty white is being sued by her agent.":                                                                                                                                    "Betty white is being sued by her agent.",
		"The suit was filed. Jesse grant / getty images id: 5672497 the agent says he is owed.":                                                                                                  "The suit was filed. The agent says he is owed.",
		"Getty image amanda bynes locked herself in a car.":                                                                                                                                      "Amanda bynes locked herself in a car.",
		"Getty trump compares carson to child molesters donald trump lashed out.":                                                                                                                "Trump compares carson to child molesters donald trump lashed out.",
		"It spread in the territories. Getty rubio: no abortions for infected women.":                                                                                                            "It spread in the territories. Rubio: no abortions for infected women.",
		"The suit was filed. Getty Trump compares Carson to a molester.":                                                                                                                         "The suit was filed. Trump compares Carson to a molester.",
		"The suit was filed. Getty told Reuters the museum would reopen.":                                                                                                                        "The suit was filed. Getty told Reuters the museum would reopen.",
		"The suit was filed. Getty Museum officials said it would reopen.":                                                                                                                       "The suit was filed. Getty Museum officials said it would reopen.",
		"getty museum officials said the villa would reopen.":                                                                                                                                    "getty museum officials said the villa would reopen.",
		"Follow @politicalticker follow @killoughcnn palin, wearing a shirt, spoke.":                                                                                                             "Palin, wearing a shirt, spoke.",
		"It ran on friday. — — follow josh feldman on twitter: @feldmaniac have a tip we should know? tips@mediaite.com":                                                                         "It ran on friday.",
		"It ran on friday. [ image via screengrab ] — follow ken meyer ( @kenmeyer91 ) on twitter":                                                                                               "It ran on friday.",
		"The show inspired it, said sharon waxman follow @sharonwaxman by alan ball, the creator.":                                                                                               "The show inspired it, said sharon waxman. By alan ball, the creator.",
		"You can follow me on twitter @michelersimon and email me.":                                                                                                                              "You can follow me on twitter @michelersimon and email me.",
		"Getty said the museum would reopen in May.":                                                                                                                                             "Getty said the museum would reopen in May.",
		"No devices were found. Continue reading below police searched the campus.":                                                                                                              "No devices were found. Police searched the campus.",
		`Officials called it "unconfirmed reports. " continue reading below police searched the campus.`:                                                                                         `Officials called it "unconfirmed reports. " Police searched the campus.`,
		"Continue reading the officer was injured, the report said.":                                                                                                                             "The officer was injured, the report said.",
		"Lady gaga wins eight awards winter/getty lady gaga won eight awards at the show.":                                                                                                       "Lady gaga wins eight. Lady gaga won eight awards at the show.",
		// a credit printed once in small letters, where its name's start is not known
		"summitt dies at 64 wade payne/ap former coach pat summitt has died.":                                                 "summitt dies at 64. Former coach pat summitt has died.",
		"The model quit the show victor virgile/gamma-rapho via getty she announced it on instagram.":                         "The model quit the show. She announced it on instagram.",
		"Aaron p. Bernstein/getty images on june 15, politico ran a story.":                                                   "On june 15, politico ran a story.",
		"Mark conlin/oxford scientific/getty the red wolf may be a hybrid.":                                                   "The red wolf may be a hybrid.",
		"Paul_brighton/getty how do you get people to eat greens?":                                                            "How do you get people to eat greens?",
		"View slideshow associated press an afghan police officer carries a man.":                                             "An afghan police officer carries a man.",
		"The athlete ran in the heats [ gallo/getty ] she finished last in her race.":                                         "The athlete ran in the heats she finished last in her race.",
		"Ships lay at anchor. ( le quang nhat, afp/getty images ) a satellite firm is asking the crowd for help.":             "Ships lay at anchor. A satellite firm is asking the crowd for help.",
		"It was taken in 2016. Reuters/ivan sekretarev/pool/lucas jackson/file photos moscow ( reuters ) - putin will speak.": "It was taken in 2016.\nPutin will speak.",
		"The service grew fast. ( getty ) a frequent user of the service quit.":                                               "The service grew fast. A frequent user of the service quit.",
		"Afp/getty images in the latest friday afternoon twitter dump, trump spoke.":                                          "In the latest friday afternoon twitter dump, trump spoke.",
		"❮ prev next ❯ 20 cars rack up tickets, a survey says.":                                                               "20 cars rack up tickets, a survey says.",
		"Underneath was a body. Advertisementskip family members had been driving.":                                           "Underneath was a body. Family members had been driving.",
		"The mayor spoke. Like us on facebook england will soon have a museum of poop.":                                       "The mayor spoke. England will soon have a museum of poop.",
		"« previous | main | next » white house refuses to say if karzai is an ally.":                                         "White house refuses to say if karzai is an ally.",
		"The police said Reuters/Ipsos polls were wrong.":                                                                     "The police said Reuters/Ipsos polls were wrong.",
		"To see the home of darth vader. Join independent minds for exclusive articles, events and an advertising-free read for just £ 5.99 € 6.99 $ 9.99 a month get the best of the independent with an independent minds subscription for just £ 5.99 € 6.99 $ 9.99 a month get the best of the independent without the ads – for just £ 5.99 € 6.99 $ 9.99 a month scientists found a bone.": "To see the home of darth vader. Scientists found a bone.",
		"8.46am gmt welcome to middle east live.":         "Welcome to middle east live.",
		"5: 50 pm pt -- the chiefs have cut kareem hunt.": "The chiefs have cut kareem hunt.",
		"Organisers have confirmed. Everything you need to know about the climate summit read more in january, the duo spoke.":                                             "Organisers have confirmed. In january, the duo spoke.",
		`We are a family. " colombia's highest court paves way for marriage equality read more when a notary signed it, they wed.`:                                         `We are a family. " When a notary signed it, they wed.`,
		"The fire spread. Cladding on 27 tower blocks fails fire safety tests Read more Those affected described confusion.":                                               "The fire spread. Those affected described confusion.",
		"It was filed. Is there a storm brewing in the town? read more at 3.30pm, police began pushing.":                                                                   "It was filed. At 3.30pm, police began pushing.",
		"He confirmed it. Roman polanski on rape case: ' it's over'read more st gallen's police confirmed the details.":                                                    "He confirmed it. St gallen's police confirmed the details.",
		"They were killed. Orlando attack victims: the lives cut short read more at least one officer told the guardian.":                                                  "They were killed. At least one officer told the guardian.",
		"He said it was over. advertisement gonzalez-moreno, a student, heard a shout.":                                                                                    "He said it was over. Gonzalez-moreno, a student, heard a shout.",
		"Advertisement police say the couple was traveling to bury her father.":                                                                                            "Police say the couple was traveling to bury her father.",
		"Traffic was closed. Just watched police shoot man in wheelchair replay more videos... Must watch police shoot man in wheelchair 01: 20 the officers fired.":       "Traffic was closed. The officers fired.",
		"Dennis marx was killed by police just watched amateur video shows assault replay more videos... Must watch amateur video shows assault 01: 20 the sheriff spoke.": "Dennis marx was killed by police. The sheriff spoke.",
		"Local news more>> passenger who arrived at newark airport is evaluated for ebola.":                                                                                "Passenger who arrived at newark airport is evaluated for ebola.",
		"The baby was due at christmas. See the most-read stories in entertainment this hour >> \" we welcome our baby boy! \"":                                            "The baby was due at christmas. \" we welcome our baby boy! \"",
		"San bernardino >> as community members mourned tuesday, details began to emerge.":                                                                                 "As community members mourned tuesday, details began to emerge.",
		"It went viral last month. Madison >> a video appearing to show an assault went viral.":                                                                            "It went viral last month. A video appearing to show an assault went viral.",
		"Español subscribe: fda consumer health information do you find it hard to resist?":                                                                                "Do you find it hard to resist?",
		"Español the u.s. food and drug administration today issued a rule.":                                                                                               "The u.s. food and drug administration today issued a rule.",
		"Share on more share on more lena dunham didn't vote in 2012.":                                                                                                     "Lena dunham didn't vote in 2012.",
		"The studio filed suit. Report this ad in a fresh round of briefs, it went on.":                                                                                    "The studio filed suit. In a fresh round of briefs, it went on.",
		"Nate chute/indystar buy photo authorities respond to madison avenue.":                                                                                             "Authorities respond to madison avenue.",
		"It was the largest case. Buy photo one of the rescued dogs receives oxygen.":                                                                                      "It was the largest case. One of the rescued dogs receives oxygen.",
		"Enlarge image police make an arrest during a protest in montreal.":                                                                                                "Police make an arrest during a protest in montreal.",
		"The ranger spoke. Enlarge image close the closure came amid an investigation.":                                                                                    "The ranger spoke. The closure came amid an investigation.",
		"Nazi-era graves to be dug up in austria please turn on javascript. media requires javascript to play. continue reading the main story the graves were found.":     "Nazi-era graves to be dug up in austria. The graves were found.",
		"Coffina holds a news conference on november 15, 2018. embed more news videos bobbitt claims he got a small portion.":                                              "Coffina holds a news conference on november 15, 2018. Bobbitt claims he got a small portion.",
		"Chad pradelli reports during action news at 11 embed more news videos police search the home.":                                                                    "Chad pradelli reports during action news at 11. Police search the home.",
		"Tom costello, good morning to you. >> the magazine tested almost 100 samples. >> reporter: this isn't the first time.":                                            "Tom costello, good morning to you. The magazine tested almost 100 samples. Reporter: this isn't the first time.",
		// the same words as news
		"The launch is set for 8: 29 a.m. Edt ( 1229 gmt ) today.":                                            "The launch is set for 8: 29 a.m. Edt ( 1229 gmt ) today.",
		"Music will be available at https://music.twitter.com and as an app.":                                 "Music will be available at https://music.twitter.com and as an app.",
		"He said he/ she would go.":                                                                           "He said he/ she would go.",
		"Banks add interest to the balance every month.":                                                      "Banks add interest to the balance every month.",
		"( you can read more about friday's developments here. ) in a hastily arranged meeting, they met.":    "( you can read more about friday's developments here. ) in a hastily arranged meeting, they met.",
		"Do you want to know what happened? Read more about it at the site.":                                  "Do you want to know what happened? Read more about it at the site.",
		"Readers wanted more. The survey found those people read more at night than by day.":                  "Readers wanted more. The survey found those people read more at night than by day.",
		"The forecast was first reported by USA Today on Thursday. USA Today reported that he was paid more.": "The forecast was first reported by USA Today on Thursday. USA Today reported that he was paid more.",
		"USA TODAY Sports' Martin Rogers discusses the news. USA Today and the Post both ran the story.":      "USA TODAY Sports' Martin Rogers discusses the news. USA Today and the Post both ran the story.",
		"The vote was 7 | 2 in favor. Choose one | ap news or getty.":                                         "The vote was 7 | 2 in favor. Choose one | ap news or getty.",
		"Text size is set by the reader's browser, the designers said.":                                       "Text size is set by the reader's browser, the designers said.",
		"This article is over 1 year old, the editor said.":                                                   "This article is over 1 year old, the editor said.",
		"Days after the reports, he posted: \" my name's elba \" on june 4, 2015.":                            "Days after the reports, he posted: \" my name's elba \" on june 4, 2015.",
		"Critics said the story highlights the plight of farmers.":                                            "Critics said the story highlights the plight of farmers.",
		"The study found that children in the program who read more often scored higher.":                     "The study found that children in the program who read more often scored higher.",
		"Those in the study read more books. Pupils in the older group read more slowly.":                     "Those in the study read more books. Pupils in the older group read more slowly.",
		"Officials said Pupils in the older group read more Slowly than others.":                              "Officials said Pupils in the older group read more Slowly than others.",
		"The firm said advertisement revenue fell. advertisement spending rose 5 percent.":                    "The firm said advertisement revenue fell. advertisement spending rose 5 percent.",
		"The Senate met. advertisement sales fell, said Acme Corp.":                                           "The Senate met. advertisement sales fell, said Acme Corp.",
		"The Senate met. advertisement gonzalez spoke, said Acme Corp.":                                       "The Senate met. advertisement gonzalez spoke, said Acme Corp.",
		"The tortoises of española dwindled to 15. Española giant tortoises are back.":                        "The tortoises of española dwindled to 15. Española giant tortoises are back.",
		"Now an unprecedented spike in overdose >> it's hard with the punch.":                                 "Now an unprecedented spike in overdose >> it's hard with the punch.",
		"Advertisement revenue fell 5 percent in the quarter.":                                                "Advertisement revenue fell 5 percent in the quarter.",
		"The report said: advertisement spending rose.":                                                       "The report said: advertisement spending rose.",
		"Close to 37,000 people fled. Close friends said she left.":                                           "Close to 37,000 people fled. Close friends said she left.",
		"Close inspection revealed cells under the skin.":                                                     "Close inspection revealed cells under the skin.",
		"Photo ID laws were passed in 12 states. Photo by Jane Doe.":                                          "Photo ID laws were passed in 12 states. Photo by Jane Doe.",
		"The photo (taken in 2010) shows the two men together.":                                               "The photo (taken in 2010) shows the two men together.",
		"He posted the photos (all 40 of them) online.":                                                       "He posted the photos (all 40 of them) online.",
		"The site was updated 14 times on Monday.":                                                            "The site was updated 14 times on Monday.",
		"The network (CNN) said it would appeal.":                                                             "The network (CNN) said it would appeal.",
		"The report was published on Jul 18, 2017, a week before the vote.":                                   "The report was published on Jul 18, 2017, a week before the vote.",
		"( cbs4 ) – a denver police officer is facing domestic violence charges.":                             "A denver police officer is facing domestic violence charges.",
		"Memphis ( cn ) - memphis did not submit 15,000 rape evidence kits.":                                  "Memphis did not submit 15,000 rape evidence kits.",
		"( sic ) the rest of the letter was lost.":                                                            "( sic ) the rest of the letter was lost.",
		"(The report) said nothing new about the deal.":                                                       "(The report) said nothing new about the deal.",
		"Photo ID laws were passed in 2011.":                                                                  "Photo ID laws were passed in 2011.",
		"Photo of the day: a heron lands on the lake.":                                                        "Photo of the day: a heron lands on the lake.",
		// a photo's label where a sentence opens, and the capital the cut leaves
		"The show opened in may. Photo the trend took off last spring.":             "The show opened in may. The trend took off last spring.",
		"Photo it was a simple plan: a student would crawl through a duct.":         "It was a simple plan: a student would crawl through a duct.",
		"\"she will not return. \" photo ms. Rowe, a freshman, spoke on monday.":    "\"she will not return. \" Ms. Rowe, a freshman, spoke on monday.",
		"He left. \" photo of the day was a heron.":                                 "He left. \" photo of the day was a heron.",
		"Advertisement: for his first joke, he did a routine.":                      "For his first joke, he did a routine.",
		"They write in their study: advertisement larger males deter smaller ones.": "They write in their study: larger males deter smaller ones.",
		"The board met. Advertisement the measure passed on a voice vote.":          "The board met. The measure passed on a voice vote.",
		"Kabul ( ap ) — the latest on an assault in kabul ( all times local ): 1: 45 p.m. Afghan officials have raised the toll to 28. 12: 10 p.m. The site lies under power lines.": "Afghan officials have raised the toll to 28. The site lies under power lines.",
		"The Latest on the 2016 race for president, one week out from the Iowa caucuses. All times local. 3:15 p.m. Mike Huckabee's campaign released a video.":                      "Mike Huckabee's campaign released a video.",
		"The Latest on the summit (all times local): ___ 5 p.m. FBI Director James Comey says one phone was found.":                                                                  "FBI Director James Comey says one phone was found.",
		"The toll rose to 28. ___ The site lies under power lines. __ 2: 05 p.m. Federal reserve policymakers expect to hike rates, all times local.":                                "The toll rose to 28. The site lies under power lines. Federal reserve policymakers expect to hike rates, all times local.",
		"Editor's note: this story was updated at 1:55 p.m. Is it a medieval fake or a relic?":                                                                                       "Is it a medieval fake or a relic?",
		"Update: Tiffany Li has posted bail. Details here.":                                                       "Tiffany Li has posted bail. Details here.",
		"The envelope was wrong. Updated: in his fourth year of handling envelopes, he erred.":                    "The envelope was wrong. In his fourth year of handling envelopes, he erred.",
		"The team was updated: three players left.":                                                               "The team was updated: three players left.",
		"Editor's note: former Penn State coach Jerry Sandusky will likely spend the rest of his life in prison.": "Former Penn State coach Jerry Sandusky will likely spend the rest of his life in prison.",
		"The roadmap details go here. Editor's note-11/17/2014 customers that add Office 365 will get OneDrive.":  "The roadmap details go here. Customers that add Office 365 will get OneDrive.",
		"Editor's note: the newest version of this story can be found here. Police arrested him on Wednesday.":    "Police arrested him on Wednesday.",
		"Rodgers misses an extended amount of time. ( 0: 49 ) Aaron Rodgers broke his right collarbone.":          "Rodgers misses an extended amount of time. Aaron Rodgers broke his right collarbone.",
		"Video ( 01: 32 ): zimbabwean authorities confirmed on friday that they will act.":                        "Zimbabwean authorities confirmed on friday that they will act.",
		"Heenan was one of the great commentators ( 3:10 ) raymond heenan died at 73.":                            "Heenan was one of the great commentators. Raymond heenan died at 73.",
		"Director: Todd Phillips (1:40). Rated R for language.":                                                   "Director: Todd Phillips (1:40). Rated R for language.",
		"The paper's editor's note ran on Sunday.":                                                                "The paper's editor's note ran on Sunday.",
		"The latest on the case came on Monday. 9:03 a.m. United flight 175 crashed into the south tower.":        "The latest on the case came on Monday. 9:03 a.m. United flight 175 crashed into the south tower.",
		// a dateline whose credit a page left out, after a picture's caption
		// dated as the wires date one; a place that is the subject stays
		"John brennan speaks in the white house in washington october 29, 2010. Washington a top white house official said it was inconceivable.": "John brennan speaks in the white house in washington october 29, 2010. A top white house official said it was inconceivable.",
		"A sign is seen outside the headquarters in vienna november 26, 2012. New york the union is preparing more strikes.":                      "A sign is seen outside the headquarters in vienna november 26, 2012. The union is preparing more strikes.",
		"The museum opened in 2010. Paris police said the painting was stolen.":                                                                   "The museum opened in 2010. Paris police said the painting was stolen.",
		"The talks ended. Washington the capital braced for snow.":                                                                                "The talks ended. Washington the capital braced for snow.",
	} {
		r := Clean(in)
		if got := strings.Join(r.Paragraphs, "\n"); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWireServiceNotes(t *testing.T) {
	raw := "&UR; Eds: UPDATES with new figures &UR; AP Photo &UR; By JANE ROE &QC; &UR; Associated Press Writer &QC; " +
		"OSLO, Norway (AP) _ Heavy snow closed the main airport on Monday, officials said.\n\n" +
		"&QL; The airport reopened late in the evening, and 40 flights were cancelled.\n\n" +
		"(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)\n\n" +
		"&UR; The airport, 2nd graf, pvs\n\nMORE\n\n(jr-kl)\n\nNYT-01-05-99 1735EDT\n"
	r := Clean(raw)
	want := []string{"Heavy snow closed the main airport on Monday, officials said.", "The airport reopened late in the evening, and 40 flights were cancelled."}
	if strings.Join(r.Paragraphs, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs = %q, want %q", r.Paragraphs, want)
	}
	if r.Dateline != "OSLO, Norway (AP)" {
		t.Errorf("dateline = %q", r.Dateline)
	}
	for _, note := range []string{"Eds: UPDATES", "Associated Press Writer", "OPTIONAL MATERIAL", "2nd graf", "MORE", "(jr-kl)", "1735EDT"} {
		if !has(r.Removed, ReasonWire, note) {
			t.Errorf("%q not removed as a wire-service note: %+v", note, r.Removed)
		}
	}
	// a trim mark in every form the newswire writes it; a parenthesis of
	// the story's own is kept
	for _, p := range []string{"(STORY CAN END HERE _ OPTIONAL MATERIAL FOLLOWS)", "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)", "(BEGIN OPTIONAL TRIM)", "(END OPTIONAL TRIM)", "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS) nn"} {
		if !wireNote(p, len(strings.Fields(p))) {
			t.Errorf("%q is not a wire-service note", p)
		}
	}
	if p := "(Optional material is what editors may cut.)"; wireNote(p, len(strings.Fields(p))) {
		t.Errorf("%q is a wire-service note", p)
	}
	// a dateline cut off from its story by typesetting codes is joined back
	r = Clean("BEIJING &UR; &LR; _ Protesting the lack of a lawyer, the father of a dissident will seek a delay.\n\nMore talks are due.\n")
	if r.Dateline != "BEIJING" || len(r.Paragraphs) != 2 || !strings.HasPrefix(r.Paragraphs[0], "Protesting") {
		t.Errorf("dateline %q, paragraphs %q", r.Dateline, r.Paragraphs)
	}
}

// TestFurnitureLeads checks that the first-word gates in front of the
// furniture, copyright and promo patterns pass one line of every form the
// patterns match, in any case.
func TestFurnitureLeads(t *testing.T) {
	furnitureLines := []string{"Loading article content", "Story continues below", "ARTICLE CONTINUES ON NEXT PAGE",
		"Text continue", "Continued on page A4", "Continued from p. 2", "Advertisement", "Advertising", "Sponsored content",
		"Skip to main content", "Skip ad", "Scroll down for video", "Scroll to continue with content"}
	for _, p := range furnitureLines {
		if got := furnitureReason(p, text.Words(p)); got != ReasonFurniture {
			t.Errorf("%q: reason %q, want furniture", p, got)
		}
	}
	copyrightLines := []string{"© 2014 The Times", "Copyright 2014 Reuters", "2014 The Associated Press. All rights reserved.",
		"Cable News Network ALL RIGHTS RESERVED", "Copyright © 2014 AFP.", "Copyright (c) 2012 HealthDay.", "Copyright by KOIN",
		"Copyright associated press", "Copyright 2014 the associated press."}
	for _, p := range copyrightLines {
		if got := furnitureReason(p, text.Words(p)); got != ReasonFurniture {
			t.Errorf("%q: reason %q, want furniture", p, got)
		}
	}
	promoLines := []string{"Read more: Iraq", "Read also:", "Also read:", "Continue reading", "Related:", "Related articles",
		"Related stories:", "Related coverage", "Related content", "See also:", "More on this:", "Recommended", "Trending:",
		"Most read", "Most popular", "Click here", "Subscribe", "Sign up:", "Share this", "Share on", "Follow us",
		"Tweet this", "Email this", "Print this", "EDITORIAL:", "Opinion:", "Analysis |", "Video:", "Watch:", "Listen:",
		"Podcast", "Photo:", "Photos:", "Gallery", "Live:", "Live updates", "Breaking:", "Breaking news", "Exclusive:",
		"Image:", "Caption:", "Credit:", "File photo", "Getty Images", "AP Photo", "Copyright:"}
	for _, p := range promoLines {
		if got := furnitureReason(p, text.Words(p)); got != ReasonPromo && got != ReasonFurniture {
			t.Errorf("%q: reason %q, want promo", p, got)
		}
	}
	for _, p := range []string{"Loading docks were closed.", "Readers wrote in:", "Photographers gathered",
		"Copyright law was at issue, the court said.", "Copyright claims over a language are doubtful."} {
		if got := furnitureReason(p, text.Words(p)); got != "" {
			t.Errorf("%q: reason %q, want none", p, got)
		}
	}
}

func TestPhotoCaptionsAndCredits(t *testing.T) {
	for _, s := range []string{
		"In this March 17, 2005, photo, Hillary Adams practices the piano at her home.",
		"In this photo released by the police, a man walks on the trail.",
		"in this undated handout image, the two girls smile.",
	} {
		if !IsWebFurniture(s) {
			t.Errorf("a photo's caption was kept: %q", s)
		}
	}
	for _, s := range []string{
		"In this town, photography is banned near the base.",
		"In this case, the judge said the picture was clear.",
	} {
		if IsWebFurniture(s) {
			t.Errorf("news taken for a caption: %q", s)
		}
	}
	r := Clean("AP Photo Hillary in bold: the typeface went viral this week.")
	if got := strings.Join(r.Paragraphs, "\n"); got != "Hillary in bold: the typeface went viral this week." {
		t.Errorf("a leading AP Photo credit was kept: %q", got)
	}
	r = Clean("AP photographer Evan Vucci took the picture.")
	if got := strings.Join(r.Paragraphs, "\n"); got != "AP photographer Evan Vucci took the picture." {
		t.Errorf("news about an AP photographer was cut: %q", got)
	}
}

func TestOpensWithTemplate(t *testing.T) {
	for _, o := range slices.Concat(templateOpenings, newsOpenings, pageCalls) {
		if c := o[0]; c|0x20 != c || !(c >= 'a' && c <= 'z' || c == '/') {
			t.Errorf("template opening %q does not start with a small letter or '/', which OpensWithTemplate's first-byte check needs", o)
		}
	}
	for _, s := range []string{"Photos: unrest in Syria Syrian men help survivors out of a building.", "/ Updated by Sarah Fitzpatrick adult film star Stormy Daniels sued.", "Subscribe Washington — Martin Shkreli invoked the Fifth Amendment.",
		"Related: Sanders: Trump enticing his supporters to be violent, Clinton said.", "Watch: Mariah Carey reveals how she met him.",
		"Credit: Matthew Kanan, Stanford University Stanford scientists found a new way.", "Illustration: Jim Cooke, Photo: Getty Trump has drawn attention.",
		"See also: Michael Hastings probed the CIA before fatal Hollywood crash the vehicle was then towed.", "More: Christmas comes early to Colerain Twp. tot suffering with brain cancer chief Mason spoke.",
		"See more of Heal the Bay on Facebook", "see more of world wingsuit league ( wwl ) on facebook.",
		"Sign up for breaking news alerts from…", "Sign up a two-hour standoff ensued.", "Click through the gallery for a look at his life.", "Click on each dish name to get the recipe.",
		"Click or tap the highlighted part of the transcript to see an annotation.", "Tap to read more.", "Also click in the right hand column to sign the petition.",
		"Please click the checkbox indicating that you have read the full article.", "Click over to cambio for more on the news.",
		"Watch the clip below.", "Watch video, courtesy of fox news, below", "Read the full transcript of the tape here.", "Check out deadline's exclusive video above.",
		"Watch the report from good morning america in the player above.", "See photos by clicking here.", "watch that clip below:", "See the video below.", "Be the first to know.",
		"Graphic: map: key sites in the abduction.", "Gallery: a woman was shot overnight in an alleyway.", "Warning: the images used in this story could be disturbing to some.",
		"More photo: tyler sizemore photo: tyler sizemore.", "Picture: tuva online the young boy survived.", "Photograph: met police the three girls were interviewed.",
		"Download the station's news app for alerts.", "Download our free app today.", "Never miss a beat with our morning newsletter.",
		"Listen to the audio version of this article: read aloud by a narrator.",
		"Courtesy of cbs on thursday, charlie sheen was rushed to the hospital.", "Courtesy: jarrod kanizay this video has been uploaded.",
		"Related video: could a reunion of the office be coming our way?", "Related stories: interpol targets 55 suspects.", "related coverage photos: plane crash at the airport."} {
		if !OpensWithTemplate(s) {
			t.Errorf("a template's words open %q", s)
		}
	}
	for _, s := range []string{"Photographers were kept away from the court.", "Subscribers will get the magazine in May.", "Readers complained about the change.", "Related charges were dropped.", "Credit card debt rose.", "Video of the attack spread.", "More than 100 people were hurt.",
		"See more of the photos on Facebook, the museum said, or visit its gallery.", "Seeing more of her on Facebook helped.",
		"Signups rose by a third.", "Signed up soldiers left first.", "Clicking noises came from the engine.", "Click and Clack, the brothers of Car Talk, retired.", "Tap water in Flint was not safe to drink.", "Tapping the phones was legal, he said.", "Be the first to know what your neighbors think, the app promises.", "See you here, he told the crowd, and they came back.", "Watchdogs found the flaw here.", "Read the fine print, the agency warned consumers who shop here.",
		"Watch what happens when thousands of people who have never met gather in a square, talk about the future of their city and the country they love, and decide together to stay here.", "Gallery owners sued the city.", "Warnings were issued for the coast.",
		"Downloads of the app doubled in a week.", "Downloading the files took hours, the report said.",
		"Related to the case, three more men were charged: two brothers and a cousin.", "Courtesy calls were made to the families.", "Related"} {
		if OpensWithTemplate(s) {
			t.Errorf("news taken for a template: %q", s)
		}
	}
}

func TestHTMLCharacterReferencesDecoded(t *testing.T) {
	got := Clean("Psychic readings &amp; services were banned, the company said.&nbsp;Sellers of &quot;magic potions&quot; had 30 days &#124; AT&T and R&D stay as written, as does &bogus; text.\n").Paragraphs
	want := `Psychic readings & services were banned, the company said. Sellers of "magic potions" had 30 days | AT&T and R&D stay as written, as does &bogus; text.`
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestSentenceMarks: a bullet or a dash that opens a sentence goes, and
// the sentence opens with a capital; a place named before such a dash is
// a dateline left inside the text and goes with it. A dash that names a
// quotation's speaker, or follows an abbreviation, stays.
func TestSentenceMarks(t *testing.T) {
	wantOneParagraph(t, map[string]string{
		"• international envoy kofi annan said violence is continuing.":                                         "International envoy kofi annan said violence is continuing.",
		"The team arrived. • an advance team of monitors has arrived in damascus.":                              "The team arrived. An advance team of monitors has arrived in damascus.",
		"Tracking began in 2008. -- alaska residents had the highest well-being in the nation.":                 "Tracking began in 2008. Alaska residents had the highest well-being in the nation.",
		"*** more than 100 people were involved in the pileup on interstate 84.":                                "More than 100 people were involved in the pileup on interstate 84.",
		"He was charged. ------------ johns was taken into custody tuesday, barling said.":                      "He was charged. Johns was taken into custody tuesday, barling said.",
		"× video of 3 deer leaping off an iowa bridge goes viral.":                                              "Video of 3 deer leaping off an iowa bridge goes viral.",
		"The band played on. » related: who is ryan day, the acting head coach?":                                "The band played on. Related: who is ryan day, the acting head coach?",
		"Three times 4 × 5 is 60, and 2 + 2 is 4.":                                                              "Three times 4 × 5 is 60, and 2 + 2 is 4.",
		"* * * in a possible foreshadowing, her father says she was troubled.":                                  "In a possible foreshadowing, her father says she was troubled.",
		"She left at dawn. — The next day, the police called.":                                                  "She left at dawn. The next day, the police called.",
		"( photo: gofundme ) Redding, calif. – an american student was stabbed to death wednesday.":             "An american student was stabbed to death wednesday.",
		"Breaking news from the desert. Albuquerque, n.m. — whoever stole a black chevy was in for a surprise.": "Breaking news from the desert. Whoever stole a black chevy was in for a surprise.",
		"The fire started at noon. Tampa — doomsday prepper martin winters admits in a plea agreement.":         "The fire started at noon. Doomsday prepper martin winters admits in a plea agreement.",
		`"We are here to protect our children. " — ltcol oliver north, in a letter.`:                            `"We are here to protect our children. " — ltcol oliver north, in a letter.`,
		"The group is based in the u.s. - and in canada, officials said.":                                       "The group is based in the u.s. - and in canada, officials said.",
		"Gen. - a title - is what he used.":                                                                     "Gen. - a title - is what he used.",
		"Iraq's army held out — for now — in Samarra.":                                                          "Iraq's army held out — for now — in Samarra.",
		"The score was 3 - 1 at halftime.":                                                                      "The score was 3 - 1 at halftime.",
		"The paper said so. Instead, the show — a hit — went on.":                                               "The paper said so. Instead, the show — a hit — went on.",
		// a stop left between two rules, which FuzzClean found made the cuts overlap
		"The fire. == . == the crew left.": "The fire. The crew left.",
		"== . == 00":                       "00",
	})
	r := Clean("Breaking news from the desert. Albuquerque, n.m. — whoever stole a black chevy was in for a surprise.\n")
	if !slices.Contains(r.Removed, Removal{"Albuquerque, n.m. —", ReasonDateline}) {
		t.Errorf("the dateline is not listed as removed: %+v", r.Removed)
	}
}

// A text of many credits inside its paragraphs is split at the first
// maxCreditSplits of them only: each split reads the rest of the text again,
// so a page of thousands would take time that grows with their square.
func TestCreditSplitsAreBounded(t *testing.T) {
	one := func(n int) string {
		return fmt.Sprintf("Lights went out in ward %d today. Seoul ( reuters ) - crews fixed line %d on monday. ", n, n)
	}
	var b strings.Builder
	for n := range 3 * maxCreditSplits {
		b.WriteString(one(n))
	}
	r := Clean(b.String())
	if len(r.Paragraphs) != maxCreditSplits+1 {
		t.Errorf("%d paragraphs, want %d", len(r.Paragraphs), maxCreditSplits+1)
	}
	if got := Clean(one(1) + one(2)).Paragraphs; len(got) != 3 {
		t.Errorf("two stories in a list: %q", got)
	}
}

// A short paragraph that repeats words printed before it is a pull quote
// and goes, when they were printed in the last 64 KB: a text of thousands
// of short paragraphs is not read whole for each.
func TestPullQuotes(t *testing.T) {
	var b strings.Builder
	for n := 0; b.Len() < 80<<10; n++ {
		fmt.Fprintf(&b, "Crews in district %d restored power to the hospital and the school on Monday night.\n\n", n)
	}
	near := "Crews in district 900 restored power to the hospital" // printed in the last 64 KB
	far := "Crews in district 1 restored power to the hospital"    // printed first, over 64 KB before
	r := Clean(b.String() + near + "\n\n" + far + "\n")
	last := r.Paragraphs[len(r.Paragraphs)-1]
	if last != far {
		t.Errorf("last paragraph %q, want the far pull quote %q kept", last, far)
	}
	if slices.Contains(r.Paragraphs, near) {
		t.Errorf("the near pull quote %q was kept", near)
	}
}

// wantOneParagraph checks that Clean makes each text one paragraph, the
// one given.
func wantOneParagraph(t *testing.T, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		got := Clean(in + "\n").Paragraphs
		if len(got) != 1 || got[0] != want {
			t.Errorf("Clean(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

// TestBracketLinks: a related story's headline, a credit or a label set
// in square brackets where a sentence opens goes, as do footnotes'
// numbers anywhere; an editor's words put in for a quotation's own stay.
func TestBracketLinks(t *testing.T) {
	wantOneParagraph(t, map[string]string{
		"[ how healthy is trump's economy? ] president trump greeted the report as evidence of success.":          "President trump greeted the report as evidence of success.",
		"The museum said so. [ image gallery: our closest human ancestor ] in 1993, scientists found a skeleton.": "The museum said so. In 1993, scientists found a skeleton.",
		"[ via dlisted ] no need to order dessert with this cup of coffee.":                                       "No need to order dessert with this cup of coffee.",
		"[... ] i see no difference at all.":                                                                      "I see no difference at all.",
		"Plagiocephaly, also known as flat head syndrome, [ 1 ] [ 2 ] is a condition of the skull.":               "Plagiocephaly, also known as flat head syndrome, is a condition of the skull.",
		"Tests were run on birds [ 49 ], primates and carnivores [ 51,52 ].":                                      "Tests were run on birds, primates and carnivores.",
		"History [ edit ] the church was built between 1909 and 1912.":                                            "History the church was built between 1909 and 1912.",
		"[ she has ] some things a president doesn't have, like huge book contracts.":                             "[ she has ] some things a president doesn't have, like huge book contracts.",
		"[The former chief executive of the company] declined to comment on Friday.":                              "[The former chief executive of the company] declined to comment on Friday.",
		"He wrote that [ the five men ] would be freed, and they were.":                                           "He wrote that [ the five men ] would be freed, and they were.",
		"The party said 4 [ english, french, german, italian ] editions would follow.":                            "The party said 4 [ english, french, german, italian ] editions would follow.",
	})
	r := Clean("The report came out on Friday and was welcomed.\n\n[ this post has been updated ]\n")
	if len(r.Paragraphs) != 1 || !slices.Contains(r.Removed, Removal{"this post has been updated", ReasonFurniture}) {
		t.Errorf("a paragraph that is a bracket alone: %q, removed %+v", r.Paragraphs, r.Removed)
	}
}

// TestWindows1252ControlsAndInvisibles: text decoded as Latin-1 that was
// written in Windows-1252 gets its quotation marks and dashes back, and
// zero-width characters inside words go.
func TestWindows1252ControlsAndInvisibles(t *testing.T) {
	got := Clean("\u0093Heil hitler,\u0094 Miller yelled \u0097 and the missions were completed\u0085 \u200bCNN \u200bis being sued\u2060 by two EMTs.\u0081\n").Paragraphs
	want := "“Heil hitler,” Miller yelled — and the missions were completed… CNN is being sued by two EMTs."
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// a paragraph of nothing but invisible characters is no paragraph
	if got := Clean("\u0081\n\n\u200b\u2060\n\nThe bridge closed.\n").Paragraphs; len(got) != 1 || got[0] != "The bridge closed." {
		t.Errorf("invisible paragraphs: %q", got)
	}
	// the zero-width joiner holds emoji together
	if got := Clean("The family 👨\u200d👩\u200d👧 posed for a picture.\n").Paragraphs; len(got) != 1 || !strings.Contains(got[0], "👨\u200d👩") {
		t.Errorf("joiner lost: %q", got)
	}
}

func TestHyphenatedDatelinePlaces(t *testing.T) {
	r := Clean("PORT-AU-PRINCE, Haiti (AP) _ The government said on Friday that roads would be rebuilt.\n")
	if r.Dateline != "PORT-AU-PRINCE, Haiti (AP)" || len(r.Paragraphs) != 1 || !strings.HasPrefix(r.Paragraphs[0], "The government said") {
		t.Errorf("dateline %q, paragraphs %q", r.Dateline, r.Paragraphs)
	}
	r = Clean("Storm toll rises in Haiti WINSTON-SALEM (AP) - The storm killed 12 people on Friday, officials said.\n")
	if r.Title != "Storm toll rises in Haiti" || r.Dateline != "WINSTON-SALEM (AP)" {
		t.Errorf("title %q, dateline %q", r.Title, r.Dateline)
	}
	r = Clean("AT-RISK youths were the program's focus, and the city paid for it.\n")
	if r.Dateline != "" || !strings.HasPrefix(r.Paragraphs[0], "AT-RISK youths") {
		t.Errorf("a sentence opening with a hyphenated capital word is no dateline: %q, %q", r.Dateline, r.Paragraphs)
	}
}

func TestWordOffsetSplitsAsFields(t *testing.T) {
	s := "theft\tspink  usa\u2003ap"
	for i, w := range strings.Fields(s) {
		if at := wordOffset(s, i); !strings.HasPrefix(s[at:], w) {
			t.Errorf("word %d at %d: %q, want %q", i, at, s[at:], w)
		}
	}
	if got := wordOffset(s, 4); got != len(s) {
		t.Errorf("past the last word: %d, want %d", got, len(s))
	}
}

// TestOpenAfterMarks: in small-letter text a sentence opener after "!" or
// "?" gets a capital; names that end in "!" and text with capitals stay.
func TestOpenAfterMarks(t *testing.T) {
	for in, want := range map[string]string{
		"he lived off the paycheck for a full year! the star hardly needs it.":       "he lived off the paycheck for a full year! The star hardly needs it.",
		"but what if those metals had value? in a new study, scientists found gold.": "but what if those metals had value? In a new study, scientists found gold.",
		"Are you serious? i have rights. Thank you all! we are funded.":              "Are you serious? I have rights. Thank you all! We are funded.",
		"kerry told yahoo! news that he was open. the wow! factor was gone.":         "kerry told yahoo! news that he was open. the wow! factor was gone.",
		"He told Yahoo! the network was open, and asked: why? he never said.":        "He told Yahoo! the network was open, and asked: why? he never said.",
		"the crowd chanted yahoo! the name of the company.":                          "the crowd chanted yahoo! the name of the company.",
		"what? ": "what? ",
		"":       "",
	} {
		if got := openAfterMarks(in); got != want {
			t.Errorf("openAfterMarks(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

// TestDropRepeatedLabels: a label said again at once is cut, with a
// writer's biography under it.
func TestDropRepeatedLabels(t *testing.T) {
	for in, want := range map[string]string{
		"Rocky mountain spotted fever rocky mountain spotted fever is a reportable disease.":                    "Rocky mountain spotted fever is a reportable disease.",
		"Early retirement the early retirement offer is based on age.":                                          "The early retirement offer is based on age.",
		"He spoke. Will oremus will oremus is slate's senior technology writer.":                                "He spoke. Will oremus is slate's senior technology writer.",
		"It had occurred before. Mark joseph stern mark joseph stern is a writer for slate. He covers the law.": "It had occurred before. He covers the law.",
		"It had occurred before. Leon neyfakh leon neyfakh is a slate staff writer.":                            "It had occurred before.",
		"In new york july 9, 2012. New york new york city mayor michael bloomberg spoke.":                       "In new york july 9, 2012. New york city mayor michael bloomberg spoke.",
		"Share share tweet link the stroud family said.":                                                        "Share share tweet link the stroud family said.",
		"New York, New York is a song.":                                                                         "New York, New York is a song.",
		"The man saw the man leave.":                                                                            "The man saw the man leave.",
		"Casey baumer casey baumer":                                                                             "Casey baumer casey baumer",
		"One two one two":                                                                                       "One two one two",
		"":                                                                                                      "",
	} {
		if got := dropRepeatedLabels(in); got != want {
			t.Errorf("dropRepeatedLabels(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

// TestDropSaidTwice: a passage of five words or more that a sentence opens
// with and says again at once loses its second copy, and the first ends as
// a sentence; a phrase said twice inside a sentence, or a short one, stays.
func TestDropSaidTwice(t *testing.T) {
	for in, want := range map[string]string{
		"See the aftermath of the plane crash see the aftermath of the plane crash the airliner crash landed in stormy weather.":           "See the aftermath of the plane crash. The airliner crash landed in stormy weather.",
		"He spoke. Archive gets exemption to save old software archive gets exemption to save old software in 2003 the archive found it.":  "He spoke. Archive gets exemption to save old software. In 2003 the archive found it.",
		"Victims' bodies arrive in the netherlands. victims' bodies arrive in the netherlands. A somber reception was held.":               "Victims' bodies arrive in the netherlands. A somber reception was held.",
		"A caption of the scene at dusk a caption of the scene at dusk":                                                                    "A caption of the scene at dusk.",
		"Woman and friend confess in the slaying woman and friend confess in the slaying woman and friend confess in the slaying see more": "Woman and friend confess in the slaying. See more",
		"Tom said it was over and done. It was over and done, it was over and done.":                                                       "Tom said it was over and done. It was over and done, it was over and done.",
		"Rocky mountain spotted fever rocky mountain spotted fever is a disease.":                                                          "Rocky mountain spotted fever rocky mountain spotted fever is a disease.",
		"You just got to come, you just got to come.":                                                                                      "You just got to come, you just got to come.",
		"": "",
	} {
		if got, _ := dropSaidTwice(in, nil); got != want {
			t.Errorf("dropSaidTwice(%q)\n got %q\nwant %q", in, got, want)
		}
	}
	r := Clean("Storm hits the coast overnight storm hits the coast overnight the storm brought floods to the town.")
	if len(r.Paragraphs) != 1 || r.Paragraphs[0] != "Storm hits the coast overnight. The storm brought floods to the town." {
		t.Errorf("Clean: %q", r.Paragraphs)
	}
	if len(r.Removed) != 1 || r.Removed[0].Reason != ReasonRepeat || r.Removed[0].Text != "storm hits the coast overnight" {
		t.Errorf("the second copy is removed as a repeat: %+v", r.Removed)
	}
}

// TestIsAside: a sentence that is nothing but a bracketed aside.
func TestIsAside(t *testing.T) {
	for s, want := range map[string]bool{
		"( peter stevenson/the washington post ).":           true,
		"( editor's note: this video has been updated. )":    true,
		"[ images via getty ]…":                              true,
		"(Reporting by Jane Doe; Editing by John Roe)":       true,
		"( cnn ) the storm hit the coast.":                   false,
		"(The company) said it would appeal.":                false,
		"The company said it would appeal (in a statement).": false,
		"": false,
	} {
		if got := IsAside(s); got != want {
			t.Errorf("IsAside(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsAuthorBio: a name, then "is a … writer" (or editor, columnist…);
// not a sentence that opens with a pronoun or determiner.
func TestIsAuthorBio(t *testing.T) {
	for s, want := range map[string]bool{
		"Leon Neyfakh is a Slate staff writer.":                                             true,
		"Paul conner is an online editor with the daily caller.":                            true,
		"Michelle goldberg is a columnist for slate and the author of the goddess pose.":    true,
		"Nick gillespie is the editor in chief of reason.com and reason.tv.":                true,
		"He is an outspoken critic of Saudi Arabia who has dared to defy the crown prince.": false,
		"The taunt is a response to prominent Trump critic Mark Cuban's plans.":             false,
		"Smith is a reporter.":                    false,
		"John Smith was a reporter for the Post.": false,
	} {
		if got := IsAuthorBio(s); got != want {
			t.Errorf("IsAuthorBio(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsCaption: a photo's caption, dated, credited or placing people in
// the picture, is told from prose that names a photo or a Republican.
func TestIsCaption(t *testing.T) {
	for s, want := range map[string]bool{
		"This undated photo provided by the Tennessee Bureau of Investigation shows Holly Bobo.":                               true,
		"This undated photograph shows the ship in harbour.":                                                                   true,
		"In this Saturday, July 1, 2017, photo, people line up at the NuLeaf marijuana dispensary in Las Vegas.":               true,
		"FILE - In this Oct. 12, 2015 file photo, Kelly Ripa, left, poses with Michael Strahan.":                               true,
		"This image made from amateur video released by Shaam News Network purports to show a wounded child.":                  true,
		"Cuba's president views the coffin in Caracas March 7, 2013, in this picture released by the presidency.":              true,
		"German Chancellor Angela Merkel, right, welcomes President Muhammadu Buhari, left, in Berlin, Friday, Oct. 14, 2016.": true,
		"From left, Whoopi Goldberg, Nicolle Wallace and Rosie Perez appear on the set of The View on Sept. 15, 2014.":         true,
		"Kaj Linna ( right ) was pictured after his release with the podcast's host.":                                          true,
		"A photo of the crash went viral on Monday.":                                                                           false,
		"It could pass for an image taken by the Hubble Space Telescope.":                                                      false,
		"In Hope, Ark., former governor Mike Huckabee ( R ) officially announced on May 5, 2015, that he is running.":          false,
		"The senator, left, said nothing.":                                                                                     false,
		"Police released a photo of the suspect on Tuesday, Oct. 3, 2017.":                                                     false,
		"This photo went viral after it was posted on Facebook.":                                                               false,
		// a scene dated at the end, as the wires date a picture
		"People reach out to receive aid packages in Tovarnik, Croatia, Thursday, Sept. 17, 2015.":                       true,
		"A woman reads the book at a launch event in Sydney, September 15, 2009.":                                        true,
		"Riot police stand near a tear gas canister in Athens Tuesday June 28, 2011.":                                    true,
		"Protesters throw stones near Tahrir Square in Cairo July 5, 2013.":                                              true,
		"A guard looks out from the doors of the company in Framingham, Massachusetts October 8, 2012.":                  true,
		"The talks were held in Geneva on the nuclear program's future until March 3, 2014.":                             false,
		"Police make an arrest during a protest in Montreal on Wednesday, May 23, 2012.":                                 true,
		"A police officer stands guard at a UPS warehouse on Tuesday, Sept. 23, 2014, in Birmingham, Ala.":               true,
		"A sign for the mall is shown Saturday, Sept. 24, 2016, in Burlington, Wash.":                                    true,
		"Attorneys say his health makes him unsuitable for an injection set for Wednesday, June 27, 2018 in Huntsville.": false,
		"Danielle Stislicki went missing on Friday, Dec. 2, 2016.":                                                       false,
		"The last broadcast of the show was on Friday, January 21, 2011.":                                                false,
		"Steele's next court appearance will be Monday, May 11, 2015.":                                                   false,
		"Workers had been paid every week since Monday, May 11, 2015.":                                                   false,
		"\"We proclaim the independence of the state, starting Friday, April 6, 2012.\"":                                 false,
		"He said the rally in Denver was held Friday, April 6, 2012.":                                                    false,
		"The photographer was born in Chicago, March 3, 1950.":                                                           false,
	} {
		if got := IsCaption(s); got != want {
			t.Errorf("IsCaption(%q) = %v, want %v", s, got, want)
		}
		if want && !yearNearEnd(s) && !slices.ContainsFunc(text.Tokenize(s), func(t text.Token) bool { return CaptionStem(t.Stem) }) {
			t.Errorf("no word of the caption %q has a CaptionStem", s)
		}
	}
}

// yearNearEnd reports whether lastYear finds a year among the last
// SceneTail bytes of s, as a caller gating IsCaption by YearStem asks.
func yearNearEnd(s string) bool { return lastYear(s[max(0, len(s)-SceneTail):]) >= 0 }

// TestYearNearEnd: a year of four figures stands among a sentence's last
// words.
func TestYearNearEnd(t *testing.T) {
	for s, want := range map[string]bool{
		"in Sydney, September 15, 2009.":                          true,
		"on Tuesday, Oct. 3, 2017. \" ":                           true,
		"Thursday, June 27, 2013":                                 true,
		"is shown Saturday, Sept. 24, 2016, in Burlington, Wash.": true,
		"in 1950.":                  true,
		"in 1850.":                  false,
		"they counted 12009 votes.": false,
		"room 1234b.":               false,
		"the year 3000.":            false,
		"In 2009 the law passed, and for the next decade " + strings.Repeat("nothing changed, ", 12): false,
	} {
		if got := yearNearEnd(s); got != want {
			t.Errorf("yearNearEnd(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestUnglue: sentences a page ran together at a stop with no space are
// parted, with a capital after the stop; addresses, files' names,
// abbreviations and initials stay as written.
func TestUnglue(t *testing.T) {
	for in, want := range map[string]string{
		"the couple met on a ski vacation.according to british papers, they": "the couple met on a ski vacation. According to british papers, they",
		"\" he said.the cbs telecast ran long.":                              "\" he said. The cbs telecast ran long.",
		"The lockup helped both men.Olivera is a familiar face.":             "The lockup helped both men. Olivera is a familiar face.",
		"has he found his princess this time?prince harry has":               "has he found his princess this time? Prince harry has",
		"a.b and x.y stay.":                   "a.b and x.y stay.",
		"Report it to radaronline.com today.": "Report it to radaronline.com today.",
		"See pic.twitter.com/1kzlv5sku9 and www.example.org/page.then more.":   "See pic.twitter.com/1kzlv5sku9 and www.example.org/page.then more.",
		"Open index.html or app.js.":                                           "Open index.html or app.js.",
		"Mr.Smith met Gen.Allen in St.Petersburg with a Ph.D in the U.S.Army.": "Mr.Smith met Gen.Allen in St.Petersburg with a Ph.D in the U.S.Army.",
		"Prices rose 2.5 percent.":                                             "Prices rose 2.5 percent.",
		"Der Preis stieg.Danach fiel er.":                                      "Der Preis stieg. Danach fiel er.",
	} {
		if got := unglue(in); got != want {
			t.Errorf("unglue(%q)\n = %q\nwant %q", in, got, want)
		}
	}
	// through Clean: the glued sentence ends where the stop is
	res := Clean("Officials said the storm had passed.residents began to return on Sunday.")
	if got := strings.Join(res.Paragraphs, "|"); got != "Officials said the storm had passed. Residents began to return on Sunday." {
		t.Errorf("Clean kept %q", got)
	}
}

func TestCoveredDatelines(t *testing.T) {
	for _, c := range []struct{ in, dateline, want string }{
		{"( new york ) – the apparent execution of the journalist would be a war crime.", "new york", "The apparent execution of the journalist would be a war crime."},
		{"( reuters ) - a fight between the administration and the state escalated on monday.", "", "A fight between the administration and the state escalated on monday."},
		{"Reporting from Seoul - – There's a reason boomerangs won't come back these days.", "Seoul", "There's a reason boomerangs won't come back these days."},
		{"Washington/Winston-Salem, N.C. (Reuters) - A fight between the two sides escalated on Monday.", "Washington/Winston-Salem, N.C. (Reuters)", "A fight between the two sides escalated on Monday."},
		// inside a paragraph, after a stop
		{"An hour a week is enough, a researcher says. ( healthday ) — a little jogging is good for you.", "", "An hour a week is enough, a researcher says. A little jogging is good for you."},
	} {
		r := Clean(c.in + "\n")
		if r.Dateline != c.dateline || len(r.Paragraphs) != 1 || r.Paragraphs[0] != c.want {
			t.Errorf("Clean(%q):\n dateline %q, paragraphs %q\n want %q, %q", c.in, r.Dateline, r.Paragraphs, c.dateline, c.want)
		}
	}
	// an aside in a quotation is no dateline
	r := Clean("Fisher wrote: “O.M.G. ( oh! My god! ) – shower it on the admiralty!”\n")
	if len(r.Paragraphs) != 1 || !strings.Contains(r.Paragraphs[0], "( oh! My god! )") {
		t.Errorf("aside cut: %q", r.Paragraphs)
	}
}
