"""The gazetteer: known people, their offices, countries and places, and every name they go by.

A :class:`Gazetteer` is immutable. It is built from four tables of records —
:class:`Person`, :class:`Office`, :class:`Country`, :class:`PlaceEntry` — that
are checked as they enter (records themselves are plain values; validation
happens at this edge, once, with the path of every problem). On top of the
tables it keeps two indexes, built in one pass:

* a **name trie**: every surface form (names, aliases, Hindi forms, demonyms)
  cut into token keys as :func:`~newsevent.parsing._tokens.name_key` cuts
  them, stored in nested dicts keyed by token key, so that the longest known
  name starting at a token is found in time bounded by the longest name, and
  a whole token list is scanned in linear time;
* an **office table**: the terms of each office, so that "who was the Russian
  foreign minister on 15 August 2025" is a short scan.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, count
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeVar, cast

import attrs

from .._fields import Country as CountryCode
from .._fields import EnumOf, FieldType, OptionalOf, Text, TupleOf, type_name
from .._vocab import PlaceKind, _StrEnum
from ..exceptions import Problem, ValidationError
from ..parsing._tokens import _WORD_RUN as WORD_RUN
from ..parsing._tokens import Token, name_key, token_key, token_keys

if TYPE_CHECKING:
    import os
    import sys

    # Traversable moved in 3.11; the old name is gone in 3.14.
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

__all__ = [
    "Country",
    "Gazetteer",
    "NameCandidate",
    "NameHit",
    "NameKind",
    "Office",
    "OfficeKind",
    "Person",
    "PlaceEntry",
]


# --- vocabularies -----------------------------------------------------------


class OfficeKind(_StrEnum):
    """The offices the gazetteer records, in order of precedence.

    The order is the one :meth:`Gazetteer.title_of` uses to pick a person's
    main title when they hold several offices at once: a president who is
    also foreign minister is called President.
    """

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    FOREIGN_MINISTER = "foreign_minister"
    DEFENCE_MINISTER = "defence_minister"
    FINANCE_MINISTER = "finance_minister"
    HOME_MINISTER = "home_minister"
    TRADE_MINISTER = "trade_minister"
    NATIONAL_SECURITY_ADVISER = "national_security_adviser"
    VICE_PRESIDENT = "vice_president"
    DEPUTY_HEAD_OF_GOVERNMENT = "deputy_head_of_government"
    SPOKESPERSON = "spokesperson"
    SECRETARY_GENERAL = "secretary_general"
    ORGANISATION_HEAD = "organisation_head"


class NameKind(_StrEnum):
    """What a surface form names: a person, a country (by name or demonym), or a place."""

    PERSON = "person"
    COUNTRY = "country"
    DEMONYM = "demonym"
    PLACE = "place"


OFFICE_KINDS: Final[dict[str, OfficeKind]] = {kind.value: kind for kind in OfficeKind}
#: The kinds a row of places.tsv may have: a country is a row of countries.tsv.
PLACE_KINDS: Final[dict[str, PlaceKind]] = {
    kind.value: kind for kind in (PlaceKind.VENUE, PlaceKind.CITY, PlaceKind.REGION)
}
_RANK: Final = {kind: rank for rank, kind in enumerate(OfficeKind)}


# --- records ----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Person:
    """A known person: ``id`` slug, canonical English ``name``, and every other form.

    ``country`` is the ISO 3166-1 alpha-2 code of the country they serve
    (``None`` for officials of international organisations); ``aliases`` are
    Latin-script forms, ``hindi`` Devanagari ones; ``source`` says where the
    facts can be checked.
    """

    id: str
    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    hindi: tuple[str, ...] = ()
    source: str

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form: the name, then the aliases, then the Hindi forms."""
        return (self.name, *self.aliases, *self.hindi)


@attrs.frozen(kw_only=True)
class Office:
    """One term of ``person`` (an id) in an office, from ``start`` to ``end`` inclusive.

    ``office`` is the kind of office and ``title`` what the country calls it
    (``foreign_minister`` / ``External Affairs Minister``). Exactly one of
    ``country`` (ISO code) and ``org`` (``UN``, ``NATO``…) says whose office it
    is. ``end`` is ``None`` while the term is open. A date read as ``YYYY-MM``
    or ``YYYY`` stands for the first day of that month or year in ``start`` and
    the last day in ``end``.
    """

    person: str
    office: OfficeKind
    title: str
    country: str | None = None
    org: str | None = None
    start: dt.date
    end: dt.date | None = None
    source: str

    def held_on(self, day: dt.date) -> bool:
        """Whether the term covers ``day`` (both ends included)."""
        return self.start <= day and (self.end is None or day <= self.end)


@attrs.frozen(kw_only=True)
class Country:
    """A country: ISO ``code``, English short ``name``, other names, demonyms and capital.

    ``demonyms`` are the English adjectives used before titles (``Russian``),
    ``hindi_demonyms`` the Devanagari ones (``रूसी``); ``capital`` names a
    :class:`PlaceEntry` of the same country.
    """

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    hindi: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    hindi_demonyms: tuple[str, ...] = ()
    capital: str | None = None
    source: str

    @property
    def names(self) -> tuple[str, ...]:
        """Every form naming the country itself (demonyms not included)."""
        return (self.name, *self.aliases, *self.hindi)


