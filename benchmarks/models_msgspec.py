"""The newsevent model written idiomatically with msgspec, for the benchmark.

The rules are newsevent's (SPEC section 3) as far as msgspec can say them:
``Struct(frozen=True, forbid_unknown_fields=True, kw_only=True)``, msgspec's
strict decoding (no coercion), ``Meta`` constraints for non-empty text, ids
without white space, BCP 47 tags and counts from 0 to 2**53 - 1, a ``Literal``
of the ISO 3166-1 codes, and ``__post_init__`` for what ``Meta`` cannot say:
NFC normalisation of text, a Span's and a TimeSpan's order, a TimeSpan's
start and end of one type, and an Event's unique ids and resolved references.

Two things differ from newsevent by msgspec's design, and the benchmark says so:

* msgspec checks types when it decodes or converts, not in ``__init__``:
  constructing a Struct from Python objects runs only ``__post_init__``.
* msgspec refuses a union of ``date`` and ``datetime`` (both are written as
  strings). The moment fields are typed with :class:`Moment`, an ABC that
  ``date`` and ``datetime`` are registered with, read by :func:`dec_hook`
  (pass it to ``msgspec.convert`` and to the JSON decoder): an ISO 8601 date,
  or a datetime with its UTC offset, in the shapes newsevent reads.
"""

from __future__ import annotations

import abc
import datetime as dt
import re
import unicodedata
from typing import Annotated, Any, Literal

import msgspec
from msgspec.structs import force_setattr

from newsevent import (
    ActorKind,
    EventKind,
    EventStatus,
    InvitationStatus,
    OutcomeKind,
    PlaceKind,
    Precision,
    StatementKind,
)
from newsevent._vocab import COUNTRY_CODES

MAX_COUNT = 2**53 - 1
_SURROGATE = re.compile("[\ud800-\udfff]")
# The shapes of date and datetime text that newsevent reads.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{3}(?:\d{3})?)?)?"
    r"(?:Z|[+-]\d{2}:\d{2}(?::\d{2}(?:\.\d{6})?)?)"
)


class Moment(abc.ABC):  # noqa: B024 - a marker type: date and datetime are registered below
    """A ``date``, or a ``datetime`` with a fixed UTC offset."""


Moment.register(dt.date)  # datetime is a subclass of date


def dec_hook(tp: type, value: Any) -> Any:
    """Read a :class:`Moment` from ISO 8601 text; msgspec turns errors into ValidationError."""
    if tp is Moment and type(value) is str:
        if _DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
        if _DATETIME.fullmatch(value):
            return dt.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
        raise ValueError(f"expected an ISO 8601 date or datetime with offset, got {value!r}")
    raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}")


def _check_moment(value: Any) -> None:
    kind = type(value)
    if kind is dt.date:
        return
    if kind is dt.datetime and type(value.tzinfo) is dt.timezone:
        return
    raise ValueError(f"expected date or datetime with a fixed offset, got {value!r}")


Text = Annotated[str, msgspec.Meta(min_length=1)]
# msgspec matches patterns with re.search, where "$" would accept a final "\n".
Identifier = Annotated[str, msgspec.Meta(min_length=1, pattern=r"^\S+\Z")]
Language = Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*\Z")]
Country = Literal[tuple(sorted(COUNTRY_CODES))]  # type: ignore[valid-type]
Count = Annotated[int, msgspec.Meta(ge=0, le=MAX_COUNT)]


def _nfc(value: str) -> str:
    if value.isascii():
        return value
    if _SURROGATE.search(value):
        raise ValueError("text holds a lone surrogate code point")
    return unicodedata.normalize("NFC", value)


def _normalise(obj: Any, names: tuple[str, ...]) -> None:
    """Store the text fields ``names`` of ``obj`` (str, None or tuples of str) in NFC."""
    for name in names:
        value = getattr(obj, name)
        if value is None:
            continue
        if type(value) is tuple:
            if not all(map(str.isascii, value)):
                normalised: Any = tuple([_nfc(item) for item in value])
                if normalised != value:
                    force_setattr(obj, name, normalised)
        else:
            normalised = _nfc(value)
            if normalised is not value:
                force_setattr(obj, name, normalised)


