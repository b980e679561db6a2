"""The error hierarchy: one root, each concrete error also the builtin it is."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["NewsEventError", "ParseError", "Problem", "ValidationError"]


class NewsEventError(Exception):
    """The root of every error newsevent raises on purpose."""


class Problem(NamedTuple):
    """One thing wrong with some data, and where.

    ``path`` locates the value from the object being built or read, in the
    style ``statements[3].span.end``; ``"$"`` is the value itself.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(NewsEventError, ValueError):
    """Data that does not fit the model, with every problem found.

    ``str(error)`` has one problem per line, ``path: what was expected, what was
    got``; ``error.problems`` has the same as :class:`Problem` tuples, in the
    order found.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(map(str, self.problems)))

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))


class ParseError(NewsEventError, ValueError):
    """Text that cannot be read at all: malformed JSON, an unreadable date.

    ``text`` is the input, ``position`` the code-point offset of the trouble in
    it (or ``None`` when the whole text is at fault); ``str(error)`` shows the
    message, then the surrounding line with a caret under that position.
    """

    def __init__(self, message: str, text: str, position: int | None = None) -> None:
        self.message = message
        self.text = text
        self.position = position
        super().__init__(self._render())

    def _render(self) -> str:
        if self.position is None:
            return f"{self.message}: {self.text[:80]!r}"
        line_start = self.text.rfind("\n", 0, self.position) + 1
        line_end = self.text.find("\n", self.position)
        if line_end < 0:
            line_end = len(self.text)
        # Show at most 40 characters either side, so a 1 MB line stays readable.
        left = max(line_start, self.position - 40)
        right = min(line_end, self.position + 40)
        excerpt = self.text[left:right]
        line_number = self.text.count("\n", 0, self.position) + 1
        column = self.position - line_start + 1
        return (
            f"{self.message} (line {line_number}, column {column})\n    {excerpt}\n    {' ' * (self.position - left)}^"
        )

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str, int | None]]:
        return (type(self), (self.message, self.text, self.position))
