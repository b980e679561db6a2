"""Who invited whom where, and what became of it.

The rules:

1. **Extended.** ``X ने Y को Z आने का निमंत्रण/न्योता दिया``, ``X ने Y को
   आमंत्रित किया``, ``X invited Y to (visit|come to) Z``, ``X's invitation to Y``:
   the inviter is the subject, the invitee the person marked with ``को``
   (or the object of ``invited``), the destination the place named between
   them and the invitation word (Hindi) or after ``to`` (English).
2. **Accepted by coming.** ``Y X के न्योते पर …``, ``at X's invitation``, ``at
   the invitation of X``: the invitee came, so the invitation is accepted;
   the invitee is the subject of the sentence, the destination the place
   the sentence names, else the event's place.
3. **The response** sets the status: in the invitation's sentence or the
   two after it, ``स्वीकार``/``accepted`` → accepted; ``ठुकरा``/``declined`` →
   declined; ``देखा जाएगा``, ``will consider``, ``could see it happening`` →
   considering. The response's words are kept.
4. An invitation the text negates (``did not invite``, ``न्योता नहीं दिया``)
   is none; the same inviter and invitee found twice are one invitation.
5. **Fulfilled.** An invitation to the event's own place, or to no place
   named, whose invitee took part in the event, was accepted: the event is
   the visit it asked for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Final

import attrs

from .._vocab import InvitationStatus
from ._phrases import PhraseHit, PhraseTable, any_between, last_between, word_class
from ._places import PlaceFound
from ._tokens import name_key, token_starts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..gazetteer import NameHit
    from ._people import People
    from ._text import Document, Sentence

__all__ = ["InvitationFound", "find_invitations"]

_EXTENDED: Final[PhraseTable[str]] = PhraseTable(
    [
        (phrase, "extended")
        for phrase in (
            "निमंत्रण दिया",
            "निमंत्रण भी दिया",
            "न्योता दिया",
            "न्योता भी दिया",
            "न्यौता दिया",
            "आमंत्रित किया",
            "आमंत्रण दिया",
            "निमंत्रण",
            "न्योता",
            "न्यौता",
            "invited",
            "invites",
            "invitation",
            "extended an invitation",
        )
    ]
)
_CAME_AT: Final[PhraseTable[str]] = PhraseTable(
    [
        (phrase, "accepted")
        for phrase in (
            "के न्योते पर",
            "के निमंत्रण पर",
            "के न्यौते पर",
            "के आमंत्रण पर",
            "के बुलावे पर",
            "at the invitation of",
            "on the invitation of",
            "s invitation",
        )
    ]
)
_RESPONSES: Final[PhraseTable[InvitationStatus]] = PhraseTable(
    [
        ("स्वीकार", InvitationStatus.ACCEPTED),
        ("स्वीकार किया", InvitationStatus.ACCEPTED),
        ("स्वीकार कर लिया", InvitationStatus.ACCEPTED),
        ("accepted", InvitationStatus.ACCEPTED),
        ("agreed to visit", InvitationStatus.ACCEPTED),
        ("ठुकरा", InvitationStatus.DECLINED),
        ("ठुकरा दिया", InvitationStatus.DECLINED),
        ("अस्वीकार", InvitationStatus.DECLINED),
        ("declined", InvitationStatus.DECLINED),
        ("turned down", InvitationStatus.DECLINED),
        ("rejected", InvitationStatus.DECLINED),
        ("देखा जाएगा", InvitationStatus.CONSIDERING),
        ("विचार करेंगे", InvitationStatus.CONSIDERING),
        ("will consider", InvitationStatus.CONSIDERING),
        ("would consider", InvitationStatus.CONSIDERING),
        ("see it happening", InvitationStatus.CONSIDERING),
        ("could see it happening", InvitationStatus.CONSIDERING),
    ]
)
_NEGATION: Final = frozenset(name_key("नहीं not never no"))
_INVITED: Final = frozenset(name_key("invited invites"))
_OBJECT_PRONOUNS: Final = frozenset(name_key("उन्हें उनको इन्हें इनको him her them"))
_OBJECT_PRONOUN_WORDS: Final = word_class(_OBJECT_PRONOUNS)
_OBJECT_MARK_WORDS: Final = word_class(name_key("को"))
_AGENTIVE_WORDS: Final = word_class(name_key("ने"))
# How many sentences after an invitation its response may stand.
_RESPONSE_REACH: Final = 2


@attrs.define
class InvitationFound:
    """An invitation as found; offsets into ``doc.text``."""

    inviter: str
    invitee: str
    destination: NameHit | PlaceFound | None  # a place named with it, or the event's place
    status: InvitationStatus
    start: int
    end: int
    response: tuple[int, int] | None = None
    mentions: list[tuple[int, int]] = attrs.field(factory=list)

    def spans(self) -> list[tuple[int, int]]:
        """Every sentence that tells of this invitation or its response."""
        spans = [(self.start, self.end), *self.mentions]
        return [*spans, self.response] if self.response is not None else spans


class _Named:
    """The people a sentence names, (token index, id) in order, and the questions the rules ask of them.

    Each question is a bisection (or a lookup in the runs of one person
    named again and again), so that a sentence with many invitation words
    and many names is read in time linear in its length.
    """

    __slots__ = ("_next_other", "_previous_other", "ids", "indexes")

    def __init__(self, named: list[tuple[int, str]]) -> None:
        self.indexes = [index for index, _ in named]
        self.ids = [person for _, person in named]
        # For each position, the nearest position before (after) it that names someone else.
        self._previous_other: list[int] = []
        for position, person in enumerate(self.ids):
            if position and self.ids[position - 1] != person:
                self._previous_other.append(position - 1)
            else:
                self._previous_other.append(self._previous_other[-1] if position else -1)
        self._next_other = [len(self.ids)] * len(self.ids)
        for position in range(len(self.ids) - 2, -1, -1):
            following = position + 1
            self._next_other[position] = (
                following if self.ids[following] != self.ids[position] else self._next_other[following]
            )

    def last_before(self, stop: int, floor: int = -1) -> int | None:
        """The position of the last person named at a token index in ``(floor, stop)``."""
        position = bisect_left(self.indexes, stop) - 1
        return position if position >= 0 and self.indexes[position] > floor else None

    def first_after(self, index: int) -> int | None:
        """The position of the first person named at a token index after ``index``."""
        position = bisect_right(self.indexes, index)
        return position if position < len(self.indexes) else None

    def last_other_before(self, stop: int, person: str) -> str | None:
        """The last person other than ``person`` named before token ``stop``."""
        position = bisect_left(self.indexes, stop) - 1
        if position >= 0 and self.ids[position] == person:
            position = self._previous_other[position]
        return self.ids[position] if position >= 0 else None

    def first_other(self, person: str) -> str | None:
        """The first person other than ``person`` the sentence names."""
        if not self.ids:
            return None
        position = 0 if self.ids[0] != person else self._next_other[0]
        return self.ids[position] if position < len(self.ids) else None


class _Reader:
    def __init__(self, doc: Document, people: People, places: Sequence[NameHit], participants: Sequence[str]) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.starts = token_starts(self.tokens)
        self.people = people
        self.places = list(places)
        self.place_starts = [hit.first for hit in self.places]
        self.participants = list(participants)
        self.mention_starts = [mention.start for mention in people.mentions]
        self.agentives = _AGENTIVE_WORDS.firsts(self.tokens)
        self.object_marks = _OBJECT_MARK_WORDS.firsts(self.tokens)
        self.object_pronouns = _OBJECT_PRONOUN_WORDS.firsts(self.tokens)

    def persons(self, first: int, stop: int) -> _Named:
        """Every person mention in ``tokens[first:stop]``, by token index."""
        start = self.starts[first] if first < len(self.starts) else len(self.text)
        end = self.starts[stop] if stop < len(self.starts) else len(self.text)
        return _Named([(bisect_left(self.starts, m.start), m.person) for m in self.people.between(start, end)])

    def mention_end(self, index: int, person: str) -> int:
        """The index of the first token after the mention of ``person`` that starts at token ``index``."""
        start = self.starts[index]
        mentions = self.people.mentions
        position = bisect_left(self.mention_starts, start)
        while position < len(mentions) and mentions[position].start == start:
            if mentions[position].person == person:
                return bisect_left(self.starts, mentions[position].end)
            position += 1
        return index + 1

    def last_place_in(self, first: int, stop: int) -> NameHit | None:
        """The last place or country named in ``tokens[first:stop]``."""
        index = bisect_left(self.place_starts, stop) - 1
        if index >= 0 and self.places[index].first >= first:
            return self.places[index]
        return None

    def place_in(self, first: int, stop: int) -> NameHit | None:
        """The first place or country named in ``tokens[first:stop]``."""
        index = bisect_left(self.place_starts, first)
        if index < len(self.places) and self.places[index].first < stop:
            return self.places[index]
        return None

    def extended(self, sentence: Sentence, first: int, stop: int) -> list[InvitationFound]:
        found = []
        destination: NameHit | PlaceFound | None
        people: _Named | None = None  # the sentence's, found at the first invitation word
        for hit in _EXTENDED.find_all(self.tokens, first, stop):
            around = {self.tokens[i].key for i in range(max(first, hit.first - 2), min(stop, hit.last + 3))}
            if around & _NEGATION:
                continue
            if people is None:
                people = self.persons(first, stop)
            if self.tokens[hit.first].key in _INVITED:
                # English: "X invited Y to visit Z".
                before, after = people.last_before(hit.first), people.first_after(hit.last)
                if before is None or after is None:
                    continue
                inviter, invitee = people.ids[before], people.ids[after]
                # The place comes after the invitee's own description ("the U.S. president to come to Kyiv").
                destination = self.place_in(self.mention_end(people.indexes[after], invitee), stop)
            else:
                hindi = self.hindi((first, stop), hit, people)
                if hindi is None:
                    continue
                inviter, invitee, destination, status = hindi
                if status is not InvitationStatus.EXTENDED:
                    found.append(InvitationFound(inviter, invitee, destination, status, sentence.start, sentence.end))
                    continue
            if inviter == invitee:
                continue
            found.append(
                InvitationFound(inviter, invitee, destination, InvitationStatus.EXTENDED, sentence.start, sentence.end)
            )
        return found

    def hindi(
        self, tokens: tuple[int, int], hit: PhraseHit[str], people: _Named
    ) -> tuple[str, str, NameHit | PlaceFound | None, InvitationStatus] | None:
        """Read ``X ने Y को Z आने का न्योता दिया``, or ``Y ने (X का) न्योता स्वीकार किया``.

        The inviter is the ``ने`` subject and the invitee the person marked
        with ``को``, or an object pronoun (``उन्हें``) standing for the last
        other person named. With no invitee but an acceptance after the
        word, the subject is the invitee who accepted, and the inviter the
        person named with the invitation (``X का न्योता``) or else the last
        other person named before. ``tokens`` is the sentence's token range.
        """
        first, stop = tokens
        hit_first, hit_last = hit.first, hit.last
        agent = last_between(self.agentives, first, hit_first)
        if agent is None:
            return None
        subject_at = people.last_before(agent)
        if subject_at is None:
            return None
        subject = people.ids[subject_at]
        target = last_between(self.object_marks, agent + 1, hit_first)
        invitee_at = people.last_before(target, floor=agent) if target is not None else None
        invitee = people.ids[invitee_at] if invitee_at is not None else None
        if invitee is None and any_between(self.object_pronouns, agent + 1, hit_first):
            invitee = self.people.other_before(self.starts[first], subject)
        if invitee:
            # The place stands right before "आने का" / "रुकने का": the last one before the word.
            destination = self.last_place_in(target + 1 if target is not None else agent + 1, hit_first)
            return subject, invitee, destination, InvitationStatus.EXTENDED
        response = _RESPONSES.find_all(self.tokens, hit_last + 1, stop)
        if not response:
            return None
        named = people.last_other_before(hit_first, subject)
        inviter = named if named is not None else self.people.other_before(self.starts[first], subject)
        if inviter is None:
            return None
        return inviter, subject, self.place_in(first, stop), response[0].values[0]

    def came_at(
        self, sentence: Sentence, first: int, stop: int, event_place: PlaceFound | None
    ) -> list[InvitationFound]:
        found = []
        people: _Named | None = None  # the sentence's, found at the first phrase
        for hit in _CAME_AT.find_all(self.tokens, first, stop):
            if people is None:
                people = self.persons(first, stop)
            if self.tokens[hit.first].key in ("at", "on"):
                at = people.first_after(hit.last)
            else:
                at = people.last_before(hit.first)
            if at is None:
                continue
            inviter = people.ids[at]
            invitee = people.first_other(inviter)
            if invitee is None:
                subject = self.people.subject_before(self.starts[first])
                if subject is None or subject == inviter:
                    continue
                invitee = subject
            # Whoever came at an invitation came to the event: its place is the destination.
            destination: NameHit | PlaceFound | None = event_place or self.place_in(first, stop)
            found.append(
                InvitationFound(inviter, invitee, destination, InvitationStatus.ACCEPTED, sentence.start, sentence.end)
            )
        return found

    def respond(self, invitation: InvitationFound, sentences: Sequence[Sentence], number: int) -> None:
        """Rule 3: the first response in the invitation's sentence or the next two sets its status."""
        for sentence in sentences[number : number + 1 + _RESPONSE_REACH]:
            first, stop = bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end)
            hits = _RESPONSES.find_all(self.tokens, first, stop)
            if hits:
                invitation.status = hits[0].values[0]
                invitation.response = (sentence.start, sentence.end)
                return


