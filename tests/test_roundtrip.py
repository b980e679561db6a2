"""Round trips through every format, for every model class, under Hypothesis.

In the manner of cattrs' ``test_preconf.py``: each format is a check that
reads back what it wrote, and each model class is drawn from its strategy in
``newsevent.strategies`` (so the hard cases come on purpose: nukta letters,
offsets with seconds and microseconds, dates and datetimes, every precision,
empty and full collections). A datetime compares equal to the same instant in
another offset, so every check also compares the dicts, which keep the offset
as written.

The checks run one after another on each drawn object, rather than as one
test per format, so that each object is generated once: an event takes far
longer to generate than to write and read five times.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import newsevent
from newsevent import (
    Duration,
    Event,
    EventKind,
    Invitation,
    Outcome,
    Participant,
    Place,
    Precision,
    Source,
    Span,
    Statement,
    TimeSpan,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from newsevent import strategies as ns

DATA = Path(__file__).parent / "data"


# Every offset that datetime.timezone accepts, those under a second included
# (datetime.fromisoformat misreads them; the converter reads offsets itself).
TIMEZONES = ns.fixed_timezones()


def events() -> st.SearchStrategy[Event]:
    return ns.events(
        when=st.none() | ns.time_spans(timezones=TIMEZONES),
        source=st.none() | ns.sources(timezones=TIMEZONES),
    )


CLASSES = [Event, Participant, Statement, Outcome, Invitation, Place, TimeSpan, Duration, Span, Source]


@functools.cache
def validator(cls: type[Any]) -> Draft202012Validator:
    return Draft202012Validator(json_schema(cls))


# --- the checks, one per format ---------------------------------------------


def check_dict(obj: Any) -> None:
    """``from_dict(to_dict(x)) == x``, the dict survives exactly, and so does the hash."""
    data = to_dict(obj)
    back = from_dict(data, type(obj))
    assert obj == back
    assert data == to_dict(back)
    assert hash(obj) == hash(back)


def check_json(obj: Any) -> None:
    """``from_json(to_json(x)) == x``, also indented, with the dict unchanged."""
    data = to_dict(obj)
    for text in (to_json(obj), to_json(obj, indent=2)):
        back = from_json(text, type(obj))
        assert obj == back
        assert data == to_dict(back)
        assert data == json.loads(text)
    # Bytes in UTF-8 read the same as text.
    assert obj == from_json(to_json(obj).encode("utf-8"), type(obj))


def check_stdlib_json(obj: Any) -> None:
    """The dict through the standard library's JSON, ASCII-escaped, reads back equal."""
    data = to_dict(obj)
    text = json.dumps(data)  # ensure_ascii: astral characters become surrogate pairs
    assert text.isascii()
    loaded = json.loads(text)
    assert data == loaded
    back = from_dict(loaded, type(obj))
    assert obj == back
    assert data == to_dict(back)


def check_cattrs(obj: Any) -> None:
    """``converter.structure(converter.unstructure(x), type(x)) == x``, dicts equal."""
    converter = newsevent.converter
    data = converter.unstructure(obj)
    assert to_dict(obj) == data
    back = converter.structure(data, type(obj))
    assert obj == back
    assert data == converter.unstructure(back)


def check_schema(obj: Any) -> None:
    """``to_dict`` output validates against ``json_schema`` of its class."""
    validator(type(obj)).validate(to_dict(obj))


CHECKS = (check_dict, check_json, check_stdlib_json, check_cattrs, check_schema)


# --- under Hypothesis ---------------------------------------------------------


def check_every_format(obj: Any) -> None:
    for check in CHECKS:
        check(obj)


# One test per class rather than a parametrized test drawing from st.data():
# Hypothesis keeps a printable record of every st.data() draw, which doubles
# the time an event takes.


@given(events())
def test_events_round_trip(event: Event) -> None:
    """Events, with their nested objects and cross references, survive every format."""
    check_every_format(event)


@given(ns.participants())
def test_participants_round_trip(participant: Participant) -> None:
    """Participants (ids and names in any script) survive every format."""
    check_every_format(participant)


@given(ns.statements())
def test_statements_round_trip(statement: Statement) -> None:
    """Statements survive every format."""
    check_every_format(statement)


@given(ns.outcomes())
def test_outcomes_round_trip(outcome: Outcome) -> None:
    """Outcomes, parties in order and with repeats, survive every format."""
    check_every_format(outcome)


@given(ns.invitations())
def test_invitations_round_trip(invitation: Invitation) -> None:
    """Invitations, with nested destinations, survive every format."""
    check_every_format(invitation)


@given(ns.places())
def test_places_round_trip(place: Place) -> None:
    """Places survive every format."""
    check_every_format(place)


@given(ns.time_spans(timezones=TIMEZONES))
def test_time_spans_round_trip(span: TimeSpan) -> None:
    """Time spans (dates or datetimes, every precision, offsets with seconds) survive every format."""
    check_every_format(span)


@given(ns.durations())
def test_durations_round_trip(duration: Duration) -> None:
    """Durations, up to 2**53 - 1 seconds, survive every format."""
    check_every_format(duration)


