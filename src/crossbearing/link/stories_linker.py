"""Linker: group every stored article into stories (tables ``stories``, ``story_articles``)."""

from __future__ import annotations

from . import linker
from .grouping import StoryGrouper


def assign_stories(rows, window_days: int, threshold: float,
                   extra: dict[str, list[str]] | None = None) -> dict[str, str]:
    """{article id: story id} for ``(id, outlet, title, published, text)`` rows in stream
    order; ``extra`` adds per-article keys (resolved places). A story's id is derived from its
    first article's id, so it is stable across runs."""
    g = StoryGrouper(window_days, threshold)
    extra = extra or {}
    tmp = {aid: g.add(aid, text, pub, outlet, title, extra.get(aid, ()))[0] for aid, outlet, title, pub, text in rows}
    first: dict[str, str] = {}
    for aid, sid in tmp.items():
        first.setdefault(sid, aid)
    return {aid: "S-" + first[sid][:10] for aid, sid in tmp.items()}


def _rows(store, batch: int = 512):
    cur = store.con.execute("SELECT id, outlet, title, published, text FROM articles "
                            "ORDER BY published NULLS LAST, id")
    while chunk := cur.fetchmany(batch):
        yield from chunk


@linker("stories", order=10)
def link_stories(store, settings) -> dict[str, int]:
    places: dict[str, list[str]] = {}
    for r in store.query("SELECT article_id, geonameid FROM places WHERE geonameid IS NOT NULL "
                         "AND coalesce(kind, '') NOT IN ('country', 'demonym', 'continent', 'region')"):
        places.setdefault(r["article_id"], []).append(f"p:{r['geonameid']}")
    meta: dict[str, tuple] = {}

    def stream():  # texts are streamed from the cursor, never all held at once
        for aid, outlet, title, pub, text in _rows(store):
            meta[aid] = (outlet, title, pub, text[:120])
            yield aid, outlet, title, pub, text

    assign = assign_stories(stream(), settings.story_window_days, settings.story_threshold, places)
    stories: dict[str, list[str]] = {}
    for aid, sid in assign.items():
        stories.setdefault(sid, []).append(aid)
    story_rows = []
    for sid, members in stories.items():
        dates = [meta[a][2] for a in members if meta[a][2] is not None]
        head = meta[members[0]]
        title = head[1] or head[3].split("\n")[0].strip()
        story_rows.append((sid, title, min(dates) if dates else None, max(dates) if dates else None,
                           len(members), len({meta[a][0] or a for a in members})))
    store.replace_table("stories", ["id", "title", "first_seen", "last_seen", "n_articles", "n_outlets"], story_rows)
    store.replace_table("story_articles", ["story_id", "article_id"], [(s, a) for a, s in assign.items()])
    return {"stories": len(stories), "articles": len(assign)}
