"""The fast paths give exactly what the detailed paths give.

``from_dict`` first tries a reader generated per class (``newsevent._codegen``)
and hands over to the detailed reader on any doubt; constructors do the same
with a generated check; ``to_json`` and ``from_json`` use orjson when it is
installed. A fast path may give up, but it must never accept what the detailed
path refuses, nor build anything else than it builds. These tests hold them to
that on valid data drawn from ``newsevent.strategies`` and on the same data
spoiled in many ways, several dozen times per drawn object, so that the CI
profile tries tens of thousands of inputs.

The detailed paths alone are private functions: ``_convert._read_in_detail``,
``_model._validate_in_detail``, and ``_convert._orjson_module = None`` for the
json module alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import json
import math
import types
import unicodedata
from collections import UserDict
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevent import (
    ActorKind,
    Duration,
    Event,
    EventKind,
    Invitation,
    Outcome,
    ParseError,
    Participant,
    Place,
    Precision,
    Source,
    Span,
    Statement,
    TimeSpan,
    ValidationError,
    _codegen,
    _convert,
    _model,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from newsevent import strategies as ns
from newsevent._fields import EnumOf, ModelOf, Moment, OptionalOf, TupleOf

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from random import Random

TIMEZONES = ns.fixed_timezones()
MUTATIONS = 30  # spoiled copies of each drawn object
# Each example checks dozens of inputs: longer than Hypothesis' default deadline allows.
MANY_INPUTS = settings(deadline=None)


def events() -> st.SearchStrategy[Event]:
    return ns.events(
        when=st.none() | ns.time_spans(timezones=TIMEZONES),
        source=st.none() | ns.sources(timezones=TIMEZONES),
    )


def any_objects() -> st.SearchStrategy[Any]:
    """An object of any model class but Event (which has tests of its own)."""
    return st.one_of(
        ns.spans(),
        ns.durations(),
        ns.time_spans(timezones=TIMEZONES),
        ns.places(),
        ns.participants(),
        ns.statements(),
        ns.outcomes(),
        ns.invitations(),
        ns.sources(timezones=TIMEZONES),
    )


# --- comparing results ---------------------------------------------------------


def snapshot(value: Any) -> Any:
    """``value`` with the type of everything in it, so that equal means the same.

    Model objects compare equal with a datetime in another offset, a str
    subclass, or a list for a tuple; a snapshot does not.
    """
    if attrs.has(type(value)):
        return (
            type(value),
            tuple((field.name, snapshot(getattr(value, field.name))) for field in attrs.fields(type(value))),
        )
    if isinstance(value, tuple):
        return (tuple, tuple(map(snapshot, value)))
    if isinstance(value, dt.datetime):
        return (dt.datetime, value.isoformat(), type(value.tzinfo))
    return (type(value), value)


def outcome(read: Callable[[Any], Any], data: Any) -> tuple[Any, ...]:
    """What reading ``data`` gives: the object's snapshot, or the error and its message."""
    try:
        obj = read(data)
    except (ValidationError, ParseError) as error:
        return (type(error), str(error))
    return ("ok", snapshot(obj))


def assert_paths_agree(data: Any, cls: type[Any]) -> None:
    """``from_dict`` and the fast reader alone agree with the detailed reader on ``data``."""
    expected = outcome(lambda data: _convert._read_in_detail(data, cls), data)
    assert expected == outcome(lambda data: from_dict(data, cls), data)
    try:
        fast = _codegen.reader(cls)(data)
    except Exception:  # the fast reader gave up: the detailed reader decides, as from_dict does
        return
    assert expected == ("ok", snapshot(fast)), "the fast reader built what the detailed reader does not"


# --- spoiling data ---------------------------------------------------------------


class Str(str):
    """A str subclass: equal to a str, but not one."""

    __slots__ = ()


