"""The article's focus: where a story is, before any single name is read.

An analyst reading "Memphis police said …" in a Memphis TV station's story does not wonder
whether it is Memphis, Michigan: the dateline ("STOCKTON, Calif. —"), the headline ("…
- WMC Action News 5 - Memphis, Tennessee"), the outlet's home town ("chicagotribune.com") and
the places the story names most say where it is. ``article_focus`` reads that evidence and
returns weighted gazetteer entries; ``resolve.resolve_mentions`` takes them as a prior for
every mention (they join the context the other mentions give).

Pure over its inputs: (text, title, outlet, gazetteer) in, ``Focus`` out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..lang import joined
from .candidates import WHOLE_NAME_TOWN_POPULATION
from .gazetteer import Gazetteer
from .namesakes import MODIFIER_MIN_POPULATION, leading_town, leading_town_named, only_county, region_entry, \
    sole_town, town_in
from .nonplaces import SITE_WORDS
from .normalise import key, keys
from .nation_cues import cued_country
from .outlet_names import outlet_country, outlet_home, outlet_state, url_section_state
from .records import Entry

DATELINE_WEIGHT = 3.0  # "PUYALLUP, Wash. —": the town the report was filed from
TITLE_WEIGHT = 2.0  # a place the headline names
OUTLET_WEIGHT = 1.0  # the town in the outlet's name ("Toledo Blade", "nbcmiami.com")
PHONE_WEIGHT = 2.0  # the state of the story's tip-line numbers ("call 513-352-3040": Ohio)
CUED_CHARS = 20_000  # the story's words that may name its country's institutions
CUED_HOME_POPULATION = 10_000  # an outlet's home town in the story's country, if that large

# Local-news datelines: a line that opens with a place in capitals, optionally ", State" or
# ", County", optionally "(Station)" or "(Date)", then a dash. "STOCKTON-", "FORT HOOD —",
# "PUYALLUP, Wash. —", "ALTURAS, Modoc County (KPIX 5) —", "FRANKLIN (Feb. 4, 2014) –".
_CAPS = r"[A-Z][A-Z'’.\-]*[A-Z.](?:[ \u00a0]+(?:[A-Z][A-Z'’.\-]*[A-Z.]|St\.|Ste\.))*"
_LOCAL_DATELINE = re.compile(
    rf"(?m)^[ \t\u00a0\u200b\u200c\u200d\u2060\ufeff]*(?P<place>{_CAPS})"  # (a zero-width space may open a line)
    r"(?:,[ \t\u00a0]*(?P<qual>[A-Z][A-Za-z.]*\.?(?:[ \t][A-Z][A-Za-z.]*){0,2}))?"
    r"[ \t\u00a0]*(?:\([^()\n]{1,40}\)[ \t\u00a0]*)?(?:—|–|--|-|:|_)(?=[\s\w“\"])")
DATELINE_WITHIN = 600  # characters from the start of the text a dateline may open a line at

# "Memphis, Tennessee", "Lexington, SC": a town and the region after its comma
_TOWN_REGION = re.compile(r"\b([A-Z][\w'’.\-]*(?:[ ][A-Z][\w'’.\-]*){0,3}),[ ]*"
                          r"([A-Z][A-Za-z.]*(?:[ ][A-Z][a-z.]+)?)(?=$|[^\w]|\s)")
# "in Pasadena", "in northwest Atlanta", "in downtown St. Louis"
_TITLE_LOCATIVE = re.compile(r"\b(?i:in|near|at|outside)\s+(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+|"
                             r"(?:downtown|suburban|rural|central)\s+)?((?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3})")


_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
             "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
             "easter"}


@dataclass
class Focus:
    """Weighted evidence of where the article is: (entry, weight, where it was read)."""

    items: list[tuple[Entry, float, str]] = field(default_factory=list)
    dateline: Optional[tuple[int, int]] = None  # span of the dateline's place in the text
    suffix: set = field(default_factory=set)  # ids of headline places read only from its outlet suffix

    def weighted(self) -> list[tuple[Entry, float]]:
        return [(e, w) for e, w, _ in self.items]

    def country(self) -> Optional[str]:
        """The country the focus evidence names (by weight), if any."""
        tally: dict[str, float] = {}
        for e, w, _ in self.items:
            if e.country:
                tally[e.country] = tally.get(e.country, 0.0) + w
        return max(tally, key=lambda c: (tally[c], c)) if tally else None

    def town(self) -> Optional[Entry]:
        """The dateline's town, else the headline's."""
        for src in ("dateline", "title"):
            towns = [e for e, _, s in self.items if s == src and e.kind == "place"]
            if towns:
                return towns[0]
        return None


_SUFFIX_CUT = re.compile(r"\s+(?:[-–—|]|::)\s+")


def headline_proper(title: str) -> str:
    """The headline without what a page appends after " - " or " | " (the outlet, its station
    and home town: "… - WXOW News 19 La Crosse, WI"): where the story is told, not who tells it."""
    return _SUFFIX_CUT.split(title, maxsplit=1)[0]


def local_dateline(text: str) -> Optional[tuple[int, int, str, Optional[str]]]:
    """(start, end, place, qualifier) of a local-news dateline near the top of ``text``; a
    newsroom's label ("JUST IN:", "UPDATE —") is none."""
    for m in _LOCAL_DATELINE.finditer(text[:DATELINE_WITHIN]):
        place = m.group("place").strip()
        if len(place) < 3 or not any(c.isalpha() for c in place) or _newsroom_label().fullmatch(place):
            continue
        return m.start("place"), m.start("place") + len(place), place, m.group("qual")
    return None


