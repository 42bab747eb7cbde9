"""The list endpoints: one JSON page (total, rows, next, facets) and twins that stream the whole
filtered result as .json / .csv / .ndjson / .geojson."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Callable, Iterator, Optional

from fastapi import FastAPI, Request
from fastapi.responses import Response, StreamingResponse

from ..store import api_queries as aq
from .params import encode_cursor, openapi_parameters, parse_list
from .security import csv_safe


def _default(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return str(v)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=_default, allow_nan=False)


def json_response(obj: Any, status: int = 200, media_type: str = "application/json") -> Response:
    return Response(dumps(obj), status_code=status, media_type=media_type)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (date, datetime)):
        return v.isoformat()  # plain ISO dates: no time zone, no shift
    if isinstance(v, (list, tuple)):
        return csv_safe("; ".join("" if x is None else str(x) for x in v))
    if isinstance(v, str):
        return csv_safe(v)
    return str(v)


def csv_chunks(batches: Iterator[tuple[list[str], list[tuple]]], header: list[str]) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    yield buf.getvalue()
    for _, rows in batches:
        buf.seek(0)
        buf.truncate()
        w.writerows([_cell(v) for v in r] for r in rows)
        yield buf.getvalue()


def ndjson_chunks(batches) -> Iterator[str]:
    for names, rows in batches:
        yield "".join(dumps(dict(zip(names, r))) + "\n" for r in rows)


def json_array_chunks(batches) -> Iterator[str]:
    yield "["
    first = True
    for names, rows in batches:
        part = ",\n".join(dumps(dict(zip(names, r))) for r in rows)
        yield part if first else ",\n" + part
        first = False
    yield "]\n"


def geojson_chunks(batches) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for names, rows in batches:
        feats = []
        for r in rows:
            p = dict(zip(names, r))
            if p.get("latitude") is None or p.get("longitude") is None:
                continue
            feats.append(dumps({"type": "Feature", "id": r[0],
                                "geometry": {"type": "Point", "coordinates": [p["longitude"], p["latitude"]]},
                                "properties": p}))
        if feats:
            yield ("" if first else ",\n") + ",\n".join(feats)
            first = False
    yield "]}\n"


FORMATS = {"json": ("application/json", json_array_chunks), "ndjson": ("application/x-ndjson", ndjson_chunks),
           "geojson": ("application/geo+json", geojson_chunks), "csv": ("text/csv; charset=utf-8", None)}


def _capped(batches, limit: Optional[int]):
    left = limit
    for names, rows in batches:
        if left is not None:
            rows = rows[:left]
            left -= len(rows)
        if rows:
            yield names, rows
        if left is not None and left <= 0:
            return


def add_list_routes(app: FastAPI, resource: aq.Resource, cursor: Callable) -> None:
    """GET /api/NAME (a page) and /api/NAME.{json,csv,ndjson[,geojson]} (everything, streamed).
    ``cursor()`` gives a DuckDB connection of the API's database for one request."""
    name = resource.name

    def page(request: Request) -> Response:
        lr = parse_list(resource, request.query_params)
        q = aq.build(resource, lr.values, lr.sort)
        con = cursor()
        try:
            total, rows, nxt = aq.total_and_page(con, q, lr.limit, lr.after)
            counts = aq.facets(con, q, lr.facets, lr.facet_size) if lr.facets else None
        finally:
            con.close()
        body = {"total": total, "count": len(rows), "rows": rows,
                "next": str(request.url.include_query_params(after=encode_cursor(lr.sort, nxt))) if nxt else None}
        if counts is not None:
            body["facets"] = counts
        return json_response(body)

    app.add_api_route(f"/api/{name}", page, methods=["GET"], name=f"list_{name}", tags=[name],
                      summary=f"{name}: filtered, sorted, one page (total, rows, next, facets)",
                      openapi_extra={"parameters": openapi_parameters(resource)})

    for fmt in ["json", "csv", "ndjson"] + (["geojson"] if resource.geo else []):
        _add_export_route(app, resource, cursor, fmt)


def _add_export_route(app: FastAPI, resource: aq.Resource, cursor: Callable, fmt: str) -> None:
    name = resource.name
    media, chunker = FORMATS[fmt]

    def export(request: Request) -> StreamingResponse:
        lr = parse_list(resource, request.query_params, paged=False)
        q = aq.build(resource, lr.values, lr.sort)

        def body():
            con = cursor()
            try:
                batches = _capped(aq.stream(con, q), lr.limit)
                yield from (csv_chunks(batches, list(resource.columns)) if fmt == "csv" else chunker(batches))
            finally:
                con.close()

        headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'} if fmt == "csv" else {}
        return StreamingResponse(body(), media_type=media, headers=headers)

    app.add_api_route(f"/api/{name}.{fmt}", export, methods=["GET"], name=f"export_{name}_{fmt}", tags=[name],
                      summary=f"all filtered {name} as {fmt.upper()}, streamed (no cap)",
                      response_class=StreamingResponse,
                      responses={200: {"content": {media.split(";")[0]: {}}}},
                      openapi_extra={"parameters": openapi_parameters(resource, paged=False)})
