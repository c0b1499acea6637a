"""English vocabulary for event inference. Word lists are regex fragments."""

from __future__ import annotations

LANG = "en"

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "febuary": 2, "feburary": 2, "feb": 2,  # (and as often misspelt)
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
WEEKDAY_ABBR: dict[str, int] = {
    "mon": 0, "tues": 1, "tue": 1, "wed": 2, "thurs": 3, "thur": 3, "thu": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip
WEEKDAY_PARTS = r"(?!)"  # (English writes "Saturday evening": see DAY_PART)
WEEKDAY_SUFFIX = r""

DAY_PREFIX = r"(?:\bthe\s+)"
ORDINAL = r"(?:st|nd|rd|th)?"
NUMERIC_SLASH = False  # 3/4 is 3 April in the UK and 4 March in the US: too risky
# ... but after a line's label calling them dates ("Future meetup dates: 5/12, 6/9") slashed
# numbers are dates, in the post's or the site's country's order (mentions.py)
SLASH_DATE_LABEL = r"\b(?:dates?|when)\s*:"
NUMERIC_DOT = True  # "24.4.2025", "06.-08.03.2019": only with a year or weekday (patterns.py)
NUMERIC_DASH = False  # "03-12-2025" is either order: read as slashed dates are (patterns.py)
DOT_DAY_PREFIX = r"(?!)"  # (no word before a day makes "3.3" a date in English: "the 3.3v output")
DOTTED_DAYS = False  # "1.8. to 2.1." are versions: dotted days need a year in English
MONTH_FIRST = True  # "March 3rd", "Aug 7-8"

RANGE_WORDS = r"to|until|till|til|through(?:\s+to)?|thru|up\s+to"
AND_WORDS = r"and|&"
BETWEEN = r"between|from"

TIME_PREFIX = r"at|from|starting\s+at|starts\s+at|beginning\s+at|begins\s+at|@"
COUNT_PREFIX = r"(?!)"  # see de.py
# between an arrival and the start ("arrive at 7pm for a 7.30pm start", "6:50pm for 7pm")
ARRIVE_FOR = r"for(?:\s+an?)?"
# after the second time: its finish, not its start ("from 2pm for a 4pm finish"; not "6:30pm
# for 7pm end of term drinks")
ARRIVE_NOT_BEFORE = r"(?:finish|close|end)\b(?!\s+of\b)"
# a part of the day just before or after an hour without am/pm that puts it after noon
# ("in the evening at 7.30", "at 8 in the evening"; not "night": "at 1 at night" is 01:00. A
# weekday's or "tonight"'s part of the day is read with the day, as a relative day)
PM_BEFORE = r"\b(?:evening|afternoon),?"
PM_AFTER = r"in\s+the\s+(?:evening|afternoon)|this\s+(?:evening|afternoon)"
# just after an hour without am/pm: before noon, though an evening's hour is the reader's guess
# ("at seven o'clock in the morning"; a 24-hour clock's language needs none)
AM_AFTER = r"in\s+the\s+morning|this\s+morning"
END_PREFIX = (
    r"(?:until|till|til|to|up\s+until|ends?\s+at|ending\s+at|finish(?:es|ing)?\s+at|"
    r"runs?\s+(?:un)?til|(?:wrap(?:s|ped)?\s+up|finish(?:es|ed)?|end(?:s|ed)?|done)\s+by)"
    r"(?:\s+(?:about|around|approximately|approx\.))?"
)
RANGE_TIME_WORDS = r"to|until|till|til|thru|through|and"

NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
DURATION = (
    r"(?:for|lasting|lasts|runs\s+for|takes|duration\s*:)\s+(?:about\s+|around\s+|approximately\s+|"
    r"approx\.?\s+|roughly\s+|just\s+)?"
    r"(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight)"
    r"(?P<half>\s+and\s+a\s+half)?[\s-]*"
    r"(?P<u>minutes|minute|mins|min|hours|hour|hrs|hr)(?![a-z])"
)

RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "this evening": 0, "this afternoon": 0, "this morning": 0,
    "tomorrow": 1, "tomorrow night": 1, "tomorrow evening": 1,
}  # fmt: skip
# the relative days that also mean "nowadays"
TODAY_WORDS = ("today",)
# a day gone by, just before a date ("yesterday, Tuesday 7 January")
YESTERDAY = r"yesterday"
# "tomorrow" said with a word that also means something else, read by its case (de.py); none
TOMORROW = ""

# every relative day, named day and weekday name holds one of these (a quick test first)
RELATIVE_CUES = ("day", "night", "eve", "afternoon", "morning", "tomorrow", "week")
# the coming Saturday and Sunday (a report's past tense makes them the last)
THIS_WEEKEND = r"(?:this|the)\s+coming\s+weekend|this\s+weekend"
# days of the year called by name, as (month, day)
NAMED_DAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
    "new year's eve": (12, 31), "new years eve": (12, 31), "new year’s eve": (12, 31),
    "new year's day": (1, 1), "new years day": (1, 1), "new year’s day": (1, 1),
}  # fmt: skip
WEEKDAY_REL_PREFIX = r"this\s+coming|this|next|coming|on"
# before a weekday a span opens: "from Friday to Sunday" (a working week's is hours: see
# features.WORKING_WEEK_DAYS)
SPAN_FROM = r"from"
# a day counted from publication ("in three days", "two weeks away", "a week from today")
COUNT_UNITS: dict[str, int] = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# before a weekday of a monthly series: which of the month's ("the last Sunday of every month")
WEEK_OF_MONTH: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": -1,
}  # fmt: skip
# ("in" after being, meeting or coming: "we meet again in two weeks"; not "the path in 5 days")
COUNTED_BEFORE = (
    r"(?:is|are|be|['’]s|again|back|us|you|meet|meets|start|starts|begin|begins|open|opens|"
    r"happen|happens|come|comes|return|returns)\s+(?:just\s+|only\s+)?in"
)
COUNTED_AFTER = r"away(?!\s+from)|from\s+(?:now|today)"
# a loose count, no day ("less than 2 weeks away", "within three days")
COUNTED_LOOSE = (
    r"(?:less|more|fewer)\s+than|within|under|over|about|around|almost|nearly|at\s+least|up\s+to"
)
# the week after publication's ("Thursday next week", "next week on Thursday")
NEXT_WEEK = r"next\s+week"
NEXT_WEEK_ON = r"on|of"
# after a weekday opening a sentence: the coming one ("Monday is another hack night")
WEEKDAY_COPULA = r"is|will\s+be"
DAY_PART = r"night|evening|afternoon|morning"  # "Saturday night" is the coming one
# before "Saturday night": not the coming one ("the Sunday afternoon during the workshop")
DAY_PART_NOT_AFTER = r"the\s"