@lru_cache(maxsize=1)
def _newsroom_label() -> re.Pattern:
    return re.compile(r"(?:" + joined("datelines", "newsroom_label") + r")[.!]?", re.IGNORECASE)


# "EL DORADO (KATV) –": a broadcaster's call sign in a dateline's brackets; those that begin
# with K or W are stations of the United States (ITU prefixes), so the town is an American one.
_US_CALL_SIGN = re.compile(r"\s*\(\s*[KW][A-Z]{2,3}(?:[- ](?:TV|DT|FM|AM|CD|LD))?\s*\)")


def dateline_country(gaz: Gazetteer, text: str, end: int) -> Optional[Entry]:
    """The country a dateline's bracketed station names (only US call signs are read)."""
    return gaz.country("US") if _US_CALL_SIGN.match(text, end) else None


def _dateline_entry(gaz: Gazetteer, place: str, qual: Optional[str], country: Optional[Entry] = None) -> Optional[Entry]:
    name = place.title() if place.isupper() else place
    region = country
    if qual:
        qual = qual.strip()
        region = region_entry(gaz, qual)
        if region is None and re.search(r"\b(?:County|Parish)$", qual, re.IGNORECASE):
            county = town_in(gaz, qual)  # "Modoc County", "ONSLOW COUNTY"
            if county is not None:
                region = gaz.province(county.country, county.admin1)
    town = town_in(gaz, name, region)
    if town is None and region is None:
        return region_entry(gaz, name)  # "SYRIA —"
    return town or region


# news style writes the state after every dateline town but the few large cities known on
# their own ("DALLAS —", "CHICAGO —"); such a dateline is that city, whatever its streets' names
DATELINE_CITY = 500_000
CLEAR = 0.65  # a headline's or outlet's town counts only when read with this confidence


