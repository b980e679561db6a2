"""Per-class functions generated from the field types: the fast paths of checking, writing and reading.

The field types (:mod:`newsevent._fields`) say what each field accepts and
check one value per call, with its path, so that every problem can be found
and worded. They stay the authority, and they run whenever something is
wrong. Valid data deserves less ceremony: for each model class this module
writes Python source from the very same field types -- checks inlined, no
paths, objects built by storing their slots -- compiles it on first use and
keeps it, as attrs does for ``__init__`` and cattrs for its structuring
functions. No function here is written by hand for one class.

The kinds of function, one of each per model class:

``checker(cls)``
    ``check(obj)`` for constructors: returns when every field of ``obj`` is
    valid and stored as it will stay (text already NFC) and the check across
    fields passes.
``writer(cls)``
    ``write(obj)``: the dict ``to_dict`` returns; with ``encoder=True``, the
    same dict with enums and tuples of text left for a JSON encoder, which
    writes them as their values and arrays (``to_json``).
``reader(cls)``
    ``read(data)``: the object ``from_dict`` returns, for data that is valid;
    with ``utf8=True``, for data a JSON parser that refuses lone surrogates
    read (``from_json`` with orjson).

Reading is where the time goes, so the readers take more care: a dict with
every key (as ``to_dict`` writes it) needs no look for unknown keys, small
objects (spans) are read in place, all non-ASCII text read is checked for
NFC at once and all ids for white space at once, and an object is built as
an object of an unfrozen subclass with the same slots (see :func:`_builder`),
its fields stored by plain assignment, that then takes its class. Writers
write nested objects in place too, in one dict display per class.

Generated code never explains a problem. On anything it is not sure of it
raises (:class:`Fallback`, or whatever a lookup raised), and its caller runs
the detailed path, which finds and words every problem exactly as it always
has. So generated code may give up more often than the rules require (on text
that is not NFC yet, on a mapping that is not a ``dict``), but it must never
accept what the rules refuse nor build anything else than the detailed path
builds: ``tests/test_fast_path.py`` holds the two paths to the same answers.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
import types
import unicodedata
from typing import TYPE_CHECKING, Any, Final

from . import _model
from ._fields import (
    LANGUAGE_TAG,
    MAX_COUNT,
    NO_WHITE_SPACE,
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
)
from ._vocab import COUNTRY_CODES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["Fallback", "checker", "reader", "writer"]


class Fallback(Exception):  # noqa: N818 - it is a signal to the caller, not an error anyone sees
    """Raised by generated code that is not sure: the detailed path decides, and explains."""


# --- helpers the generated code calls ---------------------------------------


def _settled(text: str) -> bool:
    """Non-ASCII text that is stored as it is: no lone surrogate, and already NFC."""
    try:
        text.encode()  # UTF-8 refuses exactly the surrogate code points
    except UnicodeEncodeError:
        return False
    return _is_nfc(text)


def _all_settled(texts: list[str]) -> bool:
    """``_settled`` for many texts at once."""
    joined = " ".join(texts)
    try:
        joined.encode()
    except UnicodeEncodeError:
        return False
    return _is_nfc(joined)


def _all_nfc(texts: list[str]) -> bool:
    """Whether every text is NFC, asked once of them all.

    Joined with spaces, they are NFC exactly when each is: a space never
    combines with anything, nor lets marks move across it.
    """
    return _is_nfc(" ".join(texts))


_NUKTA: Final = "\u093c"
_INERT_NUKTA: Final = "\u09bc"
_NUKTA_CLASS: Final = unicodedata.combining(_NUKTA)
_COMPOSING_WITH_NUKTA: Final = "\u0928\u0930\u0933"


def _is_nfc(text: str) -> bool:
    """Whether ``text`` is NFC, answered quickly for Hindi too.

    ``is_normalized`` answers at once for most text, but the Devanagari nukta
    (in ड़, ज़) may combine with the letter before it, and for that it
    normalises the whole text to compare. The Bengali nukta U+09BC has the same
    combining class and combines with nothing, so in its place the quick check
    answers for everything else; what is left is whether a nukta combines,
    which it does only after न, र or ळ (into ऩ, ऱ, ऴ; Unicode never changes
    which compositions exist), unless a mark of a lower class stands between,
    which the full check is left to judge.
    """
    if _NUKTA not in text:
        return unicodedata.is_normalized("NFC", text)
    if not unicodedata.is_normalized("NFC", text.replace(_NUKTA, _INERT_NUKTA)):
        return False
    index = text.find(_NUKTA)
    while index >= 0:
        if index:
            before = text[index - 1]
            if before in _COMPOSING_WITH_NUKTA:
                return False
            if 0 < unicodedata.combining(before) < _NUKTA_CLASS:
                return unicodedata.is_normalized("NFC", text)
        index = text.find(_NUKTA, index + 1)
    return True


def _no_white_space_in(ids: list[str] | tuple[str, ...]) -> bool:
    """Whether no id holds white space, asked once of them all.

    Printable text holds no white space but the space itself; only text
    that is not (a zero-width joiner is not printable) goes to the pattern.
    """
    joined = "".join(ids)
    if joined.isprintable() and " " not in joined:
        return True
    return all(map(NO_WHITE_SPACE.fullmatch, ids))


#: Language tags seen to be valid; real data uses a handful, so a set of them
#: saves running the pattern on each. Bounded, so that no input grows it forever.
_VALID_LANGUAGES: Final[set[str]] = set()


def _check_language(tag: str) -> None:
    """Raise :class:`Fallback` unless ``tag`` (a ``str``) is a valid language tag; remember it if so."""
    if not LANGUAGE_TAG.fullmatch(tag):
        raise Fallback
    if len(_VALID_LANGUAGES) < 256:
        _VALID_LANGUAGES.add(tag)


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """A function that stores a field's value in an object of ``cls``, frozen or not.

    The slot's own descriptor stores it in one step, where
    ``object.__setattr__`` first looks the name up on the class.
    """
    for base in cls.__mro__:
        slot = base.__dict__.get(name)
        if isinstance(slot, types.MemberDescriptorType):
            return slot.__set__
    return lambda obj, value: object.__setattr__(obj, name, value)


#: The builder subclass of each model class met so far (``None``: it has none).
_BUILDERS: Final[dict[type, type | None]] = {}


def _builder(cls: type) -> type | None:
    """A subclass of ``cls`` whose objects take their fields by plain assignment.

    A frozen class refuses ``obj.field = value``, so its objects are filled
    through each slot's descriptor, a call per field. An object of this
    subclass, which has the same slots and no ``__setattr__`` of its own,
    takes them by plain assignment (a few nanoseconds each, where Python
    specialises it), and then becomes an object of ``cls`` by assigning its
    ``__class__``, which Python allows exactly when the two lay their objects
    out alike. That is tried once here: ``None`` if Python refuses it, or if
    ``cls`` makes its objects with a ``__new__`` of its own. Calling the
    subclass with no arguments makes an empty object, as ``object.__new__``
    does, only quicker.
    """
    if cls in _BUILDERS:
        return _BUILDERS[cls]
    new: Any = cls.__new__
    if new is not object.__new__:
        _BUILDERS[cls] = None
        return None
    namespace = {
        "__slots__": (),
        "__init__": object.__init__,
        "__setattr__": object.__setattr__,  # both, or Python keeps the frozen class's slow path
        "__delattr__": object.__delattr__,
        "__module__": __name__,
        "__qualname__": f"{cls.__qualname__}Builder",
        "__doc__": f"Objects of {cls.__name__} being read (private to newsevent._codegen).",
    }
    builder = type(f"{cls.__name__}Builder", (cls,), namespace)
    try:
        probe = builder()
        probe.__class__ = cls
    except TypeError:
        _BUILDERS[cls] = None
    else:
        _BUILDERS[cls] = builder
    return _BUILDERS[cls]


_COMMON: Final[dict[str, Any]] = {
    "_Fallback": Fallback,
    "_new": object.__new__,
    "_COUNTRIES": COUNTRY_CODES,
    "_LANGUAGES": _VALID_LANGUAGES,
    "_check_language": _check_language,
    "_no_white_space": NO_WHITE_SPACE.fullmatch,
    "_no_white_space_in": _no_white_space_in,
    "_settled": _settled,
    "_all_settled": _all_settled,
    "_all_nfc": _all_nfc,
    "_date": dt.date,
    "_datetime": dt.datetime,
    "_timezone": dt.timezone,
}


# --- writing source -----------------------------------------------------------


_LOCK: Final = threading.RLock()


class _Module:
    """A namespace of generated functions of one kind, which call each other by name."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.namespace = dict(_COMMON)
        self.defined: set[type] = set()
        self._constants: dict[int, str] = {}

    def constant(self, value: Any, hint: str) -> str:
        """The name under which generated code finds ``value``."""
        name = self._constants.get(id(value))
        if name is None:
            name = f"_{hint}_{len(self._constants)}"
            self.namespace[name] = value
            self._constants[id(value)] = name
        return name

    def ensure(self, model: type, generate: Callable[[], object]) -> None:
        """Generate the functions of ``model`` with ``generate``, unless done already.

        ``model`` counts as done from the start, so that a class that holds
        itself finds its own function's name; under a lock, so that two
        threads meeting a class at once do not see it half done.
        """
        with _LOCK:
            if model in self.defined:
                return
            self.defined.add(model)
            try:
                generate()
            except BaseException:
                self.defined.discard(model)
                raise

    def define_later(self, name: str, write: Callable[[], list[str]]) -> None:
        """Bind ``name`` to a function that defines the function of ``write``'s lines on its first call."""

        def first_call(*args: Any) -> Any:
            with _LOCK:
                function = self.namespace[name]
                if function is first_call:
                    function = self.define(name, write())
            return function(*args)

        self.namespace[name] = first_call

    def define(self, name: str, lines: list[str]) -> Any:
        """Compile one function from its lines and return it.

        The source is registered with ``linecache`` so that a traceback
        through generated code shows the lines, as attrs does.
        """
        import linecache

        source = "\n".join(lines) + "\n"
        filename = f"<newsevent {self.kind} {name}>"
        code = compile(source, filename, "exec")
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        exec(code, self.namespace)  # noqa: S102 - source written above from the field types, no user input
        return self.namespace[name]


