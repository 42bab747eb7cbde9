"""Who is armed and who was hit: the armed sides a sentence names, and whether its dead are
people of no armed side (ACLED's attacks) or armed men (its battles)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .typing_words import says, typing_patterns

if TYPE_CHECKING:
    from .detect import Candidate


NON_STATE_ARMED = re.compile(r"\b(?:gunmen|armed men|militants|rebels|insurgents|militiamen|militias?|fighters|"
                             r"jihadists|bandits|attackers|assailants|raiders)\b", re.I)


# a side named that is not a state's, in any number and as an adjective ("Rebel forces", "the
# separatists said", "opposition fighters"); not "attackers", who may be a state's: a state's forces
# named as a sentence's actor1 may be the side a place was taken from
NON_STATE_SIDE = re.compile(r"\b(?:rebels?|militants?|insurgents?|militia\w*|fighters|jihadists?|separatists?|guerrillas?|"
                            r"bandits|gunmen|gangs?|gang members|cartels?|opposition|islamists?|extremists?)\b", re.I)


def two_armed_sides(text: str) -> bool:
    """Whether ``text`` tells a fight of two armed sides (ACLED's battles): fighting between two
    sides ("fighting between rival militias"), or fire on soldiers, police or their posts ("opened
    fire on two policemen")."""
    return says("fighting_between", text) or says("fire_on_forces", text)


def armed(text: str) -> bool:
    """Whether an armed side acts in ``text``: described ("gunmen", "militants") or named (a
    state's military, a rebel group or militia of the actor table: "al-Nusra", "the army"; not
    the police, who are named in every riot report)."""
    from .actors import find_actors

    return says("armed_actor", text) or any(h.inter in (2, 3) or h.name.startswith("Military Forces of")
                                            or h.name == "Government forces" for h in find_actors(text))


# an armed side among those hit, after the killing's verb ("killed five villagers and two soldiers");
# not the police who tell it ("…, police said", "according to police")
_ARMED_SIDE_HIT = re.compile(rf"(?<!according to )(?<!according to the )\b(?:(?:soldiers?|troops|servicem[ae]n|policem[ae]n|police|officers?)\b"
                             rf"(?!\s+(?:said|say|says|told|reported|added|spokes\w+)\b)|{NON_STATE_ARMED.pattern})",
                             re.I)


def _civilians_killed(text: str) -> int | None:
    """Where ``text`` names people of no armed side as those killed (``civilians_killed``), else None."""
    m = typing_patterns()["civilians_killed"].search(text)
    return m.start() if m else None


_PUT_TO_DEATH = re.compile(r"\b(?:execut\w*|behead\w*|crucif\w*|massacr\w*|tortur\w*|lynch\w*)", re.I)


# a crowd told armed: "a mob of armed settlers", "armed youths"
ARMED_CROWD = re.compile(r"\b(?:mob|crowd|group|gang|band)s?\s+of\s+armed\b|\barmed\s+(?:settlers|youths|villagers|herders|"
                          r"residents|civilians|mob|crowd|men)\b", re.I)


def only_armed_killed(c: "Candidate", told: str) -> bool:
    """Whether armed men are named as the dead and no one unarmed is (no civilian word, no
    civilians killed), nor were they put to death in captivity (executed, beheaded)."""
    return says("armed_killed", told) and _civilians_killed(told) is None and \
        not any(h.cue == "civilian" and h.start < len(told) for h in c.cues) and not _PUT_TO_DEATH.search(told)


def only_civilians_killed(text: str) -> bool:
    """Whether ``text`` names people of no armed side as those killed and no armed side among
    them ("bandits killed 11 villagers"; not "killed five villagers and two soldiers")."""
    killed = _civilians_killed(text)
    return killed is not None and not _ARMED_SIDE_HIT.search(text, killed)