EVENT_STEMS = (
    r"swap\b|fundrais|repair\W?caf[eé]|f[eê]te\b|bazaar|jumble|car\s+boot|bake\s+sale|coffee\s+morning|potluck|"
    r"ceilidh|bingo|karaoke|tournament|gala\b|carnival|parade|rally\b|vigil|\bwalk\b|hike\b|"
    r"\brides?\b|\btrials\b|time\s+trials?|hill\s+climb|parkrun|regatta|marathon|triathlon|"
    r"sportive|fixtures?\b|match(?:es)?\b|excursion|outing|\btrip\b|getaway|venues?\b|clean[\s-]?up|litter\s+pick|drop[\s-]in|clinic\b|"
    r"tutorial|colloquium|codefest|hack[\s-]?day|sprint\b|bootcamp|webcast|drinks\b|"
    r"orientation\s+(?:week|day|session)|freshers['’]?\s+(?:week|fair)|welcome\s+week|"
    r"webinar|seminar|(?<!of\s)course|\bclass(?:es)?\b|workshop|conference|congress|panel|presentation|talk\b|"
    r"talks\b|lecture|meeting|meet[\s-]?up|gathering|get[\s-]together|party|celebrat|"
    r"festival|fest\b(?<!safest)(?<!manifest)(?<!infest)|\bfair\b|\bfayre\b|concert|gig\b|show\b|screening|quiz|\brace\b|derby|contest|"
    r"competition|hackathon|\bjam\b|open\s+(?:house|day|evening|night)|"
    r"open\s+(?:their|our|its|the)\s+doors|\btour\b|\bsession|\bevent(?!ual)|"
    r"performances\b|(?:a|our|their|first|next|final|live|special|public)\s+performance\b|"
    r"recital|matin[ée]e|sermon\s+(?:series|at|on|by)|preach(?:es|ing)?\s+(?:at|on)|"
    r"regist|sign[\s-]?up|book(?:ing)?\b|tickets?|join\s+us|join\b|welcome|come\s+(?:and|along|"
    r"to|visit|see|join)|visit|attend|invit|rsvp|will\s+be\s+held|take\s+place|takes\s+place|"
    r"(?:quiz|movie|film|games?|craft|open|social|music|club|curry|pub)\s+(?:night|evening)s?\b|"
    # a night of something ("Arduino Night", "hack night"), not a night of the week, a night
    # counted or a night of the calendar ("Sat night", "two nights", "tomorrow night")
    r"\b(?!(?:mon|tue|tues|wed|weds|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\s|"
    r"(?:last|this|next|every|each|one|two|three|four|five|six|seven|few|many|several|some|"
    r"most|late|all|good|first|second|third|last|that|same|previous|whole|per|the|for|over|"
    r"and|tomorrow|week|school|other|both|these|those|friday|monday)\s)[a-z]{3,}\s+nights?\b|"
    r"(?:we\s+are|we['’]re|we\s+will\s+be)\s+having\s+(?:a|an|our|another)\b|"
    r"will\s+(?:host|hold)\b|"
    r"(?:ubuntu|happy|story|study)\s+hour|(?:race|open|fun|build|family|sports|work|play|"
    r"community|training|festival|celebration|awareness)\s+day|day\s+out|dinner|supper|lunch|breakfast|brunch|picnic|barbecue|bbq|tasting|"
    r"exhibition|launch\s+(?:party|event)|(?:grand|official)\s+(?:re-?)?opening|premi[eè]re|"
    r"opening\s+(?:night|party|ceremony)|ceremony|\bawards?\b|auction|raffle|\bdisco\b|\bdanc(?:e|es|ing)\b|"
    # ("sing" without a word start also matches "using": the scorer was trained with it so)
    r"games?\b|hunt\b|sing\b|choir|rehearsal|training|practices\b|(?<!\bin\s)(?<!best\s)(?<!good\s)(?<!common\s)practice\b|lesson|cafe|café|camps?\b|"
    r"expo\b|"
    r"summit|symposium|forum|assembly|agm\b|social\b|mingle|hangout|demo\b|demos\b|"
    r"opening\s+(?:hours|times)|we(?:'re|\s+are|\s+will\s+be)\s+open\b|discussion|\breading|mass\b|sale\b|market|build\s+day|\b(?:live\s?)?stream(?:s|ing|ed)?\b|zoom|"
    # a service of worship (not a radio link's or a bus's service)
    r"(?:church|carol|communion|memorial|remembrance|worship|prayer|evening|morning|sunday|"
    r"christmas|easter|thanksgiving|family|healing|candlelit|candlelight|civic)\s+services?\b|"
    r"services?\s+of\s+(?:\w+\s+)?(?:worship|remembrance|thanksgiving|lessons|nine)|"
    # a prayer said together ("Eid prayers", "Friday prayer", "Taraweeh"; not "in our prayers")
    r"(?:eid|friday|jumu['’]?ah|jummah|taraweeh|tarawih|congregational|funeral)\s+prayers?\b|"
    r"taraweeh|tarawih|prayer\s+(?:meeting|vigil|breakfast)|"
    r"(?:^|\b)(?:date|time|when|dates|times)\s*:|"
    # dates given as a series' next ones ("Next dates for your calendar:", "Save the date")
    r"\b(?:next|upcoming|future|coming|diary)\s+dates\b|\bdates?\s+for\s+(?:your|the)\s+"
    r"(?:calendar|diary)|\bsave\s+the\s+dates?\b|"
    # a day to mark ("Mark your calendars for Saturday 14 September", "put it in your diary")
    r"\bmark\s+(?:your|the)\s+(?:calendars?|diar(?:y|ies))\b|\b(?:put|pop)\s"
    r"(?:[^.!?]|(?<=\d)\.){0,40}?\b(?:in|to|into)\s+your\s+(?:calendars?|diar(?:y|ies))\b|"
    # a group that meets, a club that is on ("We meet on Tuesday", "Code Club is on tomorrow")
    r"\bmeets?\s+(?:on|at|every|each|again|next|this|tonight|tomorrow|weekly|monthly)\b|"
    r"\bwill\s+meet\b|\b(?:is|are)\s+on\s+(?:tomorrow|tonight|today|this|next)\b"
)
DEADLINE_BEFORE = (
    # ("after 1 June": any day from then, a bound and no day of its own)
    r"by(?:\s+(?:the\s+)?end\s+of)?|before|after|prior\s+to|no\s+later\s+than|return\s+date(?:\s+of)?|"
    r"eta:?|deadline(?:\s+(?:is|for\s+\w+(?:\s+is)?))?|"
    r"due(?:\s+(?:on|for|by))?|"
    r"closes?(?:\s+on)?|until|till|through|apply\s+by|sign\s+up\s+by|register\s+by|"
    r"ends?(?:\s+on)?|conclude[sd]?(?:\s+on)?|open\s+until|valid\s+(?:until|after)|"
    r"expires?(?:\s+on)?|"
    r"(?:registration|booking|bookings|tickets?|sales?|applications?|entries|voting|polls?)"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?\w+)?\s+(?:is\s+|are\s+)?"  # "booking of slots opens"
    r"(?:opens?|open|starts?|go(?:es)?\s+on\s+sale|closes?|close|are\s+due|is\s+due)"
    r"(?:\s+(?:on|from))?|"  # ("Registration is open from Monday to Wednesday": a window)
    r"(?:go(?:es)?|went)\s+on\s+sale(?:\s+on)?|released?(?:\s+on)?|(?:published|posted)(?:\s+on)?|"
    r"submitted(?:\s+on)?"
)
DEADLINE_SENTENCE = (
    # ("aim to finish by 9.30": an end, no deadline)
    # (nor who does it: "hosted by 23 Video", "presented by 4 local choirs")
    r"(?:open|opens|runs|available|valid)\s+until|(?:before|(?<!finish\s)(?<!end\s)(?<!over\s)"
    r"(?<!done\s)(?<!close\s)(?<!hosted\s)(?<!presented\s)(?<!sponsored\s)(?<!organised\s)"
    r"(?<!organized\s)(?<!led\s)(?<!run\s)by|no\s+later\s+than)\s+(?:\d|noon\b|"
    r"midnight\b)|deadline|(?:closing|payment|due|cut-?off)\s+date|last\s+day\s+(?:to|for)|applications?\s+(?:close|must|should)|"
    r"apply\s+by|submissions?\s+(?:close|due)|must\s+be\s+(?:received|submitted)|last\s+chance|"
    r"accept(?:ing|s)?\s+(?:comments|submissions|abstracts|applications|proposals)\s+until|"
    r"(?:have|has)\s+(?:time\s+)?until\s+this\s+date|"  # "You have time until this date to"
    r":\s*(?:sign[\s-]?ups?|registrations?|entries|bookings?)\s+(?:closes?|ends?)\b"
)
# a title calling its event off, as the first or last words of one of its parts ("CANCELLED -
# October 19th, 2016", "Spring Fling: Cancelled"; not "Noise Cancellation in Audio DSP")
TITLE_CANCEL = r"cancel+ed|called\s+off"
# after a calling-off, words that take the event up again before the date that follows
# ("We're skipping this month's meeting and starting again on 10 February")
CLAUSE_JOIN = r"and|but|so"  # words joining a clause to the one before
RESUMED = (
    r"(?:start|restart|begin)(?:s|ning|ing)?\s+again|again\s+on|resum(?:e|es|ing)\b|"
    r"(?:be|are|['’]re)\s+back|returns?\s+on|returning\s+on|instead|next\s+(?:meeting|session|one)|"
    r"pick(?:s|ing)?\s+up\s+again|now\s+(?:takes?|be|happens?|runs?|starts?)\b"
)
CANCEL = (
    r"cancel+ed|cancel+ing|cancel+ation|called\s+off|no\s+(?:[a-z-]+\s+)?(?:meeting|meetup|"
    r"session|class|rehearsal|training|practice|club\s+night|walk|run|ride|swim)s?\b"
    r"(?!\s+(?:required|needed|necessary))|not\s+running\b|not\s+(?:be\s+)?"
    r"(?:meeting|happening|take\s+place|taking\s+place|go(?:ing)?\s+ahead)|postponed|"
    r"won['’]?t\s+be\s+(?:meeting|having|holding)|will\s+not\s+be\s+(?:meeting|having|holding)|"
    # (we are not hosting it; not "Alice won't be hosting", "we won't be hosting any food")
    r"\bwe\s+(?:won['’]?t|will\s+not)\s+be\s+hosting\b(?!\s+any\b)|"
    r"there\s+(?:is|will)\s+(?:also\s+)?(?:be\s+)?no\b|skip(?:ped|ping)?\s+(?:the|this|next)\b|"
    r"\bno\s+[a-z-]+\s+(?:due\s+to|because\s+of|owing\s+to)\b"  # "No class due to Easter"
)
# right after a listed day, "No" and one word, the club's activity ("27th December - No
# Bridge"), calls it off; not what the day costs or needs ("- No charge")
NO_ONE_THING = (
    r"no\s+(?!(?:charge|fee|cost|entry|tickets?|booking|registration|admission|need|experience|"
    r"kit|equipment|problem)s?\b)(?P<thing>[a-z][\w-]*)"
)
OPERATIONAL = (
    r"parking|water\s+(?:supply|shut|off|outage)|power\s+(?:cut|outage)|outage|closure|"
    r"closed|road\s*works|engineering\s+works|strike|bin\s+collection|collections?\b|"
    # (the services, not the words of a zero-waste group: "Refuse, Reduce, Reuse, Recycle")
    r"(?:recycling|refuse|rubbish|waste|garbage)\s+(?:collection|centre|center|tip|sacks?|bins?|"
    r"boxes|day|point|disposal|services?)|maintenance|disruption|replacement\s+bus|trains?\b|"
    r"railway|construction|noise|roadworks|diversion|daylight\s+saving|early\s+release|"
    r"clocks\s+(?:go|spring|fall)\s+(?:forward|back)|wet\s+weather|weather\s+(?:message|update|"
    r"warning)|"
    # a school's calendar of its own running ("In-service day for staff", "Last day of term")
    r"in[-\s]service\s+days?|staff\s+only|(?:first|last)\s+day\s+of\s+(?:the\s+)?(?:school|term)\b|"
    r"term\s+(?:starts|ends|begins)"
)
# the words of an administrative date, not an event's: a call's or an election's timeline
ADMIN = (
    r"submission|submit|notification|notified|acceptance|camera[- ]ready|"
    r"nominations?|nominees?|candidates?|ballots?|voting|elections?|results\b|applications?|"
    r"publication|registration|homework|assignments?\b|issued\b|"
    # a step of a process, not a gathering ("5 December: You receive an email with ...")
    r"(?:you|we)(?:['’]ll|\s+will)?\s+(?:receive|get|be\s+sent)\s+an?\s+e-?mail|"
    r"(?:you|we)(?:['’]ll|\s+will)?\s+(?:receive|get)\s+(?:word|notice)\b|hear\s+(?:back\s+)?from\s+us"
)
HOLIDAY = (
    r"\bholidays?\b|independence\s+day|thanksgiving\b|christmas|easter\b|ascension\b|whitsun|"
    r"pentecost|new\s+year['’]?s?\s+(?:day|eve)|boxing\s+day|\badvent\b|"
    r"\blent\s+(?:begins|starts|season)|\bash\s+wednesday|presidents['’]?\s+day|"
    r"memorial\s+day|labou?r\s+day|veterans['’]?\s+day|martin\s+luther\s+king"
)
PAST = (
    # (not "our General Meeting held at POST 127 on August 30th": where it is, not when it was)
    r"\b(?:was|were|wasn['’]t|weren['’]t|(?<!be\s)held(?!\s+(?:at|in)\b)|(?<=we\s|ey\s)held|took\s+place|"
    r"happened|had|hosted|attended|came|went|gave|began|"
    r"presented|showed|enjoyed|ended|finished|raised|participated|thanks?\s+(?:to|for)|recap|results?|"
    r"minutes|yesterday|ago|last\s+(?:week|month)|"
    # a report's verbs, not a passive's to come ("will be celebrated on Saturday")
    r"(?<!be\s)(?<!being\s)(?:visited|celebrated|performed|competed|travell?ed|welcomed|"
    r"delivered)|took\s+part|"
    r"(?:meeting|session)\s+(?:re)?(?:opened|closed)|"  # minutes' "Meeting reopened at 19:38"
    r"we\s+(?:met|had|did|saw|made|built|ran|decided))\b"
)
# how many minutes: a length of time, not a meeting's minutes ("(5 minutes)", "a few minutes")
_QUANTITIES = ("few", "several", "couple of", "one", "two", "three", "four", "five", "six",
               "seven", "eight", "nine", "ten", "fifteen", "twenty", "thirty", "forty", "fifty",
               "sixty", "ninety")
