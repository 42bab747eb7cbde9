"""Incidents the lead tells without an event sentence of its own, and who flew an air strike.

* ``reported_incident``: the headline and lead report casualties ("Teen dies after weekend
  gunfire") but no sentence names an event, or the body says nothing at all (a sign-up wall)
  and only the headline reports violence;
* ``air_operator`` / ``flown_by``: an air strike told without its attacker is the one air arm
  the article names by its owner;
* ``claimant`` / ``claimed_by``: an attack told without its attacker (or by an unidentified
  group) is the one armed group the article says claimed it, as ACLED codes claimed attacks.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Optional

from ..model import Analysis, Event, Span
from .assemble import focus_in_region, focus_inside_country, is_focus
from .cues import any_cue, is_furniture
from .incidents import MAX_INCIDENT_TOLL
from .lead import supporting
from .lexicon import NOT_A_LEADERS_DEATH
from .taxonomy import SUB_TO_TYPE


def _focus_place(analysis: Analysis):
    """The article's focus place (its dateline, headline or outlet town; a mention after the
    text's end): where an incident the lead does not place happened, if anywhere."""
    return next((p for p in analysis.places if is_focus(p) and (p.place is not None or p.within is not None)), None)


def _headline_incident(analysis: Analysis, title: str) -> Event:
    """An attack on people that only the headline reports (typed by the weapon it names, if
    any), its evidence the headline, dated by the publication (one step coarser) and placed by
    nothing the body does not say."""
    from ..timex.event import event_time

    art = analysis.article
    head = Span(art.id + ":title", 0, len(title), title)
    trig = _VIOLENCE_WORD.search(title)
    tref, tprec = event_time(analysis, (0, 0))
    pm = _focus_place(analysis)  # the dateline's, headline's or outlet's place, if any
    pl = (pm.place or pm.within) if pm else None
    fine = pm is not None and pm.place is not None and pm.kind not in ("country", "province", "region")
    return _by_its_weapon(Event(
        place=pm, latitude=pl.lat if pl else None, longitude=pl.lon if pl else None,
        geo_precision=(pm.geo_precision or 1) if fine else (3 if pl else None),
        id=f"{art.id}-e0", article_id=art.id, event_type="Violence against civilians", sub_event_type="Attack",
        disorder_type="Political violence", plover_type="ASSAULT", plover_mode=None, time=tref,
        time_precision=tprec, confidence=0.3, trigger=Span(head.article_id, trig.start(), trig.end(), trig.group(0)),
        evidence=[head], actor2="Civilians", inter2=7, civilian_targeting=True), title)


# the violence words that tell an act, and those that tell only a fate ("injured", "dead")
_ACT_WORDS = (r"shot|shoot\w*|gun\w*|fired|stabb\w*|murder\w*|homicides?|slain|slaying|attack\w*|assault\w*|"
              r"bomb\w*|explosion|blast|bullets?")
_VIOLENT_ACT = re.compile(rf"\b(?:{_ACT_WORDS})\b", re.I)
_VIOLENCE_WORD = re.compile(rf"\b(?:{_ACT_WORDS}|kill\w*|dead|died|death{NOT_A_LEADERS_DEATH}|wounded|injured)\b", re.I)
# the people a protest's own toll counts
_CROWD_PEOPLE = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers|rioters|strikers)\b", re.I)

_AIR_ARMS = re.compile(r"(?:air ?strikes?|air[- ]raids?|warplanes?|war ?planes?|jets?|helicopters?|gunships?|"
                       r"aircraft|planes|bombers?|drones?|air ?force|barrel[- ]bombs?)$", re.I)


def air_operator(analysis: Analysis):
    """Who flies the air strikes an article reports, when it names one air arm only by its
    owner ("Russian jets", "regime warplanes", "coalition aircraft"): an air strike the article
    tells without its attacker is that operator's. Several owners named: nobody is chosen."""
    from .actors import find_actors

    text = analysis.article.text[:20000]
    hits = [h for h in find_actors(text) if h.inter in (1, 8) and _AIR_ARMS.search(text[h.start:h.end])
            and not _in_furniture(analysis, h.start)]  # not an air arm a related headline names
    if not hits or len({h.name for h in hits}) > 1:
        return None
    h = hits[0]
    return h.name, h.inter, Span(analysis.article.id, h.start, h.end, text[h.start:h.end])


def _in_furniture(analysis: Analysis, pos: int) -> bool:
    s = next((s for s in analysis.sentences if s.start <= pos < s.end), None)
    return s is not None and is_furniture(analysis.article.text, s.start, s.text or "")


def flown_by(ev: Event, operator) -> Event:
    if ev.sub_event_type != "Air/drone strike" or ev.actor1:
        return ev
    name, inter, span = operator
    if ev.actor2 == name:
        return ev  # the operator is the target here: another side's aircraft
    return dataclasses.replace(ev, actor1=name, inter1=inter, evidence=list(ev.evidence) + [span])


