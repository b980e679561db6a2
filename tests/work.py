"""How much work newsevent's code does: Python lines run, counted (for tests of growth, not of speed).

SPEC promises that time grows linearly with the input and that no input hangs
the library. The tests check that promise by counting the ``line`` events
Python runs in newsevent's own code while it works on texts of two sizes, and
the exponent of their growth. The count depends only on the code and the
input, so it does not flake on a busy machine as a timing would. Work done
inside one C call (``str.find``, ``re``, slicing) counts as one line: a
quadratic step hidden there is for ``benchmarks/linearity.py`` to find.
"""

from __future__ import annotations

import math
import os
import sys
from typing import TYPE_CHECKING, Any

import newsevent

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType

#: Where newsevent's code lives: its source files, and the code it generates
#: at run time (compiled under file names such as ``<newsevent reader Event>``).
#: The directory is taken as imported, not resolved: code objects carry that path.
PACKAGE_DIRECTORY = os.path.join(os.path.dirname(newsevent.__file__), "")
GENERATED_PREFIX = "<newsevent "
#: Work may grow at most as size**MAX_EXPONENT between two sizes four times
#: apart. A linear step measures 0.9-1.1; a per-item rescan of the input 1.6-2.
MAX_EXPONENT = 1.25


def in_newsevent(filename: str) -> bool:
    """Whether code compiled from ``filename`` is newsevent's own (a source file or generated code)."""
    return filename.startswith((GENERATED_PREFIX, PACKAGE_DIRECTORY))


def count_lines(function: Callable[[], Any], counted: Callable[[str], bool] = in_newsevent) -> int:
    """How many ``line`` events Python runs in code whose file ``counted`` accepts while ``function`` runs.

    The global tracer sees each new frame and installs the counting tracer
    only in the frames to be counted; it returns None for all others, so that
    Python does not trace their lines at all. Whatever tracer was installed
    before (a debugger, coverage) is put back, even when ``function`` raises.
    """
    count = 0
    verdicts: dict[str, bool] = {}

    def local(frame: FrameType, event: str, arg: object) -> Callable[..., Any]:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def global_(frame: FrameType, event: str, arg: object) -> Callable[..., Any] | None:
        filename = frame.f_code.co_filename
        inside = verdicts.get(filename)
        if inside is None:
            inside = verdicts[filename] = counted(filename)
        return local if inside else None

    previous = sys.gettrace()
    sys.settrace(global_)
    try:
        function()
    finally:
        sys.settrace(previous)
    return count


def growth_exponent(small: tuple[int, int], large: tuple[int, int]) -> float:
    """The exponent k such that work grows as size**k from ``small`` to ``large``, each a (size, work) pair."""
    (size1, work1), (size2, work2) = small, large
    return math.log(work2 / work1) / math.log(size2 / size1)


def work_exponent(work: Callable[[int], Callable[[], Any]], sizes: tuple[int, int]) -> tuple[float, str]:
    """The growth exponent of the lines ``work(size)`` runs between two sizes, and a line that says what was counted.

    ``work(size)`` gives the call to count for an input of about ``size``.
    """
    points = [(size, count_lines(work(size))) for size in sizes]
    (size1, lines1), (size2, lines2) = points
    assert lines1 > 0, f"no line of newsevent's code was counted (is it under {PACKAGE_DIRECTORY}?)"
    exponent = growth_exponent(points[0], points[1])
    return exponent, f"{lines1:,} lines run for {size1:,}, {lines2:,} for {size2:,}: work grows as size**{exponent:.2f}"
