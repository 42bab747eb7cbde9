"""Rules that re-read the resolved mentions of an article in the light of the whole article:
a town named with its county or "near" another town, namesakes abroad or in another region than
the article's own, neighbourhoods of the article's town, and the article's focus town.
``resolve.resolve_mentions`` applies them after each mention has its best reading."""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional, Sequence

from .distance import haversine_km
from .nonplaces import names_its_own_office
from .normalise import keys
from .records import Entry
from .placed import _contains, known_only_by_a_part
from .resolve import Context, Resolution, name_key, reread

_NEIGHBOURHOOD_AFTER = re.compile(r"^\s+(?:neighbou?rhoods?|quarter)\b", re.IGNORECASE)
_NEIGHBOURHOOD_GAP = re.compile(r"^\s+(?:neighbou?rhoods?|quarter)\s+(?:of|in)\s+(?:the\s+)?(?:city\s+of\s+)?$",
                                re.IGNORECASE)
NEIGHBOURHOOD_KM = 30.0
# sites that take the name of a person or of another place ("Walker Library", "Alexandra Park",
# "the Lazaro Cardenas Elementary School"): where they are is the town around them, not a town
# of that name. (Not the town's own institutions — "the Cottonport Fire Station", "Laconia
# police" — which name the town they serve.)
_NAMED_SITE = (r"librar(?:y|ies)|parks?|square|plaza|schools?|elementary|academy|college|university|hospital|"
               r"clinic|stadium|arena|church|mosque|cathedral|museum|hotel|cemetery")
_SITE_AFTER = re.compile(r"^\s+(?:[A-Z][\w'’.-]*\s+){0,2}(?i:%s)\b" % _NAMED_SITE)
_SITE_GAP = re.compile(r"^(?:\s+(?:[A-Z][\w'’.-]*\s+){0,2}(?i:%s)\b)?,?\s+(?:in|of)\s+(?:downtown\s+|central\s+)?"
                       r"(?:the\s+)?(?:city\s+of\s+)?$" % _NAMED_SITE)
_NAMED_SITE_END = re.compile(r"\s(?i:%s)$" % _NAMED_SITE)
_NEIGHBOURHOOD_START = re.compile(r"^(?:Colonia|Barrio)\s")  # "Colonia Bella Vista": a part of a Mexican town
NAMED_SITE_TOWN_MAX = 100_000  # a larger city lends its name to its own sites ("Aleppo University")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _neighbourhood(r: Resolution, res: Sequence[Resolution], text: str, town: Optional[Entry],
                   named_town: Optional[Entry] = None) -> bool:
    """"the Austin neighborhood" in a Chicago story, "the Midan neighbourhood of Damascus": a
    part of a town, coded at that town — the one the words name after it, else the article's
    own town, else the town the sentence has already put the reader in ("in Vila Velha, … in
    the Barra neighborhood") — unless the gazetteer knows a place of that name inside it. Also
    a site named after someone or somewhere ("outside Walker Library in Minneapolis"), unless
    it bears the name of a sizeable city (a site's town is one the text names: ``named_town``, the
    article's focus town read from its words). True when decided."""
    after, words = text[r.form.end:r.form.end + 60], text[r.form.start:r.form.end]
    city = _city_before_dash(r, res, text)
    if city is not None:
        gap, what = None, "a part of the city"
    elif _NEIGHBOURHOOD_AFTER.match(after) or _NEIGHBOURHOOD_START.match(words):
        gap, what = _NEIGHBOURHOOD_GAP, "a neighbourhood"
    elif _named_site(r, after, words):
        gap, what = _SITE_GAP, "a site named after it"
    else:
        return False
    box = city or next((o.chosen for o in res if o is not r and o.chosen is not None and 0 <= o.form.start - r.form.end <= 60
                        and o.chosen.kind in ("place", "district") and gap.match(text[r.form.end:o.form.start])), None)
    if box is None:
        if gap is _SITE_GAP and r.chosen is not None and (r.chosen.population or 0) >= NAMED_SITE_TOWN_MAX:
            return False
        # a site's town is one the text names: not the outlet's home a headline's tag gives
        # ("Bunny Friend Park" in a Shreveport station's story on New Orleans)
        box = (named_town if gap is _SITE_GAP else town) or _town_before_in_sentence(r, res, text)
        own = {x.id for _, x in r.ranked}
        people = all(f == "demonym" for _, f in r.candidates) if r.candidates else False
        # ("the Austin neighborhood" — not "the French Quarter", a name of its own)
        noun = re.match(r"\s+neighbou?rhoods?\b", after) is not None
        if gap is _NEIGHBOURHOOD_GAP and noun and not people and (box is None or box.id in own):
            # "the Austin neighborhood" is no neighbourhood of Austin, Texas, whatever the headline
            # made the focus: it is in the town the story names most besides (the only one it names)
            box = _most_named_town(res, own)
    if box is None or box.kind not in ("place", "district"):
        return False
    inside = [x for _, x in r.ranked if x.kind == "place" and x.country == box.country
              and haversine_km(x.lat, x.lon, box.lat, box.lon) <= NEIGHBOURHOOD_KM]
    if inside:
        r.chosen, r.confidence = inside[0], max(r.confidence, 0.6)
        return False  # a known part of town: resolved as any place
    r.chosen, r.confidence, r.kind = None, 0.0, "place"
    r.within, r.precision = box, 2
    r.reason = f"{what} not in the gazetteer; coded at {box.name}, the town it is in"
    return True


