"""The text step: normalisation with an offset map, segments, datelines, embeds, quotations, sentences."""

from __future__ import annotations

import functools
import unicodedata
from itertools import pairwise
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevent import Span
from newsevent.parsing._text import Document, Quote, Range, Sentence, find_quotes, language_of, read_document
from work import MAX_EXPONENT, work_exponent

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

# The reference article, corpus/seed/anchorage-summit.hi.txt, exactly.
SEED = (
    "एंकरेज: अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप और उनके रूसी समकक्ष व्लादिमीर पुतिन के "
    "बीच अलास्का के एंकरेज में करीब 3 घंटे तक बातचीत हुई. दोनों देशों के नेताओं ने "
    "पहले गर्मजोशी से एकदूसरे का स्वागत किया. उसके बाद बात करने के लिए दोनों लोग एक "
    "ही कार से निकल गए. दोनों नेताओं ने रूस-युक्रेन युद्ध समेत तमाम मुद्दों पर बात "
    "की, लेकिन मुख्य मुद्दा युक्रेन के साथ 3 साल से चल रहे युद्ध को रोकने का था. ताजा"
    " जानकारी के मुताबिक अभी तक युद्ध को रोकने की कोई भी बात सामने नहीं आई है.\n"
    "बता दें, सभी देशों की निगाहें इन दों महाशक्तियों की बैठक पर लगी हुई थी. ट्रंप और"
    " पुतिन दोनों नेताओं ने वार्ता समाप्त होने के बाद पत्रकारों से भी बातचीत की और "
    "इसे सकारात्मक बताया. हालांकि रूस और यूक्रेन के बीच युद्ध को लेकर सीजफायर पर कोई "
    "बात नहीं बनी है. इस मामले पर अमेरिकी राष्ट्रपति ट्रंप ने कहा कि हमारे बीच कई "
    "मुद्दों पर अच्छी बातचीत हुई, लेकिन कुछ मामलों पर आपसी सहमति भी नहीं बन सकी. "
    "वहीं, दोनों देशों के बीच बातचीत के बाद शांति का रास्ता खुल सकता है.\n"
    '#WATCH | Alaska, USA | "next time in moscow," says russian president vladimir '
    "putin as us president trump thanks his counterpart for today's meeting.\n"
    '"... i could see it happening," replies president trump.\n'
    'source: the white house="" youtube pic.twitter.com/N3U6Rygllj\n'
    "वहीं, रूसी राष्ट्रपति पुतिन ने ट्रंप को मॉस्कों आने का भी निमंत्रण दिया है. "
    "उन्होंने कहा कि यह आगे देखा जाएगा. अब देखना होगा कि क्या अमेरिकी राष्ट्रपति रूस "
    "का दौरा करते हैं या नहीं. पत्रकारों से बातचीत करते हुए पुतिन ने कहा कि अगर 2022 "
    "में अमेरिका के राष्ट्रपति ट्रंप होते तो यह युद्ध नहीं होता. वैसे कभी भी दोनों "
    "देशों के बीच अच्छे संबंध नहीं देखे गए हैं, लेकिन इस बार लग रहा है कि दोनों देशों"
    " में अच्छे रिश्ते कायम होंगे.\n"
    '#WATCH | Alaska, USA | Russian President Vladimir Putin says, "... we see the '
    "strive of the administration and president trump personally to help facilitate "
    "the resolution of the ukrainian conflict and his strive to get to the crux of "
    'the matter to understand this history is…"\n'
    "इससे पहले ट्रंप ने अलास्का के एंकरेज में पुतिन के स्वागत के लिए रेड कार्पेट भी "
    "बिछाया. दोनों नेताओं ने एकदूसरे का गर्मजोशी से स्वागत भी किया. पुतिन ने सिर्फ 12"
    " मिनट की संयुक्त प्रेस वार्ता में सहयोग के संदर्भ में भी बात की. पुतिन ने कहा कि"
    " हमें उम्मीद है कि हमारे बीच जो सहमति बनी है, वह यूक्रेन में शांति का मार्ग "
    "प्रशस्त करेगी. वहीं, जब ट्रंप पुतिन से दूसरी मुलाकात के बारे में सोच रहे थे, तो "
    "इस पर रूसी राष्ट्रपति मुस्कुराए और कहा कि अगली बार मॉस्को में.\n"
    '#WATCH | Alaska, USA | US President Donald Trump says, "we had a very productive'
    " meeting, there were many points that we agreed on. couple of big ones that we "
    "haven't quite gotten there but we made some headway. there's no deal until "
    "there's a deal so i will call up nato in a…\"\n"
    "अमेरिकी और रूसी राष्ट्रपति के बीच बातचीत की मुख्य बातें.\n"
    "- रूस और यूक्रेन के बीच युद्ध को लेकर कोई समझौता नहीं हुआ है. 3 घंटे तक चली "
    "बातचीत में युद्धविराम पर कोई हल नहीं निकला.\n"
    "- दोनों नेताओं ने कहा कि बातचीत सकारात्मक रही. वहीं ट्रंप ने कहा कि अच्छी प्रगति"
    " हुई है, लेकिन आगे अभी और भी चर्चा बाकी है.\n"
    "- रूसी राष्ट्रपति ने ट्रंप को मॉस्को आने का भी निमंत्रण दिया. इससे अंदाजा लगाया "
    "जा सकता है दोनों देशों में आगे चलकर बात हो सकती है.\n"
    "- ट्रंप ने यूक्रेन को सुरक्षा गारंटी देने की बात को खुला छोड़ दिया है. उन्होंने "
    "कहा कि अमेरिका और यूरोप दूसरे देशों के साथ मिलकर यूक्रेन को सुरक्षा गारंटी दे "
    "सकते हैं.\n"
    "- दोनों देशों के नेताओं के बीच रूस और अमेरिका के रिश्तों को लेकर भी बातें हुई "
    "हैं. जैसे- सुरक्षा, शांति.\n"
)


