"""Scale-out of the per-article stage on a Dask cluster (``--dask ADDRESS`` or ``--dask local``).

Extraction is embarrassingly parallel: each batch of articles is one Dask task, analysed on a
worker with a Resources built once per worker (thread) and kept (the spaCy pipeline, the
gazetteer and the event model load once, not per batch). Up to ``settings.in_flight``
batches are on the cluster at a time (backpressure: the input is read only as fast as the
store keeps up); results are gathered as they complete (``as_completed``) and handed to the
store in input order, so a Dask run stores the same rows, with the same ids, as a run in one
process. With ``stage_dir`` the workers write each batch's rows as Parquet there
(``store.staging``) and send back only ids and counts; the run process loads the files. ``local`` starts a ``LocalCluster`` of ``settings.workers`` processes (one per core
when that is 1) for this run. Needs the optional extra: ``pip install 'crossbearing[dask]'``.
"""

from __future__ import annotations

import os
import threading
from typing import Callable, Iterator

from .model import Analysis, Article
from .settings import Settings

_LOCAL = threading.local()  # per worker thread: {Settings: Resources}


def _analyse_batch(batch: list[Article], settings: Settings) -> list[Analysis]:
    from .extract.registry import Resources
    from .pipeline import _selected, analyse_batch

    cache = getattr(_LOCAL, "resources", None)
    if cache is None:
        cache = _LOCAL.resources = {}
    resources = cache.get(settings)
    if resources is None:
        resources = cache[settings] = Resources(settings)
    return analyse_batch(batch, resources, _selected(settings))


def _stage_batch(batch: list[Article], settings: Settings):
    """Analyse a batch on a worker and write its store rows as Parquet under
    ``settings.stage_dir`` (``store.staging``); only the small ``StagedBatch`` goes back."""
    from .pipeline import truncated
    from .store.staging import stage

    analyses = _analyse_batch(batch, settings)
    return stage(analyses, settings.stage_dir, truncated=sum(truncated(a) for a in analyses))


def connect(settings: Settings):
    """A ``distributed.Client`` for ``settings.dask`` and a function that closes what was
    opened here (the client; the cluster too for ``local``)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise RuntimeError("--dask needs dask.distributed: pip install 'crossbearing[dask]'") from exc
    if settings.dask == "local":
        n = settings.workers if settings.workers > 1 else (os.cpu_count() or 1)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0")
        client = Client(cluster)
        client.wait_for_workers(n)

        def close() -> None:
            client.close()
            cluster.close()

        return client, close
    client = Client(settings.dask)
    return client, client.close


def dask_results(batches: Iterator[list[Article]], settings: Settings
                 ) -> tuple[Iterator, Callable[[], None]]:
    """Analyses of ``batches`` computed on the cluster, in input order, with at most
    ``in_flight`` batches submitted and not yet handed on; and the function that closes the
    client. With ``settings.stage_dir``, each batch's ``StagedBatch`` instead of its analyses
    (the rows are in Parquet files there)."""
    from distributed import as_completed

    client, close = connect(settings)
    workers = len(client.scheduler_info().get("workers", {})) or 1
    in_flight = settings.in_flight or 2 * workers

    work = _stage_batch if settings.stage_dir else _analyse_batch

    def results() -> Iterator:
        done: dict[int, object] = {}
        seq_of: dict = {}
        completed = as_completed()
        submitted = next_out = 0
        source = iter(batches)
        exhausted = False
        while True:
            while not exhausted and submitted - next_out < in_flight:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    break
                fut = client.submit(work, batch, settings, pure=False)
                seq_of[fut.key] = submitted
                completed.add(fut)
                submitted += 1
            if next_out == submitted:
                return
            if next_out in done:
                yield done.pop(next_out)  # the store writes it while the cluster works on the rest
                next_out += 1
                continue
            fut = next(completed)
            done[seq_of.pop(fut.key)] = fut.result()  # an error on the cluster is raised here
            fut.release()

    return results(), close
