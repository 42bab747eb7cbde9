"""The core: ingest → extract → link → store, in that order.

``analyse`` runs every registered extractor over one article (pure: article in, Analysis
out). An extractor that fails records its error on the Analysis and the others still run:
one failure handler here, not exceptions up the stack. ``run`` streams articles from the
readers, skips those already stored (so an interrupted run resumes), extracts in batches
(optionally in worker processes or on a Dask cluster) and commits each batch in one
transaction.
"""

from __future__ import annotations

import dataclasses
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
    """Every extractor over one article. An article longer than ``max_article_chars`` is
    extracted from its first that-many characters by every step alike (spaCy, claims, dates,
    …: each reads ``analysis.article.text``), so every span is an offset into the stored,
    whole text; ``article.meta["extracted_chars"]`` records the cut."""
    limit = resources.settings.max_article_chars
    whole = article.text
    if len(whole) > limit:
        article.meta["extracted_chars"] = limit
        article = dataclasses.replace(article, text=whole[:limit])
    analysis = Analysis(article=article)
    try:
        doc = resources.get("nlp")(article.text)
    except Exception as exc:  # noqa: BLE001 - the article is still stored, with its error
        analysis.errors.append(f"nlp: {type(exc).__name__}: {exc}")
    else:
        for spec in ordered(names):
            try:
                spec.func(analysis, doc, resources)
            except Exception as exc:  # noqa: BLE001 - one handler for every extractor
                analysis.errors.append(f"{spec.name}: {type(exc).__name__}: {exc}")
    if analysis.article.text is not whole:
        analysis.article = dataclasses.replace(analysis.article, text=whole)
    return analysis


def truncated(analysis: Analysis) -> bool:
    """Whether extraction read only the start of this article (see ``analyse``)."""
    return "extracted_chars" in analysis.article.meta


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
    truncated: int = 0  # articles extracted from their first max_article_chars characters only
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
    from .store.duck import copy_key

    known = store.article_keys()
    resources = Resources(settings)

    def fresh_articles() -> Iterator[Article]:
        for item in iter_articles(paths, outlet=outlet, published=published, settings=settings):
            summary.seen += 1
            if isinstance(item, IngestError):
                (summary.ignored if item.ignored else summary.failed).append(item)
            elif item.id in known and copy_key(item) >= known[item.id]:
                summary.skipped_existing += 1  # another copy of this text is kept (see Store.write_analyses)
            else:
                known[item.id] = copy_key(item)  # the same article twice in one run is stored once
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
            analyses = _write(store, list(mapper(batch)), summary)
            summary.stored += len(analyses)
            summary.extractor_errors += sum(bool(a.errors) for a in analyses)
            summary.truncated += sum(truncated(a) for a in analyses)
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


def _write(store, analyses: list[Analysis], summary: RunSummary) -> list[Analysis]:
    """Store a batch in one transaction; if that fails, store its articles one by one and
    report each one that still cannot be stored (the batch was rolled back, so nothing is
    half-written). Returns the analyses that were stored."""
    import duckdb

    systemic = (duckdb.IOException, duckdb.FatalException, duckdb.ConnectionException, MemoryError)
    try:
        store.write_analyses(analyses)
        return analyses
    except systemic:
        raise
    except Exception:  # noqa: BLE001 - find the record(s) at fault below
        pass
    stored: list[Analysis] = []
    for a in analyses:
        try:
            store.write_analyses([a])
            stored.append(a)
        except systemic:
            raise
        except Exception as exc:  # noqa: BLE001
            where = a.article.source_path or a.article.id
            summary.failed.append(IngestError(where, f"cannot store article {a.article.id} "
                                                     f"({type(exc).__name__}: {exc})"))
    return stored


def analyse_text(text: str, *, outlet: str | None = None, published: str | None = None,
                 resources: Resources | None = None) -> Analysis:
    """Convenience for the Python API and tests: analyse one text as an article."""
    from .ingest.text import article_from_text

    article = article_from_text(text, outlet=outlet, published=published)
    return analyse(article, resources or Resources())

