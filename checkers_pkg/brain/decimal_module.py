"""``decimal`` read from its pure-Python twin where astroid cannot see the C one.

CPython 3.13's C ``_decimal`` says its classes belong to ``decimal`` (their
``__module__`` is ``"decimal"``). astroid, building ``_decimal`` from the live
module, then takes each class for an import from ``decimal`` and leaves an
empty node: ``Decimal("1.5")`` infers to nothing, and no question about a
Decimal gets an answer (issue #27: ``price.quantize(...)`` lost on 3.13 only).
Where that happens, ``decimal``'s names are taken from ``_pydecimal``, the
standard library's own pure-Python implementation of the same API, which is
what ``decimal`` itself falls back to. Where astroid sees ``_decimal``'s
classes (3.11, 3.12), nothing changes.
"""

from __future__ import annotations

from astroid import nodes
from astroid.exceptions import AstroidError
from astroid.manager import AstroidManager

from checkers_pkg.brain._stubs import extend_module

_MARKER = "_checkers_pkg_decimal"


def _c_classes_visible() -> bool:
    try:
        c_module = AstroidManager().ast_from_module_name("_decimal")
    except (AstroidError, ImportError, SyntaxError):
        return False
    return any(isinstance(node, nodes.ClassDef) for node in c_module.locals.get("Decimal", ()))


def _decimal_source() -> str:
    if _c_classes_visible():
        return f"{_MARKER} = True\n"
    import _pydecimal  # pylint: disable=import-outside-toplevel  # standard library, only here

    names = ", ".join(sorted(_pydecimal.__all__))
    return f"{_MARKER} = True\nfrom _pydecimal import ({names})\n"


def register(manager: AstroidManager) -> None:
    """Extend ``decimal`` when astroid builds it (idempotent)."""
    extend_module(manager, "decimal", _decimal_source, marker=_MARKER)
