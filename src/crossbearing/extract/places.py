"""Places named in an article: detected, resolved against the gazetteer, with precision.

The heavy part (the gazetteer index) is a resource built on first use; the logic lives in
``crossbearing.geo`` (detect → resolve → PlaceMention).
"""

from __future__ import annotations

from ..geo import open_gazetteer, resolve_mentions, to_place_mention
from ..geo.detect import detect
from ..model import Analysis
from .registry import extractor, resource


@resource("gazetteer")
def gazetteer_resource(settings):
    return open_gazetteer(settings)


@extractor("places", requires=("mentions", "sentences"), sets=("places",),
           help="Place mentions resolved to gazetteer entries (or unresolved with a reason), with geo_precision.")
def extract_places(analysis: Analysis, doc, resources) -> None:
    gaz = resources.get("gazetteer")
    found = detect(doc, gaz)
    resolved = resolve_mentions(gaz, analysis.article.text, [(d.start, d.end) for d in found],
                                dateline=analysis.article.dateline_place)
    analysis.places = [to_place_mention(analysis.article, r) for d, r in zip(found, resolved) if keep(d, r)]


def keep(d, r) -> bool:
    """Unresolved names are reported only where the wording marks them as places ("the village
    of al-Shahabat", "X province") or places them in a region; spaCy's other guesses
    ("Daesh" as a GPE) are dropped."""
    return r.chosen is not None or d.source == "pattern" or r.within is not None or r.form.explicit
