"""The command line: ``newsevent parse``, ``newsevent validate``, ``newsevent schema``.

JSON goes to standard output and errors to standard error; the exit status
is 0 when every file was handled, 1 when any file failed, and 2 for a wrong
command line (argparse's convention).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["main"]


def _published(value: str) -> dt.date | dt.datetime:
    """Read ``--published``: an ISO date, or an ISO datetime with its offset."""
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD or an ISO datetime with offset, got {value!r}") from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"a datetime needs its UTC offset, e.g. {value}+05:30")
    return moment


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsevent",
        description="Turn news reports of political and diplomatic events into JSON records.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser("parse", help="parse articles (UTF-8 text files, or - for standard input)")
    parse.add_argument("files", nargs="+", metavar="FILE", help="article text files; - reads standard input")
    parse.add_argument(
        "--published",
        type=_published,
        help="publication date (YYYY-MM-DD) that relative dates such as 'on Monday' are resolved against",
    )
    parse.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one indented document per file (a list for several files); jsonl: one line per file",
    )

    validate = commands.add_parser("validate", help="check that JSON files hold valid events")
    validate.add_argument("files", nargs="+", metavar="FILE.json")

    commands.add_parser("schema", help="print the JSON Schema of an event")
    return parser


def _read_texts(names: Sequence[str], stdin: TextIO) -> Iterator[tuple[str, str | None, str | None]]:
    """Yield (name, text, error) for each file; standard input is read once, as '-'."""
    for name in names:
        if name == "-":
            yield name, stdin.read(), None
            continue
        try:
            with open(name, encoding="utf-8") as handle:
                yield name, handle.read(), None
        except (OSError, UnicodeDecodeError) as error:
            yield name, None, str(error)


def _parse(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    from . import parse_article, to_dict

    failed = False
    documents = []
    for name, text, error in _read_texts(args.files, stdin):
        if text is None:
            print(f"newsevent: {name}: {error}", file=stderr)
            failed = True
            continue
        data = to_dict(parse_article(text, published=args.published))
        if args.format == "jsonl":
            print(json.dumps(data, ensure_ascii=False), file=stdout)
        else:
            documents.append(data)
    if args.format == "json" and documents:
        output = documents[0] if len(args.files) == 1 else documents
        print(json.dumps(output, ensure_ascii=False, indent=2), file=stdout)
    return 1 if failed else 0


def _validate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    from . import from_json
    from .exceptions import NewsEventError

    failed = False
    for name, text, error in _read_texts(args.files, stdin):
        if text is None:
            print(f"newsevent: {name}: {error}", file=stderr)
            failed = True
            continue
        try:
            from_json(text)
        except NewsEventError as problem:
            failed = True
            lines = str(problem).splitlines()
            print(f"newsevent: {name}: invalid event", file=stderr)
            for line in lines:
                print(f"  {line}", file=stderr)
        else:
            print(f"{name}: ok", file=stdout)
    return 1 if failed else 0


def _schema(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    from . import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2), file=stdout)
    return 0


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    ``stdout``, ``stderr`` and ``stdin`` replace the process's streams (for
    tests and embedding); those not given are the process's own, switched to
    UTF-8.
    """
    # Articles and their JSON are UTF-8 whatever the terminal's locale says: the
    # process's own streams are switched to UTF-8; streams a caller passes are theirs.
    for given, stream in ((stdin, sys.stdin), (stdout, sys.stdout), (stderr, sys.stderr)):
        if given is None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _build_parser().parse_args(argv)
    handler = {"parse": _parse, "validate": _validate, "schema": _schema}[args.command]
    try:
        return handler(args, out, err, stdin or sys.stdin)
    except BrokenPipeError:
        # The reader went away (`newsevent parse … | head`): stop quietly, as Unix tools do,
        # and keep Python from complaining again when it flushes stdout at exit.
        if stdout is None:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":  # pragma: no cover - python -m newsevent.cli
    sys.exit(main())
