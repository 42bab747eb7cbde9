"""A regex grammar for English news time expressions → unresolved ``Timex`` records.

The grammar only *recognises*: "on Tuesday" becomes ``Timex(weekday=1)`` and the anchor
date is applied later (resolve.py). Rules run from the most specific ("Tuesday,
September 12, 2017", "September 14-15") to the least ("in August", "in 2014"), and a
later rule never takes characters an earlier one already took.

Bare numbers are never dates: a year needs a temporal preposition or a range around it
("in 2014", "between 2014 and 2017", "2014-2017"), a day needs a month name next to it,
and digit guards keep "42,234" or "1,2,3" from yielding a "234" or a "2".
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Callable, Optional

from ..prefilter import fold, may_match, needles
from .record import MONTHS, NUMBER_WORDS, UNIT_DAYS, WEEKDAYS, Timex

# --- building blocks ------------------------------------------------------------------

_MON_ALT = ("January|February|March|April|May|June|July|August|September|October|November|December|"
            "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# a month's name, with the point only an abbreviation takes: the point after "in December."
# ends the sentence and is no part of the date
_MON_WORD = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
             r"(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b\.?)")
_PRE_DAY = r"(?<![\d.,/$£€#:])"


def _mon(g: str) -> str:
    return rf"(?P<{g}>{_MON_WORD}|(?:{_MON_ALT.upper()})\b\.?)"


def _day(g: str) -> str:
    return rf"{_PRE_DAY}(?P<{g}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|,\d|\.\d|:\d|%)"


def _year(g: str) -> str:
    return rf"(?<![\d.,$£€/#:])(?<!\d-)(?P<{g}>1[89]\d\d|20\d\d)(?!\d|,\d|\.\d|%|s\b|[\s-]+(?:year|yr)s?-old)"


_WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WD_PREFIX = rf"(?:(?P<wd>{_WD})\s*,?\s+(?:the\s+)?)?"
_TO = r"\s*(?:-|–|—|to|and|until|till|through|thru)\s*"
_NUM = (r"(?P<num>\d{1,3}(?![\d,])|a\s+couple\s+of|a\s+few|several|an?|"
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
        r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
        r"one|two|three|four|five|six|seven|eight|nine|ten)")
_UNIT = r"(?P<unit>hour|day|week|fortnight|month|year|decade)"
_PART = (r"(?P<part>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of|end\s+of|beginning\s+of|"
         r"(?:the\s+)?(?:first|second|third|fourth|last|final|closing|opening|dying)\s+(?:week|half|days|weeks)\s+of)")
_CTX = (r"(?P<pre>in|since|until|till|by|during|from|through|throughout|before|after|of|around|"
        r"between|and|to|for|as\s+of)")


_COUNTED = (r"(?:people|persons|troops|soldiers|civilians|men|women|children|families|residents|refugees|"
            r"migrants|fighters|militants|protesters|police|officers|members|homes|houses|buildings|cases|"
            r"votes|acres|km|kilometers|kilometres|miles|metres|meters|feet|tons|tonnes|dollars|euros|rounds|"
            r"rockets|shells|missiles|strikes|airstrikes|attacks|deaths|dead|killed|injured|arrested|more|others)\b")


def month_of(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def number_of(token: str) -> Optional[int]:
    token = re.sub(r"\s+", " ", token.lower())
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


_NTH_WEEK = {"first": "week1", "second": "week2", "third": "week3", "fourth": "week4"}


def _part_name(p: Optional[str]) -> Optional[str]:
    """early | mid | late of a month or year; week1-week4 | lastweek | half1 | half2 for "the
    first week of", "the last week of", "the second half of"."""
    if not p:
        return None
    p = p.lower()
    words = p.split()
    if len(words) >= 3 and words[-1] == "of" and words[-2] in ("week", "half", "days", "weeks"):
        nth, unit = words[-3], words[-2]
        if unit == "week":
            return _NTH_WEEK.get(nth, "lastweek")
        if unit == "half":
            return "half1" if nth == "first" else "half2"
        return "early" if nth in ("first", "opening") else "late" if nth in ("last", "final", "closing", "dying") else "mid"
    if "end" in p or p == "late":
        return "late"
    if "begin" in p or "start" in p or p == "early":
        return "early"
    return "mid"


