"""SQL of the merged-event table (``merged_events``) and its sync log (``deleted_events``).

The link stage writes one row per real-world event (built by ``export.merged``) for the
stories that changed; a row keeps when it was created and last changed, and an id that goes
away is logged with the time it went, so a client can sync with ``updated_since``.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, Iterable, Optional

from ..export.merged import COLUMNS

STORED_COLUMNS = [*COLUMNS, "plover_type", "plover_mode", "story_id", "kind", "country_code", "cross_event",
                  "report_ids", "reports", "digest", "created_at", "updated_at"]


def _rowids(store, table: str, column: str, keys: list[str]) -> list[int]:
    """Row ids of the rows whose ``column`` is one of ``keys`` (reads that one column only)."""
    return [r[0] for r in store.con.execute(f"SELECT rowid FROM {table} WHERE {column} IN "
                                            "(SELECT unnest(?::VARCHAR[]))", [list(keys)]).fetchall()]


def report_rows(store, article_ids: Optional[list[str]] = None, unlinked: bool = False) -> list[dict]:
    """Per-article events joined with their article's outlet and date: all of them, those of
    ``article_ids``, or (``unlinked``) those no stored merged event holds (a store not linked)."""
    where, params = "", []
    if article_ids is not None:
        # the events by row id (a filter on article_id would decompress every event's JSON), and
        # only these articles (a join read every article's outlet and date)
        return store.query("SELECT e.*, a.outlet, a.published AS article_published FROM "
                           "(SELECT * FROM events WHERE rowid IN (SELECT unnest(?::BIGINT[]))) e "
                           "JOIN (SELECT id, outlet, published FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))) a "
                           "ON a.id = e.article_id ORDER BY e.article_id, e.idx",
                           [_rowids(store, "events", "article_id", article_ids), list(article_ids)])
    if unlinked:
        where = " WHERE e.id NOT IN (SELECT unnest(report_ids) FROM merged_events)"
    return store.query("SELECT e.*, a.outlet, a.published AS article_published FROM events e "
                       f"JOIN articles a ON a.id = e.article_id{where} ORDER BY e.article_id, e.idx", params)


def cross_event_rows(store, story_ids: Optional[Iterable[str]] = None) -> list[dict]:
    where, params = "", []
    if story_ids is not None:
        where, params = " WHERE rowid IN (SELECT unnest(?::BIGINT[]))", [_rowids(store, "cross_events", "story_id",
                                                                               sorted(story_ids))]
    return store.query(f"SELECT id, story_id, n_outlets, n_origins, n_claimants, data FROM cross_events{where} "
                       "ORDER BY id", params)


def _scope(store, story_ids: Iterable[str]) -> tuple[str, list]:
    """The merged events of these stories, of none, and of stories that no longer exist. In a
    store the incremental linker keeps, a story goes away only when the stories linker moves
    its members elsewhere, and it marks it pending: the caller's stories (the pending ones)
    include it, so the stories table is not scanned for it (it grows with the store)."""
    if store.con.execute("SELECT count(*) FROM link_articles").fetchone()[0]:
        return "(list_contains(?, story_id) OR story_id IS NULL)", [sorted(story_ids)]
    return "(list_contains(?, story_id) OR story_id IS NULL OR story_id NOT IN (SELECT id FROM stories))", \
        [sorted(story_ids)]


def digests(store, story_ids: Iterable[str]) -> dict[str, tuple[str, Any]]:
    """{event id: (digest, created_at)} of the stored merged events of these stories (and of
    stories that no longer exist)."""
    cond, params = _scope(store, story_ids)
    rows = store.con.execute(f"SELECT event_id_cnty, digest, created_at FROM merged_events WHERE {cond}",
                             params).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def epoch(t: datetime) -> int:
    """Unix time of a naive UTC timestamp (ACLED's ``timestamp`` column)."""
    return int(t.replace(tzinfo=timezone.utc).timestamp())


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _plain(v):
    return v.isoformat() if hasattr(v, "isoformat") else v


def write(store, story_ids: Iterable[str], rows: list[dict], now: datetime) -> dict[str, int]:
    """Replace the merged events of these stories with ``rows`` (each with ``digest``, ``kind``,
    ``story_id``, ``reports``…): a new id is created now, a changed digest is updated now, an
    unchanged row keeps its times, an id no longer there is logged as deleted now."""
    return write_chunks(store, story_ids, [rows], now)


def write_chunks(store, story_ids: Iterable[str], chunks: Iterable[list[dict]], now: datetime) -> dict[str, int]:
    """``write`` with the rows given chunk by chunk (``export.merged.merge_story_chunks``), each
    written before the next is built: the same table and counts as one ``write`` of all the
    rows, holding only the ids and digests of the stored rows and one chunk's rows at a time."""
    old = digests(store, story_ids)
    new_ids: set[str] = set()
    counts = {"created": 0, "updated": 0, "unchanged": 0, "deleted": 0}
    for rows in chunks:
        values = []
        for r in rows:
            new_ids.add(r["event_id_cnty"])
            before = old.get(r["event_id_cnty"])
            if before is None:
                created, updated, what = now, now, "created"
            elif before[0] != r["digest"]:
                created, updated, what = before[1], now, "updated"
            else:
                counts["unchanged"] += 1
                continue
            counts[what] += 1
            row = {**r, "created_at": created, "updated_at": updated, "timestamp": epoch(updated),
                   "reports": json.dumps(r["reports"], ensure_ascii=False, default=_plain)}
            values.append(tuple(row.get(c) for c in STORED_COLUMNS))
        if not values:
            continue
        store.con.execute("DELETE FROM merged_events WHERE list_contains(?, event_id_cnty)",
                          [sorted(v[0] for v in values)])
        store.insert_rows("merged_events", values, STORED_COLUMNS)  # in bulk: a full link writes 100,000s
    gone = sorted(set(old) - new_ids)
    counts["deleted"] = len(gone)
    if gone:  # one statement each (row by row, the 1,100 ids a late batch replaces took 0.2 CPU-s)
        store.con.execute("DELETE FROM merged_events WHERE list_contains(?, event_id_cnty)", [gone])
        store.con.execute("INSERT INTO deleted_events SELECT unnest(?::VARCHAR[]), ?::TIMESTAMP "
                          "ON CONFLICT (event_id_cnty) DO UPDATE SET deleted_at = excluded.deleted_at", [gone, now])
    if new_ids:
        store.con.execute("DELETE FROM deleted_events WHERE list_contains(?, event_id_cnty)", [sorted(new_ids)])
    return counts


def read(store) -> list[dict]:
    """Every stored merged event (its row, ``kind``, ``story_id`` and ``reports`` parsed)."""
    rows = store.query("SELECT * FROM merged_events ORDER BY event_date NULLS LAST, event_id_cnty")
    for r in rows:
        r["reports"] = json.loads(r["reports"] or "[]")
    return rows


def deleted_since(store, since: Optional[datetime] = None) -> list[dict]:
    """Ids of merged events deleted (after ``since``), oldest first."""
    where, params = ("", []) if since is None else (" WHERE deleted_at > ?", [since])
    return store.query(f"SELECT event_id_cnty, deleted_at FROM deleted_events{where} "
                       "ORDER BY deleted_at, event_id_cnty", params)
