"""What the words around a person count say befell those people: a fate told right after the
count ("11 killed 25 injured"), a passive or intransitive verb after it ("were injured", "died"),
a victim's condition ("in critical condition"), and the hurt who then died ("a man who was shot
… died at the scene"). Read by the quantity grammar (``figures.grammar``)."""

from __future__ import annotations

import re
from typing import Optional

from .lexicon import CONDITION, FATE_RE, NEAR_MISS

PASSIVE_AUX = re.compile(r"\b(?:was|were|been|are|is|be|being|got|get|reportedly|also|all|later|"
                          r"allegedly|were\s+\w+ly|had|have|has|left|found)\s+(?:\w+ly\s+)?$", re.I)

# A relative clause that tells how a person was hurt, then the main verb that they died: "a man
# who was shot multiple times died at the scene", "the boy, who was wounded in the head, later died".
# The same with one verb after another: "a man was shot and later died at the hospital", and with
# the relative reduced: "the man injured in a shooting last week died Sunday".
_HURT_BY = r"(?:\w+ly\s+)?(?:shot|wounded|injured|hurt|struck|hit|stabbed)\b"
_NEW_CLAUSE = r"who|that|which|while|when|after|before|because|but"
DIED_AFTER_RELATIVE = re.compile(
    rf"[^,.;]{{0,40}}?(?:,?\s*\bwho\s+(?:was|were|had been|has been)\s+{_HURT_BY}"
    rf"(?:(?!\b(?:{_NEW_CLAUSE})\b)[^.;]){{0,90}}?\b(?:later\s+|then\s+|also\s+|subsequently\s+)?"
    rf"|\s+(?:was|were)\s+{_HURT_BY}"
    rf"(?:(?!\b(?:{_NEW_CLAUSE}|and)\b)[^.;,]){{0,60}}?\band\s+(?:later\s+|then\s+|subsequently\s+)?"
    # a reduced relative: "the man injured in a shooting last week died from his injuries"
    rf"|\s+{_HURT_BY}(?:(?!\b(?:{_NEW_CLAUSE}|and|or|by)\b)[^.;,]){{0,60}}?\s(?:has\s+|have\s+|later\s+|then\s+|since\s+)?)"
    rf"(?:died|dies|has died|have died|had died|succumbed|(?:was|were) pronounced dead)\b", re.I)

INTRANSITIVE = {"died", "dies", "die", "dead", "deaths", "death", "fatalities", "fatality", "perished",
                 "succumbed", "missing", "unaccounted", "fled", "fleeing", "displaced", "homeless",
                 "injuries", "injury", "wounds", "lives", "lifeless", "hurt", "body", "bodies"}
# A count followed at once by its own participle ("11 killed 25 injured", "One dead, 16 others
# wounded", "Child Killed 20 People Injured"): headlines drop the commas, so the number is not
# the object of the verb before it. "killed and injured" together (or "hurt or killed") is a casualty count.
_OWN_FATE = re.compile(r"^\s*(?:(?!(?:and|or|but|while|as|in|by|at|on|of|to|with)\b)[A-Za-z]+\s+){0,2}?"
                       r"(?:were\s+|are\s+|have\s+been\s+|had\s+been\s+)?"
                       r"(?P<fate>killed|dead|died|injured|wounded|hurt)\b"
                       r"(?P<both>\s*(?:,|and|or|&|/)\s*(?P<other>injured|wounded|hurt|killed)\b)?"
                       # nothing object-like after it: "Four gunmen killed a guard" is an agent
                       r"(?=\s*(?:$|[,.;:)”\"'’–—-]|\d|(?:in|on|at|by|near|during|as|after|before|when|while|and|or|"
                       r"overnight|since|so|yesterday|today|tonight|last|this|early|late|following|from|over|"
                       r"including|among|across|around|amid|outside|inside|due|because|following|"
                       r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))",
                       re.I)


