"""parse_article end to end: the reference article, small articles of each class, and any text at all."""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevent import (
    Event,
    EventKind,
    InvitationStatus,
    OutcomeKind,
    StatementKind,
    from_dict,
    parse_article,
    to_dict,
)
from work import MAX_EXPONENT, work_exponent

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "examples" / "anchorage-summit.hi.txt").read_text(encoding="utf-8")
EXPECTED = json.loads((Path(__file__).parent / "data" / "anchorage-summit.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed() -> Event:
    return parse_article(SEED, published=dt.date(2025, 8, 16))


def test_seed_event(seed: Event) -> None:
    """Kind, status, day, duration and place of the reference article, as a reader takes them."""
    assert EXPECTED["event"] == {
        "kind": seed.kind.value,
        "status": seed.status.value,
        "day": seed.when.start.isoformat() if seed.when else None,
        "duration_seconds": seed.duration.seconds if seed.duration else None,
        "duration_text": seed.duration.text if seed.duration else None,
        "place": [seed.place.name, seed.place.country, seed.place.region] if seed.place else None,
        "language": seed.language,
    }


def test_seed_people(seed: Event) -> None:
    """Trump and Putin took part, in both scripts, with role and country from the gazetteer."""
    assert EXPECTED["participants"] == [
        {"id": p.id, "name": p.name, "role": p.role, "country": p.country, "names": sorted(p.names)}
        for p in seed.participants
    ]
    assert [] == list(seed.mentioned)


def test_seed_statements(seed: Event) -> None:
    """Every statement of the reference article, with speaker, kind, cue and language."""
    assert EXPECTED["statements"] == [[s.speaker, s.kind.value, s.language, s.cue, s.text] for s in seed.statements]


def test_seed_outcomes_and_invitation(seed: Event) -> None:
    """Seven outcomes and Putin's invitation to Moscow, which Trump is considering."""
    assert EXPECTED["outcomes"] == [[o.kind.value, o.description] for o in seed.outcomes]
    assert EXPECTED["invitations"] == [
        [i.inviter, i.invitee, i.destination.name if i.destination else None, i.status.value, i.response]
        for i in seed.invitations
    ]


def test_seed_evidence_points_at_the_text(seed: Event) -> None:
    """Every span indexes the article as given: a direct quote's span is exactly the quote."""
    for statement in seed.statements:
        assert statement.span is not None
        assert statement.text == SEED[statement.span.start : statement.span.end]
    for person in seed.participants:
        for span in person.mentions:
            assert SEED[span.start : span.end].strip() == SEED[span.start : span.end]
            assert span.end > span.start
    for outcome in seed.outcomes:
        assert outcome.span is not None
        assert outcome.description == SEED[outcome.span.start : outcome.span.end]


def test_seed_spans_survive_other_normal_forms() -> None:
    """Spans index the text as passed, even when it is not NFC and has CRLF line ends."""
    decomposed = SEED.replace("\n", "\r\n").replace("ज़", "ज\u093c")
    event = parse_article(decomposed, published=dt.date(2025, 8, 16))
    for statement in event.statements:
        assert statement.span is not None
        piece = decomposed[statement.span.start : statement.span.end]
        assert statement.text == piece.replace("\r\n", "\n") or statement.text.replace("\n", "") in piece


# --- one small article per class -------------------------------------------

PUBLISHED = dt.date(2023, 6, 23)

CASES = [
    (
        "English wire copy: title before name, weekday resolved, said-that",
        "WASHINGTON, June 22 (Agency) - U.S. President Joe Biden met Indian Prime Minister Narendra Modi "
        "at the White House on Thursday. Biden said the two countries had agreed to deepen defence ties.",
        {
            "kind": EventKind.MEETING,
            "day": "2023-06-22",
            "place": "White House",
            "participants": ["joe-biden", "narendra-modi"],
            "statements": [
                ("joe-biden", StatementKind.REPORTED, "the two countries had agreed to deepen defence ties")
            ],
        },
    ),
    (
        "Hindi: demonym title, ने कहा कि, and a phone call has no place",
        "नई दिल्ली: अमेरिकी राष्ट्रपति जो बाइडन और भारतीय प्रधानमंत्री नरेंद्र मोदी के बीच गुरुवार को फोन पर बातचीत हुई. "
        "मोदी ने कहा कि बातचीत बहुत उपयोगी रही.",
        {
            "kind": EventKind.PHONE_CALL,
            "day": "2023-06-22",
            "place": None,
            "participants": ["joe-biden", "narendra-modi"],
            "statements": [("narendra-modi", StatementKind.REPORTED, "बातचीत बहुत उपयोगी रही")],
        },
    ),
    (
        "A person the gazetteer does not know, found from the title before the name",
        "GENEVA, June 16 (Agency) - Ruritanian Foreign Minister Anna Kowalczyk met U.S. Secretary of State "
        'Antony Blinken in Geneva on Friday. "We made progress," Kowalczyk said.',
        {
            "kind": EventKind.MEETING,
            "day": "2023-06-16",
            "place": "Geneva",
            "participants": ["anna-kowalczyk", "antony-blinken"],
            "statements": [("anna-kowalczyk", StatementKind.DIRECT, "We made progress")],
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_article_classes(text: str, expected: dict[str, object]) -> None:
    """Small articles, written by hand, each standing for a class of reports."""
    event = parse_article(text, published=PUBLISHED)
    assert expected["kind"] == event.kind
    assert expected["day"] == (event.when.start.isoformat()[:10] if event.when else None)
    assert expected["place"] == (event.place.name if event.place else None)
    assert expected["participants"] == sorted(p.id for p in event.participants)
    assert expected["statements"] == [(s.speaker, s.kind, s.text) for s in event.statements]


def test_joint_statement_is_one_per_speaker() -> None:
    """A joint statement (दोनों नेताओं ने कहा) gives the same words once for each participant."""
    text = (
        "मॉस्को: रूसी राष्ट्रपति व्लादिमीर पुतिन और चीनी राष्ट्रपति शी जिनपिंग के बीच सोमवार को मुलाकात हुई. "
        "दोनों नेताओं ने कहा कि बातचीत सकारात्मक रही."
    )
    event = parse_article(text, published=dt.date(2023, 3, 21))
    assert [("vladimir-putin", "बातचीत सकारात्मक रही"), ("xi-jinping", "बातचीत सकारात्मक रही")] == sorted(
        (s.speaker, s.text) for s in event.statements
    )
    assert [OutcomeKind.PROGRESS] == [o.kind for o in event.outcomes]


def test_negated_agreement_is_no_agreement() -> None:
    """A negated agreement (कोई समझौता नहीं, no deal) is no agreement."""
    text = (
        "HELSINKI, July 16 (Agency) - U.S. President Donald Trump met Russian President Vladimir Putin in "
        "Helsinki on Monday. There was no deal on Syria."
    )
    event = parse_article(text, published=dt.date(2018, 7, 17))
    assert [OutcomeKind.NO_AGREEMENT] == [o.kind for o in event.outcomes]


def test_invitation_with_response() -> None:
    """Inviter, invitee, destination and the response that sets the status."""
    text = (
        "एंकरेज: अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप और रूसी राष्ट्रपति व्लादिमीर पुतिन के बीच शुक्रवार को बातचीत हुई. "
        "पुतिन ने ट्रंप को मॉस्को आने का निमंत्रण दिया. ट्रंप ने कहा कि यह आगे देखा जाएगा."
    )
    event = parse_article(text, published=dt.date(2025, 8, 16))
    (invitation,) = event.invitations
    assert ("vladimir-putin", "donald-trump", "Moscow", InvitationStatus.CONSIDERING) == (
        invitation.inviter,
        invitation.invitee,
        invitation.destination.name if invitation.destination else None,
        invitation.status,
    )


# --- any text at all ---------------------------------------------------------

# Any characters, mixed with the pieces the parser reacts to: quotes of every
# style, Devanagari punctuation and digits, nukta letters in both forms,
# embed markers, names and reporting verbs.
PIECES = st.sampled_from(
    [
        *"\"“”‘’'«».।,:-–—…#|\n\r\t ",
        *("क़", "ज\u093c", "०", "ट्रंप", "पुतिन", " ने कहा कि ", "said", "#WATCH | ", "- ", "invited", "न्योता"),
    ]
)
TEXTS = st.lists(st.text(max_size=20) | PIECES, max_size=40).map("".join)


@given(TEXTS, st.none() | st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_any_text_gives_a_valid_event(text: str, published: dt.date | None) -> None:
    """parse_article never raises on a str, and what it returns round-trips losslessly."""
    event = parse_article(text, published=published)
    assert event == from_dict(to_dict(event))
    for statement in event.statements:
        assert statement.span is not None
        assert 0 <= statement.span.start <= statement.span.end <= len(text)


def test_non_str_is_a_type_error() -> None:
    """Only text is an article."""
    with pytest.raises(TypeError, match="parse_article reads str, got bytes"):
        parse_article(SEED.encode())  # type: ignore[arg-type]


def test_parsing_work_grows_linearly() -> None:
    """Twelve copies of the reference article are about four times the work of three, not sixteen.

    Work is counted in lines of newsevent's code run (see ``tests/work.py``),
    not timed: the benchmarks measure speed. ``test_linear.py`` does the same
    for hostile texts.
    """
    parse_article(SEED, published=dt.date(2025, 8, 16))  # load the gazetteer first

    def parse(copies: int) -> Callable[[], object]:
        return functools.partial(parse_article, "\n".join([SEED] * copies), published=dt.date(2025, 8, 16))

    exponent, counted = work_exponent(parse, (3, 12))
    assert exponent <= MAX_EXPONENT, counted


def test_short_text_restores_the_garbage_collector() -> None:
    """The collector is paused for any text (no collection runs in the parse), and enabled after it."""
    import gc

    collections: list[str] = []

    def record(phase: str, info: dict[str, int]) -> None:
        collections.append(phase)

    gc.collect()
    gc.callbacks.append(record)
    try:
        assert gc.isenabled()
        parse_article(SEED)
        assert gc.isenabled()
    finally:
        gc.callbacks.remove(record)
    assert [] == collections


def test_long_text_restores_the_garbage_collector() -> None:
    """Parsing a long text pauses the cyclic collector and leaves it as it found it."""
    import gc

    long_text = "\n".join([SEED] * 40)
    assert gc.isenabled()
    parse_article(long_text)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_article(long_text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_threads_parse_as_one_thread_does() -> None:
    """Parsing in several threads at once gives what parsing one by one gives.

    The steps keep what they work out about the last text (its token columns,
    the phrase scan); a thread must never be handed another text's.
    """
    import sys
    from concurrent.futures import ThreadPoolExecutor

    paragraphs = [paragraph for paragraph in SEED.split("\n\n") if paragraph.strip()]
    texts = [SEED, *paragraphs, "\n\n".join(reversed(paragraphs))]
    expected = [to_dict(parse_article(text)) for text in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as Python allows
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda text: to_dict(parse_article(text)), texts * 4))
    finally:
        sys.setswitchinterval(interval)
    assert expected * 4 == results