NUKTA_TEXT = "रूस ने कहा कि बड़\u093c\u093c की बातचीत अच्छी रही, ज\u093cेलेंस्की भी वहाँ थे"
#: Values put in place of others: every JSON type, the edges of each field type, and Python values no JSON has.
BAD_VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    1,
    -1,
    7,
    2**53 - 1,
    2**53,
    2**64,
    10**30,
    1.0,
    -0.0,
    math.nan,
    math.inf,
    -math.inf,
    "",
    " ",
    "x",
    "a b",
    "a\tb",
    "x\n",
    "\u00a0",
    "a\u200db",
    "summit",
    "Summit",
    "held",
    "day",
    "hour",
    "person",
    "direct",
    "agreement",
    "extended",
    "city",
    "hi",
    "en-IN",
    "Hindi",
    "en\n",
    "IN",
    "US",
    "us",
    "XX",
    "1.0",
    "2025-08-15",
    "2025-02-30",
    "20250815",
    "2025-08-15T10:00",
    "2025-08-15T10:00:00",
    "2025-08-15T10:00:00+05:30",
    "2025-08-15T10:00:00.250Z",
    "2025-08-15T10:00:00+05:53:28",
    "2025-08-15T10:00:00+24:00",
    "15/08/2025",
    "\ud800",
    "e\u0301",
    "\u0958",
    "\u0915\u093c",
    "\u0928\u093c",
    NUKTA_TEXT,
    NUKTA_TEXT.replace("\u0921\u093c", "\u095c"),
    NUKTA_TEXT.replace("\u0921\u093c", "\u0928\u093c"),
    [],
    {},
    (),
    ["x"],
    ["x", "x"],
    [1],
    [None],
    [{}],
    {"start": 1, "end": 0},
    {"start": 0, "end": 1},
    {"start": 0},
    {"seconds": 60},
    {"name": "Delhi"},
    EventKind.SUMMIT,
    Precision.DAY,
    ActorKind.PERSON,
    Str("summit"),
    Str("x"),
    dt.date(2025, 8, 15),
    dt.datetime(2025, 8, 15, 10, tzinfo=dt.timezone.utc),
    b"x",
    object(),
)


def locations(data: Any) -> Iterator[tuple[Any, Any]]:
    """Every ``(container, key)`` in nested dicts and lists."""
    if type(data) is dict:
        for key, value in data.items():
            yield data, key
            yield from locations(value)
    elif type(data) is list:
        for index, value in enumerate(data):
            yield data, index
            yield from locations(value)


def spoil(data: Any, random: Random) -> None:
    """Change ``data`` in place in one way that may or may not leave it valid."""
    places = list(locations(data))
    dicts = [data] + [container[key] for container, key in places if type(container[key]) is dict]
    strings = [(container, key) for container, key in places if type(container[key]) is str]
    how = random.randrange(10)
    if how == 0 and places:  # a key left out: missing, or taking its default
        container, key = random.choice([(c, k) for c, k in places if type(c) is dict] or places)
        del container[key]
    elif how == 1:  # a key the class does not have
        key = random.choice(["extra", "id", "kind", "schema_version", 7])
        random.choice(dicts)[key] = copied(random.choice(BAD_VALUES))
    elif how == 2 and strings:  # text in another normal form, or as a str subclass
        container, key = random.choice(strings)
        text = container[key]
        container[key] = random.choice([unicodedata.normalize("NFD", text), Str(text), text + "\u0301", text + " "])
    elif how == 3 and strings:  # an id that names no one, or one that names the first participant
        container, key = random.choice(strings)
        container[key] = random.choice(["nobody", "donald-trump", *first_ids(data)])
    elif how == 4 and first_ids(data) and type(data.get("mentioned")) is list:  # an id twice
        data["mentioned"].append(copied(data["participants"][0]))
    elif how == 5 and places:  # a value moved to where another belongs
        (container, key), (other, other_key) = random.choice(places), random.choice(places)
        container[key] = copied(other[other_key])
    elif how == 6 and len(dicts) > 1:  # a mapping that is not a dict, a list that is a tuple
        container, key = random.choice([(c, k) for c, k in places if type(c[k]) in (dict, list)])
        value = container[key]
        container[key] = (
            tuple(value) if type(value) is list else random.choice([types.MappingProxyType, UserDict])(value)
        )
    elif places:
        container, key = random.choice(places)
        container[key] = copied(random.choice(BAD_VALUES))


def first_ids(data: dict[str, Any]) -> list[Any]:
    """The id of the first participant, if ``data`` has one."""
    people = data.get("participants")
    if type(people) is list and people and type(people[0]) is dict and "id" in people[0]:
        return [people[0]["id"]]
    return []


