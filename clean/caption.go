package clean

import (
	"regexp"
	"strings"

	"github.com/precis-news/precis/internal/phrase"
	"github.com/precis-news/precis/text"
)

// IsCaption reports whether a sentence is a photo's caption, as wire
// services and news sites write them under a picture: "This undated photo
// provided by the Tennessee Bureau of Investigation shows Holly Bobo.", "In
// this Saturday, July 1, 2017, photo, people line up at a dispensary.",
// "…in Caracas, March 7, 2013, in this picture released by KCNA.", "German
// Chancellor Angela Merkel, right, welcomes President Muhammadu Buhari,
// left, in Berlin, Friday, Oct. 14, 2016." A caption tells what a picture
// shows, not what happened: like a template's opening, it keeps its words
// for sorting articles but is no summary sentence. A sentence that names a
// photo as news ("A photo of the crash went viral") is none, nor is a
// Republican's "(R)". So is a scene dated as the wires date a picture, at
// the sentence's end, after its place or before it: "People reach out for
// aid packages in Tovarnik, Croatia, Thursday, Sept. 17, 2015.", "…at a
// book launch in Sydney, September 15, 2009.", "…a protest in Montreal on
// Wednesday, May 23, 2012.", "…on Tuesday, Sept. 23, 2014, in Birmingham,
// Ala."
func IsCaption(s string) bool {
	if len(s) < 20 {
		return false
	}
	low := lower(s)
	if datedScene(low) {
		return true
	}
	pictured := pictureWords.In(low)
	if pictured && (captionStarts(low) && captionOpening.MatchString(low) ||
		strings.Contains(low, ", in this") && captionAfterScene.MatchString(low)) {
		return true
	}
	return placedInPicture(low) && (pictured || datedCaption.MatchString(low))
}

// SceneTail is how many bytes of a sentence's end a caption's date and
// place take at most.
const SceneTail = 160

// YearStem reports whether a word's stem (as package stem writes it) is a
// year of four figures, 19xx or 20xx. A caller that has a sentence's stems
// can ask IsCaption only of sentences holding a CaptionStem, or a YearStem
// among their last SceneTail bytes.
func YearStem(stem string) bool {
	return len(stem) == 4 && (stem[0] == '1' && stem[1] == '9' || stem[0] == '2' && stem[1] == '0') && isDigit(stem[2]) && isDigit(stem[3])
}

// lastYear returns where the last year of four figures (19xx or 20xx, after
// a space) in s starts, or -1.
func lastYear(s string) int {
	for i := len(s) - 4; i >= 1; i-- {
		if s[i-1] == ' ' && (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') &&
			isDigit(s[i+2]) && isDigit(s[i+3]) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return i
		}
	}
	return -1
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// datedScene reports whether low (a sentence in small letters) ends as a
// caption's date does, after the place of its scene or before it: ",
// croatia, thursday, sept. 17, 2015.", "in tempe thursday, march 5,
// 2015.", ", in sydney, september 15, 2009.", "…tuesday, sept. 23, 2014, in
// birmingham, ala.". A day after "on" with no place around it ("police
// released a photo on tuesday, oct. 3, 2017"), a sentence that reports
// speech, looks ahead or tells a life ("said", "will", "born"), and one that
// opens a quotation are prose.
func datedScene(low string) bool {
	tail := low[max(0, len(low)-SceneTail):]
	y := lastYear(tail)
	if y < 0 {
		return false
	}
	after := strings.TrimRight(tail[y+4:], ". \"'")
	placeAfter := after != ""
	if placeAfter && !scenePlace(after) {
		return false
	}
	head, word, ok := sceneDate(tail[:y])
	if !ok {
		return false
	}
	at := len(low) - len(tail) + len(head) // where word starts in low
	if word == "on" && !placeAfter && !placedOn(low[:at]) || notScenePlace[word] {
		return false
	}
	if strings.HasPrefix(low, "\"") || strings.HasPrefix(low, "“") {
		return false
	}
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !('a' <= r && r <= 'z' || r == '\'') }) {
		if proseWords[w] {
			return false
		}
	}
	return true
}

// sceneDate reads a caption's date, a month and a day, at the end of s (a
// sentence in small letters up to a year): after a day of the week ("…,
// croatia, thursday, sept. 17, ", "…in athens tuesday june 28 ", "…early
// friday, sept. 8, ") or after a comma ("…in sydney, september 15, "). It
// returns the word before the day of the week (without its comma; "" after
// a comma or at the start) and the text before that word.
func sceneDate(s string) (head, word string, ok bool) {
	rest, day := lastWord(strings.TrimSuffix(strings.TrimRight(s, " "), ","))
	if len(day) == 0 || len(day) > 2 || !isDigit(day[0]) || !isDigit(day[len(day)-1]) {
		return "", "", false
	}
	rest, month := lastWord(rest)
	if !text.IsMonth(strings.TrimSuffix(month, ".")) {
		return "", "", false
	}
	rest, w := lastWord(rest)
	bare := strings.TrimSuffix(w, ",")
	if timesOfDay[bare] {
		rest, w = lastWord(rest)
		bare = strings.TrimSuffix(w, ",")
	}
	if !text.IsWeekday(bare) {
		// a comma before the month, or a place named just before it, as
		// Reuters dates its pictures ("…in cairo december 8, 2012",
		// "…in framingham, massachusetts october 8, 2012"); else no date
		// a caption writes
		return "", "", strings.HasSuffix(w, ",") || placeJustBefore(rest, w)
	}
	head, w = lastWord(rest)
	if w == "early" || w == "late" {
		head, w = lastWord(head)
	}
	return head, strings.TrimLeft(strings.TrimSuffix(w, ","), "("), true
}

