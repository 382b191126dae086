package quote

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/precis-news/precis/entity"
	"github.com/precis-news/precis/text"
)

// The regular expressions the patterns are built like: the specification
// that TestPatternsMatchExpressions holds them to.
const (
	name    = `(?:(?:(?:al|el|von|van|de|der|den|la|le|da|dos|di|del)[ -]){0,2}[A-Z][\p{L}'’.]*(?:[ -](?:(?:al|el|bin|ibn|de|van|von|der|den|da|dos|di|del)[ -]){0,2}[A-Z][\p{L}'’.]*){0,5})`
	unnamed = `(?:(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:[\p{L}\d-]+|(?:[A-Z]\.)+)\s+){0,4}?(?:` + unnamedNouns + `))`
	pronoun = `(?:he|she|they|He|She|They)`
	ofName  = `(?:` + name + `['’]s\s+(?:office|spokesman|spokeswoman|spokesperson|lawyer|lawyers|statement|government|ministry|campaign))`
	aside   = `(?:,[^,"“”` + "`" + `]{1,120},|,|\s+who\s+[^,"“”` + "`" + `]{1,60})?`
)

var (
	afterRe     = regexp.MustCompile(`^\s*,?\s*(?:(` + verbs + `)\s+(?:[\p{L}\d-]+\s+){0,3}?(` + name + `|` + unnamed + `)|(?:[\p{L}\d-]+,?\s+){0,4}?(` + name + `|` + unnamed + `|` + pronoun + `)(?:\s+(?:here|there))?(?:(?:,[^,"“”` + "`" + `]{1,120}){1,3},)?\s+(?:(?:also|later|was quoted as|were quoted as|is quoted as)\s+)?(` + verbs + `))\b`)
	quotedAsRe  = regexp.MustCompile(`^\s*,?\s*(?:[\p{L}\d'’.-]+\s+){0,5}?quoted\s+(` + name + `|him|her|them)(?:,[^,"“”` + "`" + `]{1,120},)?(?:\s+[\p{L}\d-]+)?\s+as\s+(saying|telling|writing)\b`)
	beforeRe    = regexp.MustCompile(`^(` + ofName + `|` + name + `|` + unnamed + `|` + pronoun + `)` + aside + `\s+(?:also\s+|later\s+|then\s+)?(` + verbs + `)\b[^"“”` + "`" + `]{0,120}$`)
	namedRe     = regexp.MustCompile(`^,\s*(` + name + `)\b`)
	verbFirstRe = regexp.MustCompile(`^(` + verbs + `)\s+(` + name + `)(?:,[^,"“”` + "`" + `]{1,120},)?\s*:?\s*$`)
	accordRe    = regexp.MustCompile(`^\s*,?\s*according to\s+(` + name + `|` + unnamed + `)\b`)
)

var patterns = []struct {
	name string
	pat  *pattern
	re   *regexp.Regexp
}{
	{"after", afterPat, afterRe},
	{"before", beforePat, beforeRe},
	{"named", namedPat, namedRe},
	{"verbFirst", verbFirstPat, verbFirstRe},
	{"according", accordPat, accordRe},
	{"quotedAs", quotedAsPat, quotedAsRe},
}

