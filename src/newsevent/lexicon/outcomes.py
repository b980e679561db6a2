"""Phrases that report what an event produced, by ``OutcomeKind``.

Meanings follow ``corpus/GOLD-FORMAT.md``: agreement = the parties agreed,
signed or decided together; no_agreement = explicitly no deal; progress =
talks called positive or productive without a final deal; open_issue =
explicitly left open or for later; proposal = one side proposed; commitment =
one side pledged; discussion = a topic discussed, no result stated.

The kind ``stance`` marks a position taken at the event (``opposed``,
``चिंता जताई``, ``pledged``): it is an agreement when both sides take it
together and a commitment when one side does.

Negation and modality decide between kinds, so the negated and hedged forms
are rows of their own, and longer phrases win over the shorter ones inside
them: ``कोई समझौता नहीं`` (no agreement) over ``समझौता`` (agreement),
``could give guarantees`` (a proposal) over ``give guarantees``.

``TOPIC_MARKERS`` introduce the topic of an outcome: English prepositions
before it (``agreed on X``), Hindi postpositions after it (``X पर सहमति``).
"""

from __future__ import annotations

from typing import Final

OUTCOME_PHRASES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "en": (
        # agreement
        ("agreed", "agreement"),
        ("agreed to", "agreement"),
        ("agreed on", "agreement"),
        ("agreed that", "agreement"),
        ("we agreed on", "agreement"),
        ("signed", "agreement"),
        ("inked", "agreement"),
        ("reached an agreement", "agreement"),
        ("reached agreement", "agreement"),
        ("reached a deal", "agreement"),
        ("struck a deal", "agreement"),
        ("sealed", "agreement"),
        ("joint statement", "agreement"),
        ("decided to", "agreement"),
        ("will resume", "agreement"),
        ("to resume", "agreement"),
        ("will work together", "agreement"),
        ("launched", "agreement"),
        ("unveiled", "agreement"),
        ("joined", "agreement"),
        ("signed an agreement", "agreement"),
        ("agreements", "agreement"),
        # no_agreement
        ("no agreement", "no_agreement"),
        ("no deal", "no_agreement"),
        ("no deal until there's a deal", "no_agreement"),
        ("failed to agree", "no_agreement"),
        ("failed to reach", "no_agreement"),
        ("no breakthrough", "no_agreement"),
        ("no consensus", "no_agreement"),
        ("did not agree", "no_agreement"),
        ("could not agree", "no_agreement"),
        ("no meeting of minds", "no_agreement"),
        ("without a deal", "no_agreement"),
        ("without an agreement", "no_agreement"),
        ("without agreement", "no_agreement"),
        ("ended without", "no_agreement"),
        ("cut short", "no_agreement"),
        ("walked away", "no_agreement"),
        ("disagreed", "no_agreement"),
        ("rejected", "no_agreement"),
        # progress
        ("productive", "progress"),
        ("constructive", "progress"),
        ("positive", "progress"),
        ("fruitful", "progress"),
        ("progress", "progress"),
        ("headway", "progress"),
        ("step forward", "progress"),
        ("good meeting", "progress"),
        ("very good meeting", "progress"),
        ("useful", "progress"),
        ("candid", "progress"),
        # open_issue
        ("left open", "open_issue"),
        ("leaves open", "open_issue"),
        ("unresolved", "open_issue"),
        ("remains to be", "open_issue"),
        ("remain to be", "open_issue"),
        ("yet to be", "open_issue"),
        ("haven't quite gotten there", "open_issue"),
        ("further talks", "open_issue"),
        ("further discussion", "open_issue"),
        ("more work", "open_issue"),
        ("differences remain", "open_issue"),
        ("outstanding issues", "open_issue"),
        ("to be decided", "open_issue"),
        ("will be discussed", "open_issue"),
        # proposal
        ("proposed", "proposal"),
        ("offered", "proposal"),
        ("suggested", "proposal"),
        ("put forward", "proposal"),
        ("proposal", "proposal"),
        ("could give", "proposal"),
        ("could provide", "proposal"),
        # commitment
        ("pledged", "stance"),
        ("committed to", "stance"),
        ("vowed", "stance"),
        ("promised", "commitment"),
        ("i will", "commitment"),
        ("we will", "commitment"),
        ("will call", "commitment"),
        ("will travel", "commitment"),
        ("will provide", "commitment"),
        ("announced", "commitment"),
        ("announced plans", "commitment"),
        ("assured", "commitment"),
        # stances taken at the event: an agreement when both sides take them, else a commitment
        ("opposed", "stance"),
        ("supported", "stance"),
        ("backed", "stance"),
        ("condemned", "stance"),
        ("called for", "stance"),
        ("expressed concern", "stance"),
        ("reaffirmed", "stance"),
        ("reiterated", "stance"),
        ("underlined", "stance"),
        ("deal", "agreement"),
        ("pact", "agreement"),
        ("accord", "agreement"),
        ("treaty", "agreement"),
        ("memorandum of understanding", "agreement"),
        # discussion
        ("discussed", "discussion"),
        ("talked about", "discussion"),
        ("raised", "discussion"),
        ("raised concerns", "discussion"),
        ("held talks on", "discussion"),
        ("reviewed", "discussion"),
        ("exchanged views", "discussion"),
        ("touched upon", "discussion"),
        ("spoke about", "discussion"),
        ("focused on", "discussion"),
    ),
    "hi": (
        # agreement
        ("सहमति बनी", "agreement"),
        ("सहमति बनी है", "agreement"),
        ("सहमति जताई", "agreement"),
        ("सहमति हुई", "agreement"),
        ("सहमत", "agreement"),
        ("सहमत हुए", "agreement"),
        ("समझौता हुआ", "agreement"),
        ("समझौते पर हस्ताक्षर", "agreement"),
        ("समझौतों पर हस्ताक्षर", "agreement"),
        ("हस्ताक्षर किए", "agreement"),
        ("दस्तखत", "agreement"),
        ("दस्तखत किए", "agreement"),
        ("सहमत हुए", "agreement"),
        ("करार", "agreement"),
        ("एमओयू", "agreement"),
        ("फैसला किया", "agreement"),
        ("निर्णय लिया", "agreement"),
        ("तय हुआ", "agreement"),
        ("तय किया", "agreement"),
        ("संयुक्त बयान", "agreement"),
        ("संयुक्त घोषणा", "agreement"),
        # no_agreement
        ("कोई समझौता नहीं", "no_agreement"),
        ("समझौता नहीं हुआ", "no_agreement"),
        ("कोई बात नहीं बनी", "no_agreement"),
        ("बात नहीं बनी", "no_agreement"),
        ("कोई हल नहीं निकला", "no_agreement"),
        ("हल नहीं निकला", "no_agreement"),
        ("सहमति नहीं बन", "no_agreement"),
        ("सहमति नहीं बनी", "no_agreement"),
        ("सहमति भी नहीं बन", "no_agreement"),
        ("बेनतीजा", "no_agreement"),
        ("असहमति", "no_agreement"),
        ("कोई नतीजा नहीं", "no_agreement"),
        # progress
        ("सकारात्मक", "progress"),
        ("प्रगति", "progress"),
        ("सार्थक", "progress"),
        ("रचनात्मक", "progress"),
        ("उपयोगी", "progress"),
        ("अच्छी बातचीत", "progress"),
        ("बेहद अच्छी", "progress"),
        # open_issue
        ("खुला छोड़", "open_issue"),
        ("खुला छोड़ दिया", "open_issue"),
        ("बाकी है", "open_issue"),
        ("चर्चा बाकी", "open_issue"),
        ("अनसुलझा", "open_issue"),
        ("अनसुलझे", "open_issue"),
        ("आगे देखा जाएगा", "open_issue"),
        ("मतभेद बने", "open_issue"),
        # proposal
        ("प्रस्ताव रखा", "proposal"),
        ("प्रस्ताव दिया", "proposal"),
        ("पेशकश", "proposal"),
        ("सुझाव दिया", "proposal"),
        ("दे सकते हैं", "proposal"),
        # commitment
        ("वादा किया", "commitment"),
        ("प्रतिबद्ध", "commitment"),
        ("प्रतिबद्धता", "stance"),
        ("आश्वासन दिया", "commitment"),
        ("संकल्प", "stance"),
        ("ऐलान किया", "commitment"),
        ("घोषणा की", "commitment"),
        # stances taken at the event
        ("विरोध किया", "stance"),
        ("समर्थन किया", "stance"),
        ("समर्थन दोहराया", "stance"),
        ("चिंता जताई", "stance"),
        ("चिंता व्यक्त की", "stance"),
        ("अपील की", "stance"),
        ("निंदा की", "stance"),
        ("दोहराया", "stance"),
        ("प्रतिबद्धता जताई", "stance"),
        ("संकल्प लिया", "stance"),
        ("समझौता", "agreement"),
        ("समझौते", "agreement"),
        ("समझौतों", "agreement"),
        # discussion
        ("चर्चा की", "discussion"),
        ("चर्चा हुई", "discussion"),
        ("पर चर्चा", "discussion"),
        ("बात की", "discussion"),
        ("बातें हुई", "discussion"),
        ("बातें हुईं", "discussion"),
        ("बात हुई", "discussion"),
        ("मुद्दा उठाया", "discussion"),
        ("मुद्दे उठाए", "discussion"),
        ("विचार-विमर्श", "discussion"),
        ("विचार विमर्श", "discussion"),
        ("समीक्षा की", "discussion"),
    ),
}

