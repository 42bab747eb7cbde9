"""The DuckDB store. Every write of a batch of analyses is one transaction, so an
interrupted run keeps each committed batch and a re-run skips what is already there.
Values always travel as bound parameters, never inside SQL text."""

from __future__ import annotations

import json
import re
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import duckdb

from ..model import Analysis, Article, from_dict, to_dict
from .migrations import MIGRATIONS


class StoreUnavailable(RuntimeError):
    """The database cannot be opened; the message is one line: why, and what to do."""


class StoreLocked(StoreUnavailable):
    """Another process holds the database's lock (DuckDB allows one writer, or many readers)."""

    def __init__(self, message: str, pid: int | None = None):
        super().__init__(message)
        self.pid = pid


def open_error(path: str | None, exc: Exception, read_only: bool | None) -> StoreUnavailable:
    """The one-line error for a database DuckDB would not open (``read_only`` None: unknown)."""
    msg = str(exc)
    if path is None:
        named = re.search(r'file "([^"]+)"', msg)
        path = named.group(1) if named else "(the database)"
    lock = re.search(r"Conflicting lock is held in (.*?) \(PID (\d+)\)", msg)
    if lock:
        pid = int(lock.group(2))
        who = _command_line(pid) or lock.group(1)
        want = {True: "read it", False: "write to it", None: "open it"}[read_only]
        return StoreLocked(
            f"the database {path} is in use by another process (PID {pid}: {who}), so this command cannot {want}. "
            f"Stop that process or wait for it to finish (a `crossbearing run` holds the database until it ends), "
            f"or work on a copy: cp {path} copy.duckdb, then pass --db copy.duckdb.", pid)
    if "not a valid DuckDB database" in msg:
        return StoreUnavailable(f"{path} is not a DuckDB database (or is damaged); pass --db with the path of "
                                "a crossbearing database, or a new file name to start one.")
    first = " ".join(msg.split())[:300]
    return StoreUnavailable(f"cannot open the database {path}: {first}")


