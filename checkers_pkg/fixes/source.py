"""One linted file as the fixers see it: its exact text, its astroid tree
(parsed again from that text, no inference), and the conversions between
astroid's positions and offsets into the text.

astroid's ``col_offset`` is a UTF-8 byte offset into the line (CPython's
``ast``); pylint reports it as the message column. Offsets used by edits are
character offsets, so non-ASCII text before a node is counted right.
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import astroid
from astroid import nodes

# Python's own line ends (str.splitlines also splits on \f, \x1c, ...).
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass
class Source:
    """The text of a file and the tree parsed from it."""

    path: Path
    data: bytes
    encoding: str
    text: str

    @classmethod
    def read(cls, path: Path) -> Source:
        """Read ``path`` exactly (raises OSError, SyntaxError, UnicodeError)."""
        data = path.read_bytes()
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
        if encoding == "utf-8-sig":
            text = text.removeprefix("\ufeff")
        return cls(path, data, encoding, text)

    @cached_property
    def line_starts(self) -> list[int]:
        """Offset of the first character of each line (index 0 is line 1)."""
        return [0] + [match.end() for match in _LINE_END.finditer(self.text)]

    @cached_property
    def tree(self) -> nodes.Module | None:
        """The module parsed again from the text, or None if it does not parse."""
        try:
            return astroid.parse(self.text, module_name="_checkers_pkg_fix", path=str(self.path))
        except (astroid.AstroidError, SyntaxError, ValueError, RecursionError):
            return None

    def line_text(self, line: int) -> str:
        """Line ``line`` (1-based) without its line end."""
        starts = self.line_starts
        if not 1 <= line <= len(starts):
            return ""
        end = starts[line] if line < len(starts) else len(self.text)
        return _LINE_END.sub("", self.text[starts[line - 1] : end])

    def offset(self, line: int, byte_column: int) -> int:
        """Character offset of astroid's (line, UTF-8 byte column)."""
        prefix = self.line_text(line).encode("utf-8")[:byte_column]
        return self.line_starts[line - 1] + len(prefix.decode("utf-8", errors="ignore"))

    def start(self, node: nodes.NodeNG) -> int:
        """Character offset where ``node`` starts."""
        return self.offset(node.lineno, node.col_offset)

    def end(self, node: nodes.NodeNG) -> int:
        """Character offset just after ``node``."""
        return self.offset(node.end_lineno, node.end_col_offset)

    def segment(self, node: nodes.NodeNG) -> str:
        """The node's text exactly as written (comments and layout kept)."""
        return self.text[self.start(node) : self.end(node)]

    @cached_property
    def _by_span(self) -> dict[tuple[int, int, int | None, int | None], list[nodes.NodeNG]]:
        found: dict[tuple[int, int, int | None, int | None], list[nodes.NodeNG]] = {}
        if self.tree is None:
            return found
        pending: list[nodes.NodeNG] = [self.tree]
        while pending:
            node = pending.pop()
            if node.lineno is not None and node.col_offset is not None:
                key = (node.fromlineno, node.col_offset, node.end_lineno, node.end_col_offset)
                found.setdefault(key, []).append(node)
            pending.extend(node.get_children())
        return found

    def node_at(
        self,
        line: int,
        column: int,
        end_line: int | None,
        end_column: int | None,
        kinds: tuple[type[nodes.NodeNG], ...],
    ) -> nodes.NodeNG | None:
        """The node of one of ``kinds`` that pylint reported at exactly this
        position (several nodes share a span: an ``Expr`` and its call)."""
        for node in self._by_span.get((line, column, end_line, end_column), ()):
            if isinstance(node, kinds):
                return node
        return None
