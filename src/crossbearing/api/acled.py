"""An ACLED-compatible read endpoint: ACLED's parameter names, its ``_where`` operators and
``:OR:`` alternatives, its column names and its response envelope, so a script written for
ACLED's API runs against this server with a changed base URL.

    /api/acled/read?country=Syria&event_date=2024-01-01|2024-01-31&event_date_where=BETWEEN&limit=500&page=2
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from fastapi import FastAPI, Request
from fastapi.responses import Response

from ..store import api_queries as aq
from .listing import json_response
from .params import MAX_INT, ParamError, parse_date, parse_float, parse_int, parse_str, refuse_unknown

COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
           "tags", "timestamp"]
# ACLED column → our column (None: ACLED has it, we do not)
_SOURCE = {"event_id_cnty": "event_id", "region": None, "admin3": None, "source_scale": None, "tags": None,
           "timestamp": None}
# Filterable fields and the type of their values.
FIELDS = {"event_id_cnty": "str", "event_date": "date", "year": "int", "time_precision": "int",
          "disorder_type": "str", "event_type": "str", "sub_event_type": "str", "actor1": "str",
          "assoc_actor_1": "str", "inter1": "int", "actor2": "str", "assoc_actor_2": "str", "inter2": "int",
          "interaction": "int", "civilian_targeting": "str", "iso": "int", "country": "str", "admin1": "str",
          "admin2": "str", "location": "str", "latitude": "float", "longitude": "float", "geo_precision": "int",
          "source": "str", "fatalities": "int"}
OPERATORS = ("=", "LIKE", ">", "<", ">=", "<=", "BETWEEN")
ACCEPTED = {"key", "email", "_format", "limit", "page", "fields", "token"}
DEFAULT_LIMIT = 5000


def _select() -> str:
    return ", ".join(f"{_SOURCE.get(c, c) or 'NULL'} AS {c}" for c in COLUMNS)


def _value(name: str, kind: str, raw: str):
    if kind == "date":
        return parse_date(name, raw.strip())
    if kind == "int":
        return parse_int(name, raw.strip(), -MAX_INT)
    if kind == "float":
        return parse_float(name, raw.strip())
    return parse_str(name, raw)


def _alternatives(name: str, raw: str) -> list[str]:
    """ACLED's 'Syria:OR:country=Iraq' → ['Syria', 'Iraq']."""
    parts = raw.split(":OR:")
    out = [parts[0]]
    for p in parts[1:]:
        key, sep, val = p.partition("=")
        if not sep or key != name:
            raise ParamError(name, f"expected VALUE:OR:{name}=VALUE, got {raw!r}")
        out.append(val)
    return out


def _condition(name: str, kind: str, op: str, raw: str) -> tuple[str, list]:
    col = _SOURCE.get(name, name)
    if op == "BETWEEN":
        bounds = raw.split("|")
        if len(bounds) != 2:
            raise ParamError(name, f"BETWEEN takes LOW|HIGH, got {raw!r}")
        lo, hi = (_value(name, kind, b) for b in bounds)
        return f"{col} BETWEEN ? AND ?", [_b(lo), _b(hi)]
    values = [_value(name, kind, v) for v in _alternatives(name, raw)]
    conds, params = [], []
    for v in values:
        if op == "LIKE":
            if kind != "str":
                raise ParamError(f"{name}_where", "LIKE applies to text fields")
            conds.append(f"contains(lower({col}), ?)")
            params.append(v.lower())
        elif op == "=" and kind == "str":
            conds.append(f"(lower({col}) = ?" + (" OR lower(country_code) = ?)" if name == "country" else ")"))
            params += [v.lower()] * (2 if name == "country" else 1)
        else:
            if kind == "str" and op != "=":
                raise ParamError(f"{name}_where", f"{op} applies to numbers and dates")
            conds.append(f"{col} {op} ?")
            params.append(_b(v))
    return "(" + " OR ".join(conds) + ")", params


def _b(v):
    return v.isoformat() if isinstance(v, date) else v


