"""Titles of office, in Hindi and English, and the office kind each names.

A title before or after a name (``अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप``, ``Foreign
Minister Sergei Lavrov``) tells who someone is; a title without a name
(``रूसी राष्ट्रपति``, ``the US Secretary of State``) is resolved through the
gazetteer's office holders on the article's date. ``office`` values are the
office kinds of ``gazetteer/data/FORMAT.md``; ``role`` is the English title
written into ``Participant.role`` when the gazetteer has none for the person.

Rows are (phrase, office, role); an empty office marks a title that is no
office of FORMAT.md's list (``Crown Prince``): it names a role but is never
looked up. Phrases are matched by token keys, so case,
nukta and punctuation do not matter (``Prime Minister`` = ``prime-minister``).
Longer phrases win over their prefixes (``Vice President`` over ``President``).
"""

from __future__ import annotations

from typing import Final

TITLES: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {
    "en": (
        ("President", "head_of_state", "President"),
        ("Prez", "head_of_state", "President"),
        ("Prime Minister", "head_of_government", "Prime Minister"),
        ("PM", "head_of_government", "Prime Minister"),
        ("Premier", "head_of_government", "Premier"),
        ("Chancellor", "head_of_government", "Chancellor"),
        ("Chief Adviser", "head_of_government", "Chief Adviser"),
        ("King", "head_of_state", "King"),
        ("Queen", "head_of_state", "Queen"),
        ("Emperor", "head_of_state", "Emperor"),
        ("Emir", "head_of_state", "Emir"),
        ("Crown Prince", "", "Crown Prince"),
        ("Supreme Leader", "head_of_state", "Supreme Leader"),
        ("Vice President", "vice_president", "Vice President"),
        ("Vice-President", "vice_president", "Vice President"),
        ("Deputy Prime Minister", "deputy_head_of_government", "Deputy Prime Minister"),
        ("Foreign Minister", "foreign_minister", "Foreign Minister"),
        ("Minister of Foreign Affairs", "foreign_minister", "Foreign Minister"),
        ("Foreign Affairs Minister", "foreign_minister", "Foreign Minister"),
        ("External Affairs Minister", "foreign_minister", "External Affairs Minister"),
        ("Secretary of State", "foreign_minister", "Secretary of State"),
        ("Foreign Secretary", "foreign_minister", "Foreign Secretary"),
        ("top diplomat", "foreign_minister", "Foreign Minister"),
        ("diplomat", "foreign_minister", "Foreign Minister"),
        ("Defence Minister", "defence_minister", "Defence Minister"),
        ("Defense Minister", "defence_minister", "Defense Minister"),
        ("Defense Secretary", "defence_minister", "Secretary of Defense"),
        ("Secretary of Defense", "defence_minister", "Secretary of Defense"),
        ("Defence Secretary", "defence_minister", "Defence Secretary"),
        ("Finance Minister", "finance_minister", "Finance Minister"),
        ("Treasury Secretary", "finance_minister", "Secretary of the Treasury"),
        ("Home Minister", "home_minister", "Home Minister"),
        ("Interior Minister", "home_minister", "Interior Minister"),
        ("Commerce Minister", "trade_minister", "Commerce Minister"),
        ("Trade Minister", "trade_minister", "Trade Minister"),
        ("Commerce Secretary", "trade_minister", "Secretary of Commerce"),
        ("National Security Adviser", "national_security_adviser", "National Security Adviser"),
        ("National Security Advisor", "national_security_adviser", "National Security Adviser"),
        ("NSA", "national_security_adviser", "National Security Adviser"),
        ("spokesperson", "spokesperson", "Spokesperson"),
        ("spokesman", "spokesperson", "Spokesperson"),
        ("spokeswoman", "spokesperson", "Spokesperson"),
        ("Press Secretary", "spokesperson", "Press Secretary"),
        ("Secretary-General", "secretary_general", "Secretary-General"),
        ("Secretary General", "secretary_general", "Secretary-General"),
        ("Director", "", "Director"),
        ("envoy", "", "Envoy"),
        ("special envoy", "", "Special Envoy"),
        ("Special Representative", "", "Special Representative"),
        ("ambassador", "", "Ambassador"),
        ("Chief of Staff", "", "Chief of Staff"),
        ("Pope", "", "Pope"),
    ),
    "hi": (
        ("राष्ट्रपति", "head_of_state", "President"),
        ("प्रधानमंत्री", "head_of_government", "Prime Minister"),
        ("प्रधान मंत्री", "head_of_government", "Prime Minister"),
        ("पीएम", "head_of_government", "Prime Minister"),
        ("प्रीमियर", "head_of_government", "Premier"),
        ("चांसलर", "head_of_government", "Chancellor"),
        ("मुख्य सलाहकार", "head_of_government", "Chief Adviser"),
        ("राजा", "head_of_state", "King"),
        ("किंग", "head_of_state", "King"),
        ("महारानी", "head_of_state", "Queen"),
        ("सम्राट", "head_of_state", "Emperor"),
        ("क्राउन प्रिंस", "", "Crown Prince"),
        ("युवराज", "", "Crown Prince"),
        ("सर्वोच्च नेता", "head_of_state", "Supreme Leader"),
        ("सुप्रीम लीडर", "head_of_state", "Supreme Leader"),
        ("उपराष्ट्रपति", "vice_president", "Vice President"),
        ("उप राष्ट्रपति", "vice_president", "Vice President"),
        ("उपप्रधानमंत्री", "deputy_head_of_government", "Deputy Prime Minister"),
        ("उप प्रधानमंत्री", "deputy_head_of_government", "Deputy Prime Minister"),
        ("विदेश मंत्री", "foreign_minister", "Foreign Minister"),
        ("विदेशमंत्री", "foreign_minister", "Foreign Minister"),
        ("विदेश सचिव", "foreign_minister", "Foreign Secretary"),
        ("रक्षा मंत्री", "defence_minister", "Defence Minister"),
        ("रक्षामंत्री", "defence_minister", "Defence Minister"),
        ("वित्त मंत्री", "finance_minister", "Finance Minister"),
        ("वित्तमंत्री", "finance_minister", "Finance Minister"),
        ("गृह मंत्री", "home_minister", "Home Minister"),
        ("गृहमंत्री", "home_minister", "Home Minister"),
        ("वाणिज्य मंत्री", "trade_minister", "Commerce Minister"),
        ("राष्ट्रीय सुरक्षा सलाहकार", "national_security_adviser", "National Security Adviser"),
        ("एनएसए", "national_security_adviser", "National Security Adviser"),
        ("प्रवक्ता", "spokesperson", "Spokesperson"),
        ("प्रेस सचिव", "spokesperson", "Press Secretary"),
        ("महासचिव", "secretary_general", "Secretary-General"),
        ("निदेशक", "", "Director"),
        ("दूत", "", "Envoy"),
        ("विशेष दूत", "", "Special Envoy"),
        ("राजदूत", "", "Ambassador"),
        ("पोप", "", "Pope"),
    ),
}

#: Words for "leader" that, with a country (``the Russian leader``, ``रूसी
#: नेता``), mean that country's head of state or government, whichever
#: the article names.
LEADER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("leader", "head of state", "head of government", "counterpart"),
    "hi": ("नेता", "समकक्ष", "राष्ट्राध्यक्ष", "शासनाध्यक्ष"),
}

#: Honorifics that may stand before a name and are not part of it.
HONORIFICS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Sheikh", "HE", "H.E."),
    "hi": ("श्री", "श्रीमती", "सुश्री", "डॉ", "डॉक्टर", "जनाब", "शेख"),
}
