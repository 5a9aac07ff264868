"""Keep CPython's cyclic garbage collector off the trees astroid has built.

A pylint run keeps every linted module's tree, and every module inference
builds on the way, alive to the end: hundreds of thousands of long-lived
objects that can never be garbage. Each full collection walks all of them, and
the inference the suite asks for allocates enough to set off many: measured
on the benchmark's small corpus, the collector took 40% of the async checker's
cost, re-scanning trees. So before each module is checked, the young
generations are collected and whatever is still alive is moved to the
permanent generation (``gc.freeze``), which collections skip; at the end of the
run it is handed back (``gc.unfreeze``), and a process that runs pylint many
times (a test suite, an editor's server) collects as it did before.

The same goes for pylint's own work before checking starts: it builds every
tree first, and the full collections that building sets off walk all the trees
built so far, again and again (2.4 s of pylint's 7 s fixed cost on the small
corpus). So from the moment the suite's checkers are opened until the first
module is checked, the heap is also frozen after each module astroid builds.

A frozen object is never collected, so what is frozen must not turn into
garbage later. astroid keeps small caches that do: its inference-tip cache
(the last 64 answers), its inference cache (emptied whenever a transform
replaces a node) and the bounded ``lru_cache`` of name and metaclass lookups.
Their entries hold nodes the brains build on the fly (a namedtuple's class, a
module parsed from a string), which are reference cycles: frozen, and then
dropped by the cache, they stayed in memory to the end of the run (155,000
objects, 20 MiB of peak memory on the benchmark's small corpus). So these
caches are emptied just before each freeze, and what only they held is
collected then; each answer is recomputed at most once per module, which
measured as no cost.

When the interpreter then exits, the heap is frozen once more, last thing:
CPython's shutdown collections would otherwise walk (and tear down, cycle by
cycle) every tree only for the operating system to take the memory back. On
the small corpus that teardown took 5.5 s of a 21 s suite-only run. Freezing
frees nothing and breaks no reference: objects still alive at exit are left
to the operating system, as CPython itself leaves some.
"""

from __future__ import annotations

import atexit
import gc
import sys
import types

from astroid import context, nodes
from astroid.builder import AstroidBuilder
from astroid.inference_tip import clear_inference_tip_cache
from astroid.manager import AstroidManager
from astroid.nodes._base_nodes import LookupMixIn
from pylint.checkers import BaseChecker

from checkers_pkg.inference import clear_caches

_last_frozen: list[int] = []  # id() of the module the heap was last frozen for

# While modules are checked, the youngest generation is collected after this
# many allocations instead of CPython's 700: inference allocates in bursts
# whose objects mostly die young or live to the end (caches), and each young
# collection also promotes survivors that a later one walks again. Measured on
# the benchmark's full corpus, the async checker's collections while checking
# fell from 1.9 s to 1.25 s; the extra young objects are a few megabytes.
CHECKING_YOUNG_THRESHOLD = 10_000
_thresholds_before: list[tuple[int, ...]] = []


def freeze_before_checking(module: nodes.Module) -> None:
    """Freeze what is alive before ``module`` is checked: once per module,
    whichever of the suite's checkers visits it first."""
    if _last_frozen and _last_frozen[0] == id(module):
        return
    # Garbage goes now: a frozen object is never collected. Once the heap has
    # been frozen, a full collection walks only what the previous module's
    # checks left (cheap), and frees the cycles they promoted to the oldest
    # generation (peak memory); before the first freeze it would walk every
    # tree pylint has built, so only the young generations are collected.
    forget_astroid_transient_caches()
    _collect_quietly(2 if _last_frozen else 1)
    _last_frozen[:] = [id(module)]
    gc.freeze()


def forget_astroid_transient_caches() -> None:
    """Empty astroid's bounded caches, whose entries would otherwise be
    frozen and then dropped: garbage the collector could never reach."""
    clear_inference_tip_cache()
    context._invalidate_cache()  # pylint: disable=protected-access
    LookupMixIn.lookup.cache_clear()
    # pylint: disable-next=protected-access
    nodes.ClassDef._metaclass_lookup_attribute.cache_clear()


