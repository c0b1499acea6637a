"""Swedish (incl. Finland-Swedish) vocabulary for event inference.

Word lists are regex fragments. Swedish builds compounds freely ("frukostwebbinarium",
"föreningsstämma"), so event stems are matched anywhere inside a word.
"""

from __future__ import annotations

LANG = "sv"

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "febr": 2, "feb": 2,
    "mars": 3, "mar": 3,
    "april": 4, "apr": 4,
    "maj": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# weekday name -> Monday=0; definite forms ("onsdagen") are handled by the pattern
WEEKDAYS: dict[str, int] = {
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6,
}  # fmt: skip
WEEKDAY_ABBR: dict[str, int] = {
    "mån": 0, "tis": 1, "ons": 2, "tors": 3, "tor": 3, "fre": 4, "lör": 5, "sön": 6,
}  # fmt: skip
# "lördagskväll", "söndagseftermiddag": a weekday and its part of the day in one word
WEEKDAY_PARTS = r"s(?:kväll|eftermiddag|förmiddag|morgon|natt)"
WEEKDAY_SUFFIX = r"(?:en|" + WEEKDAY_PARTS + r")?"  # (and the definite "lördagen")

# "den 3 mars", "the" has no Swedish twin beyond "den"
DAY_PREFIX = r"(?:\b(?:den|d\.)\s+)"  # (not the end of "inden"; "fredag d. 20. september")
ORDINAL = r"(?::[ae]|[ae](?![a-zåäö]))?"
# d/m dates ("3/3", "19/10", "9/1 2020") and Finland-Swedish d.m ("den 12.5", "24.4.2025")
NUMERIC_SLASH = True
SLASH_DATE_LABEL = None  # every "30/4" is a date already
NUMERIC_DOT = True
NUMERIC_DASH = True  # "03-12-2025", as Dutch writes it (see nl.py); day first
DOT_DAY_PREFIX = r"den|d\."  # before a day written with dots: "den 12.3"
DOTTED_DAYS = True  # "17.08.-27.08.", "23.-25.06": days and months written with dots
MONTH_FIRST = False  # "mars 3" is not Swedish

# connectors
RANGE_WORDS = r"till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?|tom|fram\s+till"
AND_WORDS = r"och"
BETWEEN = r"mellan|från(?:\s+och\s+med)?|fr\.?\s?o\.?\s?m\.?"

TIME_PREFIX = r"kl\.?|klockan|kl:|från\s+kl(?:\.|ockan)?|med\s+start(?:\s+kl\.?|\s+klockan)?"
COUNT_PREFIX = r"(?!)"  # see de.py
ARRIVE_FOR = ARRIVE_NOT_BEFORE = r""  # see en.py
AM_AFTER = r""  # see en.py
PM_BEFORE = r"kväll(?:en)?|eftermiddag(?:en)?"  # see en.py ("ikväll kl 7")
PM_AFTER = r"på\s+(?:kvällen|eftermiddagen)|i\s*kväll"
END_PREFIX = (
    r"till(?:\s+kl\.?|\s+klockan)?|avslut(?:as|ar)?(?:\s+senast)?(?:\s+kl\.?|\s+klockan)?"
    r"|slutar(?:\s+kl\.?|\s+klockan)?|håller\s+på\s+till(?:\s+kl\.?|\s+klockan)?"
)
RANGE_TIME_WORDS = r"till|och"

NUMBERS: dict[str, float] = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9, "tio": 10, "halv": 0.5, "halvtimme": 0.5,
}  # fmt: skip
DURATION = (
    r"(?:under|i|på|pågår(?:\s+i)?|varar(?:\s+i)?|längd\s*:|varaktighet\s*:)\s+(?:ca\.?\s+|cirka\s+|ungefär\s+|drygt\s+)?"
    r"(?P<n>\d+(?:[,.]\d+)?|en|ett|två|tre|fyra|fem|sex|sju|åtta)"
    r"(?P<half>\s+och\s+en\s+halv)?\s*"
    r"(?P<u>minuter|minuters|min|timmar|timme|timmes|tim|h)(?![a-zåäö])"
)