@given(ns.spans())
def test_spans_round_trip(span: Span) -> None:
    """Spans, up to offset 2**53 - 1, survive every format."""
    check_every_format(span)


@given(ns.sources(timezones=TIMEZONES))
def test_sources_round_trip(source: Source) -> None:
    """Sources, published as a date or a datetime, survive every format."""
    check_every_format(source)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_schema_is_valid_draft_2020_12(cls: type[Any]) -> None:
    """Each class's JSON Schema is itself a valid draft 2020-12 schema."""
    schema = json_schema(cls)
    Draft202012Validator.check_schema(schema)
    assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]


# --- explicit examples ----------------------------------------------------------


def test_reference_event_reads_and_writes_back_identically() -> None:
    """The reference event's dict, read and written again, is the very same dict and JSON."""
    text = (DATA / "ref_event.json").read_text(encoding="utf-8")
    data = json.loads(text)
    event = from_dict(data)
    assert data == to_dict(event)
    assert data == to_dict(from_json(text))
    assert data == json.loads(to_json(event))
    check_every_format(event)


KOLKATA_MEAN_TIME = dt.timezone(dt.timedelta(hours=5, minutes=53, seconds=28))
AMSTERDAM_1930 = dt.timezone(dt.timedelta(minutes=19, seconds=32, microseconds=130000))


@pytest.mark.parametrize(
    ("moment", "written"),
    [
        (dt.datetime(1900, 1, 1, 9, 30, tzinfo=KOLKATA_MEAN_TIME), "1900-01-01T09:30:00+05:53:28"),
        (dt.datetime(1930, 5, 1, 12, 0, 0, 250, tzinfo=AMSTERDAM_1930), "1930-05-01T12:00:00.000250+00:19:32.130000"),
        (
            dt.datetime(2025, 8, 15, 23, 59, 59, 999999, tzinfo=dt.timezone(-dt.timedelta(hours=23, microseconds=1))),
            "2025-08-15T23:59:59.999999-23:00:00.000001",
        ),
    ],
    ids=["seconds", "microseconds", "hours-and-microseconds"],
)
def test_offsets_with_seconds_and_microseconds_round_trip(moment: dt.datetime, written: str) -> None:
    """An offset with seconds or microseconds is written out in full and read back to the same offset."""
    span = TimeSpan(start=moment, precision=Precision.SECOND)
    data = to_dict(span)
    assert written == data["start"]
    back = from_dict(data, TimeSpan)
    assert moment.utcoffset() == back.start.utcoffset()  # type: ignore[union-attr]
    assert span == back
    assert span == from_json(to_json(span), TimeSpan)
    event = Event(kind=EventKind.MEETING, language="en", when=span, source=Source(published=moment))
    check_every_format(event)


@pytest.mark.parametrize(
    "offset",
    [dt.timedelta(microseconds=-1), dt.timedelta(microseconds=1), dt.timedelta(microseconds=500000)],
    ids=["minus-one-microsecond", "one-microsecond", "half-a-second"],
)
def test_offsets_under_a_second_round_trip(offset: dt.timedelta) -> None:
    """An offset of less than a second (but not zero) is read back as itself, not as UTC."""
    moment = dt.datetime(2025, 8, 15, 12, 0, tzinfo=dt.timezone(offset))
    span = TimeSpan(start=moment, precision=Precision.MINUTE)
    back = from_dict(to_dict(span), TimeSpan)
    assert offset == back.start.utcoffset()  # type: ignore[union-attr]
    assert span == back


def test_same_instant_in_two_offsets_keeps_both() -> None:
    """Start and end at one instant, written in two offsets, come back in those offsets."""
    start = dt.datetime(2025, 8, 15, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    end = start.astimezone(dt.timezone.utc)
    span = TimeSpan(start=start, end=end, precision=Precision.MINUTE)
    data = to_dict(span)
    assert ("2025-08-15T11:00:00+05:30", "2025-08-15T05:30:00+00:00") == (data["start"], data["end"])
    assert data == to_dict(from_dict(data, TimeSpan))


def test_nukta_letter_is_stored_decomposed_and_round_trips() -> None:
    """U+0958 (क़) in a name is stored as क + nukta (NFC), and that form round-trips."""
    person = Participant(id="\u0958amar", name="\u0958amar Ali", names=("\u0958मर अली",))
    assert "\u0915\u093camar Ali" == person.name
    assert "\u0915\u093camar" == person.id
    assert "\u0958" not in to_json(person)
    assert unicodedata.is_normalized("NFC", person.names[0])
    data = to_dict(person)
    assert person == from_dict(data, Participant)
    assert data == to_dict(from_dict(data, Participant))
    # Data written by others with the precomposed letter reads to the same object.
    precomposed = {**data, "id": "\u0958amar", "name": "\u0958amar Ali"}
    assert person == from_dict(precomposed, Participant)
    event = Event(kind=EventKind.VISIT, language="hi", participants=(person,))
    check_every_format(event)