def texts(document: Document, spans: Iterable[Range | Sentence]) -> list[str]:
    """The text of each span."""
    return [document.text[span.start : span.end] for span in spans]


def sentences_of(line: str) -> list[str]:
    """The sentences read_document cuts from a one-line text (its dateline aside)."""
    document = read_document(line)
    return [document.text[sentence.start : sentence.end] for sentence in document.sentences]


# --------------------------------------------------------------------------
# Normalisation and the offset map
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("a\u00a0b\u2009c\u3000d\te", "a b c d e"),
        ("a\u200bb\ufeffc\u00add", "abcd"),
        ("क्\u200dष क्\u200cष", "क्\u200dष क्\u200cष"),  # ZWJ/ZWNJ shape conjuncts: kept
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("a\u2028b", "a\nb"),
        ("a\x07b\x85c\x7fd", "a b c d"),
        ("१४ सितंबर २०२५, ०.१", "14 सितंबर 2025, 0.1"),
        (
            "\u095b\u0947\u0932\u0947\u0902\u0938\u094d\u0915\u0940",
            "\u091c\u093c\u0947\u0932\u0947\u0902\u0938\u094d\u0915\u0940",
        ),
        ("Erdoe\u0306an", "Erdo\u0115an"),
        ("\u0928\u093c", "\u0929"),  # ऩ composes
        ("\"a\" “b” ‘c’ 'd'", "\"a\" “b” ‘c’ 'd'"),  # quotes are not changed
        ("", ""),
    ],
)
def test_normalisation(original: str, expected: str) -> None:
    """Spaces, controls, invisible characters, line breaks and digits are normalised, and the text is NFC."""
    assert expected == read_document(original).text


@pytest.mark.parametrize(
    ("original", "span", "expected"),
    [
        ("a\u200bb", (1, 2), (2, 3)),  # the start skips the removed character
        ("a\u200bb", (0, 1), (0, 1)),  # the end stops before it
        ("a\u200bb", (0, 2), (0, 3)),
        ("x\r\ny", (1, 2), (1, 3)),  # "\n" came from "\r\n"
        ("x\r\ny", (2, 3), (3, 4)),
        ("\u0958a", (0, 1), (0, 1)),  # क of क़ (one character in the original)
        ("\u0958a", (1, 2), (0, 1)),  # its nukta
        ("\u0958a", (2, 3), (1, 2)),
        ("e\u0301x", (0, 1), (0, 2)),  # é came from two characters
        ("e\u0301x", (1, 2), (2, 3)),
        ("\ufeffab", (0, 2), (0, 3)),  # the whole text maps to the whole original
        ("\ufeffab", (1, 2), (2, 3)),
        ("ab\u200b", (0, 2), (0, 3)),
        ("ab\u200b", (0, 1), (0, 1)),
        ("२०२५ में", (0, 4), (0, 4)),  # one-for-one replacements keep offsets
        ("a\u00a0\u200b\u0958\r\nb", (2, 4), (3, 4)),
        ("a\u00a0\u200b\u0958\r\nb", (4, 6), (4, 7)),
        ("abc", (2, 1), (2, 2)),  # an inverted span is empty
        ("abc", (-5, 99), (0, 3)),  # out of range: clamped
        ("abc", (-5, -2), (0, 0)),
        ("abc", (5, 9), (3, 3)),
        ("abc", (-1, 2), (0, 2)),
        ("abc", (1, 99), (1, 3)),
        ("abc", (2, -1), (2, 2)),
        ("\ufeffab", (-3, 99), (0, 3)),
        ("\ufeffab", (1, -1), (2, 2)),
    ],
)
def test_to_original(original: str, span: tuple[int, int], expected: tuple[int, int]) -> None:
    """Spans of the normalised text map to the original span holding the same characters."""
    assert expected == read_document(original).to_original(*span)


def test_span_is_the_model_span() -> None:
    """Document.span gives the evidence Span in the original text."""
    document = read_document("\ufeffनई दिल्ली")
    assert Span(start=4, end=10) == document.span(3, 9)
    assert "दिल्ली" == document.original[4:10]


# Characters whose normalisation changes offsets or content, with plain ones.
OFFSET_ALPHABET = st.sampled_from(
    [
        *"कखग ज़फ़ाि्ं.।\n",
        *(chr(code) for code in range(0x0958, 0x0960)),  # precomposed nukta letters (NFC decomposes them)
        "\u0915\u093c",  # a decomposed nukta letter
        "\u0928\u093c",  # न + nukta, which NFC composes
        "\u093c",
        *"०१२९",
        "\u00a0",
        "\u2009",
        "\u200b",
        "\ufeff",
        "\u00ad",
        "\u200d",
        "\r\n",
        "\r",
        "e\u0301",
        "\u0301\u0316",
        "a",
        '"',
    ]
)


@given(st.lists(OFFSET_ALPHABET, max_size=40).map("".join))
def test_offset_map_properties(original: str) -> None:
    """The offset map is monotonic, covers the whole text, and points each character at itself.

    Every span's original text, normalised on its own, contains the span's text.
    """
    document = read_document(original)
    text = document.text
    length = len(text)
    assert (0, len(original)) == document.to_original(0, length)
    starts = [document.to_original(position, length)[0] for position in range(length + 1)]
    ends = [document.to_original(0, position)[1] for position in range(length + 1)]
    assert starts == sorted(starts)
    assert ends == sorted(ends)
    for position, char in enumerate(text):
        original_start, original_end = document.to_original(position, position + 1)
        assert original_start < original_end
        if original_end - original_start == 1 and char == original[original_start]:
            continue  # unchanged
        assert char in read_document(original[original_start:original_end]).text
    for start in range(length):
        for end in range(start, min(length, start + 5) + 1):
            original_start, original_end = document.to_original(start, end)
            assert text[start:end] in read_document(original[original_start:original_end]).text
    assert unicodedata.is_normalized("NFC", text)


