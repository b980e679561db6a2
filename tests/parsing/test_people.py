"""The people step on its own: names the gazetteer gives more than one meaning, titles and short forms."""

from __future__ import annotations

import datetime as dt

from newsevent.gazetteer import Gazetteer
from newsevent.parsing._people import People, find_people
from newsevent.parsing._tokens import tokenize

ON = dt.date(2025, 8, 16)


def people_in(text: str, gazetteer: Gazetteer | None = None, on: dt.date | None = ON) -> People:
    gazetteer = gazetteer or Gazetteer.default()
    tokens = tokenize(text)
    return find_people(text, tokens, gazetteer.find_all(tokens, text=text), gazetteer, on)


def test_a_form_of_a_country_and_its_demonym_owns_a_title() -> None:
    """The form "पाक" names Pakistan twice over (country and demonym): the title is its prime minister's."""
    people = people_in("पाक प्रधानमंत्री ने कहा कि बातचीत अच्छी रही.")
    assert [(0, 16, "shehbaz-sharif", "title")] == [tuple(mention) for mention in people.mentions]
    assert "PK" == people.found["shehbaz-sharif"].country


def test_a_form_of_a_person_and_a_place_is_the_person() -> None:
    """The form "Austin" is Lloyd Austin and a city: a name of a person is a mention of them."""
    people = people_in("Austin said the talks went well. Secretary Lloyd Austin agreed.")
    assert [(0, 6, "name"), (43, 55, "name")] == [(m.start, m.end, m.how) for m in people.mentions]
    assert ["Austin", "Lloyd Austin"] == people.found["lloyd-austin"].surfaces


def test_a_form_two_people_share_is_the_one_in_office() -> None:
    """The form "Kim" of two people: the one holding an office on the day is meant."""
    gazetteer = (
        Gazetteer.from_records()
        .with_person("kim-yo-jong", "Kim Yo Jong", country="KP", aliases=["Kim"])
        .with_person(
            "kim-jong-un",
            "Kim Jong Un",
            country="KP",
            aliases=["Kim"],
            offices=[("head_of_state", "Supreme Leader", "2011-12-17", None)],
        )
    )
    people = people_in("Kim said the talks went well.", gazetteer)
    assert ["kim-jong-un"] == [mention.person for mention in people.mentions]
    assert ["kim-yo-jong"] == [mention.person for mention in people_in("Kim said so.", gazetteer, None).mentions]


def test_a_word_two_people_share_is_no_short_form() -> None:
    """After two Kims are named in full, a word of both ("Kim", "Jong") names neither, nor does a short one."""
    gazetteer = (
        Gazetteer.from_records()
        .with_person("kim-yo-jong", "Kim Yo Jong", country="KP")
        .with_person("kim-jong-un", "Kim Jong Un", country="KP")
    )
    text = "Kim Yo Jong met Kim Jong Un. Kim said Jong was tired; Un smiled."
    people = people_in(text, gazetteer)
    shorts = [(text[m.start : m.end], m.person) for m in people.mentions if m.how == "short"]
    # "Jong" is in both names and "Un" is too short: only full names are mentions.
    assert [] == shorts
    text = "Kim Yo Jong met Kim Jong Un in Pyongyang. Later Yo Jong left."
    people = people_in(text, gazetteer)
    assert [] == [m for m in people.mentions if m.how == "short"]


def test_a_word_one_person_has_is_a_short_form() -> None:
    """After a full name, a word of it no one else has is a mention of that person, in any script."""
    text = "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप अलास्का पहुंचे। Trump और पुतिन मिले। व्लादिमीर ने कहा।"
    people = people_in(text)
    assert [("डोनाल्ड ट्रंप", "name"), ("Trump", "name"), ("पुतिन", "name"), ("व्लादिमीर", "short")] == [
        (text[m.start : m.end], m.how) for m in people.mentions if m.how != "title"
    ]
