"""How a sentence orders what it tells: which act comes first, what it names as the cause, the
reason or the means of another, and what it names only as ended or negated (``events.detect``
types a sentence by these)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .typing_words import says

if TYPE_CHECKING:
    from .detect import Candidate
    from .lexicon import Hit


# a state's measure on a place: curfews, martial law, networks cut, gatherings banned
_STATE_MEASURE = re.compile(r"(?:declare[sd]|impose[sd]|announce[sd]|extend(?:ed|s)|proclaim(?:ed|s)|suspend(?:ed|s)|cuts?|"
                            r"block(?:ed|s)|restrict(?:ed|s)|shuts?|bann?(?:ed|s)|order(?:ed|s)|close[sd]|seal(?:ed|s))\b", re.I)
_DEPLOYED = re.compile(r"deployed|reinforcements?|mobili[sz](?:ed|ation)", re.I)
_CAUSE = re.compile(r"\b(?:after|following|amid|in the wake of|in response to|to (?:prevent|stop|curb|deter|counter))\b",
                    re.I)  # (or what it is meant to prevent: "banned motorbikes to prevent attacks")


def _cause_start(sent: str) -> int:
    """Where a clause of what brought the sentence's act about begins ("… after clashes")."""
    m = _CAUSE.search(sent)
    return m.start() if m else len(sent)


# what someone is held for: "arrested a man suspected of planting the bomb", "detained over the attack"
_HELD_FOR = re.compile(r"\b(?:suspected of|accused of|charged with|wanted for|in connection with|over)\b", re.I)


def held_for_it(c: "Candidate") -> bool:
    """Whether an arrest opens the sentence and every weapon it names comes after what the
    arrested are held for."""
    arrest = next((h for h in c.cues if h.cue == "arrest"), None)
    if arrest is None or any(h.strong and h.start < arrest.start for h in c.cues):
        return False
    held = _HELD_FOR.search(c.text, arrest.end)
    return held is not None and _weapons_after(c, held.start())


# what the held are held for, told outright (not "over", which also tells when: "over the weekend")
_HELD_FOR_NAMED = re.compile(r"\b(?:suspected of|accused of|charged with|wanted for|in connection with|on charges of|"
                             r"for (?:their|his|her|its) (?:alleged )?(?:role|part|involvement) in)\b", re.I)


