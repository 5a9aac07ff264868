"""Test-session options pylint's functional runner expects from its host."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--minimal-messages-config",
        action="store_true",
        default=False,
        help="Functional tests: enable only the messages a fixture expects "
        "(pylint's own option, read by LintModuleTest).",
    )
    parser.addoption(
        "--update-functional-output",
        action="store_true",
        default=False,
        help="Functional tests: rewrite each fixture's .txt from the actual output.",
    )
