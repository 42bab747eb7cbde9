"""Who did it, to whom, and what kind of event: rules that correct one event mention by its
own sentence and by the article around it (the incident layer, ``events.incidents``, applies
them to every mention before it forms incidents).

* ``retype_deadly`` — a non-violent type that carries a death toll is the killing;
* ``clash_on_civilians`` — a "clash" whose other side is civilians is an attack on them;
* ``_police_as_witness`` — police who only respond or speak did not fire;
* ``_state_forces`` — "regime" and "government" forces are the focus country's;
* ``headline_initiator`` — the actor a headline says acted.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Optional

from ..model import Event
from .cues import any_cue
from .sides import only_civilians_killed
from .agreement import VIOLENT, _sentence, _toll
from .lexicon import find_cues


def retype_deadly(ev: Event) -> Event:
    """A strategic development or protest that carries a death toll of its own sentence
    ("Army kills 31 militants in the province", "45 killed hours after the deal was signed")
    is the killing, typed by what the words say did it: an air strike, shelling, a blast, a
    battle between armed sides, or an attack on civilians."""
    toll = _toll(ev.fatalities)
    if not retyped_when_deadly(ev.event_type) or not toll or (ev.fatalities is not None and ev.fatalities.aggregate):
        return ev
    return retyped(ev, deadly_sub(_sentence(ev), ev.actor2 == "Civilians" or ev.inter2 == 7), ev.civilian_targeting)


def retyped_when_deadly(event_type: Optional[str]) -> bool:
    """Whether an event of ``event_type`` that carries a toll of its own is the killing
    (``retype_deadly``): not a violent type already, nor a protest (deaths at a protest are for
    the protest sub-types)."""
    return event_type not in VIOLENT and event_type != "Protests"


def deadly_sub(sentence: str, on_civilians: bool) -> str:
    """The violent sub-type of a killing told without an event word of its own, by what the
    sentence says did it (``retype_deadly``); ``on_civilians``: its target is civilians."""
    said = {h.cue for h in find_cues(sentence)}  # the trigger lexicon (data/lang/en/events.json)
    if said & {"airstrike", "drone"}:
        return "Air/drone strike"
    if "shelling" in said:
        return "Shelling/artillery/missile attack"
    if said & {"ied", "explosion"}:
        return "Remote explosive/landmine/IED"
    return "Attack" if on_civilians or only_civilians_killed(sentence) else "Armed clash"


def clash_of_a_crowd(ev: Event) -> Event:
    """ACLED's battles are between armed, organised sides: demonstrators who "clashed with
    security forces" are a violent demonstration, the crowd its rioters."""
    if ev.sub_event_type != "Armed clash" or not ({ev.inter1, ev.inter2} & {5, 6}):
        return ev
    crowd = {"actor1": "Rioters", "inter1": 5} if ev.inter1 in (5, 6) else {"actor2": "Rioters", "inter2": 5}
    return dataclasses.replace(retyped(ev, "Violent demonstration", ev.civilian_targeting), **crowd)


def deadly_abduction(ev: Event) -> Event:
    """ACLED codes an abduction "without reports of further violence": people killed with it
    ("killing 23 residents and abducting dozens") make it an attack."""
    if ev.sub_event_type != "Abduction/forced disappearance" or not _toll(ev.fatalities) or ev.fatalities.aggregate:
        return ev
    return retyped(ev, "Attack", ev.civilian_targeting)


def clash_on_civilians(ev: Event) -> Event:
    """ACLED's battles need two armed sides: an "armed clash" whose other side is civilians
    ("a gunman opened fire on a house party, wounding 13") is an attack on civilians."""
    if ev.sub_event_type != "Armed clash" or not (ev.actor2 == "Civilians" or ev.inter2 == 7):
        return ev
    from .sides import two_armed_sides

    if ev.evidence and two_armed_sides(ev.evidence[0].text or ""):
        return ev  # "fighting between rival militias … killing 12 people", "opened fire on two policemen"
    return retyped(ev, "Attack", True)


def taken_by_its_actor(ev: Event) -> Event:
    """ACLED types a place taken by who takes it: "Government regains territory" is a state's
    forces taking back ground; a rebel group or militia that "recaptures" or "liberates" a town
    overtakes it ("Kurdish-led forces won back the hospital of the town")."""
    from .taxonomy import NON_STATE_ARMED_INTERS

    if ev.sub_event_type != "Government regains territory" or ev.inter1 not in NON_STATE_ARMED_INTERS:
        return ev
    return retyped(ev, "Non-state actor overtakes territory", ev.civilian_targeting)