def _indent(lines: list[str], depth: int = 1) -> list[str]:
    return [" " * (4 * depth) + line for line in lines]


_FAIL: Final = "raise _Fallback"


def _text_lines(field_type: FieldType, var: str, on_non_ascii: str, *, on_id: str, unless: str = "") -> list[str]:
    """Checks of a value of a text-like field type (values stored as they are), or [].

    Non-ASCII text runs ``on_non_ascii``, unless the expression ``unless`` is
    true; an id also runs ``on_id``, which checks it for white space.
    """
    if isinstance(field_type, Text):
        non_ascii = f"not {var}.isascii()" + (f" and not {unless}" if unless else "")
        lines = [f"if type({var}) is not str or not {var}: {_FAIL}", f"if {non_ascii}: {on_non_ascii}"]
        if isinstance(field_type, Identifier):
            lines.append(on_id)
        return lines
    if isinstance(field_type, Language):
        return [f"if type({var}) is not str: {_FAIL}", f"if {var} not in _LANGUAGES: _check_language({var})"]
    if isinstance(field_type, Country):
        return [f"if type({var}) is not str or {var} not in _COUNTRIES: {_FAIL}"]
    if isinstance(field_type, Bool):
        return [f"if {var} is not True and {var} is not False: {_FAIL}"]
    if isinstance(field_type, Count):
        return [f"if type({var}) is not int or {var} < 0 or {var} > {MAX_COUNT}: {_FAIL}"]
    return []


