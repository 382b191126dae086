// Package gazetteer lists the names of places that news copy writes without
// saying what they are: countries, capitals, regions, states and provinces,
// and large cities, all in lower case. Names of several words are written
// with single spaces ("new york").
package gazetteer

import (
	"slices"
	"strings"

	"github.com/precis-news/precis/internal/wordset"
)

// Countries are country and territory names, and a few regions written as
// one.
var Countries = []string{
	"afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan",
	"bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "botswana", "brazil", "bulgaria", "burma",
	"cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "croatia", "cuba", "cyprus",
	"czechia", "denmark", "ecuador", "egypt", "eritrea", "estonia", "ethiopia", "finland", "france", "georgia",
	"germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
	"iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait",
	"kyrgyzstan", "laos", "latvia", "lebanon", "liberia", "libya", "lithuania", "luxembourg", "madagascar", "malawi",
	"malaysia", "mali", "malta", "mauritania", "mexico", "moldova", "mongolia", "montenegro", "morocco", "mozambique",
	"myanmar", "namibia", "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan",
	"palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
	"rwanda", "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "sweden",
	"switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tunisia", "turkey", "turkmenistan",
	"uganda", "ukraine", "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "us", "usa",
	"uk", "uae", "eu", "britain", "england", "scotland", "wales", "europe", "africa", "asia", "america", "gaza",
	"kurdistan", "crimea", "chechnya", "tibet", "united states", "united kingdom", "united arab emirates",
	"saudi arabia", "south africa", "north korea", "south korea", "new zealand", "sri lanka", "south sudan",
	"ivory coast", "czech republic", "west bank", "middle east", "latin america", "hong kong", "puerto rico",
	"el salvador", "costa rica", "dominican republic",
}

// Capitals are capitals and other cities that name governments in news
// copy ("Washington said", "talks with Tehran"), and the Holy See.
var Capitals = []string{
	"washington", "london", "paris", "moscow", "beijing", "tehran", "baghdad", "damascus", "cairo", "kabul",
	"jerusalem", "ankara", "riyadh", "berlin", "tokyo", "delhi", "new delhi", "islamabad", "beirut", "amman",
	"brussels", "geneva", "vienna", "rome", "madrid", "kiev", "kyiv", "seoul", "pyongyang", "havana", "caracas",
	"ottawa", "canberra", "nairobi", "lagos", "doha", "dubai", "abu dhabi", "tripoli", "tunis", "algiers", "rabat",
	"khartoum", "sanaa", "muscat", "tel aviv", "new york", "los angeles", "chicago", "hong kong", "shanghai", "mumbai",
	"istanbul", "athens", "warsaw", "stockholm", "oslo", "copenhagen", "dublin", "lisbon", "prague", "budapest",
	"bucharest", "belgrade", "sarajevo", "bogota", "lima", "santiago", "buenos aires", "brasilia", "manila", "jakarta",
	"bangkok", "hanoi", "taipei", "vatican",
}

// Regions are parts of the world, seas and mountain ranges.
var Regions = []string{
	"sub-saharan africa", "balkans", "caribbean", "scandinavia", "horn of africa", "midwest", "capitol hill", "kashmir",
	"darfur", "sinai", "golan", "siberia", "patagonia", "northeast", "northwest", "southeast", "southwest", "rockies",
	"appalachians", "andes", "alps", "himalayas", "pyrenees", "urals", "caucasus", "great plains", "pacific",
	"atlantic", "arctic", "antarctic", "antarctica", "mediterranean", "adriatic", "aegean",
}

// StateAbbreviations are US states as news copy abbreviates them ("Redmond,
// Wash."), those that no word or name is written as.
var StateAbbreviations = []string{
	"ariz", "calif", "colo", "conn", "fla", "kan", "kans", "mich", "minn", "mont", "neb", "nev", "okla", "tenn", "wash",
	"wis", "wyo", "ky", "vt",
}

// States are the US states that the lists above do not already hold as
// something else (see otherStates).
var States = []string{
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
	"hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
	"massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
	"new hampshire", "new jersey", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
	"south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "wisconsin", "wyoming",
}

// Provinces are provinces and states of other federations.
var Provinces = []string{
	"ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia", "new brunswick",
	"newfoundland", "new south wales", "queensland", "victoria", "tasmania", "bavaria", "catalonia", "andalusia",
	"punjab", "bengal", "kerala", "gujarat", "maharashtra", "tamil nadu", "uttar pradesh", "sindh", "balochistan",
	"xinjiang", "guangdong", "sichuan", "yunnan", "minas gerais", "rio grande do sul", "bahia", "chiapas", "sonora",
	"chihuahua", "mindanao", "luzon", "java", "sumatra", "bali", "borneo", "aceh", "papua", "new guinea", "anbar",
	"nineveh", "kirkuk", "helmand", "kandahar", "dagestan", "tatarstan",
}

