"""What file-system path an expression holds, when it is built from constants.

Projects rarely write ``"/tmp/app.lock"`` at the call: they build the path
from a settings constant (``os.path.join(SPOOL, "x")``, ``Path(SPOOL, "x")``,
``Path(SPOOL) / "x"``, ``Path(SPOOL).joinpath("q", "x")``), hold it in an
enum member or a settings field, and pass the name. The text is constant
when every part is, also when a helper of the project builds it from the
names its caller passes (``spool_path("job.txt")`` returning
``Path("/tmp") / name``).
"""

from __future__ import annotations

from collections.abc import Mapping

from astroid import nodes

from checkers_pkg.inference.imports import definition_by_imports
from checkers_pkg.inference.names import qualified_names
from checkers_pkg.inference.strings import string_value
from checkers_pkg.inference.values import assigned_value, bindings_of

MAX_PATH_DEPTH = 8
PATH_CLASSES = frozenset(
    f"pathlib.{cls}"
    for cls in ("Path", "PosixPath", "WindowsPath", "PurePath", "PurePosixPath", "PureWindowsPath")
)
PATH_JOINS = frozenset({"os.path.join", "posixpath.join", "ntpath.join"})


# What each parameter of the helper being read holds: the constant text of
# the argument its caller passed, or None.
_Parameters = Mapping[nodes.AssignName, "str | None"]
_NO_PARAMETERS: _Parameters = {}


def constant_path(node: nodes.NodeNG) -> str | None:
    """The constant text of the path ``node`` holds, or None."""
    return _path(node, 0, _NO_PARAMETERS)


def _path(node: nodes.NodeNG, depth: int, parameters: _Parameters) -> str | None:
    if depth > MAX_PATH_DEPTH:
        return None
    if isinstance(node, nodes.Name):
        bindings = bindings_of(node)
        if len(bindings) == 1 and bindings[0] in parameters:
            return parameters[bindings[0]]  # type: ignore[index]
    text = string_value(node)
    if text.is_constant:
        return text.text
    if isinstance(node, nodes.Call) and not node.keywords:
        return _built_path(node, depth, parameters) or _returned_path(node, depth, parameters)
    if isinstance(node, nodes.BinOp) and node.op == "/":
        return _joined([node.left, node.right], depth, parameters)
    if parameters and isinstance(node, (nodes.BinOp, nodes.JoinedStr)):
        return _concatenated(node, depth, parameters)  # ``name + suffix``, ``f"{name}.job"``
    if isinstance(node, nodes.Name):
        values = [assigned_value(binding) for binding in bindings_of(node)]
        if not values or any(value is None for value in values):
            return None
        texts = {_path(value, depth + 1, parameters) for value in values}
        return texts.pop() if len(texts) == 1 else None
    return None


def _built_path(call: nodes.Call, depth: int, parameters: _Parameters) -> str | None:
    """``Path(a, b)``, ``os.path.join(a, b)``, ``base.joinpath(a, b)``."""
    func = call.func
    if isinstance(func, nodes.Attribute) and func.attrname == "joinpath":
        return _joined([func.expr, *call.args], depth, parameters)
    names = set(qualified_names(func))
    if names & (PATH_CLASSES | PATH_JOINS) and call.args:
        return _joined(list(call.args), depth, parameters)
    return None


def _returned_path(call: nodes.Call, depth: int, parameters: _Parameters) -> str | None:
    """What a plain function of the project returns, read with its
    parameters bound to the arguments of this call: one path on every
    ``return``, or None."""
    callee = definition_by_imports(call.func)
    if not isinstance(callee, nodes.FunctionDef) or callee.is_method() or callee.is_generator():
        return None
    bound = _bound_parameters(callee, call, depth, parameters)
    returned = [
        node.value for node in callee.nodes_of_class(nodes.Return) if node.scope() is callee
    ]
    if bound is None or not returned or any(value is None for value in returned):
        return None
    texts = {_path(value, depth + 1, bound) for value in returned}
    return texts.pop() if len(texts) == 1 else None


def _bound_parameters(
    callee: nodes.FunctionDef, call: nodes.Call, depth: int, parameters: _Parameters
) -> _Parameters | None:
    """Each positional parameter's text: the argument passed, else the default."""
    arguments = callee.args
    if arguments.args is None:  # a function of C code: its signature is unknown
        return None
    if call.starargs or call.kwargs or arguments.vararg or arguments.kwarg:
        return None
    positional = [*(arguments.posonlyargs or ()), *arguments.args]
    if len(call.args) > len(positional):
        return None
    defaults = dict(zip(reversed(positional), reversed(arguments.defaults)))
    bound: dict[nodes.AssignName, str | None] = {}
    for index, parameter in enumerate(positional):
        value = call.args[index] if index < len(call.args) else defaults.get(parameter)
        bound[parameter] = _path(value, depth + 1, parameters) if value is not None else None
    return bound


def _concatenated(
    node: nodes.BinOp | nodes.JoinedStr, depth: int, parameters: _Parameters
) -> str | None:
    """Text built from a helper's parameters: ``+`` of texts, or an f-string
    whose fields are plain values."""
    if isinstance(node, nodes.BinOp):
        parts = [node.left, node.right] if node.op == "+" else []
    else:
        parts = [
            part.value
            if isinstance(part, nodes.FormattedValue)
            and part.format_spec is None
            and part.conversion < 0
            else part
            for part in node.values
        ]
    texts = [_path(part, depth + 1, parameters) for part in parts]
    if not texts or any(text is None for text in texts):
        return None
    return "".join(texts)  # type: ignore[arg-type]


def _joined(parts: list[nodes.NodeNG], depth: int, parameters: _Parameters) -> str | None:
    texts = [_path(part, depth + 1, parameters) for part in parts]
    if any(text is None for text in texts):
        return None
    path = ""
    for text in texts:
        assert text is not None
        path = text if text.startswith("/") or not path else f"{path.rstrip('/')}/{text}"
    return path
