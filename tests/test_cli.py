"""The command line: JSON on stdout, errors on stderr, a non-zero exit when anything failed."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevent import from_dict
from newsevent.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "anchorage-summit.hi.txt"


def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return status, out.getvalue(), err.getvalue()


def test_parse_one_file() -> None:
    """One file gives one indented JSON event that reads back."""
    status, out, err = run("parse", str(SEED), "--published", "2025-08-16")
    assert (0, "") == (status, err)
    data = json.loads(out)
    assert "summit" == data["kind"]
    assert "2025-08-15" == data["when"]["start"]
    assert data == json.loads(json.dumps(data))
    assert from_dict(data).kind.value == "summit"


def test_parse_jsonl_of_several_files_and_stdin() -> None:
    """--format jsonl writes one line per article; - reads standard input."""
    status, out, _ = run("parse", str(SEED), "-", "--format", "jsonl", stdin="Biden met Modi in Washington.")
    lines = out.splitlines()
    assert 0 == status
    assert 2 == len(lines)
    assert ["summit", "meeting"] == [json.loads(line)["kind"] for line in lines]


def test_parse_missing_file_fails_loudly(tmp_path: Path) -> None:
    """A file that cannot be read is named on stderr, the others still parsed, and the exit is 1."""
    missing = tmp_path / "missing.txt"
    status, out, err = run("parse", str(missing), str(SEED), "--format", "jsonl")
    assert 1 == status
    assert 1 == len(out.splitlines())
    assert err.startswith(f"newsevent: {missing}: ")


def test_bad_published_is_a_usage_error() -> None:
    """A wrong --published is refused by argparse with exit status 2."""
    with pytest.raises(SystemExit) as info:
        run("parse", str(SEED), "--published", "16/08/2025")
    assert 2 == info.value.code


def test_validate(tmp_path: Path) -> None:
    """The validate command says ok for a valid event and lists every problem of an invalid one."""
    _, out, _ = run("parse", str(SEED))
    good = tmp_path / "good.json"
    good.write_text(out, encoding="utf-8")
    data = json.loads(out)
    data["kind"] = "party"
    data["extra"] = 1
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    status, out, err = run("validate", str(good), str(bad))
    assert 1 == status
    assert f"{good}: ok\n" == out
    assert err.startswith(f"newsevent: {bad}: invalid event\n  kind: expected one of ")
    assert "  extra: unexpected key: Event has no field 'extra'\n" in err


def test_schema() -> None:
    """The schema command prints the JSON Schema of an event."""
    status, out, _ = run("schema")
    assert 0 == status
    assert "Event" == json.loads(out)["title"]


def test_python_dash_m() -> None:
    """Running `python -m newsevent` is the same program, and writes UTF-8 whatever the locale."""
    result = subprocess.run(
        [sys.executable, "-m", "newsevent", "parse", str(SEED), "--format", "jsonl"],
        capture_output=True,
        check=True,
        env={"PATH": "", "LC_ALL": "C", "PYTHONIOENCODING": ""},
    )
    assert "एंकरेज" in json.loads(result.stdout.decode("utf-8"))["place"]["names"]
