"""Disambiguation: choose, for every place mention of one article, the gazetteer entry a
careful analyst would.

Evidence, in the order an analyst weighs it: the wording ("Latakia province" is a province,
"the Euphrates River" a river), an explicit qualifier ("Alexandria, Louisiana"), the article's
country and region context (other mentions, the dateline, nationality words), proximity to
the article's other places, then prominence (population, feature type). Resolution runs in
passes: a context-free first guess for every mention, then re-scoring each against the
context the *other* mentions give, twice. Pure over its inputs: (text, mention spans,
gazetteer) in, ``Resolution``s out.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional, Sequence

from .candidates import (FORM_PENALTY, _given_name_before, _name_parts, _outsized, candidates_for, candidates_in_text,
                         lookup_keys)
from .distance import haversine_km
from .forms import Form, mention_form
from .gazetteer import Gazetteer
from .normalise import keys, loose_key
from .nonplaces import (ATTRIBUTE, FORCE_AFTER, QUALIFIER, another_capital_district, article_before_town,
                        bracketed_units, common_word, country_as_adjective, is_speaker, not_a_place, opens_office_title,
                        site_name, street_name)
from .placed import _LIST_TAIL, _contains, _host, _placed_in, known_only_by_a_part
from .records import Entry

# Curated regions, waters and facilities have no population: their prior stands in for it.
KIND_PRIOR = {"country": 3.0, "region": 7.5, "water": 7.5, "facility": 4.0, "province": 1.5, "district": 0.5,
              "place": 0.0}
# a town under this size votes for its country and province with this share of a full vote: a
# village named in passing (or a namesake of a local street) is weaker evidence of where the
# story is than a state or a city (gold spans unchanged on all four sets; 5,000 cost LGL 3 mentions)
SMALL_VOTER, SMALL_VOTE = 10_000, 0.5
SALIENCE = 0.0  # extra context weight per doubling of a name's mentions (0.5 measured worse on 3 of 4 sets)
# a county's size (its towns' people) only breaks ties among namesake counties ("DeKalb County"):
# any other name of the story's state outweighs it
COUNTY_SIZE_WEIGHT = 0.2
CAPITAL_BONUS = 1.5  # news names national capitals far more often than their namesakes
BARE_PROVINCE_PRIOR = 0.8  # "Gaza" alone is more often the city than a same-named province
OUTSIZED_MARGIN = 0.5
PRECISION = {"place": 1, "facility": 2, "district": 2, "province": 3, "country": 3, "region": 3, "water": 3}


@dataclass
class Resolution:
    start: int
    end: int
    surface: str
    form: Form
    candidates: list[tuple[Entry, str]] = field(default_factory=list)  # (entry, name form)
    ranked: list[tuple[float, Entry]] = field(default_factory=list)
    chosen: Optional[Entry] = None
    confidence: float = 0.0
    kind: str = "place"
    reason: Optional[str] = None
    within: Optional[Entry] = None
    precision: Optional[int] = None
    owns_force: bool = False  # "Russian forces", "US warplanes": names who acts, not where
    attribute: bool = False  # "US-led", "Seattle-based": whose, not where (``nonplaces.ATTRIBUTE``)


SPEAKING_CITY = 100_000  # a city this large speaks through its government ("Gainesville said")
PART_FAR_KM = 200.0  # a town matched by part of a region's name this far from the story's town is not it
# a region named for a landform ("Antelope Valley", "Bear Creek Hills"): not the town of its first word
_LANDFORM_TAIL = re.compile(r"\s(?:Valley|Basin|Hills|Mountains|Plains|Canyon|Delta|Peninsula|Coast|Foothills)$")


def _surnames_alone(res: Sequence[Resolution], text: str, speakers: set[str]) -> None:
    """"… identified the boy as Melky Rodriguez. … Rodriguez stole a gun": once a mention reads
    as a person's full name, the surname alone is that person, not a town of that name. So
    with a speaker (``speakers``): "Zappala said …" makes "… said Zappala" the same person."""
    family = set(speakers)
    for r in res:
        words = r.surface.split()
        if not r.candidates and len(words) in (2, 3) and _given_name_before(r.surface, words[-1]):
            family.add(words[-1])
    for r in res:
        if r.candidates and r.surface in family and not QUALIFIER.match(text[r.end:r.end + 40]) and \
                not any(e.kind in ("country", "province") and f in ("name", "abbr") for e, f in r.candidates):
            # (a country's or state's name is nobody's surname: "Local Ireland", "Building Ireland")
            r.candidates, r.reason = [], "the surname of a person the text names in full"


@dataclass
class Context:
    """What the article's other mentions say: country and province weights and located anchors.
    Weights are kept per distinct name, so that "Dublin" repeated eight times votes once and
    a mention is scored against the context of the *other* names only."""

    by_name: dict[str, tuple[Entry, float]] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    extra: list[tuple[Entry, float]] = field(default_factory=list)  # the dateline

    def add(self, name: str, e: Entry, w: float) -> None:
        self.counts[name] += 1
        if name not in self.by_name or self.by_name[name][1] < w:
            self.by_name[name] = (e, w)

    def view(self, exclude: str) -> "ContextView":
        # a name repeated in the article is its topic: weight grows with the log of its count
        items = [(e, w * (1.0 + SALIENCE * math.log2(self.counts[k])))
                 for k, (e, w) in self.by_name.items() if k != exclude] + self.extra
        countries: Counter = Counter()
        provinces: Counter = Counter()
        anchors = []
        for e, w in items:
            if e.country:
                countries[e.country] += w
            if e.admin1 and e.kind != "country":
                provinces[(e.country, e.admin1)] += w
            if e.kind in ("place", "district", "facility"):
                anchors.append(e)
        return ContextView(countries, provinces, anchors)


@dataclass
class ContextView:
    countries: Counter = field(default_factory=Counter)
    provinces: Counter = field(default_factory=Counter)
    anchors: list[Entry] = field(default_factory=list)


def _namesake_city_outside(region: Entry, all_cands) -> bool:
    """Whether the name's best-known town lies outside ``region`` (Washington, D.C. against the
    state): a compass word then parts the region, not the town ("eastern Aleppo" is the city's
    east, the city lying in its province)."""
    towns = [o for o, _ in all_cands if o.kind == "place" and o.country == region.country]
    top = max(towns, key=lambda o: o.population or 0, default=None)
    return top is not None and top.admin1 != region.admin1


def score(e: Entry, name_form: str, form: Form, ctx: ContextView, qualifier: Optional[Entry], all_cands,
          host: Optional[Entry] = None) -> float:
    size_weight = 0.8 if e.kind != "district" else COUNTY_SIZE_WEIGHT if form.kind == "district" else 0.0
    s = math.log10((e.population or 0) + 1) * size_weight + KIND_PRIOR.get(e.kind, 0.0) + \
        FORM_PENALTY.get(name_form, 0.0)
    if e.kind == "province" and (form.office or (form.region_part and _namesake_city_outside(e, all_cands))):
        s += 1.5  # "New York Gov.": the state's office; "central Washington": the state, not the capital
    elif e.kind == "province" and not form.explicit:
        s += BARE_PROVINCE_PRIOR - KIND_PRIOR["province"]
        # a bare "Aleppo" is the city; the province only when the words say so
        # (but a capital called "<region> City" is named so to tell it from its region: a bare
        # "Oklahoma" is the state, not Oklahoma City)
        if any(o.kind == "place" and ((o.id == e.capital_id and o.name.lower() != e.name.lower() + " city") or
                                      (o.country == e.country and o.population >= 100_000 and f in ("name", "variant")))
               for o, f in all_cands):
            s -= 4.0
        elif name_form == "alt" and any(o.kind == "place" and o.country == e.country and f == "name"
                                        for o, f in all_cands):
            s -= 4.0  # "Wexford": the town of that name, not a province that also goes by it
        elif _outsized(e, all_cands):
            s -= BARE_PROVINCE_PRIOR + OUTSIZED_MARGIN  # a bare name is the town, sizes being alike
    if e.fcode == "PPLC":
        s += CAPITAL_BONUS
    if form.kind and e.kind == form.kind:
        s += 1.5
    total = sum(v for v in ctx.countries.values() if v > 0) or 0.0
    if total and e.country:
        s += 4.0 * max(ctx.countries.get(e.country, 0.0), 0.0) / total
    ptotal = sum(v for v in ctx.provinces.values() if v > 0) or 0.0
    if ptotal and e.admin1 and e.kind != "province":
        s += 2.5 * max(ctx.provinces.get((e.country, e.admin1), 0.0), 0.0) / ptotal
    if e.kind in ("place", "district", "facility") and ctx.anchors:
        near = min(haversine_km(e.lat, e.lon, a.lat, a.lon) for a in ctx.anchors if a.id != e.id) \
            if any(a.id != e.id for a in ctx.anchors) else 1e9
        s += 1.5 if near < 100 else 0.7 if near < 300 else 0.0
    if host is not None and e.kind == "province" and (e.country, e.admin1) == (host.country, host.admin1):
        s += 8.0  # "Hmeymim Air Base in Latakia": the province the base lies in, not the city
    elif host is not None and e.kind == "district" and host.admin2 and (e.country, e.admin1, e.admin2) == (
            host.country, host.admin1, host.admin2):
        s += 8.0
    if qualifier is not None:
        inside = (qualifier.kind == "country" and e.country == qualifier.country) or (
            qualifier.kind == "province" and e.country == qualifier.country and e.admin1 == qualifier.admin1)
        s += 6.0 if inside else -2.0
    return s


def _qualifier_keys(text: str, end: int) -> list[str]:
    m = QUALIFIER.match(text[end:end + 40])
    if not m:
        return [k for s, e in bracketed_units(text, end) for k in keys(text[s:e])]
    if _LIST_TAIL.match(text[end + m.end(1):end + m.end(1) + 60]) or opens_office_title(text, end + m.end(1)):
        return []
    if country_as_adjective(text, end + m.start(1), end + m.end(1)):
        return []  # "entanglements in Russia, U.S. officials said": the officials' country, no qualifier
    return keys(m.group(1).strip())


def _qualifier(gaz: Gazetteer, text: str, end: int, cands=()) -> Optional[Entry]:
    """"Alexandria, Louisiana" / "Astana, Kazakhstan" / "Natal (Rio Grande do Norte)": the
    province or country after a comma or in brackets — of several, the one holding one of the
    name's own candidates ("Concepcion (Tucuman)": Tucumán, not a Santa Cruz elsewhere)."""
    m = QUALIFIER.match(text[end:end + 40])
    if m and another_capital_district(text, end + m.start(1), end + m.end(1)):
        return None  # "Bogota, D.C.": Bogotá's capital district, not Washington
    if m and _qualifier_keys(text, end):
        from .postal import state_of_code

        coded = state_of_code(gaz, m.group(1).strip())  # "Felton, MN": the town's state
        if coded is not None:
            return coded
    best, best_rank = None, None
    for k in _qualifier_keys(text, end):
        for e, f in gaz.lookup(k):
            if e.kind in ("country", "province") and f != "demonym":
                holds = any(c.country == e.country and (e.kind == "country" or c.admin1 == e.admin1)
                            for c, _ in cands)
                rank = (holds, e.kind, e.population)
                if best is None or rank > best_rank:
                    best, best_rank = e, rank
    return best


