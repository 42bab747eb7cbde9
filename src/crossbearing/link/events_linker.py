"""Linker: the merged events (table ``merged_events``) of the stories that changed, last.

Each is compared with what was stored: new ids are created, changed ones updated, vanished
ones logged in ``deleted_events`` (for clients that sync with ``updated_since``). Clearing the
pending stories is the last step, so a run cut short redoes them next time.
"""

from __future__ import annotations

from ..export.merged import merge_stories
from ..store import linkstate as ls
from ..store import merged as stored
from . import linker


@linker("events", order=40)
def link_events(store, settings) -> dict[str, int]:
    stories = ls.pending_members(store)
    scope = set(stories) | set(ls.pending(store))
    rows = merge_stories(store, stories)
    with store.transaction():
        counts = stored.write(store, scope, rows, stored.utc_now())
        ls.clear_pending(store)
    return {"events": store.count("merged_events"), **counts}
