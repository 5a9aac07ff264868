"""Module summaries: answers read with ``ast`` must be the ones astroid would
give, and anything unsure must be None so that astroid is asked instead."""

from __future__ import annotations

import textwrap
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from astroid.manager import AstroidManager

from checkers_pkg.checkers.asynchronous import coroutines
from checkers_pkg.checkers.asynchronous.coroutines import (
    cheap_coroutine_verdict,
    is_coroutine_function,
    library_sync_callee,
)
from checkers_pkg.inference import clear_caches
from checkers_pkg.inference.names import written_paths
from checkers_pkg.inference.summaries import (
    Kind,
    Resolved,
    is_library_module,
    module_file,
    module_summary,
    resolve_path,
)
from tests.unit.conftest import extract

Package = Callable[[dict[str, str]], str]


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    """Every test writes or forgets modules: no summary may outlive it."""
    clear_caches()
    yield
    clear_caches()


@pytest.fixture(name="library")
def fixture_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Package:
    """Like conftest's ``package``, but installed (under ``site-packages``),
    so that ``library_sync_callee`` reads its summaries."""
    site = tmp_path / "site-packages"
    monkeypatch.syspath_prepend(str(site))

    def write(files: dict[str, str]) -> str:
        name = f"lib_{uuid.uuid4().hex[:10]}"
        for relative, source in {"__init__.py": "", **files}.items():
            path = site / name / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(source).replace("{pkg}", name))
        return name

    return write