#: Future tense, which in a list of key points, or in a participant's own
#: words, states what a side will do. English auxiliaries stand before the
#: verb; Hindi future endings close the verb itself (करेगा, खोलेगी, होंगे).
FUTURE_AUXILIARIES: Final[tuple[str, ...]] = ("will", "would", "shall", "plans to", "is to", "are to")
FUTURE_ENDINGS: Final[tuple[str, ...]] = (
    "ेगा",
    "ेगी",
    "ेंगे",
    "ेगे",
    "ूंगा",
    "ूंगी",
    "ोगे",
    "एगा",
    "एगी",
    "एंगे",
    "एगे",
    "होगा",
    "होगी",
    "होंगे",
)
#: Words that make a future a hope or a possibility rather than a pledge.
HEDGES: Final[tuple[str, ...]] = (
    "hope",
    "hopes",
    "hoped",
    "expect",
    "expects",
    "believe",
    "believes",
    "could",
    "might",
    "may",
    "possibly",
    "उम्मीद",
    "आशा",
    "संभव",
    "संभावना",
    "शायद",
    "सकते",
    "सकता",
    "सकती",
    "सकेंगे",
)
#: Subjects that make a result joint: an agreement, not one side's pledge.
JOINT_SUBJECTS: Final[tuple[str, ...]] = (
    "both",
    "both sides",
    "the two",
    "the two sides",
    "the two countries",
    "the two leaders",
    "each other",
    "दोनों",
    "दोनों देश",
    "दोनों देशों",
    "दोनों पक्ष",
    "दोनों पक्षों",
    "दोनों नेता",
    "दोनों नेताओं",
)

#: Outcome words that are nouns: the words before them name their topic
#: ("गैस समझौते", "security pact", "trade deal").
OUTCOME_NOUNS: Final[tuple[str, ...]] = (
    "deal",
    "pact",
    "accord",
    "treaty",
    "agreement",
    "agreements",
    "समझौता",
    "समझौते",
    "समझौतों",
    "करार",
    "करारों",
)

TOPIC_MARKERS: Final[dict[str, tuple[str, ...]]] = {
    # English: the topic follows.
    "en": ("on", "over", "about", "regarding", "concerning", "to"),
    # Hindi: the topic precedes.
    # ``को`` marks the object left open or settled: "X की बात को खुला छोड़ दिया".
    "hi": (
        "पर",
        "को लेकर",
        "के मुद्दे पर",
        "के बारे में",
        "के संदर्भ में",
        "के संबंध में",
        "के लिए",
        "को",
        "का",
        "की",
        "के प्रति",
    ),
}