# the crime's victims counted ("suspected of shooting four men outside a restaurant"): its toll
_VICTIMS_COUNTED = re.compile(r"\b(?:shooting|stabbing|attacking|killing|wounding|injuring)\s+(?:at least\s+)?"
                              r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\b", re.I)


def held_for_start(c: "Candidate") -> int | None:
    """Where the sentence's first arrest names what the arrested are held for, told with no toll
    (None: it names nothing, or a toll): what is told from there, its date and its dead too, is
    the crime's, not the arrest's ("detained a former minister in connection with the killings of
    protesters last year"). A crime told with its toll ("arrested a man suspected of fatally
    shooting an officer and wounding two deputies") is the incident the sentence reports."""
    arrest = next((h for h in c.cues if h.cue == "arrest"), None)
    held = _HELD_FOR_NAMED.search(c.text, arrest.end) if arrest is not None else None
    told = c.text[held.start():] if held is not None else ""
    return held.start() if held is not None and not says("casualties", told) and not _VICTIMS_COUNTED.search(told) \
        else None


def held_for_all_else(c: "Candidate") -> bool:
    """Whether an arrest opens the sentence and every other event word comes in what the
    arrested are held for ("detained a former minister in connection with the killings of
    protesters last year")."""
    held = held_for_start(c)
    return held is not None and all(h.start > held for h in c.cues if h.sub_event_type and h.sub_event_type != "Arrests")


# what someone is suspected or accused of: "two men suspected of child abduction"
_ACCUSED_OF = re.compile(r"\b(?:suspected|accused|alleged(?:ly)?|convicted)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def only_accused_of(c: "Candidate", sub: str) -> bool:
    """Whether every cue of sub-type ``sub`` names what someone is suspected or accused of,
    not an act of the sentence ("a mob beat to death two men suspected of child abduction")."""
    hits = [h for h in c.cues if h.sub_event_type == sub]
    return bool(hits) and all(_ACCUSED_OF.search(c.text, max(0, h.start - 60), h.start) for h in hits)


# the verbs of a deal made (``incidents`` reads an agreement's trigger by them too)
DEAL_VERBS = r"signed|agreed|reached|struck|concluded|clinched|sealed"
_DEAL_MADE = re.compile(rf"(?:{DEAL_VERBS})\b", re.I)


def deal_made(c: "Candidate") -> bool:
    """Whether the sentence tells a deal made ("signed a deal", "reached an agreement"): that is
    its event, whatever talks it names before ("after two days of talks, the militias signed a
    deal")."""
    return any(h.cue == "agreement" and _DEAL_MADE.match(c.text, h.start) for h in c.cues)


def others_toll_from(c: "Candidate", sub: str) -> int | None:
    """Where the sentence of an event of sub-type ``sub`` starts telling another act's dead (None:
    it does not): what a deal ends ("… to end the feud that has killed dozens"), the crime an
    arrest is for (``held_for_start``), what brought a measure or a group's change about ("cut
    the internet after the killing of a commander")."""
    if sub == "Agreement":
        return c.trigger.start - c.start
    if sub == "Arrests":
        return held_for_start(c)
    if (sub == "Other" and measure_before_its_cause(c)) or (sub == "Change to group/activity" and change_before_its_cause(c)):
        return _cause_start(c.text)
    return None


def _weapons_after(c: "Candidate", at: int) -> bool:
    """Whether every weapon (strong cue) the sentence names comes after offset ``at``."""
    return all(h.start > at for h in c.cues if h.strong)


_PUT_TO_DEATH_WORD = re.compile(r"execut|behead|crucif", re.I)
# "executed a suicide attack", "executed the plan": an act carried out, not a person put to death
_CARRIED_OUT = re.compile(r"\s+(?:an?|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|operations?|plans?|raids?|"
                          r"strikes?|orders?|missions?|bombings?|assaults?|ambush(?:es)?)\b", re.I)


def put_to_death(c: "Candidate") -> bool:
    """Whether the sentence's trigger puts people to death ("executed", "beheaded", "crucified")."""
    a, b = c.trigger.start - c.start, c.trigger.end - c.start
    return c.trigger.cue == "attack_civ" and bool(_PUT_TO_DEATH_WORD.match(c.text, a)) and not _CARRIED_OUT.match(c.text, b)


def fight_told_first(c: "Candidate") -> bool:
    """Whether the sentence tells a fight before the shelling that set its rule ("Rival groups fought
    with heavy weapons", "Clashes continued … amid mutual bombardment")."""
    shelled = c.trigger.start - c.start
    return any(h.sub_event_type == "Armed clash" and h.start < shelled for h in c.cues)


# a munition dropped or fired from a drone ("dropped explosive devices using drones", "shells
# launched from drones", "a drone-dropped grenade")
DRONE_DELIVERED = re.compile(r"\b(?:using|from|by|with|off)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
                              r"(?:drones?|uavs?|unmanned aerial vehicles?|quadcopters?)\b|\bdrone-(?:dropped|launched|borne)\b",
                              re.I)


_RETAKEN = re.compile(r"(?:ed|retook|took back|taken back|won back)$", re.I)
# what joins the retaking to the fire that brought it about, in one clause
_HOW_IT_CAME = re.compile(r"^[^\t\n]{0,120}?\b(?:after|under|amid|following|with|backed|supported|thanks|covered|helped)\b"
                          r"[^\t\n]*$", re.I)


def ground_retaken_first(c: "Candidate") -> bool:
    """Whether the sentence tells a place retaken before the fire that set its rule, joined to it
    as how it came about ("troops regained control of the highway after militants withdrew under
    heavy bombardment"): the change of hands is the event, the fire its means."""
    fired = c.trigger.start - c.start
    return any(h.cue == "regain" and h.start < fired and _RETAKEN.search(c.text[h.start:h.end])
               and _HOW_IT_CAME.match(c.text[h.end:fired]) for h in c.cues)


def measure_before_its_cause(c: "Candidate") -> bool:
    """Whether the sentence opens with a state's measure ("imposed a curfew", "cut the internet")
    and names any fight or attack only as what came before it ("… after clashes"); troops
    deployed to enforce it are part of the measure ("declared a state of emergency and deployed
    the army")."""
    if c.trigger.cue != "talks" or not _STATE_MEASURE.match(c.text, c.trigger.start - c.start):
        return False
    cause = _cause_start(c.text)
    return not any(h.sub_event_type and h.sub_event_type != "Other" and h.start < cause and
                   not (h.cue == "recruit" and _DEPLOYED.fullmatch(c.text, h.start, h.end)) for h in c.cues)


def change_before_its_cause(c: "Candidate") -> bool:
    """Whether a group's change opens the sentence and every weapon it names comes in what
    brought the change about ("named a new commander after its leader was killed in an air
    strike")."""
    cause = _cause_start(c.text)
    return any(h.cue == "group_change" and h.start < cause for h in c.cues) and _weapons_after(c, cause)


def base_before_its_cause(c: "Candidate") -> bool:
    """Whether a base set up or moved opens the sentence and every other event word comes in what
    brought it about ("moved its headquarters to the mountains after the offensive")."""
    cause = _cause_start(c.text)
    return any(h.cue == "hq" and h.start < cause for h in c.cues) and \
        all(h.start > cause for h in c.cues if h.sub_event_type and h.cue != "hq")


def only_in_its_cause(c: "Candidate", sub: str) -> bool:
    """Whether the sentence's trigger comes before a clause of what brought its act about and every
    cue of sub-type ``sub`` comes in that clause ("the group named a new commander after its
    leader was arrested": the arrest is why, the change is the event)."""
    cause = _cause_start(c.text)
    return c.trigger.start - c.start < cause < len(c.text) and \
        all(h.start > cause for h in c.cues if h.sub_event_type == sub)


# the verb of a place changing hands, by the cue that told it: retaken ("recovered", "retook"), or
# taken, in a report's past or a headline's present ("Taliban capture district headquarters")
_CHANGE_OF_HANDS = (
    ("regain", re.compile(r"(?:re\w+ed|retook|liberated|took back|taken back|won back)\b", re.I),
     "Government regains territory"),
    ("overtake", re.compile(r"(?:captur(?:e|es|ed)|seiz(?:e|es|ed)|t(?:ake|akes|ook|aken)|overr(?:an|un|uns))\b", re.I),
     "Non-state actor overtakes territory"),
)


def taken_before_the_fight(c: "Candidate") -> str | None:
    """The territory sub-type of a sentence whose trigger is a place retaken or taken and every
    fight it names comes in what brought that about ("loyalist forces recovered the airport from
    the rebels after a three-day battle", "Taliban fighters capture district headquarters after
    days of clashes"): the change of hands is the event, the battle how it came (None when not;
    who took it decides between retaking and overtaking later: ``roles.taken_by_its_actor``,
    ``territory.regained``)."""
    at = c.trigger.start - c.start
    return next((sub for cue, verb, sub in _CHANGE_OF_HANDS if c.trigger.cue == cue and verb.match(c.text, at)
                 and only_in_its_cause(c, "Armed clash")), None)


_ENDED = re.compile(r"\b(?:ending|ended|end|halting|halted|halt|stopping|ceasing)\s+(?!up\b)(?:to\s+)?(?:the\s+|all\s+)?"
                    r"(?:[\w-]+\s+){0,2}?(?:of\s+)?$", re.I)
_NOT_REPORTED = re.compile(r"\s+(?:were|was|have been|has been|had been)\s+not\s+(?:reported|recorded|observed)\b", re.I)
_NEGATED = re.compile(r"\b(?:no|without(?:\s+any)?|not\s+any)\s+(?:further\s+|major\s+|armed\s+|heavy\s+|new\s+)?$", re.I)


def named_as_no_event(sent: str, h: "Hit") -> bool:
    """Whether an event word is named as what is ended ("a peace deal ending months of fighting",
    "efforts to halt the violence") or negated ("No clashes were reported", "without any
    fighting"). A weapon's word stays; a negated arrest is left to the incident layer, which voids
    its whole sentence (``no_arrest``)."""
    if not h.strong and _ENDED.search(sent, max(0, h.start - 40), h.start):
        return True
    return h.cue != "arrest" and bool(_NEGATED.search(sent, max(0, h.start - 30), h.start)
                                      or _NOT_REPORTED.match(sent, h.end))
