"""SQL of the outlet-home linker (``link.outlet_homes``): each article's region as extracted,
the outlets' stored homes, and the mentions saved when an article's towns were moved home."""

from __future__ import annotations

import json
from typing import Iterable

from ..geo.outlets import TOWN_KINDS


def article_regions(store) -> list[tuple[str, str, str, str]]:
    """(article id, outlet, country, admin1) of every dated article placed in a region: the
    region of its first placed event as extracted (before any move home), else of its first
    town or county mention (``geo.outlets.article_region`` is the same rule in Python)."""
    return store.con.execute(_ARTICLE_REGIONS + " ORDER BY a.id", [list(TOWN_KINDS)]).fetchall()


def region_leaders(store) -> list[tuple[str, str, str, int, int, int]]:
    """(outlet, country, admin1, articles there, articles in the runner-up region, all placed
    articles) of each outlet's leading region in ``article_regions``, ranked in the database:
    what the homes are learnt from (``geo.outlets.homes_of_leaders``), one row per outlet rather
    than one per stored article. A tie for the lead has no home, so which region leads it is
    immaterial."""
    return store.con.execute(f"""
        WITH counts AS (
            SELECT outlet, country, admin1, count(*) AS n FROM ({_ARTICLE_REGIONS})
            WHERE outlet <> '' AND country <> '' AND admin1 <> '' GROUP BY ALL),
        ranked AS (
            SELECT *, row_number() OVER (PARTITION BY outlet ORDER BY n DESC, country, admin1) AS rank,
                   sum(n) OVER (PARTITION BY outlet) AS total FROM counts)
        SELECT outlet, max(country) FILTER (rank = 1), max(admin1) FILTER (rank = 1), max(n) FILTER (rank = 1),
               coalesce(max(n) FILTER (rank = 2), 0), max(total)::BIGINT
        FROM ranked WHERE rank <= 2 GROUP BY outlet ORDER BY outlet""", [list(TOWN_KINDS)]).fetchall()


_ARTICLE_REGIONS = ("""
        WITH first_events AS (
            SELECT article_id, arg_min(country, idx) AS country, arg_min(admin1, idx) AS admin1
            FROM events WHERE admin1 IS NOT NULL AND country IS NOT NULL GROUP BY article_id),
        first_towns AS (
            SELECT article_id, arg_min(country, idx) AS country, arg_min(admin1, idx) AS admin1
            FROM places WHERE admin1 IS NOT NULL AND country IS NOT NULL
              AND kind IN (SELECT unnest(?::VARCHAR[])) GROUP BY article_id),
        firsts AS (
            -- (an event row holds both its country and admin1, so the event's pair wins whole)
            SELECT coalesce(e.article_id, t.article_id) AS article_id, coalesce(e.country, t.country) AS country,
                   coalesce(e.admin1, t.admin1) AS admin1
            FROM first_events e FULL OUTER JOIN first_towns t ON t.article_id = e.article_id)
        SELECT a.id, a.outlet, coalesce(s.country, f.country) AS country, coalesce(s.admin1, f.admin1) AS admin1
        FROM firsts f JOIN (SELECT id, outlet FROM articles WHERE published IS NOT NULL) a ON a.id = f.article_id
        LEFT JOIN placed_at_home s ON s.article_id = f.article_id
        -- (a page placed only by its headline read at home says nothing of where the outlet is)
        WHERE s.article_id IS NULL OR s.admin1 IS NOT NULL""")


def stored_homes(store) -> dict[str, tuple[str, str, bool]]:
    """{outlet: (country, admin1, settled)} as last linked."""
    return {o: (c, a, s) for o, c, a, s in store.con.execute(
        "SELECT outlet, country, admin1, settled FROM outlet_homes").fetchall()}


