"""The "events" extractor: typed, span-anchored events with actors, place, time and figures.

The logic lives in ``crossbearing.events`` (detect → type → roles → assemble); here we only
fetch the shipped classifier (a lazily built resource), the event-date helper of ``timex``
and the region-capital helper of ``geo``.
"""

from __future__ import annotations

from ..events.assemble import build_events
from ..events.incidents import consolidate
from ..geo.mentions import region_capital
from ..model import Analysis
from ..timex.event import event_time
from .registry import extractor, resource


@resource("event_model")
def event_model_resource(settings):
    """The trained sub-type classifier bundle (None when not trained: rules only)."""
    from pathlib import Path

    from ..events.training import load_model

    return load_model(Path(settings.event_model_dir)) if settings.event_model_dir else load_model()


@extractor("events", requires=("sentences", "mentions", "places", "times", "quantities", "claims"), sets=("events",),
           help="One ACLED/PLOVER-typed event per incident of the article (actors, place, date, figures, claims, evidence); "
                "aggregates and planned events marked.")
def extract_events(analysis: Analysis, doc, resources) -> None:
    bundle = resources.get("event_model")
    classify = None
    if bundle is not None:
        model = bundle["type_model"]

        def classify(texts):
            subs, conf = model.predict(texts)
            return subs, list(conf)

    gaz = resources.get("gazetteer")
    mentions = build_events(analysis, classify, event_time, lambda place: region_capital(place, gaz))
    analysis.events = consolidate(analysis, mentions)
