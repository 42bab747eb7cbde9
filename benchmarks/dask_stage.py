"""Dask runs with and without a stage folder, on the same texts: what the run process (reader,
single store writer) spends, the wall time, and whether the stored rows are the same.

    .venv/bin/python benchmarks/dask_stage.py --data ../shared/data [--n 300] [--workers 2] [--out out/bench/dask_stage.json]

Each mode runs ``pipeline.run`` (no linking) in a fresh process on a ``LocalCluster`` of
``--workers`` worker processes into a fresh DuckDB file:

- ``gathered``: the workers send each batch's analyses back through the scheduler; the run
  process unpickles them, flattens them into rows (JSON of every analysis included) and
  inserts them;
- ``staged``: the workers write each batch's rows as Parquet under a stage folder
  (``--stage-dir``) and send back ids and counts; the run process loads the files.

``parent_cpu_s`` is the run process's CPU time from the cluster's start to the last commit:
the serial part that caps how many workers one run can feed. Rows are compared table by table
(every column but ``ingested_at``, which records when a row was written).
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import write_corpus  # noqa: E402

TABLES = ("articles", "analyses", "spans", "mentions", "places", "times", "quantities", "claims", "events")


def _digest(store, table: str) -> str:
    cols = [c for c, _ in store._column_types(table) if c != "ingested_at"]
    rows = store.con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY ALL").fetchall()
    return hashlib.sha1(repr(rows).encode()).hexdigest()[:16]


def child(mode: str, corpus: Path, tmp: Path, workers: int) -> dict:
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    stage = tmp / "stage" if mode == "staged" else None
    settings = Settings.load(db=str(tmp / f"{mode}.duckdb"), workers=workers, dask="local",
                             stage_dir=str(stage) if stage else "")
    t0, c0 = time.perf_counter(), time.process_time()
    with Store(settings.db) as store:
        summary = run([str(corpus)], store, settings, link=False)
        wall, parent_cpu = time.perf_counter() - t0, time.process_time() - c0
        counts = {t: store.count(t) for t in TABLES}
        digests = {t: _digest(store, t) for t in TABLES}
    out = {"mode": mode, "articles": summary.stored, "wall_s": round(wall, 2), "parent_cpu_s": round(parent_cpu, 2),
           "rows": counts, "digests": digests}
    if stage:
        out["stage_mb"] = round(sum(p.stat().st_size for p in stage.rglob("*.parquet")) / 2**20, 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", default="out/bench/dask_stage.json")
    ap.add_argument("--child")
    ap.add_argument("--corpus")
    ap.add_argument("--tmp")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, Path(args.corpus), Path(args.tmp), args.workers)))
        return
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="crossbearing-dask-stage-") as tmpdir:
        tmp = Path(tmpdir)
        corpus = tmp / "gva_first.jsonl"
        n, chars = write_corpus(Path(args.data), args.n, corpus)
        results = {}
        for mode in ("gathered", "staged"):
            proc = subprocess.run([sys.executable, __file__, "--child", mode, "--corpus", str(corpus), "--tmp",
                                   str(tmp), "--workers", str(args.workers)], capture_output=True, text=True)
            if proc.returncode != 0:
                raise SystemExit(f"{mode} run failed:\n{proc.stderr[-4000:]}")
            results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
    result = {
        "benchmark": "benchmarks/dask_stage.py", "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "articles": n, "characters": chars, "workers": args.workers,
        "machine": {"cores": os.cpu_count(), "load_average_before": [round(x, 2) for x in load_before],
                    "load_average_after": [round(x, 2) for x in os.getloadavg()]},
        "same_rows": results["gathered"]["digests"] == results["staged"]["digests"],
        **results,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
