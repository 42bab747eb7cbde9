"""Per-article extraction time with every extractor on, beside spaCy's own rate.

    .venv/bin/python benchmarks/extract_bench.py --data ../shared/data [--n 500] [--json out.json]

Takes the first N GVA dev articles (real news pages), and on one core (one process, BLAS and
tokenizer threads pinned to 1) measures (a) spaCy's full English pipeline alone over the
same texts, ``nlp.pipe`` batched, and (b) crossbearing's ``analyse`` with all registered
extractors (which includes one spaCy pass per article). Resources (pipeline, gazetteer,
event model) are loaded and warmed on a few articles before timing, so the figures are
steady-state rates. Also reports the time spent in each extractor (summed over articles),
so a slow one is easy to spot. CPU time (process_time) is reported beside wall time: on a
shared machine wall time measures the neighbours too.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402


def _articles(data: Path, n: int):
    from crossbearing.ingest.text import article_from_text

    out = []
    with (data / "gva" / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out.append(article_from_text(r["text"], outlet=r.get("outlet"), published=(r.get("published") or "")[:10] or None))
            if len(out) >= n:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--json", dest="json_out", default=None)
    args = ap.parse_args()

    from crossbearing.extract.registry import Resources, ordered
    from crossbearing.model import Analysis

    arts = _articles(Path(args.data), args.n + 5)
    warm, arts = arts[:5], arts[5:]
    res = Resources()
    nlp = res.get("nlp")
    limit = res.settings.max_article_chars
    specs = ordered()

    def run_all(article, timing):
        doc = nlp(article.text[:limit])
        an = Analysis(article=article)
        for spec in specs:
            t = time.perf_counter()
            try:
                spec.func(an, doc, res)
            except Exception:  # noqa: BLE001 - the pipeline records these; here we only time
                pass
            timing[spec.name] += time.perf_counter() - t
        return an

    for a in warm:  # load gazetteer, models, caches
        run_all(a, defaultdict(float))

    texts = [a.text[:limit] for a in arts]
    chars = sum(len(t) for t in texts)
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    spacy_wall, spacy_cpu = time.perf_counter() - t0, time.process_time() - c0

    timing: dict[str, float] = defaultdict(float)
    n_events = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for a in arts:
        n_events += len(run_all(a, timing).events)
    all_wall, all_cpu = time.perf_counter() - t0, time.process_time() - c0

    n = len(arts)
    result = {
        "articles": n, "chars": chars, "events": n_events,
        "spacy_pipe_articles_per_s_cpu": round(n / spacy_cpu, 2), "spacy_pipe_articles_per_s_wall": round(n / spacy_wall, 2),
        "all_extractors_articles_per_s_cpu": round(n / all_cpu, 2), "all_extractors_articles_per_s_wall": round(n / all_wall, 2),
        "ms_per_article_cpu": round(1000 * all_cpu / n, 1),
        "extractor_ms_per_article": {k: round(1000 * v / n, 2) for k, v in sorted(timing.items(), key=lambda kv: -kv[1])},
        "machine": f"{platform.machine()} {os.cpu_count()} cores, python {platform.python_version()}",
    }
    print(json.dumps(result, indent=2))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
