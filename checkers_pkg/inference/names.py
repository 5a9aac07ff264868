"""Fully qualified names of what an expression refers to, and of the type of
the instance it holds.

Two routes lead to a name, and both are kept:

* **import path**: follow names through imports, aliases and module-level
  rebinding, across modules (``sp.run`` -> ``subprocess.run``); this works even
  when the imported library is not installed where pylint runs;
* **definition**: ask astroid what the expression infers to and take its
  qualified name (``requests.get`` -> ``requests.api.get`` when requests is
  installed, ``os.system`` -> ``posix.system``).

Callers match either against their tables, and show the one they matched.

An instance's type is named the same two ways: by astroid when it can see
the class, else by the call that built it (``s = requests.Session()`` holds a
``requests.Session``, so ``s.get`` is ``requests.Session.get``). The two
questions are one recursion (a method is named by its receiver's type, a type
by its constructor's name), hence one module.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import NamedTuple

from astroid import bases, nodes, util
from astroid.exceptions import AstroidError

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.context_managers import Resolver, entered_class
from checkers_pkg.inference.summaries import (
    Kind,
    is_linted_path,
    is_unbuilt_library_module,
    module_file,
    resolve_path,
)
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    class_of,
    is_none,
    known_values,
    single_known_value,
    unwrap_method,
)

# Enough for real alias chains (a re-export of a re-export); it also bounds
# the work done on generated or adversarial code.
MAX_ALIAS_DEPTH = 8

_NAMED_DEFINITIONS = (nodes.FunctionDef, nodes.ClassDef, nodes.Module)


def qualified_name(node: nodes.NodeNG) -> str | None:
    """The most public fully qualified name of what ``node`` refers to."""
    names = qualified_names(node)
    return names[0] if names else None


@memoise_per_node(on_cycle=())
def qualified_names(node: nodes.NodeNG) -> tuple[str, ...]:
    """Every fully qualified name ``node`` is known by, most public first.

    ``node`` is an expression (usually a call's ``func``) or a ``Call`` itself,
    in which case its callee is named. Empty when nothing is known or when the
    candidates astroid infers disagree.
    """
    if isinstance(node, nodes.Call):
        node = node.func
    names = _import_paths(node, 0)
    if not names and isinstance(node, nodes.Attribute):
        names = list(instance_member_names(node.expr, node.attrname))
    names.extend(_definition_names(node))
    return tuple(dict.fromkeys(names))


def candidate_names(call: nodes.Call, short_names: Container[str]) -> tuple[str, ...]:
    """``qualified_names(call)`` when the callee could be one of a table's
    entries, whose last components are ``short_names``; otherwise ``()``.

    The gate keeps inference off the hot path: a plain name is read through
    imports, aliases and rebinding only (an import may rename anything, so no
    short-name test; no inference either), and an attribute is resolved only
    when spelled like an entry (``s.get``, ``loop.create_task``).
    """
    func = call.func
    if isinstance(func, nodes.Name):
        return import_paths(func)
    if isinstance(func, nodes.Attribute) and func.attrname in short_names:
        return qualified_names(func)
    return ()


def short_names_of(names: Iterable[str]) -> frozenset[str]:
    """The last components of qualified names: what ``candidate_names`` gates on."""
    return frozenset(name.rsplit(".", 1)[-1] for name in names)


@memoise_per_node(on_cycle=())
def import_paths(node: nodes.NodeNG) -> tuple[str, ...]:
    """What imports, aliases and module-level rebinding say ``node`` is,
    without inference (cheap, and the same whether a library is installed)."""
    return tuple(dict.fromkeys(_import_paths(node, 0)))


def local_definition(node: nodes.NodeNG) -> nodes.FunctionDef | None:
    """The ``def`` a plain name is bound to in its own module, read without
    inference; None for anything else (imports, parameters, rebinding)."""
    if not isinstance(node, nodes.Name):
        return None
    bindings = bindings_of(node)
    if len(bindings) == 1 and isinstance(bindings[0], nodes.FunctionDef):
        return bindings[0]
    return None


@memoise_per_node(on_cycle=None)
def definition_by_imports(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """The ``def``, ``class`` or module a name or dotted name is bound to,
    read through imports, aliases and module attributes without inference.

    ``from .api import fetch`` gives the ``def fetch`` of ``api`` even through
    a package ``__init__`` that re-exports it; ``json.dumps`` gives the
    ``def dumps`` of ``json``. The cheap question before ``infer()``: None
    (ask astroid) for parameters, instances, rebinding and anything unsure.
    """
    return _definition_by_imports(node, 0)


def _definition_by_imports(node: nodes.NodeNG, depth: int) -> nodes.NodeNG | None:
    if depth > MAX_ALIAS_DEPTH:
        return None
    if isinstance(node, nodes.Name):
        bindings = bindings_of(node)
        return _binding_definition(bindings[0], node.name, depth) if len(bindings) == 1 else None
    if isinstance(node, nodes.Attribute):
        owner = _definition_by_imports(node.expr, depth + 1)
        if isinstance(owner, nodes.Module):
            return _module_member(owner, node.attrname, depth + 1)
    return None


def imported_binding(node: nodes.Name) -> nodes.NodeNG | None:
    """The statement of another module that binds what ``node`` names through
    ``from module import name`` (and re-exports of it): ``view = partial(...)``
    in ``users``, for ``from .users import view``. Read without inference;
    None unless each module on the way binds the name exactly once."""
    name, bindings = node.name, bindings_of(node)
    for depth in range(MAX_ALIAS_DEPTH):
        if len(bindings) != 1:
            return None
        if not isinstance(bindings[0], nodes.ImportFrom):
            return bindings[0] if depth else None
        source = _import_source(bindings[0], name)
        if source is None:
            return None
        module, name = source
        bindings = module.locals.get(name, [])
    return None


def _import_source(binding: nodes.ImportFrom, name: str) -> tuple[nodes.Module, str] | None:
    """The module ``from module import name`` reads, and the name it takes
    there (``real`` for ``import real as name``); None when it cannot be loaded."""
    module_name = absolute_module_name(binding)
    module = _load_module(binding, module_name) if module_name else None
    return (module, imported_name(binding, name)) if module is not None else None


def imported_name(binding: nodes.ImportFrom, name: str) -> str:
    """The name ``from m import real as name`` takes from ``m``."""
    return next((real for real, alias in binding.names if (alias or real) == name), name)


def _binding_definition(binding: nodes.NodeNG, name: str, depth: int) -> nodes.NodeNG | None:
    if isinstance(binding, (nodes.FunctionDef, nodes.ClassDef)):
        return binding
    if isinstance(binding, nodes.Import):
        # ``import a.b as ab`` binds ``a.b``; ``import a.b`` binds ``a``.
        return _load_module(binding, _imported_module_path(binding, name))
    if isinstance(binding, nodes.ImportFrom):
        source = _import_source(binding, name)
        if source is None:
            return None
        module, imported = source
        if imported in module.locals:
            return _module_member(module, imported, depth + 1)
        return _load_module(binding, f"{module.name}.{imported}")
    if isinstance(binding, nodes.AssignName):
        value = alias_value(binding)
        return _definition_by_imports(value, depth + 1) if value is not None else None
    return None


def _module_member(module: nodes.Module, name: str, depth: int) -> nodes.NodeNG | None:
    if depth > MAX_ALIAS_DEPTH:
        return None
    bindings = module.locals.get(name, ())
    if len(bindings) != 1:
        return None  # ``try: import x / except ImportError: x = None``, rebinding
    return _binding_definition(bindings[0], name, depth + 1)


@memoise_per_node(on_cycle=())
def written_paths(node: nodes.NodeNG) -> tuple[str, ...]:
    """The dotted paths this module's own imports and aliases say ``node`` may
    be (``sp.run`` -> ``subprocess.run``; ``metadata`` bound by ``from
    importlib import metadata`` and, on another branch, ``import
    importlib_metadata as metadata``, gives both), read without loading any
    other module: what those modules make of the names is for
    ``summaries.resolve_path`` (or astroid) to say. Empty when one binding
    is anything else."""
    if isinstance(node, nodes.Attribute):
        return tuple(f"{owner}.{node.attrname}" for owner in written_paths(node.expr))
    if not isinstance(node, nodes.Name):
        return ()
    found: list[str] = []
    for binding in bindings_of(node):
        paths = _written_paths_of_binding(binding, node.name)
        if not paths:
            return ()
        found.extend(paths)
    return tuple(dict.fromkeys(found))


def _written_paths_of_binding(binding: nodes.NodeNG, name: str) -> tuple[str, ...]:
    if isinstance(binding, nodes.Import):
        # ``import rich.console`` binds ``rich``
        return (_imported_module_path(binding, name),)
    if isinstance(binding, nodes.ImportFrom):
        module_name = absolute_module_name(binding)
        return (f"{module_name}.{imported_name(binding, name)}",) if module_name else ()
    if isinstance(binding, nodes.AssignName):
        value = alias_value(binding)
        return written_paths(value) if value is not None else ()
    return ()


class ModuleSource(NamedTuple):
    """Where a module lives and what its source says, read without building it."""

    name: str
    path: str
    text: str


@memoise_per_node(on_cycle=None)
def module_source(module_name: str) -> ModuleSource | None:
    """The file and text of a module found on the path; None for C modules,
    namespaces and names that are not modules (``pkg.Class``)."""
    location = module_file(module_name)
    if location is None:
        return None
    try:
        with open(location, encoding="utf-8", errors="replace") as stream:
            return ModuleSource(module_name, location, stream.read())
    except OSError:
        return None


def module_member_source(node: nodes.NodeNG) -> tuple[ModuleSource, str] | None:
    """``(source of m, "f")`` for ``m.f`` where imports alone say ``m`` is a
    module, and for a name ``f`` imported from module ``m``: the cheap way to
    ask about ``os.path.join`` or ``json.dumps`` without astroid building the
    module. ``try: import yaml / except ImportError: yaml = None`` reads as
    ``yaml`` (the placeholder has no attributes to call)."""
    if isinstance(node, nodes.Attribute) and isinstance(node.expr, (nodes.Name, nodes.Attribute)):
        paths = _module_paths(node.expr)
        member = node.attrname
    elif isinstance(node, nodes.Name):
        paths = [path.rsplit(".", 1)[0] for path in _module_paths(node) if "." in path]
        member = node.name
        bindings = bindings_of(node)
        if len(bindings) != 1 or not isinstance(bindings[0], nodes.ImportFrom):
            return None
        member = imported_name(bindings[0], node.name)
    else:
        return None
    if len(paths) != 1:
        return None
    source = module_source(paths[0])
    return (source, member) if source is not None else None


def _module_paths(node: nodes.NodeNG) -> list[str]:
    """The import paths of ``node``, placeholders ``= None`` left out."""
    if not isinstance(node, nodes.Name):
        return list(import_paths(node))
    bindings = [b for b in bindings_of(node) if not is_none(assigned_value(b))]
    if not bindings:
        return []
    return _agreed_paths(_paths_of_binding(b, node.name, 0)[:1] for b in bindings)


def _load_module(node: nodes.NodeNG, module_name: str) -> nodes.Module | None:
    """The module of that absolute name (astroid builds each once per run)."""
    try:
        return node.root().import_module(module_name, level=None)
    except (AstroidError, RecursionError, SyntaxError, ValueError):
        return None


def _definition_names(node: nodes.NodeNG) -> list[str]:
    """The qualified name of the single definition astroid infers ``node`` to."""
    names: set[str] = set()
    for value in known_values(node):
        name = definition_qname(value)
        if name is None:
            return []
        names.add(name)
    return list(names) if len(names) == 1 else []


def definition_qname(value: object) -> str | None:
    """``qname()`` of a function, method, class or module value; else None."""
    value = unwrap_method(value)
    if isinstance(value, _NAMED_DEFINITIONS):
        return value.qname()
    return None


def _import_paths(node: nodes.NodeNG, depth: int) -> list[str]:
    """Dotted paths of ``node`` obtained by reading imports and assignments.

    Only modules, classes and functions have such a path; an instance's
    attributes are named by its type, one step at a time, in
    ``qualified_names``.
    """
    if depth > MAX_ALIAS_DEPTH:
        return []
    if isinstance(node, nodes.Name):
        return _agreed_paths(
            _paths_of_binding(binding, node.name, depth) for binding in bindings_of(node)
        )
    if isinstance(node, nodes.Attribute):
        owners = _import_paths(node.expr, depth + 1)
        return [f"{owner}.{node.attrname}" for owner in owners]
    return []


def _agreed_paths(alternatives: Iterable[list[str]]) -> list[str]:
    """The names shared by every binding; a name bound to different things
    in different places (or not understood in one of them) is not one name."""
    agreed: list[str] | None = None
    for paths in alternatives:
        if not paths or (agreed is not None and set(paths) != set(agreed)):
            return []
        agreed = agreed or paths
    return agreed or []


def _paths_of_binding(binding: nodes.NodeNG, name: str, depth: int) -> list[str]:
    # Every route of this recursion passes here: bound here, whatever cycles
    # imports form (astroid shows C ``_functools.partial`` as imported from
    # ``functools``, which imports it from ``_functools``).
    if depth > MAX_ALIAS_DEPTH:
        return []
    if isinstance(binding, nodes.Import):
        return [_imported_module_path(binding, name)]
    if isinstance(binding, nodes.ImportFrom):
        return _paths_of_import_from(binding, name, depth)
    if isinstance(binding, (nodes.FunctionDef, nodes.ClassDef)):
        return [binding.qname()]
    if isinstance(binding, nodes.AssignName):
        value = alias_value(binding)
        if value is not None:
            return _import_paths(value, depth + 1)
    return []


def alias_value(binding: nodes.AssignName) -> nodes.NodeNG | None:
    """The right-hand side of ``name = other.name`` (a plain alias), if it is one."""
    value = assigned_value(binding)
    return value if isinstance(value, (nodes.Name, nodes.Attribute)) else None


def _imported_module_path(binding: nodes.Import, name: str) -> str:
    for module_name, alias in binding.names:
        if alias == name:
            return module_name
    # ``import a.b.c`` binds ``a``.
    return name


def _paths_of_import_from(binding: nodes.ImportFrom, name: str, depth: int) -> list[str]:
    imported = imported_name(binding, name)
    module_name = absolute_module_name(binding)
    if module_name is None:
        return []
    written = f"{module_name}.{imported}"
    return [written, *_follow_into_module(binding, module_name, imported, depth)]


def absolute_module_name(binding: nodes.ImportFrom) -> str | None:
    """The absolute name of the module a ``from ... import`` reads."""
    if not binding.level:
        return binding.modname
    try:
        return binding.root().relative_to_absolute_name(binding.modname, binding.level)
    except AstroidError:
        return None


def _library_definition_path(module_name: str, imported: str) -> str | None:
    """Where a library module's name is defined (``requests.get`` ->
    ``requests.api.get``) when its summary says it is a plain function or a
    class: no astroid build of a module nothing else asked for."""
    if not is_unbuilt_library_module(module_name):
        return None
    resolved = resolve_path(f"{module_name}.{imported}")
    if resolved is None or resolved.kind is Kind.MODULE:
        return None
    return resolved.path


def _follow_into_module(
    binding: nodes.ImportFrom, module_name: str, imported: str, depth: int
) -> list[str]:
    """Where ``imported`` is itself an import or alias in that module, follow it.

    ``from helpers import sleep`` where ``helpers`` says ``sleep = time.sleep``
    names ``time.sleep``. Modules astroid cannot load give no answer here.
    """
    library_definition = _library_definition_path(module_name, imported)
    if library_definition is not None:
        return [library_definition]
    # By absolute name: ``do_import_module`` would read it relative to the
    # binding's level again (a package ``__init__``'s ``from .io import x``).
    module = _load_module(binding, module_name)
    if module is None:
        return []
    return _agreed_paths(
        _paths_of_binding(assignment, imported, depth + 1)
        for assignment in module.locals.get(imported, ())
    )


# -- instances ----------------------------------------------------------------

MAX_HIERARCHY_DEPTH = 16


def instance_type(node: nodes.NodeNG) -> str | None:
    """The qualified class name of the instance ``node`` holds, if known."""
    type_names = instance_type_names(node)
    return type_names[0] if type_names else None


@memoise_per_node(on_cycle=None)
def instance_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class of the instance ``node`` holds, when every known candidate
    agrees; when astroid infers nothing, the class its annotation declares."""
    values = _informative_values(node)
    if not values:
        return (
            declared_class(node)
            or entered_class(node, _RESOLVER)
            or assigned_attribute_class(node)
            or awaited_class(node)
        )
    return _single_instance_class(values)


