"""Sphinx configuration of the newsevent documentation.

Build the site with ``python -m sphinx -W --keep-going -n -b html docs docs/_build/html``
and run every code sample in it with ``python -m sphinx -W --keep-going -n -b doctest
docs docs/_build/doctest`` (from the root of the repository, with the ``docs`` extra
installed). ``.ci/run`` runs both.
"""

from __future__ import annotations

import doctest
from pathlib import Path

# The pages document the newsevent that is installed (``pip install -e '.[docs]'``),
# and their code samples run against it.
from newsevent._version import __version__

ROOT = Path(__file__).resolve().parent.parent

project = "newsevent"
author = "The newsevent developers"
copyright = "the newsevent developers"
release = __version__
version = ".".join(__version__.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Every cross reference must resolve (-n on the command line): a renamed
# function then breaks the build instead of leaving a dead name in the text.
nitpicky = True
nitpick_ignore_regex = [
    # The build is offline (no intersphinx inventories), so names from the
    # standard library and from our dependencies cannot be linked; they are
    # still shown in signatures.
    ("py:.*", r"(dt|datetime|os|enum|typing|collections\.abc|importlib\..*)\..*"),
    ("py:.*", r"(attrs|cattrs|hypothesis)(\..*)?"),
    ("py:class", r"(SearchStrategy|Traversable|Mapping|Iterable|Sequence|Any|TextIO)(\[.*\])?"),
    ("py:class", r"(str|int|bool|bytes|dict|list|tuple|type|object|float|ValueError|TypeError|Exception)"),
    # Names of the implementation that public signatures show: a type variable,
    # and two internal types the gazetteer's lookups take or give (see the
    # gazetteer reference page).
    ("py:class", r"(newsevent\._convert\.)?T"),
    ("py:class", r"(newsevent\.parsing\._tokens\.)?Token"),
    ("py:class", r"Entry"),
    # The parser's module docstrings, shown in the explanation of the
    # pipeline, name internal functions and classes that these pages do not
    # document.
    ("py:.*", r"(_text\.)?(read_document|Document|find_quotes)|People\.subject_before|find_dates"),
]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = False

# Code samples are doctests, run by ``sphinx-build -b doctest``. They read the
# reference article from the root of the repository, as a user in a clone would.
doctest_global_setup = f"""
import os
os.chdir({str(ROOT)!r})
"""
doctest_test_doctest_blocks = "default"
# Sphinx ignores the message of an expected exception by default; the
# messages are what these pages document, so they are compared too.
doctest_default_flags = doctest.ELLIPSIS | doctest.DONT_ACCEPT_TRUE_FOR_1

html_theme = "furo"
html_title = f"newsevent {release}"
html_static_path: list[str] = []


def _resolve_within_the_package(app, env, node, contnode):
    """Resolve a Python cross reference that names a documented object by its last parts.

    The docstrings are written where the code lives, in private modules, and
    refer to their neighbours by short names (``Problem``, ``Gazetteer.title_of``);
    the pages document those objects under their public names
    (``newsevent.exceptions.Problem``, ``newsevent.Gazetteer``). A short name
    that matches exactly one documented object is linked to it; one that
    matches none is still reported, and one that matches several is reported
    as ambiguous.
    """
    if node.get("refdomain") != "py" or node.get("refspecific"):
        return None
    node["refspecific"] = True
    domain = env.get_domain("py")
    return domain.resolve_xref(env, node["refdoc"], app.builder, node["reftype"], node["reftarget"], node, contnode)


def _rules_without_signatures(app, what, name, obj, options, signature, return_annotation):  # noqa: PLR0913, PLR0917 (the arguments Sphinx passes)
    """Show the parser's internal decisions by their docstrings alone.

    The explanation of the parser quotes the docstrings of a few private
    functions, for the rules they state; their signatures name internal types
    that mean nothing to a reader and are left out.
    """
    if name.startswith("newsevent.parsing._assemble._"):
        return "", None
    return None


def setup(app):
    app.connect("missing-reference", _resolve_within_the_package)
    app.connect("autodoc-process-signature", _rules_without_signatures)
