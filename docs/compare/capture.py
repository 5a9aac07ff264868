"""Run ruff, flake8, bandit and pylint with the suite on ``example.py`` and
write what each prints to ``output/<tool>.txt``, which the landing page shows.

The output is captured, never typed: ``tests/test_docs_site.py`` runs this
script again and fails if a file would change (a new tool version, a changed
message), so the landing page cannot drift from what the tools really say.

    python docs/compare/capture.py          # rewrite the files
    python docs/compare/capture.py --check  # exit 1 if a file would change
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUTPUT = HERE / "output"

# (file stem, the command as a user types it, the module that runs it).
# ruff: every rule family aimed at these bug classes (flake8-bugbear,
# flake8-async, ruff's own, pylint errors and warnings, logging format,
# bandit, gettext); flake8 and bandit with their defaults.
TOOLS = (
    (
        "ruff",
        "ruff check --isolated --no-cache --select B,ASYNC,RUF,PLE,PLW,G,S,INT example.py",
        "ruff",
    ),
    ("flake8", "flake8 --isolated example.py", "flake8"),
    ("bandit", "bandit -q example.py", "bandit"),
    ("pylint", "pylint example.py", "pylint"),
)


def _versions() -> str:
    """One line naming every tool's version (pinned in the ``test`` extra)."""
    names = ("ruff", "flake8", "bandit", "pylint", "checkers-pkg")
    found = []
    for name in names:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            if name == "checkers-pkg":  # run from a clone, not installed
                source = (ROOT / "checkers_pkg" / "__init__.py").read_text(encoding="utf-8")
                version = re.search(r'__version__ = "([^"]+)"', source)
                found.append(f"{name} {version.group(1) if version else '?'}")
    return ", ".join(found) + "\n"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # Run from a clone without installing: the suite is importable anyway.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    env.pop("NO_COLOR", None)
    env["TERM"] = "dumb"
    return env


def capture(stem: str, command: str, module: str) -> str:
    """The text a user sees: the version, the prompt line and the output."""
    argv = shlex.split(command)
    completed = subprocess.run(
        [sys.executable, "-m", module, *argv[1:]],
        capture_output=True, text=True, check=False, cwd=HERE, env=_env(),
    )
    output = completed.stdout.rstrip()
    if stem == "bandit" and not output:
        output = "(no findings)"
    return f"$ {command}\n{output or '(no output)'}\n"


def expected() -> dict[Path, str]:
    files = {}
    for stem, command, module in TOOLS:
        files[OUTPUT / f"{stem}.txt"] = capture(stem, command, module)
    files[OUTPUT / "versions.txt"] = _versions()
    return files


def main(argv: list[str]) -> int:
    files = expected()
    if "--check" in argv:
        stale = [
            path.name
            for path, text in files.items()
            if not path.exists() or path.read_text(encoding="utf-8") != text
        ]
        if stale:
            print("stale, run docs/compare/capture.py:", ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    OUTPUT.mkdir(exist_ok=True)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