// placeJustBefore reports whether w, the word before a caption's month, and
// the words before it (head) end with a place named after "in": at most
// four words from "in" to the month, and no function word before the
// month ("…in charleston on june 17, 2015" is prose as often as not).
func placeJustBefore(head, w string) bool {
	if text.IsStopword(strings.TrimSuffix(w, ",")) {
		return false
	}
	for k := 0; k < 3 && w != ""; k++ {
		head, w = lastWord(head)
		if w == "in" {
			return true
		}
	}
	return false
}

// lastWord splits s (spaces at its end set aside) before its last word.
func lastWord(s string) (head, word string) {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	return s[:i+1], s[i+1:]
}

// scenePlace reports whether after, what follows a caption's year, names
// the scene's place: ", in birmingham, ala", " at the dolby theatre in los
// angeles".
func scenePlace(after string) bool {
	if len(after) > 84 || strings.ContainsAny(after, "!?\"") {
		return false
	}
	after = strings.TrimPrefix(after, ",")
	for _, p := range []string{" in ", " at ", " near ", " outside ", " off ", " aboard "} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// placedOn reports whether low, a sentence up to the "on" before its
// date, ends with a scene's place, as captions write it ("…a protest in
// montreal on wednesday, may 23, 2012"), not with an event ("…went missing
// on friday", "…was on friday").
func placedOn(low string) bool {
	low = strings.TrimRight(low, ", ")
	if i := strings.LastIndexByte(low, ' '); i >= 0 && copulas[low[i+1:]] {
		return false
	}
	near := low[max(0, len(low)-60):]
	return strings.Contains(near, " in ") || strings.Contains(near, " at ") || strings.Contains(near, " near ")
}

// captionStarts reports whether low opens as a caption may: "this", "these",
// "in this", "a", "the".
func captionStarts(low string) bool {
	for _, w := range []string{"this ", "these ", "in this ", "in these ", "a ", "the "} {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// placedInPicture reports whether low (a sentence in small letters) places
// a person in a picture as a caption does: ", left,", "second from right,",
// "from left, ", "( center )".
func placedInPicture(low string) bool {
	for _, w := range []string{"left", "right", "center", "centre"} {
		for at := 0; ; {
			i := strings.Index(low[at:], w)
			if i < 0 {
				break
			}
			i += at
			at = i + len(w)
			before, after := strings.TrimSuffix(low[:i], " "), low[at:]
			from := before == "from" || strings.HasSuffix(before, " from")
			switch {
			case strings.HasSuffix(before, ",") || from:
				if strings.HasPrefix(after, ",") || from && strings.HasPrefix(after, " ") {
					return true
				}
			case strings.HasSuffix(before, "("):
				if strings.HasPrefix(strings.TrimPrefix(after, " "), ")") {
					return true
				}
			}
		}
	}
	return false
}

// CaptionStem reports whether a word's stem (as package stem writes it) is
// one every caption IsCaption finds holds, unless a year stands near its
// end (YearStem): a picture's name ("photo", "imag") or a place in it
// ("left", "centr").
func CaptionStem(stem string) bool {
	switch stem {
	case "photo", "photograph", "imag", "pictur", "still", "screenshot", "frame", "left", "right", "center", "centr":
		return true
	}
	return false
}

var (
	// pictureWords name a picture.
	pictureWords = phrase.New([]string{"photo", "image", "picture", "frame grab", "screenshot", "still "})
	// captionOpening is how a caption opens, in lower case: with the
	// picture dated, qualified or credited ("this undated photo", "in this
	// saturday, sept. 30, 2017 photo", "this image made from video released
	// by").
	captionOpening = regexp.MustCompile(`^(?:in\s)?this\s(?:\p{L}+,\s)?\p{L}+\.?\s\d{1,2},\s\d{4},?\s(?:file\s|handout\s)?(?:photo|image|picture)` +
		`|^(?:in\s)?(?:this|these)\s(?:undated|file|handout|combination)\s(?:photo|image|picture)` +
		`|^(?:in\s)?(?:this|these|a|the)\s(?:[\p{L}-]+\s){0,3}?(?:photos?|images?|pictures?|frame grab|screenshot|still)\s(?:[\p{L}-]+\s){0,4}?(?:released|provided|made available|distributed|obtained)\sby\b`)
	// captionAfterScene names the picture after the scene it shows: "…,
	// in this picture released by…".
	captionAfterScene = regexp.MustCompile(`,\sin\sthis\s(?:undated\s|file\s|handout\s)?(?:photo|image|picture)`)
	// timesOfDay may follow the day of the week in a caption's date:
	// "friday evening, dec. 31, 2015".
	timesOfDay = wordSet(`morning afternoon evening night`)
	// notScenePlace are the words before a day of the week that make the
	// date prose's: "since monday, …", "will be monday, …" (after "on",
	// placedOn decides).
	notScenePlace = map[string]bool{"since": true, "until": true, "till": true, "by": true, "from": true, "before": true,
		"after": true, "of": true, "to": true, "through": true, "and": true, "or": true, "last": true, "next": true, "this": true,
		"that": true, "every": true, "between": true, "start": true, "starting": true, "is": true, "was": true, "be": true}
	// copulas before "on <day>" make it the time of a thing, not of a
	// picture: "the last broadcast was on friday, jan. 21, 2011."
	copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true}
	// proseWords, anywhere in a sentence dated as a caption, make it prose.
	proseWords = map[string]bool{"said": true, "says": true, "say": true, "told": true, "will": true, "would": true, "shall": true,
		"born": true, "died": true, "i": true, "we": true, "you": true}
	// datedCaption is a caption's date: a month, a day and a year.
	datedCaption = regexp.MustCompile(`\b(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s\d{1,2},?\s(?:19|20)\d\d\b`)
)
