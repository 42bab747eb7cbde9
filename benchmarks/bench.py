"""The speed benchmark (`make bench`): one JSON result, every figure measured in this run on
the same texts.

    .venv/bin/python benchmarks/bench.py --data ../shared/data [--n 300] [--workers 2] [--out out/bench/bench.json]

Takes the first N articles of ``gva/dev.jsonl`` (real US news pages), writes them as the
JSONL input ``crossbearing run`` reads (the fields the end-to-end evaluations feed it), and
measures, each in a fresh process with BLAS/tokenizer threads pinned to 1:

- ``spacy_full``: spaCy's full pipeline (every component of ``spacy_model``) alone over the
  same texts, ``nlp.pipe`` batched: the floor to beat.
- ``end_to_end_1_worker``: ``pipeline.run`` in one process (ingest → spaCy → every extractor →
  store, no linking) into a fresh DuckDB file; CPU time per stage (ingest, spaCy, each
  extractor, store write) from the pipeline's own ``timings``; models are loaded before the
  clock starts (their load time is reported apart). Then ``link``: ``link_store`` over that
  store, CPU time per linker.
- ``workers_N``: the same run with ``--workers N`` into another fresh store, wall clock from
  before the worker pool starts (its model loads included) to the last commit.

The headline figures: end-to-end articles per CPU-second over spaCy-full's (``ratio``), the
N-worker speed-up (wall time of the 1-worker process, model load included, over the
N-worker run's), and the peak resident memory of each process. Stage and rate figures are
CPU time: on a shared machine wall time measures the neighbours too (the load average before
and after is recorded); the speed-up is wall time by nature, so it is noisy there.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

WARM = "Warm-up: two people were shot and killed in Chicago on Friday night, police said."
TABLES = ("articles", "mentions", "places", "times", "quantities", "claims", "events")


def _mb(kb: int) -> float:
    return round(kb / 1024, 1)  # ru_maxrss is in KiB on Linux


def _texts(corpus: Path, settings) -> list[str]:
    from crossbearing.ingest import IngestError, iter_articles

    limit = settings.max_article_chars
    seen: set[str] = set()
    texts = []
    for a in iter_articles([str(corpus)], settings=settings):
        if not isinstance(a, IngestError) and a.id not in seen:  # ``run`` extracts one copy of a text
            seen.add(a.id)
            texts.append(a.text[:limit])
    return texts


def child_spacy(corpus: Path, tmp: Path) -> dict:
    from crossbearing.nlp import load_pipeline
    from crossbearing.settings import Settings

    settings = Settings.load()
    texts = _texts(corpus, settings)
    nlp = load_pipeline(settings.spacy_model)  # the whole pipeline, nothing excluded
    for _ in nlp.pipe([WARM] * 4):
        pass
    t0, c0 = time.perf_counter(), time.process_time()
    n_ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=settings.batch_size))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"components": nlp.pipe_names, "articles": len(texts), "entities": n_ents, "cpu_s": round(cpu, 2),
            "wall_s": round(wall, 2), "articles_per_cpu_s": round(len(texts) / cpu, 2),
            "peak_rss_mb": _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)}


def _counts(store) -> dict:
    return {t: store.count(t) for t in TABLES}


def child_e2e(corpus: Path, tmp: Path) -> dict:
    from crossbearing.extract.registry import Resources
    from crossbearing.ingest.text import article_from_text
    from crossbearing.pipeline import analyse, run
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    start_wall = time.perf_counter()
    settings = Settings.load(db=str(tmp / "one.duckdb"), workers=1, dask="")
    c0 = time.process_time()
    resources = Resources(settings)
    analyse(article_from_text(WARM), resources)  # load spaCy, gazetteer, models
    load_cpu = time.process_time() - c0
    timings: dict[str, float] = {}
    with Store(settings.db) as store:
        t0, c0 = time.perf_counter(), time.process_time()
        summary = run([str(corpus)], store, settings, link=False, resources=resources, timings=timings)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        total_wall = time.perf_counter() - start_wall
        counts = _counts(store)

        from crossbearing.link import LINKERS, link_store, load_all

        link_times: dict[str, float] = {}

        def timed(name, func):
            def wrapper(store, settings):
                c = time.process_time()
                try:
                    return func(store, settings)
                finally:
                    link_times[name] = time.process_time() - c
            return wrapper

        for name, func in load_all().items():
            LINKERS[name] = timed(name, func)
        lw, lc = time.perf_counter(), time.process_time()
        link_store(store, settings)
        link_wall, link_cpu = time.perf_counter() - lw, time.process_time() - lc
        stories, merged = store.count("stories"), store.count("merged_events")
    n = summary.stored
    stages = {k: round(v, 3) for k, v in sorted(timings.items(), key=lambda kv: -kv[1])}
    return {
        "articles": n, "extractor_errors": summary.extractor_errors, "rows": counts,
        "load_cpu_s": round(load_cpu, 2), "cpu_s": round(cpu, 2), "wall_s": round(wall, 2),
        "wall_with_load_s": round(total_wall, 2), "articles_per_cpu_s": round(n / cpu, 2),
        "stages_cpu_s": stages, "stages_share": {k: round(v / cpu, 3) for k, v in stages.items()},
        "unaccounted_cpu_s": round(cpu - sum(timings.values()), 2),
        "link": {"cpu_s": round(link_cpu, 2), "wall_s": round(link_wall, 2), "stories": stories,
                 "merged_events": merged, "linkers_cpu_s": {k: round(v, 3) for k, v in link_times.items()}},
        "peak_rss_mb": _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
    }


def child_workers(corpus: Path, tmp: Path, workers: int) -> dict:
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    settings = Settings.load(db=str(tmp / f"w{workers}.duckdb"), workers=workers, dask="")
    t0, c0 = time.perf_counter(), time.process_time()
    with Store(settings.db) as store:
        summary = run([str(corpus)], store, settings, link=False)
        wall, parent_cpu = time.perf_counter() - t0, time.process_time() - c0
        counts = _counts(store)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool's processes, all exited by now
    cpu = parent_cpu + kids.ru_utime + kids.ru_stime
    return {"workers": workers, "articles": summary.stored, "rows": counts, "wall_s": round(wall, 2),
            "parent_cpu_s": round(parent_cpu, 2), "workers_cpu_s": round(kids.ru_utime + kids.ru_stime, 2),
            "cores_busy": round(cpu / wall, 2), "articles_per_cpu_s": round(summary.stored / cpu, 2),
            "peak_rss_mb_parent": _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
            "peak_rss_mb_worker": _mb(kids.ru_maxrss)}  # the largest worker's peak


def _child(kind: str, corpus: Path, tmp: Path, workers: int) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--corpus", str(corpus), "--tmp", str(tmp),
           "--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark step {kind} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def write_corpus(data: Path, n: int, out: Path) -> tuple[int, int]:
    from crossbearing.eval.endtoend import INPUT_FIELDS

    lines = chars = 0
    with (data / "gva" / "dev.jsonl").open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if lines >= n:
                break
            rec = json.loads(line)
            dst.write(json.dumps({k: rec[k] for k in INPUT_FIELDS if rec.get(k) not in (None, "")},
                                 ensure_ascii=False) + "\n")
            lines += 1
            chars += len(rec.get("text") or "")
    return lines, chars


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/data", help="folder holding gva/dev.jsonl")
    ap.add_argument("--n", type=int, default=300, help="first N GVA dev articles [300]")
    ap.add_argument("--workers", type=int, default=2, help="workers for the scaling run [2]; 1 = skip it")
    ap.add_argument("--out", default="out/bench/bench.json", help="where the JSON result goes")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--tmp", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        corpus, tmp = Path(args.corpus), Path(args.tmp)
        result = {"spacy": lambda: child_spacy(corpus, tmp), "e2e": lambda: child_e2e(corpus, tmp),
                  "workers": lambda: child_workers(corpus, tmp, args.workers)}[args.child]()
        print(json.dumps(result))
        return

    source = Path(args.data) / "gva" / "dev.jsonl"
    if not source.is_file():
        raise SystemExit(f"{source} not found (--data points at the folder holding gva/dev.jsonl)")
    load_before = os.getloadavg()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="crossbearing-bench-") as tmpdir:
        tmp = Path(tmpdir)
        corpus = tmp / "gva_first.jsonl"
        n, chars = write_corpus(Path(args.data), args.n, corpus)
        spacy_full = _child("spacy", corpus, tmp, 1)
        one = _child("e2e", corpus, tmp, 1)
        many = _child("workers", corpus, tmp, args.workers) if args.workers > 1 else None
    link = one.pop("link")
    headline = {
        "end_to_end_articles_per_cpu_s": one["articles_per_cpu_s"],
        "spacy_full_articles_per_cpu_s": spacy_full["articles_per_cpu_s"],
        "ratio_vs_spacy_full": round(one["articles_per_cpu_s"] / spacy_full["articles_per_cpu_s"], 3),
        "link_cpu_s_per_100_articles": round(100 * link["cpu_s"] / max(1, one["articles"]), 2),
        "peak_rss_mb_1_worker": one["peak_rss_mb"],
    }
    if many:
        headline.update({
            f"speedup_{args.workers}_workers": round(one["wall_with_load_s"] / many["wall_s"], 3),
            f"peak_rss_mb_per_worker_{args.workers}": many["peak_rss_mb_worker"],
            "same_rows_1_and_n_workers": many["rows"] == one["rows"],
        })
    result = {
        "benchmark": "benchmarks/bench.py", "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "dataset": f"{source} (first {n} articles, {chars:,} characters)", "articles": n,
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_average_before": [round(x, 2) for x in load_before],
                    "load_average_after": [round(x, 2) for x in os.getloadavg()]},
        "seconds": round(time.perf_counter() - started, 1),
        "headline": headline, "spacy_full": spacy_full, "end_to_end_1_worker": one, "link": link,
    }
    if many:
        result[f"workers_{args.workers}"] = many
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    print(f"written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