# "Cincinnati Police Lt. …", "Miami police said": the police of a city, which investigate what
# happens inside it
_POLICE_AFTER = re.compile(r"\s+(?:police|Police|PD|P\.D\.)\b")
POLICED_CITY = 100_000  # a city this large has a police of its own that local news names
PART_OF_CITY_FAR_KM = 150.0  # a namesake this far from the city whose police investigate is none
# a town someone came from or went to, or one the words call a town: not where it happened
_NOT_HERE_BEFORE = re.compile(r"\b(?:from|to)\s+(?:the\s+)?$|\b(?:town|city|village|community)\s+of\s+$", re.I)


def parts_of_a_policed_city(res: Sequence[Resolution], quals, text: str) -> None:
    """"shot in Madisonville Saturday … Cincinnati Police Lt. Steve Saunders said": when the
    story names the police of one large city, a smaller town it names without a state and read
    far from that city (Madisonville, Kentucky) is a part of the city the gazetteer lacks, coded
    at the city — unless the gazetteer knows a place of that name near it, the name stands
    before the town's own office ("the Byesville Volunteer Fire Department") or after "from",
    "to", "the town of"."""
    cities = {o.chosen.id: o.chosen for o in res if o.chosen is not None and o.chosen.kind == "place"
              and (o.chosen.population or 0) >= POLICED_CITY and _POLICE_AFTER.match(text, o.form.end)}
    if len(cities) != 1:
        return
    city = next(iter(cities.values()))
    for r, q in zip(res, quals):
        e = r.chosen
        if e is None or q is not None or e.kind != "place" or e.id == city.id or r.attribute or \
                names_its_own_office(text, r.form.end) or \
                _NOT_HERE_BEFORE.search(text, max(0, r.form.start - 30), r.form.start) or \
                3 * (e.population or 0) > city.population or \
                haversine_km(e.lat, e.lon, city.lat, city.lon) <= PART_OF_CITY_FAR_KM:
            continue
        near = [x for _, x in r.ranked if x.kind == "place" and x.country == city.country
                and haversine_km(x.lat, x.lon, city.lat, city.lon) <= NEIGHBOURHOOD_KM]
        if near:
            r.chosen, r.confidence = near[0], max(r.confidence, 0.6)
            continue
        r.chosen, r.confidence, r.kind = None, 0.0, "place"
        r.within, r.precision = city, 2
        r.reason = f"a neighbourhood of {city.name}, whose police the story names, not in the gazetteer; coded at {city.name}"


def _most_named_town(res: Sequence[Resolution], exclude: set) -> Optional[Entry]:
    """The town other than ``exclude`` the article names clearly more often than any other."""
    return _most_named(res, lambda r, e: e.id not in exclude, at_least=1)


