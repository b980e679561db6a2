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
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Final

import attrs

from .._vocab import InvitationStatus
from ._phrases import PhraseTable
from ._tokens import name_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..gazetteer import NameHit
    from ._people import People
    from ._places import PlaceFound
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
_OBJECT_MARK: Final = "को"
_AGENTIVE: Final = "ने"
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


class _Reader:
    def __init__(self, doc: Document, people: People, places: Sequence[NameHit], participants: Sequence[str]) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.starts = [token.start for token in self.tokens]
        self.people = people
        self.places = list(places)
        self.place_starts = [hit.first for hit in self.places]
        self.participants = list(participants)

    def persons(self, first: int, stop: int) -> list[tuple[int, str]]:
        """(token index, id) of every person mention in ``tokens[first:stop]``."""
        start = self.starts[first] if first < len(self.starts) else len(self.text)
        end = self.starts[stop] if stop < len(self.starts) else len(self.text)
        return [(bisect_left(self.starts, m.start), m.person) for m in self.people.between(start, end)]

    def place_in(self, first: int, stop: int) -> NameHit | None:
        """The first place or country named in ``tokens[first:stop]``."""
        index = bisect_left(self.place_starts, first)
        if index < len(self.places) and self.places[index].first < stop:
            return self.places[index]
        return None

    def extended(self, sentence: Sentence, first: int, stop: int) -> list[InvitationFound]:
        found = []
        for hit in _EXTENDED.find_all(self.tokens, first, stop):
            around = {self.tokens[i].key for i in range(max(first, hit.first - 2), min(stop, hit.last + 3))}
            if around & _NEGATION:
                continue
            people = self.persons(first, stop)
            if self.tokens[hit.first].key in name_key("invited invites"):
                # English: "X invited Y to visit Z".
                before = [person for index, person in people if index < hit.first]
                after = [person for index, person in people if index > hit.last]
                if not before or not after:
                    continue
                inviter, invitee = before[-1], after[0]
                destination = self.place_in(hit.last + 1, stop)
            else:
                agent = next((i for i in range(hit.first - 1, first - 1, -1) if self.tokens[i].key == _AGENTIVE), None)
                target = next(
                    (i for i in range(hit.first - 1, first - 1, -1) if self.tokens[i].key == _OBJECT_MARK), None
                )
                inviters = [person for index, person in people if agent is not None and index < agent]
                invitees = [
                    person for index, person in people if target is not None and (agent or first) < index < target
                ]
                if not inviters or not invitees:
                    continue
                inviter, invitee = inviters[-1], invitees[-1]
                destination = self.place_in(target + 1 if target is not None else first, hit.first)
            if inviter == invitee:
                continue
            found.append(
                InvitationFound(inviter, invitee, destination, InvitationStatus.EXTENDED, sentence.start, sentence.end)
            )
        return found

    def came_at(
        self, sentence: Sentence, first: int, stop: int, event_place: PlaceFound | None
    ) -> list[InvitationFound]:
        found = []
        for hit in _CAME_AT.find_all(self.tokens, first, stop):
            people = self.persons(first, stop)
            if self.tokens[hit.first].key in ("at", "on"):
                inviters = [person for index, person in people if index > hit.last][:1]
            else:
                inviters = [person for index, person in people if index < hit.first][-1:]
            if not inviters:
                continue
            inviter = inviters[0]
            invitees = [person for _, person in people if person != inviter]
            if not invitees:
                subject = self.people.subject_before(self.starts[first])
                if subject is None or subject == inviter:
                    continue
                invitees = [subject]
            destination: NameHit | PlaceFound | None = self.place_in(first, stop) or event_place
            found.append(
                InvitationFound(
                    inviter, invitees[0], destination, InvitationStatus.ACCEPTED, sentence.start, sentence.end
                )
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
    for number, sentence in enumerate(sentences):
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
    return list(merged.values())
