"""Read queries for the overview and detail endpoints (the list endpoints' SQL is in
``store.api_queries``)."""

from __future__ import annotations

import json
from typing import Optional


def article_detail(store, article_id: str) -> Optional[dict]:
    """The stored analysis of the article with exactly this id."""
    rows = store.query("SELECT data FROM analyses WHERE article_id = ?", [article_id])
    return json.loads(rows[0]["data"]) if rows else None


def stats(store) -> dict[str, int]:
    return {t: store.count(t) for t in ("articles", "events", "stories", "cross_events", "places", "quantities",
                                        "claims")}


def timeline(store) -> list[dict]:
    rows = store.query("SELECT event_date AS day, count(*) AS n FROM events WHERE event_date IS NOT NULL "
                       "AND NOT coalesce(aggregate, false) GROUP BY 1 ORDER BY 1")
    return [{"day": r["day"].isoformat(), "n": r["n"]} for r in rows]