// Cities are large cities that are not capitals.
var Cities = []string{
	"sao paulo", "rio de janeiro", "guadalajara", "monterrey", "medellin", "quito", "la paz", "montevideo", "asuncion",
	"san juan", "san jose", "san salvador", "managua", "tegucigalpa", "santo domingo", "port-au-prince", "kingston",
	"miami", "houston", "dallas", "atlanta", "boston", "philadelphia", "detroit", "seattle", "san francisco",
	"san diego", "denver", "phoenix", "las vegas", "new orleans", "baltimore", "pittsburgh", "cleveland", "toronto",
	"montreal", "vancouver", "sydney", "melbourne", "brisbane", "perth", "auckland", "wellington", "cape town",
	"johannesburg", "durban", "pretoria", "addis ababa", "dar es salaam", "kinshasa", "kampala", "kigali", "mogadishu",
	"harare", "luanda", "accra", "dakar", "abuja", "casablanca", "alexandria", "benghazi", "aleppo", "homs", "mosul",
	"basra", "fallujah", "tikrit", "erbil", "ramallah", "hebron", "haifa", "isfahan", "mashhad", "karachi", "lahore",
	"peshawar", "kolkata", "calcutta", "chennai", "madras", "bangalore", "hyderabad", "dhaka", "colombo", "kathmandu",
	"rangoon", "yangon", "phnom penh", "saigon", "kuala lumpur", "guangzhou", "shenzhen", "tianjin", "chongqing",
	"wuhan", "nanjing", "osaka", "kyoto", "hiroshima", "busan", "vladivostok", "st. petersburg", "st petersburg",
	"grozny", "minsk", "tbilisi", "yerevan", "baku", "tashkent", "almaty", "pristina", "skopje", "tirana", "zagreb",
	"ljubljana", "bratislava", "sofia", "milan", "naples", "venice", "florence", "barcelona", "seville", "valencia",
	"marseille", "lyon", "munich", "frankfurt", "hamburg", "cologne", "amsterdam", "rotterdam", "hague", "zurich",
	"manchester", "birmingham", "liverpool", "glasgow", "edinburgh", "belfast", "cardiff", "antwerp", "gothenburg",
	"goteborg", "helsinki", "reykjavik", "mexico city",
}

// datelineUSCities are US cities that a dateline names alone: those the AP
// stylebook lists and other large ones. They are kept out of Cities, which
// types names: "Albuquerque" and "Trenton" are people's names too.
var datelineUSCities = []string{
	"cincinnati", "honolulu", "indianapolis", "milwaukee", "minneapolis", "oklahoma city", "st. louis", "salt lake city",
	"san antonio", "tampa", "sacramento", "newark", "nashville", "memphis", "omaha", "albuquerque", "kansas city",
	"anchorage", "tucson", "fresno", "oakland", "long beach", "jersey city", "louisville", "trenton", "hartford",
	"tulsa", "el paso", "fort worth", "jacksonville",
}

// otherStates are the US states left out of States: Georgia is a country,
// Washington a capital and New York a city to the lists above, and the
// names of the others end with a word that marks a place or begin with a
// compass word ("Rhode Island", "West Virginia", "New Mexico").
var otherStates = []string{"georgia", "washington", "new york", "new mexico", "west virginia", "rhode island", "district of columbia"}

// dottedStates are the US states as news copy abbreviates them with a
// period, where the period tells them from words ("Ill.", "Ind.", "Miss.",
// "N.Y."): written without it, they are not taken for states.
var dottedStates = []string{"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
	"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c",
	"n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo", "d.c"}

// postalCodes are the US Postal Service's codes for the states, except those
// that are English words ("in", "or", "me", "oh", "ok", "hi").
var postalCodes = []string{"ak", "al", "az", "ar", "ca", "co", "ct", "dc", "de", "fl", "ga", "ia", "id", "il", "ks", "ky",
	"la", "ma", "md", "mi", "mn", "mo", "ms", "mt", "nc", "nd", "ne", "nh", "nj", "nm", "nv", "ny", "pa", "ri", "sc",
	"sd", "tn", "tx", "ut", "va", "vt", "wa", "wi", "wv", "wy"}

var (
	datelineRegions = wordset.Of(slices.Concat(Countries, States, otherStates, Provinces, StateAbbreviations, postalCodes)...)
	datelineDotted  = wordset.Of(dottedStates...)
	datelineCities  = wordset.Of(slices.Concat(Capitals, Cities, datelineUSCities)...)
)

// DatelineRegion reports whether name (lower case, words joined by single
// spaces) may follow a city's name in a dateline, after a comma: a country,
// a US state or another federation's state or province, by name or
// abbreviation ("Ann Arbor, Mich." or "Ann Arbor, MI").
func DatelineRegion(name string) bool {
	if d, ok := strings.CutSuffix(name, "."); ok && datelineDotted.Has(d) {
		return true
	}
	return datelineRegions.Has(name)
}

// DatelineCity reports whether name (lower case, words joined by single
// spaces) is a city that news copy names alone in a dateline ("Beirut —").
func DatelineCity(name string) bool { return datelineCities.Has(name) }
