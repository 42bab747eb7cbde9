"""The units a text names around a town — the state after its comma ("Felton, MN"), the units in
brackets after it ("Pune city (Pune, Maharashtra)") — read once every mention has its best
reading: which country the group is in, which unit is unknown, which town the gazetteer lacks.
``resolve.resolve_mentions`` applies these passes."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from .distance import haversine_km
from .gazetteer import Gazetteer
from .nonplaces import QUALIFIER, bracketed_units
from .normalise import keys
from .placed import _contains
from .records import Entry
from .resolve import Resolution, name_key

BRACKET_UNIT_KM = 500.0  # a town this far from the region named in brackets after it is not in it
WORLD_CITY_POPULATION = 1_000_000


def _in_brackets(units: list[tuple[int, int]], res: Sequence[Resolution]) -> list[Resolution]:
    """The mentions inside the brackets whose unit spans are ``units`` (``bracketed_units``)."""
    return [u for u in res if units[0][0] <= u.form.start < units[-1][1]]


def _units_of_towns(res: Sequence[Resolution], text: str) -> None:
    """"Piracicaba (Sao Paulo)", "Ayolas (Misiones)": names in brackets after a town name units
    the town lies in. The country most of the group (the town and its units) can be read in is
    theirs: the town is read there when it can be; each unit as its namesake there, the region
    holding the town first (São Paulo state, not the city; Misiones in Paraguay, not
    Argentina); and a unit with no namesake there, when two of the group agree, names no place
    the gazetteer knows."""
    for i, town in enumerate(res):
        e = town.chosen
        units = bracketed_units(text, town.form.end) if e is not None and e.kind == "place" else []
        if not units:
            continue
        group = [u for u in _in_brackets(units, res[i + 1:]) if u.candidates]
        if not group:
            continue
        # each name votes once: "Hays city (Hays, Al Hudaydah)" names Hays twice, Yemen's
        # province once, and the gazetteer's Kansas town is no second witness for Kansas
        voters = list({name_key(r): r for r in [town] + group}.values())
        support = Counter(c for r in voters for c in {x.country for x, _ in r.candidates if x.country})
        country = max(support, key=lambda c: (support[c], c == e.country, c))
        home = [x for _, x in town.ranked if x.country == country and x.kind == "place"]
        if e.country != country and home:
            town.chosen = e = home[0]
        for unit in group:
            there = [x for _, x in unit.ranked if x.country == country]
            holding = [x for x in there if x.kind in ("province", "district") and _contains(x, e)]
            if there:
                unit.chosen = (holding or there)[0]
                unit.confidence = max(unit.confidence, 0.9)
            elif support[country] >= 2:
                unit.chosen, unit.confidence = None, 0.0
                unit.reason = f"names a unit {town.surface} lies in, which the gazetteer does not know"


def _other_names_abroad(gaz: Gazetteer, res: Sequence[Resolution], text: str) -> None:
    """"Kakani municipality (Nuwakot district)", "Nyara (Djugu, Ituri)": a name the gazetteer
    knows only as another place's other name (Kakanj, Bosnia; Nyala, Sudan) is that place only
    when the units the brackets name lie in its country; otherwise it names a town the
    gazetteer lacks, and no reading is better than a namesake abroad."""
    for r in res:
        e = r.chosen
        if e is None or e.kind != "place" or not r.candidates or any(f != "alt" for _, f in r.candidates) or \
                e.population >= WORLD_CITY_POPULATION:
            continue  # ("Chittagong city (Pahartali)": a great city is known by its other names too)
        units = bracketed_units(text, r.form.end)
        if not units or any(x.id == e.id and f in ("name", "variant") for k in keys(r.form.core) for x, f in gaz.lookup(k)):
            continue  # ("Jammu city (J&K)": "Jammu city" is an other name, "Jammu" the town's own)
        if any(x.country == e.country for u in _in_brackets(units, res) for x, _ in u.candidates):
            continue
        r.chosen, r.confidence = None, 0.0
        r.reason = f"known only as another name of {e.name} ({e.country}), which the bracketed units do not hold"


def _qualified_elsewhere(res: Sequence[Resolution], quals, text: str) -> None:
    """"Felton, MN", "Ira, Vt.": the state after a town's comma says where the town is. When no
    town of that name lies there but namesakes lie elsewhere in its country, the town is one the
    gazetteer lacks, and the place to code it at is the state — not a namesake in another state
    the name happens to match. (A name with no namesake in the state's country at all is more
    likely a list than "town, state": "Copenhagen, Hamburg and Mannheim".)"""
    for r, q in zip(res, quals):
        e = r.chosen
        if q is None or e is None or e.kind not in ("place", "district", "facility") or q.kind != "province":
            continue
        if not QUALIFIER.match(text[r.form.end:r.form.end + 40]) and (
                e.admin1 is None or haversine_km(e.lat, e.lon, q.lat, q.lon) <= BRACKET_UNIT_KM):
            # "Ayolas (Misiones)", "Jan Kempdorp (Northern Cape)": units in brackets are named as
            # the writer knows them, which may not be the gazetteer's region for a town near or
            # in it (see _placed_in); "Vale (North Carolina)" is no Vale, Oregon
            continue
        if not any(x.country == q.country for _, x in r.ranked) and not _unmistakable_unit(r, q, res, text):
            # "Copenhagen, Hamburg", "Churchill, Man.": no town of that name in the country at
            # all — unless brackets name a unit that only one country has ("Hays city (Hays, Al
            # Hudaydah)" is in Yemen though the gazetteer's only Hays is in Kansas)
            continue
        inside = [x for _, x in r.ranked if x.country == q.country and (q.kind == "country" or x.admin1 == q.admin1)]
        if inside:
            continue
        # one name, one reading through the story: its unqualified mentions are this town too
        for o, oq in zip(res, quals):
            if (o is r or (oq is None and name_key(o) == name_key(r))) and o.chosen is not None and \
                    not (o.chosen.country == q.country and (q.kind == "country" or o.chosen.admin1 == q.admin1)):
                o.chosen, o.confidence, o.within, o.precision = None, 0.0, q, 3
                o.reason = f"no {r.form.core} in {q.name} in the gazetteer; the text puts it there"


def _unmistakable_unit(r: Resolution, q: Entry, res: Sequence[Resolution], text: str) -> bool:
    """Whether ``q`` is named in brackets after ``r`` by a name no other country's unit bears
    ("(Hays, Al Hudaydah)"; not "(Capital)", which several countries' provinces are called)."""
    units = bracketed_units(text, r.form.end)
    if not units:
        return False
    for u in _in_brackets(units, res):
        if any(c.id == q.id for c, _ in u.candidates):
            return {c.country for c, _ in u.candidates if c.kind in ("province", "country")} == {q.country}
    return False
