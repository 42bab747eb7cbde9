"""Great-circle distances (spherical Earth, mean radius: good to ~0.5 %, plenty for 161 km)."""

from __future__ import annotations

import math
from typing import Any, Optional

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def distance_km(a: Any, b: Any) -> Optional[float]:
    """Distance between two things with ``lat``/``lon`` (Place, Entry, PlaceMention via its
    place, or ``(lat, lon)`` tuples); None when either has no coordinates."""
    pa, pb = _coords(a), _coords(b)
    if pa is None or pb is None:
        return None
    return haversine_km(pa[0], pa[1], pb[0], pb[1])


def _coords(x: Any) -> Optional[tuple[float, float]]:
    if x is None:
        return None
    if isinstance(x, (tuple, list)) and len(x) == 2:
        return float(x[0]), float(x[1])
    if hasattr(x, "place") and not hasattr(x, "lat"):
        return _coords(x.place)
    lat, lon = getattr(x, "lat", None), getattr(x, "lon", None)
    return (float(lat), float(lon)) if lat is not None and lon is not None else None
