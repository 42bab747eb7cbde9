"""Places: gazetteer index, name matching, detection and disambiguation.

Public entry points (other stages call these):

- ``open_gazetteer(settings)`` — the index (built from the embedded data on first use); in
  extractors use ``resources.get("gazetteer")`` instead.
- ``geocode(text, spans, gaz, dateline=None)`` — resolve character spans of a text.
- ``distance_km(a, b)`` — great-circle km between two things with lat/lon (Place, Entry,
  PlaceMention, (lat, lon)).
- ``region_capital(place, gaz)`` — where ACLED codes a province- or country-level event.
- ``province_of(place, gaz)`` — the first-level region around a place.
"""

from __future__ import annotations

from .distance import distance_km, haversine_km
from .gazetteer import Gazetteer, default_path, open_gazetteer
from .mentions import province_of, region_capital, to_place_mention
from .resolve import Resolution, resolve_mentions

geocode = resolve_mentions

__all__ = ["Gazetteer", "Resolution", "default_path", "distance_km", "geocode", "haversine_km", "open_gazetteer",
           "province_of", "region_capital", "resolve_mentions", "to_place_mention"]
