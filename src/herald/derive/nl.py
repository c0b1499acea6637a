"""Dutch vocabulary for event inference. Word lists are regex fragments.

Dutch builds compounds freely ("ledenvergadering", "zomerfeest"), so event stems are matched
anywhere inside a word, as in German and Swedish. Every pattern runs on lower-cased text.
"""

from __future__ import annotations

LANG = "nl"

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2,
    "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# weekday name -> Monday=0 ("zaterdagmiddag", "vrijdagavond": its part of the day follows)
WEEKDAYS: dict[str, int] = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6,
}  # fmt: skip
WEEKDAY_ABBR: dict[str, int] = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}
# "vrijdagavond 10 juli", "zaterdagmiddag 18 juli": a weekday and its part of the day
WEEKDAY_PARTS = r"avond|middag|ochtend|morgen|nacht"
WEEKDAY_SUFFIX = r"(?:" + WEEKDAY_PARTS + r")?"

DAY_PREFIX = r"(?:\bop\s+)"  # "op 12 maart"
ORDINAL = r"(?:e|ste|de)?"  # "1e", "1ste", "2de"
NUMERIC_SLASH = False  # "12/3" is rare and ambiguous
SLASH_DATE_LABEL = r"\b(?:datum|data|wanneer)\s*:"
NUMERIC_DOT = False  # Dutch writes "12-03-2022", not dots
NUMERIC_DASH = True  # "12-10-2024": day, month and year with dashes
DOT_DAY_PREFIX = r"op"
DOTTED_DAYS = False
MONTH_FIRST = False

RANGE_WORDS = r"t/m|t\.m\.|tm|tot\s+en\s+met|tot"
AND_WORDS = r"en|&"
BETWEEN = r"tussen|van"

TIME_PREFIX = r"om|vanaf|van|rond|ca\.?|circa"
COUNT_PREFIX = r"(?!)"  # see de.py
ARRIVE_FOR = ARRIVE_NOT_BEFORE = r""  # see en.py
AM_AFTER = r""  # see en.py
# see en.py ("'s avonds om 8 uur"; not "voormiddag", the morning)
PM_BEFORE = r"['’]s\s+(?:avonds|middags)|avond|middag(?<!voormiddag)"
PM_AFTER = r"['’]s\s+(?:avonds|middags)|in\s+de\s+(?:avond|middag)(?!\w)"
END_PREFIX = r"tot(?:\s+om)?|eindigt\s+om"
RANGE_TIME_WORDS = r"tot|en"

NUMBERS: dict[str, float] = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "half": 0.5,
}  # fmt: skip
DURATION = (
    r"(?:gedurende|duurt(?:\s+ongeveer|\s+ca\.?)?|duur\s*:)\s+(?:ca\.?\s+|ongeveer\s+)?"
    r"(?P<n>\d+(?:[,.]\d+)?|een|één|twee|drie|vier|vijf|zes)"
    r"(?P<half>\s+en\s+een\s+half)?\s*"
    r"(?P<u>minuten|min|uren|uur)(?![a-zëï])"
)

# ("morgen" alone is as often "morning": only with its part of the day)
RELATIVE_DAYS: dict[str, int] = {
    "vandaag": 0, "vanavond": 0, "vanmiddag": 0, "vanochtend": 0, "morgenavond": 1,
    "morgenmiddag": 1, "morgenochtend": 1, "overmorgen": 2,
}  # fmt: skip
TODAY_WORDS = ("vandaag",)  # the relative days that also mean "nowadays"
YESTERDAY = r"gisteren|eergisteren"  # see en.py
TOMORROW = ""  # see de.py

RELATIVE_CUES = ("dag", "avond", "middag", "ochtend", "morgen", "week", "vandaag")
THIS_WEEKEND = r"(?:dit|komend|aankomend)\s+weekend"  # see en.py
# days of the year called by name, as (month, day)
NAMED_DAYS: dict[str, tuple[int, int]] = {
    "kerstavond": (12, 24), "eerste kerstdag": (12, 25), "tweede kerstdag": (12, 26),
    "oudejaarsavond": (12, 31), "oudjaarsavond": (12, 31), "nieuwjaarsdag": (1, 1),
    "1e kerstdag": (12, 25), "2e kerstdag": (12, 26), "koningsdag": (4, 27),
    "bevrijdingsdag": (5, 5),
}  # fmt: skip
WEEKDAY_COPULA = r"is|wordt"  # see en.py
WEEKDAY_REL_PREFIX = r"aanstaande|komende|deze|volgende|op"
# see en.py
SPAN_FROM = r"van"
COUNT_UNITS: dict[str, int] = {}  # (no day counted from publication yet: see de.py)
WEEK_OF_MONTH: dict[str, int] = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": -1,
}  # fmt: skip (see en.py)
COUNTED_BEFORE = COUNTED_AFTER = COUNTED_LOOSE = r"(?!)"
NEXT_WEEK = r"volgende\s+week"  # see en.py
NEXT_WEEK_ON = r"op"
DAY_PART = r"avond|middag|ochtend|morgen"
DAY_PART_NOT_AFTER = ""  # see en.py