def _single_instance_class(values: Iterable[object]) -> nodes.ClassDef | None:
    """The class every one of ``values`` is an instance of; None otherwise."""
    classes = set()
    for value in values:
        if not isinstance(value, bases.Instance):
            return None
        classes.add(class_of(value))
    return classes.pop() if len(classes) == 1 else None


def awaited_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class of what a name bound by ``x = await call()`` holds, when the
    callee is a plain ``async def``: what it returns is what awaiting the call
    gives (``conn = await pool.acquire()`` then ``conn.close()``). astroid
    infers no ``await``. Every binding must be such an await."""
    if not isinstance(node, nodes.Name):
        return None
    values = []
    for binding in bindings_of(node):
        value = assigned_value(binding) if isinstance(binding, nodes.AssignName) else None
        if not isinstance(value, nodes.Await) or not isinstance(value.value, nodes.Call):
            return None
        known = _awaited_values(value.value)
        if not known:
            return None
        values.extend(known)
    return _single_instance_class(values) if values else None


def _awaited_values(call: nodes.Call) -> tuple[object, ...]:
    """What awaiting ``call`` gives, when every known callee is an undecorated,
    non-generator ``async def``: astroid's inference of the call (it takes the
    call for the return value), else the callee's own return values (a
    receiver known by its annotation only); ``None`` placeholders aside."""
    callees = [unwrap_method(value) for value in callee_values(call.func)]
    if not callees or not all(map(_is_plain_async_def, callees)):
        return ()
    known = _informative_values(call)
    if known:
        return known
    try:
        returned = [value for callee in callees for value in callee.infer_call_result(call)]
        return _informative(returned)
    except (AstroidError, RecursionError):
        return ()


def is_partial_object(value: object) -> bool:
    """astroid's stand-in for a ``functools.partial`` object: a copy of the
    wrapped function's body, without its ``async`` flag or decorators."""
    return type(value).__name__ == "PartialFunction"