def claimant(analysis: Analysis):
    """(name, inter, span) of the one non-state armed group the article says claimed the attack
    it reports ("Al-Shabaab claimed responsibility for the blast", "the bombing was claimed by
    Islamic State"); None where nobody, or more than one group, is said to have claimed it, or
    the claim is denied, doubted or of other attacks ("no group has claimed it", "claimed
    similar attacks in the past")."""
    from .actors import find_actors
    from .cues import cues

    text = analysis.article.text[:20000]
    if "claim" not in text.lower():
        return None  # every wording of a claim holds the word (most articles have none)
    found: dict[str, tuple[int, Span]] = {}
    for s in analysis.sentences:
        if s.start >= len(text):
            break
        sentence = text[s.start:s.end]
        claims = [m for p in cues()["claim_of_responsibility"] for m in p.finditer(sentence)]
        if not claims or _in_furniture(analysis, s.start):
            continue
        groups = [h for h in find_actors(text, s.start, s.end) if h.inter in (2, 3) and
                  not h.name.startswith("Unidentified")]
        for m in claims:
            before, after = sentence[:m.start()], sentence[m.end():]
            if any_cue("claim_negated", before) or any_cue("claim_elsewhere", after):
                continue
            passive = "claimed by" in m.group(0).lower()
            side = [h for h in groups if (h.start >= s.start + m.end() if passive else h.end <= s.start + m.start())]
            if side:
                h = side[0] if passive else side[-1]
                found[h.name] = (h.inter, Span(analysis.article.id, h.start, h.end, text[h.start:h.end]))
    if len(found) != 1:
        return None
    name, (inter, span) = next(iter(found.items()))
    return name, inter, span


def claimed_by(ev: Event, group) -> Event:
    """``ev`` with the claimant as its attacker, where it has none or an unidentified one (and
    the claimant is not its target)."""
    if ev.event_type not in _CLAIMABLE or (ev.actor1 and not ev.actor1.startswith("Unidentified")):
        return ev
    name, inter, span = group
    if ev.actor2 == name:
        return ev
    return dataclasses.replace(ev, actor1=name, inter1=inter, evidence=list(ev.evidence) + [span])


_CLAIMABLE = ("Explosions/Remote violence", "Violence against civilians", "Battles")


def _violence_told(sentence: str, protest: bool = False) -> bool:
    """The sentence tells of violence, not only of what a protest in it is about ("relatives
    protested to demand justice for a man who was shot dead", "relatives of a man who was found
    dead protested") or, in an article that reports a protest (``protest``), what its crowd
    protests ("They condemned the murder of a journalist")."""
    from .detect import event_hits, grievance_start, mourners_span

    if protest and any_cue("grievance_sentence", sentence):
        return False
    hits = event_hits(sentence)
    g = grievance_start(sentence, hits)
    mourners = mourners_span(sentence, hits)
    # "Security forces fired tear gas and stun grenades": crowd control, no violence on people
    controlled = [m.span() for m in _CROWD_CONTROL_FIRED.finditer(sentence)]
    return any((g is None or m.start() < g) and not (mourners and mourners[0] <= m.start() < mourners[1])
               and not any(a <= m.start() < b for a, b in controlled)
               for m in _VIOLENCE_WORD.finditer(sentence))


_CONTROL_WEAPON = r"(?:tear ?gas(?: canisters| grenades)?|water cannons?|rubber(?:-coated)? bullets|stun grenades|pepper spray)"
_CROWD_CONTROL_FIRED = re.compile(rf"\b(?:fired|firing|fires|fire|shot|shooting|used|using|lobbed)\s+(?:\w+\s+){{0,2}}?"
                                  rf"{_CONTROL_WEAPON}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+){_CONTROL_WEAPON})*", re.I)


def _over_a_spell(text: str) -> bool:
    """Whether ``text`` counts over a stretch of time ("since the war began", "after three days
    of fighting"), not one incident's day."""
    return any_cue("cumulative", text) or any_cue("spell_of_fighting", text)