def add_acled(app: FastAPI, cursor: Callable) -> None:
    params_doc = [{"name": f, "in": "query", "required": False, "schema": {"type": "string"},
                   "description": f"ACLED {f} (alternatives: A:OR:{f}=B)"} for f in FIELDS]
    params_doc += [{"name": f"{f}_where", "in": "query", "required": False,
                    "schema": {"type": "string", "enum": list(OPERATORS)},
                    "description": f"operator for {f} (BETWEEN takes LOW|HIGH)"} for f in FIELDS]
    params_doc += [
        {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 0},
         "description": f"rows per page (default {DEFAULT_LIMIT}; 0: all)"},
        {"name": "page", "in": "query", "required": False, "schema": {"type": "integer", "minimum": 1}},
        {"name": "fields", "in": "query", "required": False, "schema": {"type": "string"},
         "description": "columns to return, separated by |"},
        {"name": "_format", "in": "query", "required": False, "schema": {"type": "string", "enum": ["json"]}},
        {"name": "key", "in": "query", "required": False, "schema": {"type": "string"},
         "description": "accepted and ignored (ACLED's access key)"},
        {"name": "email", "in": "query", "required": False, "schema": {"type": "string"},
         "description": "accepted and ignored"},
    ]

    @app.get("/api/acled/read", tags=["acled"], openapi_extra={"parameters": params_doc},
             summary="ACLED-compatible read: ACLED's parameters, operators and columns")
    def acled_read(request: Request) -> Response:
        qp = request.query_params
        allowed = ACCEPTED | set(FIELDS) | {f"{f}_where" for f in FIELDS}
        refuse_unknown(qp.keys(), allowed, "ACLED's parameters are its field names (with _where), limit, page, "
                                           "fields, _format, key, email")
        for k in qp.keys():
            if len(qp.getlist(k)) > 1:
                raise ParamError(k, "given more than once (ACLED takes A:OR:field=B)")
        if qp.get("_format", "json") not in ("json", ""):
            raise ParamError("_format", "only json is served here (the CSV twin is /api/events.csv)")
        where, params = ["NOT coalesce(aggregate, false)", "NOT coalesce(planned, false)"], []
        for name, kind in FIELDS.items():
            raw = qp.get(name)
            op = (qp.get(f"{name}_where") or ("BETWEEN" if raw and "|" in raw and kind != "str" else "=")).upper()
            if op not in OPERATORS:
                raise ParamError(f"{name}_where", f"expected one of {', '.join(OPERATORS)}, got {op!r}")
            if raw is None or raw == "":
                continue
            cond, ps = _condition(name, kind, op, raw)
            where.append(cond)
            params += ps
        limit = parse_int("limit", qp["limit"], 0) if qp.get("limit") else DEFAULT_LIMIT
        page = parse_int("page", qp["page"], 1) if qp.get("page") else 1
        fields = [f for f in (qp.get("fields") or "").split("|") if f] or COLUMNS
        bad = [f for f in fields if f not in COLUMNS]
        if bad:
            raise ParamError("fields", f"unknown field {bad[0]!r}; ACLED's fields are {', '.join(COLUMNS)}")
        sql_where = " WHERE " + " AND ".join(where)
        con = cursor()
        try:
            total = con.execute(f"SELECT count(*) FROM {aq.EVENTS.relation} t{sql_where}", params).fetchone()[0]
            paging = " LIMIT ? OFFSET ?" if limit else ""
            paging_params = [limit, limit * (page - 1)] if limit else []
            cur = con.execute(f"SELECT {_select()} FROM {aq.EVENTS.relation} t{sql_where} "
                              f"ORDER BY event_date DESC NULLS LAST, event_id DESC{paging}", params + paging_params)
            names = [d[0] for d in cur.description]
            rows = [{k: v for k, v in zip(names, r) if k in fields} for r in cur.fetchall()]
        finally:
            con.close()
        return json_response({"success": True, "status": 200, "count": len(rows), "total_count": total,
                              "messages": [], "data": rows, "filename": "crossbearing_acled_read"})
