"""The answer to "how was this command or query built": constant, safe
(quoted, numeric, placeholders), unknown, or dynamic with the parts that
make it so and where they come from.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from astroid import nodes

MAX_TRACE_DEPTH = 24


class TextKind(enum.Enum):
    """How the text reaching a sink was made."""

    CONSTANT = "constant"  # provably fixed text
    SAFE = "safe"  # constant parts plus quoted, numeric or composed parts
    DYNAMIC = "dynamic"  # built with at least one part that is neither
    UNKNOWN = "unknown"  # nothing known about how it was made


@dataclass(frozen=True)
class Origin:
    """A dynamic part: how it is written, the line it comes from, and the
    parameter it is, when it is a parameter of a function."""

    label: str
    line: int | None
    parameter: nodes.AssignName | None = None
    # Where the value comes from when it is taken from outside the program
    # (``sys.argv[1]``, ``input()``, a request handler's parameter).
    source: str | None = None

    @property
    def function(self) -> nodes.FunctionDef | nodes.Lambda | None:
        """The function (or lambda) whose parameter this part is."""
        if self.parameter is None:
            return None
        scope = self.parameter.scope()
        return scope if isinstance(scope, (nodes.FunctionDef, nodes.Lambda)) else None


@dataclass(frozen=True)
class BuiltText:
    """The answer: a kind, and for ``DYNAMIC`` the parts that made it so.

    ``passed_through`` marks a parameter handed on unchanged (the top-level
    value *is* the parameter), as opposed to one spliced into a built text;
    ``built`` marks a text made by formatting, concatenation or ``join``
    where it is read (the definition's *built*), as opposed to a value
    handed on whole.
    """

    kind: TextKind
    origins: tuple[Origin, ...] = ()
    passed_through: bool = False
    built: bool = False

    @property
    def from_outside(self) -> bool:
        """Every dynamic part is taken from outside the program."""
        return bool(self.origins) and all(origin.source for origin in self.origins)

    @property
    def is_dynamic(self) -> bool:
        """Built from at least one part that is not constant or made safe."""
        return self.kind is TextKind.DYNAMIC

    def outside(self, func: nodes.FunctionDef | nodes.Lambda | None) -> tuple[Origin, ...]:
        """The dynamic parts that are not parameters of ``func``."""
        return tuple(
            origin for origin in self.origins if func is None or origin.function is not func
        )

    def parameters_of(self, func: nodes.FunctionDef) -> tuple[str, ...]:
        """Names of ``func``'s parameters among the dynamic parts."""
        return tuple(
            dict.fromkeys(
                origin.parameter.name
                for origin in self.origins
                if origin.parameter is not None and origin.function is func
            )
        )


CONSTANT = BuiltText(TextKind.CONSTANT)


SAFE = BuiltText(TextKind.SAFE)


UNKNOWN = BuiltText(TextKind.UNKNOWN)


def dynamic(*origins: Origin, passed_through: bool = False, built: bool = False) -> BuiltText:
    """A dynamic text made from ``origins``."""
    return BuiltText(TextKind.DYNAMIC, tuple(dict.fromkeys(origins)), passed_through, built)


# -- combining ------------------------------------------------------------------


def combine_parts(parts: Iterable[BuiltText]) -> BuiltText:
    """The text made by joining ``parts``."""
    parts = list(parts)
    origins = [origin for part in parts if part.is_dynamic for origin in part.origins]
    if origins:
        return dynamic(*origins, built=True)
    if any(part.kind is TextKind.UNKNOWN for part in parts):
        return UNKNOWN
    if all(part.kind is TextKind.CONSTANT for part in parts):
        return CONSTANT
    return SAFE


def combine_alternatives(answers: Iterable[BuiltText]) -> BuiltText:
    """The text held by a name bound in several places: dynamic if any binding
    is; passed through only when every dynamic binding passes it through,
    built when one of them is (its parts come first)."""
    answers = list(answers)
    if not answers:
        return UNKNOWN
    dynamic_answers = [answer for answer in answers if answer.is_dynamic]
    if dynamic_answers:
        dynamic_answers.sort(key=lambda answer: not answer.built)
        origins = [origin for answer in dynamic_answers for origin in answer.origins]
        passed = all(answer.passed_through for answer in dynamic_answers)
        built = any(answer.built for answer in dynamic_answers)
        return dynamic(*origins, passed_through=passed, built=built)
    if any(answer.kind is TextKind.UNKNOWN for answer in answers):
        return UNKNOWN
    if all(answer.kind is TextKind.CONSTANT for answer in answers):
        return CONSTANT
    return SAFE