def _is_plain_async_def(callee: object) -> bool:
    """An ``async def`` (a classmethod or staticmethod too: ``client = await
    Client.connect(url)``) whose call awaited gives what it returns."""
    return (
        isinstance(callee, nodes.AsyncFunctionDef)
        and not is_partial_object(callee)
        and all(map(is_method_descriptor, callee.decorators.nodes if callee.decorators else ()))
        and not callee.is_generator()
    )


def is_method_descriptor(node: nodes.NodeNG) -> bool:
    """The builtin ``classmethod`` or ``staticmethod`` by name, as a decorator
    or called (``load = staticmethod(fetch)``); read without inference."""
    if not isinstance(node, nodes.Name) or node.name not in ("classmethod", "staticmethod"):
        return False
    return all(binding.root().name == "builtins" for binding in bindings_of(node))


def assigned_attribute_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class of ``x.member`` when astroid infers nothing for it because
    ``x`` is known only by its annotation or its ``with`` statement: read from
    the values the class of ``x`` assigns to the member (``self.http = http
    or HttpClient()``), inferred where they are written. Every assignment must
    build an instance of the same class (``None`` placeholders aside)."""
    if not isinstance(node, nodes.Attribute) or _attribute_depth(node) > MAX_ALIAS_DEPTH:
        return None
    owner = instance_class(node.expr)
    if owner is None:
        return None
    values = []
    for binding in attribute_bindings(owner, node.attrname):
        if isinstance(binding.parent, nodes.AnnAssign) and binding.parent.value is None:
            continue  # ``http: Http`` in the class body declares, assigns nothing
        value = assigned_value(binding)
        if value is None:
            return None  # unpacked, augmented, a method: not a plain assignment
        if is_none(value):
            continue  # ``self.client = None`` until it is opened
        known = _informative_values(value)
        if not known:
            return None  # ``self.client = client``: whatever the caller passes
        values.extend(known)
    return _single_instance_class(values) if values else None


# Annotations that say nothing about what the value can do.
_UNINFORMATIVE_TYPES = frozenset(
    {"builtins.object", "builtins.type", "typing.Any", "typing_extensions.Any"}
)
_OPTIONAL_FORMS = frozenset({"typing.Optional", "typing_extensions.Optional"})
_UNION_FORMS = frozenset({"typing.Union", "typing_extensions.Union"})
_ANNOTATED_FORMS = frozenset({"typing.Annotated", "typing_extensions.Annotated"})


def declared_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class an annotation says ``node`` holds: a parameter
    ``session: requests.Session``, a name declared ``x: T = ...``, and
    ``self.x`` bound from either or declared ``x: T`` in the class body.

    astroid infers parameters to nothing (it does not read annotations), so
    without this ``async def f(store: Store): store.load()`` says nothing.
    Every binding must declare the same class.
    """
    classes = set()
    for annotation in declared_annotations(node):
        cls = annotated_class(annotation)
        if cls is None:
            return None
        classes.add(cls)
    return classes.pop() if len(classes) == 1 else None


