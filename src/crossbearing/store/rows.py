"""Flat, ACLED-shaped rows for events (shared by the store and the exports)."""

from __future__ import annotations

import json

from ..model import Article, Event, to_dict


def _int(q) -> int | None:
    return int(q.best) if q is not None and q.best is not None else None


def event_row(e: Event, idx: int, article: Article) -> tuple:
    pm = e.place
    # an unresolved place inside a known region ("the village of al-Shahabat in Deir ezzor
    # province") keeps its own name as location and takes country/admin1 from the region
    pl = (pm.place or pm.within) if pm else None
    claimant = next((c.claimant for c in e.claims if c.claimant), None)
    location = pm.place.name if pm and pm.place else (pm.surface if pm else None)
    return (e.id, e.article_id, idx, e.time.start if e.time else None, e.time_precision, e.disorder_type,
            e.event_type, e.sub_event_type, e.plover_type, e.plover_mode, e.actor1, e.assoc_actor_1, e.inter1,
            e.actor2, e.assoc_actor_2, e.inter2, e.civilian_targeting, pl.country if pl else None,
            pl.admin1 if pl else None, pl.admin2 if pl else None, location, e.latitude, e.longitude,
            e.geo_precision, _int(e.fatalities), _int(e.injured), e.aggregate, e.planned, e.confidence, claimant,
            e.trigger and _sentence_note(article, e), json.dumps(to_dict(e), ensure_ascii=False))


def _sentence_note(article: Article, e: Event) -> str:
    span = e.evidence[0] if e.evidence else e.trigger
    return span.text if span else ""
