"""Reliability campaign of issue 13: the long versions of tests/reliability/.

    .venv/bin/python benchmarks/reliability.py --part fuzz|big|clean|kill-extract|kill-link|order|serve|all
        [--data ../shared/data] [--work out/reliability] [--out out/reliability/PART.json]

- ``fuzz``: both hypothesis suites (tests/reliability/test_fuzz_*.py) at CROSSBEARING_FUZZ_SCALE
  (default 9: more than 10,000 generated inputs) with a per-input deadline (the hang bound,
  default 10 s); counts passing/failing examples from hypothesis' statistics.
- ``big``: a 45 MB article, a 4 MB page of 45,000 paragraphs, a .warc.gz that inflates to
  1.2 GB and a 17 MB JSON line in one ``crossbearing run`` (every extractor).
- ``clean``: only the clean run of the kill parts (they make it when it is missing).
- ``kill-extract``: N GVA articles (default 2,000). A clean run; then, on a fresh store, K runs
  each SIGKILLed at a random time during extraction (each run resumes the one before), then a
  plain ``crossbearing run``: the store must equal the clean run's, table by table.
- ``kill-link``: from the store of the last kill above, finished with ``run --no-link``: K times a
  copy of it, a run SIGKILLed at a random time of its link stage, then a plain ``crossbearing
  run``; each must equal the clean store.
- ``order``: N GVA articles (default 300) as .txt files, as .jsonl, reversed and shuffled, every
  extractor, the four runs side by side: one store (only source_path differs).
- ``serve``: ``crossbearing serve`` on a store while ``crossbearing run`` adds articles to it.

Every child process is measured (peak RSS, CPU seconds, wall seconds) and the result is one
JSON file per part. The kill parts run a subset of extractors by default (``--extractors``; the
link stage runs whole): the property is the store's transactions, and every extractor on 2,000
articles takes about half an hour per run on a shared 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests" / "reliability"
sys.path.insert(0, str(TESTS))
from killing import differences, table_rows  # noqa: E402

CLI = [sys.executable, "-c", "import sys; from crossbearing.cli import main; sys.argv[0] = 'crossbearing'; main()"]
KEYS = ("text", "title", "url", "outlet", "published")


def measured(cmd: list[str], env: dict, timeout: float = 1800, on_line=None) -> dict:
    """Run ``cmd``; its exit status, output, wall and CPU seconds and peak RSS (MB). ``on_line``
    sees each stdout line as it comes, with the process (to kill it)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO, errors="replace")
    out: list[str] = []
    err: list[str] = []

    def pump_err() -> None:
        for line in proc.stderr:
            err.append(line)

    t = threading.Thread(target=pump_err, daemon=True)
    t.start()
    killer = threading.Timer(timeout, lambda: os.kill(proc.pid, signal.SIGKILL))
    killer.start()
    for line in proc.stdout:
        out.append(line)
        if on_line:
            on_line(line, proc)
    _, status, usage = os.wait4(proc.pid, 0)
    killer.cancel()
    proc.returncode = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    t.join(5)
    return {"rc": proc.returncode, "stdout": "".join(out), "stderr": "".join(err),
            "wall_s": round(time.perf_counter() - started, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def env_for(**extra: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    env.update(extra)
    return env


def gva(data: Path, n: int) -> list[dict]:
    recs = []
    with (data / "gva" / "dev.jsonl").open() as fh:
        for line in fh:
            recs.append(json.loads(line))
            if len(recs) >= n:
                break
    return recs


def write_jsonl(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps({k: r[k] for k in KEYS if r.get(k) is not None}) + "\n" for r in recs))
    return path


def machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}


# --- fuzz ---------------------------------------------------------------------------------

def part_fuzz(args) -> dict:
    env = env_for(CROSSBEARING_FUZZ_SCALE=str(args.scale), CROSSBEARING_FUZZ_DEADLINE_MS=str(args.hang_s * 1000))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:logging",
           "--hypothesis-show-statistics", "--hypothesis-seed", str(args.seed),
           str(TESTS / "test_fuzz_inputs.py"), str(TESTS / "test_fuzz_readers.py")]
    r = measured(cmd, env, timeout=3600)
    tests, total_pass, total_fail, total_invalid, runtimes = {}, 0, 0, 0, {}
    current = None
    for line in r["stdout"].splitlines():
        m = re.match(r"\S+::(test_\w+):", line.strip())
        if m:
            current = m.group(1)
            continue
        m = re.search(r"(\d+) passing(?: examples?)?, (\d+) failing(?: examples?)?,(?: and)? (\d+) invalid", line)
        if m and current:
            p, f, i = map(int, m.groups())
            d = tests.setdefault(current, {"passing": 0, "failing": 0, "invalid": 0})
            d["passing"] += p
            d["failing"] += f
            d["invalid"] += i
            total_pass += p
            total_fail += f
            total_invalid += i
        m = re.search(r"Typical runtimes: (.*)", line)
        if m and current:
            runtimes.setdefault(current, []).append(m.group(1).strip())
    summary = r["stdout"].strip().splitlines()[-1] if r["stdout"].strip() else ""
    return {"command": " ".join(["CROSSBEARING_FUZZ_SCALE=%s" % args.scale,
                                 "CROSSBEARING_FUZZ_DEADLINE_MS=%d" % (args.hang_s * 1000),
                                 ".venv/bin/python -m pytest --hypothesis-show-statistics --hypothesis-seed",
                                 str(args.seed), "tests/reliability/test_fuzz_inputs.py",
                                 "tests/reliability/test_fuzz_readers.py"]),
            "pytest_rc": r["rc"], "pytest_summary": summary, "generated_inputs": total_pass + total_fail,
            "passing": total_pass, "failing": total_fail, "invalid_discarded": total_invalid,
            "hang_bound_s": args.hang_s, "per_test": tests, "typical_runtimes": runtimes,
            "wall_s": r["wall_s"], "cpu_s": r["cpu_s"], "peak_rss_mb": r["peak_rss_mb"],
            "failures": r["stdout"][-4000:] if r["rc"] else ""}


