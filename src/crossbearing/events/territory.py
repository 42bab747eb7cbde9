"""Who took a place, and whether it was fought for: a retaking, an overtaking or a transfer without
a fight (ACLED's territory sub-types), read from a sentence typed as fighting or a takeover."""

from __future__ import annotations

import re

from .detect import Candidate
from .sides import NON_STATE_SIDE
from .typing_words import says

# the deal a transfer was made under is its means, not an event of its own ("withdrew and handed
# their positions to the army under a local peace deal")
_UNDER_A_DEAL = re.compile(r"\b(?:under|as part of|in line with|in accordance with|pursuant to)\s+"
                           r"(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?$", re.I)


def regained(c: Candidate, sub: str, actor1_inter: int | None, next_sentence: str = "") -> str:
    """A clash in which a state's forces (``actor1_inter`` 1) retake a place is ACLED's
    Government regains territory, though the fighting is told with it ("troops recaptured four
    villages after days of heavy fighting"); a plan to retake one is not ("launched an
    offensive to retake the city"). One in which the words have a rebel group or militia seize
    a town is a non-state actor overtaking territory ("militants seized the port town after
    days of fighting with government forces"). A place taken over from those who left it, or
    without a fight, and no one hurt, is a non-violent transfer ("peacekeepers took over the
    positions vacated by the withdrawing troops"), or told so in the sentence after it ("…
    took control of the village. No clashes were reported."); so is a place handed over under a
    deal, though the deal's words type the sentence an agreement."""
    if sub == "Agreement" and _transfer_under_a_deal(c):
        return "Non-violent transfer of territory"
    taken = _taken_by(c, sub, actor1_inter)
    if taken in ("Non-state actor overtakes territory", "Government regains territory") and \
            (says("taken_without_fight", c.text) or says("taken_without_fight", next_sentence)) and \
            not says("casualties", c.text):
        return "Non-violent transfer of territory"
    return taken


def _taken_by(c: Candidate, sub: str, actor1_inter: int | None) -> str:
    """``regained``'s reading of who took a place, before whether it was fought for."""
    if sub == "Armed clash" and actor1_inter in (1, None) and says("state_forces_regain", c.text):
        # (a state's forces the words name, "the army said it had retaken the oil field", though
        # no country tells whose)
        return "Government regains territory"
    if (sub in ("Armed clash", "Disrupted weapons use") or (sub == "Attack" and not says("casualties", c.text))) \
            and says("armed_group_seizes", c.text):
        # "the group overran a base and seized weapons": the seizure of the place, not the arms;
        # "gunmen occupied the town hall", no one hurt: a place taken, not an attack on people
        return "Non-state actor overtakes territory"
    if sub == "Non-state actor overtakes territory" and not says("armed_group_seizes", c.text) and \
            ((actor1_inter == 1 and not NON_STATE_SIDE.search(c.text)) or says("state_forces_regain", c.text)):
        # "government troops captured the town from the rebels", "government forces severed the
        # route when they seized a hilltop": a state's forces that take a place regain it (ACLED)
        return "Government regains territory"
    return sub


def _transfer_under_a_deal(c: Candidate) -> bool:
    """Whether ``c`` tells a place handed over or left, and each agreement word in it names the
    deal it was done under, not a deal struck."""
    agreed = [h for h in c.cues if h.cue == "agreement"]
    return any(h.cue == "handover" for h in c.cues) and bool(agreed) and \
        all(_UNDER_A_DEAL.search(c.text, 0, h.start) for h in agreed)
