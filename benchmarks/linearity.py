"""parse_article on hostile text shapes: does its time grow linearly with the text's length?

Run ``python benchmarks/linearity.py`` (a few minutes when every shape is
linear; over ten while some are not, most of it in their 1 MB parses) or add
``--quick`` (10 KB and 40 KB only, under a minute). ``--only NAME,NAME`` times
only the shapes named; ``--budget SECONDS`` changes the longest parse the
script will start (60 s). See ``benchmarks/README.md`` for how to read the table.

The shapes are those of ``tests/parsing/test_linear.py``, read from
``tests/parsing/data/hostile-shapes.tsv``: each article is a head (most often
none) and then one unit over and over, up to 10 KB, 40 KB and 1 MB of UTF-8.
That test counts the lines the parser runs, which is exact but blind to work
done inside C; this script times the parse, which sees everything but only
on one machine.

How the numbers are taken: ``time.process_time``, best of 3 samples, each
sample a batch of parses lasting at least 20 ms (one parse, for the larger
sizes); ``parse_article`` pauses the garbage collector itself, and a
collection runs before every sample. Before a size is timed, its parse time
is extrapolated from the smaller sizes; a size that would take longer than
the budget is skipped and the table says so, so that the script never hangs.
The exit status is 1 when any shape is not linear, 2 when a parse failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import math
import os
import platform
import signal
import sys
import time
from importlib import metadata
from pathlib import Path

import attrs

import newsevent

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from hostile import SHAPES_FILE, Shape, load_shapes  # noqa: E402 - the catalogue's reader, shared with the tests

REFERENCE_ARTICLE = HERE.parent / "examples" / "anchorage-summit.hi.txt"
PUBLISHED = dt.date(2025, 8, 16)
SIZES = (10_000, 40_000, 1_000_000)  # bytes of UTF-8
QUICK_SIZES = (10_000, 40_000)
LINEAR_EXPONENT = 1.15  # time ~ size**k between the two largest sizes timed: above this, not linear
BUDGET_SECONDS = 60.0  # the longest single parse the script starts, extrapolated
#: The growth assumed before two sizes are timed: the worst the catalogue shows (a square).
FIRST_EXPONENT = 2.0
BATCH_SECONDS = 0.02  # a sample lasts at least this long, so that short parses are timed well
REPEATS = 3


# --- timing -------------------------------------------------------------------


def _parse(text: str) -> None:
    newsevent.parse_article(text, published=PUBLISHED)


class OverBudgetError(Exception):
    """A sample ran past twice the budget: the extrapolation was too kind, and the sample was stopped."""


def _stop(signum: int, frame: object) -> None:
    raise OverBudgetError


def _sample(text: str, calls: int, budget: float) -> float:
    """CPU seconds per parse of ``text``, over ``calls`` parses; :class:`OverBudgetError` past ``budget`` seconds.

    Where the platform has ``setitimer`` (not Windows), an alarm stops a
    sample still running after twice the budget in wall time, so that a parse
    that grows faster than extrapolated cannot hang the script either. (A
    CPU-time alarm, ``ITIMER_PROF``, would match the clock better, but while
    one is armed Linux reads the process's CPU clock at the tick, and short
    parses then time as 0.)
    """
    gc.collect()
    alarm = hasattr(signal, "setitimer")
    if alarm:
        previous = signal.signal(signal.SIGALRM, _stop)
        signal.setitimer(signal.ITIMER_REAL, 2 * budget)
    try:
        start = time.process_time()
        for _ in range(calls):
            _parse(text)
        return (time.process_time() - start) / calls
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


@attrs.frozen
class Point:
    size: int  # bytes of UTF-8
    seconds: float | None = None  # best time per parse; None when skipped
    skipped: str | None = None  # why it was not timed


def time_size(text: str, repeats: int, budget: float) -> float:
    """The best of ``repeats`` samples of ``text``; fewer when they add up to more than ``budget``."""
    once = _sample(text, 1, budget)  # the first parse: a warm-up, and how many make a batch
    calls = max(1, math.ceil(BATCH_SECONDS / max(once, 1e-4)))  # at most 200 calls: once can be very short
    best, spent = once, once
    for _ in range(repeats):
        if spent >= budget:
            break
        seconds = _sample(text, calls, budget)
        best, spent = min(best, seconds), spent + seconds * calls
    return best


def measure(shape: Shape, sizes: tuple[int, ...], repeats: int, budget: float) -> list[Point]:
    """Time ``shape`` at each size, smallest first, skipping a size that would exceed ``budget``.

    The time of the next size is extrapolated from the largest timed so far at
    the growth seen between the last two (at least linear; before there are
    two, a square): a size skipped this way would not be linear either.
    """
    points: list[Point] = []
    exponent = FIRST_EXPONENT
    for size in sizes:
        text = shape.text_of_bytes(size)
        actual = len(text.encode())
        timed = [point for point in points if point.seconds is not None]
        if timed:
            last = timed[-1]
            assert last.seconds is not None
            expected = last.seconds * (actual / last.size) ** max(exponent, 1.0)
            if expected > budget:
                points.append(Point(actual, skipped=f"~{expected:,.0f} s"))
                continue
        try:
            seconds = time_size(text, repeats, budget)
        except OverBudgetError:
            points.append(Point(actual, skipped=f">{2 * budget:g} s"))
            break
        if timed:
            assert timed[-1].seconds is not None
            exponent = growth_exponent(timed[-1].size, timed[-1].seconds, actual, seconds)
        points.append(Point(actual, seconds))
    return points


def growth_exponent(size1: int, seconds1: float, size2: int, seconds2: float) -> float:
    """The exponent k of ``time ∝ size**k`` between two sizes (nan when a time is 0)."""
    if seconds1 <= 0 or seconds2 <= 0:
        return math.nan
    return math.log(seconds2 / seconds1) / math.log(size2 / size1)


# --- the report ---------------------------------------------------------------


def _load() -> str:
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "unknown"


def _kb(size: int) -> str:
    return f"{size / 1000:,.0f} KB" if size < 1_000_000 else f"{size / 1e6:,.0f} MB"


def print_header(sizes: tuple[int, ...], repeats: int, budget: float, shapes: int) -> None:
    print(f"machine : {platform.platform()}, {os.cpu_count()} CPUs; load average {_load()} at the start")
    print(f"python  : {platform.python_implementation()} {platform.python_version()}, newsevent {_version()}")
    print(
        f"run     : {shapes} shapes from {SHAPES_FILE.relative_to(HERE.parent)}, "
        f"{', '.join(_kb(size) for size in sizes)} of UTF-8; clock time.process_time, best of {repeats}; "
        f"a size whose parse would take over {budget:g} s is skipped"
    )
    print()


def _version() -> str:
    try:
        return metadata.version("newsevent")
    except metadata.PackageNotFoundError:
        return "(not installed)"


def row(name: str, points: list[Point], sizes: tuple[int, ...]) -> tuple[str, str]:
    """The table row of one shape, and its verdict: ``linear``, ``NOT linear`` or ``?``."""
    cells = []
    for point in points:
        if point.seconds is not None:
            cells.append(f"{point.seconds * 1000:>12,.1f}")
        else:
            cells.append(f"{'skip ' + (point.skipped or ''):>12}")
    cells += [f"{'':>12}"] * (len(sizes) - len(points))
    timed = [point for point in points if point.seconds is not None]
    largest = timed[-1]
    assert largest.seconds is not None
    per_kb = largest.seconds * 1e6 / (largest.size / 1000)
    if len(timed) >= 2:
        small, large = timed[-2], timed[-1]
        assert small.seconds is not None
        assert large.seconds is not None
        exponent = growth_exponent(small.size, small.seconds, large.size, large.seconds)
    else:
        exponent = math.nan
    verdict = "?" if math.isnan(exponent) else "linear" if exponent <= LINEAR_EXPONENT else "NOT linear"
    if any(point.skipped and point.skipped.startswith(">") for point in points):
        verdict = "NOT linear"  # a size ran past the budget although its extrapolation was within it
    line = f"{name:<30} {' '.join(cells)} {per_kb:>9,.1f} {exponent:>6.2f}  {verdict}"
    return line, verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="10 KB and 40 KB only (under a minute)")
    parser.add_argument("--only", metavar="NAMES", help="comma-separated shape names to time (default: all)")
    parser.add_argument(
        "--budget",
        type=float,
        default=BUDGET_SECONDS,
        metavar="SECONDS",
        help=f"skip a size whose parse would take longer than this (default {BUDGET_SECONDS:g})",
    )
    arguments = parser.parse_args(argv)
    shapes = load_shapes()
    if arguments.only:
        wanted = arguments.only.split(",")
        unknown = sorted(set(wanted) - {shape.name for shape in shapes})
        if unknown:
            parser.error(f"--only: unknown shapes {', '.join(unknown)}")
        shapes = [shape for shape in shapes if shape.name in wanted]
    sizes = QUICK_SIZES if arguments.quick else SIZES
    repeats = 1 if arguments.quick else REPEATS

    print_header(sizes, repeats, arguments.budget, len(shapes))
    _parse(REFERENCE_ARTICLE.read_text(encoding="utf-8"))  # load the parser and the gazetteer first
    size_columns = " ".join(f"{_kb(size) + ' ms':>12}" for size in sizes)
    header = f"{'shape':<30} {size_columns} {'µs/KB':>9} {'k':>6}  verdict"
    print(header)
    print("-" * len(header))
    verdicts: dict[str, str] = {}
    failures: list[str] = []
    for shape in shapes:
        try:
            points = measure(shape, sizes, repeats, arguments.budget)
        except Exception as error:  # reported, not raised: the other shapes still run
            failures.append(f"{shape.name}: {type(error).__name__}: {error}")
            print(f"{shape.name:<30} FAILED: {type(error).__name__}: {error}")
            continue
        line, verdicts[shape.name] = row(shape.name, points, sizes)
        print(line, flush=True)
    print()
    print(
        f"µs/KB at the largest size timed; k: time grows as size**k between the two largest sizes timed "
        f"(1.00 is linear, above {LINEAR_EXPONENT} NOT linear); skip: the extrapolated time of one parse"
    )
    superlinear = [name for name, verdict in verdicts.items() if verdict == "NOT linear"]
    print(f"{len(verdicts) - len(superlinear)} of {len(shapes)} shapes linear")
    print(f"NOT linear: {', '.join(superlinear) or 'none'}")
    print(f"load average {_load()} at the end")
    if failures:
        return 2
    return 1 if superlinear else 0


if __name__ == "__main__":
    raise SystemExit(main())
