"""Linker: the merged events (table ``merged_events``) of the stories that changed, last.

Each is compared with what was stored: new ids are created, changed ones updated, vanished
ones logged in ``deleted_events`` (for clients that sync with ``updated_since``). Clearing the
pending stories is the last step, so a run cut short redoes them next time.
"""

from __future__ import annotations

from ..export.merged import merge_story_chunks
from ..store import linkstate as ls
from ..store import merged as stored
from . import linker


@linker("events", order=40)
def link_events(store, settings) -> dict[str, int]:
    stories = ls.pending_members(store)
    scope = set(stories) | set(ls.pending(store))
    with store.transaction():  # chunk by chunk: a full link of a large store never holds every row
        counts = stored.write_chunks(store, scope, merge_story_chunks(store, stories), stored.utc_now())
        ls.clear_pending(store)
    return {"events": store.count("merged_events"), **counts}
