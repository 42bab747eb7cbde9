"""The web UI's server side without a browser: pages, view endpoints, base map, tiles and CSP."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(seeds_db):
    from crossbearing.api import create_app

    return TestClient(create_app(seeds_db), base_url="http://127.0.0.1")


def test_pages_are_the_one_shell(client):
    for path in ("/", "/event/whatever", "/story/S-1", "/article/abc"):
        r = client.get(path)
        assert r.status_code == 200 and 'type="module" src="/static/js/main.js"' in r.text
        assert "<script>" not in r.text  # no inline script (the CSP allows none)
        assert "script-src 'self'" in r.headers["content-security-policy"]
    for name in ("main", "util", "state", "map", "timeline", "dashboard", "evidence", "pages"):
        assert client.get(f"/static/js/{name}.js").status_code == 200


def test_points_and_timeline_follow_the_events_filters(client):
    everything = client.get("/api/events?limit=1").json()["total"]
    pts = client.get("/api/ui/points").json()
    assert pts["columns"][:3] == ["id", "lat", "lon"]
    assert pts["total"] == client.get("/api/events?has_coords=true&limit=1").json()["total"] <= everything
    battles = client.get("/api/ui/points?event_type=Battles").json()
    assert battles["total"] == client.get("/api/events?event_type=Battles&has_coords=true&limit=1").json()["total"]
    assert {p[3] for p in battles["points"]} == {"Battles"}
    # the timeline ignores the view's own dates (so a brush can be widened again), not its other filters
    full = client.get("/api/ui/timeline").json()
    narrowed = client.get("/api/ui/timeline?date_from=2017-09-10&date_to=2017-09-12").json()
    assert full == narrowed
    assert sum(r[3] for r in full["rows"]) + full["undated"] == everything
    typed = client.get("/api/ui/timeline?event_type=Battles").json()
    assert {r[2] for r in typed["rows"]} == {"Battles"}
    assert client.get("/api/ui/points?nonsense=1").status_code == 400
    assert client.get("/api/ui/timeline?date_from=notadate").status_code == 400


def test_acled_csv_of_a_view(client):
    from crossbearing.api.acled import COLUMNS

    r = client.get("/api/events.acled.csv?event_type=Battles")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == list(COLUMNS)
    n = client.get("/api/events?event_type=Battles&limit=1").json()["total"]
    assert len(rows) - 1 == n and all(row[COLUMNS.index("event_type")] == "Battles" for row in rows[1:])
    assert len(list(csv.reader(io.StringIO(client.get("/api/events.acled.csv?limit=2").text)))) == 3


def test_cross_event_evidence(client):
    fact = next(f for f in client.get(f"/api/stories/{client.get('/api/stories').json()['rows'][0]['id']}").json()["facts"]
                if "450" in " ".join(f["cells"].values()))
    ce = client.get(f"/api/cross_events/{fact['id']}").json()
    values = ce["fields"]["fatalities"]["values"]
    assert {v["outlet"] for v in values} == {"GPA", "PressTV"}
    for v in values:
        text = client.get(f"/api/articles/{v['article_id']}").json()["article"]["text"]
        assert all("450" in text[s["start"]:s["end"]] for s in v["spans"])
    assert client.get("/api/cross_events/X-nope").status_code == 404


def test_offline_base_map_of_a_country(client):
    r = client.get("/api/ui/basemap/SY.geojson")
    assert r.status_code == 200
    feats = r.json()["features"]
    kinds = {f["properties"]["kind"] for f in feats}
    assert kinds == {"admin1-boundary", "admin1", "town"}
    towns = [f["properties"]["name"] for f in feats if f["properties"]["kind"] == "town"]
    assert "Damascus" in towns[:5] and "Aleppo" in towns[:5]
    provinces = {f["properties"]["name"] for f in feats if f["properties"]["kind"] == "admin1"}
    assert {"Deir ez-Zor", "Dimashq", "Aleppo"} <= provinces or len(provinces) >= 10
    lines = next(f for f in feats if f["properties"]["kind"] == "admin1-boundary")["geometry"]["coordinates"]
    assert all(35 <= lon <= 43 and 32 <= lat <= 38 for line in lines for lon, lat in line)  # nothing far out at sea
    assert client.get("/api/ui/basemap/ZZ.geojson").status_code == 404
    assert client.get("/api/ui/basemap/SYR.geojson").status_code == 404


def test_tiles_are_off_by_default_and_widen_only_img_src(seeds_db, monkeypatch):
    from crossbearing.api import create_app

    plain = TestClient(create_app(seeds_db), base_url="http://127.0.0.1")
    assert plain.get("/api/ui/config").json()["tiles"] is None
    monkeypatch.setenv("CROSSBEARING_TILES", "https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    tiled = TestClient(create_app(seeds_db), base_url="http://127.0.0.1")
    assert tiled.get("/api/ui/config").json()["tiles"].startswith("https://{s}.tiles.example.org/")
    csp = tiled.get("/").headers["content-security-policy"]
    assert "img-src 'self' https://*.tiles.example.org" in csp
    assert "script-src 'self';" in csp and "connect-src 'self'" in csp
    for bad in ("javascript:alert(1)", "http://x.org;script-src *", "ftp://tiles.example.org/{z}"):
        monkeypatch.setenv("CROSSBEARING_TILES", bad)
        app = TestClient(create_app(seeds_db), base_url="http://127.0.0.1")
        assert app.get("/api/ui/config").json()["tiles"] is None
        assert app.get("/").headers["content-security-policy"] == plain.get("/").headers["content-security-policy"]
