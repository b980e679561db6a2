"""Phrase tables: find the lexicon's phrases in a token list, longest first.

Every language table of the parser (titles, kind words, reporting verbs,
outcome phrases, classes of words) is a list of phrases with a value each. A
:class:`PhraseTable` compiles them into a trie keyed by token keys, so a
phrase matches whatever its case, nukta, spacing or punctuation.

All tables are scanned together, once per token list: their tries are
merged into one, a filter run in C keeps the tokens that some phrase starts
with, and one walk from each of them finds every table's longest phrase
there. A scan costs at most (number of tokens) x (longest phrase) steps,
linear in the text, and the steps then ask each table sentence by sentence
for what the one scan found.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from itertools import compress, count
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._tokens import name_key, token_keys

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ._tokens import Token

__all__ = ["PhraseHit", "PhraseTable", "any_between", "first_between", "last_between", "word_class"]

V = TypeVar("V")

#: A trie node: the values of the phrase that ends here (or ``None``), and the
#: child node of each next token key (or ``None`` at a leaf, so that a walk
#: stops there without a lookup).
_Node = tuple[Any, "dict[str, _Node] | None"]


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

    __slots__ = ("__weakref__", "_root", "_serial")

    def __init__(self, rows: Iterable[tuple[str, V]]) -> None:
        tree: dict[str | None, Any] = {}  # None: the values of the phrase that ends here
        for phrase, value in rows:
            key = name_key(phrase)
            if not key:
                continue
            node = tree
            for part in key:
                node = node.setdefault(part, {})
            node.setdefault(None, []).append(value)
        self._root: dict[str, _Node] = {word: _frozen(child) for word, child in tree.items() if word is not None}
        self._serial = next(_serials)  # never reused, unlike id(): names the table in scan results
        _TABLES.add(self)
        _forget_scans()

    def __bool__(self) -> bool:
        return bool(self._root)

    def match(self, tokens: Sequence[Token], index: int) -> PhraseHit[V] | None:
        """The longest phrase that starts at ``tokens[index]``, if any."""
        keys = token_keys(tokens)
        trie = _merged_trie()
        found = _longest_at(trie, keys, index).get(self._serial) if keys[index] in trie else None
        return None if found is None else PhraseHit(index, *found)

    def find_all(self, tokens: Sequence[Token], start: int = 0, stop: int | None = None) -> list[PhraseHit[V]]:
        """Every phrase in ``tokens[start:stop]``, left to right, longest first, none overlapping.

        The hits are those of one scan of the whole token list, so asking
        again for another range of it (a sentence) is a bisection. A phrase
        that would run past ``stop`` is not found in the range.
        """
        try:  # the list last scanned, inline: steps ask hundreds of times per article
            scanned, results = _recent[0]
        except IndexError:  # nothing scanned since the last table was made
            scanned = None
        if scanned is not tokens:
            results = _scan(tokens)
        found = results.get(self._serial)
        if found is None:
            return []
        hits, firsts = found
        low = bisect_left(firsts, start) if start > 0 else 0
        if stop is None:
            return hits[low:]
        high = bisect_left(firsts, stop, low)
        if low < high and hits[high - 1].last >= stop:
            high -= 1  # only the last hit can run past ``stop``: hits do not overlap
        return hits[low:high]

    def any_within(self, tokens: Sequence[Token], start: int, stop: int) -> bool:
        """Whether a phrase lies wholly in ``tokens[start:stop]``: ``bool(find_all(tokens, start, stop))``, no list.

        Hits do not overlap, so the first hit at or after ``start`` is also
        the first to end: it alone decides.
        """
        hits, firsts = self._found(tokens)
        at = bisect_left(firsts, start)
        return at < len(hits) and hits[at].last < stop

    def last_within(self, tokens: Sequence[Token], start: int, stop: int) -> PhraseHit[V] | None:
        """The last hit of ``find_all(tokens, start, stop)``, if any, found by bisection."""
        hits, firsts = self._found(tokens)
        at = bisect_left(firsts, stop) - 1
        if at >= 0 and hits[at].last >= stop:  # runs past ``stop``: the hit before it ends before it starts
            at -= 1
        return hits[at] if at >= 0 and hits[at].first >= start else None

    def _found(self, tokens: Sequence[Token]) -> tuple[list[PhraseHit[V]], list[int]]:
        """The table's hits in the whole list and their first tokens (from the one scan)."""
        return _scan(tokens).get(self._serial, _NOTHING)

    def firsts(self, tokens: Sequence[Token]) -> list[int]:
        """The first token of each hit in the whole list, in order (for :func:`any_between`; do not modify it)."""
        return self._found(tokens)[1]


def _frozen(tree: dict[str | None, Any]) -> _Node:
    """A built trie node as a ``_Node``: value lists become tuples, which hits then share."""
    values = tree.get(None)
    children = {word: _frozen(child) for word, child in tree.items() if word is not None}
    return (tuple(values) if values is not None else None, children or None)


# --- one scan for every table -------------------------------------------------

