"""``parse_article``: run the steps of the pipeline and build the ``Event``.

The steps, each a module of its own: read the text's structure
(:mod:`._text`), find people (:mod:`._people`), the event's kind and status
(:mod:`._kind`), place (:mod:`._places`), date and duration (:mod:`._time`),
statements (:mod:`._statements`), outcomes (:mod:`._outcomes`) and
invitations (:mod:`._invitations`). This module decides what the steps
cannot decide alone: which people took part, which date is the event's, and
it turns offsets in the normalised text into evidence spans in the text as
given.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from bisect import bisect_left
from itertools import compress, count
from typing import TYPE_CHECKING, Final

from .._model import Duration, Event, Invitation, Outcome, Participant, Place, Source, Statement, TimeSpan
from .._vocab import ActorKind, EventKind, OutcomeKind, PlaceKind, Precision, StatementKind
from ..lexicon.events import PARTICIPATION
from ._invitations import InvitationFound, find_invitations
from ._kind import event_words, find_kind, find_status
from ._outcomes import OutcomeFound, find_outcomes, names_something
from ._people import Found, People, find_people
from ._phrases import PhraseTable, any_between
from ._places import PlaceFound, entry_of, find_place, place_hits
from ._statements import StatementFound, find_statements
from ._text import Document, read_document
from ._tokens import name_key, token_keys, token_starts

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .._model import Span
    from ..gazetteer import Gazetteer, NameHit

__all__ = ["parse_article"]

_HEAD_OFFICES: Final = frozenset({"head_of_state", "head_of_government"})
# Events that do not happen at one place.
_PLACELESS: Final = frozenset({EventKind.PHONE_CALL, EventKind.VIDEO_CALL})
# How far from publication a date in the body may lie and still be the event's.
_NEAR: Final = dt.timedelta(days=10)


def _lead_range(doc: Document) -> tuple[int, int]:
    """Offsets of the headline and the first sentence of the body (the lead), in ``doc.text``."""
    start = doc.headline.start if doc.headline is not None else None
    end = doc.headline.end if doc.headline is not None else 0
    for sentence in doc.sentences:
        segment = doc.segments[sentence.segment]
        if segment.kind == "paragraph":
            start = sentence.start if start is None else start
            end = max(end, sentence.end)
            break
    return (start or 0, end)


def _opening(doc: Document, people: People, lead: tuple[int, int]) -> tuple[int, int]:
    """The lead, read on while it names fewer than two people (at most three sentences of the first paragraph).

    Reports name the parties in their opening, but not always in the first
    sentence: "भारत और अमेरिका के बीच … वार्ता हुई। … राजनाथ सिंह और … जयशंकर
    ने … ब्लिंकन और … ऑस्टिन की मेज़बानी की।"
    """
    start, end = lead
    if len({mention.person for mention in people.between(start, end)}) >= 2:
        return lead
    segment = doc.segment_at(max(start, end - 1))
    if segment is None:
        return lead
    for sentence in doc.sentences_in(segment)[:3]:
        if sentence.end <= end:
            continue
        end = sentence.end
        if len({mention.person for mention in people.between(start, end)}) >= 2:
            break
    return start, end


_PARTICIPATION: Final[PhraseTable[str]] = PhraseTable(
    [(phrase, side) for rows in PARTICIPATION.values() for phrase, side in rows]
)
# Where the people who joined begin, in a Hindi clause: "बैठक हुई, जिसमें A, B … शामिल हुए".
_JOINED_FROM: Final = frozenset(name_key("जिसमें जिनमें में"))


def _joined(doc: Document, people: People) -> set[str]:
    """The people the text says joined, attended or hosted the event (see ``PARTICIPATION``).

    A phrase's people stand after it up to a comma ("joined by A and B,"),
    before it back to "जिसमें"/"में" ("जिसमें A और B शामिल हुए"), or
    anywhere in its sentence ("hosted"). The ranges are gathered first and
    each read once: the ranges of phrases that end at one comma (or start
    at one word) nest, and only the widest is read, so a sentence packed
    with such phrases still costs time linear in its length.
    """
    tokens = doc.tokens
    starts = token_starts(tokens)
    froms: list[int] | None = None  # the indexes of the words of _JOINED_FROM, found when first needed
    after: dict[int, int] = {}  # range end -> the smallest start
    before: dict[int, int] = {}  # range start -> the largest end
    for hit in _PARTICIPATION.find_all(tokens):
        sentence = doc.sentence_at(tokens[hit.first].start)
        if sentence is None or not _reported(doc, sentence.start):
            continue
        side = hit.values[0]
        if side == "after":
            start = tokens[hit.last].end
            comma = doc.find_comma(start, sentence.end)
            end = comma if comma >= 0 else sentence.end
            after[end] = min(after.get(end, start), start)
            continue
        start, end = sentence.start, sentence.end
        if side == "before":
            end = tokens[hit.first].start
            if froms is None:  # "में" is common: looked for only in a text that needs it
                froms = list(compress(count(), map(_JOINED_FROM.__contains__, token_keys(tokens))))
            at = bisect_left(froms, hit.first) - 1  # the last "में" before the phrase, within the sentence
            if at >= 0 and froms[at] >= bisect_left(starts, sentence.start):
                start = tokens[froms[at]].end
        before[start] = max(before.get(start, end), end)
    joined: set[str] = set()
    for start, end in [*((start, end) for end, start in after.items()), *before.items()]:
        joined.update(mention.person for mention in people.between(start, end))
    return joined


def _participants(people: People, lead: tuple[int, int], joined: set[str]) -> tuple[list[Found], list[Found]]:
    """Who took part, and who was only named.

    The people named in the headline and lead took part, and so did those
    the text says joined, attended or hosted it; if fewer than two are found,
    the most often mentioned people fill up to two, since every event kind of
    the model has at least two parties.
    """
    in_lead = {mention.person for mention in people.between(*lead)}
    took_part = [found for found in people.found.values() if found.id in joined or found.id in in_lead]
    if len(took_part) < 2:
        rest = sorted(
            (found for found in people.found.values() if found not in took_part),
            key=lambda found: -len(found.mentions),
        )
        took_part.extend(rest[: 2 - len(took_part)])
    taking_part = {found.id for found in took_part}  # a set: an article may name hundreds of people
    named_only = [found for found in people.found.values() if found.id not in taking_part]
    return took_part, named_only


def _surfaces(doc: Document, spans: Iterable[Span]) -> tuple[str, ...]:
    """The distinct texts of ``spans`` in the article as given, in order: the names it used."""
    return tuple(dict.fromkeys(doc.original[span.start : span.end] for span in spans if span.end > span.start))


def _participant(doc: Document, found: Found) -> Participant:
    """The person as a ``Participant``: names are what the text wrote as names, titles are only mentions."""
    spans = tuple(doc.span(mention.start, mention.end) for mention in found.mentions)
    names = _surfaces(
        doc, [span for mention, span in zip(found.mentions, spans, strict=True) if mention.how != "title"]
    )
    return Participant(
        id=found.id,
        name=found.name,
        names=names,
        kind=ActorKind.PERSON,
        role=found.role,
        country=found.country,
        mentions=spans,
    )


def _place(doc: Document, found: PlaceFound) -> Place:
    spans = tuple(doc.span(start, end) for start, end in found.spans)
    names = _surfaces(doc, spans)
    region = getattr(found.entry, "region", None)
    return Place(
        name=found.entry.name,
        names=names,
        kind=found.kind,
        country=found.country,
        region=region,
        mentions=spans,
    )


def _statements(doc: Document, found: list[StatementFound]) -> tuple[Statement, ...]:
    """One ``Statement`` per speaker of each statement found, in text order."""
    statements: dict[Statement, None] = {}  # an ordered set: a statement found twice is one
    for item in found:
        span = doc.span(item.start, item.end)
        words = doc.original[span.start : span.end]
        language = doc.language_of(item.start, item.end)
        kind = StatementKind.DIRECT if item.direct else StatementKind.REPORTED
        for speaker in item.speakers:
            statement = Statement(
                speaker=speaker, text=words, kind=kind, language=language, cue=item.cue, medium=item.medium, span=span
            )
            statements[statement] = None
    return tuple(statements)


def _outcomes(doc: Document, found: list[OutcomeFound]) -> tuple[Outcome, ...]:
    outcomes = []
    for item in found:
        topic = doc.original[slice(*doc.to_original(*item.topic))] if item.topic is not None else None
        span = doc.span(item.start, item.end)
        outcomes.append(
            Outcome(
                kind=OutcomeKind(item.kind),
                topic=topic or None,
                description=doc.original[span.start : span.end],
                parties=item.parties,
                span=span,
            )
        )
    return tuple(outcomes)


_TOPIC_TAIL: Final = re.compile(r",? (?:even as|as|while|because|when|after|before|the most|which|who)\b|, the ")


def _topics(outcomes: tuple[Outcome, ...]) -> tuple[str, ...]:
    """What the event was about: the topics of its outcomes, in the order the article gives them.

    Progress is about the talks themselves, so its topic is left out; an
    English topic is cut where a subordinate clause or an apposition starts
    ("Taiwan, the most sensitive issue…" is Taiwan).
    """
    topics: dict[str, None] = {}
    for outcome in outcomes:
        if outcome.topic is None or outcome.kind is OutcomeKind.PROGRESS:
            continue
        tail = _TOPIC_TAIL.search(outcome.topic)
        topic = (outcome.topic[: tail.start()] if tail else outcome.topic).strip(" ,;:'\"‘’“”")
        if topic and names_something(topic):
            topics[topic] = None
    return tuple(topics)


def _destination(doc: Document, where: NameHit | PlaceFound | None) -> Place | None:
    """The ``Place`` of an invitation's destination: a place named with it, or the event's."""
    if where is None:
        return None
    if isinstance(where, PlaceFound):
        return _place(doc, where)
    resolved = entry_of(where)
    if resolved is None:
        return None
    entry, kind, country = resolved
    found = PlaceFound(
        entry, kind, country, surfaces=[doc.text[where.start : where.end]], spans=[(where.start, where.end)]
    )
    return _place(doc, found)


def _invitations(doc: Document, found: list[InvitationFound]) -> tuple[Invitation, ...]:
    invitations = []
    for item in found:
        response = None
        if item.response is not None:
            start, end = doc.to_original(*item.response)
            response = doc.original[start:end] or None
        invitations.append(
            Invitation(
                inviter=item.inviter,
                invitee=item.invitee,
                destination=_destination(doc, item.destination),
                status=item.status,
                response=response,
                span=doc.span(item.start, item.end),
            )
        )
    return tuple(invitations)


def _when(doc: Document, lead: tuple[int, int], published: dt.date | None) -> TimeSpan | None:
    """The day of the main event.

    A date in the lead wins, then the dateline's, then the first date of the
    body within ten days of publication. Relative dates ("on Friday") are
    read against the dateline's date when it has one (the day the report was
    filed), else against publication. A report that names no day at all
    is taken to tell of the day before publication (reports of held events
    are written after them), marked approximate.
    """
    from ._time import find_dates, parse_date

    reference = published
    if doc.dateline is not None and doc.dateline.date_text is not None:
        filed = parse_date(doc.dateline.date_text, reference=published)
        if filed is not None and filed.precision is Precision.DAY:
            reference = _day(filed.start)
    found = find_dates(doc.text, reference=reference, tokens=doc.tokens)
    # Dates inside quotations and embedded posts are the speakers' ("today's
    # meeting" in a post relayed the next day), not the report's.
    candidates = [
        item
        for item in found
        if item.value.precision in (Precision.DAY, Precision.HOUR, Precision.MINUTE) and _reported(doc, item.start)
    ]
    in_lead = [item for item in candidates if lead[0] <= item.start < lead[1]]
    if in_lead:
        return in_lead[0].value
    if doc.dateline is not None and doc.dateline.date is not None:
        for item in candidates:
            if doc.dateline.date.start <= item.start < doc.dateline.date.end:
                return item.value
    for item in candidates:
        start = item.value.start
        day = start.date() if isinstance(start, dt.datetime) else start
        if published is None or abs(day - _day(published)) <= _NEAR:
            return item.value
    if published is not None:
        return TimeSpan(start=_day(published) - dt.timedelta(days=1), precision=Precision.DAY, approximate=True)
    return None


def _reported(doc: Document, offset: int) -> bool:
    """Whether ``offset`` lies in the writer's own words: not in a quotation or an embedded post."""
    segment = doc.segment_at(offset)
    if segment is None:
        return True
    return segment.kind != "embed" and not doc.quoted(offset)  # quotations lie within their segment


