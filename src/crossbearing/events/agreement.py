"""When two mentions of one article tell one incident: the agreement tests ``incidents.consolidate``
joins mentions by (kind of event, actors, place, date, toll), and the helpers that read a
mention's own words (its sentence, the date and toll it states itself).

Kinds agree within a family: a death word alone joins any violent incident; a bombing told as
"a motorcycle bomb" and as "a suicide bomber" is one blast; a "bombardment" that names no
weapon joins the air strike or shelling it agrees with. Places agree at the scale of an
incident (a suburb and its city, within ``SAME_PLACE_KM``); dates within a day, unless two
mentions name two weekdays with two tolls.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ..model import Event, Quantity, TimeRef
from ..timex.event import HEADING_GAP, dates_a_statement

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


def _sentence(ev: Event) -> str:
    return ev.evidence[0].text if ev.evidence else ""


def _explicit_time(ev: Event) -> Optional[TimeRef]:
    """The event's date when its own words give it (not the publication-date stand-in)."""
    t = ev.time
    if t is None or t.start is None or not ev.evidence:
        return None
    s = ev.evidence[0]
    if t.span.end <= t.span.start:
        return None  # the publication date standing in (an empty span at the page's top)
    # (or the date heading its line: "1993: Dr. David Gunn is shot …", see ``timex.event``)
    return t if s.start <= t.span.start < s.end or 0 <= s.start - t.span.end <= HEADING_GAP else None


def told_on(ev: Event) -> bool:
    """The event's own date is only the day its news was told ("… killed dozens in Idlib, the
    ministry said on Thursday"): it says nothing of the day of the attack."""
    t = _explicit_time(ev)
    return t is not None and dates_a_statement(ev.evidence[0].text or "", t.span.start - ev.evidence[0].start)


def _toll(q: Optional[Quantity]) -> Optional[float]:
    if q is None:
        return None
    return q.best if q.best is not None else q.low


# a protest met with lethal force is where its dead were killed: it owns their toll as a violent
# incident does (the lead's dead are not another, unnamed attack)
DEADLY_PROTEST = "Excessive force against protesters"


def _family(ev: Event) -> str:
    return "violent" if ev.event_type in VIOLENT or ev.sub_event_type == DEADLY_PROTEST else ev.sub_event_type or "other"


def violent_incident(group: list[Event]) -> bool:
    """Whether an incident (its mentions) is violent: its first mention is, or a protest it opened
    was met with excessive force ("… protested. Security forces fired live rounds at them")."""
    return _family(group[0]) == "violent" or any(e.sub_event_type == DEADLY_PROTEST for e in group)


def _place_key(ev: Event):
    pm = ev.place
    pl = (pm.place or pm.within) if pm else None
    return pl


SAME_PLACE_KM = 15.0


def _places_agree(a: Event, b: Event) -> bool:
    pa, pb = _place_key(a), _place_key(b)
    if pa is None or pb is None:
        return True
    if pa.geonameid is not None and pa.geonameid == pb.geonameid:
        return True
    if pa.country and pb.country and pa.country != pb.country:
        return False
    fine_a = (a.geo_precision or 3) < 3
    fine_b = (b.geo_precision or 3) < 3
    if fine_a and fine_b:
        # a suburb and the city it is "near" ("air raids near Damascus" … "in Douma"), a
        # neighbourhood and its city: one place at the scale of an incident
        from ..link.compare import km_between

        close = None not in (pa.lat, pa.lon, pb.lat, pb.lon) and \
            km_between(pa.lat, pa.lon, pb.lat, pb.lon) <= SAME_PLACE_KM
        return close or (pa.name or "").lower() == (pb.name or "").lower()
    # a region and a place in it, or two region-level mentions of one province/country; two
    # provinces each named as one ("30 killed in Aleppo province and another 39 in Idlib
    # province") are two places
    # (a region that lies in one province, "Eastern Ghouta", is a place of that province)
    named_provinces = a.place is not None and b.place is not None and \
        {a.place.kind, b.place.kind} <= {"province", "region"}
    if pa.admin1 and pb.admin1 and pa.admin1 != pb.admin1 and (fine_a or fine_b or named_provinces):
        return False
    return True


