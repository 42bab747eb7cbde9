"""Across articles: text reuse, stories, event coreference, claim alignment, corroboration.

Linkers register with ``@linker(name, order=N)`` and run after extraction (``link_store``),
lowest ``order`` first (outlet homes → stories → story dates → reuse → cross-events → merged
events: an outlet's far-away namesake towns are moved home before they key incidents; reuse
is searched inside stories, and cross-events use both). Linking is incremental: the stories
linker places only the new articles and marks the stories that changed as pending; the later
linkers redo only those. Each is a public step usable on its own;
the pure logic lives in the modules without a linker (``grouping``, ``reuse``, ``facts``,
``coref``, ``align``), the linkers only read and write the store.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable

LINKERS: dict[str, Callable] = {}
_ORDER: dict[str, int] = {}


def linker(name: str, order: int = 100):
    def register(func: Callable) -> Callable:
        LINKERS[name] = func
        _ORDER[name] = order
        return func

    return register


def load_all() -> dict[str, Callable]:
    """Import every link module; return the linkers in run order."""
    from .. import link as pkg

    for mod in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if not mod.name.startswith("_"):
            importlib.import_module(f"{pkg.__name__}.{mod.name}")
    return {n: LINKERS[n] for n in sorted(LINKERS, key=lambda n: (_ORDER[n], n))}


def link_store(store, settings, *, full: bool = False) -> dict[str, object]:
    """Run every registered linker over the store; returns each linker's summary. Linking is
    incremental (only new articles, against the stories they can join; see ``stories_linker``);
    ``full`` forgets the link tables first and links every article again (same result, slower)."""
    from ..store.linkstate import forget, link_run

    if full:
        with store.transaction():
            forget(store)
    with link_run(store):
        return {name: func(store, settings) for name, func in load_all().items()}