def _is_plain(field_type: FieldType) -> bool:
    """Whether values of this type are JSON values already (text, numbers, booleans)."""
    return isinstance(field_type, (Text, Language, Country, Bool, Count))


def _known(field_type: FieldType) -> None:
    """Refuse a field type this module cannot write code for (one added without it)."""
    if not isinstance(field_type, (Text, Language, Country, Bool, Count, Moment, EnumOf, ModelOf, OptionalOf, TupleOf)):
        raise TypeError(f"no generated code for {field_type!r}")


# --- constructors: check the fields of an object ------------------------------

_CHECKERS: Final = _Module("checker")


def _check_lines(field_type: FieldType, var: str, depth: int) -> list[str]:
    """Lines that raise unless ``var`` is a valid value of ``field_type``, stored as it will stay."""
    _known(field_type)
    module = _CHECKERS
    if _is_plain(field_type):
        # Printable text without a space has no white space; only else ask the pattern.
        in_place = f'if not ({var}.isprintable() and " " not in {var}) and not _no_white_space({var}): {_FAIL}'
        return _text_lines(field_type, var, _FAIL, unless=f"_settled({var})", on_id=in_place)
    if isinstance(field_type, Moment):
        return [
            f"if type({var}) is not _date and (type({var}) is not _datetime "
            f"or type({var}.tzinfo) is not _timezone): {_FAIL}"
        ]
    if isinstance(field_type, EnumOf):
        return [f"if type({var}) is not {module.constant(field_type.enum_type, 'enum')}: {_FAIL}"]
    if isinstance(field_type, ModelOf):
        return [f"if not isinstance({var}, {module.constant(field_type.cls, field_type.name)}): {_FAIL}"]
    if isinstance(field_type, OptionalOf):
        inner = _check_lines(field_type.inner, var, depth)
        return [f"if {var} is not None:", *_indent(inner)]
    assert isinstance(field_type, TupleOf)
    item = f"x{depth}"
    inner = _check_lines(field_type.item, item, depth + 1)
    return [f"if type({var}) is not tuple: {_FAIL}", f"for {item} in {var}:", *_indent(inner)]


