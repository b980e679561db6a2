"""newsevent side by side with pydantic v2 and msgspec, on one machine, in one run.

Run ``python benchmarks/bench.py`` (about half a minute, plus the parser's
share) or add ``--quick`` (a few seconds). ``--json FILE`` also writes every
number (``-`` for standard output); ``--clock cpu`` times CPU rather than wall
time, for a machine that others share. See ``benchmarks/README.md`` for what each figure
means and the targets from the "Speed" issue.

How the numbers are taken: each operation is timed in batches of calls long
enough for ``time.perf_counter_ns`` to be exact, with the garbage collector
off during a batch; rounds interleave the libraries (and rotate their order)
so that machine noise falls on all of them alike; the tables show the median
per call and the interquartile range over rounds. Before any timing, a
differential check makes sure the three models accept the same reference
dict, give it back equal, and refuse the same bad inputs.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import enum
import functools
import gc
import itertools
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import msgspec
import pydantic

import newsevent

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import models_msgspec  # noqa: E402 - found through the path set just above
import models_pydantic  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

REFERENCE_EVENT = HERE / "ref_event.json"
REFERENCE_ARTICLE = HERE.parent / "examples" / "anchorage-summit.hi.txt"
REFERENCE_PUBLISHED = dt.date(2025, 8, 16)
ARTICLES = HERE / "articles"  # the dev set, and published.json with each article's date
LIBRARIES = ("newsevent", "pydantic", "msgspec")
SYNTHETIC_SIZES = (10_000, 100_000, 1_000_000)  # bytes of UTF-8


#: The clock every measurement reads: wall time by default; ``--clock cpu`` reads the
#: CPU time of the running thread, which leaves out the time that other processes
#: hold the CPU on a busy machine (but not what they do to the caches).
CLOCK: dict[str, Any] = {"name": "perf_counter_ns", "now": time.perf_counter_ns}
CLOCKS = {"wall": "perf_counter_ns", "cpu": "thread_time_ns"}


@attrs.frozen
class Settings:
    rounds: int  # interleaved rounds for the serialization operations
    batch_ns: int  # how long one timed batch of calls should last
    parse_rounds: int
    synthetic_rounds: int
    import_runs: int  # fresh interpreters per import measurement


QUICK = Settings(rounds=9, batch_ns=3_000_000, parse_rounds=5, synthetic_rounds=3, import_runs=7)
FULL = Settings(rounds=41, batch_ns=12_000_000, parse_rounds=15, synthetic_rounds=7, import_runs=21)


# --- timing ---------------------------------------------------------------


def time_batch(function: Callable[[], object], calls: int) -> int:
    """Nanoseconds that ``calls`` calls of ``function`` take, with the GC off."""
    loop = itertools.repeat(None, calls)
    enabled = gc.isenabled()
    gc.disable()
    try:
        now = CLOCK["now"]
        start = now()
        for _ in loop:
            function()
        return now() - start
    finally:
        if enabled:
            gc.enable()


def calls_per_batch(function: Callable[[], object], batch_ns: int) -> int:
    """How many calls make one batch of about ``batch_ns``; warms ``function`` up on the way."""
    calls = 1
    while True:
        elapsed = time_batch(function, calls)
        if elapsed >= batch_ns / 8 or calls >= 1 << 22:
            return max(1, round(calls * batch_ns / max(elapsed, 1)))
        calls *= 2


@attrs.frozen
class Summary:
    median: float  # ns per call
    q1: float
    q3: float
    samples: tuple[float, ...]

    @property
    def iqr(self) -> float:
        return self.q3 - self.q1


def summarise(samples: list[float]) -> Summary:
    if len(samples) >= 2:
        q1, _, q3 = statistics.quantiles(samples, n=4, method="inclusive")
    else:
        q1 = q3 = samples[0]
    return Summary(statistics.median(samples), q1, q3, tuple(samples))


def interleaved(
    cases: dict[str, dict[str, Callable[[], object]]], rounds: int, batch_ns: int
) -> dict[str, dict[str, Summary]]:
    """Time every ``cases[operation][library]`` over ``rounds`` rounds, libraries interleaved."""
    calls = {
        (operation, library): calls_per_batch(function, batch_ns)
        for operation, by_library in cases.items()
        for library, function in by_library.items()
    }
    samples: dict[tuple[str, str], list[float]] = {key: [] for key in calls}
    for round_number in range(rounds):
        gc.collect()
        for operation, by_library in cases.items():
            libraries = list(by_library)
            shift = round_number % len(libraries)
            for library in libraries[shift:] + libraries[:shift]:
                count = calls[operation, library]
                samples[operation, library].append(time_batch(by_library[library], count) / count)
    return {
        operation: {library: summarise(samples[operation, library]) for library in by_library}
        for operation, by_library in cases.items()
    }


# --- the three models on the reference event ------------------------------


def constructor_source(obj: Any, constants: dict[str, Any]) -> str:
    """Python source that builds ``obj`` (a newsevent object) by calling the model classes.

    The same source, run against the pydantic or msgspec classes (same names,
    same fields), builds the same event with them. Dates and enum members are
    bound as constants, so that the timed code only calls constructors.
    """
    if attrs.has(type(obj)):
        arguments = ", ".join(
            f"{field.name}={constructor_source(getattr(obj, field.name), constants)}"
            for field in attrs.fields(type(obj))
        )
        return f"{type(obj).__name__}({arguments})"
    if type(obj) is tuple:
        return "(" + "".join(constructor_source(item, constants) + ", " for item in obj) + ")"
    if obj is None or (type(obj) in (bool, int, str)):
        return repr(obj)
    if isinstance(obj, (enum.Enum, dt.date)):
        name = f"_constant{len(constants)}"
        constants[name] = obj
        return name
    raise TypeError(f"cannot write source for {obj!r}")


def constructor(source: str, constants: dict[str, Any], classes: dict[str, type]) -> Callable[[], Any]:
    namespace = {**classes, **constants}
    exec(compile(f"def build():\n    return {source}\n", "<constructor>", "exec"), namespace)
    return namespace["build"]  # type: ignore[no-any-return]


def as_json_data(value: Any) -> Any:
    """``value`` with tuples as lists: msgspec.to_builtins keeps tuples (json.dumps takes both)."""
    if isinstance(value, dict):
        return {key: as_json_data(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_json_data(item) for item in value]
    return value


@attrs.frozen
class Subjects:
    """The reference event read by each library, and the functions under test."""

    data: dict[str, Any]
    text: str  # newsevent.to_json of the event: the JSON input of every library
    event: newsevent.Event
    pydantic_event: models_pydantic.Event
    msgspec_event: models_msgspec.Event
    build: dict[str, Callable[[], Any]]
    msgspec_decoder: msgspec.json.Decoder[models_msgspec.Event]


def prepare() -> Subjects:
    data = json.loads(REFERENCE_EVENT.read_text(encoding="utf-8"))
    event = newsevent.from_dict(data)
    constants: dict[str, Any] = {}
    source = constructor_source(event, constants)
    build = {
        "newsevent": constructor(source, constants, {cls.__name__: cls for cls in _newsevent_classes()}),
        "pydantic": constructor(source, constants, models_pydantic.CLASSES),
        "msgspec": constructor(source, constants, models_msgspec.CLASSES),
    }
    return Subjects(
        data=data,
        text=newsevent.to_json(event),
        event=event,
        pydantic_event=models_pydantic.Event.model_validate(data),
        msgspec_event=msgspec.convert(data, models_msgspec.Event, dec_hook=models_msgspec.dec_hook),
        build=build,
        msgspec_decoder=msgspec.json.Decoder(models_msgspec.Event, dec_hook=models_msgspec.dec_hook),
    )


def _newsevent_classes() -> tuple[type, ...]:
    return (
        newsevent.Span,
        newsevent.Duration,
        newsevent.TimeSpan,
        newsevent.Place,
        newsevent.Participant,
        newsevent.Statement,
        newsevent.Outcome,
        newsevent.Invitation,
        newsevent.Source,
        newsevent.Event,
    )


def serialization_cases(subjects: Subjects) -> dict[str, dict[str, Callable[[], object]]]:
    s = subjects
    to_dict, from_dict, to_json, from_json = (
        newsevent.to_dict,
        newsevent.from_dict,
        newsevent.to_json,
        newsevent.from_json,
    )
    pydantic_event, msgspec_event, data, text = s.pydantic_event, s.msgspec_event, s.data, s.text
    pydantic_class, msgspec_class = models_pydantic.Event, models_msgspec.Event
    decode, hook = s.msgspec_decoder.decode, models_msgspec.dec_hook
    return {
        "construct": dict(s.build),
        "to_dict": {
            "newsevent": functools.partial(to_dict, s.event),
            "pydantic": functools.partial(pydantic_event.model_dump, mode="json"),
            "msgspec": functools.partial(msgspec.to_builtins, msgspec_event),
        },
        "from_dict": {
            "newsevent": functools.partial(from_dict, data),
            "pydantic": functools.partial(pydantic_class.model_validate, data),
            "msgspec": functools.partial(msgspec.convert, data, msgspec_class, dec_hook=hook),
        },
        "to_json": {
            "newsevent": functools.partial(to_json, s.event),
            "pydantic": pydantic_event.model_dump_json,
            "msgspec": functools.partial(msgspec.json.encode, msgspec_event),
        },
        "from_json": {
            "newsevent": functools.partial(from_json, text),
            "pydantic": functools.partial(pydantic_class.model_validate_json, text),
            "msgspec": functools.partial(decode, text),
        },
        "round trip": {
            "newsevent": lambda: from_json(to_json(s.event)),
            "pydantic": lambda: pydantic_class.model_validate_json(pydantic_event.model_dump_json()),
            "msgspec": lambda: decode(msgspec.json.encode(msgspec_event)),
        },
    }


# --- the differential check -----------------------------------------------

_DELETE = object()


def _with(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """A deep copy of ``data`` with the value at ``path`` replaced (or deleted)."""
    result = copy.deepcopy(data)
    target: Any = result
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return result


#: Inputs every model must refuse: (what is wrong, path, value put there).
BAD_INPUTS: tuple[tuple[str, tuple[Any, ...], Any], ...] = (
    ("int for text", ("title",), 123),
    ("empty text", ("title",), ""),
    ("empty text in a tuple", ("topics",), ["ceasefire", ""]),
    ("lone surrogate in text", ("title",), "\ud800"),
    ("str for int", ("duration", "seconds"), "10800"),
    ("float for int", ("duration", "seconds"), 10800.0),
    ("bool for int", ("duration", "seconds"), True),
    ("negative count", ("duration", "seconds"), -1),
    ("count above 2**53 - 1", ("duration", "seconds"), 2**53),
    ("int for bool", ("duration", "approximate"), 1),
    ("naive datetime", ("when", "start"), "2025-08-15T10:00:00"),
    ("timestamp for date", ("when", "start"), 1755216000),
    ("not ISO 8601", ("when", "start"), "15/08/2025"),
    ("end before start", ("when", "end"), "2025-08-14"),
    ("end of another type than start", ("when", "end"), "2025-08-16T00:00:00+00:00"),
    ("date start finer than a day", ("when", "precision"), "hour"),
    ("unknown enum value", ("when", "precision"), "fortnight"),
    ("enum name for value", ("kind",), "SUMMIT"),
    ("unknown country", ("place", "country"), "XX"),
    ("country in lower case", ("place", "country"), "us"),
    ("not a language tag", ("language",), "Hindi"),
    ("language tag with a final newline", ("statements", 0, "language"), "en\n"),
    ("id with a space", ("participants", 0, "id"), "donald trump"),
    ("id with a final newline", ("participants", 0, "id"), "donald-trump\n"),
    ("str for a tuple", ("participants", 0, "names"), "Trump"),
    ("str for a span offset", ("participants", 0, "mentions", 0, "end"), "32"),
    ("span end before start", ("participants", 0, "mentions", 1), {"start": 905, "end": 900}),
    ("list for an object", ("statements", 0, "span"), [1200, 1219]),
    ("dict for a list", ("participants",), {}),
    ("duplicate id", ("mentioned", 0, "id"), "donald-trump"),
    ("unknown speaker", ("statements", 0, "speaker"), "nobody"),
    ("unknown party", ("outcomes", 0, "parties"), ["donald-trump", "nobody"]),
    ("unknown invitee", ("invitations", 0, "invitee"), "nobody"),
    ("unknown key", ("extra",), 1),
    ("unknown nested key", ("place", "population"), 291_247),
    ("other schema version", ("schema_version",), "2.0"),
    ("missing required key", ("language",), _DELETE),
    ("missing nested required key", ("statements", 0, "text"), _DELETE),
)


def _newsevent_reads(data: Any) -> Any:
    return newsevent.from_dict(data)


def _pydantic_reads(data: Any) -> Any:
    return models_pydantic.Event.model_validate(data)


def _msgspec_reads(data: Any) -> Any:
    return msgspec.convert(data, models_msgspec.Event, dec_hook=models_msgspec.dec_hook)


def _newsevent_reads_json(text: str) -> Any:
    return newsevent.from_json(text)


def _pydantic_reads_json(text: str) -> Any:
    return models_pydantic.Event.model_validate_json(text)


def _msgspec_reads_json(text: str) -> Any:
    return msgspec.json.decode(text, type=models_msgspec.Event, dec_hook=models_msgspec.dec_hook)


READERS: dict[str, tuple[Callable[[Any], Any], Callable[[str], Any], tuple[type[Exception], ...]]] = {
    "newsevent": (_newsevent_reads, _newsevent_reads_json, (newsevent.ValidationError, newsevent.ParseError)),
    "pydantic": (_pydantic_reads, _pydantic_reads_json, (pydantic.ValidationError,)),
    "msgspec": (_msgspec_reads, _msgspec_reads_json, (msgspec.ValidationError, msgspec.DecodeError)),
}


def _json_or_none(data: Any) -> str | None:
    """``data`` as JSON text (lone surrogates as ``\\ud800`` escapes), or None where JSON cannot say it."""
    try:
        return json.dumps(data)
    except (TypeError, ValueError):
        return None


def differential_check(subjects: Subjects) -> list[str]:
    """Assert the three models agree on the reference event; return bad inputs they disagree on."""
    s, data = subjects, subjects.data
    dumps = {
        "newsevent": newsevent.to_dict(s.event),
        "pydantic": s.pydantic_event.model_dump(mode="json"),
        "msgspec": as_json_data(msgspec.to_builtins(s.msgspec_event)),
    }
    for library, dumped in dumps.items():
        assert dumped == data, f"{library} does not give the reference dict back"
        assert list(dumped) == list(data), f"{library} writes the keys in another order"
    built = {library: build() for library, build in s.build.items()}
    assert built["newsevent"] == s.event, "newsevent: the built event differs from the one read"
    assert built["pydantic"] == s.pydantic_event, "pydantic: the built event differs from the one read"
    assert built["msgspec"] == s.msgspec_event, "msgspec: the built event differs from the one read"
    texts = {
        "newsevent": s.text,
        "pydantic": s.pydantic_event.model_dump_json(),
        "msgspec": msgspec.json.encode(s.msgspec_event).decode(),
    }
    for library, text in texts.items():
        assert text == s.text, f"{library} writes other JSON text than newsevent"
    assert newsevent.from_json(s.text) == s.event
    assert models_pydantic.Event.model_validate_json(s.text) == s.pydantic_event
    assert s.msgspec_decoder.decode(s.text) == s.msgspec_event

    # All three store text in NFC: "é" written as "e" + U+0301 comes back as U+00E9.
    decomposed = _with(data, ("title",), "Re\u0301sume\u0301")
    for library, (read, _, _) in READERS.items():
        title = read(decomposed).title
        assert title == "Résumé", f"{library} does not store text in NFC: {title!r}"

    disagreements = []
    for what, path, value in BAD_INPUTS:
        bad = _with(data, path, value)
        bad_text = _json_or_none(bad)
        for library, (read, read_json, errors) in READERS.items():
            for mode, reader, argument in (("dict", read, bad), ("JSON", read_json, bad_text)):
                if argument is None:
                    continue
                try:
                    reader(argument)
                except errors:
                    continue
                disagreements.append(f"{library} accepts {what} ({mode}: {'.'.join(map(str, path))} = {value!r})")
    return disagreements


# --- parse_article --------------------------------------------------------


def find_parse_article() -> Callable[..., Any] | None:
    """``newsevent.parse_article``, or ``None`` while this version has none."""
    try:
        parse = newsevent.parse_article  # type: ignore[attr-defined]
    except (AttributeError, ImportError):
        return None
    try:
        parse("", published=REFERENCE_PUBLISHED)
    except NotImplementedError:  # a stub: not there yet
        return None
    except Exception:
        return parse  # type: ignore[no-any-return]
    return parse  # type: ignore[no-any-return]


def synthetic_article(reference: str, size: int) -> str:
    """An article of about ``size`` bytes of UTF-8: the reference's first paragraph, then its others over and over."""
    first, *others = [line for line in reference.splitlines() if line.strip()]
    paragraphs, total = [first], len(first.encode()) + 1
    for paragraph in itertools.cycle(others):
        if total >= size:
            break
        paragraphs.append(paragraph)
        total += len(paragraph.encode()) + 1
    return "\n".join(paragraphs) + "\n"


