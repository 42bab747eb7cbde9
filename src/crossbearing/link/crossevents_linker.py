"""Linker: cross-events (table ``cross_events``) for the stories whose members changed."""

from __future__ import annotations

import json

from ..model import to_dict
from ..store import linkstate as ls
from . import linker
from .crossevents import cross_events_for
from .reuse_linker import stored_reuse


@linker("cross_events", order=30)
def link_cross_events(store, settings) -> dict[str, int]:
    stories = ls.pending_members(store)
    rows, merged = [], 0
    for sid, members in stories.items():
        analyses = [a for a in (store.analysis(aid) for aid in members) if a is not None]
        reuses = stored_reuse(store, members) if len(members) > 1 else []
        for ce in cross_events_for(analyses, reuses, sid):
            merged += ce.n_outlets > 1
            rows.append((ce.id, sid, ce.n_outlets, ce.n_origins, ce.n_claimants,
                         json.dumps(to_dict(ce), ensure_ascii=False)))
    with store.transaction():
        ls.replace_cross_events(store, stories, rows)
    return {"cross_events": store.count("cross_events"), "redone": len(rows), "multi_outlet": merged}
