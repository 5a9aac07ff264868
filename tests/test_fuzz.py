"""Fuzzing: generated programs and mutated real files never make the suite
raise. A few hundred examples per normal run; set CHECKERS_PKG_FUZZ_EXAMPLES
for a longer profile (e.g. 5000)."""

from __future__ import annotations

import itertools
import os
import tempfile
from pathlib import Path

import hypothesmith
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pylint.lint import Run
from pylint.reporters import CollectingReporter

from .lint_helpers import CRASH_SYMBOLS, EMPTY_RC, OUR_CHECKERS

EXAMPLES = int(os.environ.get("CHECKERS_PKG_FUZZ_EXAMPLES", "300"))
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
    derandomize=True,
)
ROOT = Path(__file__).parent.parent
REAL_FILES = sorted(
    [*(ROOT / "tests" / "functional").rglob("*.py"), *(ROOT / "docs" / "messages").rglob("*.py"),
     *(ROOT / "examples").rglob("*.py")]
)


class SuiteLinter:
    """One pylint linter with the suite on, reused for every example: each
    example goes to a new file name, since astroid caches modules by name."""

    def __init__(self) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="checkers_pkg_fuzz_"))
        self.names = itertools.count()
        seed = self.directory / "seed.py"
        seed.write_text("")
        run = Run([f"--rcfile={EMPTY_RC}", "--persistent=n", "--load-plugins=checkers_pkg",
                   "--disable=all", f"--enable={OUR_CHECKERS},astroid-error,fatal", str(seed)],
                  reporter=CollectingReporter(), exit=False)
        self.linter = run.linter

    def findings(self, source: str) -> list[tuple[str, str]]:
        path = self.directory / f"case_{next(self.names)}.py"
        path.write_text(source, encoding="utf-8")
        reporter = CollectingReporter()
        self.linter.set_reporter(reporter)
        self.linter.check([str(path)])
        return [(m.symbol, m.msg) for m in reporter.messages]

    def crashes(self, source: str) -> list[str]:
        return [f"{symbol}: {msg}" for symbol, msg in self.findings(source)
                if symbol in CRASH_SYMBOLS]


@pytest.fixture(scope="module")
def suite_linter() -> SuiteLinter:
    return SuiteLinter()


# Python's own compile warnings on generated code are expected noise here.
quiet_compiler = pytest.mark.filterwarnings("ignore::SyntaxWarning", "ignore::DeprecationWarning")


@quiet_compiler
@FUZZ_SETTINGS
@given(source=hypothesmith.from_grammar())
def test_generated_programs(suite_linter: SuiteLinter, source: str) -> None:
    assert suite_linter.crashes(source) == []


def _mutate(text: str, operations: list[tuple[str, int]]) -> str:
    lines = text.splitlines()
    for operation, position in operations:
        if not lines:
            break
        index = position % len(lines)
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "dedent":
            lines[index] = lines[index].lstrip()
        elif operation == "await":
            lines[index] = lines[index].replace("(", "(await ", 1)
        elif operation == "async":
            lines[index] = lines[index].replace("def ", "async def ", 1)
        elif operation == "truncate":
            lines[index] = lines[index][: len(lines[index]) // 2]
    return "\n".join(lines) + "\n"


MUTATIONS = st.lists(
    st.tuples(st.sampled_from(["delete", "duplicate", "dedent", "await", "async", "truncate"]),
              st.integers(min_value=0, max_value=10_000)),
    min_size=1, max_size=6,
)


@quiet_compiler
@FUZZ_SETTINGS
@given(path=st.sampled_from(REAL_FILES), operations=MUTATIONS)
def test_mutated_real_files(suite_linter: SuiteLinter, path: Path, operations: list) -> None:
    source = _mutate(path.read_text(encoding="utf-8"), operations)
    assert suite_linter.crashes(source) == []


def test_the_fuzz_linter_runs_the_suite(suite_linter: SuiteLinter) -> None:
    """Silence above means something: the reused linter does report findings."""
    source = "import time\n\nasync def handler():\n    time.sleep(1)\n"
    assert [symbol for symbol, _ in suite_linter.findings(source)] == ["blocking-call-in-async"]
    assert REAL_FILES, "no real files to mutate"