def _resolved(gaz: Gazetteer, text: str, spans: list[tuple[int, int]],
              body: Optional[tuple[str, list[tuple[int, int]]]] = None, homes: tuple[Entry, ...] = (),
              frame: tuple[tuple[Entry, float], ...] = ()) -> list[Entry]:
    """The entries the headline's spans resolve to, read together with the article's own
    place names when ``body`` (text, spans) is given: "in Weir" is the Weir of the counties
    the story names, not the largest Weir anywhere. A town the outlet is named after
    (``homes``) counts even when its name alone is ambiguous: a Kansas City paper's "Kansas
    City girl shot" is about its own Kansas City. ``frame``: weighted states the outlet's name
    or the story's tip lines name — a Connecticut station's "Colchester" is Colchester,
    Connecticut, not the larger Colchester in England."""
    from .resolve import resolve_mentions  # resolve imports nothing from here; avoid a cycle at import

    spans = sorted(set(spans))
    spans = [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]
    n = len(spans)
    if body is not None and body[1]:
        off = len(text) + 2
        text = text + "\n\n" + body[0]
        spans = spans + [(a + off, b + off) for a, b in body[1]]
    home_ids = {h.id for h in homes}
    prior = [(h, OUTLET_WEIGHT / len(homes)) for h in homes] + list(frame)
    return [r.chosen for r in resolve_mentions(gaz, text, spans, prior=prior)[:n]
            if r.chosen is not None and (r.confidence >= CLEAR or r.chosen.kind in ("province", "country")
                                         or r.chosen.id in home_ids or _leads_namesakes(r))]


def _leads_namesakes(r) -> bool:
    """Whether the chosen town is the one of its name that outsizes all others ("killed in
    Bluffton": Bluffton, South Carolina, not the smaller Blufftons of Indiana and Ohio)."""
    same = [e for _, e in r.ranked if e.kind == "place" and key(e.name) == key(r.chosen.name)]
    return leading_town(same) is r.chosen if same else False