# a day named with its part ("late Friday", "Friday night", "overnight") may run into the next
_DAY_PART = re.compile(r"\b(?:night|overnight|late|early|evening|dawn|midnight|morning)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_DIED = re.compile(r"\b(?:died|dies|succumbed|passed away|pronounced dead)\b", re.I)


def _dates_agree(a: Event, b: Event) -> bool:
    """Within a day of each other; but two mentions that each name another weekday and give
    another toll ("rockets on Saturday killed 12" … "shelling on Friday killed two children")
    are two days, unless one names a part of the day that can run into the next, or tells that
    someone died (victims die the day after). A day that only dates the telling ("the ministry
    said on Thursday", ``told_on``) dates neither."""
    ta, tb = (None if told_on(e) else _explicit_time(e) for e in (a, b))
    agree = times_within_a_day(ta, tb)
    if agree and ta.start[:10] != tb.start[:10] and not any(_DIED.search(_sentence(e)) for e in (a, b)) \
            and None not in (_toll(a.fatalities), _toll(b.fatalities)) and _toll(a.fatalities) != _toll(b.fatalities):
        words = [(t.span.text or "") + " " + _around(e, t) for e, t in ((a, ta), (b, tb))]
        if all(_WEEKDAY.search(w) for w in words) and not any(_DAY_PART.search(w) for w in words):
            return False
    return agree is not False


def _around(ev: Event, t: TimeRef) -> str:
    """The words just around a date in its sentence ("late on Friday", "Friday night")."""
    s = ev.evidence[0]
    text = s.text or ""
    i, j = t.span.start - s.start, t.span.end - s.start
    return text[max(0, i - 12):min(len(text), j + 12)]


def times_within_a_day(ta: Optional[TimeRef], tb: Optional[TimeRef]) -> Optional[bool]:
    """Whether two dates (intervals) come within a day of each other; None when either is
    missing or unreadable."""
    if ta is None or tb is None or not ta.start or not tb.start:
        return None
    try:
        sa, ea = date.fromisoformat(ta.start[:10]), date.fromisoformat((ta.end or ta.start)[:10])
        sb, eb = date.fromisoformat(tb.start[:10]), date.fromisoformat((tb.end or tb.start)[:10])
    except ValueError:
        return None
    return sa <= eb + timedelta(days=1) and sb <= ea + timedelta(days=1)


# (with its count: "1 fatality.", "2 fatalities." — a coder's or a bulletin's toll line)
_DEATH_ONLY = re.compile(r"^(?:\d+\s+)?(?:killed|dead|died|deaths?|bodies|fatally|slain|perished|fatalit(?:y|ies))$",
                         re.I)


def death_only(ev: Event) -> bool:
    """A mention whose only trigger is a death word ("12 people were killed"): it names no
    kind of event of its own, so it can join any violent incident it agrees with."""
    return ev.trigger is not None and bool(_DEATH_ONLY.match((ev.trigger.text or "").strip()))


def crowd_event(ev: Event) -> bool:
    """A protest, riot or looting: a crowd's event, whose toll a bare count in its article is."""
    return ev.event_type in ("Protests", "Riots") or ev.sub_event_type == DAMAGE


_CROWD_SUBS = frozenset({"Violent demonstration", "Mob violence", "Looting/property destruction"})
IN_THE_UNREST = re.compile(r"\b(?:in|during)\s+the\s+(?:\w+\s+)?(?:violence|unrest|riots?|rioting|disturbances?|chaos|"
                            r"turmoil|looting|mayhem)\b", re.I)


def _killed_in_the_unrest(ev: Event, crowd: Event) -> bool:
    """A bare toll that points back at a riot told before it ("Looters ransacked shops … Six
    people were killed in the violence"): the riot's toll, not an attack of its own."""
    return crowd.sub_event_type in _CROWD_SUBS and death_only(ev) and bool(IN_THE_UNREST.search(_sentence(ev)))


# a protest and the police's intervention in it told in the next sentence ("Police intervened
# and detained 5 protesters") are one event: a protest with intervention; so are a protest and
# the live fire that dispersed it ("Security forces fired live rounds to disperse the crowd"):
# excessive force against protesters
_ONE_PROTEST = frozenset({"Peaceful protest", "Protest with intervention", DEADLY_PROTEST})


# "At least two protesters were arrested", "… and several others were detained" after a protest:
# the crowd's arrest is the police's intervention in the protest, not an arrest event of its own
_OTHERS_HELD = re.compile(r"\b(?:several|many|some|scores|dozens|hundreds|\d+|two|three|four|five|six|seven|eight|nine|"
                          r"ten)\s+(?:of\s+them|others|more|people|persons|participants|activists|students)\s+"
                          r"(?:were|have been|had been)\s+(?:arrested|detained)\b",
                          re.I)


def crowd_arrested(arrest: Event, protest: Event) -> bool:
    """Whether ``arrest`` tells the arrest of the crowd of ``protest`` (a protest's mention)."""
    from .typing_words import says

    if arrest.sub_event_type != "Arrests" or protest.sub_event_type not in _ONE_PROTEST:
        return False
    told = _sentence(arrest)
    return says("protesters_held", told) or bool(_OTHERS_HELD.search(told))


def _types_agree(a: Event, b: Event) -> bool:
    """Whether mention ``b`` may join the incident that holds mention ``a``."""
    if _family(a) != _family(b):
        return {a.sub_event_type, b.sub_event_type} <= _ONE_PROTEST or _damage_in_an_attack(b, a) or \
            _killed_in_the_unrest(b, a) or crowd_arrested(b, a)
    if _family(a) != "violent":
        return True
    return a.sub_event_type == b.sub_event_type or _death_joins(a, b) or _death_joins(b, a) or \
        {a.sub_event_type, b.sub_event_type} <= BOMBINGS or \
        ({a.sub_event_type, b.sub_event_type} <= FROM_AFAR and (_weapon_unsaid(a) or _weapon_unsaid(b))) or \
        ({a.sub_event_type, b.sub_event_type} <= GUNFIRE and (_sides_unsaid(a) or _sides_unsaid(b)))


# ACLED's looting and property destruction is what happens "outside the context of other forms
# of violence": homes burned and cattle stolen by the gunmen who killed the villagers, told after
# the killing, are the attack's, one event with it (damage told first — "he had been accused of
# arson" before the shooting — is no attack's and opens no incident an attack joins).
DAMAGE = "Looting/property destruction"


def _damage_in_an_attack(damage: Event, other: Event) -> bool:
    return damage.sub_event_type == DAMAGE and _family(other) == "violent"


# "Bombardment continues" over the news of the day's air strikes: bombardment, bombing and
# "the raids" say that something was fired from afar, not whether from the air or the ground, so such a mention
# is one incident with the air strike or the shelling it agrees with.
FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_UNSAID_WEAPON = re.compile(r"^(?:bomb(?:ard(?:ment|ments|ed|ing|s)?|ing|ings|ed)|raids?)$", re.I)


def _weapon_unsaid(ev: Event) -> bool:
    words = (ev.trigger.text or "").lower().split() if ev.trigger is not None else []
    # the trigger's noun, bare ("bombardment") or after a function word ("injured in the raids");
    # a modifier names the weapon ("suicide bombing", "air raids", "Israeli raids")
    return bool(words) and bool(_UNSAID_WEAPON.match(words[-1])) and (len(words) == 1 or words[-2] in _BARE_BEFORE)


# "the early morning shootout at the club" … "Five people were injured in the shooting": a
# shooting, gunfire or shots say that guns were fired, not whether both sides fired, so such a
# mention is one incident with the clash or the attack it agrees with
GUNFIRE = frozenset({"Attack", "Armed clash"})
_UNSAID_SIDES = frozenset({"shooting", "gunfire"})
_TOLD_AGAIN_BEFORE = re.compile(r"\b(?:in|during|from|after|by)\s+the\s+$", re.I)


def _sides_unsaid(ev: Event) -> bool:
    """"injured in the shooting": the gunfire told again, bare (not "several shooting skirmishes")."""
    t, first = ev.trigger, ev.evidence[0] if ev.evidence else None
    if t is None or first is None or (t.text or "").strip().lower() not in _UNSAID_SIDES or \
            not first.start <= t.start <= first.end:
        return False
    at = t.start - first.start
    return bool(_TOLD_AGAIN_BEFORE.search((first.text or "")[max(0, at - 20):at]))


_BARE_BEFORE = frozenset({"the", "a", "in", "of", "by", "and", "those", "these", "that", "this", "renewed", "new",
                          "overnight", "heavy", "intense", "continued", "continuing"})


# A riot is what a crowd did: a death word told beside it ("they were slain by her husband",
# after "neighbours set fire to his truck") is a killing of its own unless it was read as the
# riot's own deaths.
RIOTS = frozenset({"Violent demonstration", "Mob violence"})


def _death_joins(dead: Event, other: Event) -> bool:
    """A death-only mention joins any violent incident of its article but a riot it was not
    itself typed as."""
    return death_only(dead) and (other.sub_event_type not in RIOTS or dead.sub_event_type in RIOTS)


# One bombing told as "a motorcycle bomb" and as "a suicide bomber blew himself up": how the
# bomb was delivered is often said differently in one article, the blast is one.
BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})


