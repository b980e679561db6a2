"""Text structure, the first step of the article parser.

:func:`read_document` turns an article into a :class:`Document`: a normalised
copy of the text that maps back to the original offsets, the lines of the
article sorted into headline, dateline, headings, paragraphs, list headings,
bullets and embedded social posts, the sentences of each line, and the
quotations in them. Every later step (people, statements, outcomes, time,
place) reads the document instead of the raw string.

Offsets in every record here are offsets into ``Document.text``;
``Document.to_original`` turns a span of them into the span of the article as
passed, which is what evidence spans must point at.

Every regular expression in this module is a character class, a literal, or a
bounded repeat, matched at a fixed place or scanned once: none can backtrack
over more than a few dozen characters. Sentence and quotation marks are found
with ``str.find`` (a single-character scan is several times faster than a
class scan in ``re``), once for the whole text. Scans that need context are
explicit loops over a bounded window. Every step is linear in the length of
the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

from newsevent._model import Span, span
from newsevent.parsing._tokens import tokenize

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsevent.parsing._tokens import Token

__all__ = [
    "Dateline",
    "Document",
    "Embed",
    "EmbedForm",
    "Language",
    "Quote",
    "QuoteStyle",
    "Range",
    "Segment",
    "SegmentKind",
    "Sentence",
    "find_quotes",
    "language_of",
    "read_document",
]

Language = Literal["hi", "en"]
SegmentKind = Literal["headline", "dateline", "heading", "paragraph", "list_heading", "bullet", "embed", "note"]
EmbedForm = Literal["watch", "post", "continuation", "signature", "source", "link"]
QuoteStyle = Literal["straight_double", "curly_double", "low_double", "guillemet", "straight_single", "curly_single"]


class Range(NamedTuple):
    """A span of ``Document.text``: ``text[start:end]``."""

    start: int
    end: int


class Dateline(NamedTuple):
    """The place (and date, and news agency) that opens the body of a report.

    ``start``/``end`` cover the whole dateline with its closing mark
    (``NEW DELHI, Aug 31 (Agency) -``). ``place`` covers the place part
    (``NUSA DUA, Indonesia``, ``लाहौर/नई दिल्ली``, ``पनमुनजोम (दक्षिण कोरिया)``)
    and ``places`` each name in it.
    """

    start: int
    end: int
    place_text: str
    place: Range
    places: tuple[Range, ...]
    date_text: str | None
    date: Range | None
    agency: str | None
    agency_span: Range | None


class Embed(NamedTuple):
    """What an embedded social post, or a line of its furniture, is made of.

    ``form`` is ``watch`` (``#WATCH | Place | words``), ``post``
    (``Name (@handle): words``, or words ending in a ``pic.twitter.com`` link),
    ``continuation`` (a line that carries on the post above it), ``signature``
    (``— Name (@handle) Month D, YYYY``), ``source`` (``source: …``) or
    ``link`` (a line that is only a link). ``body`` is the span of the post's
    own words (empty for furniture); ``place`` the first ``|``-separated
    place field and ``places`` all of them.
    """

    form: EmbedForm
    body: Range
    marker: Range | None = None
    place_text: str | None = None
    place: Range | None = None
    places: tuple[Range, ...] = ()
    author: Range | None = None
    handle: Range | None = None
    link: Range | None = None


class Segment(NamedTuple):
    """A non-empty line of the article, trimmed, with what kind of line it is.

    ``content_start``/``content_end`` cover the words a reader reads as the
    line's text: after a bullet's marker, after the dateline of the first
    paragraph, the body of an embedded post (empty for its furniture).
    Sentences are cut from the content only. ``number`` is the segment's
    position in ``Document.segments``.
    """

    number: int
    kind: SegmentKind
    start: int
    end: int
    content_start: int
    content_end: int
    embed: Embed | None = None


class Sentence(NamedTuple):
    """A sentence: ``text[start:end]``, trimmed, inside ``Document.segments[segment]``.

    ``number`` is the sentence's position in ``Document.sentences``.
    """

    number: int
    start: int
    end: int
    segment: int


class Quote(NamedTuple):
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` the words.

    ``open`` is true for a quotation never closed, which ends at the end of
    its line; ``cut_start``/``cut_end`` for words that begin or end with an
    ellipsis (an excerpt). ``depth`` is 0 for an outermost quotation, 1 for a
    quotation inside it, and so on.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    style: QuoteStyle
    open: bool
    cut_start: bool
    cut_end: bool
    depth: int


# Records made by the dozen per article are built as tuples directly:
# a NamedTuple's own __new__ costs twice as much.
_new_tuple = tuple.__new__


# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------

# Invisible format characters that carry nothing a reader sees: zero-width
# space, soft hyphen, BOM, word joiner and invisible operators, direction
# marks and embeddings. ZWJ/ZWNJ (U+200C/U+200D) stay: they shape Devanagari
# conjuncts, and the tokenizer keeps them inside words.
_INVISIBLE: Final = "\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_REMOVED: Final = re.compile(f"\r\n|[{_INVISIBLE}]+")
# Any character that normalisation replaces or removes.
_NEEDS_WORK: Final = re.compile(
    f"[\x00-\x09\x0b-\x1f\x7f-\xa0\u0966-\u096f\u1680\u2000-\u200a\u2028-\u2029\u202f\u205f\u3000{_INVISIBLE}]"
)
# A run of non-ASCII characters, with the ASCII character before it: a
# combining mark can compose with an ASCII letter ("e" + U+0301), and no
# character composes across an ASCII character that follows, so NFC can be
# applied run by run.
_NON_ASCII_RUN: Final = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")
# NFC reorders a run of combining marks by insertion sort (quadratic in the
# run's length); runs are cut after this many, as Unicode's stream-safe
# format (UAX #15) does, so that no input makes normalisation slow.
_MAX_NON_STARTERS: Final = 30


_NUKTA: Final = "\u093c"
# The Gujarati nukta: the same combining class as the Devanagari one (7), and
# no character composes with it.
_INERT_NUKTA: Final = "\u0abc"
# NFC composes a nukta with these letters before it (ऩ, ऱ, ऴ).
_NUKTA_BASES: Final = "\u0928\u0930\u0933"


def _is_nfc(text: str) -> bool:
    """Whether ``text`` is NFC: ``unicodedata.is_normalized``, made fast for Hindi.

    CPython answers at once unless the text holds a character that may
    compose with the one before it, and then normalises the whole text to
    compare (a third of the budget of this step). In Hindi that character is
    the nukta, on nearly every line (ज़, फ़). It composes only after न, र
    and ळ; anywhere else in Devanagari it can be swapped for the Gujarati
    nukta, of the same combining class, with which nothing composes, and
    the answer does not change.
    """
    position = text.find(_NUKTA)
    if position < 0:
        return unicodedata.is_normalized("NFC", text)
    while position >= 0:
        before = text[position - 1] if position else ""
        if before in _NUKTA_BASES or not "\u0900" <= before <= "\u097f":
            return unicodedata.is_normalized("NFC", text)  # the nukta may compose: ask CPython
        position = text.find(_NUKTA, position + 1)
    return unicodedata.is_normalized("NFC", text.replace(_NUKTA, _INERT_NUKTA))


def _translation() -> dict[int, str]:
    """The one-for-one replacements: spaces, line breaks, controls, digits."""
    table = dict.fromkeys(range(0x20), " ")
    table[0x0A] = "\n"
    table[0x0D] = "\n"
    table.update(dict.fromkeys(range(0x7F, 0xA1), " "))  # DEL, the C1 controls, NBSP
    table.update(dict.fromkeys((0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000), " "))
    table[0x2028] = table[0x2029] = "\n"  # line and paragraph separators break lines
    table.update({0x0966 + digit: str(digit) for digit in range(10)})
    return table


_TRANSLATION: Final = _translation()

# A chunk pairs a span of a derived text with the span of its source it came
# from, where the two differ in length or were normalised as a whole:
# (derived_start, derived_end, source_start, source_end).
_Chunk = tuple[int, int, int, int]


class _OffsetMap:
    """Positions in a derived text mapped to positions in its source.

    Outside the chunks the two texts differ by a constant shift (one-for-one
    replacements need no chunk). A span boundary strictly inside a chunk is
    moved outward to the chunk's edge, so the source span holds at least the
    characters the derived span holds. At a boundary where source characters
    were removed, a span's start moves past them and its end stops before
    them, so removed characters never stand at the edge of evidence.
    """

    __slots__ = ("_derived_ends", "_derived_starts", "_source_ends", "_source_starts")

    def __init__(self, chunks: list[_Chunk]) -> None:
        self._derived_starts = [chunk[0] for chunk in chunks]
        self._derived_ends = [chunk[1] for chunk in chunks]
        self._source_starts = [chunk[2] for chunk in chunks]
        self._source_ends = [chunk[3] for chunk in chunks]

    def start(self, position: int) -> int:
        """The source position where a span starting at ``position`` starts."""
        before = bisect_right(self._derived_ends, position) - 1
        after = before + 1
        if after < len(self._derived_starts) and self._derived_starts[after] < position:
            return self._source_starts[after]
        if before < 0:
            return position
        return position + self._source_ends[before] - self._derived_ends[before]

    def end(self, position: int) -> int:
        """The source position where a span ending at ``position`` ends."""
        after = bisect_left(self._derived_starts, position)
        if after > 0 and self._derived_ends[after - 1] > position:
            return self._source_ends[after - 1]
        if after < len(self._derived_starts):
            return position + self._source_starts[after] - self._derived_starts[after]
        if not self._derived_ends:
            return position
        return position + self._source_ends[-1] - self._derived_ends[-1]

    def inside(self, position: int) -> bool:
        """Whether ``position`` falls strictly inside a chunk."""
        after = bisect_left(self._derived_starts, position)
        return after > 0 and self._derived_ends[after - 1] > position


def _replace_characters(original: str) -> tuple[str, list[_Chunk]]:
    """Remove invisible characters, turn CRLF into LF, and translate the rest.

    Returns the result and its chunks (result span, original span) for every
    place the length changed.
    """
    pieces: list[str] = []
    chunks: list[_Chunk] = []
    last = 0
    removed = 0
    for match in _REMOVED.finditer(original):
        start, end = match.span()
        pieces.append(original[last:start])
        at = start - removed
        if original[start] == "\r":
            pieces.append("\n")
            chunks.append((at, at + 1, start, end))
            removed += 1
        else:
            chunks.append((at, at, start, end))
            removed += end - start
        last = end
    pieces.append(original[last:])
    return "".join(pieces).translate(_TRANSLATION), chunks


def _compose_run(run: str) -> list[tuple[int, int, str]]:
    """The clusters of ``run`` that NFC changes, as (start, end, replacement).

    A cluster is a character with the combining marks after it (at most
    ``_MAX_NON_STARTERS`` of them). When NFC of the whole run is the
    clusters' NFC side by side, the clusters are the exact alignment; when
    not (Hangul syllables, two-part vowel signs compose across clusters), the
    whole run is one chunk. Runs cut for length are taken cluster by cluster.
    """
    combining = unicodedata.combining
    normalize = unicodedata.normalize
    starts = [0]
    following = 0
    capped = False
    for index in range(1, len(run)):
        if combining(run[index]) == 0:
            starts.append(index)
            following = 0
        elif following >= _MAX_NON_STARTERS:
            starts.append(index)
            following = 0
            capped = True
        else:
            following += 1
    starts.append(len(run))
    normalised = [normalize("NFC", run[starts[k] : starts[k + 1]]) for k in range(len(starts) - 1)]
    if not capped:
        whole = normalize("NFC", run)
        if "".join(normalised) != whole:
            return [(0, len(run), whole)]
    return [
        (starts[k], starts[k + 1], piece)
        for k, piece in enumerate(normalised)
        if piece != run[starts[k] : starts[k + 1]]
    ]


def _compose(source: str) -> tuple[str, list[_Chunk]]:
    """NFC of ``source``, with chunks (result span, source span) for each change."""
    pieces: list[str] = []
    chunks: list[_Chunk] = []
    last = 0
    shift = 0
    for match in _NON_ASCII_RUN.finditer(source):
        run = match.group()
        if _is_nfc(run):
            continue
        base = match.start()
        for start, end, replacement in _compose_run(run):
            pieces.append(source[last : base + start])
            pieces.append(replacement)
            text_start = base + start + shift
            chunks.append((text_start, text_start + len(replacement), base + start, base + end))
            shift += len(replacement) - (end - start)
            last = base + end
    pieces.append(source[last:])
    return "".join(pieces), chunks


def _normalise(original: str) -> tuple[str, list[_Chunk]]:
    """The normalised text and its chunks (text span, original span).

    Rules: invisible format characters are removed (ZWJ/ZWNJ kept), CRLF and
    CR become LF, line and paragraph separators become LF, every other space
    character, tab and C0/C1 control becomes a space, Devanagari digits become
    ASCII digits, and the result is NFC. Quotes are left as they are.
    """
    if _NEEDS_WORK.search(original) is None and _is_nfc(original):
        return original, []
    replaced, removals = _replace_characters(original)
    if replaced.isascii() or _is_nfc(replaced):
        return replaced, removals
    text, compositions = _compose(replaced)
    if not removals:
        return text, compositions
    # Compose the two maps: a composed cluster covers the original characters
    # its replaced characters came from (swallowing removals inside it); a
    # removal outside every cluster keeps its own chunk.
    to_original = _OffsetMap(removals)
    to_text = _OffsetMap([(chunk[2], chunk[3], chunk[0], chunk[1]) for chunk in compositions])
    chunks = [
        (text_start, text_end, to_original.start(start), to_original.end(end))
        for text_start, text_end, start, end in compositions
    ]
    chunks.extend(
        (to_text.start(start), to_text.end(end), original_start, original_end)
        for start, end, original_start, original_end in removals
        if not (to_text.inside(start) or to_text.inside(end))
    )
    chunks.sort(key=lambda chunk: chunk[2])
    return text, chunks


# --------------------------------------------------------------------------
# Characters
# --------------------------------------------------------------------------

_SENTENCE_FINAL: Final = frozenset(".।॥?!…")
_CLOSERS: Final = frozenset(")]}”’»\"'")
_OPENING_QUOTES: Final = frozenset("\"“‘'«„")
_QUOTE_CHARACTERS: Final = frozenset("\"'“”‘’«»„")


def _is_devanagari_letter(char: str) -> bool:
    """Letters, vowel signs, virama and nukta of Devanagari (not danda or digits)."""
    return "\u0900" <= char <= "\u0963" or "\u0971" <= char <= "\u097f"


def _is_word_char(char: str) -> bool:
    """A character that can stand inside a word, in any script."""
    return char.isalnum() or _is_devanagari_letter(char) or char in "\u200c\u200d"


def _is_lower_latin(char: str) -> bool:
    return char.islower() and char < "\u0250"


def _is_upper_latin(char: str) -> bool:
    return char.isupper() and char < "\u0250"


# --------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------

# Every byte that is not an ASCII letter.
_NOT_ASCII_LETTERS: Final = bytes(code for code in range(128) if not chr(code).isalpha())
# The body is Hindi when Devanagari letters are at least this share of its
# letters: a Hindi report quotes English posts at length (the reference
# article is a third English), while an English report rarely quotes Hindi.
_HINDI_BODY_SHARE: Final = 0.3


def _letter_counts(text: str, start: int, end: int) -> tuple[int, int]:
    """(Devanagari, Latin) characters in ``text[start:end]``.

    Counted without a Python loop: a character of the Devanagari block
    (U+0900–U+097F, with the little-used Bengali block after it) has 0x09 as
    the high byte of its UTF-16 code unit; the Latin letters counted are the
    ASCII ones, which names with diacritics still mostly are.
    """
    span = text[start:end]
    devanagari = span.encode("utf-16-le", "surrogatepass")[1::2].count(9)
    latin = len(span.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    return devanagari, latin


def language_of(text: str, start: int = 0, end: int | None = None, *, default: Language = "en") -> Language:
    """The language of ``text[start:end]``: ``hi`` when it has more Devanagari than Latin letters.

    A span with no letters of either script gets ``default``.
    """
    devanagari, latin = _letter_counts(text, start, len(text) if end is None else end)
    if devanagari == latin == 0:
        return default
    return "hi" if devanagari > latin else "en"


# --------------------------------------------------------------------------
# Quotations
# --------------------------------------------------------------------------

_COMMA: Final = re.compile(",")
_QUOTE_MARKS: Final = "\"'“”‘’«»„"
# Deeper nesting is not quoting but stray marks; capping it keeps the search
# for an open mark constant-time.
_MAX_QUOTE_DEPTH: Final = 6
# Marks that are openings whatever stands around them: left open, they are
# closed at the end of the line. A straight single mark left open was an
# apostrophe ('90s, 'em).
_CLOSE_AT_LINE_END: Final = frozenset({"straight_double", "curly_double", "low_double", "guillemet", "curly_single"})


def _starts_with_ellipsis(text: str, start: int, end: int) -> bool:
    return text.startswith("…", start, end) or text.startswith("...", start, end)


def _ends_with_ellipsis(text: str, start: int, end: int) -> bool:
    return text.endswith("…", start, end) or text.endswith("...", start, end)


def _make_quote(text: str, mark: tuple[QuoteStyle, int], closing: int, depth: int, *, is_open: bool) -> Quote | None:
    """The quotation from the opening ``mark`` (style, position) to ``closing``, or None if it is empty.

    ``closing`` is the closing mark's position, or for an open quotation the
    end of its line.
    """
    style, opening = mark
    inner_start = opening + 1
    inner_end = closing
    while inner_start < inner_end and text[inner_start] == " ":
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] == " ":
        inner_end -= 1
    if inner_start == inner_end:
        return None
    return _new_tuple(
        Quote,
        (
            opening,
            inner_end if is_open else closing + 1,
            inner_start,
            inner_end,
            style,
            is_open,
            _starts_with_ellipsis(text, inner_start, inner_end),
            _ends_with_ellipsis(text, inner_start, inner_end),
            depth,
        ),
    )


class _QuoteScanner:
    """The state of one left-to-right pass over quotation marks."""

    __slots__ = ("found", "stack", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[Quote] = []
        # (style, position of the opening mark), innermost last.
        self.stack: list[tuple[QuoteStyle, int]] = []

    def find(self, *styles: QuoteStyle) -> int:
        """The stack index of the innermost open quotation of one of ``styles``, or -1."""
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] in styles:
                return index
        return -1

    def open(self, style: QuoteStyle, position: int) -> None:
        if len(self.stack) < _MAX_QUOTE_DEPTH:
            self.stack.append((style, position))

    def close(self, index: int, position: int) -> None:
        """Close the quotation at stack ``index`` with the mark at ``position``.

        Quotations opened inside it and never closed are dropped: their marks
        were apostrophes or strays.
        """
        quote = _make_quote(self.text, self.stack[index], position, index, is_open=False)
        del self.stack[index:]
        if quote is not None:
            self.found.append(quote)

    def end_line(self, line_end: int) -> None:
        """Close every quotation still open at the end of a line there."""
        for depth, mark in enumerate(self.stack):
            if mark[0] in _CLOSE_AT_LINE_END:
                quote = _make_quote(self.text, mark, line_end, depth, is_open=True)
                if quote is not None:
                    self.found.append(quote)
        self.stack.clear()

    def mark(self, mark: str, position: int, before: str, after: str) -> None:
        """Read one quotation mark, given the characters around it (space at the edges)."""
        if mark == '"':
            index = self.find("straight_double")
            if index >= 0:
                self.close(index, position)
            elif not after.isspace():
                self.open("straight_double", position)
        elif mark == "“":
            index = self.find("low_double", "curly_double")
            if index >= 0 and (self.stack[index][0] == "low_double" or (after.isspace() and not before.isspace())):
                # „…“, or a “ written where ” belongs.
                self.close(index, position)
            elif not after.isspace():
                self.open("curly_double", position)
        elif mark == "”":
            index = self.find("curly_double", "low_double")
            if index >= 0:
                self.close(index, position)
            elif before.isspace() and not after.isspace():
                # ”…” written with the closing mark on both sides.
                self.open("curly_double", position)
        elif mark == "„":
            self.open("low_double", position)
        elif mark == "«":
            self.open("guillemet", position)
        elif mark == "»":
            index = self.find("guillemet")
            if index >= 0:
                self.close(index, position)
        elif _is_word_char(before) and _is_word_char(after):
            pass  # a single mark between two letters is an apostrophe (today's, Xi’s)
        elif mark == "‘":
            if not after.isspace():
                self.open("curly_single", position)
        elif mark == "’":
            index = self.find("curly_single")
            if index >= 0 and not before.isspace():
                self.close(index, position)
        else:  # the straight single mark
            index = self.find("straight_single")
            if index >= 0 and not before.isspace() and not after.isalnum():
                self.close(index, position)
            elif (before.isspace() or before in "([{-–—" or before in _QUOTE_CHARACTERS) and not after.isspace():
                self.open("straight_single", position)


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Every quotation in ``text[start:end]``, outermost first where two start together.

    Rules: ``"…"``, ``“…”``, ``„…“``, ``«…»``, ``‘…’`` and ``'…'`` are
    quotations, nested to any depth up to six. A straight ``"`` closes the
    innermost open straight quotation, else opens one. A ``’`` or ``'``
    between two letters is an apostrophe (``today's``, ``Xi’s``); a straight
    ``'`` opens only at the start of a word and closes only at the end of one,
    and one never closed was an apostrophe. A quotation left open (except with
    ``'``) ends at the end of its line, so an unbalanced mark never swallows
    the next paragraph. Empty quotations are not reported.
    """
    limit = len(text) if end is None else max(0, min(end, len(text)))
    first = max(0, min(start, limit))
    return _scan_quotes(text, _find_marks(text, _QUOTE_MARKS + "\n", first, limit), first, limit)


def _scan_quotes(text: str, marks: list[int], start: int, end: int) -> list[Quote]:
    """The quotations of ``text[start:end]`` given the positions of its quotation marks and line breaks."""
    if not marks:
        return []
    scanner = _QuoteScanner(text)
    for position in marks:
        mark = text[position]
        if mark == "\n":
            scanner.end_line(position)
            continue
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        scanner.mark(mark, position, before, after)
    scanner.end_line(end)
    scanner.found.sort(key=lambda quote: (quote.start, -quote.end))
    return scanner.found


def _find_marks(text: str, marks: str, start: int, end: int) -> list[int]:
    """The positions in ``text[start:end]`` of every character in ``marks``, in order.

    One ``str.find`` loop per mark: CPython scans for a single character
    several times faster than ``re`` scans for a character class, and these
    marks are few in a text.
    """
    found: list[int] = []
    find = text.find
    for mark in marks:
        position = find(mark, start, end)
        while position >= 0:
            found.append(position)
            position = find(mark, position + 1, end)
    found.sort()
    return found


# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------

_TERMINATORS: Final = ".।॥?!…"
# Words that end in a full stop without ending a sentence (casefolded,
# without the stop). Dotted single letters (U.S., e.g.) and single capital
# initials (J. Blinken) are recognised by shape, not listed.
_ABBREVIATIONS: Final = frozenset(
    {
        # English titles and ranks
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr",
        "adm", "prof", "sen", "rep", "gov", "pres", "rev", "hon", "amb", "supt", "insp",
        # English references and places
        "no", "nos", "vs", "v", "mt", "ft", "ave", "dept", "est", "approx", "cf", "al", "fig",
        # Month abbreviations before a day ("Feb. 20")
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        # Company suffixes inside names
        "inc", "ltd", "co", "corp", "bros",
        # Hindi titles: Dr., Shri, Smt., Ms., Prof., the late, Pandit
        "डॉ", "श्री", "सुश्री", "श्रीमती", "प्रो", "स्व", "पं", "कु",
    }
)  # fmt: skip
# Latin letters spelt in Devanagari, as written for initials (एस. जयशंकर).
# Left out: letter names that are also common words (ई, ओ, आई, जी).
_DEVANAGARI_INITIALS: Final = frozenset(
    {
        "ए", "बी", "सी", "डी", "एफ", "एच", "जे", "के", "एल", "एम", "एन", "पी", "क्यू", "आर",
        "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड", "ज़ेड",
    }
)  # fmt: skip
# Every spelling looked up: lower case, capitalised, all capitals, and the
# Devanagari initials.
_ABBREVIATION_FORMS: Final = frozenset(
    {form for word in _ABBREVIATIONS for form in (word, word.title(), word.upper())} | _DEVANAGARI_INITIALS
)
# How far back the word before a full stop is read.
_ABBREVIATION_WINDOW: Final = 16


def _is_abbreviation_before(text: str, stop: int, floor: int) -> bool:
    """Whether the word that ends at the full stop at ``stop`` is an abbreviation or initial."""
    lower = max(floor, stop - _ABBREVIATION_WINDOW)
    space = text.rfind(" ", lower, stop)
    if space < 0 and lower > floor:
        return False  # a word longer than any abbreviation
    written = text[floor if space < 0 else space + 1 : stop]
    known = _ABBREVIATION_WORDS.get(written)
    if known is None:
        known = _is_abbreviation(written)
        if len(_ABBREVIATION_WORDS) < _ABBREVIATION_WORDS_LIMIT:
            _ABBREVIATION_WORDS[written] = known
    return known


# What _is_abbreviation said of each word as written: sentences end after
# the same few hundred words again and again. Bounded, whatever a text holds.
_ABBREVIATION_WORDS: dict[str, bool] = {}
_ABBREVIATION_WORDS_LIMIT: Final = 1 << 14


def _is_abbreviation(written: str) -> bool:
    """Whether a word written before a full stop (opening marks and all) is an abbreviation or initial."""
    word = written.lstrip("([{\"'“‘").strip(".")
    if word in _ABBREVIATION_FORMS:
        return True
    if len(word) == 1:
        return _is_upper_latin(word)
    return "." in word and all(len(part) == 1 and part.isalpha() for part in word.split("."))


def _skip_closers(text: str, position: int, end: int) -> int:
    """The position after any closing brackets and quotation marks at ``position``."""
    while position < end and text[position] in _CLOSERS:
        if text[position] in "\"'" and position + 1 < end and not text[position + 1].isspace():
            break  # a straight mark glued to the next word opens a quotation
        position += 1
    return position


def _next_visible(text: str, position: int, end: int) -> str:
    """The first character at or after ``position`` that is not a space, or ''."""
    while position < end and text[position] == " ":
        position += 1
    return text[position] if position < end else ""


def _sentence_end(text: str, run_start: int, run_end: int, floor: int, end: int) -> int:
    """Where the sentence ends if the terminator run at ``run_start`` ends it, else -1.

    Rules: a danda always ends a sentence. Otherwise the run must be followed
    (after closing marks) by a space or the end of the line; a ``.``, ``?`` or
    ``!`` glued to a Devanagari letter also ends one, since Hindi writers
    often leave out the space. None ends a sentence before a lower-case Latin
    letter. An ellipsis does not end one before a closing quotation mark. A
    single full stop does not end one after an abbreviation or an initial.
    """
    after = run_end
    if after < end and text[after] in _CLOSERS:
        after = _skip_closers(text, after, end)
    # Nearly every run is one mark: it is read as a character, not sliced out.
    single = run_end - run_start == 1
    run = text[run_start] if single else text[run_start:run_end]
    if after >= end or "।" in run or "॥" in run:
        return after
    if text[after] != " ":
        if after == run_end and _is_devanagari_letter(text[after]) and "…" not in run and ".." not in run:
            return after
        return -1
    following = after + 1
    while following < end and text[following] == " ":
        following += 1
    if following == end:
        return after
    char = text[following]
    if char < "\u0250" and char.islower():  # a lower-case Latin letter (see _is_lower_latin)
        return -1
    if "?" in run or "!" in run:
        return after
    if not single or run == "…":
        # An ellipsis right before a closing mark trails off inside a quotation.
        return -1 if after > run_end else after
    if _is_abbreviation_before(text, run_start, floor):
        return -1
    return after


def _quote_ends_sentence(text: str, quote: Quote, end: int) -> int:
    """Where the sentence ends if the closed quotation ``quote`` ends it, else -1.

    A quotation whose words end in ``.``, ``?``, ``!`` or a danda (not an
    ellipsis) ends the sentence when what follows starts a new one: a capital,
    a Devanagari letter, a digit or an opening quotation mark.
    """
    if quote.open or text[quote.inner_end - 1] not in ".?!।॥" or text.endswith("..", 0, quote.inner_end):
        return -1
    after = _skip_closers(text, quote.end, end)
    if after < end and text[after] != " ":
        return -1
    following = _next_visible(text, after, end)
    if following and (
        _is_upper_latin(following)
        or _is_devanagari_letter(following)
        or following.isdigit()
        or following in _OPENING_QUOTES
    ):
        return after
    return -1


def _sentence_ends(text: str, start: int, end: int, terminators: list[int], quotes: list[Quote]) -> list[int]:
    """Where the sentences of ``text[start:end]`` end, in order, ``end`` last.

    ``terminators`` are the positions of its sentence-final marks; adjacent
    ones form one run (``...``, ``?!``). Marks inside a quotation (an open one
    runs to the end of the line) are not sentence ends; see
    :func:`_sentence_end` and :func:`_quote_ends_sentence` for the rest.
    """
    ends: list[int] = []
    outer = [quote for quote in quotes if quote.depth == 0] if quotes else quotes
    count = len(outer)
    next_quote = 0
    index = 0
    marks = len(terminators)
    while index < marks:
        run_start = terminators[index]
        run_end = run_start + 1
        index += 1
        while index < marks and terminators[index] == run_end:
            run_end += 1
            index += 1
        if count:
            while next_quote < count and outer[next_quote].end <= run_start:
                next_quote += 1
            if next_quote < count and outer[next_quote].start < run_start:
                continue
        boundary = _sentence_end(text, run_start, run_end, start, end)
        if boundary >= 0:
            ends.append(boundary)
    if count:
        quote_ends = [boundary for quote in outer if (boundary := _quote_ends_sentence(text, quote, end)) >= 0]
        if quote_ends:
            ends = sorted({*ends, *quote_ends})
    ends.append(end)
    return ends


def _split_sentences(
    text: str, start: int, end: int, terminators: list[int], quotes: list[Quote]
) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, a single line, trimmed (see :func:`_sentence_ends`)."""
    sentences: list[tuple[int, int]] = []
    first = start
    for boundary in _sentence_ends(text, start, end, terminators, quotes):
        if boundary <= first:
            continue
        sentence_start, sentence_end = first, boundary
        while sentence_start < sentence_end and text[sentence_start] == " ":
            sentence_start += 1
        while sentence_end > sentence_start and text[sentence_end - 1] == " ":
            sentence_end -= 1
        if sentence_start < sentence_end:
            sentences.append((sentence_start, sentence_end))
        first = boundary
    return sentences


# --------------------------------------------------------------------------
# Datelines
# --------------------------------------------------------------------------

# How far into the first paragraph a dateline may reach.
_DATELINE_WINDOW: Final = 120
_DATELINE_MARK: Final = re.compile("[:।.)\u2013\u2014-]")
_MAX_PLACE_WORDS: Final = 4
# A word of a place name: letters of any script, with inner dots, hyphens and
# apostrophes (St. Petersburg, Ras al-Khaimah, Côte d'Ivoire).
_PLACE_WORD: Final = re.compile(
    "(?:[^\\W\\d_]|[\u0900-\u0963\u0971-\u097f])+(?:[.'’-](?:[^\\W\\d_]|[\u0900-\u0963\u0971-\u097f])+)*\\.?"
)
_MONTHS: Final = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "जनवरी", "फरवरी", "फ़रवरी", "मार्च", "अप्रैल", "अप्रेल", "मई", "जून", "जुलाई", "अगस्त",
        "सितंबर", "सितम्बर", "अक्टूबर", "अक्तूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर",
    }
)  # fmt: skip
_NUMERIC_DATE: Final = re.compile(r"\d{1,4}(?:[./-]\d{1,2}(?:[./-]\d{2,4})?)?(?:st|nd|rd|th)?")
# Words that open a report's first line with a colon or dash but are not
# places: live-blog kickers, weekdays, and Hindi words that only occur in a
# clause ("ट्रंप ने कहा:").
_NOT_PLACES: Final = frozenset(
    {
        "live", "breaking", "update", "updated", "latest", "earlier", "exclusive", "analysis",
        "opinion", "editorial", "explainer", "watch", "video", "photos", "report", "note",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "ने", "को", "से", "में", "का", "की", "के", "पर", "है", "हैं", "था", "थे", "थी", "और", "कि",
        "यह", "वह", "इस", "उस", "भी", "ही", "तो", "कहा", "बताया", "दें", "वहीं", "लेकिन",
        "हुई", "हुआ", "हुए", "गया", "गई", "गए", "किया", "दिया", "दी", "रहा", "रही", "रहे", "होगा",
        "होगी", "मिले", "मिला", "पहुंचे", "आए", "नहीं", "हम", "वे",
        "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार", "आज",
        "लाइव", "अपडेट",
    }
)  # fmt: skip
# Lower-case words inside a place name (Rio de Janeiro, Stratford-upon-Avon).
_PLACE_PARTICLES: Final = frozenset({"de", "da", "do", "dos", "das", "del", "la", "le", "al", "el", "of", "am"})
# News agencies as credited in datelines; an all-capital acronym also counts.
_AGENCIES: Final = frozenset(
    {
        "agency", "agencies", "reuters", "ap", "afp", "pti", "ians", "ani", "uni", "xinhua",
        "bloomberg", "dpa", "kyodo", "yonhap", "tass", "ria", "efe", "ansa", "bss", "app",
        "भाषा", "एजेंसी", "एजेंसियां", "एजेंसियाँ", "वार्ता", "यूनीवार्ता", "आईएएनएस", "एएनआई",
        "पीटीआई", "यूएनआई", "हिस", "हि.स", "हिन्दुस्थान समाचार",
    }
)  # fmt: skip


def _trim(text: str, start: int, end: int) -> Range:
    """``text[start:end]`` without the spaces around it."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return _new_tuple(Range, (start, end))


def _is_place(text: str, span: Range) -> bool:
    """Whether ``text[span]`` reads as a place name.

    Rules: one to four words of letters (no digits), not a kicker, weekday,
    month or Hindi function word; Latin words capitalised except particles
    such as ``de``, the first always.
    """
    words = text[span.start : span.end].split(" ")
    if not 0 < len(words) <= _MAX_PLACE_WORDS:
        return False
    for position, word in enumerate(words):
        if _PLACE_WORD.fullmatch(word) is None:
            return False
        folded = word.rstrip(".").casefold()
        if folded in _NOT_PLACES or folded in _MONTHS:
            return False
        if word[0] < "\u0250" and not word[0].isupper() and (position == 0 or folded not in _PLACE_PARTICLES):
            return False
    return True


def _is_date(text: str, span: Range) -> bool:
    """Whether ``text[span]`` reads as a date: day, month name, year (``Aug 31``, ``31 अगस्त``)."""
    words = text[span.start : span.end].split(" ")
    if not 0 < len(words) <= _MAX_PLACE_WORDS:
        return False
    month = False
    for word in words:
        folded = word.rstrip(".").casefold()
        if folded in _MONTHS:
            month = True
        elif _NUMERIC_DATE.fullmatch(folded) is None:
            return False
    # A numeric date needs its separators ("31.08.2025"); a bare number is not one.
    return month or (len(words) == 1 and any(mark in words[0] for mark in "./-"))


def _is_agency(text: str, span: Range) -> bool:
    """Whether the words in brackets at ``span`` credit a news agency."""
    words = text[span.start : span.end]
    if words.casefold() in _AGENCIES:
        return True
    return 1 < len(words) <= 6 and words.isascii() and words.isupper() and words.isalpha()


def _split_places(text: str, span: Range) -> list[Range] | None:
    """The place names of a dateline's first part, or None if it is not one.

    Rules: names separated by ``/`` (``लाहौर/नई दिल्ली``), the last one
    possibly followed by a region in brackets (``पनमुनजोम (दक्षिण कोरिया)``).
    """
    places: list[Range] = []
    stop = span.end
    if text[stop - 1] == ")":
        opening = text.rfind("(", span.start, stop)
        if opening < 0:
            return None
        region = _trim(text, opening + 1, stop - 1)
        if not _is_place(text, region):
            return None
        stop = opening
        places.append(region)
    names: list[Range] = []
    first = span.start
    while True:
        slash = text.find("/", first, stop)
        name = _trim(text, first, stop if slash < 0 else slash)
        if not _is_place(text, name):
            return None
        names.append(name)
        if slash < 0:
            break
        first = slash + 1
    return names + places


def _read_dateline_head(text: str, start: int, end: int, *, bracket_ends: bool) -> Dateline | None:
    """The dateline whose words are ``text[start:end]`` (without its closing mark).

    Rules: place names (see :func:`_split_places`), then comma-separated
    further places (``NUSA DUA, Indonesia``) and at most one date (``Aug 31``,
    ``16 March 2023``, a year after a comma joining the date), then an agency
    in brackets. A head that ends at a bracket with no closing mark
    (``bracket_ends``) needs the agency.
    """
    head = _trim(text, start, end)
    if head.start == head.end:
        return None
    agency: Range | None = None
    words_end = head.end
    if text[words_end - 1] == ")":
        opening = text.rfind("(", head.start, words_end)
        if opening > head.start:
            inside = _trim(text, opening + 1, words_end - 1)
            before = _trim(text, head.start, opening)
            # A bracket after a date or a comma-separated part credits an
            # agency whatever it says; right after the first place it is a
            # region unless it names a known agency.
            if _is_agency(text, inside) or "," in text[before.start : before.end]:
                agency = inside
                words_end = before.end
    if bracket_ends and agency is None:
        return None
    parts: list[Range] = []
    first = head.start
    while True:
        comma = text.find(",", first, words_end)
        parts.append(_trim(text, first, words_end if comma < 0 else comma))
        if comma < 0:
            break
        first = comma + 1
    places = _split_places(text, parts[0]) if parts[0].start < parts[0].end else None
    if places is None:
        return None
    place = parts[0]
    date: Range | None = None
    for part in parts[1:]:
        if date is None and _is_place(text, part):
            places.append(part)
            place = Range(place.start, part.end)
        elif date is None and _is_date(text, part):
            date = part
        elif date is not None and part.end - part.start == 4 and text[part.start : part.end].isdigit():
            date = Range(date.start, part.end)  # "Feb. 20, 2023"
        else:
            return None
    places.sort()
    return Dateline(
        start=head.start,
        end=end,
        place_text=text[place.start : place.end],
        place=place,
        places=tuple(places),
        date_text=None if date is None else text[date.start : date.end],
        date=date,
        agency=None if agency is None else text[agency.start : agency.end],
        agency_span=agency,
    )


def _dateline_closing(text: str, position: int, start: int, end: int) -> tuple[int, bool] | None:
    """If the mark at ``position`` can close a dateline: where the dateline ends, and whether a bracket closes it.

    Rules: ``:`` and a full stop before a space or the end of the line, a
    danda, a dash with a space (or a bracket) before it and a space after it,
    or a closing bracket before a space (``(भाषा) प्रधानमंत्री``).
    """
    mark = text[position]
    after = text[position + 1] if position + 1 < end else " "
    if mark == "।":
        return position + 1, False
    if mark in ":.":
        return (position + 1, False) if after == " " and position > start else None
    if mark == ")":
        return (position + 1, True) if after == " " else None
    before = text[position - 1] if position > start else ""
    if before in " )" and after in " -":
        closing = position + 1
        while closing < end and text[closing] == "-":
            closing += 1
        return closing, False
    return None


def _read_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline that opens the line ``text[start:end]``, if it has one.

    Rules: the first closing mark (see :func:`_dateline_closing`) within the
    first 120 characters whose words before it read as a dateline (see
    :func:`_read_dateline_head`). A full stop closes a dateline only after a
    Devanagari or all-capital place, which an abbreviation ("Mr.") is not.
    """
    limit = min(end, start + _DATELINE_WINDOW)
    for match in _DATELINE_MARK.finditer(text, start, limit):
        closing = _dateline_closing(text, match.start(), start, end)
        if closing is None:
            continue
        dateline_end, bracket_ends = closing
        head_end = dateline_end if bracket_ends else match.start()
        dateline = _read_dateline_head(text, start, head_end, bracket_ends=bracket_ends)
        if dateline is None:
            continue
        if text[match.start()] in ".।" and not _stop_can_close(text, dateline, match.start()):
            continue
        if bracket_ends:
            # "KYIV, Ukraine (Agency) - …": a closing mark after the agency
            # belongs to the dateline.
            mark = _trim(text, dateline_end, end).start
            if mark < end and text[mark] in ":।-\u2013\u2014":
                dateline_end = mark + 1
                while dateline_end < end and text[dateline_end] == "-":
                    dateline_end += 1
        return _ending_at(dateline, dateline_end)
    return None


def _ending_at(dateline: Dateline, end: int) -> Dateline:
    """``dateline._replace(end=end)``, without the generic machinery of ``_replace`` (several times slower)."""
    return _new_tuple(Dateline, (dateline.start, end, *dateline[2:]))


def _stop_can_close(text: str, dateline: Dateline, stop: int) -> bool:
    """Whether the full stop or danda at ``stop`` can close this dateline.

    Rules: these marks end sentences too, so a short opening sentence
    (``बातचीत हुई.``) must not pass for a place. Not after an abbreviation
    (``WASHINGTON, Feb.``); with a date or agency, any place; without one,
    places of at most two words, Devanagari or all capitals
    (``वॉशिंगटन/मॉस्को.``).
    """
    if _is_abbreviation_before(text, stop, dateline.start):
        return False
    if dateline.date is not None or dateline.agency is not None:
        return True
    for place in dateline.places:
        name = text[place.start : place.end]
        if name.count(" ") > 1 or not (_is_devanagari_letter(name[0]) or name.isupper()):
            return False
    return True


def _whole_line_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A line that is only a dateline with a date or an agency (``नई दिल्ली, 31 अगस्त (भाषा)``)."""
    if end - start > _DATELINE_WINDOW:
        return None
    closing = end
    if text[end - 1] in ":।-\u2013\u2014":
        closing = end - 1
    head = _trim(text, start, closing)
    if head.start < head.end and text[head.end - 1] != ")" and text.find(",", head.start, head.end) < 0:
        return None  # no date (it follows a comma) and no agency (in brackets at the end)
    dateline = _read_dateline_head(text, start, closing, bracket_ends=False)
    if dateline is None or (dateline.date is None and dateline.agency is None):
        return None
    return _ending_at(dateline, end)


# --------------------------------------------------------------------------
# Embedded posts
# --------------------------------------------------------------------------

_HASHTAG_MARKER: Final = re.compile(r"#[^\W\d_][^\W_]{0,40}[ ]{0,4}[|:]")
_WORD_MARKER: Final = re.compile(r"([A-Za-z]{2,12})[ ]{0,4}([|:])")
# Kickers that introduce a video or post clip when followed by a colon; any
# all-capital word followed by "|" does as well.
_EMBED_KICKERS: Final = frozenset({"watch", "video", "listen", "photos", "visuals"})
_SIGNATURE: Final = re.compile(r"[\u2014\u2013-]{1,2}[ ]{0,3}([^()@\n]{1,80})\(@(\w{1,40})\)")
_POST: Final = re.compile(r"([^\W\d_][^()@\n:|\"“]{0,60})\(@(\w{1,40})\)[ ]{0,3}:?")
_SOURCE: Final = re.compile(r"(?:source|sources|स्रोत|सोर्स)[ ]{0,3}[:：]", re.IGNORECASE)
_POST_LINK: Final = re.compile(r"(?:https?://)?(?:pic\.twitter\.com|t\.co|x\.com|twitter\.com)/[^ \n]*")
_URL: Final = re.compile(r"https?://[^ \n]+")
# How far into a line the "(@handle)" of a post or signature may stand.
_MAX_HANDLE_REACH: Final = 90
_MAX_PLACE_FIELDS: Final = 3
_MAX_PLACE_FIELD_WORDS: Final = 6


def _link_tail(text: str, start: int, end: int) -> int:
    """Where the post links that end the line begin (``pic.twitter.com/…``), or ``end`` if none."""
    space = text.rfind(" ", start, end)
    if text.find("/", start if space < 0 else space + 1, end) < 0:
        return end  # the last word is no link: the common case, decided without a search
    tail = end
    previous_end = -1
    for match in _POST_LINK.finditer(text, start, end):
        if previous_end < 0 or text[previous_end : match.start()].strip(" "):
            tail = match.start()
        previous_end = match.end()
    return tail if previous_end == end else end


def _place_fields(text: str, position: int, end: int) -> tuple[list[Range], int]:
    """The ``|``-separated place fields after an embed marker, and where the body starts.

    Rules: up to three fields, each at most six words with no quotation mark;
    a single capitalised field of up to three words closed by a colon
    (``#WATCH | Delhi: …``) is a place too.
    """
    fields: list[Range] = []
    while len(fields) < _MAX_PLACE_FIELDS:
        bar = text.find("|", position, end)
        if bar < 0:
            break
        field = _trim(text, position, bar)
        words = text[field.start : field.end]
        if not words or len(words.split(" ")) > _MAX_PLACE_FIELD_WORDS or not _QUOTE_CHARACTERS.isdisjoint(words):
            break
        fields.append(field)
        position = bar + 1
    if not fields:
        colon = text.find(":", position, min(end, position + 40))
        field = _trim(text, position, max(colon, position))
        if colon >= 0 and field.start < field.end:
            names = text[field.start : field.end].split(" ")
            if len(names) <= 3 and all(name[:1].isupper() for name in names):
                fields.append(field)
                position = colon + 1
    return fields, _trim(text, position, end).start


def _read_marked_embed(text: str, start: int, end: int) -> Embed | None:
    """An embed line opened by a marker: ``#WATCH |``, ``#BREAKING:``, ``WATCH:``, ``VIDEO |``."""
    match = _HASHTAG_MARKER.match(text, start, end)
    if match is None:
        match = _WORD_MARKER.match(text, start, end)
        if match is None:
            return None
        word, separator = match.groups()
        if not (word.casefold() in _EMBED_KICKERS or (separator == "|" and word.isupper())):
            return None
    marker = _trim(text, start, match.end() - 1)
    fields, body_start = _place_fields(text, match.end(), end)
    link = _link_tail(text, body_start, end)
    return Embed(
        form="watch",
        body=_trim(text, body_start, link),
        marker=marker,
        place_text=text[fields[0].start : fields[0].end] if fields else None,
        place=fields[0] if fields else None,
        places=tuple(fields),
        link=Range(link, end) if link < end else None,
    )


def _read_embed(text: str, start: int, end: int, *, after_post: bool) -> Embed | None:
    """The embed that the line ``text[start:end]`` is, if it is one.

    Rules, in order: a marker line (see :func:`_read_marked_embed`); a
    signature ``— Name (@handle) date``; a ``source:`` line; a post
    ``Name (@handle): words``; a line that is only links; a line ending in a
    post link (``pic.twitter.com/…``, ``t.co/…``), the text of a post; and,
    when ``after_post`` (the line directly above, with no blank line between,
    is a post), a continuation: a line of mostly Latin letters opening with
    a quotation mark, an ellipsis or a lower-case letter, as social-post
    transcripts do and the article's own prose does not
    (``"... i could see it happening," replies president trump.``).
    """
    # Each form opens in its own way; the first character rules most out, so
    # that the common prose line costs two string searches.
    first = text[start]
    if first == "#" or (first.isascii() and first.isalpha()):
        embed = _read_marked_embed(text, start, end)
        if embed is not None:
            return embed
    link = _link_tail(text, start, end)
    link_range = Range(link, end) if link < end else None
    has_handle = text.find("(@", start, min(end, start + _MAX_HANDLE_REACH)) >= 0
    if has_handle and first in "\u2014\u2013-":
        signature = _SIGNATURE.match(text, start, end)
        if signature is not None:
            author = _trim(text, signature.start(1), signature.end(1))
            return Embed(
                form="signature",
                body=Range(end, end),
                author=author,
                handle=Range(signature.start(2) - 1, signature.end(2)),
                link=link_range,
            )
    if first in "sSस" and _SOURCE.match(text, start, end) is not None:
        return Embed(form="source", body=Range(end, end), link=link_range)
    post = _POST.match(text, start, end) if has_handle else None
    if post is not None:
        return Embed(
            form="post",
            body=_trim(text, post.end(), link),
            author=_trim(text, post.start(1), post.end(1)),
            handle=Range(post.start(2) - 1, post.end(2)),
            link=link_range,
        )
    if link == start or (first == "h" and _URL.fullmatch(text, start, end) is not None):
        return Embed(form="link", body=Range(end, end), link=Range(start, end))
    if link_range is not None:
        return Embed(form="post", body=_trim(text, start, link), link=link_range)
    if after_post:
        opens_like_transcript = first in _OPENING_QUOTES or first in "“…." or _is_lower_latin(first)
        if opens_like_transcript and language_of(text, start, end) == "en":
            return Embed(form="continuation", body=_trim(text, start, link), link=link_range)
    return None


# --------------------------------------------------------------------------
# Lines and segments
# --------------------------------------------------------------------------

_BULLET: Final = re.compile(r"(?:[-•*–▪◦●·]|\d{1,3}[.)]|\([0-9A-Za-z]{1,4}\)|\([\u0900-\u097f]{1,3}\))[ ]+(?=[^ ])")
_HEADLINE_MAX_WORDS: Final = 25
_HEADING_MAX_WORDS: Final = 15
_LIST_HEADING_MAX_WORDS: Final = 12
_LIST_HEADING_WORDS: Final = (
    "key takeaways", "takeaways", "key points", "key outcomes", "highlights", "at a glance",
    "what we know", "main points", "मुख्य बातें", "खास बातें", "ख़ास बातें", "अहम बातें",
    "प्रमुख बातें", "बड़ी बातें", "मुख्य बिंदु", "अहम बिंदु", "प्रमुख बिंदु",
)  # fmt: skip


class _Line(NamedTuple):
    start: int
    end: int
    blank_before: bool


def _lines(text: str) -> list[_Line]:
    """The non-empty lines of ``text``, trimmed, and whether a blank line precedes each."""
    lines: list[_Line] = []
    position = 0
    blank = False
    for line in text.split("\n"):
        length = len(line)
        if not length:
            blank = True
        elif line[0] != " " and line[-1] != " ":
            lines.append(_new_tuple(_Line, (position, position + length, blank)))
            blank = False
        else:
            stripped = line.strip(" ")
            if stripped:
                first = position + length - len(line.lstrip(" "))
                lines.append(_new_tuple(_Line, (first, first + len(stripped), blank)))
                blank = False
            else:
                blank = True
        position += length + 1
    return lines


def _ends_without_stop(text: str, line: _Line) -> bool:
    """Whether the line ends without sentence-final punctuation (closing marks aside)."""
    end = line.end
    while end > line.start and text[end - 1] in _CLOSERS:
        end -= 1
    return end > line.start and text[end - 1] not in _SENTENCE_FINAL


def _word_count(text: str, line: _Line) -> int:
    return len(text[line.start : line.end].split())


def _is_list_heading(text: str, line: _Line) -> bool:
    """Whether the line just before a run of bullets introduces it.

    Rules: it ends with a colon; or it is short (at most 12 words) and either
    names a list (``मुख्य बातें``, ``KEY TAKEAWAYS``) or has no sentence-final
    punctuation.
    """
    words = text[line.start : line.end]
    if words.endswith(":"):
        return True
    if _word_count(text, line) > _LIST_HEADING_MAX_WORDS:
        return False
    folded = words.casefold()
    return any(name in folded for name in _LIST_HEADING_WORDS) or _ends_without_stop(text, line)


class _Structure(NamedTuple):
    segments: list[Segment]
    dateline: Dateline | None


def _classify(text: str, lines: list[_Line]) -> _Structure:
    """Give each line its kind; find the dateline.

    Rules, in order: embeds (see :func:`_read_embed`) and bullets (a line
    opening with ``-``, ``•``, ``*``, ``–``, ``1.``, ``1)`` or ``(a)`` and a
    space); the line just before a run of bullets, if it qualifies, is a
    list heading (see :func:`_is_list_heading`); the first line is the
    headline if it is at most 25 words, has no sentence-final punctuation,
    is followed by another line and does not open with a dateline; the first
    remaining line is a dateline on its own if it is only one; later lines of
    at most 15 words with no sentence-final punctuation, not ending in a
    comma, semicolon or colon, followed by a blank line and then not by a
    bullet, are headings; a line wholly in brackets is a note (a caption or
    credit); everything else is a paragraph, and the first paragraph may
    open with the dateline.
    """
    kinds: list[SegmentKind] = []
    embeds: list[Embed | None] = []
    for line in lines:
        after_post = bool(
            kinds
            and kinds[-1] == "embed"
            and not line.blank_before
            and (embed_above := embeds[-1]) is not None
            and embed_above.form in ("watch", "post", "continuation")
        )
        embed = _read_embed(text, line.start, line.end, after_post=after_post)
        embeds.append(embed)
        if embed is not None:
            kinds.append("embed")
        elif _BULLET.match(text, line.start, line.end) is not None:
            kinds.append("bullet")
        elif _is_note(text, line):
            kinds.append("note")
        else:
            kinds.append("paragraph")
    count = len(lines)
    for index in range(count - 1):
        if kinds[index] == "paragraph" and kinds[index + 1] == "bullet" and _is_list_heading(text, lines[index]):
            kinds[index] = "list_heading"
    body = 0
    dateline: Dateline | None = None
    if count > 1 and kinds[0] == "paragraph" and _is_headline(text, lines[0]):
        kinds[0] = "headline"
        body = 1
    if body < count and kinds[body] == "paragraph":
        dateline = _whole_line_dateline(text, lines[body].start, lines[body].end)
        if dateline is not None:
            kinds[body] = "dateline"
    for index in range(body, count - 1):
        if kinds[index] == "paragraph" and _is_heading(text, lines, kinds, index):
            kinds[index] = "heading"
    segments: list[Segment] = []
    seen_paragraph = False
    for index, (line, kind, embed) in enumerate(zip(lines, kinds, embeds, strict=True)):
        content_start, content_end = line.start, line.end
        if kind == "dateline":
            content_start = content_end
        elif kind == "bullet":
            marker = _BULLET.match(text, line.start, line.end)
            content_start = marker.end() if marker is not None else line.start
        elif embed is not None:
            content_start, content_end = embed.body
        elif kind == "paragraph" and not seen_paragraph:
            seen_paragraph = True
            if dateline is None:
                dateline = _read_dateline(text, line.start, line.end)
                if dateline is not None:
                    content_start = _trim(text, dateline.end, line.end).start
        segments.append(_new_tuple(Segment, (index, kind, line.start, line.end, content_start, content_end, embed)))
    return _Structure(segments, dateline)


_NOTE_CLOSING: Final = {"(": ")", "[": "]"}


def _is_note(text: str, line: _Line) -> bool:
    """Whether the line is wholly in brackets: a caption or credit, ``(फाइल फोटो: …)``."""
    closing = _NOTE_CLOSING.get(text[line.start])
    return closing is not None and text[line.end - 1] == closing and text.find(closing, line.start, line.end - 1) < 0


def _is_headline(text: str, line: _Line) -> bool:
    """See :func:`_classify`."""
    if _word_count(text, line) > _HEADLINE_MAX_WORDS or not _ends_without_stop(text, line):
        return False
    return _read_dateline(text, line.start, line.end) is None


def _is_heading(text: str, lines: list[_Line], kinds: list[SegmentKind], index: int) -> bool:
    """See :func:`_classify`."""
    line = lines[index]
    following = index + 1
    if not lines[following].blank_before or kinds[following] == "bullet":
        return False
    if _word_count(text, line) > _HEADING_MAX_WORDS or not _ends_without_stop(text, line):
        return False
    return text[line.end - 1] not in ",;:"


# --------------------------------------------------------------------------
# The document
# --------------------------------------------------------------------------


class Document:
    """An article read for structure: normalised text, segments, sentences, quotations.

    ``original`` is the text as passed; ``text`` its normalised copy (see
    :func:`read_document`), which every offset here refers to;
    ``to_original`` maps a span of ``text`` back. Build one with
    :func:`read_document`; treat it as immutable.
    """

    __slots__ = (
        "_chunks",
        "_commas",
        "_language",
        "_map",
        "_paragraph_starts",
        "_quote_starts",
        "_quoted",
        "_segment_starts",
        "_sentence_starts",
        "_tokens",
        "dateline",
        "headline",
        "original",
        "paragraphs",
        "quotes",
        "segments",
        "sentences",
        "text",
    )

    original: str
    text: str
    segments: tuple[Segment, ...]
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    headline: Segment | None
    dateline: Dateline | None
    paragraphs: tuple[Segment, ...]

    def __init__(self, original: str) -> None:
        self.original = original
        text, chunks = _normalise(original)
        self.text = text
        self._chunks = chunks
        self._map = _OffsetMap(chunks) if chunks else None
        structure = _classify(text, _lines(text))
        self.segments = tuple(structure.segments)
        self.dateline = structure.dateline
        # Only the first line can be the headline (see _classify).
        self.headline = self.segments[0] if self.segments and self.segments[0].kind == "headline" else None
        self.paragraphs = tuple([s for s in self.segments if s.kind == "paragraph"])
        sentences: list[Sentence] = []
        quotes: list[Quote] = []
        # The marks of the whole text are found at once and handed to each
        # segment by bisection: one scan instead of one per line.
        terminators = _find_marks(text, _TERMINATORS, 0, len(text))
        quote_marks = _find_marks(text, _QUOTE_MARKS, 0, len(text))
        for number, _kind, _start, _end, content_start, content_end, _embed in self.segments:
            if content_start >= content_end:
                continue
            low = bisect_left(quote_marks, content_start)
            high = bisect_left(quote_marks, content_end, low)
            found = _scan_quotes(text, quote_marks[low:high], content_start, content_end) if low < high else []
            if found:
                quotes.extend(found)
            low = bisect_left(terminators, content_start)
            marks = terminators[low : bisect_left(terminators, content_end, low)]
            for start, end in _split_sentences(text, content_start, content_end, marks, found):
                sentences.append(_new_tuple(Sentence, (len(sentences), start, end, number)))
        self.sentences = tuple(sentences)
        self.quotes = tuple(quotes)
        self._segment_starts = [segment.start for segment in self.segments]
        self._paragraph_starts = [paragraph.start for paragraph in self.paragraphs]
        self._quote_starts = [quote.start for quote in quotes]
        self._quoted: tuple[list[int], list[int]] | None = None
        self._commas: list[int] | None = None
        self._sentence_starts = [sentence.start for sentence in sentences]
        self._tokens: tuple[Token, ...] | None = None
        self._language: Language | None = None

    def __repr__(self) -> str:
        return f"<Document {len(self.text)} characters, {len(self.segments)} segments, language={self.language!r}>"

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The words of ``text`` (see :func:`newsevent.parsing._tokens.tokenize`), computed on first use."""
        if self._tokens is None:
            self._tokens = tuple(tokenize(self.text))
        return self._tokens

    @property
    def language(self) -> Language:
        """The main language of the body: ``hi`` when at least 30% of its letters are Devanagari."""
        if self._language is None:
            devanagari, latin = _letter_counts(self.text, 0, len(self.text))
            total = devanagari + latin
            self._language = "hi" if total and devanagari >= _HINDI_BODY_SHARE * total else "en"
        return self._language

    def language_of(self, start: int, end: int) -> Language:
        """The language of ``text[start:end]`` (see :func:`language_of`); the body's if it has no letters."""
        return language_of(self.text, start, end, default=self.language)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that holds the characters of ``text[start:end]``.

        Rules: a boundary inside a run that normalisation changed as a whole
        (an NFC cluster, CRLF) moves outward to the run's edge; at a place
        where invisible characters were removed, the start moves past them
        and the end stops before them; the start of ``text`` maps to 0 and its
        end to ``len(original)``. Offsets out of range are clamped.
        """
        length = len(self.text)
        # Clamped with comparisons: called for every evidence span, and min/max calls cost more.
        if not 0 <= start <= length:
            start = 0 if start < 0 else length
        if not start <= end <= length:
            end = start if end < start else length
        if self._map is None:
            return start, end
        original_start = 0 if start == 0 else self._map.start(start)
        original_end = len(self.original) if end == length else self._map.end(end)
        return original_start, max(original_start, original_end)

    def span(self, start: int, end: int) -> Span:
        """The evidence :class:`~newsevent.Span` in ``original`` for ``text[start:end]``."""
        original_start, original_end = self.to_original(start, end)
        return span(original_start, original_end)

    def segment_at(self, offset: int) -> Segment | None:
        """The segment that contains ``offset`` of ``text``, or None (a blank line)."""
        index = bisect_right(self._segment_starts, offset) - 1
        if index >= 0 and offset < self.segments[index].end:
            return self.segments[index]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset`` of ``text``, or None."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def sentences_in(self, segment: Segment) -> tuple[Sentence, ...]:
        """The sentences of ``segment``, in order."""
        first = bisect_left(self._sentence_starts, segment.start)
        last = bisect_left(self._sentence_starts, segment.end)
        return self.sentences[first:last]

    def paragraph_index(self, offset: int) -> int | None:
        """The index in ``paragraphs`` of the body paragraph that contains ``offset``, or None.

        Headlines, headings, bullets, list headings and embeds are not body
        paragraphs, so the lead paragraph is 0 whatever stands above it.
        """
        segment = self.segment_at(offset)
        if segment is None or segment.kind != "paragraph":
            return None
        return bisect_left(self._paragraph_starts, segment.start)

    def quotes_in(self, start: int, end: int) -> tuple[Quote, ...]:
        """The quotations that lie within ``text[start:end]``."""
        first = bisect_left(self._quote_starts, start)
        last = bisect_left(self._quote_starts, end, first)
        if first == last:
            return ()  # the common answer: most lines quote no one
        return tuple([quote for quote in self.quotes[first:last] if quote.end <= end])

    def quoted(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation (of any depth).

        One bisection over the quotations' merged spans (worked out on first
        use), so that asking for every date or word of a long paragraph full
        of quotations stays linear.
        """
        if self._quoted is None:
            starts: list[int] = []
            ends: list[int] = []
            for quote in sorted(self.quotes, key=attrgetter("start")):
                if ends and quote.start <= ends[-1]:
                    ends[-1] = max(ends[-1], quote.end)
                else:
                    starts.append(quote.start)
                    ends.append(quote.end)
            self._quoted = (starts, ends)
        starts, ends = self._quoted
        index = bisect_right(starts, offset) - 1
        return index >= 0 and offset < ends[index]

    def find_comma(self, start: int, end: int) -> int:
        """``text.find(",", start, end)``, by bisection over the text's commas (found on first use).

        Rules that look for the comma after each of many phrases of a long
        sentence would otherwise read the sentence again for each.
        """
        if self._commas is None:
            self._commas = [match.start() for match in _COMMA.finditer(self.text)]
        at = bisect_left(self._commas, start)
        return self._commas[at] if at < len(self._commas) and self._commas[at] < end else -1

    def iter_segments(self, *kinds: SegmentKind) -> Iterator[Segment]:
        """The segments of the given kinds (all if none given), in order."""
        return (segment for segment in self.segments if not kinds or segment.kind in kinds)


def read_document(text: str) -> Document:
    """Read ``text`` for structure (the first step of the article parser).

    Normalisation: invisible format characters (zero-width space, BOM, soft
    hyphen, direction marks) are removed, ZWJ/ZWNJ kept; CRLF and CR become
    LF; every other space character, tab and control becomes a space;
    Devanagari digits become ASCII digits; the result is NFC. Then the lines
    are classified (see :func:`_classify`), the dateline read, quotations
    found (:func:`find_quotes`) and sentences cut. Linear in ``len(text)``;
    never raises for a ``str`` (anything else raises ``TypeError``).
    """
    return Document(text)
