"""How reports attribute words to people: reporting verbs, attributions, media.

``CUES`` rows are (phrase, cue) where cue is the normalised reporting verb
written into ``Statement.cue``. In English the verb follows the speaker
(``Biden said``) or a quotation (``"...," said Biden``); in Hindi it follows
the speaker and the agentive ``ने`` (``ट्रंप ने कहा कि``), and the reported
words follow the complementiser ``कि``.

``ATTRIBUTIONS`` are phrases that put the speaker after them (``according to
X``) or, in Hindi, before them (``X के मुताबिक``).

``OBJECT_CUES`` are Hindi verbs that report an evaluation of an object:
``X ने इसे सकारात्मक बताया`` (X called it positive): the words between
``ने`` and the verb are the statement.

``MEDIA`` rows are (phrase, medium): where the words were said.
"""

from __future__ import annotations

from typing import Final

CUES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "en": (
        ("said", "said"),
        ("says", "says"),
        ("say", "say"),
        ("told", "told"),
        ("tells", "tells"),
        ("added", "added"),
        ("adds", "adds"),
        ("stated", "stated"),
        ("noted", "noted"),
        ("asserted", "asserted"),
        ("declared", "declared"),
        ("warned", "warned"),
        ("stressed", "stressed"),
        ("emphasised", "emphasised"),
        ("emphasized", "emphasized"),
        ("insisted", "insisted"),
        ("announced", "announced"),
        ("remarked", "remarked"),
        ("explained", "explained"),
        ("replied", "replied"),
        ("replies", "replies"),
        ("responded", "responded"),
        ("wrote", "wrote"),
        ("writes", "writes"),
        ("tweeted", "tweeted"),
        ("posted", "posted"),
        ("underlined", "underlined"),
        ("acknowledged", "acknowledged"),
        ("admitted", "admitted"),
        ("claimed", "claimed"),
        ("argued", "argued"),
        ("urged", "urged"),
        ("observed", "observed"),
        ("recalled", "recalled"),
        ("pointed out", "pointed out"),
        ("reiterated", "reiterated"),
        ("affirmed", "affirmed"),
        ("reaffirmed", "reaffirmed"),
        ("assured", "assured"),
        ("vowed", "vowed"),
        ("promised", "promised"),
        ("maintained", "maintained"),
        ("conceded", "conceded"),
        ("quipped", "quipped"),
        ("joked", "joked"),
        ("commented", "commented"),
        ("described", "described"),
        ("called", "called"),
        ("believes", "believes"),
        ("hoped", "hoped"),
        ("expressed hope", "expressed hope"),
    ),
    "hi": (
        ("कहा", "कहा"),
        ("कहा है", "कहा"),
        ("कहते हैं", "कहा"),
        ("कहना है", "कहना है"),
        ("कही", "कहा"),
        ("बताया", "बताया"),
        ("बोले", "बोले"),
        ("बोला", "बोले"),
        ("बोलीं", "बोले"),
        ("लिखा", "लिखा"),
        ("ट्वीट किया", "ट्वीट किया"),
        ("पोस्ट किया", "पोस्ट किया"),
        ("उम्मीद जताई", "उम्मीद जताई"),
        ("उम्मीद जताते हुए कहा", "कहा"),
        ("चिंता जताई", "चिंता जताई"),
        ("भरोसा जताया", "भरोसा जताया"),
        ("दोहराया", "दोहराया"),
        ("स्पष्ट किया", "स्पष्ट किया"),
        ("जोर दिया", "जोर दिया"),
        ("जोर देकर कहा", "कहा"),
        ("आश्वासन दिया", "आश्वासन दिया"),
        ("दावा किया", "दावा किया"),
        ("घोषणा की", "घोषणा की"),
        ("चेतावनी दी", "चेतावनी दी"),
        ("उल्लेख किया", "उल्लेख किया"),
        ("माना", "माना"),
    ),
}

#: The English complementiser and Hindi ``कि``: reported words follow it.
COMPLEMENTISERS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("that",),
    "hi": ("कि",),
}

#: The Hindi agentive postposition that marks the speaker of a past-tense verb.
AGENTIVE: Final = ("ने",)

ATTRIBUTIONS: Final[dict[str, tuple[str, ...]]] = {
    # The speaker follows: "according to X, ..."
    "en": ("according to", "in the words of", "as per"),
    # The speaker precedes: "X के मुताबिक ...".
    "hi": ("के मुताबिक", "के अनुसार", "की मानें तो"),
}

OBJECT_CUES: Final[dict[str, tuple[str, ...]]] = {
    "hi": ("बताया", "करार दिया", "कहा"),
    "en": (),
}

MEDIA: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "en": (
        ("press conference", "press conference"),
        ("news conference", "press conference"),
        ("joint press conference", "press conference"),
        ("told reporters", "press"),
        ("told journalists", "press"),
        ("statement", "statement"),
        ("interview", "interview"),
        ("speech", "speech"),
        ("address", "speech"),
        ("tweet", "social post"),
        ("post on X", "social post"),
        ("Truth Social", "social post"),
        ("social media", "social post"),
    ),
    "hi": (
        ("प्रेस कॉन्फ्रेंस", "press conference"),
        ("प्रेस वार्ता", "press conference"),
        ("संयुक्त प्रेस वार्ता", "press conference"),
        ("संवाददाता सम्मेलन", "press conference"),
        ("पत्रकारों से", "press"),
        ("मीडिया से", "press"),
        ("बयान", "statement"),
        ("इंटरव्यू", "interview"),
        ("साक्षात्कार", "interview"),
        ("भाषण", "speech"),
        ("संबोधित", "speech"),
        ("ट्वीट", "social post"),
        ("सोशल मीडिया", "social post"),
        ("एक्स पर", "social post"),
    ),
}

#: Words for "both leaders", "the two sides": a statement made jointly is one
#: statement per participant.
JOINT_SPEAKERS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "both leaders",
        "the two leaders",
        "both presidents",
        "the two presidents",
        "both sides",
        "the two sides",
        "both prime ministers",
        "the two prime ministers",
        "the leaders",
    ),
    "hi": ("दोनों नेताओं", "दोनों नेता", "दोनों देशों के नेताओं", "दोनों पक्षों", "दोनों राष्ट्रपतियों", "दोनों प्रधानमंत्रियों", "दोनों"),
}

#: Pronouns that refer back to the last person named as a subject.
PRONOUNS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("he", "she"),
    "hi": ("उन्होंने", "उन्हों ने", "वह", "वे", "उनका", "उनके"),
}
