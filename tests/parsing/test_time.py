"""Dates and durations: parse_date, parse_duration, find_dates, find_durations."""

from __future__ import annotations

import datetime as dt
import json
import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevent import Duration, ParseError, Precision, TimeSpan
from newsevent.lexicon import time as lexicon
from newsevent.parsing._time import Found, find_dates, find_durations, parse_date, parse_duration
from newsevent.parsing._tokens import tokenize
from work import MAX_EXPONENT, work_exponent

if TYPE_CHECKING:
    from collections.abc import Callable

DAY, MONTH, YEAR, HOUR, MINUTE, SECOND = (
    Precision.DAY,
    Precision.MONTH,
    Precision.YEAR,
    Precision.HOUR,
    Precision.MINUTE,
    Precision.SECOND,
)
D = dt.date
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
#: Saturday, the day after the Anchorage summit: the reference of most cases.
SATURDAY = D(2025, 8, 16)
SATURDAY_IST = dt.datetime(2025, 8, 16, 9, 0, tzinfo=IST)


def at(hour: int, minute: int = 0, day: dt.date = SATURDAY) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=IST)


# --- parse_date ---------------------------------------------------------------------

# (text, reference, start, end, precision, approximate)
DATE_CASES = [
    # absolute, Hindi
    ("15 अगस्त 2025", None, D(2025, 8, 15), None, DAY, False),
    ("15 अगस्त", SATURDAY, D(2025, 8, 15), None, DAY, False),
    ("अगस्त 2025", None, D(2025, 8, 1), None, MONTH, False),
    ("2025", None, D(2025, 1, 1), None, YEAR, False),
    ("१४ सितंबर", D(2017, 9, 14), D(2017, 9, 14), None, DAY, False),
    ("4 फ़रवरी", D(2022, 2, 4), D(2022, 2, 4), None, DAY, False),
    ("4 फरवरी।", D(2022, 2, 4), D(2022, 2, 4), None, DAY, False),
    ("12 अक्टूबर", D(2019, 10, 12), D(2019, 10, 12), None, DAY, False),
    ("27 अप्रैल को", D(2018, 4, 28), D(2018, 4, 27), None, DAY, False),
    ("28 फरवरी", D(2019, 2, 28), D(2019, 2, 28), None, DAY, False),
    ("30 जून", D(2019, 6, 30), D(2019, 6, 30), None, DAY, False),
    ("4 सितंबर", D(2019, 9, 4), D(2019, 9, 4), None, DAY, False),
    ("25 दिसंबर को", D(2015, 12, 25), D(2015, 12, 25), None, DAY, False),
    ("9 जून को", D(2024, 6, 22), D(2024, 6, 9), None, DAY, False),
    ("12 जून 2018 को", None, D(2018, 6, 12), None, DAY, False),
    ("अप्रैल 2018 में", None, D(2018, 4, 1), None, MONTH, False),
    ("जनवरी 2004", None, D(2004, 1, 1), None, MONTH, False),
    ("अप्रैल 2022", None, D(2022, 4, 1), None, MONTH, False),
    ("बुधवार (27 फरवरी)", D(2019, 2, 28), D(2019, 2, 27), None, DAY, False),
    ("शुक्रवार, 10 नवंबर", D(2023, 11, 10), D(2023, 11, 10), None, DAY, False),
    ("15-17 अगस्त 2025", None, D(2025, 8, 15), D(2025, 8, 17), DAY, False),
    ("15 से 17 अगस्त", SATURDAY, D(2025, 8, 15), D(2025, 8, 17), DAY, False),
    # absolute, English
    ("Aug 15, 2025", None, D(2025, 8, 15), None, DAY, False),
    ("15 August 2025", None, D(2025, 8, 15), None, DAY, False),
    ("August 15", SATURDAY, D(2025, 8, 15), None, DAY, False),
    ("Friday, August 15", SATURDAY, D(2025, 8, 15), None, DAY, False),
    ("the 15th of August", None, None, None, DAY, False),  # no year, no reference: None
    ("15th of August", SATURDAY, D(2025, 8, 15), None, DAY, False),
    ("Monday, Feb. 20, 2023", None, D(2023, 2, 20), None, DAY, False),
    ("Wednesday, 16 June 2021", None, D(2021, 6, 16), None, DAY, False),
    ("Friday, April 14", D(2023, 4, 14), D(2023, 4, 14), None, DAY, False),
    ("16 March 2023", None, D(2023, 3, 16), None, DAY, False),
    ("Nov 14", D(2022, 11, 14), D(2022, 11, 14), None, DAY, False),
    ("Jan 21", D(2022, 1, 21), D(2022, 1, 21), None, DAY, False),
    ("June 22", D(2023, 6, 23), D(2023, 6, 22), None, DAY, False),
    ("Sept. 11", D(2023, 10, 18), D(2023, 9, 11), None, DAY, False),
    ("Oct. 7", D(2023, 10, 18), D(2023, 10, 7), None, DAY, False),
    ("August 15 to 17, 2025", None, D(2025, 8, 15), D(2025, 8, 17), DAY, False),
    ("2025-08-15", None, D(2025, 8, 15), None, DAY, False),
    ("15/08/2025", None, D(2025, 8, 15), None, DAY, False),
    ("15.08.2025", None, D(2025, 8, 15), None, DAY, False),
    ("2025/08/15", None, D(2025, 8, 15), None, DAY, False),
    # the year of a day-month without one
    ("December 28", D(2025, 1, 5), D(2024, 12, 28), None, DAY, False),
    ("10 जनवरी", D(2024, 12, 20), D(2024, 1, 10), None, DAY, False),
    ("Friday, April 14", D(2024, 3, 1), D(2023, 4, 14), None, DAY, False),  # 2024-04-14 is a Sunday
    # weekdays: the most recent such day on or before the reference
    ("शुक्रवार को", SATURDAY, D(2025, 8, 15), None, DAY, False),
    ("सोमवार को", D(2025, 8, 19), D(2025, 8, 18), None, DAY, False),
    ("शनिवार को", SATURDAY, SATURDAY, None, DAY, False),
    ("बृहस्पतिवार", SATURDAY, D(2025, 8, 14), None, DAY, False),
    ("on Monday", SATURDAY, D(2025, 8, 11), None, DAY, False),
    ("Sunday", D(2019, 9, 23), D(2019, 9, 22), None, DAY, False),
    ("बीते शुक्रवार", D(2025, 8, 15), D(2025, 8, 8), None, DAY, False),
    ("पिछले सोमवार", SATURDAY, D(2025, 8, 11), None, DAY, False),
    ("अगले सोमवार", SATURDAY, D(2025, 8, 18), None, DAY, False),
    ("last Friday", D(2025, 8, 15), D(2025, 8, 8), None, DAY, False),
    ("next Saturday", SATURDAY, D(2025, 8, 23), None, DAY, False),
    # days named from the reference
    ("आज", SATURDAY, SATURDAY, None, DAY, False),
    ("कल", SATURDAY, D(2025, 8, 15), None, DAY, False),
    ("परसों", SATURDAY, D(2025, 8, 14), None, DAY, False),
    ("today", SATURDAY, SATURDAY, None, DAY, False),
    ("yesterday", SATURDAY, D(2025, 8, 15), None, DAY, False),
    ("tomorrow", SATURDAY, D(2025, 8, 17), None, DAY, False),
    ("last night", SATURDAY, D(2025, 8, 15), None, DAY, False),
    ("तीन दिन पहले", SATURDAY, D(2025, 8, 13), None, DAY, False),
    ("एक दिन पहले", D(2019, 6, 30), D(2019, 6, 29), None, DAY, False),
    ("three days ago", SATURDAY, D(2025, 8, 13), None, DAY, False),
    ("two weeks ago", SATURDAY, D(2025, 8, 2), None, DAY, True),
    ("a year ago", D(2023, 4, 7), D(2022, 1, 1), None, YEAR, False),
    ("two months ago", SATURDAY, D(2025, 6, 1), None, MONTH, False),
    # periods
    ("last week", SATURDAY, D(2025, 8, 4), D(2025, 8, 10), DAY, True),
    ("बीते हफ्ते", SATURDAY, D(2025, 8, 4), D(2025, 8, 10), DAY, True),
    ("पिछले सप्ताह", SATURDAY, D(2025, 8, 4), D(2025, 8, 10), DAY, True),
    ("इस हफ़्ते", SATURDAY, D(2025, 8, 11), D(2025, 8, 17), DAY, True),
    ("this week", D(2023, 10, 18), D(2023, 10, 16), D(2023, 10, 22), DAY, True),
    ("next week", D(2022, 1, 21), D(2022, 1, 24), D(2022, 1, 30), DAY, True),
    ("last weekend", SATURDAY, D(2025, 8, 9), D(2025, 8, 10), DAY, True),
    ("earlier this week", SATURDAY, D(2025, 8, 11), SATURDAY, DAY, True),
    ("later this month", SATURDAY, SATURDAY, D(2025, 8, 31), DAY, True),
    ("earlier this month", SATURDAY, D(2025, 8, 1), SATURDAY, DAY, True),
    ("पिछले महीने", D(2015, 12, 25), D(2015, 11, 1), None, MONTH, False),
    ("last month", D(2025, 1, 10), D(2024, 12, 1), None, MONTH, False),
    ("इस महीने की शुरुआत में", D(2015, 12, 25), D(2015, 12, 1), D(2015, 12, 10), DAY, True),
    ("पिछले साल", SATURDAY, D(2024, 1, 1), None, YEAR, False),
    ("अगले साल", D(2018, 4, 28), D(2019, 1, 1), None, YEAR, False),
    ("इस साल", SATURDAY, D(2025, 1, 1), None, YEAR, False),
    ("पिछले साल जून में", D(2019, 2, 28), D(2018, 6, 1), None, MONTH, False),
    ("इसी साल फरवरी में", D(2019, 6, 30), D(2019, 2, 1), None, MONTH, False),
    ("last June", SATURDAY, D(2025, 6, 1), None, MONTH, False),
    ("next March", SATURDAY, D(2026, 3, 1), None, MONTH, False),
    ("late March", D(2023, 4, 14), D(2023, 3, 21), D(2023, 3, 31), DAY, True),
    ("mid-June", SATURDAY, D(2025, 6, 11), D(2025, 6, 20), DAY, True),
    ("early 2024", None, D(2024, 1, 1), D(2024, 4, 30), MONTH, True),
    ("late last year", SATURDAY, D(2024, 9, 1), D(2024, 12, 31), MONTH, True),
    ("फरवरी में", D(2025, 8, 19), D(2025, 2, 1), None, MONTH, False),
    ("in January", D(2023, 4, 14), D(2023, 1, 1), None, MONTH, False),
    ("दिसंबर में", D(2025, 1, 5), D(2024, 12, 1), None, MONTH, False),
    # times of day: with an aware reference, a datetime in its zone
    ("शुक्रवार शाम 5 बजे", SATURDAY_IST, at(17, day=D(2025, 8, 15)), None, HOUR, False),
    ("15 अगस्त को सुबह 10:30 बजे", SATURDAY_IST, at(10, 30, D(2025, 8, 15)), None, MINUTE, False),
    ("कल रात 9 बजे", SATURDAY_IST, at(21, day=D(2025, 8, 15)), None, HOUR, False),
    ("दोपहर 2 बजे", SATURDAY_IST, at(14), None, HOUR, False),
    ("साढ़े 5 बजे", SATURDAY_IST, at(5, 30), None, MINUTE, False),
    ("पौने 5 बजे", SATURDAY_IST, at(4, 45), None, MINUTE, False),
    ("5 बजकर 20 मिनट", SATURDAY_IST, at(5, 20), None, MINUTE, False),
    ("Friday at 5 p.m.", SATURDAY_IST, at(17, day=D(2025, 8, 15)), None, HOUR, False),
    ("5 p.m. on Friday", SATURDAY_IST, at(17, day=D(2025, 8, 15)), None, HOUR, False),
    ("Aug 15, 2025, 5:30 pm", SATURDAY_IST, at(17, 30, D(2025, 8, 15)), None, MINUTE, False),
    ("12 a.m.", SATURDAY_IST, at(0), None, HOUR, False),
    ("12 p.m.", SATURDAY_IST, at(12), None, HOUR, False),
    ("noon", SATURDAY_IST, at(12), None, MINUTE, False),
    ("17:30", SATURDAY_IST, at(17, 30), None, MINUTE, False),
    # ...and without a zone, the time is left out
    ("शुक्रवार शाम 5 बजे", SATURDAY, D(2025, 8, 15), None, DAY, False),
    ("Aug 15, 2025 at 5 p.m.", None, D(2025, 8, 15), None, DAY, False),
    ("17:30", SATURDAY, SATURDAY, None, DAY, False),
    # ISO timestamps keep their own offset
    (
        "2025-08-15T17:30+05:30",
        None,
        dt.datetime(2025, 8, 15, 17, 30, tzinfo=IST),
        None,
        MINUTE,
        False,
    ),
    (
        "2025-08-15T12:00:05Z",
        None,
        dt.datetime(2025, 8, 15, 12, 0, 5, tzinfo=dt.timezone.utc),
        None,
        SECOND,
        False,
    ),
    ("2025-08-15 17:30", SATURDAY_IST, at(17, 30, D(2025, 8, 15)), None, MINUTE, False),
]