# --- kills --------------------------------------------------------------------------------

def driver(inp: Path, db: Path, stage: str, env: dict, kill_after: float | None = None) -> dict:
    """A run through tests/reliability/killing.py; SIGKILLed ``kill_after`` seconds after
    ``stage`` starts (by this process, from outside), or not at all."""
    marks: dict[str, float] = {}

    def on_line(line: str, proc) -> None:
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("STAGE", "DONE"):
            key = parts[1] if parts[0] == "STAGE" else "done"
            marks[key] = time.perf_counter()
            if parts[0] == "STAGE" and parts[1] == stage and kill_after is not None:
                t = threading.Timer(kill_after, lambda: _kill(proc.pid))
                t.daemon = True
                t.start()

    r = measured([sys.executable, str(TESTS / "killing.py"), str(inp), str(db), stage, "none"], env, on_line=on_line)
    r["marks"] = marks
    return r


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def copy_db(src: Path, dst: Path) -> None:
    """A store file with its write-ahead log (what a killed run committed may be only there)."""
    shutil.copy(src, dst)
    wal_src, wal_dst = Path(f"{src}.wal"), Path(f"{dst}.wal")
    if wal_src.exists():
        shutil.copy(wal_src, wal_dst)
    else:
        wal_dst.unlink(missing_ok=True)


def remove_db(db: Path) -> None:
    for p in (db, Path(f"{db}.wal")):
        p.unlink(missing_ok=True)


def plain_run(inp: Path, db: Path, env: dict, *extra: str) -> dict:
    return measured([*CLI, "run", str(inp), "--db", str(db), *extra], env)


