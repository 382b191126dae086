package clean

import (
	"regexp"
	"strings"
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
	pictured := strings.Contains(low, "photo") || strings.Contains(low, "image") || strings.Contains(low, "picture") ||
		strings.Contains(low, "frame grab") || strings.Contains(low, "screenshot") || strings.Contains(low, "still ")
	if pictured && captionOpening.MatchString(low) {
		return true
	}
	if !strings.Contains(low, "left") && !strings.Contains(low, "right") && !strings.Contains(low, "cent") {
		return false
	}
	return placedInPicture.MatchString(low) && (pictured || datedCaption.MatchString(low))
}

var (
	// captionOpening is how a caption opens, in lower case: with the
	// picture dated, qualified or credited ("this undated photo", "in this
	// saturday, sept. 30, 2017 photo", "this image made from video released
	// by"), or after the scene, naming the picture ("…, in this picture
	// released by…").
	captionOpening = regexp.MustCompile(`^(?:in\s)?this\s(?:\p{L}+,\s)?\p{L}+\.?\s\d{1,2},\s\d{4},?\s(?:file\s|handout\s)?(?:photo|image|picture)` +
		`|^(?:in\s)?(?:this|these)\s(?:undated|file|handout|combination)\s(?:photo|image|picture)` +
		`|^(?:in\s)?(?:this|these|a|the)\s(?:[\p{L}-]+\s){0,3}?(?:photos?|images?|pictures?|frame grab|screenshot|still)\s(?:[\p{L}-]+\s){0,4}?(?:released|provided|made available|distributed|obtained)\sby\b` +
		`|,\sin\sthis\s(?:undated\s|file\s|handout\s)?(?:photo|image|picture)`)
	// placedInPicture is where a caption places a person in its picture:
	// ", left,", "from left", "( right )".
	placedInPicture = regexp.MustCompile(`,\s(?:left|right|center|centre|second from (?:left|right)|third from (?:left|right)),|\bfrom (?:left|right),?\s|\(\s?(?:left|right|center|centre)\s?\)`)
	// datedCaption is a caption's date: a month, a day and a year.
	datedCaption = regexp.MustCompile(`\b(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s\d{1,2},?\s(?:19|20)\d\d\b`)
)
