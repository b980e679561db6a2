"""The README's quick start is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command() -> None:
    """The second set-up command of the README appears verbatim in .ci/run."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(python -m pip install .*)\n```", readme)
    assert 2 == len(commands), commands
    test_command = commands[1]
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
