"""The REST API under load: a store of 100,000 events, a server on 127.0.0.1, typical list,
filter, facet and geo requests timed per endpoint, and the CSV of every event streamed while the
server's resident memory is sampled.

The store is built in seconds, not hours: the pipeline runs once over the bundled
``examples/corpus`` (7 articles → 4 merged events, 1 story, 5 cross-outlet facts), and that real
store is replicated in SQL through the project's own ``Store`` (its migrations, its tables):
copy k of the corpus gets ids suffixed ``.k`` (articles, reports, merged events, stories,
cross-events and their JSON all point at their own copy), dates shifted over ten years, one of
twelve countries with its places and jittered coordinates, event types, fatalities and outlet
names varied by copy. Analyses (the per-article JSON the detail pages read) are not copied.

The server is ``crossbearing serve`` in its own process (listening on 127.0.0.1 only, stopped
at the end or after --max-seconds). Latency is measured by one client sending requests one
after another over a keep-alive connection (what a user's browser does), then by
--concurrency clients at once; each figure is the wall time of one whole response. Peak RSS is
the server's VmHWM from /proc (Linux).

    nice -n 15 .venv/bin/python benchmarks/api_load.py [--events 100000] [--rounds 40] \\
        [--json out/bench/api_load.json] [--db /tmp/api_load.duckdb --keep]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "examples" / "corpus"

# (ISO alpha-2, name, ISO numeric, ISO alpha-3, admin1 names, a point inside the country)
COUNTRIES = [
    ("SY", "Syria", 760, "SYR", ["Aleppo", "Idlib", "Ar-Raqqah", "Deir ez-Zor", "Homs"], (35.0, 38.5)),
    ("IQ", "Iraq", 368, "IRQ", ["Baghdad", "Nineveh", "Anbar", "Basra"], (33.3, 44.0)),
    ("YE", "Yemen", 887, "YEM", ["Sanaa", "Aden", "Taizz", "Marib"], (15.5, 46.0)),
    ("NG", "Nigeria", 566, "NGA", ["Borno", "Kaduna", "Zamfara", "Lagos"], (10.0, 8.0)),
    ("ML", "Mali", 466, "MLI", ["Mopti", "Gao", "Timbuktu"], (15.0, -3.0)),
    ("SD", "Sudan", 729, "SDN", ["Khartoum", "North Darfur", "West Darfur", "Kordofan"], (14.0, 30.0)),
    ("UA", "Ukraine", 804, "UKR", ["Donetsk", "Kharkiv", "Zaporizhzhia", "Kherson", "Kyiv"], (48.5, 35.0)),
    ("MM", "Myanmar", 104, "MMR", ["Sagaing", "Rakhine", "Shan", "Kachin"], (21.0, 96.0)),
    ("CD", "Democratic Republic of the Congo", 180, "COD", ["North Kivu", "Ituri", "South Kivu"], (-1.5, 29.0)),
    ("SO", "Somalia", 706, "SOM", ["Banadir", "Lower Shabelle", "Bay"], (3.0, 45.0)),
    ("AF", "Afghanistan", 4, "AFG", ["Kabul", "Kandahar", "Helmand", "Nangarhar"], (34.0, 67.0)),
    ("MX", "Mexico", 484, "MEX", ["Sinaloa", "Guerrero", "Michoacan", "Jalisco"], (20.0, -101.0)),
]
N_OUTLET_VARIANTS = 30  # each corpus outlet appears under 30 names → ~180 outlets


def _sql_list(rows: list[tuple]) -> str:
    """A VALUES list of literals written by this script (never user input)."""
    def lit(v):
        if isinstance(v, str):
            return "'" + v.replace("'", "''") + "'"
        return repr(v)
    return ", ".join("(" + ", ".join(lit(v) for v in r) + ")" for r in rows)


def build_store(path: str, n_events: int) -> dict:
    """A store at ``path`` holding ``n_events`` merged events (copies of the corpus's store)."""
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    t0 = time.perf_counter()
    os.environ.setdefault("CROSSBEARING_WORKERS", "1")
    folder = tempfile.mkdtemp(prefix="api-load-")
    try:
        template = str(Path(folder) / "corpus.duckdb")
        with Store(template) as store:
            run([str(CORPUS)], store, Settings.load(db=template))
        return _replicate(path, template, n_events, time.perf_counter() - t0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _replicate(path: str, template: str, n_events: int, t_pipeline: float) -> dict:
    from crossbearing.store import Store


    for p in (path, path + ".wal"):
        if os.path.exists(p):
            os.remove(p)
    t1 = time.perf_counter()
    with Store(path) as store:
        con = store.con
        con.execute(f"ATTACH '{template}' AS t (READ_ONLY)")
        per_copy = con.execute("SELECT count(*) FROM t.merged_events").fetchone()[0]
        copies = -(-n_events // per_copy)
        countries = [(i, c[0], c[1], c[2], c[3], c[5][0], c[5][1]) for i, c in enumerate(COUNTRIES)]
        admins = [(i, j, a) for i, c in enumerate(COUNTRIES) for j, a in enumerate(c[4])]
        con.execute(f"CREATE TEMP TABLE cc (i INTEGER, code VARCHAR, name VARCHAR, iso INTEGER, iso3 VARCHAR, "
                    f"lat DOUBLE, lon DOUBLE)")
        con.execute(f"INSERT INTO cc VALUES {_sql_list(countries)}")
        con.execute("CREATE TEMP TABLE ca (i INTEGER, j INTEGER, admin1 VARCHAR)")
        con.execute(f"INSERT INTO ca VALUES {_sql_list(admins)}")
        # one row per copy: its suffix, day shift (spread over ten years), country and admin1
        con.execute(f"""
            CREATE TEMP TABLE copies AS
            SELECT k, '.' || k AS sfx, ((k * 7919) % 3650)::INTEGER AS shift, k % {len(COUNTRIES)} AS ci,
                   (k // {len(COUNTRIES)}) AS cj, hash(k) AS h
            FROM range({copies}) r(k)""")
        con.execute("""
            CREATE TEMP TABLE cp AS
            SELECT c.k, c.sfx, c.shift, c.h, cc.code, cc.name, cc.iso, cc.iso3,
                   cc.lat + ((c.h % 2000) / 1000.0 - 1.0) AS lat, cc.lon + (((c.h // 2000) % 2000) / 1000.0 - 1.0) AS lon,
                   ca.admin1, 'Place ' || (c.h % 97) AS location
            FROM copies c JOIN cc ON cc.i = c.ci
            JOIN ca ON ca.i = c.ci AND ca.j = c.cj % (SELECT count(*) FROM ca WHERE ca.i = c.ci)""")
        # every 16-hex article id inside a text (ids lists, JSON) gets the copy's suffix
        ids = r"regexp_replace({x}, '([0-9a-f]{{16}})', '\1' || cp.sfx, 'g')"
        outlet = f"outlet || ' ' || (cp.k % {N_OUTLET_VARIANTS})"
        con.execute(f"""
            INSERT INTO articles SELECT a.* REPLACE (
                a.id || cp.sfx AS id, {outlet} AS outlet, a.url || '?copy=' || cp.k AS url,
                a.published - cp.shift AS published, a.published_end - cp.shift AS published_end,
                a.source_path || '#' || cp.k AS source_path)
            FROM t.articles a, cp""")
        con.execute(f"""
            INSERT INTO events SELECT e.* REPLACE (
                e.article_id || cp.sfx || '-e' || e.idx AS id, e.article_id || cp.sfx AS article_id,
                e.event_date - cp.shift AS event_date, cp.code AS country, cp.admin1 AS admin1,
                cp.location AS location, cp.lat AS latitude, cp.lon AS longitude,
                (e.fatalities + cp.h % 9)::INTEGER AS fatalities)
            FROM t.events e, cp""")
        con.execute("INSERT INTO stories SELECT s.* REPLACE (s.id || cp.sfx AS id, s.first_seen - cp.shift AS "
                    "first_seen, s.last_seen - cp.shift AS last_seen) FROM t.stories s, cp")
        con.execute("INSERT INTO story_articles SELECT x.story_id || cp.sfx, x.article_id || cp.sfx "
                    "FROM t.story_articles x, cp")
        con.execute(f"""
            INSERT INTO cross_events SELECT c.id || cp.sfx, c.story_id || cp.sfx, c.n_outlets, c.n_origins,
                c.n_claimants,
                replace(replace({ids.format(x='c.data')}, c.id, c.id || cp.sfx), c.story_id, c.story_id || cp.sfx)
            FROM t.cross_events c, cp""")
        # merged events: the API's events. Sources name each outlet's copy.
        src_outlets = f"array_to_string(list_transform(string_split(m.source, '; '), lambda o: o || ' ' || (cp.k % {N_OUTLET_VARIANTS})), '; ')"
        con.execute(f"""
            INSERT INTO merged_events SELECT m.* REPLACE (
                cp.iso3 || (m.event_id_cnty[4:]) || cp.sfx AS event_id_cnty, m.story_id || cp.sfx AS story_id,
                m.event_date - cp.shift AS event_date, year(m.event_date - cp.shift) AS year,
                cp.iso AS iso, cp.name AS country, cp.admin1 AS admin1, cp.location AS location,
                cp.lat AS latitude, cp.lon AS longitude, {src_outlets} AS source,
                (coalesce(m.fatalities, 0) + cp.h % 9)::INTEGER AS fatalities,
                {ids.format(x='m.article_ids')} AS article_ids, cp.code AS country_code,
                m.cross_event || cp.sfx AS cross_event,
                list_transform(m.report_ids, lambda x: replace(x, '-e', cp.sfx || '-e')) AS report_ids,
                {ids.format(x='m.reports::VARCHAR')}::JSON AS reports,
                m.created_at - to_days(cp.shift) AS created_at, m.updated_at - to_days(cp.shift) AS updated_at)
            FROM t.merged_events m, cp
            QUALIFY row_number() OVER (ORDER BY cp.k, m.event_id_cnty) <= {n_events}""")
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "events", "merged_events", "stories", "cross_events")}
        con.execute("DETACH t")
        con.execute("CHECKPOINT")
    return {"pipeline_s": round(t_pipeline, 1), "replicate_s": round(time.perf_counter() - t1, 1),
            "copies": copies, "rows": counts, "db_mb": round(os.path.getsize(path) / 2**20, 1)}


# --- the server --------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int, max_seconds: float) -> tuple[subprocess.Popen, float]:
    """``crossbearing serve`` on 127.0.0.1:port; returns the process and its start-up time (until
    /api/stats answers). ``timeout`` ends the server after ``max_seconds`` whatever happens here."""
    cmd = [sys.executable, "-c", "from crossbearing.cli import main; main()", "serve", "--db", db,
           "--host", "127.0.0.1", "--port", str(port)]
    if os.path.exists("/usr/bin/timeout"):
        cmd = ["timeout", str(int(max_seconds)), *cmd]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    while time.perf_counter() - t0 < 300:
        if proc.poll() is not None:
            raise RuntimeError(f"the server stopped: {proc.stderr.read().decode()[-2000:]}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/api/stats")
            if c.getresponse().status == 200:
                return proc, time.perf_counter() - t0
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the server did not answer within 300 s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def server_pid(proc: subprocess.Popen) -> int:
    """The Python process under ``timeout`` (its child), else the process itself."""
    try:
        kids = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        return int(kids[0]) if kids else proc.pid
    except OSError:
        return proc.pid


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


# --- the load ----------------------------------------------------------------------------
def requests_to_time(sample: dict) -> dict[str, str]:
    """Name → path of the typical requests an analyst's UI and scripts send."""
    country, outlet, actor = quote(sample["country"]), quote(sample["outlet"]), quote(sample["actor"])
    return {
        "events (first page, newest first)": "/api/events",
        "events page 2 (next link)": "@next",
        "events country+date range": f"/api/events?country={country}&date_from=2020-01-01&date_to=2022-12-31",
        "events type+min_origins, by fatalities": "/api/events?event_type=Explosions/Remote+violence"
                                                  "&min_origins=2&sort=-fatalities",
        "events actor": f"/api/events?actor={actor}&limit=50",
        "events outlet": f"/api/events?outlet={outlet}",
        "events full text q": "/api/events?q=market&limit=50",
        "events bbox (map view)": "/api/events?bbox=30,25,50,40&limit=500",
        "events facets (sidebar)": "/api/events?limit=20&_facet=event_type&_facet=country&_facet=source"
                                   "&_facet=status&_facet=n_origins",
        "events facets, filtered": f"/api/events?country={country}&limit=20&_facet=event_type&_facet=actor1",
        "events updated_since": "/api/events?updated_since=2026-01-01T00:00:00&sort=updated_at",
        "reports": "/api/reports?limit=50",
        "reports by outlet": f"/api/reports?outlet={outlet}&limit=50",
        "articles": "/api/articles?limit=50",
        "stories": "/api/stories?limit=50",
        "stories min_outlets": "/api/stories?min_outlets=3&limit=50",
        "outlets": "/api/outlets",
        "actors": "/api/actors?limit=50",
        "acled read": f"/api/acled/read?country={country}&limit=500",
        "acled where": "/api/acled/read?event_date=2020-01-01|2020-06-30&event_date_where=BETWEEN&limit=500",
        "ogc items (bbox+datetime)": "/ogc/collections/events/items?bbox=30,25,50,40"
                                     "&datetime=2019-01-01/2021-12-31&limit=100",
        "ui points (map)": "/api/ui/points",
        "ui timeline": "/api/ui/timeline",
    }


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes, float]:
    t0 = time.perf_counter()
    conn.request("GET", path)
    r = conn.getresponse()
    body = r.read()
    return r.status, body, time.perf_counter() - t0


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, int(round(p / 100 * len(xs) + 0.5)) - 1))]