def _parse_failure(parse: Callable[..., Any], name: str, text: str, published: dt.date) -> str | None:
    """How parsing one article went wrong (SPEC: parse_article never raises on a str), or None."""
    try:
        result = parse(text, published=published)
    except Exception as error:  # reported, not raised: the other sections still run
        return f"{name}: {type(error).__name__}: {error}"
    if not isinstance(result, newsevent.Event):
        return f"{name}: returned {type(result).__name__}, not an Event"
    return None


def parse_section(parse: Callable[..., Any], settings: Settings) -> dict[str, Any]:
    """Time ``parse`` on the reference, the dev set and synthetic articles of growing size.

    An article it fails on (SPEC: ``parse_article`` never raises on a str) is
    reported and left out of the timing, and so is the rest of its group.
    """
    reference = REFERENCE_ARTICLE.read_text(encoding="utf-8")
    published = json.loads((ARTICLES / "published.json").read_text(encoding="utf-8"))
    dev = [
        (path.name, path.read_text(encoding="utf-8"), dt.date.fromisoformat(published[path.name]))
        for path in sorted(ARTICLES.glob("*.txt"))
    ]
    failures = [
        failure
        for name, text, date in [("reference", reference, REFERENCE_PUBLISHED), *dev]
        if (failure := _parse_failure(parse, name, text, date))
    ]
    result: dict[str, Any] = {"failures": failures}
    reference_fails = any(failure.startswith("reference:") for failure in failures)
    dev_fails = len(failures) > reference_fails

    cases: dict[str, dict[str, Callable[[], object]]] = {}
    if not reference_fails:
        cases["reference"] = {"newsevent": functools.partial(parse, reference, published=REFERENCE_PUBLISHED)}
    if not dev_fails:
        for name, text, date in dev:
            cases[name] = {"newsevent": functools.partial(parse, text, published=date)}
    timings = interleaved(cases, settings.parse_rounds, settings.batch_ns)
    if not reference_fails:
        result["reference"] = {"bytes": len(reference.encode()), "time": timings["reference"]["newsevent"]}
    if not dev_fails:
        per_article = {name: timings[name]["newsevent"] for name, _, _ in dev}
        totals = [sum(samples) for samples in zip(*(summary.samples for summary in per_article.values()), strict=True)]
        result["dev"] = {
            "articles": len(dev),
            "bytes": sum(len(text.encode()) for _, text, _ in dev),
            "time": summarise(totals),
            "per_article": per_article,
        }
    if not reference_fails:
        result["synthetic"] = synthetic_timings(parse, reference, settings)
    return result


