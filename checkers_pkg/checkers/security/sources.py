"""Is this value taken from outside the program, and from where?

A command or query that is not built is reported only when it comes wholly
from outside: the command line (``sys.argv``, what argparse's
``parse_args()`` returns), the terminal (``input()``), the environment
(``os.environ``, ``os.getenv``) or a web request (``flask.request``'s
fields, a request handler's parameters and their fields). The answer is a
short label for the message (``sys.argv[1]``, ``input()``), or None.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.inference.imports import definition_by_imports, local_definition
from checkers_pkg.inference.names import import_paths, qualified_names
from checkers_pkg.inference.values import assigned_value, bindings_of, returned_values

_ARGV = frozenset({"sys.argv"})
_ENVIRON = frozenset({"os.environ", "posix.environ", "nt.environ"})
_GETENV = frozenset({"os.getenv", "os.environ.get", "posix.getenv", "os.getenvb"})
_INPUT = frozenset({"input", "builtins.input", "raw_input"})
_FLASK_REQUEST = frozenset({"flask.request", "flask.globals.request"})
# Fields of a request object (Flask, Django, DRF, Starlette, aiohttp, bottle).
REQUEST_FIELDS = frozenset(
    {"args", "form", "values", "json", "data", "files", "cookies", "headers", "GET",
     "POST", "COOKIES", "META", "query_params", "path_params", "query", "match_info",
     "body", "get_json", "query_string", "params", "forms"}
)
# Parameters that hold a request, by name, in handlers that no decorator marks
# (Django views are registered in urls.py).
_REQUEST_NAMES = frozenset({"request", "req"})
# Decorators (by their last name: ``@app.route(...)``, ``@router.post(...)``)
# that hand a function to a web framework, which fills its parameters from
# the request.
REQUEST_HANDLER_DECORATORS = frozenset(
    {"route", "get", "post", "put", "patch", "delete", "head", "options", "websocket",
     "api_route", "api_view", "view_config"}
)
# FastAPI parameters whose default names a dependency: filled by the app.
_DEPENDENCY_DEFAULTS = frozenset({"Depends", "Security"})
_MAX_DEPTH = 8


def is_request_handler(func: nodes.NodeNG | None) -> bool:
    """Whether ``func`` is decorated as a web route handler."""
    if not isinstance(func, nodes.FunctionDef) or not func.decorators:
        return False
    for decorator in func.decorators.nodes:
        target = decorator.func if isinstance(decorator, nodes.Call) else decorator
        name = target.attrname if isinstance(target, nodes.Attribute) else getattr(
            target, "name", ""
        )
        if name in REQUEST_HANDLER_DECORATORS:
            return True
    return False


def handler_parameter(binding: nodes.NodeNG) -> bool:
    """Whether ``binding`` is a parameter a web framework fills from the
    request: any parameter of a route handler but ``self`` and dependencies."""
    arguments = binding.parent
    if not isinstance(arguments, nodes.Arguments) or not isinstance(binding, nodes.AssignName):
        return False
    func = arguments.parent
    if not is_request_handler(func):
        return False
    if func.args.arguments and func.args.arguments[0] is binding and binding.name in (
        "self", "cls"
    ):
        return False
    default = _default_of(arguments, binding)
    if isinstance(default, nodes.Call):
        callee = default.func
        name = callee.attrname if isinstance(callee, nodes.Attribute) else getattr(
            callee, "name", ""
        )
        if name in _DEPENDENCY_DEFAULTS:
            return False
    return True


def handler_parameter_label(binding: nodes.AssignName) -> str | None:
    """How the message names a route handler's parameter, or None when
    ``binding`` is no such parameter."""
    if not handler_parameter(binding):
        return None
    return f"'{binding.name}', a parameter of the request handler {binding.parent.parent.name}()"


def _default_of(arguments: nodes.Arguments, binding: nodes.AssignName) -> nodes.NodeNG | None:
    positional = [*arguments.posonlyargs, *arguments.args]
    if binding in positional:
        index = positional.index(binding) - (len(positional) - len(arguments.defaults))
        return arguments.defaults[index] if index >= 0 else None
    if binding in arguments.kwonlyargs:
        return arguments.kw_defaults[arguments.kwonlyargs.index(binding)]
    return None


def outside_source(node: nodes.NodeNG, depth: int = 0) -> str | None:
    """A label for where ``node``'s value comes from when it is taken from
    outside the program (``sys.argv[1]``, ``input()``, ``os.environ['X']``,
    ``request.args['q']``, ``args.hook``), else None. Names are followed
    through their assignments (every binding must be such a source)."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(node, nodes.Subscript):
        if _names(node.value) & (_ARGV | _ENVIRON):
            return node.as_string()
        return _request_field(node)
    if isinstance(node, nodes.Call):
        func = node.func
        names = _names(func)
        if names & _GETENV:
            return node.as_string()
        if names & _INPUT or (isinstance(func, nodes.Name) and func.name == "input"
                              and not bindings_of(func)):
            return "input()"
        return _request_field(node)
    if isinstance(node, nodes.Attribute):
        if _is_parsed_arguments(node.expr):
            return node.as_string()
        return _request_field(node)
    if isinstance(node, nodes.Name):
        return _name_source(node, depth)
    return None


