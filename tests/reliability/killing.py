"""Helpers of the kill tests (issue 13), shared with benchmarks/reliability.py.

``python killing.py INPUT DB STAGE POINT`` runs ``crossbearing run INPUT --db DB``
in this process and SIGKILLs itself during STAGE ("extract" or "link"):

- POINT ``tx:K`` — at the K-th store transaction of that stage: an odd K just before its COMMIT
  (so it must roll back), an even K just after it;
- POINT ``s:SECONDS`` — SECONDS after the stage starts, wherever it is (a timer thread).

It prints ``STAGE extract`` / ``STAGE link`` as each stage starts and ``DONE`` if it was not
killed. ``table_rows`` reads every table of a store for comparing two stores table by table.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

# Columns that record when a row was written: they differ between any two runs.
WALL_CLOCK_TYPES = ("TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "DATE_TIME")
WALL_CLOCK_COLUMNS = {("merged_events", "timestamp")}  # ACLED's timestamp: when the row was last changed


def canonical(value):
    """A value with every set and dict in sorted order, so equal objects give equal text."""
    if isinstance(value, dict):
        return ("dict", sorted((repr(canonical(k)), repr(canonical(v))) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return ("set", sorted(repr(canonical(v)) for v in value))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [canonical(v) for v in value])
    if hasattr(value, "__dict__"):
        return (type(value).__name__, canonical(vars(value)))
    if hasattr(value, "__slots__"):
        return (type(value).__name__, [canonical(getattr(value, s, None)) for s in value.__slots__])
    return value


def _checkpoint_state(blob: bytes) -> str:
    """The story grouper's pickled checkpoint, decoded: two equal groupers can pickle to
    different bytes (set order), so the checkpoint is compared by its content."""
    import pickle
    import zlib

    return repr(canonical(pickle.loads(zlib.decompress(blob))))


def _without_source_path(data: str) -> str:
    import json

    value = json.loads(data)
    value.get("article", {}).pop("source_path", None)
    return json.dumps(value, sort_keys=True)


def table_rows(db: str, source_path: bool = True) -> dict[str, list[tuple]]:
    """{table: its rows, sorted} of every table of ``db``, wall-clock columns left out; with
    ``source_path=False`` also where each article was read from (a file, or a line of a file),
    which differs by design when the same articles come in other files or another order."""
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        out = {}
        tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'main' ORDER BY 1").fetchall()]
        for t in tables:
            cols = [r[0] for r in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' "
                "AND table_name = ? ORDER BY ordinal_position", [t]).fetchall()
                if not any(r[1].startswith(w) for w in WALL_CLOCK_TYPES) and (t, r[0]) not in WALL_CLOCK_COLUMNS]
            sel = ", ".join(f'"{c}"' if (t, c) == ("link_checkpoints", "state") else f'CAST("{c}" AS VARCHAR)'
                            for c in cols)
            rows = con.execute(f'SELECT {sel} FROM "{t}"').fetchall()
            if t == "link_checkpoints" and "state" in cols:
                i = cols.index("state")
                rows = [r[:i] + (_checkpoint_state(r[i]),) + r[i + 1:] for r in rows]
            if not source_path and t == "articles":
                i = cols.index("source_path")
                rows = [r[:i] + r[i + 1:] for r in rows]
            if not source_path and t in ("analyses", "analyses_undated"):
                i = cols.index("data")
                rows = [r[:i] + (_without_source_path(r[i]),) + r[i + 1:] for r in rows]
            out[t] = sorted(rows, key=lambda r: tuple("" if v is None else v for v in r))
        return out
    finally:
        con.close()


def differences(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> dict[str, str]:
    """{table: what differs} between two ``table_rows`` results (empty when equal)."""
    out = {}
    for t in sorted(set(a) | set(b)):
        ra, rb = a.get(t), b.get(t)
        if ra is None or rb is None:
            out[t] = "missing in one store"
        elif ra != rb:
            sa, sb = set(ra), set(rb)
            out[t] = f"{len(ra)} vs {len(rb)} rows; {len(sa - sb)} only in the first, {len(sb - sa)} only in the second"
    return out


def _kill() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main(argv: list[str]) -> int:
    inp, db, stage, point = argv[:4]
    from crossbearing import link as link_pkg
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store
    from crossbearing.store import duck

    settings = Settings.load(db=db)  # and CROSSBEARING_* from the environment, as the CLI
    current = {"stage": "ingest", "tx": 0}
    kind, _, value = point.partition(":")

    def enter(name: str) -> None:
        current["stage"] = name
        print(f"STAGE {name} {time.time():.3f}", flush=True)
        if name == stage and kind == "s":
            t = threading.Timer(float(value), _kill)
            t.daemon = True
            t.start()

    real_transaction = duck.Store.transaction

    from contextlib import contextmanager

    @contextmanager
    def transaction(self):
        if current["stage"] != stage or kind != "tx":
            with real_transaction(self):
                yield
            return
        current["tx"] += 1
        k = current["tx"]
        with real_transaction(self):
            yield
            if k == int(value) and k % 2:
                _kill()  # inside the transaction, before COMMIT
        if k == int(value):
            _kill()  # just after COMMIT

    duck.Store.transaction = transaction
    real_link = link_pkg.link_store

    def link_store(*a, **kw):
        enter("link")
        return real_link(*a, **kw)

    link_pkg.link_store = link_store

    def progress(summary) -> None:
        if current["stage"] == "ingest" and summary.seen:
            enter("extract")

    with Store(db) as store:
        run([inp], store, settings, progress=progress)
    print(f"DONE {time.time():.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
