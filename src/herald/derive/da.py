"""Danish vocabulary for event inference. Word lists are regex fragments.

Danish builds compounds freely ("bestyrelsesmøde", "familiespejd"), so event stems are matched
anywhere inside a word, as in Swedish.
"""

from __future__ import annotations

LANG = "da"

MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1,
    "februar": 2, "feb": 2,
    "marts": 3, "mar": 3,
    "april": 4, "apr": 4,
    "maj": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# weekday name -> Monday=0; definite forms ("lørdagen") are handled by the pattern
WEEKDAYS: dict[str, int] = {
    "mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6,
}  # fmt: skip
WEEKDAY_ABBR: dict[str, int] = {
    "man": 0, "tirs": 1, "tir": 1, "ons": 2, "tors": 3, "tor": 3, "fre": 4, "lør": 5, "søn": 6,
}  # fmt: skip
# "lørdagaften", Norwegian "lørdagskveld": a weekday and its part of the day in one word
WEEKDAY_PARTS = r"s?(?:aften|kveld|eftermiddag|ettermiddag|formiddag|morgen|nat|natt)"
WEEKDAY_SUFFIX = r"(?:en|" + WEEKDAY_PARTS + r")?"  # (and the definite "lørdagen")

DAY_PREFIX = r"(?:\b(?:den|d\.)\s+)"  # (not the end of "inden"; "fredag d. 20. september")
ORDINAL = r""  # "30. april": the dot after the day is read by the date pattern
NUMERIC_SLASH = True  # "30/4", "30/4-2016"
SLASH_DATE_LABEL = None  # every "30/4" is a date already
NUMERIC_DOT = True  # "29.05.2017"
NUMERIC_DASH = True  # see nl.py
DOT_DAY_PREFIX = r"den|d\."  # before a day written with dots: "den 12.3"
DOTTED_DAYS = True  # see sv.py
MONTH_FIRST = False

RANGE_WORDS = r"til(?:\s+og\s+med)?|t\.?\s?o\.?\s?m\.?"
AND_WORDS = r"og"
BETWEEN = r"mellem|fra"

TIME_PREFIX = r"kl\.?|klokken|fra\s+kl\.?|fra\s+klokken"
COUNT_PREFIX = r"(?!)"  # see de.py
ARRIVE_FOR = ARRIVE_NOT_BEFORE = r""  # see en.py
AM_AFTER = r""  # see en.py
PM_BEFORE = r"aften(?:en)?|eftermiddag(?:en)?"  # see en.py ("fredag aften kl. 7")
PM_AFTER = r"om\s+(?:aftenen|eftermiddagen)|i\s+aften"
END_PREFIX = r"til(?:\s+kl\.?|\s+klokken)?|slutter(?:\s+kl\.?|\s+klokken)?"
RANGE_TIME_WORDS = r"til|og"

NUMBERS: dict[str, float] = {
    "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
    "ni": 9, "ti": 10, "halv": 0.5,
}  # fmt: skip
DURATION = (
    r"(?:i|på|varer(?:\s+i)?|varighed\s*:)\s+(?:ca\.?\s+|cirka\s+|omkring\s+)?"
    r"(?P<n>\d+(?:[,.]\d+)?|en|et|to|tre|fire|fem|seks)"
    r"(?P<half>\s+og\s+en\s+halv)?\s*"
    r"(?P<u>minutter|min|timer|time)(?![a-zæøå])"
)

RELATIVE_DAYS: dict[str, int] = {
    "i dag": 0, "idag": 0, "i aften": 0, "i eftermiddag": 0,
    "i morgen": 1, "imorgen": 1, "i overmorgen": 2,
}  # fmt: skip
# the relative days that also mean "nowadays"
TODAY_WORDS = ("i dag", "idag")
YESTERDAY = r"i\s*går|i\s*forgårs"  # see en.py
TOMORROW = ""  # see de.py

