// Package render writes a briefing as plain text, Markdown or JSON.
package render

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/entity"
)

// Formats lists the output formats.
var Formats = []string{"text", "markdown", "json"}

// Write renders b in the named format.
func Write(w io.Writer, b *precis.Briefing, format string) error {
	switch format {
	case "text", "":
		return Text(w, b)
	case "markdown", "md":
		return Markdown(w, b)
	case "json":
		return JSON(w, b)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// JSON writes the briefing as indented JSON: {"stories":[...]}.
func JSON(w io.Writer, b *precis.Briefing) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// sinceNote says what time the summaries start from, when one was given.
func sinceNote(b *precis.Briefing) string {
	if b.Since.IsZero() {
		return ""
	}
	return "; what is new since " + b.Since.Format("2006-01-02 15:04 MST")
}

// Articles counts articles in words: "1 article", "5 articles".
func Articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return strconv.Itoa(n) + " articles"
}

// columns is the width of s on a terminal: two columns for each wide
// character (Chinese, Japanese and Korean, full-width forms), none for a
// mark that combines with the letter before it without a width of its own
// (an accent written apart, "e\u0301") or an invisible format character, one
// for others.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case wide(r):
			n += 2
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		default:
			n++
		}
	}
	return n
}

// wide reports whether a terminal gives r two columns (the East Asian wide
// and full-width ranges).
func wide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || // Hangul initial consonants
		r >= 0x2e80 && r <= 0xa4cf && r != 0x303f || // CJK radicals to Yi
		r >= 0xac00 && r <= 0xd7a3 || // Hangul syllables
		r >= 0xf900 && r <= 0xfaff || // CJK compatibility ideographs
		r >= 0xfe30 && r <= 0xfe4f || // CJK compatibility forms
		r >= 0xff00 && r <= 0xff60 || r >= 0xffe0 && r <= 0xffe6 || // full-width forms
		r >= 0x20000 && r <= 0x3fffd) // CJK extensions
}

// leftOut says how many more stories the input held.
func leftOut(n int) string {
	if n == 1 {
		return "1 other story found,"
	}
	return strconv.Itoa(n) + " other stories found,"
}

// noText says which articles held nothing to read (Briefing.NoText).
func noText(ids []string) string {
	if len(ids) == 1 {
		return "1 article holds no story text once page furniture is cut and is not briefed: " + ids[0]
	}
	return strconv.Itoa(len(ids)) + " articles hold no story text once page furniture is cut and are not briefed: " + strings.Join(ids, ", ")
}

