"""Task "dates": event dates read from text.

- ACLED: the date an ACLED note opens with, read from the note alone (no gold, no anchor):
  ``acled.exact`` against ``event_date``; ``acled.time_precision``: ACLED's 1/2/3 code read
  from the note's wording ("On" / "Around" / "(month of)").
- GVA: the main incident's day extracted from the article with its ``published`` date as
  the anchor (falling back on the anchor itself), against the incident date: ``gva.exact``,
  ``gva.within1``, ``gva.within7``; ``gva.anchor_only.*`` is the same score for the
  publication date alone, so the gain from reading the text is visible. The corpus'
  ``published`` is sometimes earlier than the incident (crawl-time dates); those articles are
  counted (``gva.published_before_incident``) and scored like the rest.
- Publication-date inference, on the GVA articles with their metadata date hidden:
  ``published.coverage`` (a date inferred at all), ``published.contains`` (the metadata date
  lies in the inferred interval; ``_pm1``: with a day's slack, as the corpus date itself is
  often a day off), ``published.day_wrong`` (day-precise guesses that differ).
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from typing import Optional

from ..timex.event import main_event_date
from .notes import notes_date, notes_time_precision
from ..timex.infer import infer_published
from .registry import EvalContext, task


def _day(value) -> Optional[date]:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _acled(ctx: EvalContext) -> dict:
    n = exact = found = tp_ok = 0
    misses = []
    for rec in ctx.records("acled"):
        gold = _day(rec.get("event_date"))
        if gold is None:
            continue
        n += 1
        got, _ = notes_date(rec.get("text") or "")
        found += got is not None
        tp_ok += notes_time_precision(rec.get("text") or "") == rec.get("time_precision")
        if got == gold:
            exact += 1
        elif len(misses) < 8:
            misses.append(f"{rec['id']}: gold {gold} got {got} :: {(rec.get('text') or '')[:90]}")
    return {"acled.n": n, "acled.exact": exact / n if n else 0.0, "acled.found": found / n if n else 0.0,
            "acled.time_precision": tp_ok / n if n else 0.0,
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
    t2 = time.perf_counter()
    out.update(_published(ctx))
    out["published.seconds"] = round(time.perf_counter() - t2, 2)
    return out


def _published(ctx: EvalContext) -> dict:
    """Publication-date inference with the metadata hidden: how often the text yields a
    date, and whether the metadata date lies inside the inferred interval."""
    n = covered = contains = near = day_guesses = day_wrong = day_far = 0
    for rec in ctx.records("gva"):
        meta = _day(rec.get("published"))
        if meta is None:
            continue
        n += 1
        guess = infer_published(rec.get("text") or "")
        if guess.start is None:
            continue
        covered += 1
        contains += guess.start <= meta <= guess.end
        near += guess.start - timedelta(days=1) <= meta <= guess.end + timedelta(days=1)
        if guess.precision == "day":
            day_guesses += 1
            day_wrong += guess.start != meta
            day_far += abs((guess.start - meta).days) > 1
    return {"published.n": n, "published.coverage": covered / n if n else 0.0,
            "published.contains": contains / covered if covered else 0.0,
            "published.contains_pm1": near / covered if covered else 0.0,
            "published.day_guesses": day_guesses,
            "published.day_wrong": day_wrong / day_guesses if day_guesses else 0.0,
            "published.day_wrong_by_2plus": day_far / day_guesses if day_guesses else 0.0}
