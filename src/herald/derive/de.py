"""German vocabulary for event inference. Word lists are regex fragments.

German builds compounds freely ("Mitgliederversammlung", "Sommerfest"), so event stems are
matched anywhere inside a word, as in Swedish. Nouns are capitalised, but every pattern runs on
lower-cased text.
"""

from __future__ import annotations

LANG = "de"

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1,
    "februar": 2, "feber": 2, "feb": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip

# weekday name -> Monday=0 ("samstags", every Saturday, is a recurrence: no suffix)
WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}  # fmt: skip
# (not "so", "so" in every other sentence)
WEEKDAY_ABBR: dict[str, int] = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5}
# "Samstagabend", "Sonntagvormittag": a weekday and its part of the day in one word
WEEKDAY_PARTS = r"abend|nachmittag|vormittag|morgen|mittag|nacht"
WEEKDAY_SUFFIX = r"(?:" + WEEKDAY_PARTS + r")?"

DAY_PREFIX = r"(?:\b(?:den|dem|am)\s+)"  # "am 12. März", "Freitag, den 12. März"
ORDINAL = r""  # "12. März": the dot after the day is read by the date pattern
NUMERIC_SLASH = False  # "12/3" is rare and ambiguous
SLASH_DATE_LABEL = r"\b(?:datum|termin|wann)\s*:"
NUMERIC_DOT = True  # "12.03.2022"
NUMERIC_DASH = True  # "03-12-2025", as Dutch writes it (see nl.py); day first
DOT_DAY_PREFIX = r"den|dem|am"  # before a day written with dots: "am 12.03."
DOTTED_DAYS = True  # see sv.py
MONTH_FIRST = False

# (and a weekend's "vom 25. auf den 26. Mai"; not "verschoben vom 25. auf den 26.", nor a night's
# "vom 27. auf den 28. September ab 3:00 Uhr", the second day's early hours)
RANGE_WORDS = r"bis(?:\s+(?:zum|einschließlich))?|" + "|".join(
    rf"(?<=wochenende vom {day}\. )auf" for day in (r"\d", r"\d\d"))
AND_WORDS = r"und|&"
BETWEEN = r"zwischen|vom|von"

TIME_PREFIX = r"um|ab|von|gegen|ca\.?|circa|etwa"
# of those, the ones a count follows as often ("etwa 8 bis 12 Reparaturen"): an hour alone
# after one is no time ("ca. 15 Uhr", "etwa 18:00" are)
COUNT_PREFIX = r"ca\.?|circa|etwa"
ARRIVE_FOR = ARRIVE_NOT_BEFORE = r""  # see en.py
AM_AFTER = r""  # see en.py
# see en.py ("Freitagabend um 8", "abends um 7"; not "Heiligabend um 10 Uhr")
PM_BEFORE = r"abends?(?<!heiligabend)(?<!heiligabends)|nachmittags?"
PM_AFTER = r"abends|nachmittags|am\s+(?:abend|nachmittag)"
END_PREFIX = r"bis(?:\s+um)?|endet\s+um|ende\s+um"
RANGE_TIME_WORDS = r"bis|und"

NUMBERS: dict[str, float] = {
    "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "halb": 0.5,
}  # fmt: skip
DURATION = (
    r"(?:für|dauert(?:\s+etwa|\s+ca\.?)?|dauer\s*:)\s+(?:ca\.?\s+|etwa\s+|rund\s+)?"
    r"(?P<n>\d+(?:[,.]\d+)?|ein|eine|zwei|drei|vier|fünf|sechs)"
    r"(?P<half>\s+und\s+eine\s+halbe)?\s*"
    r"(?P<u>minuten|min|stunden|stunde|std)(?![a-zäöüß])"
)

