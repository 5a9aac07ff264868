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
  keys, so a finding keeps its identity when lines are added above it.
* Output is sorted (rules by id, results by path, position and id) so two
  runs on the same code give byte-identical files, whatever ``-j`` did.
"""

from __future__ import annotations

import hashlib
import json
import linecache
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pylint import __version__ as pylint_version
from pylint.exceptions import UnknownMessageError
from pylint.reporters.base_reporter import BaseReporter

from checkers_pkg.reporters.links import message_category, message_help_uri

if TYPE_CHECKING:
    from pylint.message import Message
    from pylint.reporters.ureports.nodes import Section

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "pylintFindingHash/v1"

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
    """The file as a relative POSIX path when it lies under the working
    directory (what code scanning expects), else as a file URI."""
    path = Path(message.abspath or message.path)
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.resolve().as_uri() if path.is_absolute() else Path(message.path).as_posix()


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


def _line_text(message: Message) -> str:
    if not message.abspath or not message.line:
        return ""
    return linecache.getline(message.abspath, message.line).strip()


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
        messages = sorted(
            self.messages,
            key=lambda m: (_uri(m), m.line or 0, m.column or 0, m.msg_id, m.msg or ""),
        )
        rule_ids = sorted({m.msg_id for m in messages})
        rules = [self._rule(msg_id) for msg_id in rule_ids]
        index = {msg_id: position for position, msg_id in enumerate(rule_ids)}
        seen: Counter[tuple[str, str, str]] = Counter()
        results = []
        for message in messages:
            key = (_uri(message), message.msg_id, _line_text(message))
            seen[key] += 1
            results.append(self._result(message, index[message.msg_id], key, seen[key]))
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
        return {
            "id": msg_id,
            "name": definition.symbol,
            "shortDescription": {"text": definition.msg},
            "fullDescription": {"text": full},
            "help": {"text": full},
            "helpUri": message_help_uri(definition.symbol, definition.checker_name, category),
            "defaultConfiguration": {"level": LEVELS.get(category, "warning")},
            "properties": {"tags": [category, definition.checker_name]},
        }

    @staticmethod
    def _result(
        message: Message, rule_index: int, key: tuple[str, str, str], occurrence: int
    ) -> dict[str, Any]:
        digest = hashlib.sha256("\0".join((*key, str(occurrence))).encode("utf-8")).hexdigest()
        return {
            "ruleId": message.msg_id,
            "ruleIndex": rule_index,
            "level": LEVELS.get(message.category, "warning"),
            "message": {"text": message.msg or message.symbol},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": key[0]},
                        "region": _region(message),
                    },
                    "logicalLocations": [
                        {
                            "fullyQualifiedName": ".".join(
                                part for part in (message.module, message.obj) if part
                            )
                            or message.module
                            or key[0],
                        }
                    ],
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: digest[:32]},
            "properties": {"symbol": message.symbol, "confidence": message.confidence.name},
        }
