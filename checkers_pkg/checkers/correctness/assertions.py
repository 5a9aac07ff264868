"""Which attribute names are a mock's real assertions, and which are invented
or misspelt ones.

A mock answers every attribute with another mock, so an invented assertion
is a call that records itself and passes.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

# Every member a mock has of its own (``dir()`` of ``MagicMock``, ``AsyncMock``
# and ``NonCallableMock``, the same on Python 3.11 to 3.13 but for two class
# attributes 3.13 adds); any other attribute is a child mock. Written out
# rather than read from ``unittest.mock``, whose import (asyncio, ssl) would
# cost every run 8 MiB: ``tests/unit`` compares it with the running
# interpreter's.
MOCK_PUBLIC_MEMBERS = frozenset({
    "assert_any_await", "assert_any_call", "assert_awaited", "assert_awaited_once",
    "assert_awaited_once_with", "assert_awaited_with", "assert_called", "assert_called_once",
    "assert_called_once_with", "assert_called_with", "assert_has_awaits", "assert_has_calls",
    "assert_not_awaited", "assert_not_called", "attach_mock", "await_args", "await_args_list",
    "await_count", "call_args", "call_args_list", "call_count", "called", "configure_mock",
    "mock_add_spec", "mock_calls", "reset_mock", "return_value", "side_effect",
})
MOCK_PRIVATE_MEMBERS = frozenset({
    "_NonCallableMock__get_return_value", "_NonCallableMock__get_side_effect",
    "_NonCallableMock__return_value_doc", "_NonCallableMock__set_return_value",
    "_NonCallableMock__set_side_effect", "_call_matcher", "_calls_repr", "_execute_mock_call",
    "_extract_mock_name", "_format_mock_call_signature", "_format_mock_failure_message",
    "_get_call_signature_from_name", "_get_child_mock", "_increment_mock_call", "_lock",
    "_mock_add_spec", "_mock_call", "_mock_check_sig", "_mock_return_value",
    "_mock_set_magics", "_mock_side_effect",
    "__call__", "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
    "__firstlineno__", "__format__", "__ge__", "__getattr__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__",
    "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__sizeof__", "__static_attributes__", "__str__", "__subclasshook__",
    "__weakref__",
})
MOCK_MEMBERS = MOCK_PUBLIC_MEMBERS | MOCK_PRIVATE_MEMBERS


ASSERTIONS = tuple(sorted(name for name in MOCK_MEMBERS if name.startswith("assert_")))


_ASSERTION_STEMS = {name.removeprefix("assert_"): name for name in ASSERTIONS}


# Prefixes that spell an assertion (``unittest.mock`` refuses all but the
# last: see ``_REFUSED_PREFIXES``).
_ASSERT_LIKE_PREFIXES = ("assert", "assret", "asert", "aseert", "assrt", "asssert")


# How close (difflib ratio of the names, without underscores or case) an
# attribute must be to an assertion to be taken for a misspelling of it.
CLOSE_TO_ASSERTION = 0.85


# -- attributes -------------------------------------------------------------------

@dataclass(frozen=True)
class InventedAssertion:
    """An attribute of a mock that looks like an assertion and is not one."""

    closest: str  # the real assertion meant
    prefixed: bool  # spelled with an ``assert``-like prefix (a spec may have such methods)
    refused_from: tuple[int, int] | None  # the first Python whose mock raises AttributeError

    def raises_on(self, version: tuple[int, ...]) -> bool:
        """Whether a mock without a spec refuses the name on Python ``version``."""
        return self.refused_from is not None and tuple(version[:2]) >= self.refused_from


def invented_assertion(name: str, *, assert_like_only: bool = False) -> InventedAssertion | None:
    """What an attribute called ``name`` on a mock is, when it is not a real
    member but spelled like an assertion: an ``assert`` prefix (or a typo of
    one), or an assertion's stem (``called_once_with``, ``has_calls``)."""
    if name in MOCK_MEMBERS or name.startswith("_"):
        return None
    flat = _flatten(name)
    prefixed = name.lower().startswith(_ASSERT_LIKE_PREFIXES)
    # Every assertion's stem says "call" or "await": a cheap gate before difflib.
    if not prefixed and (assert_like_only or not ("call" in flat or "await" in flat)):
        return None
    if prefixed:
        closest = _closest(flat, ASSERTIONS, cutoff=0.0)
    else:
        stem = _closest(flat, tuple(_ASSERTION_STEMS), cutoff=CLOSE_TO_ASSERTION)
        if stem is None:
            return None
        closest = _ASSERTION_STEMS[stem]
    if closest is None:
        return None
    return InventedAssertion(closest, prefixed, _refused_from(name))


def is_assertion_close(name: str) -> bool:
    """Whether ``name`` is a near-miss of a real assertion (a typo), not
    merely a method of a spec that starts with ``assert``."""
    return _closest(_flatten(name), ASSERTIONS, cutoff=CLOSE_TO_ASSERTION) is not None


def _flatten(name: str) -> str:
    return name.replace("_", "").lower()


def _closest(flat: str, candidates: tuple[str, ...], cutoff: float) -> str | None:
    by_flat = {_flatten(candidate): candidate for candidate in candidates}
    matches = difflib.get_close_matches(flat, list(by_flat), n=1, cutoff=cutoff)
    return by_flat[matches[0]] if matches else None


# When ``unittest.mock`` started to refuse names on a mock without a spec:
# ``assert*``/``assret*`` in 3.5, ``asert*``/``aseert*``/``assrt*`` in 3.10,
# and from 3.12 the bare stems of the assertions (``called_once_with``,
# ``has_calls``: ``_ATTRIB_DENY_LIST``, built from NonCallableMock's).
_REFUSED_PREFIXES = (
    (("assert", "assret"), (3, 5)),
    (("asert", "aseert", "assrt"), (3, 10)),
)
_REFUSED_STEMS = frozenset(
    name.removeprefix("assert_")
    for name in MOCK_PUBLIC_MEMBERS
    if name.startswith("assert_") and "await" not in name  # NonCallableMock's own
)
STEMS_REFUSED_FROM = (3, 12)


def _refused_from(name: str) -> tuple[int, int] | None:
    """The first Python whose ``unittest.mock`` raises on this attribute of a
    mock without a spec; None when every Python hands out a child mock (the
    test passes without checking anything)."""
    for prefixes, version in _REFUSED_PREFIXES:
        if name.startswith(prefixes):
            return version
    return STEMS_REFUSED_FROM if name in _REFUSED_STEMS else None


def consequence(
    invented: InventedAssertion, specced: bool, called: bool, py_version: tuple[int, ...]
) -> str:
    """What an invented assertion does when the test runs on the Python the
    user targets (pylint's ``py-version``): from 3.12 a mock refuses the bare
    stems (``called_once_with``) that older ones record as a call."""
    version = ".".join(str(part) for part in py_version[:2])
    changes = invented.refused_from is not None and invented.refused_from > (3, 5)
    if specced or invented.raises_on(py_version):  # a spec refuses unknown names
        when = f"on Python {version} " if changes and not specced else ""
        return f"is not a mock assertion: {when}it raises AttributeError only when the test runs"
    what = (
        "the call is recorded and nothing is checked" if called
        else "it is a child mock, always true, and checks nothing"
    )
    if invented.refused_from is not None:
        later = ".".join(str(part) for part in invented.refused_from)
        return (
            f"is not a mock assertion: on Python {version} {what} "
            f"(from {later} it raises AttributeError)"
        )
    return f"is not a mock assertion: {what}"
