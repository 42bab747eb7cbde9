"""The extractor registry: each extractor declares what it needs and what it sets.

An extractor is a function ``(analysis, doc, resources) -> None`` that fills the
``Analysis`` fields it declares in ``sets`` and only reads those named in ``requires``.
``ordered()`` returns them so that every requirement is set before it is read.
Resources (the spaCy pipeline, the gazetteer, trained models) are built lazily, once per
process, by factories registered with ``@resource``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..settings import Settings


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    func: Callable[..., None]
    requires: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()
    help: str = ""


EXTRACTORS: dict[str, ExtractorSpec] = {}
RESOURCE_FACTORIES: dict[str, Callable[[Settings], Any]] = {}


def extractor(name: str, *, requires: Iterable[str] = (), sets: Iterable[str] = (), help: str = ""):
    def register(func: Callable[..., None]) -> Callable[..., None]:
        EXTRACTORS[name] = ExtractorSpec(name, func, tuple(requires), tuple(sets), help or (func.__doc__ or "").strip())
        return func

    return register


def resource(name: str):
    def register(factory: Callable[[Settings], Any]) -> Callable[[Settings], Any]:
        RESOURCE_FACTORIES[name] = factory
        return factory

    return register


@dataclass
class Resources:
    """Per-process cache of heavy objects, built on first use."""

    settings: Settings = field(default_factory=Settings.load)
    _cache: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        if name not in self._cache:
            load_all()
            if name not in RESOURCE_FACTORIES:
                raise KeyError(f"no resource named {name!r}; known: {sorted(RESOURCE_FACTORIES)}")
            self._cache[name] = RESOURCE_FACTORIES[name](self.settings)
        return self._cache[name]


def ordered(names: Iterable[str] | None = None) -> list[ExtractorSpec]:
    """Extractors in dependency order. ``names`` selects a subset (with its requirements)."""
    load_all()
    wanted = list(EXTRACTORS) if not names else list(names)
    unknown = [n for n in wanted if n not in EXTRACTORS]
    if unknown:
        raise ValueError(f"unknown extractor(s) {unknown}; known: {sorted(EXTRACTORS)}")
    setters: dict[str, str] = {}
    for spec in EXTRACTORS.values():
        for s in spec.sets:
            setters.setdefault(s, spec.name)
    result: list[ExtractorSpec] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if any(s.name == name for s in result):
            return
        if name in visiting:
            raise ValueError(f"extractor dependency cycle through {name!r}")
        visiting.add(name)
        for req in EXTRACTORS[name].requires:
            setter = setters.get(req)
            if setter and setter != name:
                visit(setter)
        visiting.discard(name)
        result.append(EXTRACTORS[name])

    for n in wanted:
        visit(n)
    return result


def load_all() -> None:
    """Import every module of ``crossbearing.extract`` so their decorators run."""
    import importlib
    import pkgutil

    from .. import extract, nlp  # noqa: F401 - nlp registers the "nlp" resource

    for mod in pkgutil.iter_modules(extract.__path__):
        if not mod.name.startswith("_"):
            importlib.import_module(f"{extract.__name__}.{mod.name}")
