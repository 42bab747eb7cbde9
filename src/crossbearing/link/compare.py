"""Is value A compatible with value B? Numbers, places, dates, actors, types.

Each comparison returns True (compatible), False (they contradict) or None (cannot tell,
e.g. one side is empty). Compatibility is deliberately about *consistency*, not equality:
"over 450" and 450 agree, "85% controlled" and "the remaining 15%" agree, a town and the
province around it agree at the province's precision.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from functools import lru_cache
from typing import Optional

from unidecode import unidecode

from ..events.taxonomy import UNIDENTIFIED_ARMED_GROUP
from ..model import PlaceMention, Quantity, TimeRef

_OPEN_ABOVE = ("over", "more than", "at least", "above", "in excess of", "upwards of", "minimum", "a minimum of")
_OPEN_BELOW = ("up to", "at most", "fewer than", "less than", "under", "nearly", "almost")
_ABOUT = ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "nearly", "almost")
_COMPLEMENT = re.compile(r"\b(remain\w*|rest|other|still)\b", re.I)


def interval(q: Quantity) -> tuple[float, float]:
    """The range of values a quantity allows, with its qualifier and hedges taken into account."""
    return _quantity_interval(q.best, q.low, q.high, q.qualifier, q.span.text, q.vague)


# Coreference compares every pair of a story's fact mentions, so the same figures, names and
# dates are compared thousands of times per batch (288,575 pair scores in one batch that joins
# 300-article stories): the pure helpers below are cached on the values they read.
@lru_cache(maxsize=65536)
def _quantity_interval(best, low, high, qualifier: Optional[str], text: Optional[str], vague: bool
                       ) -> tuple[float, float]:
    best = best if best is not None else (low if low is not None else high)
    lo = low if low is not None else best
    hi = high if high is not None else best
    if lo is None or hi is None:
        return (-math.inf, math.inf)
    qual = (qualifier or "").lower()
    text = (text or "").lower()
    if any(qual.startswith(w) for w in _OPEN_ABOVE) or (not qual and re.search(r"\b(over|more than|at least)\b", text)):
        hi = math.inf
    if any(qual.startswith(w) for w in _OPEN_BELOW):
        lo = min(lo, 0.0) if qual.startswith(("up to", "at most", "fewer", "less", "under")) else lo * 0.9
    if any(qual.startswith(w) for w in _ABOUT) or vague:
        lo, hi = lo * 0.9, hi * 1.1 if hi != math.inf else hi
    return (lo, hi)


def _complement(q: Quantity) -> bool:
    return bool(_COMPLEMENT.search((q.subject or "") + " " + (q.span.text or "")))


def numbers_agree(a: Quantity, b: Quantity) -> Optional[bool]:
    """Do two figures for the same kind of thing agree? (450 vs "over 450": yes; 12 vs 15: no.)"""
    la, ha = interval(a)
    lb, hb = interval(b)
    if math.isinf(la) and math.isinf(ha) or math.isinf(lb) and math.isinf(hb):
        return None
    if la <= hb + 1e-9 and lb <= ha + 1e-9:
        return True
    if a.kind == "percent" and b.kind == "percent" and _complement(a) != _complement(b):
        # "85% under control" vs "the remaining 15%": compare against 100 minus the other.
        return (100 - hb) <= ha + 1e-9 and la <= (100 - lb) + 1e-9
    return False


@lru_cache(maxsize=65536)
def norm_name(s: Optional[str]) -> str:
    """Spelling-insensitive key: "Deir Ez-Zor", "Deir ezzor", "Deir ez-Zor" → "deirezzor"."""
    if not s:
        return ""
    s = unidecode(s).lower()
    s = re.sub(r"^(al|el|the)[\s\-]+", "", s)
    s = re.sub(r"\b(city|province|governorate|of|the)\b", " ", s)
    return re.sub(r"[^a-z0-9]+", "", s)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_PRECISION_KM = {1: 25.0, 2: 75.0, 3: 300.0}


def place_names(pm: PlaceMention) -> set[str]:
    """The names of the place itself: the words the text gives and the gazetteer's name."""
    names = {norm_name(pm.surface)}
    if pm.place:
        names.add(norm_name(pm.place.name))
    return {n for n in names if n}


