"""What C-backed standard-library calls return.

Measured on astroid 4.3.4: ``asyncio.get_running_loop()``/``get_event_loop()``
and ``sqlite3.connect(...)``/``.cursor()`` infer to ``Uninferable``, and
``_sqlite3.Connection`` is an empty node. The loop is taught as
``asyncio.base_events.BaseEventLoop`` (the pure-Python base of the real loops,
so its methods have real bodies for pylint's own checks); ``sqlite3`` gains
stub ``Connection`` and ``Cursor`` classes generated from the interpreter's.
"""

from __future__ import annotations

from astroid.manager import AstroidManager

from checkers_pkg.brain._returns import ReturnsInstance, ReturnsInstanceBrain
from checkers_pkg.brain._stubs import extend_module, stub_class_source

_LOOP_FACTORIES = frozenset(
    f"{module}.{function}"
    for module in ("asyncio", "asyncio.events", "_asyncio")
    for function in ("get_running_loop", "get_event_loop", "new_event_loop")
)
_SQLITE_CONNECT = frozenset({"sqlite3.connect", "_sqlite3.connect", "sqlite3.dbapi2.connect"})
_SQLITE_CURSOR_FACTORIES = frozenset(
    f"sqlite3.{cls}.{method}"
    for cls, methods in (
        ("Connection", ("cursor", "execute", "executemany", "executescript")),
        ("Cursor", ("execute", "executemany", "executescript")),
    )
    for method in methods
)

BRAIN = ReturnsInstanceBrain(
    ReturnsInstance(_LOOP_FACTORIES, "asyncio.base_events", "BaseEventLoop"),
    ReturnsInstance(_SQLITE_CONNECT, "sqlite3", "Connection"),
    ReturnsInstance(_SQLITE_CURSOR_FACTORIES, "sqlite3", "Cursor"),
)


def _sqlite3_source() -> str:
    # Imported here, when astroid first builds ``sqlite3`` for code that uses
    # it: loading the C library in every run would cost every run its memory.
    import sqlite3  # pylint: disable=import-outside-toplevel

    return "_checkers_pkg_sqlite3 = True\n\n" + "\n\n".join(
        stub_class_source(cls) for cls in (sqlite3.Connection, sqlite3.Cursor)
    )


def register(manager: AstroidManager) -> None:
    """Extend ``sqlite3`` and register the return-type tips (idempotent)."""
    extend_module(manager, "sqlite3", _sqlite3_source, marker="_checkers_pkg_sqlite3")
    BRAIN.register(manager)
