"""Hypothesis strategies for every newsevent model class.

Each strategy generates valid objects, built through the model's own
constructors (so text is NFC-normalised exactly as in real use), and leans on
purpose towards the inputs that break serializers: Devanagari with the nukta
letters U+0958..U+095F that NFC decomposes, Devanagari and Latin mixed in one
string, typographic quotes, emoji beyond the Basic Multilingual Plane, control
characters; every UTC offset that :class:`datetime.timezone` accepts, with
seconds (``+05:53:28``) and microseconds too; dates and aware datetimes in
every :class:`~newsevent.Precision`; empty and full collections; events whose
statements, outcomes and invitations refer to their people consistently.

Use them in your own property tests::

    from hypothesis import given, strategies as st

    from newsevent import from_json, to_json
    from newsevent.strategies import events, participants

    @given(events())
    def test_json_keeps_events(event):
        assert from_json(to_json(event)) == event

    @given(events(min_size=1, languages=st.sampled_from(["hi", "en"])))
    def test_my_store_keeps_events_with_every_collection_filled(event):
        assert my_store.load(my_store.save(event)) == event

    @given(events(participants=participants(ids=st.sampled_from(MY_PEOPLE)), max_size=3))
    def test_with_my_people(event): ...

Importing this module is not needed for :func:`hypothesis.strategies.from_type`:
newsevent registers these strategies through Hypothesis' entry point, so
``st.from_type(Event)`` works as soon as both packages are installed.

All arguments are keyword-only. Collections take ``min_size`` and
``max_size``; what users commonly vary (the people of an event, language tags,
timezones, precisions) can be passed in as strategies. Impossible arguments
raise :class:`hypothesis.errors.InvalidArgument` at once.
"""

from __future__ import annotations

# The entry point (pyproject.toml) names this module, so Hypothesis imports it
# while Hypothesis itself is being imported. When a user imports this module
# first, that happens half-way through the ``import hypothesis`` below, and the
# hook must already exist: so it is defined before that import, and it only
# registers functions that look the strategies up later, when all is loaded.


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every model class, so that ``st.from_type(Event)`` works.

    Hypothesis calls this through its ``hypothesis`` entry point when it is
    imported; importing this module calls it too.
    """
    import hypothesis.strategies as st  # already in sys.modules when Hypothesis calls hooks

    from ._model import model_classes

    for cls in model_classes():
        st.register_type_strategy(cls, _strategy_for_type)


def _strategy_for_type(cls: type[object]) -> SearchStrategy[Any]:
    """The default strategy of a model class (``NotImplemented`` for a user's subclass)."""
    strategy_of_class: dict[type[object], Callable[[], SearchStrategy[Any]]] = {
        Event: events,
        Participant: participants,
        Statement: statements,
        Outcome: outcomes,
        Invitation: invitations,
        Place: places,
        TimeSpan: time_spans,
        Duration: durations,
        Span: spans,
        Source: sources,
    }
    make = strategy_of_class.get(cls)
    # A subclass may add fields we cannot know; let Hypothesis resolve it otherwise.
    return NotImplemented if make is None else make()


import datetime as dt  # noqa: E402  (after the hook, see above)
from typing import TYPE_CHECKING, Any, Final, TypeVar  # noqa: E402

from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import InvalidArgument  # noqa: E402
from hypothesis.strategies import SearchStrategy  # noqa: E402

from ._fields import LANGUAGE_TAG, MAX_COUNT  # noqa: E402
from ._model import (  # noqa: E402
    Duration,
    Event,
    Invitation,
    Outcome,
    Participant,
    Place,
    Source,
    Span,
    Statement,
    TimeSpan,
)
from ._vocab import (  # noqa: E402
    COUNTRY_CODES,
    ActorKind,
    EventKind,
    EventStatus,
    InvitationStatus,
    OutcomeKind,
    PlaceKind,
    Precision,
    StatementKind,
)

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "durations",
    "events",
    "fixed_timezones",
    "invitations",
    "outcomes",
    "participants",
    "places",
    "sources",
    "spans",
    "statements",
    "texts",
    "time_spans",
]