// markers numbers a story's articles from 1 in input order and returns the
// marker of each summary sentence, like "[1,3]".
func markers(st *precis.Story) (map[string]int, func(ids []string) string) {
	num := map[string]int{}
	for i, a := range st.Articles {
		if _, ok := num[a.ID]; !ok {
			num[a.ID] = i + 1 // an id two articles share names the first
		}
	}
	return num, func(ids []string) string {
		ns := make([]int, 0, len(ids))
		for _, id := range ids {
			if n, ok := num[id]; ok {
				ns = append(ns, n)
			}
		}
		sort.Ints(ns)
		ns = slices.Compact(ns) // an id named by two articles (the input was warned of) is one number
		parts := make([]string, len(ns))
		for i, n := range ns {
			parts[i] = strconv.Itoa(n)
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
}

// Text writes a readable briefing: per story a title, the summary with source
// markers, and the numbered source list.
func Text(w io.Writer, b *precis.Briefing) error {
	ew := &errWriter{w: w}
	for si := range b.Stories {
		st := &b.Stories[si]
		if si > 0 {
			ew.printf("\n%s\n\n", strings.Repeat("=", 60))
		}
		if st.Title != "" {
			title := Typeset(st.Title)
			ew.printf("%s\n%s\n\n", title, strings.Repeat("-", min(columns(title), 72)))
		}
		num, mark := markers(st)
		for _, s := range st.Summary {
			ew.printf("%s %s%s\n", Typeset(s.Text), mark(s.Sources), laterNote(s, mark, nil))
			if s.Why != nil {
				ew.printf("    why: %s\n", whyLine(s))
			}
		}
		ew.printf("\n(%d words from %s%s)\n", st.Words, Articles(len(st.Articles)), sinceNote(b))
		for _, sec := range sections(st, mark, false) {
			ew.printf("\n%s:\n", sec.title)
			for _, l := range sec.lines {
				ew.printf("  %s\n", l)
			}
		}
		ew.printf("\nSources:\n")
		for i, a := range st.Articles {
			ew.printf("[%d] %s", i+1, a.Label())
			if a.Title != "" {
				ew.printf(" - %s", a.Title)
			}
			ew.printf(" (%d words)", a.Words)
			if a.CopyOf != "" {
				ew.printf(" copy of %s", copyRef(num, a.CopyOf))
			}
			ew.printf("\n")
			writeRemoved(ew, a, "    ")
		}
	}
	if b.LeftOut > 0 {
		ew.printf("\n(%s not briefed)\n", leftOut(b.LeftOut))
	}
	if len(b.NoText) > 0 {
		ew.printf("\n(%s)\n", noText(b.NoText))
	}
	return ew.err
}

// bareMeasure are the units that say nothing of what is measured: a share
// or a span of time.
var bareMeasure = map[string]bool{"": true, "percent": true, "per": true,
	"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true}

// namedAsPeople reports whether a group is written as a people at least
// once ("Sunnis", "Shiites"), not only as an adjective ("Iraqi forces",
// "Kurdish fighters"): the Who list names those who act.
func namedAsPeople(e entity.Entity) bool {
	for _, v := range e.Variants {
		if strings.HasSuffix(v, "s") {
			return true
		}
	}
	return false
}

// copyRef names the article another copies by its number, "[3]", or by its
// id when the story does not hold it.
func copyRef(num map[string]int, id string) string {
	if n, ok := num[id]; ok {
		return fmt.Sprintf("[%d]", n)
	}
	return id
}

// Shown in the text and Markdown sections; JSON carries everything.
const (
	maxWho     = 16
	maxSaid    = 6
	maxFigures = 8
)

type section struct {
	title string
	lines []string
}

// sections returns the Who, Said and Figures sections of a story: the
// entities named in two articles or more (or mentioned three times), the
// quotations with a known speaker or several carriers, and the figures,
// conflicting ones first.
func sections(st *precis.Story, mark func([]string) string, md bool) []section {
	esc := func(s string) string { return s }
	if md {
		esc = escapeMD
	}
	var who, said, figs []string
	// people and organizations first: a reader asks who before where
	ents := append([]entity.Entity(nil), st.Entities...)
	rank := map[string]int{entity.Person: 0, entity.Organization: 1, entity.Group: 2, entity.Place: 3}
	sort.SliceStable(ents, func(a, b int) bool {
		ra, ok := rank[ents[a].Type]
		if !ok {
			ra = 4
		}
		rb, ok := rank[ents[b].Type]
		if !ok {
			rb = 4
		}
		return ra < rb
	})
	for _, e := range ents {
		if len(who) == maxWho {
			break
		}
		if len(e.Sources) < 2 && e.Mentions < 3 || e.Type == entity.Group && !namedAsPeople(e) {
			continue
		}
		l := fmt.Sprintf("%s (%s", esc(e.Name), e.Type)
		if strings.HasSuffix(e.Name, ")") {
			// "Islamic State of Iraq and the Levant (ISIL; organization)"
			l = fmt.Sprintf("%s; %s", esc(strings.TrimSuffix(e.Name, ")")), e.Type)
		}
		if e.Title != "" {
			l += ", " + esc(e.Title)
		}
		l += ")"
		var also []string
		for _, v := range e.Variants {
			if v != e.Name && !strings.HasPrefix(e.Name, v+" (") {
				also = append(also, esc(v))
			}
		}
		if len(also) > 0 {
			l += ", also " + strings.Join(also, ", ")
		}
		who = append(who, fmt.Sprintf("%s: %d mentions %s", l, e.Mentions, mark(e.Sources)))
	}
	for _, q := range st.Quotes {
		if len(said) == maxSaid {
			break
		}
		if q.Speaker == "" && len(q.Sources) < 2 {
			continue
		}
		speaker := q.Speaker
		if speaker == "" {
			speaker = "unattributed"
		}
		said = append(said, fmt.Sprintf("“%s” — %s %s", esc(Typeset(q.Text)), esc(speaker), mark(q.Sources)))
	}
	for _, f := range st.Figures {
		if len(figs) == maxFigures {
			break
		}
		if f.Unit == "year" || bareMeasure[f.Unit] && len(f.Sources) < 2 && len(f.Conflicts) == 0 && !f.Disputed {
			continue // a year, or a share or a span one article gives alone ("2.7%", "two years")
		}
		value := f.Value
		if f.Vague && strings.HasSuffix(value, "s") {
			value += " of" // "hundreds of people", but "a dozen people"
		}
		unit := f.Unit
		if f.Also != "" {
			unit += " (" + f.Also + ")" // "120 miles (200 kilometers)"
		}
		l := fmt.Sprintf("%s %s %s", esc(value), esc(unit), mark(f.Sources))
		if strings.ContainsAny(value, "$€£¥") || strings.HasSuffix(value, "%") {
			// "$2.5 billion", "more than $2 billion" and "95%", not "$2.5 billion dollars" or "95% percent"
			l = fmt.Sprintf("%s %s", esc(value), mark(f.Sources))
		}
		if f.Disputed {
			l += ", disputed"
			if f.Claimant != "" {
				l += ", claimed by " + esc(f.Claimant)
			}
		}
		for _, c := range f.Conflicts {
			l += fmt.Sprintf("; conflicts with %s %s", esc(c.Value), mark(c.Sources))
			if c.Reported != "" {
				l += ", reported " + c.Reported // "later": an update, as a rising toll
			}
		}
		figs = append(figs, l)
	}
	var out []section
	for _, s := range []section{{"Who", who}, {"Said", said}, {"Figures", figs}} {
		if len(s.lines) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// Markdown writes the briefing as Markdown.
func Markdown(w io.Writer, b *precis.Briefing) error {
	ew := &errWriter{w: w}
	for si := range b.Stories {
		st := &b.Stories[si]
		title := st.Title
		if title == "" {
			title = "Story " + st.ID
		}
		ew.printf("## %s\n\n", escapeMD(Typeset(title)))
		num, mark := markers(st)
		for _, s := range st.Summary {
			ew.printf("- %s %s%s\n", escapeMD(Typeset(s.Text)), mark(s.Sources), laterNote(s, mark, escapeMD))
			if s.Why != nil {
				ew.printf("  - *why:* %s\n", escapeMD(whyLine(s)))
			}
		}
		ew.printf("\n*%d words from %s%s*\n\n", st.Words, Articles(len(st.Articles)), sinceNote(b))
		for _, sec := range sections(st, mark, true) {
			ew.printf("### %s\n\n", sec.title)
			for _, l := range sec.lines {
				ew.printf("- %s\n", l)
			}
			ew.printf("\n")
		}
		ew.printf("### Sources\n\n")
		for i, a := range st.Articles {
			ew.printf("%d. **%s**", i+1, escapeMD(a.Label()))
			if a.Title != "" {
				ew.printf(": %s", escapeMD(a.Title))
			}
			ew.printf(" (%d words", a.Words)
			if a.CopyOf != "" {
				ew.printf(", copy of %s", escapeMD(copyRef(num, a.CopyOf)))
			}
			ew.printf(")\n")
			writeRemoved(ew, a, "   - ")
		}
		ew.printf("\n")
	}
	if b.LeftOut > 0 {
		ew.printf("*%s not briefed*\n", leftOut(b.LeftOut))
	}
	if len(b.NoText) > 0 {
		ew.printf("*%s*\n", escapeMD(noText(b.NoText)))
	}
	return ew.err
}

// typewriter replaces the marks of old newswire (Typeset).
var typewriter = strings.NewReplacer("``", "“", "''", "”", " _ ", " — ")

// Typeset returns a sentence for a reader: text and Markdown set a
// source's typewriter marks as print does (two backticks and two
// apostrophes as curly quotation marks, the wire's spaced underscore as an
// em dash), while JSON keeps every sentence exactly as its article writes
// it.
func Typeset(s string) string { return typewriter.Replace(s) }

// laterNote is what follows a summary sentence whose figure later reports
// updated: " (later: 47 [3])", or nothing. esc escapes the values (nil: as
// they are).
func laterNote(s precis.Sentence, mark func([]string) string, esc func(string) string) string {
	if len(s.Later) == 0 {
		return ""
	}
	parts := make([]string, len(s.Later))
	for i, c := range s.Later {
		v := c.Value
		if esc != nil {
			v = esc(v)
		}
		parts[i] = v + " " + mark(c.Sources)
	}
	return " (later: " + strings.Join(parts, "; ") + ")"
}

// whyLine says in one line why the method chose a summary sentence: "the
// method's 1st choice; score 1.97, 4th of 76 candidates; mean share of other
// articles holding its bigrams +0.34, its words +0.14".
func whyLine(s precis.Sentence) string {
	var parts []string
	if len(s.Why.Topics) > 0 {
		parts = append(parts, fmt.Sprintf("holds %s, asked for", strings.Join(s.Why.Topics, ", ")))
	}
	parts = append(parts, fmt.Sprintf("the method's %s choice", ordinal(s.Why.Choice)))
	if s.Why.Rank > 0 {
		parts = append(parts, fmt.Sprintf("score %.2f, %s of %d candidates", s.Score, ordinal(s.Why.Rank), s.Why.Of))
	}
	if len(s.Why.Reasons) > 0 {
		var rs []string
		for _, r := range s.Why.Reasons {
			rs = append(rs, fmt.Sprintf("%s +%.2f", r.Feature, r.Lift))
		}
		parts = append(parts, strings.Join(rs, ", "))
	}
	return strings.Join(parts, "; ")
}

// ordinal writes n as "1st", "2nd", "3rd", "4th", "11th", "22nd"….
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

func writeRemoved(ew *errWriter, a precis.ArticleInfo, indent string) {
	for _, r := range a.Removed {
		t := r.Text
		if len([]rune(t)) > 70 {
			t = string([]rune(t)[:70]) + "…"
		}
		ew.printf("%sremoved (%s): %q\n", indent, r.Reason, t)
	}
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;")

func escapeMD(s string) string { return mdEscaper.Replace(s) }

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
