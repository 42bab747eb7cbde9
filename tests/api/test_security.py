"""Headers, the Host allow-list, the token, CSV cells, `serve`'s refusal to listen openly
without a token, and docs that need no network."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from crossbearing.api.security import csv_safe, host_name


def _has_security_headers(r):
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"


def test_headers_on_every_kind_of_response(api):
    for path in ("/", "/api/events", "/api/events.csv", "/api/events.geojson", "/api/events?limit=0",
                 "/api/nothing-here", "/static/js/main.js", "/docs", "/openapi.json"):
        _has_security_headers(api.get(path))


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example", "10.0.0.1", ""])
def test_unknown_host_is_refused(api, host):
    r = api.get("/api/events", headers={"host": host})
    assert r.status_code == 400 and r.json()["parameter"] == "Host"
    _has_security_headers(r)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost:8321", "[::1]:8321", "LOCALHOST"])
def test_loopback_hosts_are_served(api, host):
    assert api.get("/api/stats", headers={"host": host}).status_code == 200


def test_host_name():
    assert host_name("localhost:8321") == "localhost" and host_name("[::1]:80") == "::1"
    assert host_name("::1") == "::1" and host_name("Example.ORG") == "example.org"


def test_token(made_up_db):
    from crossbearing.api import create_app

    app = create_app(made_up_db[0], token="s3cret", allowed_hosts=["127.0.0.1", "box.lan"])
    c = TestClient(app, base_url="http://127.0.0.1")
    r = c.get("/api/events")
    assert r.status_code == 401 and "token" in r.json()["detail"]
    _has_security_headers(r)
    assert c.get("/api/events", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert c.get("/api/events", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert c.get("/api/events.csv?token=s3cret").status_code == 200  # token is not an unknown parameter
    assert c.get("/api/events?token=nope").status_code == 401
    assert c.get("/?token=s3cret").status_code == 200
    # code, styles and the docs are public; data is not
    assert c.get("/static/js/main.js").status_code == 200 and c.get("/openapi.json").status_code == 200
    assert c.get("/api/stats").status_code == 401
    assert c.get("/api/events", headers={"host": "box.lan:8321", "Authorization": "Bearer s3cret"}).status_code == 200
    # the next link keeps the token so that a client can follow it
    nxt = c.get("/api/events?token=s3cret&limit=1").json()["next"]
    assert "token=s3cret" in nxt and c.get(nxt).status_code == 200


@pytest.mark.parametrize("value,expected", [
    ("=1+2", "'=1+2"), ("+SUM(A1)", "'+SUM(A1)"), ("-cmd", "'-cmd"), ("@A1", "'@A1"), ("\t=1", "'\t=1"),
    ("-3.5", "-3.5"), ("+7", "+7"), ("-1e5", "-1e5"), ("-", "'-"), ("", ""), ("plain", "plain"),
    ("a=b", "a=b"), ("-3.5 km", "'-3.5 km"),
])
def test_csv_safe(value, expected):
    assert csv_safe(value) == expected


def _serve(args, monkeypatch, env=None):
    import uvicorn

    from crossbearing.cli import cli

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    result = CliRunner().invoke(cli, ["serve", *args], env=env or {})
    return result, calls


def test_serve_refuses_an_open_host_without_a_token(made_up_db, monkeypatch):
    result, calls = _serve(["--db", made_up_db[0], "--host", "0.0.0.0"], monkeypatch,
                           env={"CROSSBEARING_TOKEN": ""})
    assert result.exit_code != 0 and "--token" in result.output and not calls


def test_serve_with_a_token_warns_and_guards(made_up_db, monkeypatch):
    result, calls = _serve(["--db", made_up_db[0], "--host", "192.0.2.7", "--allow-host", "box.lan"], monkeypatch,
                           env={"CROSSBEARING_TOKEN": "tok"})
    assert result.exit_code == 0, result.output
    assert "warning" in result.output and calls and calls[0][1]["host"] == "192.0.2.7"
    c = TestClient(calls[0][0], base_url="http://192.0.2.7")
    assert c.get("/api/stats").status_code == 401
    assert c.get("/api/stats", headers={"Authorization": "Bearer tok"}).status_code == 200
    assert c.get("/api/stats", headers={"Authorization": "Bearer tok", "host": "box.lan"}).status_code == 200
    assert c.get("/api/stats", headers={"Authorization": "Bearer tok", "host": "evil.example"}).status_code == 400


def test_serve_on_loopback_needs_no_token(made_up_db, monkeypatch):
    result, calls = _serve(["--db", made_up_db[0]], monkeypatch)
    assert result.exit_code == 0 and "warning" not in result.output and calls
    assert calls[0][1]["host"] == "127.0.0.1"


def test_docs_are_served_from_local_assets(api):
    page = api.get("/docs")
    assert page.status_code == 200
    srcs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert srcs and all(s.startswith("/") for s in srcs)  # nothing from a CDN
    assert "<script>" not in page.text  # no inline script (the CSP would block it)
    for s in srcs:
        assert api.get(s).status_code == 200, s
    redoc = api.get("/redoc")
    assert redoc.status_code == 200 and "<script>" not in redoc.text
    for s in re.findall(r'src="([^"]+)"', redoc.text):
        assert api.get(s).status_code == 200, s


def test_plain_docs_page_without_the_assets_package(made_up_db, monkeypatch):
    from crossbearing.api import create_app, docs

    monkeypatch.setattr(docs, "assets_dir", lambda: None)
    c = TestClient(create_app(made_up_db[0]), base_url="http://127.0.0.1")
    page = c.get("/docs").text
    assert "/api/events" in page and "date_from" in page and "<script" not in page


def test_openapi_documents_the_parameters(api):
    spec = api.get("/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"date_from", "bbox", "min_origins", "status", "q", "sort", "limit", "after", "_facet"} <= params
    assert "/api/events.csv" in spec["paths"] and "/api/acled/read" in spec["paths"]
