"""One sentence that gives two places their own tolls: two incidents (run by ``assemble``).

News round-ups tell a day's dead place by place in one sentence, the second count's fate left
out: "the raids killed 19 people outside the city of Saraqeb and another 23 in the town of
Ehsim", "30 militants were killed around Shadadi and another five outside Kobane". An analyst
codes each place with its own toll; read as one event, the sentence would carry the first
place and the first count only, and the second place's incident would have no row. The
connectors and the words that give the second count another fate ("and another 30 wounded")
are language data (``listed_part`` and ``other_fate`` in ``data/lang/en/incidents.json``).
"""

from __future__ import annotations

from typing import Optional

from ..figures.numbers import parse_number
from ..model import PlaceMention, Quantity, Span
from .cues import any_cue, cues

_NOT_A_SITE = ("demonym", "country", "water")


def _first_site(places: list[PlaceMention], lo: int, hi: int) -> Optional[PlaceMention]:
    """The first place named in ``[lo, hi)`` that an incident can be at (not a country, a
    people or a sea: "in the town of Ehsim", "outside Kobane")."""
    inside = [p for p in places if lo <= p.span.start < hi and p.kind not in _NOT_A_SITE
              and (p.place is not None or p.within is not None)]
    return min(inside, key=lambda p: p.span.start) if inside else None


def _key(p: PlaceMention) -> str:
    pl = p.place or p.within
    return f"{pl.name}|{pl.admin1}|{pl.country}" if pl is not None else p.surface.lower()


def second_place_toll(text: str, sentence: tuple[int, int], first: Optional[Quantity],
                      places: list[PlaceMention]) -> Optional[tuple[PlaceMention, Quantity, PlaceMention]]:
    """``(first place, second count, second place)`` when the sentence at ``sentence`` gives
    the dead ``first`` at one place and then, with "and another N", a count at another; None
    otherwise. The second count takes the first's fate, so it is a count of the dead."""
    end = sentence[1]
    if first is None or first.kind != "killed" or first.best is None or first.aggregate:
        return None
    for pattern in cues()["listed_part"]:
        m = pattern.search(text, first.span.end, end)
        if m is None:
            continue
        value = parse_number(m.group("n"))
        if value is None or value < 1 or value != int(value):
            return None
        here = _first_site(places, first.span.end, m.start())
        there = _first_site(places, m.end(), end)
        if here is None or there is None or _key(here) == _key(there):
            return None
        if any_cue("other_fate", text[m.end():there.span.start]):
            return None  # "and another 30 wounded in …": a count of the hurt, not of the dead
        said = Span(first.span.article_id, m.start("n"), m.end("n"), m.group("n"))
        return here, Quantity(span=said, kind="killed", low=value, best=value, high=value, number_span=said), there
    return None