def _wd(m: re.Match, g: str = "wd") -> Optional[int]:
    v = m.groupdict().get(g)
    return WEEKDAYS[v.lower()] if v else None


def _yr(m: re.Match, g: str) -> Optional[int]:
    v = m.groupdict().get(g)
    return int(v) if v else None


# --- rules: (pattern, builder) in priority order ---------------------------------------

Builder = Callable[[re.Match], Optional[Timex]]
RULES: list[tuple[re.Pattern, Builder]] = []


def rule(pattern: str, flags: int = 0):
    def register(builder: Builder) -> Builder:
        RULES.append((re.compile(pattern, flags), builder))
        return builder

    return register


def _tx(m: re.Match, **kw) -> Timex:
    return Timex(m.start(), m.end(), m.group(0), **kw)


# the incident a holiday's bare name may stand before: "the Easter shooting", "a Halloween stabbing"
_NAMED_INCIDENT = r"\s+(?:(?:fatal|deadly|mass|drive-by|double|triple)\s+)?(?:shootings?|killings?|slayings?|" \
                  r"homicides?|murders?|stabbings?|attacks?|massacre|death)\b"


def _holiday_rules() -> None:
    """Holidays with a fixed date ("on Christmas night", "a New Year's Eve party"): a date of
    that month and day, its year from the anchor (language data: data/lang/en/holidays.json)."""
    from ..lang import table

    tod = r"(?:\s+(?P<tod>morning|afternoon|evening|night))?"
    data = table("holidays")
    bare = data["bare_days"] + data["bare_floating_days"]
    which = r"(?P<dir>last|next)\s+"  # "last Christmas": the latest one before the page's day
    for entry in data["named_days"] + data["floating_days"] + bare:
        name = entry["pattern"]
        if entry in bare:  # only "on Christmas", "Christmas night", "the Christmas shooting": not "a Christmas tree"
            pattern = rf"\b(?:{which}(?:{name}){tod}|(?<=\bon\s)(?:{name})(?:\s+(?P<tod3>morning|afternoon|evening|night))?|" \
                      rf"(?:{name})\s+(?P<tod2>morning|afternoon|evening|night)|(?:{name})(?={_NAMED_INCIDENT}))\b"
        else:
            pattern = rf"\b(?:{which})?(?:{name}){tod}\b"

        def build(m, entry=entry):
            part = m.groupdict().get("tod") or m.groupdict().get("tod2") or m.groupdict().get("tod3")
            direction = {"last": -1, "next": 1}.get(m.groupdict().get("dir") or "")
            if "day" not in entry:  # its day depends on the year: ``resolve`` works it out
                return _tx(m, part=part, direction=direction, extras={"floating": entry})
            return _tx(m, month=entry["month"], day=entry["day"], part=part, direction=direction)

        RULES.append((re.compile(pattern), build))


_holiday_rules()