@memoise_per_node(on_cycle=())
def declared_type_paths(node: nodes.NodeNG) -> tuple[str, ...]:
    """The import paths of the class ``node`` is declared as, for a class
    astroid cannot load (``client: httpx.Client`` where httpx is not installed)."""
    expressions = [annotated_expression(a) for a in declared_annotations(node)]
    if any(expression is None or known_values(expression) for expression in expressions):
        return ()  # astroid sees what it is: ``declared_class`` answered
    return tuple(_agreed_paths(list(import_paths(expression)) for expression in expressions))


def declared_annotations(node: nodes.NodeNG, depth: int = 0) -> list[nodes.NodeNG]:
    """The annotations of every binding that reaches ``node``; empty when
    one of them has none. ``self.x = x`` carries the parameter's over;
    ``= None`` placeholders without an annotation are skipped."""
    if depth > MAX_ALIAS_DEPTH:
        return []
    if isinstance(node, nodes.Name):
        bindings = bindings_of(node)
    elif isinstance(node, nodes.Attribute):
        if _attribute_depth(node) > MAX_ALIAS_DEPTH:
            return []  # ``a.b.c...``: each level asks for the class of the one before
        owner = instance_class(node.expr)
        bindings = attribute_bindings(owner, node.attrname) if owner is not None else []
    else:
        return []
    found = []
    for binding in bindings:
        statement = binding.parent
        if isinstance(statement, nodes.Arguments):
            annotation = _parameter_annotation(statement, binding)
            if annotation is None:
                return []
            found.append(annotation)
        elif isinstance(statement, nodes.AnnAssign):
            found.append(statement.annotation)
        elif not is_none(assigned_value(binding)):
            value = assigned_value(binding)
            carried = (
                declared_annotations(value, depth + 1) if isinstance(value, nodes.Name) else []
            )
            if not carried:
                return []
            found.extend(carried)
    return found