def parts_of_town_named_again(res: Sequence[Resolution], quals) -> None:
    """A name the article marks once as a part of its town ("the West Side Austin
    neighborhood" in a Chicago story) is that part of town wherever it names it again
    ("… wounded in Austin shooting"), unless a qualifier says otherwise ("Austin, Texas")."""
    parts = {name_key(r): r for r in res
             if r.chosen is None and r.within is not None and (r.reason or "").startswith("a neighbourhood")}
    for r, q in zip(res, quals):
        part = parts.get(name_key(r))
        if part is None or r is part or q is not None or r.within is not None or \
                (r.candidates and all(f == "demonym" for _, f in r.candidates)):
            continue  # ("French" is a people's word, whatever "the French Quarter" is)
        r.chosen, r.confidence, r.kind = None, 0.0, part.kind
        r.within, r.precision, r.reason = part.within, part.precision, part.reason


def _named_site(r: Resolution, after: str, words: str) -> bool:
    """Whether the name opens a site's name ("Walker Library", "Alexandra Park") — not a town
    whose own name ends in "Park" (Rego Park, Bethel Park), nor a county, which lends its name to
    its own schools and libraries ("Laurel County High School")."""
    if r.chosen is not None and r.chosen.kind != "place":
        return False
    if _SITE_AFTER.match(after):
        return True
    return bool(_NAMED_SITE_END.search(words)) and not (r.chosen is not None and _NAMED_SITE_END.search(r.chosen.name))


_DASH_GAP = re.compile(r"^\s+[-–]\s+$")
_UNITS_AFTER = re.compile(r"^\s*\(")


def _city_before_dash(r: Resolution, res: Sequence[Resolution], text: str) -> Optional[Entry]:
    """"Bogota - San Cristobal (Bogota, D.C.)", "Rio de Janeiro - North Zone (Rio de Janeiro)":
    ACLED's way of naming a part of a large city — the city, a spaced dash, the part, then the
    units in brackets. The part is in that city, not a namesake town elsewhere."""
    if not _UNITS_AFTER.match(text[r.form.end:r.form.end + 5]):
        return None
    for o in res:
        if o is not r and o.chosen is not None and o.chosen.kind == "place" and o.form.end < r.form.start and \
                (o.chosen.population or 0) >= NAMED_SITE_TOWN_MAX and _DASH_GAP.match(text[o.form.end:r.form.start]):
            return o.chosen
    return None


def _town_before_in_sentence(r: Resolution, res: Sequence[Resolution], text: str) -> Optional[Entry]:
    """The last town named before ``r`` in its sentence: "in Nogales, Veracruz, parents of the
    children who attend the Lazaro Cardenas Elementary School blocked …"."""
    best = None
    for o in res:
        if o is r or o.form.end > r.form.start or o.chosen is None or o.chosen.kind != "place":
            continue
        if known_only_by_a_part(o):
            continue  # "on Auburn Avenue, just outside … Church": a street named after a town is no town
        if not _SENTENCE_END.search(text, o.form.end, r.form.start):
            best = o.chosen
    return best


STATE_SUPPORT_CONFIDENCE = 0.9  # another name read this clearly in the county's state keeps it there
COUNTY_PAIR_CITY = 100_000  # a city this large, read by its own name, is not re-read by a county beside it