def _season_rules() -> None:
    """Seasons ("last summer", "earlier this spring", "the winter of 2014", "fall 2015"): a run of
    months, after a word that says which one or with a year (language data:
    data/lang/en/seasons.json). ``rel="season"``, its months in ``extras``; ``resolve`` anchors it."""
    from ..lang import table

    for entry in table("seasons")["seasons"]:
        name, months = entry["pattern"], tuple(entry["months"])
        pattern = (rf"\b(?:(?:(?P<mod>earlier|later)\s+(?:(?:in|during)\s+)?)?(?P<dir>this\s+past|last|this|next|past|"
                   rf"previous|coming)\s+(?:{name})|(?P<over>over|during|throughout)\s+the\s+(?:{name})(?!\s+(?:of\s+)?\d)|"
                   rf"(?:the\s+)?(?:{name})\s+(?:of\s+)?{_year('y')}|{_year('y2')}\s+(?:{name}))\b")

        def build(m, months=months):
            direction = " ".join((m.group("dir") or "").lower().split())
            shift = {"last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1}.get(direction, 0)
            return _tx(m, rel="season", year=_yr(m, "y") or _yr(m, "y2"), shift=shift,
                       mod=(m.group("mod") or "").lower() or None, extras={"season": months})

        RULES.append((re.compile(pattern, re.I), build))


_season_rules()


@rule(r"\b(?:the\s+)?(?<![\d.,$£€/#:])(?P<y>1[89]\d0|20\d0)s\b")
def _decade(m):
    y = int(m.group("y"))
    end = Timex(m.start(), m.end(), m.group(0), year=y + 9)
    return _tx(m, kind="range", year=y, end_tx=end, extras={"decade": True})


@rule(rf"(?:(?P<pre>between|from)\s+)?{_WD_PREFIX}{_day('d1')}{_TO}{_day('d2')}\s+(?:of\s+)?{_mon('m')}(?:,?\s+{_year('y')})?")
def _range_dmy(m):
    return _day_range(m, month_of(m.group("m")), int(m.group("d1")), month_of(m.group("m")), int(m.group("d2")))


@rule(rf"(?:(?P<pre>between|from)\s+)?{_WD_PREFIX}{_mon('m')}\s+{_day('d1')}{_TO}{_day('d2')}(?:,?\s+{_year('y')})?")
def _range_mdy(m):
    return _day_range(m, month_of(m.group("m")), int(m.group("d1")), month_of(m.group("m")), int(m.group("d2")))


@rule(rf"(?:(?P<pre>between|from)\s+)?{_mon('m1')}\s+{_day('d1')}(?:,?\s+{_year('y1')})?{_TO}{_mon('m2')}\s+{_day('d2')}(?:,?\s+{_year('y')})?")
def _range_md_md(m):
    return _day_range(m, month_of(m.group("m1")), int(m.group("d1")), month_of(m.group("m2")), int(m.group("d2")),
                      y1=_yr(m, "y1"))


@rule(rf"(?:(?P<pre>between|from)\s+)?{_day('d1')}\s+{_mon('m1')}(?:,?\s+{_year('y1')})?{_TO}{_day('d2')}\s+{_mon('m2')}(?:,?\s+{_year('y')})?")
def _range_dm_dm(m):
    return _day_range(m, month_of(m.group("m1")), int(m.group("d1")), month_of(m.group("m2")), int(m.group("d2")),
                      y1=_yr(m, "y1"))


def _day_range(m, m1, d1, m2, d2, y1=None) -> Optional[Timex]:
    y2 = _yr(m, "y")
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if (m1, d1) == (m2, d2) or (m1 == m2 and d2 < d1):
        return None
    end = Timex(m.start(), m.end(), m.group(0), year=y2, month=m2, day=d2)
    return _tx(m, kind="range", year=y1, month=m1, day=d1, weekday=_wd(m), end_tx=end)


# a day's year given as "last year" or "this year": "on March 3 last year"
_REL_YEAR = r"(?:,?\s+{}|\s+(?P<ry>last|this|next)\s+year\b)?"


def _day_month(m, d: str, mon: str) -> Timex:
    shift = {"last": -1, "this": 0, "next": 1}.get((m.group("ry") or "").lower())
    return _tx(m, year=_yr(m, "y"), month=month_of(m.group(mon)), day=int(m.group(d)), weekday=_wd(m), year_shift=shift)


@rule(rf"{_WD_PREFIX}{_day('d')}\s+(?:of\s+)?{_mon('m')}" + _REL_YEAR.format(_year('y')))
def _date_dmy(m):
    return _day_month(m, "d", "m")


@rule(rf"{_WD_PREFIX}{_mon('m')}\s+(?:the\s+)?{_day('d')}" + _REL_YEAR.format(_year('y')))
def _date_mdy(m):
    return _day_month(m, "d", "m")


# A page stamp whose comma was lost in scraping runs the day into the year: "Aug 012016".
@rule(rf"{_mon('m')}\s+(?P<d>0[1-9]|[12]\d|3[01])(?P<y>(?:19|20)\d\d)(?!\d)")
def _date_md_yyyy_run_together(m):
    return _tx(m, year=int(m.group("y")), month=month_of(m.group("m")), day=int(m.group("d")))


def _numeric_date(m):
    return _tx(m, year=int(m.group("y")), month=int(m.group("m")), day=int(m.group("d")))


# ISO ("2020-01-05"); year first with slashes ("2020/01/05"); day first with points
# ("05.01.2020"), the way writers who put the day first separate a date's numbers
for _pattern in (r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d])",
                 r"(?<![\d/.,-])(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/])",
                 r"(?<![\d/.,-])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>(?:19|20)\d\d)(?!\d|\.\d)"):
    rule(_pattern)(_numeric_date)
