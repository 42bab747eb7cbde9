"""Incidents, not sentences: the events of one article become one event per real incident.

``build_events`` finds event *mentions* sentence by sentence. A report names its incident
in the lead, repeats it in later sentences ("the attack", "the victims"), gives the toll in
another, and mentions history, statistics and what might happen. Here, per article:

1. **What is not an incident** is set apart: mentions in page furniture (related links,
   tags, captions, cookie text) are dropped; hypotheticals, threats, calls, denials,
   negations and truces are dropped; cumulative and war-long tolls ("the war has killed
   more than …"), multi-year spans and implausibly large single tolls become *aggregates*
   (kept, never exported as events); a mention dated long before the report is background
   (an aggregate too).
2. **One event per incident**: a mention joins an earlier incident of the same kind unless
   their places or dates disagree or the sentence opens a separate one ("In a separate
   incident", "Elsewhere"; a round-up's other threads and towns: ``events.threads``; the
   tests of kind, actors, place and date: ``events.agreement``). The
   merged event keeps every mention's evidence, takes the most specific place and date its
   mentions give, the type of its most confident mention, and the largest of its tolls
   (later sentences repeat or break the toll down).
3. **The lead incident** also reads the article's headline and lead as a whole
   (``figures.gva.article_casualties``, ``timex.event.main_event_date``): a toll stated in
   the headline or counted from named victims, and the day the lead dates it, with their
   evidence spans.

Before step 1 each mention's type and sides are corrected (``events.roles``); incidents only
the headline or lead report, and the air arm that flew an unattributed strike, are in
``events.reported``. The cue lists are language data (``data/lang/en/incidents.json``, read by ``events.cues``).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from typing import Optional

from ..model import Analysis, Event, Span, TimeRef
from .agreement import (DAMAGE, DEADLY_PROTEST, FROM_AFAR, GENERIC_SUBS, IN_THE_UNREST, VIOLENT, _actors_agree,
                        _dates_agree, _explicit_time, _family, _joins, _place_key, _places_agree, _same_toll, _sentence,
                        _toll, _weapon_unsaid, crowd_event, death_only, told_on, violent_incident)
from .clause_order import DEAL_VERBS
from .cues import any_cue, cue_before, cues, is_furniture
from .typing_words import says
from .lexicon import CUES_BY_NAME
from .taxonomy import TERRITORY_TAKEN

BACKGROUND_DAYS = 365  # a mention dated this long before its report is history, not the day's news
MAX_INCIDENT_TOLL = 1000  # a single-incident toll above this is a statistic unless dated to a day
COARSE_PRECISIONS = ("year", "season", "quarter")
COARSE_BACKGROUND_DAYS = 31  # a month or year that ended this long before the report is history




def _after_comparison(ev: Event) -> bool:
    """The mention's trigger comes after a superlative's "since" in its sentence ("… the
    deadliest attack since a bombing killed 30"): it tells the earlier incident compared."""
    if not ev.evidence or ev.trigger is None:
        return False
    sent = ev.evidence[0]
    return cue_before("past_comparison", sent.text or "", ev.trigger.start - sent.start)


# an agreement's trigger that tells its making ("signed", "reached an agreement"), read from its start
_AGREEING = re.compile(rf"(?:{DEAL_VERBS})\b(?!\s+(?:by|with)\b)", re.I)
# a truce told as the object of those who made it: "elders brokered a truce between the clans"
# (its object: "brokered a truce", not the adjective of "a US-brokered ceasefire that came into force")
_COLLAPSED = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:collaps\w*|broke down|breaks down|fell apart|falls apart|"
                        r"falter\w*|crumbl\w*|unravel\w*|expired)\b", re.I)
_TRUCE_MADE = re.compile(r"\b(?:signed|agreed (?:to|on)|reached|struck|concluded|brokered|mediated|negotiated|secured)"
                         r"\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?$", re.I)


def _deal_struck(ev: Event) -> bool:
    """Whether ``ev`` is an agreement its trigger tells made ("reached an agreement", "signed a truce")."""
    return ev.sub_event_type == "Agreement" and ev.trigger is not None and bool(_AGREEING.match(ev.trigger.text or ""))


