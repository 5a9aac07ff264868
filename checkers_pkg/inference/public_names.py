"""The public name of a standard-library type or function, whatever module
implements it on the interpreter at hand.

CPython names a class or function by the module that defines it, and astroid's
``qname()`` follows: ``datetime.datetime`` is ``datetime.datetime`` on 3.11
(with a C twin ``_datetime.datetime``) but ``_pydatetime.datetime`` on 3.12+,
``pathlib.Path`` is ``pathlib._local.Path`` on 3.13, ``decimal.Decimal`` is
``_decimal.Decimal`` or ``_pydecimal.Decimal``, ``os.path.join`` is
``posixpath.join`` here and ``ntpath.join`` on Windows. A table keyed by the
documented name then matches on one interpreter and not the next. The
inference layer passes every type and callee name it produces through this
module, so tables are keyed by public names only, and twins of one type
(``_decimal.Decimal`` and ``_pydecimal.Decimal``) are one type.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from astroid import nodes

# Implementation module -> the public module that re-exports its names under
# the same names (``from _socket import *``, ``from _pydatetime import *``).
# Only such modules: a name that does not exist publicly must not be made up.
_PUBLIC_MODULES: dict[str, str] = {
    "_datetime": "datetime",
    "_pydatetime": "datetime",
    "_decimal": "decimal",
    "_pydecimal": "decimal",
    "pathlib._local": "pathlib",
    "_collections": "collections",
    "_collections_abc": "collections.abc",
    "_io": "io",
    "_pyio": "io",
    "posixpath": "os.path",
    "ntpath": "os.path",
    "genericpath": "os.path",
    "posix": "os",
    "nt": "os",
    "_socket": "socket",
    "_ssl": "ssl",
    "_pickle": "pickle",
    "_sqlite3": "sqlite3",
    "sqlite3.dbapi2": "sqlite3",
    "_functools": "functools",
    "_operator": "operator",
    "_asyncio": "asyncio",
    "_contextvars": "contextvars",
    "_queue": "queue",
    "_heapq": "heapq",
    "_bisect": "bisect",
    "_struct": "struct",
    "_csv": "csv",
    "_warnings": "warnings",
    "_zoneinfo": "zoneinfo",
    "zoneinfo._zoneinfo": "zoneinfo",
}
# Modules astroid names oddly when it builds a C module whose classes say
# they belong to the public one: Debian's built-in ``_datetime`` gives
# ``datetime.py`` read again as ``_datetime.datetime`` (so its class is
# ``_datetime.datetime.datetime``). Known by a node's module only: as text,
# ``_datetime.datetime.replace`` is a method of the C class.
_BUILT_AS: dict[str, str] = {"_datetime.datetime": "datetime"}
# Pure-Python fallbacks kept under a private name beside the C version.
_RENAMED: dict[str, str] = {
    **{f"pickle._{name}": f"pickle.{name}"
       for name in ("Pickler", "Unpickler", "dump", "dumps", "load", "loads")},
}


@functools.lru_cache(maxsize=4096)
def public_name(qualified_name: str) -> str:
    """``_pydatetime.datetime.replace`` -> ``datetime.datetime.replace``;
    ``posixpath.join`` -> ``os.path.join``; any other name as it is."""
    renamed = _RENAMED.get(qualified_name)
    if renamed is not None:
        return renamed
    module, _, rest = qualified_name.rpartition(".")
    while module:
        public = _PUBLIC_MODULES.get(module)
        if public is not None:
            return public_name(f"{public}.{rest}")
        module, _, last = module.rpartition(".")
        rest = f"{last}.{rest}"
    return qualified_name


def public_qname(node: nodes.NodeNG) -> str:
    """The public name of a class, function or module node (``qname()``,
    read through the module that defines it)."""
    qname = node.qname()
    module = node.root().name
    public_module = _BUILT_AS.get(module)
    if public_module is not None and qname.startswith(f"{module}."):
        qname = f"{public_module}{qname[len(module):]}"
    return public_name(qname)


def known_names(node: nodes.NodeNG) -> tuple[str, ...]:
    """A definition's public name first, then its own ``qname()`` when it differs."""
    public, own = public_qname(node), node.qname()
    return (public,) if public == own else (public, own)


def public_names(qualified_names: Iterable[str]) -> tuple[str, ...]:
    """Each name's public name first, then the name itself when it differs;
    no duplicates, order kept."""
    return tuple(dict.fromkeys(
        name for qualified in qualified_names for name in (public_name(qualified), qualified)
    ))
