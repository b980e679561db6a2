"""The newsevent model written idiomatically in pydantic v2, for the benchmark.

The rules are newsevent's (SPEC section 3) as far as pydantic can say them:
strict mode (no coercion: ``123`` is not a str, ``1`` is not a bool, ``3.0``
and ``"3"`` are not ints), frozen, unknown keys forbidden; text non-empty and
NFC-normalised; ids without white space; ISO 3166-1 country codes; BCP 47
language tags; counts from 0 to 2**53 - 1; dates, or datetimes with a fixed
UTC offset; a TimeSpan's start and end of one type and in order; a Span's
start <= end; an Event's ids unique and every reference resolved.

Where strictness had to give (the one deliberate difference from a plain
``ConfigDict(strict=True)``): pydantic's strict mode refuses, in Python mode,
ISO strings for dates, enum values for enums and lists for tuples, so it could
not read the dict that ``newsevent.to_dict`` writes (JSON mode accepts all
three). Those three kinds of field, and only they, are marked
``Strict(False)``; text, ints and bools stay strict. Lax dates would also take
Unix timestamps, bytes and naive midnight datetimes, so a ``BeforeValidator``
lets through only ``str``, ``date`` and aware ``datetime`` (newsevent refuses
the others too). Lax tuples still refuse a ``str`` but take a ``set``, which
newsevent refuses; no benchmark input is a set.

Datetimes read from text carry pydantic's own ``TzInfo`` rather than
``datetime.timezone``; they compare equal. The enums are newsevent's, so the
objects hold the same values as newsevent's.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    model_validator,
)

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


def _nfc(value: str) -> str:
    if value.isascii():
        return value
    if _SURROGATE.search(value):
        raise ValueError("text holds a lone surrogate code point")
    return unicodedata.normalize("NFC", value)


def _moment_input(value: Any) -> Any:
    """Let through only what newsevent reads as a moment: ISO text, a date, an aware datetime."""
    if type(value) is str or type(value) is dt.date:
        return value
    if type(value) is dt.datetime:
        if value.tzinfo is None:
            raise ValueError("expected a timezone-aware datetime, got a naive datetime")
        if type(value.tzinfo) is not dt.timezone:
            raise ValueError("expected a datetime with a fixed offset (datetime.timezone)")
        return value
    raise ValueError(f"expected date, datetime or ISO 8601 str, got {type(value).__name__}")


Text = Annotated[str, Field(min_length=1), AfterValidator(_nfc)]
Identifier = Annotated[str, Field(min_length=1, pattern=r"^\S+$"), AfterValidator(_nfc)]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")]
Country = Literal[tuple(sorted(COUNTRY_CODES))]  # type: ignore[valid-type]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
# datetime first: left to right, "2025-08-15T00:00:00+00:00" must not become a date.
Moment = Annotated[
    Annotated[AwareDatetime, Strict(False)] | Annotated[dt.date, Strict(False)],
    Field(union_mode="left_to_right"),
    BeforeValidator(_moment_input),
]


def Lax(tp: Any) -> Any:  # noqa: N802 - reads like the type annotation it builds
    """``tp`` read in lax mode: enums from their values, tuples from lists."""
    return Annotated[tp, Strict(False)]


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")


class Span(_Model):
    start: Count
    end: Count

    @model_validator(mode="after")
    def _in_order(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"expected end >= start ({self.start}), got {self.end}")
        return self


class Duration(_Model):
    seconds: Count
    approximate: bool = False
    text: Text | None = None


_DAY_OR_COARSER = frozenset({Precision.YEAR, Precision.MONTH, Precision.DAY})


class TimeSpan(_Model):
    start: Moment
    end: Moment | None = None
    precision: Lax(Precision)
    approximate: bool = False
    text: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> TimeSpan:
        if type(self.start) is dt.date and self.precision not in _DAY_OR_COARSER:
            raise ValueError(f"a date start cannot have precision {self.precision.value!r}")
        if self.end is not None:
            if type(self.end) is not type(self.start):
                raise ValueError(f"expected end of type {type(self.start).__name__} like start")
            if self.end < self.start:
                raise ValueError("expected end >= start")
        return self


class Place(_Model):
    name: Text
    names: Lax(tuple[Text, ...]) = ()
    kind: Lax(PlaceKind) | None = None
    country: Country | None = None
    region: Text | None = None
    mentions: Lax(tuple[Span, ...]) = ()


class Participant(_Model):
    id: Identifier
    name: Text
    names: Lax(tuple[Text, ...]) = ()
    kind: Lax(ActorKind) = ActorKind.PERSON
    role: Text | None = None
    country: Country | None = None
    mentions: Lax(tuple[Span, ...]) = ()


class Statement(_Model):
    speaker: Identifier | None = None
    text: Text
    kind: Lax(StatementKind)
    language: Language
    cue: Text | None = None
    medium: Text | None = None
    span: Span | None = None


class Outcome(_Model):
    kind: Lax(OutcomeKind)
    topic: Text | None = None
    description: Text
    parties: Lax(tuple[Identifier, ...]) = ()
    span: Span | None = None


class Invitation(_Model):
    inviter: Identifier
    invitee: Identifier
    destination: Place | None = None
    occasion: Text | None = None
    status: Lax(InvitationStatus) = InvitationStatus.EXTENDED
    response: Text | None = None
    span: Span | None = None


class Source(_Model):
    url: Text | None = None
    title: Text | None = None
    publisher: Text | None = None
    published: Moment | None = None
    language: Language | None = None
    dateline: Text | None = None


class Event(_Model):
    """The event; fields in the order ``newsevent.to_dict`` writes them."""

    schema_version: Literal["1.0"] = "1.0"
    id: Identifier
    kind: Lax(EventKind)
    status: Lax(EventStatus) = EventStatus.HELD
    title: Text | None = None
    language: Language
    when: TimeSpan | None = None
    duration: Duration | None = None
    place: Place | None = None
    participants: Lax(tuple[Participant, ...]) = ()
    mentioned: Lax(tuple[Participant, ...]) = ()
    statements: Lax(tuple[Statement, ...]) = ()
    outcomes: Lax(tuple[Outcome, ...]) = ()
    invitations: Lax(tuple[Invitation, ...]) = ()
    topics: Lax(tuple[Text, ...]) = ()
    source: Source | None = None

    @model_validator(mode="after")
    def _references(self) -> Event:
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
        return self


CLASSES = {
    cls.__name__: cls
    for cls in (Span, Duration, TimeSpan, Place, Participant, Statement, Outcome, Invitation, Source, Event)
}
