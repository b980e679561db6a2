"""Field types of the model: each checks a value and says what it accepts.

A field type is a small callable object, ``check(value, path, problems)``:
it looks at ``value`` (found at ``path``), appends any
:class:`~newsevent.exceptions.Problem`, and returns the value to store
(NFC-normalised where it is text). Being objects rather than closures, they
can also be read: the serializers, the JSON Schema and the Hypothesis
strategies all derive what they do from the same field types, so the rules
are written once.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any, Final

from ._vocab import COUNTRY_CODES
from .exceptions import Problem

__all__ = [
    "LANGUAGE_TAG",
    "MAX_COUNT",
    "NO_WHITE_SPACE",
    "Bool",
    "Count",
    "Country",
    "EnumOf",
    "FieldType",
    "Identifier",
    "Language",
    "ModelOf",
    "Moment",
    "OptionalOf",
    "Text",
    "TupleOf",
    "type_name",
]

#: The largest integer every JSON reader keeps exactly (2**53 - 1).
MAX_COUNT: Final = 2**53 - 1

# Lone surrogates cannot be written as UTF-8, so text holding one could not be
# stored or sent as JSON; they are refused where they enter.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
#: An id: one or more characters, none of them white space.
NO_WHITE_SPACE: Final = re.compile(r"\S+")
#: BCP 47, as far as this library needs it: a primary language subtag and
#: optional subtags (``hi``, ``en-IN``, ``hi-Latn``).
LANGUAGE_TAG: Final = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def type_name(value: object) -> str:
    """How a value's type is named in error messages."""
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return "naive datetime"
    return type(value).__name__


class FieldType:
    """The base of field types; subclasses define ``__call__``."""

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Text(FieldType):
    """Non-empty ``str`` (absence is ``None``, never ``""``), stored in NFC."""

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is not str:
            problems.append(Problem(path, f"expected str, got {type_name(value)}"))
            return value
        if not value:
            problems.append(Problem(path, "expected non-empty str, got ''"))
            return value
        if not value.isascii():
            if _SURROGATE.search(value):
                problems.append(Problem(path, "expected text, got a lone surrogate code point"))
                return value
            if not unicodedata.is_normalized("NFC", value):
                return unicodedata.normalize("NFC", value)
        return value


class Identifier(Text):
    """Non-empty ``str`` without white space, such as ``donald-trump``."""

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        before = len(problems)
        value = Text.__call__(self, value, path, problems)
        if len(problems) == before and not NO_WHITE_SPACE.fullmatch(value):
            problems.append(Problem(path, f"expected an id without white space, got {value!r}"))
        return value


class Language(FieldType):
    """A BCP 47 language tag: ``hi``, ``en``, ``en-IN``, ``hi-Latn``."""

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is not str:
            problems.append(Problem(path, f"expected str, got {type_name(value)}"))
        elif not LANGUAGE_TAG.fullmatch(value):
            problems.append(Problem(path, f"expected a BCP 47 language tag such as 'hi' or 'en', got {value!r}"))
        return value


class Country(FieldType):
    """An ISO 3166-1 alpha-2 code in capitals: ``US``, ``IN``."""

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is not str:
            problems.append(Problem(path, f"expected str, got {type_name(value)}"))
        elif value not in COUNTRY_CODES:
            problems.append(Problem(path, f"expected an ISO 3166-1 alpha-2 country code such as 'IN', got {value!r}"))
        return value


class Bool(FieldType):
    """Exactly ``True`` or ``False``; ``1`` and ``"yes"`` are not booleans."""

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is not bool:
            problems.append(Problem(path, f"expected bool, got {type_name(value)}"))
        return value


class Count(FieldType):
    """An ``int`` from 0 to 2**53 - 1, the range every JSON reader keeps exactly.

    ``bool`` and ``float`` are refused, even ``3.0``.
    """

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is not int:
            problems.append(Problem(path, f"expected int, got {type_name(value)}"))
        elif value < 0:
            problems.append(Problem(path, f"expected int >= 0, got {value}"))
        elif value > MAX_COUNT:
            problems.append(Problem(path, f"expected int <= 2**53 - 1, got {value}"))
        return value


class Moment(FieldType):
    """A ``date``, or a ``datetime`` with a fixed UTC offset (``datetime.timezone``).

    Named zones (``zoneinfo``) are refused: the zone name would not survive a
    round trip through ISO 8601 text, and silently losing it is worse than asking.
    """

    __slots__ = ()

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        kind = type(value)
        if kind is dt.date:
            return value
        if kind is dt.datetime:
            if value.tzinfo is None:
                problems.append(Problem(path, "expected date or timezone-aware datetime, got naive datetime"))
            elif type(value.tzinfo) is not dt.timezone:
                problems.append(
                    Problem(
                        path,
                        "expected a datetime with a fixed offset (datetime.timezone), "
                        f"got tzinfo {type(value.tzinfo).__name__}",
                    )
                )
            return value
        problems.append(Problem(path, f"expected date or datetime, got {type_name(value)}"))
        return value


class EnumOf(FieldType):
    """A member of ``enum_type`` itself; its string value is not a member."""

    __slots__ = ("choices", "enum_type")

    def __init__(self, enum_type: type[Any]) -> None:
        self.enum_type = enum_type
        self.choices = ", ".join(repr(member.value) for member in enum_type)

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is not self.enum_type:
            shown = repr(value) if isinstance(value, str) else type_name(value)
            problems.append(Problem(path, f"expected {self.enum_type.__name__} (one of {self.choices}), got {shown}"))
        return value

    def __repr__(self) -> str:
        return f"EnumOf({self.enum_type.__name__})"


class ModelOf(FieldType):
    """An instance of a model class (or a user's subclass of it).

    Named rather than given, since model classes refer to classes defined
    after them; ``resolve`` is called once all exist.
    """

    __slots__ = ("cls", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self.cls: type = type(None)

    def resolve(self, classes: dict[str, type]) -> None:
        self.cls = classes[self.name]

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if not isinstance(value, self.cls):
            problems.append(Problem(path, f"expected {self.name}, got {type_name(value)}"))
        return value

    def __repr__(self) -> str:
        return f"ModelOf({self.name})"


class OptionalOf(FieldType):
    """``None``, or a value of the ``inner`` type."""

    __slots__ = ("inner",)

    def __init__(self, inner: FieldType) -> None:
        self.inner = inner

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        return None if value is None else self.inner(value, path, problems)

    def __repr__(self) -> str:
        return f"OptionalOf({self.inner!r})"


class TupleOf(FieldType):
    """A ``tuple`` whose every item is of the ``item`` type; a list or a str is refused."""

    __slots__ = ("item",)

    def __init__(self, item: FieldType) -> None:
        self.item = item

    def __call__(self, value: Any, path: str, problems: list[Problem]) -> Any:
        if type(value) is not tuple:
            problems.append(Problem(path, f"expected tuple, got {type_name(value)}"))
            return value
        check = self.item
        checked = tuple([check(item, f"{path}[{index}]", problems) for index, item in enumerate(value)])
        # Keep the caller's tuple when nothing changed, so identity survives.
        return value if all(map(_same, checked, value)) else checked

    def __repr__(self) -> str:
        return f"TupleOf({self.item!r})"


def _same(a: object, b: object) -> bool:
    return a is b