RELATIVE_CUES = ("dag", "aften", "morgen", "weekend")
THIS_WEEKEND = r"i\s+weekenden|denne\s+weekend|(?:den\s+)?kommende\s+weekend"  # see en.py
# days of the year called by name, as (month, day)
NAMED_DAYS: dict[str, tuple[int, int]] = {
    "juleaften": (12, 24), "juleaftensdag": (12, 24), "juledag": (12, 25),
    "juledagen": (12, 25), "1. juledag": (12, 25), "nytårsaftensdag": (12, 31),
    "anden juledag": (12, 26), "2. juledag": (12, 26), "nytårsaften": (12, 31),
    "nytårsdag": (1, 1), "grundlovsdag": (6, 5), "sankthansaften": (6, 23),
    "sankt hans aften": (6, 23),
}  # fmt: skip
WEEKDAY_COPULA = r"er|bliver"  # see en.py
WEEKDAY_REL_PREFIX = r"nu\s+på|på|næste|kommende|denne"
# see en.py
SPAN_FROM = r"fra"
# (no day counted from publication: "om tre dage" is as often "about three days")
COUNT_UNITS: dict[str, int] = {}
WEEK_OF_MONTH: dict[str, int] = {
    "første": 1, "anden": 2, "tredje": 3, "fjerde": 4, "sidste": -1,
}  # fmt: skip (see en.py)
COUNTED_BEFORE = COUNTED_AFTER = COUNTED_LOOSE = r"(?!)"
NEXT_WEEK = r"næste\s+uge"  # see en.py
NEXT_WEEK_ON = r"på|i"
DAY_PART = r"aften(?:en)?|eftermiddag(?:en)?|formiddag(?:en)?|morgen(?:en)?"
DAY_PART_NOT_AFTER = ""  # see en.py