_BOTH_BEFORE = re.compile(r"\b(?:kill(?:s|ed|ing)?|dead)\s*(?:,|and|or|&|/)?\s*(?:injur(?:es|ed|ing)|wound(?:s|ed|ing))"
                          r"\s+(?:(?:at least|more than|over|about|nearly|some)\s+)?$", re.I)


# "Bombing claims 5 in ...", "attacks claim the lives of 20": the count is of the dead
_CLAIMS_BEFORE = re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:the\s+lives\s+of\s+)?"
                            r"(?:(?:at least|more than|over|about|nearly|some)\s+)?$", re.I)


def adjacent_fate(left: str, after: str, singular: bool = False) -> Optional[str]:
    """The fate the words right around a count give it, before any clause-level reading:
    "kills, injures 70" (casualties), "claims 5" (killed), "11 killed 25 injured" (each its own).
    A claim of one person named by an article ("initially claiming the child shot himself") is
    something said about them: a death claims "the life of" one person, or a number of them."""
    if _BOTH_BEFORE.search(left):
        return "casualties"
    if not singular and _CLAIMS_BEFORE.search(left) and not re.match(r"\s*(?:responsibility|credit)\b", after, re.I):
        return "killed"
    return own_fate(after)


def own_fate(after: str) -> Optional[str]:
    """The fate a count states right after itself, or None."""
    m = _OWN_FATE.match(after)
    if not m:
        return None
    dead = m.group("fate").lower() in ("killed", "dead", "died")
    if m.group("both") and dead != (m.group("other").lower() == "killed"):
        return "casualties"  # "killed or injured", and "hurt or killed" as well: the dead and the hurt together
    return "killed" if dead else "injured"


def fate_in(window: str, first: bool = True) -> Optional[str]:
    hits = list(FATE_RE.finditer(window))
    if not hits:
        return None
    hit = hits[0] if first else hits[-1]
    return hit.lastgroup


ASKED_BEFORE = re.compile(r"\b(?:if|whether)\s+$", re.I)
# A count after a counterfactual ("there should've been five or six people dead", "he could have
# killed dozens", "it would have been 20 dead"): people who did not die or get hurt ("may" and
# "might" stay: "two more may have been killed" is a toll not yet confirmed)
UNREAL_BEFORE = re.compile(r"\b(?:could|would|should)(?:\s+not|n['’]t)?(?:\s+have|['’]ve)\s+(?:been\s+)?"
                           r"(?:(?:killed|hurt|injured|wounded|shot)\s+)?(?:(?:at\s+least|up\s+to|as\s+many\s+as|"
                           r"more\s+than|over|about|some|dozens\s+of|hundreds\s+of)\s+)?(?:[\w-]+\s+(?:or|to)\s+)?$", re.I)
# ("not seriously hurt" is hurt; "nearly killed", "almost died": a fate that did not come)
_NEGATED_BEFORE = re.compile(r"\b(?:not|n't|never|" + NEAR_MISS + r")\s+(?:been\s+)?$", re.I)


def a_condition(fate_words: str) -> bool:
    """Whether the fate words are a victim's condition ("in critical condition")."""
    return _CONDITION_RE.fullmatch(fate_words) is not None


_CONDITION_RE = re.compile(rf"(?:{CONDITION})", re.I)


