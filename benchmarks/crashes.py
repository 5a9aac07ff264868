"""The zero-crash gate: the suite adds no astroid-error, fatal or traceback.

Lints the targets twice, with crash messages enabled: once with pylint alone,
once with the suite loaded and all its checkers on, and reports every crash
(message or traceback) that only the second run has.

    python benchmarks/crashes.py                     # full corpus + stdlib
    python benchmarks/crashes.py --no-stdlib --corpus small
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpus import FULL, SMALL, lint_targets  # noqa: E402

from checkers_pkg.checkers import ALL_CHECKERS  # noqa: E402

EMPTY_RC = HERE.parent / "tests" / "empty.rc"
FINDINGS: dict[str, int] = {}  # non-crash messages of the last run, per plugin
CRASHES = "astroid-error,fatal"
# The standard library's own test suites are data for the interpreter's tests
# (deliberately broken files among them), not library code.
STDLIB_IGNORES = ["test", "tests", "idle_test", "site-packages", "dist-packages", "__pycache__"]


OUR_CHECKERS = ",".join(checker.name for checker in ALL_CHECKERS)


def _crashes(
    targets: list[Path], plugin: str | None, jobs: int, ignores: list[str], enable: str
) -> set[str]:
    options = ["--disable=all", f"--enable={CRASHES}"]
    if plugin:
        options = [f"--load-plugins={plugin}", "--disable=all", f"--enable={CRASHES},{enable}"]
    if ignores:
        options.append(f"--ignore={','.join(ignores)}")
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        result = subprocess.run(
            [sys.executable, "-m", "pylint", f"--rcfile={EMPTY_RC}", "--persistent=n",
             "--score=n", "--reports=n", f"--jobs={jobs}", f"--output-format=json:{output.name}",
             *options, *map(str, targets)],
            capture_output=True, text=True, check=False,
        )
        messages = json.loads(Path(output.name).read_text(encoding="utf-8") or "[]")
    if result.returncode & 32:  # both runs failing alike must not read as "no crash"
        raise RuntimeError(f"pylint usage error: {result.stderr[-500:]}")
    found = {f"{m['path']}:{m['line']} {m['symbol']}: {m['message'][:200]}"
             for m in messages if m["symbol"] in CRASHES.split(",")}
    if "Traceback" in result.stderr:
        found.add("traceback on stderr:\n" + result.stderr[-2000:])
    FINDINGS[plugin or "pylint"] = len(messages) - len(found)
    return found


def added_crashes(
    targets: list[Path],
    jobs: int = 1,
    ignores: list[str] | None = None,
    plugin: str = "checkers_pkg",
    enable: str = OUR_CHECKERS,
) -> list[str]:
    """Crashes that appear only when ``plugin`` is loaded (the suite by default)."""
    ignores = ignores or []
    baseline = _crashes(targets, plugin=None, jobs=jobs, ignores=ignores, enable=enable)
    with_plugin = _crashes(targets, plugin=plugin, jobs=jobs, ignores=ignores, enable=enable)
    return sorted(with_plugin - baseline)


def stdlib_root() -> Path:
    return Path(sysconfig.get_paths()["stdlib"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["full", "small", "none"], default="full")
    parser.add_argument("--no-stdlib", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    problems: list[str] = []
    if args.corpus != "none":
        targets = lint_targets(FULL if args.corpus == "full" else SMALL)
        problems += added_crashes(targets, jobs=args.jobs)
        print(f"corpus ({args.corpus}): {len(problems)} crash(es) added by the suite "
              f"({FINDINGS.get('checkers_pkg', 0)} findings of the suite)", flush=True)
    if not args.no_stdlib:
        stdlib = added_crashes([stdlib_root()], jobs=args.jobs, ignores=STDLIB_IGNORES)
        print(f"stdlib ({stdlib_root()}): {len(stdlib)} crash(es) added by the suite "
              f"({FINDINGS.get('checkers_pkg', 0)} findings of the suite)", flush=True)
        problems += stdlib
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