def _not_happened(ev: Event, sent: str) -> bool:
    """The sentence says the event is only threatened, planned, called for or denied. What a
    crowd demands, urges or protests against after the words that report it is its message,
    not a plan ("gathered outside parliament to protest the plans to close the port", "marched,
    demanding that the mayor resign"); a protest is voided only by such words before its
    trigger ("unions plan to strike")."""
    found = [m for p in cues()["not_happened"] for m in p.finditer(sent)]
    if ev.sub_event_type == "Agreement" and ev.trigger is not None and ev.evidence and \
            _COLLAPSED.match(sent, ev.trigger.start - ev.evidence[0].start + len(ev.trigger.text or "")):
        return True  # "since the ceasefire collapsed": the truce's end is no agreement
    if ev.sub_event_type == "Agreement":
        # a ceasefire or truce voids the fighting it halts, but it is what parties that sign or
        # agree agree on, and what they are told to make ("elders brokered a truce"); a truce
        # merely named ("the truce appeared to hold") stays background
        signed = _deal_struck(ev)
        found = [m for m in found if not (CUES_BY_NAME["agreement"].pattern.fullmatch(m.group(0).strip()) and (
            signed or _TRUCE_MADE.search(sent, max(0, m.start() - 50), m.start())))]
    if ev.sub_event_type == "Change to group/activity" and ev.trigger is not None and ev.evidence and \
            CUES_BY_NAME["group_change"].pattern.fullmatch((ev.trigger.text or "").strip()):
        # a group that suspends its operations changes its activity: the halt is the event (not
        # a ceasefire, which other cues type)
        at = ev.trigger.start - ev.evidence[0].start
        found = [m for m in found if not (m.start() < at + len(ev.trigger.text or "") and at < m.end())]
    if not found:
        return False
    if (ev.event_type not in ("Protests", "Riots") and ev.sub_event_type != "Arrests") or ev.trigger is None or \
            not ev.evidence:
        return True  # (an arrest, like a protest, is voided only by words before it: "arrested after he
        # threatened to shoot up a school" is an arrest)
    at = ev.trigger.start - ev.evidence[0].start
    return any(m.start() < at for m in found)


def classify(ev: Event, published: Optional[date]) -> str:
    """incident | background (dated long before the report) | aggregate | drop (not an
    event) for one event mention."""
    if ev.aggregate:
        return "aggregate"
    if ev.planned:
        return "incident"  # kept, flagged planned, out of the event export
    sent = _sentence(ev)
    if _not_happened(ev, sent) or any_cue("habitual", sent):
        return "drop"  # hypotheticals, calls, denials; habits ("rebels often fire rockets")
    if death_only(ev) and any_cue("nobody_hurt", sent):
        return "drop"  # "no one was killed": the death word reports no death (a blast told with it stays)
    if any_cue("no_arrest", sent) and (ev.sub_event_type == "Arrests" or
                                     any_cue("arrest_trigger", (ev.trigger.text if ev.trigger else "") or "")):
        return "drop"  # "no arrests have been made", "no one was in custody", "the gunman remains at large"
    if any_cue("accident", sent) and not any_cue("violence", sent) and ev.event_type not in ("Protests", "Riots"):
        return "drop"  # deaths in a road crash, a drowning, a house fire: not political violence (a
        # crowd that protests or riots over one is: "residents blocked the road after a boy was run over")
    if (any_cue("cumulative", sent) and not _deal_struck(ev)) or any_cue("statistics", sent) or \
            any_cue("campaign_toll", sent):
        return "aggregate"  # (a deal struck is one day's, whatever the feud it ends "has killed")
    if any_cue("spell_of_fighting", sent) and not (ev.fatalities is None and (
            _tells_a_place_taken(ev, sent) or ev.event_type == "Strategic developments")):
        return "aggregate"  # a toll over "three days of fighting"; the town taken at its end, or the
        # truce signed to end it, is one day's
    toll = _toll(ev.fatalities)
    t = _explicit_time(ev)
    if toll is not None and toll >= MAX_INCIDENT_TOLL and not (t and t.precision == "day"):
        return "aggregate"
    if t is not None and published is not None:
        try:
            end = date.fromisoformat((t.end or t.start)[:10])
        except ValueError:
            end = None
        if end is not None and (published - end).days > BACKGROUND_DAYS:
            return "background"
        if end is not None and t.precision in COARSE_PRECISIONS and (published - end).days > COARSE_BACKGROUND_DAYS:
            return "background"  # "captured the town last year", "in March": history, not the news
        if end is not None and ev.evidence and t.span.end <= ev.evidence[0].start and \
                (published - end).days > COARSE_BACKGROUND_DAYS:
            return "background"  # "August 2013: Gunman kills six …": a timeline's entry of an earlier month
    return "incident"