def _attribute_depth(node: nodes.Attribute) -> int:
    depth = 0
    while isinstance(node, nodes.Attribute):
        node, depth = node.expr, depth + 1
    return depth


def parameter_annotation(param: nodes.AssignName) -> nodes.NodeNG | None:
    """The annotation of a parameter (``logger: Logger | None = None``), if any."""
    arguments = param.parent
    if not isinstance(arguments, nodes.Arguments):
        return None
    return _parameter_annotation(arguments, param)


def _parameter_annotation(arguments: nodes.Arguments, param: nodes.NodeNG) -> nodes.NodeNG | None:
    for params, annotations in (
        (arguments.posonlyargs, arguments.posonlyargs_annotations),
        (arguments.args, arguments.annotations),
        (arguments.kwonlyargs, arguments.kwonlyargs_annotations),
    ):
        for candidate, annotation in zip(params, annotations):
            if candidate is param:
                return annotation
    return None  # *args and **kwargs hold a tuple and a dict, not the annotated type


def annotated_class(annotation: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class an annotation names (see ``annotated_expression``); None for
    strings, type variables, ``Any`` and ``object``."""
    expression = annotated_expression(annotation)
    value = single_known_value(expression) if expression is not None else None
    if not isinstance(value, nodes.ClassDef) or value.qname() in _UNINFORMATIVE_TYPES:
        return None
    # astroid builds a class for ``T = TypeVar("T")`` in no module (qname ".T").
    return value if value.root().name else None


def annotated_expression(annotation: nodes.NodeNG) -> nodes.NodeNG | None:
    """The expression naming the one class an annotation declares:
    ``Session`` in ``Session``, ``Session | None``, ``Optional[Session]``,
    ``Annotated[Session, ...]`` and ``Session[str]``; None for a union of
    several classes."""
    if isinstance(annotation, nodes.BinOp) and annotation.op == "|":
        return _single_non_none([annotation.left, annotation.right])
    if isinstance(annotation, nodes.Subscript):
        form = set(import_paths(annotation.value))
        arguments = annotation.slice
        elements = arguments.elts if isinstance(arguments, nodes.Tuple) else [arguments]
        if form & (_OPTIONAL_FORMS | _UNION_FORMS):
            return _single_non_none(elements)
        if form & _ANNOTATED_FORMS:
            return annotated_expression(elements[0])
        return annotation.value
    return annotation if isinstance(annotation, (nodes.Name, nodes.Attribute)) else None


def _single_non_none(elements: list[nodes.NodeNG]) -> nodes.NodeNG | None:
    kept = [element for element in elements if not is_none(element)]
    return annotated_expression(kept[0]) if len(kept) == 1 else None


def members_by_declaration(node: nodes.NodeNG) -> tuple[nodes.NodeNG, ...]:
    """``x.member`` looked up on the class of ``x`` when astroid infers
    nothing for the attribute itself (``x`` known by its annotation only)."""
    if not isinstance(node, nodes.Attribute) or known_values(node):
        return ()
    cls = instance_class(node.expr)
    if cls is None:
        return ()
    try:
        found = cls.getattr(node.attrname)
    except (AstroidError, RecursionError):
        return ()
    # astroid lists the class's own binding first, then its ancestors': the
    # nearest class that binds the name is what the instance sees.
    owner = found[0].parent.frame() if found and found[0].parent is not None else None
    return tuple(member for member in found if member.parent and member.parent.frame() is owner)


def class_attribute_values(node: nodes.NodeNG) -> tuple[nodes.NodeNG, ...]:
    """The values the class of ``x`` (known by its annotation only) assigns
    to ``x.member`` in its body (``DEFAULTS = []``); empty when a binding has
    no value of its own or an instance may hold its own (``self.member = ...``)."""
    members = members_by_declaration(node)
    if not members or not all(isinstance(m, nodes.AssignName) for m in members):
        return ()
    assert isinstance(node, nodes.Attribute)
    cls = instance_class(node.expr)
    try:
        hierarchy = [cls, *cls.ancestors()] if cls is not None else []
    except (AstroidError, RecursionError):
        return ()
    if any(node.attrname in klass.instance_attrs for klass in hierarchy):
        return ()
    values = [assigned_value(member) for member in members]
    return tuple(value for value in values if value is not None) if all(values) else ()


def callee_values(func: nodes.NodeNG) -> tuple[object, ...]:
    """What a callee expression may be: astroid's known values, else the
    member found on the receiver's declared class (``store.load`` with
    ``store: Store``)."""
    return known_values(func) or members_by_declaration(func)


def resolved_callee(func: nodes.NodeNG) -> object | None:
    """The one definition a callee expression runs: astroid's answer, else the
    member found on the receiver's declared class."""
    value = single_known_value(func)
    if value is None:
        members = members_by_declaration(func)
        value = members[0] if len(members) == 1 else None
    return unwrap_method(value)