# --------------------------------------------------------------------------
# Datelines
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "dateline", "place", "date", "agency"),
    [
        # The forms of the specification.
        ("एंकरेज: अमेरिकी राष्ट्रपति", "एंकरेज:", "एंकरेज", None, None),
        ("बीजिंग, 31 अगस्त। रूस के", "बीजिंग, 31 अगस्त।", "बीजिंग", "31 अगस्त", None),
        ("नई दिल्ली, 31 अगस्त (भाषा) प्रधानमंत्री", "नई दिल्ली, 31 अगस्त (भाषा)", "नई दिल्ली", "31 अगस्त", "भाषा"),
        (
            "NEW DELHI, Aug 31 (Agency) - Prime Minister",
            "NEW DELHI, Aug 31 (Agency) -",
            "NEW DELHI",
            "Aug 31",
            "Agency",
        ),
        (
            "NUSA DUA, Indonesia, Nov 14 (Agency) - U.S. President",
            "NUSA DUA, Indonesia, Nov 14 (Agency) -",
            "NUSA DUA, Indonesia",
            "Nov 14",
            "Agency",
        ),
        ("WASHINGTON (Reuters) — President", "WASHINGTON (Reuters) —", "WASHINGTON", None, "Reuters"),
        ("Geneva, June 16: The two", "Geneva, June 16:", "Geneva", "June 16", None),
        (
            "WASHINGTON, Feb. 20, 2023 (AP) -- The",
            "WASHINGTON, Feb. 20, 2023 (AP) --",
            "WASHINGTON",
            "Feb. 20, 2023",
            "AP",
        ),
        # The first lines of the dev articles.
        ("वॉशिंगटन: यूक्रेन के राष्ट्रपति", "वॉशिंगटन:", "वॉशिंगटन", None, None),
        (
            "WASHINGTON, June 22 (Agency) - Prime Minister",
            "WASHINGTON, June 22 (Agency) -",
            "WASHINGTON",
            "June 22",
            "Agency",
        ),
        ("बीजिंग, 4 फरवरी। रूस के राष्ट्रपति", "बीजिंग, 4 फरवरी।", "बीजिंग", "4 फरवरी", None),
        ("चेन्नई, 12 अक्टूबर (एजेंसी)। प्रधानमंत्री", "चेन्नई, 12 अक्टूबर (एजेंसी)।", "चेन्नई", "12 अक्टूबर", "एजेंसी"),
        ("वुहान: प्रधानमंत्री नरेंद्र मोदी", "वुहान:", "वुहान", None, None),
        ("हनोई, 28 फरवरी। अमेरिकी राष्ट्रपति", "हनोई, 28 फरवरी।", "हनोई", "28 फरवरी", None),
        (
            "पनमुनजोम (दक्षिण कोरिया), 30 जून। डोनाल्ड ट्रंप",
            "पनमुनजोम (दक्षिण कोरिया), 30 जून।",
            "पनमुनजोम (दक्षिण कोरिया)",
            "30 जून",
            None,
        ),
        ("लाहौर/नई दिल्ली: प्रधानमंत्री नरेंद्र मोदी", "लाहौर/नई दिल्ली:", "लाहौर/नई दिल्ली", None, None),
        ("नई दिल्ली: भारत और अमेरिका", "नई दिल्ली:", "नई दिल्ली", None, None),
        ("वॉशिंगटन/मॉस्को. अमेरिका के राष्ट्रपति", "वॉशिंगटन/मॉस्को.", "वॉशिंगटन/मॉस्को", None, None),
        ("व्लादिवोस्तोक, 4 सितंबर। प्रधानमंत्री", "व्लादिवोस्तोक, 4 सितंबर।", "व्लादिवोस्तोक", "4 सितंबर", None),
        (
            "GUANGZHOU, China, April 7 - Chinese President",
            "GUANGZHOU, China, April 7 -",
            "GUANGZHOU, China",
            "April 7",
            None,
        ),
        ("KYIV, Ukraine (Agency) - President Joe Biden", "KYIV, Ukraine (Agency) -", "KYIV, Ukraine", None, "Agency"),
        ("TEL AVIV, Oct 18 - U.S. President", "TEL AVIV, Oct 18 -", "TEL AVIV", "Oct 18", None),
        ("सोची, 4 सितंबर (एजेंसी)। रूस के", "सोची, 4 सितंबर (एजेंसी)।", "सोची", "4 सितंबर", "एजेंसी"),
        ("HOUSTON: Prime Minister Narendra Modi", "HOUSTON:", "HOUSTON", None, None),
        ("TOKYO, 16 March 2023 - Japanese Prime Minister", "TOKYO, 16 March 2023 -", "TOKYO", "16 March 2023", None),
        ("BEIJING (Agency) - Chinese President", "BEIJING (Agency) -", "BEIJING", None, "Agency"),
        ("अपुलिया (इटली): प्रधानमंत्री नरेंद्र मोदी", "अपुलिया (इटली):", "अपुलिया (इटली)", None, None),
        ("GENEVA, Jan 21 (Agency) - U.S. Secretary", "GENEVA, Jan 21 (Agency) -", "GENEVA", "Jan 21", "Agency"),
        ("अहमदाबाद, १४ सितंबर। प्रधानमंत्री", "अहमदाबाद, 14 सितंबर।", "अहमदाबाद", "14 सितंबर", None),
    ],
)
def test_dateline(opening: str, dateline: str, place: str, date: str | None, agency: str | None) -> None:
    """The dateline that opens the body: its span, place, date and agency; the paragraph's words start after it."""
    document = read_document(opening + " और बातें.\nदूसरा पैराग्राफ.")
    found = document.dateline
    assert found is not None
    text = document.text
    assert (dateline, place, date, agency) == (
        text[found.start : found.end],
        found.place_text,
        found.date_text,
        found.agency,
    )
    assert place == text[found.place.start : found.place.end]
    assert date == (None if found.date is None else text[found.date.start : found.date.end])
    assert agency == (None if found.agency_span is None else text[found.agency_span.start : found.agency_span.end])
    first = document.segments[0]
    assert "paragraph" == first.kind
    assert text[found.end :].lstrip(" ").startswith(text[first.content_start : first.content_start + 3])


