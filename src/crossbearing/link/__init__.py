"""Across articles: text reuse, stories, event coreference, claim alignment, corroboration.

Linkers register with ``@linker(name)`` and run, in registration order, over the whole
store after extraction (``link_store``). Each is a public step usable on its own.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable

LINKERS: dict[str, Callable] = {}


def linker(name: str):
    def register(func: Callable) -> Callable:
        LINKERS[name] = func
        return func

    return register


def load_all() -> dict[str, Callable]:
    from .. import link as pkg

    for mod in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if not mod.name.startswith("_"):
            importlib.import_module(f"{pkg.__name__}.{mod.name}")
    return LINKERS


def link_store(store, settings) -> dict[str, object]:
    """Run every registered linker over the store; returns each linker's summary."""
    return {name: func(store, settings) for name, func in load_all().items()}
