"""The scripts in examples/ run as their docstrings say, and print what they promise."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from newsevent import from_dict, parse_article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ARTICLE = EXAMPLES / "anchorage-summit.hi.txt"


def run(*args: str | Path, cwd: Path, timeout: float = 120) -> str:
    """Run Python with ``args`` in ``cwd``; return standard output, failing on a non-zero exit."""
    result = subprocess.run(
        [sys.executable, *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    return result.stdout


def test_convert_article_prints_the_event_as_json(tmp_path: Path) -> None:
    """convert_article.py prints the reference article's event as JSON that reads back to parse_article's event."""
    out = run(EXAMPLES / "convert_article.py", ARTICLE, "--published", "2025-08-16", cwd=tmp_path)
    data = json.loads(out)
    assert "summit" == data["kind"]
    assert ["donald-trump", "vladimir-putin"] == [person["id"] for person in data["participants"]]
    assert "Anchorage" == data["place"]["name"]
    assert "2025-08-15" == data["when"]["start"]
    [invitation] = data["invitations"]
    assert ("vladimir-putin", "donald-trump", "Moscow") == (
        invitation["inviter"],
        invitation["invitee"],
        invitation["destination"]["name"],
    )
    assert ARTICLE.resolve().as_uri() == data["source"]["url"]
    expected = parse_article(
        ARTICLE.read_text(encoding="utf-8"), published=dt.date(2025, 8, 16), url=ARTICLE.resolve().as_uri()
    )
    assert expected == from_dict(data)


def test_extend_gazetteer_resolves_the_added_person(tmp_path: Path) -> None:
    """extend_gazetteer.py shows the added person as a participant, speaking in their own name."""
    out = run(EXAMPLES / "extend_gazetteer.py", cwd=tmp_path)
    before, after = out.split("With Steve Witkoff added:\n")
    assert "steve-witkoff" not in before
    assert "  participant: steve-witkoff (Steve Witkoff; written स्टीव विटकॉफ, विटकॉफ)\n" in after
    assert "  statement by steve-witkoff: बातचीत बहुत उपयोगी रही\n" in after


def test_property_test_storage_runs_as_a_script(tmp_path: Path) -> None:
    """property_test_storage.py runs both of its properties when run as a script."""
    out = run(EXAMPLES / "property_test_storage.py", cwd=tmp_path)
    assert [
        "passed: test_a_saved_event_loads_back_equal",
        "passed: test_each_event_is_kept_once_under_its_own_id",
    ] == out.splitlines()


def test_property_test_storage_is_collected_by_pytest(tmp_path: Path) -> None:
    """Collecting with pytest finds the two property tests in property_test_storage.py."""
    out = run(
        "-m",
        "pytest",
        "--collect-only",
        "-q",
        "-p",
        "no:cacheprovider",
        EXAMPLES / "property_test_storage.py",
        cwd=ROOT,
    )
    collected = [line.rsplit("::", 1)[-1] for line in out.splitlines() if "::" in line]
    assert ["test_a_saved_event_loads_back_equal", "test_each_event_is_kept_once_under_its_own_id"] == collected
