"""Checking option values after pylint has read them.

pylint's option types cannot say "a fully qualified name" or "a non-negative
int", so values are checked once the configuration is loaded (the plugin's
``load_configuration`` hook) and a bad one stops the run with the same kind of
usage error argparse gives for ``--max-line-length=abc``: a message naming the
option, exit status 2, no traceback.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable

QUALIFIED_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+")


def bad_qualified_names(option: str, values: Iterable[str]) -> list[str]:
    """Problems with a list of fully qualified names (``module.function``)."""
    return [
        f"argument --{option}: {value!r} is not a fully qualified name "
        "(expected a dotted path such as time.sleep or mylib.Client.fetch)"
        for value in values
        if not QUALIFIED_NAME.fullmatch(value)
    ]


def bad_non_negative(option: str, value: int) -> list[str]:
    """Problems with a count that cannot be negative."""
    return [] if value >= 0 else [f"argument --{option}: must be 0 or more, got {value}"]


def stop_on_bad_values(problems: list[str]) -> None:
    """Exit like argparse does for an invalid value (status 2, usage line)."""
    if problems:
        parser = argparse.ArgumentParser(prog="pylint", usage="%(prog)s [options]")
        parser.error("; ".join(problems))
