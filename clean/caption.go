package clean

import (
	"regexp"
	"strings"

	"github.com/precis-news/precis/internal/phrase"
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
// Republican's "(R)".
func IsCaption(s string) bool {
	if len(s) < 20 {
		return false
	}
	low := lower(s)
	pictured := pictureWords.In(low)
	if pictured && (captionStarts(low) && captionOpening.MatchString(low) ||
		strings.Contains(low, ", in this") && captionAfterScene.MatchString(low)) {
		return true
	}
	return placedInPicture(low) && (pictured || datedCaption.MatchString(low))
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
// one every caption IsCaption finds holds: a picture's name ("photo",
// "imag") or a place in it ("left", "centr"). A caller that has a sentence's
// stems can ask IsCaption only of sentences holding one.
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
	// datedCaption is a caption's date: a month, a day and a year.
	datedCaption = regexp.MustCompile(`\b(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s\d{1,2},?\s(?:19|20)\d\d\b`)
)
