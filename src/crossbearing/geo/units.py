"""The units a text names around a town — the state after its comma ("Felton, MN"), the units in
brackets after it ("Pune city (Pune, Maharashtra)") — read once every mention has its best
reading: which country the group is in, which unit is unknown, which town the gazetteer lacks.
``resolve.resolve_mentions`` applies these passes."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .distance import haversine_km
from .gazetteer import Gazetteer
from .nonplaces import QUALIFIER, bracketed_units
from .normalise import keys
from .placed import _contains
from .records import Entry
from .resolve import Resolution, name_key, reread

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
        # ("Beja (Beja Nord, Beja)": a unit known only by a part of its name casts no vote)
        group = [u for u in _in_brackets(units, res[i + 1:]) if any(f != "partial" for _, f in u.candidates)]
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


def _qualified_reading_holds(res: Sequence[Resolution], quals) -> None:
    """"NEWARK, N.J. (AP) — … was to fly from Newark to Paris": news qualifies a town the first
    time it names it and drops the state after; the bare name later is the same town, however
    much the story's other places (San Francisco) pull towards a namesake."""
    settled: dict[str, Entry] = {}
    for r, q in zip(res, quals):
        e = r.chosen
        if q is not None and e is not None and e.kind in ("place", "district") and q.country == e.country and \
                (q.kind == "country" or q.admin1 == e.admin1):
            settled.setdefault(name_key(r), e)
    for r, q in zip(res, quals):
        e = settled.get(name_key(r))
        if q is None and e is not None and r.chosen is not None and r.chosen.id != e.id and \
                r.chosen.kind in ("place", "district") and any(c.id == e.id for c, _ in r.candidates):
            r.chosen, r.confidence = e, max(r.confidence, 0.7)


CAPITAL_NAMESAKE_POPULATION = 10_000  # a namesake town this big may be what a capital's name means


def _capital_of_a_named_country(res: Sequence[Resolution], quals) -> None:
    """"A Kentucky family witnessed the attack in France … on Paris' Champs-Elysees": a nation's
    capital in a country the text names is what its name means, not a small namesake town
    (under ``CAPITAL_NAMESAKE_POPULATION``) in the state the story's other places are in — unless
    the text qualifies the name somewhere ("Paris, Ky.")."""
    named = {r.chosen.country for r in res if r.chosen is not None and r.chosen.kind == "country"}
    qualified = {name_key(r) for r, q in zip(res, quals) if q is not None}
    for r in res:
        e = r.chosen
        if e is None or e.kind != "place" or e.fcode == "PPLC" or (e.population or 0) >= CAPITAL_NAMESAKE_POPULATION \
                or name_key(r) in qualified:
            continue
        capital = next((c for c, f in r.candidates if c.fcode == "PPLC" and c.country in named and c.country != e.country
                        and f in ("name", "variant")), None)
        if capital is not None:
            reread(r, capital)


LARGE_CITY = 100_000  # a city this large may be named in passing from anywhere in its country
WORLD_CAPITAL = 1_000_000  # a nation's capital this large may be named in passing from anywhere
NEIGHBOUR_KM = 80.0  # a small town this close to another place of the story is one of the story's towns


def _large_city_named_in_passing(res: Sequence[Resolution], quals, prior=(), only=None) -> None:
    """"… outlasted Louisville in overtime" in a story datelined "COLUMBUS, Ohio": the bare name
    of a large city (``LARGE_CITY``) is that city, not a small namesake (under
    ``CAPITAL_NAMESAKE_POPULATION``) in the story's state that lies away from every other place
    the story and its frame name — the state's pull is for its towns, and a village far from
    them is no likelier for it. (A Louisville beside the story's Canton is Canton's neighbour.)
    With ``only`` (the names that qualify an actor, read last), so is a large nation's capital
    (``WORLD_CAPITAL``) against any town short of a large city: "a London-based consultancy" in
    a story from Washington has its seat in London, England, not London, Ohio."""
    towns = [(name_key(r), r.chosen) for r in res if r.chosen is not None and r.chosen.kind in ("place", "district",
                                                                                                  "facility")]
    framed = [e for e, _ in prior if e.kind in ("place", "district", "facility")]
    chosen_ones = None if only is None else {id(r) for r in only}
    for r, q in zip(res, quals):
        e = r.chosen
        if (chosen_ones is not None and id(r) not in chosen_ones) or e is None or e.kind != "place" or q is not None or \
                (e.population or 0) >= LARGE_CITY or r.form.explicit:
            continue
        # a country's own large city over a village; for an actor's seat ("London-based" in a
        # story datelined Washington), a world capital over a town of any size short of a large
        # city (the story's own "Paris" in a Paris, Tennessee paper is another matter)
        big = [c for c, f in r.candidates if c.kind == "place" and f == "name" and (
            (c.country == e.country and (c.population or 0) >= LARGE_CITY and
             (e.population or 0) < CAPITAL_NAMESAKE_POPULATION) or
            (only is not None and c.fcode == "PPLC" and (c.population or 0) >= WORLD_CAPITAL))]
        if not big:
            continue
        k = name_key(r)
        near = [o for n, o in towns if n != k and o.id != e.id] + framed
        if any(haversine_km(e.lat, e.lon, o.lat, o.lon) <= NEIGHBOUR_KM for o in near):
            continue
        reread(r, max(big, key=lambda c: (c.population, -c.id)))


_LIST_JOINER = re.compile(r"^\s*(?:,|,?\s+(?:and|or)|/)\s*$")


def _listed_with_states(res: Sequence[Resolution], quals, text: str) -> None:
    """"Trips to Alaska, Hawaii, Florida and Washington", "states such as California or
    Washington": a name listed among a country's states or provinces, and only among them, is
    that country's state of the name, not its namesake city (Washington, D.C.; New York City)."""
    for i, r in enumerate(res):
        e = r.chosen
        if e is None or e.kind != "place" or quals[i] is not None:
            continue  # ("Washington, D.C.": a city and its district, no list)
        state = next((c for c, f in r.candidates if c.kind == "province" and f in ("name", "variant")
                      and c.country == e.country), None)
        if state is None:
            continue
        before, after = res[i - 1] if i else None, res[i + 1] if i + 1 < len(res) else None
        listed = [o for o, gap in ((before, text[before.form.end:r.form.start] if before else ""),
                                   (after, text[r.form.end:after.form.start] if after else ""))
                  if o is not None and _LIST_JOINER.match(gap)]
        if listed and all(o.chosen is not None and o.chosen.kind == "province" and o.chosen.country == state.country
                          for o in listed):
            reread(r, state)


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