T = TypeVar("T")

# --- the raw material of text ---------------------------------------------

# The nukta letters क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़: NFC replaces each by its base letter
# and U+093C, so a text that holds one changes when the model stores it.
_NUKTA_LETTERS: Final = "".join(map(chr, range(0x0958, 0x0960)))

# Latin first: examples shrink towards the first word of the first list.
_LATIN_WORDS: Final = (
    "Trump",
    "Putin",
    "summit",
    "New Delhi",
    "Anchorage",
    "O'Brien",
    "Zürich",
    "Cafe\u0301",  # a combining accent that NFC composes
    "G20",
    "U.S.",
)
_DEVANAGARI_WORDS: Final = (
    "ट्रंप",
    "पुतिन",
    "\u095bेलेंस्की",  # ज़ written precomposed, as some keyboards do
    "ज\u093cेलेंस्की",  # the same name, decomposed
    "शिखर वार्ता",
    "राष्ट्रपति",
    "प्रधानमंत्री",
    "मॉस्को",
    "एंकरेज",
    "कहा",
    "बातचीत",
    "२०२५",  # Devanagari digits
    "।",
    "॥",
)
_QUOTES: Final = ('"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "`", "\\")
# Astral characters (escaped as surrogate pairs in ASCII JSON), modifiers and
# joiner sequences, a variation selector.
_EMOJI: Final = ("🙏", "🇮🇳", "🇺🇸", "👍🏽", "👨\u200d👩\u200d👧", "❤\ufe0f", "🤝", "😀")
# Zero-width (non-)joiners are part of Devanagari spelling.
_SEPARATORS: Final = (" ", "\u00a0", "\n", "\t", "\u200c", "\u200d", "\u2009", "\u2028", ", ", " — ", "#", "@", "|")


def texts() -> SearchStrategy[str]:
    """Non-empty text without lone surrogates, leaning towards what breaks serializers.

    Pieces are joined from Latin words, Devanagari words (with precomposed and
    decomposed nukta letters), single nukta letters U+0958..U+095F, random
    Devanagari code points, typographic quotes and backslashes, emoji (astral,
    with skin-tone modifiers and zero-width joiners), unusual spaces and line
    separators, and arbitrary code points including controls. The strings are
    as generated, not normalised: the model normalises them on construction.

    Shrinks towards a single Latin word, ``"Trump"``.
    """
    # One list of the chosen pieces, so that picking one costs a single choice.
    chosen = st.sampled_from(_LATIN_WORDS + _DEVANAGARI_WORDS + tuple(_NUKTA_LETTERS) + _QUOTES + _EMOJI + _SEPARATORS)
    piece = st.one_of(
        chosen,
        st.text(st.characters(min_codepoint=0x0900, max_codepoint=0x097F), min_size=1, max_size=6),
        st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=6),
    )
    return st.lists(piece, min_size=1, max_size=4).map("".join)


def _identifiers() -> SearchStrategy[str]:
    r"""Ids: mostly slugs, sometimes any non-empty run of non-white-space characters.

    Excluding control characters and the separator categories leaves exactly
    the characters that Python's ``\\S`` (the model's rule) accepts.
    """
    return st.one_of(
        st.sampled_from(("donald-trump", "vladimir-putin", "narendra-modi", "volodymyr-zelensky")),
        st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=16),
        st.text(st.sampled_from(_NUKTA_LETTERS + "कखगजडढफय\u093c-"), min_size=1, max_size=4),
        st.text(st.characters(exclude_categories=["Cs", "Cc", "Zs", "Zl", "Zp"]), min_size=1, max_size=10),
    )


