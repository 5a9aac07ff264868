"""Teach astroid what ``re`` returns.

astroid 4.3 reads ``re.I`` as a plain ``int`` (its own brain replaces the
``RegexFlag`` members with their values) and cannot see through the C
``re.compile``. This extension keeps flags typed through ``|``, ``&``, ``^``
and ``~`` and makes ``re.compile(...)`` an instance of ``re.Pattern`` whose
methods carry the running interpreter's exact signatures.
"""

from __future__ import annotations

import re

from astroid.manager import AstroidManager

from checkers_pkg.brain._stubs import extend_module, stub_class_source

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

MEMBERS
    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__
'''

_PATTERN_EXTRAS = '''
    @classmethod
    def __class_getitem__(cls, item):
        return cls


def compile(pattern, flags=0):
    return Pattern()
'''


def _flag_names() -> list[str]:
    """The flag names of the interpreter pylint runs on (3.11 added NOFLAG)."""
    return [name for name in re.RegexFlag.__members__ if hasattr(re, name)]


def _extension_source() -> str:
    members = "".join(f"    {name} = _checkers_pkg_flag()\n" for name in _flag_names())
    module_flags = "".join(f"{name} = RegexFlag.{name}\n" for name in _flag_names())
    pattern = stub_class_source(re.Pattern, "Pattern") + _PATTERN_EXTRAS
    return "\n\n".join([_FLAG_CLASS.replace("MEMBERS\n", members), module_flags, pattern])


def register(manager: AstroidManager) -> None:
    """Extend astroid's ``re`` tree (idempotent)."""
    extend_module(manager, "re", _extension_source, marker="_checkers_pkg_flag")
