"""Syntactic questions the fixers share: where ``await`` may be written,
when an expression needs parentheses, how to add an import or a keyword.
No inference: the finding already proved what the code means."""

from __future__ import annotations

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.fixes.model import Edit
from checkers_pkg.fixes.source import Source

# Parents in which any expression can replace a call without parentheses.
_LOOSE_PARENTS = (
    nodes.Expr,
    nodes.Assign,
    nodes.AnnAssign,
    nodes.Return,
    nodes.Keyword,
    nodes.List,
    nodes.Set,
    nodes.FormattedValue,
)


def awaitable_here(node: nodes.NodeNG) -> bool:
    """Whether ``await`` may be written at ``node``: its nearest function is
    an ``async def`` and no lambda, class or generator expression (which
    ``await`` would turn into an async generator) stands between them."""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.AsyncFunctionDef):
            return True
        if isinstance(parent, (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef, nodes.Module)):
            return False
        if isinstance(parent, nodes.GeneratorExp):
            return False
        parent = parent.parent
    return False


def needs_parentheses(node: nodes.NodeNG) -> bool:
    """Whether a binary-operator expression (``_("...") % x``) put where
    ``node`` is must be parenthesised to keep its meaning."""
    parent = node.parent
    if isinstance(parent, (*_LOOSE_PARENTS, nodes.Tuple, nodes.Dict, nodes.Compare, nodes.BoolOp)):
        return False
    if isinstance(parent, nodes.UnaryOp):
        return parent.op != "not"
    if isinstance(parent, nodes.Call):
        return node is parent.func
    if isinstance(parent, (nodes.If, nodes.While, nodes.Assert, nodes.IfExp)):
        return node is not parent.test
    return True


def is_primary_operand(node: nodes.NodeNG) -> bool:
    """Whether ``node`` is the receiver of an attribute, subscript or call,
    where ``await node`` needs parentheses (``(await f()).attr``)."""
    parent = node.parent
    return (
        (isinstance(parent, nodes.Attribute) and node is parent.expr)
        or (isinstance(parent, nodes.Subscript) and node is parent.value)
        or (isinstance(parent, nodes.Call) and node is parent.func)
    )


def await_expression(source: Source, node: nodes.NodeNG, awaited: str | None = None) -> str:
    """``await <node>`` (or ``await <awaited>``), parenthesised where needed."""
    text = f"await {source.segment(node) if awaited is None else awaited}"
    return f"({text})" if is_primary_operand(node) else text


def newline_of(source: Source) -> str:
    """The file's own line ending."""
    for ending in ("\r\n", "\n", "\r"):
        if ending in source.text:
            return ending
    return "\n"


def lookup(node: nodes.NodeNG, name: str) -> tuple[nodes.NodeNG, list[nodes.NodeNG]] | None:
    """Where ``name`` is bound, seen from ``node`` (scope rules only)."""
    try:
        return node.scope().scope_lookup(node, name)
    except (AttributeError, RecursionError, AstroidError):
        return None


def binds_module(node: nodes.NodeNG, module: str) -> bool | None:
    """Whether ``module`` is, where ``node`` is, the name of that module:
    True (imported), None (not bound at all: an import can be added),
    False (bound to something else: no fix)."""
    found = lookup(node, module)
    if found is None:
        return False
    frame, bindings = found
    if not bindings or frame.qname() == "builtins":
        return None
    for binding in bindings:
        if not isinstance(binding, nodes.Import):
            return False
        if not any(
            alias is None and (name == module or name.startswith(module + "."))
            for name, alias in binding.names
        ):
            return False
    return True


def import_edit(source: Source, module: str) -> Edit:
    """Insert ``import <module>`` before the module's first import (after
    its docstring and ``from __future__`` imports), or after those."""
    tree = source.tree
    assert tree is not None
    line = f"import {module}{newline_of(source)}"
    after_header = None
    for statement in tree.body:
        if isinstance(statement, nodes.ImportFrom) and statement.modname == "__future__":
            after_header = statement
            continue
        if isinstance(statement, (nodes.Import, nodes.ImportFrom)):
            return Edit(*(2 * (source.line_starts[statement.fromlineno - 1],)), line)
        break
    if after_header is None and tree.doc_node is not None:
        after_header = tree.doc_node
    if after_header is None:
        return Edit(0, 0, line)
    end_line = after_header.end_lineno or after_header.lineno
    if end_line < len(source.line_starts):
        start = source.line_starts[end_line]
        return Edit(start, start, line)
    end = len(source.text)
    return Edit(end, end, newline_of(source) + line)


def add_keyword(source: Source, call: nodes.Call, keyword: str) -> Edit | None:
    """Add ``keyword`` (``name=value``) as the call's last argument; None when
    the call unpacks ``**kwargs`` (which might hold the same name)."""
    if any(kw.arg is None for kw in call.keywords or ()):
        return None
    arguments = [*call.args, *(call.keywords or ())]
    if not arguments:
        end = source.end(call)
        if source.text[end - 1 : end] != ")":
            return None
        return Edit(end - 1, end - 1, keyword)
    last = max(arguments, key=source.end)
    position = source.end(last)
    return Edit(position, position, f", {keyword}")


def keyword_named(call: nodes.Call, name: str) -> nodes.Keyword | None:
    """The call's ``name=`` argument, if it has one."""
    for keyword in call.keywords or ():
        if keyword.arg == name:
            return keyword
    return None


def set_keyword(source: Source, call: nodes.Call, name: str, value: str) -> Edit | None:
    """Give the call ``name=value``: replace the value it passes, or add the
    keyword (None when ``**kwargs`` might hold it)."""
    given = keyword_named(call, name)
    if given is not None:
        return replace(source, given.value, value)
    return add_keyword(source, call, f"{name}={value}")


def replace(source: Source, node: nodes.NodeNG, text: str) -> Edit:
    """Replace the node's text."""
    return Edit(source.start(node), source.end(node), text)


def insert_before(source: Source, node: nodes.NodeNG, text: str) -> Edit:
    """Insert ``text`` where the node starts."""
    start = source.start(node)
    return Edit(start, start, text)