@pytest.mark.parametrize(("text", "reference", "start", "end", "precision", "approximate"), DATE_CASES)
def test_parse_date(
    text: str,
    reference: dt.date | None,
    *,
    start: dt.date | None,
    end: dt.date | None,
    precision: Precision,
    approximate: bool,
) -> None:
    """Each expression gives its day (or span, or moment), precision and hedge."""
    expected = (
        None
        if start is None
        else TimeSpan(start=start, end=end, precision=precision, approximate=approximate, text=_expression(text))
    )
    assert expected == parse_date(text, reference=reference)


def _expression(text: str) -> str:
    """The part of a test input that is the expression: without the words around it."""
    for word in ("on ", "in "):
        if text.startswith(word):
            text = text[len(word) :]
    for word in (" को", " में", "।"):
        if text.endswith(word) and not text.endswith("शुरुआत में"):
            text = text[: -len(word)]
    return text


NOT_DATES = [
    "",
    "   ",
    "xyz",
    "140",
    "3 घंटे",
    "मार्च",  # a protest march as often as a month
    "March",
    "may",  # a verb
    "Sun",  # an abbreviation is read only before a date
    "कलाकार",
    "आजकल",
    "2000 लोग",
    "31 फरवरी 2025",
    "इस बार",
    "3 साल से",
    "1 2 3",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_parse_date_none(text: str) -> None:
    """Text that is no date expression gives None."""
    assert parse_date(text, reference=SATURDAY) is None


def test_relative_dates_need_a_reference() -> None:
    """A relative expression, or a day and month without a year, needs the publication date."""
    assert parse_date("शुक्रवार को") is None
    assert parse_date("15 अगस्त") is None
    assert parse_date("last week") is None
    assert D(2025, 8, 15) == parse_date("15 अगस्त 2025").start  # type: ignore[union-attr]


def test_language_restricts_the_tables() -> None:
    """``language`` picks the tables read; an unknown one reads with all of them."""
    assert parse_date("15 August 2025", language="hi") is None
    assert D(2025, 8, 15) == parse_date("15 August 2025", language="en-IN").start  # type: ignore[union-attr]
    assert D(2025, 8, 15) == parse_date("15 अगस्त 2025", language="hi").start  # type: ignore[union-attr]
    assert D(2025, 8, 15) == parse_date("15 अगस्त 2025", language="fr").start  # type: ignore[union-attr]
    assert parse_duration("two hours", language="hi") is None
    assert Duration(seconds=7200, text="two hours") == parse_duration("two hours", language="en")


def test_named_zone_becomes_its_offset() -> None:
    """A reference in a named zone gives datetimes with that zone's offset (the model stores offsets)."""

    class Kolkata(dt.tzinfo):
        def utcoffset(self, moment: dt.datetime | None) -> dt.timedelta:
            return dt.timedelta(hours=5, minutes=30)

        def dst(self, moment: dt.datetime | None) -> dt.timedelta:
            return dt.timedelta(0)

        def tzname(self, moment: dt.datetime | None) -> str:
            return "IST"

    reference = dt.datetime(2025, 8, 16, 9, tzinfo=Kolkata())
    span = parse_date("शाम 5 बजे", reference=reference)
    assert span is not None
    assert at(17) == span.start
    assert isinstance(span.start, dt.datetime)
    assert dt.timezone is type(span.start.tzinfo)


def test_naive_datetime_reference_counts_as_its_date() -> None:
    """A naive datetime names a day but no zone: times are left out."""
    span = parse_date("शाम 5 बजे", reference=dt.datetime(2025, 8, 16, 9))
    assert TimeSpan(start=SATURDAY, precision=DAY, text="शाम 5 बजे") == span


def test_decomposed_text() -> None:
    """NFD text (a decomposed nukta) reads the same; offsets index the text as given."""
    text = unicodedata.normalize("NFD", "सोमवार को 4 फ़रवरी से पहले, क़रीब 3 घंटे")
    assert D(2025, 2, 4) == parse_date(unicodedata.normalize("NFD", "4 फ़रवरी"), reference=SATURDAY).start  # type: ignore[union-attr]
    dates = find_dates(text, reference=SATURDAY)
    assert ["सोमवार", unicodedata.normalize("NFD", "4 फ़रवरी")] == [text[d.start : d.end] for d in dates]
    durations = find_durations(text)
    assert [unicodedata.normalize("NFD", "क़रीब 3 घंटे")] == [text[d.start : d.end] for d in durations]
    assert Duration(seconds=10800, approximate=True, text="क़रीब 3 घंटे") == durations[0].value


# --- parse_duration -----------------------------------------------------------------

# (text, seconds, approximate)
DURATION_CASES = [
    ("करीब 3 घंटे", 10800, True),
    ("क़रीब 3 घंटे", 10800, True),
    ("3 घंटे", 10800, False),
    ("3 घंटे तक", 10800, False),
    ("३ घंटे", 10800, False),
    ("डेढ़ घंटे", 5400, False),
    ("करीब डेढ़ घंटे", 5400, True),
    ("ढाई घंटे", 9000, False),
    ("साढ़े तीन घंटे", 12600, False),
    ("साढ़े 3 घंटे", 12600, False),
    ("सवा घंटा", 4500, False),
    ("सवा दो घंटे", 8100, False),
    ("पौने दो घंटे", 6300, False),
    ("आधा घंटा", 1800, False),
    ("आधे घंटे से ज़्यादा", 1800, True),
    ("45 मिनट", 2700, False),
    ("12 मिनट", 720, False),
    ("करीब 50 मिनट", 3000, True),
    ("लगभग 40 मिनट", 2400, True),
    ("तकरीबन दो घंटे", 7200, True),
    ("एक घंटे से अधिक", 3600, True),
    ("50 मिनट से ज्यादा", 3000, True),
    ("एक घंटा 20 मिनट", 4800, False),
    ("दो-तीन घंटे", 9000, True),
    ("चार से पांच घंटे", 16200, True),
    ("दो दिन", 172800, False),
    ("73 दिन", 6307200, False),
    ("दो सप्ताह", 1209600, False),
    ("30 सेकंड", 30, False),
    ("over two hours", 7200, True),
    ("for 90 minutes", 5400, False),
    ("about 90 minutes", 5400, True),
    ("an hour and a half", 5400, False),
    ("about three hours", 10800, True),
    ("roughly three hours", 10800, True),
    ("roughly 10 hours", 36000, True),
    ("about five hours", 18000, True),
    ("two-and-a-half hours", 9000, False),
    ("two and a half hours", 9000, False),
    ("one and a half hours", 5400, False),
    ("1 hour 20 minutes", 4800, False),
    ("1 hour and 20 minutes", 4800, False),
    ("half an hour", 1800, False),
    ("a half hour", 1800, False),
    ("more than an hour", 3600, True),
    ("nearly 45 minutes", 2700, True),
    ("twenty-five minutes", 1500, False),
    ("a couple of hours", 7200, True),
    ("four to five hours", 16200, True),
    ("two or three hours", 9000, True),
    ("2.5 hours", 9000, False),
    ("around 2 hrs", 7200, True),
    ("10 mins", 600, False),
    ("90-minute", 5400, False),
    ("three-day", 259200, False),
    ("a day", 86400, False),
    ("a dozen days", 1036800, False),
    ("two hours or so", 7200, True),
    ("2 days 3 hours", 183600, False),
]


@pytest.mark.parametrize(("text", "seconds", "approximate"), DURATION_CASES)
def test_parse_duration(text: str, seconds: int, approximate: bool) -> None:
    """Each expression gives its length in seconds and whether it was hedged."""
    written = text.removeprefix("for ").removesuffix(" तक")
    assert Duration(seconds=seconds, approximate=approximate, text=written) == parse_duration(text)


NOT_DURATIONS = [
    "",
    "3 साल",  # a war's age, never a meeting's length
    "दो महीने",
    "5 बजे",
    "17:30",
    "तीन दिन बाद",
    "11 days after",
    "two hours ago",
    "in two hours",
    "अगले दो हफ्तों",
    "a second",
    "घंटों",
    "hours",
    "कुछ घंटे",
    "3 घंटे foo",
    "90 minutes 11 days",  # two amounts: a compound goes from a larger unit to a smaller
    "24 घंटे के भीतर",  # a deadline
    "two-day-old",  # an age
]


@pytest.mark.parametrize("text", NOT_DURATIONS)
def test_parse_duration_none(text: str) -> None:
    """Text that is no duration of an event gives None."""
    assert parse_duration(text) is None


# --- strict mode: every message in full ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "message"),
    [
        ("", None, "empty date expression: ''"),
        (
            "xyz",
            None,
            "no date or time expression here; expected e.g. '15 अगस्त 2025', 'Aug 15, 2025', 'शुक्रवार को' "
            "or 'yesterday' (line 1, column 1)\n    xyz\n    ^",
        ),
        (
            "कल",
            None,
            "'कल' is relative to the publication date: pass reference= (line 1, column 1)\n    कल\n    ^",
        ),
        (
            "15 अगस्त",
            None,
            "'15 अगस्त' has no year, so it is relative to the publication date: pass reference= "
            "(line 1, column 1)\n    15 अगस्त\n    ^",
        ),
        (
            "on 15 अगस्त foo",
            SATURDAY,
            "unexpected text after the date expression '15 अगस्त' (line 1, column 13)\n    on 15 अगस्त foo\n"
            "                ^",
        ),
        (
            "31 फरवरी 2025",
            None,
            "not a calendar date: year 2025, month 2, day 31 (line 1, column 1)\n    31 फरवरी 2025\n    ^",
        ),
        ("मार्च", SATURDAY, "'मार्च' alone is not read as a month (line 1, column 1)\n    मार्च\n    ^"),
        ("1500", None, "1500 is not read as a year (line 1, column 1)\n    1500\n    ^"),
    ],
)
def test_parse_date_strict(text: str, reference: dt.date | None, message: str) -> None:
    """With strict=True, unreadable text raises a ParseError that says why and where."""
    with pytest.raises(ParseError) as caught:
        parse_date(text, reference=reference, strict=True)
    assert message == str(caught.value)
    assert text == caught.value.text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty duration expression: ''"),
        (
            "hello",
            "no duration expression here; expected an amount and a unit, e.g. 'करीब 3 घंटे', 'डेढ़ घंटे' "
            "or 'about two hours' (line 1, column 1)\n    hello\n    ^",
        ),
        (
            "3 साल",
            "'3 साल' counts years, which vary in length; durations are read in seconds, minutes, hours, days "
            "or weeks (line 1, column 1)\n    3 साल\n    ^",
        ),
        (
            "तीन दिन बाद",
            "'तीन दिन' next to 'बाद' is a point in time, not a duration (line 1, column 1)\n    तीन दिन बाद\n    ^",
        ),
        (
            "two hours ago",
            "'two hours' next to 'ago' is a point in time, not a duration (line 1, column 1)\n    two hours ago\n    ^",
        ),
        (
            "in two hours",
            "no duration expression here; expected an amount and a unit, e.g. 'करीब 3 घंटे', 'डेढ़ घंटे' "
            "or 'about two hours' (line 1, column 1)\n    in two hours\n    ^",
        ),
        ("a second", "'a second' is not an amount of time (line 1, column 1)\n    a second\n    ^"),
        (
            "3 घंटे, फिर",
            "unexpected text after the duration expression '3 घंटे' (line 1, column 9)\n    3 घंटे, फिर\n            ^",
        ),
    ],
)
def test_parse_duration_strict(text: str, message: str) -> None:
    """With strict=True, unreadable text raises a ParseError that says why and where."""
    with pytest.raises(ParseError) as caught:
        parse_duration(text, strict=True)
    assert message == str(caught.value)