def retyped(ev: Event, sub: str, civilians_targeted: bool) -> Event:
    """``ev`` as sub-event type ``sub``, with the event, disorder and PLOVER types that follow."""
    from .taxonomy import disorder_type, event_type_of, plover_of

    plover, mode = plover_of(sub, civilians_targeted=civilians_targeted)
    return dataclasses.replace(ev, event_type=event_type_of(sub), sub_event_type=sub, disorder_type=disorder_type(sub),
                               plover_type=plover, plover_mode=mode, civilian_targeting=civilians_targeted)


def _police_as_witness(ev: Event) -> Event:
    """Police who respond, investigate or speak ("police are responding to a report of a child
    shot", "police sources said") are not who fired: actor1 stays empty unless some sentence of
    the event has them shoot ("officers returned fire", "shot by police"), and in a violent
    event it takes that sentence to make them the attacker."""
    if not ev.actor1 or "police" not in ev.actor1.lower():
        return ev
    said = " ".join(s.text or "" for s in ev.evidence)
    if any_cue("police_acting", said):
        return ev
    # In a shooting or a bombing, news names the police on every line: as who came, who spoke,
    # who arrested or who was shot. Only their own firing makes them the attacker.
    if not any_cue("police_reporting", said) and ev.event_type not in VIOLENT - {"Riots"}:
        return ev
    return dataclasses.replace(ev, actor1=None, inter1=0)


def _state_forces(ev: Event, focus: Optional[str]) -> Event:
    """"Regime warplanes", "government shelling": the forces of the government of the country
    the article is about (without one, of the country the event's own place is in; unnamed when
    neither is known); another state's forces in that country are external forces (ACLED inter 8)."""
    from ..geo.countries import country_names
    from .actors import GOVERNMENT_FORCES

    if focus is None and ev.place is not None and (ev.place.place or ev.place.within) is not None:
        focus = (ev.place.place or ev.place.within).country  # a story naming one place: its country
    home = country_names().get(focus or "")
    changes: dict = {}
    for name_f, inter_f in (("actor1", "inter1"), ("actor2", "inter2")):
        name = getattr(ev, name_f)
        if name == GOVERNMENT_FORCES:
            changes[name_f] = f"Military Forces of {home}" if home else None
            changes[inter_f] = 1 if home else None
        elif home and name and name.startswith("Military Forces of ") and getattr(ev, inter_f) == 1 \
                and name != f"Military Forces of {home}":
            changes[inter_f] = 8
    for assoc_f in ("assoc_actor_1", "assoc_actor_2"):
        names = [n for n in (getattr(ev, assoc_f) or "").split("; ") if n]
        if GOVERNMENT_FORCES in names:
            names = [(f"Military Forces of {home}" if n == GOVERNMENT_FORCES else n) for n in names
                     if home or n != GOVERNMENT_FORCES]
            changes[assoc_f] = "; ".join(dict.fromkeys(names)) or None
    return dataclasses.replace(ev, **changes) if changes else ev


_HEADLINE_VERB = re.compile(r"\s*(?:(?:fighters|militants|forces|troops|members|gunmen|jihadists|rebels|group)\s+)?"
                            r"(?:\w+ly\s+)?(?:kill|hit|strike|struck|bomb|shell|attack|pound|target|raid|"
                            r"blast|batter|hammer|massacre|execute|behead|seize|capture|storm|fire|launch|drop)", re.I)


def headline_initiator(title: str):
    """The actor a headline says acted: named with its arms ("Regime strikes kill 7") or
    followed by a verb of attack ("Rebels shell school"), not one the headline names as a
    target ("Air strikes target IS stronghold"), nor one it says only threatens or is warned
    against ("Moscow warns against new US strikes")."""
    from .actors import _ARMS, find_actors

    if any_cue("not_happened", title):
        return None
    arms_end = re.compile(rf"(?:{_ARMS})$", re.I)
    for h in find_actors(title):
        if h.inter not in (1, 2, 3, 8):
            continue
        if arms_end.search(title[h.start:h.end]) or _HEADLINE_VERB.match(title, h.end):
            return h
    return None