def checker(cls: type) -> Callable[[Any], None]:
    """``check(obj)``: returns if ``obj``'s fields are valid and settled, raises if in any doubt."""
    model = _model.model_class(cls)
    name = f"check_{model.__name__}"

    def generate() -> None:
        lines = [f"def {name}(o):"]
        for field_name, field_type in _model.field_types(model):
            lines += _indent([f"v = o.{field_name}", *_check_lines(field_type, "v", 0)])
        lines += _indent(_class_check_lines(_CHECKERS, model))
        _CHECKERS.define(name, lines)

    _CHECKERS.ensure(model, generate)
    return _CHECKERS.namespace[name]  # type: ignore[no-any-return]


def _class_check_lines(module: _Module, model: type, problems: str = "") -> list[str]:
    """Lines that run the check across the fields of ``o`` and raise if it finds a problem.

    The check's quick form is inlined where the model gives one; else the
    check runs, its problems going to a new list or to the list ``problems``.
    """
    quick = _model.quick_class_check(model)
    if quick is not None:
        return [f"if not ({quick}): {_FAIL}"]
    check = _model.class_check(model)
    if check is _model.class_check(_model.Duration):  # the no-op of classes without one
        return []
    lines = [] if problems else ["p = []"]
    call = f'{module.constant(check, "class_check")}(o, "", {problems or "p"})'
    return [*lines, call, f"if {problems or 'p'}: {_FAIL}"]


# --- to_dict and to_json: write an object as a dict ---------------------------

_WRITERS: Final = _Module("writer")
#: Writers for a JSON encoder, which writes a str enum as its value and a tuple
#: as an array by itself (orjson and the json module alike).
_ENCODER_WRITERS: Final = _Module("encoder writer")


