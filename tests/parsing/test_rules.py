"""One short article per rule of the parser's steps: each case is a class of reports, written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevent import Event, EventKind, InvitationStatus, OutcomeKind, StatementKind, parse_article

PUBLISHED = dt.date(2023, 6, 23)


def parse(text: str, published: dt.date = PUBLISHED) -> Event:
    return parse_article(text, published=published)


# --- who took part ------------------------------------------------------------

PARTICIPANT_CASES = [
    (
        "named in the lead",
        "TOKYO (Agency) - Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol on Thursday.",
        ["fumio-kishida", "yoon-suk-yeol"],
    ),
    (
        "joined by, later in the article",
        "GENEVA (Agency) - U.S. President Joe Biden met Russian President Vladimir Putin on Wednesday.\n"
        "They sat down for a first session joined only by U.S. Secretary of State Antony Blinken and "
        "Russian Foreign Minister Sergei Lavrov.",
        ["antony-blinken", "joe-biden", "sergei-lavrov", "vladimir-putin"],
    ),
    (
        "the lead read on until it names two parties",
        "नई दिल्ली: भारत और अमेरिका के बीच शुक्रवार को नई दिल्ली में वार्ता हुई। "
        "रक्षा मंत्री राजनाथ सिंह और विदेश मंत्री एस. जयशंकर ने अमेरिकी विदेश मंत्री एंटनी ब्लिंकन की मेज़बानी की।",
        ["antony-blinken", "rajnath-singh", "s-jaishankar"],
    ),
    (
        "named in passing is only mentioned",
        "KYIV (Agency) - U.S. President Joe Biden met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.\n"
        "The visit came days before the anniversary of Russian President Vladimir Putin's invasion.",
        ["joe-biden", "volodymyr-zelensky"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in PARTICIPANT_CASES], ids=[n for n, _, _ in PARTICIPANT_CASES]
)
def test_participants(text: str, expected: list[str]) -> None:
    """Who took part: the opening, and whoever the text says joined or hosted."""
    assert expected == sorted(p.id for p in parse(text).participants)


def test_title_without_name_is_the_office_holder() -> None:
    """A title with no name (रूसी राष्ट्रपति ने) is the office holder on the article's date."""
    text = (
        "एंकरेज: अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप और रूसी राष्ट्रपति व्लादिमीर पुतिन के बीच बातचीत हुई. "
        "रूसी राष्ट्रपति ने कहा कि बातचीत अच्छी रही."
    )
    event = parse(text, dt.date(2025, 8, 16))
    assert [("vladimir-putin", "बातचीत अच्छी रही")] == [(s.speaker, s.text) for s in event.statements]


# --- kinds ---------------------------------------------------------------------

KIND_CASES = [
    ("a call", "Biden and Xi spoke by phone on Tuesday for two hours.", EventKind.PHONE_CALL),
    (
        "a state visit",
        "WASHINGTON (Agency) - Narendra Modi began a state visit on Wednesday, meeting Joe Biden.",
        EventKind.VISIT,
    ),
    ("a summit", "शिखर वार्ता: नरेंद्र मोदी और शी जिनपिंग के बीच शिखर वार्ता हुई.", EventKind.SUMMIT),
    (
        "talks on the sidelines of a summit are a meeting",
        "Modi met Meloni on the sidelines of the G7 summit in Apulia on Friday.",
        EventKind.MEETING,
    ),
    ("no event at all", "The weather was fine.", EventKind.OTHER),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in KIND_CASES], ids=[n for n, _, _ in KIND_CASES])
def test_kind(text: str, expected: EventKind) -> None:
    """The kind words decide, the headline and lead most; a gathering's summit is only the setting."""
    assert expected == parse(text).kind


# --- statements ----------------------------------------------------------------