def _town_with_county(res: Sequence[Resolution], quals, prior: Sequence[tuple[Entry, float]] = ()) -> None:
    """A town and a county one story names are read together ("Chester police …" and
    "Delaware County detectives"): when some reading of the two puts the town inside the
    county, the best such pair is taken over a reading of the town by a namesake abroad or by
    a looser name (Chester read as Chester, England or as Chesterland), and over a small
    namesake read by its own name in another state ("Franklin" with "Johnson County" is the
    Franklin in a Johnson County). A city of ``COUNTY_PAIR_CITY`` people or more read by its own
    name stands: a large city is named in passing beside a county it is not in ("Huntsville"
    with "Lauderdale County")."""
    counties = [r for r, q in zip(res, quals) if q is None and r.chosen is not None and r.chosen.kind == "district"
                and r.form.kind in ("district", "province") and len(r.ranked) > 1]
    if not counties:
        return
    for r, q in zip(res, quals):
        e = r.chosen
        if q is not None or e is None or e.kind != "place" or len(r.ranked) < 2:
            continue
        own = any(x.id == e.id and f in ("name", "abbr") for x, f in r.candidates)
        exact = own and e.population >= COUNTY_PAIR_CITY
        named = {x.id for x, f in r.candidates if f in ("name", "abbr")}
        for c in counties:
            if _contains(c.chosen, e):
                break
            held = own and e.country == c.chosen.country and _county_support(res, prior, c.chosen, (r, c)) > 0
            if exact and e.country == c.chosen.country and not held:
                break
            if held:
                # another town of the story lies in the county, or its frame in that state: the
                # county stays, and the town is its namesake inside it if it has one ("Huntsville"
                # with "Walker County" and "Texas" is Huntsville, Texas)
                inside = [t for _, t in r.ranked if t.id in named and t.kind == "place" and _contains(c.chosen, t)]
                if inside:
                    r.chosen, r.confidence = inside[0], max(r.confidence, 0.6)
                    break
                continue
            pairs = [(st + sc, t, k) for st, t in [x for x in r.ranked if x[1].id in named][:8] if t.kind == "place"
                     for sc, k in c.ranked if k.kind == "district" and _contains(k, t)]
            if pairs:
                _, t, k = max(pairs, key=lambda x: (x[0], -x[1].id))
                r.chosen, r.confidence = t, max(r.confidence, 0.6)
                c.chosen, c.confidence = k, max(c.confidence, 0.6)
                break


COUNTY_TOWN_CONFIDENCE = 0.7  # a town read this clearly says which county its bare name is


def _county_of_a_named_town(gaz, res: Sequence[Resolution], quals) -> None:
    """"Savannah-Chatham police", "Chatham deputies" in a Savannah story: a bare name that is
    the county of a town the article names clearly (Savannah lies in Chatham County) is that
    county, not a same-named town in another state."""
    towns = [(keys(r.chosen.admin2)[0], r.chosen) for r in res
             if r.chosen is not None and r.chosen.kind == "place" and r.chosen.admin2
             and r.confidence >= COUNTY_TOWN_CONFIDENCE]
    for r, q in zip(res, quals):
        e = r.chosen
        if not towns or q is not None or e is None or e.kind != "place" or r.form.kind or not keys(r.form.core):
            continue
        k = keys(r.form.core)[0]
        for county_key, t in towns:
            if t.admin1 == e.admin1 or t.country != e.country or county_key not in (k + "county", k + "parish"):
                continue
            county = next((x for x, _ in gaz.lookup(county_key) if x.kind == "district"
                           and (x.country, x.admin1, x.admin2) == (t.country, t.admin1, t.admin2)), None)
            if county is not None:
                r.chosen, r.confidence, r.precision = county, 0.6, None
                r.reason = f"the county of {t.name}, which the article names"
                break


def _county_support(res: Sequence[Resolution], prior: Sequence[tuple[Entry, float]], county: Entry,
                    skip: Sequence[Resolution]) -> float:
    """What keeps a county where it is read: another name of the story inside it ("Lithonia"
    in DeKalb County, Georgia), another name read clearly in its state ("southwest Kansas"), or
    the article's frame (dateline, headline, outlet) in its state — not a name read like
    ``skip``'s."""
    from .normalise import keys as _keys

    names = {name_key(r) for r in skip}
    w = sum(0.5 + o.confidence for o in res if o not in skip and o.chosen is not None and name_key(o) not in names
            and ((o.chosen.kind in ("place", "facility") and _contains(county, o.chosen)) or
                 (o.chosen.kind in ("province", "district", "place") and o.confidence >= STATE_SUPPORT_CONFIDENCE
                  and (o.chosen.country, o.chosen.admin1) == (county.country, county.admin1))))
    return w + sum(x for o, x in prior if o.kind != "country" and (o.country, o.admin1) == (county.country, county.admin1)
                   and not set(_keys(o.name)) & names)


