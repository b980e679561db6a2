"""What the event produced: agreements, failures to agree, progress, open issues, proposals, pledges, topics.

The rules:

1. **Phrases.** Every phrase of ``lexicon.outcomes.OUTCOME_PHRASES`` in a
   sentence is a candidate of its kind; longer phrases win, so negated and
   hedged forms (``कोई समझौता नहीं``, ``could give``) are read as such.
2. **Negation and modality.** An agreement phrase with a negation right
   after it (Hindi ``सहमति … नहीं``) or right before it (``did not agree``) is
   no agreement; any other kind negated is dropped. A commitment under a
   modal (``could``, ``सकते``) is only a proposal.
3. **Scope.** Sentences about people who did not take part, and what is
   said at a press conference about a topic (a statement, not a result of
   the talks), give no discussion.
4. **Topic.** The words the topic marker of the phrase's clause introduces:
   after an English preposition (``agreed on X``), before a Hindi postposition
   (``X पर सहमति``).
5. **One outcome per result.** A report states its verdict many times: all
   candidates of progress are one outcome, and so are all of no agreement.
   Of the other kinds, candidates that share a topic word are one outcome,
   and a topic already given a result is no separate discussion or
   proposal; the first mention is kept as the evidence.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Final

import attrs

from ..lexicon.outcomes import OUTCOME_PHRASES, TOPIC_MARKERS
from ..lexicon.speech import JOINT_SPEAKERS, MEDIA
from ._phrases import PhraseTable
from ._tokens import name_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._people import People
    from ._text import Document, Sentence

__all__ = ["OutcomeFound", "find_outcomes"]

_PHRASES: Final[PhraseTable[str]] = PhraseTable([row for rows in OUTCOME_PHRASES.values() for row in rows])
_TOPIC_BEFORE: Final[PhraseTable[str]] = PhraseTable([(marker, "hi") for marker in TOPIC_MARKERS["hi"]])
_TOPIC_AFTER: Final = frozenset(key for marker in TOPIC_MARKERS["en"] for key in name_key(marker))
_PRESS: Final[PhraseTable[str]] = PhraseTable(
    [row for rows in MEDIA.values() for row in rows if row[1] in ("press conference", "press")]
)
_JOINT: Final[PhraseTable[bool]] = PhraseTable([(phrase, True) for rows in JOINT_SPEAKERS.values() for phrase in rows])
_NEGATION_AFTER: Final = frozenset(name_key("नहीं न"))
_NEGATION_BEFORE: Final = frozenset(name_key("not no never without n't nt"))
_MODALS: Final = frozenset(name_key("could might may would सकते सकता सकती सकें"))
# Words that end a clause: an outcome's clause and topic do not run past them.
_CLAUSE_BREAKS: Final = frozenset(name_key("लेकिन मगर हालांकि but while although however whereas and और"))
_STOP: Final = frozenset(
    name_key(
        "the a an of on in at to for with and or its their his her this that these those by from as is was were "
        "के की का में पर से को और भी ही है हैं था थे थी यह वह इस उस लेकर बीच दोनों बात बातें बारे संदर्भ मुद्दे "
        "मुद्दों तमाम कई कुछ"
    )
)
_RANK: Final = {
    kind: rank
    for rank, kind in enumerate(
        ("agreement", "no_agreement", "progress", "open_issue", "commitment", "proposal", "discussion")
    )
}
_SINGLE: Final = frozenset({"progress", "no_agreement"})


@attrs.define
class OutcomeFound:
    """An outcome as found: its kind, topic and clause (offsets into ``doc.text``), and parties (ids)."""

    kind: str
    topic: tuple[int, int] | None
    start: int
    end: int
    parties: tuple[str, ...]
    topic_keys: frozenset[str]
    clause_keys: frozenset[str]


class _Reader:
    def __init__(self, doc: Document, people: People, participants: Sequence[str]) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.starts = [token.start for token in self.tokens]
        self.people = people
        self.participants = tuple(participants)
        self.taking_part = frozenset(participants)

    def clause(self, first: int, stop: int, hit_first: int, hit_last: int) -> tuple[int, int]:
        """Token range of the clause of ``tokens[first:stop]`` that holds the hit."""
        start = first
        for index in range(hit_first - 1, first - 1, -1):
            if self.tokens[index].key in _CLAUSE_BREAKS or self._comma_after(index):
                start = index + 1
                break
        end = stop
        for index in range(hit_last + 1, stop):
            if self.tokens[index].key in _CLAUSE_BREAKS or self._comma_after(index - 1):
                end = index
                break
        return start, end

    def _comma_after(self, index: int) -> bool:
        following = self.starts[index + 1] if index + 1 < len(self.tokens) else len(self.text)
        return any(mark in self.text[self.tokens[index].end : following] for mark in ",;:")

    def topic(self, clause_first: int, clause_stop: int, hit_first: int, hit_last: int) -> tuple[int, int] | None:
        """Token range of the topic: before a Hindi marker ahead of the phrase, after an English one behind it."""
        markers = [m for m in _TOPIC_BEFORE.find_all(self.tokens, clause_first, hit_first + 1) if m.last <= hit_last]
        if markers:
            marker = markers[-1]
            first = marker.first
            while first > clause_first and marker.first - first < 4 and self.tokens[first - 1].key not in {"ने"}:
                first -= 1
            while first < marker.first and self.tokens[first].key in _STOP:
                first += 1
            if first < marker.first:
                return first, marker.first
        for index in range(hit_last + 1, min(clause_stop, hit_last + 4)):
            if self.tokens[index].key in _TOPIC_AFTER:
                end = min(clause_stop, index + 9)
                if index + 1 < end:
                    return index + 1, end
        return None

    def parties(self, clause_first: int, hit_first: int) -> tuple[str, ...]:
        """The participants named in the clause before the phrase; all of them if none or a joint subject."""
        if _JOINT.find_all(self.tokens, clause_first, hit_first):
            return self.participants
        start, end = self.tokens[clause_first].start, self.tokens[hit_first].start
        named = [m.person for m in self.people.between(start, end) if m.person in self.taking_part]
        return tuple(dict.fromkeys(named)) or self.participants

    def about_others(self, sentence: Sentence) -> bool:
        """Whether the sentence names people and none of them took part."""
        named = {m.person for m in self.people.between(sentence.start, sentence.end)}
        return bool(named) and not (named & self.taking_part)

    def read(self, sentence: Sentence) -> list[OutcomeFound]:
        first, stop = bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end)
        hits = _PHRASES.find_all(self.tokens, first, stop)
        if not hits or self.about_others(sentence):
            return []
        press = bool(_PRESS.find_all(self.tokens, first, stop))
        found: list[OutcomeFound] = []
        for hit in hits:
            kind = hit.values[0]
            after = {self.tokens[i].key for i in range(hit.last + 1, min(stop, hit.last + 4))}
            before = {self.tokens[i].key for i in range(max(first, hit.first - 3), hit.first)}
            if after & _NEGATION_AFTER or before & _NEGATION_BEFORE:
                if kind != "agreement":
                    continue
                kind = "no_agreement"
            if kind == "commitment" and (before | after) & _MODALS:
                kind = "proposal"
            if kind == "discussion" and press:
                continue
            clause_first, clause_stop = self.clause(first, stop, hit.first, hit.last)
            topic = self.topic(clause_first, clause_stop, hit.first, hit.last)
            keys = (
                frozenset(self.tokens[i].key for i in range(*topic) if self.tokens[i].key not in _STOP)
                if topic
                else frozenset()
            )
            topic_span = (self.tokens[topic[0]].start, self.tokens[topic[1] - 1].end) if topic else None
            found.append(
                OutcomeFound(
                    kind=kind,
                    topic=topic_span,
                    start=self.tokens[clause_first].start,
                    end=self.tokens[clause_stop - 1].end,
                    parties=self.parties(clause_first, hit.first),
                    topic_keys=keys,
                    clause_keys=frozenset(
                        self.tokens[i].key for i in range(clause_first, clause_stop) if self.tokens[i].key not in _STOP
                    ),
                )
            )
        return found


def _merge(found: list[OutcomeFound]) -> list[OutcomeFound]:
    """Rule 5: one outcome per result, the first mention kept."""
    kept: list[OutcomeFound] = []
    for outcome in found:
        same = next(
            (
                other
                for other in kept
                if other.kind == outcome.kind
                and (
                    outcome.kind in _SINGLE
                    or (other.topic_keys & outcome.topic_keys)
                    or not (other.topic_keys or outcome.topic_keys)
                    or other.start == outcome.start
                )
            ),
            None,
        )
        if same is not None:
            if same.topic is None and outcome.topic is not None:
                same.topic = outcome.topic
            same.topic_keys |= outcome.topic_keys
            same.clause_keys |= outcome.clause_keys
            continue
        kept.append(outcome)
    # A topic that has a result is not also a mere discussion or proposal of it.
    results = [o for o in kept if o.kind not in ("discussion", "proposal")]
    return [
        o
        for o in kept
        if o.kind not in ("discussion", "proposal") or not any(o.topic_keys & r.clause_keys for r in results)
    ]


def find_outcomes(
    doc: Document, people: People, participants: Sequence[str], *, skip: Sequence[tuple[int, int]] = ()
) -> list[OutcomeFound]:
    """Every outcome of the event the article reports, first mention first (see the module docstring).

    Sentences that lie in a ``skip`` span (the invitation step's sentences
    and responses: "यह आगे देखा जाएगा" answers an invitation, it leaves no
    issue of the talks open) are not read.
    """
    reader = _Reader(doc, people, participants)
    found: list[OutcomeFound] = []
    for sentence in doc.sentences:
        if not any(start <= sentence.start < end for start, end in skip):
            found.extend(reader.read(sentence))
    return _merge(found)


def outcome_rank(kind: str) -> int:
    """How decisive an outcome kind is, agreement first and discussion last."""
    return _RANK[kind]
