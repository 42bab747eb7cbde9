"""A small made-up store for the API tests: every value chosen so each filter, sort and page
has a known answer."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from crossbearing.store import Store

EVENT_COLUMNS = ["id", "article_id", "idx", "event_date", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "plover_type", "plover_mode", "actor1", "assoc_actor_1", "inter1", "actor2",
                 "assoc_actor_2", "inter2", "civilian_targeting", "country", "admin1", "admin2", "location",
                 "latitude", "longitude", "geo_precision", "fatalities", "injured", "aggregate", "planned",
                 "confidence", "claimant", "notes", "data"]

OUTLETS = ["Alpha News", "Beta Radio", "Gamma Times"]
N_BULK = 240  # more than one default page (100)


def _event(**kw) -> tuple:
    base = {c: None for c in EVENT_COLUMNS}
    base.update({"idx": 0, "disorder_type": "Political violence", "event_type": "Battles",
                 "sub_event_type": "Armed clash", "inter1": 1, "inter2": 2, "country": "SY", "admin1": "Aleppo",
                 "location": "Aleppo", "latitude": 36.2, "longitude": 37.15, "geo_precision": 1, "fatalities": 1,
                 "aggregate": False, "planned": False, "confidence": 0.9, "data": "{}"})
    base.update(kw)
    return tuple(base[c] for c in EVENT_COLUMNS)


def build_store(path: str) -> dict:
    """Writes the store; returns facts the tests check against."""
    d0 = date(2024, 1, 1)
    articles, events = [], []
    for i in range(12):
        articles.append((f"a{i:02d}", OUTLETS[i % 3], f"https://example.org/{i}", f"Article {i}", None,
                         d0 + timedelta(days=i), None, "day", "header", "en", None, None,
                         f"Text of article {i}. Clashes in Aleppo.", 0, None))
    # the articles of one story, and a hostile title / text
    articles.append(("evil0001", "=cmd|' /C calc'!A0", "javascript:alert(1)", "<script>alert(1)</script>", None,
                     date(2024, 3, 1), None, "day", "header", "en", None, None, "<img src=x onerror=alert(1)>", 0,
                     None))
    for i in range(N_BULK):
        events.append(_event(id=f"e{i:04d}", article_id=f"a{i % 12:02d}", idx=i,
                             event_date=d0 + timedelta(days=i % 60), fatalities=i % 7,
                             event_type="Battles" if i % 2 else "Protests",
                             sub_event_type="Armed clash" if i % 2 else "Peaceful protest",
                             location=f"Place {i % 5}", actor1="Military Forces of Syria" if i % 3 == 0 else "Rebels",
                             actor2="Civilians" if i % 4 == 0 else None))
    # special rows
    events += [
        _event(id="x-nodate", article_id="a00", event_date=None, location="Nowhere", fatalities=None),
        _event(id="x-nocoords", article_id="a01", event_date=date(2024, 2, 10), latitude=None, longitude=None),
        _event(id="x-fiji", article_id="a02", event_date=date(2024, 2, 11), latitude=-17.0, longitude=179.5,
               country="FJ", admin1="Northern", location="Labasa"),
        _event(id="x-aggr", article_id="a03", event_date=date(2024, 2, 12), aggregate=True, fatalities=5000),
        _event(id="x-csv", article_id="evil0001", event_date=date(2024, 3, 1), actor1="=HYPERLINK(\"http://x\")",
               actor2="+SUM(1)", location="@A1", notes="-3.5", claimant="-2", country="IQ", admin1="Baghdad",
               latitude=33.3, longitude=44.4),
        _event(id="x-pct", article_id="a04", event_date=date(2024, 2, 13), notes="100% of 5_x reported",
               country="IQ", admin1="Baghdad"),
    ]
    with Store(path) as store:
        marks = lambda n: ", ".join("?" * n)  # noqa: E731
        store.con.executemany(f"INSERT INTO articles VALUES ({marks(15)})", articles)
        store.con.executemany(f"INSERT INTO events VALUES ({marks(len(EVENT_COLUMNS))})", events)
        store.con.executemany("INSERT INTO analyses VALUES (?, ?)",
                              [(a[0], json.dumps({"article": {"id": a[0], "title": a[3], "text": a[12]}}))
                               for a in articles])
        store.con.executemany("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?)", [
            ("S-0000000001", "Clashes in Aleppo", date(2024, 1, 1), date(2024, 1, 3), 3, 3),
            ("S-0000000002", "Protest", date(2024, 2, 1), date(2024, 2, 1), 1, 1),
        ])
        store.con.executemany("INSERT INTO story_articles VALUES (?, ?)",
                              [("S-0000000001", "a00"), ("S-0000000001", "a01"), ("S-0000000001", "a02"),
                               ("S-0000000002", "a03")])
        ce = {"id": "X-000000000001", "story_id": "S-0000000001", "event_ids": ["e0000", "e0001", "e0002"],
              "article_ids": ["a00", "a01", "a02"], "outlets": OUTLETS,
              "fields": {"event_type": {"field": "event_type", "status": "conflict",
                                        "values": [{"value": "Battles"}, {"value": "Protests"}]},
                         "fatalities": {"field": "fatalities", "status": "conflict", "values": []}},
              "n_outlets": 3, "n_origins": 3, "n_claimants": 1}
        ce2 = {"id": "X-000000000002", "story_id": "S-0000000001", "event_ids": ["e0003", "e0004"],
               "article_ids": ["a03", "a04"], "outlets": OUTLETS[:2],
               "fields": {"event_type": {"field": "event_type", "status": "conflict",
                                         "values": [{"value": "Protests"}, {"value": "Riots"}]}},
               "n_outlets": 2, "n_origins": 2, "n_claimants": 0}
        store.con.executemany("INSERT INTO cross_events VALUES (?, ?, ?, ?, ?, ?)", [
            (ce["id"], ce["story_id"], 3, 3, 1, json.dumps(ce)), (ce2["id"], ce2["story_id"], 2, 2, 0, json.dumps(ce2))])
    return {"n_events": len(events), "n_articles": len(articles)}


@pytest.fixture(scope="session")
def made_up_db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("api-made-up") / "m.duckdb")
    facts = build_store(path)
    return path, facts


@pytest.fixture(scope="session")
def api(made_up_db):
    from fastapi.testclient import TestClient

    from crossbearing.api import create_app

    return TestClient(create_app(made_up_db[0]), base_url="http://127.0.0.1")
