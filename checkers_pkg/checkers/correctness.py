"""correctness: API misuse that runs without error and does nothing."""

from __future__ import annotations

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from checkers_pkg.inference import clear_caches, instance_type
from checkers_pkg.inference.names import candidate_names, short_names_of

REGEX_FLAG_TYPE = "re.RegexFlag"

# Positional slots that take a number and are easily mistaken for ``flags``:
# callee -> {argument index: parameter name}.
_MODULE_SUB = {3: "count"}
_PATTERN_SCAN = {1: "pos", 2: "endpos"}
REGEX_NUMERIC_SLOTS: dict[str, dict[int, str]] = {
    "re.sub": _MODULE_SUB,
    "re.subn": _MODULE_SUB,
    "re.split": {2: "maxsplit"},
    "re.Pattern.sub": {2: "count"},
    "re.Pattern.subn": {2: "count"},
    "re.Pattern.split": {1: "maxsplit"},
    **{
        f"re.Pattern.{method}": _PATTERN_SCAN
        for method in ("search", "match", "fullmatch", "findall", "finditer", "scanner")
    },
}


class CorrectnessChecker(BaseChecker):
    """Calls that run without error and silently do the wrong thing."""

    name = "checkers-pkg-correctness"
    msgs = {
        "W7401": (
            "%s is a regex flag passed as the '%s' argument of %s; %s",
            "regex-flag-as-positional",
            "A re.RegexFlag value (re.I, re.M | re.S, or a name holding one) is "
            "passed by position where re.sub/subn/split or a compiled pattern's "
            "method expects a count, maxsplit, pos or endpos. Python accepts it "
            "as a number: the flag is ignored and the call limits or offsets "
            "the match instead. Pass flags by keyword (flags=re.I), or to "
            "re.compile() for a compiled pattern.",
        ),
    }

    def close(self) -> None:
        """End of the run: the inference layer's answers are no longer needed."""
        clear_caches()

    @only_required_for_messages("regex-flag-as-positional")
    def visit_call(self, node: nodes.Call) -> None:
        """Report regex flags sitting in a numeric positional slot of re."""
        callee, slots = _regex_numeric_slots(node)
        if not slots:
            return
        for index, argument in enumerate(node.args):
            if isinstance(argument, nodes.Starred):
                return  # positions after *args are unknown
            parameter = slots.get(index)
            if parameter and instance_type(argument) == REGEX_FLAG_TYPE:
                advice = (
                    f"pass it as flags={argument.as_string()}"
                    if callee.startswith("re.") and not callee.startswith("re.Pattern.")
                    else "give it to re.compile() instead"
                )
                self.add_message(
                    "regex-flag-as-positional",
                    node=argument,
                    args=(argument.as_string(), parameter, callee, advice),
                    confidence=INFERENCE,
                )


_REGEX_SHORT_NAMES = short_names_of(REGEX_NUMERIC_SLOTS)


def _regex_numeric_slots(node: nodes.Call) -> tuple[str, dict[int, str]]:
    if len(node.args) < 2:  # every slot is at index 1 or later
        return "", {}
    for name in candidate_names(node, _REGEX_SHORT_NAMES):
        if name in REGEX_NUMERIC_SLOTS:
            return name, REGEX_NUMERIC_SLOTS[name]
    return "", {}
