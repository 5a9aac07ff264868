"""Fixes of the correctness messages: flags by keyword, results assigned
back, mock assertions called (or spelt right), one container per key."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from astroid import nodes

from checkers_pkg.fixes.model import Edit
from checkers_pkg.fixes.registry import Proposal, fixer, reported_node
from checkers_pkg.fixes.source import Source
from checkers_pkg.fixes.syntax import insert_before, lookup, replace

if TYPE_CHECKING:
    from pylint.message import Message

# What the checker decided, said in its message.
_FLAGS_BY_KEYWORD = "; pass it as flags="
_ASSIGN_BACK = "; assign it: "
_CALL_IT = "; call it: "
# Assertions whose right call takes no argument: calling the others bare
# would assert something else (no arguments) or fail (assert_has_calls()).
_NO_ARGUMENT_ASSERTIONS = frozenset({
    "assert_called", "assert_called_once", "assert_not_called",
    "assert_awaited", "assert_awaited_once", "assert_not_awaited",
})
_CLOSEST = re.compile(r"; use .*\.(?P<name>\w+)\(\)$")


@fixer(
    "regex-flag-as-positional",
    "safe",
    "``re.sub(p, r, s, re.I)`` becomes ``re.sub(p, r, s, flags=re.I)`` for the "
    "module functions when the flag is the last positional argument; a compiled "
    "pattern's method has no flags argument, so no fix there",
)
def flags_by_keyword(
    source: Source, message: Message, _others: Sequence[Message]
) -> Proposal | None:
    """``flags=`` before a flag passed last by position to a module function."""
    if _FLAGS_BY_KEYWORD not in (message.msg or ""):
        return None
    flag = reported_node(source, message, nodes.NodeNG)
    call = flag.parent if flag is not None else None
    if not isinstance(call, nodes.Call) or not call.args or call.args[-1] is not flag:
        return None
    if any(kw.arg in {"flags", None} for kw in call.keywords or ()):
        return None
    return Proposal("pass the flag by keyword", (insert_before(source, flag, "flags="),), True)


@fixer(
    "ignored-return-value",
    "unsafe",
    "``name.strip()`` becomes ``name = name.strip()`` when the message says "
    "the result can be assigned back (a local name or attribute); other cases "
    "(``sorted(x)``, a lazy ``map``) are left to you",
)
def assign_back(source: Source, message: Message, _others: Sequence[Message]) -> Proposal | None:
    """``target = target.method()`` where the message says it can be assigned."""
    if _ASSIGN_BACK not in (message.msg or ""):
        return None
    call = reported_node(source, message, nodes.Call)
    if call is None or not isinstance(call.parent, nodes.Expr):
        return None
    receiver = call.func.expr if isinstance(call.func, nodes.Attribute) else None
    if not isinstance(receiver, (nodes.Name, nodes.Attribute)):
        return None
    target = source.segment(receiver)
    return Proposal(
        f"assign the result to {target}", (insert_before(source, call, f"{target} = "),), False
    )


def _statement_call(source: Source, attribute: nodes.Attribute, call_text: str) -> Edit | None:
    """``assert m.assert_called_once`` becomes ``m.assert_called_once()``:
    the assertion returns None, so it must not stay under ``assert``."""
    statement = attribute.parent
    if isinstance(statement, nodes.Call):
        statement = statement.parent
    if isinstance(statement, nodes.Expr):
        return None
    if isinstance(statement, nodes.Assert) and statement.fail is None:
        return replace(source, statement, call_text)
    return None


@fixer(
    "mock-assertion-no-op",
    "safe or unsafe",
    "an assertion that takes no argument and is never called is called "
    "(``m.assert_called_once()``, safe); "
    "an invented one that is called is renamed to the nearest real assertion "
    "(``m.called_once_with(1)`` becomes ``m.assert_called_once_with(1)``, unsafe: "
    "the test may now fail, as it should)",
)
def real_assertion(
    source: Source, message: Message, _others: Sequence[Message]
) -> Proposal | None:
    """Call the assertion, or rename an invented one that is called."""
    attribute = reported_node(source, message, nodes.Attribute)
    if attribute is None:
        return None
    text = message.msg or ""
    parent = attribute.parent
    if _CALL_IT in text:
        if attribute.attrname not in _NO_ARGUMENT_ASSERTIONS:
            return None  # assert_called_with() without the arguments asserts no arguments
        call_text = f"{source.segment(attribute)}()"
        if isinstance(parent, nodes.Expr):
            edit = replace(source, attribute, call_text)
        else:
            edit = _statement_call(source, attribute, call_text)
        if edit is None:
            return None
        return Proposal("call the assertion", (edit,), True)
    closest = _CLOSEST.search(text)
    if closest is None or not (isinstance(parent, nodes.Call) and parent.func is attribute):
        return None
    end = source.end(attribute)
    rename = Edit(end - len(attribute.attrname), end, closest["name"])
    if not isinstance(parent.parent, nodes.Expr):
        renamed = source.segment(parent)
        offset = rename.start - source.start(parent)
        renamed = renamed[:offset] + closest["name"] + renamed[offset + len(attribute.attrname):]
        statement = _statement_call(source, attribute, renamed)
        if statement is None:
            return None
        rename = statement
    return Proposal(f"use {closest['name']}()", (rename,), False)


# Containers built afresh for each key when re-evaluated: displays of
# constants and names, and these constructors with constant arguments.
_FRESH_CONSTRUCTORS = frozenset({"list", "dict", "set", "bytearray", "deque", "defaultdict",
                                 "OrderedDict", "Counter"})
_TYPE_ARGUMENTS = frozenset({"list", "dict", "set", "int", "str", "float", "bytearray"})


def _fresh_per_key(node: nodes.NodeNG) -> bool:
    """Whether evaluating ``node`` once per key gives a new, equal container
    each time, with no side effect (no call but a known constructor)."""
    if isinstance(node, (nodes.List, nodes.Set, nodes.Tuple)):
        return all(_fresh_per_key(element) for element in node.elts)
    if isinstance(node, nodes.Dict):
        return all(_fresh_per_key(k) and _fresh_per_key(v) for k, v in node.items)
    if isinstance(node, nodes.Const):
        return True
    if isinstance(node, nodes.Name) and not isinstance(node.parent, nodes.Call):
        return node.parent is not None and isinstance(
            node.parent, (nodes.List, nodes.Set, nodes.Tuple, nodes.Dict)
        )  # an element read again per key; the container is new
    if isinstance(node, nodes.Call):
        func = node.func
        name = func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", None)
        if isinstance(func, nodes.Attribute) and func.expr.as_string() != "collections":
            return False
        if name not in _FRESH_CONSTRUCTORS or node.keywords:
            return False
        return all(
            isinstance(arg, nodes.Name) and arg.name in _TYPE_ARGUMENTS or _fresh_per_key(arg)
            for arg in node.args
        )
    return False


def _names_in(node: nodes.NodeNG) -> set[str]:
    return {name.name for name in node.nodes_of_class(nodes.Name)}


@fixer(
    "mutable-fromkeys-value",
    "safe",
    "``dict.fromkeys(keys, [])`` becomes ``{key: [] for key in keys}`` when the value "
    "is a display or a constructor call (``[]``, ``set()``, ``defaultdict(list)``) "
    "that can be built again for each key; a value held in a name is left to you",
)
def one_per_key(source: Source, message: Message, _others: Sequence[Message]) -> Proposal | None:
    """A dict comprehension that builds the value once per key."""
    value = reported_node(source, message, nodes.NodeNG)
    call = value.parent if value is not None else None
    if not isinstance(call, nodes.Call) or len(call.args) != 2 or call.args[1] is not value:
        return None
    func = call.func
    if not (isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Name)
            and func.expr.name == "dict" and func.attrname == "fromkeys"):
        return None
    if call.keywords or not _fresh_per_key(value):
        return None
    if isinstance(call.scope(), nodes.ClassDef) and _names_in(value):
        return None  # a class body's names are not visible in a comprehension
    shadowed = _names_in(value) | _names_in(call.args[0])
    if "dict" in _bound_names(call):
        return None
    key = next(name for name in ("key", "key_", "key__", "dict_key") if name not in shadowed)
    text = f"{{{key}: {source.segment(value)} for {key} in {source.segment(call.args[0])}}}"
    return Proposal("build one value per key", (replace(source, call, text),), True)


def _bound_names(node: nodes.NodeNG) -> set[str]:
    """``{"dict"}`` when ``dict`` is rebound where ``node`` is (then it is not
    the builtin), else an empty set."""
    found = lookup(node, "dict")
    if found is None:
        return {"dict"}
    frame, bindings = found
    return {"dict"} if bindings and frame.qname() != "builtins" else set()
