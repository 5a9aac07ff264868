"""The suite's collector setting: frozen while modules are checked, handed
back at the end of a run, frozen again when the process exits."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import weakref
from pathlib import Path
from types import SimpleNamespace

import astroid
import pytest
from pylint.lint import Run

from checkers_pkg.checkers import _heap


@pytest.fixture(autouse=True)
def _thawed():
    """Each test starts and ends with nothing frozen."""
    _heap.thaw()
    yield
    _heap.thaw()


@pytest.fixture(name="service")
def _service(tmp_path: Path) -> Path:
    """A module with one unawaited coroutine call."""
    source = tmp_path / "service.py"
    source.write_text("async def fetch():\n    return 1\n\n\nasync def main():\n    fetch()\n")
    return source


def test_freezes_once_per_module_and_collects_fully_after_the_first(monkeypatch):
    collected: list[int] = []
    real_collect = gc.collect
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation)
                        or real_collect(generation))
    first, second = astroid.parse("x = 1"), astroid.parse("y = 2")

    _heap.freeze_before_checking(first)
    assert gc.get_freeze_count() > 0
    _heap.freeze_before_checking(first)  # another checker of the suite, same module
    _heap.freeze_before_checking(second)

    # young generations before the first freeze; a full collection, which
    # walks only what is not frozen, before the next
    assert collected == [1, 2]


def test_nodes_only_astroid_s_bounded_caches_hold_are_not_frozen():
    """A namedtuple's class is built by a brain when inferred and held by
    astroid's inference-tip cache alone: it must be garbage before the
    freeze, or it stays in memory to the end of the run once the cache
    drops it."""
    call = astroid.extract_node(
        "import collections\ncollections.namedtuple('Point', 'x y')  #@"
    )
    _heap.freeze_before_checking(call.root())
    built = weakref.ref(next(call.infer()))
    assert isinstance(built(), astroid.nodes.ClassDef)

    _heap.freeze_before_checking(astroid.parse("z = 3"))  # the next module

    assert built() is None


def test_a_run_hands_the_heap_back_and_asks_to_freeze_at_exit(service, monkeypatch):
    registered = []
    monkeypatch.setattr(_heap.atexit, "register", registered.append)

    Run(["--load-plugins=checkers_pkg", "--disable=all", "--enable=unawaited-coroutine",
         "--persistent=n", "--score=n", str(service)], exit=False)

    assert gc.get_freeze_count() == 0
    # atexit runs the last registered first: output files closed, then frozen.
    assert registered == [gc.freeze, _heap._close_output_files]


def test_output_files_are_written_when_a_pylint_process_exits(service, tmp_path):
    """``--output-format=json2:<file>`` in a real process: the frozen
    reporter is never finalised, so its files are closed before freezing
    (they stayed empty, and the CI guide's SARIF upload had nothing)."""
    out = tmp_path / "out.json"
    subprocess.run(
        [sys.executable, "-m", "pylint", "--load-plugins=checkers_pkg", "--disable=all",
         "--enable=unawaited-coroutine", "--persistent=n", f"--output-format=json2:{out}",
         str(service)],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
    )
    assert "unawaited-coroutine" in out.read_text(encoding="utf-8")


def test_the_heap_is_frozen_when_a_pylint_process_exits(service):
    """A real ``pylint`` process: an exit handler registered before the plugin
    runs after the plugin's, and sees the heap frozen (so CPython's shutdown
    collections skip the trees); the findings are printed in full."""
    script = textwrap.dedent(
        f"""
        import atexit, gc, sys
        atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0))
        from pylint.lint import Run
        Run(["--load-plugins=checkers_pkg", "--disable=all",
             "--enable=unawaited-coroutine", "--persistent=n", "--score=n",
             {str(service)!r}])
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).parents[3], timeout=120, check=False)

    assert "unawaited-coroutine" in done.stdout
    assert done.stdout.rstrip().endswith("frozen at exit: True")


def test_trees_are_frozen_as_pylint_builds_them(tmp_path, monkeypatch):
    """Between opening the checkers and checking the first module, every tree
    pylint builds is frozen once built; a build nested in another (inference
    while building) is not, and checking stops the freezing."""
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text("class Model:\n    pass\n")
    (package / "service.py").write_text(
        "async def fetch():\n    return 1\n\n\nasync def main():\n    fetch()\n"
    )
    frozen_after: list[str] = []
    checked: list[str] = []
    real_freeze = _heap.freeze_before_checking

    def recording_freeze(module):
        (checked if checked or _heap._builds_under_way() == 0 else frozen_after).append(
            module.name)
        real_freeze(module)

    monkeypatch.setattr(_heap, "freeze_before_checking", recording_freeze)
    real_visit = _heap.SuiteChecker.visit_module
    monkeypatch.setattr(_heap.SuiteChecker, "visit_module", lambda self, node: (
        checked.append("<checking>"), real_visit(self, node)))

    Run(["--load-plugins=checkers_pkg", "--disable=all", "--enable=unawaited-coroutine",
         "--persistent=n", "--score=n", str(package)], exit=False)

    assert {"app", "app.models", "app.service"} <= set(frozen_after)
    assert checked[0] == "<checking>"  # nothing is frozen per build once checking starts
    assert not [name for name in checked if name != "<checking>" and name not in
                {"app", "app.models", "app.service"}]
    assert gc.get_freeze_count() == 0
    transforms = astroid.MANAGER._transform.transforms[astroid.nodes.Module]
    assert all(transform is not _heap.freeze_after_building for transform, _ in transforms)


def test_a_build_inside_another_build_does_not_freeze(monkeypatch):
    frozen: list[str] = []
    monkeypatch.setattr(_heap, "freeze_before_checking", lambda module: frozen.append(module.name))
    monkeypatch.setattr(_heap, "_builds_under_way", lambda: 2)
    _heap.freeze_after_building(astroid.parse("x = 1", module_name="inner"))
    monkeypatch.setattr(_heap, "_builds_under_way", lambda: 1)
    _heap.freeze_after_building(astroid.parse("x = 1", module_name="outer"))
    assert frozen == ["outer"]


def test_builds_under_way_counts_astroid_builds(monkeypatch):
    seen: list[int] = []
    monkeypatch.setattr(_heap, "freeze_before_checking",
                        lambda module: seen.append(_heap._builds_under_way()))
    _heap.freeze_while_building(astroid.MANAGER)
    try:
        astroid.builder.AstroidBuilder(astroid.MANAGER).string_build("x = 1", "counted")
    finally:
        _heap.stop_freezing_builds(astroid.MANAGER)
    assert seen == [1]
    assert _heap._builds_under_way() == 0


def test_young_collections_are_rarer_while_checking_and_restored_after(service, monkeypatch):
    before = gc.get_threshold()
    seen = []
    real_freeze = _heap.freeze_before_checking
    monkeypatch.setattr(_heap, "freeze_before_checking",
                        lambda module: seen.append(gc.get_threshold()) or real_freeze(module))

    Run(["--load-plugins=checkers_pkg", "--disable=all", "--enable=unawaited-coroutine",
         "--persistent=n", "--score=n", str(service)], exit=False)

    assert seen and seen[-1] == (_heap.CHECKING_YOUNG_THRESHOLD, *before[1:])
    assert gc.get_threshold() == before


def test_collections_drop_only_the_running_generator_message(monkeypatch):
    """CPython finalizing an abandoned chain of astroid's generators may find
    one still marked as running and print "generator already executing"
    (scrapy): that one message is dropped, anything else reaches the hook."""

    def generator():
        yield

    reached = []
    monkeypatch.setattr(sys, "unraisablehook", reached.append)

    def collect(generation):
        for error, owner in ((ValueError("generator already executing"), generator()),
                             (ValueError("other"), generator()),
                             (ValueError("generator already executing"), object())):
            sys.unraisablehook(SimpleNamespace(exc_type=ValueError, exc_value=error,
                                               exc_traceback=None, err_msg=None, object=owner))
        return generation

    monkeypatch.setattr(gc, "collect", collect)
    _heap._collect_quietly(1)
    assert [str(args.exc_value) for args in reached] == ["other", "generator already executing"]
    assert sys.unraisablehook == reached.append
