from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from crossbearing.cli import cli
from crossbearing.store import Store

REPO = Path(__file__).resolve().parents[1]

CRASHING_RUN = r"""
import os, signal, sys
from crossbearing.pipeline import run
from crossbearing.settings import Settings
from crossbearing.store import Store
settings = Settings.load(db=sys.argv[2], extractors="mentions", batch_size=50)
kill_at = int(sys.argv[3])
def progress(s):
    if kill_at and s.seen >= kill_at:
        os.kill(os.getpid(), signal.SIGKILL)  # a crash in the middle of a batch
store = Store(settings.db)
summary = run([sys.argv[1]], store, settings, progress=progress, link=False)
print(summary.stored)
"""


def _corpus(path: Path, n: int) -> None:
    with path.open("w") as fh:
        for i in range(n):
            fh.write(json.dumps({"text": f"Report {i}: Police in Lagos arrested {i % 7 + 2} people on Monday.",
                                 "outlet": f"outlet{i % 5}"}) + "\n")


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path):
    corpus, db = tmp_path / "big.jsonl", tmp_path / "big.duckdb"
    _corpus(corpus, 2000)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    first = subprocess.run([sys.executable, "-c", CRASHING_RUN, str(corpus), str(db), "1025"], env=env,
                           capture_output=True, text=True, timeout=600)
    assert first.returncode == -9, first.stderr
    with Store(db) as s:
        kept = s.count("articles")
    assert 0 < kept < 2000 and kept % 50 == 0  # whole batches were committed, the partial one was not
    second = subprocess.run([sys.executable, "-c", CRASHING_RUN, str(corpus), str(db), "0"], env=env,
                            capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stderr
    assert int(second.stdout.split()[-1]) == 2000 - kept
    with Store(db) as s:
        assert s.count("articles") == 2000
        dup = s.query("SELECT count(*) - count(DISTINCT (article_id, idx)) AS d FROM mentions")[0]["d"]
        assert dup == 0 and s.count("analyses") == 2000


def test_cli_run_bad_inputs_exit_status(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("GOMA (Reuters) - Heavy fighting broke out in Goma on Tuesday, residents said.")
    (d / "empty.txt").write_text("")
    (d / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (d / "nav.html").write_text("<html><body><nav>Home</nav></body></html>")
    (d / "bad.jsonl").write_text('{"text": "Protesters gathered in Nairobi on Friday."}\n{"text": oops}\n')
    db = str(tmp_path / "t.duckdb")
    env = {"CROSSBEARING_EXTRACTORS": "mentions"}
    res = CliRunner().invoke(cli, ["run", str(d), "--db", db, "--no-link"], env=env)
    assert res.exit_code == 2, res.output
    for reason in ("empty file", "binary content", "no article text", "malformed JSON"):
        assert reason in res.output
    with Store(db) as s:
        assert s.count("articles") == 2
    again = CliRunner().invoke(cli, ["run", str(d / "good.txt"), "--db", db, "--no-link"], env=env)
    assert again.exit_code == 0 and "already stored (skipped)" in again.output
    with Store(db) as s:
        assert s.count("articles") == 2


def test_cli_articles_show_export(tmp_path):
    db = str(tmp_path / "t.duckdb")
    corpus = REPO / "examples" / "corpus" / "wire_roundup.jsonl"
    env = {"CROSSBEARING_EXTRACTORS": "mentions"}
    assert CliRunner().invoke(cli, ["run", str(corpus), "--db", db, "--no-link"], env=env).exit_code == 0
    listing = CliRunner().invoke(cli, ["articles", "--db", db])
    assert "Coastline Times" in listing.output and "Levant Wire" in listing.output
    with Store(db) as s:
        aid = s.query("SELECT id FROM articles WHERE outlet = 'Levant Wire'")[0]["id"]
    shown = CliRunner().invoke(cli, ["show", aid[:8], "--db", db])
    assert shown.exit_code == 0 and "Qasr Hamdan" in shown.output
    assert CliRunner().invoke(cli, ["show", "nope", "--db", db]).exit_code != 0
    out = tmp_path / "a.jsonl"
    res = CliRunner().invoke(cli, ["export", "--db", db, "--format", "jsonl", "--table", "articles", "-o", str(out)])
    assert res.exit_code == 0 and len(out.read_text().splitlines()) == 2
    pq = tmp_path / "m.parquet"
    assert CliRunner().invoke(cli, ["export", "--db", db, "--format", "parquet", "--table", "mentions",
                                    "-o", str(pq)]).exit_code == 0
    import duckdb

    assert duckdb.connect().execute(f"SELECT count(*) FROM '{pq}'").fetchall()[0][0] > 0
    csv_out = tmp_path / "a.csv"
    assert CliRunner().invoke(cli, ["export", "--db", db, "--format", "csv", "--table", "articles",
                                    "-o", str(csv_out)]).exit_code == 0
    assert csv_out.read_text().startswith("id,")


def test_seeds_run_twice_stores_nothing_new(seeds_dir, tmp_path):
    db = str(tmp_path / "s.duckdb")
    env = {"CROSSBEARING_EXTRACTORS": "mentions"}
    first = CliRunner().invoke(cli, ["run", str(seeds_dir), "--db", db, "--no-link"], env=env)
    assert first.exit_code == 0, first.output
    with Store(db) as s:
        outlets = {r["outlet"] for r in s.query("SELECT outlet FROM articles")}
        n_mentions = s.count("mentions")
        m = s.query("SELECT a.text, m.start_char, m.end_char, m.text AS surface FROM mentions m "
                    "JOIN articles a ON a.id = m.article_id")
    assert outlets == {"GPA", "PressTV"} and n_mentions > 50
    assert all(r["text"][r["start_char"]:r["end_char"]] == r["surface"] for r in m)
    again = CliRunner().invoke(cli, ["run", str(seeds_dir), "--db", db, "--no-link"], env=env)
    assert again.exit_code == 0
    with Store(db) as s:
        assert s.count("articles") == 2 and s.count("mentions") == n_mentions


def test_worker_processes_give_the_same_result(tmp_path):
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings

    corpus = tmp_path / "c.jsonl"
    _corpus(corpus, 40)
    counts, rows = [], []
    for workers in (1, 2):
        # batches of 20: the workers get them as tasks of 4 articles (pipeline.WORKER_TASK)
        settings = Settings.load(db=str(tmp_path / f"w{workers}.duckdb"), extractors="mentions", workers=workers,
                                 batch_size=20)
        with Store(settings.db) as store:
            run([str(corpus)], store, settings, link=False)
            counts.append((store.count("articles"), store.count("mentions")))
            rows.append(store.con.execute("SELECT * FROM mentions ORDER BY ALL").fetchall())
    assert counts[0] == counts[1] and counts[0][0] == 40
    assert rows[0] == rows[1]


def test_worker_tasks_rejoin_in_input_order():
    from concurrent.futures import Future

    from crossbearing.pipeline import _in_order, _submit_split

    def submit(task):  # a finished future whose result is the task's articles, tagged
        f = Future()
        f.set_result([("done", a) for a in task])
        return f

    batches = [list(range(i, i + 20)) for i in range(0, 100, 20)] + [[100, 101, 102]]
    out = list(_in_order(iter(batches), lambda b: _submit_split(submit, b, 8), in_flight=3))
    assert out == [[("done", a) for a in b] for b in batches]
