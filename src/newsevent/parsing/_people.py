"""Find the people an article names, in both scripts, and every place it names them.

The rules, in the order they run:

1. **Known names.** Every name of the gazetteer found in the tokens (longest
   first) is a mention of that person. A form several people share is given
   to the one in office on the article's date, else the first listed.
2. **Titles.** A title of office (``राष्ट्रपति``, ``Foreign Minister``) with the
   country before it (``रूसी``, ``Russian``, ``India's``, ``चीन के``) and a
   name after it gives the person their role and country. A title followed
   by a name the gazetteer does not know (``Foreign Minister Wang Yi`` where
   Wang Yi is missing, ``विदेश सचिव विजय गोखले``) makes a new person of that
   name. A title with a country and no name (``रूसी राष्ट्रपति ने``, ``the
   Russian leader``) is a mention of the person of the article who holds it,
   or else of whoever the gazetteer says held it on the article's date. A
   bare title (``प्रधानमंत्री ने``) is the one person named so far who holds
   that office, if there is exactly one.
3. **Short forms.** Once a person is named, any single word of their names
   that no other person of the article shares (``किम`` after ``किम जोंग उन``)
   is a mention of them too.

Pronouns and "both leaders" are resolved later, by the statement step,
with :meth:`People.subject_before`.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from ..gazetteer import Country
from ..gazetteer import Person as KnownPerson
from ..lexicon.titles import HONORIFICS, LEADER_WORDS, TITLES
from ._phrases import PhraseTable
from ._tokens import name_key, token_key, token_keys
from ._translit import romanise, slug

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from ..gazetteer import Gazetteer, NameHit
    from ._tokens import Token

__all__ = ["Found", "Mention", "People", "find_people"]

_FIRST: Final = attrgetter("first")
_LAST: Final = attrgetter("last")
_START: Final = attrgetter("start")
_START_END: Final = attrgetter("start", "end")
_LEADER: Final = "leader"  # the office value of a leader word: head of state or government


@attrs.frozen
class _Title:
    office: str
    role: str


_TITLE_TABLE: Final[PhraseTable[_Title]] = PhraseTable(
    [(phrase, _Title(office, role)) for rows in TITLES.values() for phrase, office, role in rows]
    + [(phrase, _Title(_LEADER, "")) for rows in LEADER_WORDS.values() for phrase in rows]
)
_HONORIFIC_KEYS: Final = frozenset(key for rows in HONORIFICS.values() for phrase in rows for key in name_key(phrase))
# Words that join two country adjectives before one title: "अमेरिकी और रूसी राष्ट्रपति".
_AND: Final = frozenset({"और", "व", "तथा", "एवं", "and"})
# Words between a country and a title that make the country its owner:
# "चीन के राष्ट्रपति", "India's Prime Minister" (the tokenizer splits "India's").
_GENITIVE: Final = frozenset({"के", "की", "का", "s"})
_ARTICLES: Final = frozenset({"the", "a", "an", "his", "her", "their", "its"})
# Words that end a Hindi name written after a title, or show that what follows
# a title is a clause and no name: postpositions, conjunctions, pronouns,
# auxiliaries and the commonest verbs and adverbs of reports.
_HINDI_STOP: Final = frozenset(
    name_key(
        "ने को से के की का में पर और तथा एवं व भी ही तो है हैं था थे थी थीं हुए हुई हुआ कहा बताया साथ बीच लिए "
        "द्वारा यह वह इस उस जो कि आज कल एक दो तीन जब तब साहब जी बन बने बनी बना गए गई गया हो होगा होंगे होगी "
        "रहे रहा रही रहीं जल्द सकते सकता सकती चुके चुका चुकी कर करते करने करेंगे किया दिया दी दिए लिया ली "
        "लेकर देकर आए आई आया पहुंचे मिले मिला मिली बोले मुस्कुराए मुस्कुराते सहित समेत पद रूप तौर पहले बाद "
        "अब फिर वहीं यहां ओर तरफ भवन कार्यालय आवास"
    )
)
# What may follow a Hindi name: the name ends where a postposition, a
# conjunction or punctuation begins.
_HINDI_NAME_END: Final = frozenset(name_key("ने को से के की का में पर और तथा एवं व भी ही इसकी इसके इसका उनकी उनके उनका ने भी"))
# Endings of Hindi verb forms that follow a title as often as names do: the
# oblique infinitive (बनने, होने) and the participle (करते).
_VERB_ENDINGS: Final = ("ने", "ते")
_ENGLISH_STOP: Final = frozenset(
    name_key(
        "The A An And Of On In At To For With By From As But Or Said Says Told Met Meets And Is Was Were Has Had "
        "He She They It This That These Those Who Which When While After Before During Monday Tuesday Wednesday "
        "Thursday Friday Saturday Sunday January February March April May June July August September October "
        "November December"
    )
)


_new_mention = tuple.__new__  # Mention(...) through NamedTuple's __new__ costs twice as much


class Mention(NamedTuple):
    """``text[start:end]`` names person ``person`` (an id); ``how`` it was found.

    A named tuple: the steps make and read mentions by the score per article.
    """

    start: int
    end: int
    person: str
    how: str  # "name", "title", "short"


@attrs.define
class Found:
    """A person of the article, as found so far (the assembler turns it into a ``Participant``)."""

    id: str
    name: str
    country: str | None
    role: str | None
    known: bool
    offices: set[str] = attrs.field(factory=set)
    surfaces: list[str] = attrs.field(factory=list)
    mentions: list[Mention] = attrs.field(factory=list)

    def add(self, mention: Mention, surface: str | None) -> None:
        """Record a mention; ``surface`` is the name written there (``None`` for a title)."""
        self.mentions.append(mention)
        if surface is not None and surface not in self.surfaces:
            self.surfaces.append(surface)


@attrs.define
class People:
    """Everyone found, in order of first mention, with every mention in text order.

    Lookups by position bisect the sorted mention starts, so the later steps
    that ask once per sentence stay linear in the article's length.
    """

    found: dict[str, Found]
    mentions: list[Mention]
    covered: set[int]  # token indexes inside any mention, so later steps skip them
    _starts: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self._starts = [mention.start for mention in self.mentions]

    def subject_before(self, position: int, *, floor: int = 0) -> str | None:
        """The id of the last person mentioned before ``position`` (and at or after ``floor``)."""
        index = bisect_left(self._starts, position) - 1
        if index >= 0 and self._starts[index] >= floor:
            return self.mentions[index].person
        return None

    def other_before(self, position: int, exclude: str, *, reach: int = 50) -> str | None:
        """The last person other than ``exclude`` mentioned before ``position`` (within ``reach`` mentions)."""
        index = bisect_left(self._starts, position) - 1
        stop = max(-1, index - reach)
        while index > stop:
            if self.mentions[index].person != exclude:
                return self.mentions[index].person
            index -= 1
        return None

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions inside ``[start, end)``, in text order."""
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return [mention for mention in self.mentions[first:last] if mention.end <= end]