def _collect_quietly(generation: int) -> None:
    """``gc.collect(generation)``, without the one message CPython prints when
    it finalizes an abandoned chain of astroid's inference generators whose
    innermost one it finds still marked as running ("Exception ignored in:
    <generator object _infer_attribute> ... generator already executing",
    seen on scrapy): the generator is garbage either way. Anything else
    reaches the hook in force as before."""
    previous = sys.unraisablehook

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if not (
            isinstance(unraisable.object, types.GeneratorType)
            and isinstance(unraisable.exc_value, ValueError)
            and str(unraisable.exc_value) == "generator already executing"
        ):
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        gc.collect(generation)
    finally:
        sys.unraisablehook = previous


def freeze_after_building(module: nodes.Module) -> None:
    """An astroid module transform, the last to run on a module astroid has
    just built: freeze what is alive, the new tree with it.

    Not inside another module's build (inference while building one module
    may build another): the outer build's own temporaries are alive then, and
    astroid's tree builder is a reference cycle, which, frozen, would stay in
    memory to the end of the run."""
    if _builds_under_way() > 1:
        return
    freeze_before_checking(module)


def _builds_under_way() -> int:
    """How many module builds the current call is inside (astroid's
    ``_post_build`` frames on the stack)."""
    count, frame = 0, sys._getframe(1)
    while frame is not None:
        count += frame.f_code is _POST_BUILD_CODE
        frame = frame.f_back
    return count


_POST_BUILD_CODE = AstroidBuilder._post_build.__code__


def freeze_while_building(manager: AstroidManager) -> None:
    """Start of a run (pylint opens its checkers before it builds the trees to
    check): freeze the heap after every module astroid builds, so that the
    full collections tree building sets off skip the trees built before.
    Measured on the benchmark's small corpus, those collections took 2.4 s of
    pylint's 7 s fixed cost."""
    stop_freezing_builds(manager)
    manager.register_transform(nodes.Module, freeze_after_building)


def stop_freezing_builds(manager: AstroidManager) -> None:
    """Checking starts (or the run ends): builds leave the collector alone
    again; the heap is frozen once per module checked instead, and the
    libraries inference builds while checking are collected as before."""
    try:
        manager.unregister_transform(nodes.Module, freeze_after_building)
    except ValueError:  # not registered (this run's other checker removed it)
        pass


def collect_young_less_often() -> None:
    """Checking starts: raise the youngest generation's threshold, once."""
    if not _thresholds_before:
        _thresholds_before.append(gc.get_threshold())
        gc.set_threshold(CHECKING_YOUNG_THRESHOLD, *_thresholds_before[0][1:])


def thaw(reporter: object = None) -> None:
    """End of the run: hand the frozen objects back to the collector, with
    its thresholds, and skip the shutdown collections if the process exits
    next (after closing the run's output files)."""
    stop_freezing_builds(AstroidManager())
    if _thresholds_before:
        gc.set_threshold(*_thresholds_before.pop())
    _last_frozen.clear()
    gc.unfreeze()
    _reporters_to_close[:] = [reporter] if reporter is not None else []
    # Once per process, however many runs; atexit runs the last registered first.
    atexit.unregister(gc.freeze)
    atexit.unregister(_close_output_files)
    atexit.register(gc.freeze)
    atexit.register(_close_output_files)


_reporters_to_close: list[object] = []  # the last run's reporter


def _close_output_files() -> None:
    """At exit, before the heap is frozen: pylint closes (and so flushes) the
    files of ``--output-format=sarif:pylint.sarif`` when its reporter is
    finalised, and a frozen reporter never is: the file stayed empty."""
    for reporter in _reporters_to_close:
        close = getattr(reporter, "close_output_files", None)
        if callable(close):
            close()
    _reporters_to_close.clear()


class SuiteChecker(BaseChecker):
    """What every checker of the suite does at the edges of a module and of
    the run: freeze the heap before the module, forget the inference layer's
    answers and hand the heap back at the end."""

    def open(self) -> None:
        """Start of a run, before pylint builds the trees to check."""
        freeze_while_building(AstroidManager())

    def visit_module(self, node: nodes.Module) -> None:
        """Keep the collector off the trees built so far."""
        stop_freezing_builds(AstroidManager())
        collect_young_less_often()
        freeze_before_checking(node)

    def close(self) -> None:
        """End of the run: the inference layer's answers are no longer needed."""
        thaw(self.linter.reporter)
        clear_caches()
