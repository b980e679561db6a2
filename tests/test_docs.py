"""The reference pages document every public name.

The pages themselves are built, and their code samples run, by Sphinx in
``.ci/run`` (``sphinx-build -b html`` and ``-b doctest``); these tests only
read their sources, so they run without the docs dependencies.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "reference"

# A name is documented where an autodoc directive (``.. autofunction::``,
# ``.. autoclass::`` …) or a hand-written description (``.. py:data::``, or
# MyST's ``{py:data}``) names it in full.
_DIRECTIVE = re.compile(
    r"^(?:\.\. (?:auto\w+|py:(?!currentmodule)\w+)::|```\{py:(?!currentmodule)\w+\}) (newsevent[\w.]*)\s*$",
    re.MULTILINE,
)


def documented() -> set[str]:
    return {name for page in REFERENCE.glob("*.md") for name in _DIRECTIVE.findall(page.read_text(encoding="utf-8"))}


def public_names() -> list[str]:
    import newsevent.gazetteer
    import newsevent.strategies

    return [
        *(f"newsevent.{name}" for name in newsevent.__all__),
        *(f"newsevent.strategies.{name}" for name in newsevent.strategies.__all__),
        *(f"newsevent.gazetteer.{name}" for name in newsevent.gazetteer.__all__ if name != "Gazetteer"),
    ]


@pytest.mark.parametrize("name", public_names())
def test_every_public_name_has_a_reference_entry(name: str) -> None:
    """Each name of newsevent.__all__ (and of the strategies and gazetteer modules) is described in docs/reference/."""
    assert name in documented()


def test_the_reference_pages_document_no_name_that_is_gone() -> None:
    """Every name the reference pages describe can still be imported (a renamed function leaves no stale entry)."""
    assert [] == [name for name in sorted(documented()) if not importable(name)]


def importable(name: str) -> bool:
    """Whether ``name`` is a module, or an attribute of a module, that can be imported."""
    try:
        importlib.import_module(name)
    except ImportError:
        module_name, _, attribute = name.rpartition(".")
        return hasattr(importlib.import_module(module_name), attribute)
    return True