def test_strict_does_not_change_success() -> None:
    """strict=True returns what the lenient call returns, when there is something to return."""
    assert parse_date("कल", reference=SATURDAY) == parse_date("कल", reference=SATURDAY, strict=True)
    assert parse_duration("करीब 3 घंटे") == parse_duration("करीब 3 घंटे", strict=True)


@pytest.mark.parametrize("function", [parse_date, parse_duration, find_dates, find_durations])
@pytest.mark.parametrize(("value", "name"), [(b"15 August 2025", "bytes"), (None, "NoneType"), (15, "int")])
def test_text_must_be_str(function: object, value: object, name: str) -> None:
    """A non-str text is a TypeError, whatever the function."""
    with pytest.raises(TypeError) as caught:
        function(value)  # type: ignore[operator]
    assert f"text must be str, not {name}" == str(caught.value)


def test_reference_must_be_a_date() -> None:
    """A reference that is no date is a TypeError, named in the message."""
    with pytest.raises(TypeError) as caught:
        parse_date("कल", reference="2025-08-16")  # type: ignore[arg-type]
    assert "reference must be a date, a datetime or None, not str" == str(caught.value)
    with pytest.raises(TypeError) as caught:
        parse_date("कल", language=5)  # type: ignore[arg-type]
    assert "language must be str or None, not int" == str(caught.value)