def title_places(gaz: Gazetteer, title: str,
                 body: Optional[tuple[str, list[tuple[int, int]]]] = None, homes: tuple[Entry, ...] = (),
                 frame: tuple[tuple[Entry, float], ...] = ()) -> list[Entry]:
    """Places a headline names: "Town, State" pairs (its station suffix included), state and
    country names, and a town after "in"/"near"/"at", each read as the resolver reads it
    (the state after a comma qualifies its town) and kept only when the reading is clear."""
    title = title or ""
    spans: list[tuple[int, int]] = []
    framing: list[Entry] = []  # the states the headline's "Town, State" pairs name
    counties: list[Entry] = []  # counties a headline names without the word "County"
    homes_named: list[tuple[int, int]] = []  # towns that name a person ("Brooklyn man"), where he lives
    read: list[list[Entry]] = []

    def body_places() -> list[Entry]:  # the story's own places, read once and only if asked for
        if not read:
            read.append(_body_places(gaz, body))
        return read[0]

    for m in _TOWN_REGION.finditer(title):
        town = m.span(1)
        words = list(re.finditer(r"[^\s\-–—]+", m.group(1)))  # "Sports-Hattiesburg, MS": the town after the hyphen
        for w in words[1:]:  # "… 9 News Baton Rouge, Louisiana": the town is the run's known tail
            if town_in(gaz, m.group(1)) is not None or town_in(gaz, m.group(1)[w.start():]) is None:
                continue
            town = (m.start(1) + w.start(), m.end(1))
            break
        region = region_entry(gaz, m.group(2))
        if region is not None:
            spans += [town, m.span(2)]
            if region.kind == "province":
                framing.append(region)
        elif " " in m.group(2) and region_entry(gaz, m.group(2).split()[0]) is not None:
            # "… - WAFB 9 News Baton Rouge, Louisiana News, Weather": the state, then the desk
            spans += [town, (m.start(2), m.start(2) + len(m.group(2).split()[0]))]
    for m in _CAPITALISED_RUN.finditer(title):
        spans += _regions_in_run(gaz, title, m)
    for m in _TITLE_LOCATIVE.finditer(title):
        words = list(re.finditer(r"\S+", m.group(1)))
        first = 0
        if len(words) > 1 and _possessive_country(gaz, words[0].group(0)):
            first = 1  # "in Syria's Idlib", "in Syrias Idlib" (apostrophes stripped): the place after
        for n in range(len(words), first, -1):  # "in Pasadena Shooting": the longest known prefix
            a, b = m.start(1) + words[first].start(), m.start(1) + words[n - 1].end()
            if words[0].group(0).lower().strip(".,") in _CALENDAR:
                break  # "in May 25", "on Sunday"
            if n < len(words) and words[n].group(0).lower().strip(".,:;'’") in SITE_WORDS:
                continue  # "at Douglass Park": a park named after someone, not the town of Douglass
            if town_in(gaz, title[a:b]) is not None:
                spans.append((a, b))
                break
    for m in _TOWN_MODIFIER.finditer(title):
        name, at = m.group(1), m.start(1)
        first = name.split()[0]
        part_of_town = " " in name and first.lower() in _PART_OF_TOWN and not _whole_town(gaz, name)
        if part_of_town:
            # "Downtown Austin shooting", "North Omaha teen" (but "East Chicago girl" is from East Chicago)
            at += len(name) - len(name[len(first):].lstrip())
            name = name[len(first):].lstrip()
        if name.split()[0].lower() in _CALENDAR or any(a <= m.start(1) < b for a, b in spans):
            continue
        town = town_in(gaz, name)
        if town is None and _COUNTY_WORD.search(name):  # "Anson Co. Sheriff", "Aiken Co."
            town = town_in(gaz, _COUNTY_WORD.sub(" County", name))
        homed = _PERSON_HEAD.match(title, m.end(1)) is not None  # "Brooklyn man": where he lives
        if town is not None and ((town.kind == "place" and town.population >= MODIFIER_MIN_POPULATION) or
                                 (town.kind == "district" and _COUNTY_WORD.search(name))):
            spans.append((at, m.end(1)))  # a county the headline names as such ("Otter Tail County boy")
            if homed:
                homes_named.append(spans[-1])
        elif not _COUNTY_WORD.search(name):
            county = only_county(gaz, name)
            if county is not None:  # "Gwinnett shooting", "Habersham deputy": local news drops "County"
                counties.append(county)
            elif part_of_town:
                continue  # a city that has a west side is a large one: "West Side man" is no one from Side, Turkey
            elif any(w.lower().strip(".,:;") not in SITE_WORDS for w in title[m.end(1):].split()[:1]):
                sole = sole_town(gaz, name)  # (before "Park" or "Street" it is more often a person's name)
                if sole is None:
                    sole = leading_town_named(gaz, name, body_places, homes, frame)
                if sole is not None:  # "Poplar Bluff teen", "Blytheville teens": no other town bears the name
                    counties.append(sole)
    found = _resolved(gaz, title, spans, body, homes, frame) if spans else []
    if counties:
        counties = [c for c in counties if not _told_elsewhere(c, body_places(), homes, frame)]
    found += [c for c in counties if c.id not in {e.id for e in found}]
    if homes_named and len(found) > 1:
        # "Brooklyn man charged in Albany shooting", "Tulsa man killed in Broken Arrow crash": the
        # town that names a person is where he lives; the headline's other town is the story's
        lived = {e.id for e in _resolved(gaz, title, homes_named, body, homes, frame)}
        found = [e for e in found if e.id not in lived] or found
    return in_the_headlines_state(gaz, found, framing)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)*")


def _regions_in_run(gaz: Gazetteer, title: str, m: re.Match) -> list[tuple[int, int]]:
    """The states and countries a run of capitalised words in a headline names. A title-case
    headline capitalises every word, so a state's name runs into its neighbours ("10-Year-Old
    West Virginia Boy", "Texas Toddler", "Deadly Ohio"): the longest names are read first, and
    a town's name holds the state's ("Kansas City", "Virginia Beach")."""
    words = [(m.start() + w.start(), m.start() + w.end()) for w in re.finditer(r"\S+", m.group(0))]
    used = [False] * len(words)
    found = []
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            if any(used[i:i + size]):
                continue
            a, b = words[i][0], words[i + size - 1][1]
            region = not title[a:b].isupper() and region_entry(gaz, title[a:b]) is not None  # (no acronym)
            if region:
                found.append((a, b))
            if region or (size > 1 and town_in(gaz, title[a:b]) is not None):
                used[i:i + size] = [True] * size
    return sorted(found)