def _day(moment: dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _duration(doc: Document, kind_tokens: list[int]) -> Duration | None:
    """How long the main event lasted, as the text states it.

    Candidates are durations of ten minutes to two days in the writer's own
    words (not in quotations or embedded posts), other than a bare "a day"
    or "a week" (a manner of speaking more than a measure). The one in a
    sentence that names the event (``kind_tokens``, sorted: "talked for about three
    hours", "करीब 3 घंटे तक बातचीत हुई") wins over one that does not (a
    ten-hour train ride); among equals, the first.
    """
    from ._time import find_durations

    starts = token_starts(doc.tokens)
    best: tuple[bool, int] | None = None
    chosen = None
    for item in find_durations(doc.text, tokens=doc.tokens):
        seconds = item.value.seconds
        if not 600 <= seconds <= 2 * 86400 or not _reported(doc, item.start):
            continue
        written = doc.text[item.start : item.end].casefold()
        if seconds >= 86400 and written.startswith(("a ", "an ")):
            continue
        sentence = doc.sentence_at(item.start)
        near_event = sentence is not None and any_between(
            kind_tokens, bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        )
        rank = (near_event, -item.start)
        if best is None or rank > best:
            best, chosen = rank, item.value
    return chosen


def parse_article(  # noqa: PLR0913 - SPEC's signature: the text and five keyword-only options
    text: str,
    *,
    published: dt.date | dt.datetime | None = None,
    url: str | None = None,
    title: str | None = None,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Event:
    """Read a news report (Hindi, English or both) into an :class:`~newsevent.Event`.

    ``published`` is the article's publication date: relative dates (``on
    Monday``, ``शुक्रवार को``) are resolved against it and office holders
    looked up for it. ``url`` and ``title`` go into ``source`` (a ``title``
    also overrides the headline found in the text); ``language`` overrides
    the body language found from the script; ``gazetteer`` replaces the
    shipped one (see :class:`~newsevent.Gazetteer`).

    Every extracted fact carries evidence spans into ``text`` exactly as
    given. Never raises for a ``str``: an article with no recognisable event
    gives an ``Event`` of kind ``other``. Deterministic and offline.

    Time grows linearly with the text's length. The cyclic garbage
    collector is paused while a text is parsed (and restored as it was): the
    parse creates no cycles, its temporary objects are freed as they go, and
    collections that rescan its many live objects would otherwise make time
    grow faster than the text (and cost a few percent on any article).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_article reads str, got {type(text).__name__}")
    if not gc.isenabled():
        return _parse(text, published, url, title, language, gazetteer)
    gc.disable()
    try:
        return _parse(text, published, url, title, language, gazetteer)
    finally:
        gc.enable()


def _parse(  # noqa: PLR0913, PLR0917 - parse_article's options, passed on
    text: str,
    published: dt.date | dt.datetime | None,
    url: str | None,
    title: str | None,
    language: str | None,
    gazetteer: Gazetteer | None,
) -> Event:
    """The body of :func:`parse_article`."""
    if gazetteer is None:
        from ..gazetteer import Gazetteer

        gazetteer = Gazetteer.default()
    doc = read_document(text)
    lead = _lead_range(doc)
    tokens = doc.tokens
    lead_end = bisect_left(token_starts(tokens), lead[1])  # the first token at or after the lead's end

    when = _when(doc, lead, _day(published) if published is not None else None)
    on = _day(when.start) if when is not None else (_day(published) if published is not None else None)
    hits = gazetteer.find_all(tokens, text=doc.text)
    people = find_people(doc.text, tokens, hits, gazetteer, on)
    took_part, named_only = _participants(people, _opening(doc, people, lead), _joined(doc, people))
    heads = {found.country for found in took_part if found.offices & _HEAD_OFFICES and found.country}
    kind, _evidence = find_kind(tokens, lead_end, heads_of_two_countries=len(heads) >= 2)
    status = find_status(tokens, lead_end)

    place = None
    found_place = None
    if kind not in _PLACELESS:
        dateline = (doc.dateline.place.start, doc.dateline.place.end) if doc.dateline is not None else None
        found_place = find_place(doc.text, tokens, hits, dateline=dateline, lead=lead)
        if found_place is not None and found_place.kind is not PlaceKind.COUNTRY:
            place = _place(doc, found_place)
        else:
            found_place = None
    participant_ids = [found.id for found in took_part]
    places = place_hits(hits)
    invitations = find_invitations(doc, people, places, participant_ids, found_place)
    invitation_spans = [span for item in invitations for span in item.spans()]
    statements = find_statements(doc, people, participant_ids, invitations=invitations)
    outcomes = _outcomes(
        doc,
        find_outcomes(doc, people, participant_ids, countries=places, statements=statements, skip=invitation_spans),
    )

    headline = title
    if headline is None and doc.headline is not None:
        headline = doc.original[slice(*doc.to_original(doc.headline.start, doc.headline.end))] or None
    body_language = language or doc.language
    source = None
    if url is not None or title is not None or published is not None or doc.dateline is not None:
        source = Source(
            url=url,
            title=headline,
            published=published,
            language=body_language,
            dateline=doc.dateline.place_text if doc.dateline is not None else None,
        )
    return Event(
        kind=kind,
        status=status,
        title=headline,
        language=body_language,
        when=when,
        duration=_duration(doc, event_words(tokens)),
        place=place,
        participants=tuple(_participant(doc, found) for found in took_part),
        mentioned=tuple(_participant(doc, found) for found in named_only),
        statements=_statements(doc, statements),
        outcomes=outcomes,
        invitations=_invitations(doc, invitations),
        topics=_topics(outcomes),
        source=source,
    )
