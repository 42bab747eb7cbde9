"""Incremental linking: time to link 100 new articles into stores of 1k, 10k, 100k articles,
and to link a whole store from scratch.

Stored articles are real extracted records replicated (``link_records.py``: the GVA dev
articles from 2016-10-01 on, extracted once and cached; copy k shifted k × 400+ days, ±2 days of
jitter, new ids, outlet renamed per copy), written straight into a file store in bulk. Each
store is linked once in full (timed: "from scratch"), then two batches of 100 are added and
linked:

* ``new``: the next 100 articles of the stream (the same 100 seed articles at every size) (the latest dates: a daily feed; the jitter puts
  a few before stored articles, so the grouper replays from the checkpoint before them);
* ``late``: 100 copies (another outlet) of the 100 newest stored articles, with their dates
  (late reports: the linker replays the stream from the checkpoint before them).

Each size runs in a fresh process on a file database. Times are wall-clock and CPU seconds of
``link_store``; peak memory is the process's resident set sampled every 0.1 s while each step
runs (the seed records it copies from included).

    .venv/bin/python benchmarks/incremental_link.py --data ../shared/data [--sizes 1000,10000,100000]

``--cache DIR`` keeps the stores between runs (a 100,000-article store takes half an hour of CPU
to build and link): ``DIR/stored_N.duckdb`` (written, not linked) and ``DIR/linked_N.duckdb``
(linked in full, its figures in ``linked_N.json``) are built once; each run copies the linked
store and times the two added batches on the copy. Delete the files to rebuild them (a linked
store made by other code than the one timed measures that code's link state). ``--repeat K``
times the additions K times, each on a fresh copy.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from link_records import Seed, build_seed  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "out" / "bench" / "link_seed.duckdb"


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Peak:
    """Peak resident memory while a block runs (sampled by a thread)."""

    def __enter__(self):
        self.peak, self._stop = rss_mb(), threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()
        return self

    def _run(self):
        while not self._stop.wait(0.1):
            self.peak = max(self.peak, rss_mb())

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()
        self.peak = max(self.peak, rss_mb())


SLICE = 600  # the seed article the added batch starts at, whatever the store's size


def batch_start(seed, n: int) -> int:
    """Where the stored stream starts, so that the 100 articles added after ``n`` stored ones are
    seed articles 600-699 at every size (the same texts, stories and events: only the store's
    size differs between sizes)."""
    return (SLICE - n) % len(seed.ids)


def timed_link(store, settings) -> dict:
    """``link_store`` timed: wall and CPU seconds in all, CPU seconds per linker, and what the
    batch touched: the articles replayed, the stories that changed and how many articles those
    stories hold (the later linkers redo those stories whole; counted between the stories
    linker and the next one, outside the timing)."""
    from crossbearing.link import load_all
    from crossbearing.store.linkstate import link_run

    per: dict[str, float] = {}
    summary = {}
    members = 0
    with Peak() as p, link_run(store):
        t0, c0, cpu_aside = time.perf_counter(), time.process_time(), 0.0
        for name, func in load_all().items():  # as link_store runs them
            c = time.process_time()
            summary[name] = func(store, settings)
            per[name] = round(time.process_time() - c, 2)
            if name == "stories":
                c = time.process_time()
                # counted apart from the linkers (``pending_members`` would keep it for them)
                members = store.con.execute("SELECT count(*) FROM story_articles WHERE story_id IN "
                                            "(SELECT story_id FROM link_pending)").fetchone()[0]
                cpu_aside += time.process_time() - c
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0 - cpu_aside
    return {"s": round(wall, 2), "cpu_s": round(cpu, 2), "peak_rss_mb": round(p.peak),
            "replayed": summary["stories"]["articles"], "stories_changed": summary["stories"]["changed"],
            "articles_in_changed_stories": members, "cpu_s_per_linker": per}


def linked_store(seed, n: int, settings, cache: Path) -> tuple[Path, dict]:
    """The cached store of ``n`` linked articles and the figures of building and linking it."""
    from crossbearing.store import Store

    linked, figures = cache / f"linked_{n}.duckdb", cache / f"linked_{n}.json"
    if linked.exists() and figures.exists():
        return linked, json.loads(figures.read_text())
    cache.mkdir(parents=True, exist_ok=True)
    stored = cache / f"stored_{n}.duckdb"
    built = None
    if not stored.exists():
        t0 = time.perf_counter()
        store = Store(str(stored) + ".part")
        first = batch_start(seed, n)
        seed.write(store, list(range(first, first + n)))
        store.close()
        os.replace(str(stored) + ".part", stored)
        built = round(time.perf_counter() - t0, 1)
    shutil.copy(stored, str(linked) + ".part")
    store = Store(str(linked) + ".part")
    full = timed_link(store, settings)
    store.close()
    os.replace(str(linked) + ".part", linked)
    out = {"build_store_s": built, "full_link": full}
    figures.write_text(json.dumps(out))
    return linked, out


def add_batches(seed, n: int, store, settings) -> dict:
    """Link 100 new articles, then 100 late copies of the newest stored ones (see the docstring)."""
    first = batch_start(seed, n)
    base = [r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()]
    seed.write(store, list(range(first + n, first + n + 100)))
    new = timed_link(store, settings)
    newest = store.con.execute("SELECT id FROM articles WHERE list_contains(?, id) ORDER BY published DESC, id "
                               "LIMIT 100", [base]).fetchall()
    where = {seed.item_id(first + k): first + k for k in range(n)}
    seed.write(store, [where[r[0]] for r in newest], salt="late", outlet_suffix="#late", text_suffix=" (late copy)")
    late = timed_link(store, settings)
    return {"add_100_new": new, "add_100_late": late}


def warm_up(seed, settings) -> None:
    """Link 50 articles in a throwaway store first, so the timed runs do not include importing the
    link stage's modules and compiling its patterns (as in ``one_size``, where the full link
    comes first)."""
    from crossbearing.link import link_store
    from crossbearing.store import Store

    with Store(":memory:") as store:
        seed.write(store, list(range(50)), salt="warm-up")
        link_store(store, settings)


def cached_size(args) -> dict:
    """``one_size`` on copies of a cached linked store (``--cache``)."""
    seed_path, n, cache, repeat = args
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    seed = Seed(Path(seed_path))
    settings = Settings.load()
    linked, out = linked_store(seed, n, settings, Path(cache))
    out = {"stored": n, **out, "trials": []}
    warm_up(seed, settings)
    for _ in range(repeat):
        work = Path(cache) / f"work_{n}.duckdb"
        shutil.copy(linked, work)
        store = Store(str(work))
        out["trials"].append(add_batches(seed, n, store, settings))
        out.update(_store_figures(store, work))
        store.close()
        work.unlink()
    return out


def _store_figures(store, path) -> dict:
    return {"checkpoints": store.count("link_checkpoints"),
            "checkpoint_mb": round((store.con.execute("SELECT max(octet_length(state)) FROM link_checkpoints")
                                    .fetchone()[0] or 0) / 2**20, 2),
            "stories": store.count("stories"), "merged_events": store.count("merged_events"),
            "db_mb": round(os.path.getsize(path) / 2**20)}


def one_size(args) -> dict:
    seed_path, n, keep = args
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    seed = Seed(Path(seed_path))
    settings = Settings.load()
    with tempfile.TemporaryDirectory(dir=keep) as tmp:
        store = Store(os.path.join(tmp, "bench.duckdb"))
        t0 = time.perf_counter()
        first = batch_start(seed, n)
        base = seed.write(store, list(range(first, first + n)))
        built = time.perf_counter() - t0
        full = timed_link(store, settings)
        seed.write(store, list(range(first + n, first + n + 100)))
        new = timed_link(store, settings)
        newest = store.con.execute("SELECT id FROM articles WHERE list_contains(?, id) ORDER BY published DESC, id "
                                   "LIMIT 100", [base]).fetchall()
        where = {aid: first + k for k, aid in enumerate(base)}
        seed.write(store, [where[r[0]] for r in newest], salt="late", outlet_suffix="#late", text_suffix=" (late copy)")
        late = timed_link(store, settings)
        out = {"stored": n, "build_store_s": round(built, 1), "full_link": full, "add_100_new": new,
               "add_100_late": late, "checkpoints": store.count("link_checkpoints"),
               "checkpoint_mb": round(store.con.execute("SELECT max(octet_length(state)) FROM link_checkpoints")
                                      .fetchone()[0] / 2**20, 1),
               "stories": store.count("stories"), "merged_events": store.count("merged_events"),
               "db_mb": round(os.path.getsize(os.path.join(tmp, "bench.duckdb")) / 2**20)}
        store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--seed", default=str(SEED), help="extracted seed store (built here when missing)")
    ap.add_argument("--tmp", default=None, help="where the benchmark stores are written")
    ap.add_argument("--cache", default=None, help="keep the built and linked stores here, reuse them")
    ap.add_argument("--repeat", type=int, default=1, help="with --cache: trials per size, each on a fresh copy")
    args = ap.parse_args()
    seed = build_seed(Path(args.data), Path(args.seed))
    print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores", flush=True)
    ctx = mp.get_context("spawn")
    for n in (int(s) for s in args.sizes.split(",")):
        with ctx.Pool(1) as pool:
            if args.cache:
                out = pool.apply(cached_size, ((str(seed), n, args.cache, args.repeat),))
            else:
                out = pool.apply(one_size, ((str(seed), n, args.tmp),))
            print(json.dumps({**out, "load_average_after": round(os.getloadavg()[0], 1)}), flush=True)


if __name__ == "__main__":
    main()