def summary(times: list[float]) -> dict:
    ms = [t * 1000 for t in times]
    return {"n": len(ms), "p50_ms": round(pct(ms, 50), 1), "p95_ms": round(pct(ms, 95), 1),
            "p99_ms": round(pct(ms, 99), 1), "max_ms": round(max(ms), 1), "mean_ms": round(statistics.mean(ms), 1)}


def sample_values(port: int) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    status, body, _ = get(conn, "/api/events?limit=1&_facet=country&_facet=source&_facet=actor1")
    facets = json.loads(body)["facets"]
    return {"country": facets["country"][0]["value"], "outlet": facets["source"][3]["value"],
            "actor": next(f["value"] for f in facets["actor1"] if f["value"]).split()[0]}


def resolve(conn, path: str, state: dict) -> str:
    if path != "@next":
        return path
    if "next" not in state:
        _, body, _ = get(conn, "/api/events")
        nxt = json.loads(body)["next"]
        state["next"] = nxt[nxt.index("/api/"):]
    return state["next"]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process so far (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def sequential(port: int, pid: int, reqs: dict[str, str], rounds: int) -> tuple[dict, list[float]]:
    """Each request ``rounds`` times in a row (after one warm-up): its wall times, and the server's
    CPU time per request over the block (what the request costs, whatever the neighbours do)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    state: dict = {}
    out, every = {}, []
    for name, path in reqs.items():
        status, body, _ = get(conn, resolve(conn, path, state))
        if status != 200:
            raise RuntimeError(f"{name}: {path} answered {status}: {body[:300]!r}")
        times, size = [], len(body)
        cpu0 = cpu_seconds(pid)
        for _ in range(rounds):
            status, body, dt = get(conn, resolve(conn, path, state))
            times.append(dt)
        cpu = (cpu_seconds(pid) - cpu0) / rounds
        out[name] = {**summary(times), "server_cpu_ms": round(cpu * 1000, 1), "kb": round(size / 1024, 1),
                     "path": path, "times": times}
        every += times
    return out, every


def concurrent(port: int, reqs: dict[str, str], clients: int, per_client: int) -> dict:
    paths = list(reqs.values())
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def worker(i: int):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        state: dict = {}
        mine = []
        for j in range(per_client):
            path = resolve(conn, paths[(i * 7 + j) % len(paths)], state)
            status, _, dt = get(conn, path)
            if status != 200:
                errors.append(f"{path}: {status}")
            mine.append(dt)
        with lock:
            times.extend(mine)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"clients": clients, **summary(times), "requests_per_s": round(len(times) / wall, 1),
            "errors": errors[:5]}


def stream_csv(port: int, pid: int, path: str) -> dict:
    """Read the whole CSV at ``path`` in 64 KiB pieces while sampling the server's RSS."""
    before = rss_mb(pid)
    peak = [before]
    done = threading.Event()

    def sampler():
        while not done.is_set():
            try:
                peak[0] = max(peak[0], rss_mb(pid))
            except OSError:
                return
            time.sleep(0.02)

    th = threading.Thread(target=sampler, daemon=True)
    th.start()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    t0 = time.perf_counter()
    conn.request("GET", path)
    r = conn.getresponse()
    first = None
    n_bytes = n_lines = 0
    last = b""
    while True:
        piece = r.read(65536)
        if not piece:
            break
        if first is None:
            first = time.perf_counter() - t0
        n_bytes += len(piece)
        n_lines += (last + piece).count(b"\r\n")  # a line end split across two pieces counts once
        last = piece[-1:]
    wall = time.perf_counter() - t0
    done.set()
    th.join()
    return {"path": path, "status": r.status, "rows": n_lines - 1, "mb": round(n_bytes / 2**20, 1),
            "seconds": round(wall, 2), "first_byte_ms": round((first or 0) * 1000, 1),
            "rss_before_mb": round(before, 1), "rss_peak_mb": round(peak[0], 1),
            "rss_growth_mb": round(peak[0] - before, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=40, help="sequential rounds over the request set")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--db", default=None, help="where the store goes (default: a temporary file)")
    ap.add_argument("--keep", action="store_true", help="reuse --db if it exists, and keep it")
    ap.add_argument("--json", default=None, help="write the figures here as JSON")
    ap.add_argument("--max-seconds", type=float, default=1800, help="the server stops itself after this")
    args = ap.parse_args()

    db = args.db or str(Path(tempfile.mkdtemp(prefix="api-load-")) / "load.duckdb")
    out: dict = {"events_requested": args.events, "python": sys.version.split()[0], "cpus": os.cpu_count(),
                 "load_average_at_start": os.getloadavg()}
    if args.keep and os.path.exists(db):
        out["store"] = {"reused": db}
    else:
        out["store"] = build_store(db, args.events)
    print("store:", json.dumps(out["store"]), flush=True)

    port = free_port()
    proc, startup = start_server(db, port, args.max_seconds)
    pid = server_pid(proc)
    try:
        out["server_startup_s"] = round(startup, 1)
        out["server_rss_after_start_mb"] = round(rss_mb(pid), 1)
        print(f"server up in {startup:.1f} s, RSS {out['server_rss_after_start_mb']} MB", flush=True)
        reqs = requests_to_time(sample_values(port))
        per_endpoint, every = sequential(port, pid, reqs, args.rounds)
        out["sequential"] = per_endpoint
        out["all_requests"] = summary(every)
        # list requests: everything but the web UI's whole-view data (20,000 map points, timeline counts)
        listed = [t for name, r in per_endpoint.items() if not name.startswith("ui ") for t in r["times"]]
        out["list_requests"] = summary(listed)
        for r in per_endpoint.values():
            del r["times"]
        out["sequential"] = per_endpoint
        print(f"\n{'request':44s} {'p50':>7s} {'p95':>7s} {'p99':>7s} {'cpu':>7s} {'kB':>7s}  "
              f"(ms, {args.rounds} each, one client; cpu: server CPU per request)")
        for name, s in per_endpoint.items():
            flag = "  <-- over 100 ms" if s["p95_ms"] >= 100 else ""
            print(f"{name:44s} {s['p50_ms']:7.1f} {s['p95_ms']:7.1f} {s['p99_ms']:7.1f} {s['server_cpu_ms']:7.1f} "
                  f"{s['kb']:7.1f}{flag}")
        for label, key in (("list requests", "list_requests"), ("all of them", "all_requests")):
            s = out[key]
            print(f"{label:44s} {s['p50_ms']:7.1f} {s['p95_ms']:7.1f} {s['p99_ms']:7.1f}", flush=True)
        out["concurrent"] = concurrent(port, reqs, args.concurrency, max(10, args.rounds))
        c = out["concurrent"]
        print(f"\n{c['clients']} clients at once: p50 {c['p50_ms']} ms, p95 {c['p95_ms']} ms, p99 {c['p99_ms']} ms, "
              f"{c['requests_per_s']} requests/s, errors {c['errors']}", flush=True)
        out["csv"] = []
        for path in ("/api/events.csv?limit=10000", "/api/events.csv", "/api/events.csv?include_aggregates=true"
                     "&date_from=1990-01-01", "/api/reports.csv"):
            res = stream_csv(port, pid, path)
            out["csv"].append(res)
            print(f"\n{res['path']}: {res['status']}, {res['rows']} rows, {res['mb']} MB in {res['seconds']} s "
                  f"(first byte {res['first_byte_ms']} ms); server RSS {res['rss_before_mb']} → peak "
                  f"{res['rss_peak_mb']} MB (+{res['rss_growth_mb']})", flush=True)
        out["server_peak_rss_mb"] = round(rss_mb(pid, "VmHWM"), 1)
        print(f"\nserver peak RSS over the whole run (VmHWM): {out['server_peak_rss_mb']} MB")
        out["load_average_at_end"] = os.getloadavg()
        print(f"load average (1, 5, 15 min) at start {out['load_average_at_start']}, at end {out['load_average_at_end']} "
              f"on {os.cpu_count()} CPUs")
    finally:
        stop_server(proc)
        if not args.keep and not args.db:
            shutil.rmtree(Path(db).parent, ignore_errors=True)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(out, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