@attrs.frozen(kw_only=True)
class PlaceEntry:
    """A place below country level: a ``venue``, ``city`` or ``region``.

    Called ``PlaceEntry`` to keep it apart from :class:`newsevent.Place`, the
    place of an event, which a parser builds from an entry.
    """

    name: str
    kind: PlaceKind
    country: str
    region: str | None = None
    aliases: tuple[str, ...] = ()
    hindi: tuple[str, ...] = ()
    source: str

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form: the name, then the aliases, then the Hindi forms."""
        return (self.name, *self.aliases, *self.hindi)


Entry = Person | Country | PlaceEntry
Record = Person | Office | Country | PlaceEntry


class NameCandidate(NamedTuple):
    """One entry a surface form may name, and as what (``kind``: a demonym names a country too)."""

    kind: NameKind
    entry: Entry


class NameHit(NamedTuple):
    """A known name found in a token list.

    ``first`` and ``last`` are the indexes of its first and last token (both
    included), ``start`` and ``end`` its offsets in the text the tokens came
    from. ``candidates`` lists every entry the form may name, in the order of
    the tables (people, then countries, then places): more than one when a
    form is ambiguous.
    """

    first: int
    last: int
    start: int
    end: int
    candidates: tuple[NameCandidate, ...]

    @property
    def people(self) -> tuple[Person, ...]:
        """The people among the candidates."""
        return _entries(self.candidates, Person)

    @property
    def countries(self) -> tuple[Country, ...]:
        """The countries among the candidates, named or as a demonym."""
        return _entries(self.candidates, Country)

    @property
    def places(self) -> tuple[PlaceEntry, ...]:
        """The places among the candidates."""
        return _entries(self.candidates, PlaceEntry)


_E = TypeVar("_E", Person, Country, PlaceEntry)


def _entries(candidates: tuple[NameCandidate, ...], kind: type[_E]) -> tuple[_E, ...]:
    """The entries of ``candidates`` of one ``kind``, in order.

    The parser asks this of every hit again and again, and a hit has more
    than one candidate but rarely: that case takes no generator.
    """
    if len(candidates) == 1:
        entry = candidates[0].entry
        return (entry,) if isinstance(entry, kind) else ()
    return tuple(c.entry for c in candidates if isinstance(c.entry, kind))


# --- checks of records (shared by the TSV reader and from_records) ----------

_SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class _Slug(FieldType):
    """An id: lowercase ASCII letters and digits in words joined by hyphens."""

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is not str:
            problems.append(Problem(path, f"expected str, got {type_name(value)}"))
        elif not _SLUG.fullmatch(value):
            problems.append(
                Problem(
                    path,
                    f"expected an id of lowercase ASCII words joined by hyphens such as 'narendra-modi', got {value!r}",
                )
            )
        return value


class _Day(FieldType):
    """A ``datetime.date`` (a ``datetime``, which is also a date, is refused)."""

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is not dt.date:
            problems.append(Problem(path, f"expected date, got {type_name(value)}"))
        return value


class _PlaceKindField(FieldType):
    """A :class:`PlaceKind` below country level."""

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if value not in PLACE_KINDS.values() or type(value) is not PlaceKind:
            shown = repr(value) if isinstance(value, str) else type_name(value)
            problems.append(Problem(path, f"expected PlaceKind 'venue', 'city' or 'region', got {shown}"))
        return value


_TEXT: Final = Text()
_NAMES: Final = TupleOf(Text())
_OPTIONAL_TEXT: Final = OptionalOf(Text())
_SLUG_FIELD: Final = _Slug()
_COUNTRY: Final = CountryCode()
_OPTIONAL_COUNTRY: Final = OptionalOf(_COUNTRY)

FIELD_CHECKS: Final[dict[type, tuple[tuple[str, FieldType], ...]]] = {
    Person: (
        ("id", _SLUG_FIELD),
        ("name", _TEXT),
        ("country", _OPTIONAL_COUNTRY),
        ("aliases", _NAMES),
        ("hindi", _NAMES),
        ("source", _TEXT),
    ),
    Office: (
        ("person", _SLUG_FIELD),
        ("office", EnumOf(OfficeKind)),
        ("title", _TEXT),
        ("country", _OPTIONAL_COUNTRY),
        ("org", _OPTIONAL_TEXT),
        ("start", _Day()),
        ("end", OptionalOf(_Day())),
        ("source", _TEXT),
    ),
    Country: (
        ("code", _COUNTRY),
        ("name", _TEXT),
        ("aliases", _NAMES),
        ("hindi", _NAMES),
        ("demonyms", _NAMES),
        ("hindi_demonyms", _NAMES),
        ("capital", _OPTIONAL_TEXT),
        ("source", _TEXT),
    ),
    PlaceEntry: (
        ("name", _TEXT),
        ("kind", _PlaceKindField()),
        ("country", _COUNTRY),
        ("region", _OPTIONAL_TEXT),
        ("aliases", _NAMES),
        ("hindi", _NAMES),
        ("source", _TEXT),
    ),
}


# The checks that a row read from a file still needs: the reader builds values
# of the right types (NFC text, never empty where required, dates, enums), so
# only what a type cannot say is left. Skipping the rest halves the reading time.
_VALUE_CHECKS: Final = {
    cls: tuple((name, check) for name, check in checks if check in (_SLUG_FIELD, _COUNTRY, _OPTIONAL_COUNTRY))
    for cls, checks in FIELD_CHECKS.items()
}


def check_record(record: Record, problems: list[Problem], *, typed: bool = False) -> Record:
    """Check every field of ``record``; return it, NFC-normalised where needed.

    ``typed`` says the values are known to be of the right types and in NFC
    (the TSV reader made them), so that only their values are checked.
    Problems get the field name as their path (``aliases[2]``, ``end``); the
    caller puts the record's own location in front.
    """
    changes: dict[str, Any] = {}
    before = len(problems)
    for name, check in (_VALUE_CHECKS if typed else FIELD_CHECKS)[type(record)]:
        value = getattr(record, name)
        checked = check(value, name, problems)
        if checked is not value:
            changes[name] = checked
    if len(problems) == before and isinstance(record, Office):
        if record.end is not None and record.end < record.start:
            problems.append(Problem("end", f"the term ends ({record.end}) before it starts ({record.start})"))
        if (record.country is None) == (record.org is None):
            which = "neither" if record.country is None else "both"
            problems.append(Problem("country", f"expected a country or an org (one of them), got {which}"))
    return attrs.evolve(record, **changes) if changes else record


_DAY: Final = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def parse_day(text: str, *, last: bool = False) -> dt.date:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as a date: the first day of the period, or the ``last``.

    Raises ``ValueError`` with a message for a reader of the data file.
    """
    match = _DAY.fullmatch(text)
    if match is None:
        raise ValueError(f"expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {text!r}")
    year, month, day = match.groups()
    try:
        if day is not None:
            return dt.date(int(year), int(month), int(day))
        if month is not None:
            first = dt.date(int(year), int(month), 1)
            return first.replace(day=calendar.monthrange(first.year, first.month)[1]) if last else first
        return dt.date(int(year), 12, 31) if last else dt.date(int(year), 1, 1)
    except ValueError:
        raise ValueError(f"expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {text!r} (no such date)") from None


