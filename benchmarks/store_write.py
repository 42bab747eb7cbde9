"""The store's write path alone: CPU time of ``Store.write_analyses`` over real analyses.

Reads ``--n`` analyses (default 200) of GVA dev articles from the extracted seed store
(``out/bench/link_seed.duckdb``, built by ``link_records.py`` with ``crossbearing run --no-link``;
``--seed`` another store) and writes them, ``--batch`` per transaction as ``run`` does, into a
fresh file database, ``--repeat`` times, alternating with the row-by-row reference (one
``executemany`` per table, the store's write path before it inserted in bulk) so that a
neighbour's load hits both alike. Prints one JSON line: CPU seconds per path (median of the
repeats), the split of the bulk path into serialising (``to_dict`` + JSON) and inserting, and
whether both paths stored the same rows in every table.

    nice -n 15 .venv/bin/python benchmarks/store_write.py [--n 200] [--batch 32] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "out" / "bench" / "link_seed.duckdb"
TABLES = ["articles", "analyses", "spans", "mentions", "places", "times", "quantities", "claims", "events"]


def load(seed: Path, n: int) -> list:
    from crossbearing.model import Analysis, from_dict
    from crossbearing.store import Store

    with Store(seed, read_only=True) as s:
        rows = s.con.execute("SELECT a.data FROM analyses a JOIN articles r ON r.id = a.article_id "
                             "ORDER BY r.rowid LIMIT ?", [n]).fetchall()
    return [from_dict(Analysis, json.loads(d)) for (d,) in rows]


def write_rows(store, analyses) -> None:
    """The reference: every row bound one by one (``executemany`` per table)."""
    from crossbearing.store.duck import _Rows

    with store.transaction():
        rows = _Rows()
        for a in analyses:
            rows.add(a)
        for table, values in rows.tables():
            if values:
                marks = ", ".join("?" * len(values[0]))
                store.con.executemany(f"INSERT INTO {table} VALUES ({marks})", values)


def write_bulk(store, analyses) -> None:
    store.write_analyses(analyses)


def dump(store) -> dict[str, list]:
    out = {}
    for t in TABLES:
        cols = [c for (c,) in store.con.execute(f"SELECT column_name FROM information_schema.columns WHERE "
                                                 f"table_name = '{t}' AND column_name <> 'ingested_at' "
                                                 "ORDER BY ordinal_position").fetchall()]
        out[t] = store.con.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY rowid").fetchall()
    return out


def run(path_fn, analyses, batch: int, tmp: str) -> tuple[float, dict]:
    from crossbearing.store import Store

    db = os.path.join(tmp, f"w{time.monotonic_ns()}.duckdb")
    store = Store(db)
    c0 = time.process_time()
    for i in range(0, len(analyses), batch):
        path_fn(store, analyses[i:i + batch])
    cpu = time.process_time() - c0
    rows = dump(store)
    store.close()
    os.remove(db)
    return cpu, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", default=str(SEED))
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if not Path(args.seed).exists():
        sys.exit(f"{args.seed} not found: build it with `.venv/bin/python benchmarks/incremental_link.py "
                 "--sizes 1000` (it extracts the seed first), or pass --seed with a store of analyses")
    analyses = load(Path(args.seed), args.n)
    from crossbearing.model import to_dict

    times: dict[str, list[float]] = {"rows": [], "bulk": []}
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeat):
            cpu_r, rows_r = run(write_rows, analyses, args.batch, tmp)
            cpu_b, rows_b = run(write_bulk, analyses, args.batch, tmp)
            times["rows"].append(cpu_r)
            times["bulk"].append(cpu_b)
            same = same and rows_r == rows_b
    c0 = time.process_time()
    for a in analyses:
        json.dumps(to_dict(a), ensure_ascii=False)
    serialise = time.process_time() - c0
    n_rows = {t: len(v) for t, v in rows_b.items()}
    out = {"articles": len(analyses), "batch": args.batch, "repeat": args.repeat,
           "rows_cpu_s": round(statistics.median(times["rows"]), 3),
           "bulk_cpu_s": round(statistics.median(times["bulk"]), 3),
           "speed_up": round(statistics.median(times["rows"]) / statistics.median(times["bulk"]), 2),
           "serialise_cpu_s": round(serialise, 3), "rows_stored": n_rows, "identical": same,
           "load_average": round(os.getloadavg()[0], 2)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