def counts(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "analyses", "link_articles", "stories", "link_pending", "cross_events",
                          "merged_events")}
    finally:
        con.close()


def kill_setup(args) -> tuple[Path, Path, dict, dict]:
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    inp = write_jsonl(work / f"gva{args.n}.jsonl", gva(Path(args.data), args.n))
    env = env_for(CROSSBEARING_EXTRACTORS=args.extractors)
    clean = work / "clean.duckdb"
    info_path = work / "clean.json"
    if not (clean.exists() and info_path.exists()):
        remove_db(clean)
        r = driver(inp, clean, "none", env)
        assert r["rc"] == 0, r["stderr"][-3000:]
        m = r["marks"]
        info = {"wall_s": r["wall_s"], "cpu_s": r["cpu_s"], "peak_rss_mb": r["peak_rss_mb"],
                "extract_s": round(m["link"] - m["extract"], 2), "link_s": round(m["done"] - m["link"], 2),
                "counts": counts(clean)}
        info_path.write_text(json.dumps(info))
    return inp, clean, env, json.loads(info_path.read_text())


def part_kill_extract(args) -> dict:
    inp, clean, env, info = kill_setup(args)
    want = table_rows(str(clean))
    rng = random.Random(args.seed)
    work = Path(args.work)
    db = work / "killed_extract.duckdb"
    remove_db(db)
    trials, peak, cpu = [], info["peak_rss_mb"], 0.0
    span = info["extract_s"] / args.kills * 1.6
    for k in range(args.kills):
        delay = round(rng.uniform(0, span) + 3.0, 2)  # + about the time to load the models
        r = driver(inp, db, "extract", env, kill_after=delay)
        peak, cpu = max(peak, r["peak_rss_mb"]), cpu + r["cpu_s"]
        stage = "link" if "link" in r["marks"] else "extract"
        trials.append({"kill_after_s": delay, "rc": r["rc"], "killed_in": stage if r["rc"] == -9 else None,
                       "articles_after": counts(db)["articles"], "peak_rss_mb": r["peak_rss_mb"]})
        print(f"extract kill {k + 1}: {trials[-1]}", flush=True)
    mid = work / "after_extract_kills.duckdb"  # the kill-link part starts from it
    copy_db(db, mid)
    r = plain_run(inp, db, env)
    peak, cpu = max(peak, r["peak_rss_mb"]), cpu + r["cpu_s"]
    diff = differences(table_rows(str(db)), want)
    return {"articles": args.n, "extractors": args.extractors, "clean_run": info, "kills": len(trials),
            "kills_in_extraction": sum(t["killed_in"] == "extract" for t in trials), "trials": trials,
            "rerun": {"rc": r["rc"], "wall_s": r["wall_s"], "cpu_s": r["cpu_s"], "peak_rss_mb": r["peak_rss_mb"]},
            "store_equals_clean": not diff, "differences": diff, "tables_compared": len(want),
            "peak_rss_mb": peak, "cpu_s_total": round(cpu, 1)}


