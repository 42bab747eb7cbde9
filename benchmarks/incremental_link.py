"""Incremental linking: time to link 100 new articles into stores of 1k, 10k, 100k articles.

Stored articles are synthetic (written straight into the store, no extraction): GVA dev
articles replicated as in ``grouping_scale.py`` (copy k shifted k × (corpus span + 30) days,
dates jittered ±2 days, outlet renamed per copy, one sentence dropped). Each store is linked
once in full (timed too), then two batches of 100 further articles are added and linked:

* ``new``: the next 100 articles of the stream (the latest dates: a daily feed);
* ``late``: 100 copies (other outlet) of the 100 newest stored articles, with their dates
  (late reports: the linker replays the stream from the checkpoint before them).

Each size runs in a fresh process on a file database; times are wall-clock seconds of
``link_store`` (the machine may be shared: see the load average printed).

    .venv/bin/python benchmarks/incremental_link.py --data ../shared/data [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grouping_scale import load, stream  # noqa: E402  (the same synthetic stream)


def _records(rows, n: int, first: int = 0, seed: int = 0) -> list[tuple]:
    out = []
    for k, (doc, text, pub, outlet, title) in enumerate(stream(rows, first + n, seed)):
        if k >= first:
            out.append((hashlib.sha1(doc.encode()).hexdigest()[:16], text, pub, outlet, title))
    return out


def _write(store, records: list[tuple]) -> None:
    """Articles and minimal analyses, written in bulk (no extraction: linking is measured)."""
    ids, texts, pubs, outlets, titles = (list(x) for x in zip(*records))
    store.con.execute(
        "INSERT INTO articles (id, outlet, title, published, published_precision, published_source, text) "
        "SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::DATE[]), 'day', "
        "'metadata', unnest(?::VARCHAR[])", [ids, outlets, titles, pubs, texts])
    data = [json.dumps({"article": {"id": i, "text": t, "outlet": o, "title": ti, "published": p}})
            for i, t, p, o, ti in records]
    store.con.execute("INSERT INTO analyses SELECT unnest(?::VARCHAR[]), unnest(?::JSON[])", [ids, data])


def _timed_link(store, settings) -> float:
    from crossbearing.link import link_store

    t0 = time.perf_counter()
    link_store(store, settings)
    return time.perf_counter() - t0


def _one_size(args) -> dict:
    data, n = args
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    rows = load(Path(data))
    settings = Settings.load()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(os.path.join(tmp, "bench.duckdb"))
        base = _records(rows, n)
        _write(store, base)
        full = _timed_link(store, settings)
        _write(store, _records(rows, 100, first=n))
        new = _timed_link(store, settings)
        late = [(hashlib.sha1(f"late-{r[0]}".encode()).hexdigest()[:16], r[1] + " (late copy)", r[2], r[3] + "#late",
                 r[4]) for r in sorted(base, key=lambda r: r[2])[-100:]]
        _write(store, late)
        late_t = _timed_link(store, settings)
        out = {"stored": n, "full_link_s": round(full, 2), "add_100_new_s": round(new, 2),
               "add_100_late_s": round(late_t, 2),
               "checkpoints": store.count("link_checkpoints"), "stories": store.count("stories")}
        store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--sizes", default="1000,10000,100000")
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores", flush=True)
    ctx = mp.get_context("spawn")
    for n in (int(s) for s in args.sizes.split(",")):
        with ctx.Pool(1) as pool:
            print(json.dumps(pool.apply(_one_size, ((args.data, n),))), flush=True)


if __name__ == "__main__":
    main()