# --- finding in running text: tense and context ----------------------------------------

# (text, reference, [(expression, start of its TimeSpan)])
FIND_CASES = [
    # कल is yesterday in a report, tomorrow in a clause in the future tense
    ("दोनों नेताओं की कल हुई बैठक में।", SATURDAY, [("कल", D(2025, 8, 15))]),
    ("दोनों नेता कल फिर मिलेंगे।", SATURDAY, [("कल", D(2025, 8, 17))]),
    ("कल होने वाली बैठक पर नज़र है।", SATURDAY, [("कल", D(2025, 8, 17))]),
    ("परसों बैठक होगी।", SATURDAY, [("परसों", D(2025, 8, 18))]),
    ("मोदी ने कल कहा कि वे मिलेंगे।", SATURDAY, [("कल", D(2025, 8, 15))]),
    # a weekday looks forward only in a future clause
    ("शुक्रवार को दोनों नेता मिलेंगे।", SATURDAY, [("शुक्रवार", D(2025, 8, 22))]),
    ("शुक्रवार को दोनों नेता मिले।", SATURDAY, [("शुक्रवार", D(2025, 8, 15))]),
    (
        "गुरुवार को मोदी फोरम के पूर्ण सत्र को संबोधित करेंगे।",
        D(2019, 9, 4),
        [("गुरुवार", D(2019, 9, 5))],
    ),
    ("The leaders will meet on Friday.", SATURDAY, [("Friday", D(2025, 8, 22))]),
    ("Biden said on Monday that he will visit Kyiv.", SATURDAY, [("Monday", D(2025, 8, 11))]),
    ("The talks, which began on Friday, will resume.", SATURDAY, [("Friday", D(2025, 8, 15))]),
    # a day-month without a year, in a future clause, may be next year's
    ("दोनों नेता 10 जनवरी को मिलेंगे।", D(2024, 12, 20), [("10 जनवरी", D(2025, 1, 10))]),
    # a month alone is a date only in context
    ("फरवरी में ओवल ऑफिस में बहस हुई थी।", D(2025, 8, 19), [("फरवरी", D(2025, 2, 1))]),
    ("बीजेपी का मार्च निकला।", SATURDAY, []),
    ("He returned to power in January.", D(2023, 4, 14), [("January", D(2023, 1, 1))]),
    ("I may come, and March on.", SATURDAY, []),
    # numbers that are no dates
    ("140 करोड़ भारतवासी, 1,400 people, F414 engines, the 1970s, $2024 and 3.2025", SATURDAY, []),
    ("यह कर्ज़ ५० साल में चुकाना है, 2019 से 2024 तक।", SATURDAY, [("2019", D(2019, 1, 1)), ("2024", D(2024, 1, 1))]),
    # a clock time alone repeats the publication date: not reported
    ("बैठक शाम 5 बजे शुरू हुई।", SATURDAY, []),
    # words inside words are not dates
    ("आजकल कलाकार परसोंवाला", SATURDAY, []),
]


