"""The store writes a batch in bulk (one columnar insert per table); the rows must be exactly
those binding every row one by one (``executemany``, the write path before) stores."""

from __future__ import annotations

import pytest

from crossbearing.model import (Analysis, Article, Claim, Event, Mention, Place, PlaceMention, Quantity, Span,
                                TimeRef)
from crossbearing.store import Store
from crossbearing.store.duck import _Rows

TABLES = ["articles", "analyses", "spans", "mentions", "places", "times", "quantities", "claims", "events"]


def _by_rows(store: Store, analyses: list[Analysis]) -> None:
    """The reference: each row bound on its own, as the store wrote before it wrote in bulk."""
    rows = _Rows()
    for a in analyses:
        rows.add(a)
    with store.transaction():
        for table, values in rows.tables():
            if values:
                marks = ", ".join("?" * len(values[0]))
                store.con.executemany(f"INSERT INTO {table} VALUES ({marks})", values)


def _tables(store: Store) -> dict[str, list[tuple]]:
    out = {}
    for t in TABLES:
        cols = [c for c, _ in store._column_types(t) if c != "ingested_at"]
        out[t] = store.con.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY rowid").fetchall()
    return out


def _edge_cases() -> list[Analysis]:
    """Values that exercise every column type and cast: datetimes and dates as strings into DATE
    columns, ints into DOUBLE, floats into INTEGER, None, unicode, a NUL, quotes, empty lists."""
    text = "Sept. 3 — «Five» killed, 2.5 km from Goma; ‘at least 7’ hurt.\x00 O'Brien said.\n\nMore."
    aid = "e1"
    sp = lambda s, e: Span(aid, s, e, text[s:e])  # noqa: E731
    art = Article(id=aid, text=text, outlet="Outlet “Ö”", url="https://x/y?a=1&b='2'", title="T; DROP", byline=None,
                  published="2024-02-29T23:59:00", published_end="2024-03-01", published_precision="day",
                  published_source="meta", published_evidence=[sp(0, 7)], dateline_place="Goma",
                  source_path="/in/ä.jsonl")
    goma = Place(geonameid=216281, name="Goma", country="CD", admin1="North Kivu", lat=-1.67, lon=29, feature_code="PPLA")
    pm = PlaceMention(sp(38, 42), "Goma", goma, confidence=1, geo_precision=1, kind="place", reason="gazetteer")
    bare = PlaceMention(sp(0, 4), "Sept", None, confidence=0.25, reason=None)
    q = Quantity(sp(10, 24), "killed", 5, 5.0, 5, subject="people", vague=False, number_span=sp(11, 15), aggregate=False)
    q2 = Quantity(sp(46, 57), "injured", 7, None, 7.9, vague=True, number_span=None, aggregate=True)
    claim = Claim(sp(64, 80), claimant="O'Brien", claimant_kind="person", claimant_span=sp(64, 71), cue="said",
                  cue_span=sp(72, 76), hedges=["at least", "reportedly"], hedge_spans=[sp(46, 54)], quote=sp(10, 16))
    t = TimeRef(sp(0, 7), "2024-09-03", "2024-09-03", "day")
    ev = Event(id="ev-e1-0", article_id=aid, event_type="Violence against civilians", sub_event_type="Attack",
               disorder_type="Political violence", actor1="Unidentified Armed Group", place=pm, time=t,
               time_precision=1, fatalities=q, injured=q2, claims=[claim], confidence=0.875, trigger=sp(17, 23),
               evidence=[sp(10, 24)], civilian_targeting=True, latitude=-1.67, longitude=29, geo_precision=1)
    ev2 = Event(id="ev-e1-1", article_id=aid, place=PlaceMention(sp(0, 4), "Sept", None, within=goma),
                fatalities=Quantity(sp(10, 24), "killed", None, 2.7, None))
    an = Analysis(article=art, sentences=[sp(0, 62)])
    an.mentions = [Mention(sp(38, 42), "GPE", "Q1"), Mention(sp(64, 71), "PERSON")]
    an.places, an.times, an.quantities, an.claims, an.events = [pm, bare], [t], [q, q2], [claim], [ev, ev2]
    an.errors = ["places: boom"]
    empty = Analysis(article=Article(id="e2", text="", published=None))
    return [an, empty]


def _compare(analyses: list[Analysis]) -> dict[str, list[tuple]]:
    bulk, rows = Store(":memory:"), Store(":memory:")
    assert bulk.write_analyses(analyses) == len(analyses)
    _by_rows(rows, analyses)
    got, want = _tables(bulk), _tables(rows)
    for t in TABLES:
        assert got[t] == want[t], t
    return got


def test_bulk_write_stores_the_rows_executemany_stores():
    got = _compare(_edge_cases())
    assert {t: len(v) for t, v in got.items()} == {"articles": 2, "analyses": 2, "spans": 16, "mentions": 2,
                                                  "places": 2, "times": 1, "quantities": 2, "claims": 1, "events": 2}
    assert got["articles"][0][5].isoformat() == "2024-02-29"  # a datetime string cast to DATE, as before


@pytest.mark.shared
def test_bulk_write_of_real_analyses(seed_analyses):
    got = _compare(list(seed_analyses.values()))
    assert all(got[t] for t in ("spans", "mentions", "places", "events"))


def test_replace_table_in_bulk():
    s = Store(":memory:")
    s.replace_table("stories", ["id", "n_articles", "first_seen"], [("S-1", 2, "2024-01-02"), ("S-2", None, None)])
    assert s.query("SELECT id, n_articles, title FROM stories ORDER BY id") == [
        {"id": "S-1", "n_articles": 2, "title": None}, {"id": "S-2", "n_articles": None, "title": None}]
    s.replace_table("stories", ["id"], [])
    assert s.count("stories") == 0