def _context(res: Sequence[Resolution], dateline: Optional[Entry],
             prior: Sequence[tuple[Entry, float]] = ()) -> Context:
    ctx = Context()
    for r in res:
        # a name known only by a town in it ("Bordeaux Avenue", "San Joaquin County Jail")
        # says little about where the story is: it does not vote ("Northern California" does)
        # nor does a street's or a building's name ("Roxbury St.", "St. John Hospital"): many
        # towns share a street's name, and the story is where the street is, not where they are
        # nor a country or people named as the owner of a force ("Russian forces shelled Pisky")
        if r.chosen is not None and not (known_only_by_a_part(r) and r.chosen.kind == "place") and \
                not ((street_name(r.surface) or site_name(r.surface)) and r.chosen.kind == "place") and \
                not (r.owns_force and r.chosen.kind == "country"):
            w = 0.5 + r.confidence
            if r.chosen.kind == "place" and (r.chosen.population or 0) < SMALL_VOTER:
                w *= SMALL_VOTE  # a village says less about where the story is than a state named
            ctx.add(name_key(r), r.chosen, w)
    if dateline is not None and dateline.country:
        ctx.extra.append((dateline, 2.0))
    ctx.extra.extend((e, w) for e, w in prior if e.country)
    return ctx


def reread(r: Resolution, e: Entry) -> None:
    """``r`` read as ``e`` by what the words around it say rather than by its ranking: the
    confidence of such a reading sits between a guess and a sure one."""
    r.chosen, r.confidence = e, max(min(r.confidence, 0.7), 0.6)


