"""The catalogue of hostile text shapes, ``parsing/data/hostile-shapes.tsv``, as the linearity checks read it.

``tests/parsing/test_linear.py`` counts the parser's work on these shapes and
``benchmarks/linearity.py`` times it: both read the catalogue here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

SHAPES_FILE = Path(__file__).parent / "parsing" / "data" / "hostile-shapes.tsv"


class Shape(NamedTuple):
    """One row of the catalogue, its escapes decoded."""

    name: str
    unit: str  # repeated to make the text
    head: str  # written once, before the repetitions

    def text(self, size: int) -> str:
        """``head`` and then ``unit`` as often as it takes to make about ``size`` characters."""
        return self.head + self.unit * max(1, round((size - len(self.head)) / len(self.unit)))

    def text_of_bytes(self, size: int) -> str:
        """``head`` and then ``unit`` as often as it takes to make about ``size`` bytes of UTF-8."""
        head, unit = len(self.head.encode()), len(self.unit.encode())
        return self.head + self.unit * max(1, round((size - head) / unit))


_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|(.))")
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}


def _unescape(field: str) -> str:
    r"""``field`` with ``\n``, ``\r``, ``\t``, ``\\`` and ``\uXXXX`` decoded; any other escape is an error."""

    def decode(match: re.Match[str]) -> str:
        code, char = match.groups()
        if code is not None:
            return chr(int(code, 16))
        if char not in _ESCAPES:
            raise ValueError(f"unknown escape \\{char} in {field!r}")
        return _ESCAPES[char]

    return _ESCAPE.sub(decode, field)


def load_shapes(path: Path = SHAPES_FILE) -> list[Shape]:
    """The catalogue: a comment line, a header line, then ``name<TAB>unit[<TAB>head]`` per shape."""
    shapes = []
    lines = path.read_text(encoding="utf-8").split("\n")
    comment, header, *rows = lines
    if not comment.startswith("#") or header != "name\tunit\thead":
        raise ValueError(f"{path.name}: a comment line saying what the file is, then the header name, unit, head")
    for number, row in enumerate(rows, start=3):
        if not row or row.startswith("#"):
            continue
        fields = row.split("\t")
        if len(fields) not in (2, 3) or not all(fields[:2]):
            raise ValueError(f"{path.name}:{number}: a name, a unit and an optional head, not {fields!r}")
        name, unit, head = (*fields, "") if len(fields) == 2 else fields
        shapes.append(Shape(name, _unescape(unit), _unescape(head)))
    return shapes
