"""Test helper: resolve the named place mentions of a made-up sentence, in the order named."""

from crossbearing.geo import resolve_mentions


def resolve_named(gaz, text, names, prior=()):
    """``resolve_mentions`` over the spans of ``names``, each found after the one before."""
    spans = []
    for n in names:
        i = text.index(n, spans[-1][1] if spans else 0)
        spans.append((i, i + len(n)))
    return resolve_mentions(gaz, text, spans, prior=prior)


def detected(resources, text):
    """Every place mention ``geo.detect`` finds in ``text``, resolved, by its (widened) wording."""
    from crossbearing.geo.detect import detect

    gaz = resources.get("gazetteer")
    found = detect(resources.get("nlp")(text), gaz)
    res = resolve_mentions(gaz, text, [(d.start, d.end) for d in found])
    return {text[r.form.start:r.form.end]: r for r in res}


def analysed(text, resources, published="2022-03-10"):
    """The analysis of a made-up sentence (places, events) with the session's resources."""
    from crossbearing.pipeline import analyse_text

    return analyse_text(text, resources=resources, published=published)


def place_named(text, surface, resources):
    """The place mention with ``surface`` in the analysis of ``text``."""
    return next(p for p in analysed(text, resources).places if p.surface == surface)


def event_places(text, resources):
    """The analysis of ``text`` and its events' (place surface, resolved place) pairs."""
    a = analysed(text, resources)
    return a, [(e.place.surface, e.place.place) for e in a.events if e.place is not None]
