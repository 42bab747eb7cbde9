"""Infer an article's publication date from its own text, as the tightest consistent interval.

Evidence and what it says about the publication day P:

- an explicit dated mention in past tense ("on September 10, 2017", a photo caption, "in
  2017") → P is on or after it (the *last* component of a range: "between 2014 and 2017"
  only says P ≥ 1 January 2017); in future tense ("to be held on 14 September 2017") → P is
  before it;
- a relative mention that lands on an explicit date ("slated to begin Thursday" + a related
  headline "September 14-15") → P is a day for which "Thursday" resolves to 14 September;
- the first weekday of the lead in past tense ("announced … on Tuesday") → the news is fresh:
  P is that day or one of the next two (news style names the weekday for recent events; the
  days after cover overnight publication, time zones and weekend editions).

Candidate days start from the latest explicit past date with day or month precision and run
a month beyond it (reports follow the events they date). Each filter applies only when it
leaves some candidate; among several separate runs of candidates the first one after a
day-precise lower bound is kept, else the whole hull (coarser precision). Without any
year in the text (and no ``window`` from a peer article) there is no year to anchor on: no
date is given, only the year-less partial result, never a confident wrong day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .grammar import Timex, scan
from .resolve import precision_of, resolve, tense_at

HORIZON_DAYS = 30  # how long after its latest dated past event an article is assumed published
LEAD_CHARS = 400
COREF = "a relative day lands on an explicit date"
_CAPTION = re.compile(r"^\W*(?:photo|image|picture|caption|file photo)\b|\b(?:AFP|AP|Reuters|Getty Images|EPA|"
                      r"AP Photo|File)\W*\)?\s*$", re.I)
FRESH_DAYS = 2  # the lead's weekday: same day, or up to two days before publication
STAMP_CHARS = 600  # a "Posted: …" stamp counts only near the top (lower down it belongs to other stories)


@dataclass
class PublishedGuess:
    start: Optional[date]
    end: Optional[date]
    precision: Optional[str]
    evidence: list[tuple[int, int]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    partial: Optional[dict] = None  # year-less result: {"from": "MM-DD", "to": "MM-DD", "years": [...]}


@dataclass
class _Mention:
    tx: Timex
    tense: str


def _mentions(text: str) -> list[_Mention]:
    return [_Mention(tx, tense_at(text, tx.start, tx.end)) for tx in scan(text)]


_POSTED = re.compile(r"\b(?:posted|published|created|first\s+published|date\s+of\s+publication|publication\s+date)"
                     r"\s*(?:on|at)?\s*:?\s*$", re.I)
_BIRTH = re.compile(r"\b(?:born|birth|DOB|d\.o\.b)\b[^.]*$", re.I)
_GOVERNED = re.compile(r"\b(?:on|since|from|until|till|by|before|after|of|in|during|between|and|to)\s*,?\s*$", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|last\s+updated|edited)\s*(?:on|at)?\s*:?\s*$", re.I)


def _stamp(text: str, m: _Mention) -> Optional[str]:
    """'posted' / 'updated' when the mention is a page's date stamp ("Posted: Monday, …")."""
    before = text[max(0, m.tx.start - 30):m.tx.start]
    if m.tx.day is None or m.tx.year is None or m.tx.end_tx is not None:
        return None
    if _POSTED.search(before):
        return "posted"
    after = text[m.tx.end:m.tx.end + 2]
    if m.tx.start < 200 and before.endswith("(") and after[:1] in (")", "/", ":", " "):
        return "posted"  # a dateline date: "LA PORTE, Ind. (December 26, 2015) —"
    if _UPDATED.search(before):
        return "updated"
    if m.tx.start < STAMP_CHARS and m.tx.weekday is not None and m.tx.month is not None and \
            not _GOVERNED.search(before):
        # a page header's stamp with its weekday ("Reuters Sunday 10 Jul 2016", "Wed 05 Apr
        # 2017"): news sentences say "on Sunday", not "Sunday 10 Jul 2016"
        return "posted"
    return None


# what may stand before the date a page opens with: nothing, or its weekday, abbreviated as
# page headers write it ("Sat Aug 31 2013", "Thu, Dec 15 2016") or in full
_WEEKDAY_ONLY = re.compile(r"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|"
                           r"fri|sat|sun)\.?)?,?\s*", re.I)


