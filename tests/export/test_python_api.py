"""The documented Python API: analyse texts or a folder into a store, iterate events as
records, load the event table as a DataFrame (pandas extra)."""

from __future__ import annotations

import pytest

import crossbearing
from crossbearing.export import COLUMNS

TEXTS = [
    "ALEPPO, Syria (Wire One) - An air strike killed 12 civilians in the town of Manbij on Monday, "
    "the Syrian Observatory for Human Rights said.",
    "BEIRUT (Paper Two) - Twelve civilians were killed on Monday when an air strike hit the town of Manbij "
    "in northern Syria, a monitoring group said.",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pyapi") / "news.duckdb"
    assert crossbearing.analyse(TEXTS, db=path, published="2024-03-04") == str(path)
    return path


def test_analyse_texts_and_iterate_events(db):
    rows = list(crossbearing.iter_events(db))
    assert rows and set(COLUMNS) <= set(rows[0])
    assert all(r["event_date"] is None or r["event_date"] >= "2024-02-01" for r in rows)
    assert list(crossbearing.iter_events(db, min_origins=99)) == []
    again = crossbearing.analyse(TEXTS, db=db, published="2024-03-04")  # already there: nothing changes
    assert [r["event_id_cnty"] for r in crossbearing.iter_events(again)] == [r["event_id_cnty"] for r in rows]


def test_analyse_a_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    db = crossbearing.analyse(folder, db=tmp_path / "f.duckdb", published="2024-03-04")
    assert list(crossbearing.iter_events(db))


def test_clear_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="list of texts"):
        crossbearing.analyse(str(tmp_path / "missing"), db=tmp_path / "x.duckdb")
    with pytest.raises(FileNotFoundError, match="crossbearing.analyse"):
        list(crossbearing.iter_events(tmp_path / "none.duckdb"))
    with pytest.raises(TypeError, match="min_origins"):
        list(crossbearing.iter_events(tmp_path / "x.duckdb", colour="red"))


def test_events_frame(db):
    pd = pytest.importorskip("pandas", reason="the pandas extra is not installed")
    frame = crossbearing.events_frame(db)
    assert list(frame.columns[:len(COLUMNS)]) == COLUMNS
    assert len(frame) == len(list(crossbearing.iter_events(db)))
    assert pd.api.types.is_datetime64_any_dtype(frame["event_date"])
