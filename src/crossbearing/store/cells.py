"""Spreadsheet-safe CSV cells.

A spreadsheet opening a CSV file runs a cell that starts with ``=``, ``+``, ``-`` or ``@``
as a formula (``=HYPERLINK(…)``, ``=cmd|…``), and some also after a leading tab or carriage
return. Article text, titles, outlets and URLs are untrusted, so every text cell written to
CSV goes through ``safe_cell``: such a cell gets a single quote in front, which spreadsheets
show as text and do not evaluate. Plain numbers ("-3.5", "+2", "1e-3") are left alone so
numeric columns stay numeric.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """``value`` unchanged unless it is a string a spreadsheet would run as a formula;
    then the same string with a leading single quote. Non-strings pass through."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _NUMBER.fullmatch(value):
        return value
    return "'" + value
