"""``checkers-pkg`` / ``python -m checkers_pkg``: pylint with the suite
alone, plus fixes (``--diff``, ``--fix``) and a baseline."""

from __future__ import annotations

import sys

from pylint.lint import PyLinter, Run

from checkers_pkg.cli.arguments import USAGE, UsageError, split_arguments
from checkers_pkg.cli.baseline import BaselineError, read_baseline
from checkers_pkg.cli.session import Session

PLUGINS = "checkers_pkg,checkers_pkg.cli.session"


def suite_arguments() -> list[str]:
    """The pylint options that load the suite and, through the session
    plugin, turn off everything else (after the project's configuration)."""
    return [f"--load-plugins={PLUGINS}"]


def main(argv: list[str] | None = None) -> None:
    """Run pylint with the suite alone; exits with pylint's status, or with
    the fix and baseline modes' own (see ``USAGE``)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if "-h" in arguments or "--help" in arguments:
        print(USAGE)
    try:
        options, rest = split_arguments(arguments)
    except UsageError as error:
        print(f"checkers-pkg: {error}\n\n{USAGE}", file=sys.stderr)
        sys.exit(32)
    with Session(options) as session:
        if options.baseline is not None:
            try:
                session.known = read_baseline(options.baseline)
            except BaselineError as error:
                print(f"checkers-pkg: {error}", file=sys.stderr)
                sys.exit(32)
        run = Run([*suite_arguments(), *rest], exit=False)
        # pylint closes ``--output-format=<format>:<file>`` files only when
        # its reporter is garbage-collected; the suite freezes the heap at
        # exit (checkers/_heap.py), so that may never happen and the file
        # would stay empty: close them here.
        close = getattr(run.linter.reporter, "close_output_files", None)
        if close is not None:
            close()
        if options.collects and session.exit_code is not None and not (
            run.linter.config.exit_zero and not options.diff
        ):
            sys.exit(session.exit_code)
    sys.exit(pylint_status(run.linter))


def pylint_status(linter: PyLinter) -> int:
    """The status pylint's own ``Run`` exits with (exit-zero, fail-on,
    fail-under), for a run made with ``exit=False``."""
    if linter.config.exit_zero:
        return 0
    if linter.any_fail_on_issues():
        return linter.msg_status or 1
    if linter.stats.statement and linter.stats.global_note < linter.config.fail_under:
        return linter.msg_status or 1
    return linter.msg_status