@pytest.mark.parametrize(("text", "reference", "expected"), FIND_CASES)
def test_find_dates_in_context(text: str, reference: dt.date, expected: list[tuple[str, dt.date]]) -> None:
    """Relative words read with their clause's tense; numbers and words that are no dates are skipped."""
    assert expected == [(text[d.start : d.end], d.value.start) for d in find_dates(text, reference=reference)]


def test_find_durations_in_context() -> None:
    """Durations of events are found; offsets, ages, deadlines and clock times are not."""
    text = (
        "करीब 3 घंटे तक बातचीत हुई, 3 साल से चल रहे युद्ध पर; सिर्फ 12 मिनट की प्रेस वार्ता। "
        "शिखर वार्ता के तीन दिन बाद, शाम 5 बजे, अगले दो हफ्तों में। "
        "They talked for about 90 minutes, 11 days after the attack, and will meet in two hours; "
        "a second round, a 90-minute call."
    )
    found = find_durations(text)
    assert [("करीब 3 घंटे", 10800), ("12 मिनट", 720), ("about 90 minutes", 5400), ("90-minute", 5400)] == [
        (text[d.start : d.end], d.value.seconds) for d in found
    ]


def test_found_is_a_small_record() -> None:
    """Found holds start, end and value, compares by value and is immutable."""
    found = Found(0, 3, Duration(seconds=1))
    assert Found(0, 3, Duration(seconds=1)) == found
    with pytest.raises(AttributeError):
        found.start = 1  # type: ignore[misc]


