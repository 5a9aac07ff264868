"""``Path(...) / "name"`` is a path.

Measured on astroid 4.3.4: ``Path("a") / "b"`` infers to ``Uninferable``.
``PurePath.__truediv__`` returns a path, or ``NotImplemented`` when the operand
is not path-like, and astroid's binary-operation inference gives up on the
``NotImplemented`` branch. So ``(root / name).read_text()``, the most common
way to spell file I/O in modern code, was invisible to every checker.

The tip answers only when every value the left operand may hold is an
instance of a class whose ``/`` is pathlib's own (a subclass that overrides
``__truediv__`` keeps astroid's answer), and the answer is an instance of that
same class, as at run time.
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import bases, nodes
from astroid.context import InferenceContext
from astroid.exceptions import AstroidError, UseInferenceDefault
from astroid.inference_tip import inference_tip
from astroid.manager import AstroidManager

_PATHLIB_BASES = frozenset({"PurePath", "PurePathBase"})


def _is_division(node: nodes.BinOp) -> bool:
    # Runs on every BinOp astroid builds: one comparison, nothing more.
    return node.op == "/"


def _divides_like_pathlib(cls: nodes.ClassDef) -> bool:
    """Whether ``cls``'s ``/`` is ``PurePath.__truediv__`` itself."""
    try:
        method = cls.getattr("__truediv__")[0]
    except (AstroidError, IndexError):
        return False
    owner = method.parent
    return (
        isinstance(method, nodes.FunctionDef)
        and isinstance(owner, nodes.ClassDef)
        and owner.name in _PATHLIB_BASES
        and method.root().name.split(".")[0] == "pathlib"
    )


def _infer_path_division(
    node: nodes.BinOp, context: InferenceContext | None = None
) -> Iterator[nodes.NodeNG]:
    # pylint: disable-next=import-outside-toplevel
    from checkers_pkg.inference.values import class_of, known_values  # brain loads first

    del context  # the answer depends on the left operand's class only
    left_values = known_values(node.left)
    if not left_values:
        raise UseInferenceDefault
    classes = []
    for value in left_values:
        if not isinstance(value, bases.Instance) or isinstance(value, nodes.Const):
            raise UseInferenceDefault
        cls = class_of(value)
        if not _divides_like_pathlib(cls):
            raise UseInferenceDefault
        classes.append(cls)
    return iter([cls.instantiate_class() for cls in dict.fromkeys(classes)])


_transform = inference_tip(_infer_path_division)


def register(manager: AstroidManager) -> None:
    """Idempotent: ``register(linter)`` runs again in every ``-j`` worker."""
    try:
        manager.unregister_transform(nodes.BinOp, _transform, _is_division)
    except ValueError:  # not registered yet
        pass
    manager.register_transform(nodes.BinOp, _transform, _is_division)
