"""Is the shell flag of this call chosen by a parameter of its function?

ansible's ``run_command(args, use_unsafe_shell=False)`` sets ``shell = True``
on a branch taken when the caller passes ``use_unsafe_shell=True``; other
wrappers build ``kwargs = dict(shell=True, ...)`` under such a branch, or pass
``shell=use_shell`` on. Such a function runs a shell only for the callers
that pass a true value: it is a shell wrapper for them, and for no one else.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.inference.arguments import MISSING, Passed, argument, parameter_argument, truth
from checkers_pkg.inference.values import assigned_value, bindings_of

_MAX_BRANCH_DEPTH = 8


def shell_flag_parameter(call: nodes.Call, func: nodes.FunctionDef) -> str | None:
    """The parameter of ``func`` whose true value makes ``call`` run its
    command through a shell, when the flag is chosen by one."""
    flag = argument(call, "shell")
    if isinstance(flag, nodes.NodeNG):
        return _chosen_by(flag, func)
    for keyword in call.keywords:
        if keyword.arg is None and isinstance(keyword.value, nodes.Name):
            chosen = _options_flag(keyword.value, func)
            if chosen is not None:
                return chosen
    return None


def flag_passed_true(call: nodes.Call, callee: nodes.FunctionDef, name: str) -> bool:
    """Whether ``call`` passes a true value for ``callee``'s parameter
    ``name`` (its default when the call leaves it out)."""
    passed = parameter_argument(call, callee, name)
    if passed is MISSING:
        try:
            passed = callee.args.default_value(name)
        except Exception:  # pylint: disable=broad-exception-caught  # astroid's NoDefault
            return False
    if isinstance(passed, Passed):
        return False
    return truth(passed) is True


def _chosen_by(flag: nodes.NodeNG, func: nodes.FunctionDef) -> str | None:
    if not isinstance(flag, nodes.Name):
        return None
    bindings = bindings_of(flag)
    if len(bindings) == 1 and _is_parameter_of(bindings[0], func):
        return flag.name  # ``shell=use_shell``
    for binding in bindings:
        value = assigned_value(binding)
        if value is None:
            continue
        if truth(value) is True:
            guard = _guarding_parameter(binding, func)
            if guard is not None:
                return guard
        elif isinstance(value, nodes.Name):  # ``shell = use_shell``
            chosen = _chosen_by(value, func)
            if chosen is not None:
                return chosen
    return None


def _options_flag(options: nodes.Name, func: nodes.FunctionDef) -> str | None:
    """``kwargs = dict(shell=True, ...)`` (or ``{"shell": True, ...}``) bound
    under ``if <parameter>:``, then ``subprocess.run(args, **kwargs)``."""
    for binding in bindings_of(options):
        value = assigned_value(binding)
        flag = _shell_entry(value) if value is not None else None
        if flag is None:
            continue
        if truth(flag) is True:
            guard = _guarding_parameter(binding, func)
            if guard is not None:
                return guard
        chosen = _chosen_by(flag, func)
        if chosen is not None:
            return chosen
    return None


def _shell_entry(value: nodes.NodeNG) -> nodes.NodeNG | None:
    if isinstance(value, nodes.Dict):
        for key, item in value.items:
            if isinstance(key, nodes.Const) and key.value == "shell":
                return item
        return None
    if isinstance(value, nodes.Call) and isinstance(value.func, nodes.Name) and (
        value.func.name == "dict"
    ):
        for keyword in value.keywords:
            if keyword.arg == "shell":
                return keyword.value
    return None


def _guarding_parameter(binding: nodes.NodeNG, func: nodes.FunctionDef) -> str | None:
    """The parameter ``p`` of ``if p:`` (or ``elif``) whose body holds ``binding``."""
    child, parent = binding.statement(), binding.statement().parent
    for _ in range(_MAX_BRANCH_DEPTH):
        if parent is None or parent is func:
            return None
        if isinstance(parent, nodes.If) and child in parent.body:
            test = parent.test
            if isinstance(test, nodes.Name):
                bindings = bindings_of(test)
                if len(bindings) == 1 and _is_parameter_of(bindings[0], func):
                    return test.name
        child, parent = parent, parent.parent
    return None


def _is_parameter_of(binding: nodes.NodeNG, func: nodes.FunctionDef) -> bool:
    return isinstance(binding.parent, nodes.Arguments) and binding.parent.parent is func
