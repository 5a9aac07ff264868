"""``checkers-pkg --diff`` on the real-world corpus: its time, and proof that
every fixed file is valid Python.

Runs ``--diff --unsafe-fixes`` on the corpus (timed), then ``--fix
--unsafe-fixes`` on a temporary copy and compiles every file it changed;
then ``--diff`` again on the copy (nothing left to fix: idempotent).
``python benchmarks/fixes.py [--corpus small|full] [--jobs N]``; the corpus
comes from ``corpus.py`` (downloaded and cached on first use).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from corpus import FULL, SMALL, lint_targets  # noqa: E402  # pylint: disable=wrong-import-position

EMPTY_RC = HERE.parent / "tests" / "empty.rc"


def _command(mode: list[str], targets: list[Path], jobs: int) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    return subprocess.run(
        [sys.executable, "-m", "checkers_pkg", f"--rcfile={EMPTY_RC}", "--persistent=n",
         "--score=n", f"-j{jobs}", *mode, *map(str, targets)],
        env=env, capture_output=True, text=True, check=False,
    )


def _digests(root: Path) -> dict[Path, str]:
    return {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in root.rglob("*.py")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", choices=("small", "full"), default="full")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    targets = lint_targets(FULL if args.corpus == "full" else SMALL)

    started = time.perf_counter()
    diff = _command(["--diff", "--unsafe-fixes"], targets, args.jobs)
    elapsed = time.perf_counter() - started
    if diff.returncode not in (0, 1) or "Traceback" in diff.stderr:
        print(diff.stderr, file=sys.stderr)
        return 2
    files = diff.stdout.count("\n+++ b/") + diff.stdout.startswith("+++ b/")
    fixes = sum(1 for line in diff.stderr.splitlines() if ": would fix " in line)
    print(f"--diff --unsafe-fixes on the {args.corpus} corpus: {elapsed:.1f} s, "
          f"{fixes} fixes in {files} files, exit {diff.returncode}")

    with tempfile.TemporaryDirectory() as scratch:
        copies = []
        for index, target in enumerate(targets):
            copy = Path(scratch) / str(index) / target.name
            shutil.copytree(target, copy)
            copies.append(copy)
        before = _digests(Path(scratch))
        fixed = _command(["--fix", "--unsafe-fixes"], copies, args.jobs)
        after = _digests(Path(scratch))
        changed = [path for path in after if after[path] != before[path]]
        broken = []
        for path in changed:
            try:
                compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
            except SyntaxError as error:
                broken.append(f"{path}: {error}")
        print(f"--fix --unsafe-fixes changed {len(changed)} files; "
              f"{len(changed) - len(broken)} compile, {len(broken)} do not")
        for line in broken:
            print("  " + line)
        again = _command(["--diff", "--unsafe-fixes"], copies, args.jobs)
        print(f"--diff again on the fixed copy: exit {again.returncode}, "
              f"{again.stdout.count('+++ b/')} files would change")
        if fixed.returncode & 32 or broken or again.stdout:
            print(fixed.stderr[-2000:], file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
