package entity

import (
	"slices"
	"strings"

	"github.com/precis-news/precis/internal/gazetteer"
	"github.com/precis-news/precis/internal/wordset"
)

// setOf returns the fixed set of words (see internal/wordset).
func setOf(words ...string) *wordset.Set { return wordset.Of(words...) }

// connectors may sit inside a name between capitalized words.
var connectors = setOf("of", "the", "and", "for", "de", "du", "des", "la", "le", "y", "do", "dos", "das")

// particles are the lower-case parts of Arabic, Dutch, German, Spanish and
// other names, dropped when spellings are compared ("al-Maliki" = "Maliki").
var particles = setOf("al", "el", "ad", "ash", "as", "an", "bin", "ibn", "van", "von", "der", "den", "de", "da", "di", "del", "della", "dos")

// englishParticles are the particles that are English words too.
var englishParticles = setOf("as", "an")

// ofPerson are the nouns a surname modifies after "the": a family ("the
// Shaker family") or a leader's rule ("the Marcos regime").
var ofPerson = setOf("family", "families", "brothers", "sisters", "girls", "boys", "children", "couple", "twins", "household",
	"clan", "sons", "daughters", "regime", "administration", "government", "era", "years", "presidency", "dictatorship", "campaign", "camp")

// titles are written before a person's name.
var titles = setOf("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "vice", "prime", "minister", "secretary",
	"gen", "general", "sen", "senator", "rep", "representative", "gov", "governor", "king", "queen", "prince", "princess",
	"pope", "sheikh", "shaikh", "sheik", "ayatollah", "chancellor", "judge", "justice", "chief", "col", "colonel", "lt", "lieutenant", "capt",
	"captain", "sgt", "sergeant", "brig", "brigadier", "adm", "admiral", "commander", "mayor", "foreign", "defense", "defence", "interior",
	"ambassador", "director", "premier", "lord", "sir", "dame", "rev", "reverend", "father", "imam", "cleric", "state",
	"spokesman", "spokeswoman", "deputy", "speaker", "leader", "finance", "economy", "justice", "attorney", "maj", "major",
	"grand", "supreme", "emir", "sultan", "crown", "first", "lady", "former", "acting", "senior", "chairman", "chairwoman",
	"ceo", "coach", "officer", "inspector", "detective", "sheriff", "agent", "dean", "bishop", "archbishop", "cardinal", "rabbi",
	// company and public offices: "Chief Executive", "Chief Financial Officer", "Managing Director"
	"executive", "financial", "operating", "managing", "editor", "founder", "commissioner", "congressman", "congresswoman",
	"assemblyman", "assemblywoman", "councilman", "councilwoman", "councillor", "councilor", "envoy", "spokesperson",
	"prosecutor", "superintendent", "chairperson", "candidate", "nominee")

// titleHalves are title words that never stand alone before a name: the
// word after them is the title's too ("Prime Minister", "Vice Chancellor").
var titleHalves = setOf("prime", "vice", "acting", "crown", "grand", "supreme", "financial", "operating", "managing")

// roles, in an apposition right after a name, make it a person's: "Dan
// Rosen, a senior Microsoft executive".
var roles = setOf("executive", "official", "spokesman", "spokeswoman", "lawyer", "attorney", "director", "manager",
	"analyst", "professor", "doctor", "economist", "aide", "adviser", "advisor", "chairman", "chairwoman", "founder",
	"minister", "senator", "congressman", "congresswoman", "officer", "commander", "colonel", "judge", "prosecutor",
	"editor", "reporter", "writer", "author", "student", "teacher", "engineer", "scientist", "researcher",
	"activist", "priest", "bishop", "son", "daughter", "wife", "husband", "father", "mother", "brother", "sister",
	"widow", "friend", "obstetrician", "physician", "surgeon", "nurse", "pilot", "businessman", "businesswoman")

// departments end a title after "of" ("Secretary of Agriculture Dan
// Glickman", "Chancellor of the Exchequer Gordon Brown").
var departments = setOf("exchequer", "agriculture", "treasury", "commerce", "transportation", "transport", "housing",
	"education", "labor", "labour", "energy", "health") // defense, interior, justice, state: already titles

