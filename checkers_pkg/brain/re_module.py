"""Teach astroid what ``re`` returns.

astroid 4.3 reads ``re.I`` as a plain ``int`` (its own brain replaces the
``RegexFlag`` members with their values) and cannot see through the C
``re.compile``. This extension keeps flags typed through ``|``, ``&``, ``^``
and ``~``, and makes ``re.compile(...)`` an instance of ``re.Pattern`` whose
methods carry the running interpreter's exact signatures, so pylint's own
argument checks see the same API as before (only more of it).
"""

from __future__ import annotations

import inspect
import re

from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.exceptions import AstroidError
from astroid.manager import AstroidManager

_FLAG_CLASS = '''
def _checkers_pkg_flag():
    return RegexFlag()


class _CheckersPkgFlagType(type):
    """What enum's metaclass lets one do with the class itself."""

    def __iter__(cls):
        return iter((_checkers_pkg_flag(),))

    def __len__(cls):
        return 1

    def __contains__(cls, member):
        return True

    def __getitem__(cls, name):
        return _checkers_pkg_flag()


class RegexFlag(int, metaclass=_CheckersPkgFlagType):
    """Stand-in for enum.IntFlag: combining flags gives a flag."""

    __members__ = {}
    _member_map_ = {}
    _member_names_ = []
    _value2member_map_ = {}
    name = ""
    value = 0
    _name_ = ""
    _value_ = 0

    def __or__(self, other):
        return self

    def __and__(self, other):
        return self

    def __xor__(self, other):
        return self

    def __invert__(self):
        return self

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__
'''

# Attribute bodies stay uninferable (an undefined name): pylint then knows
# nothing of them, exactly as without this extension.
_UNKNOWN_RESULT = "__checkers_pkg_unknown__"


def _flag_names() -> list[str]:
    """The flag names of the interpreter pylint runs on (3.11 added NOFLAG)."""
    return [name for name in re.RegexFlag.__members__ if hasattr(re, name)]


def _pattern_class() -> str:
    lines = [
        "class Pattern:",
        "    @classmethod",
        "    def __class_getitem__(cls, item):",
        "        return cls",
    ]
    for member in sorted(vars(re.Pattern)):
        if member.startswith("_"):
            continue
        attribute = getattr(re.Pattern, member)
        if callable(attribute):
            signature = inspect.signature(attribute)
            lines += [f"    def {member}{signature}:", f"        return {_UNKNOWN_RESULT}"]
        else:
            lines += ["    @property", f"    def {member}(self):"]
            lines += [f"        return {_UNKNOWN_RESULT}"]
    return "\n".join(lines)


def _extension_source() -> str:
    members = "\n".join(f"    {name} = _checkers_pkg_flag()" for name in _flag_names())
    flag_class = _FLAG_CLASS.replace(
        "    __ror__ = __or__", f"{members}\n\n    __ror__ = __or__"
    )
    module_flags = "\n".join(f"{name} = RegexFlag.{name}" for name in _flag_names())
    compile_function = "def compile(pattern, flags=0):\n    return Pattern()\n"
    return "\n\n".join([flag_class, module_flags, _pattern_class(), compile_function])


_EXTENSION_SOURCE = _extension_source()


_MARKER = "_checkers_pkg_flag"


def extend_re_module(module: nodes.Module) -> None:
    """Replace ``re``'s flags, ``Pattern`` and ``compile`` in its astroid tree."""
    extension = AstroidBuilder(AstroidManager()).string_build(
        _EXTENSION_SOURCE, "_checkers_pkg_re_extension"
    )
    for name, definitions in extension.locals.items():
        module.locals[name] = definitions
        for definition in definitions:
            if definition.parent is extension:
                definition.parent = module


def register(manager: AstroidManager) -> None:
    """Extend the ``re`` tree astroid caches, once.

    Not a module transform: astroid's own ``re`` extender returns ``None``,
    and ``TransformVisitor`` stops applying transforms to a node after one
    returns ``None``, so a later ``re`` transform would never run. The cached
    tree is extended in place instead; the marker makes this idempotent, and
    after ``MANAGER.clear_cache()`` the next call extends the rebuilt tree.
    """
    try:
        module = manager.ast_from_module_name("re")
    except AstroidError:  # an interpreter without ``re`` sources: nothing to teach
        return
    if _MARKER not in module.locals:
        extend_re_module(module)
