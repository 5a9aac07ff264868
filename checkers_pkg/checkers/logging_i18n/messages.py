"""Questions about the message a translation call is given: was it marked
for extraction where it was defined, or is the call translation machinery
passing on what its own caller gave it?"""

from __future__ import annotations

from collections.abc import Iterable

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.checkers.logging_i18n.translations import (
    MAX_ROLE_DEPTH,
    TRANSLATION_CLASSES,
    TranslationTable,
    is_marker_call,
    method_role,
)
from checkers_pkg.inference.definitions import origins
from checkers_pkg.inference.names import import_paths
from checkers_pkg.inference.values import assigned_value, bindings_of


def is_marked_message(node: nodes.NodeNG, table: TranslationTable) -> bool:
    """Whether every value ``node`` may hold went through a no-op marker
    (``N_("...")``, ``gettext_noop("...")``) where it was defined."""
    return all(is_marker_call(origin.value, table) for origin in origins(node))


def forwards_parameter(call: nodes.Call, message: nodes.NodeNG) -> bool:
    """Whether ``call`` is translation machinery passing on what it was given:
    it translates a parameter (or a local built from parameters and
    constants: ``msgctx, msgtxt = msgid``, ``f"{ctx}\x04{msg}"``), hands the
    result back, and is either a method of a translations class
    (``def gettext(self, message): return Base.gettext(self, message)``) or
    calls a translations object's method (oslo.i18n's ``m = t.gettext``,
    ``lang.ngettext(...)``). The literal is for its callers to pass.

    Application code translating its parameter with ``_()`` and using the
    result (``print(_(category))``) is not machinery: that parameter is a
    runtime value extraction never sees. (A one-statement wrapper,
    ``def label(category): return _(category)``, is a translation function
    itself: ``translations.is_wrapper_body``.)"""
    function = call.frame()
    if not isinstance(function, (nodes.FunctionDef, nodes.Lambda)):
        return False
    if _from_parameters(message, function, 0) != _PARAMETER:
        return False
    if not (_in_translations_class(function) or _calls_translations_object(call.func)):
        return False
    return _is_returned(call, function)


def _in_translations_class(function: nodes.FunctionDef | nodes.Lambda) -> bool:
    owner = function.parent.frame() if function.parent is not None else None
    if not isinstance(owner, nodes.ClassDef):
        return False
    try:
        ancestors = [owner, *owner.ancestors()]
    except (AstroidError, RecursionError):
        return False
    names = {ancestor.qname() for ancestor in ancestors}
    names.update(path for base in owner.bases for path in import_paths(base))
    return bool(names & TRANSLATION_CLASSES)


def _calls_translations_object(func: nodes.NodeNG) -> bool:
    """``lang.gettext(...)``, ``m(...)`` after ``m = t.gettext``, or the
    method through its class with the object first
    (``gettext.NullTranslations.gettext(self.inner, message)``)."""
    if isinstance(func, nodes.Name) and not _bound_in_functions(func):
        # The module's ``_ = t.gettext`` (or one imported from the project's
        # i18n module) is the application's ``_``, not a local ``m``.
        return False
    candidates = [func] if isinstance(func, nodes.Attribute) else [
        origin.value for origin in origins(func)
    ]
    return bool(candidates) and all(
        (isinstance(candidate, nodes.Attribute) and (
            method_role(candidate) is not None or _is_translations_class_method(candidate)
        ))
        or (isinstance(candidate, nodes.FunctionDef) and _in_translations_class(candidate))
        for candidate in candidates
    )


def _bound_in_functions(name: nodes.Name) -> bool:
    """Every binding of ``name`` is local to a function (``m = t.gettext`` in
    oslo.i18n's translator factory), none at module level."""
    bindings = bindings_of(name)
    return bool(bindings) and all(
        not isinstance(binding.scope(), nodes.Module) for binding in bindings
    )


def _is_translations_class_method(func: nodes.Attribute) -> bool:
    return any(
        path.rpartition(".")[0] in TRANSLATION_CLASSES for path in import_paths(func)
    )


# How a message was derived, for ``forwards_parameter``.
_OTHER, _CONSTANT, _PARAMETER = 0, 1, 2


def _from_parameters(node: nodes.NodeNG, function: nodes.FunctionDef | nodes.Lambda,
                     depth: int) -> int:
    """``_PARAMETER`` when built from the function's parameters (and
    constants), ``_CONSTANT`` when from constants only, else ``_OTHER``."""
    if depth > MAX_ROLE_DEPTH:
        return _OTHER
    if isinstance(node, nodes.Const):
        return _CONSTANT
    if isinstance(node, (nodes.JoinedStr, nodes.FormattedValue, nodes.BinOp)):
        return _combined(_from_parameters(child, function, depth + 1)
                         for child in node.get_children())
    if not isinstance(node, nodes.Name):
        return _OTHER
    bindings = bindings_of(node)
    if bindings and all(binding.scope() is not function for binding in bindings):
        # A constant of the module or another one (``CONTEXT_SEPARATOR``).
        known = all(isinstance(origin.value, nodes.Const) for origin in origins(node))
        return _CONSTANT if known else _OTHER
    if not bindings:
        return _OTHER
    return _combined(_binding_from_parameters(binding, function, depth + 1)
                     for binding in bindings)


def _combined(kinds: Iterable[int]) -> int:
    found = list(kinds)
    return _OTHER if not found or _OTHER in found else max(found)


def _binding_from_parameters(binding: nodes.NodeNG, function: nodes.FunctionDef | nodes.Lambda,
                             depth: int) -> int:
    if not isinstance(binding, nodes.AssignName) or binding.scope() is not function:
        return _OTHER
    statement = binding.parent
    if statement is function.args:
        return _PARAMETER
    if isinstance(statement, nodes.Tuple) and isinstance(statement.parent, nodes.Assign):
        return _from_parameters(statement.parent.value, function, depth)  # unpacking
    value = assigned_value(binding)
    return _OTHER if value is None else _from_parameters(value, function, depth)


def _is_returned(call: nodes.Call, function: nodes.FunctionDef | nodes.Lambda) -> bool:
    """The call's result is returned, directly or through a local name
    (``msg = translate(message); return self.prefix + msg``)."""
    if isinstance(function, nodes.Lambda):
        return function.body is call
    parent = call.parent
    while isinstance(parent, (nodes.BinOp, nodes.BoolOp, nodes.IfExp)):
        parent = parent.parent  # ``return prefix + translated(message)``
    if isinstance(parent, nodes.Return):
        return True
    if not (isinstance(parent, nodes.Assign) and len(parent.targets) == 1):
        return False
    target = parent.targets[0]
    if not isinstance(target, nodes.AssignName):
        return False
    return any(
        isinstance(name, nodes.Name) and name.name == target.name
        for ret in function.nodes_of_class(nodes.Return, skip_klass=nodes.FunctionDef)
        if ret.value is not None
        for name in ret.value.nodes_of_class(nodes.Name)
    )


__all__ = ["forwards_parameter", "is_marked_message"]
