"""A batch staged as Parquet by a worker and loaded by the run process stores exactly the rows
``Store.write_analyses`` stores; a copy already stored is kept or replaced by the same rule;
loading twice changes nothing; a stage folder the run process cannot see is a clear error."""

from __future__ import annotations

import dataclasses

import pytest
from test_bulk_write import TABLES, _edge_cases, _tables

from crossbearing.model import Analysis, Article
from crossbearing.store import Store
from crossbearing.store.staging import StageUnreadable, analyses_of, load, part_name, stage


def _direct(analyses: list[Analysis]) -> Store:
    store = Store(":memory:")
    store.write_analyses(analyses)
    return store


def test_a_staged_batch_loads_the_rows_write_analyses_stores(tmp_path):
    analyses = _edge_cases()
    staged = stage(analyses, tmp_path / "stage")
    assert staged.article_ids == ["e1", "e2"] and staged.extractor_errors == 1
    assert staged.counts["spans"] == 16 and staged.counts["events"] == 2
    for t in TABLES:  # one file per table, all named after the batch
        assert (tmp_path / "stage" / t / staged.part).is_file()
    loaded = Store(":memory:")
    assert load(loaded, staged) == 2
    got, want = _tables(loaded), _tables(_direct(analyses))
    for t in TABLES:
        assert got[t] == want[t], t
    # and the worker's scratch store is left empty for its next batch
    again = stage(analyses[:1], tmp_path / "stage")
    assert again.counts["articles"] == 1 and again.part != staged.part


@pytest.mark.shared
def test_real_analyses_staged_and_loaded(seed_analyses, tmp_path):
    analyses = list(seed_analyses.values())
    loaded = Store(":memory:")
    load(loaded, stage(analyses, tmp_path))
    got, want = _tables(loaded), _tables(_direct(analyses))
    assert all(got[t] == want[t] for t in TABLES) and got["events"]


def test_loading_twice_changes_nothing_and_names_are_stable(tmp_path):
    analyses = _edge_cases()
    first = stage(analyses, tmp_path)
    assert stage(analyses, tmp_path).part == first.part == part_name(["e1", "e2"])
    store = Store(":memory:")
    load(store, first)
    before = _tables(store)
    assert load(store, first) == 0
    assert _tables(store) == before


def _copy(an: Analysis, outlet: str) -> Analysis:
    return dataclasses.replace(an, article=dataclasses.replace(an.article, outlet=outlet))


def test_a_stored_copy_is_kept_or_replaced_as_write_analyses_decides(tmp_path):
    an = _edge_cases()[0]
    for stored_outlet, staged_outlet, kept in (("B", "A", "A"), ("A", "B", "A")):
        store = _direct([_copy(an, stored_outlet)])
        load(store, stage([_copy(an, staged_outlet)], tmp_path / stored_outlet))
        assert store.query("SELECT outlet FROM articles") == [{"outlet": kept}]
        assert store.count("events") == 2 and store.count("spans") == 16  # not doubled
        reference = _direct([_copy(an, stored_outlet)])
        reference.write_analyses([_copy(an, staged_outlet)])
        got, want = _tables(store), _tables(reference)
        assert all(got[t] == want[t] for t in TABLES if t != "articles")


def test_a_stage_folder_the_run_process_cannot_see_is_a_clear_error(tmp_path):
    staged = stage([Analysis(article=Article(id="x1", text="Nothing happened."))], tmp_path / "worker-side")
    (tmp_path / "worker-side" / "events" / staged.part).unlink()
    store = Store(":memory:")
    with pytest.raises(StageUnreadable, match="--stage-dir must be a folder the workers and this process share"):
        load(store, staged)
    assert store.count("articles") == 0  # nothing half-loaded


def test_the_analyses_of_a_staged_batch_read_back(tmp_path):
    analyses = _edge_cases()
    back = analyses_of(stage(analyses, tmp_path))
    assert [a.article.id for a in back] == ["e1", "e2"]
    assert back[0].events[0].fatalities.best == analyses[0].events[0].fatalities.best
