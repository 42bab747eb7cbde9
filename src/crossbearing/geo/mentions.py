"""From resolver output to the public ``PlaceMention`` record, and region helpers."""

from __future__ import annotations

from typing import Optional

from ..model import Article, Place, PlaceMention, Span
from .gazetteer import Gazetteer
from .records import index_admin1
from .resolve import Resolution

MAX_CANDIDATES = 5


def to_place_mention(article: Article, r: Resolution) -> PlaceMention:
    """A resolved mention keeps its own gazetteer coordinates (a province's centroid, not its
    capital's); ``within`` names the surrounding region or, for a facility, its town."""
    span = Span.of(article, r.form.start, r.form.end)
    cands = [e.to_place() for _, e in r.ranked[:MAX_CANDIDATES]]
    return PlaceMention(
        span=span, surface=span.text, place=r.chosen.to_place() if r.chosen else None, candidates=cands,
        confidence=r.confidence if r.chosen else 0.0, geo_precision=r.precision, kind=r.kind,
        reason=r.reason, within=r.within.to_place() if r.within else None,
    )


def _entry_for(gaz: Gazetteer, place: Place):
    if place.feature_code == "ADM1" or (place.feature_class == "A" and place.admin1 == place.name):
        return gaz.province(place.country, index_admin1(place.country, place.admin1))
    if place.feature_code and place.feature_code.startswith("PCL"):
        return gaz.country(place.country)
    return None


def region_capital(place: Optional[Place], gaz: Gazetteer) -> Optional[Place]:
    """The capital ACLED codes a region-level event at: a province's capital (its largest town
    where the embedded data has no capital flag) or a country's capital. None for anything
    that is not a province or a country."""
    if place is None:
        return None
    e = _entry_for(gaz, place)
    cap = gaz.get(e.capital_id) if e is not None else None
    return cap.to_place() if cap else None


def province_of(place: Optional[Place], gaz: Gazetteer) -> Optional[Place]:
    """The first-level region a place lies in (itself for a province), when the index knows it."""
    if place is None:
        return None
    e = gaz.province(place.country, place.admin1)
    return e.to_place() if e else None
