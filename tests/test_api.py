"""The public surface: exactly the names SPEC lists, and a light import."""

from __future__ import annotations

import subprocess
import sys

import pytest

import newsevent

PUBLIC = {
    "Event",
    "Participant",
    "Statement",
    "Outcome",
    "Invitation",
    "Place",
    "TimeSpan",
    "Duration",
    "Span",
    "Source",
    "EventKind",
    "EventStatus",
    "ActorKind",
    "StatementKind",
    "OutcomeKind",
    "InvitationStatus",
    "Precision",
    "PlaceKind",
    "to_dict",
    "from_dict",
    "to_json",
    "from_json",
    "json_schema",
    "converter",
    "parse_article",
    "parse_date",
    "parse_duration",
    "Gazetteer",
    "NewsEventError",
    "ValidationError",
    "ParseError",
    "Problem",  # the items of ValidationError.problems, beyond SPEC's list
}


def test_all_is_the_public_api() -> None:
    """__all__ is exactly SPEC's list, sorted, and every name resolves."""
    assert PUBLIC == set(newsevent.__all__)
    assert sorted(newsevent.__all__) == newsevent.__all__
    for name in newsevent.__all__:
        assert getattr(newsevent, name) is not None


def test_import_is_light() -> None:
    """`import newsevent` loads neither hypothesis, cattrs, dateutil nor the parser."""
    code = (
        "import sys, newsevent; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'hypothesis', 'cattrs', 'dateutil'} or m.startswith('newsevent.parsing') or m.startswith('newsevent.gazetteer')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "[]" == out.strip()


def test_unknown_attribute() -> None:
    """A misspelt name is an AttributeError, not a silent None."""
    with pytest.raises(AttributeError) as info:
        newsevent.to_dcit  # type: ignore[attr-defined]  # noqa: B018
    assert "module 'newsevent' has no attribute 'to_dcit'" == str(info.value)


def test_converter_is_cattrs_and_strict() -> None:
    """The shared converter structures model classes as strictly as from_dict."""
    import cattrs

    from newsevent import Span, ValidationError, converter

    assert isinstance(converter, cattrs.Converter)
    assert Span(start=1, end=2) == converter.structure({"start": 1, "end": 2}, Span)
    assert {"start": 1, "end": 2} == converter.unstructure(Span(start=1, end=2))
    with pytest.raises(ValidationError):
        converter.structure({"start": "1", "end": 2}, Span)