def _tells_a_place_taken(ev: Event, sent: str) -> bool:
    """Whether the mention is of a place changing hands: typed so, or told as a town seized or
    retaken (a clash whose actor the words leave unnamed)."""
    return ev.sub_event_type in TERRITORY_TAKEN or says("state_forces_regain", sent) or says("armed_group_seizes", sent)


def _bare(ev: Event) -> bool:
    """A violent mention with nothing of its own: no toll, no date and no place in its own
    words ("Circumstances of the shooting were not immediately clear", "police are still
    investigating the shooting"). What it has came from the article around it."""
    if _family(ev) != "violent" or ev.fatalities is not None or ev.injured is not None:
        return False
    if _explicit_time(ev) is not None or not ev.evidence:
        return False
    s = ev.evidence[0]
    return ev.place is None or not (s.start <= ev.place.span.start < s.end)


def _only_the_leads_place(ev: Event, lead: Event) -> bool:
    """A violent mention of the lead's kind whose only detail of its own is the lead's place
    ("The clashes took place not far from the airport" after "10 troops killed in clashes near
    Deir Ezzor"): the lead incident told again, not a second one."""
    if _family(ev) != "violent" or ev.fatalities is not None or ev.injured is not None or _explicit_time(ev) is not None:
        return False
    if ev.sub_event_type != lead.sub_event_type and not death_only(ev):
        return False
    pa, pb = _place_key(ev), _place_key(lead)
    return pa is not None and pb is not None and (
        (pa.geonameid is not None and pa.geonameid == pb.geonameid) or
        ((pa.name or "").lower() == (pb.name or "").lower() and pa.country == pb.country))


def _drop_bare_mentions(incidents: list[list[Event]]) -> None:
    """Later incidents made only of bare violent mentions that name no other attacker than the
    first violent incident's are that incident told again: they are not incidents of their own
    (a round-up's second shooting has a toll, a place or a day of its own, and stays). They add
    nothing to the first one either, so they go (their sentences would only widen its evidence,
    and with it the hedges read there)."""
    first = next((i for i, g in enumerate(incidents) if violent_incident(g)), None)
    if first is None:
        return
    lead = incidents[first][0]

    def told_again(e: Event) -> bool:  # unless it names another attacker than the lead's ("Russian cruise missiles")
        return (_bare(e) or _only_the_leads_place(e, lead)) and \
            (e.actor1 is None or lead.actor1 is None or e.actor1 == lead.actor1)

    for g in [g for g in incidents[first + 1:] if all(told_again(e) for e in g)]:
        incidents.remove(g)


