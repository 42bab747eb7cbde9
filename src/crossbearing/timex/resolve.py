"""Resolve a recognised ``Timex`` against an anchor date (usually the publication date).

The output is an interval ``[start, end]`` of ISO days plus a precision derived from its
width, so "on Tuesday" is one day, "last week" a week, "earlier this month" the days of
this month up to the anchor, "in December last year" a month. Tense decides the
direction of bare weekdays and year-less dates: news past tense means the most recent
Tuesday on or before the anchor, future tense ("is slated to begin Thursday") the next.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, timedelta
from typing import Optional

from .record import Timex

Interval = tuple[Optional[date], Optional[date], Optional[str]]

_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|slated|scheduled|set\s+to|set\s+for|due\s+to|due\s+on|to\s+be\s+held|"
    r"expected\s+to|plans?\s+to|planned|planning|upcoming|going\s+to|is\s+to|are\s+to|next|"
    r"would\s+(?:begin|start|take\s+place)|postponed\s+to|until)\b|['’]ll\b",
    re.I,
)
_PAST = re.compile(
    r"(?<!be )(?<!been )\b(?:said|says|announced|reported|told|was|were|had|has(?!\s+to\b)|have(?!\s+to\b)|did|held|killed|died|ago|last|earlier|"
    r"previously|occurred|happened|took\s+place|began|started|arrested|shot|\w+ed)\b",
    re.I,
)


def precision_of(start: Optional[date], end: Optional[date]) -> Optional[str]:
    """day / week / month / year from the width of an interval."""
    if start is None or end is None:
        return None
    width = (end - start).days + 1
    if width <= 1:
        return "day"
    if width <= 7:
        return "week"
    if width <= 31:
        return "month"
    return "year"


# a schedule told in the present, its verb right before the day ("the trial opens on April 5",
# "voters go to the polls on Sunday"; not "change begins with reporting crimes. … Monday's
# shooting", nor a headline's "gunman opens fire on Monday")
_SCHEDULED_BEFORE = re.compile(r"\b(?:opens|begins|starts|resumes|kicks\s+off|takes\s+effect|go(?:es)?\s+to\s+the\s+polls)"
                               r"\s+(?:(?:on|at|in|from)\s+)?$", re.I)


def tense_at(text: str, start: int, end: int) -> str:
    """'future' when the clause before (or, failing that, just after) the expression holds a
    future cue closer than any past cue; else 'past' (the default of news reporting)."""
    left_start = max(0, start - 80)
    left = text[left_start:start]
    if _SCHEDULED_BEFORE.search(left):
        return "future"
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("; "))
    if cut >= 0:
        left = left[cut + 1:]
    best = None
    for rx, label in ((_FUTURE, "future"), (_PAST, "past")):
        for m in rx.finditer(left):
            if best is None or m.end() > best[0] or (m.end() == best[0] and label == "future"):
                best = (m.end(), label)
    if best:
        return best[1]
    right = re.split(r"[.;\n]", text[end:end + 40], maxsplit=1)[0]
    fm, pm = _FUTURE.search(right), _PAST.search(right)
    if fm and (not pm or fm.start() < pm.start()):
        return "future"
    return "past"


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


# the days of a month a part names ("early": 1-10; "the second half of": the 16th to the end; "the
# last week of": its last seven days): None is the month's last day, a first day below 1 counts back
# from it
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, None), "week1": (1, 7), "week2": (8, 14),
                "week3": (15, 21), "week4": (22, 28), "half1": (1, 15), "half2": (16, None), "lastweek": (-6, None)}
# the (month, day) a part of a year starts and ends on; any other part is the whole year
_YEAR_PARTS = {"early": ((1, 1), (4, 30)), "mid": ((5, 1), (8, 31)), "late": ((9, 1), (12, 31)),
               "half1": ((1, 1), (6, 30)), "half2": ((7, 1), (12, 31)), "week1": ((1, 1), (1, 7)),
               "lastweek": ((12, 25), (12, 31))}


def _month_interval(y: int, m: int, part: Optional[str]) -> tuple[date, date]:
    last = _month_end(y, m)
    first, end = _MONTH_PARTS.get(part or "", (1, None))
    start = last + timedelta(days=first) if first < 1 else date(y, m, first)
    return start, last if end is None else date(y, m, end)


def _year_interval(y: int, part: Optional[str]) -> tuple[date, date]:
    (m1, d1), (m2, d2) = _YEAR_PARTS.get(part or "", ((1, 1), (12, 31)))
    return date(y, m1, d1), date(y, m2, d2)


def _add_months(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _pick_year(month: int, day: int, anchor: date, tense: str, weekday: Optional[int] = None) -> Optional[date]:
    """A year-less day → the nearest fitting date around the anchor (past: on or before it,
    with a week's slack; future: on or after it)."""
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    # the weekday picks the year among those near the anchor ("Wednesday, December 30" in a
    # January paper); a weekday that fits only a year-old day is a slip of the writer's
    # ("on Wednesday, November 11" in a paper of 23 November that year, a Friday then)
    near_fitting = [c for c in cands if c.weekday() == weekday and abs((c - anchor).days) <= 183]
    if weekday is not None and near_fitting:
        cands = near_fitting
    return _nearest(cands, anchor, tense)


def _month_days(day: int, anchor: date) -> list[date]:
    """Day ``day`` of the anchor's month and of the months either side, where they have it."""
    out = []
    for shift in (-1, 0, 1):
        y, m = _add_months(anchor, shift)
        if day <= _month_end(y, m).day:
            out.append(date(y, m, day))
    return out


def _weekday(tx: Timex, anchor: date, tense: str, next_day: bool = False) -> date:
    wd = tx.weekday
    back = (anchor.weekday() - wd) % 7  # days back to the most recent such weekday (0 = today)
    if tx.direction == -1:
        return anchor - timedelta(days=back or 7)
    if tx.direction == 1:
        return anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    if tx.direction == 0:
        return anchor - timedelta(days=anchor.weekday()) + timedelta(days=wd)
    if tense == "future":
        return anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    if back == 6 and next_day:
        # "still in grave condition on Saturday" in a report dated Friday: the day after the
        # date a page carries, not six days before it. A page is dated when first posted (or
        # in another time zone) and updated overnight, and news a week old says "last Saturday"
        return anchor + timedelta(days=1)
    return anchor - timedelta(days=back)


def floating_day(rule: dict, year: int) -> date:
    """The day a holiday whose date moves falls on in ``year``: Western Easter, or the n-th
    weekday of a month (``nth`` -1: the last)."""
    if rule.get("rule") == "easter":
        from dateutil.easter import easter

        return easter(year)
    month, weekday, nth = rule["month"], rule["weekday"], rule["nth"]
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _nearest(cands: list[date], anchor: date, tense: str) -> Optional[date]:
    """Among a day's candidate years, the fitting one nearest the anchor (past: on or before it,
    with a week's slack; future: on or after it)."""
    if not cands:
        return None
    slack = timedelta(days=7)
    if tense == "past":
        ok = [c for c in cands if c <= anchor + slack]
        return max(ok) if ok else min(cands)
    if tense == "future":
        ok = [c for c in cands if c >= anchor - slack]
        return min(ok) if ok else max(cands)
    return min(cands, key=lambda c: abs((c - anchor).days))


def _nearest_told(cands: list[date], anchor: date, tense: str, direction: Optional[int]) -> Optional[date]:
    """``_nearest``, or with "last" / "next" the nearest strictly before / after the anchor."""
    if direction == -1:
        return max((c for c in cands if c < anchor), default=None)
    if direction == 1:
        return min((c for c in cands if c > anchor), default=None)
    return _nearest(cands, anchor, tense)


def _calendar(tx: Timex, anchor: Optional[date], tense: str) -> tuple[Optional[date], Optional[date]]:
    """Explicit calendar fields (year / month / day), year filled from the anchor if needed."""
    y, m, d = tx.year, tx.month, tx.day
    rule = tx.extras.get("floating")
    if rule is not None:
        if y is not None:
            day = floating_day(rule, y)
        elif anchor is None:
            return None, None
        else:
            day = _nearest_told([floating_day(rule, k) for k in (anchor.year - 1, anchor.year, anchor.year + 1)],
                                anchor, tense, tx.direction)
        return day, day
    if m is not None and d is not None:
        if y is None and tx.year_shift is not None and anchor is not None:
            y = anchor.year + tx.year_shift  # "March 3 last year"
        if y is not None:
            return date(y, m, d), date(y, m, d)
        if anchor is None:
            return None, None
        if tx.direction is not None:  # "last Christmas"
            day = _nearest_told([date(k, m, d) for k in (anchor.year - 1, anchor.year, anchor.year + 1)],
                                anchor, tense, tx.direction)
        else:
            day = _pick_year(m, d, anchor, tense, tx.weekday)
        return day, day
    if d is not None and y is None:
        if anchor is None:
            return None, None
        cands = _month_days(d, anchor)  # "on the 15th"; "Saturday the 13th": the month it fits
        day = _nearest([c for c in cands if c.weekday() == tx.weekday] or cands, anchor, tense)
        return day, day
    if m is not None:
        if y is None:
            if anchor is None:
                return None, None
            if tx.year_shift is not None:
                y = anchor.year + tx.year_shift
            elif tx.direction == -1:
                y = anchor.year if m < anchor.month else anchor.year - 1
            elif tx.direction == 1:
                y = anchor.year if m > anchor.month else anchor.year + 1
            elif tx.direction == 0:
                y = anchor.year
            elif tense == "future":
                y = anchor.year if m >= anchor.month else anchor.year + 1
            else:
                y = anchor.year if m <= anchor.month else anchor.year - 1
        return _month_interval(y, m, tx.part)
    if y is not None:
        return _year_interval(y, tx.part)
    return None, None


def _season_in(first_month: int, last_month: int, year: int) -> tuple[date, date]:
    """The season of ``year``; one that runs into the next year (winter) starts in the year before."""
    start_year = year - 1 if last_month < first_month else year
    return date(start_year, first_month, 1), _month_end(year, last_month)


def _season(tx: Timex, anchor: Optional[date], tense: str) -> tuple[Optional[date], Optional[date]]:
    """A season of a given year, or the one "last", "this" or "next" names from the anchor:
    "last summer" is the latest summer over before the anchor (in August, the year before's)."""
    first, last = tx.extras["season"]
    if tx.year is not None:
        return _season_in(first, last, tx.year)
    if anchor is None:
        return None, None
    seasons = [_season_in(first, last, y) for y in range(anchor.year - 2, anchor.year + 3)]
    if tx.shift < 0:
        return max((s for s in seasons if s[1] < anchor), default=(None, None))
    if tx.shift > 0:
        return min((s for s in seasons if s[0] > anchor), default=(None, None))
    current = next((s for s in seasons if s[0] <= anchor <= s[1]), None)
    if current is None and tense == "future":
        current = min(s for s in seasons if s[0] > anchor)
    s, e = current or max(s for s in seasons if s[1] < anchor)
    if tx.mod == "earlier" or current is not None and tense == "past" and tx.mod != "later":
        e = min(e, anchor)  # "earlier this summer", or "this summer" told in the past: up to the page's day
    elif tx.mod == "later":
        s = max(s, anchor)
    return s, e


def _relative(tx: Timex, anchor: date, tense: str, next_day: bool = False) -> tuple[Optional[date], Optional[date]]:
    if tx.rel == "day":
        d = anchor + timedelta(days=tx.shift)
        return d, d
    if tx.rel == "weekday":  # ("Wednesday last week", "a week ago Tuesday": weeks off that day)
        d = _weekday(tx, anchor, tense, next_day) + timedelta(weeks=tx.extras.get("weeks", 0))
        return d, d
    if tx.rel in ("week", "weekend"):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=tx.shift)
        if tx.rel == "weekend":
            told_past = tense == "past" or tx.extras.get("past")  # "this past weekend" whatever the verb
            if tx.shift == 0 and told_past and anchor.weekday() < 5:
                monday -= timedelta(weeks=1)
            return monday + timedelta(days=5), monday + timedelta(days=6)
        s, e = monday, monday + timedelta(days=6)
    elif tx.rel == "month":
        s, e = _month_interval(*_add_months(anchor, tx.shift), tx.part)
    elif tx.rel == "year":
        s, e = _year_interval(anchor.year + tx.shift, tx.part)
    elif tx.rel == "ago":
        if tx.dur_days is None:
            return None, None
        n = -tx.shift
        if tx.unit == "day":
            d = anchor - timedelta(days=n)
            return d, d
        if tx.unit in ("week", "fortnight"):
            d = anchor - timedelta(weeks=n * (2 if tx.unit == "fortnight" else 1))
            return d - timedelta(days=3), d + timedelta(days=3)
        if tx.unit == "month":
            y, m = _add_months(anchor, -n)
            return date(y, m, 1), _month_end(y, m)
        y = anchor.year - n * (10 if tx.unit == "decade" else 1)
        return date(y, 1, 1), date(y, 12, 31)
    elif tx.rel == "span":
        if tx.dur_days is None:
            return None, None
        # "the last 24 hours" from a page of unknown hour reaches into the day before
        delta = timedelta(days=math.ceil(tx.dur_days) if tx.unit == "hour" else max(0, round(tx.dur_days) - 1))
        return (anchor - delta, anchor) if tx.shift < 0 else (anchor, anchor + delta)
    else:
        return None, None
    if tx.mod == "earlier" and tx.shift == 0:
        e = min(e, anchor)
    elif tx.mod == "later" and tx.shift == 0:
        s = max(s, anchor)
    return s, e


