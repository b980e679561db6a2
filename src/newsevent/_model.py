"""The model: immutable, validated records of political and diplomatic events.

Every class is an attrs class, frozen, slotted, keyword-only and hashable. Each
checks all of its fields on construction and raises one
:class:`~newsevent.ValidationError` listing every problem, so that no invalid
object ever exists. Checks never coerce: a ``str`` is not a tuple of
characters, ``123`` is not a title, a ``list`` is not a tuple. The one change
made to values is Unicode NFC normalisation of text, which SPEC requires and
which is idempotent, so round trips stay exact.

The field checks live in a table (``_FIELD_TYPES``) rather than in attrs
validators so that the serializers can run the very same checks with full
paths (``statements[3].span.end``) while reading nested data, and report every
problem instead of the first.

This module knows nothing of parsing or serialization.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from ._fields import (
    MAX_COUNT,
    Bool,
    Count,
    Country,
    EnumOf,
    FieldType,
    Identifier,
    Language,
    ModelOf,
    Moment,
    OptionalOf,
    Text,
    TupleOf,
)
from ._vocab import (
    ActorKind,
    EventKind,
    EventStatus,
    InvitationStatus,
    OutcomeKind,
    PlaceKind,
    Precision,
    StatementKind,
)
from .exceptions import Problem, ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

T = TypeVar("T")

__all__ = [
    "Duration",
    "Event",
    "Invitation",
    "Outcome",
    "Participant",
    "Place",
    "Source",
    "Span",
    "Statement",
    "TimeSpan",
]


# --- the classes ----------------------------------------------------------


def _validate(self: Any) -> None:
    """Run the field and class checks of ``self``; store normalised values or raise.

    Called from each class's ``__attrs_post_init__``: attrs has already stored
    the arguments. A check generated for the class (:mod:`newsevent._codegen`)
    passes valid objects quickly; anything it is not sure of (a problem, text
    to normalise) goes to :func:`_validate_in_detail`, which decides and
    explains.
    """
    check = _CHECKERS.get(type(self))
    if check is None:
        check = _checker(type(self))
    try:
        check(self)
    except Exception:  # any doubt: the field types decide
        _validate_in_detail(self)


#: The generated check of each class (and user subclass) met so far.
_CHECKERS: dict[type, Callable[[Any], None]] = {}


def _checker(cls: type) -> Callable[[Any], None]:
    from . import _codegen  # on first construction, to keep ``import newsevent`` light

    try:
        check = _codegen.checker(cls)
    except TypeError:  # not a model class: the detailed check says so
        return _validate_in_detail
    _CHECKERS[cls] = check
    return check


def _validate_in_detail(self: Any) -> None:
    """Run every field and class check of ``self`` with its path; store normalised values or raise.

    Normalised text is written back through ``object.__setattr__`` (the
    classes are frozen to users, not to us).
    """
    problems: list[Problem] = []
    cls = model_class(type(self))
    for name, check in _FIELD_TYPES[cls]:
        value = getattr(self, name)
        checked = check(value, name, problems)
        if checked is not value:
            object.__setattr__(self, name, checked)
    if not problems:
        _CLASS_CHECKS.get(cls, _no_class_check)(self, "", problems)
    if problems:
        raise ValidationError(problems)


def model_class(cls: type) -> type:
    """The model class that ``cls`` is or extends (users may subclass)."""
    if cls in _FIELD_TYPES:
        return cls
    for base in cls.__mro__:
        if base in _FIELD_TYPES:
            return base
    raise TypeError(f"{cls.__name__} is not a newsevent model class")


def _no_class_check(obj: Any, path: str, problems: list[Problem]) -> None:
    """Classes whose fields need no check across each other."""


@attrs.frozen(kw_only=True)
class Span:
    """Where a fact stands in the article: ``text[start:end]`` is its evidence.

    Offsets count code points in the text exactly as passed to
    ``parse_article``; ``0 <= start <= end``.
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        _validate(self)


_new_object: Final = object.__new__
_set_start: Final = Span.__dict__["start"].__set__  # the slots' own setters, which a frozen class keeps
_set_end: Final = Span.__dict__["end"].__set__


