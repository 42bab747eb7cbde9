"""Scale-out and the processing cascade give the same output as the plain path: a run whose
per-article stage is on a Dask cluster exports the same ACLED rows (ids and every value) as
a run in one process, whether the workers send their analyses back or write them as Parquet
for the run process to load; ``nlp.pipe`` batches and the excluded spaCy components change no
annotation; batches in flight reach the store in input order, no more than ``in_flight`` at
a time; ``benchmarks/bench.py`` writes its JSON result."""

from __future__ import annotations

import csv
import dataclasses
import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
N_ARTICLES = 20


def _gva_lines(shared_data: Path, n: int) -> list[str]:
    source = shared_data / "gva" / "dev.jsonl"
    if not source.is_file():
        pytest.skip(f"{source} not found: needs the GVA dev set")
    with source.open(encoding="utf-8") as fh:
        return [line for _, line in zip(range(n), fh)]


def _acled_rows(store, path: Path) -> list[dict]:
    from crossbearing.store.export import export

    export(store, "acled-csv", str(path))
    with open(path, encoding="utf-8", newline="") as fh:
        # ``timestamp`` is when the row was written: it differs between two runs by definition.
        return [{k: v for k, v in r.items() if k != "timestamp"} for r in csv.DictReader(fh)]


def test_dask_run_exports_the_same_rows_as_a_local_run(shared_data, tmp_path):
    pytest.importorskip("distributed", reason="needs the `dask` extra: pip install -e '.[dask]'")
    from distributed import LocalCluster

    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    corpus = tmp_path / "gva.jsonl"
    corpus.write_text("".join(_gva_lines(shared_data, N_ARTICLES)), encoding="utf-8")
    local = Settings.load(db=":memory:", workers=1, dask="", batch_size=3)
    with Store(":memory:") as store:
        run([str(corpus)], store, local)
        want = _acled_rows(store, tmp_path / "local.csv")
        want_ids = sorted(r[0] for r in store.con.execute("SELECT id FROM articles").fetchall())
    # Two workers (threads of this process: worker processes would load the models twice
    # more), small batches and several in flight, so batches finish out of order.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        settings = Settings.load(db=":memory:", workers=1, dask=cluster.scheduler_address, batch_size=3, in_flight=4)
        with Store(":memory:") as store:
            summary = run([str(corpus)], store, settings)
            got = _acled_rows(store, tmp_path / "dask.csv")
            got_ids = sorted(r[0] for r in store.con.execute("SELECT id FROM articles").fetchall())
        # the workers write their rows as Parquet and this process loads them from there
        stage_dir = tmp_path / "stage"
        with Store(":memory:") as store:
            staged_summary = run([str(corpus)], store, dataclasses.replace(settings, stage_dir=str(stage_dir)))
            staged = _acled_rows(store, tmp_path / "staged.csv")
            counts = {t: store.count(t) for t in ("articles", "spans", "events")}
            dataset = {t: store.con.execute(f"SELECT count(*) FROM read_parquet('{stage_dir}/{t}/*.parquet')")
                       .fetchone()[0] for t in counts}
    assert summary.stored == N_ARTICLES and got_ids == want_ids
    assert len(want) > 10  # a real export, not an empty one
    assert [r["event_id_cnty"] for r in got] == [r["event_id_cnty"] for r in want]
    assert got == want
    assert staged_summary.stored == N_ARTICLES and staged == want
    assert dataset == counts  # the stage folder is the run's rows as a partitioned dataset
    assert len(list((stage_dir / "articles").glob("*.parquet"))) == -(-N_ARTICLES // 3)  # one file per batch


def test_batches_in_flight_are_bounded_and_stored_in_input_order():
    from crossbearing.pipeline import _in_order

    lock = threading.Lock()
    state = {"submitted": 0, "handed": 0, "most": 0}

    def work(batch):
        time.sleep(0.02 * (3 - batch[0] % 3))  # later batches often finish first
        return [x * 10 for x in batch]

    with ThreadPoolExecutor(4) as pool:
        def submit(batch):
            with lock:
                state["submitted"] += 1
                state["most"] = max(state["most"], state["submitted"] - state["handed"])
            return pool.submit(work, batch)

        out = []
        for result in _in_order(iter([[i, i] for i in range(12)]), submit, in_flight=3):
            state["handed"] += 1
            out.append(result)
    assert out == [[i * 10, i * 10] for i in range(12)]
    assert state["most"] == 3


TEXTS = [
    "GOMA (Reuters) - Heavy fighting broke out in Goma on Tuesday between M23 rebels and the army, "
    "killing at least 12 civilians, residents said. Another 30 people were wounded.",
    "Police in Chicago said two men were shot and killed on the South Side late Friday. "
    "A 17-year-old was arrested on Saturday in connection with the shooting.",
    "Protesters gathered in Nairobi on Friday. Police fired tear gas and arrested 40 people, "
    "the interior ministry said in a statement.",
]


def _plain(analysis) -> str:
    import dataclasses

    return repr(dataclasses.asdict(analysis))


def test_batched_spacy_and_excluded_components_change_no_annotation():
    from crossbearing.extract.registry import Resources
    from crossbearing.ingest.text import article_from_text
    from crossbearing.pipeline import analyse, analyse_batch
    from crossbearing.settings import Settings

    def articles():
        return [article_from_text(t, outlet="Wire", published="2024-03-01") for t in TEXTS]

    lean = Resources(Settings.load(spacy_exclude="lemmatizer"))
    assert "lemmatizer" not in lean.get("nlp").pipe_names
    full = Resources(Settings.load(spacy_exclude=""))
    assert "lemmatizer" in full.get("nlp").pipe_names
    one_by_one_full = [_plain(analyse(a, full)) for a in articles()]
    timings: dict[str, float] = {}
    batched_lean = [_plain(a) for a in analyse_batch(articles(), lean, timings=timings)]
    assert batched_lean == one_by_one_full
    assert timings["spacy"] > 0 and "events" in timings


def test_bench_writes_its_result(shared_data, tmp_path):
    _gva_lines(shared_data, 1)
    out = tmp_path / "bench.json"
    proc = subprocess.run([sys.executable, str(REPO / "benchmarks" / "bench.py"), "--data", str(shared_data),
                           "--n", "4", "--workers", "1", "--out", str(out)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(out.read_text())
    head, one = result["headline"], result["end_to_end_1_worker"]
    assert result["articles"] == one["articles"] == result["spacy_full"]["articles"] == 4
    assert head["ratio_vs_spacy_full"] == pytest.approx(
        head["end_to_end_articles_per_cpu_s"] / head["spacy_full_articles_per_cpu_s"], rel=0.01)
    assert {"ingest", "spacy", "events", "places", "store"} <= set(one["stages_cpu_s"])
    assert sum(one["stages_cpu_s"].values()) <= one["cpu_s"] * 1.05
    assert "lemmatizer" in result["spacy_full"]["components"]
    assert set(result["link"]["linkers_cpu_s"]) >= {"stories", "events"}
    assert one["rows"]["articles"] == 4 and one["peak_rss_mb"] > 50


def test_cli_run_dask_local(tmp_path):
    pytest.importorskip("distributed", reason="needs the `dask` extra: pip install -e '.[dask]'")
    from click.testing import CliRunner

    from crossbearing.cli import cli
    from crossbearing.store import Store

    corpus = REPO / "examples" / "corpus" / "wire_roundup.jsonl"
    env = {"CROSSBEARING_EXTRACTORS": "mentions"}
    db = str(tmp_path / "d.duckdb")
    res = CliRunner().invoke(cli, ["run", str(corpus), "--db", db, "--no-link", "--dask", "local", "--workers", "2"],
                             env=env)
    assert res.exit_code == 0, res.output
    with Store(db) as s:
        assert s.count("articles") == 2 and s.count("mentions") > 0
    stage_dir = tmp_path / "stage"
    res = CliRunner().invoke(cli, ["run", str(corpus), "--db", str(tmp_path / "s.duckdb"), "--no-link", "--dask",
                                   "local", "--workers", "2", "--stage-dir", str(stage_dir)], env=env)
    assert res.exit_code == 0, res.output
    with Store(str(tmp_path / "s.duckdb")) as s:
        assert s.count("articles") == 2 and s.count("mentions") > 0
    assert list((stage_dir / "mentions").glob("*.parquet"))
    res = CliRunner().invoke(cli, ["run", str(corpus), "--db", str(tmp_path / "t.duckdb"), "--stage-dir",
                                   str(stage_dir)], env=env)
    assert res.exit_code == 2 and "use it with --dask" in res.output
