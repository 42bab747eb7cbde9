"""Publication date: kept from metadata when present, else inferred from the text itself
(explicit dates, weekdays, "earlier today", captions, future references) as an interval
with its precision and evidence spans; never a confident wrong day (see timex/infer.py)."""

from __future__ import annotations

from ..model import Analysis
from ..timex.infer import infer_published
from ..timex.refs import apply_guess, metadata_date
from .registry import extractor


@extractor("published", requires=("sentences",), sets=("published",),
           help="Publication date from metadata, else inferred from the text with precision and evidence.")
def extract_published(analysis: Analysis, doc, resources) -> None:
    article = analysis.article
    if article.published:
        return
    if metadata_date(article):
        return
    lead_end = None
    if len(analysis.sentences) > 1:
        lead_end = min(analysis.sentences[1].end, 600)
    apply_guess(article, infer_published(article.text, lead_end=lead_end))
