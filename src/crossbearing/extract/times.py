"""Every time expression as a TimeRef (span, interval, precision, kind) resolved against the
article's publication date; durations ("three-year siege") keep their length, not a date."""

from __future__ import annotations

from ..model import Analysis
from ..timex.refs import time_refs
from .registry import extractor


@extractor("times", requires=("published", "sentences"), sets=("times",),
           help="Time expressions resolved against the publication date (timex grammar).")
def extract_times(analysis: Analysis, doc, resources) -> None:
    analysis.times = time_refs(analysis.article, limit=resources.settings.max_article_chars)
