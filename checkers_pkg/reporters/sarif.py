"""SARIF 2.1.0 output, so that code scanning (GitHub, GitLab, Azure DevOps)
can show pylint's findings in pull requests and track them across commits.

``pylint --load-plugins=checkers_pkg --output-format=sarif`` prints it;
``--output-format=sarif:report.sarif`` writes it to a file, like every
pylint format; ``--output-format=checkers_pkg.reporters.sarif.SarifReporter``
works without loading the plugin. Every message pylint emits is reported,
pylint's own too: a rule per emitted message id, a result per finding.

Why these choices:

* pylint's columns are 0-based and its end column is exclusive; SARIF's are
  1-based with an exclusive end column, so both shift by one.
* A finding that pylint reports without a line (a file that cannot be parsed,
  ``line 0``) still needs a region for code scanning: it points at line 1.
* ``partialFingerprints`` hash the path, the message id and the text of the
  flagged line (not its number), plus an occurrence count among identical
  keys, so a finding keeps its identity when lines are added above it
  (``fingerprints.py``; the baseline matches findings by the same hash).
* Each finding the suite can fix carries its fix (``fixes`` with
  ``artifactChanges``/``replacements``), computed as ``checkers-pkg --diff``
  computes it; an unsafe one says so in its description and properties.
* Rules have a title without templates, ``security`` tags, a CWE and a
  ``security-severity`` for the security rules, and a ``precision``: what
  GitHub code scanning reads to list and rank alerts.
* Output is sorted (rules by id, results by path, position and id) so two
  runs on the same code give byte-identical files, whatever ``-j`` did.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pylint import __version__ as pylint_version
from pylint.exceptions import UnknownMessageError
from pylint.reporters.base_reporter import BaseReporter

from checkers_pkg.reporters.fingerprints import (
    FINGERPRINT_KEY,
    fingerprints,
    relative_uri,
    sort_key,
)
from checkers_pkg.reporters.links import OUR_CHECKER_PREFIX, message_category, message_help_uri
from checkers_pkg.reporters.rules import rule_properties, short_description

if TYPE_CHECKING:
    from pylint.message import Message
    from pylint.reporters.ureports.nodes import Section

    from checkers_pkg.fixes import Fix, Source

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"

# pylint's message categories to SARIF's default levels.
LEVELS = {
    "fatal": "error",
    "error": "error",
    "warning": "warning",
    "refactor": "note",
    "convention": "note",
    "info": "note",
    "information": "note",
}


def _uri(message: Message) -> str:
    return relative_uri(message)


def _region(message: Message) -> dict[str, int]:
    line = max(message.line or 1, 1)
    region = {"startLine": line, "startColumn": max(message.column or 0, 0) + 1}
    if message.end_line is not None and message.end_column is not None:
        end_line = max(message.end_line, line)
        end_column = message.end_column + 1
        if end_line > line or end_column > region["startColumn"]:
            region["endLine"] = end_line
            region["endColumn"] = end_column
    return region


def _position(source: Source, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a text offset."""
    line = bisect.bisect_right(source.line_starts, offset)
    return line, offset - source.line_starts[line - 1] + 1


def _sarif_fix(fix: Fix, source: Source, uri: str) -> dict[str, Any]:
    replacements = []
    for edit in sorted(fix.edits, key=lambda e: (e.start, e.end)):
        start_line, start_column = _position(source, edit.start)
        end_line, end_column = _position(source, edit.end)
        replacements.append(
            {
                "deletedRegion": {
                    "startLine": start_line,
                    "startColumn": start_column,
                    "endLine": end_line,
                    "endColumn": end_column,
                },
                "insertedContent": {"text": edit.replacement},
            }
        )
    kind = "" if fix.safe else " (unsafe: may change behaviour; checkers-pkg --fix --unsafe-fixes)"
    return {
        "description": {"text": fix.description + kind},
        "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": replacements}],
        "properties": {"safe": fix.safe},
    }