_TABLES: weakref.WeakSet[PhraseTable[Any]] = weakref.WeakSet()
_serials = count()
#: A node of the merged trie of every table: the (serial, values) of each table
#: with a phrase ending here (or ``None``), and the children (or ``None``).
_MergedNode = tuple["tuple[tuple[int, Any], ...] | None", "dict[str, _MergedNode] | None"]
# The tries of all live tables merged into one, built on first use after a table
# is made (None until then): one walk from a token serves every table.
_merged: dict[str, _MergedNode] | None = None
# Scan results of the last two token lists (a step may read a second list, such as a
# headline, between two questions about the article): serial -> (hits, their first tokens).
# Held with the lists, so their identities cannot be reused while kept.
_Results = dict[int, tuple[list[PhraseHit[Any]], list[int]]]
_recent: list[tuple[Sequence[Token], _Results]] = []
# What a table without hits in a list has found there (never modified).
_NOTHING: tuple[list[PhraseHit[Any]], list[int]] = ([], [])


def _forget_scans() -> None:
    """A new table joins the scan: merge the tries again, and scan lists again."""
    global _merged
    _merged = None
    _recent.clear()


def _merged_trie() -> dict[str, _MergedNode]:
    global _merged
    merged = _merged  # read once: a table made in another thread may reset it meanwhile
    if merged is None:
        tree: dict[str, Any] = {}
        for table in list(_TABLES):
            _merge_into(tree, table._root, table._serial)
        merged = _merged = {word: _frozen_merged(entry) for word, entry in tree.items()}
    return merged


def _merge_into(tree: dict[str, Any], nodes: dict[str, _Node], serial: int) -> None:
    """Add one table's trie (``nodes`` under some node) to the merged ``tree`` of ``[ends, children]``."""
    for word, (values, children) in nodes.items():
        entry = tree.setdefault(word, [[], {}])
        if values is not None:
            entry[0].append((serial, values))
        if children:
            _merge_into(entry[1], children, serial)


def _frozen_merged(entry: list[Any]) -> _MergedNode:
    ends, children = entry
    return (tuple(ends) or None, {word: _frozen_merged(child) for word, child in children.items()} or None)


def _scan(tokens: Sequence[Token]) -> _Results:
    """Every table's leftmost-longest hits in ``tokens`` (from the cache when it was scanned lately).

    From each token that some phrase starts with, one walk down the merged
    trie finds each table's longest phrase there; a table takes it unless it
    overlaps the table's previous hit.
    """
    for scanned, results in _recent:
        if scanned is tokens:
            return results
    keys = token_keys(tokens)
    trie = _merged_trie()
    end = len(keys)
    hits_of: dict[int, list[PhraseHit[Any]]] = {}
    for index in compress(count(), map(trie.__contains__, keys)):
        ends, children = trie[keys[index]]
        if children is None or index + 1 == end or keys[index + 1] not in children:
            # One-word phrases only (most hits): no walk, and no table has a longer one here.
            if ends is not None:
                for serial, values in ends:
                    hits = hits_of.get(serial)
                    if hits is None:
                        hits_of[serial] = [PhraseHit(index, index, values)]
                    elif hits[-1].last < index:  # phrases of one table do not overlap
                        hits.append(PhraseHit(index, index, values))
            continue
        for serial, (last, values) in _longest_at(trie, keys, index).items():
            hits = hits_of.get(serial)
            if hits is None:
                hits_of[serial] = [PhraseHit(index, last, values)]
            elif hits[-1].last < index:  # phrases of one table do not overlap
                hits.append(PhraseHit(index, last, values))
    results = {serial: (hits, [hit.first for hit in hits]) for serial, hits in hits_of.items()}
    _recent.insert(0, (tokens, results))
    del _recent[2:]
    return results


def _longest_at(trie: dict[str, _MergedNode], keys: Sequence[str], index: int) -> dict[int, tuple[int, Any]]:
    """Each table's longest phrase from ``keys[index]`` on (a word the trie has): serial -> (last token, values)."""
    ends, children = trie[keys[index]]
    longest: dict[int, tuple[int, Any]] = {}
    if ends is not None:
        for serial, values in ends:
            longest[serial] = (index, values)
    position = index + 1
    end = len(keys)
    while children is not None and position < end:
        child = children.get(keys[position])
        if child is None:
            break
        ends, children = child
        if ends is not None:
            for serial, values in ends:
                longest[serial] = (position, values)  # deeper: longer
        position += 1
    return longest


def word_class(keys: Iterable[str]) -> PhraseTable[bool]:
    """A table of single words (token keys): where a word of the class stands, found by the one scan.

    Steps that ask for the same class (``ने`` in statements and invitations)
    share one table, so the scan finds its words once.
    """
    words = frozenset(keys)
    table = _WORD_CLASSES.get(words)
    if table is None:
        table = _WORD_CLASSES[words] = PhraseTable((key, True) for key in sorted(words))
    return table


_WORD_CLASSES: dict[frozenset[str], PhraseTable[bool]] = {}


def any_between(indexes: Sequence[int], first: int, stop: int) -> bool:
    """Whether one of the sorted ``indexes`` lies in ``[first, stop)``."""
    at = bisect_left(indexes, first)
    return at < len(indexes) and indexes[at] < stop


def first_between(indexes: Sequence[int], first: int, stop: int) -> int | None:
    """The first of the sorted ``indexes`` in ``[first, stop)``, if any."""
    at = bisect_left(indexes, first)
    return indexes[at] if at < len(indexes) and indexes[at] < stop else None


def last_between(indexes: Sequence[int], first: int, stop: int) -> int | None:
    """The last of the sorted ``indexes`` in ``[first, stop)``, if any."""
    at = bisect_left(indexes, stop) - 1
    return indexes[at] if at >= 0 and indexes[at] >= first else None