def _as_day(value: dt.date | str | None, *, last: bool) -> dt.date | None:
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, str):
        return parse_day(value, last=last)
    raise TypeError(f"expected a date, a 'YYYY-MM-DD' str or None, got {type_name(value)}")


# --- tables and their merging -----------------------------------------------


class Tables(NamedTuple):
    """Records of the four kinds, in reading order."""

    people: Sequence[Person] = ()
    offices: Sequence[Office] = ()
    countries: Sequence[Country] = ()
    places: Sequence[PlaceEntry] = ()


#: Locates field ``field`` of the record at ``index`` in the table ``table``:
#: ``people[3].country`` for records passed in, ``people/in.tsv:4:17`` for rows read.
Locator = Callable[[str, int, str], str]


def _records_locator(table: str, index: int, field: str) -> str:
    return f"{table}[{index}].{field}"


def _office_key(office: Office) -> tuple[str, OfficeKind, str | None, str | None, dt.date]:
    """What makes two office rows the same term: a later one replaces an earlier one."""
    return (office.person, office.office, office.country, office.org, office.start)


def _place_key(place: PlaceEntry) -> tuple[str, str]:
    """What makes two place rows the same place: the name as written, and the country."""
    return (place.name, place.country)


def check_tables(tables: Tables, known_people: Iterable[str], where: Locator) -> list[Problem]:
    """Problems across rows of ``tables``: duplicates among them, offices of unknown people.

    ``known_people`` are ids an office may also name (those of the gazetteer
    being extended).
    """
    problems: list[Problem] = []

    def unique(table: str, field: str, keys: Iterable[object], shown: Callable[[int], str]) -> None:
        first: dict[object, int] = {}
        for index, key in enumerate(keys):
            if key in first:
                problems.append(
                    Problem(
                        where(table, index, field),
                        f"duplicate {shown(index)}, first at {where(table, first[key], field)}",
                    )
                )
            else:
                first[key] = index

    people, offices, countries, places = tables
    unique("people", "id", (p.id for p in people), lambda i: f"person id {people[i].id!r}")
    unique(
        "offices",
        "person",
        map(_office_key, offices),
        lambda i: f"term of {offices[i].person!r} as {offices[i].office.value} from {offices[i].start}",
    )
    unique("countries", "code", (c.code for c in countries), lambda i: f"country code {countries[i].code!r}")
    unique(
        "places",
        "name",
        map(_place_key, places),
        lambda i: f"place {places[i].name!r} in {places[i].country}",
    )
    ids = {person.id for person in people}
    ids.update(known_people)
    problems.extend(
        Problem(where("offices", index, "person"), f"unknown person {office.person!r}: no row of people has this id")
        for index, office in enumerate(offices)
        if office.person not in ids
    )
    return problems


