"""What the event produced: agreements, failures to agree, progress, open issues, proposals, pledges, topics.

The rules:

1. **Phrases.** Every phrase of ``lexicon.outcomes.OUTCOME_PHRASES`` in a
   sentence is a candidate of its kind; longer phrases win, so negated and
   hedged forms (``कोई समझौता नहीं``, ``could give``) are read as such.
2. **Negation and modality.** An agreement phrase with a negation right
   after it (Hindi ``सहमति … नहीं``) or right before it (``did not agree``) is
   no agreement; any other kind negated is dropped. A commitment under a
   modal (``could``, ``सकते``) is only a proposal.
3. **Scope.** Sentences about people who did not take part, sentences
   that tell of earlier events (a Hindi past perfect: ``हुई थी``), and what
   is said at a press conference about a topic (a statement, not a result
   of the talks) give no outcome; nor does a discussion that names no
   topic (that is the event itself). A clause gives one outcome at most.
4. **Topic.** The words the topic marker of the phrase's clause introduces:
   after an English preposition (``agreed on X``), before a Hindi postposition
   (``X पर सहमति``).
5. **One outcome per result.** A report states its verdict many times: all
   candidates of progress are one outcome, and so are all of no agreement.
   Of the other kinds, candidates that share a topic word, or that both name
   no topic, are one outcome, except that two items of one list are always
   two results; a topic already given a result is no separate discussion
   or proposal. The first mention is kept as the evidence.
6. **Pledges.** In an item of a key-points list, and in the words of a
   participant, a clause in the future tense (``will open``, ``खोलेगा``,
   ``शुरू की जाएगी``) that no hedge weakens (``could``, ``उम्मीद``) is a
   result: a commitment when one side is its subject, an agreement when
   both are or none is named (``दोनों देश …``, a passive).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress, count, pairwise
from typing import TYPE_CHECKING, Final

import attrs

from ..lexicon.events import KIND_WORDS
from ..lexicon.outcomes import (
    FUTURE_AUXILIARIES,
    FUTURE_ENDINGS,
    GENERIC_WORDS,
    HEDGES,
    JOINT_SUBJECTS,
    OUTCOME_NOUNS,
    OUTCOME_PHRASES,
    TOPIC_MARKERS,
)
from ..lexicon.speech import CUES, JOINT_SPEAKERS, MEDIA
from ..lexicon.time import MONTHS, RELATIVE_DAYS, WEEKDAYS
from ..lexicon.titles import TITLES
from ._phrases import PhraseTable, any_between, word_class
from ._tokens import followed_by, name_key, token_keys, token_starts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..gazetteer import NameHit
    from ._people import People
    from ._statements import StatementFound
    from ._text import Document, Sentence

__all__ = ["OutcomeFound", "find_outcomes", "names_something"]

_PHRASES: Final[PhraseTable[str]] = PhraseTable([row for rows in OUTCOME_PHRASES.values() for row in rows])
_TOPIC_BEFORE: Final[PhraseTable[str]] = PhraseTable([(marker, "hi") for marker in TOPIC_MARKERS["hi"]])
_TOPIC_AFTER: Final = frozenset(key for marker in TOPIC_MARKERS["en"] for key in name_key(marker))
_PRESS: Final[PhraseTable[str]] = PhraseTable(
    [row for rows in MEDIA.values() for row in rows if row[1] in ("press conference", "press")]
)
_JOINT: Final[PhraseTable[bool]] = PhraseTable([(phrase, True) for rows in JOINT_SPEAKERS.values() for phrase in rows])
# Negation, and the calling off of what was to be signed ("समझौते पर हस्ताक्षर समारोह रद्द").
_NEGATION_AFTER: Final = frozenset(name_key("नहीं न रद्द cancelled canceled scrapped"))
# "can't" and "won't" reach us as "can", "t" and "won", "t".
_NEGATION_BEFORE: Final = frozenset(name_key("not no never without n't nt t cannot nobody nothing neither nor बिना"))
_GOVERNMENT_VERBS: Final = frozenset(name_key("will would shall said says has had is ने"))
# What may stand between two subjects joined into one: "X और Y", "X and the Y".
_AND: Final = frozenset(name_key("और तथा एवं व and the"))
_SUCH_AS: Final = frozenset(name_key("जैसे जैसी"))  # "X, Y और Z जैसे मुद्दों": issues such as X, Y and Z
_LIST_OPENERS: Final = frozenset(name_key("ने में"))
_PAST_AUXILIARIES: Final = frozenset(name_key("था थी थे थीं"))
_PAST_AUXILIARY_WORDS: Final = word_class(_PAST_AUXILIARIES)
_CLAUSE_STARTERS: Final = frozenset(
    name_key("वह वे यह जो जिसे जिससे जिसमें जबकि which who whom there he she they we it this i")
)
_COPULAR_FUTURES: Final = frozenset(name_key("होगा होगी होंगे रहेगा रहेगी रहेंगे be"))
_COMPLEMENTISER_KEYS: Final = frozenset(name_key("कि that"))
# Words that name no result: generic words, and the words of every outcome phrase and hedge.
_UNNAMING: Final = frozenset(
    [key for word in GENERIC_WORDS for key in name_key(word)]
    + [key for rows in OUTCOME_PHRASES.values() for phrase, _ in rows for key in name_key(phrase)]
    + [key for word in HEDGES for key in name_key(word)]
    + [key for rows in CUES.values() for phrase, _ in rows for key in name_key(phrase)]
    + [key for rows in TITLES.values() for phrase, _, _ in rows for key in name_key(phrase)]
    # When and how the talks were held say nothing of what they were about.
    + [key for rows in KIND_WORDS.values() for phrase, _, _ in rows for key in name_key(phrase)]
    + [key for table in (MONTHS, WEEKDAYS) for words in table.values() for word in words for key in name_key(word)]
    + [key for words in RELATIVE_DAYS.values() for word in words for key in name_key(word)]
)
_NOUNS: Final = frozenset(key for phrase in OUTCOME_NOUNS for key in name_key(phrase))
_MODALS: Final = frozenset(name_key("could might may सकते सकता सकती सकें"))
_FUTURE: Final[PhraseTable[bool]] = PhraseTable([(phrase, True) for phrase in FUTURE_AUXILIARIES])
_HEDGES: Final = frozenset(key for phrase in HEDGES for key in name_key(phrase))
_HEDGE_WORDS: Final = word_class(_HEDGES)
_JOINT_SUBJECT: Final[PhraseTable[bool]] = PhraseTable([(phrase, True) for phrase in JOINT_SUBJECTS])
# Words that end a clause: an outcome's clause and topic do not run past them.
_CLAUSE_BREAKS: Final = frozenset(name_key("लेकिन मगर हालांकि इसलिए but while although however whereas so therefore"))
_CLAUSE_BREAK_WORDS: Final = word_class(_CLAUSE_BREAKS)
_STOP: Final = frozenset(
    name_key(
        "the a an of on in at to for with and or its their his her this that these those by from as is was were "
        "के की का में पर से को और भी ही है हैं था थे थी यह वह इस उस लेकर बीच दोनों बात बातें बारे संदर्भ मुद्दे "
        "मुद्दों तमाम कई कुछ हुए हुई हुआ हुईं गए गई किए किया करने होने वाली वाले वाला new a an"
    )
)
_RANK: Final = {
    kind: rank
    for rank, kind in enumerate(
        ("agreement", "no_agreement", "progress", "open_issue", "commitment", "proposal", "discussion")
    )
}
_SINGLE: Final = frozenset({"progress", "no_agreement"})
_BETWEEN_ALL: Final = frozenset({"agreement", "no_agreement", "progress", "discussion"})


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
    item: int | None = None  # the list item (segment number) it comes from, if any
    vague: bool = False  # the clause only restates that a result exists (see GENERIC_WORDS)


class _Reader:
    def __init__(
        self,
        doc: Document,
        people: People,
        participants: Sequence[str],
        countries: Sequence[NameHit],
        statements: Sequence[StatementFound],
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.starts = token_starts(self.tokens)
        self.keys = keys = token_keys(self.tokens)
        self.people = people
        self.participants = tuple(participants)
        self.taking_part = frozenset(participants)
        # Countries as subjects; a place only where it stands for its government, right
        # before a verb ("Washington would…", "Beijing said"), not in "रेल सेवा कोलकाता के बीच".
        self.country_at: dict[int, str] = {}
        self.in_place_name: set[int] = set()
        for hit in countries:
            self.in_place_name.update(range(hit.first, hit.last + 1))
            named = hit.countries
            if named:
                self.country_at[hit.first] = named[0].code
                continue
            following = keys[hit.last + 1] if hit.last + 1 < len(keys) else ""
            if following in _GOVERNMENT_VERBS and hit.places:
                self.country_at[hit.first] = hit.places[0].country
        # Facts about each token that the rules ask again and again, worked out once:
        # the punctuation after it, and (as sorted indexes) the words of a class.
        self.breaks_before = followed_by(self.tokens, self.text, ";:")  # token index i: a ";" or ":" follows it
        self.stops_after = followed_by(self.tokens, self.text, ".?!।")
        self.commas_after = followed_by(self.tokens, self.text, ",")
        # Where a clause ends: after a full stop, a semicolon or a colon; after a comma only
        # when a new clause starts after it ("…सहमति बनी है, वह …", "…meeting, there were…"),
        # since commas inside a clause separate the items of a list.
        self.clause_ends = sorted(
            self.stops_after
            | self.breaks_before
            | {i for i in self.commas_after if i + 1 < len(keys) and keys[i + 1] in _CLAUSE_STARTERS}
        )
        self.clause_breaks = _CLAUSE_BREAK_WORDS.firsts(self.tokens)
        self.past_auxiliaries = _PAST_AUXILIARY_WORDS.firsts(self.tokens)
        self.hedges = _HEDGE_WORDS.firsts(self.tokens)
        self.future = set(_FUTURE.firsts(self.tokens))
        self.future.update(compress(count(), map(_FUTURE_FORMS.__getitem__, keys)))
        self.futures = sorted(self.future)
        self.phrases = _PHRASES.firsts(self.tokens)
        # Whose words state results: the participants, and officials of their countries
        # (a foreign secretary briefing the press on what the leaders agreed).
        sides = {people.found[pid].country for pid in participants if pid in people.found} - {None}
        insiders = {pid for pid, found in people.found.items() if pid in self.taking_part or found.country in sides}
        self.own_words = _sentences_touching(
            doc, [(item.start, item.end) for item in statements if set(item.speakers) & insiders]
        )
        # The speakers of each sentence: sources of what it reports, not its subjects.
        self.sources: dict[int, set[str]] = {}
        for item in statements:
            sentence = doc.sentence_at(item.start)  # a statement lies within its sentence
            if sentence is not None:
                self.sources.setdefault(sentence.number, set()).update(item.speakers)

    def clause(self, first: int, stop: int, hit_first: int, hit_last: int) -> tuple[int, int]:
        """Token range of the clause of ``tokens[first:stop]`` that holds the hit.

        It starts after the last clause end or break word (``but``, ``लेकिन``)
        before the hit, and stops at the first break word or after the first
        clause end after it.
        """
        start = first
        ends, breaks = self.clause_ends, self.clause_breaks
        before = bisect_left(ends, hit_first) - 1
        if before >= 0 and ends[before] >= first:
            start = ends[before] + 1
        before = bisect_left(breaks, hit_first) - 1
        if before >= 0 and breaks[before] >= start:
            start = breaks[before] + 1
        end = stop
        after = bisect_left(ends, hit_last)
        if after < len(ends) and ends[after] + 1 < end:
            end = ends[after] + 1
        after = bisect_left(breaks, hit_last + 1)
        if after < len(breaks) and breaks[after] < end:
            end = breaks[after]
        return start, end

    def topic(self, clause_first: int, clause_stop: int, hit_first: int, hit_last: int) -> tuple[int, int] | None:
        """Token range of the topic: before a Hindi marker ahead of the phrase, after an English one behind it."""
        marker = _TOPIC_BEFORE.last_within(self.tokens, clause_first, hit_first + 1)
        if marker is not None:
            first = marker.first
            while first > clause_first and marker.first - first < 4 and self.keys[first - 1] not in {"ने"}:
                first -= 1
            while first < marker.first and self.keys[first] in _STOP:
                first += 1
            if first < marker.first:
                return first, marker.first
        if self.keys[hit_first] in _NOUNS:
            # "गैस समझौते", "a new security pact": the words right before the noun.
            first = hit_first
            while first > clause_first and hit_first - first < 3 and self.keys[first - 1] not in _STOP:
                first -= 1
            if first < hit_first:
                return first, hit_first
        if self.full_stop_after(hit_last):
            return None  # the sentence ends with the phrase ("…that we agreed on.")
        if self.keys[hit_last] in _TOPIC_AFTER and hit_last + 1 < clause_stop:
            # The phrase ends with its preposition: "agreed to revive shuttle diplomacy".
            end = self.before_full_stop(hit_last + 1, min(clause_stop, hit_last + 10))
            return (hit_last + 1, end) if end > hit_last + 1 else None
        for index in range(hit_last + 1, min(clause_stop, hit_last + 4)):
            if self.keys[index] in _TOPIC_AFTER:
                end = self.before_full_stop(index + 1, min(clause_stop, index + 9))
                if index + 1 < end:
                    return index + 1, end
        return None

    def before_full_stop(self, first: int, stop: int) -> int:
        """``stop``, or the index after the first token of ``[first, stop)`` that a full stop follows.

        A quotation holds several sentences ("…we agreed on. couple of big
        ones…"); a topic does not run into the next one.
        """
        for index in range(first, stop):
            if self.full_stop_after(index):
                return index + 1
        return stop

    def full_stop_after(self, index: int) -> bool:
        """Whether a full stop (``.``, ``?``, ``!``, ``।``) follows ``tokens[index]``."""
        return index in self.stops_after

    def parties(self, kind: str, clause_first: int, hit_first: int) -> tuple[str, ...]:
        """Who the outcome binds.

        Agreements, failures to agree, progress and discussions are between
        all participants unless the clause names two or more of them; a
        pledge, a proposal or an issue left open is of the participant the
        clause names before the phrase (all of them if none, or a joint subject).
        """
        if _JOINT.any_within(self.tokens, clause_first, hit_first):
            return self.participants
        start, end = self.tokens[clause_first].start, self.tokens[hit_first].start
        named = tuple(dict.fromkeys(m.person for m in self.people.between(start, end) if m.person in self.taking_part))
        if kind in _BETWEEN_ALL and len(named) < 2:
            return self.participants
        return named or self.participants

    def background(self, first: int, stop: int) -> bool:
        """Whether the sentence tells of earlier events: a Hindi past perfect or past continuous.

        "पहली शिखर वार्ता 12 जून 2018 को ... हुई थी", "… समारोह तय था": the
        auxiliary था/थी/थे puts the clause before the event reported.
        """
        return any_between(self.past_auxiliaries, first, stop)

    def about_others(self, sentence: Sentence) -> bool:
        """Whether the sentence is about people who did not take part.

        It names people, none of whom took part, and no joint subject ("both
        leaders"); whoever it quotes as its source ("चौधरी के मुताबिक …",
        "X told reporters that …") is not what it is about.
        """
        named = {m.person for m in self.people.between(sentence.start, sentence.end)}
        named -= self.sources.get(sentence.number, set())
        if not named or named & self.taking_part:
            return False
        first, stop = bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end)
        return not _JOINT_SUBJECT.any_within(self.tokens, first, stop)

    def read(self, sentence: Sentence) -> list[OutcomeFound]:
        first, stop = bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end)
        if not any_between(self.phrases, first, stop) and not any_between(self.futures, first, stop):
            return []  # no outcome phrase and no pledge: most sentences, answered by two bisections
        if self.about_others(sentence) or self.background(first, stop):
            return []
        segment = self.doc.segments[sentence.segment]
        item = segment.number if segment.kind == "bullet" else None
        press = _PRESS.any_within(self.tokens, first, stop)
        found: list[OutcomeFound] = []
        claimed: set[tuple[int, int]] = set()
        for hit in _PHRASES.find_all(self.tokens, first, stop):
            kind = hit.values[0]
            after = self.keys[hit.last + 1 : min(stop, hit.last + 4)]
            before = self.keys[max(first, hit.first - 3) : hit.first]
            if not _NEGATION_AFTER.isdisjoint(after) or not _NEGATION_BEFORE.isdisjoint(before):
                if kind != "agreement":
                    continue
                kind = "no_agreement"
            if not _MODALS.isdisjoint(before) or not _MODALS.isdisjoint(after):
                if kind == "agreement":
                    continue  # "could reach a deal" is a possibility, not a result
                if kind in ("commitment", "stance"):
                    kind = "proposal"
            clause = self.clause(first, stop, hit.first, hit.last)
            if clause in claimed:
                continue  # one result per clause: "called for talks to resume" is one, not two
            if kind == "agreement" and self.keys[hit.first] in _NOUNS and self.single_pledge(clause):
                kind = "commitment"  # "South Korea would normalise its pact": one side's pledge about a pact
            if kind == "stance":
                kind = "commitment" if len(self.subjects(clause[0], hit.first + 1)) == 1 else "agreement"
            if kind == "discussion" and (press or not self.names_a_topic(clause, hit.first, hit.last)):
                continue  # words said to the press, or talk that names no topic: the event itself
            claimed.add(clause)
            listed = self.listed_topics(clause, hit.first) if kind == "discussion" else []
            if listed:
                found.extend(self.topic_outcome(kind, topic, clause, item) for topic in listed)
                continue
            found.append(self.outcome(kind, clause, hit.first, hit.last, item))
        if item is not None or self.in_own_words(sentence):
            pledges = self.pledges(first, stop, claimed, item)
            if len(pledges) > 1 and all(p.kind == "commitment" for p in pledges):
                # "The US will open consulates…, while India will open one…": each side pledging
                # the same act is one deal, an agreement. Different acts ("lift restrictions",
                # "withdraw the complaint") stay each side's own commitment.
                sides = {side for p in pledges for side in self.subjects(*self.token_span(p))}
                acts = {self.pledged_act(*self.token_span(p)) for p in pledges}
                if len(sides) > 1 and len(acts) == 1 and None not in acts:
                    pledges[0].kind = "agreement"
                    pledges[0].end = pledges[-1].end
                    for other in pledges[1:]:
                        pledges[0].clause_keys |= other.clause_keys
                    pledges = pledges[:1]
            found.extend(pledges)
        return found

    def pledged_act(self, first: int, stop: int) -> str | None:
        """The verb pledged in a clause: the word after "will" (English) or the future verb itself (Hindi)."""
        for index in range(first, stop):
            if index in self.future:
                key = self.keys[index]
                if _is_future_form(key):
                    return key
                return self.keys[index + 1] if index + 1 < stop else None
        return None

    def token_span(self, outcome: OutcomeFound) -> tuple[int, int]:
        """The token range of an outcome's clause."""
        return bisect_left(self.starts, outcome.start), bisect_left(self.starts, outcome.end)

    def in_own_words(self, sentence: Sentence) -> bool:
        """Whether the sentence holds words a participant said (directly or reported)."""
        return sentence.number in self.own_words

    def listed_topics(self, clause: tuple[int, int], hit_first: int) -> list[tuple[int, int]]:
        """The topics of "X, Y और Z जैसे मुद्दों पर बात हुई" ("issues such as X, Y and Z"), one range each.

        A discussion of several listed topics is one discussion per topic, so
        that a topic settled by a result elsewhere drops out alone. The list
        runs from the subject (after ``ने``) or the setting (after ``में``) to
        ``जैसे``.
        """
        such_as = next((i for i in range(hit_first - 1, clause[0] - 1, -1) if self.keys[i] in _SUCH_AS), None)
        if such_as is None:
            return []
        start = clause[0]
        for index in range(such_as - 1, clause[0] - 1, -1):
            if self.keys[index] in _LIST_OPENERS:
                start = index + 1
                break
        topics: list[tuple[int, int]] = []
        item_start = start
        for index in range(start, such_as + 1):
            joiner = index < such_as and self.keys[index] in _AND
            # An item ends before "और"/"and", before "जैसे", and after a comma.
            if index == such_as or joiner or index - 1 in self.commas_after:
                if index > item_start:
                    topics.append((item_start, index))
                item_start = index + 1 if joiner else index
        return topics if len(topics) > 1 else []

    def topic_outcome(
        self, kind: str, topic: tuple[int, int], clause: tuple[int, int], item: int | None
    ) -> OutcomeFound:
        """An outcome about one topic of a list: its evidence runs from the topic to the clause's end."""
        first, stop = topic
        return OutcomeFound(
            kind=kind,
            topic=(self.tokens[first].start, self.tokens[stop - 1].end),
            start=self.tokens[first].start,
            end=self.tokens[clause[1] - 1].end,
            parties=self.participants,
            topic_keys=frozenset(self.keys[first:stop]) - _STOP,
            clause_keys=frozenset(self.keys[first:stop]) - _STOP,
            item=item,
        )

    def pledges(self, first: int, stop: int, claimed: set[tuple[int, int]], item: int | None) -> list[OutcomeFound]:
        """Rule 6: a clause in the future tense, unhedged, states what one side (or both) will do.

        The subject is read after "that"/"कि" when the clause reports words
        ("शी ने कहा कि चीन और रूस … गहरा करेंगे": China and Russia, jointly).
        Outside key-point lists a future of "to be" (होगा, रहेगा, will be) is
        a prediction, not a pledge; so is a negated or wished-for one
        ("Nobody will…", "…देखना चाहेंगे").
        """
        found = []
        keys, futures = self.keys, self.futures
        index = first
        for verb in futures[bisect_left(futures, first) : bisect_left(futures, stop)]:
            if verb < index:
                continue  # in the clause of the verb before
            clause = self.clause(first, stop, verb, verb)
            index = clause[1]
            if clause in claimed or any_between(self.hedges, first, clause[1]):
                continue  # a hedge anywhere before the verb weakens it: "हमें उम्मीद है कि …, वह … करेगी"
            if item is None and keys[verb] in _COPULAR_FUTURES:
                continue
            near = keys[max(clause[0], verb - 3) : min(clause[1], verb + 3)]
            if not _NEGATION_BEFORE.isdisjoint(near) or not _NEGATION_AFTER.isdisjoint(near):
                continue
            subject_first = clause[0]
            for i in range(clause[0], verb):
                if keys[i] in _COMPLEMENTISER_KEYS:
                    subject_first = i + 1
            claimed.add(clause)
            subject = self.subjects(subject_first, clause[1])
            # One side → its commitment; both → an agreement. A passive names no side: in a
            # list of key points that is what was settled, in a speaker's words what he pledges.
            kind = "commitment" if len(subject) == 1 or (not subject and item is None) else "agreement"
            found.append(self.outcome(kind, clause, clause[0], clause[0], item))
        return found

    def single_pledge(self, clause: tuple[int, int]) -> bool:
        """Whether one side is the subject of a future verb in the clause."""
        return any_between(self.futures, *clause) and len(self.subjects(*clause)) == 1

    def subjects(self, first: int, stop: int) -> set[str]:
        """The subject of a clause: its first named person or country, with any joined to it by "and".

        A joint phrase (``both sides``, ``दोनों देश``) counts as two; a clause
        that names no one (a passive) gives an empty set.
        """
        if _JOINT_SUBJECT.any_within(self.tokens, first, stop):
            return {"", " "}
        entity_at: dict[int, str] = {}
        for mention in self.people.between(self.tokens[first].start, self.tokens[stop - 1].end):
            entity_at.setdefault(bisect_left(self.starts, mention.start), mention.person)
        for index in range(first, stop):
            if index in self.country_at:
                entity_at.setdefault(index, self.country_at[index])
        if not entity_at:
            return set()
        positions = sorted(entity_at)
        subject = {entity_at[positions[0]]}
        for previous, following in pairwise(positions):
            between = {self.keys[i] for i in range(previous + 1, following)}
            if not between or not between <= _AND:
                break  # only "X और Y", "X and Y" join two subjects; "भारत बांग्लादेश के …" does not
            subject.add(entity_at[following])
        return subject

    def outcome(
        self, kind: str, clause: tuple[int, int], hit_first: int, hit_last: int, item: int | None
    ) -> OutcomeFound:
        clause_first, clause_stop = clause
        topic = self.topic(clause_first, clause_stop, hit_first, hit_last)
        keys = frozenset(self.keys[topic[0] : topic[1]]) - _STOP if topic else frozenset()
        return OutcomeFound(
            kind=kind,
            topic=(self.tokens[topic[0]].start, self.tokens[topic[1] - 1].end) if topic else None,
            start=self.tokens[clause_first].start,
            end=self.tokens[clause_stop - 1].end,
            parties=self.parties(kind, clause_first, hit_first),
            topic_keys=keys,
            clause_keys=frozenset(self.keys[clause_first:clause_stop]) - _STOP,
            item=item,
            vague=not topic and self.names_nothing(clause_first, clause_stop),
        )

    def names_a_topic(self, clause: tuple[int, int], hit_first: int, hit_last: int) -> bool:
        """Whether a discussion's topic names something talked about ("दोनों राष्ट्रपतियों की बात हुई" does not)."""
        topic = self.topic(clause[0], clause[1], hit_first, hit_last)
        return topic is not None and not self.names_nothing(*topic, places_name_things=True)

    def names_nothing(self, first: int, stop: int, *, places_name_things: bool = False) -> bool:
        """Whether the clause holds no word that names what the result is about.

        People, places, countries, titles and reporting verbs say who and
        where, not what: "US President Donald Trump says, we agreed on…"
        names nothing agreed.
        """
        keys = self.keys
        naming = set(keys[first:stop])  # the clause's words that may name something (set operations in C)
        naming -= _UNNAMING
        naming -= _STOP
        if not naming:
            return True
        named = self.people.covered
        places = frozenset() if places_name_things else self.in_place_name  # a topic may be a country
        return not any(keys[i] in naming and i not in named and i not in places for i in range(first, stop))


def _is_future_form(key: str) -> bool:
    """Whether a word is a Hindi future form (करेगा, खोलेगी, होंगे)."""
    return _FUTURE_FORMS[key]


class _FutureForms(dict[str, bool]):
    """Token key -> whether it is a Hindi future form: a cache read from C, word by word."""

    def __missing__(self, key: str) -> bool:
        future = key.endswith(FUTURE_ENDINGS)
        if len(self) < 1 << 16:  # bounded, whatever a hostile text holds
            self[key] = future
        return future


_FUTURE_FORMS: Final = _FutureForms()


def names_something(text: str) -> bool:
    """Whether ``text`` holds a word that names a topic (not a generic, time, title or outcome word)."""
    return any(key not in _UNNAMING and key not in _STOP for key in name_key(text))


def _sentences_touching(doc: Document, spans: Sequence[tuple[int, int]]) -> set[int]:
    """The numbers of the sentences that overlap any of ``spans`` (by bisection: linear overall)."""
    starts = [sentence.start for sentence in doc.sentences]
    numbers: set[int] = set()
    for start, end in spans:
        index = max(0, bisect_left(starts, start) - 1)
        while index < len(starts) and starts[index] < end:
            if doc.sentences[index].end > start:
                numbers.add(index)
            index += 1
    return numbers


class _Kept:
    """The outcomes kept so far, indexed so that each new one finds its match in constant time."""

    def __init__(self) -> None:
        self.all: list[OutcomeFound] = []
        self.single: dict[str, OutcomeFound] = {}
        self.at: dict[tuple[str, int], OutcomeFound] = {}
        self.by_key: dict[tuple[str, str], _Indexed] = {}
        self.vague: set[tuple[str, int | None]] = set()  # (kind, item) of the vague outcomes kept
        self.first_vague: dict[str, OutcomeFound] = {}  # kind -> the first vague outcome kept
        self.indexed = 0  # how many times an outcome was indexed under a key: the order of ``_Indexed``

    def same_result(self, outcome: OutcomeFound) -> OutcomeFound | None:
        """The kept outcome that ``outcome`` tells again (rule 5), if any."""
        kind = outcome.kind
        if kind in _SINGLE:
            return self.single.get(kind)
        found = self.at.get((kind, outcome.start))
        if found is not None:
            return found
        for key in outcome.topic_keys:
            indexed = self.by_key.get((kind, key))
            if indexed is not None:
                # Two items of one list are two results, whatever words they share.
                other = indexed.first_match(outcome.item)
                if other is not None:
                    return other
        if outcome.vague and outcome.item is None:
            # The body restating that a result exists, naming nothing: the first such result.
            # (Two clauses of one list item are two results.)
            return self.first_vague.get(kind)
        return None

    def keep(self, outcome: OutcomeFound) -> None:
        self.all.append(outcome)
        self.single.setdefault(outcome.kind, outcome)
        self.at.setdefault((outcome.kind, outcome.start), outcome)
        self.index(outcome, outcome.topic_keys)
        vague = outcome.vague or (not outcome.topic_keys and outcome.item is not None)
        if vague and (outcome.kind, outcome.item) not in self.vague:
            self.vague.add((outcome.kind, outcome.item))
            self.first_vague.setdefault(outcome.kind, outcome)

    def index(self, outcome: OutcomeFound, keys: frozenset[str]) -> None:
        for key in keys:
            indexed = self.by_key.get((outcome.kind, key))
            if indexed is None:
                indexed = self.by_key[(outcome.kind, key)] = _Indexed()
            indexed.add(self.indexed, outcome)
            self.indexed += 1


class _Indexed:
    """The outcomes indexed under one (kind, topic word), by what a new outcome may match.

    A body outcome (no list item) matches the first indexed; an item matches
    the first body outcome or the first of its own item, whichever came
    first. Kept as those firsts, so a list of a thousand items that share a
    word does not make each new item read all the others.
    """

    __slots__ = ("first", "first_body", "first_of_item")

    def __init__(self) -> None:
        self.first: OutcomeFound | None = None
        self.first_body: tuple[int, OutcomeFound] | None = None
        self.first_of_item: dict[int, tuple[int, OutcomeFound]] = {}

    def add(self, order: int, outcome: OutcomeFound) -> None:
        if self.first is None:
            self.first = outcome
        if outcome.item is None:
            if self.first_body is None:
                self.first_body = (order, outcome)
        else:
            self.first_of_item.setdefault(outcome.item, (order, outcome))

    def first_match(self, item: int | None) -> OutcomeFound | None:
        """The first indexed outcome that an outcome of list item ``item`` (None: the body) tells again."""
        if item is None:
            return self.first
        body, own = self.first_body, self.first_of_item.get(item)
        if own is None or (body is not None and body[0] < own[0]):
            return body[1] if body is not None else None
        return own[1]


def _merge(found: list[OutcomeFound]) -> list[OutcomeFound]:
    """Rule 5: one outcome per result.

    A list of key points names each result once, so its items are taken
    first, and what the body says is merged into the item it tells again;
    the item's words are kept as the evidence. The rest of the body merges
    among itself, first mention first.
    """
    kept = _Kept()
    items = [outcome for outcome in found if outcome.item is not None]
    body = [outcome for outcome in found if outcome.item is None]
    for outcome in items + body:
        same = kept.same_result(outcome)
        if same is None:
            kept.keep(outcome)
            continue
        if same.topic is None and outcome.topic is not None:
            same.topic = outcome.topic
        kept.index(same, outcome.topic_keys - same.topic_keys)
        same.topic_keys |= outcome.topic_keys
        same.clause_keys |= outcome.clause_keys
    # A topic that has a result is not also a mere discussion or proposal of it.
    settled: set[str] = set()
    for outcome in kept.all:
        if outcome.kind not in ("discussion", "proposal"):
            settled |= outcome.clause_keys
    result = [o for o in kept.all if o.kind not in ("discussion", "proposal") or not (o.topic_keys & settled)]
    result.sort(key=lambda outcome: outcome.start)
    return result


def find_outcomes(  # noqa: PLR0913 - the steps before it, each a keyword
    doc: Document,
    people: People,
    participants: Sequence[str],
    *,
    countries: Sequence[NameHit] = (),
    statements: Sequence[StatementFound] = (),
    skip: Sequence[tuple[int, int]] = (),
) -> list[OutcomeFound]:
    """Every outcome of the event the article reports, first mention first (see the module docstring).

    Sentences that lie in a ``skip`` span (the invitation step's sentences
    and responses: "यह आगे देखा जाएगा" answers an invitation, it leaves no
    issue of the talks open) are not read.
    """
    reader = _Reader(doc, people, participants, countries, statements)
    skipped = _sentences_touching(doc, skip)
    found: list[OutcomeFound] = []
    for sentence in doc.sentences:
        if sentence.number not in skipped:
            found.extend(reader.read(sentence))
    return _merge(found)


def outcome_rank(kind: str) -> int:
    """How decisive an outcome kind is, agreement first and discussion last."""
    return _RANK[kind]
