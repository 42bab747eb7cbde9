"""SQL of the outlet-home linker (``link.outlet_homes``): each article's region as extracted,
the outlets' stored homes, and the mentions saved when an article's towns were moved home."""

from __future__ import annotations

import json
from typing import Iterable


def article_regions(store) -> list[tuple[str, str, str, str]]:
    """(article id, outlet, country, admin1) of every dated article with a placed event: the
    region of its first placed event as extracted (before any move home)."""
    return store.con.execute("""
        WITH firsts AS (
            SELECT article_id, arg_min(country, idx) AS country, arg_min(admin1, idx) AS admin1
            FROM events WHERE admin1 IS NOT NULL AND country IS NOT NULL GROUP BY article_id)
        SELECT a.id, a.outlet, coalesce(s.country, f.country), coalesce(s.admin1, f.admin1)
        FROM firsts f JOIN (SELECT id, outlet FROM articles WHERE published IS NOT NULL) a ON a.id = f.article_id
        LEFT JOIN placed_at_home s ON s.article_id = f.article_id
        -- (a page placed only by its headline read at home says nothing of where the outlet is)
        WHERE s.article_id IS NULL OR s.admin1 IS NOT NULL
        ORDER BY a.id""").fetchall()


def stored_homes(store) -> dict[str, tuple[str, str]]:
    return {o: (c, a) for o, c, a in store.con.execute("SELECT outlet, country, admin1 FROM outlet_homes").fetchall()}


def write_homes(store, homes: dict[str, tuple[str, str]]) -> None:
    store.con.execute("DELETE FROM outlet_homes")
    if homes:
        store.con.executemany("INSERT INTO outlet_homes VALUES (?, ?, ?)",
                              [(o, c, a) for o, (c, a) in sorted(homes.items())])


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


def away_from_home(store, outlets: Iterable[str]) -> dict[str, str]:
    """{article id: outlet} of the dated articles of these outlets with an event placed outside
    the outlet's stored home region, or in no region: the ones a move home may concern."""
    outs = sorted(set(outlets))
    if not outs:
        return {}
    return dict(store.con.execute("""
        SELECT DISTINCT e.article_id, a.outlet FROM events e
        JOIN (SELECT id, outlet FROM articles WHERE published IS NOT NULL
              AND outlet IN (SELECT unnest(?::VARCHAR[]))) a
          ON a.id = e.article_id
        JOIN outlet_homes h ON h.outlet = a.outlet
        WHERE e.admin1 IS NULL OR e.country IS NULL OR e.country <> h.country OR e.admin1 <> h.admin1
        ORDER BY 1""", [outs]).fetchall())


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
