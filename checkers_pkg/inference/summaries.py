"""What a library module binds at top level, read with the standard library's
parser instead of astroid.

To answer "what is ``inspect.isfunction``?" astroid builds the whole module,
and inference then builds what that module imports: a second or more for a
large library, paid by a run that only wanted to know that the name is a plain
``def``. The binding statements alone say that, and ``ast.parse`` reads them in
milliseconds. The answers here are deliberately few: a name bound exactly once,
by an undecorated ``def`` or a ``class`` (followed through imports, re-exports,
star imports with a readable ``__all__``, and class bodies). Anything else (a
name bound twice, by an assignment, a decorator, ``async def``, a module
``__getattr__``, a star import that cannot be read) is *unknown*, and the caller
asks astroid as before, so a summary can only save work, never change an answer.
"""

from __future__ import annotations

import ast
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from astroid import modutils
from astroid.exceptions import AstroidError
from astroid.manager import AstroidManager

from checkers_pkg.inference._cache import memoise_per_node

# Re-exports of re-exports; also bounds the walk on cyclic or generated code.
MAX_HOPS = 8


class Kind(enum.Enum):
    """What a dotted path names, when the summaries can tell."""

    SYNC_FUNCTION = "sync-function"  # an undecorated ``def`` (or a class's method)
    CLASS = "class"
    MODULE = "module"


class Resolved(NamedTuple):
    """What a dotted path names, and where that is defined
    (``asyncio.create_task`` -> ``asyncio.tasks.create_task``)."""

    kind: Kind
    path: str


class _Form(enum.Enum):
    DEF = "def"  # undecorated def
    METHOD_DEF = "method-def"  # def decorated only by classmethod/staticmethod
    CLASS = "class"
    IMPORT = "import"  # ``import a.b as x``: target is the module ``a.b``
    FROM = "from"  # ``from m import n``: target is ``m``, member ``n``
    OTHER = "other"  # anything else: unknown


@dataclass(frozen=True)
class _Binding:
    form: _Form
    target: str = ""
    member: str = ""
    members: dict[str, list[_Binding]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ModuleSummary:
    """A module's top-level bindings (into ``if``/``try``/``with`` blocks,
    not into functions), its star imports and its literal ``__all__``."""

    name: str
    bindings: dict[str, list[_Binding]]
    star_imports: tuple[str, ...]
    exports: frozenset[str] | None  # None: no literal __all__


_TRANSPARENT_METHOD_DECORATORS = frozenset({"classmethod", "staticmethod"})


class _Collector:
    """Reads the binding statements of one scope (a module or a class body)."""

    def __init__(self, module_name: str, is_package: bool) -> None:
        self.module_name = module_name
        self.is_package = is_package
        self.bindings: dict[str, list[_Binding]] = {}
        self.star_imports: list[str] = []

    def add(self, name: str, binding: _Binding) -> None:
        """Record one more binding of ``name`` in this scope."""
        self.bindings.setdefault(name, []).append(binding)

    def statements(self, body: Iterable[ast.stmt], in_class: bool = False) -> None:
        """Read a block of statements."""
        for statement in body:
            self.statement(statement, in_class)

    def statement(self, statement: ast.stmt, in_class: bool) -> None:
        """Read one statement: definitions and imports by kind, the rest by
        the names they bind."""
        if isinstance(statement, ast.FunctionDef):
            self.add(statement.name, _Binding(_def_form(statement, in_class)))
            self.expressions(statement.decorator_list)
        elif isinstance(statement, ast.AsyncFunctionDef):
            self.add(statement.name, _Binding(_Form.OTHER))  # astroid judges coroutines
        elif isinstance(statement, ast.ClassDef):
            self.class_definition(statement)
        elif isinstance(statement, ast.Import):
            for alias in statement.names:
                if alias.asname:
                    self.add(alias.asname, _Binding(_Form.IMPORT, alias.name))
                else:  # ``import a.b`` binds ``a``
                    first = alias.name.split(".")[0]
                    self.add(first, _Binding(_Form.IMPORT, first))
        elif isinstance(statement, ast.ImportFrom):
            self.import_from(statement)
        else:
            self.scan(statement)

    def class_definition(self, statement: ast.ClassDef) -> None:
        """A class and its body's own bindings (for ``Class.method``)."""
        if statement.decorator_list:
            self.add(statement.name, _Binding(_Form.OTHER))  # may replace the class
            return
        body = _Collector(self.module_name, self.is_package)
        body.statements(statement.body, in_class=True)
        self.add(statement.name, _Binding(_Form.CLASS, members=body.bindings))
        self.expressions([*statement.bases, *(k.value for k in statement.keywords)])

    def import_from(self, statement: ast.ImportFrom) -> None:
        """``from m import n [as a]`` and star imports, by absolute name."""
        module = _absolute(self.module_name, self.is_package, statement.module, statement.level)
        for alias in statement.names:
            if module is None:
                self.add(alias.asname or alias.name, _Binding(_Form.OTHER))
            elif alias.name == "*":
                self.star_imports.append(module)
            else:
                self.add(alias.asname or alias.name, _Binding(_Form.FROM, module, alias.name))

    def scan(self, node: ast.AST) -> None:
        """Every name an ordinary statement or expression binds (assignment,
        ``for``/``with``/``except`` targets, walrus, ``del``, patterns), and the
        definitions nested in its blocks."""
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.stmt):
                self.statement(child, in_class=False)
            elif isinstance(child, ast.Lambda):
                continue
            elif isinstance(child, ast.Name) and isinstance(child.ctx, (ast.Store, ast.Del)):
                self.add(child.id, _Binding(_Form.OTHER))
            else:
                bound = getattr(child, "name", None) or getattr(child, "rest", None)
                if isinstance(bound, str):  # except ... as name, match patterns
                    self.add(bound, _Binding(_Form.OTHER))
                self.scan(child)

    def expressions(self, expressions: Iterable[ast.AST]) -> None:
        """Names bound inside expressions (a walrus in a decorator or base)."""
        for expression in expressions:
            self.scan(ast.Expression(body=expression))


