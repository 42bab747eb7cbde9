"""From resolver output to the public ``PlaceMention`` record, and region helpers."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..model import Article, Place, PlaceMention, Span
from .gazetteer import Gazetteer
from .records import index_admin1
from .resolve import Resolution

MAX_CANDIDATES = 5


def to_place_mention(article: Article, r: Resolution, gaz: Optional[Gazetteer] = None) -> PlaceMention:
    """A resolved mention keeps its own gazetteer coordinates (a province's centroid, not its
    capital's); ``within`` names the surrounding region or, for a facility, its town. With
    ``gaz``, a region that is one city ("D.C.", "Berlin") is a mention of that city."""
    span = Span.of(article, r.form.start, r.form.end)
    cands = [e.to_place() for _, e in r.ranked[:MAX_CANDIDATES]]
    pm = PlaceMention(
        span=span, surface=span.text, place=r.chosen.to_place() if r.chosen else None, candidates=cands,
        confidence=r.confidence if r.chosen else 0.0, geo_precision=r.precision, kind=r.kind,
        reason=r.reason, within=r.within.to_place() if r.within else None,
    )
    city = city_of_province(gaz, r.chosen) if gaz is not None and r.chosen is not None else None
    if city is not None:
        pm.place, pm.kind = city.to_place(), "place"
        pm.geo_precision = 2 if r.form.near else 1
        pm.reason = f"{r.chosen.name} is one city, {city.name}"
    return pm


@lru_cache(maxsize=1)
def _city_provinces() -> frozenset[tuple[str, str]]:
    from .build import read_tsv

    return frozenset((c, a) for c, a, *_ in read_tsv("city_provinces.tsv"))


def city_of_province(gaz: Gazetteer, entry) -> Optional["Entry"]:
    """The city a first-level region is (``data/places/city_provinces.tsv``: a federal district,
    a city-state), as the index gives its capital; None for any other region or place."""
    if entry is None or entry.kind != "province" or (entry.country, entry.admin1) not in _city_provinces():
        return None
    city = gaz.get(entry.capital_id) if entry.capital_id else None
    return city if city is not None and city.kind == "place" else None


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
