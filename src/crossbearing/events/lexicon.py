"""Trigger lexicon: the words that say *what happened*, grouped by the ACLED sub-type they
point at.

Each cue is a regular expression over lower-cased text. A cue names the sub-event type it
suggests and how sure it is on its own (``strong`` cues are used as rules when they fire
alone; weak ones only feed the classifier). The same cues give news sentences their
trigger span, and their names become classifier features (``cue_airstrike``), which is what
lets a small linear model separate, say, shelling from air strikes from IEDs with few
examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    name: str
    sub_event_type: str | None  # the ACLED sub-type it points at (None: only a feature)
    pattern: re.Pattern
    strong: bool = False


def _c(name: str, sub: str | None, regex: str, strong: bool = False) -> Cue:
    return Cue(name, sub, re.compile(regex, re.I), strong)


CUES: tuple[Cue, ...] = (
    # Explosions / remote violence
    _c("airstrike", "Air/drone strike",
       r"\b(air ?strikes?|air[- ]raids?|airstrikes?|air attacks?|aerial (?:bombardment|attack|strike)s?|"
       r"bombed from the air|warplanes?|fighter jets?|jets? (?:struck|bombed)|helicopter gunships?|"
       r"coalition strikes?|(?:cruise )?missile strikes? from (?:the )?(?:air|aircraft))\b", True),
    _c("drone", "Air/drone strike", r"\b(drones?|uavs?|unmanned aerial|kamikaze drones?|shahed)\b", True),
    _c("shelling", "Shelling/artillery/missile attack",
       r"\b(shell(?:s|ed|ing)|artillery|mortars?|rockets?|missiles?|cruise missiles?|kalibr|grad|mlrs|"
       r"howitzers?|bombard(?:ed|ment)|projectiles?|tank fire|heavy weapons)\b", True),
    _c("ied", "Remote explosive/landmine/IED",
       r"\b(ieds?|improvised explosive|landmines?|land mines?|mines?|roadside bombs?|car bombs?|vbieds?|"
       r"explosive device|bomb (?:blast|exploded|went off)|detonated|booby[- ]trap(?:ped)?|unexploded)\b", True),
    _c("grenade", "Grenade", r"\b(grenades?|hand[- ]grenade)\b", True),
    _c("suicide", "Suicide bomb", r"\b(suicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|vest)|blew (?:him|her)self up)\b", True),
    _c("chemical", "Chemical weapon", r"\b(chemical (?:weapons?|attack)|sarin|chlorine gas|nerve agent)\b", True),
    _c("explosion", None, r"\b(explosions?|blasts?|exploded|bombs?|bombings?)\b"),
    # Battles
    _c("clash", "Armed clash",
       r"\b(clash(?:es|ed)?|fighting|fought|gun ?battles?|exchanged? (?:of )?fire|firefights?|skirmish(?:es)?|"
       r"armed confrontation|engaged|battled?|offensive|ambush(?:ed)?|counter-?attack(?:ed)?|assault(?:ed)? on)\b"),
    _c("regain", "Government regains territory",
       r"\b(regain(?:ed|s)?|recaptur(?:ed|e|es)|retook|retaken|liberat(?:ed|e|ion)|took back|"
       r"br(?:eak|oke|oken)\b[^.;]{0,30}\bsiege|siege\b[^.;]{0,25}\b(?:broken|lifted|over)|regained control|"
       r"gain(?:ed)? (?:full )?control)\b"),
    _c("combat", "Armed clash",
       r"\b(liquidated|wiped out|eliminated|neutrali[sz]ed|finish(?:ed)? off|destroyed|repelled|repulsed)\b"),
    _c("overtake", "Non-state actor overtakes territory",
       r"\b(seized control|took control|overran|overtook|fell to|seize[sd]? the town|"
       r"captured (?:the )?(?:town|city|village|district|area|base|positions?|territory|airport|hill))\b"),
    # Violence against civilians
    _c("abduct", "Abduction/forced disappearance",
       r"\b(abduct(?:ed|s|ion)?|kidnapp?(?:ed|ing|s)?|forcibly disappeared|disappearance|taken hostage|hostages?)\b", True),
    _c("sexual", "Sexual violence", r"\b(rap(?:ed|e|es|ing)|sexual(?:ly)? (?:assault|violence|abuse)[a-z]*|gang-?raped)\b", True),
    _c("attack_civ", "Attack",
       r"\b(shot dead|gunned down|shot and killed|killed a civilian|hacked to death|stabbed|"
       r"murdered|executed|lynched|tortured|beaten to death|assassinat(?:ed|ion)|opened fire on)\b"),
    # local-news wording of an attack on people: shootings, stabbings, homicides
    _c("gunfire", "Attack",
       r"\b(shootings?|shot (?:and (?:killed|wounded)|to death|multiple times|in the)|(?:was|were|been|got) shot|"
       r"fatally (?:shot|wounded|stabbed|injured)|shots? (?:were |was )?fired|gunfire|gunshots?|gunm[ae]n|"
       r"stabbings?|stabbed to death|homicides?|murder-suicide|slain|slaying|killed in a shooting)\b"),
    _c("civilian", None, r"\b(civilians?|villagers?|residents?|farmers?|women|children|a man|a woman|"
                           r"journalists?|family|teacher|student)\b"),
    # Protests and riots
    _c("protest", "Peaceful protest",
       r"\b(protest(?:s|ed|ing|ers?)?|demonstrat(?:ion|ions|ed|ors?|ing)|rall(?:y|ies|ied)|march(?:ed|es)?|"
       r"sit-?in|strike|strikers|picket(?:ed)?|vigil|gathered|staged)\b"),
    _c("size_tag", None, r"\[size="),
    _c("intervene", "Protest with intervention",
       r"\b(dispers(?:ed|e)|tear ?gas|water cannons?|police intervened|arrested (?:some|several|\d+) protesters|"
       r"detained (?:some|several|\d+) (?:protesters|demonstrators)|broke up|prevented)\b"),
    _c("excessive", "Excessive force against protesters",
       r"\b(live (?:ammunition|fire|rounds)|opened fire on (?:the )?(?:protesters|demonstrators)|"
       r"killed (?:a |\d+ )?(?:protesters|demonstrators))\b"),
    _c("riot", "Violent demonstration",
       r"\b(riot(?:s|ed|ing|ers)?|vandali[sz](?:ed|ing)|torched|set (?:fire|ablaze)|pelted|threw stones|"
       r"stone[- ]pelting|hurled|clashed with (?:the )?police|burn(?:ed|t) tyres)\b"),
    _c("mob", "Mob violence", r"\b(mob|lynch(?:ed|ing)?|vigilantes?|beat(?:en)? up|assaulted)\b"),
    # Strategic developments
    _c("arrest", "Arrests", r"\b(arrest(?:ed|s)?|detain(?:ed|s)?|apprehended|in custody|taken into custody)\b"),
    _c("agreement", "Agreement",
       r"\b(agreements?|agreed|ceasefires?|cease-fire|truce|peace (?:deal|accord)|signed|accord|prisoner exchange|"
       r"de-?escalation zones?)\b"),
    _c("talks", "Other", r"\b(talks|negotiations?|summit|mediat(?:ed|ion))\b"),
    _c("loot", "Looting/property destruction",
       r"\b(loot(?:ed|ing)?|ransack(?:ed)?|burn(?:ed|t) (?:down )?(?:houses|homes|shops|vehicles)|"
       r"destroyed (?:houses|homes|property)|demolish(?:ed)?|plunder(?:ed)?|set on fire|arson)\b"),
    _c("defuse", "Disrupted weapons use",
       r"\b(defus(?:ed|e)|dismantled|intercepted|shot down|downed|seized (?:weapons|arms|ammunition|explosives)|"
       r"cleared mines|demining|neutrali[sz]ed (?:a |an )?(?:drone|device))\b"),
    _c("recruit", "Change to group/activity",
       r"\b(recruit(?:ed|ment)|training|deployed|reinforcements?|mobili[sz](?:ed|ation)|merged|formed|"
       r"relocated|withdr(?:ew|awn)|announced)\b"),
    _c("handover", "Non-violent transfer of territory",
       r"\b(handed over|withdrew from|without (?:a )?fight|took over .{0,30} without|transferred control)\b"),
    _c("hq", "Headquarters or base established", r"\b(established (?:a )?(?:base|headquarters|checkpoint))\b"),
    # Outcome and actor words that help the classifier
    _c("killed", None, r"\b(killed|dead|deaths?|died|fatalit(?:y|ies)|bodies)\b"),
    _c("injured", None, r"\b(injur(?:ed|ies)|wounded|hurt)\b"),
    _c("no_casualty", None, r"\b(no (?:casualties|fatalities|injuries)|casualties unknown|unknown casualties)\b"),
    _c("police", None, r"\b(police|security forces|gendarmes?|officers)\b"),
    _c("military", None, r"\b(military|army|soldiers|troops|forces)\b"),
    _c("rebels", None, r"\b(rebels?|militants?|insurgents?|fighters|jihadists?|militia(?:s|men)?|"
                         r"gunmen|armed (?:men|group)|terrorists?)\b"),
)

CUES_BY_NAME: dict[str, Cue] = {c.name: c for c in CUES}


@dataclass(frozen=True)
class Hit:
    cue: str
    start: int
    end: int
    sub_event_type: str | None
    strong: bool


def find_cues(text: str) -> list[Hit]:
    """Every cue occurrence in ``text``, in text order (offsets into ``text``)."""
    hits = [Hit(c.name, m.start(), m.end(), c.sub_event_type, c.strong)
            for c in CUES for m in c.pattern.finditer(text)]
    return sorted(hits, key=lambda h: (h.start, -h.end))


def cue_tokens(text: str) -> str:
    """Classifier feature string: one token per cue that fires, plus the notes' size tag."""
    toks = [f"cue_{h.cue}" for h in find_cues(text)]
    m = re.search(r"\[size=([^\]]*)\]", text)
    if m:
        size = m.group(1).strip().lower()
        toks.append("size_" + ("noreport" if "no report" in size else "given"))
    return " ".join(toks)