# a post that reports a meeting: its minutes, who came, as a line's label ("Attendees:",
# "Present:", "2 attendees" alone) or in the past ("12 attendees came"; not "X and Y present:
# the Speaker Series", nor attendees told what they will do: "say hello to other attendees")
REPORT = (
    # (not "2015 MINUTES", a year; the word first, then what stands before it: cheaper than
    # looking back everywhere)
    r"\b(?:minutes\b(?<!\b\dminutes)(?<!\b\d\sminutes)(?<!\b\d\d\sminutes)"
    r"(?<!\b\d\d\d\sminutes)" + "".join(rf"(?<!\b{q}\sminutes)" for q in _QUANTITIES)
    + r"|(?:attendance|recap|were\s+present|after\s+action\s+report|in\s+attendance|aob)\b)|"
    r"(?:^|\n)[^\w\n]*(?:present|apologies|attendees)\s*(?:\(\d+\)\s*)?[:/]|"
    r"(?:^|\n)[^\w\n]*\d+\s+attendees[^\w\n]*(?:\n|$)|"
    r"\battendees\s+(?:came|were|joined|showed|turned\s+up|attended|enjoyed|had)\b"
)
# a title that says the post reports a meeting ("Report from the regional meeting")
# what a meeting's speakers did, told after it ("Kun gave an introduction", "showed us")
RECAP = (
    r"\b(?:gave|showed|presented|demonstrated|walked\s+(?:us|everyone|the\s+group)\s+through|"
    r"talked\s+(?:about|us\s+through)|discussed|explained|introduced\s+us|led\s+us|"
    r"(?:was|were)\s+hosted|we\s+hosted)\b"
)
REPORT_TITLE = (
    r"\breport\s+from\b|\b(?:meeting|trip|ride|race|match|event|weekend|session|day|evening|"
    r"night|tour|visit|club)\s+report\b|\bminutes\b"
)
FUTURE = (
    r"['’]ll\b|\b(?:will|shall|going\s+to|come|join|welcome|register|sign\s+up|book|hope|see\s+you|"
    r"invite|invited|invitation|upcoming|next|planned|scheduled|"
    r"don'?t\s+miss|save\s+the\s+date|"
    r"starts?|begins?|opens?|is\s+on|are\s+on)(?!e?d\b)"  # (not "started", "joined", "hoped")
)
# words of a post giving a weekly timetable (lines "Tuesday 19:00 ...", "Wednesday 18:00 ...")
TIMETABLE = (
    r"\btime\s*table|\b(?:new|training|practice|class|opening|gallery|office|museum|library|"
    r"shop|store|visiting|business)\s+(?:times|hours)\b|"
    r"\b(?:training|practice)\s+sessions\b|\b(?:training|practice)\s*:|"
    r"\bevery\s+week\b|\bweekly\b|\bfrom\s+now\s+on\b|\buntil\s+further\s+notice\b"
)
RECURRENCE = (
    r"\b(?:every|each)\s+(?:other\s+)?(?:\w+day|week|month|night|evening|morning)|"
    r"\b(?:[1-7]|one|two|three|four|five|six|seven)\s+days\s+a\s+week\b|"
    # (not "monthly": "On Wednesday at 6pm we have our monthly meetup" is this week's)
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\bweekly\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:mornings|afternoons|evenings|nights)\b|"
    r"\b(?:a|regular)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bregularly\b|"
    # "the Sunday 6 days prior to each committee meeting": a day of other dates
    r"\b(?:\d+|one|two|three|four|five|six|seven)\s+days?\s+(?:prior\s+to|before|after)\b|"
    # "Sunday runs", "Tuesday evening groups": a weekday naming a series
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:(?:morning|afternoon|evening|night)\s+)?"
    r"(?:[a-z]+\s+)?(?:runs|rides|groups|sessions|meetings|classes|services|walks|clubs)\b|"
    # "Training Runs: Saturday and Sunday at 9am ... usually"
    r"\b(?:runs|rides|groups|sessions|meetings|classes|walks|clubs)\s*:\s*"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:usually|normally|typically)\b"
)
# a past-tense verb right after a relative day ("This Sunday marked ...")
# who did something, between a date and its past-tense verb ("On the 16th November, we held")
SUBJECTS = r"we|they|i|everyone|people"
# ("Thursday past", "Sunday gone": the last one; not "Saturday past midnight")
PAST_AFTER = r"\w+ed|was|were|had|saw|(?:past|gone)(?=\s*(?:[,.;:!?)]|$))"
# in a language whose verb comes second, a past verb right after a day tells of it gone ("Am
# 15.05. gab es ..."); English puts its subject first ("On 5 May we held": SUBJECTS and PAST),
# but for a day that is itself the subject, of a verb of what it held ("Thursday, December 15th
# saw the Group's end of year BBQ", "June 5 was a great day")
PAST_VERB_AFTER_DATE = r"saw|witnessed|brought|marked|was|were"
PAST_VERB_SUBJECT = r"the|a|an|our|another|its|their|many|some|over|more|\d+"
# words before a date that is no event's: a dateline ("Update, 9th April") or a date given up
# ("previously scheduled for Tuesday 21st July")
DATELINE = (
    r"updated?|edited|posted|published|last\s+(?:modified|edited|updated|changed)|"
    r"correct(?:ion|ed)|erratum"
)
DATELINE_OF = r"post|article|page|entry|version|news"  # after it: "Updated Post: 20 Dec"
# a release dated after its name ("from a Council press release - 20 March 2018")
# (or a document's own date: "an email from Butch dated April 15")
RELEASE = r"press\s+release|news\s+release|media\s+release|dated"
# before a date, words of minutes that record that day's meeting ("Minutes from the July 9 ...")
MINUTES_OF = r"minutes\s+(?:from|of|for)(?:\s+the)?"
FORMER = r"previously|originally|formerly|initially"
# just before a date: one it is not on ("(not on Friday 15 May)"; not "Don't miss ...")
NOT_ON = r"not\s+on"
MISS = r"miss|forget"  # before a NOT_ON, a day not to miss or forget, not one it is not on
# before "from" and the date given up when an event moves ("move the fair from 26th June to ...")
MOVED = r"mov(?:e[ds]?|ing)|postpon(?:e[ds]?|ing)|re-?schedul(?:e[ds]?|ing)|brought\s+forward"
# words a date or time follows, never the last of a sentence: a line ending with one goes on
# ("Join us on" / "December 21st!"); as written, in lower case
BEFORE_DATE = r"on|from|until|till|through|between|since|on\s+the|of\s+the"
MOVED_FROM = r"from"
MOVED_TO = r"to|until|till"
# a place's opening (with a weekly recurrence and "from <date>": a new schedule, no event:
# "the library will open on Mondays from 10am to 4pm from 16 February")
OPENING = (
    r"\bopen(?:s|ing)?\s+(?:on\s+\w+days|daily|every|\d+\s+days|seven\s+days)|"
    r"opening\s+(?:hours|times)"
)
SCHEDULE_FROM = r"from|starting(?:\s+on)?"  # right before the day a weekly schedule starts
# before the date something takes effect on, no event's ("the new rules apply as of 30th March")
EFFECTIVE = (
    r"\b(?:as\s+(?:of|from)|with\s+effect\s+from|effective(?:\s+(?:from|on|as\s+of))?|"
    r"(?:comes?|coming|come)\s+into\s+(?:effect|force|action)(?:\s+(?:on|from|as\s+of))?)\s*$"
)
# "1.30pm for 2.00pm start": the first time is the doors', the second the start
FOR_START = r"for", r"start|kick-?off|prompt"
DEICTIC = r"this|coming"  # before a weekday: the coming one, whatever other dates are named
WORDS_NOT_MONTHS = ("may", "march")  # the modal verb; a walk ("Pride March")
CLOCK_12H = True
AM_PM = r"[ap]"  # the letter of "am"/"pm" after a time
# the letter alone, right after minutes: "onsite by 8:45a", "6:30p-8:30p"
AM_PM_LETTER = r"[ap]"
# ... and right after an hour "at" or "from": "at 7p in 266 Dreese", "at 9A." (not "at 4A Main
# Street" or "at 4A, Main Street": an "a" only where its sentence ends; not pence, "at 10p each")
AM_PM_LETTER_AFTER_HOUR = (
    r"p(?!\w)(?!\s+(?:each|per|a\s+(?:ticket|head|go|piece)))|a(?=\s*(?:[.!?]|$))"
)
DOT_TIMES = False
BARE_HOUR_AFTER_PREFIX = False
# ... but after one of these right after a date, when the clause ends there or one of the words
# after follows ("Thursday at 5 in the Guildhall", "5 July at 7 for the AGM"; not "at 3 venues")
BARE_HOUR_AFTER_DATE = ("at", "@")
AFTER_BARE_HOUR = r"in|for|on|at|with|to|and|till|until|sharp"
THIS_WEEKDAY = r"this"  # "this Friday" written on a Friday is that day
THIS_WEEK = r"this\s+week"  # "This week ... Join us on Wednesday" written on a Wednesday
NO_WORDS = r"no|not|never"  # before "this week": none of it ("There is no meeting this week")
# before a weekday: not of a series ("open every day except Mondays")
EXCEPT_WORDS = r"except|but|apart\s+from"
WAS = r"was|were|had"  # after "this week": told of ("This week was great")
# right before a weekday: the one gone ("this past Sunday"; see mentions.py)
GONE_WEEKDAY = r"this\s+past|past"
NEXT_WEEKDAY = r"next|following"  # "next Wednesday": not this week's, whatever the post says
# the next of a series, said right before its day ("the next swap on 4 May", "die nächste
# Bücherannahme am 4. September"), not of a span of time ("next week on 4 May")
# in a title, right before its day: a show's first night ("Mamma Mia opens June 9th!"; in the
# text, "the portal opens 3 June" is no event)
FIRST_NIGHT = r"\b(?:opens|premieres)(?:\s+on)?\s*$"
NEXT_ONE = r"next(?!\s+(?:week|month|year|time|day|weekend)s?\b)"