def _language_tags() -> SearchStrategy[str]:
    """BCP 47 tags as the model accepts them: the usual ones first, then any matching ``LANGUAGE_TAG``."""
    return st.one_of(
        st.sampled_from(("hi", "en", "en-IN", "hi-Latn", "ur", "ru", "uk", "zh-Hans-CN")),
        st.from_regex(LANGUAGE_TAG, fullmatch=True),
    )


def _countries() -> SearchStrategy[str]:
    """ISO 3166-1 alpha-2 codes from the model's list, the commonly reported first."""
    usual = ("IN", "US", "RU", "UA", "CN")
    return st.sampled_from(usual + tuple(sorted(COUNTRY_CODES - set(usual))))


def _optional(strategy: SearchStrategy[T]) -> SearchStrategy[T | None]:
    """``None`` or a value; shrinks to ``None``."""
    return st.none() | strategy


def _tuples(elements: SearchStrategy[T], min_size: int, max_size: int | None) -> SearchStrategy[tuple[T, ...]]:
    return st.lists(elements, min_size=min_size, max_size=max_size).map(tuple)


# --- argument checks --------------------------------------------------------


def _check_size(name: str, value: object) -> None:
    if type(value) is not int:
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if value < 0:
        raise InvalidArgument(f"{name}={value!r} must be >= 0")


def _check_sizes(min_size: int, max_size: int | None) -> None:
    _check_size("min_size", min_size)
    if max_size is not None:
        _check_size("max_size", max_size)
        if min_size > max_size:
            raise InvalidArgument(f"min_size={min_size!r} must be <= max_size={max_size!r}")


def _check_strategy(name: str, value: object) -> None:
    if value is not None and not isinstance(value, SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a Hypothesis strategy (or None for the default)")


def _check_counts(min_value: int, max_value: int) -> None:
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if type(value) is not int:
            raise InvalidArgument(f"{name}={value!r} must be an int")
        if not 0 <= value <= MAX_COUNT:
            raise InvalidArgument(f"{name}={value!r} must be between 0 and 2**53 - 1")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value!r} must be <= max_value={max_value!r}")


# --- spans, durations, times ------------------------------------------------


def _counts(min_value: int, max_value: int) -> SearchStrategy[int]:
    """Integers in range, with the extremes of JSON-safe integers drawn often."""
    return st.one_of(st.integers(min_value, max_value), st.sampled_from(sorted({min_value, max_value})))


def spans(*, min_value: int = 0, max_value: int = MAX_COUNT) -> SearchStrategy[Span]:
    """Spans whose ``start`` and ``end`` lie in ``[min_value, max_value]``.

    Pass ``max_value=len(article)`` for spans that index into an article.
    Empty spans (``start == end``) and the largest offset JSON keeps exactly,
    2**53 - 1, are drawn on purpose.

    Shrinks towards ``Span(start=min_value, end=min_value)``.
    """
    _check_counts(min_value, max_value)
    offsets = _counts(min_value, max_value)

    def build(pair: tuple[int, int]) -> Span:
        start, end = sorted(pair)
        return Span(start=start, end=end)

    return st.tuples(offsets, offsets).map(build)


def durations(*, min_value: int = 0, max_value: int = MAX_COUNT) -> SearchStrategy[Duration]:
    """Durations of ``min_value`` to ``max_value`` seconds, hedged or not, with or without text.

    Typical meeting lengths (an hour, an hour and a half, three hours) are
    drawn often, as are 0 and 2**53 - 1.

    Shrinks towards ``Duration(seconds=min_value)`` with no text.
    """
    _check_counts(min_value, max_value)
    usual = [seconds for seconds in (3600, 5400, 10800) if min_value <= seconds <= max_value]
    seconds = _counts(min_value, max_value)
    if usual:
        seconds = seconds | st.sampled_from(usual)
    return st.builds(Duration, seconds=seconds, approximate=st.booleans(), text=_optional(texts()))