RELATIVE_DAYS: dict[str, int] = {
    "idag": 0, "i dag": 0, "ikväll": 0, "i kväll": 0, "i eftermiddag": 0, "i afton": 0,
    "imorgon": 1, "i morgon": 1, "imorron": 1, "i övermorgon": 2, "övermorgon": 2,
}  # fmt: skip
# the relative days that also mean "nowadays"
TODAY_WORDS = ("idag", "i dag")
YESTERDAY = r"i\s*går|i\s*förrgår"  # see en.py
TOMORROW = ""  # see de.py

# every relative day, named day and weekday name holds one of these (a quick test first)
RELATIVE_CUES = ("dag", "kväll", "afton", "morgon", "morron", "första maj", "helg")
THIS_WEEKEND = r"(?:nu\s+)?i\s+helgen|(?:den\s+)?kommande\s+helgen?|denna\s+helg"  # see en.py
# days of the year called by name, as (month, day)
NAMED_DAYS: dict[str, tuple[int, int]] = {
    "julafton": (12, 24), "juldagen": (12, 25), "annandag jul": (12, 26),
    "nyårsafton": (12, 31), "nyårsdagen": (1, 1), "trettondagsafton": (1, 5),
    "trettondedag jul": (1, 6), "trettondagen": (1, 6), "valborgsmässoafton": (4, 30),
    "sveriges nationaldag": (6, 6), "nationaldagen": (6, 6), "luciadagen": (12, 13),
    "julaftonen": (12, 24), "nyårsaftonen": (12, 31), "första maj": (5, 1),
}  # fmt: skip
WEEKDAY_COPULA = r"är|blir"  # see en.py
# words before a bare weekday that make it a concrete coming day ("nu på måndag")
WEEKDAY_REL_PREFIX = r"nu\s+på|på|nästa|kommande|denna|den\s+här|redan\s+på"
# see en.py
SPAN_FROM = r"från"
# (no day counted from publication: "om tre dagar" is as often "about three days")
COUNT_UNITS: dict[str, int] = {}
WEEK_OF_MONTH: dict[str, int] = {
    "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "sista": -1,
}  # fmt: skip (see en.py)
COUNTED_BEFORE = COUNTED_AFTER = COUNTED_LOOSE = r"(?!)"
NEXT_WEEK = r"nästa\s+vecka"  # see en.py
NEXT_WEEK_ON = r"på"
DAY_PART = r"s?kväll(?:en)?|s?eftermiddag(?:en)?|s?förmiddag(?:en)?|s?morgon(?:en)?"
DAY_PART_NOT_AFTER = ""  # see en.py