# a book of the Bible before a chapter and verse, no time ("Romans 8:28", "Psalm 23:1")
SCRIPTURE = (
    r"genesis|gen\.|exodus|leviticus|deuteronomy|joshua|judges|samuel|chronicles|nehemiah|"
    r"esther|psalms?|ps\.|proverbs|ecclesiastes|isaiah|jeremiah|lamentations|ezekiel|hosea|"
    r"obadiah|habakkuk|zephaniah|haggai|zechariah|malachi|matthew|matt?\.|romans|rom\.|"
    r"corinthians|cor\.|galatians|ephesians|philippians|colossians|thessalonians|philemon|"
    r"hebrews|revelation|rev\."
)
# ... and those that are names or words too, only right after "(" ("(Luke 23:43)"; not "support
# acts 19:30", "meet Mark 18:30")
SCRIPTURE_NAMES = (
    r"mark|luke|john|acts|james|peter|jude|job|ruth|kings|numbers|daniel|joel|amos|micah|jonah|"
    r"nahum|ezra|timothy|titus"
)
# numbers that read as times but are not: "room 1410", "No. 12", "$20"; "1830 Main St", "20 people"
NOT_TIME_BEFORE = (
    r"\b(?:located\s+at|address(?:\s+is)?:?|"
    r"room|rm\.?|suite|unit|no\.?|nr\.?|number|building|bldg\.?|floor|bus|route|"
    r"tel\.?|phone|page|p\.|chapter|table|stand|booth|gate|platform)|[#$£€]"
)
NOT_TIME_AFTER = (
    r"\s+(?:[nsew]|north|south|east|west)\b\.?(?!\w)|"  # "at 1712 S. Boulevard"
    r"\s+(?:[a-z]+\s+){0,2}(?:st|street|ave|avenue|road|rd|blvd|boulevard|lane|ln|way|drive|"
    r"place|pl|court|ct|highway|hwy|square|sq)\b|\s*(?:[$£€%]|kr\b|sek\b|eur\b|usd\b|gbp\b|"
    r"dollars|pounds|euros|people|participants|members|attendees|kids|children|guests|teams|"
    r"miles|km\b|meters|feet|degrees|°|days\b|weeks\b|years\b|words|pages|characters|"
    r"copies|tickets|seats|places|entries|runners|riders)"
)
# zones stated after a time, read as a reader would (EST in summer still means US Eastern)
ZONES: dict[str, str] = {
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "eastern": "America/New_York", "cst": "America/Chicago", "cdt": "America/Chicago",
    "ct": "America/Chicago", "central": "America/Chicago", "mst": "America/Denver",
    "mdt": "America/Denver", "mountain": "America/Denver", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "utc": "UTC", "gmt": "Europe/London", "bst": "Europe/London", "uk": "Europe/London",
    "british": "Europe/London", "london": "Europe/London", "cet": "Europe/Paris",
    "cest": "Europe/Paris", "central european": "Europe/Paris", "eet": "Europe/Helsinki",
    "eest": "Europe/Helsinki", "swedish": "Europe/Stockholm", "stockholm": "Europe/Stockholm",
    "finnish": "Europe/Helsinki", "ist": "Asia/Kolkata", "aest": "Australia/Sydney",
}  # fmt: skip
ZONE_SUFFIX = r"time|standard\s+time|daylight\s+time"
TIME_LABEL = (  # "Time: 18:30", "D&T: 22 October 2015 - 17:30"
    r"time|times|when|hours|doors?|start|starts|meeting\s+point|date\s*(?:&|and)\s*time|d\s*&\s*t"
)
DATE_WORD = r"date"  # labels a date ("Date: May 19th"); a blank ("When: [Date], 09:00")
# a line that introduces the day's programme of one event ("The schedule for the day is as
# follows:", "Agenda:"): its lines are parts of that event, however far apart
DAY_AGENDA = (r"agenda|itinerary|running\s+order|(?:schedule|programme|program|timetable)\s+"
              r"(?:for|of)\s+the\s+(?:day|evening|afternoon|morning)|"
              r"(?:the\s+)?(?:day|evening)['’]?s\s+(?:schedule|programme|program|timetable)")