EVENT_STEMS = (
    r"\b(?:noteer|zet|reserveer)\s(?:[^.!?]|(?<=\d)\.){0,40}?\bin\s+(?:je|jullie|uw|de)\s+agenda|"
    r"bijeenkomst|vergadering|vind(?:t|en)\s(?:[^.!?]|(?<=\d)\.){0,80}?\bplaats\b|repair\W?caf[eé]|wedstrijd|toernooi|training|cursus|lezing|workshop|congres|"
    r"seminar|webinar|feest|viering|borrel|barbecue|\bbbq\b|wandeling|fietstocht|speurtocht|"
    r"excursie|rondleiding|dienst\b|gebedsdienst|markt\b|concert|festival|voorstelling|expositie|"
    r"tentoonstelling|open\s+dag|activiteit|meeting|meetup|hackathon|kamp\b|uitje|"
    r"uitnodiging|uitgenodigd|aanmeld|inschrijv|programma|jubileum|presentatie|\bquiz\b|"
    r"spelletjes|competitie|\bloop\b|\brace\b|doe\s+mee|kom\s+(?:ook|langs)|welkom|"
    r"conferentie|symposium|scholing|studie(?:dag|reis|middag|avond)|praktijkdag|sportdag|"
    r"familiedag|themadag|open\s+huis|inloop|spreekuur|sessie|ontmoeting|repetitie|"
    r"uitvoering|optreden|kampioenschap|diner\b|ontbijt|uitstap|\breis\b|busreis|"
    r"save\s+the\s+date|"  # (said in English)
    r"nodig(?:t|en)\s(?:[^.!?]|(?<=\d)\.){0,60}?\buit\b|meld\s+je\s[^.!?]{0,30}?\baan\b|"
    # ("informatieavond", "spelmiddag"; not "zaterdagavond", "vanavond": days and times)
    r"(?:avond|middag)\b(?<![^a-z]avond)(?<![^a-z]middag)(?<!^avond)(?<!^middag)"
    r"(?<!dagavond)(?<!dagmiddag)(?<!vanavond)(?<!vanmiddag)|"
    r"(?:^|\b)(?:datum|tijd|wanneer|locatie|plaats)\s*:"
)
DEADLINE_BEFORE = (
    # ("vóór", not "voor": "for" as often; "tot" after a word: not "Tot zaterdag!", a goodbye)
    r"uiterlijk|vóór|(?<=[\w,]\s)na|tot\s+en\s+met|(?<=[\w)]\s)tot|deadline|sluitingsdatum|"
    r"(?:aanmelden|inschrijven|inschrijving|aanmelding)\s+(?:kan\s+)?(?:tot|voor|sluit)"
    r"(?:\s+op)?|"
    # (a window's opening: "De inschrijving opent zondagmiddag om 17:00 uur")
    r"(?:inschrijving|aanmelding|kaartverkoop|voorverkoop)\s+(?:opent|gaat\s+open|start|"
    r"begint|sluit)(?:\s+op)?"
)
DEADLINE_SENTENCE = r"deadline|sluitingsdatum|uiterlijk\s+(?:op\s+)?\d"
TITLE_CANCEL = r"afgelast|geannuleerd|gaat\s+niet\s+door"  # see en.py
CLAUSE_JOIN = r"en|maar"  # words joining a clause to the one before
# see en.py ("weer" alone is also the weather)
RESUMED = (r"opnieuw|weer\s+(?:op|vanaf|samen|bijeen)\b|in\s+plaats\s+daarvan|volgende\b|"
           r"(?:vindt|is)\s+nu\b")
