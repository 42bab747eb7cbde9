"""Task "geocode": toponym resolution on LGL, TR-News, GeoVirus and GeoWebNews.

Two settings per set, as in the geoparsing literature (Gritta et al., "A Pragmatic Guide to
Geoparsing Evaluation"): with the gold spans given (pure resolution, ``acc161_gold``) and end
to end (our detection, then resolution as ``crossbearing run`` reads the set: each article with
its dateline, headline and outlet as its frame, then each outlet's home learnt from its other
articles in the set and its far-away namesakes moved there, as the link stage does once they are
stored; a gold toponym counts when a detected mention overlaps it and lies within 161 km,
``acc161_e2e``; ``acc161_e2e_alone`` reads each article by itself). Gold toponyms without coordinates
are left out of the accuracies and of detection ``recall`` (GeoWebNews marks 4,008 such spans,
mostly common nouns such as "country", "court", "people"); ``recall_all`` counts them too. An unresolved gold toponym
counts as a miss at 20,038 km (half the Earth's circumference) in the mean and median.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from ..extract.registry import Resources
from ..geo import haversine_km, resolve_mentions
from ..geo.detect import detect
from ..geo.focus import resolve_in_article
from ..geo.mentions import to_place_mention
from ..geo.outlets import settle_at_home
from ..ingest.metadata import outlet_of_url
from ..ingest.text import find_dateline
from ..model import Analysis, Article, PlaceMention
from .registry import EvalContext, task

SETS = ("lgl", "trnews", "geovirus", "gwn")
MISS_KM = 20038.0
ANCHORS = {"lgl": 0.827, "trnews": 0.873, "gwn": 0.941}  # Mordecai3, as published


def _error_km(res, lat, lon) -> float:
    """Distance from the point we report for a mention: its entry, or — for a name the
    gazetteer lacks that the text places somewhere ("Le Bernardin in New York") — the place
    it is ``within``, as ``PlaceMention.place or .within`` everywhere else in crossbearing."""
    e = (res.chosen or res.within) if res is not None else None
    return haversine_km(e.lat, e.lon, lat, lon) if e is not None else MISS_KM


def _mention_error_km(pm: PlaceMention, lat, lon) -> float:
    p = pm.place or pm.within
    return haversine_km(p.lat, p.lon, lat, lon) if p is not None and p.lat is not None else MISS_KM


def evaluate_set(records: list[dict], gaz, nlp, e2e: bool = True) -> dict[str, float]:
    """Metrics for one corpus (records as in ``geo/<set>.jsonl``)."""
    errors: list[float] = []
    t_resolve = 0.0
    n_resolved = 0
    for rec in records:
        tops = rec.get("toponyms", [])
        t0 = time.perf_counter()
        res = resolve_mentions(gaz, rec["text"], [(t["start"], t["end"]) for t in tops])
        t_resolve += time.perf_counter() - t0
        n_resolved += len(tops)
        for t, r in zip(tops, res):
            if t.get("lat") is not None and t.get("lon") is not None:
                errors.append(_error_km(r, t["lat"], t["lon"]))
    out: dict[str, float] = {
        "acc161_gold": sum(e <= 161 for e in errors) / len(errors) if errors else 0.0,
        "median_km_gold": statistics.median(errors) if errors else 0.0,
        "mean_km_gold": statistics.fmean(errors) if errors else 0.0,
        "n_gold": float(len(errors)),
        "mentions_per_s_gold": n_resolved / t_resolve if t_resolve else 0.0,
    }
    if e2e:
        alone = [_read_alone(i, rec, gaz, nlp) for i, rec in enumerate(records)]
        together = settle_at_home(gaz, alone)
        out.update(_score_detected(records, together))
        out["acc161_e2e_alone"] = _score_detected(records, alone)["acc161_e2e"]
    return out


def _read_alone(i: int, rec: dict, gaz, nlp) -> Analysis:
    """One record's place mentions as the pipeline reads the article by itself: detected, then
    resolved with the dateline ingest finds, the headline and the outlet (the page's host) as
    the frame every name is read against. Every detected mention is kept (the extractor's
    choice of which to store is not what is scored here)."""
    text = rec["text"]
    outlet = outlet_of_url(rec.get("url"))
    article = Article(id=f"{i:08d}", text=text, outlet=outlet, url=rec.get("url"), title=rec.get("title"))
    found = detect(nlp(text), gaz)
    pred, _ = resolve_in_article(gaz, text, [(d.start, d.end) for d in found], rec.get("title"), outlet,
                                 find_dateline(text)[0], rec.get("url"))
    return Analysis(article=article, places=[to_place_mention(article, r, gaz) for r in pred])


def _score_detected(records: list[dict], analyses: list[Analysis]) -> dict[str, float]:
    """End-to-end accuracy, detection recall and precision of the mentions in ``analyses``."""
    hits = recall_hits = recall_geo_hits = n_gold = n_coord = n_detected = n_detected_true = 0
    for rec, an in zip(records, analyses):
        tops = rec.get("toponyms", [])
        pred = an.places
        n_gold += len(tops)
        n_detected += len(pred)
        n_detected_true += sum(any(p.span.start < t["end"] and t["start"] < p.span.end for t in tops) for p in pred)
        for t in tops:
            overlap = [p for p in pred if p.span.start < t["end"] and t["start"] < p.span.end]
            recall_hits += bool(overlap)
            if t.get("lat") is None or t.get("lon") is None:
                continue
            n_coord += 1
            recall_geo_hits += bool(overlap)
            if overlap and _mention_error_km(overlap[0], t["lat"], t["lon"]) <= 161:
                hits += 1
    return {
        "acc161_e2e": hits / n_coord if n_coord else 0.0,
        "recall": recall_geo_hits / n_coord if n_coord else 0.0,
        "recall_all": recall_hits / n_gold if n_gold else 0.0,
        "precision": n_detected_true / n_detected if n_detected else 0.0,
    }


@task("geocode", help="Toponym resolution (accuracy@161 km, gold spans and end to end) on LGL, TR-News, GeoVirus, GWN.")
def geocode_task(ctx: EvalContext) -> dict[str, Any]:
    from rich.table import Table

    resources = Resources(ctx.settings)
    gaz = resources.get("gazetteer")
    nlp = resources.get("nlp")
    metrics: dict[str, Any] = {}
    table = Table("set", "acc@161 gold", "acc@161 e2e", "recall", "precision", "median km", "mean km", "n",
                  "Mordecai3", title="geocode (accuracy within 161 km)")
    for name in SETS:
        records = list(ctx.records("geo", f"{name}.jsonl"))
        m = evaluate_set(records, gaz, nlp)
        metrics.update({f"{name}.{k}": v for k, v in m.items()})
        anchor = ANCHORS.get(name)
        table.add_row(name, f"{m['acc161_gold']:.3f}", f"{m['acc161_e2e']:.3f}", f"{m['recall']:.3f}",
                      f"{m['precision']:.3f}", f"{m['median_km_gold']:.1f}", f"{m['mean_km_gold']:.0f}",
                      str(int(m["n_gold"])), f"{anchor:.3f}" if anchor else "—")
    metrics["_table"] = table
    return metrics