def _body_places(gaz: Gazetteer, body) -> list[Entry]:
    """The towns, counties and provinces the story's own names resolve to (read alone, with no
    headline or outlet prior): what a headline's town is checked against."""
    if body is None or not body[1]:
        return []
    from .resolve import resolve_mentions

    return [r.chosen for r in resolve_mentions(gaz, body[0], body[1])
            if r.chosen is not None and r.chosen.kind in ("place", "district", "province")]


def _told_elsewhere(entry: Entry, named: list[Entry], homes: tuple[Entry, ...], frame) -> bool:
    """Whether everything else about the story is in another province than ``entry`` (a
    headline's "Tonopah teen" read as the only Tonopah the gazetteer knows, in Nevada): the
    outlet's home towns and states, the tip lines' states and the towns and counties the story
    names all lie in one other province, the story names that province's places twice at
    least, and nothing in ``entry``'s own — the headline's town is then a namesake the
    gazetteer lacks (Tonopah, Arizona, in a Phoenix station's story about Maricopa County).
    ``named``: ``_body_places`` of the story."""
    where = [(e.country, e.admin1) for e in homes] + [(e.country, e.admin1) for e, _ in frame]
    # (the headline's name again in the text is no other evidence)
    where += [(e.country, e.admin1) for e in named if e.id != entry.id]
    own = (entry.country, entry.admin1)
    others = {w for w in where if w != own and w[1]}
    return own not in where and len(others) == 1 and sum(w in others for w in where) >= 2


def _possessive_country(gaz: Gazetteer, word: str) -> bool:
    """"Syria's", "Nigeria’s", "Syrias" (a feed that strips apostrophes): a country named as the
    owner of the place after it."""
    m = re.fullmatch(r"([A-Z][a-z]+)(?:['’]s|s)", word)
    if m is None:
        return False
    e = region_entry(gaz, m.group(1))
    return e is not None and e.kind == "country"


def in_the_headlines_state(gaz: Gazetteer, found: list[Entry], framing: list[Entry]) -> list[Entry]:
    """A headline that names one state after a town ("… - WBRC FOX6 - Birmingham, AL") says
    which state its other towns are in: "shot in Ensley" is the Ensley of that state, and a
    namesake in another state is no reading of it (a part of town the gazetteer lacks). A county
    with none of its name in that state stays: a station's market crosses state lines. The
    state itself is kept (a postal code the index does not hold is read here)."""
    states = {(e.country, e.admin1): e for e in framing}
    if len(states) != 1:
        return found
    (state,) = states.values()
    out: list[Entry] = []
    for e in found:
        if e.kind in ("place", "district") and e.country == state.country and e.admin1 != state.admin1:
            home = town_in(gaz, e.name, state)
            if home is None and e.kind == "district":
                home = e  # "Teenager in Allamakee County … - La Crosse, WI": a county across the line
            e = home
            if e is None:
                continue
        if e.id not in {x.id for x in out}:
            out.append(e)
    if not any(x.country == state.country and x.admin1 == state.admin1 for x in out):
        out.append(state)
    return out


# "Miami Boy Killed …", "3-year-old Kansas City girl shot", "Shootout at St. Louis tavern",
# "Atlanta News: …": a headline names its town as a modifier of the people or place it is about
_HEAD_NOUNS = ("man|woman|men|women|boy|girl|teen|teens|teenager|child|children|toddler|baby|infant|mother|father|"
               "dad|mom|family|couple|resident|residents|police|officer|officers|cop|cops|deputy|home|house|"
               "apartment|school|student|club|nightclub|bar|tavern|store|church|park|neighborhood|shooting|"
               "shootings|shootout|standoff|slaying|murder|homicide|news|area|street|sheriff|sheriff's|sheriff’s|deputies|"
               # the people and places local news names by their town ("Atlanta attorney", "Newburgh teen")
               "attorney|lawyer|pastor|doctor|nurse|teacher|coach|veteran|soldier|driver|victim|victims|suspect|"
               "gunman|shooter|son|daughter|wife|husband|grandmother|grandfather|firefighter|trooper|youth|kids|"
               "death|deaths|killing|killings|crash|hospital|mall|restaurant|business|businessman|apartments|"
               # kin and killers named by their town ("Macon brothers", "Hialeah killer"), a victim by
               # age ("Miami 6-year-old"), a shooting by its kind ("Miami mass shooting")
               "brothers|sisters|siblings|cousins|twins|killer|killers|gunmen|[a-z0-9]+-year-olds?|"
               "(?:mass|double|triple|quadruple|drive-by|fatal|deadly)\\s+(?:shooting|shootings|homicide|murder|slaying)")
