"""Dating an undated article from its story peers (pure: analyses in, analyses changed).

A text that never names its year (seed 000: "earlier today", "slated to begin Thursday",
"September 14-15") cannot be dated alone; inside a story whose other reports are dated, the
peer's date ± a week supplies the year and the window, and the article's own evidence
narrows it. The article's times and its events' dates are then re-resolved.
"""

from __future__ import annotations

from typing import Iterable

from ..model import Analysis
from .event import event_time
from .refs import refine_with_peers, time_refs


def _event_range(event) -> tuple[int, int] | None:
    spans = list(event.evidence) or ([event.trigger] if event.trigger else [])
    if not spans:
        return None
    return min(s.start for s in spans), max(s.end for s in spans)


def redate(analysis: Analysis, peers: Iterable[Analysis], window_days: int = 7) -> bool:
    """Give ``analysis`` a publication interval from its dated peers; re-resolve its times
    and event dates. Returns True when the article got a (tighter) date."""
    if not refine_with_peers(analysis.article, [p.article for p in peers], window_days):
        return False
    analysis.times = time_refs(analysis.article)
    for ev in analysis.events:
        rng = _event_range(ev)
        if rng is None:
            continue
        ref, precision = event_time(analysis, rng)
        if ref is not None and ev.planned and not (rng[0] <= ref.span.start < rng[1]):
            continue  # a planned event keeps only a date from its own sentence
        if ref is not None and ref.relative:
            # "on Friday" read against a publication date borrowed from peers is only as
            # precise as that borrowed window
            precision = max(precision, _window_precision(analysis))
        ev.time, ev.time_precision = ref, precision
    return True


def _window_precision(analysis: Analysis) -> int:
    """ACLED time_precision of the article's (inferred) publication window."""
    from datetime import date

    art = analysis.article
    try:
        width = (date.fromisoformat((art.published_end or art.published)[:10]) -
                 date.fromisoformat(art.published[:10])).days
    except (TypeError, ValueError):
        return 3
    return 1 if width < 1 else 2 if width <= 14 else 3


def redate_stories(stories: dict[str, list[Analysis]], window_days: int = 7) -> list[Analysis]:
    """For every story, date its undated members from its dated ones; returns the changed."""
    changed = []
    for members in stories.values():
        dated = [a for a in members if a.article.published and a.article.published_source != "inferred"
                 or (a.article.published and a.article.published_end)]
        for an in members:
            if an.article.published or not dated:
                continue
            if redate(an, [p for p in dated if p is not an], window_days):
                changed.append(an)
    return changed