def write_homes(store, homes: dict[str, tuple[str, str, bool]], outlets: Iterable[str]) -> None:
    """Store the homes of ``outlets`` (the ones that changed; an outlet not in ``homes`` has none
    now), in one statement each way: a feed of many outlets changes a few per batch."""
    outlets = sorted(set(outlets))
    if not outlets:
        return
    store.con.execute("DELETE FROM outlet_homes WHERE outlet IN (SELECT unnest(?::VARCHAR[]))", [outlets])
    rows = [(o, *homes[o]) for o in outlets if o in homes]
    if rows:
        store.insert_rows("outlet_homes", rows, ["outlet", "country", "admin1", "settled"])


def saved_ids(store) -> set[str]:
    """The articles whose places were moved home."""
    return {r[0] for r in store.con.execute("SELECT article_id FROM placed_at_home").fetchall()}


def saved(store, article_ids: Iterable[str]) -> dict[str, tuple[dict, str]]:
    """{article id: (its mentions as extracted, the digest of its moved mentions)} of these."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    return {aid: (json.loads(data), digest) for aid, data, digest in store.con.execute(
        "SELECT article_id, original, digest FROM placed_at_home WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [ids]).fetchall()}


def save(store, rows: Iterable[tuple[str, dict, str, str, str]]) -> None:
    """Rows of (article id, mentions as extracted, country, admin1, digest), replacing any."""
    rows = [(aid, json.dumps(orig, ensure_ascii=False, sort_keys=True), c, a, d) for aid, orig, c, a, d in rows]
    if rows:
        store.con.executemany("INSERT OR REPLACE INTO placed_at_home VALUES (?, ?, ?, ?, ?)", rows)


def drop(store, article_ids: Iterable[str]) -> None:
    ids = sorted(set(article_ids))
    if ids:
        store.con.execute("DELETE FROM placed_at_home WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])


def outlets_of(store, article_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(article_ids))
    return dict(store.con.execute("SELECT id, outlet FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                  [ids]).fetchall())


def away_from_home(store, outlets: Iterable[str] = (), article_ids: Iterable[str] = ()) -> dict[str, str]:
    """{article id: outlet} of the dated articles of these outlets, and of these articles, with an
    event placed outside the outlet's stored home region or in no region, or a town or county
    mention outside it: the ones a move home may concern."""
    outs, ids = sorted(set(outlets)), sorted(set(article_ids))
    if not outs and not ids:
        return {}
    return dict(store.con.execute("""
        WITH home_articles AS (
            SELECT a.id, a.outlet, h.country, h.admin1 FROM articles a JOIN outlet_homes h ON h.outlet = a.outlet
            WHERE a.published IS NOT NULL AND (a.outlet IN (SELECT unnest(?::VARCHAR[]))
                                               OR a.id IN (SELECT unnest(?::VARCHAR[]))))
        SELECT e.article_id, a.outlet FROM events e JOIN home_articles a ON a.id = e.article_id
        WHERE e.admin1 IS NULL OR e.country IS NULL OR e.country <> a.country OR e.admin1 <> a.admin1
        UNION
        SELECT p.article_id, a.outlet FROM places p JOIN home_articles a ON a.id = p.article_id
        WHERE p.kind IN (SELECT unnest(?::VARCHAR[])) AND p.admin1 IS NOT NULL AND p.country IS NOT NULL
          AND (p.country <> a.country OR p.admin1 <> a.admin1)
        ORDER BY 1""", [outs, ids, list(TOWN_KINDS)]).fetchall())


def linked(store, article_ids: Iterable[str]) -> list[str]:
    ids = sorted(set(article_ids))
    return [r[0] for r in store.con.execute(
        "SELECT article_id FROM link_articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()]


def unlinked(store) -> dict[str, str]:
    """{article id: outlet} of the articles the link stage has not placed yet, or whose text was
    stored again since."""
    return dict(store.con.execute(
        "SELECT id, outlet FROM articles WHERE id NOT IN (SELECT article_id FROM link_articles) "
        "OR id IN (SELECT article_id FROM link_articles WHERE stale) ORDER BY 1").fetchall())
