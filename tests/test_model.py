"""The model's promises: immutable, hashable, NFC text, derived ids, no coercion."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING

import attrs
import pytest

from newsevent import (
    ActorKind,
    Duration,
    Event,
    EventKind,
    EventStatus,
    Participant,
    Place,
    PlaceKind,
    Precision,
    Problem,
    Span,
    TimeSpan,
    ValidationError,
)

if TYPE_CHECKING:
    from collections.abc import Callable

TRUMP = Participant(id="donald-trump", name="Donald Trump", country="US")
PUTIN = Participant(id="vladimir-putin", name="Vladimir Putin", country="RU")
ANCHORAGE = Place(name="Anchorage", kind=PlaceKind.CITY, country="US")
DAY = TimeSpan(start=dt.date(2025, 8, 15), precision=Precision.DAY)


def test_frozen() -> None:
    """Assigning to a field raises, as attrs frozen classes do."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        TRUMP.name = "Someone"  # type: ignore[misc]


def test_hashable_and_equal() -> None:
    """Equal objects hash alike, so events can be set members and dict keys."""
    again = Participant(id="donald-trump", name="Donald Trump", country="US")
    assert TRUMP == again
    assert hash(TRUMP) == hash(again)
    assert 1 == len({TRUMP, again})


def test_keyword_only() -> None:
    """Positional arguments are refused: field order is not part of the API."""
    with pytest.raises(TypeError):
        Span(1, 2)  # type: ignore[misc]


def test_text_is_stored_nfc() -> None:
    """Text is normalised on construction; nukta letters U+0958-U+095F decompose."""
    person = Participant(id="x", name="Zelensky", names=("\u095b\u0947\u0932\u0947\u0902\u0938\u094d\u0915\u0940",))
    assert "\u091c\u093c\u0947\u0932\u0947\u0902\u0938\u094d\u0915\u0940" == person.names[0]
    assert unicodedata.is_normalized("NFC", person.names[0])


def test_defaults() -> None:
    """Optional fields default to None, collections to (), status to held."""
    event = Event(kind=EventKind.MEETING, language="en")
    assert EventStatus.HELD == event.status
    assert () == event.participants
    assert event.when is None
    assert ActorKind.PERSON == TRUMP.kind
    assert Duration(seconds=60) == Duration(seconds=60, approximate=False, text=None)


def test_event_id_is_derived_from_identifying_facts() -> None:
    """Same participants, day and country give the same id whatever the wording or kind."""
    summit = Event(
        kind=EventKind.SUMMIT,
        language="hi",
        when=DAY,
        place=ANCHORAGE,
        participants=(TRUMP, PUTIN),
        title="ट्रंप-पुतिन वार्ता",
    )
    meeting = Event(
        kind=EventKind.MEETING,
        language="en",
        when=DAY,
        place=Place(name="Joint Base Elmendorf-Richardson", country="US"),
        participants=(PUTIN, TRUMP),
    )
    assert summit.id == meeting.id
    assert summit.id.startswith("ev-")
    assert 19 == len(summit.id)


def test_event_id_changes_with_the_day() -> None:
    """A different day is a different event."""
    one = Event(kind=EventKind.SUMMIT, language="hi", when=DAY, participants=(TRUMP, PUTIN))
    other = Event(
        kind=EventKind.SUMMIT,
        language="hi",
        participants=(TRUMP, PUTIN),
        when=TimeSpan(start=dt.date(2025, 8, 16), precision=Precision.DAY),
    )
    assert one.id != other.id


def test_event_id_uses_only_the_stated_precision() -> None:
    """A month-precise start identifies the month, not the placeholder day."""
    first = Event(
        kind=EventKind.VISIT,
        language="en",
        participants=(TRUMP,),
        when=TimeSpan(start=dt.date(2025, 8, 1), precision=Precision.MONTH),
    )
    other = Event(
        kind=EventKind.VISIT,
        language="en",
        participants=(TRUMP,),
        when=TimeSpan(start=dt.date(2025, 8, 20), precision=Precision.MONTH),
    )
    assert first.id == other.id


def test_explicit_id_is_kept() -> None:
    """An id given by the caller is never replaced."""
    assert "ev-mine" == Event(id="ev-mine", kind=EventKind.OTHER, language="en").id


def test_datetime_with_offset_seconds() -> None:
    """Historical offsets with seconds (Kolkata before 1942: +05:53:28) are valid."""
    zone = dt.timezone(dt.timedelta(hours=5, minutes=53, seconds=28))
    span = TimeSpan(start=dt.datetime(1900, 1, 1, 12, tzinfo=zone), precision=Precision.SECOND)
    assert dt.timedelta(hours=5, minutes=53, seconds=28) == span.start.utcoffset()


def test_cross_references_checked_on_construction() -> None:
    """An outcome naming a party that is not in the event is refused."""
    from newsevent import Outcome, OutcomeKind

    outcome = Outcome(kind=OutcomeKind.AGREEMENT, description="agreed", parties=("xi-jinping",))
    with pytest.raises(ValidationError) as info:
        Event(kind=EventKind.SUMMIT, language="en", participants=(TRUMP,), outcomes=(outcome,))
    assert "outcomes[0].parties[0]: unknown id 'xi-jinping': not among participants or mentioned" == str(info.value)


def test_subclass_is_validated() -> None:
    """Users may subclass model classes; the checks still run."""

    @attrs.frozen(kw_only=True)
    class Leader(Participant):
        pass

    assert "x" == Leader(id="x", name="X").id
    with pytest.raises(ValidationError):
        Leader(id="x y", name="X")


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, 0), (3, 17), (0, 2**53 - 1), (-1, 2), (5, 4), (0, 2**53), (1.0, 2), (True, 2), (1, None), ("1", "2")],
)
def test_the_parsers_span_maker_is_the_constructor(start: object, end: object) -> None:
    """``_model.span`` makes what ``Span(...)`` makes, a frozen Span, and refuses what it refuses, alike."""
    from newsevent._model import span

    def outcome(make: Callable[[], Span]) -> Span | tuple[Problem, ...]:
        try:
            return make()
        except ValidationError as error:
            return error.problems

    expected = outcome(lambda: Span(start=start, end=end))  # type: ignore[arg-type]
    made = outcome(lambda: span(start, end))  # type: ignore[arg-type]
    if not isinstance(expected, Span):
        assert made == expected  # the same problems, with the same paths and messages
        return
    assert type(made) is Span
    assert made == expected
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]