@pytest.mark.parametrize(
    ("opening", "places"),
    [
        ("NUSA DUA, Indonesia, Nov 14 (Agency) - U.S.", ["NUSA DUA", "Indonesia"]),
        ("पनमुनजोम (दक्षिण कोरिया), 30 जून। ट्रंप", ["पनमुनजोम", "दक्षिण कोरिया"]),
        ("लाहौर/नई दिल्ली: मोदी", ["लाहौर", "नई दिल्ली"]),
    ],
)
def test_dateline_places(opening: str, places: list[str]) -> None:
    """Each place name of a dateline is its own span."""
    document = read_document(opening)
    assert document.dateline is not None
    assert places == texts(document, document.dateline.places)


@pytest.mark.parametrize(
    "opening",
    [
        "U.S. President Joe Biden held his own news conference.",
        "Mr. Modi said the talks went well.",
        "बता दें, सभी देशों की निगाहें इन दों महाशक्तियों की बैठक पर लगी हुई थी.",
        "Meanwhile, Trump said: we will see.",
        "ट्रंप ने कहा: हम देखेंगे.",
        "Key outcomes of the summit: none.",
        "UPDATE - Putin spoke first.",
        "Wednesday, 16 June 2021 - the talks began.",
        "इस मामले पर अमेरिकी राष्ट्रपति ट्रंप ने कहा कि हमारे बीच बातचीत हुई.",
    ],
)
def test_no_dateline(opening: str) -> None:
    """Openings that only look like datelines: abbreviations, clauses, kickers, weekdays."""
    assert read_document(opening + "\nदूसरा पैराग्राफ.").dateline is None


def test_dateline_on_its_own_line() -> None:
    """A first line that is only a dateline (with a date or agency) is a segment of kind dateline."""
    document = read_document("नई दिल्ली, 31 अगस्त (भाषा)\nप्रधानमंत्री ने कहा कि बातचीत अच्छी रही.")
    assert ["dateline", "paragraph"] == [segment.kind for segment in document.segments]
    assert document.dateline is not None
    assert ("नई दिल्ली", "31 अगस्त", "भाषा") == (
        document.dateline.place_text,
        document.dateline.date_text,
        document.dateline.agency,
    )
    assert () == document.sentences_in(document.segments[0])


def test_dateline_of_the_seed() -> None:
    """The reference article opens with एंकरेज:, and its first sentence starts after it."""
    document = read_document(SEED)
    assert document.dateline is not None
    assert "एंकरेज" == document.dateline.place_text
    assert document.text[document.sentences[0].start :].startswith("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप")


# --------------------------------------------------------------------------
# Segments: headlines, headings, bullets, list headings, notes
# --------------------------------------------------------------------------


def kinds(text: str) -> list[str]:
    return [segment.kind for segment in read_document(text).segments]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biden and Putin hold first summit in Geneva\nThe two leaders met.", ["headline", "paragraph"]),
        ("LIVE: Biden and Putin hold first summit in Geneva\n\nThe two met.", ["headline", "paragraph"]),
        ("पुतिन से मिले ट्रंप, नहीं बनी बात\nदोनों नेताओं ने बात की.", ["headline", "paragraph"]),
        ("Biden and Putin met in Geneva.\nThe two leaders met.", ["paragraph", "paragraph"]),  # a full stop
        ("Biden and Putin hold first summit in Geneva", ["paragraph"]),  # nothing after it
        ("एंकरेज: ट्रंप और पुतिन की बातचीत\nदोनों नेताओं ने बात की.", ["paragraph", "paragraph"]),  # a dateline
        (" ".join(["word"] * 26) + "\nThe two met.", ["paragraph", "paragraph"]),  # too long
    ],
)
def test_headline(text: str, expected: list[str]) -> None:
    """A short first line without a full stop, followed by more, that does not open with a dateline."""
    assert expected == kinds(text)


def test_headings_between_blank_lines() -> None:
    """Short unpunctuated lines followed by a blank line, after the first, are headings."""
    text = (
        "LIVE: Biden and Putin hold first summit in Geneva\n"
        "Wednesday, 16 June 2021\n\n"
        'LATEST - Biden: "I did what I came to do"\n\n'
        "U.S. President Joe Biden held his own news conference.\n\n"
        "UPDATE - Talks end early\n\n"
        "The summit wrapped up after roughly three hours of talks\n"
        "Putin arrived first."
    )
    assert ["headline", "heading", "heading", "paragraph", "heading", "paragraph", "paragraph"] == kinds(text)
    document = read_document(text)
    assert document.headline is not None
    assert (
        "LIVE: Biden and Putin hold first summit in Geneva"
        == document.text[document.headline.start : document.headline.end]
    )


