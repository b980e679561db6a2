"""Every way data can be wrong gives a ValidationError that names the path.

One case per failure mode, each asserting the whole message, as packaging's
test_requirements.py does: a change in wording is a change users see.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from typing import TYPE_CHECKING, Any

import pytest

from newsevent import (
    Event,
    EventKind,
    ParseError,
    Participant,
    Precision,
    Span,
    TimeSpan,
    ValidationError,
    from_dict,
    from_json,
    to_dict,
)
from newsevent.exceptions import NewsEventError, Problem

if TYPE_CHECKING:
    from collections.abc import Callable

BASE: dict[str, Any] = {
    "schema_version": "1.0",
    "id": "ev-test",
    "kind": "summit",
    "status": "held",
    "title": "ट्रंप-पुतिन वार्ता",
    "language": "hi",
    "when": {"start": "2025-08-15", "end": None, "precision": "day", "approximate": False, "text": "शुक्रवार"},
    "duration": {"seconds": 10800, "approximate": True, "text": "करीब 3 घंटे"},
    "place": {
        "name": "Anchorage",
        "names": ["एंकरेज"],
        "kind": "city",
        "country": "US",
        "region": "Alaska",
        "mentions": [{"start": 0, "end": 6}],
    },
    "participants": [
        {
            "id": "donald-trump",
            "name": "Donald Trump",
            "names": ["ट्रंप"],
            "kind": "person",
            "role": "President",
            "country": "US",
            "mentions": [{"start": 20, "end": 32}],
        },
        {
            "id": "vladimir-putin",
            "name": "Vladimir Putin",
            "names": ["पुतिन"],
            "kind": "person",
            "role": "President",
            "country": "RU",
            "mentions": [],
        },
    ],
    "mentioned": [],
    "statements": [
        {
            "speaker": "vladimir-putin",
            "text": "next time in moscow",
            "kind": "direct",
            "language": "en",
            "cue": "says",
            "medium": None,
            "span": {"start": 100, "end": 119},
        },
    ],
    "outcomes": [
        {
            "kind": "no_agreement",
            "topic": "ceasefire",
            "description": "कोई समझौता नहीं हुआ",
            "parties": ["donald-trump", "vladimir-putin"],
            "span": None,
        }
    ],
    "invitations": [
        {
            "inviter": "vladimir-putin",
            "invitee": "donald-trump",
            "destination": None,
            "occasion": None,
            "status": "considering",
            "response": None,
            "span": None,
        }
    ],
    "topics": ["ceasefire"],
    "source": None,
}


def mutated(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    change(data)
    return data


def test_base_is_valid() -> None:
    """The unmutated case reads, and writes back to the identical dict."""
    assert BASE == to_dict(from_dict(BASE))


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change that sets the value at a dotted path such as ``statements.0.span.end``."""

    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        del target[last]

    return change


KINDS = (
    "'meeting', 'summit', 'phone_call', 'video_call', 'visit', 'press_conference', 'negotiation', 'conference', 'other'"
)

CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "wrong type deep in a nested list",
        _set("statements.0.span.end", "119"),
        "statements[0].span.end: expected int, got str",
    ),
    (
        "str where a list of names belongs",
        _set("participants.0.names", "Ramesh"),
        "participants[0].names: expected list, got str",
    ),
    ("int where text belongs", _set("title", 123), "title: expected str, got int"),
    ("numeric string for a count", _set("duration.seconds", "28.6"), "duration.seconds: expected int, got str"),
    ("float for a count", _set("duration.seconds", 28.6), "duration.seconds: expected int, got float"),
    ("NaN for a count", _set("duration.seconds", float("nan")), "duration.seconds: expected int, got float"),
    (
        "infinity for an offset",
        _set("place.mentions.0.start", float("inf")),
        "place.mentions[0].start: expected int, got float",
    ),
    ("bool for a count", _set("duration.seconds", True), "duration.seconds: expected int, got bool"),
    (
        "naive datetime",
        _set("when.start", "2025-08-15T10:00:00"),
        "when.start: expected a timezone-aware datetime with an offset, got '2025-08-15T10:00:00'",
    ),
    (
        "impossible date",
        _set("when.start", "2025-02-30"),
        "when.start: expected a valid ISO 8601 date or datetime, got '2025-02-30' (day is out of range for month)",
    ),
    (
        "date in another format",
        _set("when.start", "15/08/2025"),
        "when.start: expected an ISO 8601 date (YYYY-MM-DD) or datetime with offset, got '15/08/2025'",
    ),
    ("unknown enum value", _set("kind", "party"), f"kind: expected one of {KINDS}, got 'party'"),
    ("enum value in the wrong case", _set("kind", "Summit"), f"kind: expected one of {KINDS}, got 'Summit'"),
    ("unknown key", _set("mood", "tense"), "mood: unexpected key: Event has no field 'mood'"),
    (
        "unknown nested key",
        _set("participants.1.age", 72),
        "participants[1].age: unexpected key: Participant has no field 'age'",
    ),
    ("missing required key", _delete("statements.0.text"), "statements[0].text: missing required key"),
    (
        "dangling speaker id",
        _set("statements.0.speaker", "joe-biden"),
        "statements[0].speaker: unknown id 'joe-biden': not among participants or mentioned",
    ),
    (
        "dangling outcome party",
        _set("outcomes.0.parties.1", "xi-jinping"),
        "outcomes[0].parties[1]: unknown id 'xi-jinping': not among participants or mentioned",
    ),
    (
        "duplicate ids",
        _set("mentioned", [copy.deepcopy(BASE["participants"][0])]),
        "mentioned[0].id: duplicate id 'donald-trump' (also at participants[0].id)",
    ),
    ("negative duration", _set("duration.seconds", -60), "duration.seconds: expected int >= 0, got -60"),
    (
        "bad country code",
        _set("participants.1.country", "RUS"),
        "participants[1].country: expected an ISO 3166-1 alpha-2 country code such as 'IN', got 'RUS'",
    ),
    (
        "lower-case country code",
        _set("place.country", "us"),
        "place.country: expected an ISO 3166-1 alpha-2 country code such as 'IN', got 'us'",
    ),
    (
        "malformed span",
        _set("statements.0.span", {"start": 119, "end": 100}),
        "statements[0].span.end: expected end >= start (119), got 100",
    ),
    ("span that is a list", _set("statements.0.span", [100, 119]), "statements[0].span: expected dict, got list"),
    ("empty text", _set("statements.0.text", ""), "statements[0].text: expected non-empty str, got ''"),
    (
        "id with white space",
        _set("participants.0.id", "donald trump"),
        "participants[0].id: expected an id without white space, got 'donald trump'",
    ),
    (
        "bad language tag",
        _set("language", "Hindi"),
        "language: expected a BCP 47 language tag such as 'hi' or 'en', got 'Hindi'",
    ),
    ("lone surrogate", _set("topics.0", "\ud800"), "topics[0]: expected text, got a lone surrogate code point"),
    (
        "end before start",
        _set("when.end", "2025-08-14"),
        "when.end: expected end >= start (2025-08-15), got 2025-08-14",
    ),
    (
        "date end after datetime start",
        _set(
            "when",
            {
                "start": "2025-08-15T10:00:00+05:30",
                "end": "2025-08-16",
                "precision": "hour",
                "approximate": False,
                "text": None,
            },
        ),
        "when.end: expected datetime like start, got date",
    ),
    (
        "hour precision on a date",
        _set("when.precision", "hour"),
        "when.precision: a date start cannot have precision 'hour'",
    ),
    ("unsupported schema version", _set("schema_version", "2.0"), "schema_version: expected '1.0', got '2.0'"),
    ("null for a tuple", _set("topics", None), "topics: expected list, got NoneType"),
]


@pytest.mark.parametrize(("change", "message"), [(c, m) for _, c, m in CASES], ids=[n for n, _, _ in CASES])
def test_invalid_input(change: Callable[[dict[str, Any]], None], message: str) -> None:
    """Each invalid input raises ValidationError whose whole message names the path."""
    data = mutated(change)
    with pytest.raises(ValidationError) as info:
        from_dict(data)
    assert message == str(info.value)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, NewsEventError)


def test_every_problem_is_listed() -> None:
    """Several problems in one input are all reported, one per line, in field order."""

    def change(data: dict[str, Any]) -> None:
        data["kind"] = "party"
        data["statements"][0]["span"]["end"] = "x"
        data["participants"][0]["names"] = "Ramesh"
        data["extra"] = 1

    with pytest.raises(ValidationError) as info:
        from_dict(mutated(change))
    assert [
        Problem("kind", f"expected one of {KINDS}, got 'party'"),
        Problem("participants[0].names", "expected list, got str"),
        Problem("statements[0].span.end", "expected int, got str"),
        Problem("extra", "unexpected key: Event has no field 'extra'"),
    ] == list(info.value.problems)
    assert "\n".join(str(problem) for problem in info.value.problems) == str(info.value)


def test_not_a_dict() -> None:
    """The root path is "$"."""
    with pytest.raises(ValidationError) as info:
        from_dict(["not", "a", "dict"])  # type: ignore[arg-type]
    assert "$: expected dict, got list" == str(info.value)


def test_from_dict_rejects_non_model_class() -> None:
    """Asking for a class that is not part of the model is a programming error."""
    with pytest.raises(TypeError, match="from_dict reads newsevent model classes"):
        from_dict({}, dict)


# --- constructors ---------------------------------------------------------


