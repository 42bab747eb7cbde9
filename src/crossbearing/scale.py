"""Scale-out of the per-article stage on a Dask cluster (``--dask ADDRESS``).

Extraction is embarrassingly parallel: each batch of articles is shipped to the cluster,
analysed there with a per-worker Resources (the spaCy pipeline and gazetteer load once per
worker process), and the Analyses come back to be stored here in one transaction per batch.
Needs the optional extra: ``pip install 'crossbearing[dask]'``.
"""

from __future__ import annotations

from typing import Callable, Iterable

from .model import Analysis, Article
from .settings import Settings

_WORKER_CACHE: dict[Settings, object] = {}


def _analyse_batch(batch: list[Article], settings: Settings) -> list[Analysis]:
    from .extract.registry import Resources
    from .pipeline import _selected, analyse

    resources = _WORKER_CACHE.get(settings)
    if resources is None:
        resources = _WORKER_CACHE[settings] = Resources(settings)
    return [analyse(a, resources, _selected(settings)) for a in batch]


def dask_mapper(settings: Settings) -> Callable[[list[Article]], Iterable[Analysis]]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise RuntimeError("--dask needs dask.distributed: pip install 'crossbearing[dask]'") from exc
    client = Client(settings.dask)

    def mapper(batch: list[Article]) -> list[Analysis]:
        return client.submit(_analyse_batch, batch, settings, pure=False).result()

    return mapper