# Real offsets in use, and historic local mean times with seconds and
# fractions of a second (Kolkata +05:53:28, Dublin -00:25:21, Amsterdam
# +00:19:32.13): the cases ISO 8601 writers get wrong.
_USUAL_OFFSETS: Final = tuple(
    dt.timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=microseconds)
    for hours, minutes, seconds, microseconds in (
        (5, 30, 0, 0),
        (5, 45, 0, 0),
        (-3, -30, 0, 0),
        (14, 0, 0, 0),
        (-12, 0, 0, 0),
        (5, 53, 28, 0),
        (0, -25, -21, 0),
        (0, 19, 32, 130000),
    )
)
_DAY_IN_MICROSECONDS: Final = 86_400_000_000


def fixed_timezones() -> SearchStrategy[dt.timezone]:
    """Every fixed offset :class:`datetime.timezone` accepts, strictly within ±24 hours.

    UTC itself, offsets in use (+05:30, +05:45, -03:30, +14:00, -12:00),
    historic ones with seconds and microseconds (+05:53:28, -00:25:21,
    +00:19:32.130000), and any whole minute, whole second or microsecond up to
    ±23:59:59.999999. Named zones are not generated: the model refuses them.

    Shrinks towards UTC.
    """

    def in_microseconds(amount: int) -> dt.timezone:
        return dt.timezone(dt.timedelta(microseconds=amount))

    largest = _DAY_IN_MICROSECONDS - 1
    return st.one_of(
        st.just(dt.timezone.utc),
        st.sampled_from(_USUAL_OFFSETS).map(dt.timezone),
        st.integers(-1439, 1439).map(lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))),
        st.integers(-86399, 86399).map(lambda seconds: dt.timezone(dt.timedelta(seconds=seconds))),
        st.integers(-largest, largest).map(in_microseconds),
    )


_DAY_OR_COARSER: Final = (Precision.YEAR, Precision.MONTH, Precision.DAY)
# How many of year, month, day, hour, minute, second, microsecond a precision fixes.
_FIXED_PARTS: Final = {
    Precision.YEAR: 1,
    Precision.MONTH: 2,
    Precision.DAY: 3,
    Precision.HOUR: 4,
    Precision.MINUTE: 5,
    Precision.SECOND: 6,
}
_FIRST_OF_EACH_PART: Final = (1, 1, 1, 0, 0, 0, 0)


def _truncate(moment: dt.datetime, precision: Precision) -> dt.datetime:
    """The moment with every part finer than ``precision`` at its first value."""
    parts = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second, moment.microsecond)
    fixed = _FIXED_PARTS[precision]
    year, month, day, hour, minute, second, microsecond = parts[:fixed] + _FIRST_OF_EACH_PART[fixed:]
    return dt.datetime(year, month, day, hour, minute, second, microsecond, tzinfo=moment.tzinfo)


