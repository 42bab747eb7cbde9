"""The exported dataset against gold, and the GeoJSON file against its spec, on a real sample:
the first GVA dev lines run through ``pipeline.run`` (extract + link) and ``store.export``.

* Summing ``fatalities`` over the ACLED CSV (one row per merged event) stays within a factor
  of two of the gold total of the incidents those articles report. A file with one row per
  report (every outlet's copy of a shooting counted again) or that summed figures across
  reports, overshoots it.
* The GeoJSON export loads in geopandas when it is installed; the file is also checked as plain
  JSON against RFC 7946 (a FeatureCollection of Features, Point geometries with [longitude,
  latitude] inside their ranges, the row's values as properties, the same ids as the CSV).
"""

from __future__ import annotations

import csv
import json

import pytest

pytestmark = pytest.mark.shared

N_LINES = 60


@pytest.fixture(scope="module")
def gva_export(shared_data, resources, tmp_path_factory):
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store
    from crossbearing.store.export import export

    source = shared_data / "gva" / "dev.jsonl"
    if not source.is_file():
        pytest.skip(f"{source} not found: the GVA export tests need the GVA dev set")
    lines = source.read_text(encoding="utf-8").splitlines()[:N_LINES]
    tmp = tmp_path_factory.mktemp("gva-export")
    (tmp / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = Store(":memory:")
    run([str(tmp / "in.jsonl")], store, Settings.load(workers=1, db=":memory:"), resources=resources)
    export(store, "acled-csv", str(tmp / "events.csv"))
    export(store, "geojson", str(tmp / "events.geojson"))
    with open(tmp / "events.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    store.close()
    yield [json.loads(line) for line in lines], rows, tmp / "events.geojson"


def _gold_killed(records: list[dict]) -> int:
    """Killed in the distinct incidents the articles report (an incident several articles
    report counts once)."""
    incidents = {r["incident_id"]: r.get("incident") or {} for r in records if r.get("incident_id")}
    return sum(int(i.get("n_killed") or 0) for i in incidents.values())


def test_summed_fatalities_stay_near_the_gold_total(gva_export):
    records, rows, _ = gva_export
    gold = _gold_killed(records)
    exported = sum(int(r["fatalities"] or 0) for r in rows)
    assert gold > 20  # the sample holds deadly incidents: a ratio means something
    assert len(rows) < len(records) * 3  # one row per event, not per mention
    assert gold / 2 <= exported <= gold * 2, (exported, gold)


def test_reports_are_merged_not_summed(gva_export):
    """Where several reports back one row, the row's figure is one of theirs, never their sum."""
    _, rows, _ = gva_export
    multi = [r for r in rows if int(r["n_reports"]) > 1]
    assert multi  # the sample has events reported more than once
    for r in multi:
        low, high, best = (int(r[k]) if r[k] else None for k in ("fatalities_low", "fatalities_high", "fatalities"))
        if best is not None and low is not None:
            assert low <= best <= high


def _check_geojson(doc: dict, csv_rows: list[dict]) -> None:
    assert doc["type"] == "FeatureCollection"
    assert isinstance(doc["features"], list) and doc["features"]
    located = {r["event_id_cnty"]: r for r in csv_rows if r["latitude"] and r["longitude"]}
    seen = set()
    for f in doc["features"]:
        assert f["type"] == "Feature"
        assert isinstance(f["properties"], dict)
        geom = f["geometry"]
        if geom is None:  # RFC 7946 3.2: an unlocated feature has a null geometry
            continue
        assert geom["type"] == "Point"
        lon, lat = geom["coordinates"][:2]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        row = located.get(f["properties"].get("event_id_cnty"))
        if row is not None:  # [longitude, latitude], in that order (RFC 7946 3.1.1)
            assert (lon, lat) == pytest.approx((float(row["longitude"]), float(row["latitude"])), abs=1e-6)
            seen.add(f["properties"]["event_id_cnty"])
    assert seen, "no feature carries the id and place of a CSV row"
    us = [f["geometry"]["coordinates"] for f in doc["features"] if f["geometry"]
          and f["properties"].get("country") == "United States"]
    assert us and all(c[0] < 0 < c[1] for c in us)  # US: west, north: a swapped pair fails here


def test_geojson_follows_the_spec(gva_export):
    _, rows, path = gva_export
    _check_geojson(json.loads(path.read_text(encoding="utf-8")), rows)


def test_geojson_loads_in_geopandas(gva_export):
    gpd = pytest.importorskip("geopandas")
    _, rows, path = gva_export
    frame = gpd.read_file(path)
    located = [r for r in rows if r["latitude"] and r["longitude"]]
    assert len(frame) >= len(located) > 0
    assert "event_id_cnty" in frame.columns and "fatalities" in frame.columns
    assert (frame.geometry.dropna().x < 0).all()  # longitudes of US places


def test_the_geojson_checks_catch_swapped_coordinates():
    rows = [{"event_id_cnty": "USA1", "latitude": "41.88", "longitude": "-87.63"}]
    good = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-87.63, 41.88]},
         "properties": {"event_id_cnty": "USA1", "country": "United States"}}]}
    _check_geojson(good, rows)
    bad = json.loads(json.dumps(good))
    bad["features"][0]["geometry"]["coordinates"] = [41.88, -87.63]
    with pytest.raises(AssertionError):
        _check_geojson(bad, rows)
