"""The "events" extractor: typed, span-anchored events with actors, place, time and figures.

The logic lives in ``crossbearing.events`` (detect → type → roles → assemble); here we only
fetch the shipped classifier (a lazily built resource) and the helpers of the places and
time issues, each optional so the extractor degrades to rules when one is missing.
"""

from __future__ import annotations

from ..events.assemble import build_events
from ..model import Analysis
from .registry import extractor, resource


@resource("event_model")
def event_model_resource(settings):
    """The trained sub-type classifier bundle (None when not trained: rules only)."""
    from ..events.training import load_model

    return load_model()


def _time_fn():
    try:
        from ..timex.event import event_time
    except ImportError:  # the time issue's helper is optional
        return None
    return event_time


def _capital_fn(resources):
    try:
        from ..geo.mentions import region_capital

        gaz = resources.get("gazetteer")
    except Exception:  # noqa: BLE001 - no gazetteer: coordinates stay the place's own
        return lambda place: None
    return lambda place: region_capital(place, gaz)


@extractor("events", requires=("sentences", "mentions", "places", "times", "quantities", "claims"), sets=("events",),
           help="ACLED/PLOVER-typed events with actors, place, date, figures, claims; aggregates and planned events marked.")
def extract_events(analysis: Analysis, doc, resources) -> None:
    bundle = resources.get("event_model")
    classify = None
    if bundle is not None:
        model = bundle["type_model"]

        def classify(texts):
            subs, conf = model.predict(texts)
            return subs, list(conf)

    analysis.events = build_events(analysis, classify, _time_fn(), _capital_fn(resources), _quantities(analysis))


def _quantities(analysis: Analysis):
    """Without a registered quantities extractor, read the figures ourselves (events only)."""
    from .registry import EXTRACTORS

    if any("quantities" in spec.sets for spec in EXTRACTORS.values()):
        return None
    try:
        from ..figures.fatalities import text_quantities
    except ImportError:
        return None
    sents = [(s.start, s.end) for s in analysis.sentences] or None
    return text_quantities(analysis.article.text, analysis.article.id, sents)