def _actors_agree(a: Event, b: Event) -> bool:
    return not (a.actor1 and b.actor1 and a.actor1 != b.actor1)


def _same_toll(a: Event, b: Event) -> bool:
    """The same specific death toll (two or more) told twice in one article: one incident
    ("Army kills 31 militants" … "warplanes struck …, killing 31 militants")."""
    ta, tb = _toll(a.fatalities), _toll(b.fatalities)
    return ta is not None and ta >= 2 and ta == tb


GENERIC_SUBS = ("Armed clash", "Attack")  # what a bare kill verb is typed as, without a weapon word


def _joins(group: list[Event], ev: Event, generic: frozenset = frozenset()) -> bool:
    """``generic``: ids of mentions whose violent type was inferred from a toll alone
    (``retype_deadly``): like a bare death word, they can join any violent incident they agree with."""
    def types(m: Event) -> bool:
        if _family(m) == _family(ev) == "violent" and (m.id in generic or ev.id in generic or _same_toll(m, ev)):
            return True
        return _types_agree(m, ev)
    return all(types(m) and _actors_agree(m, ev) and (_places_agree(m, ev) or _unrest_toll_elsewhere(ev, m))
               and _dates_agree(m, ev) for m in group)


def _unrest_toll_elsewhere(ev: Event, crowd: Event) -> bool:
    """"Six people were killed in the violence" names no place of its own: the place it took
    from the sentences before it does not set it apart from the riot it points back at."""
    if not _killed_in_the_unrest(ev, crowd) or not ev.evidence:
        return False
    s = ev.evidence[0]
    return ev.place is None or not (s.start <= ev.place.span.start < s.end)
