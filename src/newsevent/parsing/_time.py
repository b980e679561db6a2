"""Dates and durations: read one expression, or find every one in an article.

The words come from :mod:`newsevent.lexicon.time`; this module holds the
grammar they fill in and the rules that turn a match into a
:class:`~newsevent.TimeSpan` or a :class:`~newsevent.Duration`.

How an article is scanned, in time linear in its length:

1. A *trigger* pattern finds the words a date can start with — a number, a
   month or weekday name, "आज"/"कल"/"today", a modifier followed by what it
   modifies ("बीते हफ्ते", "last week"), a part of a period ("late"), and a
   counted unit followed by "ago" ("दिन पहले"). Durations are triggered by
   their unit ("घंटे", "hours"). A trigger is a trie of these words behind
   a separator: the engine jumps from space to space, rejects most words on
   their first letter, and never reads a character twice. A caller that has
   the text's tokens passes them, and then the trie is tried only where a
   token whose key is a trigger word's (or a number) starts: the same
   triggers, found by looking words up instead of reading every word.
2. At each trigger the grammar for that kind of word is tried once,
   anchored there — or, for a duration, whose amount stands before its
   unit, and for "ago", in a window of at most ~100 characters around it.
   Every quantifier in the grammar is bounded, so each try costs at most a
   constant, and triggers inside an expression already read are skipped.

Offsets are code points in the string as given: the patterns accept
composed and decomposed Unicode, a nukta or none (where the lexicon writes
one), chandrabindu or anusvara, and Devanagari digits directly, so nothing
is rewritten before matching.

Relative dates resolve against ``reference`` (the publication date):

* a bare weekday ("शुक्रवार को", "on Monday"), "इस शुक्रवार", "कल" and
  "परसों" look back — a news report tells what already happened — unless
  their clause is in the future tense, when they look forward. Hindi puts
  the verb after the date, so the first tense marker after it in its clause
  decides ("कल मिलेंगे": tomorrow; "कल हुई बैठक": yesterday); English puts it
  before, so the nearest marker before it decides ("will meet on Friday").
  The expression's own language (that of its month, weekday or relative
  word) picks the rule. Looking back, a weekday is the most recent such day
  on or before the reference; looking forward, the first on or after it;
* "बीते/पिछले/last" and "अगले/next" + weekday mean strictly before or after
  the reference, within seven days;
* a day and month without a year take the reference's year, or the year
  before if that would put the date more than 62 days after the reference
  (in a future clause: the year after, if it would be 62 days before); a
  weekday written with it ("Friday, April 14") picks a neighbouring year
  when only that one fits. A month alone follows the same rule;
* a week runs Monday to Sunday; "last week", "इस हफ्ते", "next weekend"
  give a span (``end`` set) with day precision and ``approximate=True``,
  since the text does not say which day; "last month", "पिछले साल" give the
  month or year itself (precision month or year, not approximate);
* parts narrow a period and make it approximate: the early, mid or late
  third of a week (Mon-Wed, Wed-Fri, Fri-Sun), a month (days 1-10, 11-20,
  21-end) or a year (Jan-Apr, May-Aug, Sep-Dec); "earlier this month" runs
  from its first day to the reference, "later this week" from the
  reference to its last day;
* "तीन दिन पहले", "two weeks ago" count back from the reference (weeks are
  approximate).

Times of day ("शाम 5 बजे", "5 p.m.", "17:30", "साढ़े 5 बजे") make the start a
datetime in the time zone of ``reference`` when that is an aware datetime
(as a fixed offset: the model stores ``datetime.timezone`` only); precision
is hour, or minute when minutes are given. Otherwise no zone is known, and
since a TimeSpan's datetimes must be aware, the time is dropped and the date
kept with day precision. An ISO timestamp with its own offset
("2025-08-15T17:30+05:30") keeps that offset. A time alone is read by
:func:`parse_date` as that time on the reference day, and skipped by
:func:`find_dates`, where it would only repeat the publication date.

Durations count seconds, minutes, hours, days and weeks. Months and years
are never durations (their length varies, and "3 साल से चल रहे युद्ध" is a
war's age, not a meeting's length), nor are clock times ("5 बजे"), amounts
followed by "पहले"/"बाद"/"ago"/"after" (offsets in time) or preceded by
"अगले"/"next"/"in"/"within" (deadlines). A range ("दो-तीन घंटे", "four or
five hours") gives its midpoint, approximate.

dateutil is imported on first use, not with this module: ``relativedelta``
does the month arithmetic and ``isoparse`` reads ISO timestamps. Month and
weekday names come from the lexicon tables rather than a dateutil
``parserinfo``, because the grammar, not dateutil's heuristic tokenizer,
must decide where an expression starts and ends.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from itertools import compress
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

import attrs

from .._model import Duration, TimeSpan
from .._vocab import Precision
from ..exceptions import ParseError
from ..lexicon import time as lexicon
from ._tokens import token_key, token_keys, token_starts

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from ._tokens import Token

__all__ = ["Found", "find_dates", "find_durations", "parse_date", "parse_duration"]

T = TypeVar("T")


@attrs.frozen
class Found(Generic[T]):
    """An expression found in a text: ``text[start:end]`` and what it means."""

    start: int
    end: int
    value: T


# --- pattern building blocks -------------------------------------------------

#: A character inside a word: letters and digits of any script, and the
#: Devanagari signs (vowel signs, virama, nukta) that ``\w`` leaves out.
_W: Final = r"[\w\u0900-\u0963\u0966-\u097f\u200c\u200d]"
#: A digit, ASCII or Devanagari; other scripts' digits are not dates here.
_D: Final = "[0-9\u0966-\u096f]"
_DIGITS: Final = "0123456789" + "".join(map(chr, range(0x0966, 0x0970)))
#: The space between two words of an expression: one to three blanks, no
#: line break (bounded, so no pattern can backtrack over a long run).
_G: Final = r"[^\S\n]{1,3}"
_G0: Final = r"[^\S\n]{0,3}"
#: A comma or just space between the parts of a date: "Aug 15, 2025".
_COMMA: Final = rf"(?:{_G0},{_G0}|{_G})"
#: Characters other than a space after which a word may start.
_OTHER_SEPARATORS: Final = r"""\t\n\r\f\v\u00a0\u2000-\u200b\u3000(\[{"'“‘”’/—–\-|,.;:!?।*•#@"""
_OTHER_SEPARATOR: Final = re.compile(f"[{_OTHER_SEPARATORS}]")

_INSIDE_NUMBERS: Final = frozenset(".,:/-")
#: What a duration's unit may follow: "3 घंटे", "90-minute" (one scan each).
_UNIT_SEPARATORS: Final = " -\u00a0"
_IS_WORD_CHAR: Final = re.compile(_W)
_IS_DIGIT: Final = re.compile(_D)
_CLAUSE_END: Final = re.compile(r"[।॥.?!;\n]")
_SECONDS: Final = re.compile(r"\d\d:\d\d:\d\d")
_ASCII_DIGITS: Final = {0x0966 + value: str(value) for value in range(10)}

# Letters that Hindi writes with a nukta in some words, and their
# precomposed forms (which NFC decomposes, but raw text may hold).
_NUKTA: Final = "\u093c"
_PRECOMPOSED_NUKTA: Final = {
    "क": "\u0958",
    "ख": "\u0959",
    "ग": "\u095a",
    "ज": "\u095b",
    "ड": "\u095c",
    "ढ": "\u095d",
    "फ": "\u095e",
    "य": "\u095f",
}
_ANUSVARA: Final = "\u0902"
_CHANDRABINDU: Final = "\u0901"
_JOINERS: Final = "\u200c\u200d"

#: A bare year is read only in this range; "2000 लोग" is more often people.
_BARE_YEARS: Final = range(1800, 2200)
#: How far a day-month without a year may lie on the wrong side of the reference.
_YEAR_SLACK: Final = dt.timedelta(days=62)
#: How far after (Hindi) or before (English) an expression to look for its verb.
_TENSE_AFTER: Final = 120
_TENSE_BEFORE: Final = 80
#: How far before and after its unit a duration's amount and hedges may stand.
_DURATION_BEFORE: Final = 48
_DURATION_AFTER: Final = 48


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """The form table words are looked up by: ``token_key`` with single spaces."""
    return " ".join(token_key(text).split())


def _spellings(word: str, *, capitalised: bool) -> set[str]:
    """Every spelling of a table word that the patterns accept.

    A letter the table writes with a nukta also matches without one, and in
    its precomposed form; an anusvara also matches a chandrabindu, and the
    other way round. Latin words match in lower case and Capitalised, or,
    when ``capitalised`` (month and weekday names), Capitalised and UPPER.
    """
    word = unicodedata.normalize("NFC", word)
    options: list[tuple[str, ...]] = []
    for index, char in enumerate(word):
        if char == _NUKTA or char in _JOINERS:
            continue
        if char in _PRECOMPOSED_NUKTA and word[index + 1 : index + 2] == _NUKTA:
            options.append((char, char + _NUKTA, _PRECOMPOSED_NUKTA[char]))
        elif char in (_ANUSVARA, _CHANDRABINDU):
            options.append((_ANUSVARA, _CHANDRABINDU))
        else:
            options.append((char.lower(),))
    spellings: set[str] = set()
    for combination in itertools.product(*options):
        spelling = "".join(combination)
        if spelling[:1].isascii() and spelling[:1].isalpha():
            spellings.add(spelling[0].upper() + spelling[1:])
            spellings.add(spelling.upper() if capitalised else spelling)
        else:
            spellings.add(spelling)
    return spellings


def _spelled(words: Iterable[str], *, capitalised: bool = False) -> set[str]:
    """Every accepted spelling of ``words`` (see :func:`_spellings`)."""
    return {spelling for word in words for spelling in _spellings(word, capitalised=capitalised)}


def _trie(words: Mapping[str, str]) -> str:
    """A pattern for the given literal words, each followed by its tail pattern.

    The words form a trie, so alternatives at each level start with distinct
    characters: the engine rejects a word after one comparison per branch,
    never re-reads text, and tries longer words before their prefixes. A
    space in a word matches :data:`_G`. No word boundary is checked (see
    :func:`_alternation`).
    """
    if not words:
        return "(?!)"
    root: dict[str, Any] = {}
    for word, tail in words.items():
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node.setdefault("", set()).add(tail)

    def emit(node: dict[str, Any]) -> str:
        # Characters whose continuations are the same share one branch.
        by_continuation: dict[str, list[str]] = {}
        for char, child in sorted(node.items()):
            if char:
                by_continuation.setdefault(emit(child), []).append(char)
        branches = [
            (_G if chars == [" "] else _char_class(chars)) + continuation
            for continuation, chars in by_continuation.items()
        ]
        tails: set[str] | None = node.get("")
        if tails is not None:
            branches.append(_either(sorted(tails)))
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root)


def _keywords(words: Mapping[str, str]) -> str:
    """Like :func:`_trie`, laid out for scanning a whole text for rare words.

    The engine walks the branches of an alternation one by one, so a trie
    whose first level has one branch per first letter costs every word of
    the text a walk past dozens of them. Here the first level has one branch
    per script (digits, Latin, other), each a class of first letters; the
    next level is a trie of the words' remaining letters, and where a word
    ends a lookbehind checks the whole word, first letter included.
    """
    scripts: dict[str, dict[str, dict[str, set[str]]]] = {}
    for word, tail in words.items():
        script = "digit" if word[0] in _DIGITS else "latin" if word[0].isascii() else "other"
        rests = scripts.setdefault(script, {})
        rests.setdefault(word[1:], {}).setdefault(tail, set()).add(word[0])
    branches = []
    for rests in scripts.values():
        firsts = sorted({char for tails in rests.values() for chars in tails.values() for char in chars})
        leaves = {
            rest: _either(
                sorted(
                    (f"(?<={_char_class(sorted(chars))}{re.escape(rest)})" if rest else "") + tail
                    for tail, chars in tails.items()
                )
            )
            for rest, tails in rests.items()
        }
        branches.append(_char_class(firsts) + _trie(leaves))
    if not branches:
        return "(?!)"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _char_class(chars: list[str]) -> str:
    """One character of ``chars``: a literal, or a class of them."""
    if len(chars) == 1:
        return re.escape(chars[0])
    return "[" + "".join(re.escape(char) for char in chars) + "]"


def _either(patterns: list[str]) -> str:
    """Any one of ``patterns`` (which may include the empty pattern, tried last)."""
    if patterns == [""]:
        return ""
    options = [pattern for pattern in patterns if pattern]
    if "" in patterns:
        return "(?:" + "|".join(options) + ")?"
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


def _alternation(spellings: Iterable[str]) -> str:
    """Any one of ``spellings`` as a whole word: those ending in a letter at a word boundary."""
    spellings = set(spellings)
    whole = {spelling: "" for spelling in spellings if _IS_WORD_CHAR.fullmatch(spelling[-1])}
    marks = {spelling: "" for spelling in spellings if spelling not in whole}
    options = []
    if whole:
        options.append(f"{_trie(whole)}(?!{_W})")
    if marks:
        options.append(_trie(marks))
    if not options:
        return "(?!)"
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


def _prefixes(spellings: Iterable[str]) -> str:
    """A pattern for the first two characters of any of ``spellings``."""
    return _trie({spelling[:2]: "" for spelling in spellings})


def _merge(into: dict[str, str], more: dict[str, str]) -> None:
    """Add trigger words; a word in two tables may be followed by either tail."""
    for word, tail in more.items():
        if word in into and into[word] != tail:
            into[word] = _either(sorted({into[word], tail}))
        else:
            into[word] = tail


class _Tables:
    """The lexicon for a set of languages: lookups by key, and word patterns."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages

    def table(self, table: Mapping[str, Mapping[str, T]]) -> dict[str, T]:
        """One language-merged lookup, keyed by :func:`_key`."""
        return {_key(word): value for language in self.languages for word, value in table.get(language, {}).items()}

    def language_of(self, *tables: Mapping[str, Iterable[str]]) -> dict[str, str]:
        """The language each word of ``tables`` belongs to, keyed by :func:`_key`."""
        return {
            _key(word): language for table in tables for language in self.languages for word in table.get(language, ())
        }

    def words(self, table: Mapping[str, Iterable[str]]) -> list[str]:
        """The words of a table in the chosen languages."""
        return [word for language in self.languages for word in table.get(language, ())]

    def spellings(self, table: Mapping[str, Iterable[str]]) -> set[str]:
        """Every accepted spelling of the words of a table (a tuple, or a dict's keys)."""
        return _spelled(self.words(table))

    def names(self, table: Mapping[str, Mapping[str, object]]) -> set[str]:
        """Spellings of calendar names, capitalised where the language demands."""
        return {
            spelling
            for language in self.languages
            for spelling in _spelled(table.get(language, {}), capitalised=language in lexicon.CAPITALISED_NAMES)
        }

    def pattern(self, table: Mapping[str, Iterable[str]]) -> str:
        """Any one word of a table, as a whole word."""
        return _alternation(self.spellings(table))

    def joiner(self, table: Mapping[str, Iterable[str]]) -> str:
        """A joining word with its spaces: "-" tight or spaced, "से"/"to" spaced."""
        spellings = self.spellings(table)
        marks = {word for word in spellings if not _IS_WORD_CHAR.match(word)}
        options = []
        if marks:
            options.append(_G0 + _alternation(marks) + _G0)
        if spellings - marks:
            options.append(_G + _alternation(spellings - marks) + _G)
        return "(?:" + "|".join(options) + ")" if options else "(?!)"


# --- the grammar ----------------------------------------------------------------

#: Which alternatives of the date grammar a kind of trigger can start.
_ALTERNATIVES_BY_TRIGGER: Final = {
    "digit": ("iso", "ymd", "dmy", "da", "ag", "tf", "yr", "tm"),
    "month": ("da", "my", "mo"),
    "weekday": ("da", "wd"),
    "relative_day": ("rd",),
    "modifier": ("rd", "wd", "pe", "rm"),
    "part": ("my", "pe", "mo", "yr"),
}


class _Patterns(dict[str, re.Pattern[str]]):
    """Patterns by name, each compiled from its source when first asked for (a dict read like any other)."""

    def __init__(self, sources: dict[str, str]) -> None:
        super().__init__()
        self.sources = sources

    def __missing__(self, name: str) -> re.Pattern[str]:
        pattern = self[name] = re.compile(self.sources[name])  # two threads may both compile it: same pattern
        return pattern


class _Grammar:
    """Compiled patterns and lookups for one set of languages."""

    @functools.cached_property
    def date_trigger_after_space(self) -> re.Pattern[str]:
        """A trigger after a space, for scanning a text: a literal space first lets the engine jump from space to space.

        Compiled on first use (each trigger pattern takes about 15 ms): the
        parser knows the tokens and tries ``date_trigger`` at their starts.
        """
        return re.compile(" " + self._trigger_source)

    @functools.cached_property
    def date_trigger_after_other(self) -> re.Pattern[str]:
        """A trigger after any other separator, for scanning a text (the rarer case: a pattern of its own)."""
        return re.compile(f"[{_OTHER_SEPARATORS}]{self._trigger_source}")

    @functools.cached_property
    def date(self) -> re.Pattern[str]:
        """Every alternative of the date grammar in one pattern.

        The largest pattern of all (a fifth of the grammar's compile time):
        ``find_dates`` reads with the patterns of each trigger kind instead,
        so an article parsed without a dated dateline never compiles it.
        """
        return re.compile(self._date_source)

    def __init__(self, languages: tuple[str, ...]) -> None:  # noqa: PLR0915  # one grammar, built in one place
        tables = _Tables(languages)
        lx = lexicon
        self.languages = languages

        # Lookups from the key of a matched word to its meaning.
        self.months = tables.table(lx.MONTHS) | tables.table(lx.MONTH_ABBREVIATIONS)
        self.weekdays = tables.table(lx.WEEKDAYS) | tables.table(lx.WEEKDAY_ABBREVIATIONS)
        self.relative_days = tables.table(lx.RELATIVE_DAYS)
        self.modifiers = tables.table(lx.MODIFIERS)
        self.periods = tables.table(lx.PERIODS)
        self.parts = tables.table(lx.PARTS_BEFORE) | tables.table(lx.PARTS_AFTER)
        self.calendar_units = tables.table(lx.CALENDAR_UNITS)
        self.day_periods = tables.table(lx.DAY_PERIODS_BEFORE) | tables.table(lx.DAY_PERIODS_AFTER)
        self.named_times = tables.table(lx.NAMED_TIMES)
        self.numbers: dict[str, float] = {
            **tables.table(lx.NUMBERS),
            **tables.table(lx.FRACTIONS),
            **dict.fromkeys(map(_key, tables.words(lx.ARTICLES)), 1),
        }
        self.vague_numbers = set(map(_key, tables.words(lx.VAGUE_NUMBERS)))
        self.not_after_article = set(map(_key, tables.words(lx.NOT_AFTER_ARTICLE)))
        self.fraction_modifiers = tables.table(lx.FRACTION_MODIFIERS)
        self.duration_units = tables.table(lx.DURATION_UNITS)
        #: The language of each name and relative word: it picks the tense rule.
        self.language = tables.language_of(lx.MONTHS, lx.MONTH_ABBREVIATIONS, lx.WEEKDAYS, lx.RELATIVE_DAYS)

        # Word patterns.
        month_names = tables.names(lx.MONTHS) | tables.names(lx.MONTH_ABBREVIATIONS)
        weekday_names = tables.names(lx.WEEKDAYS)
        month = rf"(?:{_alternation(tables.names(lx.MONTHS))}|{_alternation(tables.names(lx.MONTH_ABBREVIATIONS))}\.?)"
        weekday = _alternation(weekday_names)
        weekday_any = rf"(?:{weekday}|{_alternation(tables.names(lx.WEEKDAY_ABBREVIATIONS))}\.?)"
        relative_day = tables.pattern(lx.RELATIVE_DAYS)
        modifier = tables.pattern(lx.MODIFIERS)
        period = tables.pattern(lx.PERIODS)
        part_before = tables.pattern(lx.PARTS_BEFORE)
        part_after = tables.pattern(lx.PARTS_AFTER)
        ago = tables.pattern(lx.AGO)
        ordinal = tables.pattern(lx.ORDINAL_SUFFIXES)
        number_word = tables.pattern(lx.NUMBERS)
        article = tables.pattern(lx.ARTICLES)
        fraction = tables.pattern(lx.FRACTIONS)
        fraction_modifier = tables.pattern(lx.FRACTION_MODIFIERS)

        def clock(p: str) -> str:
            """A time of day, its groups named with ``p``."""
            return (
                rf"(?:(?P<{p}named>{tables.pattern(lx.NAMED_TIMES)})"
                rf"|(?:(?P<{p}period>{tables.pattern(lx.DAY_PERIODS_BEFORE)}){_G})?"
                rf"(?:(?P<{p}mod>{fraction_modifier}){_G})?"
                rf"(?:(?P<{p}h>{_D}{{1,2}})(?!{_D})(?:[:.](?P<{p}m>{_D}{{2}})(?!{_D}))?|(?P<{p}frac>{fraction}))"
                rf"(?:{_G0}(?P<{p}ampm>{tables.pattern(lx.DAY_PERIODS_AFTER)})"
                rf"|{_G}(?:(?P<{p}oclock>{tables.pattern(lx.OCLOCK)})"
                rf"|{tables.pattern(lx.CLOCK_MINUTE_JOINERS)}{_G}(?P<{p}m2>{_D}{{1,2}}){_G}"
                rf"{tables.pattern(lx.CLOCK_MINUTE_WORDS)})"
                rf"|(?<=:{_D}{_D})(?!{_W})))"
            )

        def part_prefix(p: str) -> str:
            return rf"(?:(?P<{p}part>{part_before})(?:-|{_G}))?"

        def part_suffix(p: str) -> str:
            return rf"(?:{_G}(?P<{p}suffix>{part_after}))?"

        def ago_body(p: str) -> str:
            return (
                rf"(?P<{p}n>{_D}{{1,4}}(?!{_D})|{number_word}|{article})(?:{_G}|-)"
                rf"(?P<{p}unit>{tables.pattern(lx.CALENDAR_UNITS)}){_G}{ago}"
            )

        day = rf"{_D}{{1,2}}(?:{ordinal})?(?!{_W})"
        year = rf"{_D}{{4}}(?!{_W})"
        at_time = rf"(?:{_G0},{_G0}|{_G}{tables.pattern(lx.TIME_JOINERS)}{_G}|{_G})"
        stamp_end = rf"(?!{_D}|[-/.:]{_D})"
        date_range = tables.joiner(lx.DATE_RANGE_JOINERS)
        alternatives = {
            # 2025-08-15, 2025-08-15T17:30+05:30
            "iso": rf"(?P<iso_y>{_D}{{4}})-(?P<iso_m>{_D}{{1,2}})-(?P<iso_d>{_D}{{1,2}})"
            rf"(?:[T ](?P<iso_t>{_D}{{2}}:{_D}{{2}}(?::{_D}{{2}}(?:\.{_D}{{1,6}})?)?"
            rf"(?:Z|[+-]{_D}{{2}}(?::?{_D}{{2}})?)?))?{stamp_end}",
            # 2025/08/15, 2025.08.15
            "ymd": rf"(?P<ymd_y>{_D}{{4}})(?P<ymd_s>[/.])(?P<ymd_m>{_D}{{1,2}})(?P=ymd_s)"
            rf"(?P<ymd_d>{_D}{{1,2}}){stamp_end}",
            # 15/08/2025, 15.08.2025, 15-08-2025: the day first, as in India and Europe
            "dmy": rf"(?P<dmy_d>{_D}{{1,2}})(?P<dmy_s>[/.-])(?P<dmy_m>{_D}{{1,2}})(?P=dmy_s)"
            rf"(?P<dmy_y>{_D}{{4}}){stamp_end}",
            # [Friday, | बुधवार (] 15[-17] August | August 15[-17] [, 2025] [)] [at 5 p.m.]
            "da": rf"(?:(?P<da_wd>{weekday_any})(?:(?P<da_open>{_G0}\({_G0})|{_COMMA}))?"
            rf"(?:(?P<da_d>{day})(?:{date_range}(?P<da_d2>{day}))?{_G}(?:{tables.pattern(lx.ORDINAL_OF)}{_G})?"
            rf"(?P<da_m>{month})"
            rf"|(?P<da_m2>{month}){_G}(?P<da_d3>{day})(?:{date_range}(?P<da_d4>{day}))?)"
            rf"(?:{_COMMA}(?P<da_y>{year}))?(?(da_open){_G0}\))(?:{at_time}{clock('da_t_')})?",
            # [early] August 2025
            "my": rf"{part_prefix('my_')}(?P<my_m>{month}){_COMMA}(?P<my_y>{year}){part_suffix('my_')}",
            # [last] Friday [at 5 p.m.]
            "wd": rf"(?:(?P<wd_mod>{modifier}){_G})?(?P<wd_d>{weekday})(?:{at_time}{clock('wd_t_')})?",
            # आज, कल, yesterday [शाम 5 बजे]
            "rd": rf"(?P<rd_w>{relative_day})(?:{at_time}{clock('rd_t_')})?",
            # [early] last week, पिछले साल [जून], इस महीने [की शुरुआत में]
            "pe": rf"(?:(?P<pe_part>{part_before}){_G})?(?P<pe_mod>{modifier}){_G}(?P<pe_u>{period})"
            rf"(?:{_G}(?P<pe_m>{month})(?!{_G0}{_D}))?{part_suffix('pe_')}",
            # last June
            "rm": rf"(?P<rm_mod>{modifier}){_G}(?P<rm_m>{month})",
            # three days ago, 3 दिन पहले
            "ag": ago_body("ag_"),
            # 5 p.m. on Friday
            "tf": rf"{clock('tf_t_')}(?:{_G}{tables.pattern(lx.TIME_FIRST_JOINERS)}{_G}|{_G0},{_G0}|{_G})"
            rf"(?:(?P<tf_wd>{weekday})|(?P<tf_rd>{relative_day}))",
            # [late] March, फरवरी [में]: the context is checked in code
            "mo": rf"{part_prefix('mo_')}(?P<mo_m>{month}){part_suffix('mo_')}",
            # [mid-]2025
            "yr": rf"{part_prefix('yr_')}(?<![$€£₹¥])(?P<yr_y>{year})(?![.,:/%]{_D}|%){part_suffix('yr_')}",
            # 17:30, शाम 5 बजे: a time alone
            "tm": clock("tm_t_"),
        }

        def source(names: Iterable[str]) -> str:
            return "|".join(f"(?P<{name}>{alternatives[name]})" for name in names)

        # The whole grammar, which only parse_date reads (see ``date``), and the part each
        # kind of trigger can start: compiled when first asked for, since an article
        # meets two to four of the six kinds and each pattern takes 10-20 ms to compile.
        self._date_source = source(alternatives)
        self.date_after = _Patterns({kind: source(names) for kind, names in _ALTERNATIVES_BY_TRIGGER.items()})
        self.ago = re.compile(rf"(?<!{_W})(?P<ag>{ago_body('ag_')})\Z")

        # Triggers (see the module docstring). A modifier or a part is one
        # only if the next word could continue it: the first two letters of
        # that word are checked here, the rest by the grammar.
        names = month_names | weekday_names | tables.names(lx.WEEKDAY_ABBREVIATIONS)
        modifiers = tables.spellings(lx.MODIFIERS)
        relative_days = tables.spellings(lx.RELATIVE_DAYS)
        parts = tables.spellings(lx.PARTS_BEFORE)
        units = tables.spellings(lx.CALENDAR_UNITS)
        triggers = dict.fromkeys(names | relative_days, "")
        _merge(triggers, dict.fromkeys(modifiers, rf"{_G}(?={_prefixes(names | tables.spellings(lx.PERIODS))})"))
        _merge(triggers, dict.fromkeys(parts, rf"(?:-|{_G})(?={_D}|{_prefixes(names | modifiers)})"))
        _merge(triggers, dict.fromkeys(units, f"{_G}{ago}"))
        _merge(triggers, dict.fromkeys(_DIGITS, ""))
        # The trigger words as one pattern, tried at a token's start when the tokens
        # are known; the scans of a text without them compile their own (see below).
        self._trigger_source = _keywords(triggers)
        self.date_trigger = re.compile(self._trigger_source)
        self.trigger_kinds = {
            **dict.fromkeys(map(_key, modifiers), "modifier"),
            **dict.fromkeys(map(_key, parts), "part"),
            **dict.fromkeys(map(_key, month_names), "month"),
            **dict.fromkeys(map(_key, names - month_names), "weekday"),
            **dict.fromkeys(map(_key, relative_days), "relative_day"),
            **dict.fromkeys(_DIGITS, "digit"),
        }
        self.ago_keys = {
            _key(f"{unit} {word}") for unit in tables.words(lx.CALENDAR_UNITS) for word in tables.words(lx.AGO)
        }

        # Durations.
        number = rf"(?<!{_D}[.,])(?:{_D}{{1,3}}(?:,{_D}{{3}}){{1,3}}|{_D}{{1,6}}(?:\.{_D}{{1,3}})?)(?!{_D}|[.,]{_D})"
        and_a_half = tables.pattern(lx.AND_A_HALF)
        unit = tables.pattern(lx.DURATION_UNITS)

        def amount(p: str) -> str:
            return (
                rf"(?:(?P<{p}mod>{fraction_modifier}){_G})?"
                rf"(?:(?P<{p}num>{number})|(?P<{p}word>{number_word})|(?P<{p}frac>{fraction})"
                rf"|(?P<{p}art>{article}))"
            )

        self.duration = re.compile(
            rf"(?<!{_W})(?:(?P<hedge>{tables.pattern(lx.HEDGES_BEFORE)}){_G})?"
            rf"{amount('q_')}(?:(?:{_G}|-)(?P<q_half>{and_a_half}))?"
            rf"(?:{tables.joiner(lx.RANGE_JOINERS)}(?P<q_to>{number}|{number_word}))?"
            rf"(?:{_G0}-{_G0}|{_G})(?P<unit>{unit})(?:(?:{_G}|-)(?P<unit_half>{and_a_half}))?"
            rf"(?:(?:{_G}{tables.pattern(lx.UNIT_JOINERS)}{_G}|{_G})"
            rf"(?P<r_num>{number}|{number_word})(?:{_G}|-)(?P<r_unit>{unit}))?"
            rf"(?:{_G}(?P<hedge_after>{tables.pattern(lx.HEDGES_AFTER)}))?"
        )
        unit_spellings = tables.spellings(lx.DURATION_UNITS)
        unit_trie = _keywords(dict.fromkeys(unit_spellings, ""))
        # Units follow a space ("3 घंटे"), or a hyphen ("90-minute"); each
        # scan starts with a literal, which the engine finds fastest.
        self.duration_triggers = tuple(re.compile(separator + unit_trie) for separator in _UNIT_SEPARATORS)
        self.trigger_words = _TriggerWords.of(set(triggers) - set(_DIGITS), unit_spellings)
        self.blocked_before = re.compile(rf"(?<!{_W}){tables.pattern(lx.DURATION_BLOCKERS_BEFORE)}{_G}\Z")
        self.blocked_after = re.compile(rf"(?:{_G}|-)(?P<word>{tables.pattern(lx.DURATION_BLOCKERS_AFTER)})")
        self.calendar_amount = re.compile(rf"{amount('c_')}(?:{_G}|-)(?P<c_unit>{tables.pattern(lx.CALENDAR_UNITS)})")

        # What parse_date and parse_duration accept around an expression.
        self.date_prefix = re.compile(rf"\s*(?:{tables.pattern(lx.DATE_PREFIXES)}\s+)?")
        self.date_suffix = re.compile(rf"\s*(?:{tables.pattern(lx.DATE_SUFFIXES)}\s*)?(?:[.,।]\s*)?")
        self.duration_prefix = re.compile(rf"\s*(?:{tables.pattern(lx.DURATION_PREFIXES)}\s+)?")
        self.duration_suffix = re.compile(rf"\s*(?:{tables.pattern(lx.DURATION_SUFFIXES)}\s*)?(?:[.,।]\s*)?")

        # The context that makes a month alone a date.
        self.month_after = {
            language: re.compile(rf"{_G}{_alternation(_spelled(lx.BARE_MONTH_AFTER[language]))}")
            for language in languages
            if language in lx.BARE_MONTH_AFTER
        }
        self.month_before = {
            language: re.compile(rf"(?<!{_W}){_alternation(_spelled(lx.BARE_MONTH_BEFORE[language]))}{_G}\Z")
            for language in languages
            if language in lx.BARE_MONTH_BEFORE
        }

        # Tense markers, per language: where to look, and what to look for.
        # One flat trie, whose first characters let the engine skip the rest
        # of the window; which tense a marker is, is looked up afterwards.
        self.tense: dict[str, tuple[str, re.Pattern[str], frozenset[str]]] = {}
        for language in languages:
            if language not in lx.TENSE_DIRECTION:
                continue
            words = _spelled(lx.FUTURE_WORDS.get(language, ())) | _spelled(lx.PAST_WORDS.get(language, ()))
            markers = {word: _whole_word(word) for word in words}
            markers.update(dict.fromkeys(_spelled(lx.FUTURE_ENDINGS.get(language, ())), f"(?!{_W})"))
            self.tense[language] = (
                lx.TENSE_DIRECTION[language],
                re.compile(_trie(markers)),
                frozenset(map(_key, lx.PAST_WORDS.get(language, ()))),
            )


def _whole_word(word: str) -> str:
    """The tail that makes a trie leaf ``word`` match only as a whole word."""
    before = f"(?<!{_W}{re.escape(word)})" if _IS_WORD_CHAR.match(word) else ""
    return before + (f"(?!{_W})" if _IS_WORD_CHAR.fullmatch(word[-1]) else "")


# What a token may start, as bits (see _TriggerWords).
_DATE_WORD: Final = 1
_UNIT_WORD: Final = 2
_UNSURE: Final = 4
_TRIGGER_WORDS_LIMIT: Final = 1 << 16
_DIGIT_SET: Final = frozenset(_DIGITS)
#: A run of word characters, as the patterns see words.
_W_RUN: Final = re.compile(f"{_W}+")
#: Characters a token holds but ``_W`` does not (Devanagari Extended): a
#: trigger word may end right before one, inside a token.
_TOKEN_ONLY: Final = re.compile("[\ua8e0-\ua8ff]")


class _TriggerWords(dict[str, int]):
    """Token key -> what a token with that key may start: a date trigger, a duration unit (bits).

    How the token path of :func:`find_dates` and :func:`find_durations`
    finds what the scans find. Every match of a scan begins right after a
    separator (no word character, so a token begins there too) with a digit
    or with a trigger word, whose first run of word characters is then the
    whole token when the word goes on past it ("आज" of "आज रात") or the
    match is kept (a kept match does not run on into more letters). So the
    tokens whose keys start with a digit or are the key of a trigger word's
    first run are the only places a kept match can start; there the scans'
    own patterns are tried, anchored.

    The scans' matches do not overlap, so a match can hide another that
    starts inside it, after a separator: only a match of several words
    holds one, and such a match starts at a token that is tried, so the
    token path hides the same. A match of one word that runs on into a
    longer one ("कलाकार" for "कल") is dropped by the scans and not tried
    here, and holds no separator to hide anything behind.

    A key with a character that tokens hold but the patterns do not count
    as a word character (Devanagari Extended) says nothing: such a text is
    scanned. Filled on first asking, up to a bound, whatever texts come.
    """

    __slots__ = ("dates", "units")

    def __init__(self, dates: frozenset[str], units: frozenset[str]) -> None:
        super().__init__()
        self.dates = dates
        self.units = units

    @classmethod
    def of(cls, trigger_words: set[str], units: set[str]) -> _TriggerWords | None:
        """The lookup for these trigger words and units, or None if one opens with no word character."""
        firsts = [_W_RUN.match(word) for word in trigger_words]
        unit_firsts = [_W_RUN.match(unit) for unit in units]
        if not all(firsts) or not all(unit_firsts):
            return None  # it would start no token
        return cls(
            frozenset(token_key(first.group()) for first in firsts if first is not None),
            frozenset(token_key(first.group()) for first in unit_firsts if first is not None),
        )

    def __missing__(self, key: str) -> int:
        if _TOKEN_ONLY.search(key):
            kind = _UNSURE
        else:
            kind = (_DATE_WORD if key[:1] in _DIGIT_SET or key in self.dates else 0) | (
                _UNIT_WORD if key in self.units else 0
            )
        if len(self) < _TRIGGER_WORDS_LIMIT:
            self[key] = kind
        return kind


# The candidate starts of the last token list asked about, for the grammar
# asked with: dates and durations ask about the same text one after the
# other. Held strongly, so the identity of the list cannot be reused.
_last_candidates: tuple[Sequence[Token], _Grammar, tuple[list[int], list[int]] | None] | None = None


def _candidates(tokens: Sequence[Token], grammar: _Grammar) -> tuple[list[int], list[int]] | None:
    """The starts of the tokens that may start a date trigger, and of those that may be a unit.

    None when the tokens cannot stand in for a scan (see :class:`_TriggerWords`).
    Looked up in C (``map``, ``compress``): no Python code runs per token.
    """
    global _last_candidates
    cached = _last_candidates
    if cached is not None and cached[0] is tokens and cached[1] is grammar:
        return cached[2]
    words = grammar.trigger_words
    found: tuple[list[int], list[int]] | None = None
    if words is not None:
        kinds = list(map(words.__getitem__, token_keys(tokens)))
        starts = token_starts(tokens)
        dates: list[int] = []
        units: list[int] = []
        for index in compress(range(len(kinds)), kinds):  # the few tokens that may start something
            kind = kinds[index]
            if kind & _UNSURE:
                break
            if kind & _DATE_WORD:
                dates.append(starts[index])
            if kind & _UNIT_WORD:
                units.append(starts[index])
        else:
            found = (dates, units)
    _last_candidates = (tokens, grammar, found)
    return found


@functools.cache
def _grammar(languages: tuple[str, ...]) -> _Grammar:
    """The compiled grammar of these languages, built on first use."""
    return _Grammar(languages)


def _languages(language: str | None) -> tuple[str, ...]:
    """The languages to read with: the primary subtag of ``language``, or all.

    A language the lexicon has no tables for is read with every table, so
    that an unexpected language tag never makes a date unreadable.
    """
    if language is None:
        return lexicon.LANGUAGES
    if not isinstance(language, str):
        raise TypeError(f"language must be str or None, not {type(language).__name__}")
    primary = language.split("-", 1)[0].strip().lower()
    return (primary,) if primary in lexicon.LANGUAGES else lexicon.LANGUAGES


# --- context -------------------------------------------------------------------


class _Context:
    """What dates in one text are resolved against."""

    __slots__ = ("grammar", "reference", "text", "zone")

    def __init__(self, text: str, reference: dt.date | None, zone: dt.tzinfo | None, grammar: _Grammar) -> None:
        self.text = text
        self.reference = reference
        self.zone = zone
        self.grammar = grammar


def _reference(reference: object) -> tuple[dt.date | None, dt.tzinfo | None]:
    """The reference day, and the fixed-offset zone of an aware reference.

    A naive datetime counts as its date: without a zone no time of day can
    be stored. A named zone becomes its offset at the reference instant.
    """
    if reference is None:
        return None, None
    if isinstance(reference, dt.datetime):
        offset = reference.utcoffset()
        if offset is None:
            return reference.date(), None
        zone = reference.tzinfo if type(reference.tzinfo) is dt.timezone else dt.timezone(offset)
        return reference.date(), zone
    if isinstance(reference, dt.date):
        return reference, None
    raise TypeError(f"reference must be a date, a datetime or None, not {type(reference).__name__}")


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")


def _is_future(context: _Context, span: tuple[int, int], language: str | None) -> bool:
    """Whether the clause around ``text[start:end]`` is in the future tense.

    The rule of the expression's language applies (see the module
    docstring): where its verb follows the date, the first tense marker
    after it up to the end of the clause decides; where it precedes, the
    nearest marker before it. No marker, or a past one, means the past.
    """
    if language is None or language not in context.grammar.tense:
        return False
    direction, markers, past = context.grammar.tense[language]
    text = context.text
    start, end = span
    if direction == "after":
        stop = min(len(text), end + _TENSE_AFTER)
        clause = _CLAUSE_END.search(text, end, stop)
        marker = markers.search(text, end, clause.start() if clause else stop)
    else:
        begin = max(0, start - _TENSE_BEFORE)
        for clause in _CLAUSE_END.finditer(text, begin, start):
            begin = clause.end()
        marker = None
        for marker in markers.finditer(text, begin, start):  # noqa: B007  # the last one is the nearest
            pass
    return marker is not None and _key(marker.group()) not in past


# --- resolving a date match ------------------------------------------------------


class _UnresolvedError(Exception):
    """Text that cannot become a TimeSpan or Duration: why, and where (if known)."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


def _int(digits: str) -> int:
    return int(digits.translate(_ASCII_DIGITS))


def _number(text: str, grammar: _Grammar) -> float:
    """The value of an amount: digits (with thousands commas or a decimal point) or a word."""
    if text[0].isdigit():
        return float(text.translate(_ASCII_DIGITS).replace(",", ""))
    return grammar.numbers[_key(text)]


def _needs_reference(context: _Context, what: str) -> dt.date:
    if context.reference is None:
        raise _UnresolvedError(f"{what} is relative to the publication date: pass reference=")
    return context.reference


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _UnresolvedError(f"not a calendar date: year {year}, month {month}, day {day}") from None


def _candidate(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _add_months(day: dt.date, months: int) -> dt.date:
    from dateutil.relativedelta import relativedelta  # lazily: keeps ``import newsevent`` light

    result: dt.date = day + relativedelta(months=months)
    return result


def _month_end(first: dt.date) -> dt.date:
    following = first.replace(day=28) + dt.timedelta(days=4)
    return following - dt.timedelta(days=following.day)


def _clock(match: re.Match[str], prefix: str, grammar: _Grammar) -> tuple[int, int, bool] | None:
    """``(hour, minute, whether minutes were given)`` of a time matched with ``prefix``."""
    named = match.group(prefix + "named")
    if named is not None:
        hour, minute = grammar.named_times[_key(named)]
        return hour, minute, True
    hour_text = match.group(prefix + "h")
    value = float(_int(hour_text)) if hour_text is not None else grammar.numbers[_key(match.group(prefix + "frac"))]
    modifier = match.group(prefix + "mod")
    if modifier is not None:
        value += grammar.fraction_modifiers[_key(modifier)]
    hour = int(value)
    minute = round((value - hour) * 60)
    minute_text = match.group(prefix + "m") or match.group(prefix + "m2")
    if minute_text is not None:
        minute = _int(minute_text)
    period_text = match.group(prefix + "period") or match.group(prefix + "ampm")
    if period_text is not None:
        for first, last, shift in lexicon.HOUR_SHIFTS[grammar.day_periods[_key(period_text)]]:
            if first <= hour <= last:
                hour += shift
                break
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return hour, minute, minute_text is not None or minute != 0


def _at(day: dt.date, match: re.Match[str], prefix: str, context: _Context) -> TimeSpan:
    """``day`` at the time of day matched with ``prefix``, if one was and a zone is known."""
    written = match.group()
    if match.start(prefix + "named") < 0 and match.start(prefix + "h") < 0 and match.start(prefix + "frac") < 0:
        return TimeSpan(start=day, precision=Precision.DAY, text=written)
    clock = _clock(match, prefix, context.grammar)
    if clock is None:
        raise _UnresolvedError("not a time of day")
    if context.zone is None:
        return TimeSpan(start=day, precision=Precision.DAY, text=written)
    hour, minute, exact = clock
    start = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=context.zone)
    return TimeSpan(start=start, precision=Precision.MINUTE if exact else Precision.HOUR, text=written)


def _weekday(name: str, modifier: str | None, context: _Context, span: tuple[int, int], what: str) -> dt.date:
    """The date a weekday names (see the module docstring)."""
    reference = _needs_reference(context, what)
    key = _key(name).rstrip(".")
    weekday = context.grammar.weekdays[key]
    if modifier == "last":
        back = (reference.weekday() - weekday - 1) % 7 + 1
    elif modifier == "next":
        back = -((weekday - reference.weekday() - 1) % 7 + 1)
    elif _is_future(context, span, context.grammar.language.get(key)):
        back = -((weekday - reference.weekday()) % 7)
    else:
        back = (reference.weekday() - weekday) % 7
    return reference - dt.timedelta(days=back)


def _relative_day(word: str, context: _Context, span: tuple[int, int], what: str) -> dt.date:
    """The day a relative word names: the past reading unless its clause is future."""
    reference = _needs_reference(context, what)
    key = _key(word)
    past, future = context.grammar.relative_days[key]
    days = past if past == future or not _is_future(context, span, context.grammar.language.get(key)) else future
    return reference + dt.timedelta(days=days)


def _year_for(
    month_name: str, day: int, context: _Context, match: re.Match[str], weekday: int | None = None
) -> tuple[int, int]:
    """``(year, month)`` of a day and month written without a year (see the module docstring)."""
    reference = _needs_reference(context, f"{match.group()!r} has no year, so it")
    span = match.span()
    key = _key(month_name).rstrip(".")
    month = context.grammar.months[key]
    year = reference.year
    candidate = _candidate(year, month, day)
    # Differences, not sums: the reference may be the calendar's last day.
    if candidate is not None and candidate - reference > _YEAR_SLACK:
        year -= 1
    elif (
        candidate is not None
        and reference - candidate > _YEAR_SLACK
        and _is_future(context, span, context.grammar.language.get(key))
    ):
        year += 1
    if weekday is not None:
        fitting = [
            option
            for option in (year, year - 1, year + 1)
            if (date := _candidate(option, month, day)) is not None and date.weekday() == weekday
        ]
        if fitting:
            year = fitting[0]
    return year, month


def _narrow(start: dt.date, end: dt.date, unit: str, part: str, written: str) -> TimeSpan:
    """The early, mid or late third of a week, month or year; approximate."""
    if unit == "year":
        first_month, last_month = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return TimeSpan(
            start=dt.date(start.year, first_month, 1),
            end=_month_end(dt.date(start.year, last_month, 1)),
            precision=Precision.MONTH,
            approximate=True,
            text=written,
        )
    if unit == "month":
        first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, end.day)}[part]
        return TimeSpan(
            start=start.replace(day=first_day),
            end=start.replace(day=last_day),
            precision=Precision.DAY,
            approximate=True,
            text=written,
        )
    # A week's thirds; a weekend is too short to divide, so it stays whole.
    first_offset, last_offset = {"early": (0, 2), "mid": (2, 4), "late": (4, 6)}[part]
    return TimeSpan(
        start=min(end, start + dt.timedelta(days=first_offset)),
        end=min(end, start + dt.timedelta(days=last_offset)),
        precision=Precision.DAY,
        approximate=True,
        text=written,
    )


def _period(match: re.Match[str], context: _Context, what: str) -> TimeSpan:
    """A calendar period picked by a modifier: "last week", "पिछले साल जून"."""
    grammar = context.grammar
    reference = _needs_reference(context, what)
    unit = grammar.periods[_key(match.group("pe_u"))]
    modifier = grammar.modifiers[_key(match.group("pe_mod"))]
    part_text = match.group("pe_part") or match.group("pe_suffix")
    written = match.group()
    shift = {"last": -1, "next": 1}.get(modifier, 0)
    if unit in ("week", "weekend"):
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=shift)
        start = monday + dt.timedelta(days=5) if unit == "weekend" else monday
        end = monday + dt.timedelta(days=6)
    elif unit == "month":
        start = _add_months(reference.replace(day=1), shift)
        end = _month_end(start)
    else:
        start = dt.date(reference.year + shift, 1, 1)
        end = dt.date(start.year, 12, 31)
        if match.group("pe_m") is not None:
            month = grammar.months[_key(match.group("pe_m")).rstrip(".")]
            return TimeSpan(start=start.replace(month=month), precision=Precision.MONTH, text=written)
    if modifier == "earlier":
        return TimeSpan(start=start, end=max(start, reference), precision=Precision.DAY, approximate=True, text=written)
    if modifier == "later":
        return TimeSpan(start=min(reference, end), end=end, precision=Precision.DAY, approximate=True, text=written)
    if part_text is not None:
        return _narrow(start, end, unit, grammar.parts[_key(part_text)], written)
    if unit in ("week", "weekend"):
        return TimeSpan(start=start, end=end, precision=Precision.DAY, approximate=True, text=written)
    return TimeSpan(start=start, precision=Precision.MONTH if unit == "month" else Precision.YEAR, text=written)


def _iso(match: re.Match[str], context: _Context) -> TimeSpan:
    """An ISO 8601 date, or timestamp: its own offset, else the reference's zone, else the day."""
    written = match.group()
    day = _date(_int(match.group("iso_y")), _int(match.group("iso_m")), _int(match.group("iso_d")))
    stamp = match.group("iso_t")
    if stamp is None:
        return TimeSpan(start=day, precision=Precision.DAY, text=written)
    from dateutil.parser import isoparse  # lazily: keeps ``import newsevent`` light

    stamp = stamp.translate(_ASCII_DIGITS)
    try:
        moment = isoparse(f"{day.isoformat()}T{stamp}")
    except (ValueError, OverflowError):
        raise _UnresolvedError("not a time of day") from None
    offset = moment.utcoffset()
    if offset is not None:
        moment = moment.replace(tzinfo=dt.timezone(offset))
    elif context.zone is not None:
        moment = moment.replace(tzinfo=context.zone)
    else:
        return TimeSpan(start=day, precision=Precision.DAY, text=written)
    precision = Precision.SECOND if _SECONDS.match(stamp) else Precision.MINUTE
    return TimeSpan(start=moment, precision=precision, text=written)


def _day_month(match: re.Match[str], context: _Context, what: str) -> TimeSpan:
    """A day and month, or a range of days: "15 अगस्त", "Friday, Aug. 15, 2025", "15-17 August"."""
    grammar = context.grammar
    month_name = match.group("da_m") or match.group("da_m2")
    first = _int((match.group("da_d") or match.group("da_d3")).rstrip("stndrhSTNDRH"))
    weekday_name = match.group("da_wd")
    weekday = grammar.weekdays[_key(weekday_name).rstrip(".")] if weekday_name else None
    if match.group("da_y") is not None:
        year, month = _int(match.group("da_y")), grammar.months[_key(month_name).rstrip(".")]
    else:
        year, month = _year_for(month_name, first, context, match, weekday)
    start = _date(year, month, first)
    last_text = match.group("da_d2") or match.group("da_d4")
    if last_text is not None:
        last = _candidate(year, month, _int(last_text.rstrip("stndrhSTNDRH")))
        if last is not None and last > start:
            return TimeSpan(start=start, end=last, precision=Precision.DAY, text=match.group())
    return _at(start, match, "da_t_", context)


def _bare_month(match: re.Match[str], context: _Context, what: str) -> TimeSpan:
    """A month alone: read as a date only next to the words its language dates with."""
    grammar = context.grammar
    month_name = match.group("mo_m")
    part_text = match.group("mo_part") or match.group("mo_suffix")
    if part_text is None:
        language = grammar.language.get(_key(month_name).rstrip("."))
        after = grammar.month_after.get(language or "")
        before = grammar.month_before.get(language or "")
        start = match.start()
        if not (
            (after is not None and after.match(context.text, match.end()))
            or (before is not None and before.search(context.text, max(0, start - 16), start))
        ):
            raise _UnresolvedError(f"{what} alone is not read as a month")
    year, month = _year_for(month_name, 1, context, match)
    start_day = dt.date(year, month, 1)
    if part_text is not None:
        return _narrow(start_day, _month_end(start_day), "month", grammar.parts[_key(part_text)], match.group())
    return TimeSpan(start=start_day, precision=Precision.MONTH, text=match.group())


def _ago(match: re.Match[str], context: _Context, what: str) -> TimeSpan:
    """An amount counted back from the reference: "3 दिन पहले", "two weeks ago"."""
    grammar = context.grammar
    reference = _needs_reference(context, what)
    count = int(_number(match.group("ag_n"), grammar))
    unit = grammar.calendar_units[_key(match.group("ag_unit"))]
    written = match.group()
    try:
        if unit == "day":
            return TimeSpan(start=reference - dt.timedelta(days=count), precision=Precision.DAY, text=written)
        if unit == "week":
            start = reference - dt.timedelta(weeks=count)
            return TimeSpan(start=start, precision=Precision.DAY, approximate=True, text=written)
        if unit == "month":
            start = _add_months(reference.replace(day=1), -count)
            return TimeSpan(start=start, precision=Precision.MONTH, text=written)
        return TimeSpan(start=dt.date(reference.year - count, 1, 1), precision=Precision.YEAR, text=written)
    except (ValueError, OverflowError):
        raise _UnresolvedError(f"{what} reaches outside the calendar") from None


def _resolve_date(match: re.Match[str], context: _Context) -> tuple[str, TimeSpan]:
    """The kind of a date match (its alternative's name) and the TimeSpan it means.

    Raises :class:`_UnresolvedError` when the match cannot be a date,
    including when counting from the reference leaves the calendar (years
    1-9999).
    """
    try:
        return _resolve(match, context)
    except (OverflowError, ValueError) as error:
        if isinstance(error, _UnresolvedError):  # pragma: no cover  # not a ValueError; kept for clarity
            raise
        raise _UnresolvedError(f"{match.group()!r} falls outside the calendar") from None


def _resolve(match: re.Match[str], context: _Context) -> tuple[str, TimeSpan]:
    """:func:`_resolve_date` without the guard for the calendar's ends."""
    grammar = context.grammar
    kind = match.lastgroup or ""
    what = repr(match.group())
    group = match.group
    if kind == "iso":
        return kind, _iso(match, context)
    if kind in ("ymd", "dmy"):
        day = _date(_int(group(kind + "_y")), _int(group(kind + "_m")), _int(group(kind + "_d")))
        return kind, TimeSpan(start=day, precision=Precision.DAY, text=group())
    if kind == "da":
        return kind, _day_month(match, context, what)
    if kind == "my":
        start = _date(_int(group("my_y")), grammar.months[_key(group("my_m")).rstrip(".")], 1)
        part_text = group("my_part") or group("my_suffix")
        if part_text is not None:
            return kind, _narrow(start, _month_end(start), "month", grammar.parts[_key(part_text)], group())
        return kind, TimeSpan(start=start, precision=Precision.MONTH, text=group())
    if kind == "wd":
        modifier = grammar.modifiers[_key(group("wd_mod"))] if group("wd_mod") else None
        return kind, _at(_weekday(group("wd_d"), modifier, context, match.span(), what), match, "wd_t_", context)
    if kind == "rd":
        return kind, _at(_relative_day(group("rd_w"), context, match.span(), what), match, "rd_t_", context)
    if kind == "pe":
        return kind, _period(match, context, what)
    if kind == "rm":
        reference = _needs_reference(context, what)
        modifier = grammar.modifiers[_key(group("rm_mod"))]
        month = grammar.months[_key(group("rm_m")).rstrip(".")]
        year = reference.year - (modifier == "last" and month >= reference.month)
        year += modifier == "next" and month <= reference.month
        return kind, TimeSpan(start=dt.date(year, month, 1), precision=Precision.MONTH, text=group())
    if kind == "ag":
        return kind, _ago(match, context, what)
    if kind == "tf":
        if group("tf_wd") is not None:
            day = _weekday(group("tf_wd"), None, context, match.span(), what)
        else:
            day = _relative_day(group("tf_rd"), context, match.span(), what)
        return kind, _at(day, match, "tf_t_", context)
    if kind == "mo":
        return kind, _bare_month(match, context, what)
    if kind == "yr":
        year = _int(group("yr_y"))
        if year not in _BARE_YEARS:
            raise _UnresolvedError(f"{year} is not read as a year")
        start = dt.date(year, 1, 1)
        part_text = group("yr_part") or group("yr_suffix")
        if part_text is not None:
            return kind, _narrow(start, dt.date(year, 12, 31), "year", grammar.parts[_key(part_text)], group())
        return kind, TimeSpan(start=start, precision=Precision.YEAR, text=group())
    # a time alone ("tm"), on the reference day
    return kind, _at(_needs_reference(context, what), match, "tm_t_", context)


# --- finding and parsing dates ----------------------------------------------------


def find_dates(
    text: str, *, reference: dt.date | dt.datetime | None = None, tokens: Sequence[Token] | None = None
) -> list[Found[TimeSpan]]:
    """Every date expression in ``text``, in order, with offsets into ``text``.

    Relative expressions are resolved against ``reference`` (the publication
    date) by the rules of the module docstring; without one, only dates
    that carry their year are found. A time of day with no day is skipped.
    Expressions do not overlap; the time taken is linear in ``len(text)``.
    ``tokens``, the tokens of ``text`` if the caller has them, let the
    trigger words be looked up rather than scanned for; the result is the
    same.
    """
    _check_text(text)
    day, zone = _reference(reference)
    grammar = _grammar(lexicon.LANGUAGES)
    context = _Context(text, day, zone, grammar)
    found: list[Found[TimeSpan]] = []
    consumed = 0
    for start, end in _date_triggers(text, grammar, tokens):
        if start < consumed:
            continue
        key = _key(text[start:end])
        if key in grammar.ago_keys:
            # The amount stands before the trigger ("तीन दिन पहले"): look back for it.
            match = grammar.ago.search(text, max(consumed, start - _DURATION_BEFORE), end)
        else:
            kind = grammar.trigger_kinds.get(key) or grammar.trigger_kinds.get(key.split(" ", 1)[0].rstrip("-"))
            if kind is None:  # pragma: no cover  # every trigger word has a kind
                continue
            match = grammar.date_after[kind].match(text, start)
        if match is None:
            continue
        consumed = match.end()
        try:
            kind, value = _resolve_date(match, context)
        except _UnresolvedError:
            continue
        if kind != "tm":
            found.append(Found(match.start(), match.end(), value))
    return found


def _date_triggers(text: str, grammar: _Grammar, tokens: Sequence[Token] | None = None) -> list[tuple[int, int]]:
    """Where a date may start, as ``(start, end of the trigger)``, in order.

    A trigger word starts after a separator, and one that ends in a letter
    must not run on into more letters ("कलाकार" holds no "कल"). A number
    starts after a space or a bracket, not after the point or comma of
    another number ("3.2025", "1,400") or a hyphen ("1910-45").
    """
    candidates = _candidates(tokens, grammar) if tokens is not None else None
    if candidates is not None:
        found = _date_triggers_at(text, candidates[0], grammar)
    else:
        found = [(hit.start() + 1, hit.end()) for hit in grammar.date_trigger_after_space.finditer(text)]
        found.extend(
            (hit.start() + 1, hit.end())
            for hit in grammar.date_trigger_after_other.finditer(text)
            if not (text[hit.start()] in _INSIDE_NUMBERS and _IS_DIGIT.match(text, hit.start() + 1))
        )
        first = grammar.date_trigger.match(text)
        if first is not None:
            found.append((0, first.end()))
        found.sort()
    length = len(text)
    return [
        (start, end)
        for start, end in found
        if end == length
        or not _IS_WORD_CHAR.match(text, end)
        or not _IS_WORD_CHAR.match(text, end - 1)
        or _IS_DIGIT.match(text, start)
    ]


def _date_triggers_at(text: str, starts: list[int], grammar: _Grammar) -> list[tuple[int, int]]:
    """What the scans of :func:`_date_triggers` find, tried only at these token starts (see :class:`_TriggerWords`).

    Each scan's matches do not overlap, as ``finditer``'s do not: a start
    inside the last match of its own scan is passed over.
    """
    found: list[tuple[int, int]] = []
    space_end = other_end = 0
    trigger = grammar.date_trigger.match
    for start in starts:
        if start == 0:
            first = trigger(text)
            if first is not None:
                found.append((0, first.end()))
            continue
        separator = start - 1
        if text[separator] == " ":
            if separator >= space_end and (hit := trigger(text, start)) is not None:
                space_end = hit.end()
                found.append((start, space_end))
        elif (
            separator >= other_end
            and _OTHER_SEPARATOR.match(text, separator) is not None
            and (hit := trigger(text, start)) is not None
        ):
            other_end = hit.end()
            if not (text[separator] in _INSIDE_NUMBERS and _IS_DIGIT.match(text, start)):
                found.append((start, other_end))
    return found


def parse_date(
    text: str,
    *,
    reference: dt.date | dt.datetime | None = None,
    language: str | None = None,
    strict: bool = False,
) -> TimeSpan | None:
    """The date or time that ``text`` — one expression — names, or ``None``.

    ``text`` holds one expression, optionally with the words its language
    puts around one ("on Monday", "शुक्रवार को"), blanks, and a final full
    stop. ``reference`` (a date, or an aware datetime whose zone then applies
    to times of day) resolves relative expressions by the rules in the
    module docstring; ``language`` ("hi", "en") restricts the tables read
    (default: all). With ``strict=True``, text that is no such expression
    raises :class:`~newsevent.ParseError` instead of returning ``None``.
    Raises ``TypeError`` for a non-str ``text``.
    """
    _check_text(text)
    day, zone = _reference(reference)
    grammar = _grammar(_languages(language))
    try:
        return _read_date(text, grammar, _Context(text, day, zone, grammar))
    except _UnresolvedError as error:
        if strict:
            raise ParseError(error.message, text, error.position) from None
        return None


def _read_date(text: str, grammar: _Grammar, context: _Context) -> TimeSpan:
    """The TimeSpan of ``text`` as one expression (see :func:`parse_date`)."""
    prefix = grammar.date_prefix.match(text)
    position = prefix.end() if prefix is not None else 0
    if position == len(text):
        raise _UnresolvedError("empty date expression")
    match = grammar.date.match(text, position)
    if match is None:
        raise _UnresolvedError(
            "no date or time expression here; expected e.g. '15 अगस्त 2025', 'Aug 15, 2025', 'शुक्रवार को' or 'yesterday'",
            position,
        )
    rest = grammar.date_suffix.match(text, match.end())
    leftover = rest.end() if rest is not None else match.end()
    if leftover != len(text):
        raise _UnresolvedError(f"unexpected text after the date expression {match.group()!r}", leftover)
    try:
        return _resolve_date(match, context)[1]
    except _UnresolvedError as error:
        raise _UnresolvedError(error.message, match.start()) from None


# --- durations -------------------------------------------------------------------


def _duration(match: re.Match[str], grammar: _Grammar) -> tuple[Duration, int]:
    """The Duration a duration match means, and where it ends.

    A second amount counts only in a smaller unit ("1 hour 20 minutes");
    "90 minutes 11 days" is two amounts, and the match ends after the first.
    Raises :class:`_UnresolvedError` if the match is no duration.
    """
    group = match.group
    unit_key = _key(group("unit"))
    if group("q_art") is not None and unit_key in grammar.not_after_article:
        raise _UnresolvedError(f"{group()!r} is not an amount of time")
    amount_text = group("q_num") or group("q_word") or group("q_frac") or group("q_art")
    amount = _number(amount_text, grammar)
    approximate = group("hedge") is not None or _key(amount_text) in grammar.vague_numbers
    if group("q_mod") is not None:
        amount += grammar.fraction_modifiers[_key(group("q_mod"))]
    if group("q_half") is not None or group("unit_half") is not None:
        amount += 0.5
    if group("q_to") is not None:
        upper = _number(group("q_to"), grammar)
        if upper > amount:
            amount = (amount + upper) / 2
            approximate = True
    unit_seconds = grammar.duration_units[unit_key]
    seconds = amount * unit_seconds
    end = match.end()
    rest_unit = group("r_unit")
    if rest_unit is not None and grammar.duration_units[_key(rest_unit)] < unit_seconds:
        seconds += _number(group("r_num"), grammar) * grammar.duration_units[_key(rest_unit)]
    elif rest_unit is not None:
        end = max(match.end("unit"), match.end("unit_half"))
    if end == match.end() and group("hedge_after") is not None:
        approximate = True
    start = match.start()
    return Duration(seconds=round(seconds), approximate=approximate, text=match.string[start:end]), end


def _duration_blocker(start: int, end: int, text: str, grammar: _Grammar) -> str | None:
    """The word next to the duration ``text[start:end]`` that makes it no duration, if any."""
    before = grammar.blocked_before.search(text, max(0, start - 24), start)
    if before is not None:
        return before.group().strip()
    after = grammar.blocked_after.match(text, end)
    return after.group("word") if after is not None else None


def find_durations(text: str, *, tokens: Sequence[Token] | None = None) -> list[Found[Duration]]:
    """Every duration expression in ``text``, in order, with offsets into ``text``.

    Units run from seconds to weeks; amounts next to "पहले"/"बाद"/"ago"/
    "after" (offsets) or "अगले"/"next"/"in" (deadlines) are left out, as are
    months, years and clock times (see the module docstring). Expressions do
    not overlap; the time taken is linear in ``len(text)``. ``tokens``, the
    tokens of ``text`` if the caller has them, let the units be looked up
    rather than scanned for; the result is the same.
    """
    _check_text(text)
    grammar = _grammar(lexicon.LANGUAGES)
    found: list[Found[Duration]] = []
    consumed = 0
    length = len(text)
    for unit_start, unit_end in _units(text, grammar, tokens):
        if unit_start < consumed or (unit_end < length and _IS_WORD_CHAR.match(text, unit_end)):
            continue
        low = max(consumed, unit_start - _DURATION_BEFORE)
        high = min(length, unit_end + _DURATION_AFTER)
        # End the window between words, so that it cuts no word in two (within twice the reach).
        rest_of_word = _W_RUN.match(text, high, min(length, unit_end + 2 * _DURATION_AFTER))
        if rest_of_word is not None:
            high = rest_of_word.end()
        match = grammar.duration.search(text, low, high)
        while match is not None and match.end() <= unit_start:
            match = grammar.duration.search(text, match.end(), high)
        if match is None or match.start() > unit_start:
            continue
        try:
            value, end = _duration(match, grammar)
        except _UnresolvedError:
            consumed = match.end()
            continue
        consumed = end
        if _duration_blocker(match.start(), end, text, grammar) is None:
            found.append(Found(match.start(), end, value))
    return found


def _units(text: str, grammar: _Grammar, tokens: Sequence[Token] | None) -> list[tuple[int, int]]:
    """Where a duration's unit may stand, as ``(start, end)``, in order.

    A unit follows a space, a hyphen ("90-minute") or a no-break space; each
    separator has a scan of its own. With ``tokens``, the scans' patterns
    are tried only where a unit's token starts (see :class:`_TriggerWords`).
    """
    triggers = grammar.duration_triggers
    candidates = _candidates(tokens, grammar) if tokens is not None else None
    if candidates is None:
        units = [(hit.start() + 1, hit.end()) for hit in triggers[0].finditer(text)]
        for trigger in triggers[1:]:
            if trigger.pattern[0] in text:
                units.extend((hit.start() + 1, hit.end()) for hit in trigger.finditer(text))
                units.sort()
        return units
    units = []
    ends = [0] * len(triggers)  # where the last match of each scan ends
    for start in candidates[1]:
        separator = start - 1
        which = _UNIT_SEPARATORS.find(text[separator]) if separator >= 0 else -1
        if which >= 0 and separator >= ends[which]:
            hit = triggers[which].match(text, separator)
            if hit is not None:
                ends[which] = hit.end()
                units.append((start, hit.end()))
    return units


def parse_duration(text: str, *, language: str | None = None, strict: bool = False) -> Duration | None:
    """How long ``text`` — one duration expression — says, or ``None``.

    Reads an amount ("3", "तीन", "डेढ़", "साढ़े तीन", "two and a half", "an"),
    a unit from seconds to weeks, optionally a second amount and unit ("1
    hour 20 minutes"), and hedges ("करीब", "से अधिक", "about", "over") that
    make the result ``approximate``; also "for 90 minutes" and "3 घंटे तक".
    ``language`` restricts the tables read (default: all). With
    ``strict=True``, text that is no such expression raises
    :class:`~newsevent.ParseError` instead of returning ``None``. Raises
    ``TypeError`` for a non-str ``text``.
    """
    _check_text(text)
    grammar = _grammar(_languages(language))
    try:
        return _read_duration(text, grammar)
    except _UnresolvedError as error:
        if strict:
            raise ParseError(error.message, text, error.position) from None
        return None


def _read_duration(text: str, grammar: _Grammar) -> Duration:
    """The Duration of ``text`` as one expression (see :func:`parse_duration`)."""
    prefix = grammar.duration_prefix.match(text)
    position = prefix.end() if prefix is not None else 0
    if position == len(text):
        raise _UnresolvedError("empty duration expression")
    match = grammar.duration.match(text, position)
    if match is None:
        calendar = grammar.calendar_amount.match(text, position)
        if calendar is not None:
            unit = grammar.calendar_units[_key(calendar.group("c_unit"))]
            raise _UnresolvedError(
                f"{calendar.group()!r} counts {unit}s, which vary in length; "
                "durations are read in seconds, minutes, hours, days or weeks",
                position,
            )
        raise _UnresolvedError(
            "no duration expression here; expected an amount and a unit, e.g. 'करीब 3 घंटे', "
            "'डेढ़ घंटे' or 'about two hours'",
            position,
        )
    try:
        value, end = _duration(match, grammar)
    except _UnresolvedError as error:
        raise _UnresolvedError(error.message, match.start()) from None
    blocker = _duration_blocker(match.start(), end, text, grammar)
    if blocker is not None:
        raise _UnresolvedError(f"{value.text!r} next to {blocker!r} is a point in time, not a duration", match.start())
    rest = grammar.duration_suffix.match(text, end)
    leftover = rest.end() if rest is not None else end
    if leftover != len(text):
        raise _UnresolvedError(f"unexpected text after the duration expression {value.text!r}", leftover)
    return value
