"""The attacker's own death, as news tells it beside the victims' toll: a gunman who killed himself
("… then turned the gun on himself", "killed his wife, then himself"), whom police killed ("the
gunman was shot dead by officers", "… before police killed him"), or a suspect found dead. Read
by ``gva.article_casualties``, which counts him among the dead as the monitors do, and by the
event layer (``events.assemble``) and the merge of reports (``toll_counts_attacker``)."""

from __future__ import annotations

import re

# "then the 17-year-old fatally shot himself"
_THEN_SELF = r"\bthen\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fatally\s+)?(?:shot|killed)\s+(?:himself|herself)\b"
MURDER_SUICIDE = re.compile(r"\b(?:before|then|and then|after)\s+(?:killing|turning the gun on|killed|shot|"
                             r"fatally shot|shooting|fatally shooting|taking)\s+(?:himself|herself|his own life|her own life)|"
                             r",\s*(?:then\s+)?(?:himself|herself|self)\b|\bthen\s+(?:himself|herself)\b|"
                             r"\bturn(?:s|ed|ing)?\s+(?:the\s+)?gun\s+on\s+(?:himself|herself)|\band (?:then )?(?:(?:killed|killing|shot|shooting|fatally shooting) )?(?:himself|herself)\b|"
                             # "shooting friend, killed himself", "then the 17-year-old fatally shot himself"
                             r",\s*(?:then\s+)?(?:killed|shot|fatally\s+shot)\s+(?:himself|herself)\b|"
                             r"\b(?:before|after)\s+(?:he|she)\s+(?:killed|shot|fatally\s+shot)\s+(?:himself|herself)\b|"
                             + _THEN_SELF, re.I)
SHOOTER_KILLED = re.compile(
    r"\b(?:officers?|police|deputies|deputy|troopers?|agents?|guard)\s+(?:\w+\s+){0,2}?(?:shot and killed|killed|fatally shot|"
    r"shot dead)\s+(?:the\s+)?(?:gunman|shooter|suspect|attacker)\b|"
    # "The shooter, 23-year-old John Doe, was killed by police officers", "was also killed by a SWAT officer"
    r"\b(?:gunman|shooter|attacker)(?:,\s+[^,.;]{1,60},)?\s+(?:was\s+)?"
    r"(?:later\s+|also\s+)?(?:shot and killed|killed|fatally shot|shot dead|shot to death)\s+by\s+(?:\w+\s+){0,2}?"
    r"(?:police|officers?|deputies|deputy|troopers?|agents?|guard)|"
    r"\b(?:before|after|when|until) (?:he|she) was (?:fatally shot|shot dead|shot and killed|killed) by\b|"
    # "… and injured 14 others before police killed him", "until he died in a shootout with officers"
    r"\b(?:before|after|when|until)\s+(?:the\s+)?(?:police|officers?|deputies|troopers?|agents?)\s+(?:shot and killed|"
    r"killed|fatally shot|shot dead)\s+(?:him|her)\b|"
    r"\b(?:he|she)\s+(?:was\s+killed|died)\s+(?:\w+\s+){0,2}?in\s+an?\s+(?:shootout|gunfight|gun\s+battle|"
    r"exchange\s+of\s+(?:gun)?fire)\s+with\s+(?:\w+\s+){0,2}?(?:police|officers?|deputies|troopers?|agents?)\b|"
    # "were slain by a home invader, who was fatally shot by another person": shot by anyone
    r"\b(?:gunman|shooter|attacker|intruder|invader|robber|burglar|assailant),?\s+(?:who\s+)?was\s+"
    r"(?:later\s+|then\s+)?(?:fatally shot|shot and killed|shot dead|shot to death|killed)\s+by\b", re.I)

# those who shoot back at the attacker and bring him down
_POLICE = r"(?:police|officers?|deputies|deputy|troopers?|agents?)"

# The attacker's own death told apart from the victims' toll: "3 members of family fatally shot;
# suspect killed", "The suspect died after being shot by police", "… before being fatally shot
# by police". Only where the toll is a number read elsewhere (the suspect may be the one dead).
SUSPECT_DIED = re.compile(
    r"\b(?:the\s+)?(?:suspect|gunman|shooter|attacker|"
    # "A man who was suspected of killing five people Friday was found dead in his home"
    r"man\s+(?:who\s+(?:was|is)\s+)?suspected\s+of\s+(?:killing|shooting)\s+[^.;]{1,60}?)\s+"
    r"(?:(?:was\s+|is\s+)?(?:later\s+|also\s+)?(?:found\s+)?"
    r"(?:(?:died|dies|dead)(?![^.;]{0,40}\b(?:crash|wreck|collision|accident|overdose|illness|custody|jail)\b)|"
    r"killed(?=\s*(?:[.;,:]|$|by\b|after\b|when\b|in\s+(?:an?\s+)?(?:shootout|exchange|gunfight))))|"
    # "the suspect was shot and killed by a SWAT team member", "the gunman was shot dead."
    r"(?:was|is)\s+(?:later\s+|also\s+)?(?:shot\s+and\s+killed|fatally\s+shot|shot\s+dead)(?=\s*(?:[.;,:]|$|by\b)))|"
    r"\b(?:before|after)\s+being\s+(?:fatally shot|shot dead|shot and killed|killed)\s+by\s+"
    r"(?:\w+\s+){0,2}?" + _POLICE + r"\b", re.I | re.M)

THE_ATTACKER = re.compile(r"(?:the|a)\s+(?:suspect|gunman|shooter|attacker)\b", re.I)

BY_POLICE = re.compile(r"\b(?:shot|killed)\b[^.;]{0,40}?\bby\s+(?:\w+\s+){0,2}?" + _POLICE +
                       r"\b|officer-involved|police shooting|\b" + _POLICE + r"\s+returned\s+fire\b", re.I)


def attacker_died(text: str) -> bool:
    """The words tell the attacker's own death with the attack: "… before turning the gun on
    himself", "… then killed herself", "the gunman was shot dead by officers"."""
    return bool(MURDER_SUICIDE.search(text) or SHOOTER_KILLED.search(text))


SUICIDE = re.compile(r"\b(?:kill(?:ed|ing|s) (?:himself|herself)|(?:took|take|takes|taking|taken) (?:his|her) own life|"
                      r"turn(?:ed|ing) the gun on (?:himself|herself)|murder-suicide|committed suicide|"
                      r"fatally shooting (?:himself|herself)|kills? [\w\s,-]{0,40}\bself|"
                      r"died (?:of|from) a self-inflicted|"
                      r"(?:shoots?|shot|kills?|killed|killing)\s[\w\s,-]{0,40}?,\s*(?:then\s+)?(?:him|her)?self|"
                      r"then\s+(?:fatally\s+)?(?:shot|killed|shoots|kills)?\s*(?:himself|herself))\b|" + _THEN_SELF, re.I)


# The steps of ``article_casualties`` after which its toll of the dead surely counts the attacker
# too: a gunman who killed himself, a gunman police killed after his attack, one the toll names
# among the dead. Not "killed:suspect_died": "the suspect was killed" told apart from a toll
# such as "3 killed in courthouse shooting" may be told of one that already counts him.
_ATTACKER_STEPS = frozenset({"killed:suicide", "killed:shooter", "killed:shooter_among_dead",
                             "killed:suspect_among_dead", "killed:suspect_is_toll"})


def toll_counts_attacker(trace: list) -> bool:
    """Whether the toll ``article_casualties`` read (its ``trace``) counts the attacker's death."""
    return any(step in _ATTACKER_STEPS for step, _ in trace)
