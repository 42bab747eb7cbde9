"""Facts across articles: coreference + alignment + corroboration for one group of analyses."""

from __future__ import annotations

from typing import Iterable, Optional

from ..model import Analysis, CrossEvent, Reuse
from .align import cross_event, shared_passage_test
from .coref import corefer
from .facts import FactMention, fact_mentions


def cross_events_for(analyses: Iterable[Analysis], reuses: Iterable[Reuse] = (),
                     story_id: Optional[str] = None) -> list[CrossEvent]:
    """Every fact of the given articles (normally one story) as a ``CrossEvent``: facts that
    several articles report are merged and aligned; the rest stay single (only-in-one)."""
    mentions: list[FactMention] = [m for an in analyses for m in fact_mentions(an)]
    shared = shared_passage_test(reuses)
    return [cross_event([mentions[i] for i in c], shared, story_id) for c in corefer(mentions, shared)]


