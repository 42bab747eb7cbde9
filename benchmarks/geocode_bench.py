"""Resolution speed on LGL's gold toponyms (issue 3: "seconds, not minutes").

    .venv/bin/python benchmarks/geocode_bench.py [--data ../shared/data] [--repeat 1]

Prints index start-up time and mentions/second for resolving every gold span of LGL with a
fresh (cold name cache) gazetteer handle, then again warm. One process, one core.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "data"))
    ap.add_argument("--set", default="lgl")
    args = ap.parse_args()

    from crossbearing.geo import resolve_mentions
    from crossbearing.geo.gazetteer import Gazetteer, default_path, ensure_built

    path = ensure_built(default_path())
    docs = [json.loads(line) for line in open(Path(args.data) / "geo" / f"{args.set}.jsonl", encoding="utf-8")]
    n = sum(len(d["toponyms"]) for d in docs)
    t0 = time.perf_counter()
    gaz = Gazetteer(path)
    startup = time.perf_counter() - t0
    result = {"set": args.set, "documents": len(docs), "mentions": n, "startup_s": round(startup, 3)}
    for label in ("cold", "warm"):
        t0 = time.perf_counter()
        for d in docs:
            resolve_mentions(gaz, d["text"], [(t["start"], t["end"]) for t in d["toponyms"]])
        dt = time.perf_counter() - t0
        result[f"{label}_s"] = round(dt, 2)
        result[f"{label}_mentions_per_s"] = round(n / dt, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