# --- the corpus: every gold date and duration can be found ------------------------------


def _corpus() -> Path | None:
    """shared/corpus beside the repository (or where NEWSEVENT_CORPUS points), if present."""
    configured = os.environ.get("NEWSEVENT_CORPUS")
    path = Path(configured) if configured else Path(__file__).resolve().parents[3] / "shared" / "corpus"
    return path if path.is_dir() else None


def _corpus_articles(*, dates: bool) -> list[object]:
    corpus = _corpus()
    if corpus is None:
        return [pytest.param(None, marks=pytest.mark.skip(reason="shared/corpus is not beside the repository"))]
    cases: list[object] = []
    field = "date" if dates else "duration_seconds"
    for path in sorted(corpus.glob("*/*.txt")):
        gold = json.loads(path.with_name(path.name.replace(".txt", ".gold.json")).read_text(encoding="utf-8"))
        if gold["event"][field] is None:
            continue  # nothing to find: not a case
        marks = []
        if dates and path.name == "anchorage-summit.hi.txt":
            marks.append(
                pytest.mark.xfail(
                    strict=True,
                    reason="the text names no day: its only relative word is 'today' in an embedded post, "
                    "which the agency wrote on 15 August (Alaska) and the report relays on the 16th",
                )
            )
        cases.append(pytest.param(path, id=path.stem, marks=marks))
    return cases