def time_spans(
    *,
    precisions: SearchStrategy[Precision] | None = None,
    timezones: SearchStrategy[dt.timezone] | None = None,
    min_value: dt.date = dt.date.min,
    max_value: dt.date = dt.date.max,
    allow_dates: bool = True,
) -> SearchStrategy[TimeSpan]:
    """Time spans with a start, perhaps an end, and a precision drawn from ``precisions``.

    ``start`` is a :class:`~datetime.date` (only for year, month or day
    precision, as the model requires, and only if ``allow_dates``) or an
    aware :class:`~datetime.datetime` whose offset comes from ``timezones``
    (default :func:`fixed_timezones`). The local calendar days of ``start``
    and ``end`` lie in ``[min_value, max_value]`` (dates; default the whole
    range, year 1 to 9999). ``end`` is absent, later, or the same instant
    written in another offset. Moments are usually truncated to their
    precision (``precision=hour`` gives ``14:00:00``), sometimes not.

    Shrinks towards year precision, a date start on ``min_value``, no end, no text.
    """
    _check_strategy("precisions", precisions)
    _check_strategy("timezones", timezones)
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if type(value) is not dt.date:
            raise InvalidArgument(f"{name}={value!r} must be a datetime.date (not a datetime)")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value!r} must be <= max_value={max_value!r}")
    if type(allow_dates) is not bool:
        raise InvalidArgument(f"allow_dates={allow_dates!r} must be a bool")
    precision_strategy = precisions if precisions is not None else st.sampled_from(Precision)
    zones = timezones if timezones is not None else fixed_timezones()
    earliest = dt.datetime.combine(min_value, dt.time.min)
    latest = dt.datetime.combine(max_value, dt.time.max)
    # The first and last days (year 1 and 9999 by default) on purpose:
    # st.dates() keeps near the present and seldom reaches them.
    days = st.one_of(st.dates(min_value, max_value), st.sampled_from((min_value, max_value)))
    times = st.one_of(st.datetimes(earliest, latest), st.sampled_from((earliest, latest)))

    def draw_moment(draw: st.DrawFn, precision: Precision, as_date: bool) -> dt.date:
        # Usually as precise as claimed, as a parser would write it
        # (precision=hour gives 14:00:00), sometimes not; shrinks to the former.
        if as_date:
            day = draw(days)
            first = _truncate(dt.datetime.combine(day, dt.time.min), precision).date()
            return first if first >= min_value and not draw(st.booleans()) else day
        naive = draw(times)
        first_moment = _truncate(naive, precision)
        if first_moment >= earliest and not draw(st.booleans()):
            naive = first_moment
        return naive.replace(tzinfo=draw(zones))

    @st.composite
    def draw_time_span(draw: st.DrawFn) -> TimeSpan:
        precision = draw(precision_strategy)
        as_date = allow_dates and precision in _DAY_OR_COARSER and draw(st.sampled_from(("date", "datetime"))) == "date"
        start = draw_moment(draw, precision, as_date)
        end: dt.date | None = None
        shape = draw(st.sampled_from(("open", "later", "same instant")))
        if shape == "later":
            end = draw_moment(draw, precision, as_date)
            if end < start:
                start, end = end, start
        elif shape == "same instant":
            end = start
            if isinstance(start, dt.datetime):
                # The same instant written in another offset: equal, but not the same text.
                try:
                    elsewhere = start.astimezone(draw(zones))
                except OverflowError:  # the other offset would take it past year 1 or 9999
                    elsewhere = start
                # Kept only when its local day is in range too, as promised.
                end = elsewhere if min_value <= elsewhere.date() <= max_value else start
        return TimeSpan(
            start=start,
            end=end,
            precision=precision,
            approximate=draw(st.booleans()),
            text=draw(_optional(texts())),
        )

    return draw_time_span()


# --- places, people and what they said -------------------------------------


def places(*, min_size: int = 0, max_size: int | None = None) -> SearchStrategy[Place]:
    """Places; ``min_size`` and ``max_size`` bound both ``names`` and ``mentions``.

    Shrinks towards a place named ``"Trump"`` with every optional field
    ``None`` and ``min_size`` names and mentions.
    """
    _check_sizes(min_size, max_size)
    return st.builds(
        Place,
        name=texts(),
        names=_tuples(texts(), min_size, max_size),
        kind=_optional(st.sampled_from(PlaceKind)),
        country=_optional(_countries()),
        region=_optional(texts()),
        mentions=_tuples(spans(), min_size, max_size),
    )


