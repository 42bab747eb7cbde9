"""Claims (claimant, cue, hedges, quotes) and the actor entities they name (see ``figures``)."""

from __future__ import annotations

from ..figures.aliases import load_table
from ..figures.claims import build_claims
from ..model import Analysis
from .registry import extractor, resource


@resource("aliases")
def aliases_resource(settings):
    """The packaged actor alias table, extended by the file the ``aliases`` setting names."""
    return load_table(settings.aliases)


@extractor("claims", requires=("sentences", "mentions", "quantities"), sets=("claims", "entities"),
           help="Who asserts each fact (person, organisation, unnamed source or the outlet), cue, hedges, quotes.")
def extract_claims(analysis: Analysis, doc, resources) -> None:
    text = analysis.article.text
    sents = [(s.start, s.end) for s in analysis.sentences]
    mentions = [(m.span.start, m.span.end, m.label) for m in analysis.mentions]
    dl = analysis.article.dateline_span
    claims, entities = build_claims(text, analysis.article.id, sents, mentions, analysis.quantities,
                                    resources.get("aliases"), (dl.start, dl.end) if dl else None)
    analysis.claims = claims
    analysis.entities = entities
