"""Phrase tables: find the lexicon's phrases in a token list, longest first.

Every language table of the parser (titles, kind words, reporting verbs,
outcome phrases) is a list of phrases with a value each. A
:class:`PhraseTable` compiles them into a trie keyed by token keys, so a
phrase matches whatever its case, nukta, spacing or punctuation, and a scan
costs at most (number of tokens) x (longest phrase) steps: linear in the text.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ._tokens import name_key

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ._tokens import Token

__all__ = ["PhraseHit", "PhraseTable"]

V = TypeVar("V")

_VALUES = ""  # the trie key under which a node keeps the values of the phrase ending there

#: A trie node: token key -> child node, and ``_VALUES`` -> values of the phrase ending here.
_Node = dict[str, Any]


@attrs.frozen
class PhraseHit(Generic[V]):
    """Tokens ``first`` to ``last`` (inclusive) spell a phrase with these values.

    (A generic NamedTuple would be lighter, but Python 3.10 cannot make one.)
    """

    first: int
    last: int
    values: tuple[V, ...]


class PhraseTable(Generic[V]):
    """Phrases with values, found by token keys; the longest phrase wins."""

    __slots__ = ("_last", "_longest", "_root")

    def __init__(self, rows: Iterable[tuple[str, V]]) -> None:
        self._root: _Node = {}
        self._longest = 0
        # The hits of the last token list scanned whole, and their first
        # tokens: the steps ask a table sentence by sentence, and one scan of
        # the article serves them all. Keyed by the identity of the token
        # list, which the cache holds, so the identity cannot be reused.
        self._last: tuple[Sequence[Token], list[PhraseHit[V]], list[int]] | None = None
        for phrase, value in rows:
            key = name_key(phrase)
            if not key:
                continue
            node = self._root
            for part in key:
                node = node.setdefault(part, {})
            node.setdefault(_VALUES, []).append(value)
            self._longest = max(self._longest, len(key))

    def __bool__(self) -> bool:
        return bool(self._root)

    def match(self, tokens: Sequence[Token], index: int) -> PhraseHit[V] | None:
        """The longest phrase that starts at ``tokens[index]``, if any."""
        node = self._root
        best: PhraseHit[V] | None = None
        for position in range(index, min(len(tokens), index + self._longest)):
            child = node.get(tokens[position].key)
            if child is None:
                break
            node = child
            values = node.get(_VALUES)
            if values:
                best = PhraseHit(index, position, tuple(values))
        return best

    def find_all(self, tokens: Sequence[Token], start: int = 0, stop: int | None = None) -> list[PhraseHit[V]]:
        """Every phrase in ``tokens[start:stop]``, left to right, longest first, none overlapping.

        The whole token list is scanned once and the hits kept, so asking
        again for another range of the same list (a sentence) is a bisection.
        A phrase that would run past ``stop`` is not found in the range.
        """
        end = len(tokens) if stop is None else min(stop, len(tokens))
        cached = self._last
        if cached is None or cached[0] is not tokens:
            hits = self._scan(tokens, 0, len(tokens))
            cached = self._last = (tokens, hits, [hit.first for hit in hits])
        _, hits, firsts = cached
        if not hits:
            return []
        return [hit for hit in hits[bisect_left(firsts, start) : bisect_left(firsts, end)] if hit.last < end]

    def _scan(self, tokens: Sequence[Token], start: int, end: int) -> list[PhraseHit[V]]:
        """Leftmost-longest hits, trying only where a phrase's first word stands.

        The positions of each word of the text are indexed once per text
        (:func:`word_positions`), so a table of a few dozen phrases costs a
        few set operations rather than a walk over every token.
        """
        positions = word_positions(tokens)
        starts = sorted(
            index for key in self._root.keys() & positions.keys() for index in positions[key] if start <= index < end
        )
        hits: list[PhraseHit[V]] = []
        free = start
        for index in starts:
            if index < free:
                continue
            hit = self.match(tokens, index)
            if hit is not None and hit.last < end:
                hits.append(hit)
                free = hit.last + 1
        return hits


_positions_cache: tuple[Sequence[Token], dict[str, list[int]]] | None = None


def word_positions(tokens: Sequence[Token]) -> dict[str, list[int]]:
    """Token key -> the indexes where it stands, for the last token list asked about (kept until the next)."""
    global _positions_cache
    cached = _positions_cache
    if cached is None or cached[0] is not tokens:
        positions: dict[str, list[int]] = {}
        for index, token in enumerate(tokens):
            positions.setdefault(token.key, []).append(index)
        cached = _positions_cache = (tokens, positions)
    return cached[1]