def _write_expression(
    field_type: FieldType, var: str, names: Iterator[int], *, encoder: bool, within: tuple[type, ...] = ()
) -> str:
    """The expression that writes ``var``, a valid value of ``field_type``, as JSON-ready data.

    ``names`` numbers the local names that the expression binds; with
    ``encoder``, enums and tuples of text are left for the JSON encoder.
    Nested objects are written in place, with no call for each; only a class
    met again inside itself (``within``: the classes being written in place)
    is written by calling its function.
    """
    _known(field_type)
    if _is_plain(field_type):
        return var
    if isinstance(field_type, Moment):
        return f"{var}.isoformat()"
    if isinstance(field_type, EnumOf):
        if encoder and _written_as_value(field_type):
            return var
        # ``.value`` is a property, ``_value_`` the attribute behind it (a plain str here).
        if all(type(member._value_) is str for member in field_type.enum_type):
            return f"{var}._value_"
        return f"str({var}.value)"
    if isinstance(field_type, ModelOf):
        if var.isidentifier() and field_type.cls not in within:
            return _dict_display(field_type.cls, var, names, encoder=encoder, within=within)
        return f"{_writer_name(field_type.cls, encoder=encoder)}({var})"
    if isinstance(field_type, OptionalOf):
        name = f"v{next(names)}"
        inner = _write_expression(field_type.inner, name, names, encoder=encoder, within=within)
        return var if inner == name else f"(None if ({name} := {var}) is None else {inner})"
    assert isinstance(field_type, TupleOf)
    item = f"x{next(names)}"
    inner = _write_expression(field_type.item, item, names, encoder=encoder, within=within)
    if inner == item:
        return var if encoder else f"list({var})"
    return f"([{inner} for {item} in {var}] if {var} else [])"


def _written_as_value(field_type: EnumOf) -> bool:
    """Whether a JSON encoder writes each member as its value: a str enum whose text is the value."""
    enum_type: Any = field_type.enum_type
    return issubclass(enum_type, str) and all(str.__str__(member) == member._value_ for member in enum_type)


def _is_leaf(cls: type) -> bool:
    """Whether objects of ``cls`` hold no other model object."""
    return not any(_holds_model(field_type) for _, field_type in _model.field_types(cls))


def _holds_model(field_type: FieldType) -> bool:
    if isinstance(field_type, OptionalOf):
        return _holds_model(field_type.inner)
    if isinstance(field_type, TupleOf):
        return _holds_model(field_type.item)
    return isinstance(field_type, ModelOf)


def _dict_display(cls: type, var: str, names: Iterator[int], *, encoder: bool, within: tuple[type, ...] = ()) -> str:
    """``{"field": <written value>, ...}`` for the object ``var`` of ``cls``."""
    fields = list(_model.field_types(cls))
    if cls is _model.Event:
        from ._convert import SCHEMA_VERSION

        fields.sort(key=lambda field: field[0] != "id")  # the event dict opens with its version and id
        items = [f'"schema_version": {SCHEMA_VERSION!r}']
    else:
        items = []
    items += [
        f'"{name}": {_write_expression(field_type, f"{var}.{name}", names, encoder=encoder, within=(*within, cls))}'
        for name, field_type in fields
    ]
    return "{" + ", ".join(items) + "}"


def _writer_name(cls: type, *, encoder: bool) -> str:
    model = _model.model_class(cls)
    module = _ENCODER_WRITERS if encoder else _WRITERS
    name = f"{'encode' if encoder else 'write'}_{model.__name__}"

    def generate() -> None:
        display = _dict_display(model, "o", itertools.count(), encoder=encoder)
        module.define(name, [f"def {name}(o):", f"    return {display}"])

    module.ensure(model, generate)
    return name


def writer(cls: type, *, encoder: bool = False) -> Callable[[Any], dict[str, Any]]:
    """``write(obj)``: ``obj`` (valid, as every model object is) as JSON-ready builtins.

    ``encoder``: for a JSON encoder, which writes str enums and tuples by
    itself; the text it writes is the same.
    """
    module = _ENCODER_WRITERS if encoder else _WRITERS
    return module.namespace[_writer_name(cls, encoder=encoder)]  # type: ignore[no-any-return]


# --- from_dict: read a dict into an object ------------------------------------

_READERS: Final = _Module("reader")


