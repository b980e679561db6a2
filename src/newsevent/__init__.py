"""newsevent: news reports of political and diplomatic events as typed, validated records.

The model classes, enums and errors load with the package; the serializers,
the article parser (with its gazetteer) and the cattrs converter load on first
use, so that ``import newsevent`` stays about as cheap as ``import attrs``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._model import (
    Duration,
    Event,
    Invitation,
    Outcome,
    Participant,
    Place,
    Source,
    Span,
    Statement,
    TimeSpan,
)
from ._vocab import (
    ActorKind,
    EventKind,
    EventStatus,
    InvitationStatus,
    OutcomeKind,
    PlaceKind,
    Precision,
    StatementKind,
)
from .exceptions import NewsEventError, ParseError, Problem, ValidationError

if TYPE_CHECKING:
    import cattrs

    from ._convert import from_dict, from_json, json_schema, to_dict, to_json
    from .gazetteer import Gazetteer
    from .parsing._assemble import parse_article
    from .parsing._time import parse_date, parse_duration

    converter: cattrs.Converter

__all__ = [
    "ActorKind",
    "Duration",
    "Event",
    "EventKind",
    "EventStatus",
    "Gazetteer",
    "Invitation",
    "InvitationStatus",
    "NewsEventError",
    "Outcome",
    "OutcomeKind",
    "ParseError",
    "Participant",
    "Place",
    "PlaceKind",
    "Precision",
    "Problem",
    "Source",
    "Span",
    "Statement",
    "StatementKind",
    "TimeSpan",
    "ValidationError",
    "converter",
    "from_dict",
    "from_json",
    "json_schema",
    "parse_article",
    "parse_date",
    "parse_duration",
    "to_dict",
    "to_json",
]

# Public names whose modules load on first use: name -> (module, attribute).
_LAZY = {
    "from_dict": ("._convert", "from_dict"),
    "from_json": ("._convert", "from_json"),
    "json_schema": ("._convert", "json_schema"),
    "to_dict": ("._convert", "to_dict"),
    "to_json": ("._convert", "to_json"),
    "Gazetteer": (".gazetteer", "Gazetteer"),
    "parse_article": (".parsing._assemble", "parse_article"),
    "parse_date": (".parsing._time", "parse_date"),
    "parse_duration": (".parsing._time", "parse_duration"),
}


def __getattr__(name: str) -> Any:
    """Load a lazily imported public name, then keep it as a module global."""
    import importlib

    if name == "converter":
        from ._convert import get_converter

        value: Any = get_converter()
    elif name in _LAZY:
        module_name, attribute = _LAZY[name]
        value = getattr(importlib.import_module(module_name, __name__), attribute)
    else:
        raise AttributeError(f"module 'newsevent' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