#: A synthetic size is skipped when its parse would take longer than this (it is not linear then).
SYNTHETIC_BUDGET_NS = 60e9


def synthetic_timings(parse: Callable[..., Any], reference: str, settings: Settings) -> list[dict[str, Any]]:
    """Parse time of synthetic articles of 10 KB, 100 KB and 1 MB, smallest first.

    Each size is first parsed once; a size whose time, extrapolated from the
    sizes before at the growth seen so far, would exceed the budget is
    skipped rather than left to run for hours.
    """
    texts = [synthetic_article(reference, size) for size in SYNTHETIC_SIZES]
    points: list[dict[str, Any]] = []
    timed: dict[str, dict[str, Callable[[], object]]] = {}
    previous: tuple[int, float] | None = None
    exponent = 1.0
    for text in texts:
        actual = len(text.encode())
        if previous is not None:
            expected = previous[1] * (actual / previous[0]) ** max(exponent, 1.0)
            if expected > SYNTHETIC_BUDGET_NS:
                points.append({"bytes": actual, "skipped": f"would take about {expected / 1e9:,.0f} s"})
                continue
        once = time_batch(functools.partial(parse, text, published=REFERENCE_PUBLISHED), 1)
        if previous is not None:
            exponent = math.log(once / previous[1]) / math.log(actual / previous[0])
        previous = (actual, once)
        timed[str(actual)] = {"newsevent": functools.partial(parse, text, published=REFERENCE_PUBLISHED)}
    timings = interleaved(timed, settings.synthetic_rounds, settings.batch_ns)
    points.extend({"bytes": int(size), "time": by_library["newsevent"]} for size, by_library in timings.items())
    return sorted(points, key=lambda point: point["bytes"])