# the first line of a programme of two that leads into the second: one sitting ("**1:00 -
# 2:00pm** Lunch" then "**2:00 - 4.00 pm** Story-sharing"; "6pm Doors open" then "6:30pm Talk")
LEAD_IN = (r"lunch|doors?|arrival|arrive|registration|check-?in|welcome|coffee|tea|refreshments|"
           r"tickets?(?:\s+sales)?|booking|sign-?ups?|"
           r"mingl(?:e|ing)|food|snacks|drinks|breakfast|meet\s+and\s+greet|networking")
# just before one of several times, the one that is the start ("check in at 18:45; the
# competition starts at 19:00")
START_CUE = r"start(?:s|ing)?|begins?|beginning|kicks?\s+off|(?:first\s+)?riders?\s+off"
# right before hours from and to: they are its start's ("All meetings run from 2:00 to 5:00 PM",
# "Each workshop runs between 9.15-5pm"; not "A shuttle runs at 1:30 PM", "Sign-up runs out at
# 5pm")
RUNS = r"runs?(?:\s+between)?"
# just after a programme line's time: the end of what its start line began ("17:30 End")
END_CUE = (r"end(?:s)?\b(?!\s+of\s+(?:the\s+)?(?:first|part|session|round))|finish(?:es)?|close|"
           r"wrap(?:s|ping)?\s+up\b(?!\s+(?:the|our|your)\s+(?:first|morning|part|session))|go\s+home")