def unit_names(pm: PlaceMention) -> set[str]:
    """The names of the units the place lies in: its province and district, or for a name the
    gazetteer lacks, the region the text puts it in."""
    names = set()
    if pm.place:
        names |= {norm_name(pm.place.admin1), norm_name(pm.place.admin2)}
    if pm.within:
        names.add(norm_name(pm.within.name))
    return {n for n in names if n}


def _named_alike(a: PlaceMention, b: PlaceMention) -> bool:
    """One name for both, or one names the unit the other lies in ("Idlib" and a village of
    Idlib province)."""
    own_a, own_b = place_names(a), place_names(b)
    for x_set, y_set in ((own_a, own_b | unit_names(b)), (own_b, unit_names(a))):
        if x_set & y_set or any(x in y or y in x for x in x_set for y in y_set if min(len(x), len(y)) >= 5):
            return True
    return False


def places_agree(a: Optional[PlaceMention], b: Optional[PlaceMention]) -> Optional[bool]:
    """Same place within the precision of both (a town agrees with its own province)."""
    if a is None or b is None or "demonym" in (a.kind, b.kind):
        return None  # "Russian" says whose, not where
    # a name the gazetteer lacks is where the text puts it ("a square in Florence"), at the
    # precision that says so
    pa, pb = a.place or a.within, b.place or b.within
    if pa and pb and pa.country and pb.country and pa.country != pb.country:
        return False
    if pa and pb and None not in (pa.lat, pa.lon, pb.lat, pb.lon):
        tol = max(_PRECISION_KM.get(a.geo_precision or 1, 25.0), _PRECISION_KM.get(b.geo_precision or 1, 25.0))
        km = km_between(pa.lat, pa.lon, pb.lat, pb.lon)
        # a region-wide reading ("the Idleb countryside") stretches over its own province, not
        # into the next one: Aleppo city is not in the countryside of Idlib, 60 km away
        crosses = km > _PRECISION_KM[1] and pa.admin1 and pb.admin1 and pa.admin1 != pb.admin1
        if km <= tol and not crosses:
            return True
        # One province: a report names the town, another a town near it, the county or a
        # misread namesake in the same state — but two towns each named outright far apart
        # are two places (protests in Pune and in Nashik, 160 km apart, on one day).
        if pa.admin1 and (pa.country, pa.admin1) == (pb.country, pb.admin1) and not (
                a.kind == b.kind == "place" and a.place and b.place and km > _PRECISION_KM[2]):
            return True
    if _named_alike(a, b):
        return True
    if pa and pb and None not in (pa.lat, pa.lon, pb.lat, pb.lon):
        return False
    return None