// possessors are the plurals of people whose possessive begins a name:
// "People's Republic", "Children's Hospital", "Women's Services".
var possessors = setOf("people", "children", "women", "men")

// notNames are capitalized words that begin sentences or headlines but are
// not names.
var notNames = setOf("i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "this", "that", "these",
	"those", "there", "here", "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before", "as", "in", "on", "at",
	"for", "with", "from", "by", "to", "of", "a", "an", "the", "asked", "although", "amid", "despite", "since", "also", "meanwhile",
	"however", "still", "now", "then", "today", "yesterday", "tomorrow", "last", "next", "mr", "mrs", "ms", "editorial",
	"update", "updated", "breaking", "exclusive", "analysis", "opinion", "photo", "video", "read", "more", "watch",
	"hundreds", "thousands", "dozens", "millions", "scores", "several", "many", "some", "most", "all", "no", "not", "let",
	"what", "who", "why", "how", "where", "which", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"militants", "officials", "police", "witnesses", "residents", "sources", "critics", "analysts", "experts", "people",
	"later", "earlier", "finally", "afterwards", "initially", "eventually", "recently", "previously", "separately",
	"elsewhere", "overall", "once", "first", "second", "third", "nevertheless", "nonetheless", "thus", "indeed")

// reportingVerbs introduce or follow what someone said.
var reportingVerbs = setOf("said", "says", "say", "told", "tells", "added", "adds", "stated", "declared", "warned", "warns",
	"explained", "asked", "asks", "noted", "insisted", "insists", "argued", "argues", "wrote", "writes", "tweeted", "announced",
	"claimed", "claims", "continued", "replied", "acknowledged", "admitted", "urged", "vowed", "stressed", "cautioned",
	"believes", "believed", "suggested", "conceded", "confirmed", "denied", "predicted", "recalled", "remarked", "responded",
	"agreed", "called", "described", "boasted", "promised", "pledged", "threatened", "countered", "observed", "emphasized",
	"emphasised", "reported", "testified", "complained", "joked", "concluded", "explains", "notes", "adding", "saying")

// invertedVerbs are the reporting verbs whose speaker may follow them after a
// quotation or a clause ("…,” said Li"); after "told", "asked" or "urged"
// the name is the one spoken to.
var invertedVerbs = setOf("said", "says", "added", "adds", "wrote", "writes", "continued", "recalled", "explained", "noted",
	"insisted", "replied", "remarked", "conceded", "countered", "observed", "stressed", "argued", "declared", "recalls")

// placePreps precede a place ("in Mosul", "near Baghdad").
var placePreps = setOf("in", "at", "near", "from", "into", "across", "outside", "inside", "toward", "towards", "around", "throughout", "to", "via", "within")

// placeNouns precede "of" and a place ("the city of Tal Afar").
var placeNouns = setOf("city", "town", "village", "province", "region", "state", "capital", "port", "district", "county", "island", "republic", "kingdom",
	"streets", "outskirts", "suburbs", "residents", "mayor", "governor", "people", "neighborhood", "neighbourhood", "suburb",
	"settlement", "township", "municipality", "borough", "towns", "cities", "villages")

// orgWords mark a name as an organization.
var orgWords = setOf("party", "ministry", "council", "army", "forces", "force", "agency", "department", "bank", "company", "co", "corp",
	"corporation", "inc", "ltd", "llc", "plc", "university", "college", "committee", "group", "front", "brigade", "brigades",
	"union", "association", "organization", "organisation", "court", "police", "guard", "guards", "navy", "news", "times",
	"post", "journal", "reuters", "press", "institute", "foundation", "commission", "parliament", "congress", "senate",
	"administration", "government", "office", "service", "services", "church", "movement", "coalition", "alliance",
	"network", "broadcasting", "federation", "league", "club", "authority", "board", "bureau", "embassy", "pentagon", "fund", "trust",
	"society", "center", "centre", "house", "academy", "school", "hospital", "airlines", "airways", "motors", "group", "state",
	"securities", "holdings", "partners", "investments", "insurance", "bancorp", "daily", "herald", "tribune", "gazette",
	"report", "review", "monitor", "observer", "telegraph", "magazine", "weekly", "hotel", "hotels", "resort", "casino",
	"lodge", "inn", "team", "newswire", "newswires", "intelligence", "line", "lines",
	"duma", "knesset", "bundestag", "majlis", "riksdag", "storting", "sejm", "rada",
	"chronicle", "division", "laboratory", "laboratories", "communications", "technologies", "systems", "telecom",
	"watch", "tv", "television", "radio",
	// news agencies, named in news copy as speakers ("Xinhua said")
	"xinhua", "interfax", "tass", "itar-tass", "tanjug", "kyodo", "yonhap", "bernama", "anadolu", "novosti", "antara",
	"taliban", "hezbollah", "hamas", "qaeda", "jihad", "brotherhood", "cabinet", "assembly", "tribunal", "nations", "mission",
	// bodies known by one word, which warn and say as people do
	"interpol", "europol", "eurostat", "greenpeace", "oxfam", "frontex", "opec", "gazprom", "aeroflot")