@memoise_per_node(on_cycle=())
def instance_type_names(node: nodes.NodeNG) -> tuple[str, ...]:
    """Qualified class names of the instance ``node`` holds, most public first."""
    cls = instance_class(node)
    if cls is not None:
        return (cls.qname(),)
    if _informative_values(node):
        return ()
    return constructed_type_paths(node) or declared_type_paths(node)


def _informative_values(node: nodes.NodeNG) -> tuple[object, ...]:
    """Known values, less the ``None`` placeholders of ``self.x = None`` /
    ``x: T | None = None`` and the ``x: T = ...`` of an annotated local, which
    say nothing about the type held later."""
    return _informative(known_values(node))


def _informative(values: Iterable[object]) -> tuple[object, ...]:
    """``values`` less what says nothing about the type: Uninferable, ``None``, ``...``."""
    return tuple(
        value
        for value in values
        if not isinstance(value, util.UninferableBase)
        and not is_none(value)
        and not _is_ellipsis(value)
    )


def _is_ellipsis(value: object) -> bool:
    return isinstance(value, nodes.Const) and value.value is Ellipsis


def instance_member_names(node: nodes.NodeNG, member: str) -> tuple[str, ...]:
    """Names of ``<node>.<member>`` when ``node`` is an instance.

    ``MySession().get`` is named by the instance's class and by the class that
    defines ``get``, even when that base class cannot be loaded
    (``class MySession(requests.Session)`` gives ``requests.Session.get``).
    """
    cls = instance_class(node)
    if cls is None:
        return tuple(f"{path}.{member}" for path in instance_type_names(node))
    found = [f"{cls.qname()}.{member}", *_defining_class_paths(cls, member, 0)]
    return tuple(dict.fromkeys(found))