del _pattern


# "Saturday the 13th": a weekday and a day of the month, the month the one they fit near the anchor
@rule(rf"(?P<wd>{_WD})\s+the\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b")
def _weekday_the_day(m):
    return _tx(m, day=int(m.group("d")), weekday=_wd(m))


# "the 2018 attack": a year before the incident it names
@rule(rf"(?<=\b[Tt]he ){_year('y')}(?={_NAMED_INCIDENT})")
def _year_of_incident(m):
    return _tx(m, year=int(m.group("y")))


# "on the 15th", "on the evening of the 16th": a day of the month alone, the month the anchor's
# (or the one before it); not "on the 15th floor", "on the 15th of March" (the date rules read those)
@rule(r"(?:(?<=\b[Oo]n the )|(?<=\bmorning of the )|(?<=\bafternoon of the )|(?<=\bevening of the )|(?<=\bnight of the ))(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$|\s(?:at|when|in|and|as|after|before|but)\b))")
def _day_of_month(m):
    return _tx(m, day=int(m.group("d")))


@rule(r"(?<![\d/.,-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])")
def _us_numeric(m):
    y = int(m.group("y"))
    if y < 100:
        y += 2000 if y <= 40 else 1900
    if re.search(r"\b(?:DOB|born|d\.o\.b\.?)\W*$", m.string[max(0, m.start() - 12):m.start()], re.I):
        return None
    return _tx(m, year=y, month=int(m.group("m")), day=int(m.group("d")))


@rule(rf"(?:(?P<pre>between|from)\s+)?{_year('y1')}\s*(?P<conn>-|–|—|to|and|until|till|through)\s*(?P<y2>1[89]\d\d|20\d\d|\d\d)(?![\d,%])")
def _year_range(m):
    y1, y2s = int(m.group("y1")), m.group("y2")
    if m.group("conn") == "and" and not m.group("pre"):
        return None
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not y1 < y2 <= y1 + 100:
        return None
    return _tx(m, kind="range", year=y1, end_tx=Timex(m.start(), m.end(), m.group(0), year=y2))


@rule(rf"(?:(?P<pre>between|from)\s+)?{_mon('m1')}{_TO}{_mon('m2')}(?:,?\s+(?:of\s+)?{_year('y')})?")
def _month_range(m):
    if not m.group("pre") and not m.group("y") and re.search(r"\band\b", m.group(0)):
        return None
    m1, m2, y2 = month_of(m.group("m1")), month_of(m.group("m2")), _yr(m, "y")
    if m1 == m2:
        return None
    y1 = None if y2 is None else (y2 if m1 < m2 else y2 - 1)
    return _tx(m, kind="range", year=y1, month=m1, end_tx=Timex(m.start(), m.end(), m.group(0), year=y2, month=m2))


@rule(rf"(?:{_PART}[\s-]+)?{_mon('m')},?\s+(?:of\s+)?{_year('y')}")
def _month_year(m):
    return _tx(m, year=int(m.group("y")), month=month_of(m.group("m")), part=_part_name(m.group("part")))


@rule(rf"(?:{_PART}[\s-]+)?{_mon('m')}\s+(?:of\s+)?(?P<ry>last|this|next)\s+year\b")
def _month_rel_year(m):
    shift = {"last": -1, "this": 0, "next": 1}[m.group("ry")]
    return _tx(m, month=month_of(m.group("m")), year_shift=shift, part=_part_name(m.group("part")))


@rule(rf"\b(?:(?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+|(?:{_CTX}\s+)?(?:the\s+)?(?:{_PART}[\s-]+)?)(?P<mon>{_MON_WORD})(?!\s*\d)")
def _month_ctx(m):
    mon = m.group("mon")
    pre = (m.group("pre") or "").lower()
    if not (pre or m.group("dir") or m.group("part")):
        return None
    if mon.startswith("May") and not (pre or m.group("dir")):
        return None
    direction = {"last": -1, "past": -1, "this": 0, "next": 1}.get((m.group("dir") or "").lower())
    start = m.start() if (m.group("dir") or m.group("part") or pre == "since") else m.start("mon")
    if m.group("part") and pre and pre != "since":
        start = m.start("part")
    return Timex(start, m.end(), m.string[start:m.end()], kind="since" if pre == "since" else "date",
                 month=month_of(mon), direction=direction, part=_part_name(m.group("part")))