// otherWords mark names of documents, laws, events, works and measures
// ("Gross National Product", "Consumer Price Index"), which are none of
// the four kinds.
var otherWords = setOf("convention", "constitution", "treaty", "accord", "accords", "charter", "act", "protocol", "agreement",
	"resolution", "summit", "conference", "games", "cup", "prize", "award", "awards", "war", "olympics", "championship",
	"festival", "declaration", "plan", "code", "bill", "amendment", "doctrine", "initiative", "program", "programme",
	"day", "week", "month", "year", "eve", "holiday", "revolution", "web", "time", "product", "index")

// officeWords make an office of a title word before them ("Foreign Office",
// "Interior Ministry", "Justice Department").
var officeWords = setOf("office", "ministry", "department")

// agencyHeads end the names of agencies, which may join their parts with
// "and" ("Food and Drug Administration"; see agencyAnd).
var agencyHeads = setOf("commission", "administration", "committee", "agency", "board", "council", "authority",
	"bureau", "service", "services", "institute", "foundation", "department", "office", "organization",
	"organisation", "association", "society")

// placeHeads, anywhere in a name, make it a place.
var placeHeads = setOf("republic", "kingdom", "emirate", "emirates", "principality", "commonwealth", "territory", "territories")

// romanNumerals end the names of popes and kings ("John Paul II"), as keys
// write them (doubled letters single: "ii" and "iii" are "i").
var romanNumerals = setOf("i", "iv", "v", "vi", "ix", "x", "xi", "xiv", "xv", "xvi")

// partyWords follow the name of a party or a movement ("True Path Party").
var partyWords = setOf("party", "movement", "front", "alliance", "coalition", "league", "union", "bloc")

// placeLeads begin the names of places.
var placeLeads = setOf("mount", "mt", "st", "saint", "fort", "port", "lake", "cape")

// placeWords end the names of places.
var placeWords = setOf("city", "province", "region", "river", "mountains", "mountain", "street", "square", "island", "islands",
	"county", "valley", "gulf", "sea", "ocean", "lake", "east", "west", "north", "south", "bay", "airport", "strait", "peninsula",
	"desert", "coast", "district", "park", "bridge", "avenue", "road", "canal", "plain", "plains", "heights", "strip", "bank",
	"lakes", "basin", "hills", "falls", "wall", "ave", "blvd", "boulevard", "sur", "norte")

// countries are country and territory names (lower case), a few regions
// written as one, and the capitals and cities that name governments.
var countries = setOf(slices.Concat(gazetteer.Countries, gazetteer.Capitals)...)

// countryFirstWords are the first words of the countries and capitals
// named in two words or more ("new" of "new zealand").
var countryFirstWords = func() *wordset.Set {
	var first []string
	for _, c := range slices.Concat(gazetteer.Countries, gazetteer.Capitals) {
		if f, _, ok := strings.Cut(c, " "); ok {
			first = append(first, f)
		}
	}
	return setOf(first...)
}()

// places are regions, states, provinces and large cities that are not in
// countries: named as a whole, they are places ("New Hampshire", "Sao
// Paulo", "Minas Gerais"). Names a rule already finds are left out: those
// ending in a placeWords word ("Gaza Strip") and a compass word before a
// country or place ("North Africa", "West Virginia").
var places = setOf(slices.Concat(gazetteer.Regions, gazetteer.StateAbbreviations, gazetteer.States,
	gazetteer.Provinces, gazetteer.Cities)...)

