"""Words that say what kind of event an article reports, and whether it happened.

``KIND_WORDS`` rows are (phrase, kind, weight): the parser adds up the
weights of the phrases found, counting the headline and the lead sentence
more than the rest, and takes the kind with the highest total. Weights say
how decisive a phrase is: ``phone call`` settles the kind, ``talks`` only
leans towards a meeting.

``MULTILATERAL`` names gatherings (``G20``, ``SCO``) whose summit is usually the
backdrop of a bilateral meeting, not the event itself: "on the sidelines of
the G20 summit" is a meeting. A kind phrase right after one of them does not
count.

``STATUS_WORDS`` rows are (phrase, status): wording that says the event is
still to come, was called off or moved. Only the headline and the lead are
read for it, since the body of a report of a held event talks of the future
all the time ("will call up NATO"). An article with none of them reports a
held event.
"""

from __future__ import annotations

from typing import Final

KIND_WORDS: Final[dict[str, tuple[tuple[str, str, float], ...]]] = {
    "en": (
        ("phone call", "phone_call", 5.0),
        ("phone conversation", "phone_call", 5.0),
        ("telephone conversation", "phone_call", 5.0),
        ("telephone call", "phone_call", 5.0),
        ("spoke by phone", "phone_call", 5.0),
        ("spoke by telephone", "phone_call", 5.0),
        ("spoke on the phone", "phone_call", 5.0),
        ("on the phone", "phone_call", 4.0),
        ("over the phone", "phone_call", 4.0),
        ("by telephone", "phone_call", 4.0),
        ("by phone", "phone_call", 4.0),
        ("phoned", "phone_call", 4.0),
        ("call", "phone_call", 1.0),
        ("video call", "video_call", 6.0),
        ("video conference", "video_call", 6.0),
        ("videoconference", "video_call", 6.0),
        ("virtual summit", "video_call", 6.0),
        ("virtual meeting", "video_call", 6.0),
        ("summit", "summit", 3.0),
        ("summit talks", "summit", 4.0),
        ("summit meeting", "summit", 4.0),
        ("state visit", "visit", 5.0),
        ("official visit", "visit", 4.0),
        ("visit", "visit", 1.5),
        ("visited", "visit", 1.5),
        ("trip", "visit", 1.0),
        ("arrived in", "visit", 1.5),
        ("unannounced visit", "visit", 4.0),
        ("surprise visit", "visit", 4.0),
        ("negotiations", "negotiation", 2.0),
        ("negotiators", "negotiation", 2.0),
        ("round of talks", "negotiation", 2.5),
        ("high-stakes talks", "negotiation", 2.0),
        ("press conference", "press_conference", 1.0),
        ("news conference", "press_conference", 1.0),
        ("conference", "conference", 0.5),
        ("meeting", "meeting", 1.5),
        ("met", "meeting", 1.5),
        ("meet", "meeting", 1.0),
        ("talks", "meeting", 1.0),
        ("talked", "meeting", 1.0),
        ("bilateral", "meeting", 1.0),
        ("held talks", "meeting", 1.5),
        ("face-to-face", "meeting", 1.5),
        ("sidelines", "meeting", 2.0),
        ("hosted", "meeting", 1.5),
        ("welcomed", "meeting", 1.0),
        ("informal talks", "meeting", 2.0),
    ),
    "hi": (
        ("फोन पर", "phone_call", 4.0),
        ("फ़ोन पर", "phone_call", 4.0),
        ("फोन पर बात", "phone_call", 5.0),
        ("फोन पर बातचीत", "phone_call", 5.0),
        ("फ़ोन पर बात", "phone_call", 5.0),
        ("फोन कॉल", "phone_call", 5.0),
        ("फोन किया", "phone_call", 4.0),
        ("टेलीफोन पर", "phone_call", 5.0),
        ("टेलीफोन वार्ता", "phone_call", 5.0),
        ("फोन वार्ता", "phone_call", 5.0),
        ("वीडियो कॉन्फ्रेंसिंग", "video_call", 6.0),
        ("वीडियो कॉल", "video_call", 6.0),
        ("वर्चुअल बैठक", "video_call", 6.0),
        ("वर्चुअल शिखर", "video_call", 6.0),
        ("शिखर वार्ता", "summit", 4.0),
        ("शिखर सम्मेलन", "summit", 3.0),
        ("शिखर बैठक", "summit", 4.0),
        ("समिट", "summit", 3.0),
        ("अनौपचारिक शिखर", "summit", 4.0),
        ("राजकीय यात्रा", "visit", 5.0),
        ("राजकीय दौरे", "visit", 5.0),
        ("आधिकारिक यात्रा", "visit", 4.0),
        ("दौरा", "visit", 1.5),
        ("दौरे", "visit", 1.5),
        ("यात्रा", "visit", 1.5),
        ("पहुंचे", "visit", 1.0),
        ("अचानक दौरा", "visit", 4.0),
        ("औचक दौरा", "visit", 4.0),
        ("वार्ताकारों", "negotiation", 2.0),
        ("दौर की वार्ता", "negotiation", 2.5),
        ("प्रेस कॉन्फ्रेंस", "press_conference", 1.0),
        ("संवाददाता सम्मेलन", "press_conference", 1.0),
        ("सम्मेलन", "conference", 0.5),
        ("बैठक", "meeting", 1.5),
        ("मुलाकात", "meeting", 1.5),
        ("मिले", "meeting", 1.0),
        ("वार्ता", "meeting", 1.0),
        ("बातचीत", "meeting", 0.5),
        ("द्विपक्षीय", "meeting", 1.0),
        ("इतर", "meeting", 2.0),
    ),
}

