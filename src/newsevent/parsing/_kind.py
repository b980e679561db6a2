"""What kind of event the article reports, and whether it took place.

Kind: the weights of ``lexicon.events.KIND_WORDS`` phrases are added up per
kind, counting three times in the headline and lead (where reports say what
happened) and once elsewhere; a kind word right after the name of a
multilateral gathering (``G20 summit``, ``जी7 शिखर सम्मेलन``) counts for
nothing, since such a gathering is the setting of the reported meeting,
not the meeting. A face-to-face meeting of the heads of two countries that
ends in a joint press conference is a summit even when the report calls it
talks (the usual sense of "summit" in diplomatic reporting).

Status: wording of ``STATUS_WORDS`` in the headline or lead; else held.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Final

from .._vocab import EventKind, EventStatus
from ..lexicon.events import KIND_WORDS, MULTILATERAL, STATUS_WORDS
from ._phrases import PhraseTable
from ._tokens import name_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._tokens import Token

__all__ = ["event_words", "find_kind", "find_status"]

_KINDS: Final[PhraseTable[tuple[EventKind, float]]] = PhraseTable(
    [(phrase, (EventKind(kind), weight)) for rows in KIND_WORDS.values() for phrase, kind, weight in rows]
)
_MULTILATERAL: Final[PhraseTable[bool]] = PhraseTable([(name, True) for name in MULTILATERAL])
_STATUS: Final[PhraseTable[EventStatus]] = PhraseTable(
    [(phrase, EventStatus(status)) for rows in STATUS_WORDS.values() for phrase, status in rows]
)
_JOINT_PRESS: Final[PhraseTable[bool]] = PhraseTable(
    [
        (phrase, True)
        for phrase in (
            "joint press conference",
            "joint news conference",
            "संयुक्त प्रेस वार्ता",
            "संयुक्त प्रेस कॉन्फ्रेंस",
            "संयुक्त संवाददाता सम्मेलन",
        )
    ]
)
_LEAD_WEIGHT: Final = 3.0
# Ties between kinds go to the kind declared first in EventKind.
_DECLARED: Final = {kind: index for index, kind in enumerate(EventKind)}
# Kinds whose words name no encounter of the parties (see event_words).
_NOT_ENCOUNTERS: Final = frozenset({EventKind.PRESS_CONFERENCE, EventKind.CONFERENCE})
# Words between a gathering's name and its kind word: "G20 leaders' summit", "जी-20 के शिखर सम्मेलन".
_FILLER: Final = frozenset(name_key("the of leaders s annual के की का वार्षिक"))


def find_kind(
    tokens: Sequence[Token],
    lead_end: int,
    *,
    heads_of_two_countries: bool,
) -> tuple[EventKind, list[tuple[int, int]]]:
    """The kind of the main event and the token ranges of the words that decided it.

    ``lead_end`` is the index of the first token after the headline and lead;
    ``heads_of_two_countries`` says whether the participants include the
    heads of state or government of two countries.
    """
    after_gathering: set[int] = set()
    for gathering in _MULTILATERAL.find_all(tokens):
        index = gathering.last + 1
        while index < len(tokens) and tokens[index].key in _FILLER:
            index += 1
        after_gathering.add(index)
    totals: dict[EventKind, float] = defaultdict(float)
    evidence: dict[EventKind, list[tuple[int, int]]] = defaultdict(list)
    for hit in _KINDS.find_all(tokens):
        if hit.first in after_gathering:
            continue
        kind, weight = hit.values[0]
        totals[kind] += weight * (_LEAD_WEIGHT if hit.first < lead_end else 1.0)
        evidence[kind].append((hit.first, hit.last))
    # A press conference is where the words were said, seldom the event reported.
    totals.pop(EventKind.PRESS_CONFERENCE, None)
    if not totals:
        return EventKind.OTHER, []
    kind = max(totals, key=lambda each: (totals[each], -_DECLARED[each]))
    if kind is EventKind.MEETING and heads_of_two_countries:
        joint = _JOINT_PRESS.find_all(tokens)
        if joint:
            return EventKind.SUMMIT, [(hit.first, hit.last) for hit in joint]
    return kind, evidence[kind]


def event_words(tokens: Sequence[Token]) -> list[int]:
    """The indexes of the tokens that name an encounter (talks, call, visit…), press conferences aside, in order."""
    found: list[int] = []
    for hit in _KINDS.find_all(tokens):  # in order, none overlapping: the indexes come sorted
        if hit.values[0][0] not in _NOT_ENCOUNTERS:
            found.extend(range(hit.first, hit.last + 1))
    return found


def find_status(tokens: Sequence[Token], lead_end: int) -> EventStatus:
    """Held, unless the headline or lead says the event is to come, was called off or moved."""
    hits = _STATUS.find_all(tokens, 0, lead_end)
    return hits[0].values[0] if hits else EventStatus.HELD