def victim_fate(clause: str, rest: str) -> Optional[str]:
    """The fate after a person count, if the count is its patient, not its agent.

    "Six people were injured", "7,000 civilians killed by ...", "two died" → the people
    suffered it; "several armed men shot and killed seven men" → they did it (None).
    """
    hit = FATE_RE.search(clause)
    if not hit:
        return None
    word = hit.group(0).lower()
    before = clause[:hit.start()]
    if word.endswith(" victims") and re.fullmatch(r"\s*(?:[a-z-]+\s+)?", before):
        # a fate the lexicon tells as the count's own noun ("four shooting victims"): they
        # suffered it, and a later verb may say more ("… are in stable condition", "… died")
        return victim_fate(clause[hit.end():], rest[hit.end():]) or hit.lastgroup
    if _NEGATED_BEFORE.search(before):
        return None  # "the officer was not injured", "a woman in the home was not hurt"
    if re.search(r"\b(?:charged|accused|suspected|wanted|convicted|sentenced|responsible|blamed|indicted|"
                 r"arraigned|jailed|booked|arrested|detained|held|questioned|sought|"
                 r"connection|investigat\w+)\b[^,.;]*$", before, re.I):
        return None  # "a man has been charged in the death of ...": the agent, not a victim
    if word in ("death", "deaths", "killing", "murder") and re.match(r"\s+of\b", rest[hit.end():]):
        return None
    if hit.lastgroup in ("arrested", "abducted", "injured"):
        then = re.match(r"\s+and\s+(?:later\s+|then\s+|subsequently\s+)?(killed|executed|murdered|shot dead)\b",
                        rest[hit.end():], re.I)
        if then:
            return "killed"
    after = rest[hit.end():]
    if word not in INTRANSITIVE and re.search(r"\b(?:had|have|has|reportedly|allegedly|also|then)\s+(?:\w+ly\s+)?$", before) \
            and not re.search(r"\b(?:was|were|been|are|is|be|being|got|get)\s+(?:\w+\s+){0,2}$", before) and \
            re.match(r"\s+(?:his|her|their|its|a|an|the|my|our|\d+|two|three|four|five|six|seven|eight|nine|ten)\b", after, re.I):
        return None  # a perfect or a hedged verb with an object ("a gunman had shot his friend",
        # "the man allegedly killed the baby"): the count did it
    if a_condition(word):  # "in critical condition", "fighting for his life": a
        # state, with no object, until the words go on to a death ("…, where he later died")
        died = FATE_RE.search(after.split(";")[0])  # (the sentence's clause, "but later died")
        return "killed" if died is not None and died.lastgroup == "killed" else hit.lastgroup
    if word in INTRANSITIVE or PASSIVE_AUX.search(before) or word.startswith(("were ", "was ", "lost ")):
        # ("four children lost their lives": what they lost is their own)
        return hit.lastgroup  # an auxiliary makes it passive: nothing after it can be its object
    if word == "fatally":  # "two men fatally shot in …": the participle follows the adverb
        participle = re.match(r"\s+(?:shot|\w+ed)\b", after)
        if participle is None:
            return None
        after = after[participle.end():]
    if word.endswith(("ed", " to death", " alive", " shot", " struck")) or \
            word in ("slain", "shot dead", "gunned down", "shot", "fatally"):
        # reduced passive: nothing object-like follows the participle
        if own_fate(re.sub(r"^\s*(?:at least|more than|over|about)?\s*[\w,]+", "", after, count=1, flags=re.I)) \
                and re.match(r"\s*(?:(?:at least|more than|over|about)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|"
                             r"eight|nine|ten|a dozen|dozens|scores|hundreds)\b", after, re.I):
            return hit.lastgroup  # "3 Civilians Killed 38 Injured": the next count starts a new clause
        if re.match(r"\s*(?:$|[,.;:)”\"'’]|by\b|in\b|at\b|on\b|during\b|when\b|as\b|and\b|or\b|"
                    r"after\b|while\b|near\b|inside\b|outside\b|overnight\b|since\b|so far\b|"
                    r"yesterday\b|today\b|tonight\b|last\b|this\b|early\b|late\b|following\b|from\b|over\b|"
                    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|here\b|there\b|across\b|around\b|amid\b|"
                    r"along\b|within\b|across\b|including\b|among\b|[-–—])",
                    after, re.I):
            return hit.lastgroup
        if re.match(r"\s+(?:was|were|is|are)\b", after, re.I) and not re.search(r"\bof\b", before, re.I):
            return hit.lastgroup  # "a shooting that left three others wounded was gang-related" (but
            # "one of those shot was in serious condition" is some of a group counted already)
        return None
    return hit.lastgroup if hit.lastgroup not in ("killed", "injured", "arrested", "abducted", "shot") else None
