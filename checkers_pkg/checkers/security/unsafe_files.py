"""Files that are unsafe by the values they are given: predictable temp file
paths, and archive extraction that lets members escape the target directory.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.checkers.security.archive_members import Members, chosen_members
from checkers_pkg.checkers.security.unsafe_calls import Unsafe, holds_type
from checkers_pkg.inference.arguments import MISSING, UNSURE, Passed, argument
from checkers_pkg.inference.names import candidate_names, qualified_names, short_names_of
from checkers_pkg.inference.paths import PATH_JOINS, constant_path
from checkers_pkg.inference.strings import string_value
from checkers_pkg.inference.values import assigned_value, bindings_of

# -- insecure-temp-file ------------------------------------------------------------

MKTEMP = frozenset({"tempfile.mktemp"})


OPENERS = {
    "open": "open", "builtins.open": "open", "io.open": "open", "_io.open": "open",
    "os.open": "os.open", "posix.open": "os.open", "nt.open": "os.open",
}


PATH_METHODS = frozenset({"open", "write_text", "write_bytes"})



SHARED_TEMP_DIRS = ("/tmp/", "/var/tmp/", "/dev/shm/")


_TEMP_SHORT = short_names_of([*MKTEMP, *OPENERS])


def insecure_temp_file(call: nodes.Call) -> Unsafe | None:
    """``tempfile.mktemp()``, or a hard-coded shared-temp path being opened."""
    func = call.func
    if isinstance(func, nodes.Attribute) and func.attrname in PATH_METHODS:
        path = constant_path(func.expr)
        if path is not None and path.startswith(SHARED_TEMP_DIRS):
            return Unsafe(f"{func.as_string()}()", f" opens the fixed path {path!r}")
    names = candidate_names(call, _TEMP_SHORT)
    if MKTEMP.intersection(names):
        return Unsafe("tempfile.mktemp()")
    opener = next((OPENERS[name] for name in names if name in OPENERS), None)
    if opener is None and isinstance(func, nodes.Name) and func.name == "open" and not names:
        opener = "open" if not bindings_of(func) else None
    if opener is not None:
        path_arg = argument(call, "file" if opener == "open" else "path", 0)
        path = constant_path(path_arg) if not isinstance(path_arg, Passed) else None
        if path is not None and path.startswith(SHARED_TEMP_DIRS):
            return Unsafe(f"{opener}()", f" opens the fixed path {path!r}")
    return None


# -- unsafe-archive-extraction -------------------------------------------------------

TAR_TYPES = frozenset(
    {"tarfile.TarFile", "tarfile.open", "tarfile.TarFile.open", "tarfile.TarFile.gzopen",
     "tarfile.TarFile.bz2open", "tarfile.TarFile.xzopen", "tarfile.TarFile.taropen",
     "tarfile.TarFile.zstopen"}
)


UNPACK_ARCHIVE = frozenset({"shutil.unpack_archive"})


TAR_FORMATS = frozenset({"tar", "gztar", "bztar", "xztar", "zstdtar"})


TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz",
                ".tar.zst")


UNSAFE_FILTERS = frozenset({"fully_trusted"})


UNSAFE_FILTER_FUNCTIONS = frozenset({"tarfile.fully_trusted_filter"})


def unsafe_archive_extraction(call: nodes.Call) -> Unsafe | None:
    """``tar.extractall()`` without a safe ``filter=``, or ``shutil.unpack_archive``
    of a tar without one."""
    func = call.func
    if isinstance(func, nodes.Attribute) and func.attrname in {"extractall", "extract"}:
        if not holds_type(func.expr, TAR_TYPES):
            return None
        members = argument(call, "members", 1 if func.attrname == "extractall" else None)
        chosen = Members.ALL
        if func.attrname == "extractall" and members is not MISSING:
            if isinstance(members, Passed):
                return None
            chosen = chosen_members(members, func.expr)
            if chosen is Members.SAFE_OR_UNKNOWN:
                return None  # each member's path checked, or none given
        verdict = _filter_verdict(call, f"{func.as_string()}()")
        if verdict is not None and chosen is Members.UNCHECKED:
            reason = f"{verdict.reason} (members= chosen without checking their paths)"
            return Unsafe(verdict.api, reason)
        return verdict
    if isinstance(func, (nodes.Name, nodes.Attribute)) and UNPACK_ARCHIVE.intersection(
        candidate_names(call, {"unpack_archive"})
    ):
        if _is_tar_archive(call):
            return _filter_verdict(call, "shutil.unpack_archive()")
    return None


def _filter_verdict(call: nodes.Call, api: str) -> Unsafe | None:
    given = argument(call, "filter")
    if given is MISSING:
        return Unsafe(api, " without filter=")
    if isinstance(given, Passed):
        return None
    text = string_value(given)
    if text.is_constant and text.text in UNSAFE_FILTERS:
        return Unsafe(api, f" with filter={text.text!r}")
    if UNSAFE_FILTER_FUNCTIONS.intersection(qualified_names(given)):
        return Unsafe(api, " with filter=tarfile.fully_trusted_filter")
    return None


def _is_tar_archive(call: nodes.Call) -> bool:
    archive_format = argument(call, "format", 2)
    if not isinstance(archive_format, Passed):
        text = string_value(archive_format)
        return text.is_constant and text.text in TAR_FORMATS
    if archive_format is UNSURE:
        return False
    filename = argument(call, "filename", 0)
    if isinstance(filename, Passed):
        return False
    ending = _known_ending(filename, 0)
    return ending is not None and ending.lower().endswith(TAR_SUFFIXES)




MAX_ENDING_DEPTH = 4


def _known_ending(node: nodes.NodeNG, depth: int) -> str | None:
    """The constant text a path's value ends with: all of it when constant,
    else the last literal of an f-string, of ``+`` or ``/`` (a path), or of
    ``os.path.join``'s last argument, through names bound once
    (``os.path.join(BACKUP_DIR, "latest.tar.gz")``, ``f"{root}/{name}.tgz"``)."""
    text = string_value(node)
    if text.is_constant:
        return text.text
    if depth > MAX_ENDING_DEPTH:
        return None
    if isinstance(node, nodes.JoinedStr):
        last = node.values[-1] if node.values else None
        return last.value if isinstance(last, nodes.Const) and isinstance(last.value, str) else None
    if isinstance(node, nodes.BinOp) and node.op in ("+", "/"):
        return _known_ending(node.right, depth + 1)
    if isinstance(node, nodes.Call) and node.args and not node.keywords:
        if PATH_JOINS.intersection(qualified_names(node.func)):
            return _known_ending(node.args[-1], depth + 1)
        return None
    if isinstance(node, nodes.Name):
        bindings = bindings_of(node)
        value = assigned_value(bindings[0]) if len(bindings) == 1 else None
        return _known_ending(value, depth + 1) if value is not None else None
    return None
