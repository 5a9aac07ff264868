"""Django's ORM on the event loop (CATALOGUE.md, *ORM query*): which calls
and which uses of a queryset run a query, which Django refuses in async code
with ``SynchronousOnlyOperation``.

astroid cannot see managers (Django's metaclass adds ``objects``), so the
ORM's values are followed here: a model class's managers (declared or the
default ``objects``), what their methods return, custom managers and
querysets of the linted code, model instances (built, awaited from the async
API, annotated, iterated from a queryset) and their related managers.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.checkers.asynchronous.orm_models import (
    INSTANCE,
    MANAGER,
    MANAGER_BASES,
    MODEL_BASES,
    QUERYSET,
    QUERYSET_BASES,
    RELATED,
    OrmValue,
    has_base,
    is_model_class,
    model_class,
    relation_of,
)
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.declared_types import declared_type_paths
from checkers_pkg.inference.instances import attribute_bindings, instance_class
from checkers_pkg.inference.labels import is_linted_code
from checkers_pkg.inference.names import MAX_ALIAS_DEPTH, import_paths, qualified_names
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    hierarchy_of,
    returned_values,
    single_known_value,
    unwrap_method,
)

LAZY_METHODS = frozenset(
    {"all", "filter", "exclude", "order_by", "select_related", "prefetch_related", "annotate",
     "alias", "values", "values_list", "distinct", "defer", "only", "using", "reverse", "none",
     "extra", "select_for_update", "union", "intersection", "difference", "dates", "datetimes",
     "complex_filter", "raw", "get_queryset"}
)
_INSTANCE_GETTERS = frozenset({"get", "first", "last", "latest", "earliest", "create"})
_ASYNC_INSTANCE_GETTERS = frozenset({f"a{name}" for name in _INSTANCE_GETTERS})
ASYNC_SHORTCUTS = frozenset({"django.shortcuts.aget_object_or_404"})


@memoise_per_node(on_cycle=None)
def orm_value(node: nodes.NodeNG) -> OrmValue | None:
    """What ORM value ``node`` holds: a model class, a manager, a queryset,
    a model instance or a related manager; None when it is none of them or
    inference cannot tell."""
    if isinstance(node, nodes.Call):
        return _value_of_call(node)
    if isinstance(node, nodes.Await):
        return _awaited_value(node.value)
    if isinstance(node, nodes.Attribute):
        return _value_of_attribute(node)
    if isinstance(node, nodes.Name):
        return _value_of_name(node)
    if isinstance(node, nodes.Subscript) and isinstance(node.slice, nodes.Slice) \
            and node.slice.step is None:
        owner = orm_value(node.value)  # ``qs[:10]`` is a queryset still
        return owner if owner is not None and owner.role == QUERYSET else None
    return None


def _value_of_attribute(node: nodes.Attribute) -> OrmValue | None:
    model = model_class(node.expr)
    if model is not None:
        return _manager_of(model, node.attrname)
    if node.attrname in ("objects", "_default_manager") and _is_generic_model(node.expr):
        return OrmValue(MANAGER)
    owner = orm_value(node.expr)
    if owner is not None and owner.role == INSTANCE and owner.model is not None:
        return relation_of(owner.model, node.attrname)
    if node.attrname == "model" and owner is None:
        return None
    return _value_of_class(instance_class(node)) or _value_held_on_self(node)


def _value_held_on_self(node: nodes.Attribute) -> OrmValue | None:
    """``self.queryset``: what every assignment of the attribute in the class
    (``self.queryset = Book.objects.filter(...)`` in ``__init__``, or
    ``queryset = Book.objects.all()`` in the body) holds."""
    if not (isinstance(node.expr, nodes.Name) and node.expr.name == "self"):
        return None
    frame = node.frame()
    owner = frame.parent.frame() if isinstance(frame, nodes.FunctionDef) and frame.parent else None
    if not isinstance(owner, nodes.ClassDef) or not is_linted_code(owner.root()):
        return None
    values = set()
    for binding in attribute_bindings(owner, node.attrname)[:MAX_ALIAS_DEPTH]:
        value = assigned_value(binding)
        found = orm_value(value) if value is not None else None
        if found is None:
            return None
        values.add(found)
    return values.pop() if len(values) == 1 else None


def _is_generic_model(node: nodes.NodeNG) -> bool:
    """``self.model``/``cls.model`` in a class of a module that uses Django:
    the generic services and views that query whatever model is set."""
    if not (isinstance(node, nodes.Attribute) and node.attrname == "model"
            and isinstance(node.expr, nodes.Name) and node.expr.name in ("self", "cls")):
        return False
    return _imports_django(node.root())


@memoise_per_node(on_cycle=False)
def _imports_django(module: nodes.Module) -> bool:
    for statement in module.body:
        if isinstance(statement, nodes.ImportFrom) and statement.modname.startswith("django"):
            return True
        if isinstance(statement, nodes.Import) and any(
            name.startswith("django") for name, _ in statement.names
        ):
            return True
    return False


def _manager_of(model: nodes.ClassDef, attribute: str) -> OrmValue | None:
    """``Book.objects``, ``Book.published``: a manager the model declares, or
    the default ``objects`` when no class of its hierarchy binds that name."""
    for klass in hierarchy_of(model)[:16]:
        if klass.qname() in MODEL_BASES:
            break
        bindings = klass.locals.get(attribute)
        if bindings:
            value = assigned_value(bindings[0]) if len(bindings) == 1 else None
            return _declared_manager(model, value) if value is not None else None
    if attribute in ("objects", "_default_manager", "_base_manager"):
        return OrmValue(MANAGER, model)
    return None


def _declared_manager(model: nodes.ClassDef, value: nodes.NodeNG) -> OrmValue | None:
    """``objects = BookManager()``, ``BookQuerySet.as_manager()``,
    ``models.Manager()``, ``BaseManager.from_queryset(BookQuerySet)()``."""
    if not isinstance(value, nodes.Call):
        return None
    func = value.func
    if isinstance(func, nodes.Attribute) and func.attrname == "as_manager":
        custom = single_known_value(func.expr)
        if isinstance(custom, nodes.ClassDef) and has_base(custom, QUERYSET_BASES):
            return OrmValue(MANAGER, model, custom)
        return None
    if isinstance(func, nodes.Call) and isinstance(func.func, nodes.Attribute) \
            and func.func.attrname == "from_queryset" and func.args:
        custom = single_known_value(func.args[0])
        return OrmValue(MANAGER, model, custom if isinstance(custom, nodes.ClassDef) else None)
    cls = single_known_value(func)
    if isinstance(cls, nodes.ClassDef) and has_base(cls, MANAGER_BASES):
        return OrmValue(MANAGER, model, cls if is_linted_code(cls.root()) else None)
    if MANAGER_BASES.intersection(import_paths(func)):
        return OrmValue(MANAGER, model)
    return None


def _value_of_class(cls: nodes.ClassDef | None) -> OrmValue | None:
    """An instance of a model, queryset or manager class (annotations too)."""
    if cls is None:
        return None
    if is_model_class(cls):
        return OrmValue(INSTANCE, cls)
    if has_base(cls, QUERYSET_BASES):
        return OrmValue(QUERYSET, None, cls if is_linted_code(cls.root()) else None)
    if has_base(cls, MANAGER_BASES):
        return OrmValue(MANAGER, None, cls if is_linted_code(cls.root()) else None)
    return None


def _value_of_name(node: nodes.Name) -> OrmValue | None:
    if node.name in ("self", "cls"):
        frame = node.frame()
        in_method = isinstance(frame, nodes.FunctionDef) and frame.parent
        owner = frame.parent.frame() if in_method else None
        if isinstance(owner, nodes.ClassDef):
            if node.name == "cls":
                return None
            return _value_of_class(owner) if _owned_self(node, frame) else None
    values = set()
    bindings = bindings_of(node)
    if not bindings or len(bindings) > MAX_ALIAS_DEPTH:
        return None
    for binding in bindings:
        value = _value_of_binding(binding)
        if value is None:
            return _value_of_class(instance_class(node)) or _value_of_declared(node)
        values.add(value)
    return values.pop() if len(values) == 1 else None


def _value_of_declared(node: nodes.Name) -> OrmValue | None:
    """A queryset or manager known by an annotation astroid cannot load
    (``books: QuerySet[Book]`` where Django is not installed)."""
    paths = set(declared_type_paths(node))
    if paths & QUERYSET_BASES:
        return OrmValue(QUERYSET)
    if paths & MANAGER_BASES:
        return OrmValue(MANAGER)
    return None


def _owned_self(node: nodes.Name, frame: nodes.FunctionDef) -> bool:
    params = frame.args.args or []
    return bool(params) and params[0].name == node.name


def _value_of_binding(binding: nodes.NodeNG) -> OrmValue | None:
    value = assigned_value(binding)
    if value is not None:
        return orm_value(value)
    loop = binding.parent
    if isinstance(loop, (nodes.For, nodes.Comprehension)) and loop.target is binding:
        iterated = orm_value(loop.iter)
        if iterated is not None and iterated.role == QUERYSET and iterated.model is not None:
            return OrmValue(INSTANCE, iterated.model)
    return None


def _awaited_value(call: nodes.NodeNG) -> OrmValue | None:
    """``await Book.objects.aget(...)``, ``await aget_object_or_404(Book, ...)``."""
    if not isinstance(call, nodes.Call):
        return None
    func = call.func
    if isinstance(func, nodes.Attribute) and func.attrname in _ASYNC_INSTANCE_GETTERS:
        owner = orm_value(func.expr)
        if owner is not None and owner.role in (MANAGER, QUERYSET, RELATED) and owner.model:
            return OrmValue(INSTANCE, owner.model)
    if call.args and ASYNC_SHORTCUTS.intersection(qualified_names(func)):
        model = model_class(call.args[0])
        return OrmValue(INSTANCE, model) if model is not None else None
    return None


def _value_of_call(call: nodes.Call) -> OrmValue | None:
    func = call.func
    if isinstance(func, (nodes.Name, nodes.Attribute)):
        model = model_class(func)
        if model is not None:
            return OrmValue(INSTANCE, model)
        helper = _linted_function(func)
        if helper is not None:
            return _returned_role(helper)  # ``def published(): return Book.objects...``
    if not isinstance(func, nodes.Attribute):
        return None
    if func.attrname == "get_queryset" and _is_super(func.expr):
        owner = _value_of_class(_enclosing_class(call))
        return OrmValue(QUERYSET, None, None) if owner is not None else None
    owner = orm_value(func.expr)
    if owner is None or owner.role not in (MANAGER, QUERYSET, RELATED):
        return None
    method = func.attrname
    if method in LAZY_METHODS:
        custom = owner.custom if owner.custom is not None and has_base(
            owner.custom, QUERYSET_BASES) else None
        return OrmValue(QUERYSET, owner.model, custom)
    if method in _INSTANCE_GETTERS:
        return OrmValue(INSTANCE, owner.model) if owner.model is not None else None
    custom = custom_method(owner, method)
    if custom is not None:
        returned = _returned_role(custom)
        if returned is not None:
            custom = (returned.custom or owner.custom) if returned.role == QUERYSET else None
            return OrmValue(returned.role, owner.model, custom)
    return None


def _is_super(node: nodes.NodeNG) -> bool:
    return isinstance(node, nodes.Call) and isinstance(node.func, nodes.Name) \
        and node.func.name == "super"


def _enclosing_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    frame = node.frame()
    owner = frame.parent.frame() if isinstance(frame, nodes.FunctionDef) and frame.parent else None
    return owner if isinstance(owner, nodes.ClassDef) else None


def custom_method(owner: OrmValue, method: str) -> nodes.FunctionDef | None:
    """The method of a custom manager or queryset class of the linted code
    that ``owner.method`` runs (``Book.objects.published``)."""
    if owner.custom is None or method.startswith("__"):
        return None
    for klass in hierarchy_of(owner.custom)[:16]:
        if not is_linted_code(klass.root()):
            return None
        found = klass.locals.get(method)
        if found:
            function = found[0]
            if isinstance(function, nodes.FunctionDef) and not isinstance(
                function, nodes.AsyncFunctionDef
            ):
                return function
            return None
    return None


def _linted_function(func: nodes.NodeNG) -> nodes.FunctionDef | None:
    """The plain sync function of the linted code a callee names."""
    callee = unwrap_method(single_known_value(func))
    if type(callee) is not nodes.FunctionDef or callee.decorators is not None:
        return None
    return callee if is_linted_code(callee.root()) else None


@memoise_per_node(on_cycle=None)
def _returned_role(func: nodes.FunctionDef) -> OrmValue | None:
    """The ORM value every ``return`` of ``func`` gives: a queryset, a
    manager or a model instance."""
    if func.is_generator():
        return None
    values = {orm_value(value) if value is not None else None for value in returned_values(func)}
    if len(values) != 1:
        return None
    value = values.pop()
    return value if value is not None and value.role in (QUERYSET, MANAGER, INSTANCE) else None
