"""correctness: API misuse that runs without error and does nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from astroid import nodes
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from checkers_pkg.checkers._heap import SuiteChecker
from checkers_pkg.checkers.correctness.assertions import (
    ASSERTIONS,
    consequence,
    invented_assertion,
    is_assertion_close,
)
from checkers_pkg.checkers.correctness.assignable import is_read_only_attribute
from checkers_pkg.checkers.correctness.immutable_types import PURE_METHOD_NAMES
from checkers_pkg.checkers.correctness.mocks import (
    MockKind,
    declared_fake_defines,
    handed_out_by_patcher,
    mock_kind,
    spec_defines,
)
from checkers_pkg.checkers.correctness.purity import (
    LAZY_BUILTINS,
    PURE_BUILTINS,
    TYPE_TESTS,
    has_own_protocol,
    pure_builtin,
    pure_method_call,
)
from checkers_pkg.inference import instance_type
from checkers_pkg.inference.imports import is_module_attribute
from checkers_pkg.inference.instances import class_attribute_values
from checkers_pkg.inference.names import candidate_names, qualified_names, short_names_of
from checkers_pkg.inference.values import (
    bindings_of,
    is_dict_class,
    known_values,
    mutable_container,
)
from checkers_pkg.options import bad_qualified_names

BUILTIN_PURE_FUNCTIONS = tuple(sorted(f"builtins.{name}" for name in PURE_BUILTINS))

if TYPE_CHECKING:
    from pylint.lint import PyLinter


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


class CorrectnessChecker(SuiteChecker):
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
        "W7402": (
            "%s; %s",
            "ignored-return-value",
            "A call used as a bare statement whose result is its only effect: a "
            "method of an immutable value (str, bytes, tuple, frozenset, numbers, "
            "datetime, pathlib paths, Decimal, Fraction) whose type is inferred or "
            "declared, or a pure builtin (sorted, len, min, max, map, ...). The "
            "value it returns is dropped and nothing changes: name.strip() does "
            "not strip name. Calls made to test for an exception (in a try body or "
            "under pytest.raises) are not reported. Add your own pure functions "
            "with pure-functions.",
        ),
        "W7403": (
            "%s %s; %s",
            "mock-assertion-no-op",
            "On an object inferred as a unittest.mock mock (Mock, MagicMock, "
            "create_autospec, patch as a context manager, started or as a "
            "decorator, pytest-mock's mocker, a fixture returning a mock, and any "
            "attribute or return value of those): an assertion method referenced "
            "but not called checks nothing, and an invented assertion "
            "(called_once_with, assert_called_onec) is either recorded as one "
            "more call and passes, or fails only when the test runs: which one "
            "depends on the Python targeted (py-version), as the message says.",
        ),
        "W7404": (
            "%s (%s) is one object shared by every key of %s; build one per key: %s",
            "mutable-fromkeys-value",
            "dict.fromkeys(keys, value) stores the same value object under every "
            "key. When it is a mutable container (a list, dict, set, bytearray, a "
            "collections container, held in a name or a constant of another "
            "module), appending to one key's value changes them all. Use a dict "
            "comprehension that builds a new container per key.",
        ),
    }
    options = (
        (
            "pure-functions",
            {
                # The built-ins as the default, not (): pylint's
                # --generate-toml-config leaves out a section whose options
                # are all empty, and this is the checker's only option.
                "default": BUILTIN_PURE_FUNCTIONS,
                "type": "csv",
                "metavar": "<qualified names>",
                "help": "Fully qualified names of functions whose result is their "
                "only effect (ignored-return-value): the pure builtins, always "
                "included, and the functions of your code you add to them, e.g. "
                "mylib.text.normalise.",
            },
        ),
    )

    def __init__(self, linter: PyLinter) -> None:
        super().__init__(linter)
        self._pure_functions: frozenset[str] = frozenset()

    def bad_option_values(self) -> list[str]:
        """Problems with this checker's options, for the plugin's config hook."""
        return bad_qualified_names("pure-functions", self.linter.config.pure_functions)

    def open(self) -> None:
        """Start of a run: read the options once."""
        super().open()
        # The builtins are judged on their own (pure_builtin); the option's
        # default lists them only so that the generated configuration shows it.
        self._pure_functions = (
            frozenset(self.linter.config.pure_functions) - frozenset(BUILTIN_PURE_FUNCTIONS)
        )

    @only_required_for_messages(
        "regex-flag-as-positional",
        "ignored-return-value",
        "mock-assertion-no-op",
        "mutable-fromkeys-value",
    )
    def visit_call(self, node: nodes.Call) -> None:
        """Ask each question that a cheap look at the call says may apply."""
        self._check_regex_flags(node)
        if isinstance(node.parent, nodes.Expr) and not _probes_for_exception(node.parent):
            self._check_ignored_result(node)
        func = node.func
        if isinstance(func, nodes.Attribute):
            if func.attrname == "fromkeys" and len(node.args) == 2:
                self._check_fromkeys(node)
            if func.attrname not in _REAL_MOCK_ATTRIBUTES:
                self._check_mock_attribute(func, called=True)

    @only_required_for_messages("mock-assertion-no-op")
    def visit_expr(self, node: nodes.Expr) -> None:
        """``m.assert_called_once`` on its own line: referenced, never called."""
        if isinstance(node.value, nodes.Attribute):
            self._check_mock_attribute(node.value, called=False)

    @only_required_for_messages("mock-assertion-no-op")
    def visit_assert(self, node: nodes.Assert) -> None:
        """``assert m.assert_called_once``: a bound method is always true."""
        if isinstance(node.test, nodes.Attribute):
            self._check_mock_attribute(node.test, called=False)

    def _check_ignored_result(self, call: nodes.Call) -> None:
        if _in_test_function(call):
            # ``when.astimezone(tz)  # does not blow up``: a test calls for
            # the exception it does not raise. Only a lazy builtin, which
            # never runs at all, or a type test, which cannot fail, is a bug there.
            advice = _lazy_builtin_advice(call)
        else:
            advice = _pure_method_advice(call) or _pure_builtin_advice(call)
        if advice is None and self._pure_functions:
            names = set(qualified_names(call)) & self._pure_functions
            if names:
                advice = (
                    f"{sorted(names)[0]} only returns a value (pure-functions)",
                    "use it or delete the call",
                )
        if advice is not None:
            self.add_message(
                "ignored-return-value", node=call, args=advice, confidence=INFERENCE
            )

    def _check_mock_attribute(self, attribute: nodes.Attribute, *, called: bool) -> None:
        name = attribute.attrname
        referenced_assertion = not called and name in _REAL_ASSERTIONS
        in_test_position = (
            not called
            or isinstance(attribute.parent.parent, (nodes.Expr, nodes.Assert))
            or _tested_for_truth(attribute.parent)
        )
        invented = None
        if not referenced_assertion:
            invented = invented_assertion(name, assert_like_only=not in_test_position)
            if invented is None:
                return
        statement = attribute.statement()
        if isinstance(statement, nodes.Expr) and _probes_for_exception(statement):
            return  # ``with self.assertRaises(AttributeError): m.assert_foo()``
        kind = mock_kind(attribute.expr)
        if kind is MockKind.NONE and not (
            # A real assertion's name left uncalled is a no-op on whatever
            # holds it; only a known class of another kind (a fake that
            # defines the name) is spared.
            referenced_assertion
            and not known_values(attribute.expr)
            and not declared_fake_defines(attribute.expr, name)
            and not handed_out_by_patcher(attribute.expr)
        ):
            return
        written = attribute.as_string()
        receiver = attribute.expr.as_string()
        if referenced_assertion:
            args = (
                written,
                "is a mock assertion that is never called, so it checks nothing",
                f"call it: {written}()",
            )
        else:
            assert invented is not None
            if kind is MockKind.SPECCED and invented.prefixed and not is_assertion_close(name):
                return  # may be a method of the spec (``assert_valid``)
            if kind is MockKind.SPECCED and spec_defines(attribute.expr, name):
                return  # the spec's own ``has_calls``
            what = consequence(
                invented, kind is MockKind.SPECCED, called, self.linter.config.py_version
            )
            args = (written, what, f"use {receiver}.{invented.closest}()")
        self.add_message("mock-assertion-no-op", node=attribute, args=args, confidence=INFERENCE)

    def _check_fromkeys(self, call: nodes.Call) -> None:
        func = call.func
        assert isinstance(func, nodes.Attribute)
        keys, value = call.args
        if isinstance(value, nodes.Starred) or isinstance(keys, nodes.Starred):
            return
        kind = mutable_container(value)
        if kind is None:  # ``acct.DEFAULTS`` for ``acct: Account``, ``DEFAULTS = []``
            kinds = {mutable_container(v) for v in class_attribute_values(value)}
            kind = kinds.pop() if len(kinds) == 1 else None
        if kind is None or not is_dict_class(func.expr):
            return
        written = value.as_string()
        fresh = (
            f"{written}.copy()" if isinstance(value, (nodes.Name, nodes.Attribute)) else written
        )
        keys_written = keys.as_string() if len(keys.as_string()) <= 30 else "keys"
        self.add_message(
            "mutable-fromkeys-value",
            node=value,
            args=(
                _short(written),
                f"{'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind}",
                f"{func.as_string()}",
                f"{{key: {_short(fresh)} for key in {keys_written}}}",
            ),
            confidence=INFERENCE,
        )

    def _check_regex_flags(self, node: nodes.Call) -> None:
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


_REAL_ASSERTIONS = frozenset(ASSERTIONS)


# Members a mock has of its own that are not assertions: called, they are no
# invention (``m.reset_mock()``), and most calls are of these or of names no
# mock assertion resembles.
_REAL_MOCK_ATTRIBUTES = _REAL_ASSERTIONS | {"return_value", "side_effect"}


_MAX_SHOWN = 40


# ``unittest`` assertions that only test their first argument for truth.
_TRUTH_ASSERTIONS = frozenset({"assertTrue", "assert_", "failUnless", "assertIsNotNone"})


def _tested_for_truth(call: nodes.NodeNG) -> bool:
    """``self.assertTrue(m.called_once_with(1))``: the first argument of a
    ``unittest`` truth assertion on ``self``, which a child mock always passes."""
    outer = call.parent
    return (
        isinstance(outer, nodes.Call)
        and bool(outer.args)
        and outer.args[0] is call
        and isinstance(outer.func, nodes.Attribute)
        and outer.func.attrname in _TRUTH_ASSERTIONS
        and isinstance(outer.func.expr, nodes.Name)
        and outer.func.expr.name == "self"
    )


def _short(code: str) -> str:
    return code if len(code) <= _MAX_SHOWN else code[: _MAX_SHOWN - 3] + "..."


def _probes_for_exception(statement: nodes.Expr) -> bool:
    """Whether the statement runs only to see if it raises: in the body of a
    ``try`` with handlers (``try: text.encode("ascii")``), or under
    ``pytest.raises``, ``assertRaises``, ``warns`` or ``suppress``."""
    child: nodes.NodeNG = statement
    parent = statement.parent
    while parent is not None and not isinstance(parent, (nodes.FunctionDef, nodes.Module)):
        if isinstance(parent, nodes.Try) and parent.handlers and child in parent.body:
            return True
        if isinstance(parent, nodes.With) and any(
            _is_exception_context(context) for context, _ in parent.items
        ):
            return True
        child, parent = parent, parent.parent
    return False


_EXCEPTION_CONTEXT_WORDS = ("raises", "warns", "suppress")


def _is_exception_context(context: nodes.NodeNG) -> bool:
    func = context.func if isinstance(context, nodes.Call) else context
    spelled = func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", "")
    return any(word in spelled.lower() for word in _EXCEPTION_CONTEXT_WORDS)


def _pure_method_advice(call: nodes.Call) -> tuple[str, str] | None:
    func = call.func
    if not isinstance(func, nodes.Attribute) or func.attrname not in PURE_METHOD_NAMES:
        return None
    found = pure_method_call(call)
    if found is None:
        return None
    label = f"{found.owner}.{found.method}"
    if not found.transforms:
        return f"{label} only returns {found.noun}", "use it or delete the call"
    receiver = func.expr
    if (
        found.method not in _NOT_A_NEW_RECEIVER
        and isinstance(receiver, (nodes.Name, nodes.Attribute))
        and not _is_loop_variable(receiver)
        and not _is_outer_name(receiver)
        and not is_read_only_attribute(receiver)  # assigning back cannot set it
        and not is_module_attribute(receiver)  # rebinding it would change every reader's
    ):
        target = receiver.as_string()
        return f"{label} returns {found.noun}", f"assign it: {target} = {_short(call.as_string())}"
    return f"{label} returns {found.noun}", "use its result"


def _runs_calls(arguments: list[nodes.NodeNG]) -> bool:
    """Whether evaluating or consuming these arguments calls something
    (a lambda's body is not run by evaluating it)."""
    pending = list(arguments)
    while pending:
        node = pending.pop()
        if isinstance(node, nodes.Call):
            return True
        if not isinstance(node, nodes.Lambda):
            pending.extend(node.get_children())
    return False


def _in_test_function(node: nodes.NodeNG) -> bool:
    """Whether ``node`` is in a test (a function or method named ``test*``)."""
    scope = node.scope()
    while isinstance(scope, (nodes.FunctionDef, nodes.Lambda)):
        if isinstance(scope, nodes.FunctionDef) and scope.name.startswith("test"):
            return True
        scope = scope.parent.scope() if scope.parent is not None else None
    return False


def _lazy_builtin_advice(call: nodes.Call) -> tuple[str, str] | None:
    """In a test: a lazy builtin never runs, and a type test alone on its
    line (``isinstance(result, Page)``) cannot fail: an ``assert`` left out."""
    advice = _pure_builtin_advice(call) if isinstance(call.func, nodes.Name) else None
    if advice is None:
        return None
    return advice if "lazy" in advice[0] or pure_builtin(call) in TYPE_TESTS else None


# The result is not a new version of the receiver: ``sep.join(names)`` is not
# a new separator, ``TEMPLATE.format(...)`` not a new template.
_NOT_A_NEW_RECEIVER = frozenset({"join", "format", "format_map"})


def _is_outer_name(node: nodes.NodeNG) -> bool:
    """A name bound outside the function that reads it (a module constant, a
    closure's variable): assigning it there would make it a local of the
    function, unbound where it is read (UnboundLocalError)."""
    if not isinstance(node, nodes.Name):
        return False
    frame = node.frame()
    return any(binding.frame() is not frame for binding in bindings_of(node))


def _is_loop_variable(node: nodes.NodeNG) -> bool:
    """A ``for`` target: assigning it back would not change the sequence."""
    return isinstance(node, nodes.Name) and any(
        isinstance(binding.parent, (nodes.For, nodes.Comprehension))
        for binding in bindings_of(node)
    )


def _pure_builtin_advice(call: nodes.Call) -> tuple[str, str] | None:
    if not isinstance(call.func, (nodes.Name, nodes.Attribute)):
        return None
    builtin = pure_builtin(call)
    if builtin is None:
        return None
    if builtin not in LAZY_BUILTINS and (
        _runs_calls(call.args)
        or (builtin not in TYPE_TESTS and any(has_own_protocol(a) for a in call.args[:1]))
    ):
        # ``any(handler.close() for handler in handlers)``: consuming the
        # iterable runs calls, which is the point (a short-circuiting loop);
        # so may ``len(queryset)``, whose class defines ``__len__``.
        return None
    if builtin in LAZY_BUILTINS - {"reversed"}:
        if builtin == "zip":
            return "zip is lazy and its result is dropped: nothing is paired", "use its result"
        return (
            f"{builtin} is lazy and its result is dropped: the function never runs",
            "use a for loop",
        )
    subject = call.args[0].as_string() if call.args else ""
    if builtin == "sorted" and subject:
        return (
            f"sorted returns a new list and leaves {_short(subject)} as it was",
            f"sort in place: {_short(subject)}.sort(), or assign the result",
        )
    if builtin == "reversed" and subject:
        return (
            f"reversed returns an iterator and leaves {_short(subject)} as it was",
            f"reverse in place: {_short(subject)}.reverse(), or use the result",
        )
    if builtin in TYPE_TESTS:
        return f"{builtin} only returns a value, it checks nothing", "assert it or delete the call"
    return f"{builtin} only returns a value", "use it or delete the call"


def _regex_numeric_slots(node: nodes.Call) -> tuple[str, dict[int, str]]:
    if len(node.args) < 2:  # every slot is at index 1 or later
        return "", {}
    for name in candidate_names(node, _REGEX_SHORT_NAMES):
        if name in REGEX_NUMERIC_SLOTS:
            return name, REGEX_NUMERIC_SLOTS[name]
    return "", {}