# ("the Cincinnati suburb of West Chester": the city names the suburb's whereabouts before it)
_PART_OF = r"^\s+(?:suburb|exurb|neighbou?rhood|enclave)\s+of\s+$"
_NEAR_GAP = re.compile(r"^,?\s+(?:just\s+)?(?:near|outside(?:\s+of)?|an?\s+(?:\w+\s+)?suburb\s+of|(?:north|south|east|west)"
                       r"(?:east|west)?\s+of)\s+(?:the\s+city\s+of\s+)?$|" + _PART_OF, re.IGNORECASE)
_SUBURB_GAP = re.compile(_PART_OF + r"|^,\s+(?:an?\s+)?(?:\w+\s+)?suburb\s+of\s+(?:the\s+city\s+of\s+)?$", re.IGNORECASE)
NEAR_KM = 80.0


def _near_pairs(res: Sequence[Resolution], quals, text: str) -> None:
    """"Montgomery, near Aurora", "Weir, outside Georgetown", "the Cincinnati suburb of West
    Chester": two towns the words put next to each other are read together — of the readings
    that put them within a short drive of each other, the likeliest pair (Montgomery and
    Aurora, Illinois), not each name's own likeliest reading (Montgomery, Alabama and Aurora,
    Colorado)."""
    for a, b, qa, qb in zip(res, res[1:], quals, quals[1:]):
        if a.chosen is None or b.chosen is None or qa is not None or qb is not None:
            continue
        if not _NEAR_GAP.match(text[a.form.end:b.form.start]):
            continue
        if a.chosen.kind not in ("place", "district") or b.chosen.kind not in ("place", "district"):
            continue
        if haversine_km(a.chosen.lat, a.chosen.lon, b.chosen.lat, b.chosen.lon) <= NEAR_KM:
            continue
        pairs = [(sa + sb, x, y) for sa, x in a.ranked[:8] if x.kind in ("place", "district")
                 for sb, y in b.ranked[:8] if y.kind in ("place", "district") and x.id != y.id
                 and haversine_km(x.lat, x.lon, y.lat, y.lon) <= NEAR_KM]
        if pairs:
            _, x, y = max(pairs, key=lambda p: (p[0], -p[1].id, -p[2].id))
            for r, new in ((a, x), (b, y)):
                old, k = r.chosen, name_key(r)
                for o in res:  # one name, one reading through the story
                    if o.chosen is not None and o.chosen.id == old.id and name_key(o) == k and \
                            any(c.id == new.id for c, _ in o.candidates):
                        reread(o, new)
        elif _SUBURB_GAP.match(text[a.form.end:b.form.start]):
            # "the Cincinnati suburb of West Chester", "West Chester, a suburb of Cincinnati", "the
            # Mount Hope neighborhood of San Diego" with no pair within a drive of each other: the
            # part the gazetteer lacks (the smaller reading; either may come first) is coded at
            # its city (ACLED: the nearest town, precision 2) — never at a namesake states away
            city, suburb = (a, b) if (a.chosen.population or 0) > (b.chosen.population or 0) else (b, a)
            if city.chosen.kind == "place":
                suburb.chosen, suburb.confidence, suburb.within, suburb.precision = None, 0.0, city.chosen, 2
                suburb.reason = f"a suburb of {city.chosen.name} not in the gazetteer; coded at {city.chosen.name}"


FOCUS_SHARE = 0.5  # the article's country: the one its context weighs at least this share of
BIG_CITY = 1_000_000  # a city this large may be named in passing without its country


_AGENCY = r"\([A-Z][\w.&' -]{1,30}\)"  # "(AP)", "(Sputnik)"
_DATELINE_AFTER = re.compile(rf"^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:{_AGENCY}|[—–-])")
_AGENCY_DASH_AFTER = re.compile(rf"^\s*{_AGENCY}\s*[—–-]")


