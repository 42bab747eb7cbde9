"""`serve` and `run` on one database at once (issue 13): the server reads a snapshot, so a run
can write meanwhile; the server keeps answering and shows the run's articles once it is done."""

from __future__ import annotations

import time

from click.testing import CliRunner
from fastapi.testclient import TestClient

from crossbearing.cli import cli

FIRST = "GOMA (Reuters) - Fighting resumed in the city of Goma on Monday, killing four people, officials said."
SECOND = "KIDAL (AFP) - Gunmen attacked an army post near Kidal on Tuesday, killing two soldiers, the army said."


def _run(path, db):
    res = CliRunner().invoke(cli, ["run", str(path), "--db", str(db)])
    assert res.exit_code == 0, res.output


def test_a_run_writes_while_the_server_answers_and_the_server_shows_it_after(tmp_path):
    from crossbearing.api import create_app

    db = tmp_path / "live.duckdb"
    (tmp_path / "a.txt").write_text(FIRST)
    (tmp_path / "b.txt").write_text(SECOND)
    _run(tmp_path / "a.txt", db)
    app = create_app(str(db), refresh=0.2)
    api = TestClient(app, base_url="http://127.0.0.1")
    try:
        assert api.get("/api/stats").json()["articles"] == 1
        _run(tmp_path / "b.txt", db)  # the server holds no lock on the database: the run is not refused
        assert api.get("/api/stats").status_code == 200  # and it kept answering
        deadline = time.monotonic() + 20
        while api.get("/api/stats").json()["articles"] != 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert api.get("/api/stats").json()["articles"] == 2
        assert len(api.get("/api/articles.json").json()) >= 2
    finally:
        app.state.snapshots.stop()


def test_no_change_no_new_snapshot(tmp_path):
    from crossbearing.api import create_app

    db = tmp_path / "still.duckdb"
    (tmp_path / "a.txt").write_text(FIRST)
    _run(tmp_path / "a.txt", db)
    app = create_app(str(db), refresh=0)
    assert app.state.snapshots.refresh() is False
    assert app.state.snapshots.generation == 1
