"""A local outlet's home region, learnt from its own stories, and the namesake towns it settles.

A local newsroom reports on its own region. When a Lexington station's story names
"Winchester" and nothing else that places it, it is Winchester, Kentucky, not the larger
Winchester in Nevada that the story read alone picks. The station's domain ("lex18.com") does
not say where it is, but its other stories do: most of them are placed in Kentucky.

``home_regions`` reads each outlet's home from its placed articles (``article_region``: where
each one's first event, or else its first town, lies); ``place_at_home`` moves an article's
events and place mentions from a far-away namesake to the namesake in the outlet's home region
(one of the mention's own candidate readings). A namesake near the home region is kept: a
Louisville station covers Jeffersonville, Indiana, across the river. So is a reading the
article supports by naming anything else in that state. The link stage does this over the store
(``link.outlet_homes``); ``settle_at_home`` does it over articles held in memory.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional

from ..model import Analysis, Article, Place, PlaceMention, from_dict, to_dict
from .distance import haversine_km
from .nonplaces import QUALIFIER
from .normalise import fold
from .units import CAPITAL_NAMESAKE_POPULATION

HOME_MIN_ARTICLES = 3  # an outlet has a home once this many of its articles are placed ...
# ... and at least this share of them lie in one region, more than in any other: before the
# moves, a local paper's own region may hold no more than half of its stories (the rest read at
# far-away namesakes of its towns: a Fort Worth paper's "Mansfield" and "Arlington")
HOME_MIN_SHARE = 0.5
# a page that names no place at all is placed in its outlet's region only when three in five of
# the outlet's stories lie there: stations that carry their sister stations' stories (a Georgia
# station's report of a Memphis shooting) place about half of them at home
PAGE_HOME_SHARE = 0.6
HOME_FAR_KM = 500.0  # a reading nearer than this to the home region's centre may be news from next door ...
# ... unless the home region's namesake is a town at least this share of its size: "Smyrna" in a
# Nashville station's story is Smyrna, Tennessee, not Smyrna, Georgia (as big, 300 km off); a
# Louisville station's "Jeffersonville" is the city across the river in Indiana, not the
# Kentucky village of 1,700 people
NEAR_NAMESAKE_SHARE = 0.25
# the place mentions a move home concerns, and that tell where an article without a placed event is
TOWN_KINDS = ("place", "region")


@dataclass(frozen=True)
class Home:
    """An outlet's home region: (country ISO2, admin1) and the region's centre."""

    country: str
    admin1: str
    lat: float
    lon: float


def home_regions(rows: Iterable[tuple[str, str, str]], min_share: float = HOME_MIN_SHARE) -> dict[str, tuple[str, str]]:
    """{outlet: (country, admin1)} from ``(outlet, country, admin1)`` rows, one per placed
    article: the region that holds more of an outlet's articles than any other, when they are
    enough and it holds at least ``min_share`` of them. Ties have no home."""
    by: dict[str, Counter] = {}
    for outlet, country, admin1 in rows:
        if outlet and country and admin1:
            by.setdefault(outlet, Counter())[(country, admin1)] += 1
    leaders = []
    for outlet, regions in by.items():
        (best, n), *rest = regions.most_common(2) + [(None, 0)]
        leaders.append((outlet, *best, n, rest[0][1], sum(regions.values())))
    return homes_of_leaders(leaders, min_share)


def homes_of_leaders(leaders: Iterable[tuple[str, str, str, int, int, int]], min_share: float = HOME_MIN_SHARE
                     ) -> dict[str, tuple[str, str]]:
    """``home_regions`` from each outlet's leading region: ``(outlet, country, admin1, its
    articles, the runner-up region's articles, all the outlet's placed articles)`` (the store
    ranks them in SQL, ``store.outlethomes.region_leaders``)."""
    return {outlet: (country, admin1) for outlet, country, admin1, n, runner_up, total in leaders
            if total >= HOME_MIN_ARTICLES and n / total >= min_share and n > runner_up}


def article_region(analysis: Analysis) -> tuple[Optional[str], Optional[str]]:
    """(country, admin1) where an article's own words put it, as its outlet's home is learnt:
    the region of its first placed event, else of its first town or county. A local paper's
    story about a council meeting or a school names its towns as surely as a crime report names
    the street, and tells as much about where the newsroom is. (None, None) when it places
    nothing in a region. ``store.outlethomes.article_regions`` is the same rule in SQL."""
    for e in analysis.events:
        pl = (e.place.place or e.place.within) if e.place is not None else None
        if pl is not None and pl.country and pl.admin1:
            return pl.country, pl.admin1
    for pm in analysis.places:
        if pm.kind in TOWN_KINDS and pm.place is not None and pm.place.country and pm.place.admin1:
            return pm.place.country, pm.place.admin1
    return None, None


def _region(pm: Optional[PlaceMention]) -> Optional[tuple[str, str]]:
    p = pm.place if pm is not None else None
    return (p.country, p.admin1) if p is not None and p.country and p.admin1 else None


Lookup = Callable[[str, Home], Optional[Place]]


def place_at_home(analysis: Analysis, home: Home, lookup: Optional[Lookup] = None) -> dict[str, PlaceMention]:
    """The mentions to move home: {``e<i>`` (event i's place) or ``p<i>`` (place mention i):
    the mention read as its namesake in ``home``}. A town or county read in another region, far
    from the home region's centre, moves when a town or county of the same name lies in the
    home region (one of the mention's candidate readings, else what ``lookup`` finds) and the
    article names nothing else in the region it was read in. A reading near the home region
    moves only to a home town of comparable size (``NEAR_NAMESAKE_SHARE``): a small namesake at
    home does not outweigh the larger town next door that the story more likely means."""
    found: list[tuple[str, PlaceMention, Place]] = []  # (key, mention, its namesake at home)
    for key, pm in [(f"e{i}", e.place) for i, e in enumerate(analysis.events)] + \
                   [(f"p{i}", pm) for i, pm in enumerate(analysis.places)]:
        p = pm.place if pm is not None else None
        region = _region(pm)
        if p is None or region is None or region == (home.country, home.admin1) or pm.kind not in TOWN_KINDS:
            continue
        if p.lat is None or p.lon is None:
            continue
        near = haversine_km(p.lat, p.lon, home.lat, home.lon) < HOME_FAR_KM
        there = _namesake(pm, home, lookup)
        if there is not None and not _capital_stays(p, there) and (not near or _as_big(there, p)):
            found.append((key, pm, there))
    if not found:
        return {}
    moving = {pm.place.name for _, pm, _ in found}
    # the article names something else in that region ("Winchester … Las Vegas police"): it is read right
    supported = {_region(pm) for pm in analysis.places if _region(pm) is not None and pm.place.name not in moving}
    # ... or writes the town's state after it ("GEORGETOWN, Ind. --", "Kansas City, Kan., police")
    qualified = {pm.place.name for _, pm, _ in found if _state_written_after(analysis.article.text, pm)}
    out: dict[str, PlaceMention] = {}
    for key, pm, there in found:
        if _region(pm) in supported or pm.place.name in qualified:
            continue
        moved = copy.deepcopy(pm)
        moved.place = copy.deepcopy(there)
        if (there.feature_code or "").startswith("ADM") and pm.kind == "place":
            moved.kind, moved.geo_precision = "region", 2  # the town's county: ACLED's "part of a region"
        moved.reason = (f"{pm.place.name} of {home.admin1}, the outlet's home region, "
                        f"not the far-away {pm.place.name} of {pm.place.admin1}")
        out[key] = moved
    return out


def _state_written_after(text: str, pm: PlaceMention) -> bool:
    """The text writes the region the mention was read in after the town's name, anywhere
    (the dateline the focus was read from too), spelt out or abbreviated as the press
    abbreviates states ("Georgetown, Indiana", "GEORGETOWN, Ind.", "Kansas City, Kan.",
    "Columbia, S.C.", "Smyrna, TN"): the letters of the abbreviation run in order through the
    region's name from its first letter."""
    name = [c for c in fold(pm.place.admin1 or "") if c.isalpha()]
    if not text or not name:
        return False
    for said in {w for w in (pm.surface, pm.place.name) if w}:
        for at in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", text, re.I):
            m = QUALIFIER.match(text[at.end():at.end() + 40])
            # (a dateline's dash or a station's brackets end it: "MILLFORD, Ohio -- A man …")
            written = [c for c in fold(re.split(r"\s+[-–—(]", m.group(1))[0]) if c.isalpha()] if m else []
            rest = iter(name[1:])
            if written and written[0] == name[0] and all(c in rest for c in written[1:]):
                return True
    return False


def _as_big(there: Place, read: Place) -> bool:
    """The home namesake is a town (not the county a bare name may also mean) at least
    ``NEAR_NAMESAKE_SHARE`` the size of the town read next door; sizes unknown say nothing."""
    if (there.feature_code or "").startswith("ADM") or not there.population or not read.population:
        return False
    return there.population >= NEAR_NAMESAKE_SHARE * read.population


def _capital_stays(read: Place, there: Place) -> bool:
    """A local paper names a nation's capital for its government ("lawmakers in Washington",
    "talks in Brussels") as any paper does, not for a village or county of that name at home;
    only a home town big enough to be news in its own right is read there (the Paris, Texas
    paper's Paris; the London, Ontario paper's London)."""
    return (read.feature_code or "") == "PPLC" and (
        (there.feature_code or "").startswith("ADM") or (there.population or 0) < CAPITAL_NAMESAKE_POPULATION)


# "DeKalb" in an Atlanta paper is DeKalb County: a town's bare name also names the county called after it
COUNTY_WORDS = ("county", "parish")


def _namesake(pm: PlaceMention, home: Home, lookup: Optional[Lookup]) -> Optional[Place]:
    # the name as the gazetteer reads it, then as the text writes it ("Springfield" read as a
    # neighbourhood named "Springfield Gardens" far away is still Springfield at home)
    names: list[str] = []
    for name in dict.fromkeys([pm.place.name] + ([pm.surface] if pm.surface else [])):
        names += [name] + ([f"{name} {w.title()}" for w in COUNTY_WORDS] if not fold(name).endswith(COUNTY_WORDS) else [])
    for wanted in names:
        for c in pm.candidates:
            if (c.country, c.admin1) == (home.country, home.admin1) and fold(c.name) == fold(wanted):
                return c
        found = lookup(wanted, home) if lookup is not None else None
        if found is not None and fold(found.name) == fold(wanted):
            return found
    return None


# reads one mention off a page for the outlet's home region (its headline's town, the region itself)
PageReader = Callable[[Article, Home], Optional[PlaceMention]]


def place_headline_at_home(analysis: Analysis, home: Home, read_title: PageReader) -> dict[str, PlaceMention]:
    """For a page whose text places nothing (a sign-up wall under the story's headline): its
    events take the headline's town as read in the outlet's home region ("Gun violence in
    Columbus" from a Columbus, Ohio paper). ``read_title`` gives that town as a mention, or
    None when the headline names no town there. Keys as ``place_at_home`` gives them."""
    if not analysis.article.title:
        return {}
    return _unplaced_events_take(analysis, home, read_title)



def place_page_in_home_region(analysis: Analysis, home: Home, read_region: PageReader) -> dict[str, PlaceMention]:
    """For a page that names no place at all, not even in its headline (a sign-up wall under
    "Man killed in apparent drive-by shooting in SW…", a two-line brief): its events take the
    outlet's home region, at region precision (the link stage does this only for an outlet
    whose home holds ``PAGE_HOME_SHARE`` of its stories). A local newsroom's story with no place of its
    own is news from its own state (the same reading ``outlet_state`` gives a paper named after
    its state); the home is learnt from the outlet's other stories, never from this one. Keys as
    ``place_at_home`` gives them."""
    return _unplaced_events_take(analysis, home, read_region)


def _unplaced_events_take(analysis: Analysis, home: Home, read: PageReader) -> dict[str, PlaceMention]:
    """{``e<i>``: the mention ``read`` gives} for every event without a place, on a page whose
    text places nothing, when that mention lies in the home region."""
    if any(pm.place is not None for pm in analysis.places):
        return {}
    unplaced = [i for i, e in enumerate(analysis.events)
                if e.place is None or (e.place.place is None and e.place.within is None)]
    pm = read(analysis.article, home) if unplaced else None
    if pm is None or pm.place is None or (pm.place.country, pm.place.admin1) != (home.country, home.admin1):
        return {}
    return {f"e{i}": pm for i in unplaced}


def apply_places(analysis: Analysis, mentions: dict[str, PlaceMention]) -> Analysis:
    """A copy of ``analysis`` with these mentions in place (keys as ``place_at_home`` gives);
    an event takes its new place's coordinates."""
    out = copy.deepcopy(analysis)
    for key, pm in mentions.items():
        i = int(key[1:])
        if key[0] == "e" and i < len(out.events):
            ev = out.events[i]
            ev.place = copy.deepcopy(pm)
            if pm.place is not None and pm.place.lat is not None:
                ev.latitude, ev.longitude = pm.place.lat, pm.place.lon
            if pm.geo_precision is not None:
                ev.geo_precision = pm.geo_precision
        elif key[0] == "p" and i < len(out.places):
            out.places[i] = copy.deepcopy(pm)
    return out


def mentions_at(analysis: Analysis, keys: Iterable[str]) -> dict[str, dict]:
    """The mentions (as plain dicts, with an event's coordinates) at these keys: what is saved
    to undo a move, and what tells whether an article was extracted again since."""
    out: dict[str, dict] = {}
    for key in keys:
        i = int(key[1:])
        if key[0] == "e" and i < len(analysis.events):
            ev = analysis.events[i]
            out[key] = {"mention": to_dict(ev.place), "lat": ev.latitude, "lon": ev.longitude,
                        "precision": ev.geo_precision}
        elif key[0] == "p" and i < len(analysis.places):
            out[key] = {"mention": to_dict(analysis.places[i])}
    return out


def restore(analysis: Analysis, saved: dict[str, dict]) -> Analysis:
    """``analysis`` with the mentions ``mentions_at`` saved put back (coordinates included)."""
    out = copy.deepcopy(analysis)
    for key, item in saved.items():
        i = int(key[1:])
        pm = from_dict(PlaceMention, item["mention"]) if item.get("mention") is not None else None
        if key[0] == "e" and i < len(out.events):
            out.events[i].place = pm
            out.events[i].latitude, out.events[i].longitude = item.get("lat"), item.get("lon")
            out.events[i].geo_precision = item.get("precision")
        elif key[0] == "p" and i < len(out.places) and pm is not None:
            out.places[i] = pm
    return out


def home_gazetteer(gaz, regions: Iterable[tuple[str, str]]) -> tuple[dict[tuple[str, str], Any], Lookup]:
    """The province entry of each home region the gazetteer knows (its centre is a fixed point,
    so the moves do not depend on which of the outlet's articles are stored), and a lookup of
    the town or county of a name in a home region."""
    from .namesakes import town_in

    provinces = {}
    for country, admin1 in regions:
        e = gaz.province(country, admin1)
        if e is not None and e.lat is not None and e.lon is not None:
            provinces[(country, admin1)] = e

    def lookup(name: str, home: Home) -> Optional[Place]:
        region = provinces.get((home.country, home.admin1))
        e = town_in(gaz, name, region) if region is not None else None
        return e.to_place() if e is not None else None

    return provinces, lookup


def settle_at_home(gaz, analyses: list[Analysis]) -> list[Analysis]:
    """``analyses`` as the link stage leaves their place mentions once they are stored together:
    each outlet's home learnt from these articles (``home_regions`` over ``article_region``), and
    each article's far-away namesakes moved there (``place_at_home``). The page-level readings of
    the link stage (a headline's town, the home region for a page that names no place) concern
    events only and are left to it."""
    homes = home_regions((an.article.outlet, *article_region(an)) for an in analyses)
    provinces, lookup = home_gazetteer(gaz, set(homes.values()))
    out = []
    for an in analyses:
        home = homes.get(an.article.outlet)
        region = provinces.get(home) if home else None
        moves = place_at_home(an, Home(*home, region.lat, region.lon), lookup) if region is not None else {}
        out.append(apply_places(an, moves) if moves else an)
    return out
