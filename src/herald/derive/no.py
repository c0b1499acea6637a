"""Norwegian (bokmål) vocabulary for event inference: Danish's grammar, Norwegian words."""

from __future__ import annotations

from .da import (  # noqa: F401  (the grammar both languages share)
    AFTER_BARE_HOUR,
    ALL_WORDS,
    AM_PM,
    AM_PM_LETTER,
    AM_PM_LETTER_AFTER_HOUR,
    AND_WORDS,
    APPROX,
    BARE_HOUR_AFTER_DATE,
    BARE_HOUR_AFTER_PREFIX,
    CLOCK_12H,
    CLOCK_WORDS,
    COUNT_PREFIX,
    DAY_ONLY,
    DAY_PREFIX,
    DOT_DAY_PREFIX,
    DOT_TIMES,
    DOTTED_DAYS,
    HALF_HOUR,
    HALF_HOUR_AFTER,
    HHMM_PREFIXES,
    HOUR_LETTERS,
    MONTH_FIRST,
    MONTHLY,
    NUMERIC_DASH,
    NUMERIC_DOT,
    NUMERIC_SLASH,
    OR_WORDS,
    ORDINAL,
    RANGE_TIME_WORDS,
    RANGE_WORDS,
    SLASH_DATE_LABEL,
    SUITS,
    TASK,
    TIME_PREFIX,
    WEEKDAY_ABBR,
    WEEKDAY_PARTS,
    WEEKDAY_SUFFIX,
    WEEKDAYS,
    WORDS_NOT_MONTHS,
    ZONE_SUFFIX,
)

LANG = "no"

MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1,
    "februar": 2, "feb": 2,
    "mars": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "desember": 12, "des": 12,
}  # fmt: skip

BETWEEN = r"mellom|fra"
END_PREFIX = r"til(?:\s+kl\.?|\s+klokken)?|slutter(?:\s+kl\.?|\s+klokken)?"
ARRIVE_FOR = ARRIVE_NOT_BEFORE = r""  # see en.py
AM_AFTER = r""  # see en.py
PM_BEFORE = r"kveld(?:en)?|aften(?:en)?|ettermiddag(?:en)?"  # see en.py ("i kveld kl. 7")
PM_AFTER = r"om\s+(?:kvelden|aftenen|ettermiddagen)|i\s+(?:kveld|aften)"

NUMBERS: dict[str, float] = {
    "en": 1, "ett": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7,
    "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "halv": 0.5,
}  # fmt: skip
DURATION = (
    r"(?:i|på|varer(?:\s+i)?|varighet\s*:)\s+(?:ca\.?\s+|cirka\s+|omtrent\s+)?"
    r"(?P<n>\d+(?:[,.]\d+)?|en|ett|to|tre|fire|fem|seks)"
    r"(?P<half>\s+og\s+en\s+halv)?\s*"
    r"(?P<u>minutter|min|timer|time)(?![a-zæøå])"
)

RELATIVE_DAYS: dict[str, int] = {
    "i dag": 0, "idag": 0, "i kveld": 0, "ikveld": 0, "i ettermiddag": 0,
    "i morgen": 1, "imorgen": 1, "i overmorgen": 2,
}  # fmt: skip
# the relative days that also mean "nowadays"
TODAY_WORDS = ("i dag", "idag")
YESTERDAY = r"i\s*går|i\s*forgårs"  # see en.py
TOMORROW = ""  # see de.py

RELATIVE_CUES = ("dag", "kveld", "morgen", "aften", "helg")
THIS_WEEKEND = r"i\s+helgen|denne\s+helgen|(?:den\s+)?kommende\s+helg(?:en)?"  # see en.py
# days of the year called by name, as (month, day)
NAMED_DAYS: dict[str, tuple[int, int]] = {
    "julaften": (12, 24), "første juledag": (12, 25), "1. juledag": (12, 25),
    "andre juledag": (12, 26), "2. juledag": (12, 26), "nyttårsaften": (12, 31),
    "nyttårsdag": (1, 1), "nyttårsdagen": (1, 1), "grunnlovsdagen": (5, 17),
    "nasjonaldagen": (5, 17),
    "sankthansaften": (6, 23), "st. hans aften": (6, 23),
}  # fmt: skip
WEEKDAY_COPULA = r"er|blir"  # see en.py
WEEKDAY_REL_PREFIX = r"nå\s+på|på|neste|kommende|denne"
# see en.py
SPAN_FROM = r"fra"
# (no day counted from publication: "om tre dager" is as often "about three days")
COUNT_UNITS: dict[str, int] = {}
WEEK_OF_MONTH: dict[str, int] = {
    "første": 1, "andre": 2, "tredje": 3, "fjerde": 4, "siste": -1,
}  # fmt: skip (see en.py)
COUNTED_BEFORE = COUNTED_AFTER = COUNTED_LOOSE = r"(?!)"
NEXT_WEEK = r"neste\s+uke"  # see en.py
NEXT_WEEK_ON = r"på|i"
DAY_PART = r"kveld(?:en)?|ettermiddag(?:en)?|formiddag(?:en)?|morgen(?:en)?"
DAY_PART_NOT_AFTER = ""  # see en.py