@pytest.fixture(name="unbuilt")
def fixture_unbuilt(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Have astroid forget stdlib modules other tests built, for this test
    only: summaries answer only for libraries astroid has not built."""
    cache = AstroidManager().astroid_cache

    def forget(*module_names: str) -> None:
        for name in module_names:
            monkeypatch.delitem(cache, name, raising=False)

    return forget


def sync(path: str) -> Resolved:
    return Resolved(Kind.SYNC_FUNCTION, path)


def cls(path: str) -> Resolved:
    return Resolved(Kind.CLASS, path)


# -- 1. definitions -------------------------------------------------------------


def test_defs_classes_methods_and_nested_classes(package: Package) -> None:
    """The few forms a summary answers for, each at the path it is defined."""
    pkg = package(
        {
            "mod.py": """
                def plain(): pass
                class Outer:
                    def method(self): pass
                    @classmethod
                    def build(cls): pass
                    @staticmethod
                    def helper(): pass
                    @classmethod
                    @staticmethod
                    def both(): pass
                    class Inner:
                        def deep(self): pass
                """
        }
    )
    assert resolve_path(f"{pkg}.mod.plain") == sync(f"{pkg}.mod.plain")
    assert resolve_path(f"{pkg}.mod.Outer") == cls(f"{pkg}.mod.Outer")
    assert resolve_path(f"{pkg}.mod.Outer.method") == sync(f"{pkg}.mod.Outer.method")
    assert resolve_path(f"{pkg}.mod.Outer.build") == sync(f"{pkg}.mod.Outer.build")
    assert resolve_path(f"{pkg}.mod.Outer.helper") == sync(f"{pkg}.mod.Outer.helper")
    assert resolve_path(f"{pkg}.mod.Outer.both") == sync(f"{pkg}.mod.Outer.both")
    assert resolve_path(f"{pkg}.mod.Outer.Inner") == cls(f"{pkg}.mod.Outer.Inner")
    assert resolve_path(f"{pkg}.mod.Outer.Inner.deep") == sync(f"{pkg}.mod.Outer.Inner.deep")
    assert resolve_path(f"{pkg}.mod") == Resolved(Kind.MODULE, f"{pkg}.mod")


# -- 2. re-exports --------------------------------------------------------------


def test_re_exports_resolve_to_the_defining_module(package: Package) -> None:
    """``requests.get`` is ``requests.api.get``: the path names where it is defined."""
    pkg = package(
        {
            "__init__.py": "from .impl import fetch\nfrom . import sub\n",
            "impl.py": "def fetch(): pass\nclass Client: pass\n",
            "sub.py": "def work(): pass\n",
            "api.py": "import {pkg}.impl as impl\nfrom . import sub\nimport {pkg}.impl\n",
        }
    )
    assert resolve_path(f"{pkg}.fetch") == sync(f"{pkg}.impl.fetch")
    assert resolve_path(f"{pkg}.api.impl.fetch") == sync(f"{pkg}.impl.fetch")
    assert resolve_path(f"{pkg}.api.impl.Client") == cls(f"{pkg}.impl.Client")
    assert resolve_path(f"{pkg}.api.impl") == Resolved(Kind.MODULE, f"{pkg}.impl")
    # ``from . import sub`` in the package itself is the submodule, not a loop
    assert resolve_path(f"{pkg}.sub") == Resolved(Kind.MODULE, f"{pkg}.sub")
    assert resolve_path(f"{pkg}.sub.work") == sync(f"{pkg}.sub.work")
    assert resolve_path(f"{pkg}.api.sub.work") == sync(f"{pkg}.sub.work")


def test_chains_of_re_exports_and_cycles(package: Package) -> None:
    """A chain is followed to its end; an import cycle ends, unknown."""
    pkg = package(
        {
            "__init__.py": "from .facade import fetch as get\n",
            "facade.py": "from ._middle import fetch\n",
            "_middle.py": "from ._core import fetch\n",
            "_core.py": "def fetch(): pass\n",
            "a.py": "from .b import thing\n",
            "b.py": "from .a import thing\n",
        }
    )
    assert resolve_path(f"{pkg}.get") == sync(f"{pkg}._core.fetch")
    assert resolve_path(f"{pkg}.facade.fetch") == sync(f"{pkg}._core.fetch")
    assert resolve_path(f"{pkg}.a.thing") is None


# -- 3. star imports ------------------------------------------------------------


def test_star_import_follows_a_literal_all(package: Package) -> None:
    """A literal ``__all__`` written once says exactly what ``*`` binds."""
    pkg = package(
        {
            "exports.py": '__all__ = ["shown"]\ndef shown(): pass\ndef hidden(): pass\n',
            "facade.py": "from .exports import *\n",
        }
    )
    assert resolve_path(f"{pkg}.facade.shown") == sync(f"{pkg}.exports.shown")
    assert resolve_path(f"{pkg}.facade.hidden") is None


@pytest.mark.parametrize(
    "exports",
    [
        '__all__ = ["a"]\n__all__ += ["b"]\n',
        '__all__ = ["a"]\n__all__.extend(["b"])\n',
        'from . import other\n__all__ = other.__all__ + ["a"]\n',
    ],
    ids=["augmented", "extended", "built"],
)
def test_star_import_is_unknown_when_all_is_not_one_literal(
    package: Package, exports: str
) -> None:
    """An ``__all__`` changed after its literal exports what only running it tells."""
    pkg = package(
        {
            "other.py": '__all__ = ["b"]\ndef b(): pass\n',
            "exports.py": exports + "def a(): pass\ndef b(): pass\n",
            "facade.py": "from .exports import *\n",
        }
    )
    assert resolve_path(f"{pkg}.facade.a") is None
    assert resolve_path(f"{pkg}.facade.b") is None


def test_star_import_without_all_binds_public_names(package: Package) -> None:
    """Without ``__all__``, ``*`` binds the names not starting with ``_``."""
    pkg = package(
        {
            "plain.py": "def public(): pass\ndef _private(): pass\n",
            "facade.py": "from .plain import *\n",
            "twice.py": "from .plain import *\ndef public(): pass\n",
        }
    )
    assert resolve_path(f"{pkg}.facade.public") == sync(f"{pkg}.plain.public")
    assert resolve_path(f"{pkg}.facade._private") is None
    assert resolve_path(f"{pkg}.twice.public") is None  # star import and def: bound twice


def test_an_unreadable_star_import_may_rebind_any_name(package: Package) -> None:
    """A star import of a module that star-imports in turn (exports not read)
    may rebind a def written before it."""
    pkg = package(
        {
            "plain.py": "def public(): pass\n",
            "nested.py": "from .plain import *\n",
            "mod.py": "def public(): pass\nfrom .nested import *\n",
        }
    )
    assert resolve_path(f"{pkg}.nested.public") == sync(f"{pkg}.plain.public")
    assert resolve_path(f"{pkg}.mod.public") is None


# -- 4. unknown: astroid decides ------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "async def f(): pass\n",
        "import functools\n@functools.cache\ndef f(): pass\n",
        "import dataclasses\n@dataclasses.dataclass\nclass f: pass\n",
        "try:\n    from json import f\nexcept ImportError:\n    def f(): pass\n",
        "import json\nif json:\n    def f(): pass\nelse:\n    f = json.dumps\n",
        "def g(): pass\nf = g\n",
        "def f(): pass\ndel f\n",
        "for f in range(3): pass\n",
        "def f(:\n",
    ],
    ids=[
        "async-def",
        "decorated-def",
        "decorated-class",
        "try-import-or-def",
        "if-def-else-assign",
        "assignment",
        "deleted",
        "loop-target",
        "syntax-error",
    ],
)
def test_unknown_bindings(package: Package, source: str) -> None:
    """Only astroid may judge these: a summary answer could differ from its."""
    pkg = package({"mod.py": source})
    assert resolve_path(f"{pkg}.mod.f") is None


def test_module_getattr_makes_unbound_names_unknown(package: Package) -> None:
    """PEP 562: a module ``__getattr__`` may make up any name it lacks,
    even one spelled like a submodule."""
    pkg = package(
        {
            "__init__.py": "def __getattr__(name): pass\ndef bound(): pass\n",
            "lazy.py": "def work(): pass\n",
        }
    )
    assert resolve_path(f"{pkg}.bound") == sync(f"{pkg}.bound")
    assert resolve_path(f"{pkg}.missing") is None
    assert resolve_path(f"{pkg}.lazy.work") is None


def test_methods_the_summary_cannot_vouch_for(package: Package) -> None:
    """A rebound ``classmethod`` may wrap anything; inherited members are
    astroid's (the MRO); members bound by assignment are values."""
    pkg = package(
        {
            "rebound.py": """
                from functools import partial as classmethod
                class A:
                    @classmethod
                    def build(cls): pass
                """,
            "mod.py": """
                class Base:
                    def run(self): pass
                    attr = run
                    def twice(self): pass
                    def twice(self): pass
                class Child(Base):
                    pass
                """,
        }
    )
    assert resolve_path(f"{pkg}.rebound.A.build") is None
    assert resolve_path(f"{pkg}.mod.Base.run") == sync(f"{pkg}.mod.Base.run")
    assert resolve_path(f"{pkg}.mod.Child.run") is None
    assert resolve_path(f"{pkg}.mod.Base.attr") is None
    assert resolve_path(f"{pkg}.mod.Base.twice") is None


def test_classmethod_bound_by_a_star_import_is_not_the_builtin(library: Package) -> None:
    """``from .helpers import *`` can bind ``classmethod`` as surely as an
    assignment can: then ``@classmethod`` may make an ``async`` wrapper, as
    astroid sees."""
    lib = library(
        {
            "helpers.py": """
                def classmethod(fn):
                    async def wrapper(*args):
                        return fn(*args)
                    return wrapper
                """,
            "mod.py": """
                from .helpers import *
                class Api:
                    @classmethod
                    def fetch(cls): pass
                """,
        }
    )
    assert resolve_path(f"{lib}.mod.Api.fetch") is None
    (node,) = extract(f"from {lib}.mod import Api\nApi.fetch  #@")
    assert is_coroutine_function(node) is True


def test_paths_that_are_not_modules() -> None:
    """A missing module, a C module or an attribute of a function: no summary."""
    assert resolve_path("no_such_module_anywhere.f") is None
    assert resolve_path("no_such_module_anywhere") is None
    assert resolve_path("json.no_such_name") is None
    assert resolve_path("json.dumps.__name__") is None
    assert resolve_path("sys.exit") is None  # built in, no source to read
    assert module_file("json.dumps") is None
    assert module_summary("no_such_module_anywhere") is None


# -- 5. relative imports --------------------------------------------------------


def test_relative_imports_two_levels_up(package: Package) -> None:
    """``..`` from a subpackage module and from a subpackage ``__init__``
    both name the parent package."""
    pkg = package(
        {
            "a.py": "def b(): pass\n",
            "sub/__init__.py": "from ..a import b\n",
            "sub/mod.py": "from ..a import b\nfrom .. import a\n",
        }
    )
    assert resolve_path(f"{pkg}.sub.b") == sync(f"{pkg}.a.b")
    assert resolve_path(f"{pkg}.sub.mod.b") == sync(f"{pkg}.a.b")
    assert resolve_path(f"{pkg}.sub.mod.a.b") == sync(f"{pkg}.a.b")


def test_relative_import_beyond_the_top_level_package(package: Package) -> None:
    """Python raises ImportError (astroid TooManyLevelsError) for one ``.`` too
    many: it does not import the top-level module of that name."""
    pkg = package(
        {
            "sub/__init__.py": "from ...json import dumps\n",
            "sub/mod.py": "from ...json import dumps\n",
        }
    )
    assert resolve_path(f"{pkg}.sub.dumps") is None
    assert resolve_path(f"{pkg}.sub.mod.dumps") is None


# -- 6. the standard library ------------------------------------------------------


def test_standard_library_sanity() -> None:
    """The real modules the summaries exist for."""
    dumps = resolve_path("json.dumps")
    assert dumps is not None and dumps.kind is Kind.SYNC_FUNCTION
    parser = resolve_path("argparse.ArgumentParser")
    assert parser is not None and parser.kind is Kind.CLASS
    assert resolve_path("asyncio.sleep") is None  # async def
    assert is_library_module("json") and is_library_module("asyncio.tasks")


def test_project_and_installed_modules(package: Package, library: Package) -> None:
    """Only libraries count as library modules: the project is astroid's."""
    pkg, lib = package({"mod.py": ""}), library({"mod.py": ""})
    assert not is_library_module(f"{pkg}.mod")
    assert is_library_module(f"{lib}.mod")
    summary = module_summary(f"{pkg}.mod")
    assert summary is not None and summary.bindings == {}


# -- 7. through astroid nodes -------------------------------------------------------


def test_written_paths() -> None:
    """The paths the module's own imports say a name is, without loading them."""
    found = [
        written_paths(node)
        for node in extract(
            """
            import rich.console
            import rich.table
            import json
            if json:
                import json as codec
            else:
                import pickle as codec
            alias = json.dumps
            def use(param):
                rich.console.Console  #@
                codec.dumps  #@
                alias  #@
                param  #@
            """
        )
    ]
    assert found == [
        ("rich.console.Console",),
        ("json.dumps", "pickle.dumps"),
        ("json.dumps",),
        (),
    ]


def test_cheap_verdicts(unbuilt: Callable[..., None]) -> None:
    """Answers without inference, and None whenever inference is needed."""
    unbuilt("json")
    verdicts = [
        cheap_coroutine_verdict(node)
        for node in extract(
            """
            import json, functools
            class Local: pass
            def plain(): pass
            async def coro(): pass
            @functools.cache
            def cached(): pass
            client = Local()
            json.dumps  #@
            Local  #@
            plain  #@
            coro  #@
            cached  #@
            client.method  #@
            """
        )
    ]
    assert verdicts == [False, False, False, True, None, None]


def test_library_sync_callee_needs_every_binding(library: Package) -> None:
    """One import that may bind an ``async def`` makes the answer astroid's."""
    lib = library(
        {
            "sync.py": "def get(): pass\nclass Session: pass\n",
            "aio.py": "async def get(): pass\n",
        }
    )
    both_sync, mixed = extract(
        f"""
        try:
            from {lib}.sync import get
        except ImportError:
            from {lib}.sync import Session as get
        try:
            from {lib}.sync import get as fetch
        except ImportError:
            from {lib}.aio import get as fetch
        get  #@
        fetch  #@
        """
    )
    assert library_sync_callee(both_sync) == (sync(f"{lib}.sync.get"), cls(f"{lib}.sync.Session"))
    assert library_sync_callee(mixed) == ()


# -- 8. same answer as astroid ------------------------------------------------------


@pytest.mark.parametrize(
    ("callee", "expected", "summarised"),
    [
        ("json.dumps", False, True),
        ("inspect.isfunction", False, True),
        ("os.getcwd", False, False),  # ``from posix import *``: a C module
        ("argparse.ArgumentParser", False, True),
        ("asyncio.sleep", True, False),  # async def
        ("asyncio.create_task", False, False),  # asyncio's __all__ is built
    ],
)
def test_same_answer_as_astroid(
    callee: str,
    expected: bool,
    summarised: bool,
    unbuilt: Callable[..., None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The summaries only save work: bypassing them changes no answer."""
    module = callee.rsplit(".", 1)[0]
    code = f"import {module}\n{callee}()  #@"
    unbuilt(module)
    func = extract(code)[0].func
    assert bool(library_sync_callee(func)) is summarised  # the route really differs
    with_summaries = is_coroutine_function(func)
    clear_caches()
    monkeypatch.setattr(coroutines, "library_sync_callee", lambda node: ())
    with_astroid = is_coroutine_function(extract(code)[0].func)
    assert with_summaries == with_astroid == expected
