"""Where a news outlet's own name says it is from: the large town in its name or domain
("www.chicagotribune.com" → Chicago), the state ("nbcconnecticut.com"), the country of its
country-code domain ("bbc.co.uk"), the state a page's section names ("…/news/iowa/child-shot-…").
``focus.article_focus`` weighs them as evidence of where the article is; none of them names a
place of the story by itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .gazetteer import Gazetteer
from .normalise import GENERIC_WORDS, fold, key
from .records import Entry

OUTLET_MIN_POPULATION = 100_000
OUTLET_MIN_KEY = 6  # "miami" is too short to find inside a domain name safely; "toledo" is not


@lru_cache(maxsize=4)
def _big_towns(gaz: Gazetteer) -> tuple[tuple[str, int], ...]:
    rows = gaz.con.execute("SELECT name, id FROM places WHERE kind = 'place' AND population >= ?",
                           [OUTLET_MIN_POPULATION]).fetchall()
    return tuple((key(n), i) for n, i in rows if len(key(n)) >= OUTLET_MIN_KEY)


COVERING_TOWN_POPULATION = 20_000  # a town or county this large whose name holds a large town's ("Bradenton"
# holds "Denton", "Burlington County" Burlington)


@lru_cache(maxsize=4)
def _covering_towns(gaz: Gazetteer) -> frozenset[str]:
    rows = gaz.con.execute("SELECT name FROM places WHERE kind IN ('place', 'district') AND population >= ?",
                           [COVERING_TOWN_POPULATION]).fetchall()
    return frozenset(key(n) for n, in rows if len(key(n)) > OUTLET_MIN_KEY)


def _inside_longer_town(gaz: Gazetteer, town_key: str, outlet_key: str) -> bool:
    """Whether the outlet's name holds ``town_key`` only as part of a longer town's or county's
    name ("bradenton.com" is Bradenton's paper, not Denton's; "burlingtoncountytimes.com" is no
    paper of Burlington, Ontario)."""
    return any(len(t) > len(town_key) and town_key in t and t in outlet_key for t in _covering_towns(gaz))


def outlet_home(gaz: Gazetteer, outlet: Optional[str]) -> list[Entry]:
    """The large towns whose name the outlet's name or domain contains ("www.chicagotribune.com"
    → Chicago), the longest such name; several when several large towns bear it."""
    return list(_outlet_homes(gaz, outlet)) if outlet else []


@lru_cache(maxsize=4096)  # (one feed's articles share a handful of outlets)
def _outlet_homes(gaz: Gazetteer, outlet: str) -> tuple[Entry, ...]:
    ok = key(outlet)
    hits = [(len(k), i) for k, i in _big_towns(gaz) if k in ok and not _inside_longer_town(gaz, k, ok)]
    if not hits:
        return ()
    longest = max(n for n, _ in hits)
    return tuple(e for e in (gaz.get(i) for n, i in sorted(hits) if n == longest) if e is not None)


OUTLET_STATE_MIN_KEY = 6  # a state's name anywhere in the domain ("nbcconnecticut.com")
OUTLET_STATE_EDGE_KEY = 4  # a shorter one only where a label starts ("ohio.com", "idahopress.com")
OUTLET_STATE_POPULATION = 1_000_000  # a small province's name is too often some other word


@lru_cache(maxsize=4)
def _provinces(gaz: Gazetteer) -> tuple[tuple[str, int], ...]:
    rows = gaz.con.execute("SELECT name, id FROM places WHERE kind = 'province' AND population >= ?",
                           [OUTLET_STATE_POPULATION]).fetchall()
    # not a province named by common words ("Central", "North-West", "Capital")
    return tuple((key(n), i) for n, i in rows if len(key(n)) >= OUTLET_STATE_EDGE_KEY
                 and not set(fold(n).split()) <= GENERIC_WORDS | {"capital"})


# country-code domains sold to all comers, which name no country ("news.tv", "radio.fm", "x.io")
_OPEN_CCTLDS = {"tv", "io", "co", "me", "fm", "ly", "ai", "cc", "ws", "to", "am", "gg", "la", "im", "sh", "ac",
                "nu", "tk", "ms", "vc", "gl", "ag", "bz", "cx", "eu", "us"}


def outlet_country(gaz: Gazetteer, outlet: Optional[str]) -> Optional[Entry]:
    """The country a news site's country-code domain names ("www.theherald.com.au" → Australia,
    "bbc.co.uk" → the United Kingdom); None for a generic or an open domain, or a plain name."""
    if not outlet or "." not in outlet or " " in outlet:
        return None
    tld = outlet.lower().rstrip(".").rsplit(".", 1)[-1]
    if len(tld) != 2 or not tld.isalpha() or tld in _OPEN_CCTLDS:
        return None
    return gaz.country("GB" if tld == "uk" else tld.upper())


def _a_large_towns_name(gaz: Gazetteer, name_key: str) -> bool:
    """Whether a town of ``OUTLET_MIN_POPULATION`` or more bears the name ("washington", "kansascity")."""
    return any(e.kind == "place" and e.population >= OUTLET_MIN_POPULATION for e, _ in gaz.lookup(name_key))


def outlet_state(gaz: Gazetteer, outlet: Optional[str]) -> Optional[Entry]:
    """The state or province a local outlet's name or domain names ("www.nbcconnecticut.com",
    "www.kansas.com", "idahopress.com"): where its stories are. Not when a large town's name
    covers the match ("kansascity.com" is Kansas City's paper, "washingtonpost.com" Washington's),
    nor when two provinces' names fit equally."""
    if not outlet:
        return None
    labels = [key(x) for x in outlet.lower().split(".") if x and x not in ("www", "m", "com", "net", "org")]
    hits: list[tuple[int, int]] = []
    for k, i in _provinces(gaz):
        for lab in labels:
            at = lab.find(k)
            if at < 0 or (len(k) < OUTLET_STATE_MIN_KEY and at != 0):
                continue
            if any(len(t) > len(k) and k in t and t in lab for t, _ in _big_towns(gaz)) or _a_large_towns_name(gaz, k):
                continue  # the paper of a large town that bears (or contains) the name
            hits.append((len(k), i))
    if not hits:
        return None
    longest = max(n for n, _ in hits)
    ids = {i for n, i in hits if n == longest}
    if len(ids) != 1:
        return None
    return gaz.get(ids.pop())  # (the longest name: "arkansasonline.com" holds "kansas" too)


def url_section_state(gaz: Gazetteer, url: Optional[str]) -> Optional[Entry]:
    """The state or province a section of the page's address names ("globegazette.com/news/iowa/
    child-shot-at-…" → Iowa): a site files its stories by where they are. Only a whole section
    (not the story's own slug, the last part) that is a large province's name and no large
    town's ("/news/washington/" may be the city); None when sections name two provinces."""
    if not url:
        return None
    from urllib.parse import urlparse

    try:
        parts = [p for p in urlparse(url).path.split("/") if p][:-1]
    except ValueError:  # a malformed address names nothing
        return None
    provinces = dict(_provinces(gaz))
    found = set()
    for part in parts:
        k = key(part.replace("-", " ").replace("_", " "))
        if k in provinces and not _a_large_towns_name(gaz, k):
            found.add(provinces[k])
    return gaz.get(found.pop()) if len(found) == 1 else None