def _command_line(pid: int) -> str | None:
    """How the process holding the lock was started, e.g. "crossbearing serve --db x.duckdb"."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return None
    args = [a.decode("utf-8", "backslashreplace") for a in args if a]
    for i, a in enumerate(args):  # "python …/bin/crossbearing run …" → "crossbearing run …"
        if Path(a).name == "crossbearing" or a == "crossbearing.cli":
            args = ["crossbearing", *args[i + 1:]]
            break
    line = " ".join(args)
    line = "".join(ch if ch.isprintable() else "?" for ch in line)
    return line[:120] or None


class Store:
    def __init__(self, path: str | Path = ":memory:", read_only: bool = False,
                 lock_wait: float | None = None):
        """``lock_wait``: seconds a writer waits while another process reads (a `serve` taking its
        snapshot); None = the ``lock_wait`` setting. A reader never waits."""
        self.path = str(path)
        self._types: dict[str, list[tuple[str, str]]] = {}  # column types per table, for bulk inserts
        self._tx_depth = 0  # open ``transaction`` blocks: an inner one joins the outer
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if lock_wait is None:
            from ..settings import Settings

            lock_wait = 0.0 if read_only or self.path == ":memory:" else Settings.load().lock_wait
        deadline = time.monotonic() + lock_wait
        while True:
            try:
                self.con = duckdb.connect(self.path, read_only=read_only)
                break
            except duckdb.Error as exc:
                err = open_error(self.path, exc, read_only)
                if not isinstance(err, StoreLocked) or time.monotonic() >= deadline:
                    raise err from exc
                time.sleep(0.25)
        if not read_only:
            self.migrate()

    # --- schema -------------------------------------------------------------------
    def migrate(self) -> list[int]:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
            "applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        done = {r[0] for r in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction():
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            applied.append(version)
        return applied

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing ------------------------------------------------------------------
    def article_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT id FROM articles").fetchall()}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: a failure (or a kill) inside leaves the database as it was. Inside
        another transaction, part of it (committed or rolled back with it)."""
        if self._tx_depth:
            self._tx_depth += 1
            try:
                yield
            finally:
                self._tx_depth -= 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._tx_depth = 1
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        finally:
            self._tx_depth = 0

    def _insert(self, rows: "_Rows") -> None:
        for table, values in rows.tables():
            self.insert_rows(table, values)

    def _column_types(self, table: str) -> list[tuple[str, str]]:
        """(name, SQL type) of a table's columns in their order (read once per connection)."""
        if table not in self._types:
            self._types[table] = self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                "AND table_schema = 'main' ORDER BY ordinal_position", [table]).fetchall()
        return self._types[table]

    def insert_rows(self, table: str, values: list[tuple], columns: list[str] | None = None) -> None:
        """Insert row tuples (values of ``columns``, else of the table's first columns in order)
        in one statement: one list per column, unnested and cast to the column's type in
        DuckDB. The same values and casts as binding row by row (``executemany``), about ten
        times less CPU (each bound row is a statement execution of its own)."""
        if not values:
            return
        types = dict(self._column_types(table))
        if columns is None:
            columns = [c for c, _ in self._column_types(table)][:len(values[0])]
        names = ", ".join(f'"{c}"' for c in columns)
        select = ", ".join(f"unnest(?::{types[c]}[])" for c in columns)
        self.con.execute(f"INSERT INTO {table} ({names}) SELECT {select}", [list(col) for col in zip(*values)])

    def article_keys(self) -> dict[str, tuple]:
        """{article id: its ``copy_key``} of every stored article."""
        rows = self.con.execute("SELECT id, outlet, url, title, byline FROM articles").fetchall()
        return {r[0]: _key(*r[1:]) for r in rows}

    def write_analyses(self, analyses: Iterable[Analysis]) -> int:
        """Store new articles with everything extracted from them. An article already stored
        (same text, so same id) is replaced only by a copy that ``copy_key`` puts first, so
        which copy is kept does not depend on the order they come in. Returns how many were
        written."""
        analyses = list(analyses)
        if not analyses:
            return 0
        with self.transaction():
            present = self.stored_copy_keys([a.article.id for a in analyses])
            chosen: dict[str, Analysis] = {}
            for a in analyses:  # the same article twice in one batch is stored once
                key, aid = copy_key(a.article), a.article.id
                if (aid in chosen and key >= copy_key(chosen[aid].article)) or (aid in present and key >= present[aid]):
                    continue
                chosen[aid] = a
            rows = _Rows()
            for aid, a in chosen.items():
                if aid not in present:
                    rows.add(a)
            self._insert(rows)
            replaced = [a for aid, a in chosen.items() if aid in present]
            if replaced:
                from .linkstate import mark_stale

                self._replace_rows(replaced)
                mark_stale(self, [a.article.id for a in replaced])
        return len(chosen)

    def stored_copy_keys(self, article_ids: list[str]) -> dict[str, tuple]:
        """{article id: ``copy_key`` of the stored copy} of those of these articles already stored."""
        return {r[0]: _key(*r[1:]) for r in self.con.execute(
            "SELECT id, outlet, url, title, byline FROM articles WHERE list_contains(?, id)", [article_ids]).fetchall()}

    def delete_article_rows(self, article_ids: list[str]) -> None:
        """Remove these articles and everything extracted from them (every table ``_Rows`` writes)."""
        for table in ARTICLE_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, {article_key(table)})", [article_ids])

    def replace_analyses(self, analyses: Iterable[Analysis]) -> int:
        """Rewrite stored articles whose analysis changed (e.g. dated later from their story)."""
        analyses = list(analyses)
        if not analyses:
            return 0
        with self.transaction():
            self._replace_rows(analyses)
        return len(analyses)

    def _replace_rows(self, analyses: list[Analysis]) -> None:
        rows = _Rows()
        for a in analyses:
            rows.add(a)
        self.delete_article_rows([a.article.id for a in analyses])
        self._insert(rows)

    def replace_table(self, table: str, columns: list[str], values: list[tuple]) -> None:
        """Replace the whole content of a derived table (link stage output) atomically."""
        with self.transaction():
            self.con.execute(f"DELETE FROM {table}")
            self.insert_rows(table, values, columns)

    # --- reading ------------------------------------------------------------------
    def query(self, sql: str, params: list[Any] | None = None) -> list[dict]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def analysis(self, article_id: str) -> Analysis | None:
        row = self.con.execute("SELECT data FROM analyses WHERE article_id = ?", [article_id]).fetchone()
        return from_dict(Analysis, json.loads(row[0])) if row else None

    def analyses_of(self, article_ids: list[str]) -> dict[str, Analysis]:
        """{id: analysis} of these articles (absent ones left out). Read by row id: a filter on
        the id would decompress the JSON of every stored article to find a few (at 10,000
        articles 0.14 CPU-s for 100 of them, growing with the store); the row ids come from the
        id column alone, and the JSON of only the blocks those rows are in is read."""
        from .linkstate import analyses_json

        if not article_ids:
            return {}
        return {aid: from_dict(Analysis, json.loads(data)) for aid, data in analyses_json(self, list(article_ids))}

    def analyses(self) -> Iterator[Analysis]:
        cur = self.con.execute("SELECT a.data FROM analyses a JOIN articles r ON r.id = a.article_id "
                               "ORDER BY r.published NULLS LAST, r.id")
        while True:
            batch = cur.fetchmany(256)
            if not batch:
                return
            for (data,) in batch:
                yield from_dict(Analysis, json.loads(data))

    def find_article(self, prefix: str) -> Article | None:
        rows = self.con.execute("SELECT id FROM articles WHERE id LIKE ? || '%' LIMIT 2", [prefix]).fetchall()
        if len(rows) != 1:
            return None
        a = self.analysis(rows[0][0])
        return a.article if a else None