def resolve(tx: Timex, anchor: Optional[date] = None, tense: str = "past", next_day: bool = False) -> Interval:
    """``(start, end, precision)`` of a time expression; ``(None, None, None)`` when it is a
    duration or needs an anchor that is missing. ``next_day``: the anchor is a page's date, and
    a bare weekday naming the day after it is that day (see ``_weekday``); not when the anchor
    is a guess being tested."""
    if tx.kind == "duration":
        return None, None, None
    if tx.rel == "season":
        s, e = _season(tx, anchor, tense)
        return s, e, precision_of(s, e)
    if tx.rel is not None:
        if anchor is None:
            return None, None, None
        # "since Tuesday" counts up to the page's date: never the day after it
        s, e = _relative(tx, anchor, tense, next_day and tx.kind != "since")
        return s, e, precision_of(s, e)
    try:
        s, e = _calendar(tx, anchor, tense)
        if tx.end_tx is not None:
            end_tx = tx.end_tx
            if end_tx.year is None and s is not None:
                end_tx = Timex(end_tx.start, end_tx.end, end_tx.text, year=s.year, month=end_tx.month,
                               day=end_tx.day)
            s2, e2 = _calendar(end_tx, anchor, tense)
            if e2 is not None and s is not None and e2 < s and end_tx.month is not None and end_tx.year is not None:
                s2, e2 = _calendar(Timex(0, 0, "", year=end_tx.year + 1, month=end_tx.month, day=end_tx.day), anchor, tense)
            if s is None or e2 is None:
                return None, None, None
            return s, e2, precision_of(s, e2)
    except ValueError:  # an impossible calendar day such as 29 February 2019
        return None, None, None
    if s is None:
        return None, None, None
    if tx.kind == "since":
        precision = precision_of(s, e)
        return s, anchor if anchor and anchor >= s else None, precision
    return s, e, precision_of(s, e)