def span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` in less than half the time: the parser makes dozens per article.

    The checks are the constructor's, written out (each offset an ``int``
    from 0 to 2**53 - 1, ``start <= end``); anything they do not pass goes to
    the constructor, which refuses it with the usual message.
    """
    if type(start) is int and type(end) is int and 0 <= start <= end <= MAX_COUNT:
        made = _new_object(Span)
        _set_start(made, start)
        _set_end(made, end)
        return made
    return Span(start=start, end=end)


@attrs.frozen(kw_only=True)
class Duration:
    """How long the main event lasted: whole ``seconds``, and whether the text hedged.

    ``approximate`` is true where the text hedges (``करीब 3 घंटे``, ``over two
    hours``); ``text`` is the expression as written, if the value came from one.
    """

    seconds: int
    approximate: bool = False
    text: str | None = None

    def __attrs_post_init__(self) -> None:
        _validate(self)


@attrs.frozen(kw_only=True)
class TimeSpan:
    """When something happened: a ``start``, an optional ``end``, and how precisely.

    ``start`` and ``end`` are both dates or both timezone-aware datetimes; a
    date cannot claim a precision finer than a day, and ``end`` is never before
    ``start``.
    """

    start: dt.date | dt.datetime
    end: dt.date | dt.datetime | None = None
    precision: Precision
    approximate: bool = False
    text: str | None = None

    def __attrs_post_init__(self) -> None:
        _validate(self)


@attrs.frozen(kw_only=True)
class Place:
    """A place: canonical Latin-script ``name``, every surface form in ``names``.

    ``kind`` is its scale (venue, city, region, country); ``country`` an ISO
    3166-1 alpha-2 code; ``region`` the state, province or island it lies in
    (or, for a venue, its city); ``mentions`` the spans where the article
    names it.
    """

    name: str
    names: tuple[str, ...] = ()
    kind: PlaceKind | None = None
    country: str | None = None
    region: str | None = None
    mentions: tuple[Span, ...] = ()

    def __attrs_post_init__(self) -> None:
        _validate(self)


@attrs.frozen(kw_only=True)
class Participant:
    """A person, organisation or country named in the article.

    ``id`` is a stable slug (``donald-trump``) that statements, outcomes and
    invitations refer to; ``name`` is canonical and in Latin script; ``names``
    holds every surface form the article used, in any script. ``role`` is
    the title held at the time (``President``), ``country`` an ISO 3166-1
    alpha-2 code, and ``mentions`` the spans where the article refers to
    them, by name or by title.
    """

    id: str
    name: str
    names: tuple[str, ...] = ()
    kind: ActorKind = ActorKind.PERSON
    role: str | None = None
    country: str | None = None
    mentions: tuple[Span, ...] = ()

    def __attrs_post_init__(self) -> None:
        _validate(self)


@attrs.frozen(kw_only=True)
class Statement:
    """Something said: a ``direct`` quote or ``reported`` speech, by ``speaker`` (an id).

    ``text`` is the words (a direct quote without its marks); ``language`` the
    statement's own, which may differ from the article's; ``cue`` the
    reporting verb as the text has it (``says``, ``कहा``); ``medium`` where it
    was said (``press conference``, ``social post``…), when the text tells;
    ``span`` the words in the article.
    """

    speaker: str | None = None
    text: str
    kind: StatementKind
    language: str
    cue: str | None = None
    medium: str | None = None
    span: Span | None = None

    def __attrs_post_init__(self) -> None:
        _validate(self)


@attrs.frozen(kw_only=True)
class Outcome:
    """A result of the event, of a :class:`~newsevent.OutcomeKind`, between ``parties`` (ids).

    ``topic`` is what the result is about, in the article's words, when they
    name it (``सुरक्षा गारंटी``); ``description`` the clause that states the
    result, and ``span`` where it stands.
    """

    kind: OutcomeKind
    topic: str | None = None
    description: str
    parties: tuple[str, ...] = ()
    span: Span | None = None

    def __attrs_post_init__(self) -> None:
        _validate(self)


@attrs.frozen(kw_only=True)
class Invitation:
    """``inviter`` asked ``invitee`` (both ids) to come somewhere; ``status`` is where it stands.

    ``destination`` is the place invited to; ``occasion`` what for, when the
    text says (``the next summit``); ``response`` the words that set the
    status (``यह आगे देखा जाएगा`` — considering); ``span`` the sentence that
    tells of the invitation.
    """

    inviter: str
    invitee: str
    destination: Place | None = None
    occasion: str | None = None
    status: InvitationStatus = InvitationStatus.EXTENDED
    response: str | None = None
    span: Span | None = None

    def __attrs_post_init__(self) -> None:
        _validate(self)


@attrs.frozen(kw_only=True)
class Source:
    """Where the article came from; every field may be unknown.

    ``published`` is a date or an aware datetime; ``language`` the body's
    BCP 47 tag; ``dateline`` the place the report was filed from, as written.
    """

    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: dt.date | dt.datetime | None = None
    language: str | None = None
    dateline: str | None = None

    def __attrs_post_init__(self) -> None:
        _validate(self)


class _DerivedId(str):
    """The type of the default ``Event.id``: told apart from any id a caller passes."""

    __slots__ = ()


#: The default of ``Event.id``: replaced on construction by :func:`event_id`.
DERIVE_ID: Final = _DerivedId("<derived from content>")


@attrs.frozen(kw_only=True)
class Event:
    """One political or diplomatic event as an article reports it.

    ``kind`` and ``status`` say what sort of encounter it was and whether it
    took place; ``title`` is the article's headline, if any; ``language`` the
    body's BCP 47 tag (``hi``, ``en``); ``when``, ``duration`` and ``place`` the
    main event's; ``topics`` what it was about; ``source`` where the report
    came from.

    ``participants`` took part; ``mentioned`` were named or quoted but did not.
    Every id that a statement, outcome or invitation names must be one of
    theirs, and ids are unique across both.

    Leave ``id`` out to have it derived from the facts that identify the event
    (see :func:`event_id`), so that two parses of one article, or two articles
    about the same summit, get the same id.
    """

    kind: EventKind
    status: EventStatus = EventStatus.HELD
    title: str | None = None
    language: str
    when: TimeSpan | None = None
    duration: Duration | None = None
    place: Place | None = None
    participants: tuple[Participant, ...] = ()
    mentioned: tuple[Participant, ...] = ()
    statements: tuple[Statement, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    invitations: tuple[Invitation, ...] = ()
    topics: tuple[str, ...] = ()
    source: Source | None = None
    id: str = DERIVE_ID

    def __attrs_post_init__(self) -> None:
        derive = self.id is DERIVE_ID
        if derive:
            object.__setattr__(self, "id", "ev-pending")
        _validate(self)
        if derive:
            object.__setattr__(self, "id", event_id(self.when, self.place, self.participants))


def event_id(
    when: TimeSpan | None,
    place: Place | None,
    participants: Iterable[Participant],
) -> str:
    """The deterministic id of an event with these facts: ``ev-`` and 16 hex digits.

    What goes in is what identifies an event across reports, and nothing that
    reports tell differently: the sorted ids of the participants, the start of
    ``when`` to its stated precision (at most the day, in the offset written),
    and the country of the place. Kind, status, title, wording and the city are
    left out, so "summit" in one article and "meeting" in another, or "Nusa
    Dua" and "Bali", still give one id.
    """
    import hashlib  # only when an id is derived, to keep ``import newsevent`` light

    day = None
    if when is not None:
        iso = when.start.isoformat()[:10]
        day = {Precision.YEAR: iso[:4], Precision.MONTH: iso[:7]}.get(when.precision, iso)
    country = place.country if place is not None else None
    people = sorted(participant.id for participant in participants)
    key = "\x1f".join([day or "", country or "", *people])
    return "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# --- checks across fields -------------------------------------------------


def check_span(span: Span, path: str, problems: list[Problem]) -> None:
    """A span does not end before it starts."""
    if span.end < span.start:
        problems.append(Problem(join_path(path, "end"), f"expected end >= start ({span.start}), got {span.end}"))


_DAY_OR_COARSER: Final = frozenset({Precision.YEAR, Precision.MONTH, Precision.DAY})


def check_time_span(span: TimeSpan, path: str, problems: list[Problem]) -> None:
    """Start and end are of one type and in order; a date is at most day-precise."""
    if type(span.start) is dt.date and span.precision not in _DAY_OR_COARSER:
        problems.append(
            Problem(join_path(path, "precision"), f"a date start cannot have precision {span.precision.value!r}")
        )
    if span.end is not None:
        if type(span.end) is not type(span.start):
            problems.append(
                Problem(
                    join_path(path, "end"),
                    f"expected {type(span.start).__name__} like start, got {type(span.end).__name__}",
                )
            )
        elif span.end < span.start:
            problems.append(
                Problem(
                    join_path(path, "end"),
                    f"expected end >= start ({span.start.isoformat()}), got {span.end.isoformat()}",
                )
            )


def check_event(event: Event, path: str, problems: list[Problem]) -> None:
    """Ids are unique across participants and mentioned; every reference names one."""
    if _references_hold(event):
        return
    seen: dict[str, str] = {}
    for group in ("participants", "mentioned"):
        for index, person in enumerate(getattr(event, group)):
            where = join_path(path, f"{group}[{index}].id")
            if person.id in seen:
                problems.append(Problem(where, f"duplicate id {person.id!r} (also at {seen[person.id]})"))
            else:
                seen[person.id] = where

    def refer(value: str | None, where: str) -> None:
        if value is not None and value not in seen:
            problems.append(Problem(where, f"unknown id {value!r}: not among participants or mentioned"))

    for index, statement in enumerate(event.statements):
        refer(statement.speaker, join_path(path, f"statements[{index}].speaker"))
    for index, outcome in enumerate(event.outcomes):
        for number, party in enumerate(outcome.parties):
            refer(party, join_path(path, f"outcomes[{index}].parties[{number}]"))
    for index, invitation in enumerate(event.invitations):
        refer(invitation.inviter, join_path(path, f"invitations[{index}].inviter"))
        refer(invitation.invitee, join_path(path, f"invitations[{index}].invitee"))


def _references_hold(event: Event) -> bool:
    """The quick form of :func:`check_event` for valid events: no path is built."""
    known: set[str] = set()
    for person in event.participants:
        known.add(person.id)
    for person in event.mentioned:
        known.add(person.id)
    if len(known) != len(event.participants) + len(event.mentioned):
        return False
    for statement in event.statements:
        if statement.speaker not in known and statement.speaker is not None:
            return False
    for outcome in event.outcomes:
        for party in outcome.parties:
            if party not in known:
                return False
    for invitation in event.invitations:
        if invitation.inviter not in known or invitation.invitee not in known:
            return False
    return True


def join_path(path: str, name: str) -> str:
    """``path.name``, or ``name`` at the root: how problem paths are built."""
    return f"{path}.{name}" if path else name


_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in (Span, Duration, TimeSpan, Place, Participant, Statement, Outcome, Invitation, Source, Event)
}

_TEXT: Final = Text()
_OPTIONAL_TEXT: Final = OptionalOf(_TEXT)
_IDENTIFIER: Final = Identifier()
_SPANS: Final = TupleOf(ModelOf("Span"))
_OPTIONAL_SPAN: Final = OptionalOf(ModelOf("Span"))
_COUNT: Final = Count()
_BOOL: Final = Bool()
_MOMENT: Final = Moment()

#: For each class, its fields in order with the type each value must have.
_FIELD_TYPES: dict[type, tuple[tuple[str, FieldType], ...]] = {
    Span: (("start", _COUNT), ("end", _COUNT)),
    Duration: (("seconds", _COUNT), ("approximate", _BOOL), ("text", _OPTIONAL_TEXT)),
    TimeSpan: (
        ("start", _MOMENT),
        ("end", OptionalOf(_MOMENT)),
        ("precision", EnumOf(Precision)),
        ("approximate", _BOOL),
        ("text", _OPTIONAL_TEXT),
    ),
    Place: (
        ("name", _TEXT),
        ("names", TupleOf(_TEXT)),
        ("kind", OptionalOf(EnumOf(PlaceKind))),
        ("country", OptionalOf(Country())),
        ("region", _OPTIONAL_TEXT),
        ("mentions", _SPANS),
    ),
    Participant: (
        ("id", _IDENTIFIER),
        ("name", _TEXT),
        ("names", TupleOf(_TEXT)),
        ("kind", EnumOf(ActorKind)),
        ("role", _OPTIONAL_TEXT),
        ("country", OptionalOf(Country())),
        ("mentions", _SPANS),
    ),
    Statement: (
        ("speaker", OptionalOf(_IDENTIFIER)),
        ("text", _TEXT),
        ("kind", EnumOf(StatementKind)),
        ("language", Language()),
        ("cue", _OPTIONAL_TEXT),
        ("medium", _OPTIONAL_TEXT),
        ("span", _OPTIONAL_SPAN),
    ),
    Outcome: (
        ("kind", EnumOf(OutcomeKind)),
        ("topic", _OPTIONAL_TEXT),
        ("description", _TEXT),
        ("parties", TupleOf(_IDENTIFIER)),
        ("span", _OPTIONAL_SPAN),
    ),
    Invitation: (
        ("inviter", _IDENTIFIER),
        ("invitee", _IDENTIFIER),
        ("destination", OptionalOf(ModelOf("Place"))),
        ("occasion", _OPTIONAL_TEXT),
        ("status", EnumOf(InvitationStatus)),
        ("response", _OPTIONAL_TEXT),
        ("span", _OPTIONAL_SPAN),
    ),
    Source: (
        ("url", _OPTIONAL_TEXT),
        ("title", _OPTIONAL_TEXT),
        ("publisher", _OPTIONAL_TEXT),
        ("published", OptionalOf(_MOMENT)),
        ("language", OptionalOf(Language())),
        ("dateline", _OPTIONAL_TEXT),
    ),
    Event: (
        ("id", _IDENTIFIER),
        ("kind", EnumOf(EventKind)),
        ("status", EnumOf(EventStatus)),
        ("title", _OPTIONAL_TEXT),
        ("language", Language()),
        ("when", OptionalOf(ModelOf("TimeSpan"))),
        ("duration", OptionalOf(ModelOf("Duration"))),
        ("place", OptionalOf(ModelOf("Place"))),
        ("participants", TupleOf(ModelOf("Participant"))),
        ("mentioned", TupleOf(ModelOf("Participant"))),
        ("statements", TupleOf(ModelOf("Statement"))),
        ("outcomes", TupleOf(ModelOf("Outcome"))),
        ("invitations", TupleOf(ModelOf("Invitation"))),
        ("topics", TupleOf(_TEXT)),
        ("source", OptionalOf(ModelOf("Source"))),
    ),
}


def _resolve(field_type: FieldType) -> None:
    if isinstance(field_type, ModelOf):
        field_type.resolve(_CLASSES)
    elif isinstance(field_type, OptionalOf):
        _resolve(field_type.inner)
    elif isinstance(field_type, TupleOf):
        _resolve(field_type.item)


for _fields_of_class in _FIELD_TYPES.values():
    for _name, _field_type in _fields_of_class:
        _resolve(_field_type)

#: Checks that look at several fields at once, run once every field passed.
_CLASS_CHECKS: dict[type, Callable[[Any, str, list[Problem]], None]] = {
    Span: check_span,
    TimeSpan: check_time_span,
    Event: check_event,
}


#: The quick form of a check across fields, for generated code to inline: an
#: expression over the object ``o`` that is true exactly when the check finds
#: no problem. Only for the classes with many objects per event.
_QUICK_CLASS_CHECKS: dict[type, str] = {
    Span: "o.end >= o.start",
}


def field_types(cls: type) -> tuple[tuple[str, FieldType], ...]:
    """The ``(field name, field type)`` pairs of a model class, in field order."""
    return _FIELD_TYPES[model_class(cls)]


def class_check(cls: type) -> Callable[[Any, str, list[Problem]], None]:
    """The check across the fields of a model class (a no-op for most)."""
    return _CLASS_CHECKS.get(model_class(cls), _no_class_check)


def quick_class_check(cls: type) -> str | None:
    """The check across the fields of a model class as an expression over ``o``, if it has one."""
    return _QUICK_CLASS_CHECKS.get(model_class(cls))


def defaults(cls: type) -> dict[str, Any]:
    """The fields of a model class that have a default, with it."""
    return {field.name: field.default for field in attrs.fields(model_class(cls)) if field.default is not attrs.NOTHING}


def assemble(cls: type[T], values: dict[str, Any], path: str, problems: list[Problem]) -> T | None:
    """Build an object of ``cls`` from field values that have passed their field checks.

    The serializers read nested data field by field with full paths; this
    finishes the job without checking every field again: fields left out take
    their defaults, the check across fields runs (its problems under
    ``path``), and an ``Event`` gets its derived id. Returns ``None`` after
    adding problems, never a half-checked object.
    """
    model = model_class(cls)
    obj = object.__new__(cls)
    for field in attrs.fields(model):
        object.__setattr__(obj, field.name, values.get(field.name, field.default))
    before = len(problems)
    _CLASS_CHECKS.get(model, _no_class_check)(obj, path, problems)
    if len(problems) > before:
        return None
    if model is Event and obj.id is DERIVE_ID:  # type: ignore[attr-defined]
        object.__setattr__(obj, "id", event_id(obj.when, obj.place, obj.participants))  # type: ignore[attr-defined]
    return obj


def model_classes() -> tuple[type, ...]:
    """Every model class, leaves first."""
    return tuple(_CLASSES.values())