# "tur" ends compounds too ("spejdertur", "cykeltur"), but not "natur", "kultur", "retur"
EVENT_STEMS = (
    r"\b(?:sæt|skriv)\s(?:[^.!?]|(?<=\d)\.){0,40}?\bi\s+kalenderen|"
    r"møde|arrangement|(?<!a)(?<!ul)(?<!ruk)(?<!\bre)ture?n?\b|lejr|kursus|kurser|workshop|konference|kongres|symposium|foredrag|"
    r"arbejds(?:weekend|dag|lørdag|søndag)|"  # a work weekend: "## Arbejdsweekend 15-16 marts"
    r"fest|spejd|velkommen|tilmeld|invit|program|koncert|forestilling|marked|messen?\b|udflugt|vandretur|"
    r"gudstjeneste|andagt|generalforsamling|sammenkomst|træf\b|seminar|webinar|træning|øvelse|frokost|middag|"
    r"jul|fastelavn|sankthans|grendag|familiedag|temadag|åbent\s+hus|festival|løb\b|"
    r"(?:^|\b)(?:dato|tid|hvornår|tidspunkt)\s*:"
)
DEADLINE_BEFORE = (
    r"senest|sidste\s+(?:tilmelding\w*|frist|dag)|tilmeldingsfrist|frist|inden|før|efter|deadline|"
    r"(?:lægges\s+ud|offentliggøres)(?:\s+(?:den|på))?|"
    r"(?:tilmelding(?:en)?|billetsalg(?:et)?|salg(?:et)?)\s+(?:åbner|lukker|slutter)"
    r"(?:\s+(?:den|på))?"
)
DEADLINE_SENTENCE = r"tilmeldingsfrist|sidste\s+frist|deadline|senest\s+(?:den\s+)?\d"
TITLE_CANCEL = r"aflyst|intet\s+[\wæøå]+\s+pga\.?"  # see en.py ("Intet møde pga. vinterferie")
CLAUSE_JOIN = r"og|men"  # words joining a clause to the one before
RESUMED = r"igen\b|i\s+stedet|næste\b|genoptages"  # see en.py
NO_ONE_THING = ""  # see en.py
CANCEL = (
    r"aflys|udsat|bliver\s+ikke\s+til\s+noget|rykket\s+til|"
    r"\b(?:ingen|intet)\s+[\wæøå-]+\s+(?:pga\b|p\.g\.a\.?|på\s+grund\s+af)"
)
OPERATIONAL = (
    r"parkering|vandforsyning|strømafbrydelse|afbrydelse|renovering|vedligehold|affald|"
    r"storskrald|lukket|byggearbejde|(?:første|sidste)\s+skoledag|planlægningsdag"  # (see en.py)
)
# the words of an administrative date, not an event's: a call's or an election's timeline
ADMIN = (
    r"nominering|kandidat|afstemning|\bvalg(?:et)?\b|ansøgning|resultat|aflevering|indsendelse|beslutning|publicering"
)
HOLIDAY = (
    r"helligdag|\bjul(?:eaften|edag|en)?\b|\bpåsken?\b|\bpinsen?\b|himmelfart|"
    r"[a-zæøå]+ferien?\b|grundlovsdag|nytår|sankthans|\badvent\b|\bfasten\b"
)
PAST = (
    r"\b(?:var|blev|havde|holdt|afholdt|deltog|fik|kom|gik|takker|tak\s+for|"
    # what a day did, told after it ("Med fuldt hus ... begyndte vi den 3. maj")
    r"begyndte|startede|sluttede|mødtes|fejrede|besøgte|spillede|viste|"
    r"har\s+(?:vi\s+)?(?:haft|holdt|været))\b"
)
# a post that reports a meeting: its minutes, who came
REPORT = r"\b(?:referat|fremmødte|deltagere\s*:)|(?<=[a-zæøå])referat(?:et)?\b"  # ("mødereferat")
# what a meeting's speakers did, told after it (see en.py)
RECAP = r"\b(?:viste|præsenterede|fortalte|demonstrerede|gennemgik|talte\s+om)\b"
# a title that says the post reports a meeting ("Report from the regional meeting")
REPORT_TITLE = r"\brapport\s+fra\b|(?<=[a-zæøå])rapport\b|\breferat\b"
FUTURE = (
    r"\b(?:vil|skal|bliver|kommer|velkommen|tilmeld|håber|ses|inviter|afholdes|holdes|"
    r"starter|begynder|åbner)"
)
# see en.py
TIMETABLE = (
    r"\bskema\b|\b(?:trænings|åbnings)?tid(?:er|erne)\b|\bhver\s+uge\b|\bugentlig|"
    r"\bindtil\s+videre\b|\bfremover\b"
)
RECURRENCE = r"\b(?:hver|hveranden)\s+\w+|\b\w+dage\b"
# who did something, between a date and its past-tense verb ("On the 16th November, we held")
SUBJECTS = r"vi|de|jeg|alle"
PAST_AFTER = r"var|blev|havde"
# a past verb right after a day, where the verb comes second ("Am 15.05. gab es ...",
# "Am 25.06. feierten wir ..."): a report of it (see en.py)
PAST_VERB_AFTER_DATE = (
    r"var|blev|havde|fejrede|mødtes|tog|gik|kom|besøgte|spillede|begyndte"
)
# ... then who did it, as a verb-second clause says it ("gab es", "feierten wir"; not an
# imperative, "kom og vær med")
PAST_VERB_SUBJECT = r"vi|de|jeg|man|det"
# see en.py
DATELINE = r"opdateret|opdatering|publiceret|rettelse|rettet"
DATELINE_OF = r"indlæg|artikel|side|version"  # see en.py
# see en.py
RELEASE = r"pressemeddelelse|dateret"
MINUTES_OF = r"(?:referat(?:et)?|protokol(?:len)?)\s+(?:fra|af)(?:\s+\w+)?(?:\s+den)?"  # see en.py
FORMER = r"tidligere|oprindeligt|oprindelig"
NOT_ON = r"ikke(?:\s+på)?"
MISS = r"glem|glip"  # see en.py
# see en.py
BEFORE_DATE = r"den|på|fra|til|mellem|siden|klokken|kl\."  # see en.py
MOVED = r"flytte[rst]?|flyttes|flyttet|udsat|udsætte[rs]?"
MOVED_FROM = r"fra"
MOVED_TO = r"til"
OPENING = r"åbningstider|\båbent\s+(?:alle|hver|\d)"  # see en.py
SCHEDULE_FROM = r"fra"  # see en.py
EFFECTIVE = r"\b(?:fra\s+og\s+med|gælder\s+fra|træder\s+i\s+kraft(?:\s+den)?)\s*$"
FOR_START = None
DEICTIC = r"denne|nu\s+på|kommende"
WORDS_NOT_MONTHS: tuple[str, ...] = ()
CLOCK_12H = False
AM_PM = r"[ap]"  # see en.py
AM_PM_LETTER = ""  # see en.py
AM_PM_LETTER_AFTER_HOUR = ""  # see en.py
DOT_TIMES = True  # "kl. 10.00", "10.00"
BARE_HOUR_AFTER_PREFIX = True  # "kl. 10"
BARE_HOUR_AFTER_DATE: tuple[str, ...] = ()  # see en.py
AFTER_BARE_HOUR = r"(?!)"
THIS_WEEKDAY = r"nu\s+på|denne"
THIS_WEEK = r"(?:i\s+)?denne\s+uge"  # see en.py (not "to gange i ugen")
NO_WORDS = r"ingen|intet|ikke|aldrig"  # see en.py
EXCEPT_WORDS = r"undtagen|bortset\s+fra"  # see en.py
WAS = r"var|havde"  # after "this week": told of ("This week was great")
GONE_WEEKDAY = r"forrige|sidste"  # see en.py
NEXT_WEEKDAY = r"næste"  # see en.py
FIRST_NIGHT = r"\bhar\s+premiere(?:\s+den)?\s*$"  # see en.py
NEXT_ONE = r"næste(?!\s+(?:uge|måned|år|gang|dag|weekend)\b)"  # see en.py