def part_kill_link(args) -> dict:
    inp, clean, env, info = kill_setup(args)
    want = table_rows(str(clean))
    rng = random.Random(args.seed + 1)
    work = Path(args.work)
    base = work / "extracted_unlinked.duckdb"
    if not base.exists():
        mid = work / "after_extract_kills.duckdb"
        tmp = work / "extracted_unlinked.tmp.duckdb"
        remove_db(tmp)
        if mid.exists():
            copy_db(mid, tmp)
        r = plain_run(inp, tmp, env, "--no-link")
        assert r["rc"] == 0, r["stderr"][-3000:]
        tmp.rename(base)
    # The reference of each kill: the same extracted store linked by a plain run, never killed
    # (it is also compared with the clean run: both should be equal, one run or two).
    ref = work / "linked_once.duckdb"
    copy_db(base, ref)
    r = plain_run(inp, ref, env)
    assert r["rc"] == 0, r["stderr"][-3000:]
    ref_wall = r["wall_s"]
    reference = table_rows(str(ref))
    reference_vs_clean = differences(reference, want)
    print(f"reference link: {r['wall_s']} s, vs clean run: {reference_vs_clean}", flush=True)
    want = reference
    trials, peak, cpu = [], max(info["peak_rss_mb"], r["peak_rss_mb"]), r["cpu_s"]
    for k in range(args.kills):
        db = work / f"killed_link_{k}.duckdb"
        copy_db(base, db)
        delay = round(rng.uniform(0.02, 0.9) * ref_wall, 2)
        r = driver(inp, db, "link", env, kill_after=delay)
        peak, cpu = max(peak, r["peak_rss_mb"]), cpu + r["cpu_s"]
        half = counts(db)
        again = plain_run(inp, db, env)
        peak, cpu = max(peak, again["peak_rss_mb"]), cpu + again["cpu_s"]
        diff = differences(table_rows(str(db)), want)
        trials.append({"kill_after_s": delay, "rc": r["rc"], "killed_in_link": r["rc"] == -9 and "link" in r["marks"],
                       "after_kill": half, "rerun_rc": again["rc"], "rerun_wall_s": again["wall_s"],
                       "rerun_peak_rss_mb": again["peak_rss_mb"], "store_equals_clean": not diff, "differences": diff})
        print(f"link kill {k + 1}: {trials[-1]}", flush=True)
        remove_db(db)
    return {"articles": args.n, "extractors": args.extractors, "clean_run": info, "kills": len(trials),
            "kills_in_link": sum(t["killed_in_link"] for t in trials), "trials": trials,
            "all_equal_clean": all(t["store_equals_clean"] for t in trials), "tables_compared": len(want),
            "reference": "the extracted store linked once by a plain run (no kill)",
            "reference_equals_clean_run": not reference_vs_clean, "reference_vs_clean_run": reference_vs_clean,
            "peak_rss_mb": peak, "cpu_s_total": round(cpu, 1)}


# --- orders -------------------------------------------------------------------------------

ORDER_CHILD = r"""
import json, sys, time, resource
sys.path.insert(0, sys.argv[3])
from crossbearing.extract.registry import Resources
from crossbearing.pipeline import run
from crossbearing.settings import Settings
from crossbearing.store import Store
settings = Settings.load(db=sys.argv[2])
with Store(sys.argv[2]) as store:
    t, c = time.perf_counter(), time.process_time()
    s = run([sys.argv[1]], store, settings)
print(json.dumps({"stored": s.stored, "failed": [str(e) for e in s.failed], "skipped_existing": s.skipped_existing,
                  "wall_s": round(time.perf_counter() - t, 2), "cpu_s": round(time.process_time() - c, 2)}))
"""