def _checked_records(
    people: Iterable[Person], offices: Iterable[Office], countries: Iterable[Country], places: Iterable[PlaceEntry]
) -> Tables:
    """Check the fields of records passed in by a user; raise with every problem."""
    problems: list[Problem] = []
    checked: list[list[Any]] = []
    tables: tuple[tuple[str, type, object], ...] = (
        ("people", Person, people),
        ("offices", Office, offices),
        ("countries", Country, countries),
        ("places", PlaceEntry, places),
    )
    for name, cls, table in tables:
        if isinstance(table, (str, bytes)) or not isinstance(table, Iterable):
            problems.append(Problem(name, f"expected an iterable of {cls.__name__}, got {type_name(table)}"))
            checked.append([])
            continue
        rows: list[Any] = []
        for index, record in enumerate(table):
            if type(record) is not cls:
                problems.append(Problem(f"{name}[{index}]", f"expected {cls.__name__}, got {type_name(record)}"))
                continue
            found: list[Problem] = []
            rows.append(check_record(cast("Record", record), found))
            problems.extend(Problem(f"{name}[{index}].{p.path}", p.message) for p in found)
        checked.append(rows)
    if problems:
        raise ValidationError(problems)
    return Tables(*checked)


# --- the name index ---------------------------------------------------------

#: A surface form in the index: the candidate it gives (one object per entry
#: and kind, so that ``is`` tells candidates apart); its words as written, or
#: ``None`` when they hold no capital letter (every form in Devanagari: the
#: fast path); and the punctuation after its last word ("U.S." ends in "."),
#: which tokens leave out but an evidence span should hold. A plain tuple,
#: since thousands are made on every load.
_Form = tuple[NameCandidate, "tuple[str, ...] | None", str]


#: The name trie: nested dicts keyed by token key. The forms that end at a
#: node are listed under ``_END``, which no token key can be (a token never
#: holds a NUL). Plain dicts, since a load makes thousands of nodes.
_Trie = dict[str, Any]
_END: Final = "\x00"
_CASED: Final = "\x01"  # set at a node where some form's capitals must be the text's
_TAILED: Final = "\x02"  # set at a node where some form ends in punctuation ("U.S.")
_CANDIDATES: Final = "\x03"  # the candidates of a node's forms, kept once a match has asked
_new_hit = tuple.__new__  # NameHit(...) through NamedTuple's __new__ costs twice as much


def _unique_candidates(forms: Sequence[_Form]) -> tuple[NameCandidate, ...]:
    """The entries that ``forms`` name, each once, in order."""
    if len(forms) == 1:
        return (forms[0][0],)
    candidates: list[NameCandidate] = []
    for candidate, _, _ in forms:
        # Candidates are few (one, rarely more), so a scan beats hashing an entry.
        if not any(candidate is seen for seen in candidates):
            candidates.append(candidate)
    return tuple(candidates)


class _WordKeys(dict[str, str]):
    """The token key of each word, computed on first asking."""

    def __missing__(self, word: str) -> str:
        key = self[word] = token_key(word)
        return key


class _NameIndex:
    """Builds the name trie, one surface form at a time.

    Words are cut by the tokenizer's own pattern and keyed by its
    :func:`~newsevent.parsing._tokens.token_key`, so that every form is keyed
    exactly as :func:`~newsevent.parsing._tokens.name_key` keys it (a test
    checks this over the shipped data), without building ``Token`` tuples
    that the index would throw away. Each distinct word is keyed once: half
    the words of the data recur (a surname in the full name, the alias, and
    the Hindi full name and surname).
    """

    __slots__ = ("root", "word_keys")

    def __init__(self) -> None:
        self.root: _Trie = {}
        self.word_keys = _WordKeys()

    def add(self, kind: NameKind, entry: Entry, names: Iterable[str]) -> None:
        key_of = self.word_keys.__getitem__
        candidate = NameCandidate(kind, entry)
        for name in names:
            words = WORD_RUN.findall(name)
            if not words:
                # Punctuation alone can never be matched; the data check reports it.
                continue
            node = self.root
            for word in words:
                node = node.setdefault(key_of(word), {})
            last = words[-1]
            tail = "" if name.endswith(last) else name[name.rindex(last) + len(last) :].strip()
            form = (candidate, tuple(words) if any(map(_case_tells, words)) else None, tail)
            forms: list[_Form] | None = node.get(_END)
            if forms is None:
                node[_END] = [form]
            elif form not in forms:
                forms.append(form)
            # Flags that spare the matcher a look at every form where none needs it.
            if form[1] is not None:
                node[_CASED] = True
            if tail:
                node[_TAILED] = True


def _case_tells(word: str) -> bool:
    """Whether the case a form writes ``word`` in must be the text's (see :func:`_written_as`)."""
    return word[0].isupper() and ((len(word) > 1 and word.isupper()) or len(word) <= 3)