def _read_lines(field_type: FieldType, var: str, depth: int) -> tuple[list[str], str]:
    """Lines that raise unless ``var`` is valid data of ``field_type``, and the expression of its value.

    Non-ASCII text goes onto the list ``t``, to be checked for surrogates and
    NFC all at once at the end, and ids onto the list ``w``, to be checked for
    white space.
    """
    _known(field_type)
    module = _READERS
    if _is_plain(field_type):
        return _text_lines(field_type, var, f"t.append({var})", on_id=f"w.append({var})"), var
    if isinstance(field_type, Moment):
        return [
            f"if type({var}) is not str: {_FAIL}",
            f"{var} = _moment({var})",
            f"if {var} is None: {_FAIL}",
        ], var
    if isinstance(field_type, EnumOf):
        members = {member._value_: member for member in field_type.enum_type}
        if not all(type(value) is str for value in members):
            raise TypeError(f"no generated code for {field_type!r}: values are not all str")
        return [f"if type({var}) is not str: {_FAIL}"], f"{module.constant(members, 'members')}[{var}]"
    if isinstance(field_type, ModelOf):
        call = f"{_reader_name(field_type.cls)}({var}, t, w)"
        if not _is_leaf(field_type.cls):
            return [], call
        # A small object (a span) is read in place, without a call, when its
        # dict has every key; the reader function takes any other case.
        keys = len(_keys(field_type.cls))
        body = _complete_lines(field_type.cls, var, f"g{depth}_", depth + 1)
        return [
            f"if type({var}) is dict and len({var}) == {keys}:",
            *_indent([*body, f"{var} = o"]),
            "else:",
            f"    {var} = {call}",
        ], var
    if isinstance(field_type, OptionalOf):
        inner, value = _read_lines(field_type.inner, var, depth)
        if value != var:
            inner.append(f"{var} = {value}")
        return ([f"if {var} is not None:", *_indent(inner)] if inner else []), var
    assert isinstance(field_type, TupleOf)
    item, items = f"x{depth}", f"items{depth}"
    inner, value = _read_lines(field_type.item, item, depth + 1)
    lines = [f"if type({var}) is not list and type({var}) is not tuple: {_FAIL}"]
    if _is_plain(field_type.item):  # items are stored as they are
        return [*lines, f"for {item} in {var}:", *_indent(inner or ["pass"])], f"tuple({var})"
    lines += [f"{items} = []", f"for {item} in {var}:", *_indent([*inner, f"{items}.append({value})"])]
    return lines, f"tuple({items})"


def _field_lines(field_type: FieldType, var: str, depth: int) -> list[str]:
    """Lines that check ``var`` and leave in it the value to store."""
    lines, value = _read_lines(field_type, var, depth)
    return lines if value == var else [*lines, f"{var} = {value}"]


def _keys(model: type) -> frozenset[str]:
    """The keys a dict of ``model`` may have."""
    keys = {name for name, _ in _model.field_types(model)}
    return frozenset(keys | {"schema_version"} if model is _model.Event else keys)


def _complete_lines(model: type, source: str, prefix: str, depth: int) -> list[str]:
    """Lines that read the dict ``source``, which has every key of ``model``, and build ``o``."""
    lines = []
    for field_name, field_type in _model.field_types(model):
        local = prefix + field_name
        lines += [f'{local} = {source}["{field_name}"]', *_field_lines(field_type, local, depth)]
    return lines + _build_lines(model, prefix)


def _build_lines(model: type, prefix: str) -> list[str]:
    """Lines that build ``o`` from the checked values in ``<prefix><field name>`` and finish it."""
    module = _READERS
    cls = module.constant(model, model.__name__)
    fields = [field_name for field_name, _ in _model.field_types(model)]
    builder = _builder(model)
    if builder is not None:
        lines = [f"o = {module.constant(builder, f'{model.__name__}Builder')}()"]
        lines += [f"o.{field_name} = {prefix}{field_name}" for field_name in fields]
        lines.append(f"o.__class__ = {cls}")
    else:
        lines = [f"o = _new({cls})"]
        for field_name in fields:
            setter = module.constant(_setter(model, field_name), f"set_{model.__name__}_{field_name}")
            lines.append(f"{setter}(o, {prefix}{field_name})")
    lines += _class_check_lines(module, model)
    if model is _model.Event:
        derive = module.constant(_model.event_id, "event_id")
        set_id = module.constant(_setter(model, "id"), "set_Event_id")
        lines += [
            f"if {prefix}id is {module.constant(_model.DERIVE_ID, 'DERIVE_ID')}:",
            f"    {set_id}(o, {derive}({prefix}when, {prefix}place, {prefix}participants))",
        ]
    return lines


