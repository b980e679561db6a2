"""Checked by mypy --strict (not run): the public API as a user's code sees it."""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

import newsevent
from newsevent import Event, Participant, Span, from_dict, from_json, json_schema, to_dict, to_json


def reads(data: dict[str, Any], text: str) -> None:
    assert_type(from_dict(data), Event)
    assert_type(from_dict(data, Participant), Participant)
    assert_type(from_json(text), Event)
    assert_type(from_json(text, Span), Span)
    assert_type(to_dict(from_dict(data)), dict[str, Any])
    assert_type(to_json(from_dict(data)), str)
    assert_type(json_schema(), dict[str, Any])
    assert_type(newsevent.converter.structure(data, Event), Event)


def strategies() -> None:
    from hypothesis.strategies import SearchStrategy

    from newsevent.strategies import events, participants

    assert_type(events(), SearchStrategy[Event])
    assert_type(participants(), SearchStrategy[Participant])