def participants(
    *,
    ids: SearchStrategy[str] | None = None,
    min_size: int = 0,
    max_size: int | None = None,
) -> SearchStrategy[Participant]:
    """Participants with ids from ``ids``; ``min_size``/``max_size`` bound ``names`` and ``mentions``.

    Default ids are slugs (``donald-trump``) or any non-empty text without
    white space, Devanagari with nukta letters included. Names are drawn from
    :func:`texts`.

    Shrinks towards a person with id ``donald-trump``, name ``"Trump"``,
    ``min_size`` names and mentions, and no role or country.
    """
    _check_strategy("ids", ids)
    _check_sizes(min_size, max_size)
    return st.builds(
        Participant,
        id=ids if ids is not None else _identifiers(),
        name=texts(),
        names=_tuples(texts(), min_size, max_size),
        kind=st.sampled_from(ActorKind),
        role=_optional(texts()),
        country=_optional(_countries()),
        mentions=_tuples(spans(), min_size, max_size),
    )


def _statement_fields(languages: SearchStrategy[str]) -> SearchStrategy[dict[str, Any]]:
    """Every field of a statement but its speaker, which depends on who exists."""
    return st.fixed_dictionaries(
        {
            "text": texts(),
            "kind": st.sampled_from(StatementKind),
            "language": languages,
            "cue": _optional(texts()),
            "medium": _optional(texts()),
            "span": _optional(spans()),
        }
    )


def _statement(fields: dict[str, Any], speaker: str | None) -> Statement:
    return Statement(speaker=speaker, **fields)


def statements(
    *,
    speakers: SearchStrategy[str | None] | None = None,
    languages: SearchStrategy[str] | None = None,
) -> SearchStrategy[Statement]:
    """Statements whose speaker comes from ``speakers`` and language from ``languages``.

    By default a speaker is ``None`` (unattributed) or any id, and languages
    are BCP 47 tags, ``hi`` and ``en`` most often. Within :func:`events`,
    every speaker is one of the event's people.

    Shrinks towards an unattributed direct quote ``"Trump"`` in ``hi``.
    """
    _check_strategy("speakers", speakers)
    _check_strategy("languages", languages)
    return st.builds(
        _statement,
        _statement_fields(languages if languages is not None else _language_tags()),
        speakers if speakers is not None else _optional(_identifiers()),
    )


def _outcome_fields() -> SearchStrategy[dict[str, Any]]:
    """Every field of an outcome but its parties."""
    return st.fixed_dictionaries(
        {
            "kind": st.sampled_from(OutcomeKind),
            "topic": _optional(texts()),
            "description": texts(),
            "span": _optional(spans()),
        }
    )


def _outcome(fields: dict[str, Any], parties: tuple[str, ...]) -> Outcome:
    return Outcome(parties=parties, **fields)


def outcomes(
    *,
    parties: SearchStrategy[str] | None = None,
    min_size: int = 0,
    max_size: int | None = None,
) -> SearchStrategy[Outcome]:
    """Outcomes with ``min_size`` to ``max_size`` parties, each an id from ``parties``.

    Parties may repeat (the model allows it, and order and repeats must
    survive a round trip).

    Shrinks towards an ``agreement`` described as ``"Trump"`` with
    ``min_size`` parties and no topic or span.
    """
    _check_strategy("parties", parties)
    _check_sizes(min_size, max_size)
    return st.builds(
        _outcome,
        _outcome_fields(),
        _tuples(parties if parties is not None else _identifiers(), min_size, max_size),
    )


def _invitation_fields(destinations: SearchStrategy[Place | None]) -> SearchStrategy[dict[str, Any]]:
    """Every field of an invitation but inviter and invitee."""
    return st.fixed_dictionaries(
        {
            "destination": destinations,
            "occasion": _optional(texts()),
            "status": st.sampled_from(InvitationStatus),
            "response": _optional(texts()),
            "span": _optional(spans()),
        }
    )


def _invitation(fields: dict[str, Any], inviter: str, invitee: str) -> Invitation:
    return Invitation(inviter=inviter, invitee=invitee, **fields)


