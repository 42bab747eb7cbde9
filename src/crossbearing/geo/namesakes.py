"""Which of the places a name names is meant, read from the gazetteer alone: a state or a
country by its own name ("Tennessee", "SC"), the largest town of a name (in a region when one
is given), the only town of a name anywhere, the town that outsizes all its namesakes, the only
county of a name. The headline and focus readers (``focus``) and the outlet readers
(``outlets``) build on these."""

from __future__ import annotations

from typing import Optional

from .gazetteer import Gazetteer
from .nonplaces import INSTITUTION_WORDS
from .normalise import keys
from .records import Entry

MODIFIER_MIN_POPULATION = 100_000  # a headline's town named as a modifier ("Miami Boy Killed") at least this large


def region_entry(gaz: Gazetteer, name: str) -> Optional[Entry]:
    """A first-level region or country named by ``name`` ("Calif.", "Tennessee", "SC", "Syria")."""
    name = name.strip()
    if name.isupper() and len(name) == 2:  # "Jackson, MS": a postal code after a town is its state
        from .postal import state_of_code

        coded = state_of_code(gaz, name)
        if coded is not None:
            return coded
    best = None
    for k in keys(name):
        for e, f in gaz.lookup(k):
            if e.kind not in ("province", "country") or f not in ("name", "abbr"):
                continue  # by its own name or abbreviation only: "Man" is no Manitoba
            if f == "abbr" and not (name.isupper() or name.endswith(".")):
                continue  # "Miss" is not Mississippi, "Wash" is no abbreviation without its dot
            if best is None or (e.kind == "province", e.population) > (best.kind == "province", best.population):
                best = e
    return best


def town_in(gaz: Gazetteer, name: str, region: Optional[Entry] = None) -> Optional[Entry]:
    """The most populous town (or district) called ``name``, inside ``region`` when given."""
    found = []
    for k in keys(name):
        for e, f in gaz.lookup(k):
            if e.kind not in ("place", "district") or f == "demonym":
                continue
            if region is not None and (e.country != region.country or
                                       (region.kind == "province" and e.admin1 != region.admin1)):
                continue
            found.append((e, f))
    if not found:
        return None
    # by its own name first: "Franklin" is a Franklin, not Columbus (once "Franklinton")
    own = [e for e, f in found if f in ("name", "variant", "abbr")] or [e for e, _ in found]
    return max(own, key=lambda e: (e.kind == "place", e.population, -e.id))


SOLE_TOWN_MIN_POPULATION = 1_000  # (the tiniest hamlets' names are too often ordinary words)


LEADING_TOWN_POPULATION = 10_000  # a town leads its namesakes only when it is a town of some size …
LEADING_TOWN_RATIO = 2.5  # … and this many times the next largest


def _own_named(gaz: Gazetteer, name: str) -> dict[int, Entry]:
    hits = [(e, f) for k in keys(name) for e, f in gaz.lookup(k) if f != "demonym"]
    return {e.id: e for e, f in hits if f in ("name", "variant")}


def sole_town(gaz: Gazetteer, name: str) -> Optional[Entry]:
    """The town ``name`` names when it is the only town anywhere called so (by its own name,
    and no county, province or country either): a small town's name before "teen" or
    "shooting" in a headline is that town."""
    if not name or not name[:1].isupper() or len(name) < 4:
        return None
    own = _own_named(gaz, name)
    if len(own) != 1:
        return None
    (town,) = own.values()
    return town if town.kind == "place" and town.population >= SOLE_TOWN_MIN_POPULATION else None


def leading_town_named(gaz: Gazetteer, name: str, named, homes: tuple[Entry, ...], frame) -> Optional[Entry]:
    """The town ``name`` names when one town of that name is several times larger than any
    other ("Newburgh teen": Newburgh, New York, not the village in Indiana) — not a word that
    names an institution ("Police: …"), nor a town outside the countries the outlet and the
    story's own places are in ("Whitehaven shootings" in a Memphis story is no English town).
    ``named``: a callable giving ``_body_places`` of the story, read only when needed."""
    if not name or not name[:1].isupper() or len(name) < 4 or name.lower() in INSTITUTION_WORDS:
        return None
    town = leading_town(list(_own_named(gaz, name).values()))
    if town is None:
        return None
    countries = {e.country for e in homes} | {e.country for e, _ in frame} | {e.country for e in named()}
    return town if not countries or town.country in countries else None


def leading_town(entries: list[Entry]) -> Optional[Entry]:
    """The town among same-named ``entries`` (towns only) that outsizes all the others."""
    if not entries or any(e.kind != "place" for e in entries):
        return None
    ranked = sorted(entries, key=lambda e: (-e.population, e.id))
    top = ranked[0]
    if top.population < LEADING_TOWN_POPULATION or \
            (len(ranked) > 1 and top.population < LEADING_TOWN_RATIO * ranked[1].population):
        return None
    return top


def only_county(gaz: Gazetteer, name: str) -> Optional[Entry]:
    """The county (or parish) ``name`` names when "County" is added — only when exactly one
    county bears the name and no large town does: a headline's "Gwinnett shooting" is in
    Gwinnett County; "Marion shooting" could be in any of a dozen Marion Counties."""
    if not name or not name[:1].isupper() or len(name) < 4:
        return None
    if any(e.kind == "place" and e.population >= MODIFIER_MIN_POPULATION for k in keys(name) for e, _ in gaz.lookup(k)):
        return None
    found = {e.id: e for sfx in (" County", " Parish") for k in keys(name + sfx) for e, f in gaz.lookup(k)
             if e.kind == "district" and f in ("name", "variant")}
    return next(iter(found.values())) if len(found) == 1 else None