# --- import time and first call -------------------------------------------

_IMPORT_PROGRAM = """
import sys, time
sys.path.insert(0, {here!r})
start = time.{clock}()
import {modules}
print(time.{clock}() - start)
"""

_FIRST_CALL_PROGRAM = """
import time
import newsevent
data = {data!r}
start = time.{clock}()
event = newsevent.from_dict(data)
read = time.{clock}()
written = newsevent.to_dict(event)
done = time.{clock}()
assert written == data
for _ in range(20):
    newsevent.to_dict(newsevent.from_dict(data))
steady_start = time.{clock}()
for _ in range(100):
    newsevent.from_dict(data)
steady_read = time.{clock}()
for _ in range(100):
    newsevent.to_dict(event)
steady_done = time.{clock}()
print(read - start, done - read, (steady_read - steady_start) / 100, (steady_done - steady_read) / 100)
"""

_FIRST_PARSE_PROGRAM = """
import datetime, time
import newsevent
text = open({path!r}, encoding="utf-8").read()
published = datetime.date({published.year}, {published.month}, {published.day})
start = time.{clock}()
newsevent.parse_article(text, published=published)
first = time.{clock}()
newsevent.parse_article(text, published=published)
second = time.{clock}()
print(first - start, second - first)
"""

IMPORTS = {
    "newsevent": "newsevent",
    "attrs, cattrs": "attrs, cattrs",
    "models_pydantic": "models_pydantic",
    "models_msgspec": "models_msgspec",
}