def invitations(
    *,
    inviters: SearchStrategy[str] | None = None,
    invitees: SearchStrategy[str] | None = None,
    destinations: SearchStrategy[Place | None] | None = None,
) -> SearchStrategy[Invitation]:
    """Invitations from an id of ``inviters`` to an id of ``invitees``, to a place of ``destinations``.

    Default destinations are ``None`` or :func:`places`. Inviter and invitee
    may be the same id: the model does not forbid it.

    Shrinks towards an ``extended`` invitation with no destination, occasion,
    response or span.
    """
    _check_strategy("inviters", inviters)
    _check_strategy("invitees", invitees)
    _check_strategy("destinations", destinations)
    return st.builds(
        _invitation,
        _invitation_fields(destinations if destinations is not None else _optional(places(max_size=3))),
        inviters if inviters is not None else _identifiers(),
        invitees if invitees is not None else _identifiers(),
    )


def sources(
    *,
    languages: SearchStrategy[str] | None = None,
    timezones: SearchStrategy[dt.timezone] | None = None,
) -> SearchStrategy[Source]:
    """Sources, each field ``None`` or a value; ``published`` is a date or an aware datetime.

    Language tags come from ``languages``, the offsets of ``published`` from
    ``timezones`` (default :func:`fixed_timezones`).

    Shrinks towards ``Source()``, every field ``None``.
    """
    _check_strategy("languages", languages)
    _check_strategy("timezones", timezones)
    zones = timezones if timezones is not None else fixed_timezones()
    published: SearchStrategy[dt.date] = st.one_of(
        st.dates(), st.builds(lambda naive, zone: naive.replace(tzinfo=zone), st.datetimes(), zones)
    )
    return st.builds(
        Source,
        url=_optional(st.sampled_from(("https://example.org/anchorage", "https://उदाहरण.भारत/समाचार?id=1")) | texts()),
        title=_optional(texts()),
        publisher=_optional(texts()),
        published=_optional(published),
        language=_optional(languages if languages is not None else _language_tags()),
        dateline=_optional(texts()),
    )


# --- events -----------------------------------------------------------------


def _default_participants(min_size: int, max_size: int | None) -> SearchStrategy[Participant]:
    return participants(min_size=min_size, max_size=max_size)  # the module function, not events' argument


