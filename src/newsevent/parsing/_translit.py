"""Devanagari to Latin letters, for names the gazetteer does not know.

``Participant.name`` is in Latin script; a person found only in Hindi text
(``विदेश सचिव विजय गोखले``) needs a readable Latin form. This follows the
simple Hindi newspaper romanisation (Hunterian without diacritics: ``विजय
गोखले`` → ``Vijay Gokhale``), including the deletion of the inherent ``a``
at the end of a word. It is a fallback for display, not a scholarly
transliteration; gazetteer entries always take precedence.
"""

from __future__ import annotations

from typing import Final

__all__ = ["romanise", "slug"]

_VOWELS: Final = {
    "अ": "a",
    "आ": "a",
    "इ": "i",
    "ई": "i",
    "उ": "u",
    "ऊ": "u",
    "ऋ": "ri",
    "ए": "e",
    "ऐ": "ai",
    "ओ": "o",
    "औ": "au",
    "ऑ": "o",
    "ऍ": "e",
}
_SIGNS: Final = {
    "\u093e": "a",
    "\u093f": "i",
    "\u0940": "i",
    "\u0941": "u",
    "\u0942": "u",
    "\u0943": "ri",
    "\u0947": "e",
    "\u0948": "ai",
    "\u094b": "o",
    "\u094c": "au",
    "\u0949": "o",
    "\u0945": "e",
}
_CONSONANTS: Final = {
    "क": "k",
    "ख": "kh",
    "ग": "g",
    "घ": "gh",
    "ङ": "n",
    "च": "ch",
    "छ": "chh",
    "ज": "j",
    "झ": "jh",
    "ञ": "n",
    "ट": "t",
    "ठ": "th",
    "ड": "d",
    "ढ": "dh",
    "ण": "n",
    "त": "t",
    "थ": "th",
    "द": "d",
    "ध": "dh",
    "न": "n",
    "प": "p",
    "फ": "ph",
    "ब": "b",
    "भ": "bh",
    "म": "m",
    "य": "y",
    "र": "r",
    "ल": "l",
    "व": "v",
    "श": "sh",
    "ष": "sh",
    "स": "s",
    "ह": "h",
    "ळ": "l",
}
# A consonant with a nukta: the Perso-Arabic and English sounds.
_WITH_NUKTA: Final = {"क": "q", "ख": "kh", "ग": "gh", "ज": "z", "फ": "f", "ड": "r", "ढ": "rh"}
_VIRAMA: Final = "\u094d"
_NUKTA: Final = "\u093c"
_NASALS: Final = {"\u0902": "n", "\u0901": "n"}
_VISARGA: Final = "\u0903"
_INHERENT: Final = "\x00"  # told apart from the vowel sign ा, which is also "a"


def _syllables(word: str) -> list[list[str]]:
    """Cut a word into [consonant sound, vowel sound] pairs; ``_INHERENT`` marks an inherent vowel.

    A vowel letter is a pair with no consonant; a consonant under a virama
    has vowel ``""``; signs that follow (anusvara) go into the vowel.
    """
    units: list[list[str]] = []
    index = 0
    length = len(word)
    while index < length:
        char = word[index]
        index += 1
        if char in _CONSONANTS:
            sound = _CONSONANTS[char]
            if index < length and word[index] == _NUKTA:
                sound = _WITH_NUKTA.get(char, sound)
                index += 1
            vowel = _INHERENT
            if index < length and word[index] == _VIRAMA:
                vowel = ""
                index += 1
            elif index < length and word[index] in _SIGNS:
                vowel = _SIGNS[word[index]]
                index += 1
            units.append([sound, vowel])
        elif char in _VOWELS:
            units.append(["", _VOWELS[char]])
        elif char in _NASALS or char == _VISARGA:
            if units:
                units[-1][1] += "h" if char == _VISARGA else _NASALS[char]
        elif not "\u0900" <= char <= "\u097f":
            units.append([char, ""])
    return units


def _romanise_word(word: str) -> str:
    """One word, with Hindi schwa deletion.

    The inherent vowel is silent at the end of a word, and inside a word
    where an open syllable precedes it and a voiced one follows (VC_CV):
    ``पेसकोव`` is Peskov, ``चुनहुआ`` Chunhua. Applied right to left, so that
    two neighbouring vowels are never both dropped.
    """
    units = _syllables(word)
    for index in range(len(units) - 1, 0, -1):
        if units[index][1] != _INHERENT:
            continue
        last = index == len(units) - 1
        if last or (units[index - 1][1] and units[index + 1][1]):
            units[index][1] = ""
    return "".join(sound + vowel for sound, vowel in units).replace(_INHERENT, "a")


def romanise(text: str) -> str:
    """A Latin spelling of Devanagari ``text``, word by word, capitalised; Latin text is kept."""
    words = []
    for word in text.split():
        latin = _romanise_word(word)
        words.append(latin[:1].upper() + latin[1:] if latin else latin)
    return " ".join(word for word in words if word)


def slug(name: str) -> str:
    """A lower-case ASCII id for a name: ``Vijay Gokhale`` → ``vijay-gokhale``."""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", romanise(name)).encode("ascii", "ignore").decode()
    parts = ["".join(char for char in word if char.isalnum()) for word in ascii_name.lower().split()]
    return "-".join(part for part in parts if part) or "person"