def reported_incident(analysis: Analysis, casualties: tuple[int, int],
                      aside: list[Event] = (), protest: bool = False) -> Optional[Event]:
    """The incident of an article that names no event word in a sentence of its own but
    reports casualties in its headline or lead ("Teen dies after weekend gunfire"): an
    attack on people, placed and dated from the lead, typed no finer than the words allow.
    A toll that belongs to a statistic or to background set ``aside`` ("the war has killed
    350,000") reports no incident, nor do deaths that only a protest's crowd names (``protest``:
    the article reports one) as what it protests."""
    art = analysis.article
    title = (art.title or "").strip()
    killed, injured = casualties
    if killed > MAX_INCIDENT_TOLL:
        return None
    sents = [s for s in analysis.sentences[:6] if not _over_a_spell(s.text or "")
             and not is_furniture(art.text, s.start, s.text or "")]
    if not any(_VIOLENCE_WORD.search(s.text or "") for s in sents) and _VIOLENCE_WORD.search(title) \
            and not _over_a_spell(title):
        # The body says nothing of it (a sign-up wall, a cookie notice, another story's text
        # where the page's own failed to load): the headline is the only evidence, with or
        # without a toll ("Sheriff wounded in shootout released from hospital").
        return _headline_incident(analysis, title)
    if not (killed or injured):
        return None
    aside_spans = {q.span for e in aside for q in (e.fatalities, e.injured, *e.quantities) if q is not None}
    for kind, value in (("killed", killed), ("injured", injured)):
        q = supporting(analysis, kind, value) if value else None
        if q is not None and q.span in aside_spans:
            killed, injured = (0, injured) if kind == "killed" else (killed, 0)
    if not (killed or injured):
        return None
    if any(any_cue("long_past_violence", s.text or "") for s in sents):
        return None  # "… where he was killed four years ago. His murder is unsolved": long-past dead
    first = next((s for s in sents if _violence_told(s.text or "", protest)), None)
    if first is None:
        return None
    if protest and not _VIOLENT_ACT.search(first.text or "") and not _VIOLENT_ACT.search(title):
        return None  # "125 people were injured, the ministry said" after a protest: the protest's toll
    hurt = supporting(analysis, "injured", injured) if protest and injured and not killed else None
    if hurt is not None and _CROWD_PEOPLE.search(hurt.span.text or ""):
        return None  # "14 protesters were injured when police fired rubber bullets": the protest's toll
    where = first
    lead_end = sents[-1].end if sents else len(art.text)
    places = [p for p in analysis.places if p.span.start < lead_end and p.kind != "demonym"
              and (p.place is not None or p.within is not None) and not is_focus(p)]
    # the finest place the lead names (a county before its state: "The Wisconsin Department of
    # Natural Resources said a boy was shot … in Oconto County"), else the focus
    pm = min(places, key=lambda p: (p.geo_precision or 3, p.kind == "country", p.kind == "region", p.span.start)) \
        if places else _focus_place(analysis)
    if pm is not None and pm.kind in ("province", "country"):
        # "OCONTO, Wis. - The Wisconsin Department of Natural Resources …": the dateline's or
        # headline's town inside the state or country the lead names is the finer place
        focus = _focus_place(analysis)
        pm = (focus_in_region(focus, pm) if pm.kind == "province" else focus_inside_country(focus, pm)) or pm
    pl = (pm.place or pm.within) if pm else None
    # a town, or a county at ACLED's "part of a region" (2) as the mention has it, keeps its precision
    fine = pl is not None and ((pm.place is not None and pm.kind not in ("country", "province", "region"))
                               or (pm.geo_precision or 3) < 3)
    trig = _VIOLENCE_WORD.search(where.text or "") if where is not None else None
    trigger = Span(art.id, where.start + trig.start(), where.start + trig.end(), trig.group(0)) if trig else None
    from ..timex.event import event_time

    tref, tprec = event_time(analysis, (where.start, where.end))
    ev = Event(
        id=f"{art.id}-e0", article_id=art.id, event_type="Violence against civilians", sub_event_type="Attack",
        disorder_type="Political violence", plover_type="ASSAULT", plover_mode=None,
        place=pm, latitude=pl.lat if pl else None, longitude=pl.lon if pl else None,
        geo_precision=(pm.geo_precision or 1) if fine else (3 if pl else None),
        time=tref, time_precision=tprec, confidence=0.4, trigger=trigger,
        evidence=[Span(art.id, where.start, where.end, where.text)], actor2="Civilians", inter2=7,
        civilian_targeting=True)
    return _by_its_weapon(ev, title + " " + (where.text or ""))


# weapons that name a sub-type of their own (ACLED's explosions and remote violence): an attack
# told by one is typed by it
_WEAPON_SUBS = frozenset(s for s, t in SUB_TO_TYPE.items() if t == "Explosions/Remote violence")


def _by_its_weapon(ev: Event, words: str) -> Event:
    """The reported incident typed by the weapon its headline or lead names ("Chemical attack
    claims over 1,000 lives"), where one names a sub-type of its own; an attack on people
    otherwise."""
    from .lexicon import find_cues
    from .roles import retyped

    hits = find_cues(words)
    weapon = next((h.sub_event_type for h in hits if h.strong and h.sub_event_type in _WEAPON_SUBS), None) or \
        next((h.sub_event_type for h in hits if h.cue == "explosion"), None)  # "planting the bomb that killed three"
    return retyped(ev, weapon, ev.civilian_targeting) if weapon else ev