# Event vocabulary: stems matched inside words (compounds).
EVENT_STEMS = (
    r"\b(?:boka\s+in|skriv\s+upp|notera)\s(?:[^.!?]|(?<=\d)\.){0,40}?\bi\s+(?:din\s+|era\s+)?"
    r"(?:kalender|almanack)|"
    r"läger|lägr|bytardag|vandring|promenad|utflykt|exkursion|gudstjänst|andakt|bönestund|bingo|"
    r"frågesport|quiz|auktion|basar|studiecirkel|cirkelträff|sittning|dans(?!k)|"
    r"premiär|uppvisning|föreställning|demonstration|manifestation|lopp(?:et)?\b|cykeltur|"
    r"webb?inar|seminari|kurs(?!iv)|träff|möte(?!s?\s+med\s+(?:kritik|motstånd))|stämm|"
    r"workshop|konferens|kongress|symposium|panel|presentation|föreläs|föredrag|anmäl|välkom|fest|firande|"
    r"firar|party|mingel|arbetsdag|arbetshelg|städdag|städning|städvecka|loppis|salong|fika|kaffe|öppet\s+hus|"
    r"visning|utbildning|event|evenemang|konsert|hackathon|jam|turnering|tävling|"
    r"bjuder\s+in|inbjud|kallelse|program|sänds|sändning|livesänd|direktsänd|zoom|"
    r"samlas|vi\s+ses|kom\s+och|delta|öppna\s+lokal|lokalen\s+(?:är\s+)?öppen|"
    r"omröstning|rösta|dialog|samtal|glögg|middag|lunch|frukost|firande|jubileum|"
    r"invigning|vernissage|mässa|festival|marknad|guidning|rundvandring|studiebesök|"
    r"avyttring|hackerdag|temadag|öppet\s+hus|öppen\s+för\s+alla|anordna|arrangera|"
    r"öppett?ider|öppethållande|har\s+öppet|julbord|lucia|midsommar|valborg|afterwork|"
    r"(?<=[a-zåäö])kväll(?:en)?\b|(?:städ|familje|tema|friluft|idrott|kultur|barn|sport|"
    r"inspirations|utbildnings|studie|arbets|jubileums|medlems|prova-?på-?)dag|"
    r"(?:^|\b)(?:datum|tid|när|tidpunkt)\s*:|gala(?:n|or)?\b|match(?:en|er|erna)?\b|"
    r"dags\s+(?:för|igen)\b|kläd(?:es)?byte|bytesdag|"
    # ("elevcafé", "språkkafé"; Finland's "ordnas": is held)
    r"(?<=[a-zåäö])(?:caf|kaf)[eé]\b|\bordna(?:s|r)\b"
)
# Deadline cues just before a date ("senast den 2 juni", "sista ansökningsdag är den 20 ...")
DEADLINE_BEFORE = (
    r"senast|sista\s+(?:an(?:sök|mäl)\w*|dag\w*|datum)|(?:an(?:sök|mäl)\w*|manus)stopp|"
    r"före|innan|efter|deadline|stänger|till\s+handa|fram\s+tills?|gäller\s+(?:till|från)|"
    r"aktiv\s+till|ansök(?:an)?\s+senast|anmäl(?:an|d)?(?:\s+dig)?\s+senast|"
    r"(?:anmälan|ansökan|biljett\w*|bokning\w*|försäljning\w*|röstning\w*)"
    r"(?:\s+(?:av|till|för)\s+\w+)?\s+"  # "bokning av shoppingtider öppnar"
    r"(?:öppnar|öppnas|stänger|stängs|startar|släpps)(?:\s+(?:den|på))?|"
    r"biljettsläpp\w*|släpp(?:s|as)|publiceras|lanseras|läggs\s+ut(?:\s+på)?|offentliggörs|"
    r"t\.?\s?o\.?\s?m\.?|till\s+och\s+med"
)
DEADLINE_SENTENCE = (
    r"gäller\s+(?:till|fram\s+till)|(?:före|innan)\s+(?:kl|\d)|"
    r"sista\s+(?:an(?:sök|mäl)\w*|dag\w*|datum)|deadline|ansökningstid|manusstopp|"
    r"motioner?\s+(?:ska|skall|måste)|lämnas\s+(?:in\s+)?(?:till\s+\w+\s+)?senast"
)
TITLE_CANCEL = r"inställ[dt]|inställda|ställs\s+in"  # see en.py
CLAUSE_JOIN = r"och|men"  # words joining a clause to the one before
RESUMED = r"igen\b|istället|i\s+stället|nästa\b|återupptas|åter\b|(?:är|blir)\s+nu\b"  # see en.py
NO_ONE_THING = ""  # see en.py
CANCEL = (
    # ("Uppehåll vuxengrupp onsdag 1/5", "Påskuppehåll": a break that day; not "Efter
    # sommarens uppehåll startar vi igen onsdag 14 augusti")
    r"inställ[dt]|inställda|[a-zåäö]*uppehåll\b(?![^.!?\d]*\b(?:startar|börjar|igen|åter)\b)|"
    r"ingen\s+(?:[a-zåäö-]+\s+)?träning\b|ställs\s+in|ställt\s+in|ställa\s+in|avlyst|blir\s+(?:det\s+)?ingen|"
    r"blir\s+inte\s+av|utgår|ställer\s+in|skjuts\s+upp|uppskjut|flyttas\s+fram|"
    r"ersätts|blev\s+inställ|(?:kommer|ska|skall)\s+inte\s+(?:att\s+)?(?:hållas|äga\s+rum|"
    r"genomföras|bli\s+av|arrangeras)|inte\s+hålls|inget\s+(?:[a-zåäö-]+\s+)?[a-zåäö]*möte\b|"
    r"ingen\s+(?:[a-zåäö-]+\s+)?[a-zåäö]*träff\b|"
    # "Ingen ungdomsgrupp pga 1:a maj": none of something, for a reason
    r"\b(?:ingen|inget|inga)\s+[\wåäö-]+\s+(?:pga\b|p\.g\.a\.?|på\s+grund\s+av)"
)
OPERATIONAL = (
    r"parker|garage|vatten(?:avstäng|et)|avstängning|avstängd|avstängt|strömavbrott|"
    r"elavbrott|avbrott|byggarbete|byggnads|störande\s+ljud|buller|borrning|renover|"
    r"container|sophämtning|sopor|grovsopor|hiss(?:en)?\s+(?:är|kommer)|felanmäl|"
    r"stängd(?:a)?|stängs|stängas\s+av|reparation|underhåll|besiktning|sotning|trafikstör|strejk|"
    r"vägarbete|spärr|"
    r"(?:första|sista)\s+skoldagen|studiedag|terminen\s+(?:startar|börjar|slutar)"  # see en.py
)
# the words of an administrative date, not an event's: a call's or an election's timeline
ADMIN = (
    r"nominering|kandidat|\bval(?:et)?\b|ansökan|ansökningar|resultat|"
    r"inlämning|beslut|publicering|"
    r"får\s+(?:du|ni)\s+(?:besked|ett\s+(?:mejl|mail)|e-?post)"  # see en.py
)
HOLIDAY = (
    r"helgdag|röd\s+dag|\bjul(?:afton|dagen)?\b|\bpåsk(?:en|afton|dagen)?\b|"
    r"\bmidsommar(?:afton|dagen)?\b|nyårsafton|himmelsfärd|\bpingst|[a-zåäö]+lov(?:et)?\b|"
    r"nationaldag|\bvalborg|\blucia|trettondag|\badvent\b|\bfastan\b"
)
# past-tense narration around a date ("Den 26 mars befann vi oss i Visby")
PAST = (
    r"\b(?:var|hölls|befann|deltog|besökte|arrangerade|höll|anordnade|genomfördes|ägde\s+rum|"
    r"samlades|träffades|presenterade|medverkade|avslutades|gick\s+av\s+stapeln|startade|"
    r"lanserades|inleddes|fick|kom|blev|hade|sändes|missade|tackar|tack\s+till|"
    # what a work day or an outing did, told after it ("Dagens arbete bestod i ...")
    r"bestod|gjorde|gjordes|byggde|byggdes|planterade|planterades|såddes|hämtade|jobbade|"
    r"arbetade|fikade|grillade|njöt|bjöd|hjälpte|åkte|promenerade|"
    r"var\s+vi|har\s+(?:vi\s+)?(?:haft|hållit|varit|deltagit|genomfört))\b"
)
# a post that reports a meeting: its minutes, who came
REPORT = (
    r"\b(?:protokoll|närvarande|deltagare\s*:|antal\s+deltagare|"
    r"sammanfattning\s+av)"
)
# what a meeting's speakers did, told after it (see en.py)
RECAP = r"\b(?:visade|presenterade|berättade|demonstrerade|gick\s+igenom|pratade\s+om)\b"
# a title that says the post reports a meeting ("Report from the regional meeting")
REPORT_TITLE = r"\brapport\s+från\b|(?<=[a-zåäö])rapport\b|\bprotokoll"
FUTURE = (
    r"\b(?:kommer|ska|skall|blir|planera[rt]?|välkomna?|välkommen|anmäl|hoppas|ses|"
    r"bjuder|inbjud|kallelse|håller|arrangerar|ordnas|äger\s+rum|går\s+av\s+stapeln|"
    r"öppnar|börjar|startar|dags\s+för)"
)
# see en.py
TIMETABLE = (
    r"\bschema\b|\b(?:tränings|öppet|trännings)?tider(?:na)?\b|\bvarje\s+vecka\b|"
    r"\bveckoschema|\btills\s+vidare\b|\bframöver\b"
)
# recurrence ("varje måndag", "första torsdagen varje månad", "på måndagar")
RECURRENCE = (
    r"\b(?:varje|varannan|alla|första|sista|andra|tredje)\s+\w+(?:en)?\s+(?:varje|i\s+månaden)|"
    r"\bvarje\s+\w+dag|\b\w+dagar\b"
)
# a past-tense verb right after a relative day
# who did something, between a date and its past-tense verb ("On the 16th November, we held")
SUBJECTS = r"vi|de|dom|jag|alla"
PAST_AFTER = r"var|blev|hade"
# a past verb right after a day, where the verb comes second ("Am 15.05. gab es ...",
# "Am 25.06. feierten wir ..."): a report of it (see en.py)
PAST_VERB_AFTER_DATE = (
    r"var|blev|hade|hölls|träffades|samlades|firade|åkte|gick|kom|besökte|spelade|"
    r"startade|började"
)
# ... then who did it, as a verb-second clause says it ("gab es", "feierten wir"; not an
# imperative, "kom og vær med")
PAST_VERB_SUBJECT = r"vi|de|jag|man|det"
# see en.py
DATELINE = r"uppdaterad|uppdaterat|uppdatering|publicerad|publicerat|rättelse|rättad|rättat"
DATELINE_OF = r"inlägg|artikel|sida|version"  # see en.py
# see en.py
RELEASE = r"pressmeddelande|daterad|daterat"
MINUTES_OF = r"protokoll(?:et)?\s+(?:från|vid|fört\s+vid)(?:\s+\w+)?(?:\s+den)?"  # see en.py
FORMER = r"tidigare|ursprungligen"
NOT_ON = r"inte(?:\s+på)?"
MISS = r"missa|glöm"  # see en.py
# see en.py ("vi flyttar mötet från 5 maj till 12 maj")
BEFORE_DATE = r"den|på|från|till|mellan|sedan|klockan|kl\."  # see en.py
MOVED = r"flytta[rst]?|flyttas|flyttade?|flyttats|skjut(?:er|s|it)?\s+upp"
MOVED_FROM = r"från"
MOVED_TO = r"till"
OPENING = r"\böppettider|\böppet\s+(?:alla|varje|\d)|\böppnar\s+(?:alla|varje)"  # see en.py
SCHEDULE_FROM = r"från|fr\.?\s?o\.?\s?m\.?"  # see en.py
EFFECTIVE = (
    r"\b(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|gäller\s+från|träder\s+i\s+kraft(?:\s+den)?)\s*$"
)
FOR_START = None
DEICTIC = r"denna|den\s+här|nu\s+på|kommande"  # before a weekday: the coming one
WORDS_NOT_MONTHS: tuple[str, ...] = ()
CLOCK_12H = False
AM_PM = r"[ap]"  # see en.py
AM_PM_LETTER = ""  # see en.py
AM_PM_LETTER_AFTER_HOUR = ""  # see en.py
DOT_TIMES = True  # "kl 18.30", "18.30"
BARE_HOUR_AFTER_PREFIX = True  # "kl 19"
BARE_HOUR_AFTER_DATE: tuple[str, ...] = ()  # see en.py
AFTER_BARE_HOUR = r"(?!)"
THIS_WEEKDAY = r"nu\s+på|denna|den\s+här"  # "nu på fredag" written on a Friday: today
THIS_WEEK = r"(?:denna|den\s+här)\s+veckan?"  # see en.py (not "två gånger i veckan")
NO_WORDS = r"ingen|inget|inga|inte|aldrig"  # see en.py
EXCEPT_WORDS = r"utom|förutom"  # see en.py
WAS = r"var|hade"  # after "this week": told of ("This week was great")
GONE_WEEKDAY = r"i\s+förra|förra"  # see en.py
NEXT_WEEKDAY = r"nästa"  # see en.py
FIRST_NIGHT = r"\bhar\s+premiär(?:\s+den)?\s*$"  # see en.py
NEXT_ONE = r"nästa(?!\s+(?:vecka|veckan|månad|år|året|gång|dag|helg)\b)"  # see en.py

