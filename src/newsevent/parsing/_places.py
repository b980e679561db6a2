"""Where the main event happened: the dateline and the lead, resolved through the gazetteer.

The rules:

* Every place name of the gazetteer (venue, city, region) and every country
  name in the text is a candidate; a demonym is not (``रूसी`` is not a place).
* A candidate scores for where it stands: in the dateline, in the headline
  or lead sentence, after a locative word (``X में``, ``X के Y में``,
  ``in X``, ``at X``), and once more for every later mention.
* Among the best, the most specific wins when they agree on the country:
  ``अलास्का के एंकरेज में`` is Anchorage, not Alaska; ``the White House``
  beats ``WASHINGTON`` in the dateline of the same country.
* Events that happen on no one spot (phone and video calls) have no place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from .._vocab import PlaceKind
from ..gazetteer import Country, NameKind, Person, PlaceEntry
from ._tokens import name_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..gazetteer import NameCandidate, NameHit
    from ._tokens import Token

__all__ = ["PlaceFound", "entry_of", "find_place", "place_hits"]

# Locative words: the English ones stand before the place, the Hindi ones after it.
_BEFORE: Final = frozenset(name_key("in at inside near outside"))
_AFTER: Final = frozenset(name_key("में पहुंचे पहुंचा पहुंचीं स्थित"))
_SPECIFICITY: Final = {PlaceKind.VENUE: 3, PlaceKind.CITY: 2, PlaceKind.REGION: 1, PlaceKind.COUNTRY: 0}


@attrs.define
class PlaceFound:
    """A candidate place: the gazetteer entry (a place or a country) and where the text names it."""

    entry: PlaceEntry | Country
    kind: PlaceKind
    country: str
    surfaces: list[str] = attrs.field(factory=list)
    spans: list[tuple[int, int]] = attrs.field(factory=list)
    score: float = 0.0

    @property
    def specificity(self) -> int:
        return _SPECIFICITY[self.kind]


def entry_of(hit: NameHit) -> tuple[PlaceEntry | Country, PlaceKind, str] | None:
    """The place a name hit names, if it names one: a place before a country, never a demonym."""
    candidates = hit.candidates
    if len(candidates) == 1:
        return _single(candidates[0])[1]
    return _resolve(candidates)[1]


def place_hits(hits: Sequence[NameHit]) -> list[NameHit]:
    """The hits that name a place or a country and no person ("Washington" the man is not a place here)."""
    found = []
    for hit in hits:
        candidates = hit.candidates
        person, place = _single(candidates[0]) if len(candidates) == 1 else _resolve(candidates)
        if place is not None and not person:
            found.append(hit)
    return found


#: What a hit names, resolved: whether a person is among its candidates, and its place.
_Resolved = tuple[bool, tuple[PlaceEntry | Country, PlaceKind, str] | None]

# Nearly every hit has one candidate, an object of the gazetteer that every
# hit of the same name shares: what it resolves to is kept by its identity.
# The cache holds the candidate, so the identity cannot be reused; it is
# bounded, whatever gazetteers a caller passes.
_SINGLE: dict[int, tuple[NameCandidate, _Resolved]] = {}
_SINGLE_LIMIT: Final = 1 << 14


def _single(candidate: NameCandidate) -> _Resolved:
    """:func:`_resolve` of a hit with one candidate, cached."""
    cached = _SINGLE.get(id(candidate))
    if cached is not None and cached[0] is candidate:
        return cached[1]
    resolved = _resolve((candidate,))
    if len(_SINGLE) < _SINGLE_LIMIT:
        _SINGLE[id(candidate)] = (candidate, resolved)
    return resolved


def _resolve(candidates: Sequence[NameCandidate]) -> _Resolved:
    """Whether a person is among ``candidates``, and the place they name (see :func:`entry_of`)."""
    person = any(isinstance(candidate.entry, Person) for candidate in candidates)
    for candidate in candidates:
        if candidate.kind is NameKind.PLACE:
            place: PlaceEntry = candidate.entry  # type: ignore[assignment]
            return person, (place, place.kind, place.country)
    for candidate in candidates:
        if candidate.kind is NameKind.COUNTRY:
            country: Country = candidate.entry  # type: ignore[assignment]
            return person, (country, PlaceKind.COUNTRY, country.code)
    return person, None


def find_place(
    text: str,
    tokens: Sequence[Token],
    hits: Sequence[NameHit],
    *,
    dateline: tuple[int, int] | None,
    lead: tuple[int, int] | None,
) -> PlaceFound | None:
    """The place of the main event, or ``None`` if the text names none.

    ``hits`` are the gazetteer's name hits over ``tokens``; ``dateline`` and
    ``lead`` the spans (offsets into ``text``) of the dateline's place and of
    the headline plus lead sentence.
    """
    candidates: dict[tuple[str, str], _Tally] = {}
    single = _single
    for hit in hits:
        hit_candidates = hit.candidates
        person, resolved = single(hit_candidates[0]) if len(hit_candidates) == 1 else _resolve(hit_candidates)
        if person or resolved is None:
            continue
        entry, kind, country = resolved
        key = (entry.name, country)
        found = candidates.get(key)
        start = hit.start
        end = hit.end
        if found is None:
            found = candidates[key] = _Tally(entry, kind, country)
            found.score = 1.0
        else:
            found.score += 0.5
        surface = text[start:end]
        if surface not in found.surfaces:
            found.surfaces.append(surface)
        found.spans.append((start, end))
        if dateline is not None and dateline[0] <= start and end <= dateline[1]:
            found.score += 3.0
        if lead is not None and lead[0] <= start < lead[1]:
            found.score += 1.5
            if _locative(tokens, hit):
                found.score += 2.0
        elif _locative(tokens, hit):
            found.score += 0.5
    if not candidates:
        return None
    best = max(candidates.values(), key=lambda found: found.score)
    # A more specific place of the same country that the lead names in a locative wins:
    # "WASHINGTON - ... at the White House", "अलास्का के एंकरेज में".
    rivals = [
        found
        for found in candidates.values()
        if found.country == best.country and found.specificity > best.specificity and found.score >= 2.0
    ]
    if rivals:
        best = max(rivals, key=lambda found: (found.specificity, found.score))
    return PlaceFound(best.entry, best.kind, best.country, best.surfaces, best.spans, best.score)


class _Tally:
    """A candidate being scored: what becomes a :class:`PlaceFound` if it wins.

    A plain slotted class: find_place tallies every place the text names,
    and an attrs instance costs several times as much to make.
    """

    __slots__ = ("country", "entry", "kind", "score", "spans", "specificity", "surfaces")

    def __init__(self, entry: PlaceEntry | Country, kind: PlaceKind, country: str) -> None:
        self.entry = entry
        self.kind = kind
        self.country = country
        self.specificity = _SPECIFICITY[kind]
        self.surfaces: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.score = 0.0


def _locative(tokens: Sequence[Token], hit: NameHit) -> bool:
    """Whether a locative word stands by the name: "in X", "X में", "X के Y में" (Y another place)."""
    before = tokens[hit.first - 1].key if hit.first > 0 else ""
    if before in _BEFORE or (before == "the" and hit.first > 1 and tokens[hit.first - 2].key in _BEFORE):
        return True
    after = tokens[hit.last + 1].key if hit.last + 1 < len(tokens) else ""
    return after in _AFTER
