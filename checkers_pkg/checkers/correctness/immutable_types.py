"""The immutable types whose methods return a new value or answer a question,
with the methods that do, read from the classes themselves where possible.
"""

from __future__ import annotations

import datetime
import decimal
import fractions
from dataclasses import dataclass


def _public_methods(cls: type, *, without: tuple[str, ...] = ()) -> frozenset[str]:
    return frozenset(
        name
        for name in dir(cls)
        if not name.startswith("_") and callable(getattr(cls, name)) and name not in without
    )


# pathlib's concrete ``Path`` acts on the file system (``mkdir``, ``touch``,
# ``unlink``, ``write_text``, ``rename``, and ``replace``, which moves a file);
# only its pure-path methods and its queries are listed.
_PURE_PATH_METHODS = frozenset(
    {
        "as_posix", "as_uri", "is_absolute", "is_relative_to", "is_reserved",
        "joinpath", "match", "relative_to", "with_name", "with_stem", "with_suffix",
        "with_segments", "full_match",
    }
)


_PATH_METHODS = _PURE_PATH_METHODS | {
    "absolute", "exists", "expanduser", "glob", "is_dir", "is_file", "is_mount",
    "is_symlink", "iterdir", "read_bytes", "read_text", "readlink", "resolve",
    "rglob", "samefile",
}


PATH_CLASSES = {
    f"pathlib.{name}": _PATH_METHODS if "Pure" not in name else _PURE_PATH_METHODS
    for name in ("PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath")
}


@dataclass(frozen=True)
class ImmutableType:
    """An immutable class: what its methods return, and which are listed."""

    label: str  # how messages name it: ``str``, ``datetime.date``
    noun: str  # what a transforming method returns: "a new string"
    methods: frozenset[str]


_NUMBER = "a new number"


IMMUTABLE_TYPES: dict[str, ImmutableType] = {
    "builtins.str": ImmutableType("str", "a new string", _public_methods(str)),
    "builtins.bytes": ImmutableType("bytes", "a new bytes object", _public_methods(bytes)),
    "builtins.tuple": ImmutableType("tuple", "a value", _public_methods(tuple)),
    "builtins.frozenset": ImmutableType(
        "frozenset", "a new frozenset", _public_methods(frozenset)
    ),
    "builtins.int": ImmutableType("int", _NUMBER, _public_methods(int)),
    "builtins.bool": ImmutableType("bool", _NUMBER, _public_methods(bool)),
    "builtins.float": ImmutableType("float", _NUMBER, _public_methods(float)),
    "builtins.complex": ImmutableType("complex", _NUMBER, _public_methods(complex)),
    "datetime.datetime": ImmutableType(
        "datetime.datetime", "a new datetime", _public_methods(datetime.datetime)
    ),
    "datetime.date": ImmutableType("datetime.date", "a new date", _public_methods(datetime.date)),
    "datetime.time": ImmutableType("datetime.time", "a new time", _public_methods(datetime.time)),
    "datetime.timedelta": ImmutableType(
        "datetime.timedelta", "a new timedelta", _public_methods(datetime.timedelta)
    ),
    "decimal.Decimal": ImmutableType(
        "decimal.Decimal", "a new Decimal", _public_methods(decimal.Decimal)
    ),
    "fractions.Fraction": ImmutableType(
        "fractions.Fraction", "a new Fraction", _public_methods(fractions.Fraction)
    ),
    **{
        qname: ImmutableType(qname, "a new path", methods)
        for qname, methods in PATH_CLASSES.items()
    },
}


# The C and pure-Python twins astroid may show instead of the public name.
IMMUTABLE_TYPES["_decimal.Decimal"] = IMMUTABLE_TYPES["decimal.Decimal"]


IMMUTABLE_TYPES["_pydecimal.Decimal"] = IMMUTABLE_TYPES["decimal.Decimal"]


IMMUTABLE_TYPES["_datetime.datetime"] = IMMUTABLE_TYPES["datetime.datetime"]


# Methods that return a value of the receiver's own type: the fix is to
# assign the result back. The others answer a question (``startswith``,
# ``count``, ``exists``) whose answer is dropped.
TRANSFORMS = frozenset(
    {
        "capitalize", "casefold", "center", "expandtabs", "format", "format_map",
        "join", "ljust", "lower", "lstrip", "removeprefix", "removesuffix", "replace",
        "rjust", "rstrip", "strip", "swapcase", "title", "translate", "upper", "zfill",
        "difference", "intersection", "symmetric_difference", "union",
        "astimezone", "absolute", "expanduser", "joinpath", "relative_to", "resolve",
        "with_name", "with_stem", "with_suffix", "conjugate", "quantize", "normalize",
        "copy_abs", "copy_negate", "copy_sign", "limit_denominator", "to_integral",
        "to_integral_value", "to_integral_exact", "_replace",
    }
)


# A ``typing.NamedTuple`` class's own helpers (astroid shows the class as a
# synthetic copy, so they are recognised by the class statement).
NAMED_TUPLE = ImmutableType("NamedTuple", "a new NamedTuple", frozenset({"_replace", "_asdict"}))
PURE_METHOD_NAMES = NAMED_TUPLE.methods | frozenset().union(
    *(kind.methods for kind in IMMUTABLE_TYPES.values())
)
