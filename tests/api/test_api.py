from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from crossbearing.pipeline import run
from crossbearing.settings import Settings
from crossbearing.store import Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from crossbearing.api import create_app

    db = str(tmp_path_factory.mktemp("api") / "demo.duckdb")
    settings = Settings.load(db=db)
    with Store(db) as store:
        run([str(REPO / "examples" / "corpus")], store, settings)
    return TestClient(create_app(db), base_url="http://127.0.0.1")


def test_stats_articles_and_detail(client):
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 7
    arts = client.get("/api/articles").json()["rows"]
    assert {a["outlet"] for a in arts} >= {"Levant Wire", "Northern Ledger", "Radio Cedar"}
    detail = client.get(f"/api/articles/{arts[0]['id']}").json()
    assert detail["article"]["id"] == arts[0]["id"] and "sentences" in detail
    assert client.get("/api/articles/doesnotexist").status_code == 404


def test_events_are_acled_shaped(client):
    events = client.get("/api/events").json()["rows"]
    assert events, "the example corpus yields events"
    for key in ("event_id", "event_date", "event_type", "sub_event_type", "latitude", "longitude", "fatalities",
                "n_outlets", "n_origins", "source"):
        assert key in events[0]
    strict = client.get("/api/events", params={"min_origins": 99}).json()
    assert strict["rows"] == [] and strict["total"] == 0 and strict["next"] is None
    corroborated = client.get("/api/events", params={"min_origins": 2}).json()["rows"]
    assert corroborated and all(e["n_origins"] >= 2 for e in corroborated)
    gj = client.get("/api/events.geojson").json()
    assert gj["type"] == "FeatureCollection"


def test_stories_and_ui(client):
    stories = client.get("/api/stories").json()["rows"]
    assert stories
    view = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert view["articles"] and "facts" in view
    assert client.get("/api/stories/nope").status_code == 404
    page = client.get("/")
    assert page.status_code == 200 and "crossbearing" in page.text
    assert client.get("/static/js/main.js").status_code == 200
    assert client.get("/static/leaflet/leaflet.js").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]
    assert len(client.get("/api/basemap.geojson").json()["features"]) > 150


def test_ui_never_inserts_data_as_html():
    for path in (REPO / "src" / "crossbearing" / "web" / "static").rglob("*.js"):
        js = path.read_text()
        assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "outerHTML" not in js, path
        assert "document.write" not in js and "eval(" not in js and "new Function" not in js, path