@pytest.mark.parametrize("path", _corpus_articles(dates=True))
def test_gold_date_is_found(path: Path) -> None:
    """The gold date of each corpus article is among the dates found in it, given its publication date."""
    gold = json.loads(path.with_name(path.name.replace(".txt", ".gold.json")).read_text(encoding="utf-8"))
    found = find_dates(path.read_text(encoding="utf-8"), reference=D.fromisoformat(gold["published"]))
    assert D.fromisoformat(gold["event"]["date"]) in [item.value.start for item in found]


def test_tokens_find_what_the_scans_find_in_the_corpus() -> None:
    """Every corpus article: the token path of find_dates and find_durations changes nothing."""
    corpus = _corpus()
    if corpus is None:
        pytest.skip("shared/corpus is not beside the repository")
    for path in sorted(corpus.glob("*/*.txt")):
        _check_token_path(path.read_text(encoding="utf-8"))


def _check_token_path(text: str) -> None:
    tokens = tokenize(text)
    for reference in (None, SATURDAY, D(2019, 6, 30)):
        assert find_dates(text, reference=reference, tokens=tokens) == find_dates(text, reference=reference)
    assert find_durations(text, tokens=tokens) == find_durations(text)


@pytest.mark.parametrize("path", _corpus_articles(dates=False))
def test_gold_duration_is_found(path: Path) -> None:
    """The gold duration of each corpus article that states one is among the durations found in it."""
    gold = json.loads(path.with_name(path.name.replace(".txt", ".gold.json")).read_text(encoding="utf-8"))
    found = find_durations(path.read_text(encoding="utf-8"))
    assert gold["event"]["duration_seconds"] in [item.value.seconds for item in found]


# --- properties ----------------------------------------------------------------------

#: Words and pieces the grammar knows, so that generated text reaches deep into it.
_PIECES = sorted(
    {
        word
        for table in (
            lexicon.MONTHS,
            lexicon.MONTH_ABBREVIATIONS,
            lexicon.WEEKDAYS,
            lexicon.RELATIVE_DAYS,
            lexicon.MODIFIERS,
            lexicon.PERIODS,
            lexicon.PARTS_BEFORE,
            lexicon.PARTS_AFTER,
            lexicon.AGO,
            lexicon.CALENDAR_UNITS,
            lexicon.DAY_PERIODS_BEFORE,
            lexicon.DAY_PERIODS_AFTER,
            lexicon.OCLOCK,
            lexicon.FRACTIONS,
            lexicon.FRACTION_MODIFIERS,
            lexicon.DURATION_UNITS,
            lexicon.HEDGES_BEFORE,
            lexicon.HEDGES_AFTER,
            lexicon.FUTURE_WORDS,
            lexicon.PAST_WORDS,
            lexicon.DURATION_BLOCKERS_AFTER,
        )
        for words in table.values()
        for word in words
    }
    | {"15", "2025", "१४", "5:30", "12", "-", ",", "(", ")", ".", "।", "को", "at", "on", "and", "a", "an", "तीन"}
)
_TEXTS = st.one_of(
    st.text(),
    st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=30).map("".join),
)
_REFERENCES = st.one_of(
    st.none(),
    st.dates(),
    st.datetimes(timezones=st.sampled_from([IST, dt.timezone.utc, dt.timezone(dt.timedelta(hours=-9))])),
)


