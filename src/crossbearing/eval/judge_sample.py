"""A judging sheet for the hand-judged sample of issue 14.

Draws ``SIZE`` FA-KES dev articles with a fixed seed (``random.Random(SEED).sample(range(n), SIZE)``,
SEED = 14, the issue's number), feeds them through the product end to end
(``endtoend.run_export``: ``pipeline.run`` + ``export --format acled-csv``) and writes a Markdown
sheet: per article its title, publication date, the crowd's coded incident and a table of every
exported row that lists the article, with the evidence sentences in this article and an empty
judgement column for a person to fill in.

    python -m crossbearing.eval.judge_sample --out sheet.md [--full full.md] [--data DIR]
    python -m crossbearing.eval.judge_sample --tally sheet.md     # count a filled-in sheet

``--out`` shows no article text beyond the title and evidence cut to ``CUT`` characters (the
sheet that may be committed); ``--full`` also shows the first ``LEAD`` characters of each article
(a working copy for the judge, not to be committed).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from .endtoend import _EVIDENCE, run_export

SEED = 14
SIZE = 25
CUT = 200
LEAD = 1200
VERDICTS = ("real", "duplicate", "not-an-incident")


def draw(records: list[dict], seed: int = SEED, size: int = SIZE) -> list[int]:
    """The sample: record indices in the order drawn."""
    return random.Random(seed).sample(range(len(records)), size)


def _cell(s) -> str:
    return " ".join(str(s or "").split()).replace("|", "/")


def _cut(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def evidence(row: dict, article_id: str, text: str, cut: int = CUT) -> str:
    """The row's evidence spans in this article, sliced from its text."""
    spans = sorted({(int(m.group(2)), int(m.group(3))) for m in _EVIDENCE.finditer(row.get("evidence") or "")
                    if m.group(1) == article_id})
    return " ⏐ ".join(f"[{a}] {_cut(text[a:b], cut)}" for a, b in spans)


def sheet(records: list[dict], picks: list[int], ex, full: bool) -> str:
    out = []
    for k, i in enumerate(picks, 1):
        rec, g = records[i], records[i].get("gold") or {}
        aid = ex.article_of(k - 1)
        rows = ex.article_rows.get(aid or "", [])
        out += [f"### {k}. dev #{i} — {_cell(rec.get('title'))}", "",
                f"Published {rec.get('published') or '—'} · article id `{aid}` · {len(rows)} exported row(s)", "",
                f"Crowd's gold: date {g.get('date')}, governorate {g.get('location')}, actor {g.get('actor')}, "
                f"cause {g.get('cause_of_death')}, fatalities {g.get('fatalities_total')}", ""]
        if full:
            out += ["> " + _cut(rec.get("text") or "", LEAD), ""]
        out += ["| row | event_date | sub_event_type | actor1 | actor2 | location / admin1 | fatalities | evidence "
                "in this article | judgement | reason |", "|---|---|---|---|---|---|---|---|---|---|"]
        for j, r in enumerate(rows, 1):
            ev = evidence(r, aid, rec.get("text") or "", 10**6 if full else CUT)
            cells = [f"{k}.{j}", r.get("event_date"), r.get("sub_event_type"), r.get("actor1"), r.get("actor2"),
                     f"{_cell(r.get('location'))} / {_cell(r.get('admin1'))}", r.get("fatalities"), ev, "", ""]
            out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        out += ["", "Missed: ", ""]
    return "\n".join(out) + "\n"


def tally(text: str) -> dict[str, float]:
    """Count the judgements of a filled-in sheet: verdict cells, and ``Missed:`` lines of the
    form ``Missed: N — …`` (N = 0 when the line says ``none``)."""
    verdicts: Counter = Counter()
    for line in text.splitlines():
        cells = [c.strip().strip("*") for c in line.strip().strip("|").split("|")]
        if len(cells) >= 10 and re.fullmatch(r"\d+\.\d+", cells[0]):
            verdicts[cells[8] if cells[8] in VERDICTS else "unjudged"] += 1
    missed = sum(int(m.group(1)) for m in re.finditer(r"^Missed:\s*(\d+)", text, re.M))
    rows, real = sum(verdicts.values()), verdicts["real"]
    return {"rows": rows, **{v: verdicts[v] for v in VERDICTS + ("unjudged",)}, "missed": missed,
            "precision": real / rows if rows else 0.0,
            "recall": real / (real + missed) if real + missed else 0.0}


def main(argv=None) -> None:
    p = argparse.ArgumentParser(prog="python -m crossbearing.eval.judge_sample", description=__doc__.split("\n\n")[0])
    p.add_argument("--data", default="../shared/data", help="folder holding fakes/dev.jsonl")
    p.add_argument("--out", help="the sheet without article text")
    p.add_argument("--full", help="also a working sheet with the first characters of each article")
    p.add_argument("--tally", help="count the judgements of a filled-in sheet instead")
    a = p.parse_args(argv)
    if a.tally:
        print(json.dumps(tally(Path(a.tally).read_text(encoding="utf-8")), indent=1))
        return
    with (Path(a.data) / "fakes" / "dev.jsonl").open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    picks = draw(records)
    ex = run_export([records[i] for i in picks])
    for path, full in ((a.out, False), (a.full, True)):
        if path:
            Path(path).write_text(sheet(records, picks, ex, full), encoding="utf-8")
            n_rows = sum(len(ex.article_rows.get(ex.article_of(k) or "", [])) for k in range(len(picks)))
            print(f"wrote {path}: {len(picks)} articles, {n_rows} rows")


if __name__ == "__main__":
    main()
