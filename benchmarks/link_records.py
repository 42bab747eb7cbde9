"""Synthetic stores for the link benchmarks: real extracted records, replicated.

A *seed* store holds real analyses: the GVA dev articles published from 2016-10-01 on (1,353
distinct texts, about 190 days of US news), extracted once by ``crossbearing run --no-link``
and cached (``out/bench/link_seed.duckdb``). A stream of any length is made from it: copy k of
seed article r is r with every date shifted by k × (seed span + 30 days, at least 400) plus a
jitter of ±2 days (the publication date, the event and time expressions, the dates inside its
analysis JSON), a new article id (and so new event ids), and its outlet renamed per copy. Copies
are 400+ days apart, further than any story or near-duplicate window, so copy k does not join
the stories of copy k-1: the volume per day stays that of the seed while the archive grows, as
in a real feed.

Only the tables the link stage reads are written (``articles``, ``analyses``, ``places``,
``events``), in bulk (one ``INSERT … SELECT unnest(…)`` per table and chunk), so a 100,000-article
store is built in a few minutes without running spaCy 100,000 times.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from functools import lru_cache
from pathlib import Path

SEED_FROM = "2016-10-01"
_TOKEN = re.compile(r"(\d{4}-\d{2}-\d{2})")


def build_seed(data: Path, path: Path) -> Path:
    """Extract the seed articles into ``path`` (once; minutes of spaCy)."""
    if path.exists():
        return path
    from crossbearing.pipeline import run
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    path.parent.mkdir(parents=True, exist_ok=True)
    seen, lines = set(), []
    for line in (data / "gva" / "dev.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r["published"][:10] >= SEED_FROM and r["article_id"] not in seen:
            seen.add(r["article_id"])
            lines.append(line if line.endswith("\n") else line + "\n")
    tmp = path.with_suffix(".jsonl")
    tmp.write_text("".join(lines), encoding="utf-8")
    partial = Path(str(path) + ".part")
    store = Store(str(partial))
    run([str(tmp)], store, Settings.load(workers=1), link=False)
    store.close()
    partial.rename(path)
    tmp.unlink()
    return path


@lru_cache(maxsize=200_000)
def _shifted(iso: str, days: int) -> str:
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return iso


class _Template:
    """A string whose article id and ISO dates are replaced per copy."""

    def __init__(self, s: str, aid: str):
        self.parts = re.split(f"({re.escape(aid)}|\\d{{4}}-\\d{{2}}-\\d{{2}})", s)
        self.aid = aid

    def render(self, new_id: str, days: int) -> str:
        out = self.parts[:]
        for i in range(1, len(out), 2):
            out[i] = new_id if out[i] == self.aid else _shifted(out[i], days)
        return "".join(out)


def _plus(v, days: int):
    return v + dt.timedelta(days=days) if isinstance(v, dt.date) else v


class Seed:
    """The seed store's records, ready to be copied (see module docstring)."""

    TABLES = ("articles", "analyses", "places", "events")

    def __init__(self, path: Path):
        import duckdb

        con = duckdb.connect(str(path), read_only=True)
        self.columns = {t: [(r[0], r[1]) for r in con.execute(f"DESCRIBE {t}").fetchall()] for t in self.TABLES}
        arts = con.execute("SELECT * FROM articles WHERE published IS NOT NULL ORDER BY published, id").fetchall()
        self.ids = [a[0] for a in arts]
        self.rows: dict[str, dict[str, list[tuple]]] = {t: {} for t in self.TABLES}
        for a in arts:
            self.rows["articles"][a[0]] = [a]
        for t in self.TABLES[1:]:
            order = " ORDER BY article_id, idx" if t != "analyses" else ""
            for r in con.execute(f"SELECT * FROM {t}{order}").fetchall():
                if r[self._aid_col(t)] in self.rows["articles"]:
                    self.rows[t].setdefault(r[self._aid_col(t)], []).append(r)
        con.close()
        first, last = arts[0][5], arts[-1][5]  # ``published``
        self.gap = max((last - first).days + 30, 400)
        self._templates: dict[tuple, _Template] = {}

    def _aid_col(self, table: str) -> int:
        return [c for c, _ in self.columns[table]].index("id" if table == "articles" else "article_id")

    def _copy_value(self, table: str, key: tuple, v, aid: str, new_id: str, days: int):
        if isinstance(v, str) and (aid in v or _TOKEN.search(v)):
            t = self._templates.get(key)
            if t is None:
                t = self._templates[key] = _Template(v, aid)
            return t.render(new_id, days)
        return _plus(v, days)

    def item_id(self, k: int, salt: str = "") -> str:
        """The article id of stream item ``k`` (without building its rows)."""
        return hashlib.sha1(f"{salt}{k // len(self.ids)}:{self.ids[k % len(self.ids)]}".encode()).hexdigest()[:16]

    def copy_rows(self, k: int, salt: str = "", outlet_suffix: str = "", text_suffix: str = "") -> dict[str, list]:
        """The rows of stream item ``k`` (copy ``k // len(seed)`` of seed article ``k % len(seed)``)."""
        aid = self.ids[k % len(self.ids)]
        copy = k // len(self.ids)
        days = copy * self.gap + random.Random(k).randint(-2, 2)
        new_id = self.item_id(k, salt)
        out = {}
        outlet = self.rows["articles"][aid][0][[c for c, _ in self.columns["articles"]].index("outlet")]
        renamed = f"{outlet}#{copy}{outlet_suffix}"
        for t in self.TABLES:
            names = [c for c, _ in self.columns[t]]
            rows = []
            for n, r in enumerate(self.rows[t].get(aid, [])):
                row = [self._copy_value(t, (t, aid, n, i), v, aid, new_id, days) for i, v in enumerate(r)]
                if t == "articles":
                    row[names.index("outlet")] = renamed
                    row[names.index("text")] += text_suffix
                elif t == "analyses" and outlet is not None:
                    # the article's outlet inside its analysis too: the link stage writes analyses
                    # back (outlet homes), and the articles table then takes the outlet from there
                    data = names.index("data")
                    row[data] = row[data].replace(f'"outlet": {json.dumps(outlet, ensure_ascii=False)}',
                                                  f'"outlet": {json.dumps(renamed, ensure_ascii=False)}', 1)
                rows.append(tuple(row))
            out[t] = rows
        return out

    def write(self, store, items: list[int], chunk: int = 2000, **kw) -> list[str]:
        """Write stream items ``items`` into ``store`` in bulk; returns their article ids."""
        ids = []
        for i in range(0, len(items), chunk):
            tables: dict[str, list] = {t: [] for t in self.TABLES}
            for k in items[i:i + chunk]:
                rows = self.copy_rows(k, **kw)
                ids.append(rows["articles"][0][0])
                for t in self.TABLES:
                    tables[t] += rows[t]
            with store.transaction():
                for t in self.TABLES:
                    if tables[t]:
                        cols = self.columns[t]
                        values = [list(col) for col in zip(*tables[t])]
                        select = ", ".join(f"unnest(?::{typ}[])" for _, typ in cols)
                        store.con.execute(f"INSERT INTO {t} SELECT {select}", values)
        return ids