def _fulfilled(invitation: InvitationFound, participants: Sequence[str], event_place: PlaceFound | None) -> None:
    """Rule 5: an invitation to the place where the invitee then took part in the event was accepted.

    An invitation that names no destination is taken to be to the event's
    place ("Zelensky had invited the U.S. president to come"), when there
    is one and the invitee took part.
    """
    if event_place is None or invitation.invitee not in participants:
        return
    destination = invitation.destination
    if destination is None:
        invitation.destination = destination = event_place
    same_place = destination is event_place or (
        not isinstance(destination, PlaceFound) and event_place.entry in (c.entry for c in destination.candidates)
    )
    if same_place and invitation.status is InvitationStatus.EXTENDED:
        invitation.status = InvitationStatus.ACCEPTED


def find_invitations(
    doc: Document,
    people: People,
    places: Sequence[NameHit],
    participants: Sequence[str],
    event_place: PlaceFound | None,
) -> list[InvitationFound]:
    """Every invitation the article reports (see the module docstring); ``places`` are the place and country hits."""
    reader = _Reader(doc, people, places, participants)
    found: list[InvitationFound] = []
    sentences = doc.sentences
    # Where an invitation could be told: only the sentences that hold one of the words are read.
    triggers = sorted(_EXTENDED.firsts(doc.tokens) + _CAME_AT.firsts(doc.tokens))
    told: dict[int, Sentence] = {}  # sentence number -> sentence
    for trigger in triggers:
        sentence = doc.sentence_at(reader.starts[trigger])
        if sentence is not None:
            told[sentence.number] = sentence
    for number, sentence in told.items():
        first, stop = bisect_left(reader.starts, sentence.start), bisect_left(reader.starts, sentence.end)
        for invitation in reader.extended(sentence, first, stop):
            if invitation.status is InvitationStatus.EXTENDED:
                reader.respond(invitation, sentences, number)
            found.append(invitation)
        found.extend(reader.came_at(sentence, first, stop, event_place))
    merged: dict[tuple[str, str], InvitationFound] = {}
    for invitation in found:
        key = (invitation.inviter, invitation.invitee)
        kept = merged.get(key)
        if kept is None:
            merged[key] = invitation
            continue
        kept.mentions.append((invitation.start, invitation.end))
        # The same invitation told again: keep the first, with the most telling status and a destination.
        if kept.status is InvitationStatus.EXTENDED and invitation.status is not InvitationStatus.EXTENDED:
            kept.status, kept.response = invitation.status, invitation.response
        if kept.destination is None:
            kept.destination = invitation.destination
    for invitation in merged.values():
        _fulfilled(invitation, participants, event_place)
    return list(merged.values())
