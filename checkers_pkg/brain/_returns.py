"""Inference tips of the form "calling this API returns an instance of that class".

For APIs implemented in C (``sqlite3.connect``) or behind a C fast path
(``asyncio.get_running_loop``), astroid infers the call to ``Uninferable``.
A ``ReturnsInstance`` rule names the API (by qualified name, as the inference
layer resolves it) and the class, and becomes an idempotent inference tip.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from astroid import nodes
from astroid.context import InferenceContext
from astroid.exceptions import AstroidError, UseInferenceDefault
from astroid.inference_tip import inference_tip
from astroid.manager import AstroidManager

from checkers_pkg.brain._stubs import class_named


def _written_name(call: nodes.Call) -> str | None:
    """The last name of the callee as written: ``execute`` for ``cur.execute``."""
    func = call.func
    if isinstance(func, nodes.Attribute):
        return func.attrname
    return func.name if isinstance(func, nodes.Name) else None


@dataclass(frozen=True)
class ReturnsInstance:
    """Calls of ``callees`` (qualified names) return a ``module.class_name``."""

    callees: frozenset[str]
    module: str
    class_name: str
    # The last component of every callee: a cheap syntactic pre-filter, so the
    # tip is only attached to calls that could possibly match.
    short_names: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        shorts = frozenset(name.rsplit(".", 1)[-1] for name in self.callees)
        object.__setattr__(self, "short_names", shorts)

    def could_match(self, call: nodes.Call) -> bool:
        """Whether the callee is written with one of the callees' short names."""
        return _written_name(call) in self.short_names

    def infer(
        self, call: nodes.Call, context: InferenceContext | None = None
    ) -> Iterator[nodes.NodeNG]:
        """An instance of the class when the callee resolves to one of ours."""
        # pylint: disable-next=import-outside-toplevel
        from checkers_pkg.inference.names import qualified_names  # brain loads before inference

        del context  # the answer does not depend on the call site's context
        if not self.callees.intersection(qualified_names(call.func)):
            raise UseInferenceDefault
        try:
            module = AstroidManager().ast_from_module_name(self.module)
        except AstroidError as exc:
            raise UseInferenceDefault from exc
        cls = class_named(module, self.class_name)
        if cls is None:
            raise UseInferenceDefault
        return iter([cls.instantiate_class()])


class ReturnsInstanceBrain:
    """Registers a group of ``ReturnsInstance`` rules as one inference tip."""

    def __init__(self, *rules: ReturnsInstance) -> None:
        self.rules = rules
        self._short_names = frozenset().union(*(rule.short_names for rule in rules))
        self._transform = inference_tip(self._infer)

    def _matching_rules(self, call: nodes.Call) -> list[ReturnsInstance]:
        return [rule for rule in self.rules if rule.could_match(call)]

    def _predicate(self, call: nodes.Call) -> bool:
        # Runs on every Call astroid builds: one set lookup, nothing more.
        return _written_name(call) in self._short_names

    def _infer(
        self, call: nodes.Call, context: InferenceContext | None = None
    ) -> Iterator[nodes.NodeNG]:
        for rule in self._matching_rules(call):
            try:
                return rule.infer(call, context)
            except UseInferenceDefault:
                continue
        raise UseInferenceDefault

    def register(self, manager: AstroidManager) -> None:
        """Idempotent: ``register(linter)`` runs again in every ``-j`` worker."""
        try:
            manager.unregister_transform(nodes.Call, self._transform, self._predicate)
        except ValueError:  # not registered yet
            pass
        manager.register_transform(nodes.Call, self._transform, self._predicate)
