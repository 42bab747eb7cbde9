"""SQL of the incremental link stage: each article's place in the canonical stream, the story
grouper's checkpoints, the stories waiting to be re-linked, the near-duplicate index and the
pairs already aligned. The linkers (``crossbearing.link``) hold the logic; this module only
reads and writes the tables of migration 4.

The canonical stream is every article ordered by (publication day when first linked, undated
last; then id). It does not depend on the order or the runs in which articles arrived, so
grouping it gives the same stories however the input was split.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from typing import Iterable, Iterator, Optional

UNDATED = 2_147_483_647  # the sort day of an undated article: after every dated one
# Linking reads an article's first this-many characters (the default ``max_article_chars``, all
# extraction reads): a 45 MB page no longer makes story features and passage alignment unbounded.
LINK_TEXT_CHARS = 200_000
_SDAY = f"coalesce(l.day, {UNDATED})"


_RUNS: dict[int, dict] = {}  # id(store) → what a link run read once for its several linkers


@contextmanager
def link_run(store):
    """While the linkers of one ``link_store`` run: the pending stories' members, which every
    later linker reads, are read once and kept until the stories or the pending list change
    (each read scanned ``story_articles``, which grows with the store)."""
    _RUNS[id(store)] = {}
    try:
        yield
    finally:
        _RUNS.pop(id(store), None)


def _forget_run(store) -> None:
    memo = _RUNS.get(id(store))
    if memo is not None:
        memo.clear()


def register_new(store) -> int:
    """Give every article the linker has not seen yet its stream position; returns how many."""
    _forget_run(store)
    before = store.count("link_articles")
    store.con.execute("INSERT INTO link_articles (article_id, day) SELECT a.id, "
                      "CAST(a.published - DATE '0001-01-01' + 1 AS INTEGER) FROM articles a "
                      "WHERE a.id NOT IN (SELECT article_id FROM link_articles)")
    return store.count("link_articles") - before


def unfinished(store) -> bool:
    """Whether the link stage has work left: an article it has not registered, grouped or
    indexed, a stale article or a pending story. True after ``run --no-link`` and after a link
    stage that was interrupted (each linker commits on its own, and the last one clears the
    pending stories), so the next ``run`` can finish it even when it stores nothing new."""
    return bool(store.con.execute(
        "SELECT (SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM link_articles)) "
        "+ (SELECT count(*) FROM link_articles WHERE stale OR NOT minhashed "
        "   OR article_id NOT IN (SELECT article_id FROM story_articles)) "
        "+ (SELECT count(*) FROM link_pending)").fetchone()[0])


def earliest_unlinked(store, also: Iterable[str] = ()) -> Optional[tuple[int, str]]:
    """Stream position (sort day, id) of the first article not yet in any story (or in ``also``)."""
    row = store.con.execute(f"SELECT {_SDAY} AS d, l.article_id FROM link_articles l "
                            "WHERE l.article_id NOT IN (SELECT article_id FROM story_articles) "
                            "OR list_contains(?, l.article_id) ORDER BY d, l.article_id LIMIT 1",
                            [sorted(also)]).fetchone()
    return (row[0], row[1]) if row else None


def checkpoint_before(store, position: tuple[int, str], signature: str) -> Optional[tuple[int, str, int, bytes]]:
    """The latest checkpoint strictly before ``position`` saved with these settings (found
    without its state, then its state read alone: sorting the rows read every state)."""
    row = store.con.execute(
        "SELECT day, article_id, n_articles FROM link_checkpoints WHERE (day, article_id) < (?, ?) "
        "AND settings = ? ORDER BY day DESC, article_id DESC LIMIT 1",
        [position[0], position[1], signature]).fetchone()
    if not row:
        return None
    state = store.con.execute("SELECT state FROM link_checkpoints WHERE day = ? AND article_id = ? AND settings = ? "
                              "LIMIT 1", [row[0], row[1], signature]).fetchone()[0]
    return (row[0], row[1], row[2], bytes(state))


def drop_checkpoints_after(store, position: Optional[tuple[int, str]]) -> None:
    """Checkpoints after ``position`` (all when None) describe a stream that changed."""
    if position is None:
        store.con.execute("DELETE FROM link_checkpoints")
    else:
        store.con.execute("DELETE FROM link_checkpoints WHERE (day, article_id) > (?, ?)", list(position))


def save_checkpoint(store, position: tuple[int, str], n_articles: int, signature: str, state: bytes) -> None:
    store.con.execute("INSERT INTO link_checkpoints VALUES (?, ?, ?, ?, ?)",
                      [position[0], position[1], n_articles, signature, state])


def thin_checkpoints(store, keep_first_gap: int = 256) -> None:
    """Keep the newest checkpoint and older ones spaced at doubling distances (256, 512, …
    articles back), so a late article replays about as much as it is late, and the table stays
    at a few dozen rows."""
    rows = store.con.execute("SELECT day, article_id, n_articles FROM link_checkpoints "
                             "ORDER BY n_articles DESC").fetchall()
    drop, last, gap = [], None, keep_first_gap
    for day, aid, n in rows:
        if last is None or last - n >= gap:
            if last is not None:
                gap *= 2
            last = n
        else:
            drop.append((day, aid))
    for day, aid in drop:
        store.con.execute("DELETE FROM link_checkpoints WHERE day = ? AND article_id = ?", [day, aid])


def checkpoint_positions(store) -> list[int]:
    """How many articles each kept checkpoint had grouped."""
    return [r[0] for r in store.con.execute("SELECT n_articles FROM link_checkpoints").fetchall()]


def count_after(store, position: Optional[tuple[int, str]]) -> int:
    where, params = _after(position)
    return store.con.execute(f"SELECT count(*) FROM link_articles l{where}", params).fetchone()[0]


def _after(position: Optional[tuple[int, str]]) -> tuple[str, list]:
    if position is None:
        return "", []
    return f" WHERE ({_SDAY}, l.article_id) > (?, ?)", [position[0], position[1]]


def stream_after(store, position: Optional[tuple[int, str]], batch: int = 512) -> Iterator[tuple]:
    """(id, outlet, title, first-linked date or None, text, sort day) of every article after
    ``position`` in stream order. Read a page at a time (keyset pages, so the caller may write
    to the store between rows, inside its transaction): a page's ids come from ``link_articles``
    alone, then only those articles are read (joining first would read every later text)."""
    while True:
        where, params = _after(position)
        page = store.con.execute(f"SELECT l.article_id, l.day, {_SDAY} AS sday FROM link_articles l{where} "
                                 "ORDER BY sday, l.article_id LIMIT ?", params + [batch]).fetchall()
        if not page:
            return
        found = {r[0]: r[1:] for r in by_rowid(store, "articles", "id", [r[0] for r in page],
                                               f"id, outlet, title, substr(text, 1, {LINK_TEXT_CHARS})")}
        for aid, day, sday in page:
            if aid in found:
                outlet, title, text = found[aid]
                yield aid, outlet, title, (date.fromordinal(day) if day else None), text, sday
        if len(page) < batch:
            return
        position = (page[-1][2], page[-1][0])


def place_keys_after(store, position: Optional[tuple[int, str]]) -> dict[str, list[str]]:
    """Resolved, sub-national places (``p:<geonameid>``) of the articles after ``position``, and
    the names every resolved place is written with (``q:<surface>``: not terms, they tell the
    story grouper which capitalised names are places)."""
    where, params = _after(position)
    out: dict[str, list[str]] = {}
    rows = store.con.execute(
        f"SELECT p.article_id, p.geonameid, p.surface, p.kind FROM link_articles l JOIN places p ON p.article_id = l.article_id"
        f"{where}{' AND' if where else ' WHERE'} p.geonameid IS NOT NULL "
        "ORDER BY p.article_id, p.idx", params).fetchall()
    for aid, gid, surface, kind in rows:
        keys = out.setdefault(aid, [])
        if (kind or "") not in ("country", "demonym", "continent", "region"):
            keys.append(f"p:{gid}")
        name = f"q:{surface.lower()}" if surface else None
        if name and name not in keys:
            keys.append(name)
    return out


_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def incident_rows_after(store, position: Optional[tuple[int, str]]) -> list[tuple]:
    """(article id, location, admin1, country, event date, fatalities, injured, admin2, geo
    precision) of every specific violent event placed at a town, a county or a region (geo
    precision 1 to 3) and dated to the day or to a night either side of it (time precision 1 or
    2: "overnight"), of the dated articles after ``position`` (undated articles are left out:
    the story-dates linker redates their events later). ``incident_keys`` keys a region's
    events by their toll only."""
    where, params = _after(position)
    return store.con.execute(
        f"SELECT e.article_id, e.location, e.admin1, e.country, e.event_date, e.fatalities, e.injured, e.admin2, "
        f"e.geo_precision FROM link_articles l "
        f"JOIN events e ON e.article_id = l.article_id{where}{' AND' if where else ' WHERE'} l.day IS NOT NULL "
        "AND e.event_date IS NOT NULL AND e.time_precision <= 2 AND e.geo_precision <= 3 AND e.location IS NOT NULL "
        "AND NOT coalesce(e.aggregate, false) AND NOT coalesce(e.planned, false) "
        f"AND e.event_type IN ({', '.join('?' * len(_VIOLENT_TYPES))}) ORDER BY e.article_id, e.idx",
        params + list(_VIOLENT_TYPES)).fetchall()


def _ids(store, name: str, ids: Iterable[str]) -> str:
    """A temporary one-column table of ids to join with (a list parameter, not one row per
    insert, and a hash join rather than a list search: both stay fast at 100,000 ids)."""
    store.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT DISTINCT unnest(?::VARCHAR[]) AS id",
                      [sorted(set(ids))])
    return name


def by_rowid(store, table: str, key: str, ids: Iterable[str], columns: str) -> list[tuple]:
    """``columns`` of the rows of ``table`` whose ``key`` is one of ``ids``: their row ids first
    (a scan of the key column only), then the rows by row id. A filter or a join on the key
    reads every row's other columns too: the whole text or JSON column, which grows with the
    store (a fresh process reading 356 texts of a 100,000-article store: 0.35 CPU-s joined on
    the id, 0.01 s by row id; 1,125 analyses: a scan of the JSON column, 9 CPU-s, against 1.5 s
    by row id, whose cost is the compressed blocks those rows are in)."""
    t = _ids(store, "tmp_by_rowid", ids)
    rowids = [r[0] for r in store.con.execute(
        f"SELECT rowid FROM {table} WHERE {key} IN (SELECT id FROM {t})").fetchall()]
    if not rowids:
        return []
    return store.con.execute(f"SELECT {columns} FROM {table} WHERE rowid IN (SELECT unnest(?::BIGINT[]))",
                             [rowids]).fetchall()


def analyses_json(store, article_ids: list[str]) -> list[tuple[str, str]]:
    """(id, analysis JSON) of these articles (read by row id: the rows a batch touches are
    mostly recent ones, stored together at the end)."""
    return by_rowid(store, "analyses", "article_id", article_ids, "article_id, data")


def stories_of(store, article_ids: list[str]) -> dict[str, str]:
    t = _ids(store, "tmp_articles", article_ids)
    return dict(store.con.execute(f"SELECT article_id, story_id FROM story_articles JOIN {t} ON id = article_id"
                                  ).fetchall())


def members(store, story_ids: Iterable[str]) -> dict[str, set[str]]:
    t = _ids(store, "tmp_stories", story_ids)
    out: dict[str, set[str]] = {}
    for sid, aid in store.con.execute(f"SELECT story_id, article_id FROM story_articles JOIN {t} ON id = story_id"
                                      ).fetchall():
        out.setdefault(sid, set()).add(aid)
    return out


def members_around(store, article_ids: Iterable[str], story_ids: Iterable[str]) -> dict[str, set[str]]:
    """{story: its articles} of the stories these articles are in and of ``story_ids``, in one
    statement (``stories_of`` then ``members`` read the table twice)."""
    a = _ids(store, "tmp_articles", article_ids)
    t = _ids(store, "tmp_stories", story_ids)
    out: dict[str, set[str]] = {}
    for sid, aid in store.con.execute(
            f"SELECT story_id, article_id FROM story_articles WHERE story_id IN (SELECT story_id FROM story_articles "
            f"WHERE article_id IN (SELECT id FROM {a}) UNION ALL SELECT id FROM {t})").fetchall():
        out.setdefault(sid, set()).add(aid)
    return out


def reassign(store, assignment: dict[str, str]) -> None:
    """Write the stories of the replayed articles (replacing what they were in)."""
    _forget_run(store)
    t = _ids(store, "tmp_articles", assignment)
    store.con.execute(f"DELETE FROM story_articles WHERE article_id IN (SELECT id FROM {t})")
    store.con.execute("INSERT INTO story_articles SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[])",
                      [list(assignment.values()), list(assignment)])


def rebuild_story_rows(store, story_ids: Iterable[str], members: Optional[dict[str, set[str]]] = None) -> None:
    """The ``stories`` rows of these stories from their members: title of the first article in
    stream order (else its first line), first and last day as first linked, counts. The
    members' articles are read by row id (a join on the id read every article's text).
    ``members``: {story: its articles} as ``story_articles`` now holds them, when the caller
    knows them (then that table is not read)."""
    t = _ids(store, "tmp_stories", story_ids)
    store.con.execute(f"DELETE FROM stories WHERE id IN (SELECT id FROM {t})")
    if members is None:
        pairs = f"(SELECT story_id, article_id FROM story_articles WHERE story_id IN (SELECT id FROM {t}))"
    else:
        wanted = set(story_ids)
        sids, aids = [], []
        for sid, ms in members.items():
            if sid in wanted:
                sids += [sid] * len(ms)
                aids += sorted(ms)
        store.con.execute("CREATE OR REPLACE TEMP TABLE tmp_members AS SELECT unnest(?::VARCHAR[]) AS story_id, "
                          "unnest(?::VARCHAR[]) AS article_id", [sids, aids])
        pairs = "tmp_members"
    rowids = [r[0] for r in store.con.execute(
        f"SELECT rowid FROM articles WHERE id IN (SELECT article_id FROM {pairs})").fetchall()]
    store.con.execute(
        f"""INSERT INTO stories
        SELECT sa.story_id,
               arg_min(coalesce(nullif(a.title, ''), trim(split_part(substr(a.text, 1, 120), chr(10), 1))),
                       ({_SDAY}, l.article_id)),
               DATE '0001-01-01' + CAST(min(l.day) - 1 AS INTEGER),
               DATE '0001-01-01' + CAST(max(l.day) - 1 AS INTEGER),
               count(*), count(DISTINCT coalesce(a.outlet, a.id))
        FROM {pairs} sa
        JOIN (SELECT id, title, text, outlet FROM articles WHERE rowid IN (SELECT unnest(?::BIGINT[]))) a
          ON a.id = sa.article_id
        JOIN link_articles l ON l.article_id = sa.article_id
        GROUP BY sa.story_id""", [rowids])


def mark_stale(store, article_ids: list[str]) -> None:
    """These linked articles were replaced by another copy of their text (other outlet or
    title): the next run places them again, and their reuse records are recomputed."""
    store.con.execute("UPDATE link_articles SET stale = true WHERE list_contains(?, article_id)", [article_ids])
    store.con.execute("DELETE FROM reuse WHERE list_contains(?, a) OR list_contains(?, b)", [article_ids, article_ids])
    store.con.execute("DELETE FROM reuse_none WHERE list_contains(?, a) OR list_contains(?, b)",
                      [article_ids, article_ids])


def refresh_stale(store) -> tuple[Optional[tuple[int, str]], list[str]]:
    """Give the replaced articles their new stream position. Returns the earliest of their old
    positions (the stream changed from there) and their ids."""
    rows = store.con.execute(f"SELECT {_SDAY} AS d, l.article_id FROM link_articles l WHERE stale "
                             "ORDER BY d, l.article_id").fetchall()
    if not rows:
        return None, []
    ids = [r[1] for r in rows]
    store.con.execute("UPDATE link_articles SET stale = false, day = (SELECT CAST(a.published - DATE '0001-01-01' "
                      "+ 1 AS INTEGER) FROM articles a WHERE a.id = link_articles.article_id) "
                      "WHERE list_contains(?, article_id)", [ids])
    return (rows[0][0], rows[0][1]), ids


# --- the stories waiting for the later linkers ---------------------------------------------
def add_pending(store, story_ids: Iterable[str]) -> None:
    _forget_run(store)
    store.con.execute("INSERT INTO link_pending SELECT DISTINCT unnest(?::VARCHAR[]) ON CONFLICT DO NOTHING",
                      [sorted(set(story_ids))])


def pending(store) -> list[str]:
    return [r[0] for r in store.con.execute("SELECT story_id FROM link_pending ORDER BY 1").fetchall()]


def pending_members(store) -> dict[str, list[str]]:
    """{story: its articles by id} for the stories the later linkers are to redo: the pending
    ones that still exist; in a store the incremental linker never ran on (stories written by
    hand or by an older version), every story. Read once per link run (``link_run``)."""
    memo = _RUNS.get(id(store))
    if memo is not None and "pending_members" in memo:
        return {sid: list(ms) for sid, ms in memo["pending_members"].items()}
    linked = store.con.execute("SELECT count(*) FROM link_articles").fetchone()[0]
    where = " WHERE story_id IN (SELECT story_id FROM link_pending)" if linked else ""
    out: dict[str, list[str]] = {}
    for sid, aid in store.con.execute(f"SELECT story_id, article_id FROM story_articles{where} "
                                      "ORDER BY story_id, article_id").fetchall():
        out.setdefault(sid, []).append(aid)
    if memo is not None:
        memo["pending_members"] = {sid: list(ms) for sid, ms in out.items()}
    return out


def in_chunks(stories: dict[str, list[str]], size: int = 2000) -> Iterator[dict[str, list[str]]]:
    """The stories a few thousand at a time (one query per chunk, bounded memory)."""
    items = list(stories.items())
    for i in range(0, len(items), size):
        yield dict(items[i:i + size])


def reuse_data_among(store, article_ids: list[str]) -> list[tuple[str, str, str]]:
    """(a, b, data) of the reuse records between two of these articles."""
    t = _ids(store, "tmp_articles", article_ids)
    return store.con.execute(f"SELECT a, b, data FROM reuse WHERE a IN (SELECT id FROM {t}) "
                             f"AND b IN (SELECT id FROM {t})").fetchall()


def dropped_pending(store) -> list[str]:
    """Pending story ids that no longer exist (their members went to other stories)."""
    return [r[0] for r in store.con.execute("SELECT story_id FROM link_pending WHERE story_id NOT IN "
                                            "(SELECT id FROM stories) ORDER BY 1").fetchall()]


def clear_pending(store) -> None:
    _forget_run(store)
    store.con.execute("DELETE FROM link_pending")


def originally_undated(store, article_ids: list[str]) -> set[str]:
    """Which of these articles had no publication date when first linked (in a store never
    linked incrementally: which have none now)."""
    t = _ids(store, "tmp_undated", article_ids)
    rows = store.con.execute(
        f"SELECT a.id FROM articles a LEFT JOIN link_articles l ON l.article_id = a.id WHERE a.id IN (SELECT id FROM {t}) "
        "AND CASE WHEN l.article_id IS NULL THEN a.published IS NULL ELSE l.day IS NULL END").fetchall()
    return {r[0] for r in rows}


def saved_undated(store, article_ids: list[str]) -> dict[str, str]:
    """The analyses (JSON) of these articles as they were before story dating, where saved."""
    return dict(store.con.execute("SELECT article_id, data FROM analyses_undated WHERE list_contains(?, article_id)",
                                  [article_ids]).fetchall())


def save_undated(store, rows: list[tuple[str, str]]) -> None:
    if rows:
        store.con.executemany("INSERT INTO analyses_undated VALUES (?, ?) ON CONFLICT DO NOTHING", rows)


def forget(store) -> None:
    """Drop every link table (``crossbearing link --full``): the next run links from scratch.
    The stories there were stay pending, so their merged events are compared and kept in sync."""
    _forget_run(store)
    add_pending(store, [r[0] for r in store.con.execute("SELECT id FROM stories").fetchall()])
    # (``placed_at_home`` stays: it holds the places as extracted, which the moves start from)
    for table in ("link_articles", "link_checkpoints", "link_counts", "lsh_bands", "near_dups", "reuse_none", "stories",
                  "story_articles", "reuse", "cross_events", "outlet_homes"):
        store.con.execute(f"DELETE FROM {table}")


# --- near duplicates and text reuse -----------------------------------------------------------
def unbanded(store, batch: int = 512) -> list[tuple[str, str]]:
    """(id, text) of up to ``batch`` linked articles not yet in the near-duplicate index (the
    ids first, then only their texts)."""
    ids = [r[0] for r in store.con.execute("SELECT article_id FROM link_articles WHERE NOT minhashed "
                                           "ORDER BY article_id LIMIT ?", [batch]).fetchall()]
    if not ids:
        return []
    return sorted(by_rowid(store, "articles", "id", ids, f"id, substr(text, 1, {LINK_TEXT_CHARS})"))


def add_bands(store, rows: list[tuple[str, int, int]], max_days: Optional[int] = None) -> int:
    """Index (article id, band, key) rows; record the pairs of articles that now share a band
    key (near duplicates) and were first linked at most ``max_days`` apart (either undated:
    any distance). Returns how many new pairs. With ``max_days``, only the articles dated
    within ``max_days`` of the new ones (or undated) are joined with the index: a text copied
    every year (an outlet's template page) shares band keys with every copy of it, and joining
    them all before the day test grew with the store."""
    if not rows:
        return 0
    ids, bands, keys = (list(x) for x in zip(*rows))
    store.con.execute("CREATE OR REPLACE TEMP TABLE tmp_bands AS SELECT unnest(?::VARCHAR[]) AS article_id, "
                      "unnest(?::INTEGER[]) AS band, unnest(?::BIGINT[]) AS key", [ids, bands, keys])
    store.con.execute("INSERT INTO lsh_bands SELECT band, key, article_id FROM tmp_bands")
    before = store.count("near_dups")
    if max_days is None:
        store.con.execute("INSERT INTO near_dups SELECT DISTINCT least(n.article_id, o.article_id), "
                          "greatest(n.article_id, o.article_id) FROM tmp_bands n JOIN lsh_bands o "
                          "ON o.band = n.band AND o.key = n.key AND o.article_id <> n.article_id ON CONFLICT DO NOTHING")
    else:
        wanted = set(ids)
        # their days: among the articles not banded yet first (a scan of a boolean column)
        days = dict(store.con.execute("SELECT article_id, day FROM link_articles WHERE NOT minhashed AND article_id IN "
                                      "(SELECT DISTINCT article_id FROM tmp_bands)").fetchall())
        if len(days) < len(wanted):
            days = dict(store.con.execute("SELECT article_id, day FROM link_articles WHERE article_id IN "
                                          "(SELECT DISTINCT article_id FROM tmp_bands)").fetchall())
        known = [d for d in days.values() if d is not None]
        near = "link_articles"  # an undated new article is near any other; new ones years apart (a full link): all
        if known and len(known) == len(days) and max(known) - min(known) <= 4 * max_days:
            store.con.execute("CREATE OR REPLACE TEMP TABLE tmp_near AS SELECT article_id, day FROM link_articles "
                              "WHERE day BETWEEN ? AND ? OR day IS NULL", [min(known) - max_days, max(known) + max_days])
            near = "tmp_near"
        store.con.execute("CREATE OR REPLACE TEMP TABLE tmp_band_days AS SELECT unnest(?::VARCHAR[]) AS article_id, "
                          "unnest(?::INTEGER[]) AS day", [list(days), list(days.values())])
        store.con.execute("INSERT INTO near_dups SELECT DISTINCT least(n.article_id, o.article_id), "
                          "greatest(n.article_id, o.article_id) FROM tmp_bands n "
                          "JOIN tmp_band_days ln ON ln.article_id = n.article_id "
                          "JOIN lsh_bands o ON o.band = n.band AND o.key = n.key AND o.article_id <> n.article_id "
                          f"JOIN {near} lo ON lo.article_id = o.article_id "
                          "WHERE ln.day IS NULL OR lo.day IS NULL OR abs(ln.day - lo.day) <= ? ON CONFLICT DO NOTHING",
                          [max_days])
    store.con.execute("UPDATE link_articles SET minhashed = true WHERE article_id IN "
                      "(SELECT DISTINCT article_id FROM tmp_bands)")
    return store.count("near_dups") - before


def near_dups_touching(store, article_ids: Iterable[str]) -> set[tuple[str, str]]:
    t = _ids(store, "tmp_articles", article_ids)
    return set(store.con.execute(f"SELECT a, b FROM near_dups WHERE a IN (SELECT id FROM {t}) "
                                 f"OR b IN (SELECT id FROM {t})").fetchall())


def reuse_pairs_touching(store, article_ids: Iterable[str]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(pairs with a stored reuse record, pairs aligned before without one) touching these articles."""
    t = _ids(store, "tmp_articles", article_ids)
    found = set(store.con.execute(f"SELECT a, b FROM reuse WHERE a IN (SELECT id FROM {t}) "
                                  f"OR b IN (SELECT id FROM {t})").fetchall())
    none = set(store.con.execute(f"SELECT a, b FROM reuse_none WHERE a IN (SELECT id FROM {t}) "
                                 f"OR b IN (SELECT id FROM {t})").fetchall())
    return found, none


def delete_reuse(store, pairs: Iterable[tuple[str, str]]) -> None:
    pairs = sorted(pairs)
    if pairs:
        store.con.execute("DELETE FROM reuse WHERE (a, b) IN (SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]))",
                          [[p[0] for p in pairs], [p[1] for p in pairs]])


def add_reuse(store, rows: list[tuple], none: list[tuple[str, str]]) -> None:
    """Store found reuse rows (a, b, same_outlet, score, data) and the pairs found to share nothing."""
    if rows:
        a, b, same, score, data = (list(x) for x in zip(*rows))
        store.con.execute("INSERT INTO reuse SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::BOOLEAN[]), "
                          "unnest(?::DOUBLE[]), unnest(?::JSON[])", [a, b, same, score, data])
    if none:
        store.con.execute("INSERT INTO reuse_none SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]) "
                          "ON CONFLICT DO NOTHING", [[p[0] for p in none], [p[1] for p in none]])


def texts(store, ids: list[str]) -> dict[str, tuple[str, str]]:
    rows = by_rowid(store, "articles", "id", ids, f"id, substr(text, 1, {LINK_TEXT_CHARS}), outlet")
    return {aid: (text, outlet) for aid, text, outlet in rows}


# --- cross-events -----------------------------------------------------------------------------
def drop_cross_events_of_gone(store) -> None:
    """Delete the cross-events of stories that no longer exist. A story goes away only when the
    stories linker moves all its members elsewhere, and it marks such a story pending: so the
    pending ids that are no longer stories are all there is to look for (an anti-join of every
    cross-event with every story read two id columns that grow with the store). A store the
    incremental linker never ran on is checked whole."""
    if store.con.execute("SELECT count(*) FROM link_articles").fetchone()[0]:
        gone = dropped_pending(store)
        if gone:  # usually none: then the cross-events are not scanned
            t = _ids(store, "tmp_gone", gone)
            store.con.execute(f"DELETE FROM cross_events WHERE story_id IN (SELECT id FROM {t})")
    else:
        store.con.execute("DELETE FROM cross_events WHERE story_id NOT IN (SELECT id FROM stories)")


def replace_cross_events(store, story_ids: Iterable[str], rows: list[tuple]) -> None:
    """Replace the cross-events of these stories."""
    t = _ids(store, "tmp_stories", story_ids)
    store.con.execute(f"DELETE FROM cross_events WHERE story_id IN (SELECT id FROM {t})")
    if rows:
        cols = [list(x) for x in zip(*rows)]
        store.con.execute("INSERT INTO cross_events SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                          "unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::JSON[])", cols)
