"""The gazetteer: known people, their offices, countries and places, in Latin and Devanagari script.

:class:`Gazetteer` is what the article parser resolves names against;
``Gazetteer.default()`` is the data shipped in ``gazetteer/data/`` (its
format is described in ``data/FORMAT.md``), and users extend it with their
own rows (:meth:`Gazetteer.load`, :meth:`Gazetteer.extended`,
:meth:`Gazetteer.with_person`).
"""

from __future__ import annotations

from ._gazetteer import (
    Country,
    Gazetteer,
    NameCandidate,
    NameHit,
    NameKind,
    Office,
    OfficeKind,
    Person,
    PlaceEntry,
)

__all__ = [
    "Country",
    "Gazetteer",
    "NameCandidate",
    "NameHit",
    "NameKind",
    "Office",
    "OfficeKind",
    "Person",
    "PlaceEntry",
]
