"""What the web UI needs from the app beyond the list API: its pages (one HTML shell that the
script fills in), compact map points and timeline counts for the whole filtered view (the list
endpoints page at 1,000 rows), one cross-event's evidence, the per-country offline base map, the
ACLED-shaped CSV of a view, and where tiles come from.

Every filter here is the events list's own (``api.params.parse_list`` with the events resource),
so a view's URL means the same thing to the page, the map, the timeline and each download."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, Response, StreamingResponse

STATIC = Path(__file__).resolve().parent / "static"
MAX_POINTS = 20000
TILES_ENV = "CROSSBEARING_TILES"  # e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png


def tile_url() -> str:
    """The tile URL template, when one is configured and is plain http(s); else ''."""
    url = os.environ.get(TILES_ENV, "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or not re.fullmatch(r"[\w.\-:\[\]{}]+", parts.netloc):
        return ""
    return url


def tile_origin(url: str) -> str:
    """The CSP source for a tile template: scheme and host, with {s} subdomains as a wildcard."""
    parts = urlsplit(url)
    host = re.sub(r"^\{s\}\.", "*.", parts.netloc)
    return f"{parts.scheme}://{host}"


class TileCSP:
    """ASGI middleware: lets the page load images from the configured tile server (the app's
    Content-Security-Policy otherwise allows images from itself only)."""

    def __init__(self, app, origin: str):
        self.app = app
        self.origin = origin.encode()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def patched(message):
            if message["type"] == "http.response.start":
                headers = []
                for k, v in message.get("headers", []):
                    if k.lower() == b"content-security-policy":
                        v = v.replace(b"img-src 'self'", b"img-src 'self' " + self.origin, 1)
                    headers.append((k, v))
                message = {**message, "headers": headers}
            await send(message)

        return await self.app(scope, receive, patched)


def _rows(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def add_web(app: FastAPI, cursor: Callable, detail: Callable) -> None:
    """``cursor()``: a DuckDB connection of the API's database for one request; ``detail(table,
    what, given, view)``: the app's one-record helper (id or unique prefix → 404 otherwise)."""
    from ..api.listing import json_response
    from ..api.params import parse_list
    from ..store import api_queries as aq
    from . import basemap

    ev = aq.EVENTS

    def col(name: str, fallback: str = "NULL") -> str:
        """A column of the events relation, or a stand-in where this version of it has none."""
        return name if name in ev.columns else fallback

    def view_query(request: Request, drop: tuple[str, ...] = ()):
        params = request.query_params
        lr = parse_list(ev, params, paged=False)
        values = {k: v for k, v in lr.values.items() if k not in drop}
        return aq.build(ev, values, lr.sort), lr

    @app.get("/api/ui/points", tags=["web ui"],
             summary="compact map points of the filtered events: [event_id, lat, lon, event_type, fatalities, "
                     "geo_precision, country code] (at most 20,000, highest fatalities first)")
    def points(request: Request) -> Response:
        q, lr = view_query(request)
        cap = min(lr.limit or MAX_POINTS, MAX_POINTS)
        point = (f"json_array({ev.key}, latitude, longitude, {col('event_type')}, {col('fatalities', '0')}, "
                 f"{col('geo_precision')}, {col('country_code', col('iso'))})")
        order = f"{col('fatalities', '0')} DESC NULLS LAST, {ev.key}"
        con = cursor()
        try:
            total = con.execute(f"SELECT count(*) FROM {ev.relation} t{q.where_sql('latitude IS NOT NULL')}",
                                q.params).fetchone()[0]
            # DuckDB writes the JSON of up to 20,000 points (a third of the time Python's json takes)
            count, points = con.execute(
                f"WITH k AS (SELECT rowid AS _r, row_number() OVER (ORDER BY {order}) AS _o FROM {ev.relation} t"
                f"{q.where_sql('latitude IS NOT NULL AND longitude IS NOT NULL')} ORDER BY {order} LIMIT ?) "
                f"SELECT count(*), coalesce(string_agg({point}::VARCHAR, ',' ORDER BY _o), '') "
                f"FROM k JOIN {ev.relation} t ON t.rowid = k._r", q.params + [cap]).fetchone()
        finally:
            con.close()
        head = json.dumps({"total": total, "count": count,
                           "columns": ["id", "lat", "lon", "type", "fatalities", "precision", "cc"]})
        return Response(head[:-1] + ', "points": [' + points + "]}", media_type="application/json")

    @app.get("/api/ui/timeline", tags=["web ui"],
             summary="events per (event_date, time_precision, event_type) under the view's filters; the view's "
                     "own date range is left out so the brush can widen it again")
    def timeline(request: Request) -> Response:
        q, _ = view_query(request, drop=("date_from", "date_to"))
        con = cursor()
        try:
            rows = con.execute(
                f"SELECT coalesce(string_agg(json_array(day, precision, type, n)::VARCHAR, ',' "
                f"ORDER BY day, precision, type), '') FROM ("
                f"SELECT event_date AS day, coalesce({col('time_precision', '1')}, 1) AS precision, "
                f"{col('event_type')} AS type, "
                f"count(*) AS n FROM {ev.relation} t{q.where_sql('event_date IS NOT NULL')} "
                f"GROUP BY ALL)", q.params).fetchone()[0]
            undated = con.execute(f"SELECT count(*) FROM {ev.relation} t{q.where_sql('event_date IS NULL')}",
                                  q.params).fetchone()[0]
        finally:
            con.close()
        head = json.dumps({"undated": undated, "columns": ["day", "precision", "type", "n"]})
        return Response(head[:-1] + ', "rows": [' + rows + "]}", media_type="application/json")

    @app.get("/api/events.acled.csv", tags=["events"], response_class=StreamingResponse,
             summary="the filtered events in ACLED's exact columns and order (as /api/acled/read), streamed",
             responses={200: {"content": {"text/csv": {}}}})
    def acled_csv(request: Request) -> StreamingResponse:
        from ..api import acled
        from ..api.listing import csv_chunks

        q, lr = view_query(request)
        sql = (f"SELECT {acled._select()} FROM {ev.relation} t{q.where_sql()}{q.order_sql()}"
               + (" LIMIT ?" if lr.limit else ""))
        params = q.params + ([lr.limit] if lr.limit else [])

        def batches():
            con = cursor()
            try:
                cur = con.execute(sql, params)
                names = [d[0] for d in cur.description]
                while True:
                    rows = cur.fetchmany(2000)
                    if not rows:
                        return
                    yield names, rows
            finally:
                con.close()

        return StreamingResponse(csv_chunks(batches(), list(acled.COLUMNS)), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events_acled.csv"'})

    def cross_event_view(store, ce_id: str):
        rows = store.query("SELECT data FROM cross_events WHERE id = ?", [ce_id])
        return json.loads(rows[0]["data"]) if rows else None

    @app.get("/api/cross_events/{cross_event_id}", tags=["events"],
             summary="one cross-outlet fact: per field, each outlet's value, spans, claimant, hedge and status")
    def get_cross_event(cross_event_id: str) -> Response:
        return detail("cross_events", "cross-event", cross_event_id, cross_event_view)

    @app.get("/api/ui/basemap/{country}.geojson", tags=["web ui"],
             summary="offline base map of one country (ISO alpha-2): province boundaries and labels, main towns")
    def country_basemap(country: str) -> Response:
        if not re.fullmatch(r"[A-Za-z]{2}", country):
            raise HTTPException(404, f"no base map for {country!r} (an ISO alpha-2 code)")
        found = basemap.country_detail(country.upper())
        if found is None:
            raise HTTPException(404, f"no base map for {country!r}")
        return Response(json.dumps(found, separators=(",", ":")), media_type="application/geo+json",
                        headers={"Cache-Control": "max-age=86400"})

    @app.get("/api/ui/config", tags=["web ui"], summary="what the page needs to know: the tile URL, if any")
    def config() -> dict:
        return {"tiles": tile_url() or None,
                "tiles_attribution": os.environ.get("CROSSBEARING_TILES_ATTRIBUTION", "") if tile_url() else ""}

    def shell() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    for route in ("/event/{ident}", "/story/{ident}", "/article/{ident}"):
        app.add_api_route(route, lambda ident: shell(), methods=["GET"], include_in_schema=False)
