"""Reading gazetteer tables from tab-separated files (the format of ``data/FORMAT.md``).

Each file is read in one pass: the header row tells what table it holds,
every other row becomes one record. Problems are collected rather than raised
at the first, so that one run shows every mistake in every file, each at its
``file:line:column``.
"""

from __future__ import annotations

import os
import pathlib
import unicodedata
from typing import TYPE_CHECKING, Any, Final

from ..exceptions import Problem, ValidationError
from ._gazetteer import (
    OFFICE_KINDS,
    PLACE_KINDS,
    Country,
    Locator,
    Office,
    Person,
    PlaceEntry,
    Record,
    Tables,
    check_record,
    parse_day,
)

if TYPE_CHECKING:
    import sys
    from collections.abc import Callable, Iterable, Iterator

    # Traversable moved in 3.11; the old name is gone in 3.14.
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

__all__ = ["COLUMNS", "read_package_data", "read_paths"]

#: The tables, in the order a directory is read, and their columns in file order.
COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "people": ("id", "name", "country", "aliases", "hindi", "source"),
    "offices": ("person", "office", "title", "country", "org", "from", "to", "source"),
    "countries": ("code", "name", "aliases", "hindi", "demonyms", "hindi_demonyms", "capital", "source"),
    "places": ("name", "kind", "country", "region", "aliases", "hindi", "source"),
}
_TABLE_OF_HEADER: Final = {columns: table for table, columns in COLUMNS.items()}
_RECORD_CLASS: Final[dict[str, type[Record]]] = {
    "people": Person,
    "offices": Office,
    "countries": Country,
    "places": PlaceEntry,
}
# Where a column and the record field it fills differ in name ("from" is a keyword).
_FIELD_OF_COLUMN: Final = {"from": "start", "to": "end"}
_COLUMN_OF_FIELD: Final = {field: column for column, field in _FIELD_OF_COLUMN.items()}


class _FieldError(ValueError):
    """A field that cannot be read, with what is wrong; without a message, a required field left empty."""


# What an empty required column should have held, where its name alone does not say.
_HINTS: Final = {"source": " (where the facts can be checked)", "from": " (the first day in office)"}


def _text(raw: str) -> str:
    if not raw:
        raise _FieldError
    return raw


def _optional_text(raw: str) -> str | None:
    return raw or None


def _names(raw: str) -> tuple[str, ...]:
    # Empty alternatives ("a||b", a trailing "|") carry nothing and are skipped.
    return tuple(filter(None, map(str.strip, raw.split("|")))) if raw else ()


def _office(raw: str) -> Any:
    kind = OFFICE_KINDS.get(raw)
    if kind is None:
        raise _FieldError(f"unknown office {raw!r}; expected one of {', '.join(OFFICE_KINDS)}")
    return kind


def _place_kind(raw: str) -> Any:
    kind = PLACE_KINDS.get(raw)
    if kind is None:
        raise _FieldError(f"unknown place kind {raw!r}; expected one of {', '.join(PLACE_KINDS)}")
    return kind


def _from(raw: str) -> Any:
    try:
        return parse_day(_text(raw))
    except _FieldError:
        raise
    except ValueError as error:
        raise _FieldError(str(error)) from None


def _to(raw: str) -> Any:
    if not raw:
        return None
    try:
        return parse_day(raw, last=True)
    except ValueError as error:
        raise _FieldError(str(error)) from None


_READERS: Final[dict[str, tuple[Callable[[str], Any], ...]]] = {
    "people": (_text, _text, _optional_text, _names, _names, _text),
    "offices": (_text, _office, _text, _optional_text, _optional_text, _from, _to, _text),
    "countries": (_text, _text, _names, _names, _names, _names, _optional_text, _text),
    "places": (_text, _place_kind, _text, _optional_text, _names, _names, _text),
}
_FIELDS: Final = {table: tuple(_FIELD_OF_COLUMN.get(c, c) for c in columns) for table, columns in COLUMNS.items()}
_INDEX_OF_FIELD: Final = {
    table: {field: index for index, field in enumerate(fields)} for table, fields in _FIELDS.items()
}


#: Where a record was read, enough to point at any of its fields later: the
#: file, the line number and the line. A plain tuple: one is kept per row.
_Row = tuple[str, int, str]


def _column(line: str, index: int) -> int:
    """The 1-based column where tab-separated field ``index`` of ``line`` starts."""
    fields = line.split("\t")
    if index >= len(fields):
        return len(line) + 1
    return sum(len(field) + 1 for field in fields[:index]) + 1