// compassWords begin the names of parts of a place ("North Africa", "East
// Jerusalem") and of the people of a place ("South Korean").
var compassWords = setOf("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
	"southwestern", "middle", "upper", "lower", "new")

// stormWords begin the names of storms ("Hurricane Georges"), comets
// ("Comet Tempel-Tuttle") and operations ("Operation Desert Fox"), which are
// events and things, not people.
var stormWords = setOf("hurricane", "typhoon", "supertyphoon", "cyclone", "storm", "tornado", "comet", "operation")

// roleWords end a title written without a name ("Transportation
// Minister"), which names an office, not a person.
var roleWords = setOf("minister", "secretary", "spokesman", "spokeswoman", "chairman", "chairwoman", "ambassador",
	"president", "governor", "mayor", "director", "commissioner", "premier", "senator", "chancellor")

// groups are nationalities, religions and ethnic or political groups
// written as one word.
var groups = setOf(slices.Concat(peoples, faithsAndParties)...)

// peoples are nations and ethnic groups written as one word: the words
// that may say whose an organization is ("the Israeli Cabinet").
var peoples = []string{"kurd", "kurds", "kurdish", "arab", "arabs", "turkmen", "iraqi", "iraqis", "iranian", "iranians", "syrian",
	"syrians", "american", "americans", "british", "french", "german", "germans", "russian", "russians",
	"chinese", "israeli", "israelis", "palestinian", "palestinians", "afghan", "afghans", "pakistani",
	"pakistanis", "saudi", "saudis", "turkish", "turks", "egyptian", "egyptians", "european", "europeans",
	"african", "africans", "serb", "serbs", "croat", "croats", "bosniak", "bosniaks", "slav", "slavs", "kosovar",
	"kosovars", "uzbek", "uzbeks", "tajik", "tajiks", "pashtun", "pashtuns", "tamil", "tamils", "hutu", "hutus",
	"tutsi", "tutsis", "tatar", "tatars", "briton", "britons"}

// peopleWords are the peoples as a set.
var peopleWords = setOf(peoples...)

// faithsAndParties are religions, sects, parties and movements written as
// one word, and "western": before an organization's name they say no
// country's ("the Republican Congress", "Western Union").
var faithsAndParties = []string{"sunni", "sunnis", "shiite", "shiites", "shia", "shias", "muslim", "muslims", "christian", "christians",
	"jewish", "jews", "jew", "yazidi", "yazidis", "catholic", "catholics", "protestant", "protestants", "hindu",
	"hindus", "buddhist", "buddhists", "sikh", "sikhs", "alawite", "alawites", "druze", "democrat", "democrats",
	"republican", "republicans", "western", "jihadist", "jihadists", "islamist", "islamists", "baathist",
	"baathists", "orthodox", "evangelical"}

// nationalities are the peoples whose names no ending rule of demonym
// finds ("Kenyan", "Chechen", "Thai"), or finds too weakly to outweigh a
// surname ("Somali"), in the singular and the plural; with political
// movements written as one word ("Nazi").
var nationalities = setOf("kenyan", "kenyans", "libyan", "libyans", "cuban", "cubans", "mexican", "mexicans",
	"moroccan", "moroccans", "ugandan", "ugandans", "rwandan", "rwandans", "tibetan", "tibetans", "venezuelan",
	"venezuelans", "nicaraguan", "nicaraguans", "guatemalan", "guatemalans", "angolan", "angolans", "lankan", "lankans",
	"chechen", "chechens", "yugoslav", "yugoslavs", "philippine", "filipino", "filipinos", "swede", "swedes",
	"spaniard", "spaniards", "somali", "somalis", "greek", "greeks", "thai", "thais", "czech", "czechs", "dutch",
	"swiss", "dane", "danes", "finn", "finns", "scot", "scots", "slovak", "slovaks", "argentine", "argentines",
	"yemeni", "yemenis", "kuwaiti", "kuwaitis", "qatari", "qataris", "bangladeshi", "bangladeshis", "nepali",
	"nepalis", "emirati", "emiratis", "bahraini", "bahrainis", "azeri", "azeris", "kazakh", "kazakhs", "kyrgyz",
	"mongol", "mongols", "bosnian", "bosnians", "nazi", "nazis", "gypsy", "gypsies", "roma", "maori", "inuit",
	"zulu", "zulus", "xhosa", "basque", "basques", "catalan", "catalans", "flemish", "walloon", "walloons")