SCRIPTURE = (  # see en.py
    r"salmernes\s+bog|sl\.|apostlenes\s+gerninger|apg\.|romerbrevet|rom\.|matt\.|mark\.|"
    r"luk\.|joh\."
)
SCRIPTURE_NAMES = r"matthæus|markus|lukas|johannes|salme"  # see en.py
NOT_TIME_BEFORE = r"\b(?:lokale|nr\.?|nummer|bus|linje|tlf\.?|telefon|side|s\.|sal|etage)|[#$£€]"
NOT_TIME_AFTER = (
    r"\s*(?:kr\b|kroner|dkk\b|,-|euro|€|%|personer|deltagere|medlemmer|stk\b|meter|km\b|grader|°)|"
    r"\s+[a-zæøå]*(?:vej|vejen|gade|gaden|plads|torv)\b"
)
ZONES: dict[str, str] = {
    "dansk": "Europe/Copenhagen", "cet": "Europe/Copenhagen", "cest": "Europe/Copenhagen",
    "utc": "UTC", "gmt": "Europe/London",
}  # fmt: skip
ZONE_SUFFIX = r"tid"
TIME_LABEL = r"tid|tidspunkt|klokken|kl|hvornår|start|fremmøde|mødested"
DATE_WORD = r"dato"  # see en.py
# (DAY_AGENDA: see en.py)
DAY_AGENDA = r"dagsorden|agenda|tidsplan|dagens\s+program|program\s+for\s+dagen"
LEAD_IN = r"frokost|fremmøde|ankomst|kaffe|velkomst|velkommen|registrering|dørene"  # see en.py
# just before one of several times, the one that is the start
START_CUE = r"start(?:er|en)?|begynder"
RUNS = r"(?!)"  # see en.py (none said so)
END_CUE = r"slut|afslutning|slutter"  # see en.py
# a title that dates a notice, not an event ("Nyhedsbrev 1. juni 2024")
DATED_NOTICE = (
    r"nyhedsbrev|medlemsbrev|opdatering|referat|dagsorden|rapport|resultat|"
    r"pris(?:er)?\b|kontingent|ændring|lukket"
)
OF_WORDS = ("af", "for")  # "Indsendelse af oplæg:": a label about an indsendelse
ALL_WORDS = r"alle|hver|samtlige"  # a time every listed date shares
EVERY = r"hver|hveranden"
NOON = r"midt\s+på\s+dagen"
MIDNIGHT = r"midnat"
TIME_WORDS = ("midt",)
APPROX = r"ca\.?|cirka|omkring"
HHMM_PREFIXES = ("kl", "kl.", "klokken")
DEADLINE_FILLER = r"den|er|i\s?morgen,?|i\s?dag,?"
# (ROTA: see en.py)
# (CONDITION: see en.py)
CONDITION = r"hvis|såfremt"
ROTA = r"vagtplan|tjenesteliste|tekstlæserliste"
OR_WORDS = r"eller"
UNDECIDED = (
    r"(?:mulige|foreslåede)\s+(?:datoer|dage|uger)|\bforeløbige?\s+(?:datoer|dato|dage|dag)\b|(?<!sted\s)(?<!stedet\s)(?<!lokale\s)(?<!lokalet\s)(?<!program\s)(?<!programmet\s)"
    r"(?<!tema\s)(?<!info\s)(?<!information\s)(?<!detaljer\s)\bmeddeles\s+senere|\bplanlægges\s+til\b|"
    r"\bvi\s+vil\s+gerne\s+(?:arrangere|holde)\b|^\W*eller\s|"
    r"\bforslag\s*:|\bforeslås\s+(?:til|den)\b"
)
# right before a date kept in reserve ("reservedag 23. maj", "ved regn")
FALLBACK = (
    r"\breserve(?:dag|dato)\b|\bved\s+(?:regn|dårligt\s+vejr)\b[^.!?]*?"
    r"\b(?:flyttes|udsættes|i\s+stedet)\b"
)
NEW_DATE = r"ny\s+dato|i\s+stedet|flyttet\s+til|rykket\s+til"
CONTINUATION = r"derefter|bagefter|senere|efter\s+\w+|og\s+så"
# a sentence giving an end: Turen afsluttes ... kl 13 på søndag
ENDS = r"\b(?:afsluttes|slutter|er\s+slut)\b(?!\s+med\b)|\bslut(?:tid|tidspunkt)?\s*:"
OCLOCK = r"præcis"
HOUR_LETTERS = "h"  # "16h30", "15h": the French (and CERN) way (nl.py)

