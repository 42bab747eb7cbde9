"""Task "dates": event dates read from text.

- ACLED: the date an ACLED note opens with, read from the note alone (no gold, no anchor):
  ``acled.exact`` against ``event_date``.
- GVA: the main incident's day extracted from the article with its ``published`` date as
  the anchor (falling back on the anchor itself), against the incident date: ``gva.exact``,
  ``gva.within1``, ``gva.within7``; ``gva.anchor_only.*`` is the same score for the
  publication date alone, so the gain from reading the text is visible. The corpus'
  ``published`` is sometimes earlier than the incident (crawl-time dates); those articles are
  counted (``gva.published_before_incident``) and scored like the rest.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Optional

from ..timex.event import main_event_date, notes_date
from ..timex.infer import infer_published
from .registry import EvalContext, task


def _day(value) -> Optional[date]:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _acled(ctx: EvalContext) -> dict:
    n = exact = found = 0
    misses = []
    for rec in ctx.records("acled"):
        gold = _day(rec.get("event_date"))
        if gold is None:
            continue
        n += 1
        got, _ = notes_date(rec.get("text") or "")
        found += got is not None
        if got == gold:
            exact += 1
        elif len(misses) < 8:
            misses.append(f"{rec['id']}: gold {gold} got {got} :: {(rec.get('text') or '')[:90]}")
    return {"acled.n": n, "acled.exact": exact / n if n else 0.0, "acled.found": found / n if n else 0.0,
            "_acled_misses": "\n".join(misses)}


def _gva(ctx: EvalContext) -> dict:
    n = 0
    hits = {"exact": 0, "within1": 0, "within7": 0}
    base = {"exact": 0, "within1": 0, "within7": 0}
    from_text = early = inferred = 0
    for rec in ctx.records("gva"):
        gold = _day((rec.get("incident") or {}).get("date"))
        if gold is None:
            continue
        n += 1
        anchor = _day(rec.get("published"))
        if anchor is None:  # no metadata: infer the publication date from the text
            guess = infer_published(rec.get("text") or "")
            anchor = guess.start
            inferred += anchor is not None
        if anchor is None:
            continue
        early += anchor < gold
        got, _ = main_event_date(rec.get("text") or "", anchor, rec.get("title") or "")
        from_text += got is not None
        pred = got or anchor
        for d, acc in ((pred, hits), (anchor, base)):
            diff = abs((d - gold).days)
            acc["exact"] += diff == 0
            acc["within1"] += diff <= 1
            acc["within7"] += diff <= 7
    out = {"gva.n": n, "gva.from_text": from_text / n if n else 0.0,
           "gva.published_before_incident": early / n if n else 0.0, "gva.published_inferred": inferred}
    for k in hits:
        out[f"gva.{k}"] = hits[k] / n if n else 0.0
        out[f"gva.anchor_only.{k}"] = base[k] / n if n else 0.0
    return out


@task("dates", help="Event dates: ACLED notes (exact) and GVA incident dates from article text.")
def evaluate_dates(ctx: EvalContext) -> dict:
    t0 = time.perf_counter()
    out = _acled(ctx)
    out["acled.seconds"] = round(time.perf_counter() - t0, 2)
    t1 = time.perf_counter()
    out.update(_gva(ctx))
    out["gva.seconds"] = round(time.perf_counter() - t1, 2)
    return out
