"""The core: ingest → extract → link → store, in that order.

``analyse`` runs every registered extractor over one article (pure: article in, Analysis
out). An extractor that fails records its error on the Analysis and the others still run:
one failure handler here, not exceptions up the stack. ``run`` streams articles from the
readers, skips those already stored (so an interrupted run resumes), extracts in batches
(``nlp.pipe`` per batch; optionally in worker processes or on a Dask cluster, several
batches in flight) and commits each batch in one transaction, in input order.
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

# CPU time of this process (stage timings): on a shared machine wall time measures the neighbours too.
_clock = time.process_time

# One Resources object per process: the worker initialiser fills it.
_WORKER_RESOURCES: Optional[Resources] = None


def _cut(article: Article, limit: int) -> Article:
    if len(article.text) > limit:
        article.meta["extracted_chars"] = limit
        return dataclasses.replace(article, text=article.text[:limit])
    return article


def _extract(analysis: Analysis, doc, specs, resources: Resources, timings: dict[str, float] | None) -> None:
    for spec in specs:
        started = _clock() if timings is not None else 0.0
        try:
            spec.func(analysis, doc, resources)
        except Exception as exc:  # noqa: BLE001 - one handler for every extractor
            analysis.errors.append(f"{spec.name}: {type(exc).__name__}: {exc}")
        if timings is not None:
            timings[spec.name] = timings.get(spec.name, 0.0) + _clock() - started


def _restore(analysis: Analysis, whole: str) -> Analysis:
    if analysis.article.text is not whole:
        analysis.article = dataclasses.replace(analysis.article, text=whole)
    return analysis


def analyse(article: Article, resources: Resources, names: Iterable[str] | None = None,
            timings: dict[str, float] | None = None) -> Analysis:
    """Every extractor over one article. An article longer than ``max_article_chars`` is
    extracted from its first that-many characters by every step alike (spaCy, claims, dates,
    …: each reads ``analysis.article.text``), so every span is an offset into the stored,
    whole text; ``article.meta["extracted_chars"]`` records the cut. ``timings``, when
    given, accumulates CPU seconds per step ("spacy" and each extractor's name)."""
    whole = article.text
    analysis = Analysis(article=_cut(article, resources.settings.max_article_chars))
    started = _clock() if timings is not None else 0.0
    try:
        doc = resources.get("nlp")(analysis.article.text)
    except Exception as exc:  # noqa: BLE001 - the article is still stored, with its error
        analysis.errors.append(f"nlp: {type(exc).__name__}: {exc}")
    else:
        if timings is not None:
            timings["spacy"] = timings.get("spacy", 0.0) + _clock() - started
        _extract(analysis, doc, ordered(names), resources, timings)
    return _restore(analysis, whole)


def analyse_batch(articles: list[Article], resources: Resources, names: Iterable[str] | None = None,
                  timings: dict[str, float] | None = None) -> list[Analysis]:
    """``analyse`` over a batch, with one ``nlp.pipe`` call for the whole batch (spaCy's
    batched inference: the same annotations as one call per text, about 15% less CPU). If
    spaCy fails on the batch, each article is analysed alone so the failure is recorded on
    the article at fault only."""
    if not articles:
        return []
    limit = resources.settings.max_article_chars
    wholes = [a.text for a in articles]
    analyses = [Analysis(article=_cut(a, limit)) for a in articles]
    nlp = resources.get("nlp")
    started = _clock() if timings is not None else 0.0
    try:
        docs = list(nlp.pipe([a.article.text for a in analyses], batch_size=max(1, len(analyses))))
    except Exception:  # noqa: BLE001 - find the article at fault, one at a time
        return [analyse(a, resources, names, timings) for a in articles]
    if timings is not None:
        timings["spacy"] = timings.get("spacy", 0.0) + _clock() - started
    specs = ordered(names)
    for analysis, doc in zip(analyses, docs):
        _extract(analysis, doc, specs, resources, timings)
    return [_restore(a, w) for a, w in zip(analyses, wholes)]


def truncated(analysis: Analysis) -> bool:
    """Whether extraction read only the start of this article (see ``analyse``)."""
    return "extracted_chars" in analysis.article.meta


def _selected(settings: Settings) -> list[str] | None:
    return [n.strip() for n in settings.extractors.split(",") if n.strip()] or None


def _init_worker(settings: Settings) -> None:
    global _WORKER_RESOURCES
    _WORKER_RESOURCES = Resources(settings)


def _analyse_batch_in_worker(batch: list[Article]) -> list[Analysis]:
    assert _WORKER_RESOURCES is not None
    return analyse_batch(batch, _WORKER_RESOURCES, _selected(_WORKER_RESOURCES.settings))


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


# Articles per task sent to a worker process. A store batch (``batch_size``, 32) is split into
# tasks this small so that at the end of a run the workers finish within one small task of
# each other: with whole batches one worker sat idle for about half a batch while the other
# extracted the last one (modelled on `make bench`'s 299 articles: 2-worker speed-up 1.79 with
# whole batches, 1.84 with tasks of 8). ``nlp.pipe`` over 8 texts instead of 32 costs about 2%
# more spaCy CPU. Measured on a quiet machine once per-article work had shrunk (2026-12-02):
# tasks of 8 gave 1.777 and 1.781, tasks of 4 gave 1.791 and 1.812, the workers' CPU the same.
# The batch is stored whole, as before, once all its tasks are back.
WORKER_TASK = 4


class _Joined:
    """The futures of one batch's tasks, read as the batch's analyses in input order."""

    def __init__(self, futures: list):
        self.futures = futures

    def result(self) -> list[Analysis]:
        return [a for f in self.futures for a in f.result()]


def _submit_split(submit: Callable, batch: list[Article], size: int = WORKER_TASK) -> _Joined:
    return _Joined([submit(batch[i:i + size]) for i in range(0, len(batch), size)])


def _in_order(batches: Iterator[list[Article]], submit: Callable, in_flight: int) -> Iterator[list[Analysis]]:
    """Results of ``submit(batch)`` (a future) in input order, with up to ``in_flight``
    batches submitted and not yet handed on: the workers extract the next batches while the
    caller stores this one, and no more than ``in_flight`` batches are held in memory."""
    from collections import deque

    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def run(
    paths: Iterable[str],
    store,
    settings: Settings,
    *,
    outlet: str | None = None,
    published: str | None = None,
    progress: Callable[[RunSummary], None] | None = None,
    link: bool = True,
    resources: Resources | None = None,
    timings: dict[str, float] | None = None,
) -> RunSummary:
    """Ingest ``paths``, extract every new article and store it, then link the store.

    Extraction runs in this process (``settings.workers`` = 1), in worker processes, or on a
    Dask cluster (``settings.dask``); with either of the last two, several batches are in
    flight while this process stores the finished ones, in input order, so the stored rows
    and ids are those of a run in one process. ``resources`` reuses already loaded models
    (in-process extraction only); ``timings`` accumulates CPU seconds per stage ("ingest",
    "spacy", each extractor, "store", "link"; extraction stages only when it runs here)."""
    summary = RunSummary()
    started = time.perf_counter()
    from .store.duck import copy_key

    known = store.article_keys()
    names = _selected(settings)

    def clocked(name: str, items: Iterator) -> Iterator:
        while True:
            t = _clock()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                timings[name] = timings.get(name, 0.0) + _clock() - t
            yield item

    def fresh_articles() -> Iterator[Article]:
        items = iter(iter_articles(paths, outlet=outlet, published=published, settings=settings))
        for item in (clocked("ingest", items) if timings is not None else items):
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

    batches = _batches(fresh_articles(), settings.batch_size)
    executor = None
    closer: Callable[[], None] | None = None
    results: Iterator[list[Analysis]]
    if settings.dask:
        from .scale import dask_results

        results, closer = dask_results(batches, settings)
    elif settings.workers > 1:
        executor = ProcessPoolExecutor(settings.workers, initializer=_init_worker, initargs=(settings,))

        def task(articles: list[Article], pool: ProcessPoolExecutor = executor):
            return pool.submit(_analyse_batch_in_worker, articles)

        results = _in_order(batches, lambda b: _submit_split(task, b), settings.in_flight or 2 * settings.workers)
    else:
        local = resources or Resources(settings)
        results = (analyse_batch(b, local, names, timings) for b in batches)
    try:
        for analyses in results:
            t = _clock()
            if isinstance(analyses, list):
                _count_stored(summary, _write(store, analyses, summary))
            else:  # a batch a Dask worker staged as Parquet (settings.stage_dir)
                _load_staged(store, analyses, summary)
            if timings is not None:
                timings["store"] = timings.get("store", 0.0) + _clock() - t
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
    finally:
        if executor:
            executor.shutdown(cancel_futures=True)
        if closer:
            closer()
    if link and (summary.stored or _link_unfinished(store)):
        from .link import link_store

        t = _clock()
        link_store(store, settings)
        if timings is not None:
            timings["link"] = timings.get("link", 0.0) + _clock() - t
    summary.seconds = time.perf_counter() - started
    return summary


def _link_unfinished(store) -> bool:
    """A link stage left to finish (a run killed while linking, or ``--no-link``): ``run``
    finishes it even when it stores no new article."""
    from .store.linkstate import unfinished

    return unfinished(store)


def _load_staged(store, staged, summary: RunSummary) -> None:
    """Load a batch a worker wrote as Parquet (``store.staging``) in one transaction; if that
    fails for the batch's content, store its analyses (read back from the files) as ``_write``
    does, one by one where need be."""
    import duckdb

    from .store.staging import StageUnreadable, analyses_of, load

    try:
        load(store, staged)
    except (StageUnreadable, duckdb.IOException, duckdb.FatalException, duckdb.ConnectionException, MemoryError):
        raise
    except Exception:  # noqa: BLE001 - the rows themselves: fall back to the analyses
        _count_stored(summary, _write(store, analyses_of(staged), summary))
        return
    summary.stored += len(staged.article_ids)
    summary.extractor_errors += staged.extractor_errors
    summary.truncated += staged.truncated


def _count_stored(summary: RunSummary, stored: list[Analysis]) -> None:
    summary.stored += len(stored)
    summary.extractor_errors += sum(bool(a.errors) for a in stored)
    summary.truncated += sum(truncated(a) for a in stored)


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

