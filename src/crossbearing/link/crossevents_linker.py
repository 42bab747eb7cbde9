"""Linker: cross-events (table ``cross_events``) for the stories whose members changed."""

from __future__ import annotations

import json

from ..model import Reuse, from_dict, to_dict
from ..store import linkstate as ls
from . import linker
from .crossevents import cross_events_for
from .fastload import analyses_for_facts


@linker("cross_events", order=30)
def link_cross_events(store, settings) -> dict[str, int]:
    stories = ls.pending_members(store)
    redone = merged = 0
    # One transaction, written a chunk of stories at a time (a full link of 100,000 articles
    # would otherwise hold every cross-event's JSON in memory until the end).
    with store.transaction():
        ls.drop_cross_events_of_gone(store)
        for chunk in ls.in_chunks(stories):
            ids = [a for members in chunk.values() for a in members]
            found = analyses_for_facts(store, ids)
            story_of = {a: sid for sid, members in chunk.items() for a in members}
            reuse: dict[str, list[Reuse]] = {}
            for a, b, data in ls.reuse_data_among(store, [a for m in chunk.values() if len(m) > 1 for a in m]):
                if story_of[a] == story_of[b]:
                    reuse.setdefault(story_of[a], []).append(from_dict(Reuse, json.loads(data)))
            rows = []
            for sid, members in chunk.items():
                analyses = [found[aid] for aid in members if aid in found]
                for ce in cross_events_for(analyses, reuse.get(sid, []), sid):
                    merged += ce.n_outlets > 1
                    rows.append((ce.id, sid, ce.n_outlets, ce.n_origins, ce.n_claimants,
                                 json.dumps(to_dict(ce), ensure_ascii=False)))
            ls.replace_cross_events(store, chunk, rows)
            redone += len(rows)
    return {"cross_events": store.count("cross_events"), "redone": redone, "multi_outlet": merged}