def _day(s: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _interval(t: Optional[TimeRef]) -> Optional[tuple[dt.date, dt.date]]:
    return _days(t.start, t.end) if t is not None else None


@lru_cache(maxsize=65536)
def _days(start_s: Optional[str], end_s: Optional[str]) -> Optional[tuple[dt.date, dt.date]]:
    start = _day(start_s)
    return (start, _day(end_s) or start) if start else None


_SLACK = {"day": 1, "week": 4, "month": 16, "year": 183}


def dates_agree(a: Optional[TimeRef], b: Optional[TimeRef]) -> Optional[bool]:
    """Overlapping date intervals, widened by each side's precision."""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return None
    (a0, a1), (b0, b1) = ia, ib
    slack = dt.timedelta(days=max(_SLACK.get(a.precision or "day", 1), _SLACK.get(b.precision or "day", 1)))
    return a0 - slack <= b1 and b0 - slack <= a1


# After the alias table has named an actor, these fold what is left of its words to one key:
# a country's demonym to the country, and generic words to nothing.
_ACTOR_WORDS = {
    "islamic": "islamicstate", "russian": "russia", "syrian": "syria", "american": "unitedstates",
    "us": "unitedstates", "usa": "unitedstates", "united": "unitedstates",
    "takfiri": "", "forces": "", "military": "", "of": "", "the": "", "state": "", "group": "",
    "army": "", "troops": "", "government": "", "arab": "", "led": "", "terrorist": "", "terrorists": "",
    "militants": "", "police": "police", "civilians": "civilians",
}


def actor_keys(name: Optional[str]) -> set[str]:
    """Key words of an actor's name, after the curated alias table (crossbearing.figures) has
    mapped spelling variants ("Daesh", "ISIS", "SAA") to one canonical name."""
    if not name:
        return set()
    return set(_actor_keys(name, _alias_setting()))


def _alias_setting() -> str:
    """The alias-table setting the cached keys depend on (read from the environment each time,
    so a test or a caller that changes it gets keys from the new table)."""
    return os.environ.get("CROSSBEARING_ALIASES", "")


@lru_cache(maxsize=65536)
def _actor_keys(name: str, _aliases: str) -> frozenset[str]:
    """Cached per name and alias-table setting (coreference asks for the same actors thousands
    of times per story batch; each lookup reloads the settings)."""
    from ..figures import canonical_actor

    known = canonical_actor(name)
    words = re.findall(r"[a-z]+", unidecode(known[0] if known else name).lower())
    keys = {_ACTOR_WORDS.get(w, w) for w in words}
    return frozenset(k for k in keys if k)


def actors_agree(a: Optional[str], b: Optional[str]) -> Optional[bool]:
    # An unidentified armed group is the coding of a perpetrator no report names: it agrees
    # with no one and contradicts no one (the police who shot the gunman, a gang named later).
    if not a or not b or a.startswith(UNIDENTIFIED_ARMED_GROUP) or b.startswith(UNIDENTIFIED_ARMED_GROUP):
        return None
    # One read of the setting for both names, and the answer cached per pair of names: a
    # pair score asks up to four times (both sides, both orders), over 300,000 pairs a batch.
    return _actors_agree(a, b, _alias_setting())


@lru_cache(maxsize=65536)
def _actors_agree(a: str, b: str, aliases: str) -> Optional[bool]:
    ka, kb = _actor_keys(a, aliases), _actor_keys(b, aliases)
    if not ka or not kb:
        return None
    return bool(ka & kb)


# Event types that one outlet (or the extractor, reading two outlets' wording) may code where
# another codes the other, for the same event: all kinds of organised violence, and a battle
# vs the territorial change it brings about.
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_NEAR_TYPES = {frozenset({"Battles", "Strategic developments"}), frozenset({"Protests", "Riots"})}


def types_agree(a: Optional[str], b: Optional[str]) -> Optional[bool]:
    if not a or not b:
        return None
    return a == b


def types_compatible(a: Optional[str], b: Optional[str]) -> bool:
    """Looser than ``types_agree``: may two codings be of one event at all?"""
    return not a or not b or a == b or frozenset({a, b}) in _NEAR_TYPES or {a, b} <= _VIOLENT


def is_violent(event_type: Optional[str]) -> bool:
    return event_type in _VIOLENT


def days_apart(a: Optional[TimeRef], b: Optional[TimeRef]) -> Optional[int]:
    """Days between two date intervals (0 when they overlap); None when either is undated."""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return None
    (a0, a1), (b0, b1) = ia, ib
    return max(0, (b0 - a1).days, (a0 - b1).days)


_ORG_WORDS = frozenset("of for the and ministry observatory agency news group council army forces office "
                       "committee department organisation organization union coalition".split())


def claimant_key(name: Optional[str]) -> str:
    """One key per source: a person's surname ("Alexander Lapin", "Aleksandr Lapin", "Lapin" →
    "lapin"); an organisation's whole normalised name ("SOHR" stays apart from "HRW")."""
    if not name:
        return ""
    words = re.findall(r"[a-z]+", unidecode(name).lower())
    if 1 <= len(words) <= 3 and not _ORG_WORDS & set(words) and name[:1].isupper() and " " in name.strip():
        return words[-1]
    return "".join(words)


def claimant_keys(names) -> set[str]:
    return {k for k in (claimant_key(n) for n in names) if k}
