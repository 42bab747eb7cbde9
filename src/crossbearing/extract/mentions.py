"""Sentences and named-entity mentions from the spaCy pipeline, with character offsets."""

from __future__ import annotations

from ..model import Analysis, Mention, Span
from .registry import extractor


@extractor("mentions", sets=("sentences", "mentions"), help="Sentence spans and spaCy entity mentions.")
def extract_mentions(analysis: Analysis, doc, resources) -> None:
    aid = analysis.article.id
    text = analysis.article.text
    analysis.sentences = [Span(aid, s.start_char, s.end_char, text[s.start_char:s.end_char]) for s in doc.sents]
    analysis.mentions = [
        Mention(Span(aid, e.start_char, e.end_char, text[e.start_char:e.end_char]), e.label_) for e in doc.ents
    ]
