"""Story grouping at scale: 10k, 30k, 100k articles in bounded memory, about linear time.

The stream is the GVA dev articles replicated: copy k is shifted k × (corpus span + 30) days
so news volume per day stays what it is in GVA (as in a real feed, where volume per window is
bounded while the archive grows), each article's date is jittered by ±2 days, its outlet
renamed per copy and one sentence dropped at random, so copies are not byte-identical.
Each size runs in a fresh process; peak RSS is that process's ``ru_maxrss`` (it includes the
~40 MB of GVA records the generator copies from). Time is CPU time of the grouping loop (wall
time on a shared machine says more about the neighbours).

    .venv/bin/python benchmarks/grouping_scale.py --data ../shared/data [--sizes 10000,30000,100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import random
import re
import resource
import time
from pathlib import Path


def load(data: Path) -> list[dict]:
    return [json.loads(line) for line in (data / "gva" / "dev.jsonl").open(encoding="utf-8")]


def stream(rows: list[dict], n: int, seed: int = 0):
    uniq = list({r["article_id"]: r for r in rows}.values())
    uniq.sort(key=lambda r: r["published"])
    first = dt.date.fromisoformat(uniq[0]["published"][:10])
    span = (dt.date.fromisoformat(uniq[-1]["published"][:10]) - first).days + 30
    rnd = random.Random(seed)
    k = 0
    while True:
        for r in uniq:
            if k >= n:
                return
            copy = k // len(uniq)
            day = dt.date.fromisoformat(r["published"][:10]) + dt.timedelta(days=copy * span + rnd.randint(-2, 2))
            sents = re.split(r"(?<=[.!?])\s+", r["text"])
            if len(sents) > 3:
                sents.pop(rnd.randrange(len(sents)))
            yield (f"{copy}-{r['article_id']}", " ".join(sents), day.isoformat(), f"{r['outlet']}#{copy}", r["title"])
            k += 1


def _run(args):
    data, n, window, threshold = args
    from crossbearing.link.grouping import StoryGrouper

    rows = load(Path(data))
    g = StoryGrouper(window, threshold)
    t0, c0 = time.perf_counter(), time.process_time()
    stories = set()
    # Lazily, in (nearly) date order: the ±2-day jitter leaves small disorder, as a live feed does.
    for doc_id, text, pub, outlet, title in stream(rows, n):
        stories.add(g.add(doc_id, text, pub, outlet, title)[0])
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"articles": n, "seconds": round(secs, 1), "cpu_seconds": round(cpu, 1),
            "articles_per_cpu_s": round(n / cpu), "stories": len(stories),
            "open_stories_at_end": len(g.stories), "archived_stories_at_end": len(g.archive), "comparisons": g.n_compared,
            "df_terms": len(g.df), "paragraph_keys": len(g.seen_paras), "posting_keys": len(g.postings),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--window", type=int, default=30)
    ap.add_argument("--threshold", type=float, default=0.25)
    a = ap.parse_args()
    ctx = mp.get_context("spawn")
    results = []
    for n in (int(s) for s in a.sizes.split(",")):
        with ctx.Pool(1) as pool:
            res = pool.map(_run, [(a.data, n, a.window, a.threshold)])[0]
        results.append(res)
        print(json.dumps(res), flush=True)
    base = results[0]
    for r in results[1:]:
        print(f"{r['articles'] / base['articles']:.0f}x articles -> {r['cpu_seconds'] / base['cpu_seconds']:.2f}x CPU time, "
              f"{r['peak_rss_mb'] / base['peak_rss_mb']:.2f}x peak RSS")


if __name__ == "__main__":
    main()