# a title that dates a notice, not an event ("Newsletter ‒ 1 June 2024")
DATED_NOTICE = (
    r"newsletter|bulletin|update|digest|issue|edition|minutes|agenda|notes|report|results|"
    r"prices?\b|fees?\b|changes?\b|clos(?:ed|ure)"
)
OF_WORDS = ("of", "for")  # "Submission of talks:": a label about a submission
ALL_WORDS = r"all|every|each"  # "All rounds start at 19:00": a time every listed date shares
EVERY = r"every|each"  # before a weekday: a recurrence
NOON = r"noon|midday"
MIDNIGHT = r"midnight"
TIME_WORDS = ("noon", "midday")  # the words of times without a digit (NOON, MIDNIGHT)
APPROX = r"approx\.?|about|around|ca\.?"  # before the end of a time range
HHMM_PREFIXES = ("at", "@")  # "at 1830": a time
DEADLINE_FILLER = r"the|on|tomorrow,?|today,?"  # between a deadline word and its date
# between two dates that are alternatives ("April 27 or May 4"), or in a sentence of dates not
# yet decided ("Possible weeks: ...", "TBD")
# a heading over a rota: its days are who does what, no events ("Readers' list for March"
# over "12th March OT and Psalm Catherine Garland")
# the words of a condition: a calling-off under one is none ("If the event is cancelled ...")
CONDITION = r"if|in\s+case|unless|should\s+(?:it|the|we)"
ROTA = (r"rota|roster|readers['’]?\s+list|duty\s+list|list\s+of\s+duties|"
        r"(?:flower|coffee|cleaning|refreshments?|tea)\s+list")
