"""Astroid transforms that teach inference what it cannot see by itself.

Kept apart from the checkers: a transform changes what *all* of pylint sees,
so each one is written to add knowledge, never to change an answer astroid
already gets right.
"""

from __future__ import annotations

from astroid.manager import AstroidManager

from checkers_pkg.brain import decimal_module, pathlib_division, re_module, stdlib_returns

_BRAINS = (decimal_module, pathlib_division, re_module, stdlib_returns)


def register_transforms(manager: AstroidManager) -> None:
    """Teach astroid everything, once, however often this is called.

    ``register(linter)`` runs again in each ``-j N`` worker while what the
    parent taught is still in place, and a run may follow
    ``MANAGER.clear_cache()``; every brain's ``register`` is idempotent.
    """
    for brain in _BRAINS:
        brain.register(manager)