class _Struct(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The options every class shares; ``kw_only`` is not inherited, so each class says it."""


class Span(_Struct, kw_only=True):
    start: Count
    end: Count

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"expected end >= start ({self.start}), got {self.end}")


class Duration(_Struct, kw_only=True):
    seconds: Count
    approximate: bool = False
    text: Text | None = None

    def __post_init__(self) -> None:
        _normalise(self, ("text",))


_DAY_OR_COARSER = frozenset({Precision.YEAR, Precision.MONTH, Precision.DAY})


class TimeSpan(_Struct, kw_only=True):
    start: Moment
    end: Moment | None = None
    precision: Precision
    approximate: bool = False
    text: Text | None = None

    def __post_init__(self) -> None:
        _normalise(self, ("text",))
        _check_moment(self.start)
        if type(self.start) is dt.date and self.precision not in _DAY_OR_COARSER:
            raise ValueError(f"a date start cannot have precision {self.precision.value!r}")
        if self.end is not None:
            _check_moment(self.end)
            if type(self.end) is not type(self.start):
                raise ValueError(f"expected end of type {type(self.start).__name__} like start")
            if self.end < self.start:
                raise ValueError("expected end >= start")


class Place(_Struct, kw_only=True):
    name: Text
    names: tuple[Text, ...] = ()
    kind: PlaceKind | None = None
    country: Country | None = None
    region: Text | None = None
    mentions: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        _normalise(self, ("name", "names", "region"))


class Participant(_Struct, kw_only=True):
    id: Identifier
    name: Text
    names: tuple[Text, ...] = ()
    kind: ActorKind = ActorKind.PERSON
    role: Text | None = None
    country: Country | None = None
    mentions: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        _normalise(self, ("id", "name", "names", "role"))


class Statement(_Struct, kw_only=True):
    speaker: Identifier | None = None
    text: Text
    kind: StatementKind
    language: Language
    cue: Text | None = None
    medium: Text | None = None
    span: Span | None = None

    def __post_init__(self) -> None:
        _normalise(self, ("speaker", "text", "cue", "medium"))


class Outcome(_Struct, kw_only=True):
    kind: OutcomeKind
    topic: Text | None = None
    description: Text
    parties: tuple[Identifier, ...] = ()
    span: Span | None = None

    def __post_init__(self) -> None:
        _normalise(self, ("topic", "description", "parties"))


class Invitation(_Struct, kw_only=True):
    inviter: Identifier
    invitee: Identifier
    destination: Place | None = None
    occasion: Text | None = None
    status: InvitationStatus = InvitationStatus.EXTENDED
    response: Text | None = None
    span: Span | None = None

    def __post_init__(self) -> None:
        _normalise(self, ("inviter", "invitee", "occasion", "response"))


class Source(_Struct, kw_only=True):
    url: Text | None = None
    title: Text | None = None
    publisher: Text | None = None
    published: Moment | None = None
    language: Language | None = None
    dateline: Text | None = None

    def __post_init__(self) -> None:
        _normalise(self, ("url", "title", "publisher", "dateline"))
        if self.published is not None:
            _check_moment(self.published)


class Event(_Struct, kw_only=True):
    """The event; fields in the order ``newsevent.to_dict`` writes them."""

    schema_version: Literal["1.0"] = "1.0"
    id: Identifier
    kind: EventKind
    status: EventStatus = EventStatus.HELD
    title: Text | None = None
    language: Language
    when: TimeSpan | None = None
    duration: Duration | None = None
    place: Place | None = None
    participants: tuple[Participant, ...] = ()
    mentioned: tuple[Participant, ...] = ()
    statements: tuple[Statement, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    invitations: tuple[Invitation, ...] = ()
    topics: tuple[Text, ...] = ()
    source: Source | None = None

    def __post_init__(self) -> None:
        _normalise(self, ("id", "title", "topics"))
        seen: set[str] = set()
        for person in (*self.participants, *self.mentioned):
            if person.id in seen:
                raise ValueError(f"duplicate id {person.id!r}")
            seen.add(person.id)
        referred = [statement.speaker for statement in self.statements if statement.speaker is not None]
        for outcome in self.outcomes:
            referred.extend(outcome.parties)
        for invitation in self.invitations:
            referred.extend((invitation.inviter, invitation.invitee))
        unknown = [name for name in referred if name not in seen]
        if unknown:
            raise ValueError(f"unknown ids {unknown}: not among participants or mentioned")


CLASSES = {
    cls.__name__: cls
    for cls in (Span, Duration, TimeSpan, Place, Participant, Statement, Outcome, Invitation, Source, Event)
}
