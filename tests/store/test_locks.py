"""A database locked by another process gives one line naming that process and the fix,
for every command, not a traceback (issue 13)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crossbearing.cli import cli
from crossbearing.store import Store
from crossbearing.store.duck import StoreLocked, StoreUnavailable

REPO = Path(__file__).resolve().parents[2]
HOLD = ("import sys; from crossbearing.store import Store; s = Store(sys.argv[1], read_only=sys.argv[2] == 'ro'); "
        "print('ready', flush=True); sys.stdin.read()")


@pytest.fixture
def holder(tmp_path):
    db = tmp_path / "held.duckdb"
    Store(db).close()
    procs = []

    def hold(mode: str):
        p = subprocess.Popen([sys.executable, "-c", HOLD, str(db), mode], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
        assert p.stdout.readline().strip() == "ready"
        procs.append(p)
        return p

    yield db, hold
    for p in procs:
        p.stdin.close()
        p.wait(timeout=30)


COMMANDS = [["articles"], ["show", "abc"], ["stories"], ["story", "S-1"], ["cross-events"], ["events"], ["link"],
            ["export", "--format", "jsonl", "-o", "-"]]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_every_command_gives_one_line_while_a_writer_holds_the_lock(holder, args):
    db, hold = holder
    p = hold("rw")
    res = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert res.exit_code == 1, res.output
    lines = [ln for ln in res.output.splitlines() if ln.strip()]
    assert len(lines) == 1, res.output
    assert f"PID {p.pid}" in lines[0] and "copy" in lines[0] and "Traceback" not in res.output
    assert "Pass a different --db" not in lines[0]


def test_run_while_a_reader_such_as_serve_holds_it(holder, tmp_path):
    db, hold = holder
    p = hold("ro")
    (tmp_path / "a.txt").write_text("GOMA (Reuters) - Fighting resumed in the city on Monday.")
    res = CliRunner().invoke(cli, ["run", str(tmp_path / "a.txt"), "--db", str(db)])
    assert res.exit_code == 1 and len(res.output.strip().splitlines()) == 1, res.output
    assert f"PID {p.pid}" in res.output and "cannot write to it" in res.output
    # reading alongside another reader works
    assert CliRunner().invoke(cli, ["articles", "--db", str(db)]).exit_code == 0


def test_store_errors_carry_the_pid(holder):
    db, hold = holder
    p = hold("rw")
    with pytest.raises(StoreLocked) as info:
        Store(db, read_only=True)
    assert info.value.pid == p.pid and "\n" not in str(info.value)


def test_not_a_database(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_text("hello " * 200)
    with pytest.raises(StoreUnavailable, match="not a DuckDB database"):
        Store(junk)
    res = CliRunner().invoke(cli, ["articles", "--db", str(junk)])
    assert res.exit_code == 1 and len(res.output.strip().splitlines()) == 1


def test_serve_gives_one_line_while_a_run_writes(holder):
    db, hold = holder
    p = hold("rw")
    res = subprocess.run([sys.executable, "-c", "import sys; from crossbearing.cli import main; sys.argv[0] = "
                          "'crossbearing'; main()", "serve", "--db", str(db), "--port", "0"],
                         capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert res.returncode == 1, res.stderr
    assert res.stderr.count("\n") == 1 and f"PID {p.pid}" in res.stderr and "Traceback" not in res.stderr