def _def_form(statement: ast.FunctionDef, in_class: bool) -> _Form:
    if not statement.decorator_list:
        return _Form.DEF
    if in_class and all(
        isinstance(d, ast.Name) and d.id in _TRANSPARENT_METHOD_DECORATORS
        for d in statement.decorator_list
    ):
        return _Form.METHOD_DEF
    return _Form.OTHER


def _absolute(module_name: str, is_package: bool, written: str | None, level: int) -> str | None:
    if not level:
        return written
    parts = module_name.split(".")
    if not is_package:
        parts = parts[:-1]
    if level - 1 >= len(parts):
        return None  # beyond the top-level package: an ImportError
    base = parts[: len(parts) - (level - 1)]
    if written:
        base.append(written)
    return ".".join(base) or None


def _literal_exports(tree: ast.Module, source: bytes) -> frozenset[str] | None:
    """``__all__`` when it is one literal list written once: a module that
    extends or rebuilds it (``__all__.extend(...)``, ``__all__ = a.__all__ +
    ...``) exports what only running it tells."""
    if source.count(b"__all__") != 1:
        return None
    for statement in tree.body:
        if _assigns_all(statement) and isinstance(statement.value, (ast.List, ast.Tuple)):
            elements = statement.value.elts
            if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elements):
                return frozenset(e.value for e in elements)  # type: ignore[union-attr]
    return None


def _assigns_all(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Assign)
        and len(statement.targets) == 1
        and isinstance(statement.targets[0], ast.Name)
        and statement.targets[0].id == "__all__"
    )


@memoise_per_node(on_cycle=None)
def module_file(module_name: str) -> str | None:
    """The ``.py`` file astroid would build for ``module_name``; None for C
    modules, namespaces and names that are not modules (``pkg.Class``)."""
    try:
        spec = AstroidManager().file_from_module_name(module_name, None)
    except (AstroidError, ImportError, ValueError, SyntaxError):
        return None
    location = spec.location or ""
    return location if location.endswith(".py") else None


@memoise_per_node(on_cycle=None)
def module_summary(module_name: str) -> ModuleSummary | None:
    """The summary of a module found on the path, parsed once for the run."""
    path = module_file(module_name)
    if path is None:
        return None
    try:
        with open(path, "rb") as stream:
            source = stream.read()
        tree = ast.parse(source, filename=path)
    except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    collector = _Collector(module_name, path.endswith("__init__.py"))
    collector.statements(tree.body)
    return ModuleSummary(
        module_name,
        collector.bindings,
        tuple(collector.star_imports),
        _literal_exports(tree, source),
    )