class _Reader:
    """Collects records, where each came from, and problems, over any number of files."""

    def __init__(self) -> None:
        self.records: dict[str, list[Any]] = {table: [] for table in COLUMNS}
        self.rows: dict[str, list[_Row]] = {table: [] for table in COLUMNS}
        self.problems: list[Problem] = []

    def locate(self, table: str, index: int, field: str) -> str:
        file, number, line = self.rows[table][index]
        column = _column(line, _INDEX_OF_FIELD[table].get(field.split("[", 1)[0], 0))
        return f"{file}:{number}:{column}"

    def read(self, file: Traversable, table: str | None = None) -> None:
        """Read one file; ``table`` is the kind its place in a directory says it holds."""
        name = str(file)
        text = file.read_text(encoding="utf-8")
        # Both forms of every name must meet the data's NFC; fix silently what an editor decomposed.
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        lines = iter(enumerate(text.removeprefix("\ufeff").split("\n"), start=1))
        found = self._header(name, lines, table)
        if found is not None:
            self._rows(name, lines, found)

    def _header(self, name: str, lines: Iterator[tuple[int, str]], table: str | None) -> str | None:
        for number, text in lines:
            line = text.rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            columns = tuple(field.strip() for field in line.split("\t"))
            found = _TABLE_OF_HEADER.get(columns)
            if found is not None and (table is None or found == table):
                return found
            expected = (
                f"the header row of a {table} file ({', '.join(COLUMNS[table])})"
                if table is not None
                else "the header row of a people, offices, countries or places file (see FORMAT.md)"
            )
            self.problems.append(Problem(f"{name}:{number}:1", f"expected {expected}, got {', '.join(columns)}"))
            return None
        self.problems.append(Problem(f"{name}:1:1", "expected a header row, got an empty file"))
        return None

    def _rows(self, name: str, lines: Iterable[tuple[int, str]], table: str) -> None:
        readers = _READERS[table]
        fields_of = _FIELDS[table]
        columns = COLUMNS[table]
        cls = _RECORD_CLASS[table]
        records = self.records[table]
        rows = self.rows[table]
        problems = self.problems
        width = len(columns)
        for number, text in lines:
            line = text.rstrip("\r")
            if not line or line[0] == "#" or line.isspace():
                continue
            raw = line.split("\t")
            if len(raw) != width:
                column = _column(line, width) if len(raw) > width else len(line) + 1
                problems.append(
                    Problem(
                        f"{name}:{number}:{column}",
                        f"expected {width} tab-separated fields ({', '.join(columns)}), got {len(raw)}",
                    )
                )
                continue
            try:
                values = {
                    field: read(value.strip()) for field, read, value in zip(fields_of, readers, raw, strict=True)
                }
            except _FieldError:
                # Go over the row again, field by field, to report every problem in it.
                self._field_problems(name, number, line, raw, table)
                continue
            found: list[Problem] = []
            record = check_record(cls(**values), found, typed=True)
            if found:
                index_of = _INDEX_OF_FIELD[table]
                for problem in found:
                    column = _column(line, index_of[problem.path.split("[", 1)[0]])
                    problems.append(Problem(f"{name}:{number}:{column}", _in_column(problem)))
                continue
            records.append(record)
            rows.append((name, number, line))

    def _field_problems(self, name: str, number: int, line: str, raw: list[str], table: str) -> None:
        columns = COLUMNS[table]
        for index, (read, value) in enumerate(zip(_READERS[table], raw, strict=True)):
            try:
                read(value.strip())
            except _FieldError as error:  # noqa: PERF203 - reports every field, not just the first
                header = columns[index]
                message = str(error) or f"expected a value in column {header!r}{_HINTS.get(header, '')}, got nothing"
                self.problems.append(Problem(f"{name}:{number}:{_column(line, index)}", message))

    def tables(self) -> tuple[Tables, Locator]:
        if self.problems:
            raise ValidationError(self.problems)
        return Tables(*self.records.values()), self.locate


def _in_column(problem: Problem) -> str:
    """A problem found by a field check, told in the words of the file (the ``to`` column, not ``end``)."""
    if "[" in problem.path:
        # One value of a "|"-separated list: say which.
        position = int(problem.path.split("[", 1)[1].split("]", 1)[0]) + 1
        return f"value {position} of the list: {problem.message}"
    return problem.message


def _tables_in(directory: Traversable) -> Iterator[tuple[Traversable, str]]:
    """The TSV files of a directory laid out as the package data, with the table each holds."""
    for table in COLUMNS:
        single = directory / f"{table}.tsv"
        if single.is_file():
            yield single, table
        folder = directory / table
        if folder.is_dir():
            for file in sorted(folder.iterdir(), key=lambda item: item.name):
                if file.name.endswith(".tsv") and file.is_file():
                    yield file, table


def read_package_data(directory: Traversable) -> tuple[Tables, Locator]:
    """The tables of the data shipped with the package (a directory that may still be empty)."""
    reader = _Reader()
    for file, table in _tables_in(directory):
        reader.read(file, table)
    return reader.tables()


def read_paths(paths: Iterable[str | os.PathLike[str] | Traversable]) -> tuple[Tables, Locator]:
    """The tables of the files and directories at ``paths``, in the order given."""
    reader = _Reader()
    for given in paths:
        path: Traversable = pathlib.Path(given) if isinstance(given, (str, os.PathLike)) else given
        if path.is_dir():
            files = list(_tables_in(path))
            if not files:
                reader.problems.append(
                    Problem(str(path), "expected people, offices, countries or places tables (*.tsv), found none")
                )
            for file, table in files:
                reader.read(file, table)
        else:
            reader.read(path)
    return reader.tables()