def _merge(group: list[Event], idx: int, article_id: str, generic: frozenset = frozenset()) -> Event:
    lead = group[0]
    # homes burned in an attack take the attack's type (``agreement.DAMAGE``)
    # (not by a bare toll that points back at the unrest: "Six people were killed in the violence")
    typing = [e for e in group if e.sub_event_type != DAMAGE] \
        if any(_family(e) == "violent" and not (death_only(e) and IN_THE_UNREST.search(_sentence(e))) for e in group) \
        else group
    typed = next((e for e in typing if not death_only(e) and e.id not in generic and e.sub_event_type not in GENERIC_SUBS),
                 next((e for e in typing if not death_only(e) and e.id not in generic),
                      next((e for e in typing if not death_only(e)), typing[0])))
    if typed.sub_event_type in ("Peaceful protest", "Protest with intervention"):  # what the crowd met decides
        typed = next((e for e in group if e.sub_event_type == DEADLY_PROTEST),
                     next((e for e in group if e.sub_event_type == "Protest with intervention"), typed))
    # the type from a mention that names the weapon, where the typed one only says "bombardment"
    kind = next((e for e in group if e.sub_event_type in FROM_AFAR and not _weapon_unsaid(e)), typed) \
        if _weapon_unsaid(typed) else typed
    if kind.sub_event_type == "Peaceful protest" and any(e.sub_event_type == "Arrests" for e in group):
        from .roles import retyped  # its crowd arrested (``agreement.crowd_arrested``): an intervention

        kind = retyped(kind, "Protest with intervention", kind.civilian_targeting)
    placed = min(group, key=lambda e: (_place_key(e) is None, e.geo_precision or 9, group.index(e)))
    dated = [e for e in group if _explicit_time(e) is not None]
    timed = min(dated, key=lambda e: (told_on(e), e.time_precision or 9, group.index(e))) if dated else lead
    killed = max((e.fatalities for e in group if e.fatalities is not None), key=lambda q: _toll(q) or 0, default=None)
    injured = max((e.injured for e in group if e.injured is not None), key=lambda q: _toll(q) or 0, default=None)
    evidence: list[Span] = []
    for e in group:
        evidence += [s for s in e.evidence if s not in evidence]
    return dataclasses.replace(
        lead, id=f"{article_id}-e{idx}",
        event_type=kind.event_type, sub_event_type=kind.sub_event_type, disorder_type=kind.disorder_type,
        plover_type=kind.plover_type, plover_mode=kind.plover_mode,
        actor1=typed.actor1, inter1=typed.inter1, assoc_actor_1=typed.assoc_actor_1,
        actor2=typed.actor2, inter2=typed.inter2, assoc_actor_2=typed.assoc_actor_2,
        civilian_targeting=any(e.civilian_targeting for e in group),
        place=placed.place, latitude=placed.latitude, longitude=placed.longitude, geo_precision=placed.geo_precision,
        time=timed.time, time_precision=timed.time_precision,
        fatalities=killed, injured=injured,
        materiel=[q for e in group for q in e.materiel],
        quantities=[q for e in group for q in e.quantities],
        claims=[c for e in group for c in e.claims],
        confidence=max(e.confidence for e in group),
        evidence=evidence,
        planned=all(e.planned for e in group),
    )


SPECIFIC_TOLL = 10


def _absorb_same_toll(merged: list[Event], lead: int, article_id: str,
                      generic: frozenset = frozenset()) -> tuple[list[Event], int]:
    """The headline and lead's toll is read after incidents are formed; a later violent
    incident of the article with that same specific toll, at an agreeing place and date, is
    the lead incident told again ("16 civilians killed in motorbike bombing" … "the blast
    killed 16 people") and joins it. Ids are renumbered so that they stay dense."""
    head = merged[lead]
    # a toll of ten or more told twice is specific enough to outweigh the actor one telling got
    # wrong (the target read as the attacker: "70 terrorists were killed in the airstrikes")
    specific = (_toll(head.fatalities) or 0) >= SPECIFIC_TOLL
    same = [i for i, e in enumerate(merged) if i != lead and _family(e) == "violent" and _same_toll(head, e)
            and _places_agree(head, e) and _dates_agree(head, e) and (specific or _actors_agree(head, e))]
    if not same:
        return merged, lead
    whole = _merge([head] + [merged[i] for i in same], lead, article_id, generic)
    # the lead's own reading of its toll and date stands (it was made from the whole lead)
    whole = dataclasses.replace(whole, time=head.time, time_precision=head.time_precision,
                                fatalities=head.fatalities, injured=head.injured or whole.injured)
    if head.actor1 is not None:  # and so do its actors, where a later telling read others
        whole = dataclasses.replace(whole, actor1=head.actor1, inter1=head.inter1, assoc_actor_1=head.assoc_actor_1,
                                    actor2=head.actor2, inter2=head.inter2, assoc_actor_2=head.assoc_actor_2)
    kept = [whole if i == lead else e for i, e in enumerate(merged) if i not in same]
    renumbered = [dataclasses.replace(e, id=f"{article_id}-e{i}") for i, e in enumerate(kept)]
    return renumbered, kept.index(whole)


