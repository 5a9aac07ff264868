"""What file-system path an expression holds, when it is built from constants.

Projects rarely write ``"/tmp/app.lock"`` at the call: they build the path
from a settings constant (``os.path.join(SPOOL, "x")``, ``Path(SPOOL, "x")``,
``Path(SPOOL) / "x"``, ``Path(SPOOL).joinpath("q", "x")``), hold it in an
enum member or a settings field, and pass the name. The text is constant
when every part is.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.inference.names import qualified_names
from checkers_pkg.inference.strings import string_value
from checkers_pkg.inference.values import assigned_value, bindings_of

MAX_PATH_DEPTH = 8
PATH_CLASSES = frozenset(
    f"pathlib.{cls}"
    for cls in ("Path", "PosixPath", "WindowsPath", "PurePath", "PurePosixPath", "PureWindowsPath")
)
PATH_JOINS = frozenset({"os.path.join", "posixpath.join", "ntpath.join"})


def constant_path(node: nodes.NodeNG) -> str | None:
    """The constant text of the path ``node`` holds, or None."""
    return _path(node, 0)


def _path(node: nodes.NodeNG, depth: int) -> str | None:
    if depth > MAX_PATH_DEPTH:
        return None
    text = string_value(node)
    if text.is_constant:
        return text.text
    if isinstance(node, nodes.Call) and not node.keywords:
        return _built_path(node, depth)
    if isinstance(node, nodes.BinOp) and node.op == "/":
        return _joined([node.left, node.right], depth)
    if isinstance(node, nodes.Name):
        values = [assigned_value(binding) for binding in bindings_of(node)]
        if not values or any(value is None for value in values):
            return None
        texts = {_path(value, depth + 1) for value in values}
        return texts.pop() if len(texts) == 1 else None
    return None


def _built_path(call: nodes.Call, depth: int) -> str | None:
    """``Path(a, b)``, ``os.path.join(a, b)``, ``base.joinpath(a, b)``."""
    func = call.func
    if isinstance(func, nodes.Attribute) and func.attrname == "joinpath":
        return _joined([func.expr, *call.args], depth)
    names = set(qualified_names(func))
    if names & (PATH_CLASSES | PATH_JOINS) and call.args:
        return _joined(list(call.args), depth)
    return None


def _joined(parts: list[nodes.NodeNG], depth: int) -> str | None:
    texts = [_path(part, depth + 1) for part in parts]
    if any(text is None for text in texts):
        return None
    path = ""
    for text in texts:
        assert text is not None
        path = text if text.startswith("/") or not path else f"{path.rstrip('/')}/{text}"
    return path
