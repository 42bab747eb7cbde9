"""Undated seed 000 takes its year from its dated story peer 001 (pure step and linker)."""

import dataclasses
from datetime import date

import pytest

from crossbearing.extract.registry import Resources
from crossbearing.ingest import iter_articles
from crossbearing.model import Article
from crossbearing.pipeline import analyse
from crossbearing.timex.stories import redate_stories


@pytest.fixture(scope="module")
def seed_pair(seeds_dir):
    resources = Resources()
    arts = sorted((a for a in iter_articles([str(seeds_dir)]) if isinstance(a, Article)), key=lambda a: a.source_path)
    return [analyse(a, resources, ["mentions", "published", "times"]) for a in arts]


def test_redate_stories_dates_000_and_its_times(seed_pair):
    a0, a1 = seed_pair
    assert a0.article.published is None and a1.article.published == "2017-09-12"
    changed = redate_stories({"S": [a0, a1]})
    assert changed == [a0]
    lo, hi = date.fromisoformat(a0.article.published), date.fromisoformat(a0.article.published_end)
    assert lo <= date(2017, 9, 12) <= hi and (hi - lo).days <= 6
    thursday = next(t for t in a0.times if t.span.text == "Thursday")
    assert thursday.start == "2017-09-14"
    assert redate_stories({"S": [a0, a1]}) == []  # idempotent: nothing left to date


def test_story_dates_linker_rewrites_the_rows(seed_pair):
    from crossbearing.link.story_dates import link_story_dates
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    fresh = [dataclasses.replace(an.article, published=None, published_end=None, published_precision=None,
                                 published_source=None, published_evidence=[]) for an in seed_pair]
    a0, a1 = (analyse(a, Resources(), ["mentions", "published", "times"]) for a in fresh)
    store = Store(":memory:")
    store.write_analyses([a0, a1])
    store.replace_table("stories", ["id", "title", "first_seen", "last_seen", "n_articles", "n_outlets"],
                        [("S-1", "t", None, None, 2, 2)])
    store.replace_table("story_articles", ["story_id", "article_id"],
                        [("S-1", a0.article.id), ("S-1", a1.article.id)])
    assert link_story_dates(store, Settings.load()) == {"redated": 1}
    row = store.query("SELECT published, published_source FROM articles WHERE id = ?", [a0.article.id])[0]
    assert row["published_source"] == "inferred" and row["published"] <= date(2017, 9, 12)
    assert store.analysis(a0.article.id).article.published == row["published"].isoformat()
    times = store.query("SELECT start_date FROM times WHERE article_id = ? AND text = 'Thursday'", [a0.article.id])
    assert times[0]["start_date"] == date(2017, 9, 14)
    assert store.count("articles") == 2


def test_a_relative_day_read_against_a_borrowed_window_is_no_finer_than_the_window(seeds_dir):
    from crossbearing.timex.stories import _window_precision

    resources = Resources()
    arts = sorted((a for a in iter_articles([str(seeds_dir)]) if isinstance(a, Article)), key=lambda a: a.source_path)
    a0, a1 = [analyse(a, resources) for a in arts]
    assert a0.article.published is None
    redate_stories({"S": [a0, a1]})
    assert _window_precision(a0) == 2  # a window of several days
    relative = [ev for ev in a0.events if ev.time is not None and ev.time.relative]
    assert relative and all(ev.time_precision >= 2 for ev in relative)