@pytest.mark.parametrize(
    ("line", "content"),
    [
        ("- रूस और यूक्रेन के बीच कोई समझौता नहीं हुआ है.", "रूस और यूक्रेन के बीच कोई समझौता नहीं हुआ है."),
        ("• Trade was discussed.", "Trade was discussed."),
        ("* India joined the Artemis Accords.", "India joined the Artemis Accords."),
        ("– Both sides agreed.", "Both sides agreed."),
        ("1. Trade.", "Trade."),
        ("12) Energy.", "Energy."),
        ("(a) Climate.", "Climate."),
        ("(क) जलवायु.", "जलवायु."),
    ],
)
def test_bullet(line: str, content: str) -> None:
    """A line opening with a list marker and a space is a bullet; its content follows the marker."""
    document = read_document("मुख्य बातें\n" + line)
    segment = document.segments[1]
    assert ("list_heading", "bullet") == (document.segments[0].kind, segment.kind)
    assert content == document.text[segment.content_start : segment.content_end]


@pytest.mark.parametrize(
    "line",
    ["-", "-5 degrees", "1.5 percent", "2022 में", "*bold*", "—Putin"],
)
def test_not_a_bullet(line: str) -> None:
    """A marker with no space after it, or a number that is not a list number, is no bullet."""
    assert "bullet" not in kinds("Intro.\n" + line)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("मुख्य बातें", "list_heading"),
        ("KEY TAKEAWAYS", "list_heading"),
        ("Key outcomes of the summit:", "list_heading"),
        ("अमेरिकी और रूसी राष्ट्रपति के बीच बातचीत की मुख्य बातें.", "list_heading"),
        ("The talks ranged over trade, energy, technology and climate, officials said, and more.", "paragraph"),
    ],
)
def test_list_heading(heading: str, kind: str) -> None:
    """The line before a run of bullets introduces it when it ends in a colon, names a list, or is short."""
    assert ["paragraph", kind, "bullet", "bullet"] == kinds(f"Intro.\n{heading}\n\n- One.\n- Two.")


def test_note() -> None:
    """A line wholly in brackets is a note (a caption or credit), not body prose."""
    assert ["paragraph", "note"] == kinds("ट्रम्प ने बात की.\n(फाइल फोटो: डोनाल्ड ट्रंप और व्लादिमीर पुतिन)")


def test_segments_of_the_seed() -> None:
    """The reference article: paragraphs, three #WATCH embeds and their furniture, a list."""
    document = read_document(SEED)
    assert [
        "paragraph",
        "paragraph",
        "embed",
        "embed",
        "embed",
        "paragraph",
        "embed",
        "paragraph",
        "embed",
        "list_heading",
        "bullet",
        "bullet",
        "bullet",
        "bullet",
        "bullet",
    ] == [segment.kind for segment in document.segments]
    assert ["watch", "continuation", "source", "watch", "watch"] == [
        segment.embed.form for segment in document.segments if segment.embed is not None
    ]
    assert "hi" == document.language
    assert 4 == len(document.paragraphs)


# --------------------------------------------------------------------------
# Embeds
# --------------------------------------------------------------------------

WATCH_LINES = [line for line in SEED.split("\n") if line.startswith("#WATCH")]


@pytest.mark.parametrize(
    ("line", "body_start"),
    [
        (WATCH_LINES[0], '"next time in moscow," says russian president'),
        (WATCH_LINES[1], 'Russian President Vladimir Putin says, "... we see'),
        (WATCH_LINES[2], 'US President Donald Trump says, "we had a very productive meeting'),
    ],
)
def test_watch_lines_of_the_seed(line: str, body_start: str) -> None:
    """#WATCH | place | body: the marker, the place field and the body after it."""
    document = read_document(line)
    embed = document.segments[0].embed
    assert embed is not None
    assert ("watch", "#WATCH", "Alaska, USA") == (
        embed.form,
        document.text[embed.marker.start : embed.marker.end] if embed.marker else None,
        embed.place_text,
    )
    assert embed.place is not None
    assert "Alaska, USA" == document.text[embed.place.start : embed.place.end]
    body = document.text[embed.body.start : embed.body.end]
    assert body.startswith(body_start)
    assert body == line[line.index(body_start) :]
    segment = document.segments[0]
    assert (segment.content_start, segment.content_end) == tuple(embed.body)


def test_embed_furniture_of_the_seed() -> None:
    """The continuation of the first #WATCH post and the source line with its link."""
    document = read_document(SEED)
    continuation, source = (segment.embed for segment in document.segments[3:5])
    assert continuation is not None
    assert source is not None
    text = document.text
    assert (
        '"... i could see it happening," replies president trump.'
        == text[continuation.body.start : continuation.body.end]
    )
    assert ("source", "pic.twitter.com/N3U6Rygllj") == (
        source.form,
        text[source.link.start : source.link.end] if source.link else None,
    )
    assert source.body.start == source.body.end  # furniture has no words of its own


@pytest.mark.parametrize(
    ("line", "form", "place", "body"),
    [
        ('#WATCH | Delhi: PM Modi says, "we agreed"', "watch", "Delhi", 'PM Modi says, "we agreed"'),
        ("#BREAKING | Washington DC | Trump arrives", "watch", "Washington DC", "Trump arrives"),
        ("#WATCH: Putin arrives in Alaska", "watch", None, "Putin arrives in Alaska"),
        ("WATCH: Putin arrives in Alaska", "watch", None, "Putin arrives in Alaska"),
        ("VIDEO | Moscow | Putin speaks", "watch", "Moscow", "Putin speaks"),
        ('Giorgia Meloni (@GiorgiaMeloni): "Hi friends, from #Melodi"', "post", None, '"Hi friends, from #Melodi"'),
        ("Long live India-Italy friendship! pic.twitter.com/abc123", "post", None, "Long live India-Italy friendship!"),
        ("— Narendra Modi (@narendramodi) June 14, 2024", "signature", None, ""),
        ("Source: ANI", "source", None, ""),
        ("https://t.co/xyz", "link", None, ""),
        ("pic.twitter.com/abc https://t.co/xyz", "link", None, ""),
    ],
)
def test_embed_forms(line: str, form: str, place: str | None, body: str) -> None:
    """Each form of an embedded post or its furniture, with its place field and body."""
    document = read_document(line)
    embed = document.segments[0].embed
    assert embed is not None
    assert (form, place, body) == (embed.form, embed.place_text, document.text[embed.body.start : embed.body.end])


