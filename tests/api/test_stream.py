"""The streamed twins read the result in keyset batches (bounded memory): batch after batch must
give exactly the rows, in exactly the order, of one ORDER BY over everything — NULL sort values,
ties on the sort value and every resource included."""

from __future__ import annotations

import pytest

from crossbearing.store import api_queries as aq


@pytest.fixture(scope="module")
def con(made_up_db):
    from crossbearing.api.app import open_api_store

    store = open_api_store(made_up_db[0])
    yield store.con
    store.close()


def _all_at_once(con, q):
    cur = con.execute(f"SELECT {', '.join(q.resource.columns)} FROM {q.resource.relation} t"
                      f"{q.where_sql()}{q.order_sql()}", q.params)
    return cur.fetchall()


@pytest.mark.parametrize("resource,sort,values", [
    ("events", "-event_date", {}), ("events", "event_date", {}), ("events", "fatalities", {}),
    ("events", "-fatalities", {"include_aggregates": True}), ("events", "location", {"event_type": ["Battles"]}),
    ("events", "-latitude", {}), ("events", "event_id", {}), ("reports", "-event_date", {}),
    ("reports", "source", {}), ("articles", "-published", {}), ("stories", "title", {}),
    ("outlets", "-n_articles", {}), ("actors", "-n_events", {}),
])
@pytest.mark.parametrize("batch", [5, 64])
def test_batches_are_one_ordered_result(con, resource, sort, values, batch):
    q = aq.build(aq.RESOURCES[resource], values, sort)
    want = _all_at_once(con, q)
    got, names = [], None
    for names, rows in aq.stream(con, q, batch=batch):
        assert 0 < len(rows) <= batch
        got += rows
    assert got == want
    assert names is None or names == list(q.resource.columns)


def test_reports_outlet_filter_matches_their_article_outlet(api):
    import json

    every = [json.loads(line) for line in api.get("/api/reports.ndjson").text.splitlines()]
    want = sorted(r["report_id"] for r in every if r["source"] in ("Alpha News", "Gamma Times"))
    got = api.get("/api/reports.ndjson", params=[("outlet", "Alpha News"), ("outlet", "Gamma Times")]).text
    assert want and sorted(json.loads(line)["report_id"] for line in got.splitlines()) == want
    page = api.get("/api/reports", params={"outlet": "Beta Radio", "limit": 5}).json()
    assert page["total"] == sum(r["source"] == "Beta Radio" for r in every) and page["rows"]


@pytest.mark.parametrize("resource", sorted(aq.RESOURCES))
def test_total_and_page_in_one_query_equal_count_and_page(con, resource):
    """Every sort of every resource, both directions, page after page: the one-query page gives the
    count and rows of the two queries it replaces."""
    r = aq.RESOURCES[resource]
    for sort in sorted(r.sorts):
        for s in (sort, "-" + sort):
            q = aq.build(r, {}, s)
            after, pages = None, 0
            while True:
                total, rows, nxt = aq.total_and_page(con, q, 120, after)
                want_rows, want_next = aq.page(con, q, 120, after)
                assert (total, rows, nxt) == (aq.count(con, q), want_rows, want_next), (resource, s, pages)
                if nxt is None:
                    break
                after, pages = nxt, pages + 1