def part_order(args) -> dict:
    from test_input_order import layouts

    work = Path(args.work) / "order"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    recs = gva(Path(args.data), args.order_n)
    paths = layouts(recs, work, seed=args.seed)
    env = env_for()
    runs = {}

    def one(name: str, path: Path) -> None:  # the four runs side by side, on the same code
        r = measured([sys.executable, "-c", ORDER_CHILD, str(path), str(work / f"{name}.duckdb"), str(TESTS)], env)
        assert r["rc"] == 0, r["stderr"][-3000:]
        res = json.loads(r["stdout"].strip().splitlines()[-1])
        res.update(peak_rss_mb=r["peak_rss_mb"], process_cpu_s=r["cpu_s"], process_wall_s=r["wall_s"],
                   cpu_s_per_article=round(r["cpu_s"] / len(recs), 3))
        runs[name] = res
        print(f"order {name}: {res}", flush=True)

    threads = [threading.Thread(target=one, args=item) for item in paths.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(runs) == set(paths), "a run failed"
    stores = {name: table_rows(str(work / f"{name}.duckdb"), source_path=False) for name in paths}
    diffs = {name: differences(stores["jsonl"], stores[name]) for name in ("txt", "reversed", "shuffled")}
    return {"records": len(recs), "distinct_texts": len({r["text"] for r in recs}), "runs": runs,
            "one_store": not any(diffs.values()), "differences": diffs, "tables_compared": len(stores["jsonl"]),
            "rows": {t: len(v) for t, v in stores["jsonl"].items()},
            "peak_rss_mb": max(r["peak_rss_mb"] for r in runs.values())}


# --- serve while run ------------------------------------------------------------------------

def part_serve(args) -> dict:
    work = Path(args.work) / "serve"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    recs = gva(Path(args.data), 40)
    first, more = write_jsonl(work / "first.jsonl", recs[:20]), write_jsonl(work / "more.jsonl", recs[20:])
    db = work / "s.duckdb"
    env = env_for(CROSSBEARING_EXTRACTORS="mentions,quantities,published")
    r0 = plain_run(first, db, env)
    assert r0["rc"] == 0, r0["stderr"][-2000:]
    port = 18000 + os.getpid() % 1000
    server = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port), "--host", "127.0.0.1"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    url = f"http://127.0.0.1:{port}/api/stats"
    answers: list[tuple[float, int, object]] = []
    stop = threading.Event()

    def get() -> tuple[int, object]:
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                return resp.status, json.loads(resp.read())
        except Exception as exc:  # noqa: BLE001
            return -1, type(exc).__name__

    try:
        deadline = time.time() + 120
        while time.time() < deadline and get()[0] != 200:
            time.sleep(0.5)
        before = get()

        def poll() -> None:
            while not stop.is_set():
                answers.append((time.time(), *get()))
                time.sleep(0.5)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        r = plain_run(more, db, env)
        # the server serves a snapshot and takes a new one within `serve_refresh` seconds of the run
        deadline = time.time() + 60
        after = get()
        while time.time() < deadline and after == before:
            time.sleep(0.5)
            after = get()
        stop.set()
        poller.join(15)
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
    ok = sum(1 for a in answers if a[1] == 200)
    return {"server_before": before, "run_rc": r["rc"], "run_message": (r["stdout"] + r["stderr"]).strip()[-600:],
            "requests_during_run": len(answers), "answered_200": ok, "server_after": after,
            "new_articles_shown": isinstance(after[1], dict) and isinstance(before[1], dict) and after[1] != before[1],
            "run_stored_while_serving": r["rc"] == 0}


BIG_CHILD = r"""
import io, json, sys
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter
d = sys.argv[1]
line = "Fighting continued in Goma on Tuesday, residents said, and more people fled the town. "
open(f"{d}/huge.txt", "w").write("GOMA (Reuters) - " + line * 520_000)  # 45 MB, one article
open(f"{d}/many_paragraphs.html", "w").write(
    "<html><body><article>" + "".join(f"<p>{i}: {line}</p>" for i in range(45_000)) + "</article></body></html>")
class Page(io.RawIOBase):  # an HTML page with an n-byte comment, made as it is read
    def __init__(self, n):
        self.parts = [b"<html><body><p>" + (line * 3).encode() + b"</p><!--", n, b"--></body></html>"]
        self.length = len(self.parts[0]) + n + len(self.parts[2])
    def readable(self):
        return True
    def read(self, size=-1):
        size = 1 << 20 if size is None or size < 0 else size
        while self.parts:
            head = self.parts[0]
            if isinstance(head, int):
                if head == 0:
                    self.parts.pop(0)
                    continue
                k = min(size, head)
                self.parts[0] = head - k
                return b"A" * k
            if not head:
                self.parts.pop(0)
                continue
            self.parts[0] = head[size:]
            return head[:size]
        return b""
with open(f"{d}/bomb.warc.gz", "wb") as fh:  # a small file that inflates to 1.2 GB
    w = WARCWriter(fh, gzip=True)
    for i, n in enumerate([1_000, 1_200_000_000, 1_000]):
        page = Page(n)
        w.write_record(w.create_warc_record(f"https://x.example/{i}", "response", payload=page, length=page.length,
                       http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")))
open(f"{d}/long_line.jsonl", "w").write(json.dumps({"text": "GOMA (AP) - " + line * 200_000}) + "\n"
                                        + json.dumps({"text": "BENI (AP) - " + line}) + "\n")
"""


