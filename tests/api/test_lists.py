"""The list endpoints over a made-up store: filters, sort, keyset pages, totals, facets, the
streamed twins, and 400s that name the bad parameter."""

from __future__ import annotations

import csv
import io
import json

import pytest

N_BULK = 240  # as in conftest.build_store


def rows(api, path, **params):
    r = api.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def ids(body):
    return [r["event_id"] for r in body["rows"]]


def all_ndjson(api, path, **params):
    r = api.get(path, params=params)
    assert r.status_code == 200, r.text
    return [json.loads(line) for line in r.text.splitlines() if line]


def test_default_page_total_and_newest_first(api, made_up_db):
    body = rows(api, "/api/events")
    n = made_up_db[1]["n_events"] - 1  # the aggregate is left out by default
    assert body["total"] == n and body["count"] == 100 == len(body["rows"])
    dates = [r["event_date"] for r in body["rows"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2024-03-01"
    assert body["next"].startswith("http://127.0.0.1/api/events?") and "after=" in body["next"]
    # every ACLED column and the corroboration travel with each row
    for key in ("event_id", "event_date", "year", "event_type", "sub_event_type", "actor1", "interaction", "iso",
                "country", "admin1", "latitude", "longitude", "fatalities", "source", "notes", "n_outlets",
                "n_origins", "status", "article_id", "story_id"):
        assert key in body["rows"][0]
    assert rows(api, "/api/events", include_aggregates="true")["total"] == n + 1


@pytest.mark.parametrize("sort", ["-event_date", "event_date", "fatalities", "-fatalities", "location", "event_id",
                                  "-n_origins", "latitude", "-country"])
def test_keyset_pages_visit_every_row_once_in_order(api, sort):
    expected = [r["event_id"] for r in all_ndjson(api, "/api/events.ndjson", sort=sort)]
    seen, url, pages = [], f"/api/events?sort={sort}&limit=37", 0
    while url:
        body = api.get(url).json()
        seen += ids(body)
        url = body["next"]
        pages += 1
    assert seen == expected and len(set(seen)) == len(seen)
    assert pages == -(-len(expected) // 37)
    # NULLs come last whichever the direction
    col = sort.lstrip("-")
    vals = [r[col] for r in all_ndjson(api, "/api/events.ndjson", sort=sort)]
    first_null = next((i for i, v in enumerate(vals) if v is None), len(vals))
    assert all(v is None for v in vals[first_null:])


def test_filters(api):
    assert rows(api, "/api/events", date_from="2024-01-02", date_to="2024-01-03")["total"] == 2 * N_BULK // 60
    assert rows(api, "/api/events", date_from="2024-02-29")["total"] == N_BULK // 60 + 1
    # a plain date, no time zone: the event of 2024-03-01 is on 2024-03-01
    assert ids(rows(api, "/api/events", date_from="2024-03-01", date_to="2024-03-01")) == ["x-csv"]
    battles = rows(api, "/api/events", event_type="Battles")["total"]
    protests = rows(api, "/api/events", event_type="Protests")["total"]
    both = api.get("/api/events?event_type=Battles&event_type=Protests").json()["total"]
    assert both == battles + protests and protests == N_BULK // 2
    assert rows(api, "/api/events", sub_event_type="Peaceful protest")["total"] == protests
    syria = rows(api, "/api/events", actor="military forces")["total"]
    assert syria == sum(1 for i in range(N_BULK) if i % 3 == 0)
    assert rows(api, "/api/events", country="Iraq")["total"] == rows(api, "/api/events", country="iq")["total"] == 2
    assert rows(api, "/api/events", admin1="baghdad")["total"] == 2
    assert ids(rows(api, "/api/events", outlet="=cmd|' /C calc'!A0")) == ["x-csv"]
    assert rows(api, "/api/events", min_origins=3)["total"] == 3
    assert rows(api, "/api/events", status="conflict")["total"] == 3
    assert rows(api, "/api/events", status="agree")["total"] == 2
    assert ids(rows(api, "/api/events", has_date="false")) == ["x-nodate"]
    assert ids(rows(api, "/api/events", has_coords="false")) == ["x-nocoords"]
    assert rows(api, "/api/events", story="S-0000000001")["total"] > 0
    assert rows(api, "/api/events", min_fatalities=6)["total"] == sum(1 for i in range(N_BULK) if i % 7 == 6)


def test_q_is_a_substring_not_a_pattern(api):
    assert ids(rows(api, "/api/events", q="100% of 5_x")) == ["x-pct"]
    assert rows(api, "/api/events", q="%")["total"] == 1  # only the row with a literal %
    assert rows(api, "/api/events", q="_")["total"] == 1
    assert rows(api, "/api/events", q="PLACE 3")["total"] == N_BULK // 5


def test_bbox_and_the_antimeridian(api):
    assert ids(rows(api, "/api/events", bbox="44,33,45,34")) == ["x-csv"]
    assert ids(rows(api, "/api/events", bbox="179,-18,-179,-16")) == ["x-fiji"]  # crosses 180°
    assert rows(api, "/api/events", bbox="-180,-90,180,90")["total"] == rows(api, "/api/events",
                                                                              has_coords="true")["total"]


def test_facets_count_the_filtered_rows(api):
    body = rows(api, "/api/events", _facet=["event_type", "status"], event_type=["Battles", "Protests"])
    counts = {f["value"]: f["count"] for f in body["facets"]["event_type"]}
    assert counts["Protests"] == N_BULK // 2 and sum(counts.values()) == body["total"]
    status = {f["value"]: f["count"] for f in body["facets"]["status"]}
    assert status["conflict"] == 3 and status["agree"] == 2
    days = rows(api, "/api/events", _facet="event_date", _facet_size=1000)["facets"]["event_date"]
    assert all(len(d["value"] or "2024-01-01") == 10 for d in days)


BAD = [
    ("date_from=notadate", "date_from"), ("date_to=2024-02-30", "date_to"), ("date_from=2024-1-1", "date_from"),
    ("limit=-1", "limit"), ("limit=0", "limit"), ("limit=1001", "limit"), ("limit=ten", "limit"),
    ("limit=1&limit=2", "limit"), ("bbox=1,2,3", "bbox"), ("bbox=a,b,c,d", "bbox"), ("bbox=0,10,5,5", "bbox"),
    ("bbox=0,0,200,5", "bbox"), ("bbox=nan,0,1,1", "bbox"), ("sort=notes", "sort"), ("sort=--event_date", "sort"),
    ("sort=event_date;DROP TABLE events", "sort"), ("foo=1", "foo"), ("corroborated_min=2", "corroborated_min"),
    ("_facet=notes", "_facet"), ("status=maybe", "status"), ("after=garbage!!", "after"),
    ("min_origins=-1", "min_origins"), ("min_origins=99999999999999", "min_origins"), ("has_date=perhaps", "has_date"),
    ("q=" + "x" * 1001, "q"), ("q=a%00b", "q"),
]


@pytest.mark.parametrize("query,param", BAD)
def test_bad_parameters_are_400s_naming_them(api, query, param):
    for path in ("/api/events", "/api/events.csv"):
        if path.endswith(".csv") and param in ("after", "_facet", "limit"):
            continue
        r = api.get(f"{path}?{query}")
        assert r.status_code == 400, (path, query, r.text)
        body = r.json()
        assert body["parameter"] == param and param in body["detail"] + body["parameter"]


def test_cursor_is_tied_to_its_sort(api):
    nxt = rows(api, "/api/events", sort="fatalities", limit=5)["next"]
    cursor = nxt.split("after=")[1]
    r = api.get(f"/api/events?sort=location&after={cursor}")
    assert r.status_code == 400 and r.json()["parameter"] == "after"


def test_unknown_parameters_on_every_list(api):
    for name in ("events", "reports", "articles", "stories", "outlets", "actors"):
        r = api.get(f"/api/{name}?nonsense=1")
        assert r.status_code == 400 and r.json()["parameter"] == "nonsense", name


def test_csv_twin_streams_everything_with_safe_cells(api, made_up_db):
    r = api.get("/api/events.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert len(table) == made_up_db[1]["n_events"] - 1  # no cap at the page size
    bad = next(t for t in table if t["event_id"] == "x-csv")
    assert bad["actor1"] == "'=HYPERLINK(\"http://x\")" and bad["actor2"] == "'+SUM(1)"
    assert bad["location"] == "'@A1" and bad["source"].startswith("'=")
    assert bad["notes"] == "-3.5" and bad["claimant"] == "-2"  # plain numbers stay numbers
    assert bad["event_date"] == "2024-03-01"
    # filters and sort apply to the twin too
    r = api.get("/api/events.csv", params={"country": "IQ", "sort": "event_id"})
    assert [t["event_id"] for t in csv.DictReader(io.StringIO(r.text))] == ["x-csv", "x-pct"]
    assert len(list(csv.DictReader(io.StringIO(api.get("/api/events.csv?limit=3").text)))) == 3


def test_json_ndjson_geojson_twins(api):
    total = rows(api, "/api/events")["total"]
    assert len(all_ndjson(api, "/api/events.ndjson")) == total
    arr = api.get("/api/events.json").json()
    assert isinstance(arr, list) and len(arr) == total
    gj = api.get("/api/events.geojson", params={"country": "FJ"})
    assert gj.headers["content-type"].startswith("application/geo+json")
    feats = gj.json()["features"]
    assert [f["properties"]["event_id"] for f in feats] == ["x-fiji"]
    assert feats[0]["geometry"]["coordinates"] == [179.5, -17.0]
    everything = api.get("/api/events.geojson").json()["features"]
    assert len(everything) == rows(api, "/api/events", has_coords="true")["total"]
    assert api.get("/api/events.geojson?country=XX").json() == {"type": "FeatureCollection", "features": []}
    assert api.get("/api/events.json?country=XX").json() == []


def test_other_lists(api, made_up_db):
    arts = rows(api, "/api/articles", limit=5)
    assert arts["total"] == made_up_db[1]["n_articles"] and arts["rows"][0]["published"] == "2024-03-01"
    assert rows(api, "/api/articles", outlet="Alpha News")["total"] == 4
    assert rows(api, "/api/articles", q="onerror")["total"] == 1
    st = rows(api, "/api/stories")
    assert [s["id"] for s in st["rows"]] == ["S-0000000002", "S-0000000001"]  # last seen, newest first
    assert rows(api, "/api/stories", sort="-n_outlets")["rows"][0]["outlets"] == ["Alpha News", "Beta Radio",
                                                                                  "Gamma Times"]
    assert rows(api, "/api/stories", outlet="Gamma Times")["total"] == 1
    outlets = rows(api, "/api/outlets")["rows"]
    assert {o["outlet"] for o in outlets} >= set(["Alpha News", "Beta Radio", "Gamma Times"])
    assert sum(o["n_articles"] for o in outlets) == made_up_db[1]["n_articles"]
    reps = rows(api, "/api/reports", limit=2)
    assert reps["rows"][0]["report_id"] == "x-csv@evil0001" and reps["rows"][0]["article_title"].startswith("<script")
    actors = rows(api, "/api/actors", q="rebels")["rows"]
    assert actors and actors[0]["actor"] == "Rebels"


def test_pages_of_other_lists_walk_through(api, made_up_db):
    seen, url = [], "/api/articles?limit=4&sort=outlet"
    while url:
        body = api.get(url).json()
        seen += [r["id"] for r in body["rows"]]
        url = body["next"]
    assert len(seen) == len(set(seen)) == made_up_db[1]["n_articles"]


def test_details_match_ids_exactly(api):
    assert api.get("/api/stories/%25").status_code == 404
    assert api.get("/api/stories/S-%25").status_code == 404
    assert api.get("/api/stories/S-_000000001").status_code == 404
    assert api.get("/api/articles/%25").status_code == 404
    assert api.get("/api/articles/a_1").status_code == 404
    assert api.get("/api/articles/a01").json()["article"]["id"] == "a01"
    assert api.get("/api/events/x-csv").json()["actor1"].startswith("=HYPERLINK")
    assert api.get("/api/events/x-%25").status_code == 404


def test_status_sql_matches_link_align(tmp_path):
    """The events' agree / conflict / single status computed in SQL equals link.align.status_of."""
    from pathlib import Path

    from crossbearing.api.app import open_api_store
    from crossbearing.link.align import status_of
    from crossbearing.model import CrossEvent, from_dict
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    db = str(tmp_path / "c.duckdb")
    with Store(db) as store:
        run([str(Path(__file__).resolve().parents[2] / "examples" / "corpus")], store, Settings.load(db=db))
    api_store = open_api_store(db)
    got = dict(api_store.con.execute("SELECT cross_event, status FROM memory.main.api_membership").fetchall())
    want = {r["id"]: status_of(from_dict(CrossEvent, json.loads(r["data"])))
            for r in api_store.query("SELECT id, data FROM cross_events")}
    assert got and got == {k: v for k, v in want.items() if k in got}
    assert {s for s in want.values()} >= {"single"}
