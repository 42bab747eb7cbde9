"""The record of one time expression (``Timex``) and the calendar words the grammar and the
resolver share: month and weekday names, unit lengths, number words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3652}

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, Optional[int]] = {w: i for i, w in enumerate(_SMALL)}
NUMBER_WORDS.update(_TENS)
for _t, _v in _TENS.items():
    for _i, _w in enumerate(_SMALL[1:10], start=1):
        NUMBER_WORDS[f"{_t}-{_w}"] = _v + _i
NUMBER_WORDS.update({"a": 1, "an": 1, "a couple of": 2, "a few": None, "several": None, "many": None})


@dataclass
class Timex:
    """One recognised (not yet anchored) time expression; offsets index the scanned text."""

    start: int
    end: int
    text: str
    kind: str = "date"  # date | range | duration | since
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None  # 0 = Monday
    rel: Optional[str] = None  # day | week | month | year | weekend | ago | span (None = calendar fields)
    shift: int = 0  # for rel: -1 last/yesterday, 0 this/today, +1 next/tomorrow
    direction: Optional[int] = None  # explicit "last"/"this"/"next" before a weekday or month
    year_shift: Optional[int] = None  # "December last year" → -1
    # early | mid | late, week1-week4 | lastweek | half1 | half2 (of a month or year), or a time of day
    part: Optional[str] = None
    mod: Optional[str] = None  # earlier | later ("earlier this month")
    end_tx: Optional["Timex"] = None  # the second member of a range
    dur_days: Optional[float] = None  # durations, "N days ago", "the past N weeks"
    unit: Optional[str] = None
    approx: bool = False  # "almost", "about", "around"
    # "weeks": weeks off a weekday ("Monday last week"); "floating": a holiday's rule; "past": "this past"
    extras: dict = field(default_factory=dict)

    @property
    def is_date(self) -> bool:
        return self.kind in ("date", "range", "since")

    @property
    def names_a_day(self) -> bool:
        """Calendar fields down to the day, or a holiday whose day the year fixes."""
        return self.day is not None or "floating" in self.extras