_TOWN_MODIFIER = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z'’.\-]+|St\.)(?:\s[A-Z][a-z'’.\-]+){0,2}?)"
                            r"(?:\s+(?i:%s)\b|\s*:)" % _HEAD_NOUNS)
# the head nouns of a headline's town modifier that name one person: the town is the person's home
_PERSON_HEAD = re.compile(r"\s+(?i:man|woman|boy|girl|teen|teenager|resident|native|father|mother|dad|mom|"
                          r"attorney|lawyer|pastor|doctor|nurse|teacher|coach|veteran|soldier|driver|"
                          r"businessman|[a-z0-9]+-year-old)\b")
_PART_OF_TOWN = {"downtown", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "central", "uptown", "midtown", "suburban", "greater"}
_COUNTY_WORD = re.compile(r"\s+(?:County|Co\.|Parish)$")


def _whole_town(gaz: Gazetteer, name: str) -> bool:
    """A town of some size goes by the whole name, direction word and all ("East Chicago",
    "North Charleston": a town of its own, named with its direction)."""
    return any(e.kind == "place" and f in ("name", "variant") and e.population >= WHOLE_NAME_TOWN_POPULATION
               for k in keys(name) for e, f in gaz.lookup(k))


def _dateline_in_context(gaz: Gazetteer, text: str, dl, spans: list[tuple[int, int]],
                         homes: list[Entry], guess: Entry) -> Optional[Entry]:
    """A dateline town without its state ("BELL —") read as the story's other names and the
    outlet's home town read it: the Bell of the county the story names, not the largest Bell;
    no town at all when the only Bells lie in other states than the one the story and its
    outlet are in (the town is too small for the gazetteer: the text's own places will say)."""
    from .resolve import resolve_mentions

    from .article_context import _AGENCY, focus_town

    spans = sorted(set(spans) | {(dl[0], dl[1])})
    i = spans.index((dl[0], dl[1]))
    res = resolve_mentions(gaz, text, spans, prior=[(h, OUTLET_WEIGHT / len(homes)) for h in homes])
    r = res[i]
    e = r.chosen or guess
    again = sum(1 for j, x in enumerate(res) if j != i and keys(x.surface)[:1] == keys(dl[2])[:1])
    others = [x for x in res if keys(x.surface)[:1] != keys(dl[2])[:1]]  # (the dateline's name again is no other)
    city = focus_town(others)
    named = sum(1 for x in others if city is not None and x.chosen is not None and x.chosen.id == city.id)
    # "LOS ANGELES (AP) —": where a wire filed from (not a local station's "CEDAR LAKE (KFSM) –")
    wire = bool(re.match(r"\s*" + _AGENCY, text[dl[1]:dl[1] + 40])) and not _US_CALL_SIGN.match(text, dl[1])
    if city is not None and e is not None and (e.country, e.admin1) != (city.country, city.admin1) and \
            city.country == guess.country and not wire and named > again and \
            not any(x.chosen is not None and x.chosen.kind != "country" and
                    (x.chosen.country, x.chosen.admin1) == (e.country, e.admin1) for x in others):
        # "AUSTIN —" on a story that names Chicago again and again and nothing in Texas: a
        # city site's dateline names a part of its city, coded at the city (of the dateline's
        # own country: "HOUSTON —" over a story that says "God" three times is no town abroad)
        return city
    if guess.kind == "place" and guess.population >= DATELINE_CITY and not _named_region_elsewhere(r, guess, others):
        return guess  # "DALLAS —": a city that needs no state in a dateline is the famous one
    e = r.chosen
    if e is None:
        return None if (r.reason or "").startswith("only namesakes in other provinces") else guess
    if e.kind != "place" or province_confidence(r) < CLEAR or keys(e.name)[0] != keys(dl[2])[0]:
        return guess
    return e