def _written_as(words: tuple[str, ...], tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the tokens from ``first`` on have the capitals of a form's ``words``.

    So that "US" (the country) does not match "us" (the pronoun), nor "May"
    (a person) "may": a word in capitals (``US``, ``MBS``) must be in capitals
    in the text, and a short capitalised word (three letters or fewer, where
    ordinary words live) capitalised. Longer names match in any case, since
    embedded posts are often written all in lower case ("says russian
    president vladimir putin"). Scripts without case match as they are.
    """
    for offset, word in enumerate(words):
        if word[0].isupper():
            token = tokens[first + offset]
            seen = text[token.start : token.end]
            if len(word) > 1 and word.isupper():
                if not seen.isupper():
                    return False
            elif len(word) <= 3 and not seen[0].isupper():
                return False
    return True


# --- the gazetteer ----------------------------------------------------------

#: What :meth:`Gazetteer.with_person` takes as a term: a record, or ``(office, title, start, end)``.
OfficeLike = Office | tuple[str, str, dt.date | str, dt.date | str | None]


class Gazetteer:
    """Known people, their offices, countries and places, with every name they go by.

    Build one with :meth:`default` (the data shipped with newsevent),
    :meth:`load` (TSV files in the format of ``gazetteer/data/FORMAT.md``),
    :meth:`from_records`, or by extending another: :meth:`extended`,
    :meth:`with_person` and ``|`` return a new gazetteer and leave this one as
    it was. A gazetteer never changes, so one may be shared freely.

    For the parser it answers two questions: which known names stand in a
    list of tokens (:meth:`find_all`, :meth:`match`, :meth:`lookup`), and
    who held an office on a day (:meth:`holders`, :meth:`terms`,
    :meth:`title_of`).

    >>> from newsevent.gazetteer import Gazetteer
    >>> gaz = Gazetteer.from_records().with_person(
    ...     "jane-doe", "Jane Doe", country="IN", aliases=["Doe"], hindi=["जेन डो", "डो"],
    ...     offices=[("foreign_minister", "External Affairs Minister", "2024-01-01", None)],
    ... )
    >>> [p.id for p in gaz.holders("foreign_minister", country="IN", on=dt.date(2024, 6, 1))]
    ['jane-doe']
    >>> gaz.title_of("jane-doe", dt.date(2024, 6, 1))
    'External Affairs Minister'
    >>> from newsevent.parsing._tokens import tokenize
    >>> text = "डो ने कहा"
    >>> [(hit.start, hit.end, hit.people[0].id) for hit in gaz.find_all(tokenize(text), text=text)]
    [(0, 2, 'jane-doe')]
    """

    __slots__ = (
        "_as_of",
        "_by_code",
        "_by_id",
        "_countries",
        "_offices",
        "_offices_by_kind",
        "_offices_by_kind_country",
        "_offices_by_person",
        "_people",
        "_places",
        "_places_by_key",
        "_trie",
    )

    _people: tuple[Person, ...]
    _offices: tuple[Office, ...]
    _countries: tuple[Country, ...]
    _places: tuple[PlaceEntry, ...]
    _by_id: dict[str, Person]
    _by_code: dict[str, Country]
    _places_by_key: dict[tuple[str, str], PlaceEntry]
    _offices_by_person: dict[str, list[Office]]
    _offices_by_kind: dict[OfficeKind, list[Office]]
    _offices_by_kind_country: dict[tuple[OfficeKind, str | None], list[Office]]
    _trie: _Trie
    _as_of: dt.date | None

    def __init__(self) -> None:
        raise TypeError("build a Gazetteer with Gazetteer.default(), .load(), .from_records() or .extended()")

    # --- construction ---------------------------------------------------------

    @classmethod
    def _build(
        cls,
        people: Iterable[Person],
        offices: Iterable[Office],
        countries: Iterable[Country],
        places: Iterable[PlaceEntry],
    ) -> Gazetteer:
        """A gazetteer of records already checked, later records replacing earlier ones."""
        self = object.__new__(cls)
        by_id = {person.id: person for person in people}
        by_code = {country.code: country for country in countries}
        places_by_key = {_place_key(place): place for place in places}
        by_office = {_office_key(office): office for office in offices}
        self._people = tuple(by_id.values())
        self._countries = tuple(by_code.values())
        self._places = tuple(places_by_key.values())
        # Terms in order of their start, so that a scan finds them in time order.
        self._offices = tuple(sorted(by_office.values(), key=lambda office: office.start))
        self._by_id = by_id
        self._by_code = by_code
        self._places_by_key = places_by_key

        by_person: dict[str, list[Office]] = {}
        by_kind: dict[OfficeKind, list[Office]] = {}
        by_kind_country: dict[tuple[OfficeKind, str | None], list[Office]] = {}
        as_of: dt.date | None = None
        for office in self._offices:
            by_person.setdefault(office.person, []).append(office)
            by_kind.setdefault(office.office, []).append(office)
            by_kind_country.setdefault((office.office, office.country), []).append(office)
            last = office.end or office.start
            if as_of is None or last > as_of:
                as_of = last
        self._offices_by_person = by_person
        self._offices_by_kind = by_kind
        self._offices_by_kind_country = by_kind_country  # the parser asks about one country at a time
        self._as_of = as_of

        names = _NameIndex()
        for person in self._people:
            names.add(NameKind.PERSON, person, person.names)
        for country in self._countries:
            names.add(NameKind.COUNTRY, country, country.names)
            names.add(NameKind.DEMONYM, country, (*country.demonyms, *country.hindi_demonyms))
        for place in self._places:
            names.add(NameKind.PLACE, place, place.names)
        self._trie = names.root
        return self

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped with newsevent, read on first use and then shared.

        Raises :class:`~newsevent.ValidationError` if the package data is
        broken, naming file, line and column.
        """
        return _default()

    @classmethod
    def load(
        cls,
        *paths: str | os.PathLike[str] | Traversable,
        base: Gazetteer | None = None,
    ) -> Gazetteer:
        """Read gazetteer files: directories laid out as the package data, or single TSV files.

        A directory may hold, for each kind of table (``people``, ``offices``,
        ``countries``, ``places``), a file ``<kind>.tsv`` and a folder
        ``<kind>/`` of ``*.tsv`` files. A single file's kind is told by its
        header row. Every problem in every file is reported at once as a
        :class:`~newsevent.ValidationError` whose paths are
        ``file:line:column``.

        With ``base``, the rows are added to that gazetteer as by
        :meth:`extended` (offices may name its people)::

            mine = Gazetteer.load("my-people.tsv", "my-offices.tsv", base=Gazetteer.default())
        """
        from ._load import read_paths

        tables, where = read_paths(paths)
        return cls._extend(base, tables, where)

    @classmethod
    def from_records(
        cls,
        *,
        people: Iterable[Person] = (),
        offices: Iterable[Office] = (),
        countries: Iterable[Country] = (),
        places: Iterable[PlaceEntry] = (),
    ) -> Gazetteer:
        """A gazetteer of exactly these records, checked as the TSV reader checks rows.

        Problems are reported with paths such as ``offices[2].person``.
        """
        tables = _checked_records(people, offices, countries, places)
        return cls._extend(None, tables, _records_locator)

    @classmethod
    def _extend(cls, base: Gazetteer | None, tables: Tables, where: Locator) -> Gazetteer:
        known = base._by_id if base is not None else ()
        problems = check_tables(tables, known, where)
        if problems:
            raise ValidationError(problems)
        if base is None:
            return cls._build(*tables)
        return cls._build(
            (*base._people, *tables.people),
            (*base._offices, *tables.offices),
            (*base._countries, *tables.countries),
            (*base._places, *tables.places),
        )

    def extended(
        self,
        *others: Gazetteer,
        people: Iterable[Person] = (),
        offices: Iterable[Office] = (),
        countries: Iterable[Country] = (),
        places: Iterable[PlaceEntry] = (),
    ) -> Gazetteer:
        """A new gazetteer with the entries of this one, then of ``others``, then these records.

        Later entries win: a person with the id of an earlier one replaces it,
        as do a country with the same code, a place with the same name and
        country, and a term with the same person, office, country or org and
        start. Terms with other starts are kept side by side, so giving a
        person a new office keeps their old ones. Offices may name people of
        any of the gazetteers merged.

        Each call builds the indexes anew (about as long as :meth:`default`
        takes), so add many records in one call rather than one per call.
        """
        merged = self
        for other in others:
            if not isinstance(other, Gazetteer):
                raise TypeError(f"expected Gazetteer, got {type_name(other)}")
            merged = Gazetteer._build(
                (*merged._people, *other._people),
                (*merged._offices, *other._offices),
                (*merged._countries, *other._countries),
                (*merged._places, *other._places),
            )
        tables = _checked_records(people, offices, countries, places)
        if any(tables):
            merged = Gazetteer._extend(merged, tables, _records_locator)
        return merged

    def __or__(self, other: object) -> Gazetteer:
        """``a | b`` is ``a.extended(b)``: the entries of both, ``b``'s winning."""
        if not isinstance(other, Gazetteer):
            return NotImplemented
        return self.extended(other)

    def with_person(  # noqa: PLR0913 - keywords named after the columns of people.tsv
        self,
        id: str,
        name: str,
        *,
        country: str | None = None,
        aliases: Iterable[str] = (),
        hindi: Iterable[str] = (),
        offices: Iterable[OfficeLike] = (),
        source: str = "user",
    ) -> Gazetteer:
        """A new gazetteer with one more person (replacing one of the same id) and their offices.

        ``offices`` holds :class:`Office` records or tuples ``(office, title,
        start, end)`` whose office is in the person's ``country``; a date may be
        written ``"YYYY-MM-DD"``, ``"YYYY-MM"`` or ``"YYYY"``, and ``end`` is
        ``None`` while in office. ``source`` is ``"user"`` unless given::

            gaz = Gazetteer.default().with_person(
                "jane-doe", "Jane Doe", country="IN", hindi=["जेन डो"],
                offices=[("foreign_minister", "Foreign Minister", "2024-01-01", None)],
            )

        The predecessor's term stays as the data has it: if it is still open,
        both now hold the office, the newer first in :meth:`holders`. Close it
        with ``extended(offices=[...])``, giving the same start and an end.
        """
        terms: list[Office] = []
        for term in offices:
            if isinstance(term, Office):
                terms.append(term)
                continue
            office, title, start, end = term
            kind = OFFICE_KINDS.get(office) if isinstance(office, str) else None
            try:
                if kind is None:
                    raise ValueError(f"expected an office kind (one of {', '.join(OFFICE_KINDS)}), got {office!r}")
                first = _as_day(start, last=False)
                if first is None:
                    raise ValueError("expected the day the term started, got None")
                last = _as_day(end, last=True)
            except (TypeError, ValueError) as error:
                raise ValidationError([Problem(f"offices[{len(terms)}]", str(error))]) from None
            terms.append(
                Office(person=id, office=kind, title=title, country=country, start=first, end=last, source=source)
            )
        person = Person(id=id, name=name, country=country, aliases=tuple(aliases), hindi=tuple(hindi), source=source)
        return self.extended(people=[person], offices=terms)

    # --- the tables -----------------------------------------------------------

    @property
    def people(self) -> tuple[Person, ...]:
        """Every person, in the order read."""
        return self._people

    @property
    def offices(self) -> tuple[Office, ...]:
        """Every term of every office, in order of start."""
        return self._offices

    @property
    def countries(self) -> tuple[Country, ...]:
        """Every country, in the order read."""
        return self._countries

    @property
    def places(self) -> tuple[PlaceEntry, ...]:
        """Every place, in the order read."""
        return self._places

    @property
    def as_of(self) -> dt.date | None:
        """The latest day the office data speaks of (a start or an end); ``None`` without offices.

        Office lookups given no day answer for this one: who held office when
        the data was last written.
        """
        return self._as_of

    def __repr__(self) -> str:
        return (
            f"<Gazetteer: {len(self._people)} people, {len(self._offices)} offices, "
            f"{len(self._countries)} countries, {len(self._places)} places>"
        )

    # --- lookups by key -------------------------------------------------------

    def person(self, id: str) -> Person | None:
        """The person with this id, or ``None``."""
        return self._by_id.get(id)

    def country(self, code: str) -> Country | None:
        """The country with this ISO 3166-1 alpha-2 code, or ``None``."""
        return self._by_code.get(code)

    def lookup(self, name: str) -> tuple[NameCandidate, ...]:
        """Every entry that ``name`` names exactly (compared by token keys, so case and variants do not matter)."""
        return _unique_candidates(self._forms_named(name_key(name)))

    def _forms_named(self, key: tuple[str, ...]) -> Sequence[_Form]:
        """The forms whose token keys are exactly ``key``."""
        node = self._trie
        for word in key:
            child: _Trie | None = node.get(word)
            if child is None:
                return ()
            node = child
        forms: list[_Form] = node.get(_END, [])
        return forms

    def country_by_name(self, name: str) -> Country | None:
        """The country that ``name`` names: a name, alias, Hindi form or demonym (``"रूसी"`` → Russia)."""
        for candidate in self.lookup(name):
            if isinstance(candidate.entry, Country):
                return candidate.entry
        return None

    def place(self, name: str, *, country: str | None = None) -> PlaceEntry | None:
        """The place that ``name`` names (any of its forms), in ``country`` if given.

        If several places go by the name, the one whose canonical name it is
        comes first, then the order of the data.
        """
        key = name_key(name)
        found = [
            c.entry
            for c in _unique_candidates(self._forms_named(key))
            if isinstance(c.entry, PlaceEntry) and (country is None or c.entry.country == country)
        ]
        for entry in found:
            if name_key(entry.name) == key:
                return entry
        return found[0] if found else None

    def capital_of(self, code: str) -> PlaceEntry | None:
        """The capital of the country with this code, as a place, or ``None`` if unknown."""
        country = self._by_code.get(code)
        if country is None or country.capital is None:
            return None
        return self._places_by_key.get((country.capital, code))

    # --- offices --------------------------------------------------------------

    def terms(
        self,
        office: OfficeKind | str,
        *,
        country: str | None = None,
        org: str | None = None,
        on: dt.date | None = None,
    ) -> tuple[Office, ...]:
        """The terms of ``office`` that cover the day ``on`` (default: :attr:`as_of`), latest start first.

        ``country`` and ``org`` narrow the search. A country that has no
        ``head_of_government`` term on that day is taken to be governed by
        its head of state (the data gives a US president one row, as
        ``head_of_state``), so asking for its head of government gives the
        head of state's terms.
        """
        kind = self._office_kind(office)
        day = self._day(on)
        if day is None:
            return ()

        def covering(which: OfficeKind) -> list[Office]:
            candidates = (
                self._offices_by_kind.get(which, ())
                if country is None
                else self._offices_by_kind_country.get((which, country), ())
            )
            return [
                term
                for term in candidates
                if term.held_on(day)
                and (country is None or term.country == country)
                and (org is None or term.org == org)
            ]

        found = covering(kind)
        if kind is OfficeKind.HEAD_OF_GOVERNMENT and org is None:
            governed = {term.country for term in found}
            found.extend(term for term in covering(OfficeKind.HEAD_OF_STATE) if term.country not in governed)
        found.sort(key=lambda term: term.start, reverse=True)
        return tuple(found)

    def holders(
        self,
        office: OfficeKind | str,
        *,
        country: str | None = None,
        org: str | None = None,
        on: dt.date | None = None,
    ) -> tuple[Person, ...]:
        """Who held ``office`` on the day ``on`` (default: :attr:`as_of`), latest to take office first.

        Usually one person; more where terms overlap (a month-precise end and
        start) or when neither ``country`` nor ``org`` is given. See
        :meth:`terms` for heads of government.
        """
        people: dict[str, Person] = {}
        for term in self.terms(office, country=country, org=org, on=on):
            people.setdefault(term.person, self._by_id[term.person])
        return tuple(people.values())

    def offices_of(self, person_id: str, on: dt.date | None = None) -> tuple[Office, ...]:
        """The terms of a person: every one when ``on`` is ``None``, else those covering that day.

        In order of start; empty for an unknown id.
        """
        terms = self._offices_by_person.get(person_id, ())
        if on is None:
            return tuple(terms)
        return tuple(term for term in terms if term.held_on(on))

    def title_of(self, person_id: str, on: dt.date | None = None) -> str | None:
        """The title of the person's main office on the day ``on`` (default: :attr:`as_of`).

        Offices rank as :class:`OfficeKind` lists them (head of state first);
        ``None`` if the person held no office that day.
        """
        day = self._day(on)
        if day is None:
            return None
        held = self.offices_of(person_id, day)
        if not held:
            return None
        return min(held, key=lambda term: (_RANK[term.office], -term.start.toordinal())).title

    def offices_titled(self, title: str, *, country: str | None = None) -> tuple[OfficeKind, ...]:
        """The kinds of office that the data calls ``title`` (compared by token keys), in ``country`` if given.

        ``"Chancellor"`` with ``country="DE"`` gives ``(head_of_government,)``.
        """
        key = name_key(title)
        kinds = {
            term.office
            for term in self._offices
            if (country is None or term.country == country) and name_key(term.title) == key
        }
        return tuple(sorted(kinds, key=_RANK.__getitem__))

    def _day(self, on: dt.date | None) -> dt.date | None:
        if on is None:
            return self._as_of
        if not isinstance(on, dt.date):
            raise TypeError(f"expected date or None, got {type_name(on)}")
        # A datetime's day is the day it falls on (in its own time zone).
        return on.date() if isinstance(on, dt.datetime) else on

    @staticmethod
    def _office_kind(office: OfficeKind | str) -> OfficeKind:
        kind = OFFICE_KINDS.get(office) if isinstance(office, str) else None
        if kind is None:
            raise ValueError(f"expected an office kind (one of {', '.join(OFFICE_KINDS)}), got {office!r}")
        return kind

    # --- names in text --------------------------------------------------------

    def match(self, tokens: Sequence[Token], index: int, *, text: str | None = None) -> NameHit | None:
        """The longest known name starting at ``tokens[index]``, or ``None``.

        Pass the ``text`` the tokens came from so that capitals are respected:
        a form written in capitals (``US``) then matches only capitals, and a
        capitalised one (``May``) only a capitalised word. Without ``text``,
        case is ignored, as token keys ignore it. Takes time bounded by the
        longest name in the gazetteer.
        """
        return self._match(token_keys(tokens), tokens, index, text)

    def _match(self, keys: Sequence[str], tokens: Sequence[Token], index: int, text: str | None) -> NameHit | None:
        node: _Trie | None = self._trie
        best: _Trie = {}
        best_forms: Sequence[_Form] = ()
        best_last = -1
        position = index
        length = len(keys)
        while position < length:
            node = node.get(keys[position])  # type: ignore[union-attr] # the loop ends when it is None
            if node is None:
                break
            forms: list[_Form] | None = node.get(_END)
            if forms is not None:
                if text is not None and _CASED in node:
                    forms = [form for form in forms if form[1] is None or _written_as(form[1], tokens, index, text)]
                if forms:
                    best, best_forms, best_last = node, forms, position
            position += 1
        if not best_forms:
            return None
        end = tokens[best_last].end
        if text is not None and _TAILED in best:
            # Take in the punctuation a form ends with ("U.S."), if the text has it there.
            end += max((len(tail) for _, _, tail in best_forms if tail and text.startswith(tail, end)), default=0)
        if best_forms is best[_END]:  # every form of the node: its candidates are worked out once
            candidates = best.get(_CANDIDATES)
            if candidates is None:
                candidates = best[_CANDIDATES] = _unique_candidates(best_forms)
        else:
            candidates = _unique_candidates(best_forms)
        return _new_hit(NameHit, (index, best_last, tokens[index].start, end, candidates))

    def find_all(self, tokens: Sequence[Token], *, text: str | None = None) -> list[NameHit]:
        """Every known name in ``tokens``, left to right, longest first, none overlapping.

        Linear in the number of tokens. Pass ``text`` as for :meth:`match`.
        """
        keys = token_keys(tokens)
        # A name is tried only where a word that starts one stands (a filter run in C).
        trie = self._trie
        starts = compress(count(), map(trie.__contains__, keys))
        last = len(keys) - 1
        hits: list[NameHit] = []
        free = 0
        for index in starts:
            if index >= free:
                node = trie[keys[index]]
                if index == last or keys[index + 1] not in node:
                    # No longer name goes on from here: a one-word name (most hits), or none.
                    forms = node.get(_END)
                    if forms is None:
                        continue
                    if text is None or (_CASED not in node and _TAILED not in node):
                        candidates = node.get(_CANDIDATES)
                        if candidates is None:
                            candidates = node[_CANDIDATES] = _unique_candidates(forms)
                        token = tokens[index]
                        hits.append(_new_hit(NameHit, (index, index, token.start, token.end, candidates)))
                        free = index + 1
                        continue
                hit = self._match(keys, tokens, index, text)
                if hit is not None:
                    hits.append(hit)
                    free = hit.last + 1
        return hits


@functools.lru_cache(maxsize=1)
def _default() -> Gazetteer:
    from importlib.resources import files

    from ._load import read_package_data

    tables, where = read_package_data(files(__package__) / "data")
    return Gazetteer._extend(None, tables, where)