def _run(program: str) -> list[float]:
    # -I: no user site, no PYTHON* variables, no current directory on sys.path.
    result = subprocess.run([sys.executable, "-I", "-c", program], capture_output=True, text=True, check=True, cwd=HERE)
    return [float(number) for number in result.stdout.split()]


def import_section(settings: Settings, data: dict[str, Any], *, with_parse: bool) -> dict[str, Any]:
    """Import times and first calls, each in fresh interpreters, the kinds interleaved."""
    samples: dict[str, list[float]] = {name: [] for name in IMPORTS}
    first_call: list[list[float]] = []
    first_parse: list[list[float]] = []
    result_error: list[str] = []
    first_call_program = _FIRST_CALL_PROGRAM.format(data=data, clock=CLOCK["name"])
    first_parse_program = _FIRST_PARSE_PROGRAM.format(
        path=str(REFERENCE_ARTICLE), published=REFERENCE_PUBLISHED, clock=CLOCK["name"]
    )
    for _ in range(settings.import_runs):
        for name, modules in IMPORTS.items():
            samples[name] += _run(_IMPORT_PROGRAM.format(here=str(HERE), modules=modules, clock=CLOCK["name"]))
        first_call.append(_run(first_call_program))
        if with_parse:
            try:
                first_parse.append(_run(first_parse_program))
            except subprocess.CalledProcessError as error:  # the parse section says more
                first_parse, with_parse = [], False
                result_error = error.stderr.strip().splitlines()[-1:] or ["failed"]
    first_read, first_write, steady_read, steady_write = (
        summarise(list(column)) for column in zip(*first_call, strict=True)
    )
    result = {
        "imports": {name: summarise(values) for name, values in samples.items()},
        "first_from_dict": first_read,
        "first_to_dict": first_write,
        "steady_from_dict": steady_read,
        "steady_to_dict": steady_write,
    }
    if result_error:
        result["first_parse_error"] = result_error[0]
    if first_parse:
        result["first_parse"], result["second_parse"] = (
            summarise(list(column)) for column in zip(*first_parse, strict=True)
        )
    return result