#: Gatherings whose own summit is the setting, not the subject, of most reports.
MULTILATERAL: Final[tuple[str, ...]] = (
    "G20",
    "G-20",
    "G7",
    "G-7",
    "G8",
    "Group of 20",
    "Group of Seven",
    "BRICS",
    "SCO",
    "ASEAN",
    "APEC",
    "NATO",
    "EU",
    "Quad",
    "COP",
    "UN",
    "SAARC",
    "BIMSTEC",
    "East Asia",
    "Commonwealth",
    "OIC",
    "Arab League",
    "जी20",
    "जी-20",
    "जी7",
    "जी-7",
    "ब्रिक्स",
    "एससीओ",
    "शंघाई सहयोग संगठन",
    "आसियान",
    "नाटो",
    "सार्क",
    "क्वाड",
)

STATUS_WORDS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "en": (
        ("will meet", "scheduled"),
        ("are set to meet", "scheduled"),
        ("is set to meet", "scheduled"),
        ("to meet next", "scheduled"),
        ("scheduled to", "scheduled"),
        ("will hold talks", "scheduled"),
        ("will visit", "scheduled"),
        ("upcoming", "scheduled"),
        ("called off", "cancelled"),
        ("cancelled", "cancelled"),
        ("canceled", "cancelled"),
        ("postponed", "postponed"),
        ("put off", "postponed"),
        ("proposed a summit", "proposed"),
        ("proposed meeting", "proposed"),
    ),
    "hi": (
        ("मुलाकात करेंगे", "scheduled"),
        ("मिलेंगे", "scheduled"),
        ("बैठक होगी", "scheduled"),
        ("मुलाकात होगी", "scheduled"),
        ("वार्ता होगी", "scheduled"),
        ("होने वाली बैठक", "scheduled"),
        ("होने वाली मुलाकात", "scheduled"),
        ("प्रस्तावित", "proposed"),
        ("रद्द", "cancelled"),
        ("टल गई", "postponed"),
        ("टाल दी", "postponed"),
        ("स्थगित", "postponed"),
    ),
}

#: Words that put people into the event: who joined, attended or hosted it.
#: The second value says where the people stand: ``after`` the phrase
#: ("joined by A and B"), ``before`` it ("जिसमें A, B … शामिल हुए", "A and B
#: attended"), or ``both`` sides in its sentence ("A ने B की मेज़बानी की",
#: "A hosted B").
PARTICIPATION: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "en": (
        ("joined by", "after"),
        ("joined only by", "after"),
        ("accompanied by", "after"),
        ("flanked by", "after"),
        ("joined", "before"),
        ("attended", "before"),
        ("took part", "before"),
        ("participated", "before"),
        ("hosted", "both"),
    ),
    "hi": (
        ("शामिल हुए", "before"),
        ("शामिल हुईं", "before"),
        ("शामिल थे", "before"),
        ("भाग लिया", "before"),
        ("मौजूद थे", "before"),
        ("मौजूद रहे", "before"),
        ("मौजूद रहीं", "before"),
        ("उपस्थित थे", "before"),
        ("उपस्थित रहे", "before"),
        ("मेज़बानी की", "both"),
    ),
}