NO_ONE_THING = ""  # see en.py
CANCEL = (
    # (not a change of place: "vindt op 8 juni niet in de zaal, maar in het park plaats")
    r"vind(?:t|en)\s(?:[^.!?]|(?<=\d)\.){0,40}?\b(?:geen|niet)\b"
    r"(?!(?:[^.!?]|(?<=\d)\.){0,60}?\bmaar\b)(?:[^.!?]|(?<=\d)\.){0,60}?\bplaats\b|afgelast|geannuleerd|gaat\s+niet\s+door|gaan\s+niet\s+door|vervalt|vervallen|"
    r"uitgesteld|verplaatst|geen\s+(?:[a-z-]+\s+)?(?:training|les|lessen|repetitie|bijeenkomst|"
    r"vergadering|wedstrijd|dienst)\b"
)
OPERATIONAL = (
    r"parkeren|parkeerplaats|onderhoud|stroomstoring|wegwerkzaamheden|werkzaamheden|"
    r"afgesloten|gesloten|afval|vuilnis|omleiding|storing|zomertijd|wintertijd|"
    r"(?:eerste|laatste)\s+schooldag|studiedag"  # (see en.py)
)
# the words of an administrative date, not an event's (see en.py)
ADMIN = (
    r"nominatie|kandida|stemming|verkiezing|sollicit|uitslag|inzending|indienen|"
    r"besluit|publicatie|bevestig|"
    # a step of a process ("Om en nabij 1 juli ontvangt u van ons bericht", see en.py)
    r"(?:ontvangt|krijgt|hoort)\s+(?:u|je)\s+(?:van\s+ons\s+)?(?:bericht|een\s+e-?mail)"
)
HOLIDAY = (
    r"feestdag|\bkerst\w*|\bpasen\b|\bpinksteren\b|hemelvaart|[a-z]+vakantie\b|"
    r"oudejaars\w*|nieuwjaar\w*|goede\s+vrijdag|koningsdag|bevrijdingsdag"
)
PAST = (
    r"\b(?:was|waren|werd|werden|had|hadden|vond\s+plaats|vonden\s+plaats|heeft\s+plaats"
    r"gevonden|gisteren|bedankt|dank\s+(?:aan|voor)|kwamen|gingen|liepen|stonden|"
    r"hebben\s+(?:we\s+)?(?:gehad|gedaan|gevierd|gelopen)|zijn\s+we\s+(?:gestart|begonnen))\b"
)
# a post that reports a meeting: its minutes, who came
REPORT = r"\b(?:notulen|verslag|terugblik)|(?:^|\n)[^\w\n]*(?:aanwezig|deelnemers)\s*:"
RECAP = (  # what a meeting's speakers did, told after it (see en.py)
    r"\b(?:liet\s+zien|presenteerde|legde\s+uit|vertelde|sprak\s+over|gaf\s+een\s+overzicht)\b"
)
REPORT_TITLE = r"\bverslag\b|\bterugblik\b|\bnotulen\b"
FUTURE = (
    r"\b(?:zal|zullen|gaat|gaan|wordt|worden|nodigen|uitnodiging|uitgenodigd|welkom|"
    r"aanmeld|inschrijv|organiseren|komt|begint|start|opent|"
    # "Graag tot dan!", "Kom langs!"
    r"tot\s+dan\b(?!\s+toe)|kom\s+(?:ook|naar|langs|lang|gezellig|allemaal|en)\b)"
)
TIMETABLE = (  # see en.py
    r"\btrainingstijden\b|\brooster\b|\bopeningstijden\b|\belke\s+week\b|\bwekelijks|"
    r"\bvanaf\s+nu\b|\btot\s+nader\s+bericht\b"
)
RECURRENCE = (
    r"\b(?:elke|iedere|om\s+de)\s+\w+|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag)s\b|\bwekelijks|\bregelmatig"  # (not "maandelijks": see en.py)
)
SUBJECTS = r"we|wij|ze|zij|ik|iedereen"  # who did something (see de.py)
PAST_AFTER = r"was|waren|werd|werden|had|hadden|vond|vonden"
# a past verb right after a day, where the verb comes second ("Am 15.05. gab es ...",
# "Am 25.06. feierten wir ..."): a report of it (see en.py)
PAST_VERB_AFTER_DATE = (
    r"was|waren|werd|werden|had|hadden|vond|vonden|kwamen|gingen|vierden|speelden|"
    r"bezochten|begon|begonnen"
)
# ... then who did it, as a verb-second clause says it ("gab es", "feierten wir"; not an
# imperative, "kom og vær med")
PAST_VERB_SUBJECT = r"we|wij|ze|zij|er|het|ik|men|de|een|onze|ons"  # (see de.py)
DATELINE = (  # see en.py
    r"bijgewerkt|update|aanvulling|gepubliceerd|correctie|stand\s+van\s+zaken"
)
DATELINE_OF = r"bericht|artikel|pagina|versie"  # see en.py
RELEASE = r"persbericht|gedateerd"  # see en.py
MINUTES_OF = r"notulen\s+(?:van\s+de|van)(?:\s+\w+)?(?:\s+van)?"  # see en.py
FORMER = r"oorspronkelijk|eerder|voorheen"
NOT_ON = r"niet\s+op|behalve(?:\s+op)?"  # see en.py
MISS = r"mis\s+\w+\s+niet|vergeet\s+niet"  # see en.py
BEFORE_DATE = r"op|vanaf|tot|tussen|sinds|om"  # see en.py
MOVED = r"verplaatst|verschoven|verzet"  # see en.py
MOVED_FROM = r"van"
MOVED_TO = r"naar"
OPENING = r"openingstijden|\bgeopend\s+(?:dagelijks|elke|op\s+maandag|\d)"  # see en.py
SCHEDULE_FROM = r"vanaf"  # see en.py
EFFECTIVE = r"\b(?:vanaf|per|met\s+ingang\s+van|geldig\s+vanaf)\s*$"
FOR_START = None
DEICTIC = r"deze|aanstaande|komende"
WORDS_NOT_MONTHS: tuple[str, ...] = ()
CLOCK_12H = False
AM_PM = r"p|a(?=\.)"  # see de.py
AM_PM_LETTER = ""  # see en.py
AM_PM_LETTER_AFTER_HOUR = ""  # see en.py
DOT_TIMES = True  # "19.30 uur"
BARE_HOUR_AFTER_PREFIX = True  # "om 19"
BARE_HOUR_AFTER_DATE: tuple[str, ...] = ()  # see en.py
AFTER_BARE_HOUR = r"(?!)"
THIS_WEEKDAY = r"deze|aanstaande"
THIS_WEEK = r"deze\s+week"  # see en.py
NO_WORDS = r"geen|niet|nooit"  # see en.py
EXCEPT_WORDS = r"behalve|uitgezonderd"  # see en.py
WAS = r"was|waren|had|hadden"  # after "this week": told of (see en.py)
GONE_WEEKDAY = r"afgelopen|vorige"  # see en.py
NEXT_WEEKDAY = r"volgende"  # see en.py
FIRST_NIGHT = r"\b(?:première|premiere|gaat\s+in\s+première)(?:\s+op)?\s*$"  # see en.py
NEXT_ONE = r"volgende(?!\s+(?:week|maand|jaar|keer|dag|weekend)\b)"  # see en.py

