"""The FastAPI application: JSON endpoints under /api, the web UI at /, OpenAPI at /docs.

The app opens an in-memory DuckDB, attaches the store read-only as ``src`` and builds the
API's tables there (``store.api_queries.prepare``). List requests each take their own cursor
on that database (DuckDB runs them side by side); the detail views share one connection."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from ..store import Store
from ..store import api_queries as aq
from . import queries
from .docs import add_docs
from .listing import add_list_routes, json_response
from .params import ParamError
from .security import LOOPBACK_HOSTS, Guard

WEB = Path(__file__).resolve().parents[1] / "web" / "static"


@lru_cache(maxsize=1)
def basemap() -> dict:
    """Country outlines from countryinfo: an offline base map (no tile server is reachable)."""
    import countryinfo

    features = []
    for country in countryinfo.all_countries():
        try:
            gj = country.geo_json()
        except Exception:  # noqa: BLE001 - a country without an outline is simply left out
            continue
        features.extend(gj.get("features", []))
    return {"type": "FeatureCollection", "features": features}


def _countries() -> list[tuple[str, str, Optional[int]]]:
    from ..geo.countries import country_names
    from ..store.export import iso_numeric

    return [(code.upper(), name, iso_numeric(code)) for code, name in country_names().items()]


def open_api_store(db: str) -> Store:
    """An in-memory store with ``db`` attached read-only as ``src`` (the default schema) and the
    API's tables built."""
    from ..link.align import _VIOLENT_TYPES

    store = Store(":memory:")
    store.con.execute(f"ATTACH '{db.replace(chr(39), chr(39) * 2)}' AS src (READ_ONLY)")
    store.con.execute("USE src")
    aq.prepare(store.con, _countries(), _VIOLENT_TYPES)
    return store


def create_app(db: str, *, token: Optional[str] = None,
               allowed_hosts: Optional[Iterable[str]] = LOOPBACK_HOSTS,
               refresh: Optional[float] = None) -> FastAPI:
    """``allowed_hosts``: Host header names served (None or "*" serves any); ``token``: when set,
    every request but static assets and the docs needs ``Authorization: Bearer`` or ``?token=``;
    ``refresh``: seconds between checks for a changed database (None = the ``serve_refresh``
    setting, 0 = never). The app serves a snapshot of ``db`` (``api.snapshot``), so a `run` can
    write to ``db`` while it answers."""
    from ..settings import Settings
    from .snapshot import Snapshots

    if not Path(db).exists():
        raise FileNotFoundError(f"no database at {db}: run `crossbearing run PATH --db {db}` first")
    snaps = Snapshots(db, open_api_store)
    refresh = Settings.load().serve_refresh if refresh is None else refresh
    lock = threading.Lock()  # the detail views share the store's one connection

    class _Current:  # the closures below read the store of the newest snapshot
        def __getattr__(self, name):
            return getattr(snaps.store, name)

    store = _Current()
    app = FastAPI(title="crossbearing", description="Evidence-backed conflict events across outlets. Lists take "
                  "filters as query parameters, `sort`, `limit` and an `after` cursor (the `next` link), and "
                  "`_facet` counts; their .csv / .ndjson / .json / .geojson twins stream the whole result.",
                  version="0.2.0", docs_url=None, redoc_url=None)

    def locked(fn, *args, **kwargs):
        with lock:
            return fn(store, *args, **kwargs)

    def cursor():
        return store.con.cursor()

    @app.exception_handler(ParamError)
    async def bad_param(request: Request, exc: ParamError) -> JSONResponse:
        return JSONResponse({"detail": exc.message, "parameter": exc.param}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        err = (exc.errors() or [{}])[0]
        param = str(err.get("loc", ["", "?"])[-1])
        return JSONResponse({"detail": f"{param}: {err.get('msg', 'invalid')}", "parameter": param}, status_code=400)

    @app.get("/api/stats", tags=["overview"])
    def get_stats() -> dict:
        return locked(queries.stats)

    @app.get("/api/timeline", tags=["overview"])
    def get_timeline() -> list[dict]:
        return locked(queries.timeline)

    for resource in aq.RESOURCES.values():
        add_list_routes(app, resource, cursor)

    @app.get("/api/events/deleted", tags=["events"])
    def get_deleted(since: Optional[str] = None) -> Response:
        """Ids of events deleted (merged into another or re-linked away), after ``since`` (UTC
        YYYY-MM-DDTHH:MM:SS) when given: with ``/api/events?updated_since=`` a client keeps a copy in sync."""
        from .params import parse_time

        when = parse_time("since", since) if since else None
        con = cursor()
        try:
            rows = aq.deleted(con, when)
        finally:
            con.close()
        return json_response({"total": len(rows), "rows": rows})

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(event_id: str) -> Response:
        con = cursor()
        try:
            row = aq.one(con, aq.EVENTS, event_id)
        finally:
            con.close()
        if row is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return json_response(row)

    def detail(table: str, what: str, given: str, view) -> Response:
        """One record by its id or a unique prefix of it, as ``view`` renders it; else 404."""
        with lock:
            full = aq.resolve_id(store.con, table, given)
            found = view(store, full) if full else None
        if found is None:
            raise HTTPException(404, f"no single {what} matches {given!r}")
        return json_response(found)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(article_id: str) -> Response:
        return detail("articles", "article", article_id, queries.article_detail)

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def get_story(story_id: str) -> Response:
        from ..link.views import story_view

        return detail("stories", "story", story_id, story_view)

    @app.get("/api/basemap.geojson", tags=["overview"])
    def get_basemap() -> dict:
        return basemap()

    from .acled import add_acled

    add_acled(app, cursor)
    from .ogc import add_ogc

    add_ogc(app, cursor)
    add_docs(app)
    from ..web.server import TileCSP, add_web, tile_origin, tile_url

    add_web(app, cursor, detail)  # the web UI's pages and view endpoints

    import xstatic.pkg.leaflet as leaflet

    app.mount("/static/leaflet", StaticFiles(directory=leaflet.BASE_DIR), name="leaflet")
    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html")

    app.add_middleware(Guard, hosts=allowed_hosts, token=token)
    if tile_url():  # CROSSBEARING_TILES: the page may load that server's tiles
        app.add_middleware(TileCSP, origin=tile_origin(tile_url()))
    app.state.store = store
    app.state.snapshots = snaps
    if refresh:
        snaps.watch(refresh)
    return app