SCRIPTURE = (  # see en.py
    r"psaltaren|ps\.|apostlagärningarna|apg\.|romarbrevet|rom\.|matt\.|mark\.|luk\.|joh\."
)
SCRIPTURE_NAMES = r"matteus|markus|lukas|johannes|psalm"  # see en.py
# numbers that read as times but are not: "rum 1410", "nr 12"; "20 kr", "1830 personer"
NOT_TIME_BEFORE = (
    r"\b(?:rum|sal|nr\.?|nummer|lokal|lgh|lägenhet|hus|port|buss|linje|"
    r"tel\.?|telefon|sida|s\.|bord|monter|plan|våning|perrong|spår)|[#$£€]"
)
NOT_TIME_AFTER = (
    r"\s*(?:kr\b|kronor|sek\b|:-|euro|eur\b|€|%|personer|deltagare|medlemmar|st\b|meter|km\b|"
    r"mil\b|grader|°|barn\b|gäster|dagar|veckor)|\s+[a-zåäö]*(?:gatan|vägen|gränd|torget|allén|backe)\b"
)
ZONES: dict[str, str] = {
    "svensk": "Europe/Stockholm", "finsk": "Europe/Helsinki",
    "finländsk": "Europe/Helsinki", "cet": "Europe/Stockholm", "cest": "Europe/Stockholm",
    "utc": "UTC", "gmt": "Europe/London", "brittisk": "Europe/London",
    "est": "America/New_York", "pst": "America/Los_Angeles",
}  # fmt: skip
ZONE_SUFFIX = r"tid|normaltid|sommartid"
TIME_LABEL = r"tid|tider|tiderna|tidpunkt|klockan|kl|när|start|samling"  # "Tid: 18:30"
DATE_WORD = r"datum"  # see en.py
# (DAY_AGENDA: see en.py)
DAY_AGENDA = (r"dagordning|agenda|hålltider|dagens\s+(?:schema|program)|"
              r"(?:schema|program)\s+för\s+(?:dagen|kvällen)")