# ("Wednesday last week", "Monday of next week", "last week on Tuesday": that week's day)
@rule(rf"\b(?:(?P<wd>{_WD})(?:\s+(?P<tod>morning|afternoon|evening|night))?,?\s+(?:of\s+)?(?P<dir>last|next|this)\s+week|"
      rf"(?P<dir2>last|next|this)\s+week(?:'s)?,?\s+(?:on\s+)?(?P<wd2>{_WD}))\b", re.I)
def _weekday_of_week(m):
    shift = {"last": -1, "this": 0, "next": 1}[(m.group("dir") or m.group("dir2")).lower()]
    tx = _tx(m, weekday=WEEKDAYS[(m.group("wd") or m.group("wd2")).lower()], rel="weekday", direction=0,
             part=m.group("tod"))
    tx.extras["weeks"] = shift
    return tx


# ("a week ago today", "two weeks ago yesterday", "a week ago Tuesday": counted from that day)
@rule(rf"\b{_NUM}\s+(?P<unit>week|fortnight)s?\s+ago\s+(?:(?P<w>today|yesterday)|(?:on\s+)?(?P<wd>{_WD}))\b", re.I)
def _weeks_ago_from(m):
    n = number_of(m.group("num"))
    if n is None:
        return None
    weeks = n * (2 if m.group("unit").lower() == "fortnight" else 1)
    if m.group("w"):
        return _tx(m, rel="day", shift=-7 * weeks - (m.group("w").lower() == "yesterday"))
    tx = _tx(m, weekday=_wd(m), rel="weekday", direction=-1)
    tx.extras["weeks"] = -weeks
    return tx


# ("the neighborhood's gritty past early Sunday": a direction word stands right before its
# weekday, "past Sunday", "last Friday"; with "early" between, "past" is a noun)
# (the direction word may open the sentence: "Last Wednesday, a car bomb killed six")
@rule(rf"\b(?:(?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+|(?P<part>[Ee]arly|[Ll]ate)\s+)?(?P<wd>{_WD})(?:'s)?(?:\s+(?P<tod>morning|afternoon|evening|night))?")
def _weekday(m):
    direction = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}.get((m.group("dir") or "").lower())
    return _tx(m, weekday=_wd(m), rel="weekday", direction=direction,
               part=m.group("tod") or (m.group("part") or "").lower() or None)


_CAPITAL_WORD_BEFORE = re.compile(r"\s[A-Z](?:[\w'’&.-]*[\w'’&])?\s$")  # (not "Tuesday." ending a sentence)
_UPPER_WORD_BEFORE = re.compile(r"\s[A-Z][A-Z.&]*[A-Z]\s$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_LOWER_AFTER = re.compile(r"\s+[a-z]")


def _inside_a_title(m) -> bool:
    """"USA Today", "Psychology Today", "Russia Today": a capitalised "Today" right after a
    capitalised word (not one that ends a sentence), in prose that does not go on capitalised,
    ends a name (a paper, a show), not a day. (In a title-cased headline — "Man Shot Dead
    Today In Dallas" — the next word is capitalised too, and the day stands.)"""
    w = m.group("w")
    if m.group("mod") or not w[:1].isupper():
        return False
    s, e = m.start("w"), m.end()
    before = " " + m.string[max(0, s - 40):s]
    if w.isupper():  # "USA TODAY on Monday" (but a headline in capitals goes on in capitals)
        return bool(_UPPER_WORD_BEFORE.search(before)) and bool(_LOWER_AFTER.match(m.string, e))
    return bool(_CAPITAL_WORD_BEFORE.search(before)) and not _CAPITAL_AFTER.match(m.string, e)


@rule(r"\bthe\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)\b", re.I)
def _two_days_off(m):
    return _tx(m, rel="day", shift=-2 if m.group("w").lower().startswith("before") else 2)


# (after a determiner the word is a noun, no day: "I almost didn't get a tomorrow", "a better tomorrow")
@rule(r"(?<!\ba )(?<!\ban )(?<!\bno )(?<!\bthe )(?<!\bour )(?<!\byour )(?<!\bmy )(?<!\bhis )(?<!\bher )"
      r"(?<!\btheir )(?<!\bevery )(?<!\banother )(?<!\bbetter )(?<!\bbrighter )"
      r"\b(?:(?P<mod>earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow)\b(?:\s+(?P<tod>morning|afternoon|evening|night))?", re.I)
def _rel_day(m):
    if _inside_a_title(m):
        return None
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group("w").lower()]
    return _tx(m, rel="day", shift=shift, mod=(m.group("mod") or "").lower() or None, part=m.group("tod"))