CONSTRUCTOR_CASES: list[tuple[str, Callable[[], object], str]] = [
    (
        "str for a tuple of names",
        lambda: Participant(id="r", name="Ramesh", names="Ramesh"),  # type: ignore[arg-type]
        "names: expected tuple, got str",
    ),
    (
        "list for a tuple",
        lambda: Participant(id="r", name="Ramesh", names=["Ramesh"]),  # type: ignore[arg-type]
        "names: expected tuple, got list",
    ),
    (
        "int for a name",
        lambda: Participant(id="r", name=123),  # type: ignore[arg-type]
        "name: expected str, got int",
    ),
    (
        "enum value as str",
        lambda: Event(kind="summit", language="hi"),  # type: ignore[arg-type]
        f"kind: expected EventKind (one of {KINDS}), got 'summit'",
    ),
    (
        "naive datetime",
        lambda: TimeSpan(start=dt.datetime(2025, 8, 15, 10), precision=Precision.HOUR),
        "start: expected date or timezone-aware datetime, got naive datetime",
    ),
    (
        "float span",
        lambda: Span(start=1.0, end=2),  # type: ignore[arg-type]
        "start: expected int, got float",
    ),
    (
        "NaN span",
        lambda: Span(start=0, end=float("nan")),  # type: ignore[arg-type]
        "end: expected int, got float",
    ),
    (
        "two problems at once",
        lambda: Span(start=-1, end="2"),  # type: ignore[arg-type]
        "start: expected int >= 0, got -1\nend: expected int, got str",
    ),
    (
        "wrong item in a nested tuple",
        lambda: Event(kind=EventKind.SUMMIT, language="hi", participants=(Participant(id="a", name="A"), "b")),  # type: ignore[arg-type]
        "participants[1]: expected Participant, got str",
    ),
]


@pytest.mark.parametrize(
    ("build", "message"), [(b, m) for _, b, m in CONSTRUCTOR_CASES], ids=[n for n, _, _ in CONSTRUCTOR_CASES]
)
def test_constructor_rejects(build: Callable[[], object], message: str) -> None:
    """Constructors check types without coercing and report every problem."""
    with pytest.raises(ValidationError) as info:
        build()
    assert message == str(info.value)


def test_named_zone_is_refused() -> None:
    """A zoneinfo zone would lose its name in ISO text, so only fixed offsets are accepted."""
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        zone = zoneinfo.ZoneInfo("Asia/Kolkata")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone database on this machine")
    with pytest.raises(ValidationError) as info:
        TimeSpan(start=dt.datetime(2025, 8, 15, 10, tzinfo=zone), precision=Precision.HOUR)
    assert "start: expected a datetime with a fixed offset (datetime.timezone), got tzinfo ZoneInfo" == str(info.value)


def test_errors_pickle() -> None:
    """Errors survive pickling (multiprocessing pipelines send them between processes)."""
    error = ValidationError([Problem("a.b", "expected int, got str")])
    copy_ = pickle.loads(pickle.dumps(error))
    assert error.problems == copy_.problems
    assert str(error) == str(copy_)
    parse_error = ParseError("bad", "text", 2)
    assert str(parse_error) == str(pickle.loads(pickle.dumps(parse_error)))


# --- JSON text ------------------------------------------------------------


def test_malformed_json_points_at_the_text() -> None:
    """ParseError names line and column and draws a caret under the trouble."""
    with pytest.raises(ParseError) as info:
        from_json('{"kind": "summit",\n "language": }')
    assert 'malformed JSON: Expecting value (line 2, column 14)\n     "language": }\n                 ^' == str(
        info.value
    )
    # 19 characters of line 1 with its newline, then 13 before the brace.
    assert 32 == info.value.position


def test_duplicate_json_key_is_refused() -> None:
    """A key given twice would silently lose one value, so it is an error."""
    with pytest.raises(ParseError) as info:
        from_json('{"kind": "summit", "kind": "meeting"}')
    assert "malformed JSON: key 'kind' appears twice in one object" in str(info.value)


def test_json_nan_is_refused() -> None:
    """NaN is not JSON, whatever Python's json module accepts."""
    with pytest.raises(ParseError, match="NaN is not JSON"):
        from_json('{"seconds": NaN}')


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, '{"a": ' * 50_000 + "1" + "}" * 50_000])
@pytest.mark.parametrize("encode", [False, True])
def test_json_nested_too_deeply_is_a_parse_error(text: str, *, encode: bool) -> None:
    """JSON deeper than Python's reader goes is refused as a ParseError, not a RecursionError."""
    with pytest.raises(ParseError, match="JSON nested too deeply to read"):
        from_json(text.encode() if encode else text)


def test_json_that_does_not_fit_is_a_validation_error() -> None:
    """Well-formed JSON of the wrong shape is ValidationError, not ParseError."""
    text = json.dumps(mutated(_set("kind", "party")))
    with pytest.raises(ValidationError):
        from_json(text)


def test_non_utf8_bytes() -> None:
    """Bytes must be UTF-8."""
    with pytest.raises(ParseError, match="JSON text is not UTF-8"):
        from_json(b'{"kind": "\xff"}')


def test_from_json_type_error() -> None:
    """Anything but str or bytes is a programming error."""
    with pytest.raises(TypeError, match="from_json reads str or bytes, got int"):
        from_json(42)  # type: ignore[call-overload]