# (LEAD_IN: see en.py)
LEAD_IN = r"fika|mingel|lunch|insläpp|registrering|ankomst|frukost|kaffe|välkomna|välkommen"
# just before one of several times, the one that is the start ("tävlingsstart är klockan 19")
START_CUE = r"start(?:ar|en)?|börjar|inleds"
RUNS = r"(?!)"  # see en.py (none said so)
END_CUE = r"slut|avslutning|avslutas|slutar"  # see en.py
# a title that dates a notice, not an event ("Nyhetsbrev 1 juni 2024")
DATED_NOTICE = (
    r"nyhetsbrev|medlemsbrev|månadsbrev|uppdatering|protokoll|dagordning|rapport|resultat|"
    r"pris(?:er)?\b|avgift|ändring|stängt"
)
OF_WORDS = ("av", "för")  # "Inlämning av bidrag:": a label about an inlämning
ALL_WORDS = r"alla|varje|samtliga"  # "Alla deltävlingar börjar ...": every listed date's time
EVERY = r"varje|alla|varannan"  # before a weekday: a recurrence
NOON = r"mitt\s+på\s+dagen"
MIDNIGHT = r"midnatt"
TIME_WORDS = ("mitt",)  # the words of times without a digit (NOON, MIDNIGHT)
APPROX = r"ca\.?|cirka|ungefär"  # before the end of a time range
HHMM_PREFIXES = ("kl", "kl.", "klockan")  # "kl 1830": a time
DEADLINE_FILLER = r"den|är|i\s?morgon,?|i\s?dag,?"  # between a deadline word and its date
# between two dates that are alternatives ("27 april eller 4 maj"), or in a sentence of dates
# not yet decided ("möjliga datum: ...")
# (ROTA: see en.py)
# (CONDITION: see en.py)
CONDITION = r"om|ifall|vid\s+regn"
ROTA = r"tjänstgöringslista|tjänstgöringsschema|kyrkvärdslista|textläsare|läsarlista"
OR_WORDS = r"eller"
UNDECIDED = (
    r"(?:möjliga|föreslagna|alternativa)\s+(?:datum|dagar|veckor)|\bpreliminär[at]?\s+(?:datum|dag|dagar|dagen)\b|\bprel(?:iminärt)?\s+datum|"
    r"(?<!plats\s)(?<!platsen\s)(?<!lokal\s)(?<!lokalen\s)(?<!program\s)(?<!programmet\s)"
    r"(?<!tema\s)(?<!talare\s)(?<!info\s)(?<!information\s)(?<!detaljer\s)\bmeddelas\s+senare|\bdoodle\b|\bplaneras\s+till\b|\binte\s+(?:ännu\s+)?bestämt\b|"
    r"\bvi\s+vill\s+gärna\s+(?:ordna|hålla|arrangera)\b|^\W*eller\s|"
    r"\bförslag\s*:|\bföreslås\s+(?:till|den)\b"
)
# right before a date kept in reserve ("reservdag 23 maj", "vid regn flyttas det till")
FALLBACK = (
    r"\breserv(?:dag|datum)\b|\b(?:vid|om\s+det\s+blir)\s+(?:regn|dåligt\s+väder)\b[^.!?]*?"
    r"\b(?:flyttas|skjuts|istället)\b"
)
NEW_DATE = r"nytt\s+datum|nya\s+datum|istället|flyttas\s+till|flyttad\s+till"
# a dateless sentence going on with the day before ("Efter städningen ... kl 18.00")
CONTINUATION = r"därefter|sedan|efter(?:åt| det| \w+)?|senare|och\s+sedan"
# a sentence giving an end: Lägret avslutas ... kl 13 på söndag
ENDS = r"\b(?:avslutas|slutar|är\s+slut|tar\s+slut)\b(?!\s+med\b)|\bslut(?:tid)?\s*:"
OCLOCK = r"prick"  # "kl 7 prick"
HOUR_LETTERS = "h"  # "16h30", "15h": the French (and CERN) way (nl.py)

