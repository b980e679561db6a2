"""The gazetteer: reading its files, finding names in tokens, and who held which office when.

The fixture in ``data/small`` is a tiny gazetteer in the package's layout;
``data/errors`` holds one file per way a row can be wrong. The last tests run
on the data shipped with the package.
"""

from __future__ import annotations

import datetime as dt
import doctest
import functools
import itertools
import pathlib
import unicodedata

import pytest

from newsevent import PlaceKind, ValidationError
from newsevent.exceptions import Problem
from newsevent.gazetteer import (
    Country,
    Gazetteer,
    NameCandidate,
    NameHit,
    NameKind,
    Office,
    OfficeKind,
    Person,
    PlaceEntry,
    _gazetteer,
)
from newsevent.parsing._tokens import name_key, tokenize
from work import MAX_EXPONENT, work_exponent

DATA = pathlib.Path(__file__).parent / "data"
ERRORS = DATA / "errors"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(DATA / "small")


def ids(people: tuple[Person, ...]) -> list[str]:
    return [person.id for person in people]


def names_in(gaz: Gazetteer, text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each hit as the text it covers and its candidates as (kind, id)."""

    def key(candidate: NameCandidate) -> tuple[str, str]:
        entry = candidate.entry
        name = entry.id if isinstance(entry, Person) else entry.code if isinstance(entry, Country) else entry.name
        return (candidate.kind.value, name)

    return [
        (text[hit.start : hit.end], [key(c) for c in hit.candidates]) for hit in gaz.find_all(tokenize(text), text=text)
    ]


# --- reading files ----------------------------------------------------------


def test_load_reads_a_directory_laid_out_as_the_package_data(gaz: Gazetteer) -> None:
    """people.tsv, offices/*.tsv, countries.tsv and places.tsv are all read, offices sorted by start."""
    assert (12, 15, 5, 8) == (len(gaz.people), len(gaz.offices), len(gaz.countries), len(gaz.places))
    assert "<Gazetteer: 12 people, 15 offices, 5 countries, 8 places>" == repr(gaz)
    assert sorted(gaz.offices, key=lambda office: office.start) == list(gaz.offices)
    assert Person(
        id="narendra-modi",
        name="Narendra Modi",
        country="IN",
        aliases=("Modi",),
        hindi=("नरेंद्र मोदी", "मोदी"),
        source="test fixture",
    ) == gaz.person("narendra-modi")
    assert PlaceEntry(
        name="Anchorage",
        kind=PlaceKind.CITY,
        country="US",
        region="Alaska",
        hindi=("एंकरेज", "एंकोरेज"),
        source="test fixture",
    ) == gaz.place("एंकोरेज")


def test_partial_dates_mean_the_first_day_in_from_and_the_last_in_to(gaz: Gazetteer) -> None:
    """``2021-12`` starts on 1 December; ``2018-07`` ends on 31 July; ``2017`` starts on 1 January."""
    (scholz,) = gaz.offices_of("olaf-scholz")
    assert dt.date(2021, 12, 1) == scholz.start
    (yildirim,) = gaz.offices_of("binali-yildirim")
    assert dt.date(2018, 7, 31) == yildirim.end
    (guterres,) = gaz.offices_of("antonio-guterres")
    assert (dt.date(2017, 1, 1), None, "UN", None) == (guterres.start, guterres.end, guterres.org, guterres.country)


def test_single_files_are_told_apart_by_their_header() -> None:
    """Files given one by one need no kind: the header row says which table they hold."""
    gaz = Gazetteer.load(ERRORS / "unknown-person" / "people.tsv", ERRORS / "countries.tsv")
    assert ["jane-doe"] == [person.id for person in gaz.people]
    assert ["IN"] == [country.code for country in gaz.countries]


def test_rows_are_nfc_and_comments_blank_lines_and_crlf_are_skipped(tmp_path: pathlib.Path) -> None:
    """A file saved in NFD by an editor, with CRLF line ends and comments, reads as the NFC rows it means."""
    decomposed = unicodedata.normalize("NFD", "Recep Tayyip Erdoğan")
    assert decomposed != "Recep Tayyip Erdoğan"
    path = tmp_path / "people.tsv"
    path.write_bytes(
        (
            "\ufeff# comment\r\nid\tname\tcountry\taliases\thindi\tsource\r\n\r\n"
            f"recep-tayyip-erdogan\t{decomposed}\tTR\t Erdogan | |Erdoğan\t\tx\r\n"
        ).encode()
    )
    (person,) = Gazetteer.load(path).people
    assert "Recep Tayyip Erdoğan" == person.name
    assert ("Erdogan", "Erdoğan") == person.aliases


# One case per way a row can be wrong: the file, and every line of the error message.
LOAD_ERRORS = [
    (
        "field-count.tsv",
        [
            "field-count.tsv:2:32: expected 6 tab-separated fields (id, name, country, aliases, hindi, source), got 5",
            "field-count.tsv:3:46: expected 6 tab-separated fields (id, name, country, aliases, hindi, source), got 7",
        ],
    ),
    (
        "bad-country.tsv",
        [
            "bad-country.tsv:2:19: expected an ISO 3166-1 alpha-2 country code such as 'IN', got 'USA'",
            "bad-country.tsv:3:19: expected an ISO 3166-1 alpha-2 country code such as 'IN', got 'XX'",
        ],
    ),
    (
        "bad-id.tsv",
        [
            "bad-id.tsv:2:1: expected an id of lowercase ASCII words joined by hyphens such as 'narendra-modi', got 'Jane Doe'"
        ],
    ),
    (
        "bad-header.tsv",
        [
            "bad-header.tsv:1:1: expected the header row of a people, offices, countries or places file (see FORMAT.md), "
            "got id, name, country, hindi, source"
        ],
    ),
    (
        "duplicate-id.tsv",
        ["duplicate-id.tsv:4:1: duplicate person id 'jane-doe', first at {dir}/duplicate-id.tsv:2:1"],
    ),
    (
        "empty-source.tsv",
        ["empty-source.tsv:2:30: expected a value in column 'source' (where the facts can be checked), got nothing"],
    ),
    (
        "unknown-office.tsv",
        [
            "unknown-office.tsv:2:10: unknown office 'foreign_secretary'; expected one of head_of_state, "
            "head_of_government, foreign_minister, defence_minister, finance_minister, home_minister, trade_minister, "
            "national_security_adviser, vice_president, deputy_head_of_government, spokesperson, secretary_general, "
            "organisation_head"
        ],
    ),
    (
        "bad-date.tsv",
        [
            "bad-date.tsv:2:48: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '2024-13-01' (no such date)",
            "bad-date.tsv:3:59: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '24 May 2025'",
            "bad-date.tsv:4:48: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '2023-02-29' (no such date)",
        ],
    ),
    (
        "to-before-from.tsv",
        ["to-before-from.tsv:2:59: the term ends (2024-05-31) before it starts (2024-06-01)"],
    ),
    (
        "country-or-org.tsv",
        [
            "country-or-org.tsv:2:46: expected a country or an org (one of them), got neither",
            "country-or-org.tsv:3:46: expected a country or an org (one of them), got both",
        ],
    ),
    (
        "bad-place-kind.tsv",
        ["bad-place-kind.tsv:2:11: unknown place kind 'capital'; expected one of venue, city, region"],
    ),
    (
        "unknown-person",
        ["unknown-person/offices.tsv:3:1: unknown person 'john-roe': no row of people has this id"],
    ),
]


@pytest.mark.parametrize(("name", "expected"), LOAD_ERRORS, ids=[name for name, _ in LOAD_ERRORS])
def test_each_load_error_names_file_line_and_column(name: str, expected: list[str]) -> None:
    """Every problem in the file is reported at once, at ``file:line:column``, in words a data editor reads."""
    with pytest.raises(ValidationError) as info:
        Gazetteer.load(ERRORS / name)
    assert [f"{ERRORS}/{line.format(dir=ERRORS)}" for line in expected] == str(info.value).split("\n")
    assert all(isinstance(problem, Problem) for problem in info.value.problems)


def test_problems_in_several_files_are_reported_together() -> None:
    """One run shows every mistake in every file given."""
    with pytest.raises(ValidationError) as info:
        Gazetteer.load(ERRORS / "bad-id.tsv", ERRORS / "bad-place-kind.tsv")
    assert [f"{ERRORS}/bad-id.tsv:2:1", f"{ERRORS}/bad-place-kind.tsv:2:11"] == [
        problem.path for problem in info.value.problems
    ]


def test_a_duplicate_across_files_points_at_the_first_file(tmp_path: pathlib.Path) -> None:
    """The same id in two files of a directory is an error that names both places."""
    (tmp_path / "people").mkdir()
    row = "jane-doe\tJane Doe\tIN\t\t\tx\n"
    for name in ("a.tsv", "b.tsv"):
        (tmp_path / "people" / name).write_text("id\tname\tcountry\taliases\thindi\tsource\n" + row)
    with pytest.raises(ValidationError) as info:
        Gazetteer.load(tmp_path)
    assert f"{tmp_path}/people/b.tsv:2:1: duplicate person id 'jane-doe', first at {tmp_path}/people/a.tsv:2:1" == str(
        info.value
    )


def test_a_header_that_does_not_fit_the_files_place_is_refused(tmp_path: pathlib.Path) -> None:
    """A people header in ``offices/`` is a mistake the reader names."""
    (tmp_path / "offices").mkdir()
    (tmp_path / "offices" / "x.tsv").write_text("id\tname\tcountry\taliases\thindi\tsource\n")
    with pytest.raises(ValidationError) as info:
        Gazetteer.load(tmp_path)
    assert (
        f"{tmp_path}/offices/x.tsv:1:1: expected the header row of a offices file "
        "(person, office, title, country, org, from, to, source), got id, name, country, aliases, hindi, source"
    ) == str(info.value)


def test_empty_file_and_empty_directory_are_refused(tmp_path: pathlib.Path) -> None:
    """Nothing to read is a mistake, not an empty gazetteer."""
    (tmp_path / "people.tsv").write_text("# only a comment\n")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValidationError) as info:
        Gazetteer.load(tmp_path / "people.tsv", tmp_path / "empty")
    assert [
        f"{tmp_path}/people.tsv:1:1: expected a header row, got an empty file",
        f"{tmp_path}/empty: expected people, offices, countries or places tables (*.tsv), found none",
    ] == str(info.value).split("\n")


def test_from_records_checks_records_with_paths() -> None:
    """Records made in Python are checked as rows are, with paths such as ``offices[0].person``."""
    jane = Person(id="jane-doe", name="Jane Doe", country="IN", source="x")
    with pytest.raises(ValidationError) as info:
        Gazetteer.from_records(
            people=[jane, jane, Person(id="x", name="", country="India", aliases=["a"], source="x")],  # type: ignore[arg-type]
            offices=[
                Office(
                    person="john-roe",
                    office=OfficeKind.HEAD_OF_STATE,
                    title="King",
                    country="IN",
                    start=dt.date(2020, 1, 1),
                    source="x",
                ),
                Office(
                    person="jane-doe",
                    office="head_of_state",  # type: ignore[arg-type]
                    title="Queen",
                    country="IN",
                    start=dt.datetime(2020, 1, 1),
                    source="x",
                ),
            ],
            places=["Delhi"],  # type: ignore[list-item]
        )
    assert [
        "people[2].name: expected non-empty str, got ''",
        "people[2].country: expected an ISO 3166-1 alpha-2 country code such as 'IN', got 'India'",
        "people[2].aliases: expected tuple, got list",
        "offices[1].office: expected OfficeKind (one of 'head_of_state', 'head_of_government', 'foreign_minister', "
        "'defence_minister', 'finance_minister', 'home_minister', 'trade_minister', 'national_security_adviser', "
        "'vice_president', 'deputy_head_of_government', 'spokesperson', 'secretary_general', 'organisation_head'), "
        "got 'head_of_state'",
        "offices[1].start: expected date, got naive datetime",
        "places[0]: expected PlaceEntry, got str",
    ] == str(info.value).split("\n")
    with pytest.raises(ValidationError) as info:
        Gazetteer.from_records(
            people=[jane, jane],
            offices=[
                Office(
                    person="john-roe",
                    office=OfficeKind.HEAD_OF_STATE,
                    title="King",
                    country="IN",
                    start=dt.date(2020, 1, 1),
                    source="x",
                )
            ],
        )
    assert [
        "people[1].id: duplicate person id 'jane-doe', first at people[0].id",
        "offices[0].person: unknown person 'john-roe': no row of people has this id",
    ] == str(info.value).split("\n")


def test_records_are_stored_in_nfc() -> None:
    """Text of records passed in is normalised, as the model's is."""
    gaz = Gazetteer.from_records(people=[Person(id="x", name=unicodedata.normalize("NFD", "Erdoğan"), source="x")])
    assert "Erdoğan" == gaz.people[0].name


def test_a_gazetteer_is_only_made_by_its_constructors() -> None:
    """``Gazetteer()`` says how to get one."""
    with pytest.raises(TypeError, match=r"Gazetteer\.default\(\)"):
        Gazetteer()


# --- offices ----------------------------------------------------------------

HOLDERS = [
    # office, country (or org, if in lowercase), day, expected holders (latest to take office first)
    ("foreign_minister", "IN", "2019-05-29", ["sushma-swaraj"]),
    ("foreign_minister", "IN", "2019-05-30", ["s-jaishankar"]),
    ("head_of_state", "US", "2025-01-19", ["joe-biden"]),
    # Both ends of a term are days in office: the day of a handover has two holders.
    ("head_of_state", "US", "2025-01-20", ["donald-trump", "joe-biden"]),
    ("head_of_state", "US", "2025-01-21", ["donald-trump"]),
    ("head_of_state", "US", "2020-06-01", ["donald-trump"]),
    ("head_of_state", "US", "2016-12-31", []),
    ("head_of_government", "DE", "2021-11-30", []),
    ("head_of_government", "DE", "2021-12-01", ["olaf-scholz"]),
    ("head_of_government", "DE", "2025-05-07", ["friedrich-merz"]),
    # No head_of_government row: the head of state governs.
    ("head_of_government", "US", "2024-01-01", ["joe-biden"]),
    ("head_of_government", "TR", "2017-01-01", ["binali-yildirim"]),
    ("head_of_government", "TR", "2018-07-31", ["binali-yildirim"]),
    ("head_of_government", "TR", "2018-08-01", ["recep-tayyip-erdogan"]),
    ("head_of_government", "TR", "2010-01-01", ["recep-tayyip-erdogan"]),
    ("head_of_government", "IN", "2024-01-01", ["narendra-modi"]),
    ("secretary_general", "un", "2017-01-01", ["antonio-guterres"]),
    ("secretary_general", "un", "2016-12-31", []),
]


@pytest.mark.parametrize(("office", "where", "day", "expected"), HOLDERS)
def test_holders_on_a_day(gaz: Gazetteer, office: str, where: str, day: str, expected: list[str]) -> None:
    """Who held an office on a day, across every change of holder in the fixture."""
    country, org = (where, None) if where.isupper() else (None, where.upper())
    assert expected == ids(gaz.holders(office, country=country, org=org, on=dt.date.fromisoformat(day)))


def test_holders_without_a_day_are_those_of_the_latest_day_the_data_knows(gaz: Gazetteer) -> None:
    """``on=None`` is :attr:`Gazetteer.as_of`: here the day Merz took office."""
    assert dt.date(2025, 5, 6) == gaz.as_of
    assert ["donald-trump"] == ids(gaz.holders(OfficeKind.HEAD_OF_STATE, country="US"))
    assert ["friedrich-merz", "olaf-scholz"] == ids(gaz.holders("head_of_government", country="DE"))
    assert ["recep-tayyip-erdogan"] == ids(gaz.holders("head_of_government", country="TR"))
    assert None is Gazetteer.from_records().as_of
    assert () == Gazetteer.from_records().holders("head_of_state")


def test_holders_in_every_country_at_once(gaz: Gazetteer) -> None:
    """Without a country, every head of government that day, heads of state standing in where needed."""
    assert {"joe-biden", "narendra-modi", "olaf-scholz", "recep-tayyip-erdogan", "vladimir-putin"} == set(
        ids(gaz.holders("head_of_government", on=dt.date(2022, 1, 1)))
    )


def test_a_datetime_counts_as_its_day(gaz: Gazetteer) -> None:
    """A timezone-aware published time asks about the day it falls on."""
    noon = dt.datetime(2019, 5, 30, 12, tzinfo=dt.timezone.utc)
    assert ["s-jaishankar"] == ids(gaz.holders("foreign_minister", country="IN", on=noon))


def test_unknown_office_kind_is_refused(gaz: Gazetteer) -> None:
    """A misspelt office is an error, not an empty answer."""
    with pytest.raises(ValueError, match=r"expected an office kind .* got 'prime_minister'"):
        gaz.holders("prime_minister", country="IN")


def test_terms_give_the_rows(gaz: Gazetteer) -> None:
    """``terms`` is ``holders`` with the office rows: title, country and dates."""
    (term,) = gaz.terms("foreign_minister", country="IN", on=dt.date(2024, 1, 1))
    assert ("s-jaishankar", "External Affairs Minister", None) == (term.person, term.title, term.end)
    (president,) = gaz.terms("head_of_government", country="US", on=dt.date(2024, 1, 1))
    assert OfficeKind.HEAD_OF_STATE == president.office


def test_offices_of_and_title_of(gaz: Gazetteer) -> None:
    """A person's terms, and the title of their main office on a day."""
    assert [OfficeKind.VICE_PRESIDENT, OfficeKind.HEAD_OF_STATE] == [o.office for o in gaz.offices_of("joe-biden")]
    assert [] == list(gaz.offices_of("joe-biden", dt.date(2018, 1, 1)))
    assert () == gaz.offices_of("nobody")
    assert "Vice President" == gaz.title_of("joe-biden", dt.date(2016, 1, 1))
    assert "President" == gaz.title_of("joe-biden", dt.date(2021, 1, 20))
    assert None is gaz.title_of("joe-biden", dt.date(2018, 1, 1))
    assert "Prime Minister" == gaz.title_of("recep-tayyip-erdogan", dt.date(2010, 1, 1))
    assert "President" == gaz.title_of("recep-tayyip-erdogan")
    assert "Secretary-General" == gaz.title_of("antonio-guterres")


def test_title_of_prefers_the_higher_office() -> None:
    """A president who is also foreign minister is called President."""
    gaz = Gazetteer.from_records().with_person(
        "jane-doe",
        "Jane Doe",
        country="IN",
        offices=[("foreign_minister", "Foreign Minister", "2020", None), ("head_of_state", "President", "2022", None)],
    )
    assert "Foreign Minister" == gaz.title_of("jane-doe", dt.date(2021, 1, 1))
    assert "President" == gaz.title_of("jane-doe", dt.date(2023, 1, 1))


def test_offices_titled(gaz: Gazetteer) -> None:
    """A title the data uses leads back to the kind of office, by country."""
    assert (OfficeKind.HEAD_OF_GOVERNMENT,) == gaz.offices_titled("chancellor", country="DE")
    assert (OfficeKind.HEAD_OF_STATE,) == gaz.offices_titled("President")
    assert (OfficeKind.VICE_PRESIDENT,) == gaz.offices_titled("Vice President", country="US")
    assert () == gaz.offices_titled("Chancellor", country="IN")


# --- lookups ----------------------------------------------------------------


def test_country_place_and_capital_lookups(gaz: Gazetteer) -> None:
    """Countries by code, by any name or demonym in either script; places by any form; capitals."""
    assert "Russia" == gaz.country("RU").name  # type: ignore[union-attr]
    assert None is gaz.country("XX")
    for name in ("रूसी", "Russian", "russian federation", "रूस"):
        assert "RU" == gaz.country_by_name(name).code  # type: ignore[union-attr]
    assert "US" == gaz.country_by_name("U.S.").code  # type: ignore[union-attr]
    assert None is gaz.country_by_name("Atlantis")
    assert None is gaz.country_by_name("Modi")
    assert "New Delhi" == gaz.capital_of("IN").name  # type: ignore[union-attr]
    assert None is gaz.capital_of("XX")
    assert "Delhi" == gaz.place("दिल्ली").name  # type: ignore[union-attr]
    assert "White House" == gaz.place("white house", country="US").name  # type: ignore[union-attr]
    assert None is gaz.place("White House", country="IN")
    assert None is gaz.person("nobody")


def test_place_prefers_the_entry_whose_canonical_name_it_is() -> None:
    """Two places known by one name: the one called so canonically wins, then the data's order."""
    gaz = Gazetteer.from_records(
        places=[
            PlaceEntry(name="Hyderabad Sindh", kind=PlaceKind.CITY, country="PK", aliases=("Hyderabad",), source="x"),
            PlaceEntry(name="Hyderabad", kind=PlaceKind.CITY, country="IN", source="x"),
        ]
    )
    assert "IN" == gaz.place("Hyderabad").country  # type: ignore[union-attr]
    assert "PK" == gaz.place("Hyderabad", country="PK").country  # type: ignore[union-attr]


def test_lookup_gives_every_candidate(gaz: Gazetteer) -> None:
    """A form that is both a country name and a demonym gives both readings."""
    assert [NameKind.COUNTRY, NameKind.DEMONYM] == [c.kind for c in gaz.lookup("us")]
    assert [NameKind.COUNTRY, NameKind.DEMONYM] == [c.kind for c in gaz.lookup("तुर्की")]
    assert () == gaz.lookup("")


# --- names in tokens --------------------------------------------------------


def test_longest_match_wins(gaz: Gazetteer) -> None:
    """The longest name wins: "Donald Trump" is one hit, and "United States of America" is not "United States"."""
    assert [
        ("Donald Trump", [("person", "donald-trump")]),
        ("Trump", [("person", "donald-trump")]),
        ("United States of America", [("country", "US")]),
        ("United States", [("country", "US")]),
        ("White House", [("place", "White House")]),
        ("Washington, D.C.", [("place", "Washington")]),
    ] == names_in(gaz, "Donald Trump and Trump; United States of America, United States. White House, Washington, D.C.")


def test_match_at_one_token(gaz: Gazetteer) -> None:
    """``match`` answers for the name starting at one token, or ``None``."""
    text = "President Donald J. Trump met"
    tokens = tokenize(text)
    assert None is gaz.match(tokens, 0)
    hit = gaz.match(tokens, 1)
    assert hit is not None
    assert NameHit(1, 3, 10, 25, hit.candidates) == hit
    assert ("donald-trump",) == tuple(p.id for p in hit.people)
    assert ((), ()) == (hit.countries, hit.places)
    assert None is gaz.match(tokens, len(tokens))


def test_hindi_names_before_postpositions_and_english_possessives(gaz: Gazetteer) -> None:
    """Hindi postpositions are separate words and "Putin's" splits into "Putin" "s": both match as they stand."""
    assert [
        ("अमेरिकी", [("demonym", "US")]),
        ("डोनाल्ड ट्रंप", [("person", "donald-trump")]),
        ("रूसी", [("demonym", "RU")]),
        ("पुतिन", [("person", "vladimir-putin")]),
        ("एंकरेज", [("place", "Anchorage")]),
    ] == names_in(gaz, "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने रूसी राष्ट्रपति पुतिन को एंकरेज में")
    assert [("Putin", [("person", "vladimir-putin")]), ("Lavrov", [("person", "sergei-lavrov")])] == names_in(
        gaz, "Putin's aide and Lavrov's deputy"
    )


def test_spelling_variants_meet_through_token_keys(gaz: Gazetteer) -> None:
    """Nukta, chandrabindu, diacritics and case are merged as token keys merge them."""
    assert [
        ("मर्ज", [("person", "friedrich-merz")]),
        ("ERDOĞAN", [("person", "recep-tayyip-erdogan")]),
        ("Antonio Guterres", [("person", "antonio-guterres")]),
    ] == names_in(gaz, "मर्ज ERDOĞAN Antonio Guterres")


def test_capitals_in_a_form_must_be_capitals_in_the_text(gaz: Gazetteer) -> None:
    """With the text, "US" does not match the pronoun "us"; without it, case is ignored.

    Names longer than three letters match in any case ("modi"), since posts
    embedded in reports are often written in lower case.
    """
    text = "Tell us what modi said; the US and U.S. agree"
    assert [
        ("modi", [("person", "narendra-modi")]),
        ("US", [("country", "US"), ("demonym", "US")]),
        ("U.S.", [("country", "US"), ("demonym", "US")]),
    ] == names_in(gaz, text)
    without_text = gaz.find_all(tokenize(text))
    assert ["us", "modi", "US", "U.S"] == [text[hit.start : hit.end] for hit in without_text]


def test_short_capitalised_form_needs_its_capital() -> None:
    """A name of three letters or fewer ("May") does not match the ordinary word "may"."""
    gaz = Gazetteer.from_records().with_person("theresa-may", "Theresa May", country="GB", aliases=["May"])
    assert [] == gaz.find_all(tokenize("it may rain"), text="it may rain")
    assert ["theresa-may"] == [p.id for hit in gaz.find_all(tokenize("May said"), text="May said") for p in hit.people]


def test_ambiguous_forms_give_every_candidate() -> None:
    """Someone adds "Kim" for two people: the hit lists both, in the order of the data."""
    gaz = (
        Gazetteer.from_records()
        .with_person("kim-jong-un", "Kim Jong Un", country="KP", aliases=["Kim"])
        .with_person("kim-yo-jong", "Kim Yo Jong", country="KP", aliases=["Kim"])
    )
    (hit,) = gaz.find_all(tokenize("Kim said"))
    assert ["kim-jong-un", "kim-yo-jong"] == [p.id for p in hit.people]
    assert ["kim-yo-jong"] == [p.id for hit in gaz.find_all(tokenize("Kim Yo Jong said")) for p in hit.people]


def test_find_all_is_linear() -> None:
    """A long text of near-misses takes work proportional to its length, not to length times names."""
    gaz = Gazetteer.from_records(
        people=[Person(id=f"p{n}", name="a " * 7 + f"b{n}", source="x") for n in range(100)],
    )
    assert [] == gaz.find_all(tokenize("a " * 2_000))
    # Work counted in lines of newsevent's code run (see tests/work.py), not timed.
    exponent, counted = work_exponent(
        lambda size: functools.partial(gaz.find_all, tokenize("a " * size)), (2_000, 8_000)
    )
    assert exponent <= MAX_EXPONENT, counted


# --- extending --------------------------------------------------------------


def test_with_person_adds_a_person_and_their_offices(gaz: Gazetteer) -> None:
    """The one-line extension: a person, their Hindi name and an office, in a new gazetteer."""
    mine = gaz.with_person(
        "jane-doe",
        "Jane Doe",
        country="IN",
        hindi=["जेन डो"],
        offices=[("foreign_minister", "Foreign Minister", "2030-01-01", None)],
    )
    assert None is gaz.person("jane-doe")
    assert "user" == mine.person("jane-doe").source  # type: ignore[union-attr]
    # The predecessor's term is still open in the data: both hold it, the newer first.
    assert ["jane-doe", "s-jaishankar"] == ids(mine.holders("foreign_minister", country="IN", on=dt.date(2030, 1, 1)))
    assert ["s-jaishankar"] == ids(mine.holders("foreign_minister", country="IN", on=dt.date(2029, 12, 31)))
    assert [("जेन डो", [("person", "jane-doe")])] == names_in(mine, "जेन डो ने कहा")


def test_with_person_reports_bad_terms(gaz: Gazetteer) -> None:
    """A wrong office kind or date in the tuples is a ValidationError naming the term."""
    with pytest.raises(ValidationError) as info:
        gaz.with_person("jane-doe", "Jane Doe", country="IN", offices=[("prime_minister", "PM", "2024", None)])
    assert str(info.value).startswith("offices[0]: expected an office kind (one of head_of_state, ")
    with pytest.raises(ValidationError) as info:
        gaz.with_person("jane-doe", "Jane Doe", country="IN", offices=[("head_of_state", "King", "2024-02-30", None)])
    assert "offices[0]: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '2024-02-30' (no such date)" == str(
        info.value
    )
    with pytest.raises(ValidationError) as info:
        gaz.with_person("jane-doe", "Jane Doe", country="IN", offices=[("head_of_state", "King", "2024", "2023")])
    assert "offices[0].end: the term ends (2023-12-31) before it starts (2024-01-01)" == str(info.value)


def test_extended_later_entries_win(gaz: Gazetteer) -> None:
    """Same id, code, place or term start: the later one replaces the earlier; other terms are kept."""
    modi = Person(id="narendra-modi", name="Narendra Damodardas Modi", country="IN", aliases=("NaMo",), source="mine")
    later_term = Office(
        person="narendra-modi",
        office=OfficeKind.HEAD_OF_GOVERNMENT,
        title="Prime Minister",
        country="IN",
        start=dt.date(2014, 5, 26),
        end=dt.date(2030, 1, 1),
        source="mine",
    )
    other = Gazetteer.from_records(people=[modi])
    merged = (gaz | other).extended(offices=[later_term])
    assert modi == merged.person("narendra-modi")
    assert len(gaz.people) == len(merged.people)
    assert [later_term] == list(merged.offices_of("narendra-modi"))
    assert len(gaz.offices) == len(merged.offices)
    # The replaced person's old forms are gone from the name index; the new ones are in.
    assert [("NaMo", [("person", "narendra-modi")])] == names_in(merged, "Modi and NaMo")
    assert [("Modi", [("person", "narendra-modi")])] == names_in(gaz, "Modi and NaMo")


def test_extended_offices_may_name_people_of_the_base(gaz: Gazetteer, tmp_path: pathlib.Path) -> None:
    """A user's offices file can give a known person a new term, when read onto the default."""
    path = tmp_path / "offices.tsv"
    path.write_text(
        "person\toffice\ttitle\tcountry\torg\tfrom\tto\tsource\n"
        "s-jaishankar\tnational_security_adviser\tNational Security Adviser\tIN\t\t2031\t\tmine\n"
    )
    with pytest.raises(ValidationError, match="unknown person 's-jaishankar'"):
        Gazetteer.load(path)
    mine = Gazetteer.load(path, base=gaz)
    assert ["s-jaishankar"] == ids(mine.holders("national_security_adviser", country="IN", on=dt.date(2031, 6, 1)))
    assert 2 == len(mine.offices_of("s-jaishankar"))


def test_extended_merges_several_and_refuses_others(gaz: Gazetteer) -> None:
    """``extended`` takes gazetteers and records together; anything else is a TypeError."""
    a = Gazetteer.from_records(countries=[Country(code="FR", name="France", demonyms=("French",), source="x")])
    b = Gazetteer.from_records(countries=[Country(code="FR", name="France", demonyms=("Gallic",), source="y")])
    merged = gaz.extended(a, b, places=[PlaceEntry(name="Paris", kind=PlaceKind.CITY, country="FR", source="x")])
    assert "y" == merged.country("FR").source  # type: ignore[union-attr]
    assert None is merged.country_by_name("French")
    assert "FR" == merged.country_by_name("Gallic").code  # type: ignore[union-attr]
    assert "Paris" == merged.place("paris").name  # type: ignore[union-attr]
    with pytest.raises(TypeError, match="expected Gazetteer, got str"):
        gaz.extended("data/")  # type: ignore[arg-type]
    assert NotImplemented == gaz.__or__("data/")


def test_docstring_examples() -> None:
    """The examples in the docstrings run."""
    failures, tried = doctest.testmod(_gazetteer, optionflags=doctest.ELLIPSIS)
    assert (0, True) == (failures, tried > 0)


# --- the data shipped with the package --------------------------------------


@pytest.fixture(scope="module")
def shipped() -> Gazetteer:
    gaz = Gazetteer.default()
    if not gaz.people:
        pytest.skip("the package data has no rows yet")
    return gaz


def test_default_is_read_once(shipped: Gazetteer) -> None:
    """``default()`` is shared: the package data is read on first use only.

    How long that first read takes is a figure of ``benchmarks/bench.py``
    (the first ``parse_article`` call), not a deadline of the tests.
    """
    assert shipped is Gazetteer.default()
    assert Gazetteer.default() is Gazetteer.default()


def test_shipped_data_rows_have_sources(shipped: Gazetteer) -> None:
    """Every row says where its facts can be checked."""
    rows: list[Person | Office | Country | PlaceEntry] = [
        *shipped.people,
        *shipped.offices,
        *shipped.countries,
        *shipped.places,
    ]
    assert [] == [row for row in rows if not row.source.strip()]


def test_shipped_people_have_distinct_full_names(shipped: Gazetteer) -> None:
    """No two people share a full name (as token keys): one of them would never be found."""
    seen: dict[tuple[str, ...], str] = {}
    clashes = []
    for person in shipped.people:
        key = name_key(person.name)
        if key in seen:
            clashes.append((seen[key], person.id))
        seen[key] = person.id
    assert [] == clashes


def test_shipped_bare_forms_are_not_ambiguous(shipped: Gazetteer) -> None:
    """No one-word form (a bare surname such as "Kim") names two different people."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for person in shipped.people:
        for form in person.names:
            key = name_key(form)
            if len(key) == 1:
                owners.setdefault(key, set()).add(person.id)
    assert {} == {key[0]: sorted(people) for key, people in owners.items() if len(people) > 1}


DEVANAGARI_ONLY = frozenset(" -.") | {chr(c) for c in range(0x0900, 0x0980)}


def test_shipped_hindi_fields_are_devanagari(shipped: Gazetteer) -> None:
    """Hindi forms hold Devanagari letters, spaces, hyphens and dots only; Latin fields no Devanagari."""
    bad = []
    entries: list[Person | Country | PlaceEntry] = [*shipped.people, *shipped.countries, *shipped.places]
    for entry in entries:
        hindi = (*entry.hindi, *(entry.hindi_demonyms if isinstance(entry, Country) else ()))
        latin = (entry.name, *entry.aliases, *(entry.demonyms if isinstance(entry, Country) else ()))
        bad += [(entry.name, form) for form in hindi if not set(form) <= DEVANAGARI_ONLY]
        bad += [(entry.name, form) for form in latin if set(form) & DEVANAGARI_ONLY - set(" -.")]
    assert [] == bad


def test_shipped_capitals_are_places(shipped: Gazetteer) -> None:
    """Every capital named in countries.tsv is a row of places.tsv in that country (Hong Kong names none)."""
    if not shipped.countries:
        pytest.skip("countries.tsv has no rows yet")
    assert [] == [
        (c.code, c.capital) for c in shipped.countries if c.capital is not None and shipped.capital_of(c.code) is None
    ]


def test_shipped_offices_fit_their_people_and_countries(shipped: Gazetteer) -> None:
    """An office is in the country its holder serves, and every country named has a row (for its demonyms).

    Heads of state are exempt (a monarch reigns over several realms, the
    French president is co-prince of Andorra), as are people who serve no
    one country (an official of the EU who was a minister at home).
    """
    serves = {person.id: person.country for person in shipped.people}
    assert [] == [
        (o.person, o.office.value, o.country)
        for o in shipped.offices
        if o.office is not OfficeKind.HEAD_OF_STATE
        and o.country is not None
        and serves[o.person] not in (None, o.country)
    ]
    if not shipped.countries:
        pytest.skip("countries.tsv has no rows yet")
    named = {p.country for p in shipped.people} | {o.country for o in shipped.offices}
    named |= {p.country for p in shipped.places}
    assert [] == sorted(code for code in named if code is not None and shipped.country(code) is None)


SOLE_OFFICES = (OfficeKind.HEAD_OF_STATE, OfficeKind.HEAD_OF_GOVERNMENT, OfficeKind.FOREIGN_MINISTER)


def test_shipped_sole_offices_have_one_holder_at_a_time(shipped: Gazetteer) -> None:
    """Terms of a head of state, head of government or foreign minister of one country do not overlap.

    A day is allowed (a handover day is in both terms), and a month where a
    date is only known to the month.
    """
    overlaps = []
    terms: dict[tuple[OfficeKind, str | None, str | None], list[Office]] = {}
    for office in shipped.offices:
        if office.office in SOLE_OFFICES:
            terms.setdefault((office.office, office.country, office.org), []).append(office)
    for (kind, country, org), rows in terms.items():
        for before, after in itertools.pairwise(rows):
            end = before.end or dt.date.max
            if (end - after.start).days > 31:
                overlaps.append(
                    f"{kind.value} of {country or org}: {before.person} until {before.end or 'now'}, "
                    f"{after.person} from {after.start}"
                )
    assert [] == overlaps


def test_shipped_forms_are_keyed_as_name_key_keys_them(shipped: Gazetteer) -> None:
    """The trie's own word cutting gives exactly ``name_key`` for every form of the data."""
    entries: list[Person | Country | PlaceEntry] = [*shipped.people, *shipped.countries, *shipped.places]
    missing = []
    for entry in entries:
        forms = (*entry.names, *(entry.demonyms + entry.hindi_demonyms if isinstance(entry, Country) else ()))
        for form in forms:
            tokens = tokenize(form)
            hit = shipped.match(tokens, 0)
            if not any(c.entry is entry for c in shipped.lookup(form)) or hit is None or hit.last != len(tokens) - 1:
                missing.append(form)
    assert [] == missing
