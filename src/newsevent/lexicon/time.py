"""How news reports write dates, times of day and durations, per language.

Every table is a dict keyed by language code (``"hi"``, ``"en"``); a
language without an entry in some table simply lacks that construct. The
date and duration reader (:mod:`newsevent.parsing._time`) compiles these
tables into its patterns, so a new language, or a spelling the tables
missed, is a new row here and no new code.

Spelling: the compiled patterns accept the variants news text uses
interchangeably without listing them — chandrabindu or anusvara (पाँच /
पांच), composed or decomposed Unicode, Devanagari or ASCII digits — and a
letter written here with a nukta also matches without one (write क़रीब,
and करीब is read too; write करीब, and क़रीब is not: a nukta the table does
not show is taken as a different word). Latin words match in lower case
and Capitalised; month and weekday names of the languages in
:data:`CAPITALISED_NAMES` in Capitalised and UPPER case only, since "may",
"march" and "sun" are ordinary words there. Multi-word entries are
separated by single spaces, which match a short run of blanks.

Values name meanings, not spellings: months are 1-12, weekdays 0-6 from
Monday (as :meth:`datetime.date.weekday`), durations are in seconds.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AGO",
    "AND_A_HALF",
    "ARTICLES",
    "BARE_MONTH_AFTER",
    "BARE_MONTH_BEFORE",
    "CALENDAR_UNITS",
    "CAPITALISED_NAMES",
    "CLOCK_MINUTE_JOINERS",
    "CLOCK_MINUTE_WORDS",
    "DATE_PREFIXES",
    "DATE_RANGE_JOINERS",
    "DATE_SUFFIXES",
    "DAY_PERIODS_AFTER",
    "DAY_PERIODS_BEFORE",
    "DURATION_BLOCKERS_AFTER",
    "DURATION_BLOCKERS_BEFORE",
    "DURATION_PREFIXES",
    "DURATION_SUFFIXES",
    "DURATION_UNITS",
    "FRACTIONS",
    "FRACTION_MODIFIERS",
    "FUTURE_ENDINGS",
    "FUTURE_WORDS",
    "HEDGES_AFTER",
    "HEDGES_BEFORE",
    "HOUR_SHIFTS",
    "LANGUAGES",
    "MODIFIERS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "NAMED_TIMES",
    "NOT_AFTER_ARTICLE",
    "NUMBERS",
    "OCLOCK",
    "ORDINAL_OF",
    "ORDINAL_SUFFIXES",
    "PARTS_AFTER",
    "PARTS_BEFORE",
    "PAST_WORDS",
    "PERIODS",
    "RANGE_JOINERS",
    "RELATIVE_DAYS",
    "TENSE_DIRECTION",
    "TIME_FIRST_JOINERS",
    "TIME_JOINERS",
    "UNIT_JOINERS",
    "VAGUE_NUMBERS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
]

#: The languages these tables describe.
LANGUAGES: Final = ("hi", "en")

# --- calendar names --------------------------------------------------------

#: Month names, full forms.
MONTHS: Final[dict[str, dict[str, int]]] = {
    "hi": {
        "जनवरी": 1,
        "फ़रवरी": 2,
        "फरवरी": 2,
        "मार्च": 3,
        "अप्रैल": 4,
        "अप्रेल": 4,
        "मई": 5,
        "जून": 6,
        "जुलाई": 7,
        "अगस्त": 8,
        "सितंबर": 9,
        "सितम्बर": 9,
        "अक्टूबर": 10,
        "अक्तूबर": 10,
        "नवंबर": 11,
        "नवम्बर": 11,
        "दिसंबर": 12,
        "दिसम्बर": 12,
    },
    "en": {
        "January": 1,
        "February": 2,
        "March": 3,
        "April": 4,
        "May": 5,
        "June": 6,
        "July": 7,
        "August": 8,
        "September": 9,
        "October": 10,
        "November": 11,
        "December": 12,
    },
}

#: Abbreviated month names; each may be followed by a full stop ("Aug.").
MONTH_ABBREVIATIONS: Final[dict[str, dict[str, int]]] = {
    "en": {
        "Jan": 1,
        "Feb": 2,
        "Mar": 3,
        "Apr": 4,
        "Jun": 6,
        "Jul": 7,
        "Aug": 8,
        "Sep": 9,
        "Sept": 9,
        "Oct": 10,
        "Nov": 11,
        "Dec": 12,
    },
}

#: Weekday names, full forms (Monday is 0).
WEEKDAYS: Final[dict[str, dict[str, int]]] = {
    "hi": {
        "सोमवार": 0,
        "मंगलवार": 1,
        "बुधवार": 2,
        "गुरुवार": 3,
        "बृहस्पतिवार": 3,
        "वीरवार": 3,
        "शुक्रवार": 4,
        "शनिवार": 5,
        "रविवार": 6,
        "इतवार": 6,
    },
    "en": {
        "Monday": 0,
        "Tuesday": 1,
        "Wednesday": 2,
        "Thursday": 3,
        "Friday": 4,
        "Saturday": 5,
        "Sunday": 6,
    },
}

#: Abbreviated weekday names, read only in front of a date ("Mon., Feb. 20"):
#: alone, "Sun" and "Sat" are more often something else.
WEEKDAY_ABBREVIATIONS: Final[dict[str, dict[str, int]]] = {
    "en": {
        "Mon": 0,
        "Tue": 1,
        "Tues": 1,
        "Wed": 2,
        "Thu": 3,
        "Thur": 3,
        "Thurs": 3,
        "Fri": 4,
        "Sat": 5,
        "Sun": 6,
    },
}

#: Languages whose month and weekday names are read only when capitalised.
CAPITALISED_NAMES: Final = frozenset({"en"})

#: Between a day and a month in "15th of August".
ORDINAL_OF: Final[dict[str, tuple[str, ...]]] = {"en": ("of",)}

#: After a day number: "15th".
ORDINAL_SUFFIXES: Final[dict[str, tuple[str, ...]]] = {"en": ("st", "nd", "rd", "th")}

#: Between the two days of a range: "15-17 अगस्त", "15 से 17 अगस्त", "Aug. 15 to 17".
DATE_RANGE_JOINERS: Final[dict[str, tuple[str, ...]]] = {
    "hi": ("-", "–", "से"),
    "en": ("-", "–", "to", "through", "and"),
}

#: A bare Hindi month ("फरवरी में") is a date only before one of these; a bare
#: "मार्च" may be a protest march.
BARE_MONTH_AFTER: Final[dict[str, tuple[str, ...]]] = {
    "hi": ("में", "से", "तक", "के", "की", "का", "को", "महीने", "माह"),
}

#: A bare English month ("in May") is a date only after one of these.
BARE_MONTH_BEFORE: Final[dict[str, tuple[str, ...]]] = {
    "en": ("in", "since", "until", "till", "by", "from", "during", "through", "before", "after", "of"),
}

# --- days named relative to the publication date ----------------------------

#: Words that name a day by its distance from the publication date:
#: ``(days if the clause is about the past, days if it is about the future)``.
#: "कल" is yesterday in a report of what happened and tomorrow in a clause
#: in the future tense; see :data:`FUTURE_ENDINGS`.
RELATIVE_DAYS: Final[dict[str, dict[str, tuple[int, int]]]] = {
    "hi": {
        "आज": (0, 0),
        "कल": (-1, 1),
        "परसों": (-2, 2),
        "बीती रात": (-1, -1),
        "आज रात": (0, 0),
    },
    "en": {
        "today": (0, 0),
        "tonight": (0, 0),
        "this morning": (0, 0),
        "this afternoon": (0, 0),
        "this evening": (0, 0),
        "yesterday": (-1, -1),
        "last night": (-1, -1),
        "tomorrow": (1, 1),
        "day before yesterday": (-2, -2),
        "day after tomorrow": (2, 2),
    },
}

#: Words before a weekday, month or period that say which one is meant.
#: ``earlier``/``later`` mean "earlier this …"/"later this …": the part of the
#: current period before or after the publication date.
MODIFIERS: Final[dict[str, dict[str, str]]] = {
    "hi": {
        "बीते": "last",
        "बीती": "last",
        "पिछले": "last",
        "पिछली": "last",
        "पिछला": "last",
        "गत": "last",
        "अगले": "next",
        "अगली": "next",
        "अगला": "next",
        "आगामी": "next",
        "आने वाले": "next",
        "इस": "this",
        "इसी": "this",
    },
    "en": {
        "last": "last",
        "past": "last",
        "previous": "last",
        "next": "next",
        "coming": "next",
        "this": "this",
        "earlier this": "earlier",
        "later this": "later",
    },
}

#: Calendar periods a modifier can pick: "बीते हफ्ते", "last month".
PERIODS: Final[dict[str, dict[str, str]]] = {
    "hi": {
        "सप्ताह": "week",
        "हफ़्ते": "week",
        "हफ़्ता": "week",
        "सप्ताहांत": "weekend",
        "महीने": "month",
        "महीना": "month",
        "माह": "month",
        "साल": "year",
        "वर्ष": "year",
        "बरस": "year",
    },
    "en": {
        "week": "week",
        "weekend": "weekend",
        "month": "month",
        "year": "year",
    },
}

#: Words before a month, year or period that narrow it to a part: "late March".
PARTS_BEFORE: Final[dict[str, dict[str, str]]] = {
    "en": {"early": "early", "mid": "mid", "late": "late"},
}

#: Phrases after a month, year or period that narrow it: "इस महीने की शुरुआत में".
PARTS_AFTER: Final[dict[str, dict[str, str]]] = {
    "hi": {
        "की शुरुआत में": "early",
        "के शुरू में": "early",
        "के आरंभ में": "early",
        "के मध्य में": "mid",
        "के आख़िर में": "late",
        "के अंत में": "late",
        "के अंतिम दिनों में": "late",
    },
}

#: After an amount of time, making it a date in the past: "तीन दिन पहले", "two days ago".
AGO: Final[dict[str, tuple[str, ...]]] = {"hi": ("पहले",), "en": ("ago",)}

#: Units an "ago" counts in.
CALENDAR_UNITS: Final[dict[str, dict[str, str]]] = {
    "hi": {
        "दिन": "day",
        "दिनों": "day",
        "सप्ताह": "week",
        "हफ़्ते": "week",
        "हफ़्तों": "week",
        "महीने": "month",
        "महीनों": "month",
        "साल": "year",
        "सालों": "year",
        "वर्ष": "year",
        "वर्षों": "year",
    },
    "en": {
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
    },
}

# --- clock times -------------------------------------------------------------

#: Parts of the day written before the hour: "शाम 5 बजे".
DAY_PERIODS_BEFORE: Final[dict[str, dict[str, str]]] = {
    "hi": {
        "तड़के": "small_hours",
        "सुबह": "morning",
        "सवेरे": "morning",
        "दोपहर": "afternoon",
        "शाम": "evening",
        "रात": "night",
        "देर रात": "night",
    },
}

#: Parts of the day written after the hour: "5 p.m.".
DAY_PERIODS_AFTER: Final[dict[str, dict[str, str]]] = {
    "en": {"a.m.": "am", "am": "am", "p.m.": "pm", "pm": "pm"},
}

#: How a part of the day moves a 12-hour clock reading to 24 hours: rules
#: ``(first hour, last hour, shift)``; the first rule whose range holds the
#: hour applies, and an hour no rule covers is kept.
HOUR_SHIFTS: Final[dict[str, tuple[tuple[int, int, int], ...]]] = {
    "am": ((12, 12, -12),),
    "pm": ((1, 11, 12),),
    "small_hours": ((12, 12, -12),),
    "morning": ((12, 12, -12),),
    "afternoon": ((1, 7, 12),),
    "evening": ((1, 11, 12),),
    "night": ((5, 11, 12), (12, 12, -12)),
}

#: After the hour: "5 बजे", "5 o'clock".
OCLOCK: Final[dict[str, tuple[str, ...]]] = {"hi": ("बजे",), "en": ("o'clock", "o’clock")}

#: Hour and minutes written out: "5 बजकर 30 मिनट".
CLOCK_MINUTE_JOINERS: Final[dict[str, tuple[str, ...]]] = {"hi": ("बजकर",)}
CLOCK_MINUTE_WORDS: Final[dict[str, tuple[str, ...]]] = {"hi": ("मिनट",)}

#: Times of day that are words: ``(hour, minute)``.
NAMED_TIMES: Final[dict[str, dict[str, tuple[int, int]]]] = {
    "hi": {"आधी रात": (0, 0), "मध्यरात्रि": (0, 0)},
    "en": {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)},
}

#: Between a day and the time that follows it: "15 अगस्त को शाम 5 बजे", "Friday at 5 p.m.".
TIME_JOINERS: Final[dict[str, tuple[str, ...]]] = {"hi": ("को",), "en": ("at", "on")}

#: Between a time and the day that follows it: "5 p.m. on Friday".
TIME_FIRST_JOINERS: Final[dict[str, tuple[str, ...]]] = {"en": ("on",)}

# --- numbers -----------------------------------------------------------------

_HINDI_NUMBERS: Final = """
शून्य 0 | एक 1 | दो 2 | तीन 3 | चार 4 | पांच 5 | छह 6 | छः 6 | छे 6 | सात 7 | आठ 8 | नौ 9 | दस 10
ग्यारह 11 | बारह 12 | तेरह 13 | चौदह 14 | पंद्रह 15 | पन्द्रह 15 | सोलह 16 | सत्रह 17 | अठारह 18
उन्नीस 19 | बीस 20 | इक्कीस 21 | बाईस 22 | तेईस 23 | चौबीस 24 | पच्चीस 25 | छब्बीस 26 | सत्ताईस 27
अट्ठाईस 28 | अठाईस 28 | उनतीस 29 | उन्तीस 29 | तीस 30 | इकतीस 31 | इकत्तीस 31 | बत्तीस 32 | तैंतीस 33
चौंतीस 34 | पैंतीस 35 | छत्तीस 36 | सैंतीस 37 | अड़तीस 38 | उनतालीस 39 | उनचालीस 39 | चालीस 40
इकतालीस 41 | बयालीस 42 | तैंतालीस 43 | चवालीस 44 | चौवालीस 44 | पैंतालीस 45 | छियालीस 46
सैंतालीस 47 | अड़तालीस 48 | उनचास 49 | पचास 50 | इक्यावन 51 | बावन 52 | तिरपन 53 | तिरेपन 53
चौवन 54 | पचपन 55 | छप्पन 56 | सत्तावन 57 | अट्ठावन 58 | उनसठ 59 | साठ 60 | इकसठ 61 | बासठ 62
तिरसठ 63 | चौंसठ 64 | पैंसठ 65 | छियासठ 66 | सड़सठ 67 | अड़सठ 68 | उनहत्तर 69 | सत्तर 70
इकहत्तर 71 | बहत्तर 72 | तिहत्तर 73 | चौहत्तर 74 | पचहत्तर 75 | छिहत्तर 76 | सतहत्तर 77 | अठहत्तर 78
उन्यासी 79 | उनासी 79 | अस्सी 80 | इक्यासी 81 | बयासी 82 | तिरासी 83 | चौरासी 84 | पचासी 85
छियासी 86 | सत्तासी 87 | अट्ठासी 88 | नवासी 89 | नब्बे 90 | इक्यानवे 91 | बानवे 92 | तिरानवे 93
चौरानवे 94 | पचानवे 95 | छियानवे 96 | सत्तानवे 97 | अट्ठानवे 98 | निन्यानवे 99 | सौ 100
"""

_ENGLISH_UNITS: Final = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_ENGLISH_TENS: Final = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _english_numbers() -> dict[str, int]:
    """English number words 0-99: "seven", "forty", "forty-five" and "forty five"."""
    numbers = {word: value for value, word in enumerate(_ENGLISH_UNITS)}
    for index, tens in enumerate(_ENGLISH_TENS):
        value = 20 + 10 * index
        numbers[tens] = value
        for unit in range(1, 10):
            numbers[f"{tens}-{_ENGLISH_UNITS[unit]}"] = value + unit
            numbers[f"{tens} {_ENGLISH_UNITS[unit]}"] = value + unit
    numbers["hundred"] = 100
    numbers["a hundred"] = 100
    numbers["dozen"] = 12
    numbers["a dozen"] = 12
    numbers["a couple of"] = 2
    numbers["couple of"] = 2
    return numbers


#: Number words.
NUMBERS: Final[dict[str, dict[str, int]]] = {
    "hi": {
        word: int(value)
        for word, value in (item.split() for item in _HINDI_NUMBERS.replace("\n", " | ").split("|") if item.strip())
    },
    "en": _english_numbers(),
}

#: Number words that are only roughly a number: "a couple of hours".
VAGUE_NUMBERS: Final[dict[str, tuple[str, ...]]] = {"en": ("a couple of", "couple of")}

#: Words for one that are articles, not numbers ("an hour").
ARTICLES: Final[dict[str, tuple[str, ...]]] = {"en": ("a", "an")}

#: Units that an article does not count: "a second round" is no duration.
NOT_AFTER_ARTICLE: Final[dict[str, tuple[str, ...]]] = {"en": ("second", "sec")}

#: Words that are a number with a fraction: "डेढ़" is 1.5, "ढाई" 2.5.
FRACTIONS: Final[dict[str, dict[str, float]]] = {
    "hi": {
        "डेढ़": 1.5,
        "ढाई": 2.5,
        "आधा": 0.5,
        "आधे": 0.5,
        "आधी": 0.5,
        "पौन": 0.75,
        "पौने": 0.75,
        "सवा": 1.25,
    },
    "en": {"half an": 0.5, "half a": 0.5, "a half": 0.5, "half": 0.5},
}

#: Words before a number that add a fraction to it: "साढ़े तीन" is 3.5.
FRACTION_MODIFIERS: Final[dict[str, dict[str, float]]] = {
    "hi": {"सवा": 0.25, "साढ़े": 0.5, "पौने": -0.25},
}

#: After a number or a unit, adding one half: "two and a half hours", "an hour and a half".
AND_A_HALF: Final[dict[str, tuple[str, ...]]] = {"en": ("and a half", "and-a-half")}

#: Between the two numbers of a range of amounts: "दो-तीन घंटे", "four or five hours".
RANGE_JOINERS: Final[dict[str, tuple[str, ...]]] = {
    "hi": ("-", "–", "से", "या"),
    "en": ("-", "–", "to", "or"),
}

# --- durations ---------------------------------------------------------------

#: Units of an event's duration, in seconds. Months and years are left out on
#: purpose: they vary in length, and "3 साल से चल रहे युद्ध" (a war in its third
#: year) is the age of something, never how long a meeting lasted.
DURATION_UNITS: Final[dict[str, dict[str, int]]] = {
    "hi": {
        "सेकंड": 1,
        "सेकेंड": 1,
        "सेकण्ड": 1,
        "सेकेण्ड": 1,
        "मिनट": 60,
        "मिनटों": 60,
        "मिनिट": 60,
        "घंटा": 3600,
        "घंटे": 3600,
        "घंटों": 3600,
        "घण्टा": 3600,
        "घण्टे": 3600,
        "दिन": 86400,
        "दिनों": 86400,
        "सप्ताह": 604800,
        "सप्ताहों": 604800,
        "हफ़्ता": 604800,
        "हफ़्ते": 604800,
        "हफ़्तों": 604800,
    },
    "en": {
        "second": 1,
        "seconds": 1,
        "sec": 1,
        "secs": 1,
        "minute": 60,
        "minutes": 60,
        "min": 60,
        "mins": 60,
        "hour": 3600,
        "hours": 3600,
        "hr": 3600,
        "hrs": 3600,
        "day": 86400,
        "days": 86400,
        "week": 604800,
        "weeks": 604800,
    },
}

#: Between the parts of a compound duration: "1 hour and 20 minutes".
UNIT_JOINERS: Final[dict[str, tuple[str, ...]]] = {"hi": ("और", "व"), "en": ("and",)}

#: Before an amount: the text does not claim it exactly.
HEDGES_BEFORE: Final[dict[str, tuple[str, ...]]] = {
    "hi": ("क़रीब", "क़रीबन", "लगभग", "तक़रीबन", "कोई", "अनुमानित"),
    "en": (
        "about",
        "around",
        "nearly",
        "almost",
        "roughly",
        "some",
        "close to",
        "upwards of",
        "over",
        "more than",
        "less than",
        "under",
        "approximately",
        "approx.",
        "just over",
        "just under",
        "at least",
        "up to",
        "an estimated",
    ),
}

#: After an amount: the text does not claim it exactly ("एक घंटे से अधिक").
HEDGES_AFTER: Final[dict[str, tuple[str, ...]]] = {
    "hi": ("से अधिक", "से ज़्यादा", "से ऊपर", "से कम", "के क़रीब", "के आसपास", "भर"),
    "en": ("or so", "or more", "or less", "and more", "plus"),
}

#: A word right before an amount that makes it no duration of an event:
#: "अगले दो हफ्तों में" (within the next two weeks), "in two hours", "once a week".
DURATION_BLOCKERS_BEFORE: Final[dict[str, tuple[str, ...]]] = {
    "hi": ("अगले", "पिछले", "बीते", "बजकर", "हर", "प्रति"),
    "en": ("next", "last", "past", "within", "in", "every", "per", "once", "twice", "the first"),
}

#: A word right after an amount (after a space or a hyphen) that makes it an
#: offset in time, a deadline or an age, not a duration: "तीन दिन बाद",
#: "24 घंटे के भीतर", "11 days after", "two hours late", "a two-day-old truce".
DURATION_BLOCKERS_AFTER: Final[dict[str, tuple[str, ...]]] = {
    "hi": ("पहले", "बाद", "पूर्व", "पहिले", "के भीतर", "के अंदर", "पुराना", "पुरानी", "पुराने"),
    "en": (
        "ago",
        "later",
        "earlier",
        "before",
        "after",
        "late",
        "early",
        "old",
        "away",
        "from now",
        "behind",
        "ahead",
        "apart",
    ),
}

# --- what may surround a lone expression ----------------------------------------

#: Words ``parse_date`` accepts before an expression: "on Monday".
DATE_PREFIXES: Final[dict[str, tuple[str, ...]]] = {
    "en": ("on", "at", "in", "since", "by", "from", "until", "during"),
}

#: Words ``parse_date`` accepts after an expression: "शुक्रवार को".
DATE_SUFFIXES: Final[dict[str, tuple[str, ...]]] = {"hi": ("को", "में", "से", "तक", "पर", "के दिन")}

#: Words ``parse_duration`` accepts before an expression: "for 90 minutes".
DURATION_PREFIXES: Final[dict[str, tuple[str, ...]]] = {"en": ("for", "lasting"), "hi": ("पूरे",)}

#: Words ``parse_duration`` accepts after an expression: "3 घंटे तक".
DURATION_SUFFIXES: Final[dict[str, tuple[str, ...]]] = {
    "hi": ("तक", "के लिए", "की", "का", "के"),
    "en": ("long",),
}

# --- tense ---------------------------------------------------------------------

#: Where a language puts the verb that tells the tense of a clause, seen from
#: a date in it: Hindi after it ("शुक्रवार को मिलेंगे"), English before it
#: ("will meet on Friday").
TENSE_DIRECTION: Final[dict[str, str]] = {"hi": "after", "en": "before"}

#: Word endings of the future tense: मिलेंगे, करेगा, होगी, जाएंगे.
FUTURE_ENDINGS: Final[dict[str, tuple[str, ...]]] = {
    "hi": (
        "ेगा", "ेगी", "ेंगे", "ेंगी", "ेगे",
        "ोगा", "ोगी", "ोंगे", "ोंगी", "ोगे",
        "ूंगा", "ूंगी", "ूगा",
        "एगा", "एगी", "एंगे", "एंगी", "एगे",
        "ऊंगा", "ऊंगी", "ओगे",
    ),
}  # fmt: skip

#: Words that put a clause in the future: "will", "होने वाली".
FUTURE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "hi": ("होने वाली", "होने वाला", "होने वाले", "प्रस्तावित", "निर्धारित", "आगामी"),
    "en": (
        "will",
        "'ll",
        "’ll",
        "shall",
        "to be held",
        "scheduled",
        "is due",
        "are due",
        "set to",
        "expected to",
        "plans to",
        "planned for",
        "is to",
        "are to",
        "upcoming",
    ),
}

#: Words that put a clause in the past, and end the search for a future
#: marker: "ने", "था", "हुई", "said".
PAST_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "hi": (
        "ने", "था", "थी", "थे", "थीं", "हुआ", "हुई", "हुए", "हुईं", "गया", "गई", "गए", "गयी",
        "गये", "किया", "किए", "किये", "कीं", "कहा", "बताया", "दिया", "लिया", "चुका", "चुकी", "चुके",
    ),
    "en": ("said", "says", "told", "was", "were", "had", "did", "met", "spoke", "came", "went", "began"),
}  # fmt: skip