# "tur" ends compounds too ("speidertur", "kajakktur"), but not "natur", "kultur", "retur"
EVENT_STEMS = (
    r"\b(?:sett\s+av|skriv\s+inn|merk\s+av)\s(?:[^.!?]|(?<=\d)\.){0,40}?\bi\s+kalenderen|"
    r"møte|arrangement|(?<!a)(?<!ul)(?<!ruk)(?<!\bre)tur(?:en|er|ene)?\b|leir|kurs|workshop|konferanse|kongress|symposium|foredrag|fest|velkommen|"
    r"påmelding|meld\s+deg|invit|program|konsert|forestilling|marked|messen?\b|utflukt|gudstjeneste|andakt|"
    r"(?<!inn)samling(?:en|er|ene)?\b|treff(?:et|ene)?\b|seminar|webinar|trening|middag|lunsj|frokost|festival|smaking|"
    r"(?<=\w)løp(?:et)?\b|(?<=\w)økt(?:a|en|er)?\b|"  # "avslutningsløp", "juleøkt"
    r"quiz|grill|åpent\s+hus|stand-?up|debatt|panel|dugnad|"
    r"(?:^|\b)(?:dato|tid|når|tidspunkt)\s*:"
)
DEADLINE_BEFORE = (
    r"senest|siste\s+(?:påmelding\w*|frist|dag)|påmeldingsfrist|frist|innen|før|etter|deadline|"
    r"(?:legges\s+ut|publiseres|offentliggjøres)(?:\s+(?:den|på))?|"
    r"(?:påmelding(?:en)?|billettsalg(?:et)?|salg(?:et)?)\s+(?:åpner|stenger|slutter)"
    r"(?:\s+(?:den|på))?"
)
DEADLINE_SENTENCE = r"påmeldingsfrist|siste\s+frist|deadline|senest\s+(?:den\s+)?\d"
TITLE_CANCEL = r"avlyst|ingen\s+[\wæøå]+\s+pga\.?"  # see en.py
CLAUSE_JOIN = r"og|men"  # words joining a clause to the one before
RESUMED = r"igjen\b|i\s+stedet|neste\b|gjenopptas"  # see en.py
NO_ONE_THING = ""  # see en.py
CANCEL = (
    r"avlys|utsatt|blir\s+ikke\s+noe\s+av|flyttet\s+til|"
    r"\b(?:ingen|intet)\s+[\wæøå-]+\s+(?:pga\b|p\.g\.a\.?|på\s+grunn\s+av)"
)
OPERATIONAL = (
    r"parkering|vannforsyning|strømbrudd|avbrudd|renovering|vedlikehold|avfall|stengt|"
    r"anleggsarbeid|(?:første|siste)\s+skoledag|planleggingsdag"  # (see en.py)
)
# the words of an administrative date, not an event's: a call's or an election's timeline
ADMIN = (
    r"nominasjon|kandidat|avstemning|\bvalg(?:et)?\b|søknad|resultat|innlevering|innsending|vedtak|publisering"
)
HOLIDAY = (
    r"helligdag|rød\s+dag|\bjul(?:aften|edag|en)?\b|\bpåsken?\b|\bpinsen?\b|himmelfart|"
    r"[a-zæøå]+ferien?\b|grunnlovsdag|nasjonaldag|nyttår|sankthans|\badvent\b|\bfasten\b"
)
PAST = (
    r"\b(?:var|ble|hadde|holdt|avholdt|deltok|fikk|kom|gikk|takker|takk\s+for|"
    r"begynte|startet|sluttet|møttes|feiret|besøkte|spilte|"  # (see da.py)
    r"har\s+(?:vi\s+)?(?:hatt|holdt|vært))\b"
)
# a post that reports a meeting: its minutes, who came
REPORT = r"\b(?:referat|oppmøtte|deltakere\s*:)|(?<=[a-zæøå])referat(?:et)?\b"  # ("møtereferat")
# what a meeting's speakers did, told after it (see en.py)
RECAP = r"\b(?:viste|presenterte|fortalte|demonstrerte|gikk\s+gjennom|snakket\s+om)\b"
# a title that says the post reports a meeting ("Report from the regional meeting")
REPORT_TITLE = r"\brapport\s+fra\b|(?<=[a-zæøå])rapport\b|\breferat\b"
FUTURE = (
    r"\b(?:vil|skal|blir|kommer|velkommen|meld|håper|ses|inviter|avholdes|holdes|"
    r"starter|begynner|åpner)"
)
# see en.py
TIMETABLE = (
    r"\btimeplan|\b(?:trenings|åpnings)?tid(?:er|ene)\b|\bhver\s+uke\b|\bukentlig|"
    r"\binntil\s+videre\b|\bfremover\b"
)
RECURRENCE = r"\b(?:hver|annenhver)\s+\w+|\b\w+dager\b"
# who did something, between a date and its past-tense verb ("On the 16th November, we held")
SUBJECTS = r"vi|de|jeg|alle"
PAST_AFTER = r"var|ble|hadde"
# a past verb right after a day, where the verb comes second ("Am 15.05. gab es ...",
# "Am 25.06. feierten wir ..."): a report of it (see en.py)
PAST_VERB_AFTER_DATE = (
    r"var|ble|hadde|feiret|møttes|dro|gikk|kom|besøkte|spilte|begynte"
)
# ... then who did it, as a verb-second clause says it ("gab es", "feierten wir"; not an
# imperative, "kom og vær med")
PAST_VERB_SUBJECT = r"vi|de|jeg|man|det"
# see en.py
DATELINE = r"oppdatert|oppdatering|publisert|rettelse|rettet"
DATELINE_OF = r"innlegg|artikkel|side|versjon"  # see en.py
# see en.py
RELEASE = r"pressemelding|datert"
MINUTES_OF = r"(?:referat(?:et)?|protokoll(?:en)?)\s+fra(?:\s+\w+)?(?:\s+den)?"  # see en.py
FORMER = r"tidligere|opprinnelig"
NOT_ON = r"ikke(?:\s+på)?"
MISS = r"glem|glipp"  # see en.py
# see en.py
BEFORE_DATE = r"den|på|fra|til|mellom|siden|klokken|kl\."  # see en.py
MOVED = r"flytte[rst]?|flyttes|flyttet|utsatt|utsette[rs]?"
MOVED_FROM = r"fra"
MOVED_TO = r"til"
OPENING = r"åpningstider|\båpent\s+(?:alle|hver|\d)"  # see en.py
SCHEDULE_FROM = r"fra"  # see en.py
EFFECTIVE = r"\b(?:fra\s+og\s+med|f\.?\s?o\.?\s?m\.?|gjelder\s+fra|trer\s+i\s+kraft(?:\s+den)?)\s*$"
FOR_START = None
DEICTIC = r"denne|nå\s+på|kommende"
THIS_WEEKDAY = r"nå\s+på|denne"
THIS_WEEK = r"(?:i\s+)?denne\s+uka|(?:i\s+)?denne\s+uken"  # see en.py (not "to ganger i uka")
NO_WORDS = r"ingen|intet|ikke|aldri"  # see en.py
EXCEPT_WORDS = r"unntatt|bortsett\s+fra"  # see en.py
WAS = r"var|hadde"  # after "this week": told of ("This week was great")
GONE_WEEKDAY = r"forrige"  # see en.py
NEXT_WEEKDAY = r"neste"  # see en.py
FIRST_NIGHT = r"\bhar\s+premiere(?:\s+den)?\s*$"  # see en.py
NEXT_ONE = r"neste(?!\s+(?:uke|måned|år|gang|dag|helg)\b)"  # see en.py
TIME_LABEL = r"tid|tidspunkt|klokken|kl|når|start|oppmøte"
DATE_WORD = r"dato"  # see en.py
# (DAY_AGENDA: see en.py)
DAY_AGENDA = r"dagsorden|agenda|tidsplan|dagens\s+program|program\s+for\s+dagen"
LEAD_IN = r"lunsj|frokost|oppmøte|ankomst|kaffe|velkommen|registrering|dørene|mingling"  # see en.py
# just before one of several times, the one that is the start
START_CUE = r"start(?:er|en)?|begynner"
RUNS = r"(?!)"  # see en.py (none said so)
END_CUE = r"slutt|avslutning|slutter"  # see en.py
# a title that dates a notice, not an event ("Nyhetsbrev 1. juni 2024")
DATED_NOTICE = (
    r"nyhetsbrev|medlemsbrev|oppdatering|referat|protokoll|dagsorden|rapport|resultat|"
    r"pris(?:er)?\b|avgift|endring|stengt"
)
OF_WORDS = ("av", "for")  # "Innsending av foredrag:": a label about an innsending