@lru_cache(maxsize=8)
def page_stamps(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the page's own date stamps near its top ("Posted: Monday, …", "Date
    of publication 9 August 2016", "Wed 05 Apr 2017", a full date the page opens with): they
    date the page, not anything it reports."""
    head = text[:STAMP_CHARS]
    found = []
    for tx in scan(head):
        full = tx.day is not None and tx.month is not None and tx.year is not None and tx.end_tx is None
        opens_page = full and _WEEKDAY_ONLY.fullmatch(head[:tx.start]) is not None
        if opens_page or _stamp(head, _Mention(tx, "past")) is not None:
            found.append((tx.start, tx.end))
    return tuple(found)


def _fresh(text: str, m: _Mention, lead_end: int) -> bool:
    """Is a dated mention in the lead or in a photo caption (both date the news itself,
    whereas a dated event further down may be background: AP style drops the year of
    current-year dates, so a full date with its year is often an older event)?"""
    if m.tx.start < lead_end:
        return True
    line_start = text.rfind("\n", 0, m.tx.start) + 1
    line_end = text.find("\n", m.tx.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return bool(_CAPTION.search(line[:40]) or _CAPTION.search(line[-40:]))


def _first_stamp(text: str, ms: list[_Mention], kind: str, within: int = STAMP_CHARS) -> Optional[_Mention]:
    """The first page stamp of ``kind`` ('posted' / 'updated') in the first ``within`` characters."""
    return next((m for m in ms if m.tx.start < within and _stamp(text, m) == kind), None)


def _absolute_bounds(ms: list[_Mention], text: str = ""):
    """(lo, lo_precision, lo_mention, hi, hi_mention) from mentions that carry their own year;
    an "Updated:" stamp is an upper bound, not a dated event."""
    lo = hi = None
    lo_prec = None
    lo_m = hi_m = None
    for m in ms:
        tx = m.tx
        if not tx.is_date or tx.rel is not None or tx.year is None:
            continue
        if text and _BIRTH.search(text[max(0, tx.start - 20):tx.start]):
            continue  # a date of birth says nothing about publication
        if text and _stamp(text, m) == "updated":
            s, _, _ = resolve(tx, None, "past")
            if s is not None and (hi is None or s < hi):
                hi, hi_m = s + timedelta(days=1), m
            continue
        last = tx.end_tx if tx.end_tx is not None and tx.end_tx.year is not None else tx
        s, _, _ = resolve(last if last is not tx else tx, None, m.tense)
        if last is not tx and s is None:
            continue
        if s is None:
            continue
        if m.tense == "future" and tx.kind != "since":
            first, _, _ = resolve(tx, None, m.tense)
            bound = first or s
            if hi is None or bound < hi:
                hi, hi_m = bound, m
        elif lo is None or s > lo:
            lo, lo_m = s, m
            lo_prec = "day" if last.day is not None else "month" if last.month is not None else "year"
    return lo, lo_prec, lo_m, hi, hi_m


def _day_mentions(ms: list[_Mention]) -> list[_Mention]:
    return [m for m in ms if m.tx.is_date and m.tx.rel is None and m.tx.day is not None]


def _coref_score(p: date, ms: list[_Mention], dated: list[_Mention]) -> tuple[int, list[_Mention]]:
    """How many relative day mentions ("Thursday", "tomorrow") land on an explicit date when
    the article is published on ``p``."""
    targets = []
    for d in dated:
        s, e, _ = resolve(d.tx, p, d.tense)
        if s is not None:
            targets.append((s, e, d))
    hits: list[_Mention] = []
    for m in ms:
        if m.tx.rel not in ("weekday", "day") or (m.tx.rel == "day" and m.tx.shift == 0):
            continue
        s, _, _ = resolve(m.tx, p, m.tense)
        for ts, te, d in targets:
            if s is not None and s == ts and d.tx.weekday in (None, s.weekday()):
                hits += [m, d]
                break
    return len(hits) // 2, hits


def _yearless_order(p: date, dated: list[_Mention]) -> bool:
    """A year-less explicit date in future tense lies after P, in past tense on or before P."""
    for d in dated:
        if d.tx.year is not None:
            continue
        s, _, _ = resolve(d.tx, p, d.tense)
        if s is None:
            continue
        if d.tense == "future" and s <= p:
            return False
        if d.tense == "past" and s > p:
            return False
    return True


def _runs(days: list[date]) -> list[list[date]]:
    runs: list[list[date]] = []
    for d in sorted(days):
        if runs and (d - runs[-1][-1]).days == 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    return runs


def _solve(ms: list[_Mention], window: tuple[date, date], lead_end: int, lo_day_precise: bool):
    cands = [window[0] + timedelta(days=i) for i in range((window[1] - window[0]).days + 1)]
    evidence: list[_Mention] = []
    reasons: list[str] = []
    dated = _day_mentions(ms)
    ordered = [p for p in cands if _yearless_order(p, dated)]
    if ordered and len(ordered) < len(cands):
        cands = ordered
        evidence += [d for d in dated if d.tx.year is None]
        reasons.append("year-less dates fall on the right side of publication")
    scored = [(p, *_coref_score(p, ms, dated)) for p in cands]
    best = max((s for _, s, _ in scored), default=0)
    if best > 0:
        cands = [p for p, s, _ in scored if s == best]
        for _, s, hits in scored:
            if s == best:
                evidence += [h for h in hits if h not in evidence]
                break
        reasons.append(COREF)
    lead = next((m for m in ms if m.tx.rel == "weekday" and m.tx.direction is None and m.tense == "past"
                 and m.tx.start < lead_end), None)
    if lead is not None:
        fresh = [p for p in cands if (p - resolve(lead.tx, p, "past")[0]).days <= FRESH_DAYS]
        if fresh:
            if len(fresh) < len(cands):
                reasons.append(f"the lead's '{lead.tx.text}' is at most {FRESH_DAYS} days before publication")
            cands = fresh
            evidence.append(lead)
    if not cands:
        return None, evidence, reasons
    runs = _runs(cands)
    chosen = runs[0] if (lo_day_precise and len(runs) > 1) else [runs[0][0], runs[-1][-1]]
    if lo_day_precise and len(runs) > 1:
        reasons.append("the first consistent days after the latest dated event")
    return (chosen[0], chosen[-1]), evidence, reasons


def infer_published(text: str, *, window: Optional[tuple[date, date]] = None,
                    lead_end: Optional[int] = None, today: Optional[date] = None) -> PublishedGuess:
    """The publication interval that the text supports (see the module docstring).

    ``window`` restricts the candidates (e.g. a story peer's date ± a week): it supplies the
    year when the text has none. ``lead_end`` is where the lead ends (default 400 chars)."""
    ms = _mentions(text)
    lead_end = LEAD_CHARS if lead_end is None else lead_end
    posted = _first_stamp(text, ms, "posted")
    if posted is not None:
        day, _, _ = resolve(posted.tx, None, "past")
        if window is None or window[0] <= day <= window[1]:
            return PublishedGuess(day, day, "day", [(posted.tx.start, posted.tx.end)],
                                  [f"the page's own stamp '{text[max(0, posted.tx.start - 12):posted.tx.end].strip()}'"])
    lo, lo_prec, lo_m, hi, hi_m = _absolute_bounds(ms, text)
    evidence: list[_Mention] = []
    reasons: list[str] = []
    if window is None:
        if lo is None or lo_prec != "day":
            updated = _first_stamp(text, ms, "updated", STAMP_CHARS // 3)  # at the top of the page
            if updated is not None:
                # the page says only when it was last updated ("Last updated at Aug 01 2016"):
                # news pages are updated on the day they go up or soon after, and a day that
                # late beats no date at all
                day, _, _ = resolve(updated.tx, None, "past")
                return PublishedGuess(day, day, "day", [(updated.tx.start, updated.tx.end)],
                                      [f"the page's update stamp '{text[max(0, updated.tx.start - 16):updated.tx.end].strip()}'"])
            return PublishedGuess(None, None, None, partial=_partial(ms, lead_end, today),
                                  reasons=["no day-precise dated event in the text"])
        start = lo
        horizon = timedelta(days=HORIZON_DAYS)
        end = lo + horizon
        if hi is not None and hi >= start:
            end = min(end, hi - timedelta(days=1)) if hi > start else hi
            evidence.append(hi_m)
            reasons.append(f"before the future '{hi_m.tx.text}'")
        evidence.append(lo_m)
        reasons.append(f"on or after the past '{lo_m.tx.text}'")
        window = (start, end)
    else:
        if lo is not None and window[0] <= lo <= window[1]:
            window = (lo, window[1])
            evidence.append(lo_m)
    got, ev, rs = _solve(ms, window, lead_end, lo_day_precise=lo_prec == "day" and lo == window[0])
    if got is None:
        return PublishedGuess(None, None, None, reasons=reasons + ["no consistent day"])
    if lo_m is not None and lo_m in evidence and not _fresh(text, lo_m, lead_end) and COREF not in rs:
        return PublishedGuess(None, None, None, reasons=reasons + [
            f"the latest dated event '{lo_m.tx.text}' is neither in the lead nor in a caption, and no "
            "relative day points at it: the report may come much later (follow-ups, trials)"])
    evidence += [m for m in ev if m not in evidence]
    spans = sorted({(m.tx.start, m.tx.end) for m in evidence})
    return PublishedGuess(got[0], got[1], precision_of(*got), spans, reasons + rs)


def _around(year: int, month: int, day: int, days: int = 8) -> list[date]:
    try:
        mid = date(year, month, day)
    except ValueError:
        return []
    return [mid + timedelta(days=i) for i in range(-days, days + 1)]


def _partial(ms: list[_Mention], lead_end: int, today: Optional[date]) -> Optional[dict]:
    """Without a year: the month-day interval that relative/explicit co-reference pins, and
    the years in which it holds (1990 to today)."""
    dated = [m for m in _day_mentions(ms) if m.tx.year is None]
    if not dated or not any(m.tx.rel in ("weekday", "day") for m in ms):
        return None
    today = today or date.today()
    results: dict[tuple[str, str], list[int]] = {}
    for y in range(1990, today.year + 1):
        cands = sorted({c for m in dated for c in _around(y, m.tx.month, m.tx.day) if c <= today})
        scored = [p for p in cands if _coref_score(p, ms, dated)[0] > 0 and _yearless_order(p, dated)]
        if not scored:
            continue
        runs = _runs(scored)
        if len(runs) != 1:
            continue
        key = (runs[0][0].strftime("%m-%d"), runs[0][-1].strftime("%m-%d"))
        results.setdefault(key, []).append(y)
    if len(results) != 1:
        return None
    (md_from, md_to), years = next(iter(results.items()))
    return {"from": md_from, "to": md_to, "years": years}

