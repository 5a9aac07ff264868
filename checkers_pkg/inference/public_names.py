"""The public name of a standard-library type or function, whatever module
implements it on the interpreter at hand (placeholder; see the versions work)."""

from __future__ import annotations

import functools

_PUBLIC_MODULES = {
    "_datetime": "datetime", "_pydatetime": "datetime", "_decimal": "decimal",
    "_pydecimal": "decimal", "pathlib._local": "pathlib", "_io": "io", "_pyio": "io",
    "_collections": "collections", "posixpath": "os.path", "ntpath": "os.path",
}


@functools.lru_cache(maxsize=4096)
def public_name(qualified_name: str) -> str:
    """``_pydatetime.datetime.replace`` -> ``datetime.datetime.replace``."""
    module, _, rest = qualified_name.rpartition(".")
    while module:
        if module in _PUBLIC_MODULES:
            return f"{_PUBLIC_MODULES[module]}.{rest}"
        module, _, head = module.rpartition(".")
        rest = f"{head}.{rest}"
    return qualified_name
