"""Which class's member an instance sees: the first class of the C3 method
resolution order that defines it.

astroid looks a member up on the class, then on its ancestors depth first;
with multiple inheritance that can pick a different class than Python does:
in ``class Both(SyncSub, AsyncBase)`` with both bases deriving from
``Base``, Python runs ``AsyncBase._copy`` and astroid answers ``Base._copy``.
"""

from __future__ import annotations

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference._cache import memoise_per_node


@memoise_per_node(on_cycle=False)
def resolution_orders_differ(cls: nodes.ClassDef) -> bool:
    """Whether astroid's depth-first ancestors and the C3 order disagree for
    ``cls`` (only with multiple inheritance sharing a base)."""
    if len(cls.bases) < 2:
        return False
    try:
        depth_first = [cls, *cls.ancestors()]
        c3 = cls.mro()
    except (AstroidError, RecursionError, TypeError):
        return False
    return [k for k in depth_first if k in c3] != c3


def defining_class(cls: nodes.ClassDef, name: str) -> nodes.ClassDef | None:
    """The first class of ``cls``'s C3 order whose body binds ``name``."""
    try:
        order = cls.mro()
    except (AstroidError, RecursionError, TypeError):
        return None
    return next((klass for klass in order if name in klass.locals), None)


def instance_member(instance: bases.Instance, name: str) -> list[object] | None:
    """What ``instance.name`` is when astroid's lookup would pick another
    class than C3 does: the C3 owner's methods bound to the instance, or its
    other values; None when the orders agree (astroid's answer stands)."""
    cls = instance._proxied  # pylint: disable=protected-access  # as values.class_of
    if not isinstance(cls, nodes.ClassDef) or name in instance.instance_attrs:
        return None
    if name in cls.locals or not resolution_orders_differ(cls):
        return None
    owner = defining_class(cls, name)
    if owner is None:
        return None
    found: list[object] = []
    for statement in owner.locals[name]:
        if isinstance(statement, nodes.FunctionDef):
            found.append(bases.BoundMethod(statement, instance))
        else:
            return None  # a class attribute: astroid's own reading stands
    return found or None
