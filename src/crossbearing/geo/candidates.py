"""Candidates: the gazetteer entries a place mention could name, before any is chosen.

The full phrase and its bare name ("Hmeymim Air Base", "Rapides Parish"), spelled-out and loose
spellings, "X County" for a county named without the word, the known part of a longer name
("Colorado State University" → Colorado), narrowed by the kind the wording announces
("Latakia province", "the Lexington city council"). ``candidates_in_text`` adds what the
sentence around the name rules out (an acronym, a capital in prose, a building's alias).
``resolve`` chooses among them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .forms import Form
from .gazetteer import Gazetteer
from .nonplaces import NAME_MAKERS, PART_WORDS, abbreviation_dotted, acronym_ok, capitals_in_prose, site_by_alias
from .normalise import key, keys, spelled_out
from .records import Entry

OUTSIZING_SHARE = 0.5  # a same-named town abroad this large beside a province is the bare name's reading
FORM_PENALTY = {"name": 0.0, "abbr": 0.0, "variant": 0.3, "alt": -1.0, "demonym": 0.0, "partial": -0.5}


WHOLE_NAME_TOWN_POPULATION = 10_000
CAPITAL_TOWN_POPULATION = 10_000  # a town that gives a province its name ("Idlib province") is at least this large
_STATE_WORD = re.compile(r"\bstate$", re.I)


def lookup_keys(surface: str, core: str) -> list[str]:
    return list(dict.fromkeys(keys(surface) + keys(core) + [k for k in (spelled_out(surface),) if k]))


@lru_cache(maxsize=1)
def romanised_countries() -> frozenset[str]:
    """ISO codes of the countries whose place names news spells from another script: the only
    ones a loose spelling may name (``data/places/romanised.tsv``)."""
    from .build import read_tsv

    return frozenset(row[0] for row in read_tsv("romanised.tsv"))


def candidates_for(gaz: Gazetteer, surface: str, form: Form) -> list[tuple[Entry, str]]:
    """Entries the mention could name, narrowed by the kind its wording announces."""
    found: list[tuple[Entry, str]] = []
    # the full phrase first: "Hmeymim Air Base", "Rapides Parish" — but a lower-case kind word
    # after the name is prose, not part of it: "the Lexington city council" is Lexington's, not
    # the Virginia county-level unit the gazetteer calls "Lexington city"
    for k in keys(form.core if form.kind_after else surface):
        found += gaz.lookup(k)
    whole = len(found)  # the entries the full phrase names
    spelled = spelled_out(surface)
    if spelled and not any(form.kind in (None, e.kind) for e, _ in found):
        # "St. Mary Parish" as "Saint Mary Parish": only where the name as written names
        # nothing of its kind (the written "St. Thomas" is the Ontario town, not any Saint Thomas)
        found += [(e, "alt") for e, _ in gaz.lookup(spelled)]
    if form.kind == "district" and keys(form.core):  # "Aiken Co.", "Lake County"
        found += [(e, f) for sfx in ("county", "parish") for e, f in gaz.lookup(keys(form.core)[0] + sfx)
                  if e.kind == "district" and (e.id, f) not in {(x.id, g) for x, g in found}]
    if not found:
        for k in keys(form.core):
            found += gaz.lookup(k)
    if not found and len(form.core) >= 4:
        found = gaz.lookup_loose_name(form.core)  # "Deir el-Zour" ~ "Deir ez-Zor" too
        romanised = romanised_countries()
        found = [(e, "alt") for e, _ in found if e.kind != "district" and e.country in romanised]
    if not found and not form.kind:  # "Clarke", "Oconee": local news drops "County"
        for suffix in ("county", "parish"):
            found += [(e, "alt") for e, _ in gaz.lookup(keys(form.core)[0] + suffix) if e.kind == "district"]
    if not found and form.kind in (None, "place"):  # ("Lahore - Sabzazar city": a part of Lahore)
        found = partial_candidates(gaz, form.core if form.kind else surface)
    if form.kind_after:
        regions = [(e, f) for e, f in found if (e.kind == "country" and f in ("name", "abbr")) or
                   (e.kind in ("country", "province") and f == "demonym") or
                   (form.modifier and e.kind == "province" and key(e.name) == key(form.core))]
        if regions:
            # "U.S. city initiatives", "the English city of Salisbury", "the Florida town of Bell", "a
            # small Ohio town": the country or state says where the town is (not Us, France, nor a
            # Florida in Uruguay, nor English, Indiana)
            return regions
    if form.kind and form.explicit:
        same = [(e, f) for e, f in found if e.kind == form.kind or (form.kind == "province" and e.kind == "district")]
        countries = [(e, f) for e, f in found if e.kind == "country" and f in ("name", "abbr")]
        if not same and form.kind == "province" and countries:
            return countries  # "the US State Department": a country's institution, not a province
        if not same and form.kind in ("water", "facility"):
            # "Red River" is not the town of Red: better unresolved than wrong — but "Green Bay",
            # "Fall River", "Saint Peter Port": a town of some size called by the whole phrase is
            # what news means by it, though its last word names a kind of water or facility
            towns = [(e, f) for e, f in found[:whole] if e.kind == "place" and e.population >= WHOLE_NAME_TOWN_POPULATION]
            if towns or form.kind == "water" or not _SERVES_ITS_TOWN.search(surface):
                return towns
            # "Abha airport", "Hodeidah port": an airport, port or base the gazetteer lacks serves
            # the town it is named after, and is coded there as a part of it (precision 2) — but
            # "a California airport" is in no town called California: where the name is also a
            # region's, only a town that is much of that region (Kabul) is meant
            named = [(e, "partial") for e, f in found[whole:] if e.kind == "place" and f in ("name", "variant")]
            regions = [e for e, _ in found[whole:] if e.kind in ("country", "province", "region")]
            return [(e, f) for e, f in named if all(
                e.country == r.country and e.population * REGION_OUTWEIGHS >= (r.population or 0) for r in regions)]
        if not same and form.kind == "province":
            # "Idlib province" named after its capital: the province of the town that name
            # means (its largest), if a town of some size — not each province some small
            # namesake lies in. A state is not named so: "Murray State", "Cleveland State" (a
            # college, a university) are in no state called after a Murray or a Cleveland.
            towns = [] if _STATE_WORD.search(surface) else \
                [(e, f) for e, f in found if e.kind == "place" and f in ("name", "variant", "alt")]
            capital = max(towns, key=lambda t: (t[0].population, -t[0].id), default=None)
            p = gaz.province(capital[0].country, capital[0].admin1) \
                if capital is not None and capital[0].population >= CAPITAL_TOWN_POPULATION else None
            same = [(p, capital[1])] if p is not None else []
        if same:
            found = same
    if not form.kind:
        found = _region_not_its_city(gaz, surface, found)
    uniq: dict[int, tuple[Entry, str]] = {}
    for e, f in found:  # an entry met under two keys keeps its best form ("St. Paul" / "Saint Paul")
        if e.id not in uniq or FORM_PENALTY.get(f, 0.0) > FORM_PENALTY.get(uniq[e.id][1], 0.0):
            uniq[e.id] = (e, f)
    return list(uniq.values())


def candidates_in_text(gaz: Gazetteer, text: str, form: Form) -> list[tuple[Entry, str]]:
    """``candidates_for`` the mention at ``form``'s span, less what its sentence rules out: an
    acronym that is no abbreviation of a place, a dotted abbreviation, a capital's name in prose,
    a site known by another name."""
    surface = text[form.start:form.end]
    return site_by_alias(surface, capitals_in_prose(text, form.start, form.end, abbreviation_dotted(
        text, form.start, form.end, acronym_ok(surface, candidates_for(gaz, surface, form)))))


REGION_OUTWEIGHS = 10  # … when the region holds this many times the city's people (not Beijing, nor Puebla)


_SERVES_ITS_TOWN = re.compile(r"\s(?:international\s+)?(?:airport|port|air\s*base|airbase|air\s*field|airfield)$", re.I)


def _region_not_its_city(gaz: Gazetteer, surface: str, found: list[tuple[Entry, str]]) -> list[tuple[Entry, str]]:
    """"Quebec" alone is the province: the city of the same name in it, which writers call
    "Quebec City" (the gazetteer knows that name for it) to tell it from its region, is not what
    the bare name means. (A city whose own name carries "City", New York City or Oklahoma City,
    is another case: its bare name is read by size and context; so is a city that is much of its
    region, as Beijing is.)"""
    for e, f in found:
        if e.kind not in ("province", "country") or f not in ("name", "variant"):
            continue
        twins = {o.id for o, _ in found if o.kind == "place" and o.country == e.country and
                 (e.kind == "country" or o.admin1 == e.admin1) and key(o.name) == key(e.name)
                 and (o.population or 0) * REGION_OUTWEIGHS <= (e.population or 0)}
        if twins and any(o.id in twins for k in keys(surface + " City") for o, _ in gaz.lookup(k)):
            return [(o, g) for o, g in found if o.id not in twins]
    return found


_PARTIAL_KINDS = {"country", "province", "region", "water", "place"}


def _name_parts(surface: str) -> list[str]:
    """Contiguous word runs of a multi-word name, longest first, capitalised ones only, never
    a lone generic word ("Royal Street" does not name a town called Street)."""
    words = [w for w in re.split(r"[\s/]+", surface) if w]
    if len(words) < 2:
        return []
    subs = [words[i:i + n] for n in range(len(words) - 1, 0, -1) for i in range(len(words) - n + 1)]
    return [" ".join(x) for x in subs if x[0][:1].isupper()
            and (len(" ".join(x)) >= 4 or (len(x) == 1 and x[0].isupper() and len(x[0]) >= 2))  # "US Federal Reserve"
            and not all(w.lower().strip(".,'’") in PART_WORDS for w in x)]


def partial_candidates(gaz: Gazetteer, surface: str) -> list[tuple[Entry, str]]:
    """A name the gazetteer lacks but that contains one it knows: "West Surrey", "Colorado
    State University", "Dubai World Cup" → the longest known part (form "partial": the
    mention is *in* or *of* that place, precision 2 at best)."""
    subs = [x for x in _name_parts(surface) if not _named_after(surface, x) and not _given_name_before(surface, x)]
    gaz.prefetch(k for x in subs for k in keys(x))
    # the longest known parts; among parts of one length a country or region before a town
    # ("Bank of Mexico" is Mexico's, not the town of Bank's), towns left to the ranking
    for n in sorted({len(x.split()) for x in subs}, reverse=True):
        hits = [(e, f) for x in subs if len(x.split()) == n for k in keys(x) for e, f in gaz.lookup(k)
                if e.kind in _PARTIAL_KINDS and f != "alt" and (e.kind != "place" or e.population >= 5000)
                and (f != "demonym" or e.kind in ("country", "region"))]
        if hits:
            big = [(e, f) for e, f in hits if e.kind != "place" and not _outsized(e, hits)]
            return [(e, "partial") for e, _ in (big or hits)]
    return []


# words that may stand before a place's name inside a longer name of the same place
_LEAD_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
               "upper", "lower", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
               "southeastern", "southwestern", "downtown", "uptown", "midtown", "rural", "metro", "suburban",
               "upstate", "downstate", "inner", "outer", "old", "new", "coastal", "occupied", "free", "republic", "historic",
               "city", "county", "state", "province", "governorate", "district", "the"}


def _given_name_before(surface: str, part: str) -> bool:
    """"Tiffany Walden", "Melky Rodriguez": a short run of capitalised words whose last is a
    town's name and whose first is no direction or region word is a person's name — the
    town is the surname, not a part of the mention."""
    words = surface.split()
    if "\n" in surface:
        return False  # words either side of a line break ("Buy Photo⏎⏎Wilmington police") are no one's name
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words):
        return False
    if " ".join(words[-len(part.split()):]) != part or len(part.split()) >= len(words):
        return False
    return not any(w.lower().strip(".") in _LEAD_WORDS for w in words[:len(words) - len(part.split())])


def _named_after(surface: str, part: str) -> bool:
    """True when ``part`` follows a name-making word in ``surface``: "Havana" in "Little Havana"."""
    words = [w.lower().strip(".,'’") for w in re.split(r"[\s/]+", surface) if w]
    n = len(part.split())
    for i in range(1, len(words) - n + 1):
        if " ".join(words[i:i + n]) == part.lower().replace(".", "").replace("’", "").replace("'", "") or \
                " ".join(words[i:i + n]) == " ".join(w.lower().strip(".,'’") for w in part.split()):
            if words[i - 1] in NAME_MAKERS:
                return True
    return False


def _outsized(province: Entry, cands) -> bool:
    """Whether a same-named town elsewhere holds at least half as many people as the whole
    province ("Toledo", the Belizean district of 30,000, beside Toledo, Ohio; "Bari", the
    Somali region, beside the Italian city): read bare, the town is the likelier."""
    return province.kind == "province" and any(
        o.kind == "place" and o.population > OUTSIZING_SHARE * (province.population or 0)
        and f in ("name", "variant", "partial") for o, f in cands)
