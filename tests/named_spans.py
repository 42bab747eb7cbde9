"""Test helper: resolve the named place mentions of a made-up sentence, in the order named."""

from crossbearing.geo import resolve_mentions


def resolve_named(gaz, text, names, prior=()):
    """``resolve_mentions`` over the spans of ``names``, each found after the one before."""
    spans = []
    for n in names:
        i = text.index(n, spans[-1][1] if spans else 0)
        spans.append((i, i + len(n)))
    return resolve_mentions(gaz, text, spans, prior=prior)
