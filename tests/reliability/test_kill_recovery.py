"""SIGKILL during extraction and during linking, then a plain ``crossbearing run``: the store
equals a clean run's, table by table (issue 13). The long version (2,000 GVA articles, ten
kills at random times in each stage) is ``benchmarks/reliability.py --part kill``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crossbearing.store import Store

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
from killing import differences, table_rows  # noqa: E402

PLACES = ["Goma", "Beni", "Bunia", "Butembo", "Kisangani", "Bukavu"]
OUTLETS = ["Reuters", "AP", "AFP", "Radio Okapi"]
CLI = [sys.executable, "-c", "import sys; from crossbearing.cli import main; sys.argv[0] = 'crossbearing'; main()"]
ENV = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CROSSBEARING_BATCH_SIZE": "4",
       "CROSSBEARING_EXTRACTORS": ""}


def corpus(path: Path) -> None:
    """24 reports of six incidents by four outlets (shared passages, so stories, reuse and
    cross-events all have rows), in an order that mixes the incidents."""
    lines = []
    for k, outlet in enumerate(OUTLETS):
        for i, place in enumerate(PLACES):
            text = (f"{place.upper()} ({outlet}) - Rebels attacked the village of {place} on Tuesday, killing "
                    f"{i + 3} civilians and wounding {i + 5} others, the army said. A local official said the "
                    f"attackers burned {i + 10} houses. {'Residents fled to the town centre.' if k % 2 else ''} "
                    f"Fighting between the army and M23 rebels in North Kivu has displaced thousands this year.")
            lines.append(json.dumps({"text": text, "outlet": outlet, "published": f"2024-05-{7 + i % 3:02d}",
                                     "title": f"{i + 3} killed in {place} attack"}))
    lines = lines[::2] + lines[1::2]
    path.write_text("\n".join(lines) + "\n")


def crossbearing_run(inp: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "run", str(inp), "--db", str(db)],
                          env=ENV, capture_output=True, text=True, timeout=300)


def killed(inp: Path, db: Path, stage: str, point: str) -> str:
    res = subprocess.run([sys.executable, str(HERE / "killing.py"), str(inp), str(db), stage, point],
                         env=ENV, capture_output=True, text=True, timeout=300)
    assert res.returncode == -9, (stage, point, res.stdout, res.stderr[-2000:])
    assert f"STAGE {stage}" in res.stdout
    return res.stdout


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    d = tmp_path_factory.mktemp("kill")
    inp = d / "reports.jsonl"
    corpus(inp)
    res = crossbearing_run(inp, d / "clean.duckdb")
    assert res.returncode == 0, res.stderr[-2000:]
    rows = table_rows(str(d / "clean.duckdb"))
    assert len(rows["articles"]) == 24 and rows["stories"] and rows["reuse"] and rows["cross_events"]
    return inp, rows


def test_kills_during_extraction_then_a_plain_run(clean, tmp_path):
    inp, want = clean
    db = tmp_path / "x.duckdb"
    killed(inp, db, "extract", "tx:3")  # before the third batch commits: two batches kept
    with Store(db) as s:
        assert s.count("articles") == 8 and s.count("analyses") == 8 and s.count("stories") == 0
    killed(inp, db, "extract", "tx:2")  # right after the re-run's second batch commits
    with Store(db) as s:
        assert s.count("articles") == 16
    res = crossbearing_run(inp, db)
    assert res.returncode == 0, res.stderr[-2000:]
    assert differences(table_rows(str(db)), want) == {}


def test_kills_during_linking_then_a_plain_run(clean, tmp_path):
    inp, want = clean
    db = tmp_path / "l.duckdb"
    res = subprocess.run([*CLI, "run", str(inp), "--db", str(db), "--no-link"],
                         env=ENV, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    killed(inp, db, "link", "tx:2")  # after the first linker's commit
    with Store(db) as s:
        assert s.count("stories") > 0 and s.count("link_pending") > 0  # half linked
        assert s.count("cross_events") == 0
    killed(inp, db, "link", "tx:3")  # inside a later linker, before its commit
    again = crossbearing_run(inp, db)  # stores nothing new: it must still finish the link stage
    assert again.returncode == 0, again.stderr[-2000:]
    assert "already stored" in again.stdout
    assert differences(table_rows(str(db)), want) == {}
