"""Made-up news reports with the rows an analyst would code, through ``run`` + ``export``.

    .venv/bin/python benchmarks/news_probe.py [--json out.json] [--misses]

``benchmarks/data/news_probe.jsonl`` holds 268 short reports written for this project (conflict,
protest and US-shooting stories, in phrasings chosen to differ from the dev sets), each with
what its main event should say: fatalities, injured, ACLED sub-event type, country and (from
report probe-75 on) the event date; null means not checked. The script feeds them through the
same path as a user's ``crossbearing run`` + ``export`` (``eval.endtoend.run_export``) and scores
each article's main event field by field. The thirty-eighth round wrote reports 0–74, the
thirty-ninth 75–203 and later rounds a few to a dozen each (the forty-second 249–258, the
forty-third 259–265, the forty-fourth 266–267); each round
fixed the general readings its set showed wrong, so the set is a regression yardstick for those
readings, not a held-out test. ``--file`` scores another file of the same shape.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

FIELDS = ("fatalities", "injured", "sub_event_type", "country", "event_date")
PROBE = Path(__file__).parent / "data" / "news_probe.jsonl"


def _value(field: str, row: dict):
    v = row.get(field)
    if field in ("fatalities", "injured"):
        return int(float(v)) if v not in (None, "") else 0
    return v or None


def score(records: list[dict]) -> tuple[dict, list[tuple[str, str, object, object]]]:
    from crossbearing.eval.endtoend import run_export

    ex = run_export(records)
    right = {f: 0 for f in FIELDS}
    asked = {f: 0 for f in FIELDS}
    misses = []
    for i, rec in enumerate(records):
        ev = ex.main_event(ex.article_of(i)) or {}
        for f in FIELDS:
            want = rec["expected"].get(f)
            if want is None:
                continue
            asked[f] += 1
            got = _value(f, ev)
            if got == want:
                right[f] += 1
            else:
                misses.append((rec["id"], f, want, got))
    metrics = {f"probe.{f}": round(right[f] / asked[f], 4) for f in FIELDS if asked[f]}
    metrics["probe.articles"] = len(records)
    return metrics, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", help="write the metrics here")
    ap.add_argument("--misses", action="store_true", help="list every field that differs")
    ap.add_argument("--file", default=str(PROBE), help="the reports to score (JSON lines)")
    args = ap.parse_args()
    records = [json.loads(line) for line in Path(args.file).read_text(encoding="utf-8").splitlines() if line.strip()]
    metrics, misses = score(records)
    print(json.dumps(metrics, indent=1))
    if args.misses:
        for rid, field, want, got in misses:
            print(f"{rid} {field}: expected {want!r}, got {got!r}")
    if args.json:
        Path(args.json).write_text(json.dumps({"metrics": metrics, "misses": misses}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
