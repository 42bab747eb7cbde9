"""Ids and rows do not depend on input order or on how the input is split into runs: the first
40 GVA dev articles, shuffled and split into 5 ``pipeline.run`` calls on one store, export the
same ACLED CSV (ids and every value) as one run over the same lines."""

from __future__ import annotations

import csv
import random

import pytest

pytestmark = pytest.mark.shared

N_LINES, N_RUNS = 40, 5


def _acled_rows(store, path) -> list[dict]:
    from crossbearing.store.export import export

    export(store, "acled-csv", str(path))
    with open(path, encoding="utf-8", newline="") as fh:
        # ``timestamp`` is ACLED's "when this row last changed": it differs between two runs
        # made at different times by definition, so it is the one column left out.
        return [{k: v for k, v in r.items() if k != "timestamp"} for r in csv.DictReader(fh)]


def _table(store, sql) -> list[tuple]:
    return sorted(map(repr, store.con.execute(sql).fetchall()))


@pytest.fixture(scope="module")
def two_stores(shared_data, tmp_path_factory):
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    source = shared_data / "gva" / "dev.jsonl"
    if not source.is_file():
        pytest.skip(f"{source} not found: the shuffle-and-split test needs the GVA dev set")
    lines = source.read_text(encoding="utf-8").splitlines()[:N_LINES]
    tmp = tmp_path_factory.mktemp("split")
    whole = tmp / "all.jsonl"
    whole.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shuffled = lines[:]
    random.Random(20240611).shuffle(shuffled)
    parts = []
    for i in range(N_RUNS):
        part = tmp / f"part{i}.jsonl"
        part.write_text("\n".join(shuffled[i::N_RUNS]) + "\n", encoding="utf-8")
        parts.append(part)
    settings = Settings.load(workers=1, db=":memory:")
    one, many = Store(":memory:"), Store(":memory:")
    run([str(whole)], one, settings)
    for part in parts:
        run([str(part)], many, settings)
    yield one, many, tmp
    one.close()
    many.close()


def test_shuffled_and_split_runs_export_the_same_rows(two_stores):
    one, many, tmp = two_stores
    rows_one, rows_many = _acled_rows(one, tmp / "one.csv"), _acled_rows(many, tmp / "many.csv")
    assert len(rows_one) > 20  # a real export, not an empty one
    assert [r["event_id_cnty"] for r in rows_many] == [r["event_id_cnty"] for r in rows_one]
    assert rows_many == rows_one


def test_shuffled_and_split_runs_build_the_same_links(two_stores):
    one, many, _ = two_stores
    assert one.count("stories") < one.count("articles")  # some stories have several articles
    for sql in ("SELECT * FROM stories", "SELECT * FROM story_articles", "SELECT id, story_id, data FROM cross_events",
                "SELECT a, b, data FROM reuse", "SELECT event_id_cnty, digest FROM merged_events"):
        assert _table(many, sql) == _table(one, sql), sql


def test_a_full_relink_changes_nothing(two_stores):
    from crossbearing.link import link_store
    from crossbearing.settings import Settings

    _, many, tmp = two_stores
    before = _acled_rows(many, tmp / "before.csv")
    stamps = _table(many, "SELECT event_id_cnty, created_at, updated_at FROM merged_events")
    summary = link_store(many, Settings.load(), full=True)
    assert summary["stories"]["articles"] == many.count("articles")  # every article placed again
    assert summary["events"]["created"] == summary["events"]["updated"] == summary["events"]["deleted"] == 0
    assert _acled_rows(many, tmp / "after.csv") == before
    assert _table(many, "SELECT event_id_cnty, created_at, updated_at FROM merged_events") == stamps