@rule(r"\b(?:(?:this|early\s+this|late\s+this)\s+(?P<tod>morning|afternoon|evening)|last\s+night|earlier\s+in\s+the\s+day)\b", re.I)
def _rel_day_phrase(m):
    shift = -1 if m.group(0).lower().startswith("last") else 0
    return _tx(m, rel="day", shift=shift, part=m.group("tod"))


# ("the end of last month", "early next year": a part of the month or year named)
@rule(r"\b(?:(?P<mod>earlier|later)\s+(?:(?:in|during)\s+)?|(?P<part>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+)?"
      r"(?P<dir>this|last|next|past|previous|coming)\s+(?P<unit>week|fortnight|month|year|weekend)\b(?!s)", re.I)
def _rel_period(m):
    d, unit = m.group("dir").lower(), m.group("unit").lower()
    shift = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[d]
    part = _part_name(m.group("part")) if unit in ("month", "year") else None
    tx = _tx(m, rel=unit, shift=shift, mod=(m.group("mod") or "").lower() or None, part=part)
    if unit == "weekend" and d == "past":
        # "this past weekend", "over the past weekend": the latest weekend, not the trailing two days
        tx.shift, tx.extras["past"] = 0, True
    elif (d == "past" or unit == "fortnight") and not tx.mod and shift < 0:
        # "the past week", "the last fortnight": the trailing seven or fourteen days
        tx.rel, tx.kind, tx.dur_days, tx.unit = "span", "range", UNIT_DAYS[unit], unit
    return tx


# ("at the weekend", "on the weekend": which one, the tense says; not "the weekend of March 13-14",
# nor "visiting her father for the weekend", a stay's length)
@rule(r"\b(?:(?:at|on|during)\s+the\s+weekend)\b(?!\s+of\b)", re.I)
def _the_weekend(m):
    return _tx(m, rel="weekend", shift=0)


@rule(r"\b(?:(?P<mod>earlier|later)\s+(?:in|during)\s+the\s+(?P<unit>week|month|year)|over\s+the\s+weekend)\b", re.I)
def _rel_the_period(m):
    return _tx(m, rel=(m.group("unit") or "weekend").lower(), shift=0 if m.group("unit") else -1,
               mod=(m.group("mod") or "").lower() or None)


