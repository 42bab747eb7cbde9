"""Merged events written chunk by chunk make the same table, sync log and counts as one write of
all the rows, and each chunk is stored before the next is built (a full link of a large store
holds one chunk in memory)."""

from __future__ import annotations

from datetime import datetime

from crossbearing.store import Store
from crossbearing.store import merged as stored

T0, T1 = datetime(2024, 3, 1, 12), datetime(2024, 3, 2, 12)


def _row(eid: str, digest: str, story: str) -> dict:
    return {"event_id_cnty": eid, "digest": digest, "story_id": story, "kind": "single", "reports": [{"id": eid}],
            "report_ids": [eid], "event_date": "2024-03-01", "fatalities": 1}


def _state(store: Store) -> tuple:
    events = store.con.execute("SELECT event_id_cnty, digest, story_id, created_at, updated_at, reports "
                               "FROM merged_events ORDER BY event_id_cnty").fetchall()
    return events, store.con.execute("SELECT * FROM deleted_events ORDER BY event_id_cnty").fetchall()


def _before() -> Store:
    store = Store(":memory:")
    stored.write(store, ["S1", "S2", "S3"], [_row("A", "a", "S1"), _row("B", "b", "S1"), _row("C", "c", "S2"),
                                             _row("M", "m", "S3")], T0)
    return store


def test_chunked_write_equals_one_write():
    # A unchanged, B changed, C gone, D new, M moved from S3 to S2 with its digest changed
    s1 = [_row("A", "a", "S1"), _row("B", "b2", "S1")]
    s2 = [_row("D", "d", "S2"), _row("M", "m2", "S2")]
    one, chunked = _before(), _before()
    want = stored.write(one, ["S1", "S2", "S3"], s1 + s2, T1)
    got = stored.write_chunks(chunked, ["S1", "S2", "S3"], iter([s1, [], s2]), T1)
    assert got == want == {"created": 1, "updated": 2, "unchanged": 1, "deleted": 1}
    assert _state(chunked) == _state(one)
    events, deleted = _state(chunked)
    assert [e[0] for e in events] == ["A", "B", "D", "M"] and deleted == [("C", T1)]
    assert dict((e[0], e[3]) for e in events)["M"] == T0  # a moved event keeps when it was created


def test_each_chunk_is_stored_before_the_next_is_built():
    store = _before()
    seen = []

    def chunks():
        yield [_row("A", "a", "S1"), _row("N1", "n", "S1")]
        seen.append(store.con.execute("SELECT count(*) FROM merged_events WHERE event_id_cnty = 'N1'").fetchone()[0])
        yield [_row("N2", "n", "S2")]

    stored.write_chunks(store, ["S1", "S2"], chunks(), T1)
    assert seen == [1]
    # B and C are gone; so is M: its story is not in the (empty) stories table, as in ``digests``
    assert [e[0] for e in _state(store)[0]] == ["A", "N1", "N2"]
