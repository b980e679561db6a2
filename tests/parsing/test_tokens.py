"""Tokens: words and their offsets, built in C, against their plain definition."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsevent.parsing._tokens import (
    _WORD_RUN,
    Token,
    name_key,
    token_gaps,
    token_key,
    token_keys,
    token_starts,
    tokenize,
)

# Text that mixes the scripts and marks of news reports: words, spaces, punctuation,
# Devanagari signs, zero-width joiners, and anything else.
_PIECES = st.sampled_from(
    ["ट्रंप", "पुतिन", "ज़ेलेंस्की", "Trump", "U.S.", "Xi's", " ", "  ", "\n", ",", "।", '"', "‘", "\u200d", "\u0902", "42"]
)
TEXTS = st.one_of(st.lists(_PIECES, max_size=40).map("".join), st.text(max_size=200))


@given(TEXTS)
def test_tokens_are_the_word_runs_with_their_offsets(text: str) -> None:
    """Each token is a maximal word run: its offsets, and the key of its text."""
    expected = tuple(Token(m.start(), m.end(), token_key(m.group())) for m in _WORD_RUN.finditer(text))
    tokens = tokenize(text)
    assert expected == tokens
    assert all(type(token) is Token for token in tokens)
    assert [token.start for token in tokens] == token_starts(tokens)
    assert [token.key for token in tokens] == token_keys(tokens)


@given(TEXTS)
def test_name_key_is_the_keys_of_the_tokens(text: str) -> None:
    """A name's key is what tokenizing it gives, word by word."""
    assert tuple(token.key for token in tokenize(text)) == name_key(text)


def test_columns_follow_the_list_asked_about() -> None:
    """The columns are those of the token list passed, even after another was made."""
    first = tokenize("Modi met Xi")
    second = tokenize("पुतिन ने कहा")
    assert [0, 5, 9] == token_starts(first)
    assert ["पुतिन", "ने", "कहा"] == token_keys(second)
    assert ["modi", "met", "xi"] == token_keys(first)
    assert [0, 6, 9] == token_starts(second)


@given(TEXTS)
def test_gaps_are_what_stands_between_words(text: str) -> None:
    """The gap after each token runs to the next token's start (or the end of the text)."""
    tokens = tokenize(text)
    following = [token.start for token in tokens[1:]] + [len(text)] if tokens else []
    expected = [text[token.end : start] for token, start in zip(tokens, following, strict=True)]
    assert expected == token_gaps(tokens, text)
    copy = tuple(tokens)
    assert copy is tokens  # the Document keeps the very tuple, so its columns are reused
    other = list(tokens)
    assert expected == token_gaps(other, text)  # any other list: worked out from the text