def copied(data: Any) -> Any:
    """A copy of the dicts and lists in ``data``, sharing everything else (a mapping proxy cannot be copied)."""
    if type(data) is dict:
        return {key: copied(value) for key, value in data.items()}
    if type(data) is list:
        return [copied(item) for item in data]
    return data


def spoiled(data: Any, random: Random) -> Any:
    result = copied(data)
    for _ in range(random.choice([1, 1, 1, 2, 3])):
        spoil(result, random)
    return result


# --- from_dict -----------------------------------------------------------------


@MANY_INPUTS
@given(events(), st.randoms(use_true_random=False))
def test_from_dict_fast_path_on_events(event: Event, random: Random) -> None:
    """The fast reader takes every valid event dict and builds the same event; spoilt dicts agree too."""
    data = to_dict(event)
    assert snapshot(event) == snapshot(_codegen.reader(Event)(data))
    assert_paths_agree(data, Event)
    for _ in range(MUTATIONS):
        assert_paths_agree(spoiled(data, random), Event)


@MANY_INPUTS
@given(any_objects(), st.randoms(use_true_random=False))
def test_from_dict_fast_path_on_every_class(obj: Any, random: Random) -> None:
    """The same for objects of every other model class, read on their own."""
    data = to_dict(obj)
    assert snapshot(obj) == snapshot(_codegen.reader(type(obj))(data))
    for _ in range(MUTATIONS):
        assert_paths_agree(spoiled(data, random), type(obj))


def test_fast_reader_takes_dicts_without_defaults() -> None:
    """A dict that leaves out every field with a default is read by the fast reader too."""
    data = {"kind": "summit", "language": "hi", "participants": [{"id": "a", "name": "A"}]}
    event = _codegen.reader(Event)(data)
    assert Event(kind=EventKind.SUMMIT, language="hi", participants=(Participant(id="a", name="A"),)) == event
    assert_paths_agree(data, Event)


@pytest.mark.parametrize(
    "text",
    [
        "Trump",
        "ट्रंप",
        NUKTA_TEXT,
        NUKTA_TEXT.replace("\u0921\u093c", "\u095c"),
        NUKTA_TEXT.replace("\u0921\u093c", "\u0928\u093c"),
        "e\u0301",
        "\u0928\u093c" * 20,
        "\u093c\u0928\u093c",
        "\u0928\u0334\u093c",
        "\u0915\u0951\u093c",
    ],
)
def test_quick_nfc_check(text: str) -> None:
    """The quick NFC check of Hindi text answers as ``is_normalized`` does."""
    assert unicodedata.is_normalized("NFC", text) == _codegen._is_nfc(text)


def test_quick_nfc_check_after_every_character() -> None:
    """A nukta after any character, or after any character after न, is judged as ``is_normalized`` judges it."""
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        for text in (chr(code) + "\u093c", "\u0928" + chr(code) + "\u093c"):
            assert unicodedata.is_normalized("NFC", text) == _codegen._is_nfc(text), ascii(text)


#: Letters that compose with the nukta and that do not, nuktas precomposed and not, marks of lower and higher classes.
NFC_PIECES = (
    "\u0928",
    "\u0930",
    "\u0933",
    "\u0921",
    "\u0915",
    "\u093c",
    "\u09bc",
    "\u0958",
    "\u0929",
    "\u0334",
    "\u0951",
    "\u094d",
    " ",
    "a",
    "e",
    "\u0301",
    "\u0f73",
)


@given(st.lists(st.sampled_from(NFC_PIECES), max_size=40))
def test_quick_nfc_check_everywhere(pieces: list[str]) -> None:
    """The same for text made of those pieces in any order."""
    text = "".join(pieces)
    assert unicodedata.is_normalized("NFC", text) == _codegen._is_nfc(text)


# --- constructors --------------------------------------------------------------

