"""pytest fixtures: which function supplies a test's parameter.

pytest fills a test function's parameters by name from fixtures defined in
the test's class, its module, and the ``conftest.py`` files of its directory
and the ones above it (nearest first). Reading them lets a test's ``client``
parameter be known as whatever the ``client`` fixture returns.
"""

from __future__ import annotations

from pathlib import Path

from astroid import nodes
from astroid.exceptions import AstroidError
from astroid.manager import AstroidManager

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.names import import_paths

FIXTURE_DECORATORS = frozenset(
    {"pytest.fixture", "_pytest.fixtures.fixture", "pytest_asyncio.fixture"}
)


# conftest.py files are looked for this many directories up from a test.
MAX_CONFTEST_DEPTH = 6


def is_fixture(func: nodes.FunctionDef) -> bool:
    """Whether ``func`` is decorated as a pytest fixture."""
    return fixture_name(func) is not None


def fixture_name(func: nodes.FunctionDef) -> str | None:
    """The name a fixture is requested by (``name=`` or the function's own);
    None when ``func`` is not a fixture."""
    for decorator in func.decorators.nodes if func.decorators else ():
        target = decorator.func if isinstance(decorator, nodes.Call) else decorator
        if not FIXTURE_DECORATORS.intersection(import_paths(target)):
            continue
        if isinstance(decorator, nodes.Call):
            for keyword in decorator.keywords or ():
                if keyword.arg == "name" and isinstance(keyword.value, nodes.Const):
                    return str(keyword.value.value)
        return func.name
    return None


def is_test_or_fixture(func: nodes.FunctionDef) -> bool:
    """Whether pytest fills ``func``'s parameters from fixtures."""
    return func.name.startswith("test") or is_fixture(func)


@memoise_per_node(on_cycle=None)
def fixture_for(param: nodes.AssignName) -> nodes.FunctionDef | None:
    """The fixture pytest passes as parameter ``param`` of a test or fixture,
    the nearest definition first; None when there is none to be seen."""
    arguments = param.parent
    func = arguments.parent if isinstance(arguments, nodes.Arguments) else None
    if not isinstance(func, nodes.FunctionDef) or not is_test_or_fixture(func):
        return None
    scopes: list[nodes.LocalsDictNodeNG] = []
    owner = func.parent.frame() if func.parent is not None else None
    if isinstance(owner, nodes.ClassDef):
        scopes.append(owner)
    scopes.append(func.root())
    scopes.extend(_conftests_above(func.root()))
    for scope in scopes:
        found = _fixture_in(scope, param.name, func)
        if found is not None:
            return found
    return None


def _fixture_in(
    scope: nodes.LocalsDictNodeNG, name: str, requester: nodes.FunctionDef
) -> nodes.FunctionDef | None:
    for statement in scope.body:
        if (
            isinstance(statement, nodes.FunctionDef)
            and statement is not requester  # a fixture overriding one above it
            and fixture_name(statement) == name
        ):
            return statement
    return None


def _conftests_above(module: nodes.Module) -> list[nodes.Module]:
    if not module.file:
        return []
    found = []
    directory = Path(module.file).parent
    for _ in range(MAX_CONFTEST_DEPTH):
        candidate = directory / "conftest.py"
        if str(candidate) != module.file:
            conftest = _load_conftest(str(candidate))
            if conftest is not None:
                found.append(conftest)
        if directory.parent == directory:
            break
        directory = directory.parent
    return found


@memoise_per_node(on_cycle=None)
def _load_conftest(path: str) -> nodes.Module | None:
    """The tree of a ``conftest.py`` (astroid caches it by file too)."""
    if not Path(path).is_file():
        return None
    try:
        return AstroidManager().ast_from_file(path)
    except (AstroidError, OSError, SyntaxError, RecursionError):
        return None