def test_post_author_and_handle() -> None:
    """A post and a signature name their author and handle."""
    document = read_document(
        'Giorgia Meloni (@GiorgiaMeloni): "Hi friends"\n— Narendra Modi (@narendramodi) June 14, 2024'
    )
    post, signature = (segment.embed for segment in document.segments)
    assert post is not None
    assert signature is not None
    text = document.text
    assert ("Giorgia Meloni", "@GiorgiaMeloni") == (
        text[post.author.start : post.author.end] if post.author else None,
        text[post.handle.start : post.handle.end] if post.handle else None,
    )
    assert ("Narendra Modi", "@narendramodi") == (
        text[signature.author.start : signature.author.end] if signature.author else None,
        text[signature.handle.start : signature.handle.end] if signature.handle else None,
    )


@pytest.mark.parametrize(
    ("second_line", "continues"),
    [
        ('"... i could see it happening," replies president trump.', True),
        ("… and we will see,” he added.", True),
        ("and then he left.", True),
        ("वहीं, रूसी राष्ट्रपति पुतिन ने निमंत्रण दिया.", False),  # the article's own prose
        ("The two leaders then met.", False),  # a capital: prose
        ('\n"I could see it happening," Trump said.', False),  # after a blank line
    ],
)
def test_embed_continuation(second_line: str, continues: bool) -> None:
    """A Latin line right after a post that opens like a transcript carries the post on."""
    document = read_document('#WATCH | Alaska, USA | "next time in moscow," says putin.\n' + second_line)
    embed = document.segments[1].embed
    assert continues == (embed is not None and embed.form == "continuation")


# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Hindi: danda, double danda, and the full stop Hindi writers use.
        ("वार्ता हुई। दोनों नेता मिले॥ फिर बात हुई।", ["वार्ता हुई।", "दोनों नेता मिले॥", "फिर बात हुई।"]),
        ("बातचीत हुई. दोनों नेताओं ने स्वागत किया.", ["बातचीत हुई.", "दोनों नेताओं ने स्वागत किया."]),
        ("बातचीत हुई.उसके बाद वे निकले.", ["बातचीत हुई.", "उसके बाद वे निकले."]),  # no space
        ("क्या वे मिलेंगे? शायद! देखना होगा।", ["क्या वे मिलेंगे?", "शायद!", "देखना होगा।"]),
        # Abbreviations and initials.
        ("U.S. President Joe Biden met Xi. They talked.", ["U.S. President Joe Biden met Xi.", "They talked."]),
        ("He met Mr. Modi and Dr. Jaishankar. Then he left.", ["He met Mr. Modi and Dr. Jaishankar.", "Then he left."]),
        ("Antony J. Blinken spoke. Lavrov listened.", ["Antony J. Blinken spoke.", "Lavrov listened."]),
        (
            "After the Sept. 11 attacks, e.g. in 2001, i.e. then. Next.",
            ["After the Sept. 11 attacks, e.g. in 2001, i.e. then.", "Next."],
        ),
        (
            "Gen. Milley and Lt. Col. Vindman, No. 10 vs. the U.K. Done.",
            ["Gen. Milley and Lt. Col. Vindman, No. 10 vs. the U.K. Done."],
        ),
        ("डॉ. मनमोहन सिंह ने कहा। श्री. मोदी आए।", ["डॉ. मनमोहन सिंह ने कहा।", "श्री. मोदी आए।"]),
        ("विदेश मंत्री एस. जयशंकर ने बात की. सुश्री. स्वराज भी थीं.", ["विदेश मंत्री एस. जयशंकर ने बात की.", "सुश्री. स्वराज भी थीं."]),
        # Decimals and links.
        ("Growth was 3.5 percent. Fine.", ["Growth was 3.5 percent.", "Fine."]),
        ("कर्ज़ 0.1 प्रतिशत ब्याज पर मिला. अच्छा.", ["कर्ज़ 0.1 प्रतिशत ब्याज पर मिला.", "अच्छा."]),
        ("See pic.twitter.com/abc for more. Yes.", ["See pic.twitter.com/abc for more.", "Yes."]),
        # Quotations hold their own stops.
        (
            '"One year later, Kyiv stands. And Ukraine stands," Biden said. Then he left.',
            [
                '"One year later, Kyiv stands. And Ukraine stands," Biden said.',
                "Then he left.",
            ],
        ),
        (
            'Zelensky called it "an important sign." The president said more.',
            [
                'Zelensky called it "an important sign."',
                "The president said more.",
            ],
        ),
        (
            "मोदी ने कहा, ‘यह ऐतिहासिक है. हम साथ हैं.’ मोदी ने ऐलान किया.",
            [
                "मोदी ने कहा, ‘यह ऐतिहासिक है. हम साथ हैं.’",
                "मोदी ने ऐलान किया.",
            ],
        ),
        ('"What?" he asked. "Nothing."', ['"What?" he asked.', '"Nothing."']),
        ("He said “we agreed. we will meet.” Then.", ["He said “we agreed. we will meet.”", "Then."]),
        # A quotation left open runs to the end of its line, no further.
        (
            'He said, "we had a productive meeting. there is no deal',
            ['He said, "we had a productive meeting. there is no deal'],
        ),
        # Ellipses.
        ("we made... some headway. Then.", ["we made... some headway.", "Then."]),
        ("It was over… Then they left.", ["It was over…", "Then they left."]),
        ("it is… not over.", ["it is… not over."]),
        # Lower case after a stop does not start a sentence.
        (
            "there were many points that we agreed on. couple of big ones remain.",
            ["there were many points that we agreed on. couple of big ones remain."],
        ),
        # Apostrophes are not quotations.
        (
            "Xi's visit ended. Today's talks begin. Don't worry.",
            ["Xi's visit ended.", "Today's talks begin.", "Don't worry."],
        ),
    ],
)
def test_sentences(line: str, expected: list[str]) -> None:
    """Sentences end at danda, ?, ! and . — not after abbreviations, in decimals or inside quotations."""
    assert expected == sentences_of(line)


