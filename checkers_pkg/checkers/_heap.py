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

from astroid import nodes
from pylint.checkers import BaseChecker

from checkers_pkg.inference import clear_caches

_last_frozen: list[int] = []  # id() of the module the heap was last frozen for


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
    gc.collect(2 if _last_frozen else 1)
    _last_frozen[:] = [id(module)]
    gc.freeze()


def thaw() -> None:
    """End of the run: hand the frozen objects back to the collector, and
    skip the shutdown collections if the process exits next."""
    _last_frozen.clear()
    gc.unfreeze()
    atexit.unregister(gc.freeze)  # once per process, however many runs
    atexit.register(gc.freeze)


class SuiteChecker(BaseChecker):
    """What every checker of the suite does at the edges of a module and of
    the run: freeze the heap before the module, forget the inference layer's
    answers and hand the heap back at the end."""

    def visit_module(self, node: nodes.Module) -> None:
        """Keep the collector off the trees built so far."""
        freeze_before_checking(node)

    def close(self) -> None:
        """End of the run: the inference layer's answers are no longer needed."""
        thaw()
        clear_caches()