# ("morgen" alone is as often "morning": only its evening and the day after)
RELATIVE_DAYS: dict[str, int] = {
    "heute": 0, "heute abend": 0, "heute nachmittag": 0, "heute morgen": 0,
    "morgen abend": 1, "morgen früh": 1, "morgen nachmittag": 1, "übermorgen": 2,
}  # fmt: skip
# the relative days that also mean "nowadays"
TODAY_WORDS = ("heute",)
YESTERDAY = r"gestern|vorgestern"  # see en.py

# "morgen" alone is tomorrow, written small or opening a sentence ("Morgen um 19:00 treffen wir
# uns", "die ersten kommen morgen ab 17:30"); written large inside one, or after an article or
# an adjective, it is a morning ("am Morgen", "Guten Morgen", "jeden Morgen"; "heute Morgen",
# "morgen früh": RELATIVE_DAYS). Matched with its case
TOMORROW = (r"(?<![\wäöüß])(?<!\bam )(?<!\bden )(?<!\bjeden )(?<!\bguten )(?<!\bgestern )"
            r"(?<!\bheute )(?:morgen|(?:^|(?<=[.!?:] ))Morgen)(?![\wäöüß])")

RELATIVE_CUES = ("tag", "woch", "abend", "morgen", "heute", "silvester", "neujahr")
THIS_WEEKEND = (  # see en.py
    r"(?:an\s+)?diese[ms]\s+wochenende|(?:am\s+)?kommenden\s+wochenende|kommendes\s+wochenende"
)
# days of the year called by name, as (month, day)
NAMED_DAYS: dict[str, tuple[int, int]] = {
    "heiligabend": (12, 24), "heiliger abend": (12, 24), "erster weihnachtstag": (12, 25),
    "erster weihnachtsfeiertag": (12, 25), "zweiter weihnachtstag": (12, 26),
    "zweiter weihnachtsfeiertag": (12, 26), "silvester": (12, 31), "neujahr": (1, 1),
    "neujahrstag": (1, 1), "tag der deutschen einheit": (10, 3), "tag der arbeit": (5, 1),
}  # fmt: skip
WEEKDAY_COPULA = r"ist|wird"  # see en.py
# ("starten ... in den Montag": the Monday's start; not "bis in den Sonntag hinein")
WEEKDAY_REL_PREFIX = r"am\s+kommenden|kommenden|diesen|diesem|nächsten|am|(?<!bis\s)in\s+den"
# see en.py
SPAN_FROM = r"von"
# (no day counted from publication: "in drei Tagen" would do, but no German set shows it yet)
COUNT_UNITS: dict[str, int] = {}
WEEK_OF_MONTH: dict[str, int] = {
    "ersten": 1, "erste": 1, "erster": 1, "zweiten": 2, "dritten": 3, "vierten": 4,
    "letzten": -1, "letzte": -1,
}  # fmt: skip (see en.py)
COUNTED_BEFORE = COUNTED_AFTER = COUNTED_LOOSE = r"(?!)"
NEXT_WEEK = r"nächste[rn]?\s+woche"  # see en.py
NEXT_WEEK_ON = r"am"
DAY_PART = r"abend|nachmittag|vormittag|morgen|mittag"
DAY_PART_NOT_AFTER = ""  # see en.py

