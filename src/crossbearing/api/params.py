"""Query-string parsing for the list endpoints: every parameter typed and checked, unknown
ones refused, errors as 400s that name the parameter."""

from __future__ import annotations

import base64
import json
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Optional

from ..store.api_queries import BBOX, BOOL, DATE, FLOAT, INT, STR, TIME, Filter, Resource

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
MAX_INT = 2**31 - 1
MAX_STR = 1000
# Parameters every endpoint accepts: the access token is checked by the middleware.
ALWAYS = ("token",)


class ParamError(ValueError):
    """A bad query parameter: answered with 400 and a message naming it."""

    def __init__(self, param: str, message: str):
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message


NO_NAME = "(no name)"  # how a 400 names a parameter sent without a name ("?=1", "?&=x")


def refuse_unknown(given, allowed, takes: str) -> None:
    """A 400 naming the first parameter of ``given`` (names) not in ``allowed``; ``takes`` says
    what the endpoint does take."""
    unknown = sorted(set(given) - set(allowed))
    if not unknown:
        return
    if "" in unknown:
        raise ParamError(NO_NAME, f"a parameter without a name (a query string like '?=value'); {takes}")
    raise ParamError(unknown[0], f"unknown parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; {takes}")


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT = re.compile(r"^[+-]?\d{1,12}$")
_TRUE, _FALSE = {"true", "1", "yes"}, {"false", "0", "no"}


def parse_date(name: str, raw: str) -> date:
    if not _DATE.match(raw):
        raise ParamError(name, f"expected a date YYYY-MM-DD, got {raw!r}")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ParamError(name, f"not a calendar date: {raw!r}") from None


def parse_time(name: str, raw: str) -> datetime:
    """An ISO date or date-time in UTC (``2024-05-01``, ``2024-05-01T12:00:00``, ``…Z``)."""
    try:
        v = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ParamError(name, f"expected a UTC time YYYY-MM-DDTHH:MM:SS (or a date), got {raw!r}") from None
    if v.tzinfo is not None:
        v = v.astimezone(timezone.utc).replace(tzinfo=None)
    return v


def parse_int(name: str, raw: str, minimum: Optional[float] = None, maximum: int = MAX_INT) -> int:
    if not _INT.match(raw.strip()):
        raise ParamError(name, f"expected a whole number, got {raw!r}")
    v = int(raw)
    if minimum is not None and v < minimum:
        raise ParamError(name, f"must be at least {minimum:g}, got {v}")
    if v > maximum:
        raise ParamError(name, f"must be at most {maximum}, got {v}")
    return v


def parse_float(name: str, raw: str) -> float:
    try:
        v = float(raw)
    except ValueError:
        raise ParamError(name, f"expected a number, got {raw!r}") from None
    if not math.isfinite(v):
        raise ParamError(name, f"expected a finite number, got {raw!r}")
    return v


def parse_bool(name: str, raw: str) -> bool:
    low = raw.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ParamError(name, f"expected true or false, got {raw!r}")


def parse_bbox(name: str, raw: str) -> tuple[float, float, float, float]:
    parts = raw.split(",")
    if len(parts) != 4:
        raise ParamError(name, f"expected minlon,minlat,maxlon,maxlat (four numbers), got {raw!r}")
    minlon, minlat, maxlon, maxlat = (parse_float(name, p.strip()) for p in parts)
    if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180):
        raise ParamError(name, "longitudes must lie in -180..180")
    if not (-90 <= minlat <= 90 and -90 <= maxlat <= 90):
        raise ParamError(name, "latitudes must lie in -90..90")
    if minlat > maxlat:
        raise ParamError(name, "minlat is greater than maxlat")
    return minlon, minlat, maxlon, maxlat


def parse_str(name: str, raw: str) -> str:
    if len(raw) > MAX_STR:
        raise ParamError(name, f"longer than {MAX_STR} characters")
    if "\x00" in raw:
        raise ParamError(name, "contains a NUL character")
    return raw


def parse_value(f: Filter, raw: str) -> Any:
    kind = f.kind
    if kind == DATE:
        v = parse_date(f.name, raw)
    elif kind == TIME:
        v = parse_time(f.name, raw)
    elif kind == INT:
        v = parse_int(f.name, raw, f.minimum)
    elif kind == FLOAT:
        v = parse_float(f.name, raw)
    elif kind == BOOL:
        v = parse_bool(f.name, raw)
    elif kind == BBOX:
        v = parse_bbox(f.name, raw)
    else:
        v = parse_str(f.name, raw)
    if f.choices and v not in f.choices:
        raise ParamError(f.name, f"expected one of {', '.join(f.choices)}, got {raw!r}")
    return v


# --- cursors -------------------------------------------------------------------------------
def _jsonable(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, (str, int, float)) or v is None:
        return v
    return str(v)


def encode_cursor(sort: str, after: tuple) -> str:
    raw = json.dumps([sort, _jsonable(after[0]), _jsonable(after[1])], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(raw: str, sort: str) -> tuple:
    try:
        data = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode())
    except (ValueError, UnicodeDecodeError):
        raise ParamError("after", "not a cursor from this API (take it from a response's `next`)") from None
    if not (isinstance(data, list) and len(data) == 3 and isinstance(data[0], str)
            and (data[1] is None or isinstance(data[1], (str, int, float))) and isinstance(data[2], (str, int))):
        raise ParamError("after", "not a cursor from this API (take it from a response's `next`)")
    if data[0] != sort:
        raise ParamError("after", f"this cursor pages sort={data[0]}, not sort={sort}")
    return data[1], data[2]


