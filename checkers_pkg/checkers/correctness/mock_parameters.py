"""Mocks that reach a test through its parameters: injected by ``@patch``
decorators, or supplied by a pytest fixture that returns one.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.checkers.correctness import mocks
from checkers_pkg.checkers.correctness.fixtures import fixture_for
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.declared_types import annotated_expression
from checkers_pkg.inference.names import import_paths, qualified_names
from checkers_pkg.inference.values import bindings_of, positional_parameters

# ``unittest.mock.patch.TEST_PREFIX``: a class's ``@patch`` applies to the
# methods named with it (written out: importing ``unittest.mock`` costs a run
# 8 MiB; ``tests/unit`` compares it with the running interpreter's).
PATCH_TEST_PREFIX = "test"


# -- parameters -----------------------------------------------------------------

def parameter_kind(param: nodes.AssignName) -> mocks.MockKind:
    func = param.parent.parent
    if not isinstance(func, nodes.FunctionDef):
        return mocks.MockKind.NONE
    if _takes_self(func) and func.args.arguments and func.args.arguments[0] is param:
        return mocks.MockKind.NONE  # ``self`` (``self.assertEqual`` is asked a lot)
    injected = _injected_by_decorators(func)
    if injected:
        positional = positional_parameters(func)
        if _takes_self(func):
            positional = positional[1:]
        if param in positional:
            index = positional.index(param)
            if index < len(injected):
                return injected[index]
    fixture = fixture_for(param)
    if fixture is not None:
        return returned_kind(fixture)
    return mocks.MockKind.NONE


def _takes_self(func: nodes.FunctionDef) -> bool:
    return func.type in {"method", "classmethod"}


def _injected_by_decorators(func: nodes.FunctionDef) -> list[mocks.MockKind]:
    """The mocks ``@patch`` decorators pass, in parameter order: the
    decorator nearest the ``def`` first, then a class's ``@patch`` (applied
    to each ``test`` method after the method's own)."""
    decorators = list(reversed(func.decorators.nodes)) if func.decorators else []
    owner = func.parent.frame() if func.parent is not None else None
    if (
        isinstance(owner, nodes.ClassDef)
        and owner.decorators
        and func.name.startswith(PATCH_TEST_PREFIX)
    ):
        decorators.extend(reversed(owner.decorators.nodes))
    injected = []
    for decorator in decorators:
        if not isinstance(decorator, nodes.Call):
            continue
        # ``patch.dict`` injects nothing, ``patch.multiple`` keywords only.
        for name in set(qualified_names(decorator)) & mocks.PATCHERS:
            kind = mocks.replacement_kind(decorator, mocks.NEW_POSITION[name.rsplit(".", 1)[-1]])
            if kind is not None:
                injected.append(kind)
            break
    return injected


def returned_kind(fixture: nodes.FunctionDef) -> mocks.MockKind:
    """What a function (a fixture, a factory) returns or yields, when every
    value it gives is a mock."""
    values = [
        node.value
        for node in fixture.nodes_of_class(
            (nodes.Return, nodes.Yield), skip_klass=mocks.NESTED_SCOPES
        )
    ]
    if not values or any(value is None for value in values):
        return mocks.MockKind.NONE
    return mocks.agreed_kind([mocks.mock_kind(value) for value in values])


@memoise_per_node(on_cycle=False)
def is_mocker(node: nodes.NodeNG) -> bool:
    """Whether ``node`` is pytest-mock's ``mocker`` fixture (a parameter of a
    test or fixture named so, or annotated ``MockerFixture``)."""
    if not isinstance(node, nodes.Name):
        return False
    bindings = bindings_of(node)
    if len(bindings) != 1 or not isinstance(bindings[0].parent, nodes.Arguments):
        return False
    param = bindings[0]
    arguments = param.parent
    annotation = next(
        (a for p, a in zip(arguments.args, arguments.annotations) if p is param), None
    )
    if annotation is not None:
        expression = annotated_expression(annotation)
        paths = import_paths(expression) if expression is not None else ()
        return any(path.rsplit(".", 1)[-1] in mocks.MOCKER_TYPES for path in paths)
    return param.name in mocks.MOCKER_FIXTURES and fixture_for(param) is None
