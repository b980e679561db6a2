"""Convert one news article to JSON: parse it, print its event.

    python examples/convert_article.py examples/anchorage-summit.hi.txt --published 2025-08-16

The article is a UTF-8 text file. ``--published`` is the day it was
published, against which relative dates ("on Friday", "शुक्रवार को") are
resolved. The JSON printed is the event as ``newsevent.to_json`` writes it;
the script reads it back and checks that it gives the same event, as any
consumer of the JSON would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import newsevent


def convert(path: Path, published: dt.date | None) -> str:
    """The event of the article at ``path``, as indented JSON text."""
    text = path.read_text(encoding="utf-8")
    event = newsevent.parse_article(text, published=published, url=path.resolve().as_uri())
    json_text = newsevent.to_json(event, indent=2)
    # What a consumer reads back is the very event that was parsed.
    if newsevent.from_json(json_text) != event:
        raise RuntimeError(f"{path}: the JSON does not read back as the same event")
    return json_text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the event of a news article as JSON.")
    parser.add_argument("article", type=Path, help="a UTF-8 text file")
    parser.add_argument(
        "--published",
        type=dt.date.fromisoformat,
        help="the day the article was published, YYYY-MM-DD",
    )
    args = parser.parse_args(argv)
    # JSON with Devanagari in it, whatever the terminal's locale says.
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    print(convert(args.article, args.published))
    return 0


if __name__ == "__main__":
    sys.exit(main())
