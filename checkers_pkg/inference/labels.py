"""How messages name what they found: functions of the linted code by their
short label (``Loader.load``), library callables by their most public name.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.inference.callables import is_partial_object
from checkers_pkg.inference.instances import resolved_callee
from checkers_pkg.inference.names import qualified_name
from checkers_pkg.inference.summaries import is_linted_path

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
