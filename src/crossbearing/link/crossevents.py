"""Facts across articles: coreference + alignment + corroboration for one group of analyses."""

from __future__ import annotations

from typing import Iterable, Optional

from ..model import Analysis, CrossEvent, FieldAlignment, Reuse, from_dict
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


def load_cross_event(data: dict) -> CrossEvent:
    """A stored cross-event (JSON) back into records; ``model.from_dict`` leaves dict values
    untyped, so the per-field alignments are rebuilt here."""
    ce = from_dict(CrossEvent, {k: v for k, v in data.items() if k != "fields"})
    ce.fields = {k: from_dict(FieldAlignment, v) for k, v in (data.get("fields") or {}).items()}
    return ce