def _named_region_elsewhere(r, guess: Entry, others) -> bool:
    """"VICTORIA - … under British Columbia's law": the story names the province or country of a
    namesake of the famous city, and nothing where the famous one is — the dateline is that
    namesake."""
    e = r.chosen
    if e is None or e.id == guess.id or e.kind != "place":
        return False
    regions = {(x.chosen.country, x.chosen.admin1 if x.chosen.kind == "province" else None) for x in others
               if x.chosen is not None and x.chosen.kind in ("country", "province")}
    near_guess = any(x.chosen is not None and x.chosen.country == guess.country for x in others)
    return not near_guess and ((e.country, e.admin1) in regions or (e.country, None) in regions)


def province_confidence(r) -> float:
    """How sure the reading of ``r`` is of its province: its margin over the best reading in
    another province. Two Jeffersons in Georgia leave the town open but not the state, and a
    dateline's state is what its story's other names are read by."""
    if not r.ranked or r.chosen is None:
        return r.confidence
    top = r.ranked[0][0]
    other = [s for s, x in r.ranked if (x.country, x.admin1) != (r.chosen.country, r.chosen.admin1)]
    margin = top - other[0] if other else 4.0
    return max(r.confidence, round(1.0 / (1.0 + math.exp(-margin)), 3))


def _names_in(gaz: Gazetteer, words: str) -> set[int]:
    """Ids of the entries a run of up to four of the words names, in any of their spellings
    ("Syrias Hama": Ḩamāh; "Otter Tail County": the county), for telling the headline's own
    places from those of the outlet suffix after it."""
    tokens = re.findall(r"[\w'’.\-]+", words)
    runs = [" ".join(tokens[i:i + n]) for i in range(len(tokens)) for n in range(1, 5) if i + n <= len(tokens)]
    wanted = list(dict.fromkeys(k for run in runs
                                for k in keys(run) + keys(re.sub(r"\s+(?i:county|parish)$", "", run))))
    gaz.prefetch(wanted)  # one query for the headline
    return {e.id for k in wanted for e, _ in gaz.lookup(k)}


