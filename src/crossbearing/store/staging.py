"""Staged batches: a batch's store rows written as Parquet by whoever extracted it, loaded into
the store by the one process that writes it.

On a Dask cluster (``--dask … --stage-dir DIR``) each worker flattens the analyses of its batch
into the store's tables itself — the same rows, the same casts, the same JSON as
``Store.write_analyses`` — and writes them as one Parquet file per table under ``DIR/<table>/``.
What travels back through the scheduler is a few ids and counts (``StagedBatch``), not the
analyses; the run process loads each file with one columnar ``INSERT … SELECT … FROM
read_parquet`` instead of unpickling, serialising and binding the rows itself. ``DIR`` is then
a partitioned Parquet dataset of everything the run extracted, readable by DuckDB, Spark or
pandas (``read_parquet('DIR/events/*.parquet')``); on a real cluster it must be on a filesystem
the workers and the run process share.

A batch's file name comes from its articles' ids, so staging a batch again (a resumed run, a
retried task) rewrites the same files, and loading it again writes nothing new: an article
already stored is skipped or replaced exactly as ``write_analyses`` decides.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Analysis, from_dict
from .duck import ARTICLE_TABLES, Store, article_key, sql_string

_SCRATCH = threading.local()  # one in-memory store per thread that stages (schema created once)


class StageUnreadable(RuntimeError):
    """A staged file the run process cannot read (most often: a stage folder not shared with
    the workers)."""


@dataclass
class StagedBatch:
    """What a worker hands back for a staged batch: where its rows are and what they hold."""

    directory: str
    part: str  # file name (without folder) shared by the batch's file of every table
    article_ids: list[str]
    extractor_errors: int = 0  # analyses with an extractor error (the run's summary counts them)
    truncated: int = 0  # articles extracted from their first ``max_article_chars`` only
    counts: dict[str, int] = field(default_factory=dict)  # rows per table

    def path(self, table: str) -> Path:
        return Path(self.directory) / table / self.part


def part_name(article_ids: list[str]) -> str:
    """The file name of a batch: a digest of its articles' ids in order (same batch, same name)."""
    return "part-" + hashlib.sha1("\n".join(article_ids).encode()).hexdigest()[:20] + ".parquet"


def _scratch() -> Store:
    store = getattr(_SCRATCH, "store", None)
    if store is None:
        store = _SCRATCH.store = Store(":memory:")
    return store


def stage(analyses: list[Analysis], directory: str | os.PathLike, *, truncated: int = 0) -> StagedBatch:
    """Write the store rows of ``analyses`` as Parquet under ``directory`` (one file per table).

    The rows are built by the store's own write path, into an in-memory store with the same
    schema, and copied out from there: the files hold exactly what ``write_analyses`` would
    have inserted, with the column types of the store. Each file is written under a temporary
    name and renamed, so a reader never sees half a file."""
    scratch = _scratch()
    ids = [a.article.id for a in analyses]
    part = part_name(ids)
    counts: dict[str, int] = {}
    try:
        scratch.write_analyses(analyses)
        for table in ARTICLE_TABLES:
            target = Path(directory) / table / part
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{part}.{os.getpid()}.{threading.get_ident()}.tmp")
            scratch.con.execute(f"COPY (SELECT * FROM {table} ORDER BY rowid) TO {sql_string(tmp)} "
                                "(FORMAT parquet)")
            os.replace(tmp, target)
            counts[table] = scratch.count(table)
    finally:
        for table in ARTICLE_TABLES:
            scratch.con.execute(f"DELETE FROM {table}")
    return StagedBatch(str(directory), part, ids, sum(bool(a.errors) for a in analyses), truncated, counts)


def load(store, staged: StagedBatch) -> int:
    """Insert a staged batch into ``store`` in one transaction; returns the articles written.

    An article the store already holds is kept or replaced by the rule of
    ``Store.write_analyses`` (the copy ``copy_key`` puts first is kept), so loading a batch
    twice changes nothing."""
    from .duck import _key
    from .linkstate import mark_stale

    paths = {t: staged.path(t) for t in ARTICLE_TABLES}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise StageUnreadable(
            f"staged batch {staged.part} is not readable here: {missing[0]} does not exist. The workers "
            f"wrote it on their side; --stage-dir must be a folder the workers and this process share "
            f"(the same path on a shared filesystem).")
    with store.transaction():
        incoming = store.con.execute(
            f"SELECT id, outlet, url, title, byline FROM read_parquet({sql_string(paths['articles'])})").fetchall()
        ids = [r[0] for r in incoming]
        present = store.stored_copy_keys(ids)
        skipped = [r[0] for r in incoming if r[0] in present and _key(*r[1:]) >= present[r[0]]]
        replaced = [r[0] for r in incoming if r[0] in present and _key(*r[1:]) < present[r[0]]]
        if replaced:
            store.delete_article_rows(replaced)
        for table in ARTICLE_TABLES:
            columns = ", ".join(f'"{c}"' for c, _ in store._column_types(table))
            store.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM read_parquet({sql_string(paths[table])}) "
                              f"WHERE NOT list_contains(?, {article_key(table)})", [skipped])
        if replaced:
            mark_stale(store, replaced)
    return len(ids) - len(skipped)


def analyses_of(staged: StagedBatch) -> list[Analysis]:
    """The analyses a staged batch holds (read back from its ``analyses`` file), for storing
    them one by one when the batch as a whole cannot be loaded."""
    import duckdb

    con = duckdb.connect()
    try:
        rows = con.execute(f"SELECT data FROM read_parquet({sql_string(staged.path('analyses'))})").fetchall()
    finally:
        con.close()
    return [from_dict(Analysis, json.loads(data)) for (data,) in rows]