def _reader_name(cls: type) -> str:
    """The name of the generated reader of ``cls``, made on first use.

    Each class has two: one for a ``dict`` with every key (as ``to_dict``
    writes it), which needs no look for unknown keys since it has as many
    keys as the class has fields, and one for a dict that leaves some out,
    which takes the defaults.
    """
    from ._convert import SCHEMA_VERSION, moment_from_text

    module = _READERS
    model = _model.model_class(cls)
    name = f"read_{model.__name__}"

    def generate() -> None:
        module.namespace.setdefault("_moment", moment_from_text)
        keys = _keys(model)
        wrong_version = f'd["schema_version"] != {SCHEMA_VERSION!r}' if "schema_version" in keys else ""

        complete = [f"def {name}(d, t, w):", f"    if type(d) is not dict: {_FAIL}"]
        complete.append(f"    if len(d) != {len(keys)}: return {name}_partial(d, t, w)")
        if wrong_version:
            complete.append(f"    if {wrong_version}: {_FAIL}")
        complete += _indent([*_complete_lines(model, "d", "f_", 0), "return o"])

        # Dicts without every key are rare (to_dict writes them all): their
        # reader is written on first need, to keep the first call quick.
        module.define_later(f"{name}_partial", lambda: _partial_lines(model, f"{name}_partial", wrong_version))
        module.define(name, complete)

        # The entries: text from Python may hold lone surrogates; text from
        # a JSON parser that refuses them (orjson) needs no look for them.
        for entry, settled in (("from_dict", "_all_settled"), ("from_utf8", "_all_nfc")):
            top = [
                f"def {entry}_{model.__name__}(d):",
                "    t = []",
                "    w = []",
                f"    o = {name}(d, t, w)",
                f"    if w and not _no_white_space_in(w): {_FAIL}",
                f"    if t and not {settled}(t): {_FAIL}",
                "    return o",
            ]
            module.define(f"{entry}_{model.__name__}", top)

    module.ensure(model, generate)
    return name


def _partial_lines(model: type, name: str, wrong_version: str) -> list[str]:
    """The reader of a dict of ``model`` that may leave out keys of fields with a default."""
    module = _READERS
    lines = [f"def {name}(d, t, w):"]
    lines.append(f"    if not d.keys() <= {module.constant(_keys(model), 'keys')}: {_FAIL}")
    if wrong_version:
        lines.append(f'    if "schema_version" in d and {wrong_version}: {_FAIL}')
    defaults = _model.defaults(model)
    for field_name, field_type in _model.field_types(model):
        local = f"f_{field_name}"
        read = [f'{local} = d["{field_name}"]', *_field_lines(field_type, local, 0)]
        if field_name in defaults:
            default = defaults[field_name]
            shown = repr(default) if default is None or default == () else module.constant(default, "default")
            read = [f'if "{field_name}" in d:', *_indent(read), "else:", f"    {local} = {shown}"]
        lines += _indent(read)
    return lines + _indent([*_build_lines(model, "f_"), "return o"])


def reader(cls: type, *, utf8: bool = False) -> Callable[[Any], Any]:
    """``read(data)``: the object of ``cls`` that valid ``data`` describes; raises if in any doubt.

    ``utf8``: the data was read from UTF-8 by a parser that refuses lone
    surrogates (orjson), so its text needs no look for them.
    """
    model = _model.model_class(cls)
    _reader_name(model)
    entry = "from_utf8" if utf8 else "from_dict"
    return _READERS.namespace[f"{entry}_{model.__name__}"]  # type: ignore[no-any-return]