# --- the report -----------------------------------------------------------

#: Targets from the "Speed" issue: (operation, library) -> least speed relative to it.
TARGETS = {
    ("from_dict", "pydantic"): 1.0,
    ("to_dict", "pydantic"): 2.0,
    ("round trip", "pydantic"): 1.3,
    ("round trip", "msgspec"): 0.3,
}
PARSE_TARGET = 1000  # reference articles per second on one core
LINEAR_EXPONENT = 1.15  # parse time ~ size**k between the two largest sizes: above this, not linear


def _us(ns: float) -> str:
    return f"{ns / 1000:,.1f}"


def _ms(ns: float) -> str:
    return f"{ns / 1e6:,.2f}"


def _verdict(value: float, target: float) -> str:
    return "met" if value >= target else "MISSED"


def _cpu_model() -> str | None:
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for line in cpuinfo.splitlines():
        if line.startswith("model name"):
            return line.partition(":")[2].strip()
    return None


def _load() -> str:
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "unknown"


def machine() -> dict[str, Any]:
    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    return {
        "platform": platform.platform(),
        "processor": _cpu_model() or platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "versions": {
            name: version(name)
            for name in ("newsevent", "attrs", "cattrs", "pydantic", "pydantic-core", "msgspec", "orjson")
        },
    }


def print_machine(info: dict[str, Any], settings: Settings, mode: str) -> None:
    versions = ", ".join(f"{name} {value}" for name, value in info["versions"].items())
    print(f"machine : {info['platform']}, {info['processor']}, {info['cpus']} CPUs ({info['cpus_usable']} usable)")
    print(f"python  : {info['python']}; load average {_load()} at the start (busy CPUs make noisy numbers)")
    print(f"versions: {versions}")
    backend = "orjson (the fast extra)" if info["versions"]["orjson"] != "not installed" else "the json module"
    print(f"json    : newsevent's to_json/from_json use {backend}")
    print(
        f"run     : {mode}, {settings.rounds} interleaved rounds, batches of ~{settings.batch_ns / 1e6:g} ms, "
        f"clock time.{CLOCK['name']}, "
        "GC off while timing; times are medians per call [IQR]"
    )


def paired_ratios(results: dict[str, dict[str, Summary]]) -> dict[str, dict[str, Summary]]:
    """For each operation and other library: its time / newsevent's, round by round.

    Both were timed within the same round, moments apart, so a ratio holds up
    when the machine's load changes during the run, where times do not.
    """
    return {
        operation: {
            library: summarise(
                [
                    theirs / mine
                    for theirs, mine in zip(by_library[library].samples, by_library["newsevent"].samples, strict=True)
                ]
            )
            for library in by_library
            if library != "newsevent"
        }
        for operation, by_library in results.items()
    }