def _defining_class_paths(cls: nodes.ClassDef, member: str, depth: int) -> list[str]:
    if member in cls.locals:
        return [f"{cls.qname()}.{member}"]
    if depth > MAX_HIERARCHY_DEPTH:
        return []
    for base in cls.bases:
        base_class = single_known_value(base)
        if isinstance(base_class, nodes.ClassDef):
            found = _defining_class_paths(base_class, member, depth + 1)
        else:
            found = [f"{path}.{member}" for path in qualified_names(base)]
        if found:
            return found
    return []


@memoise_per_node(on_cycle=())
def constructed_type_paths(node: nodes.NodeNG) -> tuple[str, ...]:
    """Names of the callable whose call built the value ``node`` holds.

    Read from the assignments that reach ``node``: ``x = Factory()``,
    ``with Factory() as x`` and ``self.x = Factory()`` anywhere in the class.
    All reaching assignments must agree.
    """
    return tuple(
        _agreed_paths(
            list(qualified_names(call.func)) if isinstance(call, nodes.Call) else []
            for call in _constructor_calls(node)
            if call is not _PLACEHOLDER
        )
    )


def constructor_calls(node: nodes.NodeNG) -> tuple[nodes.Call, ...]:
    """The calls whose results reach ``node`` (``x = Factory(...)``, ``with``
    targets, ``self.x = ...`` in the class), when every reaching binding is
    such a call; empty otherwise. For questions on the constructor's
    arguments (``ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)``)."""
    calls = _constructor_calls(node)
    if not calls or not all(isinstance(call, nodes.Call) for call in calls):
        return ()
    return tuple(call for call in calls if isinstance(call, nodes.Call))


