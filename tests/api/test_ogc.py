"""OGC API – Features for the event layer: landing, conformance, collections, items with
bbox, datetime and next links."""

from __future__ import annotations

import pytest


def test_landing_conformance_collections(api):
    links = {l["rel"]: l["href"] for l in api.get("/ogc").json()["links"]}
    assert links["data"].endswith("/ogc/collections") and links["conformance"].endswith("/ogc/conformance")
    assert any(c.endswith("conf/geojson") for c in api.get("/ogc/conformance").json()["conformsTo"])
    cols = api.get("/ogc/collections").json()["collections"]
    assert [c["id"] for c in cols] == ["events"]
    assert api.get("/ogc/collections/events").json()["itemType"] == "feature"
    assert api.get("/ogc/collections/nope").status_code == 404


def test_items_bbox_datetime_and_paging(api):
    r = api.get("/ogc/collections/events/items", params={"bbox": "44,33,45,34"})
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["numberMatched"] == 1 and [f["id"] for f in fc["features"]] == ["x-csv"]
    assert fc["features"][0]["geometry"] == {"type": "Point", "coordinates": [44.4, 33.3]}
    day = api.get("/ogc/collections/events/items", params={"datetime": "2024-03-01"}).json()
    assert [f["id"] for f in day["features"]] == ["x-csv"]
    span = api.get("/ogc/collections/events/items", params={"datetime": "2024-02-29T00:00:00Z/.."}).json()
    assert span["numberMatched"] == 240 // 60 + 1
    # next links walk through everything with coordinates, once each
    everything = api.get("/api/events", params={"has_coords": "true"}).json()["total"]
    seen, url = [], "/ogc/collections/events/items?limit=70"
    while url:
        page = api.get(url).json()
        seen += [f["id"] for f in page["features"]]
        url = next((l["href"] for l in page["links"] if l["rel"] == "next"), None)
    assert len(seen) == len(set(seen)) == everything


@pytest.mark.parametrize("query,param", [("bbox=1,2,3", "bbox"), ("datetime=yesterday", "datetime"),
                                         ("datetime=2024-02-01/2024-01-01", "datetime"), ("limit=0", "limit"),
                                         ("offset=-1", "offset"), ("color=red", "color")])
def test_items_bad_parameters(api, query, param):
    r = api.get(f"/ogc/collections/events/items?{query}")
    assert r.status_code == 400 and r.json()["parameter"] == param