EVENT_STEMS = (
    r"treffen|veranstalt|find(?:et|en)\s(?:[^.!?]|(?<=\d)\.){0,80}?\bstatt\b|repa(?:ir|ratur)\W?caf[eé]|vortr[aä]g|\btalks?\b|workshop|open[\s-]?air|aufführung|auftritt|"
    r"zu\s+gast\b|\bl[äa]d(?:t|en)\s(?:[^.!?]|(?<=\d)\.){0,60}?\bein(?=\s*[,.!?:;]|\s*$)|save\s+the\s+date|konferenz|kongress|tagung|symposium|seminar|webinar|kurs\b|kurse\b|"
    r"schulung|fest\b|feste\b|feier|stammtisch|sitzung|versammlung|konzert|ausflug|wanderung|"
    r"exkursion|führung|gottesdienst|andacht|(?<=[a-zäöüß])gebet\b|markt\b|messe\b|festival|turnier|training|freizeit|camp\b|"
    r"hackathon|meetup|einladung|eingeladen|anmeld|programm|party|jubiläum|ausstellung|lesung|"
    # (a subordinate clause's verb: "dass am 16.6. die erste Lesung stattfindet")
    r"stattfinde[nt]\b|lesebühne|poetry\s*slam|"
    # a day to mark ("den Donnerstag, 22.08.2024, dick im Kalender anstreichen")
    r"kalender\s+(?:an)?(?:streichen|vormerken|eintragen|markieren)|"
    r"diskussion|podium|infoabend|tag\s+der\s+offenen\s+tür|"
    # a university's first week: "zur O-Phase, die am 14.03.2022 startet"
    r"\bo-phase\b|orientierungs(?:phase|woche|tag)|einführungs(?:woche|tag)|ersti-?(?:woche|tag|fahrt)|"
    r"\b(?:heim)?spiel\b|spieltag|anstoß|anpfiff|wettkampf|meisterschaft|radeln|radtour|"
    r"\blauf\b|\bprobe\b|\baktion\b|mitmach|machen\s+sie\s+mit|teilnehm|teilnahme|"
    r"besuchen\s+sie\s+uns|besucht\s+uns|herzlich\s+willkommen\s+(?:zu|zum|zur|bei)|"
    r"kommt\s+vorbei|grillen|frühstück|brunch|schie(?:ß|ss)en\b|"
    r"(?:^|\b)(?:datum|zeit|uhrzeit|wann|ort|termin)\s*:"
)
DEADLINE_BEFORE = (
    r"spätestens|bis\s+(?:zum|zu|spätestens|einschließlich)|anmeldeschluss|einsendeschluss|"
    r"frist|deadline|vor\s+dem|nach(?:\s+dem)?|(?:anmeldung|einreichung|bewerbung)\s+(?:bis|endet|schließt)"
    r"(?:\s+(?:am|zum))?|"
    # (a window's opening: "Die Anmeldung öffnet am Sonntag um 17 Uhr")
    r"(?:anmeldung|vorverkauf|kartenverkauf|ticketverkauf)\s+(?:öffnet|startet|beginnt)"
    r"(?:\s+(?:am|zum))?|"
    r"(?<=heute\s)bis|(?<=sofort\s)bis|(?<=jetzt\s)bis"  # a window from now ("Ab heute bis")
)
DEADLINE_SENTENCE = r"anmeldeschluss|einsendeschluss|deadline|frist|spätestens\s+(?:am\s+)?\d"
# see en.py ("Leider ausgefallen"; not "Bunt und ausgefallen: Kostümball", the adjective)
TITLE_CANCEL = r"abgesagt|entfällt|fällt\s+aus|(?:leider|ist|sind|heute)\s+ausgefallen\b"
CLAUSE_JOIN = r"und|aber|doch"  # words joining a clause to the one before
RESUMED = r"wieder|stattdessen|nächste[nrms]?\b|(?:findet|ist)\s+nun\b"  # see en.py
NO_ONE_THING = ""  # see en.py
CANCEL = (
    # (not a change of place: "findet am 8. Juni nicht im Vereinsheim, sondern im Park statt")
    r"find(?:et|en)\s(?:[^.!?]|(?<=\d)\.){0,40}?\b(?:kein\w*|nicht)\b"
    r"(?!(?:[^.!?]|(?<=\d)\.){0,60}?\bsondern\b)(?:[^.!?]|(?<=\d)\.){0,60}?\bstatt\b|abgesagt|fällt\s+aus|fallen\s+aus|entfällt|entfallen|findet\s+nicht\s+statt|storniert|"
    r"nicht\s+stattfinde[nt]\b|"
    r"verschoben"
)
OPERATIONAL = (
    r"parken|parkplatz|wartung|stromausfall|baustelle|bauarbeiten|sperrung|gesperrt|"
    r"geschlossen|müllabfuhr|umleitung|störung|zeitumstellung|"
    r"(?:erster|letzter)\s+schultag|zeugnisausgabe|unterrichtsfrei|pädagogischer\s+tag"  # see en.py
)
# the words of an administrative date, not an event's: a call's or an election's timeline
ADMIN = (
    r"nominierung|kandidat|abstimmung|\bwahl(?:en)?\b|bewerbung|ergebnis|einreichung|abgabe|"
    r"entscheidung|veröffentlichung|benachrichtigung|bestätig|"
    r"(?:erhalten|bekommen)\s+sie\s+(?:von\s+uns\s+)?(?:eine\s+)?(?:nachricht|e-?mail|bescheid)"
)
HOLIDAY = (
    r"feiertag|\bweihnacht\w*|\bostern\b|\bpfingsten\b|himmelfahrt|[a-zäöüß]+ferien\b|"
    r"neujahr|silvester|\badvent\b|karfreitag|fronleichnam|tag\s+der\s+deutschen\s+einheit"
)
PAST = (
    r"\b(?:war|waren|wurde|wurden|hatte|hatten|fand|fanden|stattgefunden|teilgenommen|"
    r"gab\s+es|danke\s+(?:an|für)|vielen\s+dank|kamen|gingen|gestern|"
    # past modals and verbs of a report ("durften wir unsere Spende überreichen")
    r"durften?|konnten?|mussten?|sollten?|trafen|feierten|besuchten|verbrachten|erlebten|"
    r"überreichten|übergaben|lud|luden|"
    # the verbs a report tells a day with ("Am Samstag führte die Reise ...", "Samstag begann
    # der Workshop", "Das Wochenende startete mit ...")
    r"begann|begannen|führte|führten|startete|starteten|endete|endeten|fuhr|fuhren|ging|kam|"
    r"sahen|nahmen|hielten|liefen|zeigte|zeigten|lernten|besichtigten|wanderten|spielten|"
    r"gewann|gewannen|verloren|erreichten|räumten|"
    # what a competition's report tells ("traten die Teilnehmer ... an", "gab an diesen Sonntag
    # den einzigen Podestplatz")
    r"traten|gab|holten|belegten|erzielten|siegten|"
    r"haben\s+(?:wir\s+)?(?:gehabt|gemacht|gefeiert)|"
    # a meeting's perfect ("Am 12. Mai haben sich Interessierte ... getroffen"), a trip's ("Am
    # 6. Dezember sind wir ... nach München ... gefahren"; not "die Gefahren")
    r"getroffen|eingefunden|gewesen|"
    r"(?:sind|bin|ist)\s[^.!?]{0,160}?\b(?:gefahren|gegangen|gekommen|gereist|gewandert|"
    r"geflogen|gelaufen))\b"
)
# a post that reports a meeting: its minutes, who came
REPORT = r"\b(?:protokoll|rückblick|nachlese)|(?:^|\n)[^\w\n]*(?:teilnehmer|anwesend)\s*:"
# what a meeting's speakers did, told after it (see en.py)
RECAP = (
    r"\b(?:zeigte|präsentierte|erklärte|berichtete|sprach\s+über|stellte\s+\w+\s+vor|"
    r"gab\s+einen\s+überblick)\b"
)
# a title that says the post reports a meeting ("Bericht vom Treffen")
REPORT_TITLE = r"\bbericht\b|\brückblick\b|\bnachlese\b|\bprotokoll\b"
FUTURE = (
    r"\b(?:wird|werden|findet|finden|laden|lädt|einladung|willkommen|anmeld|"
    r"freuen\s+uns|kommt|beginnt|startet|öffnet|stattfinden|bis\s+dann\b|"
    # invited to come ("Alle sind herzlich eingeladen"), not a report's "hat ... eingeladen"
    r"(?:sind|seid|ist|bist|herzlich)\s+(?:[^\s!?]+\s+){0,6}?eingeladen|"
    r"eingeladen\s+(?:sind|ist|seid))"
)
# see en.py
TIMETABLE = (
    r"\btrainingszeiten\b|\bstundenplan\b|\böffnungszeiten\b|\bbesuchszeiten\b|\bjede\s+woche\b|\bwöchentlich|"
    r"\bab\s+sofort\b|\bbis\s+auf\s+weiteres\b"
)
RECURRENCE = (
    r"\b(?:jeden|jede|jedes|alle)\s+\w+|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|"
    # (not "monatlich": "Am Mittwoch um 18 Uhr ist unser monatlicher Stammtisch" is this week's)
    r"samstag|sonntag)s\b|\bwöchentlich|\bregelmäßig"
)
# who did something, between a date and its past-tense verb ("Am 16. November haben wir")
SUBJECTS = r"wir|sie|ich|alle"
PAST_AFTER = r"war|waren|wurde|wurden|hatte|hatten|fand|fanden"
# a past verb right after a day, where the verb comes second ("Am 15.05. gab es ...",
# "Am 25.06. feierten wir ..."): a report of it (see en.py)
PAST_VERB_AFTER_DATE = (
    r"war|waren|wurde|wurden|hatte|hatten|fand|fanden|gab|feierten|trafen|kamen|gingen|"
    r"besuchten|verbrachten|erlebten|begann|begannen|startete|starteten|endete|endeten|fuhren|"
    r"sahen|nahmen|spielten|durften|konnten|lud|luden"
)
# ... then who did it, as a verb-second clause says it ("gab es", "feierten wir"; not an
# imperative, "kom og vær med")
# (or what did, as an article names it: "Am 23.03.2026 wurde die Feuerwehr ... alarmiert")
PAST_VERB_SUBJECT = r"es|wir|sie|ich|man|er|der|die|das|ein|eine|unser|unsere"
# see en.py
DATELINE = (  # ("Stand heute (10 März)": the day a figure was true)
    r"aktualisiert|aktualisierung|update|nachtrag|veröffentlicht|korrektur|berichtigung|"
    r"stand(?:\s+heute|\s+vom|\s+am)?"
)
DATELINE_OF = r"beitrag|artikel|seite|version"  # see en.py
# see en.py
RELEASE = r"pressemitteilung|pressemeldung|datiert"
MINUTES_OF = r"protokoll\s+(?:der|des|vom)(?:\s+\w+)?(?:\s+vom)?"  # see en.py
FORMER = r"ursprünglich|bisher|vormals|zuvor"
NOT_ON = r"nicht\s+(?:am|an)"  # see en.py
MISS = r"verpass\w*|vergess\w*|vergiss"  # see en.py
# see en.py
BEFORE_DATE = r"am|vom|bis|zum|ab|seit|um"  # see en.py
MOVED = r"verschoben|verschieben|(?:vor)?verleg(?:t|en)"
MOVED_FROM = r"vom|von"
MOVED_TO = r"auf|zum|nach"
OPENING = r"öffnungszeiten|\bgeöffnet\s+(?:täglich|jeden|montags|\d)"  # see en.py
SCHEDULE_FROM = r"ab"  # see en.py
EFFECTIVE = r"\b(?:ab(?:\s+dem)?|gilt\s+ab|gültig\s+ab|mit\s+wirkung\s+(?:vom|ab))\s*$"
FOR_START = None
DEICTIC = r"diesen|diesem|am\s+kommenden|kommenden"
WORDS_NOT_MONTHS: tuple[str, ...] = ()
CLOCK_12H = False
AM_PM = r"p|a(?=\.)"  # see en.py: "am" is a word ("6 am Sonntag"), "a.m." a time
AM_PM_LETTER = ""  # see en.py
AM_PM_LETTER_AFTER_HOUR = ""  # see en.py
DOT_TIMES = True  # "18.30 Uhr"
BARE_HOUR_AFTER_PREFIX = True  # "um 18"
BARE_HOUR_AFTER_DATE: tuple[str, ...] = ()  # see en.py
AFTER_BARE_HOUR = r"(?!)"
THIS_WEEKDAY = r"diesen|diesem"
THIS_WEEK = r"(?:in\s+)?dieser\s+woche|diese\s+woche"  # see en.py
NO_WORDS = r"kein\w*|nicht|nie"  # see en.py
EXCEPT_WORDS = r"außer|ausser"  # see en.py
WAS = r"war|waren|hatte|hatten"  # after "this week": told of ("This week was great")
GONE_WEEKDAY = r"vergangenen|vergangene|letzten"  # see en.py
NEXT_WEEKDAY = r"nächsten|nächster|nächste"  # see en.py
FIRST_NIGHT = r"\b(?:premiere|hat\s+premiere)(?:\s+am)?\s*$"  # see en.py
NEXT_ONE = r"nächste[nrs]?(?!\s+(?:woche|monat|jahr|mal|tag|wochenende)\b)"  # see en.py