def events(  # noqa: PLR0913  (one argument per thing a user can vary, as in Hypothesis)
    *,
    participants: SearchStrategy[Participant] | None = None,
    languages: SearchStrategy[str] | None = None,
    when: SearchStrategy[TimeSpan | None] | None = None,
    place: SearchStrategy[Place | None] | None = None,
    source: SearchStrategy[Source | None] | None = None,
    ids: SearchStrategy[str | None] | None = None,
    min_size: int = 0,
    max_size: int | None = None,
) -> SearchStrategy[Event]:
    """Valid events, with consistent references between their parts.

    ``participants`` draws each person of ``participants`` and ``mentioned``
    (ids are made unique across both: a strategy with few distinct ids makes
    large events rare). Every statement speaker, outcome party, inviter and
    invitee is one of their ids. ``languages`` gives the language tags of the
    event, its statements and its source. ``when``, ``place`` and ``source``
    give those fields whole: include ``st.none()`` in them to allow absence
    (the defaults are ``None`` or :func:`time_spans`, :func:`places`,
    :func:`sources`). ``ids`` gives ``Event.id``; a drawn ``None`` leaves it
    to be derived from content (default: either).

    ``min_size`` and ``max_size`` bound every collection of the event:
    ``participants``, ``mentioned``, ``statements``, ``outcomes``,
    ``invitations``, ``topics``, and, with the default strategies, the nested
    ``names``, ``mentions`` and ``parties`` too. So ``events(min_size=1)``
    fills every collection and ``events(max_size=0)`` leaves all empty.

    Shrinks towards a ``meeting`` that was ``held``, with a derived id, every
    optional field ``None`` and every collection at ``min_size``.
    """
    for name, value in (
        ("participants", participants),
        ("languages", languages),
        ("when", when),
        ("place", place),
        ("source", source),
        ("ids", ids),
    ):
        _check_strategy(name, value)
    _check_sizes(min_size, max_size)
    tags = languages if languages is not None else _language_tags()
    # Nested collections stay small unless asked otherwise: an event holds
    # many of them, and large examples are slow to make and to read.
    nested_max = max_size if max_size is not None else min_size + 3
    people = participants if participants is not None else _default_participants(min_size, nested_max)
    when_strategy = when if when is not None else _optional(time_spans())
    place_strategy = place if place is not None else _optional(places(min_size=min_size, max_size=nested_max))
    source_strategy = source if source is not None else _optional(sources(languages=tags))
    id_strategy = ids if ids is not None else _optional(_identifiers())
    # Built once here rather than per example: what refers to people is drawn
    # as fields plus positions among the people of the example.
    kinds = st.sampled_from(EventKind)
    statuses = st.sampled_from(EventStatus)
    titles = _optional(texts())
    lengths = _optional(durations())
    statement_fields = _statement_fields(tags)
    outcome_fields = _outcome_fields()
    invitation_fields = _invitation_fields(_optional(places(min_size=min_size, max_size=nested_max)))
    topics = _tuples(texts(), min_size, max_size)
    unattributed = _tuples(statement_fields.map(lambda fields: _statement(fields, None)), 0, max_size)

    @st.composite
    def draw_event(draw: st.DrawFn) -> Event:
        # Participants and mentioned are drawn as one list unique by
        # (normalised) id, then split: ids are unique across both by construction.
        everyone = draw(
            st.lists(
                people,
                min_size=2 * min_size,
                max_size=None if max_size is None else 2 * max_size,
                unique_by=lambda person: person.id,
            )
        )
        fewest = min_size if max_size is None else max(min_size, len(everyone) - max_size)
        most = len(everyone) - min_size if max_size is None else min(max_size, len(everyone) - min_size)
        split = draw(st.integers(fewest, most))
        known = [person.id for person in everyone]

        # Every reference is a position in ``known``, so it resolves; with
        # nobody to refer to, min_size is 0 (everyone holds 2 * min_size people).
        said: tuple[Statement, ...] = ()
        results: tuple[Outcome, ...] = ()
        invited: tuple[Invitation, ...] = ()
        if known:
            person = st.integers(0, len(known) - 1)
            said = tuple(
                _statement(fields, None if who is None else known[who])
                for fields, who in draw(
                    st.lists(st.tuples(statement_fields, _optional(person)), min_size=min_size, max_size=max_size)
                )
            )
            results = tuple(
                _outcome(fields, tuple(known[who] for who in parties))
                for fields, parties in draw(
                    st.lists(
                        st.tuples(outcome_fields, st.lists(person, min_size=min_size, max_size=nested_max)),
                        min_size=min_size,
                        max_size=max_size,
                    )
                )
            )
            invited = tuple(
                _invitation(fields, known[inviter], known[invitee])
                for fields, inviter, invitee in draw(
                    st.lists(st.tuples(invitation_fields, person, person), min_size=min_size, max_size=max_size)
                )
            )
        else:
            said = draw(unattributed)

        fields: dict[str, Any] = {
            "kind": draw(kinds),
            "status": draw(statuses),
            "title": draw(titles),
            "language": draw(tags),
            "when": draw(when_strategy),
            "duration": draw(lengths),
            "place": draw(place_strategy),
            "participants": tuple(everyone[:split]),
            "mentioned": tuple(everyone[split:]),
            "statements": said,
            "outcomes": results,
            "invitations": invited,
            "topics": draw(topics),
            "source": draw(source_strategy),
        }
        given_id = draw(id_strategy)
        if given_id is not None:
            fields["id"] = given_id
        return Event(**fields)

    return draw_event()


# Importing this module registers the strategies too, for environments where
# entry points are disabled (HYPOTHESIS_NO_PLUGINS) or not installed.
_hypothesis_setup_hook()
