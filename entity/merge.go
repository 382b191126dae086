package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/internal/memo"
	"github.com/precis-news/precis/internal/unionfind"
	"github.com/precis-news/precis/internal/wordset"
	"github.com/precis-news/precis/text"
)

// key returns the form under which spellings of one name meet: lower case,
// particles dropped ("al-Maliki" = "Maliki"), and common transliteration
// variants folded ("Nouri" = "Nuri", "Qaeda" = "Kaeda", doubled letters
// single), so Iran and Iraq stay apart.
//
// "Al" written apart before a name is kept ("Al Becker" is "al becker"): it
// is the English first name as often as the Arabic article, and merge
// decides which (see joinAl).
func key(name string) string {
	var parts []string
	for i, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }) {
		n := strings.ToLower(w)
		n = apostrophes.Replace(n)
		if i == 0 && firstNameAl(name) {
			parts = append(parts, n)
			continue
		}
		if particles.Has(n) || n == "the" || n == "of" || n == "and" {
			continue
		}
		if len(n) > 3 && strings.HasSuffix(n, "s") && groups.Has(n[:len(n)-1]) {
			n = n[:len(n)-1] // "Shiites" = "Shiite"
		}
		parts = append(parts, fold(n))
	}
	if len(parts) == 0 {
		return strings.ToLower(name)
	}
	return strings.Join(parts, " ")
}

// firstNameAl reports whether a name is "Al" and one word, written apart
// ("Al Becker", "Al Qaeda"; not "al-Maliki", "al Qaeda", "AL QAEDA", "Al
// Qaeda in Iraq").
func firstNameAl(name string) bool {
	return len(name) > 3 && strings.HasPrefix(name, "Al ") && !strings.ContainsRune(name[3:], ' ')
}

// nameKeys memoizes key by the name as written: names recur from article
// to article and from story to story.
var nameKeys = memo.New[string](1 << 12)

