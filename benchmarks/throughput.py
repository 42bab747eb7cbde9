"""Throughput of ingest + NLP (and optionally every extractor) on GVA news articles.

    .venv/bin/python benchmarks/throughput.py --data ../shared/data [--limit 3683] [--extractors all|mentions]

Reads ``gva/dev.jsonl`` (3,683 real news articles), builds Article records with the JSONL
reader's code path, and runs the pipeline's ``analyse`` in one process. Prints articles/s
and characters/s as JSON (the figures recorded in docs/EVALUATION.md).
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from crossbearing.extract.registry import Resources
from crossbearing.ingest.text import article_from_text
from crossbearing.pipeline import analyse
from crossbearing.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--extractors", default="mentions", help="'mentions' = ingest + spaCy NLP only; 'all' = every extractor")
    args = ap.parse_args()
    path = Path(args.data) / "gva" / "dev.jsonl"
    records = [json.loads(line) for line in path.open(encoding="utf-8")][: args.limit]
    names = None if args.extractors == "all" else args.extractors.split(",")
    resources = Resources(Settings.load())
    resources.get("nlp")
    analyse(article_from_text("Warm-up: two people were shot in Chicago on Friday."), resources, names)  # load models

    t0 = time.perf_counter()
    articles = [article_from_text(r["text"], outlet=r.get("outlet"), published=r.get("published"), title=r.get("title"))
                for r in records]
    t_ingest = time.perf_counter() - t0
    t1 = time.perf_counter()
    n_err = sum(bool(analyse(a, resources, names).errors) for a in articles)
    t_extract = time.perf_counter() - t1
    chars = sum(len(a.text) for a in articles)
    print(json.dumps({
        "articles": len(articles), "chars": chars, "extractors": args.extractors,
        "ingest_articles_per_s": round(len(articles) / t_ingest, 1),
        "extract_articles_per_s": round(len(articles) / t_extract, 2),
        "end_to_end_articles_per_s": round(len(articles) / (t_ingest + t_extract), 2),
        "chars_per_s": round(chars / (t_ingest + t_extract)),
        "articles_with_errors": n_err, "machine": f"{platform.machine()} {platform.python_version()}",
    }, indent=2))


if __name__ == "__main__":
    main()
