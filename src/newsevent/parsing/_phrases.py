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

from ._tokens import name_key, token_keys

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ._tokens import Token

__all__ = ["PhraseHit", "PhraseTable", "any_between", "indexes_of", "key_positions"]

V = TypeVar("V")

_VALUES = ""  # the trie key under which a node keeps the values of the phrase ending there

#: A trie node: token key -> child node, and ``_VALUES`` -> values of the phrase ending here.
_Node = dict[str, Any]


class PhraseHit(Generic[V]):
    """Tokens ``first`` to ``last`` (inclusive) spell a phrase with these values.

    A plain slotted class: hits are made by the hundred per article, and an
    attrs frozen class costs two and a half times as much to build (a generic
    NamedTuple, lighter still, needs Python 3.11). Hits are shared by every
    caller that asks the table about the same text: treat them as read-only.
    """

    __slots__ = ("first", "last", "values")

    def __init__(self, first: int, last: int, values: tuple[V, ...]) -> None:
        self.first = first
        self.last = last
        self.values = values

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PhraseHit):
            return NotImplemented
        return (self.first, self.last, self.values) == (other.first, other.last, other.values)

    def __hash__(self) -> int:
        return hash((self.first, self.last, self.values))

    def __repr__(self) -> str:
        return f"PhraseHit(first={self.first!r}, last={self.last!r}, values={self.values!r})"


class PhraseTable(Generic[V]):
    """Phrases with values, found by token keys; the longest phrase wins."""

    __slots__ = ("_firsts", "_last", "_root")

    def __init__(self, rows: Iterable[tuple[str, V]]) -> None:
        root: _Node = {}
        # The hits of the last token list scanned whole, and their first
        # tokens: the steps ask a table sentence by sentence, and one scan of
        # the article serves them all. Keyed by the identity of the token
        # list, which the cache holds, so the identity cannot be reused.
        self._last: tuple[Sequence[Token], list[PhraseHit[V]], list[int]] | None = None
        for phrase, value in rows:
            key = name_key(phrase)
            if not key:
                continue
            node = root
            for part in key:
                node = node.setdefault(part, {})
            node.setdefault(_VALUES, []).append(value)
        _freeze(root)
        self._root = root
        self._firsts = frozenset(root)  # the words a phrase may start with

    def __bool__(self) -> bool:
        return bool(self._root)

    def match(self, tokens: Sequence[Token], index: int) -> PhraseHit[V] | None:
        """The longest phrase that starts at ``tokens[index]``, if any."""
        keys = _index(tokens)[0]
        return self._match(keys, index)

    def _match(self, keys: list[str], index: int) -> PhraseHit[V] | None:
        node = self._root.get(keys[index])
        if node is None:
            return None
        last = -1
        values: tuple[V, ...] | None = None
        position = index
        end = len(keys)
        while True:
            found = node.get(_VALUES)
            if found is not None:
                last, values = position, found
            position += 1
            if position == end:
                break
            node = node.get(keys[position])
            if node is None:
                break
        return None if values is None else PhraseHit(index, last, values)

    def find_all(self, tokens: Sequence[Token], start: int = 0, stop: int | None = None) -> list[PhraseHit[V]]:
        """Every phrase in ``tokens[start:stop]``, left to right, longest first, none overlapping.

        The whole token list is scanned once and the hits kept, so asking
        again for another range of the same list (a sentence) is a bisection.
        A phrase that would run past ``stop`` is not found in the range.
        """
        cached = self._last
        if cached is None or cached[0] is not tokens:
            cached = self._last = self._scan(tokens)
        hits, firsts = cached[1], cached[2]
        if not hits:
            return []
        low = bisect_left(firsts, start) if start > 0 else 0
        if stop is None:
            return hits[low:]
        high = bisect_left(firsts, stop, low)
        if low == high:
            return []
        return [hit for hit in hits[low:high] if hit.last < stop]

    def _scan(self, tokens: Sequence[Token]) -> tuple[Sequence[Token], list[PhraseHit[V]], list[int]]:
        """Leftmost-longest hits of the whole list, trying only where a phrase's first word stands.

        The positions of each word of the text are indexed once per text
        (:func:`_index`), so a table of a few dozen phrases costs a
        set intersection rather than a walk over every token.
        """
        keys, positions = _index(tokens)
        starts: list[int] = []
        for key in positions.keys() & self._firsts:
            starts += positions[key]
        starts.sort()
        hits: list[PhraseHit[V]] = []
        free = 0
        match = self._match
        for index in starts:
            if index >= free:
                hit = match(keys, index)
                if hit is not None:
                    hits.append(hit)
                    free = hit.last + 1
        return tokens, hits, [hit.first for hit in hits]


def _freeze(node: _Node) -> None:
    """Turn the value lists of a trie into tuples, once: a hit then shares its node's tuple."""
    for key, child in node.items():
        if key == _VALUES:
            node[key] = tuple(child)
        else:
            _freeze(child)


def key_positions(tokens: Sequence[Token]) -> dict[str, list[int]]:
    """Token key -> the indexes where it stands, for the last token list asked about (do not modify it)."""
    return _index(tokens)[1]


def indexes_of(tokens: Sequence[Token], keys: frozenset[str]) -> list[int]:
    """The indexes of the tokens whose key is one of ``keys``, in order (for :func:`any_between`)."""
    positions = _index(tokens)[1]
    return sorted(index for key in positions.keys() & keys for index in positions[key])


def any_between(indexes: Sequence[int], first: int, stop: int) -> bool:
    """Whether one of the sorted ``indexes`` lies in ``[first, stop)``."""
    at = bisect_left(indexes, first)
    return at < len(indexes) and indexes[at] < stop


_index_cache: tuple[Sequence[Token], list[str], dict[str, list[int]]] | None = None


def _index(tokens: Sequence[Token]) -> tuple[list[str], dict[str, list[int]]]:
    """The keys of the last token list asked about, and where each key stands (kept until the next list)."""
    global _index_cache
    cached = _index_cache
    if cached is None or cached[0] is not tokens:
        keys = token_keys(tokens)
        positions: dict[str, list[int]] = {}
        for index, key in enumerate(keys):
            if key in positions:
                positions[key].append(index)
            else:
                positions[key] = [index]
        cached = _index_cache = (tokens, keys, positions)
    return cached[1], cached[2]