# --- a whole list request ------------------------------------------------------------------
@dataclass
class ListRequest:
    values: dict[str, Any]
    sort: str
    limit: Optional[int]
    after: Optional[tuple]
    facets: list[str]
    facet_size: int


def _single(params, name: str) -> Optional[str]:
    got = params.getlist(name)
    if len(got) > 1:
        raise ParamError(name, "given more than once")
    return got[0] if got and got[0] != "" else None


def parse_list(resource: Resource, params, paged: bool = True) -> ListRequest:
    """``params``: a Starlette QueryParams (or anything with getlist/keys). ``paged``: the JSON page
    endpoint (limit, after, _facet); the streaming twins take filters, sort and an optional limit."""
    common = ["sort", "limit"] + (["after", "_facet", "_facet_size"] if paged else [])
    allowed = set(resource.filters) | set(common) | set(ALWAYS)
    refuse_unknown(params.keys(), allowed, f"{resource.name} take: {', '.join(sorted(allowed - set(ALWAYS)))}")
    values: dict[str, Any] = {}
    for name, f in resource.filters.items():
        raws = [r for r in params.getlist(name) if r != ""]
        if not raws:
            continue
        if f.multi:
            values[name] = [parse_value(f, r) for r in raws]
        else:
            if len(raws) > 1:
                raise ParamError(name, "given more than once")
            values[name] = parse_value(f, raws[0])
    sort = _single(params, "sort") or resource.default_sort
    if sort.lstrip("-") not in resource.sorts or sort.count("-") > 1 or sort.startswith("--"):
        raise ParamError("sort", f"cannot sort {resource.name} by {sort!r}; choose one of "
                                 f"{', '.join(sorted(resource.sorts))} (prefix - for descending)")
    raw_limit = _single(params, "limit")
    if paged:
        limit = DEFAULT_LIMIT if raw_limit is None else parse_int("limit", raw_limit, 1, MAX_LIMIT)
    else:
        limit = None if raw_limit is None else parse_int("limit", raw_limit, 1, MAX_INT)
    after = None
    facets: list[str] = []
    facet_size = 100
    if paged:
        raw_after = _single(params, "after")
        after = decode_cursor(raw_after, sort) if raw_after else None
        facets = [f for f in params.getlist("_facet") if f]
        for f in facets:
            if f not in resource.facets:
                raise ParamError("_facet", f"cannot count {resource.name} by {f!r}; choose from "
                                           f"{', '.join(resource.facets) or 'nothing'}")
        raw_size = _single(params, "_facet_size")
        facet_size = 100 if raw_size is None else parse_int("_facet_size", raw_size, 1, 10000)
    return ListRequest(values, sort, limit, after, list(dict.fromkeys(facets)), facet_size)


def openapi_parameters(resource: Resource, paged: bool = True) -> list[dict]:
    """The OpenAPI description of what ``parse_list`` accepts."""
    types = {DATE: {"type": "string", "format": "date"}, TIME: {"type": "string", "format": "date-time"}, INT: {"type": "integer"}, FLOAT: {"type": "number"},
             BOOL: {"type": "boolean"}, BBOX: {"type": "string", "pattern": r"^[-+0-9.eE]+(,[-+0-9.eE]+){3}$"},
             STR: {"type": "string"}}
    out = []
    for f in resource.filters.values():
        schema = dict(types[f.kind])
        if f.minimum is not None:
            schema["minimum"] = f.minimum
        if f.choices:
            schema["enum"] = list(f.choices)
        if f.multi:
            schema = {"type": "array", "items": schema}
        out.append({"name": f.name, "in": "query", "required": False, "description": f.help, "schema": schema,
                    **({"explode": True} if f.multi else {})})
    sorts = sorted(resource.sorts)
    out.append({"name": "sort", "in": "query", "required": False,
                "description": f"order (prefix - for descending); default {resource.default_sort}",
                "schema": {"type": "string", "enum": sorts + ["-" + s for s in sorts]}})
    if paged:
        out += [
            {"name": "limit", "in": "query", "required": False, "description": "rows per page",
             "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT}},
            {"name": "after", "in": "query", "required": False,
             "description": "cursor: the `next` link of the previous page carries it", "schema": {"type": "string"}},
        ]
        if resource.facets:
            out += [{"name": "_facet", "in": "query", "required": False, "explode": True,
                     "description": "count the filtered rows by these fields",
                     "schema": {"type": "array", "items": {"type": "string", "enum": list(resource.facets)}}},
                    {"name": "_facet_size", "in": "query", "required": False,
                     "description": "most values per facet", "schema": {"type": "integer", "minimum": 1,
                                                                         "maximum": 10000, "default": 100}}]
    else:
        out.append({"name": "limit", "in": "query", "required": False,
                    "description": "stop after this many rows (default: all)",
                    "schema": {"type": "integer", "minimum": 1, "maximum": MAX_INT}})
    return out