STATEMENT_CASES = [
    (
        "quote then verb then speaker",
        'Biden met Xi on Monday. "We will compete vigorously," Biden said.',
        [("joe-biden", StatementKind.DIRECT, "We will compete vigorously")],
    ),
    (
        "pronoun is the last subject",
        "Biden met Xi on Monday. Biden held a news conference after Xi had left. "
        '"I did what I came to do," he told reporters.',
        [("joe-biden", StatementKind.DIRECT, "I did what I came to do")],
    ),
    (
        "a Hindi evaluation",
        "मोदी और शी जिनपिंग के बीच बातचीत हुई. दोनों नेताओं ने बातचीत की और इसे सार्थक बताया.",
        [("narendra-modi", StatementKind.REPORTED, "इसे सार्थक"), ("xi-jinping", StatementKind.REPORTED, "इसे सार्थक")],
    ),
    (
        "a term in single quotes is no statement",
        "पुतिन और शी जिनपिंग ने बीजिंग में मुलाकात की और कहा कि दोस्ती की ‘कोई सीमा नहीं’ है.",
        [
            ("vladimir-putin", StatementKind.REPORTED, "दोस्ती की ‘कोई सीमा नहीं’ है"),
            ("xi-jinping", StatementKind.REPORTED, "दोस्ती की ‘कोई सीमा नहीं’ है"),
        ],
    ),
    (
        "the listener of 'told' is no words",
        "Biden met Xi on Monday. Biden told reporters that the talks were candid.",
        [("joe-biden", StatementKind.REPORTED, "the talks were candid")],
    ),
    (
        "a ne subject nobody known is no speaker",
        "ट्रंप और पुतिन के बीच बातचीत हुई. विटकॉफ ने कहा कि बातचीत अच्छी रही.",
        [],
    ),
    (
        "the ne subject starts after the clause before it",
        "ट्रंप और पुतिन के बीच बातचीत हुई. ट्रंप ने पुतिन से बात की, फिर पुतिन ने कहा कि बातचीत अच्छी रही.",
        [("vladimir-putin", StatementKind.REPORTED, "बातचीत अच्छी रही")],
    ),
    (
        "a ne of an earlier clause leaves the verb to the nearest person",
        "ट्रंप और पुतिन के बीच बातचीत हुई. विटकॉफ ने नोट्स लिए, पुतिन says the talks went well.",
        [("vladimir-putin", StatementKind.REPORTED, "the talks went well")],
    ),
    (
        "a ne in the verb's clause with nobody known leaves it unattributed",
        "ट्रंप और पुतिन के बीच बातचीत हुई. विटकॉफ ने नोट्स लिए और पुतिन says the talks went well.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in STATEMENT_CASES], ids=[n for n, _, _ in STATEMENT_CASES]
)
def test_statements(text: str, expected: list[tuple[str, StatementKind, str]]) -> None:
    """Statements with their speakers, by the rules of the statements step."""
    assert expected == [(s.speaker, s.kind, s.text) for s in parse(text).statements]


# --- outcomes ------------------------------------------------------------------

OUTCOME_CASES = [
    (
        "joint stance is an agreement",
        "Putin and Xi met in Beijing on Friday. Both sides opposed further NATO expansion.",
        [OutcomeKind.AGREEMENT],
    ),
    (
        "one side's stance is a commitment",
        "Putin and Xi met in Beijing on Friday. Russia reiterated its support for the one-China principle.",
        [OutcomeKind.COMMITMENT],
    ),
    (
        "a hedged promise is only a proposal",
        "Biden and Zelensky met in Kyiv on Monday. Biden said the United States could provide more air defence.",
        [OutcomeKind.PROPOSAL],
    ),
    (
        "a called-off signing is no agreement",
        "ट्रंप और किम जोंग उन की हनोई में मुलाकात हुई. समझौते पर हस्ताक्षर का समारोह रद्द कर दिया गया.",
        [OutcomeKind.NO_AGREEMENT],
    ),
    (
        "the same act pledged by both sides is one agreement",
        "Modi met Biden at the White House on Thursday.\n\nKEY OUTCOMES\n"
        "- The US will open a consulate in Bengaluru, while India will open one in Seattle.",
        [OutcomeKind.AGREEMENT],
    ),
    (
        "different acts pledged are two commitments",
        "Kishida met Yoon in Tokyo on Thursday.\n\nKEY OUTCOMES\n"
        "- Japan said it would lift export restrictions, while South Korea said it would withdraw its complaint.",
        [OutcomeKind.COMMITMENT, OutcomeKind.COMMITMENT],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in OUTCOME_CASES], ids=[n for n, _, _ in OUTCOME_CASES]
)
def test_outcomes(text: str, expected: list[OutcomeKind]) -> None:
    """Outcome kinds by negation, modality and who is the subject."""
    assert expected == [o.kind for o in parse(text).outcomes]


def test_acceptance_of_an_earlier_offer() -> None:
    """An acceptance (किम ने यह न्योता स्वीकार कर लिया) answers the offer made before it."""
    text = (
        "पनमुनजोम: डोनाल्ड ट्रंप और किम जोंग उन रविवार को पनमुनजोम में मिले। "
        "ट्रंप ने लिखा था कि वे किम से मिलना चाहेंगे। किम ने यह न्योता स्वीकार कर लिया।"
    )
    event = parse(text, dt.date(2019, 6, 30))
    assert [("donald-trump", "kim-jong-un", InvitationStatus.ACCEPTED)] == [
        (i.inviter, i.invitee, i.status) for i in event.invitations
    ]