SCRIPTURE = (  # see en.py
    r"apostelgeschichte|apg\.|mt\.|mk\.|lk\.|joh\.|röm\.|ps\."
)
SCRIPTURE_NAMES = r"matthäus|markus|lukas|johannes|römer|psalm"  # see en.py
NOT_TIME_BEFORE = (
    r"\b(?:raum|zimmer|nr\.?|nummer|bus|linie|tel\.?|telefon|seite|s\.|saal|stock|etage|haus)|"
    r"[#$£€]"
)
NOT_TIME_AFTER = (
    r"\s*(?:€|eur\b|euro|cent\b|dollar|yen\b|franken|pfund|%|prozent|personen|teilnehmer|"
    r"mitglieder|leute|menschen|kinder|gäste|stück|meter|km\b|grad|°|jahre?n?\b|plätze|mal\b|"
    r"tage?n?\b|wochen\b|stunden\b|minuten\b)|"
    r"\s+[a-zäöüß]*(?:straße|str\.|weg|platz|allee|gasse)\b"
)
ZONES: dict[str, str] = {
    "mez": "Europe/Berlin", "mesz": "Europe/Berlin", "cet": "Europe/Berlin",
    "cest": "Europe/Berlin", "utc": "UTC", "gmt": "Europe/London",
}  # fmt: skip
ZONE_SUFFIX = r"zeit"
TIME_LABEL = r"zeit|uhrzeit|wann|beginn|start|einlass|treffpunkt|abfahrt|anstoß|anpfiff"
DATE_WORD = r"datum|termin"  # see en.py
# (DAY_AGENDA: see en.py)
DAY_AGENDA = r"tagesablauf|ablauf|programmablauf|tagesprogramm|tagesordnung|agenda|zeitplan"
LEAD_IN = (r"einlass|ankommen|ankunft|anreise|mittagessen|kaffee|frühstück|begrüßung|empfang|"
           r"anmeldung|vorverkauf|kasse|"
           r"imbiss")  # see en.py
