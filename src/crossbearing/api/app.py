"""The FastAPI application: JSON endpoints under /api, the web UI at /, OpenAPI at /docs."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from ..store import Store
from . import queries

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


def create_app(db: str) -> FastAPI:
    if not Path(db).exists():
        raise FileNotFoundError(f"no database at {db}: run `crossbearing run PATH --db {db}` first")
    store = Store(db, read_only=True)
    lock = threading.Lock()  # one DuckDB connection, used by one request at a time
    app = FastAPI(title="crossbearing", description="Evidence-backed conflict events across outlets.",
                  version="0.1.0")

    def locked(fn, *args, **kwargs):
        with lock:
            return fn(store, *args, **kwargs)

    @app.get("/api/stats")
    def get_stats() -> dict:
        return locked(queries.stats)

    @app.get("/api/articles")
    def get_articles(limit: int = Query(100, le=1000), offset: int = 0, outlet: Optional[str] = None) -> list[dict]:
        return locked(queries.list_articles, limit, offset, outlet)

    @app.get("/api/articles/{article_id}")
    def get_article(article_id: str) -> dict:
        detail = locked(queries.article_detail, article_id)
        if detail is None:
            raise HTTPException(404, f"no single article matches {article_id!r}")
        return detail

    @app.get("/api/events")
    def get_events(event_type: Optional[str] = None, country: Optional[str] = None,
                   date_from: Optional[str] = None, date_to: Optional[str] = None,
                   corroborated_min: int = 0, include_aggregates: bool = False,
                   limit: int = Query(500, le=10000), offset: int = 0) -> list[dict]:
        return locked(queries.list_events, event_type=event_type, country=country, date_from=date_from,
                      date_to=date_to, corroborated_min=corroborated_min, include_aggregates=include_aggregates,
                      limit=limit, offset=offset)

    @app.get("/api/events.geojson")
    def get_events_geojson(corroborated_min: int = 0) -> JSONResponse:
        events = locked(queries.list_events, corroborated_min=corroborated_min, limit=10000)
        feats = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [e["longitude"], e["latitude"]]},
                  "properties": e} for e in events if e["latitude"] is not None and e["longitude"] is not None]
        return JSONResponse({"type": "FeatureCollection", "features": feats}, media_type="application/geo+json")

    @app.get("/api/timeline")
    def get_timeline() -> list[dict]:
        return locked(queries.timeline)

    @app.get("/api/stories")
    def get_stories(limit: int = Query(50, le=1000), min_outlets: int = 1) -> list[dict]:
        from ..link.views import list_stories

        return [{k: queries._plain(v) for k, v in r.items()} for r in locked(list_stories, limit, min_outlets)]

    @app.get("/api/stories/{story_id}")
    def get_story(story_id: str) -> dict:
        from ..link.views import story_view

        view = locked(story_view, story_id)
        if view is None:
            raise HTTPException(404, f"no single story matches {story_id!r}")
        view["story"] = {k: queries._plain(v) for k, v in view["story"].items()}
        view["articles"] = [{k: queries._plain(v) for k, v in a.items()} for a in view["articles"]]
        return view

    @app.get("/api/basemap.geojson")
    def get_basemap() -> dict:
        return basemap()

    import xstatic.pkg.leaflet as leaflet

    app.mount("/static/leaflet", StaticFiles(directory=leaflet.BASE_DIR), name="leaflet")
    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html")

    app.state.store = store
    return app
