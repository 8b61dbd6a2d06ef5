"""Pausing Python's cyclic garbage collector while a backbone component processes a document.

Why: on text not seen before, the tagger and the NER add many small objects (tuples, strings) to their per-word
caches. The collector counts those allocations and runs a pass every few hundred of them; every tenth pass walks
the older generation, and a full pass walks everything the process holds — the imported libraries, the lexicons'
word sets, the caches — touching each object's memory. Those passes found nothing to free (the components build
no reference cycles; their temporaries are freed by reference counting) and took about a quarter of the
backbone's time on unseen text. With the collector paused during a component call, the survivors of the call are
examined once by the first young-generation pass after it, and full passes become rare.

The pause is local: the collector's previous state is restored when the call returns (also on an exception), and
a collector that was already disabled stays disabled. Thresholds and frozen objects are left alone.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic garbage collector for the block; restore its previous state afterwards."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def without_collector(fn: Callable[P, R]) -> Callable[P, R]:
    """Decorator form of :func:`collector_paused` (for a component's per-document method)."""

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with collector_paused():
            return fn(*args, **kwargs)

    return wrapper
