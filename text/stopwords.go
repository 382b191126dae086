package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords are English function words: articles, pronouns, auxiliaries,
// prepositions, conjunctions and the commonest adverbs; and the Chinese
// characters that serve as such (unspacedStops). They carry little
// content of their own, so scoring and similarity skip them. The map holds
// each one's stem: they are half of all words, and a token's stem is found
// here without the stemmer's cache.
var stopwords = func() map[string]string {
	const list = `a about above after again against all also am among an and another any are around as at
be because been before being below between both but by can cannot could did do does doing down during
each either else even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less like many may me might more most
much must my myself neither no nor not now of off on once one only onto or other others otherwise our
ours ourselves out over own per rather same several shall she should since so some such than that the
their theirs them themselves then there these they this those though through thus to too toward towards
under until up upon us very via was we were what whatever when where whether which while who whom whose
why will with within without would yet you your yours yourself yourselves
isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't
can't couldn't mustn't mightn't it's he's she's that's there's what's who's let's i'm you're we're
they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll
said says say told according mr mrs ms`
	m := make(map[string]string, 320)
	for _, w := range strings.Fields(list) {
		m[w] = stemOf(w)
	}
	for _, r := range unspacedStops {
		m[string(r)] = string(r)
	}
	return m
}()

// unspacedStops are Chinese characters that serve as function words: the
// particles and pronouns, the commonest prepositions, conjunctions and
// adverbs, and "say". Japanese hiragana, which mostly spells grammar
// (particles, endings), count as function words too (see analyzeWord).
const unspacedStops = "的了着过是在有和与及或而且也都就还又才再很更最已把被对为于从向以将并但却所之其此这那些个们我你他她它说称"

// IsStopword reports whether the normalized word w is a function word: an
// English one, or a Chinese character or hiragana that serves as one.
func IsStopword(w string) bool {
	_, ok := stopwords[w]
	return ok || hiragana(w)
}

// hiragana reports whether w is one hiragana character.
func hiragana(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && size > 1 && unicode.Is(unicode.Hiragana, r)
}