def name_key(r: Resolution) -> str:
    return keys(r.form.core)[0] if keys(r.form.core) else r.surface


def _pick(r: Resolution, ctx: ContextView, qualifier: Optional[Entry], host: Optional[Entry] = None) -> None:
    ranked = sorted(((score(e, f, r.form, ctx, qualifier, r.candidates, host), e) for e, f in r.candidates),
                    key=lambda x: (-x[0], x[1].id))
    r.ranked = ranked
    if not ranked:
        r.chosen, r.confidence = None, 0.0
        return
    r.chosen = ranked[0][1]
    margin = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else 4.0
    r.confidence = round(1.0 / (1.0 + math.exp(-margin)), 3)


def resolve_mentions(gaz: Gazetteer, text: str, spans: Sequence[tuple[int, int]],
                     dateline: Optional[str] = None, passes: int = 2,
                     prior: Sequence[tuple[Entry, float]] = ()) -> list[Resolution]:
    """Resolve every ``(start, end)`` span of ``text``; the list keeps the input order.
    ``prior``: weighted entries saying where the article is before any name is read (its
    dateline, headline, outlet: ``focus.article_focus``); they join every mention's context."""
    from .article_context import (_county_of_a_named_town, _near_pairs, _neighbourhood, _no_namesakes_abroad,
                                  _no_namesakes_elsewhere, _region_named_like_a_country, _small_namesake_of_a_region,
                                  _town_with_county, focus_town, parts_of_a_policed_city,
                                  parts_of_town_named_again)  # (they read this module's records)
    from .units import (_capital_of_a_named_country, _large_city_named_in_passing, _listed_with_states,
                        _other_names_abroad, _qualified_elsewhere, _qualified_reading_holds, _units_of_towns)

    res: list[Resolution] = []
    forms = [mention_form(text, s, e) for s, e in spans]
    # at most three queries per article: exact keys (with qualifiers and "X County" forms),
    # loose keys for names without an exact hit, then parts of names still unknown
    exact = [k for f in forms for k in lookup_keys(text[f.start:f.end], f.core)]
    exact += [k for f in forms for k in _qualifier_keys(text, f.end)]
    exact += [keys(f.core)[0] + sfx for f in forms if keys(f.core) for sfx in ("county", "parish")]
    gaz.prefetch(exact)
    missing = [f for f in forms if len(f.core) >= 4
               and not any(gaz.lookup(k) for k in lookup_keys(text[f.start:f.end], f.core))]
    gaz.prefetch_loose(loose_key(f.core) for f in missing)
    gaz.prefetch(k for f in missing if not gaz.lookup_loose(loose_key(f.core))
                 for x in _name_parts(text[f.start:f.end]) for k in keys(x))
    speakers: set[str] = set()  # names read as people speaking, which are those people elsewhere too
    for (s, e), f in zip(spans, forms):
        why = not_a_place(text, s, e, f)
        r = Resolution(s, e, text[s:e], f, [] if why else candidates_in_text(gaz, text, f))
        if why is None and is_speaker(text, s, e, r.candidates):
            if not any(c.kind == "place" and c.population >= SPEAKING_CITY and f == "name" for c, f in r.candidates):
                speakers.add(r.surface.strip())  # (but "Gainesville said" may be its city government)
            why, r.candidates = "a person's name (a speaker)", []
        if why is None and article_before_town(text, f.start, f.end, r.candidates):
            why, r.candidates = "\"the\" before a name that only small towns bear: a region or building", []
        if why is None and r.candidates and common_word(text, s, e, r.candidates):
            why, r.candidates = "a common word opening a sentence (the text also writes it in lower case)", []
        r.reason = why
        r.attribute = why == ATTRIBUTE
        r.owns_force = bool(FORCE_AFTER.match(text[f.end:f.end + 40]))
        res.append(r)
    _surnames_alone(res, text, speakers)
    quals = [_qualifier(gaz, text, r.form.end, r.candidates) for r in res]
    dl = None
    if dateline:
        dl_res = Resolution(0, 0, dateline, mention_form(dateline, 0, len(dateline)))
        dl_res.candidates = candidates_for(gaz, dateline, dl_res.form)
        _pick(dl_res, ContextView(), None)
        dl = dl_res.chosen
    first = _context([], dl, prior).view("") if prior else ContextView()
    for r, q in zip(res, quals):
        _pick(r, first, q)
    for _ in range(passes):
        ctx = _context(res, dl, prior)
        views: dict[str, ContextView] = {}
        for i, (r, q) in enumerate(zip(res, quals)):
            k = name_key(r)
            if k not in views:
                views[k] = ctx.view(k)
            _pick(r, views[k], q, _host(res, i, text))
    _units_of_towns(res, text)
    _other_names_abroad(gaz, res, text)
    _town_with_county(res, quals, prior)
    _county_of_a_named_town(gaz, res, quals)
    _qualified_reading_holds(res, quals)
    _capital_of_a_named_country(res, quals)
    _large_city_named_in_passing(res, quals, prior)
    _listed_with_states(res, quals, text)
    _qualified_elsewhere(res, quals, text)
    _near_pairs(res, quals, text)
    _no_namesakes_abroad(res, _context(res, dl, prior), quals, text)
    _no_namesakes_elsewhere(res, _context(res, dl, prior), quals, prior, gaz, text)
    _region_named_like_a_country(res)
    _small_namesake_of_a_region(res, quals)
    focus = focus_town(res)
    framed = [e for e, w in sorted(prior, key=lambda x: -x[1]) if e.kind == "place"]
    # last to first: "County Road 934 in Weir, a small town in Williamson County" — Weir is
    # settled (within Williamson County) before the road is put in it
    for r in reversed(res):
        if r.reason and not r.candidates:
            continue  # not a place at all (a street, an attribute, a person): left as it is
        was = r.chosen
        if _neighbourhood(r, res, text, focus or (framed[0] if framed else None), focus):
            if was is not None and (focus is None or was.id == focus.id) and not (r.reason or "").startswith("a site"):
                # a town the story names often turns out to be a part of another town ("In
                # Chicago's Austin neighborhood": not Austin, Texas): the neighbourhoods named
                # before it are in the town the story names most now
                focus = focus_town(res)
            continue
        finish(gaz, r, res, text, focus)
    parts_of_a_policed_city(res, quals, text)
    parts_of_town_named_again(res, quals)
    # the place a name that qualifies an actor names ("a Seattle-based company", "the US-led
    # coalition"): read last, against what the article's other names settled on, so that it
    # sways none of them — the company's seat says nothing of where the story's towns are
    ctx = _context(res, dl, prior)
    attributes = [r for r in res if r.attribute]
    for r in attributes:
        r.candidates = candidates_in_text(gaz, text, r.form)
        _pick(r, ctx.view(name_key(r)), None)
    attributes = [r for r in attributes if r.chosen is not None]
    _large_city_named_in_passing(res, [None] * len(res), prior, only=attributes)
    for r in attributes:
        finish(gaz, r, res, text, focus)
    return res


