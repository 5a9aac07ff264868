"""Per-node memoisation for the inference layer.

Every question the layer answers depends only on the node (and a few hashable
settings), never on where it is asked from, so answers are cached for the run.
Caches live in this process only, which keeps them correct under ``pylint -j N``
(each worker builds its own trees and its own answers).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import TypeVar

_Result = TypeVar("_Result")
_IN_PROGRESS = object()
_CACHES: list[dict[Hashable, object]] = []


def memoise_per_node(
    on_cycle: _Result,
    same_answer_as: Callable[..., Hashable | None] | None = None,
) -> Callable[[Callable[..., _Result]], Callable[..., _Result]]:
    """Cache a function of ``(node, *hashable_args)`` for the run.

    A call that re-enters itself with the same key (``a = b; b = a``, a function
    that calls itself) gets ``on_cycle`` instead of recursing forever.
    ``same_answer_as(*args)``, when given and not None, is the key instead:
    for questions whose answer is known to be the same for many nodes (every
    ``self.client.close`` in one class's methods).
    """

    def decorate(func: Callable[..., _Result]) -> Callable[..., _Result]:
        cache: dict[Hashable, object] = {}
        _CACHES.append(cache)

        @functools.wraps(func)
        def wrapper(*args: Hashable) -> _Result:
            shared = same_answer_as(*args) if same_answer_as is not None else None
            key = args if shared is None else shared
            cached = cache.get(key, None)
            if cached is _IN_PROGRESS:
                return on_cycle
            if cached is not None or key in cache:
                return cached  # type: ignore[return-value]
            cache[key] = _IN_PROGRESS
            try:
                result = func(*args)
            except BaseException:
                del cache[key]
                raise
            cache[key] = result
            return result

        return wrapper

    return decorate


def clear_caches() -> None:
    """Forget every answer (end of a run, or between tests)."""
    for cache in _CACHES:
        cache.clear()