// placeAdjectives describe a country or a region before its name ("Free
// Kuwait", "Greater London"; a faith's or a party's, "Orthodox Serbia" or
// "Communist Croatia", is in groups or politicalWords).
var placeAdjectives = setOf("free", "greater", "occupied", "independent", "modern", "ancient", "mainland", "imperial",
	"rural", "urban", "postwar", "prewar", "colonial")

// politicalWords are the adjectives of parties and faiths, a group when
// written alone ("the Democratic leadership", "Islamic militants").
var politicalWords = setOf("democratic", "islamic", "socialist", "socialists", "communist", "communists", "liberal",
	"liberals", "conservative", "conservatives", "nationalist", "nationalists", "tory", "tories",
	"maoist", "maoists", "marxist", "marxists", "zionist", "zionists", "fascist", "fascists")

// notEntities are capitalized words that name units and time zones, not
// anyone or anywhere ("12 degrees Celsius", "0900 GMT"), and acronyms of
// things, illnesses and measures, which name no organization ("DNA
// tests", "an HIV clinic", "a VIP lounge").
var notEntities = setOf("celsius", "fahrenheit", "centigrade", "gmt", "utc", "edt", "est", "cdt", "cst", "mdt", "mst",
	"pdt", "pst", "bst", "cet",
	"dna", "rna", "hiv", "aids", "sars", "ptsd", "adhd", "mri", "icu", "iq", "ipo", "vat", "ceo",
	"cfo", "coo", "vip", "vips", "id", "tv", "dvd", "gps", "suv", "suvs", "atm", "atms", "ufo", "ufos", "url", "sms",
	"tnt", "vx")

// Evidence that a name is a company, a newspaper or another organization,
// from the words around it. Such evidence outweighs "X said", which
// organizations do as often as people (orgEvidence).

// corporateSuffixes end a company's legal name: "Boeing Co.", "Microsoft Corp."
var corporateSuffixes = setOf("corp", "corporation", "inc", "incorporated", "co", "company", "ltd", "limited", "plc",
	"llc", "ag", "gmbh")

// companyNouns, written in lower case just before a name, say what it is:
// "the daily Hurriyet", "software giant Microsoft", "Swiss carrier Swissair".
var companyNouns = setOf("company", "firm", "carrier", "airline", "automaker", "carmaker", "drugmaker", "chipmaker",
	"retailer", "lender", "insurer", "broadcaster", "network", "newspaper", "daily", "weekly", "magazine", "tabloid",
	"channel", "website", "giant", "conglomerate", "manufacturer", "startup", "publisher", "supplier", "operator",
	"agency", "bank")

// ofCompany, before "of", make what follows a company: "shares of X",
// "chief executive of X".
var ofCompany = setOf("shares", "stock", "shareholders", "stockholders", "subsidiary", "takeover", "acquisition", "ceo",
	"executive", "executives", "employees", "founder", "co-founder")

// atCompany, before "at" or "with", make what follows a company: "an analyst
// at X", "an economist with X".
var atCompany = setOf("analyst", "analysts", "economist", "economists", "strategist", "strategists", "executive",
	"executives", "employee", "employees", "engineer", "engineers", "researcher", "researchers", "trader", "traders")

// orgMembers, right after a name, make it an organization's: "Swissair
// officials", "a Pan Am flight", "Red Cross workers".
var orgMembers = setOf("official", "officials", "flight", "flights", "pilot", "pilots", "crew", "employees", "staff",
	"headquarters", "workers", "executives", "shareholders", "spokesman", "spokeswoman")

// companyPossessions, after "X's", make X a company: "Microsoft's shares".
var companyPossessions = setOf("shares", "stock", "shareholders", "stockholders", "board", "profit", "profits", "revenue",
	"revenues", "earnings", "sales", "headquarters", "subsidiary", "subsidiaries", "products", "customers", "ceo",
	"software", "stake")
