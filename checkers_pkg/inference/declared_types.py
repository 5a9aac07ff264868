"""The class an annotation declares for a name, a parameter or an attribute.

astroid does not read annotations: a parameter ``session: requests.Session``
infers to nothing. These questions read them.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.inference import instances, names
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    is_none,
    known_values,
    single_known_value,
)

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
    return tuple(
        names.agreed_paths(list(names.import_paths(expression)) for expression in expressions)
    )


def declared_annotations(node: nodes.NodeNG, depth: int = 0) -> list[nodes.NodeNG]:
    """The annotations of every binding that reaches ``node``; empty when
    one of them has none. ``self.x = x`` carries the parameter's over;
    ``= None`` placeholders without an annotation are skipped."""
    if depth > names.MAX_ALIAS_DEPTH:
        return []
    if isinstance(node, nodes.Name):
        bindings = bindings_of(node)
    elif isinstance(node, nodes.Attribute):
        if attribute_depth(node) > names.MAX_ALIAS_DEPTH:
            return []  # ``a.b.c...``: each level asks for the class of the one before
        owner = instances.instance_class(node.expr)
        bindings = instances.attribute_bindings(owner, node.attrname) if owner is not None else []
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


def attribute_depth(node: nodes.Attribute) -> int:
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
        form = set(names.import_paths(annotation.value))
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