def _opens_as_dateline(text: str, r: Resolution) -> bool:
    """"BEIRUT (AP) —" opening the story, or after its byline ("By JILL COLVIN, Associated Press
    WASHINGTON (AP) —"): where the report was filed, named outright."""
    after = text[r.end:r.end + 50]
    return (not text[:r.start].strip() and bool(_DATELINE_AFTER.match(after))) or bool(_AGENCY_DASH_AFTER.match(after))


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside|at)\s+(?:the\s+)?$")


def _no_namesakes_abroad(res: Sequence[Resolution], ctx: Context, quals, text: str = "") -> None:
    """A town or region abroad is the article's only when the article gives it support — its
    qualifier ("Toledo, Spain"), its country or another place in it — or it is a city that
    large; otherwise the name means the same-named place in the article's own country, or,
    if that country has none, nothing the gazetteer knows ("Police" is no town in Poland in
    an American crime story; "SANA" no Sanaa in a Syrian one). When the article's country
    is only a topic — named as a country or a people, no town or region of it named ("rallied
    in Ulm against the war in Ukraine") — a town named outright where something happens ("in
    Ulm") stands."""
    # the country the article names most: each name weighs as often as the text repeats it
    # ("Detroit" four times outweighs one "Britain", however confidently each is read)
    # — an abbreviation counts once: "UK" in a Lexington story may be its university
    abbr = {name_key(r) for r in res if r.chosen is not None
            and any(c.id == r.chosen.id and f == "abbr" for c, f in r.candidates)}
    tally: Counter = Counter()
    for k, (e, w) in ctx.by_name.items():
        if e.country:
            tally[e.country] += w * (1 if k in abbr else ctx.counts[k])
    for e, w in ctx.extra:
        if e.country:
            tally[e.country] += w
    total = sum(v for v in tally.values() if v > 0)
    if not total:
        return
    home, w = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
    if w / total < FOCUS_SHARE:
        return
    topic_only = not any(e.country == home and e.kind not in ("country", "region", "water")
                         for e, _ in list(ctx.by_name.values()) + list(ctx.extra))
    for r, q in zip(res, quals):
        e = r.chosen
        if e is None or e.kind in ("country", "region", "water") or not e.country or e.country == home:
            continue
        if q is not None and q.country == e.country:
            continue
        if _support(ctx, r, e) > 0:
            continue  # the article names its country, or another place there
        # (a name in capitals is no name outright — "SANA" — unless it is the wire dateline that
        # opens the story: "BEIRUT (AP) —")
        outright = (not r.surface.isupper() or _opens_as_dateline(text, r)) and \
            any(c.id == e.id and f in ("name", "variant") for c, f in r.candidates)
        if outright and e.kind != "district" and e.population >= BIG_CITY:
            continue
        if outright and topic_only and e.kind == "place" and _LOCATIVE_BEFORE.search(text[max(0, r.start - 12):r.start]):
            continue
        at_home = [x for x in r.ranked if x[1].country == home]
        if at_home:
            r.chosen = at_home[0][1]
            r.confidence = 0.5
            r.reason = "a namesake abroad; the article is about a place at home"
        elif outright and e.fcode == "PPLC":
            continue  # a country's capital is named in passing without its country ("born in Riga")
        else:
            r.chosen, r.confidence = None, 0.0
            r.reason = f"only namesakes abroad ({e.name}, {e.country}); the article is about {home}"


HOME_TOWN_SIZE = 100_000  # a town this large may be named in passing from another region
FRAME_WEIGHT = 0.99  # a frame of an outlet's whole vote (focus.OUTLET_WEIGHT), or all the country's frame, puts
# the story in a province


_SCHOOL_AFTER = re.compile(r"\s+(?:(?:Senior|Junior)\s+)?(?:High|Middle|Elementary|Primary|Intermediate)\s+School\b")