# Cues the scorer weighs (features.py), none a certain rejection: see en.py
PROPOSAL = (
    r"\bforslag|\bforeslå|\bforeløbig|\bmåske\b|\beventuelt\b|\bplanlægges\b|\bmuligvis\b|"
    r"\bikke\s+(?:endnu\s+)?(?:fastlagt|besluttet)|\bidé(?:er)?\b"
)
WORK = r"\budkast|\bhøring|\baflevering|\bdokument|\btidsplan|\bkapitel|\bslutversion"
ROLE = (
    r"\bovertager\b|\boverta\b|\btiltræder|\bfratræder|\bvalgt\s+til|"
    r"\bny\s+(?:formand|kasserer|sekretær)\b|\brollen\b|\bfunktionsperiode"
)
PAST_LEAD = r"\b(?:tidligere|forrige|afholdte|afsluttede|hidtil)\b"
DAY_ONLY = ""  # see en.py
MONTHLY = ""  # see en.py
TASK = r"opgave|to-?do"  # see en.py
PAUSE = r"pause\b|ferie(?:n)?\b"  # see en.py
SUITS = ""  # see en.py
HALF_HOUR = HALF_HOUR_AFTER = r""  # see en.py
CLOCK_WORDS: dict[str, int] = {}  # see en.py