def article_focus(gaz: Gazetteer, text: str, title: Optional[str] = None, outlet: Optional[str] = None,
                  dateline: Optional[str] = None, spans: Optional[list[tuple[int, int]]] = None,
                  url: Optional[str] = None, headline_only: bool = False) -> Focus:
    """The focus evidence of one article. ``dateline``: a dateline place already read at
    ingest ("Damascus (GPA– …"), used when the text has no local-news dateline; ``spans``:
    the place names detected in the text, which the headline's names are read with (unless
    ``headline_only``: the page's body is not its story); ``url``: the page's address, whose
    sections may name the story's state."""
    focus = Focus()
    dl = local_dateline(text)
    entry = None
    homes = outlet_home(gaz, outlet)
    nation = outlet_country(gaz, outlet)
    if nation is not None:
        # cambridge-news.co.uk: Cambridge, England; richmondandtwickenhamtimes.co.uk: no Richmond abroad
        homes = [h for h in homes if h.country == nation.country]
    cued = None
    if nation is None:
        code = cued_country(text[:CUED_CHARS])
        cued = gaz.country(code) if code is not None else None
    if cued is not None and homes and not any(h.country == cued.country for h in homes):
        # readingeagle.com over a story of "a $5,000 bond": the Reading of the story's country
        # (foxcarolina.com over "Union County deputies": no Carolina of the story's country is
        # that large, and the brand's word names no home abroad either)
        own = town_in(gaz, homes[0].name, cued)
        homes = [own] if own is not None and own.population >= CUED_HOME_POPULATION else []
    if dl is not None:
        station = None if dl[3] else dateline_country(gaz, text, dl[1])
        entry = _dateline_entry(gaz, dl[2], dl[3], station)
        if entry is not None and not dl[3] and entry.kind == "place" and spans:
            guess = entry
            entry = _dateline_in_context(gaz, text, dl, spans, homes, entry)
            if station is not None and entry is not None and entry.country != station.country:
                entry = guess  # the station's country holds: its dateline town is in it
        if entry is not None and cued is not None and station is None and not dl[3] and entry.kind == "place" \
                and entry.country != cued.country and entry.population < DATELINE_CITY:
            # "FRONTON —" over a story of a sheriff's office: a town of the story's own country
            # too small for the gazetteer (or its namesake there), not the French Fronton
            entry = town_in(gaz, dl[2], cued)
        if entry is not None:
            focus.dateline = (dl[0], dl[1])
    if entry is None and dateline:
        entry = _dateline_entry(gaz, dateline, None)
    if entry is not None:
        focus.items.append((entry, DATELINE_WEIGHT, "dateline"))
    state = outlet_state(gaz, outlet) or url_section_state(gaz, url)
    if state is not None and any(h.country == state.country and h.admin1 == state.admin1 for h in homes):
        state = None  # (the home town says it already)
    regions = phone_states(gaz, text)
    # the states the outlet's name and the tip lines name (numbers in two states share the vote):
    # they read the headline's towns, then join the focus
    framing = [(state, OUTLET_WEIGHT, "outlet-state")] if state is not None else []
    framing += [(region, PHONE_WEIGHT / len(regions), "phone") for region in regions]
    if cued is not None and entry is None and not any(e.country == cued.country for e in homes + [e for e, _, _ in framing]):
        framing.append((cued, OUTLET_WEIGHT, "words-country"))  # "held on a $30,000 bond": the US
    titled = title_places(gaz, title or "", (text, spans) if spans and not headline_only else None, tuple(homes),
                          tuple((e, w) for e, w, _ in framing))
    proper = _names_in(gaz, headline_proper(title or "")) if titled else set()  # (no query for a headline without places)
    for e in titled:
        suffix_only = e.id not in proper
        if suffix_only and cued is not None and e.kind != "country" and e.country != cued.country:
            continue  # "… - FOX Carolina 21" over "Union County deputies … Sheriff": the site's
            # name, not the Puerto Rican municipality of Carolina
        focus.items.append((e, TITLE_WEIGHT, "title"))
        if suffix_only:
            focus.suffix.add(e.id)  # read only from the headline's outlet suffix
    for home in homes:  # "Columbia": each large Columbia shares the outlet's vote
        focus.items.append((home, OUTLET_WEIGHT / len(homes), "outlet"))
    if nation is not None and not any(e.country == nation.country for e in homes + ([state] if state else [])):
        focus.items.append((nation, OUTLET_WEIGHT, "outlet-country"))
    focus.items.extend(framing)
    return focus


def resolve_in_article(gaz: Gazetteer, text: str, spans: list[tuple[int, int]], title: Optional[str] = None,
                       outlet: Optional[str] = None, dateline: Optional[str] = None, url: Optional[str] = None,
                       headline_only: bool = False):
    """Resolve the place names at ``spans`` as the pipeline reads an article: with its focus
    (dateline, headline, outlet and its page's address, tip-line numbers) as the prior every
    name is read against. Returns the ``Resolution``s (in span order) and the ``Focus``."""
    from .resolve import resolve_mentions

    focus = article_focus(gaz, text, title, outlet, dateline, spans, url, headline_only)
    resolved = resolve_mentions(gaz, text, spans, dateline=None if focus.items else dateline, prior=focus.weighted())
    return resolved, focus


def phone_states(gaz: Gazetteer, text: str) -> list[Entry]:
    """The states, provinces or countries of the text's geographic North American telephone
    numbers (a tip line's area code), each once, in text order."""
    from .phones import phone_regions

    found: dict[int, Entry] = {}
    for p in phone_regions(text):
        e = region_entry(gaz, p.region)
        if e is not None:
            found.setdefault(e.id, e)
    return list(found.values())
