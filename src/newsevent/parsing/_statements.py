"""Who said what: direct quotations and reported speech, each with its speaker.

The rules:

1. **Direct quotes.** A quotation (any style; see :func:`._text.find_quotes`)
   is a statement when a reporting verb (``lexicon.speech.CUES``) stands in
   its sentence, before or after it: ``X says, "…"``, ``"…," said X``,
   ``"…," he said``, ``X ने कहा, "…"``. Its text is the quoted words without
   the marks or a cutting ellipsis; its span points at exactly those words.
2. **Reported speech.** A reporting verb with a speaker and words after it:
   ``X said (that) …``, ``X told reporters …``, ``X ने कहा कि …``, ``उन्होंने
   बताया …``; the words run to the end of the sentence. A clause that holds a
   quotation is left to rule 1. ``according to X, …`` and ``X के मुताबिक …``
   report the rest of the sentence. A Hindi verb that reports an
   evaluation, ``X ने इसे सकारात्मक बताया``, reports the words between the
   subject and the verb.
3. **Speech acts.** ``X thanks Y for …``: the act itself is the statement.
4. **Speakers.** In Hindi the speaker is the subject marked with ``ने`` (every
   person named in it: ``ट्रंप और पुतिन दोनों नेताओं ने``); otherwise the
   nearest person named before the verb in its sentence, or right after it
   (``says Russian President Vladimir Putin``). A pronoun (``he``,
   ``उन्होंने``) is the person named last before it; a joint subject
   (``दोनों नेताओं``, ``both leaders``) is every participant, one statement each.
   A statement whose speaker cannot be told is dropped: an unattributed
   statement is no fact.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Final, NamedTuple

from ..lexicon.speech import ATTRIBUTIONS, COMPLEMENTISERS, CUES, JOINT_SPEAKERS, MEDIA, OBJECT_CUES, PRONOUNS
from ._phrases import PhraseHit, PhraseTable, any_between, first_between, last_between, word_class
from ._tokens import followed_by, name_key, token_keys, token_starts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._invitations import InvitationFound
    from ._people import People
    from ._text import Document, Quote, Sentence

__all__ = ["StatementFound", "find_statements"]

_CUES: Final[PhraseTable[str]] = PhraseTable([row for rows in CUES.values() for row in rows])
_MEDIA: Final[PhraseTable[str]] = PhraseTable([row for rows in MEDIA.values() for row in rows])
_JOINT: Final[PhraseTable[bool]] = PhraseTable([(phrase, True) for rows in JOINT_SPEAKERS.values() for phrase in rows])
_ACCORDING_TO: Final[PhraseTable[str]] = PhraseTable([(phrase, "en") for phrase in ATTRIBUTIONS["en"]])
_HINDI_ACCORDING: Final[PhraseTable[str]] = PhraseTable([(phrase, "hi") for phrase in ATTRIBUTIONS["hi"]])
_PRONOUNS: Final = frozenset(key for rows in PRONOUNS.values() for phrase in rows for key in name_key(phrase))
_COMPLEMENTISERS: Final = frozenset(
    key for rows in COMPLEMENTISERS.values() for phrase in rows for key in name_key(phrase)
)
_OBJECT_CUES: Final = frozenset(key for phrase in OBJECT_CUES["hi"] for key in name_key(phrase)[-1:])
_PRONOUN_WORDS: Final = word_class(_PRONOUNS)
_AGENTIVE_WORDS: Final = word_class(name_key("ने"))
# Words that end the subject clause of a Hindi evaluation: "… बातचीत की और इसे सकारात्मक बताया".
_CLAUSE_JOIN_WORDS: Final = word_class(name_key("और तथा एवं लेकिन मगर पर"))
# Speech acts whose verb belongs to what is reported ("thanks his counterpart for…").
_SPEECH_ACTS: Final[PhraseTable[str]] = PhraseTable(
    [(verb, verb) for verb in ("thanks", "thanked", "congratulates", "congratulated")]
)
# Hindi speech acts close the clause: "मेलोनी ने मोदी को … बधाई दी" reports all from the subject on.
_HINDI_SPEECH_ACTS: Final[PhraseTable[str]] = PhraseTable(
    [(verb, verb) for verb in ("बधाई दी", "आभार जताया", "आभार व्यक्त किया", "धन्यवाद दिया", "शुक्रिया अदा किया")]
)
# English verbs whose object (the listener) stands between them and the reported words.
_TOLD: Final = frozenset(name_key("told tells"))
# Single quotation marks around a few words mark a term or a slogan in Hindi
# and English typography (‘टू प्लस टू’, ‘एक चीन’), not somebody's words.
_SINGLE_STYLES: Final = frozenset({"straight_single", "curly_single"})
_TERM_WORDS: Final = 4
# How far (in tokens) a speaker may stand from the verb in English word order.
_REACH: Final = 8
# How far (in tokens) before ने its subject may begin: a subject is a few names and
# titles ("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप और रूसी राष्ट्रपति व्लादिमीर पुतिन ने"), and
# a bound keeps a sentence of a hundred verbs and names from being read a hundred times.
_SUBJECT_REACH: Final = 40
_TRIM: Final = " \t\n,;:-–—.…'\"“”‘’"


class _Sentence(NamedTuple):
    """A sentence being read: its tokens ``[first, stop)``, quotations, reporting verbs and medium.

    The quotations (outermost ones, which do not overlap) come with their
    starts and ends as sorted lists, so that a rule asks about the quotation
    nearest a verb by bisection, however many the sentence holds.
    """

    sentence: Sentence
    first: int
    stop: int
    quotes: list[Quote]
    cues: list[PhraseHit[str]]
    medium: str | None
    quote_starts: list[int]
    quote_ends: list[int]

    def quote_at(self, offset: int) -> bool:
        """Whether ``offset`` lies inside one of the sentence's quotations."""
        at = bisect_right(self.quote_starts, offset) - 1
        return at >= 0 and offset < self.quote_ends[at]

    def first_quote_from(self, offset: int) -> int | None:
        """The start of the first quotation that starts at or after ``offset``."""
        at = bisect_left(self.quote_starts, offset)
        return self.quote_starts[at] if at < len(self.quote_starts) else None