@functools.lru_cache(maxsize=1 << 12)
def _short_keys(form: str) -> frozenset[str]:
    """The words of a name that could stand for it alone (cached: people's names recur across articles).

    Two Devanagari code points make a syllable (री, शी): long enough for a
    Korean or Chinese surname; Latin needs three letters. Stop words never
    stand for a name.
    """
    return frozenset(
        key
        for key in name_key(form)
        if len(key) >= (2 if "\u0900" <= key[0] <= "\u097f" else 3)
        and key not in _HINDI_STOP
        and key not in _ENGLISH_STOP
    )


def _pick(people: tuple[KnownPerson, ...], gazetteer: Gazetteer, on: dt.date | None) -> KnownPerson:
    """The person a name (of these ``people``) means: the one in office that day if the form is shared."""
    if len(people) > 1 and on is not None:
        for person in people:
            if gazetteer.offices_of(person.id, on):
                return person
    return people[0]


class _Finder:
    """One article's search: the state the rules share while they run."""

    def __init__(
        self, text: str, tokens: Sequence[Token], hits: Sequence[NameHit], gazetteer: Gazetteer, on: dt.date | None
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.gazetteer = gazetteer
        self.on = on
        self.found: dict[str, Found] = {}
        self.mentions: list[Mention] = []
        self.covered: set[int] = set()
        self.hits = hits
        # Where each known name starts and ends, and which tokens it spans (built in C).
        self.hit_starts: set[int] = set(map(_FIRST, hits))
        self.first_of_hit_ending_at: dict[int, int] = dict(zip(map(_LAST, hits), map(_FIRST, hits), strict=True))
        self.in_name: set[int] = set(self.hit_starts)
        # The people each name means, and the country that a name or demonym ending at a token names.
        self.country_ending_at: dict[int, str] = {}
        self.people_at: dict[int, tuple[NameHit, tuple[KnownPerson, ...]]] = {}  # by first token, in text order
        for hit in hits:
            first, last, _, _, candidates = hit
            if last != first:
                self.in_name.update(range(first + 1, last + 1))
            if len(candidates) == 1:  # nearly every hit: what hit.people and hit.countries say, without a call
                entry = candidates[0].entry
                if isinstance(entry, KnownPerson):
                    self.people_at[first] = (hit, (entry,))
                elif isinstance(entry, Country):
                    self.country_ending_at[last] = entry.code
                continue
            people = hit.people
            if people:
                self.people_at[first] = (hit, people)
            else:
                countries = hit.countries
                if countries:
                    self.country_ending_at[last] = countries[0].code

    # --- building ---------------------------------------------------------

    def known(self, person: KnownPerson) -> Found:
        found = self.found.get(person.id)
        if found is None:
            found = Found(
                id=person.id,
                name=person.name,
                country=person.country,
                role=self.gazetteer.title_of(person.id, self.on) if self.on is not None else None,
                known=True,
            )
            found.offices.update(str(term.office) for term in self.gazetteer.offices_of(person.id, self.on))
            self.found[person.id] = found
        return found

    def new(self, surface: str, country: str | None, role: str | None) -> Found:
        name = romanise(surface)
        person_id = slug(name)
        found = self.found.get(person_id)
        if found is None:
            found = Found(id=person_id, name=name, country=country, role=role, known=False)
            self.found[person_id] = found
        return found

    def mention(self, found: Found, first: int, last: int, how: str) -> None:
        start, end = self.tokens[first].start, self.tokens[last].end
        mention = _new_mention(Mention, (start, end, found.id, how))
        found.add(mention, self.text[start:end] if how != "title" else None)
        self.mentions.append(mention)
        self.covered.update(range(first, last + 1))

    # --- rules ------------------------------------------------------------

    def names(self) -> None:
        """Rule 1: every known name is a mention of its person."""
        text, found_of, mentions, covered = self.text, self.found, self.mentions, self.covered
        for hit, people in self.people_at.values():
            person = people[0] if len(people) == 1 else _pick(people, self.gazetteer, self.on)
            found = found_of.get(person.id)
            if found is None:
                found = self.known(person)
            first, last, start, end, _ = hit
            mention = _new_mention(Mention, (start, end, found.id, "name"))
            found.add(mention, text[start:end])
            mentions.append(mention)
            if first == last:
                covered.add(first)
            else:
                covered.update(range(first, last + 1))

    def countries_before(self, first: int) -> tuple[list[str], int]:
        """The countries that own a title starting at token ``first``: "Russian", "चीन के", "US and Russian".

        Also the index of the first token of that description, where a
        mention by title starts.
        """
        tokens, country_ending_at = self.tokens, self.country_ending_at
        index = first - 1
        while index >= 0 and tokens[index].key in _ARTICLES:
            index -= 1
        if index >= 1 and tokens[index].key in _GENITIVE and index - 1 in country_ending_at:
            index -= 1
        countries: list[str] = []
        start = first
        while index in country_ending_at:
            countries.append(country_ending_at[index])
            start = self.first_of_hit_ending_at[index]
            index = start - 1
            if index >= 1 and tokens[index].key in _AND and index - 1 in country_ending_at:
                index -= 1
                continue
            break
        return countries, start

    def name_after(self, last: int) -> tuple[int, int] | None:
        """Tokens of an unknown name written right after a title ending at ``last``, if any."""
        index = last + 1
        while index < len(self.tokens) and self.tokens[index].key in _HONORIFIC_KEYS:
            index += 1
        if index >= len(self.tokens) or index in self.covered or index in self.hit_starts:
            return None
        if self.text[self.tokens[last].end : self.tokens[index].start].strip(" "):
            return None  # punctuation between title and word: not a name
        first = index
        devanagari = "\u0900" <= self.text[self.tokens[index].start] <= "\u097f"
        while index < len(self.tokens) and index - first < 3:
            token = self.tokens[index]
            between = self.text[self.tokens[index - 1].end : token.start] if index > first else ""
            if between.strip(" ") or index in self.hit_starts or index in self.covered:
                break
            if devanagari:
                if token.key in _HINDI_STOP or not "\u0900" <= self.text[token.start] <= "\u097f":
                    break
            elif not self.text[token.start].isupper() or token.key in _ENGLISH_STOP:
                break
            index += 1
        if index == first:
            return None
        if index in self.people_at:
            return None  # a first name before a known surname: the known person ("दिमित्री पेसकोव")
        if devanagari and index - first == 1 and self.tokens[first].key.endswith(_VERB_ENDINGS):
            return None  # "राष्ट्रपति बनने के बाद": becoming president, not a person called Banne
        if devanagari and index < len(self.tokens):
            follower = self.tokens[index]
            punctuated = bool(self.text[self.tokens[index - 1].end : follower.start].strip(" "))
            if not punctuated and follower.key not in _HINDI_NAME_END:
                return None  # a Hindi name ends at a postposition or punctuation; else this is a clause
        return first, index - 1

    def holder(self, office: str, country: str) -> Found | None:
        """The person of the article, or else of the gazetteer, holding ``office`` of ``country``."""
        offices = ("head_of_state", "head_of_government") if office == _LEADER else (office,)
        for found in self.found.values():
            if found.country == country and (found.offices & set(offices)):
                return found
        if self.on is None:
            return None
        for which in offices:
            holders = self.gazetteer.holders(which, country=country, on=self.on)
            if len(holders) == 1:
                return self.known(holders[0])
        return None

    def titles(self) -> None:
        """Rule 2: titles give roles, make unknown people, and mention office holders."""
        for hit in _TITLE_TABLE.find_all(self.tokens):
            spanned = range(hit.first, hit.last + 1)
            if not (self.covered.isdisjoint(spanned) and self.in_name.isdisjoint(spanned)):
                continue  # part of a name: "राष्ट्रपति भवन" is a building
            title = hit.values[0]
            countries, description_start = self.countries_before(hit.first)
            after = hit.last + 1
            while after < len(self.tokens) and self.tokens[after].key in _HONORIFIC_KEYS:
                after += 1
            named = self.people_at.get(after)
            if named is not None:
                found = self.known(_pick(named[1], self.gazetteer, self.on))
                if title.role and (found.role is None or not found.known):
                    found.role = title.role
                if countries and found.country is None:
                    found.country = countries[0]
                if title.office and title.office != _LEADER:
                    found.offices.add(title.office)
                continue
            if title.office == _LEADER and not countries:
                continue  # "the leader", "counterpart": too vague on its own
            unknown = self.name_after(hit.last) if title.office != _LEADER else None
            if unknown is not None:
                first, last = unknown
                surface = self.text[self.tokens[first].start : self.tokens[last].end]
                found = self.new(surface, countries[0] if countries else None, title.role or None)
                if title.office:
                    found.offices.add(title.office)
                self.mention(found, first, last, "name")
                continue
            if title.office and countries:
                for country in countries:
                    holder = self.holder(title.office, country)
                    if holder is not None:
                        self.mention(holder, description_start, hit.last, "title")
            elif title.office and title.office != _LEADER:
                # "प्रधानमंत्री ने …" with no country: the one person named so far who holds that office.
                holders = [found for found in self.found.values() if title.office in found.offices]
                if len(holders) == 1:
                    self.mention(holders[0], hit.first, hit.last, "title")

    def short_forms(self) -> None:
        """Rule 3: a single word of a named person's names, shared with no one else, names them."""
        keys_of: dict[str, frozenset[str]] = {}  # person id -> the words of their names that may stand alone
        for found in self.found.values():
            forms = list(found.surfaces)
            if found.known:
                person = self.gazetteer.person(found.id)
                if person is not None:
                    forms.extend(person.names)
            keys_of[found.id] = frozenset().union(*map(_short_keys, forms))
        seen: set[str] = set()
        shared: set[str] = set()
        for keys in keys_of.values():
            shared |= seen & keys
            seen |= keys
        unique: dict[str, str] = {}  # word -> the one person whose names have it
        for person_id, keys in keys_of.items():
            unique.update(dict.fromkeys(keys - shared, person_id))
        if not unique:
            return
        covered = self.covered
        for index in compress(count(), map(unique.__contains__, token_keys(self.tokens))):
            if index in covered:
                continue
            token = self.tokens[index]
            if token.key == token_key(token.key) and self.text[token.start].islower():
                continue  # a capitalised name written in lower case is an ordinary word ("may")
            self.mention(self.found[unique[token.key]], index, index, "short")

    def result(self) -> People:
        self.mentions.sort(key=_START_END)
        for found in self.found.values():
            found.mentions.sort(key=_START)
        ordered = dict(
            sorted(self.found.items(), key=lambda item: item[1].mentions[0].start if item[1].mentions else 0)
        )
        return People(found=ordered, mentions=self.mentions, covered=self.covered)


def find_people(
    text: str, tokens: Sequence[Token], hits: Sequence[NameHit], gazetteer: Gazetteer, on: dt.date | None
) -> People:
    """Everyone ``text`` names, with their mentions (see the module docstring for the rules).

    ``tokens`` are the tokens of ``text`` and ``hits`` the gazetteer's names
    found in them; ``on`` is the day office holders are looked up for (the
    event's date, else the publication date).
    """
    finder = _Finder(text, tokens, hits, gazetteer, on)
    finder.names()
    finder.titles()
    finder.short_forms()
    people = finder.result()
    # A person the titles pointed at but never mentioned has nothing to show for it.
    people.found = {key: found for key, found in people.found.items() if found.mentions}
    return people
