"""Incremental linking: a run places only the new articles (replaying the stream from the
checkpoint before the earliest of them), gives the same stories as linking everything at once,
and keeps the merged-event sync log (created / updated times, deleted ids)."""

from __future__ import annotations

from datetime import date, timedelta

from crossbearing.link import link_store
from crossbearing.model import Analysis, Article
from crossbearing.settings import Settings
from crossbearing.store import Store

NAMES = ["Marcus Hill", "Tanya Brooks", "Devon Carter", "Ray Alvarez", "Keisha Moore", "Owen Baptiste"]
STREETS = ["Elm Street", "Harbor Road", "Pine Avenue", "Mill Lane", "Ridge Drive", "Canal Way"]


def _article(i: int, outlet: str, day: date) -> Analysis:
    k = i % len(NAMES)
    text = (f"{NAMES[k]}, {20 + k}, was shot on {STREETS[k]} late on a weeknight, police said. "
            f"Officers found {NAMES[k]} wounded near the {STREETS[k]} corner store and took him to hospital. "
            f"Detectives asked witnesses of the {STREETS[k]} shooting to call. Report {i} from {outlet}.")
    aid = f"{i:04d}" + "0" * 12
    return Analysis(article=Article(id=aid, text=text, outlet=outlet, published=day.isoformat(),
                                    published_precision="day", title=f"Shooting on {STREETS[k]}"))


def _corpus(n: int = 36) -> list[Analysis]:
    d0 = date(2023, 3, 1)
    return [_article(i, f"outlet{i % 4}", d0 + timedelta(days=(i % len(NAMES)) * 9 + i // len(NAMES) % 3))
            for i in range(n)]


def _stories(store) -> list[tuple]:
    return sorted(store.con.execute("SELECT story_id, article_id FROM story_articles").fetchall())


def test_a_later_article_replays_only_itself_an_earlier_one_replays_from_a_checkpoint(monkeypatch):
    from crossbearing.link import stories_linker

    monkeypatch.setattr(stories_linker, "CHECKPOINT_GAP", 4)  # checkpoints 4, 8, 16 … articles back
    corpus = sorted(_corpus(), key=lambda a: (a.article.published, a.article.id))
    settings = Settings.load()
    store = Store(":memory:")
    store.write_analyses(corpus[:-2] + corpus[-1:])  # one article held back, one from the end
    assert link_store(store, settings)["stories"]["articles"] == len(corpus) - 1
    assert link_store(store, settings)["stories"]["articles"] == 0  # nothing new: nothing re-linked
    late = _article(99, "outlet9", date.fromisoformat(corpus[-1].article.published) + timedelta(days=1))
    store.write_analyses([late])
    assert link_store(store, settings)["stories"]["articles"] == 1  # after everything stored: only itself
    store.write_analyses([corpus[-2]])  # dated before the last stored one: replays the tail after it
    replayed = link_store(store, settings)["stories"]["articles"]
    assert 2 <= replayed <= 9  # from the checkpoint 4-8 articles back, not the whole stream
    once = Store(":memory:")
    once.write_analyses(corpus + [late])
    link_store(once, settings)
    assert _stories(store) == _stories(once)
    assert store.query("SELECT * FROM stories ORDER BY id") == once.query("SELECT * FROM stories ORDER BY id")
    assert 1 < store.count("stories") < len(corpus)


def test_story_ids_come_from_the_first_article():
    store = Store(":memory:")
    store.write_analyses(_corpus(12))
    link_store(store, Settings.load())
    for r in store.query("SELECT story_id, min(article_id) AS first FROM story_articles GROUP BY 1"):
        assert r["story_id"] == "S-" + r["first"][:16]  # same day here, so the first by id


def test_the_copy_of_a_text_kept_does_not_depend_on_order():
    a, b = _article(1, "Zeta Post", date(2023, 1, 1)), _article(1, "Alpha Wire", date(2023, 1, 1))
    kept = []
    for order in ([a, b], [b, a]):
        store = Store(":memory:")
        for an in order:
            store.write_analyses([an])
        kept.append(store.query("SELECT outlet FROM articles")[0]["outlet"])
    assert kept == ["Alpha Wire", "Alpha Wire"]


def test_merged_events_keep_created_and_updated_times_and_log_deleted_ids(hand_seeds):
    from crossbearing.export import merged_events

    gpa, presstv = hand_seeds
    settings = Settings.load()
    store = Store(":memory:")
    store.write_analyses([gpa])
    link_store(store, settings)
    first = {r["event_id_cnty"]: r for r in store.query("SELECT * FROM merged_events")}
    assert first and all(r["created_at"] == r["updated_at"] for r in first.values())
    assert store.count("deleted_events") == 0
    store.con.execute("UPDATE merged_events SET created_at = created_at - INTERVAL 1 DAY, "
                      "updated_at = updated_at - INTERVAL 1 DAY")  # as if linked yesterday
    first = {r["event_id_cnty"]: r for r in store.query("SELECT * FROM merged_events")}
    store.write_analyses([presstv])
    summary = link_store(store, settings)["events"]
    now = {r["event_id_cnty"]: r for r in store.query("SELECT * FROM merged_events")}
    deleted = {r["event_id_cnty"] for r in store.query("SELECT event_id_cnty FROM deleted_events")}
    # GPA's single-report events that PressTV also reports are now one event of two reports:
    assert deleted and deleted <= set(first) and not deleted & set(now)
    assert summary["deleted"] == len(deleted) and summary["created"] >= 1
    two = [r for r in now.values() if r["n_reports"] == 2]
    assert two and all(r["created_at"] == r["updated_at"] > min(f["updated_at"] for f in first.values())
                       for r in two)
    for eid in set(first) & set(now):  # untouched events keep their times
        if now[eid]["digest"] == first[eid]["digest"]:
            assert now[eid]["updated_at"] == first[eid]["updated_at"]
    exported = {m.row["event_id_cnty"] for m in merged_events(store)}
    assert exported == set(now)