def _published(analysis: Analysis) -> Optional[date]:
    try:
        return date.fromisoformat((analysis.article.published or "")[:10])
    except ValueError:
        return None


def focus_country(analysis: Analysis) -> Optional[str]:
    """The country an article is about: the country of its focus place (``extract.places``
    reads it from the dateline, the headline and the towns and regions the story names, so a
    story about Hama that names Iraq five times is still in Syria); without one, the country
    its resolved place mentions name most (two mentions at least; not people's words such as
    "Syrian" or "Iraqi"), else None."""
    from collections import Counter

    from .assemble import is_focus

    home = next(((pm.place or pm.within).country for pm in analysis.places
                 if is_focus(pm) and (pm.place or pm.within) is not None), None)
    if home:
        return home
    counts = Counter((pm.place or pm.within).country for pm in analysis.places
                     if pm.kind != "demonym" and (pm.place or pm.within) is not None
                     and (pm.place or pm.within).country)
    if not counts:
        return None
    cc, n = counts.most_common(1)[0]
    return cc if n >= 2 else None


def _in_focus(ev: Event, text: str, focus: Optional[str], focus_town=None) -> Event:
    """An event placed in another country than the article's focus, or at a place that only
    qualifies an organisation ("the London-based Observatory"), loses that place: such a
    mention names who speaks or acts, not where it happened. The event then takes the place
    of the incident it joins, or none."""
    pm = ev.place
    pl = (pm.place or pm.within) if pm else None
    if pm is None or pl is None:
        return ev
    after = text[pm.span.end:pm.span.end + 25]
    before = text[max(0, pm.span.start - 40):pm.span.start]
    # (not a part the words put in the focus town: "Jerusalem's Old City", coded in the Palestinian
    # territories, on a story filed from Jerusalem)
    in_town = focus_town is not None and focus_town.name and \
        re.search(rf"\b{re.escape(focus_town.name)}['’]s\s+$", before, re.I) is not None
    foreign = focus is not None and pl.country is not None and pl.country != focus and ev.event_type in VIOLENT and \
        not in_town
    if foreign or any_cue("attribute_place", after) or any_cue("attribute_place_before", before):
        return dataclasses.replace(ev, place=None, latitude=None, longitude=None, geo_precision=None)
    return ev


def _days_of_others(text: str, incidents: list[list[Event]], lead: int, article_id: str,
                    dated_apart: list[list[Event]] = ()) -> list[tuple[int, int]]:
    """The spans of the days the article's other violent incidents are dated by in their own
    words, less any that also dates the lead's own mentions (one sentence may tell two). Only
    when the lead's first mention dates it to a day of an incident (not "since Friday", not
    "police released photos Tuesday"): then a mention dated otherwise is surely another incident; a
    mention set apart by its place alone may be the lead's, misplaced. ``dated_apart``: incidents
    told apart by their own earlier day; their days are never the lead's."""
    from ..timex.event import dates_a_follow_up

    def days(group: list[Event]) -> dict[tuple[int, int], TimeRef]:
        return {(t.span.start, t.span.end): t for e in group for t in [_explicit_time(e)]
                if t is not None and t.span.article_id == article_id and t.precision == "day"}

    own = days(incidents[lead])
    first = days(incidents[lead][:1])
    if not any(t.kind == "date" and not dates_a_follow_up(text, s, e) for (s, e), t in first.items()):
        return sorted(set().union(*(days(g) for g in dated_apart if g is not incidents[lead])) - set(own))
    others = set().union(*(days(g) for i, g in enumerate(incidents) if i != lead and violent_incident(g)))
    return sorted(others - set(own))


def _points_back(ev: Event, told: Optional[list[Event]]) -> bool:
    """A violent mention whose sentence opens by pointing back at the attack just told ("In
    the attack 18 lorries were destroyed and 20 civilians were killed") goes on telling that
    incident, whatever its own words were typed as, where place and day agree."""
    return told is not None and _family(ev) == "violent" and any_cue("told_again_opening", _sentence(ev)) and \
        all(_places_agree(m, ev) and _dates_agree(m, ev) for m in told)


