"""Which function of the linted code a call runs, and the calls a function
makes when it runs: the steps of every whole-program question (blocking
chains, injection wrappers).
"""

from __future__ import annotations

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference.decorators import DecoratorEffect, calls_through, decorator_effect
from checkers_pkg.inference.imports import (
    definition_by_imports,
    local_definition,
    module_member_source,
)
from checkers_pkg.inference.instances import resolved_callee
from checkers_pkg.inference.labels import is_linted_code
from checkers_pkg.inference.names import written_paths
from checkers_pkg.inference.summaries import is_library_module, is_linted_path
from checkers_pkg.inference.values import bindings_of


def linted_sync_function(call: nodes.Call) -> nodes.FunctionDef | None:
    """The sync function or method of the linted code that ``call`` runs
    (``Client(url)`` runs ``Client.__init__``, a dataclass's ``__post_init__``)."""
    found = module_member_source(call.func)
    if found is not None and not is_linted_path(found[0].name, found[0].path):
        return None  # ``json.loads``: a library's module, read by imports alone
    callee = (
        local_definition(call.func)
        or definition_by_imports(call.func)
        or resolved_callee(call.func)
    )
    if isinstance(callee, nodes.ClassDef):
        callee = _initialiser(callee)  # building an object runs its __init__
    if not isinstance(callee, nodes.FunctionDef) or isinstance(callee, nodes.Lambda):
        return None
    if isinstance(callee, nodes.AsyncFunctionDef) or callee.is_generator():
        return None
    # A decorator may move the call elsewhere (``@sync_to_async`` runs it in a
    # thread): follow only functions whose decorators are known to keep them,
    # or to wrap them in a sync function that calls them (timing, retry).
    decorators = callee.decorators.nodes if callee.decorators else []
    if any(
        decorator_effect(d) is not DecoratorEffect.KEEPS and not calls_through(d)
        for d in decorators
    ):
        return None
    return callee if is_linted_code(callee.root()) else None


def _initialiser(cls: nodes.ClassDef) -> nodes.FunctionDef | None:
    """The ``__init__`` that ``cls(...)`` runs: the first of its MRO that
    defines one (``object``'s, or a library's, is not linted code). A
    dataclass's generated ``__init__`` (astroid writes one, without a line)
    runs only ``__post_init__``."""
    try:
        hierarchy = cls.mro()
    except (AstroidError, RecursionError, TypeError):
        return None
    for klass in hierarchy:
        defined = klass.locals.get("__init__", [])
        if defined:
            found = defined[-1]
            if isinstance(found, nodes.FunctionDef) and found.lineno is None:
                return _method_in(hierarchy, "__post_init__")
            return found if isinstance(found, nodes.FunctionDef) else None
    return None


def _method_in(hierarchy: list[nodes.ClassDef], name: str) -> nodes.FunctionDef | None:
    for klass in hierarchy:
        defined = klass.locals.get(name, [])
        if defined:
            found = defined[-1]
            return found if isinstance(found, nodes.FunctionDef) else None
    return None


_DEFERRED = (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)


def calls_in_body(func: nodes.FunctionDef) -> list[nodes.Call]:
    """The calls a function makes when it runs, in the order they run
    (``conn.execute(...).fetchone()``: ``execute`` first): its body, not
    nested functions, lambdas or classes (which run later, if ever)."""
    found: list[nodes.Call] = []
    pending: list[tuple[nodes.NodeNG, bool]] = [
        (statement, False) for statement in reversed(func.body)
        if not isinstance(statement, _DEFERRED)
    ]
    while pending:  # an iterative post-order walk: deep expressions, no recursion
        node, children_done = pending.pop()
        if children_done:
            found.append(node)
            continue
        if isinstance(node, nodes.Call):
            pending.append((node, True))
        pending.extend(
            (child, False) for child in reversed(list(node.get_children()))
            if not isinstance(child, _DEFERRED)
        )
    return found


def linted_function(call: nodes.Call) -> nodes.FunctionDef | None:
    """The function of the linted code ``call`` runs (sync or async), when
    its decorators are known to keep it the function it is."""
    if _names_a_library(call.func):
        return None
    callee = local_definition(call.func) or resolved_callee(call.func)
    if not isinstance(callee, nodes.FunctionDef) or type(callee).__name__ == "PartialFunction":
        return None
    if not is_linted_code(callee.root()):
        return None
    return callee if has_followable_callers(callee) else None


def _names_a_library(func: nodes.NodeNG) -> bool:
    """A builtin (``len``), or a function of the standard library or an
    installed package by its import path (``os.path.join``, ``yaml.dump``):
    read without inference or loading the library, it spares most resolutions."""
    if isinstance(func, nodes.Name) and not bindings_of(func):
        return True
    paths = written_paths(func)
    return bool(paths) and all(is_library_module(path.split(".", 1)[0]) for path in paths)


def has_followable_callers(func: nodes.NodeNG | None) -> bool:
    """Whether the calls that run ``func`` are calls to it written in the code,
    so that its parameters can be judged at each of them. A decorator not
    known to keep the function (``@app.route``, ``@celery.task``) hands it to
    a framework that fills its parameters from outside."""
    if not isinstance(func, nodes.FunctionDef) or type(func).__name__ == "PartialFunction":
        return False
    decorators = func.decorators.nodes if func.decorators else []
    return all(decorator_effect(d) is DecoratorEffect.KEEPS for d in decorators)