def part_big(args) -> dict:
    """Inputs that are large for what they are: a 45 MB article, a 4 MB page of 45,000
    paragraphs, a .warc.gz that inflates to 1.2 GB, a 17 MB JSON line: one ``crossbearing run``
    over them, every extractor, with its peak memory and time."""
    work = Path(args.work) / "big"
    shutil.rmtree(work, ignore_errors=True)
    (work / "in").mkdir(parents=True)
    r = measured([sys.executable, "-c", BIG_CHILD, str(work / "in")], env_for())
    assert r["rc"] == 0, r["stderr"][-2000:]
    sizes = {p.name: p.stat().st_size for p in (work / "in").iterdir()}
    run = plain_run(work / "in", work / "big.duckdb", env_for())
    c = counts(work / "big.duckdb") if (work / "big.duckdb").exists() else {}
    return {"inputs_bytes": sizes, "rc": run["rc"], "wall_s": run["wall_s"], "cpu_s": run["cpu_s"],
            "peak_rss_mb": run["peak_rss_mb"], "articles_stored": c.get("articles"),
            "skipped": [ln for ln in run["stdout"].splitlines() if ln.startswith("skipped:")],
            "stderr_tail": run["stderr"][-1500:] if run["rc"] not in (0, 2) else ""}


def part_clean(args) -> dict:
    """Only the clean run the kill parts compare with (so no one invocation runs too long)."""
    return kill_setup(args)[3]


PARTS = {"fuzz": part_fuzz, "big": part_big, "clean": part_clean, "kill-extract": part_kill_extract, "kill-link": part_kill_link, "order": part_order,
         "serve": part_serve}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=[*PARTS, "all"], default="all")
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--work", default=str(REPO / "out" / "reliability"))
    ap.add_argument("--out", help="JSON result (default WORK/PART.json)")
    ap.add_argument("--n", type=int, default=2000, help="GVA articles of the kill parts [2000]")
    ap.add_argument("--kills", type=int, default=10, help="kills per stage [10]")
    ap.add_argument("--extractors", default="mentions,quantities,published",
                    help="extractors of the kill parts ['mentions,quantities,published'; '' = all]")
    ap.add_argument("--order-n", type=int, default=300, help="GVA articles of the order part [300]")
    ap.add_argument("--scale", type=float, default=9.0, help="multiplier of the fuzz suites' examples [9]")
    ap.add_argument("--hang-s", type=int, default=10, help="per-input bound of the fuzz part, seconds [10]")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    if args.part != "fuzz" and not (Path(args.data) / "gva" / "dev.jsonl").exists():
        sys.exit(f"no GVA data at {args.data}/gva/dev.jsonl (pass --data)")
    for name in (PARTS if args.part == "all" else [args.part]):
        started = time.perf_counter()
        result = PARTS[name](args)
        result.update(part=name, seconds=round(time.perf_counter() - started, 1), machine=machine(),
                      command=result.get("command") or " ".join([".venv/bin/python", "benchmarks/reliability.py",
                                                                 *sys.argv[1:]]),
                      date=time.strftime("%Y-%m-%d"))
        out = Path(args.out) if args.out and args.part != "all" else Path(args.work) / f"{name}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1, default=str))
        print(json.dumps({k: v for k, v in result.items() if k not in ("trials", "per_test", "typical_runtimes")},
                         default=str)[:3000], flush=True)


if __name__ == "__main__":
    main()