def _no_namesakes_elsewhere(res: Sequence[Resolution], ctx: Context, quals,
                            prior: Sequence[tuple[Entry, float]] = (), gaz=None, text: str = "") -> None:
    """Inside the article's country, the same test one level down: when the article's frame
    (its dateline, headline or outlet) and its names put the story in one province (a US
    state), a town or county in another province that nothing else in the article names is
    the same-named place at home ("Jacksonville police" in a story datelined "ONSLOW COUNTY,
    N.C."); a small town there with no namesake at home is no reading at all ("Harbor City"
    is not Harbor, Oregon, in a Los Angeles story). A qualified name ("Bell, Fla."), a large
    city, a town the words call one ("the town of Southold"), or a town whose province the
    article names otherwise stands. The frame is the dateline, the headline or the outlet — or,
    where none names a place, a town the story names three times or more ("Milwaukee police …")."""
    full = ctx.view("")
    total = sum(v for v in full.provinces.values() if v > 0)
    if not total:
        return
    (hc, ha), w = max(full.provinces.items(), key=lambda kv: (kv[1], kv[0]))
    # (an outlet's town split among namesakes in several provinces — "springfieldnewssun.com" —
    # frames none of them; "toledoblade.com", split between Ohio and Spain, frames Ohio)
    in_province = sum(w for e, w in prior if (e.country, e.admin1) == (hc, ha) and e.kind != "country")
    in_country = sum(w for e, w in prior if e.country == hc and e.kind != "country")
    framed = in_province > 0 and (in_province >= FRAME_WEIGHT or in_province >= FRAME_WEIGHT * in_country)
    if not framed:  # no dateline or headline: a town the story names again and again frames it
        town = focus_town(res)
        framed = town is not None and (town.country, town.admin1) == (hc, ha) and \
            sum(1 for r in res if r.chosen is not None and r.chosen.id == town.id) >= REPEATED_TOWN
    if w / total < FOCUS_SHARE or not framed:
        return
    if any((e.country, e.admin1) == (hc, ha) and e.kind == "place" and _in_capital_province(gaz, e) for e, _ in prior):
        return  # "NEW DELHI:", "WASHINGTON (AP) —": a national capital's dateline frames national news,
        # whose towns lie in every province ("Ayodhya" is Ayodhya, Uttar Pradesh)
    for r, q in zip(res, quals):
        e = r.chosen
        if e is None or e.kind not in ("place", "district") or e.country != hc or e.admin1 == ha or not e.admin1:
            continue
        if q is not None or _province_support(ctx, r, e) > 0:
            continue
        if r.form.explicit and r.form.kind == "place" and not r.form.kind_after and r.form.core == r.surface.strip():
            continue  # "an earthquake in the city of Bam", "the town of Southold": the writer names a town
        exact = any(c.id == e.id and f in ("name", "variant") for c, f in r.candidates)
        # (a national capital in capitals, "BEIRUT:", is a wire's dateline, never a namesake; a
        # name that opens a school's, "a Lafayette High School student" in a Lexington story, is
        # the story's own school, named after a person or a place, not the city elsewhere)
        if e.kind == "place" and e.population >= HOME_TOWN_SIZE and exact and \
                (not r.surface.isupper() or e.fcode == "PPLC") and not _SCHOOL_AFTER.match(text, r.end):
            continue
        at_home = [x for _, x in r.ranked if x.kind in ("place", "district") and x.country == hc and x.admin1 == ha]
        if not at_home and e.kind == "district" and r.form.kind == "district" and exact:
            continue  # "Allamakee County" named as a county, none of that name at home: a county across the line
        if at_home:
            r.chosen, r.confidence = at_home[0], 0.5
            r.reason = "a namesake in another province; the article is about one at home"
        else:
            r.chosen, r.confidence = None, 0.0
            r.reason = f"only namesakes in other provinces ({e.name}, {e.admin1}); the article is about {ha}"


def _in_capital_province(gaz, e: Entry) -> bool:
    """Whether ``e`` is its country's capital or in the capital's first-level region (New Delhi
    beside Delhi, Washington in the District of Columbia)."""
    if e.fcode == "PPLC":
        return True
    country = gaz.country(e.country) if gaz is not None else None
    capital = gaz.get(country.capital_id) if country is not None and country.capital_id else None
    return capital is not None and capital.admin1 == e.admin1


