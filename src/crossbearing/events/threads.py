"""How a round-up's mentions are told apart: the rules ``incidents.consolidate`` applies
before a mention joins an incident it agrees with.

A round-up (an official agency's day of operations, a monitor's day of strikes) tells several
incidents in a row, often in towns a few kilometres apart or in one province, each with its
own wording: another thread opened ("Meanwhile …", "the regime also carried out air strikes
against Irbin"), another town with another toll, an earlier day's attack on another village
("On Thursday … on Harfa village", in Sunday's bulletin), or a town the gazetteer does not know
but the incident's own words name again. The cue list is language data (``another_thread`` in
``data/lang/en/incidents.json``).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Optional

from ..model import Event
from .cues import any_cue
from .agreement import _explicit_time, _family, _joins, _place_key, _sentence, _toll, death_only


def own_place(ev: Event) -> bool:
    """Whether the mention's place is named in its own sentence (not carried from the article)."""
    s = ev.evidence[0] if ev.evidence else None
    return ev.place is not None and s is not None and s.start <= ev.place.span.start < s.end


_AGAINST = re.compile(r"\b(?:against|on)\s+(?:the\s+)?$", re.I)
_FACILITY_AFTER = re.compile(r"\s+(?:[A-Z]{2,4}\s+)?(?:General\s+|Memorial\s+|Regional\s+)?"
                             r"(?:Hospital|Medical\s+Cent(?:er|re)|Clinic|Airport|Station|University|School)\b")


def _named_town(ev: Event) -> bool:
    """Whether the mention's own words name a town."""
    return ev.place is not None and ev.place.kind == "place" and (ev.geo_precision or 3) < 3 and own_place(ev)


def _town(ev: Event) -> bool:
    """Whether the mention's own words put it in a town: "in X", "at X", "strikes against X"
    (not a victim's home town, "a man of X", nor a hospital named after a town, "arrived at the
    X VA Hospital")."""
    from .assemble import _at

    pm = ev.place
    if not _named_town(ev):
        return False
    sent = ev.evidence[0]
    text = sent.text or ""
    i = pm.span.start - sent.start
    if _FACILITY_AFTER.match(text, pm.span.end - sent.start):
        return False
    return _at(sent, pm, []) == 0 or bool(_AGAINST.search(text[max(0, i - 40):i]))


def told_apart(group: list[Event], ev: Event) -> bool:
    """A mention that opens another thread of a round-up ("Meanwhile …", "the regime also carried
    out air strikes against Irbin") in a town its own words name, where the incident's mentions
    name other towns, is another incident, though the two towns lie close ("Ain Tarma, outside
    Damascus" … "Irbin, east of Damascus"). Nor does a thread of its own kind join an incident
    told only by tolls ("at least 10 were killed in the soldiers' attacks" … "The fighter jets
    meantime targeted positions in Eastern Homs"): a toll agrees with any kind of violence, a
    new thread is not that toll's. A toll told alone ("Meanwhile the toll rose to 12") opens
    nothing."""
    if _family(ev) != "violent" or death_only(ev) or not any_cue("another_thread", _sentence(ev)):
        return False
    if all(death_only(m) for m in group):
        return True
    if not _town(ev):
        return False
    return any(_named_town(m) for m in group) and not any(_same_place(m, ev) for m in group)


def _same_place(a: Event, b: Event) -> bool:
    """The same gazetteer place, or the same name."""
    ka, kb = _place_key(a), _place_key(b)
    return (ka is not None and kb is not None and ka.geonameid is not None and ka.geonameid == kb.geonameid) or \
        (a.place is not None and b.place is not None and a.place.surface.lower() == b.place.surface.lower())


def _towns_named(places: list, ev: Event, unknown_only: bool = False, name=str.lower) -> set[str]:
    """The towns the mention's own sentence names (``name`` of each surface), known to the
    gazetteer or not (``unknown_only``: only those it does not know)."""
    s = ev.evidence[0] if ev.evidence else None
    return set() if s is None else {name(pm.surface) for pm in places if pm.kind == "place"
                                    and not (unknown_only and pm.place is not None)
                                    and s.start <= pm.span.start < s.end}


# How far from an incident's place the sentence telling it may name another place to locate it
# ("a village north-west of the city", "on the road 20 km from the town")
LOCATING_PLACE_KM = 60.0


def toll_goes_on(group: Optional[list[Event]], ev: Event, generic: frozenset, article) -> bool:
    """A toll told by itself in the sentence right after an incident's ("… threw a grenade into
    a house in a village north-west of the city. Three people were killed and four others
    injured.") names no place of its own: the place it carried from that sentence may be another
    one the sentence names to locate the incident, and sets it apart from nothing. Not a place
    carried from further back, nor one far off ("… a response to the gas attack in Idlib, which
    Washington blames on Damascus"): a bare toll may tell another incident. ``group`` is the
    incident the last violent mention told; ``generic`` the mentions typed from a toll alone;
    ``article`` the one told (its body's sentences only: a headline's spans count from the headline)."""
    from ..link.compare import km_between

    carried = _place_key(ev)
    if group is None or not (ev.id in generic or death_only(ev)) or own_place(ev) or carried is None \
            or not ev.evidence:
        return False
    told, body = ev.evidence[0], article.id
    if told.article_id != body or ev.place.span.article_id != body:
        return False
    before = [m for m in group if m.evidence and m.evidence[0].article_id == body and
              m.evidence[0].end <= told.start and not article.text[m.evidence[0].end:told.start].strip()]
    if not any(s.start <= ev.place.span.start < s.end for s in (m.evidence[0] for m in before)):
        return False
    located = [pl for pl in (_place_key(m) for m in before) if pl is not None and
               None not in (pl.lat, pl.lon, carried.lat, carried.lon)]
    if not located or not all(km_between(pl.lat, pl.lon, carried.lat, carried.lon) <= LOCATING_PLACE_KM
                              for pl in located):
        return False
    return _joins(group, dataclasses.replace(ev, place=None), generic)