OR_WORDS = r"or"
UNDECIDED = (
    r"(?:possible|potential|candidate|proposed|alternative)\s+(?:\w+\s+)?"
    r"(?:dates?|days?|weeks?|slots?|meetings?)|\be\.g\.|"
    # to be decided: the date, not what else the line names ("Topic TBD - Presenter TBD")
    r"(?:^|\b(?!(?:topics?|titles?|speakers?|presenters?|venues?|locations?|places?|rooms?|"
    r"hosts?|details|agenda|menu|themes?|leaders?|readings?)\b)\w+)\W{0,3}tb[cd]\b|"
    r"to\s+be\s+(?:confirmed|decided|determined)|\bpoll\s+for\b|\bundecided\b|"
    r"\b(?:provisional|tentative)(?:ly)?\b|"
    r"(?:another|alternative|one)\s+proposal|\bproposal\s*:|"
    # a week or a wish, not a day: "w/b 14 April", "week commencing 22 May", "3 days in the
    # week of 6 - 10 March", "It was suggested to arrange this for",
    # "is being planned for", "we would like to organise further seminars on"
    r"\bw/[bc]\b|\bweek\s+(?:commencing|beginning)\b|\bdays\s+in\s+the\s+week\s+of\b|"
    r"\bbeing\s+planned\s+for\b|\bit\s+was\s+(?:suggested|proposed)\b|"
    r"\bwould\s+like\s+to\s+(?:organi[sz]e|hold|schedule)\b|"
    # a question whether to meet, and the alternative after it ("do people want to have a
    # meeting on 31 October? Or wait till afterwards, 14 November")
    r"\b(?:do|does|would)\s+(?:people|you|we|everyone|anyone)\s+want\s+to\b|"
    r"\b(?:should|shall)\s+we\b|^\W*or\s|"
    # a date put forward: "Propose: Dec 12-16", "Next meeting proposed for 24th April"
    r"\bpropose[ds]?\s*:|\bproposed\s+(?:for|on)\b"
)
# right before a date kept in reserve ("(rain date October 23)", "If it rains on June 5, then")
FALLBACK = (
    r"\b(?:rain|backup|reserve|fallback)\s+dates?\b|"
    r"\b(?:if\s+it\s+rains|in\s+case\s+of\s+(?:rain|bad\s+weather))\b[^.!?]*?"
    r"\b(?:then|moves?\s+to|moved\s+to|postponed\s+to|instead)\b"
)
NEW_DATE = r"new\s+date|instead|moved\s+to|rescheduled|re-?scheduled|now\s+(?:on|be)"
# a dateless sentence going on with the day before ("Then, at 6 PM ...")
CONTINUATION = r"then|after(?:wards| that| the \w+)?|later|followed\s+by"
# a sentence giving an end: The trip ends ... at 1pm on Sunday
ENDS = (
    # (not what it ends with: "The season ends with a party on 5 May")
    r"\b(?:ends|finishes|wraps\s+up|closes|is\s+over|will\s+end|will\s+finish)\b(?!\s+with\b)|"
    r"\b(?:we|it|they)\s+(?:end|finish)\s+(?:at|around|by)\b|"
    r"\b(?:end|ends|end\s+time|finish)\s*:"
)
OCLOCK = r"o['’]\s?clock"  # "7 o'clock": an hour alone that is a time
HOUR_LETTERS = "h"  # "16h30", "15h": the French (and CERN) way (nl.py)

