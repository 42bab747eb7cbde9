"""OGC API – Features (Part 1, core + GeoJSON) for the event layer, so that QGIS and other GIS
clients open it as a layer: /ogc, /ogc/conformance, /ogc/collections, /ogc/collections/events
and /ogc/collections/events/items?bbox=&datetime=a/b&limit=&offset=."""

from __future__ import annotations

from typing import Callable

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import Response

from ..store import api_queries as aq
from .listing import dumps
from .params import ParamError, parse_bbox, parse_date, parse_int, refuse_unknown

GEOJSON = "application/geo+json"
CONFORMANCE = ["http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
               "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
               "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30"]
MAX_LIMIT = 10000


def _json(obj, media="application/json") -> Response:
    return Response(dumps(obj), media_type=media)


def _datetime(raw: str) -> tuple:
    """'2024-01-01', '2024-01-01/2024-01-31', '../2024-01-31', '2024-01-01T00:00:00Z/..' → (from, to)."""
    def one(part: str):
        part = part.strip()
        if part in ("", ".."):
            return None
        return parse_date("datetime", part[:10] if "T" in part else part)

    if "/" in raw:
        a, _, b = raw.partition("/")
        lo, hi = one(a), one(b)
        if lo and hi and lo > hi:
            raise ParamError("datetime", "the interval ends before it starts")
        return lo, hi
    d = one(raw)
    if d is None:
        raise ParamError("datetime", f"expected a date or an interval a/b, got {raw!r}")
    return d, d


def add_ogc(app: FastAPI, cursor: Callable) -> None:
    def collection(base: str) -> dict:
        return {"id": "events", "title": "crossbearing events", "itemType": "feature",
                "description": "Events extracted from news reports, ACLED-shaped, with cross-outlet corroboration.",
                "crs": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"],
                "extent": {"spatial": {"bbox": [[-180, -90, 180, 90]]}},
                "links": [{"href": f"{base}/ogc/collections/events/items", "rel": "items", "type": GEOJSON,
                           "title": "events"},
                          {"href": f"{base}/ogc/collections/events", "rel": "self", "type": "application/json"}]}

    def base_of(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    @app.get("/ogc", tags=["ogc"], summary="OGC API Features landing page")
    def landing(request: Request) -> Response:
        b = base_of(request)
        return _json({"title": "crossbearing", "description": "OGC API Features for the event layer", "links": [
            {"href": f"{b}/ogc", "rel": "self", "type": "application/json"},
            {"href": f"{b}/openapi.json", "rel": "service-desc", "type": "application/vnd.oai.openapi+json;version=3.0"},
            {"href": f"{b}/docs", "rel": "service-doc", "type": "text/html"},
            {"href": f"{b}/ogc/conformance", "rel": "conformance", "type": "application/json"},
            {"href": f"{b}/ogc/collections", "rel": "data", "type": "application/json"}]})

    @app.get("/ogc/conformance", tags=["ogc"])
    def conformance() -> Response:
        return _json({"conformsTo": CONFORMANCE})

    @app.get("/ogc/collections", tags=["ogc"])
    def collections(request: Request) -> Response:
        b = base_of(request)
        return _json({"collections": [collection(b)],
                      "links": [{"href": f"{b}/ogc/collections", "rel": "self", "type": "application/json"}]})

    @app.get("/ogc/collections/{collection_id}", tags=["ogc"])
    def one_collection(collection_id: str, request: Request) -> Response:
        if collection_id != "events":
            raise HTTPException(404, f"no collection {collection_id!r}; there is 'events'")
        return _json(collection(base_of(request)))

    params_doc = [
        {"name": "bbox", "in": "query", "required": False, "style": "form", "explode": False,
         "schema": {"type": "array", "minItems": 4, "maxItems": 4, "items": {"type": "number"}},
         "description": "minlon,minlat,maxlon,maxlat (CRS84)"},
        {"name": "datetime", "in": "query", "required": False, "schema": {"type": "string"},
         "description": "a date or an interval a/b (either end may be ..)"},
        {"name": "limit", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 100}},
        {"name": "offset", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 0}},
    ]

    @app.get("/ogc/collections/events/items", tags=["ogc"], openapi_extra={"parameters": params_doc},
             summary="event features (GeoJSON), filtered by bbox and datetime, paged by next links")
    def items(request: Request) -> Response:
        qp = request.query_params
        refuse_unknown(qp.keys(), {"bbox", "datetime", "limit", "offset", "f", "token"},
                       "items take bbox, datetime, limit, offset, f")
        if qp.get("f", "json") not in ("json", "geojson"):
            raise ParamError("f", "only json (GeoJSON) is served")
        values: dict = {"has_coords": True}
        if qp.get("bbox"):
            values["bbox"] = parse_bbox("bbox", qp["bbox"])
        if qp.get("datetime"):
            lo, hi = _datetime(qp["datetime"])
            if lo:
                values["date_from"] = lo
            if hi:
                values["date_to"] = hi
        limit = parse_int("limit", qp["limit"], 1, MAX_LIMIT) if qp.get("limit") else 100
        offset = parse_int("offset", qp["offset"], 0) if qp.get("offset") else 0
        q = aq.build(aq.EVENTS, values, "event_id")
        con = cursor()
        try:
            matched = aq.count(con, q)
            rows = aq.offset_page(con, q, limit, offset)
        finally:
            con.close()
        feats = [{"type": "Feature", "id": r["event_id"],
                  "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]}, "properties": r}
                 for r in rows]
        links = [{"href": str(request.url), "rel": "self", "type": GEOJSON}]
        if offset + len(rows) < matched:
            links.append({"href": str(request.url.include_query_params(offset=offset + limit, limit=limit)),
                          "rel": "next", "type": GEOJSON})
        return _json({"type": "FeatureCollection", "numberMatched": matched, "numberReturned": len(feats),
                      "features": feats, "links": links}, GEOJSON)