@rule(rf"\b{_NUM}\s+{_UNIT}s?\s+ago\b", re.I)
def _ago(m):
    n = number_of(m.group("num"))
    unit = m.group("unit").lower()
    if unit == "hour":  # "48 hours ago": two days back; "three hours ago": today
        return _tx(m, rel="day", shift=-(n // 24) if n is not None else 0)
    if n is None:
        return _tx(m, rel="ago", unit=unit, approx=True)
    return _tx(m, rel="ago", unit=unit, shift=-n, dur_days=n * UNIT_DAYS[unit])


@rule(rf"\b(?:(?:in|over|during|for|within)\s+)?the\s+(?P<dir>past|last|previous|next|coming)\s+{_NUM}\s+{_UNIT}s\b", re.I)
def _past_n(m):
    n = number_of(m.group("num"))
    unit = m.group("unit").lower()
    sign = 1 if m.group("dir").lower() in ("next", "coming") else -1
    days = None if n is None else n * UNIT_DAYS[unit]
    return _tx(m, kind="range", rel="span", unit=unit, shift=sign, dur_days=days, approx=n is None)


@rule(rf"\b(?P<q>almost|nearly|about|around|over|more\s+than|some|at\s+least|roughly|approximately|for|after|in)?\s*{_NUM}[\s-]+{_UNIT}s?(?![\s-]*(?:olds?|ago)\b|\s+of\s+age\b)(?:[\s-]+long)?\b", re.I)
def _duration(m):
    n = number_of(m.group("num"))
    unit = m.group("unit").lower()
    q = (m.group("q") or "").lower()
    if m.group("num").lower() in ("a", "an") and not q:
        return None  # "a year" alone is too often not a duration of interest
    start = m.start("q") if q and q not in ("for", "after", "in") else m.start("num")
    tx = Timex(start, m.end(), m.string[start:m.end()], kind="duration", unit=unit,
               dur_days=None if n is None else n * UNIT_DAYS[unit],
               approx=q in ("almost", "nearly", "about", "around", "some", "roughly", "approximately") or n is None)
    return tx


@rule(rf"\b(?:{_CTX}|{_PART}|the\s+year|fiscal|FY)[\s-]+(?:(?:early|mid|late)[\s-]+)?{_year('y')}(?!\s+{_COUNTED})")
def _year_ctx(m):
    pre = (m.group("pre") or "").lower()
    y = int(m.group("y"))
    start = m.start() if pre == "since" else m.start("y") if pre else m.start()
    part = _part_name(m.group("part")) or _part_name(re.search(r"(early|mid|late)", m.group(0)).group(1)
                                                    if re.search(r"\b(early|mid|late)", m.group(0)) else None)
    return Timex(start, m.end(), m.string[start:m.end()], kind="since" if pre == "since" else "date", year=y, part=part)


# "1993: Dr. David Gunn is shot to death …": a year opening a line, after at most a photo credit's
# word, and a colon is a timeline's entry (a gallery of earlier incidents), dated that year
@rule(r"(?:^|(?<=\n))[^\S\n]*(?:[A-Za-z]+[^\S\n]+)?(?P<y>(?:19|20)\d\d):[^\S\n]+(?=[A-Z\"“])")
def _timeline_year(m):
    return Timex(m.start("y"), m.end("y"), m.group("y"), kind="date", year=int(m.group("y")))


@rule(rf"{_year('y')}(?='s\b)")
def _year_possessive(m):
    return _tx(m, year=int(m.group("y")))


# --- scanning ------------------------------------------------------------------------


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def scan(text: str) -> list[Timex]:
    """Every time expression in ``text``, in text order, without overlaps. The article's dates,
    its event dates and the tense reader each scan the same text: the last few texts' results
    are kept, and each caller gets its own copies."""
    return [dataclasses.replace(tx) for tx in _scan_cached(text)]


@lru_cache(maxsize=16)
def _scan_cached(text: str) -> tuple[Timex, ...]:
    return tuple(_scan(text))


@lru_cache(maxsize=1)
def _screened_rules() -> tuple[tuple[re.Pattern, Builder, Optional[frozenset]], ...]:
    """``RULES`` (complete once this module is imported) with each rule's needles (``crossbearing.prefilter``)."""
    return tuple((pattern, build, needles(pattern)) for pattern, build in RULES)


def _scan(text: str) -> list[Timex]:
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    folded = fold(text)
    for pattern, build, lits in _screened_rules():
        if not may_match(lits, folded):
            continue  # the text holds none of the words every match of the rule holds
        for m in pattern.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            tx = build(m)
            if tx is None or _overlaps(taken, tx.start, tx.end) or not _valid(tx):
                continue
            if tx.kind == "date" and _preceded_by(text, tx.start, "since"):
                tx.kind = "since"
            taken.append((tx.start, tx.end))
            found.append(tx)
    found.sort(key=lambda t: t.start)
    return found


def _preceded_by(text: str, pos: int, word: str) -> bool:
    return re.search(rf"\b{word}\s+(?:the\s+)?$", text[max(0, pos - 16):pos], re.I) is not None


def _valid(tx: Timex) -> bool:
    """Calendar sanity: 31 September or 30 February are not dates."""
    import calendar

    for t in (tx, tx.end_tx):
        if t is None or t.day is None or t.month is None:
            continue
        limit = calendar.monthrange(t.year or 2000, t.month)[1]  # 2000: leap year, allows 29 Feb
        if t.day > limit:
            return False
    return True
