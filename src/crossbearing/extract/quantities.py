"""Casualty, materiel, area and percent figures, sentence by sentence (see ``figures``)."""

from __future__ import annotations

from ..figures.grammar import sentence_quantities
from ..model import Analysis
from .registry import extractor


@extractor("quantities", requires=("sentences",), sets=("quantities",),
           help="Figures with what they count: killed, injured, materiel:<type>, area_km2, percent ...")
def extract_quantities(analysis: Analysis, doc, resources) -> None:
    text = analysis.article.text
    aid = analysis.article.id
    out = []
    for sent in analysis.sentences:
        out.extend(sentence_quantities(text, sent.start, sent.end, aid))
    analysis.quantities = out