// fold maps one lower-case word to its transliteration skeleton.
func fold(w string) string {
	w = foldAccents(w)
	if len(w) > 1 && strings.IndexByte(w[1:], 'y') >= 0 {
		w = w[:1] + strings.ReplaceAll(w[1:], "y", "i") // "Zeydan" = "Zeidan"
	}
	if len(w) > 3 {
		w = translit.Replace(w) // but "Lee" is not "Li", nor "Moon" "Mun"
	}
	var b strings.Builder
	var prev rune
	for _, r := range w {
		if r == prev {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

var apostrophes = strings.NewReplacer("'", "", "’", "")

// translit folds the spellings transliterations of one Arabic, Persian or
// Russian name vary in: Nouri and Nuri, Qaeda and Qaida, Zeidan and
// Zaidan, Sheikh and Shaikh, Hussein and Hussain.
var translit = strings.NewReplacer("ou", "u", "oo", "u", "ee", "i", "ph", "f", "kh", "k", "q", "k", "ck", "k", "dh", "d", "gh", "g",
	"ei", "ai", "ae", "ai")

func foldAccents(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return accents.Replace(w)
}

var accents = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u",
	"ñ", "n", "ç", "c", "ş", "s", "ğ", "g", "ı", "i", "ā", "a", "ī", "i", "ū", "u")

// initials returns the capital initials of a multi-word name, connectors
// and particles skipped ("Islamic State of Iraq and the Levant" = "isil").
func initials(name string) string {
	var b strings.Builder
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) < 2 {
		return ""
	}
	for _, w := range words {
		n := strings.ToLower(w)
		if connectors.Has(n) || particles.Has(n) {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func acronymKey(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, ".", ""))
}

// corporateKeys and stormKeys are corporateSuffixes and stormWords as they
// appear in keys.
var corporateKeys, stormKeys = keysOf(corporateSuffixes), keysOf(stormWords)

// keysOfPlaces are the countries and places by name, as keys write them.
var keysOfPlaces = keysOf(wordset.Of(append(countries.Words(), places.Words()...)...))

// keysOf returns the words of a list as they appear in keys.
func keysOf(words *wordset.Set) *wordset.Set {
	var folded []string
	for _, w := range words.Words() {
		folded = append(folded, fold(w))
	}
	return setOf(folded...)
}

// merge builds entities from the mentions: one provisional entity for each
// key, then the joins below, each a rule of its own, then the gathering of
// each joined set into one entity. The order matters: a rule sees the
// types the earlier ones voted and the sets they joined.
func (set *Set) merge(docs []Doc, links [][2]string) {
	mg := set.provisional()
	mg.linked(links)
	mg.swapped(docs)
	mg.longNamesBegun()
	mg.firstWordsOfOrganizations()
	mg.legalSuffixes()
	mg.placeQualified()
	mg.regnalNumbers()
	mg.joinAl()
	mg.acronyms()
	mg.storms()
	mg.peoplesInThePlural()
	mg.middleNames()
	mg.surnames()
	set.gather(mg.sets, docs)
}

// merging is one merge under way: the provisional entities, one for each
// key, and the sets the rules join them into.
type merging struct {
	set  *Set
	sets unionfind.Sets
	// each provisional entity's key, in words (until gather, every entity
	// has the one key it was made for)
	keyWords [][]string
}

func (mg *merging) find(i int) int      { return mg.sets.Find(i) }
func (mg *merging) union(a, b int)      { mg.sets.Union(a, b) }
func (mg *merging) typeOf(i int) string { return voteType(mg.set.Entities[i]) }
func (mg *merging) wordsOf(i int) int   { return len(mg.keyWords[i]) }

// provisional makes one entity for each key the mentions have, with their
// spellings, articles, titles and type votes.
func (set *Set) provisional() *merging {
	byShape := map[int]int{} // entity -> its mentions' acronymVotes
	for i := range set.Mentions {
		m := &set.Mentions[i]
		k := nameKeys.Get(m.Text, key)
		m.key = k
		id, ok := set.byKey[k]
		if !ok {
			id = len(set.Entities)
			set.byKey[k] = id
			set.Entities = append(set.Entities, &Entity{keys: []string{k}})
		}
		e := set.Entities[id]
		if len(e.docs) == 0 || e.docs[len(e.docs)-1] != m.Doc {
			e.docs = append(e.docs, m.Doc)
		}
		e.addSurface(m.Text, 1)
		switch m.typeVote {
		case "":
		case orgEvidence:
			e.votes.add(Organization, orgEvidenceVotes)
		case acronymVote:
			byShape[id]++
		default:
			e.votes.add(m.typeVote, 1)
		}
		if m.Title != "" && e.Title == "" {
			e.Title = m.Title
		}
	}
	for id, n := range byShape {
		if e := set.Entities[id]; !shouted(e.surface) {
			e.votes.add(Organization, n)
		}
	}
	mg := &merging{set: set, sets: unionfind.New(len(set.Entities)), keyWords: make([][]string, len(set.Entities))}
	for i, e := range set.Entities {
		mg.keyWords[i] = strings.Fields(e.keys[0])
	}
	return mg
}

// linked joins the names the articles link: "Long Name (ACR)", "X, also
// known as Y".
func (mg *merging) linked(links [][2]string) {
	surf := mg.set.bySurface()
	for _, l := range links {
		a, b := tailEntity(surf, l[0]), headEntity(surf, l[1])
		if a >= 0 && b >= 0 && a != b {
			ta, tb := mg.typeOf(a), mg.typeOf(b)
			if ta == tb || ta == "" || tb == "" || ta == Organization || tb == Organization {
				mg.union(a, b)
			}
		}
	}
}

// swapped joins names swapped in rewrites of one sentence: "ISIS fighters
// captured the city" and "The ISIL fighters captured the city" name one
// group.
func (mg *merging) swapped(docs []Doc) {
	set := mg.set
	for _, sw := range set.swaps(docs) {
		a, b := set.byKey[sw[0]], set.byKey[sw[1]]
		ta, tb := mg.typeOf(a), mg.typeOf(b)
		if a != b && (ta == tb || ta == "" || tb == "") && swappable(set.Entities[a], set.Entities[b]) {
			mg.union(a, b)
		}
	}
}

// longNamesBegun joins a name of two words or more that begins the long
// names of just one organization to that organization ("Islamic State").
// A name only guessed to be a person's joins only if the organization is
// its party: "True Path" is the True Path Party, but "Simon Wiesenthal" is
// not the Simon Wiesenthal Center. So does a name with a place's word,
// which only speaking made a person's: "Royal Caribbean said" is Royal
// Caribbean Cruise Lines.
func (mg *merging) longNamesBegun() {
	set := mg.set
	beginsOf := map[string][]int{} // proper word prefix of a variant -> entities
	for j, o := range set.Entities {
		for _, v := range o.surface {
			words := strings.Fields(v.text)
			for n := 2; n < len(words); n++ {
				p := strings.Join(words[:n], " ")
				beginsOf[p] = appendUnique(beginsOf[p], j)
			}
		}
	}
	for i, e := range set.Entities {
		t := mg.typeOf(i)
		guessed := t == Person && e.votes.of(Person) == 0
		placeLike := t == Person && e.Title == "" && anyIn(mg.keyWords[i], keysOfPlaces)
		if mg.wordsOf(i) < 2 || t != "" && t != Organization && !guessed && !placeLike {
			continue
		}
		roots := map[int]bool{}
		for _, short := range e.surface {
			for _, j := range beginsOf[short.text] {
				if j != i && (!guessed || placeLike || partyOf(short.text, set.Entities[j])) {
					roots[mg.find(j)] = true
				}
			}
		}
		if len(roots) == 1 {
			for r := range roots {
				if mg.typeOf(r) == Organization {
					mg.union(i, r)
					if placeLike {
						e.votes.spokeForOrganization()
					}
				}
			}
		}
	}
}

// firstWordsOfOrganizations joins a name of one word with no title that
// begins the names of just one organization, and no person's, to that
// organization, as its short name, even where it "said" something:
// "Cathay" is Cathay Pacific Airways. Not "Kenya" of the Kenya Society for
// the Blind, nor "Libyan" of Libyan Arab Airways: places are left alone.
func (mg *merging) firstWordsOfOrganizations() {
	set, keyWords := mg.set, mg.keyWords
	byFirstWord := map[string][]int{}
	for j := range set.Entities {
		if f := keyWords[j]; len(f) >= 2 {
			byFirstWord[f[0]] = append(byFirstWord[f[0]], j)
		}
	}
	for i, e := range set.Entities {
		if t := mg.typeOf(i); mg.wordsOf(i) != 1 || e.Title != "" || t != Person && t != Organization || knownPlace(e.surface) || isAllCapsAny(e.surface) {
			continue // (an acronym names its own organization: "ANC" is not the ANC Women's League)
		}
		cands := byFirstWord[keyWords[i][0]]
		if len(cands) == 0 || endsAName(keyWords[i][0], keyWords) {
			continue
		}
		// the shortest name, which every other one begins ("Cathay
		// Pacific", "Cathay Pacific Airways", "Cathay Pacific Airlines")
		short := slices.MinFunc(cands, func(a, b int) int { return len(keyWords[a]) - len(keyWords[b]) })
		org := false
		for _, j := range cands {
			if !slices.Equal(keyWords[j][:len(keyWords[short])], keyWords[short]) && mg.find(j) != mg.find(short) {
				org = false
				break
			}
			org = org || mg.typeOf(j) == Organization
		}
		if org {
			mg.union(i, short)
			// a name no title or role made a person's begins an
			// organization's name
			e.votes.spokeForOrganization()
			for _, j := range cands {
				if o := set.Entities[j]; o.votes.of(Person) == 0 {
					o.votes[voteKind(guessPerson)] = 0
				}
			}
		}
	}
}

// legalSuffixes joins a company with and without its legal suffix:
// "Microsoft Corp." is "Microsoft", "Boeing Co." is "Boeing".
func (mg *merging) legalSuffixes() {
	for i, f := range mg.keyWords {
		if len(f) < 2 || !corporateKeys.Has(f[len(f)-1]) {
			continue
		}
		if j, ok := mg.set.byKey[strings.Join(f[:len(f)-1], " ")]; ok && j != i {
			if t := mg.typeOf(j); t != Place && t != Group {
				mg.union(i, j)
			}
		}
	}
}

// placeQualified joins an organization's name to the one longer name that
// puts a country, its people or a body the story names before it: "Senate"
// is the U.S. Senate, "Foreign Ministry" the Turkish Foreign Ministry,
// "Security Council" the U.N. Security Council. Not when two longer names
// end with it: "Cabinet" may be the Israeli Cabinet or the Palestinian
// Cabinet, "Corp." Microsoft Corp. or IBM Corp.
func (mg *merging) placeQualified() {
	set := mg.set
	byTail := map[string][]int{}   // the key of a name without its first word -> the names
	qualified := map[string]bool{} // those keys some name's qualifier begins
	for j, o := range set.Entities {
		if mg.typeOf(j) != Organization {
			continue
		}
		for _, v := range o.surface {
			if head, tail, ok := strings.Cut(v.text, " "); ok {
				k := nameKeys.Get(tail, key)
				byTail[k] = appendUnique(byTail[k], j)
				qualified[k] = qualified[k] || mg.qualifier(head)
			}
		}
	}
	for i, e := range set.Entities {
		longs := byTail[e.keys[0]]
		if len(longs) != 1 || !qualified[e.keys[0]] || longs[0] == i || mg.typeOf(i) != Organization || e.votes.of(Person) > 0 {
			continue
		}
		mg.union(i, longs[0])
	}
}

// qualifier reports whether a word written before an organization's name
// says whose it is: a country or place ("U.S.", "Tanzania"), its people
// ("Israeli", "Turkish") or an acronym the story names, not as a person's
// or a place's ("U.N.").
func (mg *merging) qualifier(w string) bool {
	lw := strings.ToLower(strings.ReplaceAll(w, ".", ""))
	if countries.Has(lw) || places.Has(lw) || peopleWords.Has(lw) || demonym(lw) && ofCountry(lw) {
		return true
	}
	if !text.IsAcronym(w) {
		return false
	}
	j, ok := mg.set.byKey[nameKeys.Get(w, key)]
	if !ok {
		return false
	}
	t := mg.typeOf(j)
	return t == Organization || t == "" // an acronym alone is seldom typed yet: acronyms joins it later
}

// regnalNumbers joins a name with and without a regnal number: "John Paul
// II" is "John Paul" (not when two numbers share the name: Pius XI and
// Pius XII).
func (mg *merging) regnalNumbers() {
	numbered := map[string][]int{} // the name without its number -> the numbered names
	for i, f := range mg.keyWords {
		if len(f) >= 2 && romanNumerals.Has(f[len(f)-1]) {
			base := strings.Join(f[:len(f)-1], " ")
			numbered[base] = appendUnique(numbered[base], i)
		}
	}
	for base, ns := range numbered {
		if j, ok := mg.set.byKey[base]; ok && len(ns) == 1 && mg.typeOf(ns[0]) == Person && mg.typeOf(j) != Place {
			mg.union(ns[0], j)
		}
	}
}

// joinAl joins each name keyed "al X" (see key) to the name keyed X, unless
// a person of another full name ending with X is in the story, for whom the
// X alone may stand: "Al Qaeda" is al-Qaeda and "Al Sharpton" is Sharpton,
// but "Al Becker" and "Bill Becker" are two Beckers.
func (mg *merging) joinAl() {
	endsWith := map[string]int{} // last word -> people of other first words whose full names end with it
	for i, f := range mg.keyWords {
		if len(f) >= 2 && f[0] != "al" && mg.typeOf(i) == Person {
			endsWith[f[len(f)-1]]++
		}
	}
	for i, f := range mg.keyWords {
		if len(f) != 2 || f[0] != "al" {
			continue
		}
		if j, ok := mg.set.byKey[f[1]]; ok && endsWith[f[1]] == 0 {
			mg.union(i, j)
		}
	}
}

// acronyms joins an acronym to the long form whose initials match it, when
// only one long form's do, and that one is no person's: "AP" is not Gen.
// Augusto Pinochet.
func (mg *merging) acronyms() {
	set := mg.set
	byInitials := map[string][]int{}
	for i, e := range set.Entities {
		for _, s := range e.surface {
			if in := initials(s.text); len(in) >= 2 {
				byInitials[in] = appendUnique(byInitials[in], i)
			}
		}
	}
	for i, e := range set.Entities {
		for _, s := range e.surface {
			if !text.IsAcronym(s.text) || strings.Contains(s.text, " ") {
				continue
			}
			if c := byInitials[acronymKey(s.text)]; len(c) == 1 && c[0] != i && set.Entities[c[0]].votes.of(Person) == 0 {
				mg.union(i, c[0])
			}
		}
	}
}

// storms joins storms of one name ("Super Typhoon Zeb" is "Supertyphoon
// Zeb", "Tropical Storm Georges" is "Hurricane Georges"), and the name
// alone to the storm ("Georges") when nothing (a title, a reporting verb)
// makes it a person's.
func (mg *merging) storms() {
	storms := map[string]int{} // name -> the first storm that has it
	for i, f := range mg.keyWords {
		for n := 1; n < len(f); n++ {
			if stormKeys.Has(f[n-1]) {
				name := strings.Join(f[n:], " ")
				if first, ok := storms[name]; ok {
					mg.union(i, first)
				} else {
					storms[name] = i
				}
			}
		}
	}
	for i, e := range mg.set.Entities {
		for _, k := range e.keys {
			if c, ok := storms[k]; ok && mg.find(c) != mg.find(i) && e.votes.of(Person) == 0 {
				mg.union(i, c)
			}
		}
	}
}

// peoplesInThePlural joins a people in the singular and the plural
// ("Puerto Rican", "Puerto Ricans"), where no list of peoples made the two
// one key.
func (mg *merging) peoplesInThePlural() {
	for i, e := range mg.set.Entities {
		k := e.keys[0]
		if mg.typeOf(i) != Group || len(k) < 5 || !strings.HasSuffix(k, "s") {
			continue
		}
		if j, ok := mg.set.byKey[k[:len(k)-1]]; ok && j != i && mg.typeOf(j) == Group {
			mg.union(i, j)
		}
	}
}

// middleNames joins a person's name of two words or more to the one
// person whose longer name holds its words in order, with the same first
// and last words: "Abdel Basset Megrahi" is Abdel Basset Ali al-Megrahi,
// "Gabrielle McDonald" Gabrielle Kirk McDonald. Not when the words the
// longer name adds hold an initial ("George Bush" may be George H. W. Bush
// or his son, George W. Bush), nor when two people's names hold it.
func (mg *merging) middleNames() {
	byEnds := map[string][]int{} // first and last words -> people of three words or more
	for i, f := range mg.keyWords {
		if len(f) >= 3 && mg.typeOf(i) == Person {
			k := f[0] + " " + f[len(f)-1]
			byEnds[k] = append(byEnds[k], i)
		}
	}
	for i, f := range mg.keyWords {
		if len(f) < 2 || mg.typeOf(i) != Person && mg.typeOf(i) != "" {
			continue
		}
		var roots []int
		for _, j := range byEnds[f[0]+" "+f[len(f)-1]] {
			if long := mg.keyWords[j]; len(long) > len(f) && addsNoInitial(f, long) {
				roots = appendUnique(roots, mg.find(j))
			}
		}
		if len(roots) == 1 {
			mg.union(i, roots[0])
		}
	}
}

// addsNoInitial reports whether the words of short stand in long in
// their order, and the words long adds are no initials.
func addsNoInitial(short, long []string) bool {
	k := 0
	for _, w := range long {
		switch {
		case k < len(short) && w == short[k]:
			k++
		case utf8.RuneCountInString(w) == 1:
			return false
		}
	}
	return k == len(short)
}

// surnames joins a surname alone (or with a title) to the one person in
// the story whose full name ends with it, and a double surname ("Abdel
// Rahman") to the one person whose longer name ends with it.
func (mg *merging) surnames() {
	set, keyWords := mg.set, mg.keyWords
	byLast := map[string][]int{}
	// how often each person is called by a full name ending with a surname:
	// "Mandela" alone is Nelson Mandela's, however often Winnie
	// Madikizela-Mandela is named otherwise
	byLastMentions := map[wordRoot]int{}
	byFirstAll := map[string][]int{}      // first word -> people with a title or reporting verb
	byFirstAny := map[string][]int{}      // first word -> every name of two words or more
	byFirstMentions := map[wordRoot]int{} // first word and person -> how often byFirstAny's are named so
	for i := range set.Entities {
		f, root, n := keyWords[i], mg.find(i), set.Entities[i].mentioned()
		if len(f) >= 2 {
			byFirstAny[f[0]] = appendUnique(byFirstAny[f[0]], root)
			byFirstMentions[wordRoot{f[0], root}] += n
		}
		if len(f) >= 2 && mg.typeOf(i) == Person {
			if !doubleSurname(set.Entities[i].surface) {
				// (but "Mandela" alone is not Winnie Madikizela-Mandela)
				last := f[len(f)-1]
				byLast[last] = appendUnique(byLast[last], root)
				byLastMentions[wordRoot{last, root}] += n
			}
			if len(f) >= 3 {
				// a double surname: "Carol Moseley-Braun" for "Moseley-Braun"
				two := f[len(f)-2] + " " + f[len(f)-1]
				byLast[two] = appendUnique(byLast[two], mg.find(i))
			}
			if set.Entities[i].votes.of(Person) > 0 {
				// only a full name with a title or a reporting verb: a
				// guessed person may be a place ("Goteborg Cathedral")
				byFirstAll[f[0]] = appendUnique(byFirstAll[f[0]], mg.find(i))
			}
		}
	}
	byFirst := byLast // a word that ends some full name is a surname, not a first name
	// the people of three words or more the story also names by their
	// first and last words alone
	firstLast := map[int]bool{}
	twoWords := map[string]bool{}
	for _, f := range keyWords {
		if len(f) == 2 {
			twoWords[f[0]+" "+f[1]] = true
		}
	}
	for i, f := range keyWords {
		if len(f) >= 3 && twoWords[f[0]+" "+f[len(f)-1]] {
			firstLast[mg.find(i)] = true
		}
	}
	mentions := map[int]int{} // mentions of each group of full names so far
	for i, e := range set.Entities {
		mentions[mg.find(i)] += e.mentioned()
	}
	for i, e := range set.Entities {
		two := mg.wordsOf(i) == 2 && !hyphenated(e.surface)
		if mg.wordsOf(i) != 1 && !two && !hyphenated(e.surface) {
			continue
		}
		t := mg.typeOf(i)
		strong := e.votes.of(Organization) + e.votes.of(Group) + e.votes.of(Other)
		if t == Place && e.votes.of(Place) == 0 || t == Group && e.votes.of(Group) == 0 {
			t = "" // only "in X", "to X", or an ending like "-ian": not evidence against a person
		}
		if t != "" && t != Person || strong > 0 || anyIn(e.keys, countries) || knownPlace(e.surface) || anyIn(e.keys, groups) {
			continue
		}
		if two {
			// a double surname ("Abdel Rahman") and the one person whose
			// longer name ends with it ("Omar Abdel Rahman"), unless the
			// story also calls that person by the first and last words of
			// the longer name: "Darren Hickey" is Darren Eamonn Hickey,
			// and "Eamon Hickey" his father
			if c := byLast[e.keys[0]]; len(c) == 1 && !firstLast[c[0]] {
				mg.union(i, c[0])
			} else if f := keyWords[i]; f[0] == f[1] {
				// a surname written twice ("a grim-faced Arafat Arafat"),
				// when one other person has that surname and is named
				// more often: a slip for that person's name. (The
				// swimmer Yuan Yuan, the story's own name, stays.)
				others := slices.DeleteFunc(slices.Clone(byLast[f[0]]), func(j int) bool { return j == mg.find(i) })
				if len(others) == 1 && mentions[others[0]] > mentions[mg.find(i)] {
					mg.union(i, others[0])
				}
			}
			continue
		}
		for _, k := range e.keys {
			if set.words.isLower(strings.ToLower(k)) && !afterParticle(e.surface) || isAllCapsAny(e.surface) {
				continue // a common word too ("Abortion", "Day"): not taken for a surname
			}
			if c := byLast[k]; len(c) == 1 {
				mg.union(i, c[0])
			} else if p := dominant(c, func(r int) int { return byLastMentions[wordRoot{k, r}] }); len(c) > 1 && p < 0 {
				// the surname of several people in the story ("Bob
				// Livingston", "Robert Livingston"): a person's, though
				// not known whose
				e.votes.add(guessPerson, e.votes.of(guessThing)+e.votes.of(guessPlace)+e.votes.of(guessGroup)+1)
			} else if p >= 0 && (set.Entities[p].votes.of(Person) > 0 || e.votes.of(Person) > 0) {
				// one of the people the surname may mean is named far
				// more often than the rest ("Eliot Spitzer" three times,
				// "his father, Bernard Spitzer" once), and the name or the
				// surname has a title or a reporting verb, so surely a
				// person: the surname is his
				mg.union(i, p)
			} else if c := byFirst[k]; len(c) == 0 && len(byFirstAny[k]) == 1 &&
				(len(byFirstAll[k]) == 1 || e.votes.of(Person) > 0 && mg.typeOf(byFirstAny[k][0]) == Person && within(e.docs, set.Entities[byFirstAny[k][0]].docs)) {
				// no full name ends with it, and exactly one name begins with
				// it, a person's: a surname written first ("Jiang" is Jiang
				// Zemin) or a first name alone ("Eliot" is Eliot Spitzer).
				// The full name has a title or a reporting verb, or the word
				// has, and the articles that write it alone name the person
				// in full: "Xanana said" is Xanana Gusmao, named so in the
				// same article, but a patient "identified only as Karen" is
				// not Karen Jones, whom another article quotes
				mg.union(i, byFirstAny[k][0])
			} else if p := dominant(byFirstAny[k], func(r int) int { return byFirstMentions[wordRoot{k, r}] }); len(c) == 0 && p >= 0 && mg.typeOf(p) == Person && e.votes.of(Person) > 0 {
				// no full name ends with it, and of the names that begin
				// with it one is a person's named far more often than the
				// rest, and it has a title or a reporting verb itself: a
				// surname written first ("Wang said" is Wang Youcai, named
				// nine times, not Wang Dan, named twice)
				mg.union(i, p)
			}
		}
	}
}

// gather makes one entity of each set the rules joined, and points the
// mentions at them. The entities are ordered by the articles and then the
// mentions they have.
func (set *Set) gather(sets unionfind.Sets, docs []Doc) {
	groups := map[int]*Entity{}
	var order []int
	for i, e := range set.Entities {
		r := sets.Find(i)
		g, ok := groups[r]
		if !ok {
			g = &Entity{}
			groups[r] = g
			order = append(order, r)
		}
		for _, k := range e.keys {
			g.addKey(k)
		}
		g.docs = append(g.docs, e.docs...)
		for t, n := range e.votes {
			g.votes[t] += n
		}
		for _, v := range e.surface {
			g.addSurface(v.text, v.n)
		}
		if g.Title == "" {
			g.Title = e.Title
		}
	}
	set.Entities = set.Entities[:0]
	set.byKey = map[string]int{}
	for _, r := range order {
		g := groups[r]
		g.finish(docs)
		set.Entities = append(set.Entities, g)
	}
	sort.SliceStable(set.Entities, func(a, b int) bool {
		ea, eb := set.Entities[a], set.Entities[b]
		if len(ea.Sources) != len(eb.Sources) {
			return len(ea.Sources) > len(eb.Sources)
		}
		return ea.Mentions > eb.Mentions
	})
	for i, e := range set.Entities {
		for _, k := range e.keys {
			set.byKey[k] = i
		}
	}
	for i := range set.Mentions {
		set.Mentions[i].Entity = set.byKey[set.Mentions[i].key]
	}
}

// shouted reports whether a name's one-word spelling in capitals is the
// spelling of another word of the name in small letters ("NEVIS" and
// "Nevis"): a line set in capitals, not an acronym.
func shouted(surface []variant) bool {
	for _, a := range surface {
		if !text.IsAcronym(a.text) || strings.Contains(a.text, " ") {
			continue
		}
		for _, b := range surface {
			if b.text != a.text && strings.EqualFold(a.text, b.text) {
				return true
			}
		}
	}
	return false
}

// fieldCount is len(strings.Fields(s)), without making the fields.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// partyOf reports whether some spelling of o is the name short followed by
// a word for a party or a movement ("True Path Party").
func partyOf(short string, o *Entity) bool {
	for _, v := range o.surface {
		if rest, ok := strings.CutPrefix(v.text, short+" "); ok {
			w, _, _ := strings.Cut(rest, " ")
			if partyWords.Has(strings.ToLower(w)) {
				return true
			}
		}
	}
	return false
}

// afterParticle reports whether some spelling writes a particle in lower
// case before the name ("bin Laden", "al-Maliki", "van Gogh"). Such a name
// is a surname even where the story also uses its word in lower case
// ("a bomb-laden truck").
func afterParticle(surface []variant) bool {
	for _, v := range surface {
		if i := strings.IndexAny(v.text, " -"); i > 0 && i < len(v.text)-1 && particles.Has(v.text[:i]) {
			return true
		}
	}
	return false
}

// hyphenated reports whether every spelling of a name is one hyphenated
// word ("Moseley-Braun"), a surname as much as a one-word name is.
func hyphenated(surface []variant) bool {
	for _, v := range surface {
		if !strings.Contains(v.text, "-") || strings.ContainsAny(v.text, " ") {
			return false
		}
	}
	return len(surface) > 0
}

// endsAName reports whether some name of two words or more ends with the
// word w ("Ford" ends "Gerald Ford").
func endsAName(w string, keyWords [][]string) bool {
	for _, f := range keyWords {
		if len(f) >= 2 && f[len(f)-1] == w {
			return true
		}
	}
	return false
}

// doubleSurname reports whether every spelling of a name ends with a
// hyphenated surname ("Winnie Madikizela-Mandela"), whose last part alone
// is not that person's name; a particle before the hyphen ("Nouri
// al-Maliki") makes no double surname.
func doubleSurname(surface []variant) bool {
	for _, v := range surface {
		last := v.text[strings.LastIndexByte(v.text, ' ')+1:]
		i := strings.LastIndexByte(last, '-')
		if i <= 0 || particles.Has(strings.ToLower(last[:i])) || strings.Contains(last[:i], "-") {
			return false
		}
	}
	return len(surface) > 0
}

// within reports whether every article of a is one of b's.
func within(a, b []int) bool {
	for _, d := range a {
		if !slices.Contains(b, d) {
			return false
		}
	}
	return true
}

// dominant returns the candidate with at least three times the mentions of
// every other and at least three in all, or -1 when none stands out.
func dominant(cands []int, mentions func(int) int) int {
	best := -1
	for _, c := range cands {
		if best < 0 || mentions(c) > mentions(best) {
			best = c
		}
	}
	if best < 0 || mentions(best) < 3 {
		return -1
	}
	for _, c := range cands {
		if c != best && 3*mentions(c) > mentions(best) {
			return -1
		}
	}
	return best
}

// mentioned counts the mentions of all of an entity's spellings.
func (e *Entity) mentioned() int {
	n := 0
	for _, v := range e.surface {
		n += v.n
	}
	return n
}

// wordRoot is a word of a name and the person whose names hold it there.
type wordRoot struct {
	word string
	root int
}

// knownPlace reports whether one of a name's spellings is a place by name
// ("Caribbean", "Virginia"): not a surname, even of a longer name that ends
// with it ("Royal Caribbean", "West Virginia").
func knownPlace(surface []variant) bool {
	for _, v := range surface {
		if places.Has(strings.ToLower(v.text)) {
			return true
		}
	}
	return false
}

// anyIn reports whether one of the keys (or words) is in the list.
func anyIn(keys []string, list *wordset.Set) bool {
	for _, k := range keys {
		if list.Has(k) {
			return true
		}
	}
	return false
}

// isAllCapsAny reports whether some spelling of a name is written as an
// acronym is (text.IsAcronym): all in capitals.
func isAllCapsAny(surface []variant) bool {
	for _, s := range surface {
		if text.IsAcronym(s.text) {
			return true
		}
	}
	return false
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// bySurface maps every variant to its (provisional) entity.
func (set *Set) bySurface() map[string]int {
	m := map[string]int{}
	for i, e := range set.Entities {
		for _, v := range e.surface {
			m[v.text] = i
		}
	}
	return m
}

// tailEntity finds the entity with the longest variant that ends the text
// (at a word boundary), or -1.
func tailEntity(surf map[string]int, s string) int {
	words := lastFields(s, 10)
	for n := min(len(words), 10); n >= 1; n-- {
		v := strings.Join(words[len(words)-n:], " ")
		if i, ok := surf[v]; ok {
			return i
		}
	}
	return -1
}

// headEntity finds the entity with the longest variant that begins the
// text (at a word boundary), or -1.
func headEntity(surf map[string]int, s string) int {
	words := firstFields(s, 10)
	for n := min(len(words), 10); n >= 1; n-- {
		v := strings.TrimRight(strings.Join(words[:n], " "), ",.;:")
		if i, ok := surf[v]; ok {
			return i
		}
	}
	return -1
}

// lastFields is the last n of strings.Fields(s), found without splitting
// the rest of s: a link's text before a parenthesis may be a long sentence.
func lastFields(s string, n int) []string {
	i, words, in := len(s), 0, false
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(r) {
			in = true
		} else if in {
			if words++; words == n {
				break // s[i:] opens with the n-th word from the end
			}
			in = false
		}
		i -= size
	}
	return strings.Fields(s[i:])
}

// firstFields is the first n of strings.Fields(s), found without splitting
// the rest of s.
func firstFields(s string, n int) []string {
	words, in := 0, false
	for i, r := range s {
		if !unicode.IsSpace(r) {
			in = true
		} else if in {
			if words++; words == n {
				return strings.Fields(s[:i])
			}
			in = false
		}
	}
	return strings.Fields(s)
}

// voteType is the entity's type by its mentions' votes ("" when none).
func voteType(e *Entity) string {
	best, bestN := "", 0
	for _, t := range []string{Person, Organization, Place, Group} {
		if n := e.votes.of(t); n > bestN {
			best, bestN = t, n
		}
	}
	if best == "" && e.votes.of(Other) > 0 {
		return Other
	}
	if g := e.votes.of(guessGroup); best == "" && g > 0 && g >= e.votes.of(guessPerson) && g >= e.votes.of(guessPlace) {
		return Group
	}
	if best == "" && (e.votes.of(guessPerson) > 0 || e.votes.of(guessPlace) > 0) {
		if e.votes.of(guessPlace) > 2*e.votes.of(guessPerson) {
			// a full name is better evidence than a name after "to" or
			// "in": "a man named Haroun Fazil" outweighs "close to Fazil"
			// twice over
			return Place
		}
		if e.votes.of(guessThing) >= e.votes.of(guessPerson) {
			return Other
		}
		return Person
	}
	return best
}

// nameParts counts the parts of a name, a hyphen parting them as a space
// does ("al-Maliki" and "al Maliki" are alike).
func nameParts(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ { // both separators are single bytes
		sep := s[i] == ' ' || s[i] == '-'
		if !sep && !in {
			n++
		}
		in = !sep
	}
	return n
}

// fullName returns a person's name from its spellings, sorted fullest
// first: the fullest, unless it writes a word twice in a row and the
// story also spells it once, or it is another full name with words before it
// ("Minster Tansu Ciller", "New Zealander Stanley Shaw": a typo or a
// word the name's run took in) that is written at least three times as
// often, which is then the name.
func fullName(surface []variant) string {
	top := surface[0]
	if once := undoubled(top.text); once != top.text && fullParts(once) >= 2 && slices.ContainsFunc(surface, func(v variant) bool { return v.text == once }) {
		return once // "Fernando Henrique Cardoso Cardoso", a slip for the name written too
	}
	for _, v := range surface[1:] {
		if 3*top.n <= v.n && strings.HasSuffix(top.text, " "+v.text) && fullParts(v.text) >= 2 {
			return v.text
		}
	}
	return top.text
}

// wordTwice reports whether a name writes a word twice in a row.
func wordTwice(s string) bool {
	prev := ""
	for w := range strings.FieldsSeq(s) {
		if w == prev {
			return true
		}
		prev = w
	}
	return false
}

// undoubled returns a name without a word written twice in a row.
func undoubled(s string) string {
	w := strings.Fields(s)
	return strings.Join(slices.Compact(w), " ")
}

// fullParts counts the words of a name that are not particles ("bin
// Laden" and "Moseley-Braun" have one).
func fullParts(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if !particles.Has(strings.ToLower(w)) {
			n++
		}
	}
	return n
}

// finish fills the exported fields: the canonical name (the most used
// variant of the most words, with an acronym added in brackets), the type,
// the variants, the mention count and the sources.
func (e *Entity) finish(docs []Doc) {
	e.Type = voteType(e)
	if e.Type == "" {
		e.Type = Other
	}
	var acr string
	acrN := 0
	for _, v := range e.surface {
		e.Mentions += v.n
		if text.IsAcronym(v.text) && !strings.Contains(v.text, " ") && (acr == "" || v.n > acrN) {
			acr, acrN = v.text, v.n
		}
	}
	sort.Slice(e.surface, func(a, b int) bool {
		va, vb := e.surface[a].text, e.surface[b].text
		wa, wb := fieldCount(va), fieldCount(vb)
		if (wa > 1) != (wb > 1) {
			return wa > 1
		}
		if na, nb := nameParts(va), nameParts(vb); e.Type == Person && na != nb {
			return na > nb // a person by the fullest name: "Osama bin Laden", not "bin Laden"
		}
		if na, nb := e.surface[a].n, e.surface[b].n; na != nb {
			return na > nb
		}
		if wa != wb {
			return wa > wb
		}
		return va < vb
	})
	e.Variants = make([]string, 0, len(e.surface))
	for _, v := range e.surface {
		// a slip that writes a word twice ("a grim-faced Arafat Arafat")
		// is no spelling of its own when the name is also written once
		if !wordTwice(v.text) {
			e.Variants = append(e.Variants, v.text)
			continue
		}
		if u := undoubled(v.text); slices.ContainsFunc(e.surface, func(x variant) bool { return x.text == u }) {
			continue
		}
		e.Variants = append(e.Variants, v.text)
	}
	e.Name = e.Variants[0]
	if e.Type == Person {
		e.Name = fullName(e.surface)
	}
	if acr != "" && !strings.EqualFold(acr, e.Name) && e.Type == Organization {
		e.Name += " (" + acr + ")"
	}
	slices.Sort(e.docs)
	e.docs = slices.Compact(e.docs)
	if len(e.docs) > 0 {
		e.Sources = make([]string, len(e.docs))
		for i, d := range e.docs {
			e.Sources[i] = docs[d].ID
		}
	}
}

// Of returns the entity a mention belongs to.
func (set *Set) Of(m Mention) *Entity { return set.Entities[m.Entity] }

// Resolve returns the entity a name written in a story refers to: one of
// its variants, or (for a one-word name) the one person whose name ends
// with it. It returns nil when the name is unknown or ambiguous.
func (set *Set) Resolve(name string) *Entity {
	k := nameKeys.Get(name, key)
	if i, ok := set.byKey[k]; ok {
		return set.Entities[i]
	}
	f := strings.Fields(k)
	if len(f) == 0 {
		return nil
	}
	last := f[len(f)-1]
	var found *Entity
	for _, e := range set.Entities {
		if e.Type != Person {
			continue
		}
		for _, ek := range e.keys {
			ef := strings.Fields(ek)
			if ef[len(ef)-1] == last {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}
