"""Whether an expression holds a standard-library logger, followed through
the ways projects hold one: a module-level ``LOG``, a project factory
(``def get_logger(name): return ROOT.getChild(name)``), a logger injected
with a default (``self.log = logger or get_logger(name)``,
``logger if logger is not None else logging.getLogger(...)``) or a
parameter annotated ``logging.Logger | None``.

Only the standard library's loggers: structlog's or loguru's take their
arguments differently, so an unknown factory is not a logger.
"""

from __future__ import annotations

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.declared_types import annotated_class, parameter_annotation
from checkers_pkg.inference.definitions import Origin, is_parameter, origins
from checkers_pkg.inference.names import import_paths
from checkers_pkg.inference.values import is_none, returned_values

LOGGER_CLASSES = frozenset({"logging.Logger", "logging.RootLogger", "logging.LoggerAdapter"})


LOGGER_FACTORIES = frozenset({"logging.getLogger", "logging.getLoggerClass", *LOGGER_CLASSES})


# Logger methods that return a logger.
LOGGER_RETURNING_METHODS = frozenset({"getChild"})


# Factories calling factories: real chains are short.
MAX_LOGGER_DEPTH = 6


def holds_logger(node: nodes.NodeNG) -> bool:
    """Whether every definition of ``node`` is a standard-library logger."""
    return _holds_logger(node, 0)


@memoise_per_node(on_cycle=False)
def _holds_logger(node: nodes.NodeNG, depth: int) -> bool:
    if depth > MAX_LOGGER_DEPTH:
        return False
    found = origins(node, depth)
    return bool(found) and all(_is_logger(origin, depth + 1) for origin in found)


def _is_logger(origin: Origin, depth: int) -> bool:
    value = origin.value
    if is_parameter(origin):
        return _annotated_logger(value)  # type: ignore[arg-type]
    if isinstance(value, nodes.Call):
        return _returns_logger(value, depth)
    if isinstance(value, nodes.BoolOp) and value.op == "or":
        return _injected_or_logger(value.values, depth)
    if isinstance(value, nodes.IfExp):
        return _injected_or_logger([value.body, value.orelse], depth)
    return False


def _injected_or_logger(alternatives: list[nodes.NodeNG], depth: int) -> bool:
    """``logger or get_logger(name)``: each alternative is a logger or the
    injected parameter (unannotated, or annotated as a logger), and one of
    them is a logger for sure."""
    sure = False
    for alternative in alternatives:
        found = origins(alternative, depth)
        if all(_is_logger(origin, depth) for origin in found):
            sure = True
        elif not all(is_parameter(origin) or is_none(origin.value) for origin in found):
            return False
        elif any(
            is_parameter(origin) and parameter_annotation(origin.value) is not None  # type: ignore[arg-type]
            for origin in found
        ):
            return False  # annotated as something else
    return sure


def _annotated_logger(param: nodes.AssignName) -> bool:
    annotation = parameter_annotation(param)
    cls = annotated_class(annotation) if annotation is not None else None
    return cls is not None and _is_logger_class(cls)


def _is_logger_class(cls: nodes.ClassDef) -> bool:
    try:
        names = {cls.qname(), *(ancestor.qname() for ancestor in cls.ancestors())}
    except (AstroidError, RecursionError):
        return False
    return bool(names & LOGGER_CLASSES)


def _returns_logger(call: nodes.Call, depth: int) -> bool:
    """``logging.getLogger(...)``, ``logger.getChild(...)``, a logger class,
    or a project function every ``return`` of which gives a logger."""
    func = call.func
    if LOGGER_FACTORIES.intersection(import_paths(func)):
        return True
    if isinstance(func, nodes.Attribute) and func.attrname in LOGGER_RETURNING_METHODS:
        return _holds_logger(func.expr, depth)
    for origin in origins(func, depth):
        definition = origin.value
        if isinstance(definition, nodes.ClassDef):
            if not _is_logger_class(definition):
                return False
        elif isinstance(definition, nodes.FunctionDef):
            if not _function_returns_logger(definition, depth):
                return False
        else:
            return False
    return True


@memoise_per_node(on_cycle=False)
def _function_returns_logger(function: nodes.FunctionDef, depth: int) -> bool:
    returns = returned_values(function)
    return bool(returns) and all(
        value is not None and _holds_logger(value, depth) for value in returns
    )


__all__ = ["LOGGER_CLASSES", "LOGGER_FACTORIES", "holds_logger"]