def _check_found(text: str, found: list[Found[TimeSpan]] | list[Found[Duration]]) -> None:
    end = 0
    for item in found:
        assert end <= item.start < item.end <= len(text)
        assert unicodedata.normalize("NFC", text[item.start : item.end]) == item.value.text
        end = item.end


@given(_TEXTS, _REFERENCES)
def test_find_dates_never_raises(text: str, reference: dt.date | None) -> None:
    """Any text: dates in order, not overlapping, within bounds, each the text it spans."""
    _check_found(text, find_dates(text, reference=reference))


@given(_TEXTS)
def test_find_durations_never_raises(text: str) -> None:
    """Any text: durations in order, not overlapping, within bounds, each the text it spans."""
    _check_found(text, find_durations(text))


@given(_TEXTS, _REFERENCES)
def test_tokens_find_what_the_scans_find(text: str, reference: dt.date | None) -> None:
    """Given the text's tokens, find_dates and find_durations find exactly what they find without."""
    tokens = tokenize(text)
    assert find_dates(text, reference=reference, tokens=tokens) == find_dates(text, reference=reference)
    assert find_durations(text, tokens=tokens) == find_durations(text)


@pytest.mark.parametrize(
    "text",
    [
        "आज रातभर बात हुई, कल नहीं",  # a trigger of two words running on into a longer word
        "बीती रात 3 घंटे, (last Friday) and mid-August: 3.2025, 1,400, 1910-45",
        "last\u00a0Friday, next\tweek, 3\u00a0घंटे, a 90-minute call, hours-long talks",
        "the day before yesterday, the day before yesterdays, 2 दिन पहलेकी बात, 3 days ago",
        "आज\ua8e0 बैठक 3\ua8f0 घंटे चली, 3 घंटे\ua8e0",  # Devanagari Extended: the text is scanned
        "कलाकार आजकल शुक्रवारको, _आज आज_ x3 घंटे «today» —today 'कल'",
        "2025-08-15T17:30+05:30 को 5 p.m. on Friday, साढ़े 5 बजे, डेढ़ घंटे",
    ],
)
def test_tokens_find_what_the_scans_find_at_the_edges(text: str) -> None:
    """Separators inside triggers, words run on, characters tokens hold and the patterns do not."""
    tokens = tokenize(text)
    for reference in (None, SATURDAY, SATURDAY_IST):
        assert find_dates(text, reference=reference, tokens=tokens) == find_dates(text, reference=reference)
    assert find_durations(text, tokens=tokens) == find_durations(text)


@given(_TEXTS, _REFERENCES, st.sampled_from([None, "hi", "en", "en-IN", "xx"]))
def test_parse_date_never_raises(text: str, reference: dt.date | None, language: str | None) -> None:
    """Any text gives a TimeSpan or None."""
    assert isinstance(parse_date(text, reference=reference, language=language), (TimeSpan, type(None)))


@given(_TEXTS, st.sampled_from([None, "hi", "en"]))
def test_parse_duration_never_raises(text: str, language: str | None) -> None:
    """Any text gives a Duration or None."""
    assert isinstance(parse_duration(text, language=language), (Duration, type(None)))


@given(_TEXTS, _REFERENCES)
def test_strict_raises_only_parse_error(text: str, reference: dt.date | None) -> None:
    """With strict=True the only failure is a ParseError, with a position inside the text."""
    for error in (
        _failure(lambda: parse_date(text, reference=reference, strict=True)),
        _failure(lambda: parse_duration(text, strict=True)),
    ):
        assert error is None or error.position is None or 0 <= error.position <= len(text)


def _failure(parse: Callable[[], object]) -> ParseError | None:
    """The ParseError that ``parse`` raises, if it raises one (anything else propagates)."""
    try:
        parse()
    except ParseError as error:
        return error
    return None


# --- linear time -----------------------------------------------------------------------

#: Text built to make a backtracking pattern work hard: long runs of what
#: expressions are made of, and expressions that almost complete.
_PATHOLOGICAL = [
    "1",
    "1 ",
    "15 अगस्त ",
    "15 अगस्त 2025 को शाम 5 बजे ",
    "इस साल ",
    "कल ",
    "करीब ",
    "करीब 3 घंटे बाद ",
    "दो-तीन-चार ",
    "1,",
    "Friday, ",
    "last ",
    "about an hour and a half and ",
    " ",
    "सवा साढ़े पौने ",
]


@pytest.mark.parametrize("unit", _PATHOLOGICAL)
def test_work_grows_linearly(unit: str) -> None:
    """Four times the text is about four times the work of finding and reading its dates and durations.

    Work is counted in lines of newsevent's code run (see ``tests/work.py``),
    not timed; ``benchmarks/linearity.py`` times the parser on such texts.
    """
    find_dates(unit * 100, reference=SATURDAY)  # compile the grammar first

    def read_all(size: int) -> Callable[[], object]:
        text = unit * (size // len(unit))

        def run() -> None:
            find_dates(text, reference=SATURDAY)
            find_durations(text)
            parse_date(text, reference=SATURDAY)
            parse_duration(text)

        return run

    exponent, counted = work_exponent(read_all, (10_000, 40_000))
    assert exponent <= MAX_EXPONENT, f"{unit!r}: {counted}"
