"""The ACLED-compatible endpoint, and every documented list parameter fuzzed from the OpenAPI
schema: answers are 200 or 400, never a 5xx."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

N_BULK = 240  # as in conftest.build_store


def acled(api, **params):
    r = api.get("/api/acled/read", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["success"] is True and body["count"] == len(body["data"])
    return body


def test_acled_envelope_and_columns(api):
    body = acled(api, limit=3)
    row = body["data"][0]
    for col in ("event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "inter1",
                "interaction", "iso", "region", "country", "admin1", "location", "latitude", "longitude",
                "geo_precision", "source", "notes", "fatalities", "timestamp"):
        assert col in row
    assert row["country"] == "Iraq" and row["iso"] == 368 and row["event_date"] == "2024-03-01"
    # aggregates and planned events are not ACLED events
    assert body["total_count"] == acled(api, limit=0)["count"]
    assert "x-aggr" not in {r["event_id_cnty"] for r in acled(api, limit=0)["data"]}


def test_acled_where_operators(api):
    between = acled(api, event_date="2024-01-02|2024-01-03", event_date_where="BETWEEN", limit=0)
    assert between["count"] == 2 * N_BULK // 60
    assert all("2024-01-02" <= r["event_date"] <= "2024-01-03" for r in between["data"])
    assert acled(api, event_date="2024-02-29", event_date_where=">=", limit=0)["count"] == N_BULK // 60 + 1
    assert acled(api, fatalities="6", fatalities_where=">", limit=0)["count"] == 0
    assert acled(api, fatalities="6", limit=0)["count"] == sum(1 for i in range(N_BULK) if i % 7 == 6)
    assert acled(api, country="Iraq:OR:country=Fiji", limit=0)["count"] == 3
    assert acled(api, country="fiji", limit=0)["count"] == 1
    assert acled(api, actor1="military", actor1_where="LIKE", limit=0)["count"] == N_BULK // 3
    assert acled(api, year="2024", event_type="Protests", limit=0)["count"] == N_BULK // 2


def test_acled_pages_and_fields(api):
    everything = [r["event_id_cnty"] for r in acled(api, limit=0)["data"]]
    pages = []
    for page in range(1, 100):
        got = acled(api, limit=50, page=page)["data"]
        if not got:
            break
        pages += [r["event_id_cnty"] for r in got]
    assert pages == everything
    body = acled(api, fields="event_id_cnty|event_date|fatalities", limit=2)
    assert set(body["data"][0]) == {"event_id_cnty", "event_date", "fatalities"}


@pytest.mark.parametrize("query,param", [
    ("event_date=2024-01-01&event_date_where=NEAR", "event_date_where"), ("event_date=yesterday", "event_date"),
    ("event_date=2024-01-01|x&event_date_where=BETWEEN", "event_date"), ("limit=-5", "limit"),
    ("page=0", "page"), ("fields=event_id_cnty|secret", "fields"), ("wat=1", "wat"), ("_format=xml", "_format"),
    ("country=Iraq:OR:admin1=Baghdad", "country"), ("fatalities=1&fatalities_where=LIKE", "fatalities_where"),
])
def test_acled_bad_parameters(api, query, param):
    r = api.get(f"/api/acled/read?{query}")
    assert r.status_code == 400 and r.json()["parameter"] == param, r.text


# --- fuzzing the documented parameters --------------------------------------------------------
TEXT = st.one_of(st.text(max_size=12), st.sampled_from(["", "%", "_", "-1", "0", "1", "2024-01-01", "2024-13-45",
                                                        "nan", "inf", "1,2,3,4", "-180,-90,180,90", "true",
                                                        "Battles", "Syria", "SY", "-event_date", "9" * 30]))


def _value(schema: dict):
    if schema.get("type") == "array":
        return st.lists(_value(schema["items"]), max_size=3)
    if "enum" in schema:
        return st.one_of(st.sampled_from(schema["enum"]), TEXT)
    if schema.get("type") == "integer":
        return st.one_of(st.integers(-10, 2000).map(str), TEXT)
    if schema.get("type") == "boolean":
        return st.one_of(st.sampled_from(["true", "false"]), TEXT)
    if schema.get("format") == "date":
        return st.one_of(st.dates().map(str), TEXT)
    return TEXT


def _requests(api):
    spec = api.get("/openapi.json").json()
    out = []
    for path, ops in spec["paths"].items():
        if "{" in path or "get" not in ops:
            continue
        params = ops["get"].get("parameters", [])
        if not params:
            continue
        query = st.fixed_dictionaries({}, optional={p["name"]: _value(p.get("schema", {})) for p in params})
        out.append(st.tuples(st.just(path), query))
    return st.one_of(out)


@pytest.fixture(scope="module")
def request_strategy(api):
    return _requests(api)


def test_no_documented_request_gets_a_5xx(api, request_strategy):
    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(request_strategy)
    def check(req):
        path, query = req
        r = api.get(path, params=query)
        assert r.status_code in (200, 400), (path, query, r.status_code, r.text[:300])
        if r.status_code == 400:
            assert r.json()["parameter"]

    check()


@given(st.text(max_size=20), st.text(max_size=20))
@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
def test_any_unknown_parameter_or_id_is_a_4xx(api, name, value):
    r = api.get("/api/events", params={"zz" + name: value})
    assert r.status_code == 400
    for base in ("/api/stories/", "/api/articles/", "/api/events/"):
        r = api.get(base + quote(value.replace("/", "") or "x", safe=""))
        assert r.status_code in (200, 404), (base, value, r.text[:200])
