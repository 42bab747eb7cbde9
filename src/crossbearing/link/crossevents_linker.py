"""Linker: cross-events per story (table ``cross_events``)."""

from __future__ import annotations

import json

from ..model import to_dict
from . import linker
from .crossevents import cross_events_for
from .reuse_linker import stored_reuse


@linker("cross_events", order=30)
def link_cross_events(store, settings) -> dict[str, int]:
    stories: dict[str, list[str]] = {}
    for r in store.query("SELECT story_id, article_id FROM story_articles ORDER BY story_id, article_id"):
        stories.setdefault(r["story_id"], []).append(r["article_id"])
    rows, merged = [], 0
    for sid, members in stories.items():
        analyses = [a for a in (store.analysis(aid) for aid in members) if a is not None]
        reuses = stored_reuse(store, members) if len(members) > 1 else []
        for ce in cross_events_for(analyses, reuses, sid):
            merged += ce.n_outlets > 1
            rows.append((ce.id, sid, ce.n_outlets, ce.n_origins, ce.n_claimants,
                         json.dumps(to_dict(ce), ensure_ascii=False)))
    store.replace_table("cross_events", ["id", "story_id", "n_outlets", "n_origins", "n_claimants", "data"], rows)
    return {"cross_events": len(rows), "multi_outlet": merged}