def names_its_town(group: list[Event], ev: Event, places: list, generic: frozenset) -> bool:
    """A mention that carried its place from the article around it, whose own words name a
    town the incident's words name ("killed in the fighting … near Deir al-Adas" after "pushed
    the rebels from the town of Deir al-Adas"), tells that incident, though the gazetteer
    knows the town not and the carried place is another."""
    if own_place(ev) or not (named := _towns_named(places, ev)):
        return False
    if not any(named & _towns_named(places, m) for m in group):
        return False
    stripped = dataclasses.replace(ev, place=None)
    return _joins(group, stripped, generic)


def another_towns_toll(group: list[Event], ev: Event) -> bool:
    """A round-up gives each town its own toll: a mention whose own words give a town and a
    toll, after an incident told at other towns with another toll ("7 were killed in the strikes
    on Kafr Zita" … "in Khan Sheikhoun 10 were killed"), is another incident however near."""
    if _family(ev) != "violent" or ev.fatalities is None or not _town(ev):
        return False
    tolls = {_toll(m.fatalities) for m in group if m.fatalities is not None}
    towns = [m for m in group if _named_town(m)]
    return bool(tolls) and bool(towns) and _toll(ev.fatalities) not in tolls and \
        not any(_same_place(m, ev) for m in towns)


TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                       "Non-violent transfer of territory"})


_KIND_WORDS = re.compile(r"\b(?:the|town|village|city|hamlet|township|of)\b", re.I)


def _village_key(surface: str) -> str:
    """"Minian town", "the town of Minian", "al-Minian": one village."""
    from ..geo.normalise import key, strip_article

    core = " ".join(_KIND_WORDS.sub(" ", surface).split())
    return key(strip_article(core) or core)


def _villages_named(places: list, ev: Event) -> set[str]:
    """In a report of captured ground, the villages taken: the places its sentence names that
    the gazetteer does not know."""
    return _towns_named(places, ev, unknown_only=True, name=_village_key)


def other_villages_taken(group: list[Event], ev: Event, places: list) -> bool:
    """Ground is taken village by village (ACLED codes each one): a capture of villages the
    incident's captures do not name ("Masqan and Ehras were liberated on Monday" … "the army also
    won back the village of al-Tiba") is another capture, though both lie in one province."""
    if ev.sub_event_type not in TERRITORY or not (mine := _villages_named(places, ev)):
        return False
    theirs = [_villages_named(places, m) for m in group if m.sub_event_type in TERRITORY]
    return any(theirs) and not any(mine & t for t in theirs)


def another_days_village(group: list[Event], ev: Event, places: list, published: Optional[date]) -> bool:
    """A round-up tells an earlier day's attack with its day: a mention whose own words date it
    two days or more before the report ("On Thursday two children were injured … on Harfa
    village", in Sunday's bulletin), on a village the gazetteer does not know and the incident's
    undated mentions do not name, where they name another, is another incident — the incident's
    date only stood in from the report's day."""
    if _family(ev) != "violent" or published is None or (t := _explicit_time(ev)) is None or \
            any(_explicit_time(m) is not None for m in group):
        return False
    try:
        day = date.fromisoformat((t.end or t.start)[:10])
    except ValueError:
        return False
    if (published - day).days < 2:
        return False
    mine = _towns_named(places, ev, name=_village_key)
    theirs = set().union(*(_towns_named(places, m, name=_village_key) for m in group))
    villages = {_village_key(pm.surface) for pm in places
                if pm.kind == "place" and pm.place is None and _called_a_village(pm, ev)}
    return bool(villages - theirs) and bool(theirs - mine)


_SETTLEMENT = re.compile(r"\b(?:village|town|hamlet)s?\b", re.I)
_SETTLEMENT_OF = re.compile(r"\b(?:village|town|hamlet)s?\s+of\s+(?:the\s+)?$", re.I)


def _called_a_village(pm, ev: Event) -> bool:
    """Whether the mention's own sentence names ``pm`` and calls it a village or a town ("Harfa
    village", "the town of Jisreen"): a name the gazetteer lacks may be a street or a building
    ("East 84th Street")."""
    s = ev.evidence[0] if ev.evidence else None
    if s is None or not s.start <= pm.span.start < s.end:
        return False
    before = (s.text or "")[max(0, pm.span.start - s.start - 25):pm.span.start - s.start]
    return bool(_SETTLEMENT.search(pm.surface) or _SETTLEMENT_OF.search(before))