def finish(gaz: Gazetteer, r: Resolution, all_res: Sequence[Resolution], text: str,
           focus: Optional[Entry] = None) -> None:
    """Kind, precision, reason and — for names the gazetteer lacks — the region around them."""
    e = r.chosen
    site = site_name(r.surface)
    if site and focus is not None and (e is None or known_only_by_a_part(r)) and _placed_in(r, all_res, text) is None:
        # "Royal Street" in an article about New Orleans: a street or building the gazetteer
        # lacks is coded at the article's main town (precision 2), not at a namesake of a part
        r.chosen, r.confidence, r.kind = None, 0.0, "place"
        r.within, r.precision = focus, 2
        r.reason = f"a street or building not in the gazetteer; coded at the article's main town, {focus.name}"
        return
    far = haversine_km(e.lat, e.lon, focus.lat, focus.lon) if e is not None and known_only_by_a_part(r) and \
        _LANDFORM_TAIL.search(r.surface) and focus is not None and focus.kind == "place" and e.kind == "place" \
        and e.id != focus.id else 0.0
    if far > PART_FAR_KM and _placed_in(r, all_res, text) is None:
        # "an Antelope Valley nightclub" in a story about Lancaster: a region named for a landform
        # that the gazetteer knows only by its first word is around the story's town, not a town
        # of that word's name far away (Antelope, near Sacramento)
        r.chosen, r.confidence, r.kind = None, 0.0, "place"
        r.within, r.precision = focus, 2
        r.reason = f"known only by a part ({e.name}, {round(far)} km away); coded at the article's main town, {focus.name}"
        return
    box = _placed_in(r, all_res, text, brackets=False) if e is not None and e.kind in ("place", "district") else None
    if box is not None and box.kind == "district" and e.kind == "district":
        box = None  # "Allamakee County, Dallas County and Plymouth County": a list; no county lies in another
    if box is not None and box.kind in ("province", "district") and not _contains(box, e):
        # "Weir, a small town in Williamson County" / "Chester, Delaware County": the county
        # the text puts the town in decides; a same-named town elsewhere is not it
        inside = [x for _, x in r.ranked if x.kind in ("place", "district") and _contains(box, x)]
        if inside:
            r.chosen, r.confidence = inside[0], 0.6
            e = r.chosen
        else:
            r.chosen, r.confidence, r.kind = None, 0.0, "place"
            r.within, r.precision = box, 2 if box.kind == "district" else 3
            r.reason = f"not in the gazetteer as a town of {box.name}; the text places it there"
            return
    if box is not None and box.kind != "country" and box.country != e.country and _IN_UNIT.match(text, r.end):
        # "in Sanjo in the district of Misungwi": a town the words put in another country's
        # district or town is that country's; with no namesake there it is one the gazetteer
        # lacks, coded at that unit, never at a namesake abroad (Sanjō, Japan)
        there = [x for _, x in r.ranked if x.country == box.country and x.kind in ("place", "district")
                 and (box.kind in ("place", "country") or _contains(box, x))]
        if there:
            r.chosen, r.confidence = there[0], 0.6
            e = r.chosen
        else:
            r.chosen, r.confidence, r.kind = None, 0.0, "place"
            r.within, r.precision = box, 3 if box.kind in ("province", "country") else 2
            r.reason = f"no {r.form.core} in {box.name} in the gazetteer; the text places it there"
            return
    if e is not None and known_only_by_a_part(r) and street_name(r.surface) and _placed_in(r, all_res, text) is None:
        # "Clark Avenue" with no town to put it in: no town of Clark somewhere else
        r.chosen, r.confidence = None, 0.0
        r.reason = "a street not in the gazetteer, and no town the text puts it in"
        r.kind = "place"
        return
    if e is not None and known_only_by_a_part(r):
        # "Loyola University in Los Angeles": a name we know only by a part ("Colorado State
        # University" → Colorado) is better placed by the town the text puts it in
        host = _placed_in(r, all_res, text)
        if host is not None and host.kind in ("place", "district", "facility") and host.id != e.id:
            r.chosen, r.confidence = None, 0.0
            r.within, r.precision = host, 2
            r.kind = "place"
            r.reason = f"part of the name matched {e.name}; the text places it in {host.name}"
            return
    if e is not None:
        r.kind = e.kind if e.kind in ("country", "province", "facility", "water", "region") else "place"
        if e.kind == "district":
            r.kind = "region"
        r.precision = PRECISION.get(e.kind, 1)
        if r.form.near and r.precision == 1:
            r.precision = 2
        if any(f == "partial" for _, f in r.candidates):
            r.precision = max(r.precision, 2)
            r.reason = f"part of the name matched: {e.name}"
        if e.kind == "facility":
            r.within = gaz.get(e.near_id) or gaz.province(e.country, e.admin1)
            r.reason = f"facility near {r.within.name}" if r.within else "facility"
        if r.candidates and any(f == "demonym" for c, f in r.candidates if c.id == e.id):
            r.kind = "demonym"
        return
    r.reason = r.reason or "not in the gazetteer"  # or why its namesakes were set aside
    r.kind = r.form.kind if r.form.kind in ("facility", "water", "province") else "place"
    # "al-Shahabat in Deir ezzor province" → within Deir ez-Zor (precision 3); "Le Bernardin in
    # New York" → at New York (precision 2: ACLED codes an unknown spot at the nearest town)
    within = _placed_in(r, all_res, text)
    if within is not None and site and within.kind not in ("place", "district", "facility"):
        within = None  # "Roxbury Street, … Britain": a street is placed by its town, not a country
    if within is not None:
        r.within = within
        r.precision = 2 if within.kind in ("district", "place", "facility") else 3
        r.reason = f"not in the gazetteer; the text places it in {within.name}"


# "X in the district of Y", "X in Y province": words that put a town inside a unit (not a comma,
# which also joins the items of a list)
_IN_UNIT = re.compile(r"\s+(?:in|inside|within)\s+(?:the\s+)?(?:(?:province|governorate|region|district|county|state|"
                      r"municipality)\s+of\s+)?[A-Z]")


def _partial_only(r: Resolution) -> bool:
    return bool(r.candidates) and all(f == "partial" for _, f in r.candidates)
