"""Plain-data views the CLI and the Python API share: merged events as records (filtered),
and what each span of an article resolved to (place with coordinates, normalised date,
figure)."""

from __future__ import annotations

from typing import Iterator, Optional

from .filters import EventFilter
from .merged import merged_events


def event_records(store, filters: Optional[EventFilter] = None, *, story: Optional[str] = None,
                  article: Optional[str] = None, include_all: bool = False) -> tuple[list[dict], dict[str, int]]:
    """Merged-event rows passing ``filters`` (of one story / article when given) and what was
    left out, by reason. Aggregates and planned events are left out unless ``include_all``."""
    filters = filters or EventFilter()
    rows, left = [], {}
    for m in merged_events(store):
        if story and m.row.get("story_id") != story:
            continue
        if article and article not in (m.row.get("article_ids") or "").split(";"):
            continue
        if m.kind != "event" and not include_all:
            key = "aggregates" if m.kind == "aggregate" else "planned events"
            left[key] = left.get(key, 0) + 1
            continue
        rows.append(m.row)
    kept, why = filters.split(rows)
    for k, n in why.items():
        left[k] = left.get(k, 0) + n
    return kept, left


def resolved_spans(analysis) -> Iterator[dict]:
    """Every place, time and figure of an article with its span and what it resolved to."""
    for p in analysis.places:
        pl = p.place
        yield {"kind": "place", "start": p.span.start, "end": p.span.end, "text": p.span.text,
               "resolved": (f"{pl.name}, {pl.admin1 or '-'}, {pl.country or '-'} ({pl.lat:.4f}, {pl.lon:.4f})"
                            if pl and pl.lat is not None and pl.lon is not None else (pl.name if pl else None)),
               "geonameid": pl.geonameid if pl else None, "latitude": pl.lat if pl else None,
               "longitude": pl.lon if pl else None, "geo_precision": p.geo_precision}
    for t in analysis.times:
        when = t.start if not t.end or t.end == t.start else f"{t.start}/{t.end}"
        yield {"kind": "time", "start": t.span.start, "end": t.span.end, "text": t.span.text,
               "resolved": f"{when} ({t.precision})" if t.start else None, "date": t.start, "end_date": t.end,
               "precision": t.precision}
    for q in analysis.quantities:
        yield {"kind": "figure", "start": q.span.start, "end": q.span.end, "text": q.span.text,
               "resolved": f"{q.kind} {q.best:g}" if q.best is not None else q.kind, "figure": q.kind,
               "low": q.low, "best": q.best, "high": q.high}
