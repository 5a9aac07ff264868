"""Same answers everywhere: parallel or not, run after run, and a module
linted alone or inside its package (when it does not depend on the rest)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .lint_helpers import EMPTY_RC, OUR_CHECKERS

ROOT = Path(__file__).parent.parent
DEMO = ROOT / "examples" / "inventory"


def _findings(*targets: Path, jobs: int = 1) -> list[tuple[str, int, int, str, str]]:
    result = subprocess.run(
        [sys.executable, "-m", "pylint", f"--rcfile={EMPTY_RC}", "--persistent=n",
         "--load-plugins=checkers_pkg", "--disable=all", f"--enable={OUR_CHECKERS}",
         f"--jobs={jobs}", "--output-format=json", *map(str, targets)],
        capture_output=True, text=True, check=False, timeout=300, cwd=ROOT,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return sorted(
        (Path(m["path"]).name, m["line"], m["column"], m["symbol"], m["message"])
        for m in json.loads(result.stdout)
    )


def test_parallel_and_serial_runs_agree() -> None:
    targets = (DEMO, ROOT / "docs" / "messages")
    serial = _findings(*targets, jobs=1)
    assert len(serial) >= 10, "too few findings for the comparison to mean anything"
    assert _findings(*targets, jobs=2) == serial


def test_consecutive_runs_agree() -> None:
    assert _findings(DEMO) == _findings(DEMO)


def test_a_module_alone_or_in_its_package() -> None:
    alone = _findings(DEMO / "text.py")
    in_package = [finding for finding in _findings(DEMO) if finding[0] == "text.py"]
    assert alone and alone == in_package
