"""The core: ingest → extract → link → store, in that order.

``analyse`` runs every registered extractor over one article (pure: article in, Analysis
out). An extractor that fails records its error on the Analysis and the others still run:
one failure handler here, not exceptions up the stack. ``run`` streams articles from the
readers, skips those already stored (so an interrupted run resumes), extracts in batches
(optionally in worker processes or on a Dask cluster) and commits each batch in one
transaction.
"""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from .extract.registry import Resources, ordered
from .ingest import IngestError, iter_articles
from .model import Analysis, Article
from .settings import Settings

# One Resources object per process: the worker initialiser fills it.
_WORKER_RESOURCES: Optional[Resources] = None


def analyse(article: Article, resources: Resources, names: Iterable[str] | None = None) -> Analysis:
    nlp = resources.get("nlp")
    limit = resources.settings.max_article_chars
    doc = nlp(article.text[:limit])
    analysis = Analysis(article=article)
    for spec in ordered(names):
        try:
            spec.func(analysis, doc, resources)
        except Exception as exc:  # noqa: BLE001 - one handler for every extractor
            analysis.errors.append(f"{spec.name}: {type(exc).__name__}: {exc}")
    return analysis


def _selected(settings: Settings) -> list[str] | None:
    return [n.strip() for n in settings.extractors.split(",") if n.strip()] or None


def _init_worker(settings: Settings) -> None:
    global _WORKER_RESOURCES
    _WORKER_RESOURCES = Resources(settings)


def _analyse_in_worker(article: Article) -> Analysis:
    assert _WORKER_RESOURCES is not None
    return analyse(article, _WORKER_RESOURCES, _selected(_WORKER_RESOURCES.settings))


@dataclass
class RunSummary:
    seen: int = 0
    stored: int = 0
    skipped_existing: int = 0
    failed: list[IngestError] = field(default_factory=list)
    ignored: list[IngestError] = field(default_factory=list)
    extractor_errors: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0


def _batches(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    paths: Iterable[str],
    store,
    settings: Settings,
    *,
    outlet: str | None = None,
    published: str | None = None,
    progress: Callable[[RunSummary], None] | None = None,
    link: bool = True,
) -> RunSummary:
    summary = RunSummary()
    started = time.perf_counter()
    known = store.article_ids()
    resources = Resources(settings)

    def fresh_articles() -> Iterator[Article]:
        for item in iter_articles(paths, outlet=outlet, published=published, settings=settings):
            summary.seen += 1
            if isinstance(item, IngestError):
                (summary.ignored if item.ignored else summary.failed).append(item)
            elif item.id in known:
                summary.skipped_existing += 1
            else:
                known.add(item.id)  # the same article twice in one run is stored once
                yield item
            if progress:
                progress(summary)

    executor = None
    mapper: Callable[[list[Article]], Iterable[Analysis]]
    if settings.dask:
        from .scale import dask_mapper

        mapper = dask_mapper(settings)
    elif settings.workers > 1:
        executor = ProcessPoolExecutor(settings.workers, initializer=_init_worker, initargs=(settings,))
        mapper = lambda batch: executor.map(_analyse_in_worker, batch)  # noqa: E731
    else:
        mapper = lambda batch: [analyse(a, resources, _selected(settings)) for a in batch]  # noqa: E731
    try:
        for batch in _batches(fresh_articles(), settings.batch_size):
            analyses = list(mapper(batch))
            store.write_analyses(analyses)
            summary.stored += len(analyses)
            summary.extractor_errors += sum(bool(a.errors) for a in analyses)
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
    finally:
        if executor:
            executor.shutdown()
    if link and summary.stored:
        from .link import link_store

        link_store(store, settings)
    summary.seconds = time.perf_counter() - started
    return summary


def analyse_text(text: str, *, outlet: str | None = None, published: str | None = None,
                 resources: Resources | None = None) -> Analysis:
    """Convenience for the Python API and tests: analyse one text as an article."""
    from .ingest.text import article_from_text

    article = article_from_text(text, outlet=outlet, published=published)
    return analyse(article, resources or Resources())

