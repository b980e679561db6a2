"""Words: how text is cut into tokens, and the key a token is compared by.

The gazetteer and every step of the parser compare words through
:func:`token_key`, so that spelling variants news writers use
interchangeably meet: case, Unicode composition, the Devanagari nukta
(ज़ेलेंस्की / जेलेंस्की), chandrabindu versus anusvara (ँ / ं), zero-width
joiners, and Latin diacritics (Erdoğan / Erdogan).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from itertools import accumulate, repeat, starmap
from typing import TYPE_CHECKING, Final, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Token", "followed_by", "name_key", "token_gaps", "token_key", "token_keys", "token_starts", "tokenize"]

# A word: letters, digits and marks of any script. Devanagari vowel signs,
# virama and anusvara are marks (not \w), so they are named explicitly, or
# "ट्रंप" would fall apart at every sign. Zero-width joiners stay inside the
# word they shape. Punctuation ends a word: "Xi's" gives "xi", "s" and
# "U.S." gives "u", "s"; names in the gazetteer are cut the same way, so they
# still meet. One character class (which lets "_" into a word, harmless in
# news text) runs twice as fast as an alternation per character.
_WORD_RUN: Final = re.compile(r"[\w\u0900-\u0963\u0966-\u097f\ua8e0-\ua8ff\u200c\u200d]+")

_NUKTA: Final = "\u093c"
_CHANDRABINDU: Final = "\u0901"
_ANUSVARA: Final = "\u0902"
_DROP: Final = {ord(_NUKTA): None, 0x200C: None, 0x200D: None, ord(_CHANDRABINDU): _ANUSVARA}


class Token(NamedTuple):
    """A word of the text: ``text[start:end]`` and its comparison key."""

    start: int
    end: int
    key: str


@functools.lru_cache(maxsize=1 << 16)
def token_key(word: str) -> str:
    """The form a word is compared by: case-folded, NFC, spelling variants merged.

    Cached: an article repeats its words, and the vocabulary of news is small.
    """
    word = unicodedata.normalize("NFC", word).casefold()
    if word.isascii():
        return word
    word = word.translate(_DROP)
    if any("\u00c0" <= char < "\u0250" for char in word):
        # Latin letters with diacritics lose them; other scripts are untouched.
        word = "".join(unicodedata.normalize("NFD", char)[0] if "\u00c0" <= char < "\u0250" else char for char in word)
    return word


class _KeyCache(dict[str, str]):
    """word -> token_key(word): a dict read from C (``map``) is the fastest cache for the hot loop."""

    def __missing__(self, word: str) -> str:
        key = token_key(word)
        if len(self) < _KEYS_LIMIT:  # bounded, whatever a hostile text holds
            self[word] = key
        return key


_KEYS_LIMIT: Final = 1 << 17
_KEYS: Final = _KeyCache()
# Token(...) through NamedTuple's __new__ costs twice as much; starmap hands it
# (Token, (start, end, key)) as its arguments with no tuple built per call.
_new_token = tuple.__new__
# The text cut into runs: what lies between words, a word, ..., what lies after the last.
_SPLIT: Final = re.compile(f"({_WORD_RUN.pattern})")


def tokenize(text: str) -> tuple[Token, ...]:
    """Every word of ``text`` with its offsets, in order (linear in ``len(text)``).

    Built column by column in C (no Python code runs per word unless a word
    is new), since every article pays for this: the text is split into
    alternating gaps and words, and the running sum of their lengths gives
    each word's start and end. The columns of the last tuple made are kept
    for :func:`token_starts` and :func:`token_keys` (a tuple, so that
    ``tuple(tokens)`` is the very object they are kept for).
    """
    global _columns, _gaps
    runs = _SPLIT.split(text)
    offsets = list(accumulate(map(len, runs)))  # the end of each run
    starts = offsets[0::2]  # a word starts where the gap before it ends
    del starts[-1]  # the last gap has no word after it
    keys = list(map(_KEYS.__getitem__, runs[1::2]))
    columns = zip(repeat(Token), zip(starts, offsets[1::2], keys, strict=True))
    tokens = tuple(starmap(_new_token, columns))  # not map: see _new_token
    _columns = (tokens, starts, keys)
    _gaps = (tokens, text, runs[2::2])
    return tokens


# The last token list that tokenize made or a step asked about, with its
# columns of starts and keys. Held strongly, so its identity cannot be reused.
_columns: tuple[Sequence[Token], list[int], list[str]] = ((), [], [])
# The same for the gaps after the tokens, with the text they are in.
_gaps: tuple[Sequence[Token], str, list[str]] = ((), "", [])


def _columns_of(tokens: Sequence[Token]) -> tuple[Sequence[Token], list[int], list[str]]:
    global _columns
    columns = _columns
    if columns[0] is not tokens:
        columns = _columns = (tokens, [token.start for token in tokens], [token.key for token in tokens])
    return columns


def token_gaps(tokens: Sequence[Token], text: str) -> list[str]:
    """What stands after each token of ``text`` up to the next word (or the end): spaces, punctuation.

    Made once per token list (do not modify it).
    """
    global _gaps
    gaps = _gaps
    if gaps[0] is not tokens or gaps[1] is not text:
        ends = [token.end for token in tokens]
        following = [token.start for token in tokens[1:]] + [len(text)] if tokens else []
        gaps = _gaps = (tokens, text, [text[end:start] for end, start in zip(ends, following, strict=True)])
    return gaps[2]


def token_starts(tokens: Sequence[Token]) -> list[int]:
    """``[token.start for token in tokens]``, made once per token list (do not modify it)."""
    return _columns_of(tokens)[1]


def token_keys(tokens: Sequence[Token]) -> list[str]:
    """``[token.key for token in tokens]``, made once per token list (do not modify it)."""
    return _columns_of(tokens)[2]


class _MarkTest(dict[str, bool]):
    """A gap between words -> whether one of ``marks`` stands in it (cached, so that C reads it)."""

    def __init__(self, marks: str) -> None:
        super().__init__()
        self.marks = marks

    def __missing__(self, gap: str) -> bool:
        found = any(mark in gap for mark in self.marks)
        if len(self) < 1 << 12:  # bounded, whatever a hostile text holds
            self[gap] = found
        return found


_MARK_TESTS: dict[str, _MarkTest] = {}


def followed_by(tokens: Sequence[Token], text: str, marks: str) -> set[int]:
    """The indexes of the tokens after which one of ``marks`` stands before the next word."""
    test = _MARK_TESTS.get(marks)
    if test is None:
        test = _MARK_TESTS[marks] = _MarkTest(marks)
    found: set[int] = set()
    for gap, indexes in _by_gap(token_gaps(tokens, text)).items():
        if test[gap]:
            found.update(indexes)
    return found


# The gaps asked about last, and the indexes of those other than a single space, by gap.
_by_gap_cache: tuple[list[str], dict[str, list[int]]] = ([], {})


def _by_gap(gaps: list[str]) -> dict[str, list[int]]:
    """The indexes of the gaps other than a single space, grouped by the gap's text.

    Punctuation stands in few gaps, and these come in a few dozen shapes
    (", ", ". ", "। "): each question about marks is asked once per shape.
    """
    global _by_gap_cache
    cached = _by_gap_cache  # read once: another thread may replace it meanwhile
    if cached[0] is not gaps:
        grouped: dict[str, list[int]] = {}
        for index, gap in enumerate(gaps):
            if gap != " ":
                grouped.setdefault(gap, []).append(index)
        cached = _by_gap_cache = (gaps, grouped)
    return cached[1]


@functools.lru_cache(maxsize=1 << 14)
def name_key(name: str) -> tuple[str, ...]:
    """The token keys of a name, e.g. ``("donald", "trump")`` for "Donald Trump" (cached)."""
    return tuple(map(_KEYS.__getitem__, _WORD_RUN.findall(name)))