# the tables that hold an article and what was extracted from it, in the order they are written
ARTICLE_TABLES = ("articles", "analyses", "spans", "mentions", "places", "times", "quantities", "claims", "events")


def article_key(table: str) -> str:
    """The column of an ``ARTICLE_TABLES`` table that holds the article's id."""
    return "id" if table == "articles" else "article_id"


def sql_string(value) -> str:
    """A value (a file path) as an SQL string literal: COPY and table functions such as
    ``read_parquet`` take no bound parameter."""
    return "'" + str(value).replace("'", "''") + "'"


def _key(outlet, url, title, byline) -> tuple:
    missing = "\uffff"  # a copy without the field sorts after one with it
    return (outlet or missing, url or missing, title or missing, byline or missing)


def copy_key(article: Article) -> tuple:
    """Which of several copies of one text (one article id: outlets syndicating a story) is
    kept: the smallest (outlet, url, title, byline), copies with metadata first."""
    return _key(article.outlet, article.url, article.title, article.byline)


class _Rows:
    """Flatten analyses into per-table row tuples (column order as in the migrations)."""

    def __init__(self) -> None:
        self.articles: list[tuple] = []
        self.data: list[tuple] = []
        self.spans: list[tuple] = []
        self.mentions: list[tuple] = []
        self.places: list[tuple] = []
        self.times: list[tuple] = []
        self.quantities: list[tuple] = []
        self.claims: list[tuple] = []
        self.events: list[tuple] = []

    def tables(self):
        return list(zip(ARTICLE_TABLES, (self.articles, self.data, self.spans, self.mentions, self.places,
                                         self.times, self.quantities, self.claims, self.events)))

    def _span(self, aid: str, record: str, idx: int, role: str, span) -> None:
        if span is not None:
            self.spans.append((aid, record, idx, role, span.start, span.end, span.text))

    def add(self, an: Analysis) -> None:
        from .rows import event_row

        art = an.article
        aid = art.id
        self.articles.append((aid, art.outlet, art.url, art.title, art.byline, art.published, art.published_end,
                              art.published_precision, art.published_source, art.language, art.dateline_place,
                              art.source_path, art.text, len(an.errors), None))
        self.data.append((aid, json.dumps(to_dict(an), ensure_ascii=False)))
        for i, s in enumerate(art.published_evidence):
            self._span(aid, "published", i, "evidence", s)
        for i, m in enumerate(an.mentions):
            self.mentions.append((aid, i, m.span.start, m.span.end, m.label, m.span.text, m.entity_id))
            self._span(aid, "mention", i, m.label, m.span)
        for i, p in enumerate(an.places):
            pl = p.place
            self.places.append((aid, i, p.span.start, p.span.end, p.surface, pl and pl.geonameid, pl and pl.name,
                                pl and pl.country, pl and pl.admin1, pl and pl.admin2, pl and pl.lat, pl and pl.lon,
                                pl and pl.feature_code, p.geo_precision, p.confidence, p.kind, p.reason))
            self._span(aid, "place", i, "surface", p.span)
        for i, t in enumerate(an.times):
            self.times.append((aid, i, t.span.start, t.span.end, t.span.text, t.start, t.end, t.precision, t.kind))
            self._span(aid, "time", i, "text", t.span)
        for i, q in enumerate(an.quantities):
            self.quantities.append((aid, i, q.span.start, q.span.end, q.span.text, q.kind, q.low, q.best, q.high,
                                    q.subject, q.vague, q.aggregate))
            self._span(aid, "quantity", i, "text", q.span)
            self._span(aid, "quantity", i, "number", q.number_span)
        for i, c in enumerate(an.claims):
            self.claims.append((aid, i, c.span.start, c.span.end, c.claimant, c.claimant_kind, c.cue,
                                ",".join(c.hedges), c.quote.text if c.quote else None))
            self._span(aid, "claim", i, "sentence", c.span)
            self._span(aid, "claim", i, "claimant", c.claimant_span)
            self._span(aid, "claim", i, "cue", c.cue_span)
            self._span(aid, "claim", i, "quote", c.quote)
            for h in c.hedge_spans:
                self._span(aid, "claim", i, "hedge", h)
        for i, e in enumerate(an.events):
            self.events.append(event_row(e, i, art))
            self._span(aid, "event", i, "trigger", e.trigger)
            for s in e.evidence:
                self._span(aid, "event", i, "evidence", s)
