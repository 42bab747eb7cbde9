"""Test helper: the events the pipeline extracts from a made-up article (tests of the
incident layer, ``crossbearing.events``)."""

from crossbearing.ingest.text import article_from_text
from crossbearing.pipeline import analyse

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def events(resources, text: str, title: str = "", published: str = "2023-05-16"):
    """The article's events, less its aggregates and planned events."""
    art = article_from_text(text, outlet="Test Wire", published=published)
    if title:
        art.title = title
    an = analyse(art, resources)
    return [e for e in an.events if not e.aggregate and not e.planned]


def violent(evs):
    return [e for e in evs if e.event_type in VIOLENT]


def toll(ev):
    return int(ev.fatalities.best) if ev.fatalities is not None else None
