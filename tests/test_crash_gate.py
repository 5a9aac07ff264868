"""The zero-crash gate on a sample that runs in every test run; the whole
corpus and standard library run with ``python benchmarks/crashes.py``."""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

from crashes import added_crashes  # noqa: E402

STDLIB = Path(sysconfig.get_paths()["stdlib"])
# Gnarly real modules: heavy inference, metaclasses, decorators, C shadows,
# async code, star imports, import cycles (functools <-> _functools).
SAMPLE = [
    "typing.py", "enum.py", "dataclasses.py", "functools.py", "inspect.py", "argparse.py",
    "asyncio/tasks.py", "asyncio/base_events.py", "asyncio/streams.py", "unittest/mock.py",
    "concurrent/futures/_base.py", "email/_header_value_parser.py", "sqlite3/__init__.py",
    "re/_parser.py", "subprocess.py", "shutil.py", "socket.py", "http/client.py",
]


def test_the_suite_adds_no_crash_on_real_modules() -> None:
    targets = [STDLIB / name for name in SAMPLE if (STDLIB / name).exists()]
    assert len(targets) >= len(SAMPLE) - 3, "the sample is missing from this interpreter"
    assert added_crashes(targets) == []


CRASHING_PLUGIN = """
from pylint.checkers import BaseChecker


class Crashing(BaseChecker):
    name = "crashing-for-the-gate"
    msgs = {"W9901": ("never", "never-emitted", "A message so the checker can be enabled.")}

    def visit_call(self, node):
        raise RuntimeError("a checker bug")


def register(linter):
    linter.register_checker(Crashing(linter))
"""


def test_the_gate_catches_a_crashing_checker(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "crashing_plugin.py").write_text(CRASHING_PLUGIN)
    (tmp_path / "victim.py").write_text("print('hello')\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    found = added_crashes([tmp_path / "victim.py"], plugin="crashing_plugin",
                          enable="crashing-for-the-gate")
    assert any("astroid-error" in crash for crash in found), found