class StatementFound(NamedTuple):
    """A statement as found: offsets into ``doc.text``, speaker ids, and how it was said.

    (Named tuples here and for ``_Sentence``: made per sentence and statement, and cheap to make.)
    """

    start: int
    end: int
    speakers: tuple[str, ...]
    direct: bool
    cue: str | None
    medium: str | None


_new_statement = tuple.__new__  # StatementFound(...) through NamedTuple's __new__ costs twice as much


def _is_devanagari(char: str) -> bool:
    return "\u0900" <= char <= "\u097f"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` past spaces, cutting ellipses and closing punctuation at either end."""
    while start < end and (text[start] in _TRIM):
        start += 1
    while end > start and (text[end - 1] in _TRIM):
        end -= 1
    return start, end


class _Reader:
    """One article's statements: the state the rules share."""

    def __init__(self, doc: Document, people: People, participants: Sequence[str], invitees: dict[int, str]) -> None:
        self.doc = doc
        self.invitees = invitees  # sentence number -> the invitee of an invitation made in it
        self.text = doc.text
        self.tokens = doc.tokens
        self.starts = token_starts(self.tokens)
        self.keys = token_keys(self.tokens)
        self.people = people
        self.participants = tuple(participants)
        self.mention_at: dict[int, list[str]] = {}
        for mention in people.mentions:
            index = bisect_left(self.starts, mention.start)
            self.mention_at.setdefault(index, []).append(mention.person)
        self.mention_indexes = sorted(self.mention_at)
        self.found: list[StatementFound] = []
        self.clause_ends = sorted(followed_by(self.tokens, self.text, ',;:।.!?"“”'))
        self.agentives = _AGENTIVE_WORDS.firsts(self.tokens)
        self.pronouns = _PRONOUN_WORDS.firsts(self.tokens)
        self.clause_joins = _CLAUSE_JOIN_WORDS.firsts(self.tokens)
        # The outermost quotations that hold somebody's words, which do not overlap one
        # another: in order of start and of end.
        self.outer_quotes = [quote for quote in doc.quotes if quote.depth == 0 and not self.term(quote)]
        self.outer_starts = [quote.start for quote in self.outer_quotes]
        self.outer_ends = [quote.end for quote in self.outer_quotes]
        self.antecedents: dict[int, str | None] = {}  # sentence number -> who a pronoun in it stands for
        # Where a rule could start: a reporting verb, an attribution or a speech act. A
        # sentence with none of them holds no statement, whatever quotations it has.
        self.triggers = sorted(
            hit.first
            for table in (_CUES, _ACCORDING_TO, _HINDI_ACCORDING, _SPEECH_ACTS, _HINDI_SPEECH_ACTS)
            for hit in table.find_all(self.tokens)
        )

    # --- tokens and sentences ---------------------------------------------

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indexes of the first token at or after ``start`` and the first at or after ``end``."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)

    def term(self, quote: Quote) -> bool:
        """Whether a quotation marks a term, not words said: a few words in single quotes."""
        if quote.style not in _SINGLE_STYLES:
            return False
        first, stop = self.token_range(quote.inner_start, quote.inner_end)
        return stop - first <= _TERM_WORDS

    def medium(self, sentence: Sentence, first: int, stop: int) -> str | None:
        """The medium a sentence (its tokens ``[first, stop)``) names or its line is: a post, a video."""
        segment = self.doc.segments[sentence.segment]
        hits = _MEDIA.find_all(self.tokens, first, stop)
        if hits:
            return hits[0].values[0]
        if segment.kind == "embed":
            return (
                "video post"
                if segment.embed is not None and segment.embed.form in ("watch", "continuation")
                else "social post"
            )
        return None

    # --- speakers ---------------------------------------------------------

    def speakers_in(self, first: int, stop: int, *, resolve: bool = True) -> tuple[str, ...]:
        """The people a subject ``tokens[first:stop]`` names: persons, a pronoun, or a joint phrase."""
        if _JOINT.any_within(self.tokens, first, stop):
            return self.participants
        ids: dict[str, None] = {}  # an ordered set
        indexes = self.mention_indexes
        for index in indexes[bisect_left(indexes, first) : bisect_left(indexes, stop)]:
            ids.update(dict.fromkeys(self.mention_at[index]))
        if ids or not resolve:
            return tuple(ids)
        pronoun = first_between(self.pronouns, first, stop)
        if pronoun is not None:
            antecedent = self.antecedent(pronoun)
            return (antecedent,) if antecedent else ()
        return ()

    def antecedent(self, index: int) -> str | None:
        """Who a pronoun at ``tokens[index]`` stands for.

        Right after an invitation, its invitee (who answers it); else the
        subject of the last sentence before it that names someone: its ``ने``
        subject in Hindi, its first person named otherwise.
        """
        position = self.tokens[index].start
        sentence = self.doc.sentence_at(position)
        number = sentence.number if sentence is not None else 0
        if number - 1 in self.invitees:
            return self.invitees[number - 1]
        if number not in self.antecedents:  # the same for every pronoun of the sentence
            self.antecedents[number] = self.subject_of_earlier(number)
        return self.antecedents[number] or self.people.subject_before(position)

    def subject_of_earlier(self, number: int) -> str | None:
        """The subject of the last of the three sentences before sentence ``number`` that names someone."""
        for earlier in range(number - 1, max(-1, number - 4), -1):
            previous = self.doc.sentences[earlier]
            first, stop = self.token_range(previous.start, previous.end)
            agentive = first_between(self.agentives, first, stop)
            if agentive is not None:
                speakers = self.speakers_in(first, agentive, resolve=False)
                if speakers:
                    return speakers[0]
            mentioned = first_between(self.mention_indexes, first, stop)
            if mentioned is not None:
                return self.mention_at[mentioned][0]
        return None

    def hindi_subject(self, cue_first: int, floor: int) -> tuple[tuple[str, ...], int] | None:
        """The speakers of a Hindi verb: the ``ने`` subject before it, and the index of ``ने``."""
        index = last_between(self.agentives, floor, cue_first)
        if index is None:
            return None
        # The subject runs back to the start of its clause: past the last punctuation before it.
        clause_end = last_between(self.clause_ends, floor, index)
        subject_first = max(floor if clause_end is None else clause_end + 1, index - _SUBJECT_REACH)
        speakers = self.speakers_in(subject_first, index)
        return (speakers, index) if speakers else None

    def nearest_speaker(self, cue_first: int, cue_last: int, floor: int, stop: int) -> tuple[str, ...]:
        """English order: the person named nearest before the verb, else right after it."""
        for index in range(cue_first - 1, max(floor, cue_first - _REACH) - 1, -1):
            if _JOINT.match(self.tokens, index) is not None:
                return self.participants
            if index in self.mention_at:
                return tuple(dict.fromkeys(self.mention_at[index]))
            if self.tokens[index].key in _PRONOUNS:
                person = self.antecedent(index)
                return (person,) if person else ()
        for index in range(cue_last + 1, min(stop, cue_last + 1 + _REACH)):
            if index in self.mention_at:
                return tuple(dict.fromkeys(self.mention_at[index]))
            if self.tokens[index].key in _PRONOUNS:
                person = self.antecedent(index)
                return (person,) if person else ()
        return ()

    def speakers_of(self, cue_first: int, cue_last: int, floor: int, stop: int) -> tuple[str, ...]:
        """The speakers of a reporting verb: its ``ने`` subject in Hindi, else the nearest person.

        A ``ने`` subject that names nobody known ("विटकॉफ ने कहा" with Witkoff
        unknown) is a speaker we cannot name: no one, rather than the last
        person mentioned before.
        """
        subject = self.hindi_subject(cue_first, floor)
        if subject is not None:
            return subject[0]
        if self.has_agentive(cue_first, floor):
            return ()
        return self.nearest_speaker(cue_first, cue_last, floor, stop)

    def has_agentive(self, cue_first: int, floor: int) -> bool:
        """Whether a ``ने`` stands in the verb's clause, before it."""
        index = last_between(self.agentives, floor, cue_first)
        return index is not None and not any_between(self.clause_ends, index + 1, cue_first)

    # --- rules ------------------------------------------------------------

    def add(  # noqa: PLR0913 - a statement's parts, named at every call
        self, start: int, end: int, speakers: tuple[str, ...], *, direct: bool, cue: str | None, medium: str | None
    ) -> None:
        start, end = _trim(self.text, start, end)
        if end - start < 2 or not speakers:
            return
        self.found.append(_new_statement(StatementFound, (start, end, speakers, direct, cue, medium)))

    def triggered_sentences(self) -> list[Sentence]:
        """The sentences a trigger stands in, in order: the only ones that can hold a statement."""
        found: dict[int, Sentence] = {}
        for trigger in self.triggers:
            sentence = self.doc.sentence_at(self.starts[trigger])
            if sentence is not None:
                found[sentence.number] = sentence
        return list(found.values())

    def sentence(self, sentence: Sentence) -> None:
        """Read one sentence that holds a trigger (see :meth:`triggered_sentences`) by every rule."""
        first, stop = self.token_range(sentence.start, sentence.end)
        # Quotations that overlap the sentence: one cut with an ellipsis may end past it.
        # (Quotations lie within their segment, so these are of the sentence's segment.)
        quotes = self.outer_quotes[
            bisect_right(self.outer_ends, sentence.start) : bisect_left(self.outer_starts, sentence.end)
        ]
        cues = _CUES.find_all(self.tokens, first, stop)
        medium = self.medium(sentence, first, stop) if cues or quotes else None
        context = _Sentence(
            sentence, first, stop, quotes, cues, medium, [q.start for q in quotes], [q.end for q in quotes]
        )
        self.direct(context)
        self.reported(context)
        self.according_to(context)
        self.speech_acts(context)

    def direct(self, context: _Sentence) -> None:
        """Rule 1: a quotation with a reporting verb in its sentence."""
        _, first, stop, quotes, cues, medium, _, _ = context
        if not cues:
            return
        # Verbs do not overlap: their first and last tokens are both in order.
        cue_firsts = [hit.first for hit in cues]
        cue_lasts = [hit.last for hit in cues]
        for quote in quotes:
            quote_first, quote_stop = self.token_range(quote.start, quote.end)
            # The verb nearest the quotation, outside it; one after it first ("…," said X).
            after = bisect_left(cue_firsts, quote_stop)
            before = bisect_left(cue_lasts, quote_first) - 1
            nearest = ([cues[after]] if after < len(cues) else []) + ([cues[before]] if before >= 0 else [])
            speakers: tuple[str, ...] = ()
            cue: str | None = None
            for hit in nearest:
                floor = quote_stop if hit.first >= quote_stop else first
                speakers = self.speakers_of(hit.first, hit.last, floor, stop)
                if not speakers and hit.first >= quote_stop:
                    speakers = self.speakers_of(hit.first, hit.last, first, stop)
                if speakers:
                    cue = hit.values[0]
                    break
            self.add(quote.inner_start, quote.inner_end, speakers, direct=True, cue=cue, medium=medium)

    def reported(self, context: _Sentence) -> None:
        """Rule 2: a reporting verb followed by the reported words (or preceded, for an evaluation)."""
        sentence, first, stop, quotes, cues, medium, quote_starts, quote_ends = context
        for hit in cues:
            cue_start, cue_end = self.tokens[hit.first].start, self.tokens[hit.last].end
            if context.quote_at(cue_start):
                continue
            # The quotations nearest the verb, before and after it: a farther one has all the
            # words of the nearer one between it and the verb.
            before = bisect_right(quote_ends, cue_start) - 1
            after = bisect_left(quote_starts, cue_end)
            if (before >= 0 and self._adjacent(quotes[before], cue_start, cue_end)) or (
                after < len(quotes) and self._adjacent(quotes[after], cue_start, cue_end)
            ):
                continue  # the verb of a quotation ("…," says X / X says, "…"): rule 1
            body = hit.last + 1
            if self.tokens[hit.first].key in _TOLD:
                # "told reporters (that) …", "told the crowd in Hindi": the listener is no words.
                body = self.after_listener(body, stop)
            complementiser = body < stop and self.tokens[body].key in _COMPLEMENTISERS
            while body < stop and self.tokens[body].key in _COMPLEMENTISERS:
                body += 1
            words_start = self.tokens[body].start if body < stop else sentence.end
            gap = self.text[cue_end:words_start].strip(" ")
            # A Hindi verb ends its clause: reported words follow it only after "कि" or ":"/",".
            hindi_verb_final = _is_devanagari(self.text[cue_start]) and not complementiser and gap[:1] not in (":", ",")
            # Hindi evaluation: "X ने इसे सकारात्मक बताया" — the words stand before the verb.
            if body >= stop or gap in (".", "।") or hindi_verb_final:
                subject = self.hindi_subject(hit.first, first)
                if subject is None or self.tokens[hit.last].key not in _OBJECT_CUES:
                    continue
                speakers, agentive = subject
                join = last_between(self.clause_joins, agentive + 1, hit.first)
                words_first = agentive + 1 if join is None else join + 1
                if words_first >= hit.first:
                    continue
                self.add(
                    self.tokens[words_first].start, cue_start, speakers, direct=False, cue=hit.values[0], medium=medium
                )
                continue
            following = context.first_quote_from(words_start)
            if following is not None and following < sentence.end:
                continue  # the quotation carries these words: rule 1
            speakers = self.speakers_of(hit.first, hit.last, first, stop)
            self.add(words_start, sentence.end, speakers, direct=False, cue=hit.values[0], medium=medium)

    def after_listener(self, index: int, stop: int) -> int:
        """The first token after the listener of "told": past a "that", a colon or a comma, else ``stop``."""
        for position in range(index, min(stop, index + _REACH)):
            if self.tokens[position].key in _COMPLEMENTISERS:
                return position
            gap = self.text[self.tokens[position].end : self.starts[position + 1] if position + 1 < stop else 0]
            if ":" in gap or "," in gap:
                return position + 1
        return stop

    def _adjacent(self, quote: Quote, start: int, end: int) -> bool:
        """Whether only punctuation, and at most the speaker, stand between a quotation and ``text[start:end]``.

        ``"…," Biden said`` and ``"…," he said`` are the verb of the quotation,
        so the verb reports no other words. The words between are read from
        the verb's side, where a word that is neither usually stands at once.
        """
        if quote.end <= start:
            first, stop = self.token_range(quote.end, start)
            between = range(stop - 1, first - 1, -1)
        elif quote.start >= end:
            first, stop = self.token_range(end, quote.start)
            between = range(first, stop)
        else:
            return False
        return all(index in self.people.covered or self.keys[index] in _PRONOUNS for index in between)

    def according_to(self, context: _Sentence) -> None:
        """``according to X, …`` and ``X के मुताबिक …``: the rest of the sentence is X's."""
        sentence, first, stop, quotes, cues, medium, _, _ = context
        if quotes:
            return
        for hit in _ACCORDING_TO.find_all(self.tokens, first, stop):
            speakers = self.speakers_in(hit.last + 1, min(stop, hit.last + 1 + _REACH))
            comma = self.doc.find_comma(self.tokens[hit.last].end, sentence.end)
            if cues and self.tokens[cues[-1].first].start > comma:
                continue  # "according to X, Y said …": Y's words, X only the source (rule 2)
            if speakers and comma >= 0:
                self.add(comma + 1, sentence.end, speakers[:1], direct=False, cue="according to", medium=medium)
        for hit in _HINDI_ACCORDING.find_all(self.tokens, first, stop):
            speakers = self.speakers_in(max(first, hit.first - _REACH), hit.first)
            if speakers and hit.last + 1 < stop:
                self.add(
                    self.tokens[hit.last + 1].start,
                    sentence.end,
                    speakers[-1:],
                    direct=False,
                    cue=" ".join(
                        self.text[self.tokens[i].start : self.tokens[i].end] for i in range(hit.first, hit.last + 1)
                    ),
                    medium=medium,
                )

    def speech_acts(self, context: _Sentence) -> None:
        """Rule 3: "X thanks his counterpart for …" reports the act with its verb."""
        sentence, first, stop, _, _, medium, _, _ = context
        for hit in _HINDI_SPEECH_ACTS.find_all(self.tokens, first, stop):
            subject = self.hindi_subject(hit.first, first)
            if subject is not None and subject[1] + 1 < hit.first:
                speakers, agentive = subject
                self.add(
                    self.tokens[agentive + 1].start,
                    self.tokens[hit.last].end,
                    speakers[:1],
                    direct=False,
                    cue=hit.values[0],
                    medium=medium,
                )
        for hit in _SPEECH_ACTS.find_all(self.tokens, first, stop):
            start = self.tokens[hit.first].start
            if context.quote_at(start):
                continue
            speakers = self.nearest_speaker(hit.first, hit.last, first, hit.first)
            following = context.first_quote_from(start + 1)  # the act's words stop at a quotation after it
            end = sentence.end if following is None else min(sentence.end, following)
            self.add(start, end, speakers[:1], direct=False, cue=hit.values[0], medium=medium)


def find_statements(
    doc: Document, people: People, participants: Sequence[str], *, invitations: Sequence[InvitationFound] = ()
) -> list[StatementFound]:
    """Every attributable statement of the article, in text order (see the module docstring).

    ``invitations`` tell who answers: a pronoun right after an invitation is its invitee.
    """
    invitees: dict[int, str] = {}
    for invitation in invitations:
        sentence = doc.sentence_at(invitation.start)
        if sentence is not None:
            invitees[sentence.number] = invitation.invitee
    reader = _Reader(doc, people, participants, invitees)
    for sentence in reader.triggered_sentences():
        reader.sentence(sentence)
    found = sorted(reader.found, key=lambda item: (item.start, -item.end))
    # "Biden said he had told Xi that …": the words told are inside the words said, by the
    # same speaker; keep the outer statement only.
    kept: list[StatementFound] = []
    for item in found:
        for outer in kept[-3:]:
            if outer.start <= item.start and item.end <= outer.end and outer.speakers == item.speakers:
                break
        else:
            kept.append(item)
    kept.sort(key=lambda item: (item.start, item.end))
    return kept