// leadIn returns a random run of the words, names, marks and separators
// that speakers are made of.
func leadIn(rng *rand.Rand) string {
	pieces := []string{"said", "says", "say", "told", "added", "saying", "called", "warned", "also", "then", "later",
		"John", "Kerry", "Secretary", "of", "State", "al-Maliki", "Nouri", "Élise", "ÉTAT", "the", "a", "An", "The",
		"official", "officials", "spokesman", "senior", "city", "man-made", "he", "she", "They", "in", "at",
		"Washington", "x2", "_said", "saidé", "Said", "said2", "who", "spoke", "on", "condition", "anonymity", "and",
		"“", "”", "\"", "`", ":", "'s", "’s", "Blair's", "office", "according", "to", "de", "la", "bin", "ibn",
		"O'Neill", "Gen.", "\xff", "Ш", "ministry", "quoted", "as", "him", "telling", "17-year-old", "here", "U.N.", "source"}
	seps := []string{" ", " ", " ", ", ", ",", "", "-", "\t", "  ", ". ", "é", "2", "\n"}
	var b strings.Builder
	if rng.Intn(3) == 0 {
		b.WriteString([]string{" ", ", ", ",", "  , "}[rng.Intn(4)])
	}
	for k := 1 + rng.Intn(14); k > 0; k-- {
		b.WriteString(pieces[rng.Intn(len(pieces))])
		b.WriteString(seps[rng.Intn(len(seps))])
	}
	if rng.Intn(2) == 0 {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return b.String()
}

// Each pattern finds what its regular expression finds, groups and all,
// on generated lead-ins and on every word start of the example articles.
func TestPatternsMatchExpressions(t *testing.T) {
	check := func(s string, found map[string]int) {
		t.Helper()
		for _, p := range patterns {
			want := p.re.FindStringSubmatchIndex(s)
			if got := p.pat.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Fatalf("%s pattern on %q: %v, want %v", p.name, s, got, want)
			}
			if want != nil {
				found[p.name]++
			}
		}
	}
	rng := rand.New(rand.NewSource(2))
	generated := map[string]int{}
	for n := 0; n < 30000; n++ {
		s := leadIn(rng)
		check(s, generated)
		// the openings verbFirstPat and accordPat need
		check([]string{"said ", "told  ", "says\t", "added"}[n%4]+s, generated)
		check([]string{"according to ", ", according to ", " according to  ", "according to"}[n%4]+s, generated)
		check(s+[]string{" quoted him as saying", " quoted Kerry, a man, as telling", " quoted her Sunday as writing", " quoted as saying"}[n%4], generated)
	}
	// names of up to eight words, asides and tails near the counted limits
	caps := []string{"John", "Kerry", "Nouri", "Al-Maliki", "De", "Élise", "O'Neill", "Gen.", "State"}
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		b.WriteString(caps[rng.Intn(len(caps))])
		for k := rng.Intn(8); k > 0; k-- {
			b.WriteString([]string{" ", " ", "-", " de ", " bin "}[rng.Intn(5)])
			b.WriteString(caps[rng.Intn(len(caps))])
		}
		switch rng.Intn(3) {
		case 0:
			b.WriteString(", " + strings.Repeat("é", 115+rng.Intn(10)) + ",")
		case 1:
			b.WriteString(" who " + strings.Repeat("é", 55+rng.Intn(10)))
		}
		b.WriteString([]string{" said ", " told ", " also said "}[rng.Intn(3)])
		b.WriteString(strings.Repeat("x", 112+rng.Intn(12)))
		check(b.String(), generated)
		check("said "+b.String(), generated)
	}
	real := map[string]int{}
	files, _ := filepath.Glob(filepath.Join("..", "examples", "seeds", "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for i := 0; i < len(s); i++ {
			if i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i] == ',' {
				check(s[i:min(len(s), i+200)], real)
				if j := strings.IndexAny(s[i:min(len(s), i+200)], ".!?“\""); j > 0 {
					check(s[i:i+j], real) // as a lead-in that ends at a quotation
				}
			}
		}
	}
	for _, p := range patterns {
		if generated[p.name] < 50 || p.name != "according" && p.name != "verbFirst" && p.name != "quotedAs" && real[p.name] < 5 {
			t.Errorf("%s: matched %d generated and %d real texts: the test checks too little", p.name, generated[p.name], real[p.name])
		}
	}
	t.Logf("generated %v, real %v", generated, real)
}

// FuzzPatternsMatchExpressions holds the patterns to their expressions on
// any text.
func FuzzPatternsMatchExpressions(f *testing.F) {
	for _, s := range []string{"Kerry, in Vienna, said", " said the official, Ellen Fink", "said John Kerry:",
		", according to a senior official", "Blair's office said", "he also said", "\xff said Élise", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 400 {
			return
		}
		for _, p := range patterns {
			want := p.re.FindStringSubmatchIndex(s)
			if got := p.pat.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Fatalf("%s pattern on %q: %v, want %v", p.name, s, got, want)
			}
		}
	})
}

// A quotation's words, taken from its sentences' tokens, are the words of
// its text tokenized alone, for every quotation of the example articles.
func TestQuotationWordsAreItsTokens(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "seeds", "*"))
	quotes := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d entity.Doc
		for pi, para := range strings.Split(string(b), "\n\n") {
			for _, sp := range text.Sentences(para) {
				s := para[sp.Start:sp.End]
				d.Sentences = append(d.Sentences, entity.Sentence{Text: s, Para: pi, Tokens: text.Tokenize(s)})
			}
		}
		for _, p := range paragraphs(d) {
			for _, sp := range spans(p.text) {
				want := []string{}
				for _, tk := range text.Tokenize(p.text[sp[0]:sp[1]]) {
					want = append(want, tk.Norm)
				}
				if got := p.words(d, sp[0], sp[1]); !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
					t.Fatalf("%s: quotation %q: words %q, want %q", f, p.text[sp[0]:sp[1]], got, want)
				}
				quotes++
			}
		}
	}
	if quotes < 20 {
		t.Errorf("only %d quotations in the examples", quotes)
	}
}
