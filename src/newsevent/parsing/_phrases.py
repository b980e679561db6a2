"""Phrase tables: find the lexicon's phrases in a token list, longest first.

Every language table of the parser (titles, kind words, reporting verbs,
outcome phrases) is a list of phrases with a value each. A
:class:`PhraseTable` compiles them into a trie keyed by token keys, so a
phrase matches whatever its case, nukta, spacing or punctuation, and a scan
costs at most (number of tokens) x (longest phrase) steps: linear in the text.
"""

from __future__ import annotations

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

    __slots__ = ("_longest", "_root")

    def __init__(self, rows: Iterable[tuple[str, V]]) -> None:
        self._root: _Node = {}
        self._longest = 0
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
        """Every phrase in ``tokens[start:stop]``, left to right, longest first, none overlapping."""
        end = len(tokens) if stop is None else min(stop, len(tokens))
        hits: list[PhraseHit[V]] = []
        index = start
        root = self._root
        while index < end:
            if tokens[index].key in root:
                hit = self.match(tokens, index)
                if hit is not None and hit.last < end:
                    hits.append(hit)
                    index = hit.last + 1
                    continue
            index += 1
        return hits
