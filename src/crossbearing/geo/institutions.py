"""How plainly a run of capitalised words names a place, and the place inside an institution's
name: the tests that ``detect`` applies to every candidate span.

- ``_strong``: the gazetteer knows the words as a country, region, water, unit or a town of
  some size (by its main name) — or as a people's word.
- ``_institution_head``: "Titus County Sheriff's Office", "Lamar County Commissioners", "the
  Pointe Coupee Sheriff's Office": the county or town an institution's name opens with.
- ``_institution_unit_word`` / ``_bare_county``: "Dublin City Council" is Dublin's council (not
  the Irish district "Dublin City"); "DuPage Sheriff" names DuPage County.
- ``only_a_memorial``: "Jackson Memorial Hospital" honours a person, not a town.
"""

from __future__ import annotations

import re
from typing import Optional

from .gazetteer import Gazetteer
from .normalise import keys

_PROMINENT = {"country", "province", "water", "facility", "region", "district"}
MIN_LOCATIVE_POPULATION = 1_000  # "in Parkers Prairie": after a locative preposition a small town will do


def _strong(gaz: Gazetteer, surface: str, min_pop: int, allow_demonym: bool, alt_places: bool = True) -> Optional[str]:
    """"place"/"demonym" when the surface plainly names something in the gazetteer, else None.
    ``alt_places`` False: a town must be matched by its main name (alternate spellings of small
    towns include ordinary words such as "Base")."""
    hits = [h for k in keys(surface) for h in gaz.lookup(k)]
    if not hits:
        return None
    if surface.isupper() is False and "." not in surface:
        hits = [(e, f) for e, f in hits if f != "abbr" or len(surface) > 4]  # "Miss" is not Mississippi
    if any(f != "demonym" and (e.kind in _PROMINENT or (e.kind == "place" and e.population >= min_pop
                                                          and (alt_places or f != "alt")))
           for e, f in hits):
        return "place"
    if allow_demonym and any(f == "demonym" for e, f in hits):
        return "demonym"
    return None


def names_kind(gaz: Gazetteer, surface: str, kinds: tuple[str, ...]) -> bool:
    """Whether the gazetteer knows ``surface`` as an entry of one of ``kinds``."""
    return any(x.kind in kinds for k in keys(surface) for x, _ in gaz.lookup(k))


def _capital(t) -> bool:
    return t.is_title or (t.is_upper and t.is_alpha) or _inner_capital(t)


def _inner_capital(t) -> bool:
    """"DeLand", "McKinney", "LaGrange": a name with a second capital after a short prefix is
    written as a name all the same (``str.istitle`` says no)."""
    w = t.text
    if len(w) < 4 or not w.isalpha() or not w[0].isupper():
        return False
    inner = [k for k in range(1, len(w)) if w[k].isupper()]
    # one capital after a two- or three-letter prefix (De, La, Mc, Mac): not a brand's
    # run-together words ("FrontCounter", "PlayStation")
    return len(inner) == 1 and inner[0] in (2, 3) and w[1:inner[0]].islower() and w[inner[0] + 1:].islower()


# first words after a town's name that make the name a building's or an institution's
# ("Titus County Jail", "Vancouver International Airport", "Guernsey County Common Pleas Court")
_SITE_HEAD = {"sheriff's", "sheriff’s", "sheriff", "police", "fire", "jail", "detention", "correctional", "courthouse",
              "court", "common", "superior", "circuit", "district", "international", "regional", "municipal",
              "memorial", "airport", "hospital", "medical", "high", "middle", "elementary", "school", "schools",
              "university", "college", "community", "public", "city", "town", "board", "council", "department",
              "chamber", "convention", "civic", "museum", "library", "zoo", "stadium", "arena", "mall", "station",
              "general", "health", "metropolitan", "water", "sanitation", "transit"}


def _institution_head(text: str, ent, gaz: Gazetteer) -> Optional[tuple[int, int]]:
    """(start, end) of the known place that opens a place/facility entity the gazetteer does not
    know as a whole, when the words after it name a building or institution there."""
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(toks) < 2 or any(gaz.lookup(k) for k in keys(text[toks[0].idx:ent.end_char])):
        return None
    for n in range(min(3, len(toks) - 1), 0, -1):
        head, rest = toks[:n], toks[n]
        # a county's name ends at its unit word: what follows is one of its offices or bodies
        # ("Lamar County Commissioners", "Harris County Clerk's", "Edgar County Special Service
        # Area Ambulance") or its road ("Freestone County Road 360")
        county_office = head[-1].lower_ in ("county", "parish") and n > 1
        if not all(_capital(t) for t in head) or not (rest.lower_ in _SITE_HEAD or county_office) or \
                head[0].lower_ in _COMMON_HEADS:
            continue  # ("Memphis Street" is no Memphis, "Airport Courthouse" no town called Airport)
        s, e = head[0].idx, head[-1].idx + len(head[-1])
        if _strong(gaz, text[s:e], MIN_LOCATIVE_POPULATION, allow_demonym=False, alt_places=False) == "place":
            return s, e
        if not county_office and _bare_county(gaz, text, s, e, rest):
            return s, e  # "the Pointe Coupee Sheriff's Office"
    return None


# nouns that open an institution's name as its kind, never a town's name there
_COMMON_HEADS = {"bank", "airport", "bridge", "university", "college", "council", "court", "ministry", "institute",
                 "department", "office", "agency", "museum", "hospital", "church", "building", "local", "politics"}
_TOWN_UNIT_WORDS = {"city", "town", "village", "township", "borough", "district"}


def _institution_unit_word(gaz: Gazetteer, text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` ends on a unit word ("City", "Town") that opens the name of an
    institution after it ("Dublin City Council", "Hanover Town Hall", "Las Vegas City Marshal")
    — unless the whole is a town's own name ("Kansas City Council", "Quezon City Hall")."""
    words = text[s:e].split()
    if len(words) < 2 or words[-1].lower() not in _TOWN_UNIT_WORDS or not re.match(r" [A-Z]", text[e:e + 2]):
        return False
    return not any(x.kind == "place" and f in ("name", "variant") for k in keys(text[s:e]) for x, f in gaz.lookup(k))


# offices a county or parish heads, named after it without the unit word
_COUNTY_OFFICE = {"sheriff", "sheriff's", "sheriff’s", "coroner", "coroner's", "commissioners", "jail", "courthouse",
                  "circuit", "superior", "probate"}


def _bare_county(gaz: Gazetteer, text: str, s: int, e: int, nxt) -> bool:
    """"DuPage Sheriff", "Kanawha Circuit Court", "the Pointe Coupee Sheriff's Office": local news
    names a county without the word "County" before one of the county's offices."""
    return nxt is not None and nxt.lower_ in _COUNTY_OFFICE and any(
        names_kind(gaz, text[s:e] + unit, ("district",)) for unit in (" County", " Parish"))


_MEMORIAL_AFTER = re.compile(r"\s+Memorial\b")


def only_a_memorial(text: str, start: int, end: int) -> bool:
    """The name before "Memorial" ("Jackson Memorial Hospital") honours a person, when the
    text names it nowhere else: a town's own memorial hospital is in a story that names the town
    ("a Huntsville man … Huntsville Memorial Hospital")."""
    if not _MEMORIAL_AFTER.match(text, end):
        return False
    name = re.escape(text[start:end])
    return all(_MEMORIAL_AFTER.match(text, m.end()) for m in re.finditer(rf"(?<!\w){name}(?!\w)", text))