SCRIPTURE = r"hand\.|matt\.|mc\.|luc\.|joh\.|rom\.|ps\."  # see en.py
SCRIPTURE_NAMES = r"mattheüs|marcus|lucas|johannes|romeinen|psalm"  # see en.py
NOT_TIME_BEFORE = (
    r"\b(?:zaal|kamer|lokaal|nr\.?|nummer|bus|lijn|tel\.?|telefoon|pagina|blz\.?|verdieping|"
    r"huisnummer)|[#$£€]"
)
NOT_TIME_AFTER = (
    r"\s*(?:€|eur\b|euro|cent\b|dollar|%|procent|personen|deelnemers|leden|stuks|meter|"
    r"km\b|graden|°|jaar\b|jaren\b|plaatsen|keer\b|mensen|kinderen|gasten|dagen|weken)|"
    r"\s+[a-zëï]*(?:straat|weg|plein|laan|gracht|kade|singel)\b"
)
ZONES: dict[str, str] = {
    "cet": "Europe/Amsterdam", "cest": "Europe/Amsterdam", "utc": "UTC",
    "gmt": "Europe/London",
}  # fmt: skip
ZONE_SUFFIX = r"tijd"
TIME_LABEL = (
    r"tijd|tijdstip|aanvang|aanvangstijd|start|begin|wanneer|verzamelen|inloop|zaal\s+open"
)
DATE_WORD = r"datum"  # see en.py
# (DAY_AGENDA: see en.py)
DAY_AGENDA = r"agenda|dagprogramma|dagindeling|tijdschema|programma\s+van\s+de\s+dag"
LEAD_IN = r"inloop|ontvangst|aankomst|lunch|koffie|ontbijt|welkom"  # see en.py
START_CUE = r"aanvang(?:stijd)?|begin(?:t|nen)?|start|van\s+start"  # see en.py
RUNS = r"(?!)"  # see en.py (none said so)
END_CUE = r"einde|eindigt|afsluiting|sluiting"
DATED_NOTICE = (  # a title that dates a notice, not an event (see en.py)
    r"nieuwsbrief|mededeling|update|notulen|agenda|verslag|uitslag|prijzen|contributie|"
    r"wijziging|gesloten"
)
OF_WORDS = ("van", "de", "het", "voor")  # see de.py
ALL_WORDS = r"alle|elke|iedere"  # a time every listed date shares
EVERY = r"elke|iedere|om\s+de"
NOON = r"(?!)"  # ("middag" is the afternoon)
MIDNIGHT = r"middernacht"
TIME_WORDS = ("middernacht",)
APPROX = r"ca\.?|circa|ongeveer|rond"
HHMM_PREFIXES = ("om", "vanaf")
DEADLINE_FILLER = r"de|het|op|morgen,?|vandaag,?"
# (ROTA: see en.py)
# (CONDITION: see en.py)
CONDITION = r"als|indien|mocht"
ROTA = r"dienstrooster|leesrooster|koffierooster|schoonmaakrooster"
OR_WORDS = r"of"
UNDECIDED = (
    r"(?:mogelijke|voorgestelde)\s+(?:data|datums|dagen)|\bvoorlopige?\s+(?:datum|data)\b|"
    r"(?<!locatie\s)(?<!plaats\s)(?<!zaal\s)(?<!programma\s)(?<!thema\s)(?<!spreker\s)"
    r"(?<!sprekers\s)(?<!details\s)\bwordt\s+nog\s+bekend\s*gemaakt|\bstaat\s+nog\s+niet\s+vast|^\W*of\s|\bvoorstel\s*:|"
    r"\btba\b|\btbd\b|\bnader\s+te\s+bepalen"
)
FALLBACK = (  # right before a date kept in reserve (see de.py)
    r"\buitwijkdatum\b|\breservedatum\b|\bbij\s+(?:regen|slecht\s+weer)\b[^.!?]*?"
    r"\b(?:verplaatst|in\s+plaats\s+daarvan)\b"
)
NEW_DATE = r"nieuwe\s+datum|in\s+plaats\s+daarvan|verplaatst\s+naar|verschoven\s+naar"
CONTINUATION = r"daarna|aansluitend|later|dan|vervolgens"
ENDS = r"\b(?:eindigt|eindigen)\b(?!\s+met\b)|\beinde\b"  # a sentence giving an end
OCLOCK = r"uur"  # "19 uur": an hour alone that is a time
HOUR_LETTERS = "hu"  # "13u", "20u30": the Flemish way; "16h30" the French (and CERN) way