def test_sentences_of_the_seed() -> None:
    """Every sentence of the reference article lies in its segment's content, in order, trimmed."""
    document = read_document(SEED)
    assert 35 == len(document.sentences)
    previous = 0
    for sentence in document.sentences:
        segment = document.segments[sentence.segment]
        assert segment.content_start <= sentence.start < sentence.end <= segment.content_end
        assert sentence.start >= previous
        text = document.text[sentence.start : sentence.end]
        assert text == text.strip()
        previous = sentence.end
    assert [
        "रूस और यूक्रेन के बीच युद्ध को लेकर कोई समझौता नहीं हुआ है.",
        "3 घंटे तक चली बातचीत में युद्धविराम पर कोई हल नहीं निकला.",
    ] == texts(document, document.sentences_in(document.segments[10]))


# --------------------------------------------------------------------------
# Quotations
# --------------------------------------------------------------------------


def quotes(text: str) -> list[tuple[str, str, bool, bool, bool, int]]:
    """(style, inner text, open, cut_start, cut_end, depth) of each quotation in ``text``."""
    return [
        (
            quote.style,
            text[quote.inner_start : quote.inner_end],
            quote.open,
            quote.cut_start,
            quote.cut_end,
            quote.depth,
        )
        for quote in find_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('he said "a b" and', [("straight_double", "a b", False, False, False, 0)]),
        ("he said “a b” and", [("curly_double", "a b", False, False, False, 0)]),
        ("दोस्ती की ‘कोई सीमा नहीं’ है", [("curly_single", "कोई सीमा नहीं", False, False, False, 0)]),
        ("with a 'Namaste' at", [("straight_single", "Namaste", False, False, False, 0)]),
        ("er sagte „ja“ und", [("low_double", "ja", False, False, False, 0)]),
        ("il a dit «oui» et", [("guillemet", "oui", False, False, False, 0)]),
        ("”wrong way round” marks", [("curly_double", "wrong way round", False, False, False, 0)]),
        (
            "\"He said 'no deal' today,\" she said",
            [
                ("straight_double", "He said 'no deal' today,", False, False, False, 0),
                ("straight_single", "no deal", False, False, False, 1),
            ],
        ),
        (
            "“He said ‘no deal’ today”",
            [
                ("curly_double", "He said ‘no deal’ today", False, False, False, 0),
                ("curly_single", "no deal", False, False, False, 1),
            ],
        ),
        ('says, "... we see the strive…"', [("straight_double", "... we see the strive…", False, True, True, 0)]),
        (
            'says, "we had a very productive meeting',
            [("straight_double", "we had a very productive meeting", True, False, False, 0)],
        ),
        ("a “b c\nd e” f", [("curly_double", "b c", True, False, False, 0)]),  # closed at the end of the line
        ("today's meeting, Xi’s visit, don't, the leaders' summit, '90s", []),
        ('the white house="" youtube', []),  # empty
        ("", []),
    ],
)
def test_find_quotes(text: str, expected: list[tuple[str, str, bool, bool, bool, int]]) -> None:
    """Every quotation style, nesting, open and cut quotations; apostrophes are not quotations."""
    assert expected == quotes(text)


def test_find_quotes_range_and_spans() -> None:
    """find_quotes reads only text[start:end]; outer spans include the marks."""
    text = 'x "a" y "b" z'
    found = find_quotes(text, 5)
    assert [Quote(8, 11, 9, 10, "straight_double", False, False, False, 0)] == found
    assert '"b"' == text[found[0].start : found[0].end]


def test_quotes_of_the_seed() -> None:
    """The quotations of the reference article, found per segment, are in Document.quotes."""
    document = read_document(SEED)
    inner = [document.text[quote.inner_start : quote.inner_end] for quote in document.quotes]
    assert [
        "next time in moscow,",
        "... i could see it happening,",
    ] == inner[:2]
    assert 4 == len(document.quotes)
    last = document.quotes[-1]
    assert last.cut_end
    assert document.quotes_in(document.segments[8].start, document.segments[8].end) == (last,)


# --------------------------------------------------------------------------
# Lookups and language
# --------------------------------------------------------------------------


def test_lookups() -> None:
    """segment_at, sentence_at and paragraph_index find what holds an offset, by bisection."""
    document = read_document("Title of the story\nFirst one. Second one.\n\n- A bullet.\nLast paragraph.")
    text = document.text
    second = text.index("Second")
    segment = document.segment_at(second)
    sentence = document.sentence_at(second)
    assert segment is not None
    assert sentence is not None
    assert ("paragraph", "Second one.") == (segment.kind, text[sentence.start : sentence.end])
    assert 0 == document.paragraph_index(second)
    assert 1 == document.paragraph_index(text.index("Last"))
    assert document.paragraph_index(text.index("bullet")) is None
    assert document.paragraph_index(0) is None  # the headline
    assert document.segment_at(text.index("\n\n") + 1) is None  # a blank line
    assert document.sentence_at(-1) is None
    assert document.segment_at(len(text)) is None
    assert ["headline", "paragraph", "bullet", "paragraph"] == [s.kind for s in document.iter_segments()]
    assert ["bullet"] == [s.kind for s in document.iter_segments("bullet")]