def _fixes(messages: list[Message]) -> dict[int, dict[str, Any]]:
    """The SARIF fix of each fixable message (by ``id()``), computed from
    the files as they are now."""
    # Imported here: the fixers are only needed when a result can be fixed.
    from checkers_pkg.fixes import FIXERS, Source, fixes_for  # pylint: disable=import-outside-toplevel

    by_file: dict[str, list[Message]] = defaultdict(list)
    for message in messages:
        if message.abspath:
            by_file[message.abspath].append(message)
    found: dict[int, dict[str, Any]] = {}
    for abspath, in_file in by_file.items():
        if not any(message.symbol in FIXERS for message in in_file):
            continue
        try:
            source = Source.read(Path(abspath))
        except (OSError, SyntaxError, UnicodeError):
            continue
        fixes = {(fix.symbol, fix.line, fix.column): fix for fix in fixes_for(source, in_file)}
        for message in in_file:
            fix = fixes.get((message.symbol, message.line, message.column))
            if fix is not None:
                found[id(message)] = _sarif_fix(fix, source, _uri(message))
    return found


class SarifReporter(BaseReporter):
    """Collect every message, then print one SARIF 2.1.0 log at the end."""

    name = "sarif"
    extension = "sarif"

    def display_reports(self, layout: Section) -> None:
        """Reports (the ``-r y`` tables) have no place in SARIF."""

    def _display(self, layout: Section) -> None:
        """Nothing: everything is written by display_messages."""

    def display_messages(self, layout: Section | None) -> None:
        print(json.dumps(self.sarif_log(), indent=2, sort_keys=False), file=self.out)

    def sarif_log(self) -> dict[str, Any]:
        """The whole log as a JSON-ready dict (tests validate it)."""
        messages = sorted(self.messages, key=sort_key)
        rule_ids = sorted({m.msg_id for m in messages})
        rules = [self._rule(msg_id) for msg_id in rule_ids]
        index = {msg_id: position for position, msg_id in enumerate(rule_ids)}
        fixes = _fixes(messages)
        results = []
        for message, printed in fingerprints(messages):
            result = self._result(message, index[message.msg_id], printed)
            if id(message) in fixes:
                result["fixes"] = [fixes[id(message)]]
            results.append(result)
        return {
            "$schema": SARIF_SCHEMA,
            "version": SARIF_VERSION,
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "pylint",
                            "version": pylint_version,
                            "semanticVersion": pylint_version,
                            "informationUri": "https://pylint.readthedocs.io/",
                            "rules": rules,
                        }
                    },
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                }
            ],
        }

    def _rule(self, msg_id: str) -> dict[str, Any]:
        try:
            definition = self.linter.msgs_store.get_message_definitions(msg_id)[0]
        except UnknownMessageError:
            return {"id": msg_id, "shortDescription": {"text": msg_id}}
        category = message_category(msg_id)
        full = " ".join(definition.description.split()) or definition.msg
        ours = definition.checker_name.startswith(OUR_CHECKER_PREFIX)
        help_uri = message_help_uri(definition.symbol, definition.checker_name, category)
        return {
            "id": msg_id,
            "name": definition.symbol,
            "shortDescription": {
                "text": short_description(definition.symbol, definition.msg, full)
            },
            "fullDescription": {"text": full},
            "help": {"text": f"{full} Documentation: {help_uri}"},
            "helpUri": help_uri,
            "defaultConfiguration": {"level": LEVELS.get(category, "warning")},
            "properties": rule_properties(
                definition.symbol, category, definition.checker_name, ours
            ),
        }

    @staticmethod
    def _result(message: Message, rule_index: int, printed: str) -> dict[str, Any]:
        uri = _uri(message)
        return {
            "ruleId": message.msg_id,
            "ruleIndex": rule_index,
            "level": LEVELS.get(message.category, "warning"),
            "message": {"text": message.msg or message.symbol},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": _region(message),
                    },
                    "logicalLocations": [
                        {
                            "fullyQualifiedName": ".".join(
                                part for part in (message.module, message.obj) if part
                            )
                            or message.module
                            or uri,
                        }
                    ],
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: printed},
            "properties": {"symbol": message.symbol, "confidence": message.confidence.name},
        }