# Cues the scorer weighs (features.py), none a certain rejection: see en.py
PROPOSAL = (
    r"\bvoorstel|\bvoorgesteld|\bvoorlopig|\bmisschien\b|\beventueel\b|\bmogelijk\b|"
    r"\bnog\s+niet\s+(?:vastgelegd|besloten)|\bidee(?:ën)?\b"
)
WORK = r"\bconcept\b|\bbeoordeling|\binleveren|\bdocument|\btijdlijn|\bhoofdstuk|\beindversie"
ROLE = (
    r"\bneemt\s+over\b|\bovernemen\b|\btreedt\s+af|\bgekozen\s+tot\b|"
    r"\bnieuwe\s+(?:voorzitter|penningmeester|secretaris)|\brol\b|\btermijn"
)
PAST_LEAD = r"\b(?:vorige|afgelopen|laatste|eerdere)\b"
DAY_ONLY = ""  # see en.py
MONTHLY = r"\bmaandelijks"  # see en.py
TASK = r"actie(?:punt)?|to-?do"  # see en.py
PAUSE = r"pauze\b|(?:zomer|winter)stop\b|vakantie\b"  # see en.py
SUITS = ""  # see en.py
HALF_HOUR = HALF_HOUR_AFTER = r""  # see en.py
CLOCK_WORDS: dict[str, int] = {}  # see en.py (not Dutch "twee uur": two hours)