PYTHON_VALUES: tuple[Any, ...] = (
    None,
    True,
    1,
    -1,
    2**53,
    1.0,
    math.nan,
    "",
    "x",
    "a b",
    "e\u0301",
    "\ud800",
    NUKTA_TEXT,
    "summit",
    "hi",
    "Hindi",
    "IN",
    "us",
    (),
    ("x",),
    ["x"],
    ("",),
    (1,),
    ("e\u0301",),
    EventKind.SUMMIT,
    Precision.HOUR,
    ActorKind.PERSON,
    Str("x"),
    dt.date(2025, 8, 15),
    dt.datetime(2025, 8, 15, 10),
    dt.datetime(2025, 8, 15, 10, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
    Span(start=0, end=1),
    (Span(start=0, end=1),),
    Participant(id="a", name="A"),
    (Participant(id="a", name="A"),),
    Place(name="Delhi"),
    {"start": 0, "end": 1},
)


def unchecked(cls: type[Any], fields: dict[str, Any]) -> Any:
    """An object of ``cls`` holding ``fields`` as they are, no check run."""
    obj = object.__new__(cls)
    for name, value in fields.items():
        object.__setattr__(obj, name, value)
    return obj


@contextlib.contextmanager
def detailed_constructors() -> Iterator[None]:
    """Constructors with the detailed check alone."""
    fast = _model._validate
    _model._validate = _model._validate_in_detail
    try:
        yield
    finally:
        _model._validate = fast


def construct(cls: type[Any], fields: dict[str, Any]) -> tuple[Any, ...]:
    return outcome(lambda fields: cls(**fields), fields)


def assert_constructors_agree(cls: type[Any], fields: dict[str, Any]) -> None:
    """The generated check passes only what the detailed check passes unchanged; constructors agree."""
    with detailed_constructors():
        expected = construct(cls, fields)
    assert expected == construct(cls, fields)
    obj = unchecked(cls, fields)
    try:
        _codegen.checker(cls)(obj)
    except Exception:  # gave up: the detailed check decides, as the constructor does
        return
    before = snapshot(obj)
    _model._validate_in_detail(obj)  # raises if the fast check passed something invalid
    assert before == snapshot(obj), "the fast check passed text that the detailed check changes"


@MANY_INPUTS
@given(st.one_of(events(), any_objects()), st.randoms(use_true_random=False))
def test_constructor_check_agrees(obj: Any, random: Random) -> None:
    """Constructors with the generated check accept, normalise and refuse exactly as the detailed check does."""
    cls = type(obj)
    fields = {field.name: getattr(obj, field.name) for field in attrs.fields(cls)}
    assert_constructors_agree(cls, fields)
    for _ in range(MUTATIONS):
        changed = dict(fields)
        for _ in range(random.choice([1, 1, 2])):
            name = random.choice(list(changed))
            changed[name] = random.choice([*PYTHON_VALUES, *fields.values()])
        assert_constructors_agree(cls, changed)


# --- to_dict -------------------------------------------------------------------


def written(field_type: Any, value: Any) -> Any:
    """``value`` as ``to_dict`` should write it, worked out from the field type in the plainest way."""
    if isinstance(field_type, OptionalOf):
        return None if value is None else written(field_type.inner, value)
    if isinstance(field_type, TupleOf):
        return [written(field_type.item, item) for item in value]
    if isinstance(field_type, ModelOf):
        return reference_dict(value)
    if isinstance(field_type, EnumOf):
        return value.value
    if isinstance(field_type, Moment):
        return value.isoformat()
    return value


def reference_dict(obj: Any) -> dict[str, Any]:
    fields = _model.field_types(type(obj))
    data = {name: written(field_type, getattr(obj, name)) for name, field_type in fields}
    if type(obj) is Event:
        data = {"schema_version": _convert.SCHEMA_VERSION, "id": data.pop("id"), **data}
    return data


def json_types(data: Any) -> Any:
    """``data`` with the type of everything in it (``True == 1``, a str enum equals its value)."""
    if isinstance(data, dict):
        return (dict, [(key, json_types(value)) for key, value in data.items()])
    if isinstance(data, list):
        return (list, [json_types(item) for item in data])
    return (type(data), data)


@given(st.one_of(events(), any_objects()))
def test_generated_writer_writes_what_the_field_types_say(obj: Any) -> None:
    """``to_dict`` gives the dict worked out plainly from the field types: keys, order, values, types."""
    assert json_types(reference_dict(obj)) == json_types(to_dict(obj))


# --- JSON backends ---------------------------------------------------------------

HAS_ORJSON = importlib.util.find_spec("orjson") is not None
needs_orjson = pytest.mark.skipif(not HAS_ORJSON, reason="orjson is not installed (pip install 'newsevent[fast]')")


@contextlib.contextmanager
def json_module_alone() -> Iterator[None]:
    """``to_json`` and ``from_json`` with the standard library's json module only."""
    backend = _convert._orjson()
    _convert._orjson_module = None
    try:
        yield
    finally:
        _convert._orjson_module = backend


def test_json_module_alone_is_used_without_orjson() -> None:
    """Without orjson the json module writes the text (the default of a plain install)."""
    event = Event(kind=EventKind.SUMMIT, language="hi", title="ट्रंप")
    with json_module_alone():
        assert json.dumps(to_dict(event), ensure_ascii=False, separators=(",", ":")) == to_json(event)
        assert event == from_json(to_json(event))


@needs_orjson
def test_orjson_writes_every_code_point_as_json_does() -> None:
    """With orjson, every code point is escaped exactly as ``json.dumps(ensure_ascii=False)`` escapes it."""
    import orjson

    text = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    data = {"text": text, text: [text, {}, [], None, True, 2**53 - 1], "empty": {}}
    assert json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode() == orjson.dumps(data)
    indented = json.dumps(data, ensure_ascii=False, indent=2, separators=(",", ": ")).encode()
    assert indented == orjson.dumps(data, option=orjson.OPT_INDENT_2)


def dumps_with(data: Any, random: Random) -> str:
    """Compact JSON of ``data`` as orjson writes it, but with one object given a key twice or a NaN."""
    targets = [container[key] for container, key in locations({"": data}) if type(container[key]) in (dict, list)]
    target = random.choice(targets)

    def dump(value: Any) -> str:
        if type(value) is dict:
            items = [json.dumps(key, ensure_ascii=False) + ":" + dump(item) for key, item in value.items()]
            if value is target and items:
                twice = random.choice(items)
                items.insert(
                    random.randrange(len(items) + 1),
                    twice.split(":", 1)[0] + ":" + random.choice(["null", "1", twice.split(":", 1)[1]]),
                )
            return "{" + ",".join(items) + "}"
        if type(value) is list:
            items = [dump(item) for item in value]
            if value is target:
                items.insert(
                    random.randrange(len(items) + 1),
                    random.choice(["NaN", "Infinity", "-Infinity", "1e400", str(2**64), str(2**70)]),
                )
            return "[" + ",".join(items) + "]"
        return json.dumps(value, ensure_ascii=False)

    return dump(data)


def texts_of(obj: Any, random: Random) -> Iterator[str | bytes]:
    """JSON texts of ``obj``: as ``to_json`` writes them, written otherwise, spoiled, broken."""
    data = to_dict(obj)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    yield text
    yield text.encode()
    yield json.dumps(data, ensure_ascii=False, indent=2, separators=(",", ": "))
    yield json.dumps(data, indent=4)
    yield json.dumps(data)
    yield "\ufeff" + text
    yield text + " "
    yield text + "x"
    yield text[: random.randrange(len(text))]
    yield text.replace(":", " : ", 1)
    yield text.replace('"', '"\\u0061', 1)
    for _ in range(5):
        yield dumps_with(data, random)
    for _ in range(5):
        yield json.dumps(spoiled(data, random), ensure_ascii=False, separators=(",", ":"), default=repr)


@MANY_INPUTS
@needs_orjson
@given(st.one_of(events(), any_objects()), st.randoms(use_true_random=False))
def test_json_backends_agree(obj: Any, random: Random) -> None:
    """Both backends write the same text, and read every text to the same object or the same error."""
    import orjson

    cls = type(obj)
    data = to_dict(obj)
    expected_texts = (
        json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        json.dumps(data, ensure_ascii=False, indent=2, separators=(",", ": ")),
    )
    with json_module_alone():
        assert expected_texts == (to_json(obj), to_json(obj, indent=2))
    assert expected_texts == (to_json(obj), to_json(obj, indent=2))
    for indent in (0, 4):  # the json module's own, with either backend
        expected = json.dumps(data, ensure_ascii=False, indent=indent, separators=(",", ": "))
        assert expected == to_json(obj, indent=indent)
    # What to_json writes is read by orjson, not handed over to the json module.
    assert _convert._read_by_orjson(orjson, to_json(obj)) is not _convert._FAILED
    assert _convert._read_by_orjson(orjson, to_json(obj, indent=2)) is not _convert._FAILED
    for text in texts_of(obj, random):
        with json_module_alone():
            expected = outcome(lambda text: from_json(text, cls), text)
        assert expected == outcome(lambda text: from_json(text, cls), text)


@needs_orjson
def test_orjson_backend_refuses_a_key_twice() -> None:
    """A key given twice is refused with orjson too, which alone would keep the last value."""
    event = Event(kind=EventKind.SUMMIT, language="hi")
    text = to_json(event).replace('"kind":"summit"', '"kind":"summit","kind":"meeting"')
    with pytest.raises(ParseError) as info:
        from_json(text)
    assert str(info.value).startswith("malformed JSON: key 'kind' appears twice in one object")


@pytest.mark.parametrize(
    "cls", [Span, Duration, TimeSpan, Place, Participant, Statement, Outcome, Invitation, Source, Event]
)
def test_every_class_has_generated_code(cls: type[Any]) -> None:
    """Each model class gets its writer, reader and check on first use, and they are kept."""
    assert _codegen.writer(cls) is _codegen.writer(cls)
    assert _codegen.reader(cls) is _codegen.reader(cls)
    assert _codegen.checker(cls) is _codegen.checker(cls)


def test_objects_read_are_of_their_class_and_frozen() -> None:
    """Generated readers fill objects through a builder subclass: what they return is of the class itself, frozen."""
    place = Place(name="Anchorage", mentions=(Span(start=0, end=6),))
    event = Event(
        kind=EventKind.SUMMIT,
        language="hi",
        place=place,
        participants=(Participant(id="a", name="A", mentions=(Span(start=1, end=2),)),),
        invitations=(Invitation(inviter="a", invitee="a", destination=place),),
    )
    read = _codegen.reader(Event, utf8=True)(to_dict(event))
    objects = [read, read.place, *read.place.mentions, *read.participants, *read.participants[0].mentions]
    objects += [*read.invitations, read.invitations[0].destination]
    for obj in objects:
        assert type(obj) in _model.model_classes()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            obj.kind = None
    assert read == event
    assert hash(read) == hash(event)


def test_no_builder_where_python_refuses_to_change_the_class() -> None:
    """A class whose objects cannot change class, or that has a ``__new__`` of its own, gets no builder."""
    assert _codegen._builder(object) is None  # Python refuses to change the class of an object()
    assert _codegen._builder(int) is None  # its own __new__
    assert _codegen._builder(Span) is _codegen._builder(Span)
    assert _codegen._builder(Span) is not None


def test_objects_are_filled_through_their_slots_without_a_builder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where a class has no builder, generated code fills its objects through the slots' descriptors."""
    monkeypatch.setattr(_codegen, "_builder", lambda cls: None)
    lines = _codegen._complete_lines(Place, "d", "f_", 0)
    assert not any("Builder" in line for line in lines)
    namespace = dict(_codegen._READERS.namespace)
    source = "\n".join(["def read(d, t, w):", *_codegen._indent([*lines, "return o"])])
    exec(source, namespace)
    place = Place(name="Anchorage", names=("एंकरेज",), mentions=(Span(start=0, end=6),))
    texts: list[str] = []
    read = namespace["read"](to_dict(place), texts, [])
    assert snapshot(read) == snapshot(place)
    assert texts == ["एंकरेज"]


@pytest.mark.parametrize("cls", [dict, [], 3], ids=["dict", "list", "int"])
def test_from_json_refuses_non_model_classes_as_from_dict_does(cls: Any) -> None:
    """Asking from_json for something that is not a model class is the TypeError from_dict raises, with either backend."""
    with pytest.raises(TypeError) as expected:
        from_dict({}, cls)
    with pytest.raises(TypeError) as info:
        from_json("{}", cls)
    assert str(expected.value) == str(info.value)
    with json_module_alone(), pytest.raises(TypeError) as info:
        from_json("{}", cls)
    assert str(expected.value) == str(info.value)