def is_linted_path(module_name: str, path: str) -> bool:
    """Code of the project, by a module's name and file: not the standard
    library's, nor an installed package's."""
    if module_name.split(".")[0] in modutils.stdlib_module_names or module_name == "builtins":
        return False
    path = path.replace("\\", "/")
    return "/site-packages/" not in path and "/dist-packages/" not in path


def is_library_module(module_name: str) -> bool:
    """Whether the module is the standard library's or an installed package's:
    code that pylint does not lint, so astroid has not built it yet."""
    return not is_linted_path(module_name, module_file(module_name) or "")


def is_unbuilt_library_module(module_name: str) -> bool:
    """A library module astroid has not built yet: where a summary saves a
    build. One astroid already holds (pylint's own checks asked for it) is
    read from its tree, as before."""
    return module_name not in AstroidManager().astroid_cache and is_library_module(module_name)


def resolve_path(dotted: str) -> Resolved | None:
    """What ``pkg.mod.name`` (or ``pkg.mod.Class.method``) names and where it
    is defined, read from summaries: a plain function, a class or a module;
    None when unsure."""
    first, *rest = dotted.split(".")
    return _walk_module(first, rest, 0)


def _walk_module(module: str, rest: list[str], hops: int) -> Resolved | None:
    if not rest:
        return Resolved(Kind.MODULE, module) if module_file(module) is not None else None
    if hops > MAX_HOPS:
        return None
    summary = module_summary(module)
    if summary is None:
        return None
    name, after = rest[0], rest[1:]
    bindings = _bindings_of(summary, name)
    if bindings is None or len(bindings) > 1:
        return None
    if not bindings:
        if "__getattr__" in summary.bindings:
            return None  # PEP 562: the module makes names up at run time
        submodule = f"{module}.{name}"
        return _walk_module(submodule, after, hops + 1) if module_file(submodule) else None
    binding = bindings[0]
    if binding.form is _Form.IMPORT:
        return _walk_module(binding.target, after, hops + 1)
    if binding.form is _Form.FROM:
        if (binding.target, binding.member) == (module, name):
            # ``from . import sub`` in the package itself: the submodule
            return _walk_module(f"{module}.{name}", after, hops + 1)
        return _walk_module(binding.target, [binding.member, *after], hops + 1)
    if binding.form is _Form.DEF and not after:
        return Resolved(Kind.SYNC_FUNCTION, f"{module}.{name}")
    if binding.form is _Form.CLASS:
        return _walk_class(binding, f"{module}.{name}", after, summary)
    return None


def _walk_class(
    cls: _Binding, path: str, rest: list[str], summary: ModuleSummary
) -> Resolved | None:
    """A member found in the class body itself; inherited members are astroid's."""
    if not rest:
        return Resolved(Kind.CLASS, path)
    members = cls.members.get(rest[0], [])
    if len(members) != 1:
        return None
    member, path = members[0], f"{path}.{rest[0]}"
    if member.form is _Form.CLASS:
        return _walk_class(member, path, rest[1:], summary)
    if len(rest) > 1:
        return None
    if member.form is _Form.DEF:
        return Resolved(Kind.SYNC_FUNCTION, path)
    # ``classmethod`` must be the builtin, not a module-level rebinding
    # (star imports included)
    if member.form is _Form.METHOD_DEF and all(
        _bindings_of(summary, decorator) == [] for decorator in _TRANSPARENT_METHOD_DECORATORS
    ):
        return Resolved(Kind.SYNC_FUNCTION, path)
    return None


def _bindings_of(summary: ModuleSummary, name: str) -> list[_Binding] | None:
    """The bindings of ``name`` at the module's top level, star imports
    included; None when a star import cannot be read."""
    found = list(summary.bindings.get(name, ()))
    for star in summary.star_imports:
        exported = _star_exports(star, name)
        if exported is None:
            return None
        if exported:
            found.append(_Binding(_Form.FROM, star, name))
    return found


def _star_exports(module: str, name: str) -> bool | None:
    """Whether ``from module import *`` binds ``name``; None when unsure."""
    summary = module_summary(module)
    if summary is None:
        return None
    if summary.exports is not None:
        return name in summary.exports
    if summary.star_imports or "__all__" in summary.bindings:
        return None
    return name in summary.bindings and not name.startswith("_")