def _name_source(node: nodes.Name, depth: int) -> str | None:
    bindings = bindings_of(node)
    if not bindings:
        return None
    labels = []
    for binding in bindings:
        handler = handler_parameter_label(binding) if isinstance(
            binding, nodes.AssignName
        ) else None
        if handler is not None:
            labels.append(handler)
            continue
        value = assigned_value(binding)
        label = outside_source(value, depth + 1) if value is not None else None
        if label is None:
            return None
        labels.append(label)
    return labels[0]


def _request_field(node: nodes.NodeNG) -> str | None:
    """``request.args['q']``, ``request.form.get('x')``, ``request.json``,
    ``req.GET['q']``: a chain of fields, lookups and ``get`` calls rooted at
    a request."""
    current = node
    field_seen = False
    for _ in range(_MAX_DEPTH):
        if isinstance(current, nodes.Call):
            func = current.func
            if not isinstance(func, nodes.Attribute) or func.attrname not in (
                "get", "getlist", "get_json", "getone", "getall", "pop"
            ):
                return None
            field_seen = field_seen or func.attrname == "get_json"
            current = func.expr
        elif isinstance(current, nodes.Subscript):
            current = current.value
        elif isinstance(current, nodes.Attribute):
            field_seen = field_seen or current.attrname in REQUEST_FIELDS
            current = current.expr
        else:
            break
    if current is node or not isinstance(current, nodes.Name):
        return None
    if _names(current) & _FLASK_REQUEST:
        return node.as_string() if field_seen or current is not node else None
    bindings = bindings_of(current)
    if len(bindings) != 1:
        return None
    if handler_parameter(bindings[0]):
        return node.as_string()
    if field_seen and current.name in _REQUEST_NAMES and isinstance(
        bindings[0].parent, nodes.Arguments
    ):
        return node.as_string()
    return None


def _is_parsed_arguments(node: nodes.NodeNG) -> bool:
    """Whether ``node`` holds what ``ArgumentParser.parse_args()`` (or the
    first item of ``parse_known_args()``) returns."""
    if isinstance(node, nodes.Name):
        values = [assigned_value(binding) for binding in bindings_of(node)]
        return bool(values) and all(
            value is not None and _is_parse_call(value) for value in values
        )
    return _is_parse_call(node)


def _is_parse_call(node: nodes.NodeNG, depth: int = 0) -> bool:
    if isinstance(node, nodes.Subscript):  # parse_known_args()[0]
        node = node.value
    if not isinstance(node, nodes.Call):
        return False
    if not isinstance(node.func, nodes.Attribute):
        # ``opts = parse(argv)``: a helper of the linted code that returns them.
        callee = local_definition(node.func) or definition_by_imports(node.func)
        if not isinstance(callee, nodes.FunctionDef) or depth > 2:
            return False
        returned = returned_values(callee)
        return bool(returned) and all(
            value is not None and _is_parse_call(value, depth + 1) for value in returned
        )
    method = node.func.attrname
    if method not in ("parse_args", "parse_known_args", "parse_intermixed_args"):
        return False
    return f"argparse.ArgumentParser.{method}" in qualified_names(node.func)


def _names(node: nodes.NodeNG) -> set[str]:
    return set(qualified_names(node)) | set(import_paths(node))