# just before one of several times, the one that is the start
START_CUE = r"beginn(?:t)?|start(?:et)?|los\s+geht"
RUNS = r"(?!)"  # see en.py (none said so)
END_CUE = r"ende|endet|schluss|abschluss"  # see en.py
# a title that dates a notice, not an event ("Rundbrief 1. Juni 2024")
DATED_NOTICE = (
    r"newsletter|rundbrief|mitteilung|update|protokoll|tagesordnung|bericht|ergebnis|"
    r"preise?\b|beitr(?:ag|äge)\b|änderung|geschlossen"
)
OF_WORDS = ("von", "der", "für")  # "Einreichung von Beiträgen:": a label about an Einreichung
ALL_WORDS = r"alle|jede[rsn]?|sämtliche"  # a time every listed date shares
EVERY = r"jeden|jede|jedes|alle"
NOON = r"mittags"
MIDNIGHT = r"mitternacht"
TIME_WORDS = ("mittags", "mitternacht")
APPROX = r"ca\.?|circa|etwa|gegen|ungefähr"
HHMM_PREFIXES = ("um", "ab")
DEADLINE_FILLER = r"der|den|zum|am|morgen,?|heute,?"
# (ROTA: see en.py)
# (CONDITION: see en.py)
CONDITION = r"falls|wenn|sollte"
ROTA = r"dienstplan|lektorendienst|lektorenplan|küsterdienst|kirchkaffee-?dienst"
OR_WORDS = r"oder"
UNDECIDED = (
    r"(?:mögliche|vorgeschlagene)\s+(?:termine|daten|tage)|\bvorläufige[rn]?\s+(?:termin|termine|"
    r"datum)\b|(?<!ort\s)(?<!raum\s)(?<!saal\s)(?<!treffpunkt\s)(?<!programm\s)(?<!thema\s)"
    r"(?<!referent\s)(?<!referentin\s)(?<!tagesordnung\s)(?<!details\s)"
    r"\bwird\s+noch\s+bekannt\s*gegeben|\bsteh(?:t|en)\s+noch\s+nicht\s+fest|"
    r"^\W*oder\s|\bvorschlag\s*:|\btba\b|\btbd\b"
)
# right before a date kept in reserve ("Ersatztermin 23. Mai", "bei Regen")
FALLBACK = (
    r"\b(?:ersatz|ausweich)termin\b|\bbei\s+(?:regen|schlechtem\s+wetter)\b[^.!?]*?"
    r"\b(?:verschoben|stattdessen)\b"
)
NEW_DATE = r"neuer\s+termin|stattdessen|verschoben\s+auf|verlegt\s+auf"
CONTINUATION = r"danach|anschließend|später|dann|im\s+anschluss"
# a sentence giving an end: Die Tour endet ... um 13 Uhr am Sonntag
ENDS = r"\b(?:endet|enden)\b(?!\s+mit\b)|\bende\b"
OCLOCK = r"uhr"  # "18 Uhr": an hour alone that is a time
HOUR_LETTERS = "h"  # "16h30", "15h": the French (and CERN) way (nl.py)