#: A cell whose IQR is above this share of its median marks the run as noisy.
NOISY = 0.2


def print_serialization(results: dict[str, dict[str, Summary]], reference_bytes: int) -> None:
    ratios = paired_ratios(results)
    print()
    print(f"Reference event ({reference_bytes:,} bytes of JSON) — µs per call [IQR]")
    print("×lib = lib's time / newsevent's, median of the per-round ratios [IQR]: above 1, newsevent is faster")
    columns = f"{'newsevent':>17} {'pydantic v2':>17} {'msgspec':>17} {'×pydantic':>13} {'×msgspec':>13}"
    header = f"{'operation':<11} {columns}  target"
    print(header)
    print("-" * (len(header) + 40))
    noisy = 0
    for operation, by_library in results.items():
        noisy += sum(summary.iqr > NOISY * summary.median for summary in by_library.values())
        cells = [f"{_us(by_library[lib].median)} [{_us(by_library[lib].iqr)}]" for lib in LIBRARIES]
        ratio = {lib: f"{summary.median:.2f} [{summary.iqr:.2f}]" for lib, summary in ratios[operation].items()}
        targets = [
            f"≥{target:g}× {lib}: {_verdict(ratios[operation][lib].median, target)}"
            for (op, lib), target in TARGETS.items()
            if op == operation
        ]
        print(
            f"{operation:<11} {cells[0]:>17} {cells[1]:>17} {cells[2]:>17} "
            f"{ratio['pydantic']:>13} {ratio['msgspec']:>13}  {'; '.join(targets)}"
        )
    print("construct: pydantic validates on __init__ like newsevent; msgspec's __init__ checks no types,")
    print("           it only runs __post_init__ (NFC text, orders, references). msgspec.to_builtins keeps")
    print("           tuples (no list copies). JSON input is newsevent.to_json's text for all three.")
    if noisy:
        print(
            f"NOISY RUN: {noisy} of {len(results) * len(LIBRARIES)} times have an IQR above {NOISY:.0%} of their median"
            " (is something else running?); the paired ratios hold up better than the times."
        )


def print_parse(parse_results: dict[str, Any] | None) -> None:
    print()
    if parse_results is None:
        print(f"parse_article: {NOT_AVAILABLE}")
        return
    print("parse_article — ms per article [IQR]")
    for failure in parse_results["failures"]:
        print(f"  FAILED (not timed) {failure}")
    if "reference" in parse_results:
        reference = parse_results["reference"]
        rate = 1e9 / reference["time"].median
        print(
            f"  reference ({reference['bytes']:,} B)   {_ms(reference['time'].median)} [{_ms(reference['time'].iqr)}]"
            f"   {rate:,.0f} articles/s   target ≥{PARSE_TARGET}/s: {_verdict(rate, PARSE_TARGET)}"
        )
    if "dev" in parse_results:
        dev = parse_results["dev"]
        slowest_name, slowest = max(dev["per_article"].items(), key=lambda item: item[1].median)
        print(
            f"  dev set ({dev['articles']} articles, {dev['bytes']:,} B)   {_ms(dev['time'].median)} "
            f"[{_ms(dev['time'].iqr)}] for all   {dev['articles'] * 1e9 / dev['time'].median:,.0f} articles/s   "
            f"slowest {slowest_name} {_ms(slowest.median)} ms"
        )
    if "synthetic" not in parse_results:
        return
    print("  synthetic (the reference's paragraphs repeated):")
    points = parse_results["synthetic"]
    for point in points:
        size = point["bytes"]
        if "skipped" in point:
            print(f"    {size / 1000:>7,.0f} KB   skipped: {point['skipped']} — NOT linear")
            continue
        summary = point["time"]
        print(
            f"    {size / 1000:>7,.0f} KB   {_ms(summary.median):>9} ms [{_ms(summary.iqr)}]"
            f"   {summary.median / 1000 / (size / 1000):>8,.1f} µs/KB"
        )
    timed = [point for point in points if "time" in point]
    steps = [
        (
            small,
            large,
            math.log(large["time"].median / small["time"].median) / math.log(large["bytes"] / small["bytes"]),
        )
        for small, large in itertools.pairwise(timed)
    ]
    if steps:
        # Judged on the largest sizes, where fixed costs weigh least.
        verdict = "linear" if steps[-1][2] <= LINEAR_EXPONENT else "NOT linear"
        shown = ", ".join(
            f"{small['bytes'] / 1000:,.0f} → {large['bytes'] / 1000:,.0f} KB: {exponent:.2f}"
            for small, large, exponent in steps
        )
        print(f"    time grows as size^k, k = {shown}: {verdict} (k = 1.00 is linear)")