def _flown_by_state(ev: Event, focus: Optional[str]) -> Event:
    """An air strike flown by "regime warplanes" is the forces of the country the article is
    about, by ACLED's name ("Military Forces of Syria"); where no country is known, the actor
    stays "Government forces" rather than becoming nobody."""
    from .roles import _state_forces

    named = _state_forces(ev, focus)
    return named if named.actor1 is not None or ev.actor1 is None else ev


def _dated_after(a: Event, b: Event) -> bool:
    """Whether ``a`` is explicitly dated after ``b`` (both dated)."""
    ta, tb = _explicit_time(a), _explicit_time(b)
    if ta is None or tb is None:
        return False
    return (ta.start or "")[:10] > ((tb.end or tb.start) or "~")[:10]


def consolidate(analysis: Analysis, mentions: list[Event]) -> list[Event]:
    """One event per incident of the article (plus its aggregates and planned events)."""
    from .assemble import is_focus
    from .reported import air_operator, claimant, claimed_by, flown_by, reported_incident  # (they use this module's rules)
    from .lead import crowds_toll, follow_up_subject, join_headline_incident, lead_casualties, lead_figures
    from .totals import split_total_over_places
    from .roles import (_police_as_witness, _state_forces, clash_of_a_crowd, clash_on_civilians, deadly_abduction,
                        retype_deadly, taken_by_its_actor)
    from .threads import another_days_village, another_towns_toll, names_its_town, other_villages_taken, own_place, \
        told_apart, toll_goes_on

    text = analysis.article.text
    published = _published(analysis)
    focus = focus_country(analysis)
    focus_town = next(((pm.place or pm.within) for pm in analysis.places
                       if is_focus(pm) and (pm.place or pm.within) is not None), None)
    incidents: list[list[Event]] = []
    generic: set[str] = set()  # mentions typed from their toll alone
    background: list[Event] = []
    kept_aside: list[Event] = []
    opened: Optional[list[Event]] = None  # the incident the previous mention opened as another thread
    dated_apart: list[list[Event]] = []  # incidents told apart by their own earlier day
    last_violent: Optional[list[Event]] = None  # the incident the last violent mention told
    for ev in mentions:
        s = ev.evidence[0] if ev.evidence else ev.trigger
        if s is not None and is_furniture(text, s.start, s.text or ""):
            continue
        ev = _in_focus(ev, text, focus, focus_town)
        ev = clash_of_a_crowd(deadly_abduction(clash_on_civilians(_state_forces(_police_as_witness(ev), focus))))
        ev = taken_by_its_actor(ev)
        if classify(ev, published) == "incident":
            typed = retype_deadly(ev)
            if typed is not ev:
                generic.add(ev.id)
            ev = typed
        kind = classify(ev, published)
        if kind == "drop":
            continue
        if kind == "incident":
            told = _sentence(ev)  # "… came two days after", "where he was killed four years ago"
            if any_cue("past_reference", told) or _after_comparison(ev) or (_family(ev) == "violent" and any_cue("long_past_violence", told)):
                kind = "background"
        if kind == "background":
            background.append(ev)
            continue
        if kind == "aggregate" or ev.planned:
            kept_aside.append(dataclasses.replace(ev, aggregate=kind == "aggregate" or ev.aggregate))
            continue
        separate = any_cue("separate_incident", _sentence(ev))
        earlier_day: list[list[Event]] = []
        # the thread the previous mention opened goes on in a mention that names no place of its
        # own ("… also carried out air strikes against Irbin. The strikes killed five people.")
        home = opened if opened is not None and not separate and not own_place(ev) and \
            _joins(opened, ev, frozenset(generic)) else None
        if home is None and not separate and _points_back(ev, last_violent):
            home = last_violent
        if home is None and not separate:
            home = next((g for g in incidents if names_its_town(g, ev, analysis.places, frozenset(generic))), None)
            if home is not None:  # the place it carried is not its incident's
                ev = dataclasses.replace(ev, place=None, latitude=None, longitude=None, geo_precision=None)
            else:
                agreeing = [g for g in incidents if _joins(g, ev, frozenset(generic))]
                earlier_day = [g for g in agreeing if another_days_village(g, ev, analysis.places, published)]
                home = next((g for g in agreeing if not any(g is d for d in earlier_day) and not (
                    told_apart(g, ev) or another_towns_toll(g, ev) or other_villages_taken(g, ev, analysis.places))),
                            None)
                separate = home is None and bool(agreeing)
                if not agreeing and toll_goes_on(last_violent, ev, frozenset(generic), analysis.article):
                    home = last_violent  # (no incident agrees with the place it carried)
        opened = None
        if home is None:
            incidents.append([ev])
            opened = incidents[-1] if separate else None
            if earlier_day:  # (then it agreed with those incidents, so it is ``separate``)
                dated_apart.append(incidents[-1])
        else:
            home.append(ev)
        if _family(ev) == "violent":
            last_violent = home if home is not None else incidents[-1]
    _drop_bare_mentions(incidents)
    subject = follow_up_subject(analysis, background, incidents)
    if subject is not None or not any(violent_incident(g) for g in incidents):
        # a follow-up (arrest, trial, funeral, anniversary) is about an earlier incident: the
        # one its lead tells, else the first violent one it dates, is its subject, not background
        first = subject or next((e for e in background if _family(e) == "violent"), None)
        if first is not None:
            incidents.insert(0, [dataclasses.replace(first, follow_up=True)])
            background.remove(first)
    # a toll a background incident, a statistic or a campaign owns is never the lead's ("crime stats for
    # 2015 show 165 people were murdered"); a cumulative toll may still be the story's own
    owned_elsewhere = [q for e in background + [e for e in kept_aside if any_cue("statistics", _sentence(e))
                                                or any_cue("campaign_toll", _sentence(e))]
                       for q in (e.fatalities, e.injured, *e.quantities) if q is not None]
    kept_aside += [dataclasses.replace(e, aggregate=True) for e in background]
    casualties = lead_casualties(analysis)
    if not any(violent_incident(g) for g in incidents):
        reported = reported_incident(analysis, casualties, kept_aside,
                                     protest=any(crowd_event(g[0]) for g in incidents))
        if reported is not None:
            incidents.insert(0, [reported])
    join_headline_incident(analysis, incidents, casualties)
    aid = analysis.article.id
    merged = [_merge(g, i, aid, frozenset(generic)) for i, g in enumerate(incidents)]
    lead = next((i for i, e in enumerate(merged) if _family(e) == "violent"), None)
    lead_group = incidents[lead] if lead is not None else []
    if lead is not None:
        # only another violent incident can own a toll: "arrested a man accused of killing two
        # people" states the toll of the shooting, not of the arrest
        taken = [q for i, e in enumerate(merged) if i != lead and _family(e) == "violent"
                 for q in (e.fatalities, e.injured) if q is not None]
        taken += owned_elsewhere
        merged[lead] = _state_forces(lead_figures(analysis, merged[lead], casualties, taken,
                                                  _days_of_others(text, incidents, lead, aid, dated_apart)), focus)
        merged, lead = _absorb_same_toll(merged, lead, aid, frozenset(generic))
        merged, lead, totals = split_total_over_places(merged, lead, lead_group, aid)
        kept_aside += totals
    elif casualties != (0, 0):
        merged = crowds_toll(analysis, merged, casualties, owned_elsewhere)
    if lead is not None:
        lead_spans = {q.span for q in (merged[lead].fatalities, merged[lead].injured) if q is not None}
        for i, e in enumerate(merged):
            if i != lead and _family(e) != "violent" and (
                    (e.fatalities is not None and e.fatalities.span in lead_spans) or
                    (e.injured is not None and e.injured.span in lead_spans)):
                merged[i] = dataclasses.replace(
                    e, fatalities=None if e.fatalities is not None and e.fatalities.span in lead_spans else e.fatalities,
                    injured=None if e.injured is not None and e.injured.span in lead_spans else e.injured)
    operator = air_operator(analysis)
    if operator is not None:
        merged = [_flown_by_state(flown_by(e, operator), focus) for e in merged]
    group = claimant(analysis) if lead is not None else None
    if group is not None:  # the attack the article reports is the one claimed: its lead incident
        merged[lead] = claimed_by(merged[lead], group)
    aside = [dataclasses.replace(e, id=f"{aid}-e{len(merged) + j}") for j, e in enumerate(kept_aside)]
    return merged + aside
