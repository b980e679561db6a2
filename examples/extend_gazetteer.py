"""Teach the parser a person it does not know, by extending the gazetteer.

    python examples/extend_gazetteer.py

The shipped gazetteer knows heads of state and government, ministers and
other officials, but not, say, a special envoy. A short Hindi report (written
for this example) of Vladimir Putin meeting the US envoy Steve Witkoff in
Moscow names Witkoff without a title, so the parser cannot tell that the name
is a person's. With Witkoff added to the gazetteer, he is a participant under
his own id and canonical name, and his words are his.
"""

from __future__ import annotations

import datetime as dt
import sys

import newsevent
from newsevent import Gazetteer

REPORT = (
    "मॉस्को: रूसी राष्ट्रपति व्लादिमीर पुतिन ने बुधवार को क्रेमलिन में स्टीव विटकॉफ से मुलाकात की. "
    "विटकॉफ ने कहा कि बातचीत बहुत उपयोगी रही."
)
PUBLISHED = dt.date(2025, 8, 7)


def show(title: str, event: newsevent.Event) -> None:
    print(title)
    for person in event.participants:
        print(f"  participant: {person.id} ({person.name}; written {', '.join(person.names)})")
    for statement in event.statements:
        print(f"  statement by {statement.speaker}: {statement.text}")


def main() -> int:
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]

    show("With the shipped gazetteer:", newsevent.parse_article(REPORT, published=PUBLISHED))

    # A new gazetteer: the shipped one plus one person, in every form the news
    # writes: Latin aliases, and Devanagari forms (full name first, then the
    # surname). The shipped gazetteer itself is left as it was. Build it once
    # and pass it to every parse_article call.
    gazetteer = Gazetteer.default().with_person(
        "steve-witkoff",
        "Steve Witkoff",
        country="US",
        aliases=["Witkoff"],
        hindi=["स्टीव विटकॉफ", "विटकॉफ"],
        source="Wikipedia: Steve Witkoff",
    )
    event = newsevent.parse_article(REPORT, published=PUBLISHED, gazetteer=gazetteer)
    show("With Steve Witkoff added:", event)

    witkoff = next(person for person in event.participants if person.id == "steve-witkoff")
    assert witkoff.name == "Steve Witkoff"
    assert [statement.speaker for statement in event.statements] == ["steve-witkoff"]
    return 0


if __name__ == "__main__":
    sys.exit(main())
