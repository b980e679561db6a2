"""Lossless conversion of model objects to JSON-ready builtins and back.

What each field becomes is derived from the model's field types
(:mod:`newsevent._fields`): text, numbers and booleans stay as they are,
enums become their values, dates and datetimes ISO 8601 strings, tuples lists,
nested objects dicts. Reading runs the same field checks as the constructors,
with full paths, and reports every problem at once; an object is only built
when its whole subtree is valid, so nothing partial escapes.

Both ways run code generated per class from the same field types
(:mod:`newsevent._codegen`). ``from_dict`` first tries a generated reader
that checks without building paths; on anything it is not sure of, the
detailed reader here runs instead and decides, so every message and path is
the detailed reader's.

The cattrs converter (:func:`get_converter`) is built on first use, with
hooks that call into this module, so ``import newsevent`` does not pay for
cattrs and the two ways in give the same results.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

import attrs

from . import _codegen, _model
from ._fields import (
    LANGUAGE_TAG,
    MAX_COUNT,
    Bool,
    Count,
    Country,
    EnumOf,
    FieldType,
    Identifier,
    Language,
    ModelOf,
    Moment,
    OptionalOf,
    Text,
    TupleOf,
    type_name,
)
from ._model import Event, join_path
from ._vocab import COUNTRY_CODES
from .exceptions import ParseError, Problem, ValidationError

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "SCHEMA_VERSION",
    "from_dict",
    "from_json",
    "get_converter",
    "json_schema",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

#: The version of the dict layout, written into every ``Event`` dict. It
#: changes when a field or enum value is renamed or removed.
SCHEMA_VERSION: Final = "1.0"

_FAILED: Final = object()  # what a reader returns for a value it could not read


# --- writing --------------------------------------------------------------

#: The generated writer of each class (and user subclass) met so far.
_WRITERS: dict[type, Callable[[Any], dict[str, Any]]] = {}


def to_dict(obj: Any) -> dict[str, Any]:
    """The object as JSON-ready builtins: dicts, lists, str, int, bool and None.

    Enums become their values, dates and datetimes ISO 8601 strings (an offset
    of seconds, such as ``+05:53:28``, is kept), tuples lists. Every field is
    written, ``None`` and empty ones too; an ``Event`` dict also carries
    ``"schema_version"``. ``from_dict`` reads it back to an equal object.
    """
    write = _WRITERS.get(type(obj))
    if write is None:
        try:
            write = _WRITERS[type(obj)] = _codegen.writer(type(obj))
        except TypeError:
            raise TypeError(f"to_dict expects a newsevent model object, got {type_name(obj)}") from None
    return write(obj)


# --- reading --------------------------------------------------------------

Reader = Callable[[Any, str, list[Problem]], Any]

_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# What ``isoformat`` writes, plus the shapes other writers use for the same
# instant: minutes without seconds, milliseconds, and ``Z`` for UTC. The
# offset is a group of its own: ``datetime.fromisoformat`` (CPython
# 3.10-3.13) reads an offset under one second, such as ``+00:00:00.500000``,
# as UTC, so the offset is read here instead.
_DATETIME: Final = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{3}(?:[0-9]{3})?)?)?)"
    r"(Z|([+-])([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{6}))?)?)"
)
_OFFSETS: dict[str, dt.timezone] = {"Z": dt.timezone.utc, "+00:00": dt.timezone.utc}


def _offset(match: re.Match[str]) -> dt.timezone:
    """The fixed offset of a matched datetime, built once per distinct offset text."""
    text = match.group(2)
    zone = _OFFSETS.get(text)
    if zone is None:
        sign, hours, minutes, seconds, micros = match.group(3, 4, 5, 6, 7)
        delta = dt.timedelta(
            hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0), microseconds=int(micros or 0)
        )
        zone = dt.timezone(-delta if sign == "-" else delta)  # raises ValueError past 24 hours
        if len(_OFFSETS) < 4096:  # real data has few offsets; a hostile input must not grow this forever
            _OFFSETS[text] = zone
    return zone


def moment_from_text(value: str) -> dt.date | None:
    """The date or datetime that ``value`` writes in ISO 8601, or ``None`` if it is no such text.

    Raises ``ValueError`` for text of the right shape that names no day or
    offset (``2025-02-30``, ``+24:00``).
    """
    if _DATE.fullmatch(value):
        return dt.date.fromisoformat(value)
    match = _DATETIME.fullmatch(value)
    if match is not None:
        return dt.datetime.fromisoformat(match.group(1)).replace(tzinfo=_offset(match))
    return None


def _read_moment(value: Any, path: str, problems: list[Problem]) -> Any:
    if type(value) is not str:
        problems.append(Problem(path, f"expected an ISO 8601 date or datetime string, got {type_name(value)}"))
        return _FAILED
    try:
        moment = moment_from_text(value)
    except ValueError as error:
        problems.append(Problem(path, f"expected a valid ISO 8601 date or datetime, got {value!r} ({error})"))
        return _FAILED
    if moment is not None:
        return moment
    if _DATETIME.fullmatch(value + "Z") or re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+", value):
        problems.append(Problem(path, f"expected a timezone-aware datetime with an offset, got {value!r}"))
    else:
        problems.append(Problem(path, f"expected an ISO 8601 date (YYYY-MM-DD) or datetime with offset, got {value!r}"))
    return _FAILED


def _enum_reader(field_type: EnumOf) -> Reader:
    members = {member.value: member for member in field_type.enum_type}

    def read(value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is str and value in members:
            return members[value]
        shown = repr(value) if isinstance(value, str) else type_name(value)
        problems.append(Problem(path, f"expected one of {field_type.choices}, got {shown}"))
        return _FAILED

    return read


def _reader(field_type: FieldType) -> Reader | None:
    """How to read a JSON value of this type; ``None`` where it is taken as it is.

    A reader returns the Python value, or ``_FAILED`` after adding a problem.
    The field type's own check runs afterwards, on what the reader returned.
    """
    if isinstance(field_type, Moment):
        return _read_moment
    if isinstance(field_type, EnumOf):
        return _enum_reader(field_type)
    if isinstance(field_type, ModelOf):
        cls = field_type.cls
        return lambda value, path, problems: _read_object(cls, value, path, problems)
    if isinstance(field_type, OptionalOf):
        inner = _reader(field_type.inner)
        if inner is None:
            return None
        return lambda value, path, problems: None if value is None else inner(value, path, problems)
    if isinstance(field_type, TupleOf):
        return _tuple_reader(_reader(field_type.item))
    return None


def _tuple_reader(item: Reader | None) -> Reader:
    def read(value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is not list and type(value) is not tuple:
            problems.append(Problem(path, f"expected list, got {type_name(value)}"))
            return _FAILED
        if item is None:
            return tuple(value)
        items = [item(entry, f"{path}[{index}]", problems) for index, entry in enumerate(value)]
        return _FAILED if any(entry is _FAILED for entry in items) else tuple(items)

    return read


class _ObjectPlan:
    """What reading a dict into one model class takes, worked out once per class."""

    __slots__ = ("cls", "defaults", "fields", "known")

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.fields = [(name, field_type, _reader(field_type)) for name, field_type in _model.field_types(cls)]
        self.defaults = _model.defaults(cls)
        self.known = {name for name, _, _ in self.fields}
        if _model.model_class(cls) is Event:
            self.known.add("schema_version")


_PLANS: dict[type, _ObjectPlan] = {}


def _read_object(cls: type, data: Any, path: str, problems: list[Problem]) -> Any:
    """Read ``data`` into an object of ``cls``, or add every problem and return ``_FAILED``."""
    if not isinstance(data, Mapping):
        problems.append(Problem(path or "$", f"expected dict, got {type_name(data)}"))
        return _FAILED
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _ObjectPlan(cls)
    before = len(problems)
    values: dict[str, Any] = {}
    for name, field_type, reader in plan.fields:
        where = join_path(path, name)
        if name in data:
            value = data[name]
            if reader is not None:
                value = reader(value, where, problems)
                if value is _FAILED:
                    continue
            values[name] = field_type(value, where, problems)
        elif name not in plan.defaults:
            problems.append(Problem(where, "missing required key"))
    for key in data:
        if key not in plan.known:
            shown = key if isinstance(key, str) else repr(key)
            problems.append(Problem(join_path(path, shown), f"unexpected key: {cls.__name__} has no field {key!r}"))
    if "schema_version" in plan.known and "schema_version" in data and data["schema_version"] != SCHEMA_VERSION:
        problems.append(
            Problem(
                join_path(path, "schema_version"),
                f"expected {SCHEMA_VERSION!r}, got {data['schema_version']!r}",
            )
        )
    if len(problems) > before:
        return _FAILED
    obj = _model.assemble(cls, values, path, problems)
    return _FAILED if obj is None else obj


#: The generated reader of each model class, or ``None`` for a user's subclass.
_READERS: dict[type, Callable[[Any], Any] | None] = {}


@overload
def from_dict(data: Mapping[str, Any]) -> Event: ...
@overload
def from_dict(data: Mapping[str, Any], cls: type[T]) -> T: ...
def from_dict(data: Mapping[str, Any], cls: type[Any] = Event) -> Any:
    """Read a dict (as ``to_dict`` writes it) back into an object of ``cls``.

    Nothing is coerced and nothing dropped: a key the class does not have is a
    problem, and so is every value of the wrong type. Keys of fields that have
    a default may be left out. Raises :class:`~newsevent.ValidationError`
    listing every problem with its path, one per line.
    """
    try:
        read = _READERS[cls]
    except (KeyError, TypeError):
        read = _generated_reader(cls)
    return _fast_or_detailed(read, data, cls)


def _fast_or_detailed(read: Callable[[Any], Any] | None, data: Any, cls: type[Any]) -> Any:
    """The generated reader's object, or, on any doubt, the detailed reader's object or error."""
    if read is not None:
        try:
            return read(data)
        except Exception:  # noqa: S110 - any doubt: the detailed reader decides, and explains
            pass
    return _read_in_detail(data, cls)


def _generated_reader(cls: Any) -> Callable[[Any], Any] | None:
    """The generated reader of a model class; ``None`` for anything else, left to the detailed reader."""
    if not isinstance(cls, type) or cls not in _model.model_classes():
        return None
    read = _READERS[cls] = _codegen.reader(cls)
    return read


#: The generated readers of data that orjson read, whose text holds no lone surrogate.
_UTF8_READERS: dict[type, Callable[[Any], Any] | None] = {}


def _from_utf8_data(data: Any, cls: type[Any]) -> Any:
    """``from_dict`` of data that orjson read from UTF-8 (and so holds no lone surrogate)."""
    try:
        read = _UTF8_READERS[cls]
    except KeyError:
        model = isinstance(cls, type) and cls in _model.model_classes()
        read = _UTF8_READERS[cls] = _codegen.reader(cls, utf8=True) if model else None
    except TypeError:  # not even hashable: the detailed reader says what is wrong
        read = None
    return _fast_or_detailed(read, data, cls)


def _read_in_detail(data: Any, cls: type[Any]) -> Any:
    """``from_dict`` by the field types alone, every problem with its path: the authority.

    ``from_dict`` first tries the generated reader, and comes here for any
    data it is not sure of; tests compare the two.
    """
    try:
        _model.model_class(cls)
    except (TypeError, AttributeError):
        raise TypeError(f"from_dict reads newsevent model classes, not {cls!r}") from None
    problems: list[Problem] = []
    obj = _read_object(cls, data, "", problems)
    if obj is _FAILED:
        raise ValidationError(problems)
    return obj


# --- JSON -----------------------------------------------------------------


# Two JSON backends write and read the same text. The json module of the
# standard library is the default and the authority. orjson (the ``fast``
# extra) is used when it is installed, imported on first use, where it gives
# the very same results:
#
# * Writing: orjson writes what ``json.dumps(..., ensure_ascii=False)``
#   writes, byte for byte, compact and with an indent of 2 (the tests check
#   every code point). It refuses lone surrogates and integers past 64 bits,
#   which no model object holds.
# * Reading: orjson keeps the last of two equal keys where ``from_json``
#   must refuse them, reads integers past 64 bits as floats, and has its own
#   error messages. So its result is used only when orjson writes it back as
#   the very text it read: orjson writes each key of an object once, so such
#   text has no key twice, and it is exactly the text ``to_json`` writes.
#   Any other text (other spacing or escapes, a key twice, an error) is read
#   by the json module, which refuses and explains as it always has.

_NOT_LOADED: Final = object()
_orjson_module: Any = _NOT_LOADED


def _orjson() -> Any:
    """The orjson module if it is installed, else ``None``; imported on first use."""
    global _orjson_module
    if _orjson_module is _NOT_LOADED:
        try:
            import orjson
        except ImportError:
            _orjson_module = None
        else:
            _orjson_module = orjson
    return _orjson_module


#: The generated writer for a JSON encoder of each class (and user subclass) met so far.
_ENCODER_WRITERS: dict[type, Callable[[Any], dict[str, Any]]] = {}


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """The object as JSON text: ``to_dict`` written with non-ASCII text kept as it is."""
    write = _ENCODER_WRITERS.get(type(obj))
    if write is None:
        try:
            write = _ENCODER_WRITERS[type(obj)] = _codegen.writer(type(obj), encoder=True)
        except TypeError:
            raise TypeError(f"to_json expects a newsevent model object, got {type_name(obj)}") from None
    data = write(obj)
    orjson = _orjson()
    if orjson is not None and (indent is None or (type(indent) is int and indent == 2)):
        try:
            written = orjson.dumps(data) if indent is None else orjson.dumps(data, option=orjson.OPT_INDENT_2)
        except TypeError:  # not expected of a model object's dict; the json module will say what it is
            pass
        else:
            return written.decode()  # type: ignore[no-any-return]
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)


def _read_by_orjson(orjson: Any, text: str | bytes) -> Any:
    """What orjson reads from ``text`` if it writes the same text back, else ``_FAILED``."""
    try:
        data = orjson.loads(text)
        raw = text.encode() if type(text) is str else text
        # ``to_json(indent=2)`` opens an object with a line break; compact text does not.
        written = orjson.dumps(data, option=orjson.OPT_INDENT_2) if raw[1:2] == b"\n" else orjson.dumps(data)
    except Exception:  # malformed, a lone surrogate, too deep: the json module says what is wrong
        return _FAILED
    return data if written == raw else _FAILED


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


class _DuplicateKeyError(Exception):
    """Raised out of the JSON reader to stop at the first key given twice."""


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


@overload
def from_json(text: str | bytes) -> Event: ...
@overload
def from_json(text: str | bytes, cls: type[T]) -> T: ...
def from_json(text: str | bytes, cls: type[Any] = Event) -> Any:
    """Read JSON text (as ``to_json`` writes it) into an object of ``cls``.

    Raises :class:`~newsevent.ParseError` for text that is not JSON (with
    the line, column and a caret), for an object with a key given twice (one
    value would be lost), for ``NaN`` or ``Infinity``, and for arrays and
    objects nested too deeply to read;
    :class:`~newsevent.ValidationError` for JSON that does not fit the model.
    """
    orjson = _orjson()
    if orjson is not None and (type(text) is str or type(text) is bytes):
        data = _read_by_orjson(orjson, text)
        if data is not _FAILED:
            return _from_utf8_data(data, cls)
    if isinstance(text, (bytes, bytearray)):
        raw = bytes(text)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ParseError(f"JSON text is not UTF-8: {error.reason}", repr(raw[:200]), error.start) from None
    elif not isinstance(text, str):
        raise TypeError(f"from_json reads str or bytes, got {type_name(text)}")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise ParseError(f"malformed JSON: {error.msg}", text, error.pos) from None
    except _DuplicateKeyError as duplicate:
        key = duplicate.args[0]
        raise ParseError(f"malformed JSON: key {key!r} appears twice in one object", text, None) from None
    except ValueError as error:
        raise ParseError(f"malformed JSON: {error}", text, None) from None
    except RecursionError:
        # Valid JSON perhaps, but deeper than Python's reader goes (about a thousand
        # levels; the model itself is four deep): refused like text it cannot read.
        raise ParseError("JSON nested too deeply to read (arrays and objects inside one another)", text, None) from None
    return from_dict(data, cls)


# --- JSON Schema ----------------------------------------------------------

# ECMA-262 patterns, matching what ``to_dict`` writes and ``from_dict`` reads.
_DATE_PATTERN: Final = "^" + _DATE.pattern + "$"
_DATETIME_PATTERN: Final = "^" + _DATETIME.pattern + "$"


def _schema_of(field_type: FieldType, definitions: dict[str, Any]) -> dict[str, Any]:
    if isinstance(field_type, Identifier):
        return {"type": "string", "minLength": 1, "pattern": r"^\S+$"}
    if isinstance(field_type, Text):
        return {"type": "string", "minLength": 1}
    if isinstance(field_type, Language):
        return {"type": "string", "pattern": "^" + LANGUAGE_TAG.pattern + "$"}
    if isinstance(field_type, Country):
        return {"type": "string", "enum": sorted(COUNTRY_CODES)}
    if isinstance(field_type, Bool):
        return {"type": "boolean"}
    if isinstance(field_type, Count):
        return {"type": "integer", "minimum": 0, "maximum": MAX_COUNT}
    if isinstance(field_type, Moment):
        return {
            "type": "string",
            "anyOf": [
                {"pattern": _DATE_PATTERN, "description": "a date, YYYY-MM-DD"},
                {"pattern": _DATETIME_PATTERN, "description": "a datetime with its UTC offset"},
            ],
        }
    if isinstance(field_type, EnumOf):
        return {"type": "string", "enum": [member.value for member in field_type.enum_type]}
    if isinstance(field_type, ModelOf):
        _define(field_type.cls, definitions)
        return {"$ref": f"#/$defs/{field_type.name}"}
    if isinstance(field_type, OptionalOf):
        return {"anyOf": [_schema_of(field_type.inner, definitions), {"type": "null"}]}
    if isinstance(field_type, TupleOf):
        return {"type": "array", "items": _schema_of(field_type.item, definitions)}
    raise TypeError(f"no JSON Schema for {field_type!r}")  # a field type added without one


def _object_schema(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    if _model.model_class(cls) is Event:
        properties["schema_version"] = {"const": SCHEMA_VERSION}
    for name, field_type in _model.field_types(cls):
        properties[name] = _schema_of(field_type, definitions)
    return {
        "type": "object",
        "description": (cls.__doc__ or cls.__name__).strip().splitlines()[0],
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _define(cls: type, definitions: dict[str, Any]) -> None:
    name = cls.__name__
    if name not in definitions:
        definitions[name] = {}  # claimed first, so a cycle would stop here
        definitions[name] = _object_schema(cls, definitions)


def json_schema(cls: type[Any] = Event) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) that every ``to_dict`` output of ``cls`` validates against.

    It describes exactly what ``to_dict`` writes: every key is required and no
    other key is allowed. Two rules cannot be said in JSON Schema and are left
    to ``from_dict``: text is NFC-normalised, and ids referred to exist.
    """
    cls = _model.model_class(cls)
    definitions: dict[str, Any] = {}
    root = _object_schema(cls, definitions)
    definitions.pop(cls.__name__, None)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsevent.invalid/schema/{SCHEMA_VERSION}/{cls.__name__}.json",
        "title": cls.__name__,
        **root,
    }
    if definitions:
        schema["$defs"] = dict(sorted(definitions.items()))
    # A class nested in itself would point at "#/$defs/<root>": point it at the root.
    return json.loads(json.dumps(schema).replace(f'"#/$defs/{cls.__name__}"', '"#"'))  # type: ignore[no-any-return]


# --- cattrs ---------------------------------------------------------------

_CONVERTER: cattrs.Converter | None = None


def get_converter() -> cattrs.Converter:
    """The cattrs converter that reads and writes model objects, built on first use.

    It structures and unstructures every model class (and subclasses) through
    ``from_dict`` and ``to_dict``, so it is exactly as strict; register hooks
    of your own classes on it, or copy it with ``converter.copy()``.
    """
    global _CONVERTER
    if _CONVERTER is None:
        import cattrs

        converter = cattrs.Converter(forbid_extra_keys=True)
        converter.register_unstructure_hook_func(_is_model_class, to_dict)
        converter.register_structure_hook_func(_is_model_class, _structure_hook)
        _CONVERTER = converter
    return _CONVERTER


def _is_model_class(cls: Any) -> bool:
    if not isinstance(cls, type) or not attrs.has(cls):
        return False
    try:
        _model.model_class(cls)
    except TypeError:
        return False
    return True


def _structure_hook(data: Any, cls: type[Any]) -> Any:
    return from_dict(data, cls)