def _province_support(ctx: Context, r: Resolution, e: Entry) -> float:
    """The weight the article's other names (and its frame) give ``e``'s province."""
    k = name_key(r)
    return sum(w for n, (o, w) in ctx.by_name.items() if n != k and o.id != e.id and o.country == e.country
               and o.admin1 == e.admin1 and o.kind != "country") + \
        sum(w for o, w in ctx.extra if o.country == e.country and o.admin1 == e.admin1 and o.kind != "country")


def _support(ctx: Context, r: Resolution, e: Entry) -> float:
    """The weight the article's *other* names give ``e``'s country: not names read as ``e``
    itself ("County Road 934", placed by the same guess, is no evidence for it; nor is the
    headline's "Gentilly" for the text's, read as the same town abroad)."""
    k = name_key(r)
    return sum(w for n, (o, w) in ctx.by_name.items() if n != k and o.id != e.id and o.country == e.country) + \
        sum(w for o, w in ctx.extra if o.id != e.id and o.country == e.country)


def focus_town(res: Sequence[Resolution]) -> Optional[Entry]:
    """The article's main town: the town (not a region) named most often by its own name, at
    least twice and more often than any other town."""
    return _most_named(res, lambda r, e: r.surface[:1].isupper() and
                       any(c.id == e.id and f in ("name", "variant", "abbr") for c, f in r.candidates), at_least=2)


def _most_named(res: Sequence[Resolution], counts_it, at_least: int) -> Optional[Entry]:
    """The town read clearly (confidence 0.7) that the mentions ``counts_it`` accepts name more
    often than any other, and ``at_least`` times."""
    counts: Counter = Counter()
    by_id: dict[int, Entry] = {}
    for r in res:
        e = r.chosen
        if e is not None and e.kind == "place" and r.confidence >= 0.7 and counts_it(r, e):
            counts[e.id] += 1
            by_id[e.id] = e
    top = counts.most_common(2)
    if not top or top[0][1] < at_least or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return by_id[top[0][0]]


REPEATED_TOWN = 3  # "Milwaukee Police … Milwaukee Police … a victim from Milwaukee": the story's town
SMALL_NAMESAKE = 5_000  # a village that shares a country's or a state's name is named with its state


def _small_namesake_of_a_region(res: Sequence[Resolution], quals) -> None:
    """"Trump's dealings in Russia", "behind Texas and Oklahoma" in an American story: a
    village that shares a country's or a state's name (Russia, Ohio; Oklahoma, Pennsylvania)
    is meant only when the text names its state ("Russia, Ohio"); read bare, the name is the
    country or the state, however much the story's other places pull towards the village."""
    for r, q in zip(res, quals):
        e = r.chosen
        if e is None or e.kind != "place" or e.population >= SMALL_NAMESAKE or q is not None:
            continue
        # a country, or a state of the village's own country (a small province abroad — Toledo,
        # Belize, beside Toledo, Iowa — is no likelier a reading than the village)
        regions = [c for c, f in r.candidates if f in ("name", "variant") and (
            (c.kind == "country" and c.country != e.country) or
            (c.kind == "province" and c.country == e.country and c.admin1 != e.admin1))]
        if regions:
            r.chosen = max(regions, key=lambda c: c.population)
            r.confidence = 0.5
            r.reason = f"a village of the name ({e.name}, {e.admin1}) is meant only with its state"


def _region_named_like_a_country(res: Sequence[Resolution]) -> None:
    """"Georgia" in a story about Atlanta and Athens is the US state, not the country: a name
    that is both a country and another country's province is the province when the article's
    other towns lie in that province more often than in the country."""
    from collections import Counter

    towns = [r.chosen for r in res if r.chosen is not None and r.chosen.kind in ("place", "district")]
    by_region = Counter((e.country, e.admin1) for e in towns)
    by_country = Counter(e.country for e in towns)
    for r in res:
        e = r.chosen
        if e is None or e.kind != "country":
            continue
        provinces = [p for p, _ in r.candidates if p.kind == "province" and p.country != e.country]
        if not provinces:
            continue
        best = max(provinces, key=lambda p: by_region[(p.country, p.admin1)])
        if by_region[(best.country, best.admin1)] > by_country[e.country]:
            r.chosen = best