SCRIPTURE = (  # see en.py
    r"salmenes\s+bok|sal\.|apostlenes\s+gjerninger|apg\.|romerbrevet|rom\.|matt\.|mark\.|"
    r"luk\.|joh\."
)
SCRIPTURE_NAMES = r"matteus|markus|lukas|johannes|salme"  # see en.py
NOT_TIME_BEFORE = r"\b(?:rom|nr\.?|nummer|buss|linje|tlf\.?|telefon|side|s\.|sal|etasje)|[#$£€]"
NOT_TIME_AFTER = (
    r"\s*(?:kr\b|kroner|nok\b|,-|euro|€|%|personer|deltakere|medlemmer|stk\b|meter|km\b|grader|°)|"
    r"\s+[a-zæøå]*(?:vei|veien|gate|gata|gaten|plass|torg)\b"
)
ZONES: dict[str, str] = {
    "norsk": "Europe/Oslo", "cet": "Europe/Oslo", "cest": "Europe/Oslo",
    "utc": "UTC", "gmt": "Europe/London",
}  # fmt: skip
EVERY = r"hver|annenhver"
NOON = r"midt\s+på\s+dagen"
MIDNIGHT = r"midnatt"
TIME_WORDS = ("midt",)
DEADLINE_FILLER = r"den|er|i\s?morgen,?|i\s?dag,?"
# (ROTA: see en.py)
# (CONDITION: see en.py)
CONDITION = r"hvis|dersom"
ROTA = r"vaktliste|tjenesteliste|tekstleserliste|kirkevertliste"
UNDECIDED = (
    r"(?:mulige|foreslåtte)\s+(?:datoer|dager|uker)|\bforeløpige?\s+(?:datoer|dato|dager|dag)\b|(?<!sted\s)(?<!stedet\s)(?<!lokale\s)(?<!lokalet\s)(?<!program\s)(?<!programmet\s)"
    r"(?<!tema\s)(?<!info\s)(?<!informasjon\s)(?<!detaljer\s)\bkommer\s+senere|\bplanlegges\s+til\b|"
    r"\bvi\s+vil\s+gjerne\s+(?:arrangere|holde)\b|^\W*eller\s|"
    r"\bforslag\s*:|\bforeslås\s+(?:til|den)\b"
)
# right before a date kept in reserve ("reservedag 23. mai", "ved regn")
FALLBACK = (
    r"\breserve(?:dag|dato)\b|\bved\s+(?:regn|dårlig\s+vær)\b[^.!?]*?"
    r"\b(?:flyttes|utsettes|i\s+stedet)\b"
)
NEW_DATE = r"ny\s+dato|i\s+stedet|flyttet\s+til"
CONTINUATION = r"deretter|etterpå|senere|etter\s+\w+|og\s+så"
# a sentence giving an end: Turen avsluttes ... kl 13 på søndag
ENDS = r"\b(?:avsluttes|slutter|er\s+ferdig|er\s+slutt)\b(?!\s+med\b)|\bslutt(?:tid|tidspunkt)?\s*:"
OCLOCK = r"presis"

# Cues the scorer weighs (features.py), none a certain rejection: see en.py
PROPOSAL = (
    r"\bforslag|\bforeslå|\bforeløpig|\bkanskje\b|\beventuelt\b|\bplanlegges\b|\bmuligens\b|"
    r"\bikke\s+(?:ennå\s+)?(?:fastsatt|bestemt)|\bidé(?:er)?\b"
)
WORK = r"\butkast|\bhøring|\binnlevering|\bdokument|\btidsplan|\bkapittel|\bsluttversjon"
ROLE = (
    r"\btar\s+over\b|\btiltrer|\bfratrer|\bvalgt\s+til|"
    r"\bny\s+(?:leder|kasserer|sekretær)\b|\brollen\b|\bfunksjonstid"
)
PAST_LEAD = r"\b(?:tidligere|forrige|avholdte|avsluttede|hittil)\b"
# see en.py
PAUSE = r"pause\b|ferie(?:n)?\b"
