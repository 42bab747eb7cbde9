"""Read queries shared by the REST API and the web UI (plain dicts, ACLED-shaped events)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Optional

from ..store.export import acled_record


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def list_articles(store, limit: int = 100, offset: int = 0, outlet: Optional[str] = None) -> list[dict]:
    sql = ("SELECT id, outlet, url, title, published, published_end, published_precision, published_source, "
           "substr(text, 1, 200) AS lead FROM articles WHERE (? IS NULL OR outlet = ?) "
           "ORDER BY published NULLS LAST, id LIMIT ? OFFSET ?")
    return [{k: _plain(v) for k, v in r.items()} for r in store.query(sql, [outlet, outlet, limit, offset])]


def article_detail(store, article_id: str) -> Optional[dict]:
    article = store.find_article(article_id)
    if article is None:
        return None
    rows = store.query("SELECT data FROM analyses WHERE article_id = ?", [article.id])
    return json.loads(rows[0]["data"])


def _origins(store) -> dict[str, dict]:
    """event id → the corroboration of the cross-event it belongs to."""
    out: dict[str, dict] = {}
    for r in store.query("SELECT id, n_outlets, n_origins, n_claimants, data FROM cross_events"):
        data = json.loads(r["data"])
        for eid in data.get("event_ids", []):
            out[eid] = {"cross_event": r["id"], "n_outlets": r["n_outlets"], "n_origins": r["n_origins"],
                        "n_claimants": r["n_claimants"], "story_id": data.get("story_id")}
    return out


def list_events(store, *, event_type: Optional[str] = None, country: Optional[str] = None,
                date_from: Optional[str] = None, date_to: Optional[str] = None, corroborated_min: int = 0,
                include_aggregates: bool = False, limit: int = 500, offset: int = 0) -> list[dict]:
    sql = ("SELECT e.*, a.outlet FROM events e JOIN articles a ON a.id = e.article_id "
           "WHERE (? IS NULL OR e.event_type = ?) AND (? IS NULL OR e.country = ?) "
           "AND (? IS NULL OR e.event_date >= CAST(? AS DATE)) AND (? IS NULL OR e.event_date <= CAST(? AS DATE)) "
           "AND (? OR NOT coalesce(e.aggregate, false)) ORDER BY e.event_date NULLS LAST, e.id")
    rows = store.query(sql, [event_type, event_type, country, country, date_from, date_from, date_to, date_to,
                             include_aggregates])
    origins = _origins(store)
    out = []
    for r in rows:
        corr = origins.get(r["id"], {"n_outlets": 1, "n_origins": 1, "n_claimants": None, "cross_event": None,
                                     "story_id": None})
        if corr["n_origins"] < corroborated_min:
            continue
        rec = acled_record(r)
        rec.update({"article_id": r["article_id"], "planned": r["planned"], "aggregate": r["aggregate"],
                    "claimant": r["claimant"], "confidence": r["confidence"], "plover_type": r["plover_type"],
                    "plover_mode": r["plover_mode"], **corr})
        out.append({k: _plain(v) for k, v in rec.items()})
    return out[offset: offset + limit]


def stats(store) -> dict[str, int]:
    return {t: store.count(t) for t in ("articles", "events", "stories", "cross_events", "places", "quantities",
                                        "claims")}


def timeline(store) -> list[dict]:
    rows = store.query("SELECT event_date AS day, count(*) AS n FROM events WHERE event_date IS NOT NULL "
                       "AND NOT coalesce(aggregate, false) GROUP BY 1 ORDER BY 1")
    return [{"day": _plain(r["day"]), "n": r["n"]} for r in rows]
