package text

import "github.com/precis-news/precis/internal/wordset"

// monthNames and dayNames are the months and the days of the week, in full and
// abbreviated, in lower case.
var (
	monthNames = wordset.Of("january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
		"dec")
	dayNames = wordset.Of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)

// IsMonth reports whether w (lower case, without a period) names a month,
// in full or abbreviated ("sept").
func IsMonth(w string) bool { return monthNames.Has(w) }

// IsWeekday reports whether w (lower case) names a day of the week.
func IsWeekday(w string) bool { return dayNames.Has(w) }

// IsDateWord reports whether w (lower case, without a period) names a month
// or a day of the week: a word written with a capital that is no name.
func IsDateWord(w string) bool { return monthNames.Has(w) || dayNames.Has(w) }