# Cues the scorer weighs (features.py), none a certain rejection: see en.py
PROPOSAL = (
    r"\bvorschlag|\bvorgeschlagen|\bvorläufig|\bvielleicht\b|\beventuell\b|\bmöglicherweise\b|"
    r"\bnoch\s+nicht\s+(?:festgelegt|entschieden)|\bidee(?:n)?\b"
)
WORK = r"\bentwurf|\bbegutachtung|\babgabe|\bdokument|\bzeitplan|\bkapitel|\bendfassung"
ROLE = (
    r"\bübernimmt\b|\bübernehmen\b|\btritt\s+zurück|\bgewählt\s+(?:zum|zur)\b|"
    r"\bneue[rn]?\s+(?:vorsitzende|kassenwart|schriftführer)|\brolle\b|\bamtszeit"
)
PAST_LEAD = r"\b(?:frühere[nr]?|vergangene[nr]?|letzte[nr]?|bisherige[nr]?)\b"
# a day of the month alone, the next to come: "am 24. um 12 Uhr" (see en.py)
DAY_ONLY = r"\bam\s+(?P<d>[0-3]?\d)\.(?=\s+(?:um|ab|von|in|im|auf|beim|bei)\b)"
# a monthly series' word: it gives a series its hours, but a bare weekday beside it is one day
MONTHLY = r"\bmonatlich"
TASK = r"aufgabe|to-?do"  # see en.py
PAUSE = r"pause\b|ferien\b|betriebsurlaub"  # see en.py
SUITS = ""  # see en.py
HALF_HOUR = HALF_HOUR_AFTER = r""  # see en.py
CLOCK_WORDS: dict[str, int] = {}  # see en.py (not "um drei Uhr": three or fifteen?)
