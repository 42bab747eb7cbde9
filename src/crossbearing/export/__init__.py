"""The dataset users take away: merged events (``merged``) and their reports."""

from .merged import ACLED_COLUMNS, COLUMNS, EXTRA_COLUMNS, REPORT_COLUMNS, MergedEvent, merged_events, report_rows

__all__ = ["ACLED_COLUMNS", "COLUMNS", "EXTRA_COLUMNS", "REPORT_COLUMNS", "MergedEvent", "merged_events",
           "report_rows"]
