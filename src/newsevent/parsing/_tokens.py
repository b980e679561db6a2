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
from typing import Final, NamedTuple

__all__ = ["Token", "name_key", "token_key", "tokenize"]

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


_KEYS: dict[str, str] = {}  # word -> token_key(word): a plain dict is the fastest cache for the hot loop
_KEYS_LIMIT: Final = 1 << 17
_new_token = tuple.__new__  # Token(...) through NamedTuple's __new__ costs twice as much


def tokenize(text: str) -> list[Token]:
    """Every word of ``text`` with its offsets, in order (linear in ``len(text)``)."""
    keys = _KEYS
    tokens: list[Token] = []
    append = tokens.append
    for match in _WORD_RUN.finditer(text):
        word = match.group()
        key = keys.get(word)
        if key is None:
            key = token_key(word)
            if len(keys) < _KEYS_LIMIT:  # bounded, whatever a hostile text holds
                keys[word] = key
        append(_new_token(Token, (match.start(), match.end(), key)))
    return tokens


@functools.lru_cache(maxsize=1 << 14)
def name_key(name: str) -> tuple[str, ...]:
    """The token keys of a name, e.g. ``("donald", "trump")`` for "Donald Trump" (cached)."""
    return tuple(token.key for token in tokenize(name))