def test_tokens() -> None:
    """Document.tokens are the tokenizer's words over the normalised text."""
    document = read_document("ट्रंप\u00a0and Putin")
    assert ["ट्रंप", "and", "Putin"] == [document.text[token.start : token.end] for token in document.tokens]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("रूसी राष्ट्रपति पुतिन", "hi"),
        ("Russian President Putin", "en"),
        ('"next time in moscow," says पुतिन', "en"),
        ("पुतिन ने कहा, next time", "hi"),
        ("123 — ...", "en"),
    ],
)
def test_language_of(text: str, expected: str) -> None:
    """The script with more letters decides; no letters gives the default."""
    assert expected == language_of(text)


def test_language_of_the_body() -> None:
    """Hindi when Devanagari is at least 30% of the letters (a Hindi report quoting English posts)."""
    assert "hi" == read_document(SEED).language
    assert "en" == read_document('Modi said, "यह सम्मान है," and the crowd cheered for the two leaders.').language
    assert "hi" == read_document("ट्रंप ने कहा कि बातचीत अच्छी रही: we had a very productive meeting").language
    document = read_document("Putin spoke.\n123")
    assert "en" == document.language_of(document.text.index("123"), len(document.text))


# --------------------------------------------------------------------------
# Robustness and linear time
# --------------------------------------------------------------------------


@given(st.text())
def test_never_raises_and_spans_are_ordered(text: str) -> None:
    """read_document reads any str; segments, sentences and quotations lie in bounds, in order."""
    document = read_document(text)
    length = len(document.text)
    previous_end = -1
    for number, segment in enumerate(document.segments):
        assert number == segment.number
        assert previous_end < segment.start <= segment.content_start <= segment.content_end <= segment.end <= length
        previous_end = segment.end
    previous_end = 0
    for number, sentence in enumerate(document.sentences):
        segment = document.segments[sentence.segment]
        assert number == sentence.number
        assert previous_end <= sentence.start < sentence.end
        assert segment.content_start <= sentence.start
        assert sentence.end <= segment.content_end
        previous_end = sentence.end
    for quote in document.quotes:
        assert 0 <= quote.start <= quote.inner_start < quote.inner_end <= quote.end <= length
    assert (0, len(text)) == document.to_original(0, length)
    assert document.language in ("hi", "en")
    assert unicodedata.is_normalized("NFC", document.text)


@given(st.lists(st.sampled_from(['"', "'", "“", "”", "‘", "’", ".", "।", "\n", " ", "a", "#WATCH | ", "- ", "(@x)"])))
def test_never_raises_on_marks(pieces: list[str]) -> None:
    """Texts made only of marks the parser reads (quotes, stops, markers) read without error."""
    document = read_document("".join(pieces))
    assert all(sentence.start < sentence.end for sentence in document.sentences)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("seed", lambda size: (SEED * (size // len(SEED) + 1))[:size]),
        ("double quotes", lambda size: '"' * size),
        ("curly quotes", lambda size: "“‘" * (size // 2)),
        ("full stops", lambda size: "." * size),
        ("stops and spaces", lambda size: ". " * (size // 2)),
        ("watch markers", lambda size: "#WATCH |" * (size // 8)),
        ("watch lines", lambda size: '#WATCH | a | b | "x\n' * (size // 19)),
        ("dash lines", lambda size: "-\n" * (size // 2)),
        ("bullets", lambda size: "- a\n" * (size // 4)),
        ("precomposed nukta", lambda size: "\u0958" * size),
        ("combining marks", lambda size: "a" + "\u0301\u0316" * (size // 2)),
        ("zero width and CRLF", lambda size: "\r\n\u200b" * (size // 3)),
        ("abbreviations", lambda size: "U.S. " * (size // 5)),
    ],
)
def test_linear_work(name: str, make: Callable[[int], str]) -> None:
    """Reading 40,000 characters is about four times the work of reading 10,000, whatever they hold.

    Work is counted in lines of newsevent's code run (see ``tests/work.py``),
    not timed; ``benchmarks/linearity.py`` times the parser on such texts.
    """
    exponent, counted = work_exponent(lambda size: functools.partial(read_document, make(size)), (10_000, 40_000))
    assert exponent <= MAX_EXPONENT, f"{name}: {counted}"


@pytest.mark.parametrize(
    "text",
    [
        SEED,
        'He said "we agreed" and "so did they", then “‘nested’ words” and «more».',
        '"open at the start\nand “closed” later "again"',
        "no quotation at all",
        "",
    ],
)
def test_quoted_is_inside_some_quotation(text: str) -> None:
    """``Document.quoted`` answers, for every offset, whether some quotation (of any depth) holds it."""
    doc = read_document(text)
    for offset in range(-1, len(doc.text) + 2):
        expected = any(quote.start <= offset < quote.end for quote in doc.quotes)
        assert doc.quoted(offset) is expected, offset


@given(
    st.lists(
        st.sampled_from(
            ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "said", "X's", "'90s", " ", " ", "\n", "…", ".", ","]
        ),
        max_size=40,
    ).map("".join)
)
def test_outermost_quotations_do_not_overlap(text: str) -> None:
    """Quotations of depth 0 follow one another: the statement step finds a sentence's by bisection."""
    outer = [quote for quote in read_document(text).quotes if quote.depth == 0]
    assert all(left.end <= right.start for left, right in pairwise(outer))


@pytest.mark.parametrize("text", [SEED, "a, b,, c ,d,", "no comma here", ""])
def test_find_comma_is_str_find(text: str) -> None:
    """``Document.find_comma`` answers as ``text.find(",", start, end)`` for every range of offsets."""
    doc = read_document(text)
    step = 7 if len(doc.text) > 100 else 1
    for start in range(0, len(doc.text) + 2, step):
        for end in range(start, len(doc.text) + 2, step):
            assert doc.find_comma(start, end) == doc.text.find(",", start, end), (start, end)