# Cues the scorer weighs (features.py), none a certain rejection: see en.py
PROPOSAL = (
    r"\bförslag|\bföreslå|\bpreliminär|\bprel\.|\bkanske\b|\beventuellt\b|\bplaneras\b|"
    r"\bom\s+möjligt\b|\bvecka\s+\d|\bi\s+veckan\b|\binte\s+(?:ännu\s+|än\s+)?(?:bestämt|klart|fastställt)|"
    r"\bidé(?:er)?\b|\bvill\s+gärna\b|\bpreliminärt\b"
)
WORK = (
    r"\butkast|\bremiss|\bmanus\b|\binlämning|\bleverans|\bdokument|\btidplan|\bkapitel|"
    r"\bpubliceras|\bgranskning|\bslutversion|\bsammanställ"
)
ROLE = (
    r"\btar\s+över\b|\btillträder|\bavgår|\bvald\s+till|\bvaldes\b|"
    r"\bny\s+(?:ordförande|kassör|sekreterare|ledamot)\b|\bsom\s+(?:ny\s+)?(?:ordförande|kassör|"
    r"sekreterare|ledamot)\b|\brollen\b|\bmandatperiod|\bbörjar\s+(?:sin\s+)?(?:tjänst|anställning)"
)
PAST_LEAD = r"\b(?:tidigare|förra|gångna|genomförda|avslutade|hittills)\b"
DAY_ONLY = ""  # see en.py
MONTHLY = ""  # see en.py
TASK = r"att\s+göra|uppgift|to-?do"  # see en.py
PAUSE = r"uppehåll(?:et)?\b|sommarlov(?:et)?\b|jullov(?:et)?\b"  # see en.py
SUITS = ""  # see en.py
HALF_HOUR = HALF_HOUR_AFTER = r""  # see en.py
CLOCK_WORDS: dict[str, int] = {}  # see en.py