def print_imports(results: dict[str, Any], runs: int) -> None:
    print()
    imports = results["imports"]
    base = imports["attrs, cattrs"].median
    print(f"Import in a fresh interpreter (python -I, median of {runs} runs) — ms [IQR]")
    for name, summary in imports.items():
        note = {
            "newsevent": f"   {summary.median / base:.2f}× the time of attrs+cattrs",
            "models_pydantic": "   pydantic + model build (+ newsevent, for its enums)",
            "models_msgspec": "   msgspec + Structs (+ newsevent, for its enums)",
        }.get(name, "")
        print(f"  import {name:<16} {_ms(summary.median):>7} [{_ms(summary.iqr)}]{note}")
    first_read, first_write = results["first_from_dict"], results["first_to_dict"]
    steady_read, steady_write = results["steady_from_dict"], results["steady_to_dict"]
    once = first_read.median + first_write.median - steady_read.median - steady_write.median
    print(
        f"  first from_dict {_ms(first_read.median)} ms (then {_us(steady_read.median)} µs), "
        f"first to_dict {_ms(first_write.median)} ms (then {_us(steady_write.median)} µs): "
        f"lazy loading costs {_ms(once)} ms once"
    )
    if "first_parse" in results:
        first, second = results["first_parse"], results["second_parse"]
        print(
            f"  first parse_article {_ms(first.median)} ms (then {_ms(second.median)} ms): "
            f"loading the parser and its gazetteer costs {_ms(first.median - second.median)} ms once"
        )
    if "first_parse_error" in results:
        print(f"  first parse_article: FAILED ({results['first_parse_error']})")


def to_jsonable(value: Any) -> Any:
    if isinstance(value, Summary):
        return {"median_ns": value.median, "q1_ns": value.q1, "q3_ns": value.q3, "samples_ns": list(value.samples)}
    if isinstance(value, dict):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    return value


NOT_AVAILABLE = "not available in this version"
SECTIONS = frozenset({"serialize", "parse", "import"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a short run (a few seconds)")
    parser.add_argument("--json", metavar="FILE", help="also write every number as JSON to FILE ('-': stdout)")
    parser.add_argument(
        "--only",
        default="serialize,parse,import",
        help="comma-separated sections to run: serialize, parse, import (default: all)",
    )
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="wall: time.perf_counter_ns (the default); cpu: the thread's CPU time, for a machine others share",
    )
    arguments = parser.parse_args(argv)
    CLOCK["name"] = CLOCKS[arguments.clock]
    CLOCK["now"] = getattr(time, CLOCKS[arguments.clock])
    settings = QUICK if arguments.quick else FULL
    sections = set(arguments.only.split(","))
    if not sections <= SECTIONS:
        parser.error(f"--only: unknown sections {', '.join(sorted(sections - SECTIONS))}")
    # With "--json -" the JSON takes standard output and the tables go to standard error.
    with contextlib.redirect_stdout(sys.stderr if arguments.json == "-" else sys.stdout):
        report = run(settings, sections, quick=arguments.quick)
    if arguments.json:
        text = json.dumps(to_jsonable(report), indent=1)
        if arguments.json == "-":
            print(text)
        else:
            Path(arguments.json).write_text(text + "\n", encoding="utf-8")
    return 0


def run(settings: Settings, sections: set[str], *, quick: bool) -> dict[str, Any]:
    info = machine()
    print_machine(info, settings, "quick" if quick else "full")
    report: dict[str, Any] = {"machine": info, "settings": {**attrs.asdict(settings), "clock": CLOCK["name"]}}

    subjects = prepare()
    disagreements = differential_check(subjects)
    print(
        f"check   : all three read the reference dict and JSON and write them back equal; "
        f"{len(BAD_INPUTS)} bad inputs × (dict, JSON): "
        + ("all refused by all three" if not disagreements else f"{len(disagreements)} accepted:")
    )
    for line in disagreements:
        print(f"          WARNING {line}")
    report["disagreements"] = disagreements

    if "serialize" in sections:
        results = interleaved(serialization_cases(subjects), settings.rounds, settings.batch_ns)
        print_serialization(results, len(subjects.text.encode()))
        report["serialization"] = results
        report["serialization_ratios"] = paired_ratios(results)
    if "parse" in sections:
        parse = find_parse_article()
        parse_results = None if parse is None else parse_section(parse, settings)
        print_parse(parse_results)
        report["parse"] = parse_results if parse_results is not None else NOT_AVAILABLE
    if "import" in sections:
        with_parse = find_parse_article() is not None
        import_results = import_section(settings, subjects.data, with_parse=with_parse)
        print_imports(import_results, settings.import_runs)
        report["import"] = import_results
    print()
    print(f"load average {_load()} at the end")
    return report


if __name__ == "__main__":
    raise SystemExit(main())