# Cues the scorer weighs (features.py), none a certain rejection:
# a date put forward, not fixed ("Propose: Dec 12-16", "we would like to organise ... on",
# "tentatively", "w/b 14 April", "being planned for")
PROPOSAL = (
    r"\bpropos(?:e|ed|es|al|ing)\b|\bsuggest(?:ed|s|ion)?\b|\bwould\s+like\s+to\b|"
    r"\btentative(?:ly)?\b|\bprovisional(?:ly)?\b|\bbeing\s+planned\b|\bw/b\b|"
    r"\b(?:in\s+)?the\s+week\s+of\b|\bpencil+ed\b|\bnot\s+(?:yet\s+)?(?:confirmed|fixed|decided)|"
    r"\bsometime\b|\bperhaps\b|\bmaybe\b|\bpossibly\b|\blikely\b|\bif\s+possible\b|"
    r"\bto\s+be\s+(?:confirmed|fixed|scheduled)\b|\bunder\s+discussion\b|\bideas?\b|\bplan(?:s|ning)?\s+to\b"
)
# a schedule of work, not a gathering: drafts, documents, submissions, programme phases
# ("Feb 1-15: assembling of chapters", "November 17: release of second draft")
WORK = (
    r"\bdrafts?\b|\bchapters?\b|\bcomments?\b|\bproof-?read|\bsubmi(?:t|ts|tted|ssions?)\b|"
    r"\brelease(?:d|s)?\b|\bdeliver(?:ed|ables?|y)?\b|\bmilestones?\b|\bdocuments?\b|"
    r"\bpapers?\b|\bfinal\s+version|\beditorial\b|\bcoding\b|\bassembl(?:ing|e|y)\b|"
    r"\bwriting\b|\bphase\b|\btimeline\b|\bselection\b|\bevaluation\b|\bupload(?:ed)?\b|"
    r"\bfinali[sz]e|\bcirculat(?:e|ed|ion)\b|\bsign(?:ing|atures?|atories)\b"
)
# a role or term changing hands ("take over this role from 1 July", "will serve as President")
ROLE = (
    r"\btak(?:e|es|ing)\s+over\b|\btook\s+over\b|\bhand(?:s|ing)?\s+over\b|"
    r"\bstep(?:s|ping)?\s+(?:down|in)\b|\bsucceed(?:s|ing)?\b|\bappointed\b|\belected\b|"
    r"\b(?:new|incoming|outgoing)\s+(?:chair|convene?[ro]s?|president|coordinator|director|"
    r"head|editor|treasurer|secretary)\b|\broles?\b|\bmandates?\b|\bterm\s+(?:of|as|ends|starts)\b|"
    r"\bserve\s+as\b|\b(?:will|to)\s+(?:start|begin)\s+on\b|\bcontract\b|"
    r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?(?:team|board|staff)\b|\bconvener(?:ship)?s?\b"
)
# the heading or line introducing a list of past items ("Past:", "Recent seminars")
PAST_LEAD = r"\b(?:past|previous|recent(?:ly)?|earlier|last|held|done|completed|archive)\b"
# a day of the month alone, the next to come: "the regular TechMeetup on the 14th", "on the 2nd in
# Aberdeen" (not "on the 14th floor", "on the 3rd of ...", which names its month)
DAY_ONLY = (r"\bon\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?)]|$|(?:at|in|from|"
            r"with|and|then|for)\b))")
# a monthly series' word: it gives a series its hours, but a bare weekday beside it is one day
MONTHLY = r"\bmonthly\b"
# a line's label of a task someone is to do, in minutes: "ACTION: Peter to order 2019-05-12"
TASK = r"action(?:\s+items?)?|to-?do"
# a break from a club's activities: its span is none of its events ("Sommerpause: 12.07. bis
# 29.08.", "closed for the summer break, 20 July - 31 August")
PAUSE = (r"\b(?:summer|winter|christmas|easter|holiday|festive|half[-\s]term|spring|autumn)"
         r"\s+break\b")
# a day asked about, the date inside the question: "Would Monday 2019-11-18T12:00 work?", "Does
# Friday suit you?" (not "Repair Café on 7 March: does your toaster not work anymore?")
SUITS = r"\b(?:would|does)\b[^?.!]{0,40}\b(?:work|suit)\b[^?.!]{0,20}\?"
# half an hour past the hour after it, as the British say it ("from half 6": 18:30, as "from
# 6:30"); after a time's prefix only. (Not German "um halb 8", Swedish "kl halv 8", Dutch "om
# half 8": 7:30 or 19:30, which a 24-hour clock's reader cannot tell)
HALF_HOUR = r"half(?:\s+past)?"
# the words that may follow it (not "at half 3 tables", "half 5 km pace")
HALF_HOUR_AFTER = (r"and|to|till?|until|in|on|at|for|with|when|we|the|onwards|sharp|start|"
                   r"o['’]\s?clock")
# hours said in words before the word of o'clock: "at one o'clock" (13:00, as "at 1 o'clock")
CLOCK_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
