"""Phrase tables find lexicon phrases by token keys, longest first, in one pass."""

from __future__ import annotations

from newsevent.parsing._phrases import PhraseHit, PhraseTable, any_between, first_between, last_between
from newsevent.parsing._tokens import tokenize

TABLE = PhraseTable(
    [
        ("President", "head_of_state"),
        ("Vice President", "vice_president"),
        ("विदेश मंत्री", "foreign_minister"),
        ("मंत्री", "minister"),
    ]
)


def test_longest_phrase_wins() -> None:
    """'Vice President' is one phrase, not 'President' after a stray word."""
    tokens = tokenize("US Vice President JD Vance met President Xi")
    assert [PhraseHit(1, 2, ("vice_president",)), PhraseHit(6, 6, ("head_of_state",))] == TABLE.find_all(tokens)


def test_devanagari_and_nukta_variants_match() -> None:
    """Hindi phrases match across spacing and case; a shorter phrase still matches alone."""
    tokens = tokenize("रूसी विदेश मंत्री सर्गेई लावरोव और मंत्री")
    assert [PhraseHit(1, 2, ("foreign_minister",)), PhraseHit(6, 6, ("minister",))] == TABLE.find_all(tokens)


def test_case_and_punctuation_do_not_matter() -> None:
    """Token keys fold case, and punctuation between words is not a word."""
    tokens = tokenize("the vice-president said")
    assert [PhraseHit(1, 2, ("vice_president",))] == TABLE.find_all(tokens)


def test_range_is_respected() -> None:
    """find_all looks only inside [start, stop)."""
    tokens = tokenize("President and President")
    assert [PhraseHit(2, 2, ("head_of_state",))] == TABLE.find_all(tokens, start=1)
    assert [] == TABLE.find_all(tokens, start=1, stop=2)


def test_empty_table() -> None:
    """A table with no phrases finds nothing and is falsy."""
    empty: PhraseTable[str] = PhraseTable([])
    assert not empty
    assert [] == empty.find_all(tokenize("anything at all"))


def test_match_is_the_tables_own_longest_phrase_there() -> None:
    """match() finds this table's longest phrase at a token, and nothing another table holds."""
    other = PhraseTable([("Vice President JD", "name"), ("met", "verb")])
    tokens = tokenize("US Vice President JD Vance met President Xi")
    assert PhraseHit(1, 2, ("vice_president",)) == TABLE.match(tokens, 1)
    assert PhraseHit(1, 3, ("name",)) == other.match(tokens, 1)
    assert PhraseHit(6, 6, ("head_of_state",)) == TABLE.match(tokens, 6)
    assert TABLE.match(tokens, 5) is None  # "met" is the other table's
    assert TABLE.match(tokens, 0) is None
    assert [PhraseHit(5, 5, ("verb",))] == [hit for hit in other.find_all(tokens) if hit.first > 3]


def test_any_within_and_last_within_agree_with_find_all() -> None:
    """The range questions answer as find_all does, for every range, including hits that cross an edge."""
    tokens = tokenize("President Vice President met the Vice President and विदेश मंत्री मंत्री")
    for start in range(len(tokens) + 1):
        for stop in range(start, len(tokens) + 1):
            hits = TABLE.find_all(tokens, start, stop)
            assert TABLE.any_within(tokens, start, stop) is bool(hits), (start, stop)
            assert TABLE.last_within(tokens, start, stop) == (hits[-1] if hits else None), (start, stop)
    empty: PhraseTable[str] = PhraseTable([])
    assert not empty.any_within(tokens, 0, len(tokens))
    assert empty.last_within(tokens, 0, len(tokens)) is None


def test_range_questions_over_sorted_indexes() -> None:
    """any_between, first_between and last_between answer as a scan of the sorted indexes would."""
    indexes = [2, 3, 7, 11]
    for first in range(-1, 14):
        for stop in range(first, 15):
            inside = [index for index in indexes if first <= index < stop]
            assert any_between(indexes, first, stop) is bool(inside)
            assert first_between(indexes, first, stop) == (inside[0] if inside else None)
            assert last_between(indexes, first, stop) == (inside[-1] if inside else None)
    assert first_between([], 0, 9) is None
    assert last_between([], 0, 9) is None
