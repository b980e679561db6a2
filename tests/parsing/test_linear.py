"""parse_article does work in proportion to the text: hostile shapes, counted in executed lines, not timed.

SPEC promises that parse time grows linearly with the text and that no input
hangs the parser. Real articles do not find a quadratic step; a text made of
one unit repeated (an opening quote, "said that", a duration) finds it at
once, because every item then looks at every other. The shapes are in
``data/hostile-shapes.tsv``; ``benchmarks/linearity.py`` times the same shapes
up to 1 MB.

A timed test would be flaky on shared CI machines, so the work is counted:
the Python ``line`` events run in newsevent's own code while a text is
parsed. The count depends only on the code and the text, and it grows with
the parser's loops, which is where a quadratic step has always been. Work
done inside C (``str.find``, ``re``, slicing) counts as one line, so a
quadratic step hidden in one C call is for the benchmark to find.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from hostile import Shape, load_shapes
from newsevent import parse_article
from work import MAX_EXPONENT, count_lines, growth_exponent

if TYPE_CHECKING:
    from collections.abc import Callable

PUBLISHED = dt.date(2025, 8, 16)
#: Two sizes, in characters, four times apart: large enough that the parser's
#: fixed costs do not hide a square, small enough to trace every shape in CI.
SIZES = (3_000, 12_000)


SHAPES = load_shapes()


# --- the guard itself ------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def _parser_loaded() -> None:
    """Load the parser, its tables and the gazetteer before any count: loading is not parsing."""
    parse_article((Path(__file__).parents[2] / "examples" / "anchorage-summit.hi.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("shape", SHAPES, ids=[shape.name for shape in SHAPES])
def test_work_grows_linearly(shape: Shape) -> None:
    """Four times the text is at most 4**1.25 (5.7) times the work, for every hostile shape.

    A short text of the shape is parsed first, untraced, so that the caches
    the parser keeps per word hold the shape's words for both counts alike.
    """
    parse_article(shape.text(300), published=PUBLISHED)
    points = []
    for size in SIZES:
        text = shape.text(size)
        points.append((len(text), count_lines(functools.partial(parse_article, text, published=PUBLISHED))))
    (size1, lines1), (size2, lines2) = points
    assert lines1 > 0, f"{shape.name}: no line of newsevent's code was counted"
    exponent = growth_exponent(points[0], points[1])
    assert exponent <= MAX_EXPONENT, (
        f"{shape.name}: {lines1:,} lines run for {size1:,} characters, {lines2:,} for {size2:,}: "
        f"work grows as size**{exponent:.2f}, more than size**{MAX_EXPONENT} (linear is 1)"
    )


# --- the guard can fail ------------------------------------------------------------


def _pairs(items: list[int]) -> int:
    """A quadratic toy: compares every item with every other."""
    equal = 0
    for first in items:
        for second in items:
            equal += first == second
    return equal


def _total(items: list[int]) -> int:
    """A linear toy: looks at each item once."""
    total = 0
    for item in items:
        total += item
    return total


#: The toys' file as their code objects name it: only their lines are counted.
TOYS_FILE = _pairs.__code__.co_filename


def _toy_exponent(toy: Callable[[list[int]], int]) -> float:
    """The exponent of ``toy`` from 50 to 200 items, its lines counted as the parser's are."""
    points = []
    for size in (50, 200):
        items = list(range(size))
        points.append((size, count_lines(functools.partial(toy, items), TOYS_FILE.__eq__)))
    return growth_exponent(points[0], points[1])


def test_exponent_of_a_quadratic_toy_is_two() -> None:
    """The count and the exponent see a nested loop for what it is: k close to 2, far above the bound."""
    assert 1.9 <= _toy_exponent(_pairs) <= 2.05


def test_exponent_of_a_linear_toy_is_one() -> None:
    """And a single loop for what it is: k close to 1, well within the bound."""
    assert 0.95 <= _toy_exponent(_total) <= 1.05


def test_tracer_is_removed_when_the_function_raises() -> None:
    """count_lines puts the tracer found before it back, even when the traced call fails."""
    before = sys.gettrace()

    def fail() -> None:
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        count_lines(fail)
    assert before is sys.gettrace()


def test_catalogue_reads_as_written() -> None:
    """The escapes decode, the names are unique, and the shapes from the prototype are all there."""
    by_name = {shape.name: shape for shape in SHAPES}
    assert len(SHAPES) == len(by_name)
    assert "\u200d" == by_name["zwj"].unit
    assert "Trump\r\n" == by_name["crlf"].unit
    assert '"Trump said ' == by_name["open quotes"].unit
    assert '"' == by_name["unclosed quote"].head
    assert 80 <= len(SHAPES) <= 100
