"""The end-to-end harness every headline figure goes through: the records of a data set are
written as the JSON Lines a user would feed (only ``text``, ``title``, ``outlet``,
``published``, ``url``), ``pipeline.run`` ingests, extracts and links them into a fresh
store, and ``store.export`` writes the ACLED CSV a user would take away. Only that CSV (plus
the story table, for grouping) is scored: nothing here reads an extractor's internals.

The *main event* of an article is defined once, here, reproducibly: among the exported rows
that list the article among their reports, the violent ones (Battles, Explosions/Remote
violence, Violence against civilians, Riots) if there are any, else all of them; of those,
the one whose evidence starts earliest in that article (the headline or lead event).
"""

from __future__ import annotations

import csv
import json
import re
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

from ..settings import Settings

INPUT_FIELDS = ("text", "title", "outlet", "published", "url")
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
_EVIDENCE = re.compile(r"([0-9a-f]{16}):(\d+)-(\d+)")


def _page(rec: dict) -> tuple[str, str]:
    return " ".join((rec.get("title") or "").split()), rec.get("text") or ""


@dataclass
class Exported:
    """What a user gets from ``run`` + ``export``: the ACLED rows and the stories."""

    rows: list[dict]
    record_article: dict[int, str]  # input record index → stored article id
    article_rows: dict[str, list[dict]] = field(default_factory=dict)  # article id → rows listing it
    story_of: dict[str, str] = field(default_factory=dict)  # article id → story id
    reports: dict[tuple[str, str], dict] = field(default_factory=dict)  # (event id, article id) → report row
    seconds: float = 0.0
    n_input: int = 0

    def article_of(self, i: int) -> Optional[str]:
        return self.record_article.get(i)

    def main_event(self, article_id: Optional[str]) -> Optional[dict]:
        rows = self.article_rows.get(article_id or "", [])
        if not rows:
            return None
        violent = [r for r in rows if r.get("event_type") in VIOLENT_TYPES] or rows
        return min(violent, key=lambda r: (first_evidence(r, article_id), r.get("event_id_cnty") or ""))

    def main_report(self, article_id: Optional[str]) -> Optional[dict]:
        """The article's own report of its main event (the exported ``reports`` table row):
        its values before they were merged with other outlets'."""
        ev = self.main_event(article_id)
        return self.reports.get((ev.get("event_id_cnty") or "", article_id or "")) if ev else None


def row_articles(row: dict) -> list[str]:
    """The article ids a row lists as its reports."""
    ids = row.get("article_ids")
    if ids:
        return [a for a in ids.split(";") if a]
    eid = row.get("event_id_cnty") or row.get("event_id") or ""
    return [eid.split("-")[0]] if eid else []


def first_evidence(row: dict, article_id: str) -> int:
    """Offset of the row's earliest evidence in ``article_id`` (large when it names none)."""
    starts = [int(m.group(2)) for m in _EVIDENCE.finditer(row.get("evidence") or "") if m.group(1) == article_id]
    return min(starts) if starts else 10**9


def as_int(v) -> Optional[int]:
    try:
        return int(float(v))
    except (TypeError, ValueError):
        return None


def as_float(v) -> Optional[float]:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def as_date(v) -> Optional[date]:
    try:
        return date.fromisoformat(str(v)[:10])
    except (TypeError, ValueError):
        return None


def run_export(records: Iterable[dict], settings: Optional[Settings] = None,
               workdir: Optional[Path] = None) -> Exported:
    """Feed ``records`` through ``crossbearing run`` + ``export --format acled-csv``."""
    from ..export.merged import event_index
    from ..pipeline import run
    from ..store import Store
    from ..store.export import export

    settings = settings or Settings.load()
    records = list(records)
    with tempfile.TemporaryDirectory(prefix="crossbearing-eval-", dir=workdir) as tmp:
        src = Path(tmp) / "input.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps({k: rec[k] for k in INPUT_FIELDS if rec.get(k) not in (None, "")},
                                    ensure_ascii=False) + "\n")
        started = time.perf_counter()
        with Store(Path(tmp) / "eval.duckdb") as store:
            run([str(src)], store, settings)
            out = Path(tmp) / "events.csv"
            export(store, "acled-csv", str(out))
            reports_out = Path(tmp) / "reports.csv"
            export(store, "csv", str(reports_out), table="reports")
            seconds = time.perf_counter() - started
            by_line: dict[int, str] = {}
            for r in store.query("SELECT id, source_path FROM articles"):
                line = (r["source_path"] or "").rsplit(":", 1)[-1]
                if line.isdigit():
                    by_line[int(line) - 1] = r["id"]
            # the same page filed twice (e.g. under two incidents) is stored once, from
            # whichever copy the store keeps: every record with that title and text is that article
            stored_of_page: dict[tuple[str, str], str] = {}
            for i, rec in enumerate(records):
                if i in by_line:
                    stored_of_page.setdefault(_page(rec), by_line[i])
            for i, rec in enumerate(records):
                if i not in by_line and _page(rec) in stored_of_page:
                    by_line[i] = stored_of_page[_page(rec)]
            stories = {r["article_id"]: r["story_id"]
                       for r in store.query("SELECT story_id, article_id FROM story_articles")}
        with out.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        with reports_out.open(encoding="utf-8", newline="") as fh:
            # an article that tells the event twice (lead and recap) has two reports of it: its
            # own figure is its first report's (lowest event index, ``<article>-e<n>``)
            reports: dict[tuple[str, str], dict] = {}
            for r in csv.DictReader(fh):
                key = (r.get("event_id_cnty") or "", r.get("article_id") or "")
                if key not in reports or event_index(r.get("report_id"), 10**9) < \
                        event_index(reports[key].get("report_id"), 10**9):
                    reports[key] = r
    ex = Exported(rows, by_line, story_of=stories, seconds=seconds, n_input=len(records), reports=reports)
    for r in rows:
        for aid in row_articles(r):
            ex.article_rows.setdefault(aid, []).append(r)
    return ex


# --- naive baselines (the yardsticks each figure is reported against) ----------------------

_WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_N_KILLED = re.compile(r"\b(\d{1,5}|" + "|".join(_WORD_NUMBERS) + r")\s+(?:\w+\s+){0,3}?(?:were\s+|was\s+|are\s+)?"
                       r"(?:killed|dead|died|slain)\b", re.I)


def first_n_killed(text: str) -> int:
    """Baseline: the first "N (…) killed/dead" number of the text, else 0."""
    m = _N_KILLED.search(text or "")
    if not m:
        return 0
    tok = m.group(1).lower()
    return int(tok) if tok.isdigit() else _WORD_NUMBERS[tok]


def share(num: float, den: float) -> float:
    return num / den if den else 0.0


def table(title: str, cols: tuple[str, ...], rows: list[tuple]):
    from rich.table import Table

    t = Table(title=title)
    for c in cols:
        t.add_column(c)
    for r in rows:
        t.add_row(*[f"{x:.3f}" if isinstance(x, float) else str(x) for x in r])
    return t