def _constructor_calls(node: nodes.NodeNG) -> list[nodes.Call | object | None]:
    """The calls whose results reach ``node``; ``None`` marks anything else."""
    if isinstance(node, nodes.Name):
        return [_call_bound_by(binding) for binding in bindings_of(node)]
    if isinstance(node, nodes.Attribute):
        owner = instance_class(node.expr)
        if owner is not None:
            bindings = attribute_bindings(owner, node.attrname)
            return [_call_bound_by(binding) for binding in bindings]
    return []


def attribute_bindings(cls: nodes.ClassDef, attribute: str) -> list[nodes.NodeNG]:
    """Assignments to ``attribute`` in the nearest class of the hierarchy that has any."""
    try:
        hierarchy = [cls, *cls.ancestors()]
    except (AstroidError, RecursionError):
        hierarchy = [cls]
    for klass in hierarchy[:MAX_HIERARCHY_DEPTH]:
        bindings = [*klass.instance_attrs.get(attribute, ()), *klass.locals.get(attribute, ())]
        if bindings:
            return bindings
    return []


_PLACEHOLDER = object()


def _call_bound_by(binding: nodes.NodeNG) -> nodes.Call | object | None:
    """The call whose result ``binding`` receives; ``_PLACEHOLDER`` for ``= None``."""
    statement = binding.parent
    value = assigned_value(binding)
    if isinstance(statement, nodes.With):
        value = next((ctx for ctx, target in statement.items if target is binding), None)
    if is_none(value):
        return _PLACEHOLDER
    return value if isinstance(value, nodes.Call) else None


# -- labels for messages ------------------------------------------------------

def is_linted_code(module: nodes.Module) -> bool:
    """Code of the project, as opposed to the standard library or installed packages."""
    return is_linted_path(module.name, module.file or "")


def function_label(func: nodes.FunctionDef) -> str:
    """How a chain names a function: ``load`` or ``Loader.load``."""
    owner = func.parent.frame() if func.parent is not None else None
    return f"{owner.name}.{func.name}" if isinstance(owner, nodes.ClassDef) else func.name


def callee_label(call: nodes.Call, called: bool = False) -> str:
    """How a message names what ``call`` invokes (``called``: as a call,
    ``fetch()``).

    ``Notifier.send`` for a function of the linted code, ``asyncio.sleep`` for
    a library's (its most public name), the code as written for anything else
    (a callable instance, a loop's method), and for a ``functools.partial``
    held in a name the function it wraps too (``shout (a partial of notify)``).
    """
    parentheses = "()" if called else ""
    definition = resolved_callee(call.func)
    if is_partial_object(definition) and not isinstance(call.func, nodes.Call):
        # astroid names its copy after the function it wraps
        return f"{call.func.as_string()}{parentheses} (a partial of {definition.name})"
    if isinstance(definition, nodes.FunctionDef) and not is_partial_object(definition):
        if is_linted_code(definition.root()):
            return function_label(definition) + parentheses
        name = qualified_name(call)
        if name is not None:
            return name + parentheses
    return call.func.as_string() + parentheses


# How ``with`` targets reach this module's answers (``context_managers`` sits below it).
_RESOLVER = Resolver(resolved_callee, instance_class)
