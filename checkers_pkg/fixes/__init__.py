"""Fixes: the one right edit for a finding, where the finding shows it.

Computed after the lint from each message's exact position (pylint messages
carry no payload, and ``-j N`` workers run in other processes): the file is
re-read and re-parsed, the node at the message's span found, and the edit
built from the source text. ``checkers-pkg --diff`` shows them,
``--fix`` applies them, the SARIF reporter attaches them to its results.
"""

from __future__ import annotations

# The fixers register themselves on import.
from checkers_pkg.fixes import asynchronous, correctness, logging_i18n, security  # noqa: F401
from checkers_pkg.fixes.apply import FileOutcome, compiles, fix_files, fixes_for, write
from checkers_pkg.fixes.model import Edit, Fix
from checkers_pkg.fixes.registry import FIX_DOCS, FIXERS, FixDoc
from checkers_pkg.fixes.source import Source

__all__ = [
    "FIXERS",
    "FIX_DOCS",
    "Edit",
    "FileOutcome",
    "Fix",
    "FixDoc",
    "Source",
    "compiles",
    "fix_files",
    "fixes_for",
    "write",
]
