"""What kind of callable astroid hands back: a ``functools.partial`` stand-in,
or the builtin ``classmethod``/``staticmethod`` descriptors, read without inference.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.inference.values import bindings_of


def is_partial_object(value: object) -> bool:
    """astroid's stand-in for a ``functools.partial`` object: a copy of the
    wrapped function's body, without its ``async`` flag or decorators."""
    return type(value).__name__ == "PartialFunction"


def is_method_descriptor(node: nodes.NodeNG) -> bool:
    """The builtin ``classmethod`` or ``staticmethod`` by name, as a decorator
    or called (``load = staticmethod(fetch)``); read without inference."""
    if not isinstance(node, nodes.Name) or node.name not in ("classmethod", "staticmethod"):
        return False
    return all(binding.root().name == "builtins" for binding in bindings_of(node))
