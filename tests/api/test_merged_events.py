"""The API's events are the merged events the link stage stores (one per real-world event, its
reports inside); reports no merged event holds yet are served as they are. ``updated_since``
and ``/api/events/deleted`` let a client keep a copy in sync."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def merged_db(made_up_db, tmp_path_factory):
    import shutil

    from crossbearing.link.events_linker import link_events
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    path = str(tmp_path_factory.mktemp("api-merged") / "m.duckdb")
    shutil.copy(made_up_db[0], path)
    facts = made_up_db[1]
    with Store(path) as store:  # stories and cross-events were written by hand: store their merged events
        # (the hand-made cross-events carry only what the SQL status reads: no per-field values)
        store.con.execute("UPDATE cross_events SET data = json_merge_patch(data, '{\"fields\": null}')")
        summary = link_events(store, Settings.load())
    assert summary["created"] > 0
    return path, facts


def _client(path):
    from crossbearing.api import create_app

    return TestClient(create_app(path), base_url="http://127.0.0.1")


def _all(api, **params):
    return api.get("/api/events.json", params={"include_aggregates": "true", **params}).json()


def test_events_are_merged_events(merged_db):
    path, facts = merged_db
    api = _client(path)
    rows = _all(api)
    # e0000-e0002 are one cross-event (3 reports), so 2 fewer rows than stored reports
    assert len(rows) == facts["n_events"] - 2
    three = [r for r in rows if r["n_reports"] == 3]
    assert len(three) == 1 and three[0]["article_ids"] == ["a00", "a01", "a02"]
    merged = three[0]
    assert merged["event_id"].startswith("SYR") and merged["story_id"] == "S-0000000001"
    assert merged["updated_at"] and merged["created_at"] == merged["updated_at"]
    assert api.get(f"/api/events/{merged['event_id']}").json()["n_reports"] == 3
    assert merged["event_id"] in [r["event_id"] for r in _all(api, article="a01")]
    reps = api.get("/api/reports.json", params={"event_type": ["Battles", "Protests"]}).json()
    assert sum(r["event_id"] == merged["event_id"] for r in reps) == 3  # one row per report
    # rows of articles in no story are the reports themselves (not linked yet)
    assert "x-csv" in {r["event_id"] for r in rows}


def test_updated_since_and_deleted_ids(merged_db, tmp_path):
    import shutil

    from crossbearing.link.events_linker import link_events
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    path = str(tmp_path / "copy.duckdb")
    shutil.copy(merged_db[0], path)
    api = _client(path)
    linked = _all(api, updated_since="2000-01-01T00:00:00")
    assert linked and all(r["story_id"] for r in linked)  # only the stored merged events have times
    assert _all(api, updated_since="2999-01-01") == []
    assert api.get("/api/events/deleted").json() == {"total": 0, "rows": []}
    merged_id = next(r["event_id"] for r in linked if r["n_reports"] == 3)
    api.app.state.store.close()  # the server holds the database while it runs
    with Store(path) as store:  # the cross-event is undone: its three reports are single events again
        store.con.execute("DELETE FROM cross_events WHERE id = 'X-000000000001'")
        assert link_events(store, Settings.load())["deleted"] == 1
    api = _client(path)
    gone = api.get("/api/events/deleted").json()
    assert gone["total"] == 1 and gone["rows"][0]["event_id"] == merged_id
    assert api.get("/api/events/deleted", params={"since": "2999-01-01T00:00:00Z"}).json()["total"] == 0
    bad = api.get("/api/events/deleted", params={"since": "yesterday"})
    assert bad.status_code == 400 and bad.json()["parameter"] == "since"
    assert api.get("/api/events", params={"updated_since": "soon"}).status_code == 400
    assert merged_id not in {r["event_id"] for r in _all(api)}


def test_outlet_filter_and_facet_read_each_outlet_of_a_merged_event(merged_db):
    path, _ = merged_db
    api = _client(path)
    rows = _all(api)
    merged = next(r for r in rows if r["n_reports"] == 3)
    outlets = [o for o in merged["source"].split("; ") if o]
    assert len(outlets) >= 2, merged["source"]
    for outlet in outlets:  # each outlet alone finds the event its report is merged into
        assert merged["event_id"] in [r["event_id"] for r in _all(api, outlet=outlet)]
    body = api.get("/api/events", params={"include_aggregates": "true", "_facet": "source"}).json()
    counted = {f["value"]: f["count"] for f in body["facets"]["source"]}
    assert all(o in counted for o in outlets) and not any("; " in (v or "") for v in counted)
    ones = _all(api, geo_precision=1)
    assert ones and all(r["geo_precision"] == 1 for r in ones)
