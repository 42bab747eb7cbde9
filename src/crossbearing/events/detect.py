"""Event candidates in news text: which sentences report an event, with which trigger, and
what ACLED sub-type they are.

Why rules first: in news prose most sentences are not events, and the classifier (trained
on ACLED notes, which are all events) would type every sentence it is given. So a sentence
becomes a candidate only when the trigger lexicon finds an event word in it (or it reports
deaths). Typing then combines both: a *strong* cue (air strike, shelling, IED, abduction…)
decides the sub-type unless the classifier picks another sub-type that a cue also supports;
otherwise the classifier decides within the event types the triggers allow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..figures.running import without_state_since
from .clause_order import (DRONE_DELIVERED, base_before_its_cause, change_before_its_cause, deal_made, fight_told_first,
                           ground_retaken_first, held_for_all_else, held_for_it, measure_before_its_cause,
                           named_as_no_event, only_accused_of, only_in_its_cause, put_to_death, taken_before_the_fight)
from .lexicon import NOT_A_LEADERS_DEATH, Hit, find_cues
from .sides import ARMED_CROWD, NON_STATE_ARMED, armed, only_armed_killed, only_civilians_killed, two_armed_sides
from .taxonomy import SUB_TO_TYPE
from .typing_words import says, typing_patterns

# cues that can open an event on their own (others only help typing)
EVENT_CUES = frozenset({
    "airstrike", "drone", "shelling", "ied", "grenade", "suicide", "chemical", "clash", "regain", "overtake",
    "combat", "abduct", "sexual", "attack_civ", "gunfire", "riot", "mob", "arrest", "agreement", "loot", "defuse", "hq",
    "handover", "protest_strict", "talks", "strike_raid", "explosion", "group_change",
})
# protest words that name a protest on their own; a work stoppage or hunger strike and a road
# blockade by a crowd are protests in ACLED's sense
_PROTEST_STRICT = re.compile(
    r"\b(protest(?:s|ed|ing|ers?)?|demonstrat(?:ion|ions|ed|ors?)|rall(?:y|ies|ied)|sit-?ins?|human chains?|"
    r"(?:hunger|general|labou?r|nationwide|national|open-ended|indefinite|one-day|teachers'?|workers'?|climate|school) strikes?|"
    r"(?:[\w-]+-day|[\w-]+-hour|week-long|month-long) strikes?|(?:began|launched|started|declared|called) an? (?:[\w-]+ )?strike|"
    r"(?:went|go|goes|going|are|were|remain(?:ed)?) on strike|strikers|stopped work|downed tools|"
    r"(?:staged?|staging|held|holds?|holding) (?:a |an )?(?:[\w-]+ )?strikes?|"
    r"to press (?:their|its|his|her) (?:demands|claims)|"
    r"(?:crowds?|gathering) (?:of [\w-]+ )?(?:demanding|protesting|calling for|chanting)|"
    r"an? (?:peaceful |silent |protest |street )?march (?:by|of) (?:\w+ ){0,3}?(?:protesters|demonstrators|supporters|"
    r"students|workers|activists|women|residents|people|thousands|hundreds|members|teachers|nurses|doctors|farmers|"
    r"lawyers|miners|pensioners|unionists|opposition|parents|citizens|mourners)|"
    # a march named by who marches or what for: "a student march", "an anti-war march"
    r"(?:student|students'|protest|opposition|peace|solidarity|women'?s|workers'?|anti-[\w-]+) march(?:es)?)\b", re.I)
# a crowd that marches, gathers or walks out to make a point protests ("students walked out",
# "residents marched to city hall", "people gathered to demand"); troops that march do not
# (the crowd words name no armed force)
_CROWD_ACTS = re.compile(r"\b(?:(?-i:march)|marched|marches|marching|walked out|staged a walkout|"
                         # "activists occupied a house against the rent rises": a sit-in with its message
                         r"occup(?:ied|y|ying) (?:the |a |an |their )?(?:[\w'’-]+ ){0,3}?(?:building|house|offices?|square|"
                         r"ministry|campus|university|factory|premises|headquarters|site|park|hall|lobby)\b[^.;]{0,60}?"
                         r"\b(?:against|to (?:demand|protest|denounce|oppose|call)|demanding|calling for|in protest)\b|"
                         r"walk(?:ed|s|ing)? off (?:the|their) jobs?|took to the streets|to demonstrate|"
                         r"demonstrate (?:against|for|in)|picket(?:ed|ing)|"
                         r"(?:gathered|assembled)\b[^.;]{0,80}?\b(?:to (?:demand|call|denounce|condemn|show|express|"
                         r"voice|oppose|support|urge|protest)|demanding|calling (?:for|on)|in protest|in support|against)|"
                         # a crowd at the seat of the power it addresses: "supporters gathered outside
                         # the election commission"
                         r"(?:gathered|assembled|massed) (?:outside|in front of|at the gates? of) (?:the )?(?:[\w'’-]+ ){0,3}?"
                         r"(?:parliament|ministry|commission|courthouse|embassy|consulate|palace|presidency|city hall|"
                         r"town hall|governor'?s? office|legislature|capitol|state house)|"
                         r"set up a (?:protest )?camp (?:in front|outside)|held (?:a |an )?(?:candlelight |silent |prayer |peaceful )?(?:sit-?in|vigil|banners?|placards?)|"
                         # a vigil staged is a protest's; one held may be a memorial's
                         r"stag(?:e|es|ed|ing) (?:a |an )?(?:[\w-]+ )?vigil|"
                         r"(?:press conference|gathering|rally) with (?:a |their )?(?:banners?|placards?|signs)|"
                         r"(?:displayed|held up|carried|waved) (?:banners|placards|signs)|"
                         r"unfurl(?:ed|ing|s)? (?:an? |the |their )?(?:[\w-]+ ){0,2}?banners?|chant(?:ed|ing) (?:[\w-]+ ){0,2}?slogans|"
                         r"(?:glued|chained|locked|tied|handcuffed|strapped) (?:themselves|himself|herself) to|"
                         # "students who had occupied the main hall": a sit-in, its message unsaid
                         r"who (?:had )?occup(?:ied|y) (?:the |a |an |their )?(?:[\w'’-]+ ){0,3}?(?:building|offices?|ministry|"
                         r"campus|university|factory|premises|headquarters|hall|lobby))\b", re.I)
# a road blockade is a protest when a crowd, not an army, blocks it
_BLOCKADE = re.compile(r"\b(?:block(?:ed|ing|aded) (?:off )?(?:the |a |an |several )?(?:(?!of\b)[\w'-]+ ){0,3}?(?:roads?|streets?|"
                       r"highways?|bridges?|traffic|railway|avenues?|road sections?|intersections?|junctions?|motorways?|"
                       r"entrances?|gates?)|"
                       r"set up (?:road ?)?blockades?|road ?blocks? (?:were |was )?(?:set up|erected|mounted)|"
                       # "blocked the km 184 of the PY01 highway": a road told by its kilometre marker
                       r"block(?:ed|ing|aded) (?:the )?(?:km|kilomet(?:er|re)) \d+ (?:of|on) (?:the )?[\w-]+ (?:highway|road|route))\b",
                       re.I)
_CROWD = re.compile(r"\b(?:protesters|demonstrators|workers|residents|people|supporters|students|farmers|drivers|communities|"
                    r"villagers|youths?|activists|crowds?|hundreds|thousands|dozens|nurses|doctors|teachers|lawyers|"
                    r"employees|traders|vendors|parents|citizens|locals|women|miners|pensioners|retirees|truckers|"
                    r"members|neighbou?rs|fishermen|families|mothers|relatives|unionists|"
                    # a crowd named by its faith ("Catholic Christians gathered for a march")
                    r"Christians|Catholics|Muslims|Buddhists|Hindus|Sikhs|Jews|believers|worshippers|faithful|"
                    r"pilgrims|monks|priests|nuns|clergy)\b", re.I)

# what a protest is about: the violence named after these words is its grievance ("relatives
# protested outside the station to demand justice for a man who was shot dead", "gathered after
# the killing of an elderly man"), not an event of the sentence
_HELD_WORDS = r"arrested|detained|jailed|sentenced|convicted"  # a person held, which a crowd may answer
_GRIEVANCE = re.compile(r"\b(?:over|against|about|to (?:demand|condemn|denounce|protest|mourn|commemorate|remember|"
                        r"honou?r|pay homage|complain|express|show|voice|call for|urge|press for)|calling for|"
                        r"for the (?:victims|dead|families) of|in solidarity with|"
                        r"in (?:memory|honou?r|support) of|for justice|justice for|"
                        r"in (?:protest|response|reaction) (?:of|at|to|over)|(?:after|following) the (?:\w+ )?(?:killings?|murders?|deaths?|shootings?|stabbings?|"
                        r"assassinations?|rapes?|abductions?|kidnappings?|disappearances?) of|"
                        # "… after a young man died in police custody", "… after the opposition leader was
                        # arrested": the death or the arrest the crowd answers
                        r"(?:after|following)\s+(?:(?:a|an|the|his|her|their|two|three|four|\d+)\s+)?[^.;,]{0,40}?\b"
                        r"(?:died|dies|(?:was|were|is|are)\s+(?:shot\s+dead|shot|killed|murdered|beaten|stabbed|found\s+dead|"
                        rf"{_HELD_WORDS})))\b", re.I)

_PLANNED = re.compile(
    r"\b(slated to|scheduled (?:to|for)|due to (?:begin|start|be held|take place|meet)|will be held|to be held|"
    r"set to (?:begin|start|resume|be held)|expected to (?:begin|start|be held)|will (?:begin|start|take place|resume)|"
    r"upcoming (?:(?:\w+ )?(?:protests?|strikes?|rall(?:y|ies)|march(?:es)?|demonstrations?|talks|negotiations|summit|meeting|"
    r"offensive|operations?|attacks?|visit))|planned for|next round)\b", re.I)
_SPAN_OF_YEARS = re.compile(
    r"\b(?:between|from) (?:\w+ )?(?:19|20)\d\d (?:and|to|until) (?:\w+ )?(?:19|20)\d\d\b|"
    r"\bsince (?:(?:early|late|mid-?)\s*)?(?:\w+ )?(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b", re.I)


_DEATH_WORD = re.compile(rf"\b(killed|dead|died|deaths?{NOT_A_LEADERS_DEATH}|bodies|fatally)\b", re.I)


@dataclass
class Candidate:
    start: int  # sentence span in the article text
    end: int
    trigger: Hit
    cues: list[Hit]
    rule_sub: str | None  # sub-type from the rules (None: classifier decides freely)
    allowed_types: frozenset[str]
    planned: bool
    multi_year: bool
    text: str = ""  # the sentence
    grievance: int | None = None  # where what a protest is about begins in ``text``
    protest_told: bool = False  # the article's headline or text names a protest somewhere
    mourners: tuple[int, int] | None = None  # where ``text`` describes the crowd by its dead (``mourners_span``)


# "Police erected barricades to stop the march": the forces that barricade or block are no riot
_FORCES_DO = re.compile(r"\b(?:police|security forces|soldiers|troops|officers|gendarmes?|authorities|army)\b"
                        r"(?:\s+\w+){0,2}\s*$", re.I)
_FORCES_WORK = re.compile(r"(?:erect|set|buil|put|block)", re.I)


# what someone is suspected, accused or charged of is an allegation, not the sentence's event:
# "villagers lynched two men suspected of kidnapping a child", "arrested on suspicion of arson"
_ALLEGED = re.compile(r"\b(?:suspected|accused|accusing\s+(?:him|her|them)|convicted|charged|wanted|jailed|sentenced|guilty|arrested|detained|"
                      r"on\s+suspicion|on\s+charges?|allegations?)\s+(?:of|with|for)\s+(?:(?:the|a|an|his|her|their)\s+)?$",
                      re.I)


def _sentence_cues(text: str) -> list[Hit]:
    """The cues of a sentence, less a riot's words the forces do ("police erected barricades"),
    the riot that names the forces' gear ("riot police fired on the crowd") and an act someone
    is suspected or accused of, named by a cue that would decide the type (a kidnapping, a
    rape), when the sentence tells another act (the lynching, the arrest); alone, the act is the
    report's ("a man accused of kidnapping a girl on Tuesday")."""
    hits = [h for h in find_cues(text) if not (
        h.cue == "riot" and (_FORCES_WORK.match(text, h.start) and _FORCES_DO.search(text, max(0, h.start - 40), h.start)
                             or text[h.start:h.end].lower() == "riot" and _RIOT_GEAR.match(text, h.end)))]
    # ("women detained at a base" names whom the act was done to, not an arrest the sentence tells)
    hits = [h for h in hits if not (h.cue == "arrest" and _HELD_PEOPLE.search(text, max(0, h.start - 20), h.start)
                                    and _HELD_AT.match(text, h.end))]
    alleged = [h for h in hits if h.strong and _ALLEGED.search(text, max(0, h.start - 40), h.start)]
    if alleged and any(h.sub_event_type and h not in alleged for h in hits):
        return [h for h in hits if h not in alleged]
    return hits


_HELD_PEOPLE = re.compile(r"\b(?:women|men|people|children|civilians|prisoners|persons|girls|boys|migrants)\s+$", re.I)
_HELD_AT = re.compile(r"\s+(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:base|camp|prison|jail|cent(?:re|er)|facility|barracks|"
                      r"station|compound)s?\b", re.I)


_CLAUSE_OPENS = re.compile(r"[;:]|\b(?:where|when)\b", re.I)


def _crowd_acts_at(text: str, start: int) -> bool:
    """A crowd's word stands before ``start`` in the clause whose act starts there (within 160
    characters: an organisation's long name may come between)."""
    lo = max(0, start - 160)
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, lo, start)]
    return bool(_CROWD.search(text, opens[-1] if opens else lo, start))


# "banned all protests", "a ban on rallies": the protest named as what is banned is no protest
_BANNED = re.compile(r"\b(?:bann(?:ed|ing)|bans|prohibit(?:ed|ing)|outlaw(?:ed|ing)|forb(?:ade|idding)|(?:ban|prohibition)s? on)"
                     r"\s+(?:all\s+|any\s+)?(?:public\s+|street\s+|political\s+|further\s+)?$", re.I)


def event_hits(text: str, crowd_before: bool = False) -> list[Hit]:
    """The event cues of a sentence. ``crowd_before``: an earlier sentence of the article told a
    protest or riot, so crowd-control weapons used with no crowd named ("Police fired tear gas
    and rubber bullets.") are used on that crowd."""
    hits = [h for h in _sentence_cues(text) if h.cue in EVENT_CUES]
    hits += [Hit("protest_strict", m.start(), m.end(), "Peaceful protest", False) for m in _PROTEST_STRICT.finditer(text)
             if not _BANNED.search(text, max(0, m.start() - 40), m.start())]
    # the crowd does it: its word comes before, in the same clause ("residents blocked the highway",
    # "members of the Committee for Safe Streets in Northtown held a press conference with a banner"),
    # not anywhere in the sentence ("barricades blocked off streets where people were shot")
    hits += [Hit("protest_strict", m.start(), m.end(), "Peaceful protest", False)
             for rx in (_BLOCKADE, _CROWD_ACTS) for m in rx.finditer(text) if _crowd_acts_at(text, m.start())]
    # crowd-control weapons used on a crowd say a protest was broken up ("police fired tear gas at
    # thousands of opposition supporters"), though no word names the protest
    hits += [Hit("protest_strict", m.start(), m.end(), "Peaceful protest", False) for m in _CROWD_CONTROL.finditer(text)
             if crowd_before or _CROWD.search(text, max(0, m.start() - 80), m.end() + 80)]
    if crowd_before:
        hits += [Hit("protest_strict", m.start(), m.end(), "Peaceful protest", False) for m in _BROKEN_UP.finditer(text)]
    return sorted(hits, key=lambda h: (h.start, -h.end))


_CROWD_CONTROL = re.compile(r"\b(?:tear ?gas|water cannons?|rubber bullets|baton[- ]charged?|stun grenades)\b", re.I)
# a crowd dispersed or intervened on, after a protest was told ("fired live bullets to disperse the
# crowd"): a crowd after a shooting or at a fair is dispersed too, so alone it tells no protest
_BROKEN_UP = re.compile(r"\b(?:dispers(?:e|ed|es|ing)\s+(?:the\s+|a\s+)?(?:crowds?|protesters|demonstrators|gathering|"
                        r"protests?|rall(?:y|ies)|demonstrations?|sit-?ins?|marchers|them)|"
                        r"(?:police|security forces|officers|authorities)\s+(?:\w+\s+)?intervened)\b", re.I)


# "relatives of a man who was found dead protested …", "friends of murdered politician X held a
# rally": the violence in the description of who protests is the grievance too
_MOURNERS = re.compile(r"\b(?:relatives|famil(?:y|ies)|(?:family )?members|friends|supporters|colleagues|parents|"
                       r"mothers?|fathers?|widows?|sons|daughters|classmates|neighbou?rs)\b(?:\s+and\s+\w+)?\s+of\s+", re.I)


# "families who claim their children have been kidnapped staged a protest march": a crowd
# described by what befell it, in a clause of its own before it protests
_CROWD_WHO = re.compile(r"\b(?:relatives|famil(?:y|ies)|parents|mothers|fathers|widows|friends|residents|villagers|"
                        r"workers|students|farmers|people)\s+(?:who|whose)\b", re.I)


def mourners_span(sent: str, hits: list[Hit]) -> tuple[int, int] | None:
    """The span of a protest sentence that describes its crowd by a victim ("relatives of a man
    who was shot dead", "family of the kidnapped director", "families whose sons were
    abducted"), up to the protest word: what it names is what they protest about, not an event
    of the sentence."""
    protest = next((h for h in hits if h.cue in ("protest_strict", "riot")), None)
    if protest is None:
        return None
    m = _MOURNERS.search(sent, 0, protest.start) or _CROWD_WHO.search(sent, 0, protest.start)
    return (m.start(), protest.start) if m else None


def grievance_start(sent: str, hits: list[Hit] | None = None) -> int | None:
    """Where what a protest or riot sentence protests about begins (None when it reports none):
    violence named from there on is the crowd's grievance, not the sentence's event."""
    hits = event_hits(sent) if hits is None else hits
    protest = next((h for h in hits if h.cue in ("protest_strict", "riot")), None)
    # from inside the protest's own words: "gathered … after the murder of a shopkeeper to demand …"
    # is one match of the crowd's act, the grievance within it
    m = _GRIEVANCE.search(sent, protest.start + 1) if protest is not None else None
    while m is not None and _ANGRY_AT.search(sent, 0, m.start()):
        # "protesters angry over the results stormed the office": what angers the crowd describes
        # it; the verb after is its act
        m = _GRIEVANCE.search(sent, m.end())
    if m and protest.cue == "riot" and not _RIOTED_OVER_DEATH.search(sent, m.start(), m.end() + 60):
        return None  # a riot's grievance is a death ("… after a young man died in custody"), not
        # any "against" ("burned tyres to provide cover against air attack")
    return m.start() if m else None


_ANGRY_AT = re.compile(r"\b(?:angry|angered|furious|outraged|incensed|upset|enraged)\s+$", re.I)
_RIOTED_OVER_DEATH = re.compile(r"\b(?:died|dies|dead|death|deaths|killed|killing|killings|murder\w*|shot|shooting|"
                                rf"beaten|stabbed|lynch\w*|rape\w*|{_HELD_WORDS})\b", re.I)


def inline_furniture(sent: str) -> list[tuple[int, int]]:
    """Spans of page furniture inside a sentence of a page scraped onto one line: a tag with its
    count of stories ("Topic US Missile Attack on Syrian Air Base (200)"), in ``incidents.json``."""
    from .cues import cues

    return [m.span() for p in cues()["inline_furniture"] for m in p.finditer(sent)]


def candidate(text: str, start: int, end: int, has_deaths: bool = False,
              death_span: tuple[int, int] | None = None, crowd_before: bool = False,
              protest_told: bool = False) -> Candidate | None:
    """The event candidate of sentence ``text[start:end]``, or None when it reports no event.
    ``death_span`` (article offsets) is the killed count that stands in for a missing trigger word;
    ``crowd_before``: an earlier sentence told a protest or riot (``event_hits``); ``protest_told``:
    the article's headline or text names a protest (``tells_a_protest``)."""
    sent = text[start:end]
    cues = _sentence_cues(sent)
    ev = event_hits(sent, crowd_before)
    tags = inline_furniture(sent)
    if tags:  # "Topic Operation to Liberate Raqqa From Daesh (61)": a tag's words report nothing
        cues, ev = ([h for h in hits if not any(a <= h.start < b for a, b in tags)] for hits in (cues, ev))
    grievance = grievance_start(sent, ev)
    if grievance is not None:
        ev = [h for h in ev if h.cue == "protest_strict" or h.start < grievance]
        has_deaths = has_deaths and bool(_DEATH_WORD.search(sent, 0, grievance))
    mourners = mourners_span(sent, ev)
    if mourners is not None:
        a, b = mourners
        ev = [h for h in ev if h.cue == "protest_strict" or not a <= h.start < b]
        has_deaths = has_deaths and bool(_DEATH_WORD.search(sent, 0, a) or _DEATH_WORD.search(sent, b))
    if not ev and not has_deaths:
        return None
    if not ev:  # deaths reported without an event word: let the classifier type it
        m = _DEATH_WORD.search(sent)
        if m:
            trig = Hit("killed", m.start(), m.end(), None, False)
        elif death_span:
            trig = Hit("killed", death_span[0] - start, death_span[1] - start, None, False)
        else:
            trig = Hit("killed", 0, min(len(sent), 40), None, False)
        ev = [trig]
    # "militants launched an assault on the town, prompting air strikes": what the event
    # prompted is another side's answer, not the sentence's event
    answer = _PROMPTING.search(sent)
    if answer is not None and any(h.start < answer.start() for h in ev):
        ev = [h for h in ev if h.start < answer.start()]
    ev = _without_support(sent, ev)
    ev = [h for h in ev if not named_as_no_event(sent, h)]
    if not ev:
        return None
    # a chemical agent makes a chemical weapon whatever delivered it ("barrel bombs containing
    # chlorine", "sarin exposure after a rocket struck"): its cue leads the strong ones (not an
    # attack named as such, often one recalled: "air strikes around X, the site of the chemical attack")
    strong = sorted((h for h in ev if h.strong), key=lambda h: not (
        h.sub_event_type == "Chemical weapon" and not _NAMED_ATTACK.fullmatch(sent, h.start, h.end)))
    # "a bomber detonated an explosive vest": the blast's word gives way to the suicide bomber's;
    # "abducted and raped women": the rape types the event (ACLED's sexual violence)
    if strong and (over := _OUTRANKED_BY.get(strong[0].sub_event_type)):
        strong.sort(key=lambda h: h.sub_event_type != over)
    trigger = strong[0] if strong else ev[0]
    rule_sub = strong[0].sub_event_type if strong else None
    allowed = frozenset(SUB_TO_TYPE[h.sub_event_type] for h in ev if h.sub_event_type)
    shifted = Hit(trigger.cue, start + trigger.start, start + trigger.end, trigger.sub_event_type, trigger.strong)
    return Candidate(start, end, shifted, cues, rule_sub, allowed, bool(_PLANNED.search(sent)),
                     bool(_SPAN_OF_YEARS.search(without_state_since(sent))), sent, grievance, protest_told, mourners)


# a strong cue that gives way to another of the same sentence: the blast word to the suicide
# bomber's, the abduction to the rape
_OUTRANKED_BY = {"Remote explosive/landmine/IED": "Suicide bomb", "Abduction/forced disappearance": "Sexual violence"}

_IN_ANGER = re.compile(r"\bin (?:anger|protest|outrage|fury)\b|\b(?:angry|angered|enraged|outraged|furious)\b", re.I)
_SPEECH_WORDS = frozenset({"announced", "announces", "announce"})
_NAMED_ATTACK = re.compile(r"(?:chemical|gas) (?:weapons?|attacks?|strikes?)", re.I)
_PROMPTING = re.compile(r",?\s+(?:prompting|triggering|sparking|drawing|provoking)\b", re.I)
# "fighters advanced under the cover of coalition air strikes", "backed by Russian warplanes,
# troops stormed the town": fire named as the support of a ground push
_SUPPORT = re.compile(r"\b(?:under\s+(?:the\s+)?cover\s+of|backed\s+by|supported\s+by|with\s+(?:the\s+)?"
                      r"(?:support|backing|cover)\s+of|with\s+air\s+support\s+from)\s+", re.I)
# the support's own words up to its weapon: a few modifiers ("heavy", "U.S.-led coalition"), no verb
_SUPPORT_HEAD = re.compile(r"(?:[\w.'’-]+\s+){0,4}")


def _without_support(sent: str, ev: list[Hit]) -> list[Hit]:
    """The sentence's event hits less the weapons named as support of a ground act the sentence
    also tells: the push is the event, the fire that covers it is part of it ("the army, backed
    by its ally's fighters, shelled the town" is still shelling: the weapon there is a verb)."""
    heads = [m.end() for m in _SUPPORT.finditer(sent)]
    inside = [h for h in ev if h.strong and SUB_TO_TYPE.get(h.sub_event_type) == "Explosions/Remote violence"
              and not sent[h.start:h.end].lower().endswith("ed")
              and any(a <= h.start and _SUPPORT_HEAD.fullmatch(sent, a, h.start) for a in heads)]
    rest = [h for h in ev if h not in inside]
    return rest if inside and rest else ev


_RECALLING_CLAUSE = re.compile(r",\s+(?:where|when|since|after which)\b", re.I)
_GEAR = r"police|gear|squads?|units?|control|shields?|officers|troops"  # "riot police" names no riot
_RIOT_GEAR = re.compile(rf"\s+(?:{_GEAR})\b", re.I)
_SAYS_RIOT = re.compile(rf"\briot(?:s|ed|ing|ers)?\b(?!\s+(?:{_GEAR})\b)", re.I)
_EF, _PWI, _VD = "Excessive force against protesters", "Protest with intervention", "Violent demonstration"
_ABDUCTION = "Abduction/forced disappearance"
_PROTEST_WORDS = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|(?-i:march(?:ed|es|ing)?)|demand\w*|"
                            r"strikes?|sit-?ins?|agitat\w*)\b", re.I)


def tells_a_protest(text: str, title: str = "") -> bool:
    """Whether a headline or a text names a protest (a riot's sentence may not: "Youths pelted
    stones …" under "Protesters torch police station")."""
    return bool(_PROTEST_WORDS.search(title) or _PROTEST_WORDS.search(text))


def _force_on_protest(text: str) -> bool:
    """Whether ``text`` tells lethal force used on protesters, force that left them seriously hurt
    (ACLED's excessive force), or a state's forces firing on them."""
    return says("lethal_force_on_protest", text) or says("forces_fire_on_protest", text)


def _by_wording(c: Candidate, clf_sub: str | None) -> str | None:
    """A sub-type the sentence's wording settles where the classifier, trained on coder notes,
    errs on news prose; None when the wording settles nothing.

    - What a protest's crowd did, or what was done to it, types a protest sentence (ACLED's
      codebook): a crowd that burns or stones is a violent demonstration; a peaceful one
      fired on, killed or shot is met with excessive force; one dispersed or arrested is a
      protest with intervention — not an attack, a looting or an arrest.
    - A crowd that kills a suspected thief is a mob, not an armed group; so are unarmed groups
      of people who fight each other ("drivers clashed with slingshots", "a clash between party
      cadres"), with no armed actor named.
    - Fighting *between* two sides is a clash, not a one-sided attack; so is fire opened on
      soldiers, police or their posts (ACLED's battles: both sides armed).
    - A bomb defused or a drone intercepted is a disrupted weapon use, not a blast.
    - Houses set on fire by armed men or soldiers, with no crowd in the sentence, are property
      destruction, not a riot; people killed by one man's fire or blows, or beaten by a state's
      forces, with no crowd, are an attack.
    - A place told retaken before the fire that came with it is retaken territory."""
    text = c.text
    # not what the crowd protests about, nor what a clause on the place recalls ("demonstrated in
    # Pristina, where 24 people were killed in riots last March")
    end = min(c.grievance if c.grievance is not None else len(text),
              next((m.start() for m in _RECALLING_CLAUSE.finditer(text)), len(text)))
    told = text[:end]
    subs = {h.sub_event_type for h in c.cues if h.sub_event_type and h.start < end
            and not (text[h.start:h.end].lower() == "riot" and _RIOT_GEAR.match(text, h.end))}  # "riot police" riot not
    clf_type = SUB_TO_TYPE.get(clf_sub)
    if (c.rule_sub in ("Remote explosive/landmine/IED", "Grenade", "Air/drone strike", "Shelling/artillery/missile attack")
            or any(h.cue == "defuse" for h in c.cues)) and says("weapon_disarmed", told) and not says("casualties", told):
        return "Disrupted weapons use"
    if c.rule_sub and change_before_its_cause(c):
        return "Change to group/activity"  # "named a new commander after its leader was killed in an air strike"
    if c.rule_sub and held_for_it(c):
        return "Arrests"  # "police arrested a man suspected of planting the bomb": the bomb is why
    if c.rule_sub == "Shelling/artillery/missile attack" and (
            says("exchange_of_fire", told) or (fight_told_first(c) and says("fighting_between", told))):
        return "Armed clash"  # "traded artillery and small-arms fire", "rival groups fought with heavy
        # weapons": both sides fired (not "Shelling left 11 dead, with reports of clashes between …")
    if (c.rule_sub == "Attack" or (c.rule_sub is None and clf_sub == "Attack")) and only_armed_killed(c, told):
        return "Armed clash"  # "23 militants killed in raids", "gunmen shot dead two soldiers": ACLED's
        # attacks are on the unarmed
    if c.rule_sub in ("Grenade", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack") and \
            DRONE_DELIVERED.search(told):
        return "Air/drone strike"  # "dropped grenades using an unmanned aerial vehicle": the drone struck
    if c.rule_sub in ("Shelling/artillery/missile attack", "Air/drone strike") and ground_retaken_first(c):
        return "Government regains territory"  # who retook it: ``roles.taken_by_its_actor``
    if c.rule_sub and only_accused_of(c, c.rule_sub) and says("crowd_justice", told):
        return "Mob violence"  # "a mob beat to death two men suspected of child abduction"
    if c.rule_sub:
        return None
    if SUB_TO_TYPE.get(clf_sub) == "Strategic developments" and clf_sub != "Agreement" and c.trigger.cue == "talks" and \
            deal_made(c):
        return "Agreement"  # "after two days of talks, the rival militias signed a deal"
    if clf_sub != "Arrests" and held_for_all_else(c):
        return "Arrests"  # "detained a former minister in connection with the killings of protesters"
    if clf_sub != "Headquarters or base established" and base_before_its_cause(c):
        return "Headquarters or base established"  # "moved its headquarters … after the offensive"
    if clf_sub == "Armed clash" and (taken := taken_before_the_fight(c)):
        return taken
    if measure_before_its_cause(c):
        return "Other"  # "imposed a curfew after clashes between rival groups": the clashes are its cause
    if clf_sub == "Armed clash" and put_to_death(c):
        return "Attack"  # "IS executed eight men because they belonged to rebel groups that had fought
        # it": captives put to death are ACLED's attack, whatever fight the sentence recalls
    if "Protests" in c.allowed_types and clf_sub in (_EF, _PWI, _VD) and not subs & {_EF, _PWI, _VD} and \
            says("told_peaceful", told) and not says("protesters_held", told):
        return "Peaceful protest"  # "The protests were peaceful, police said"
    if "Protests" in c.allowed_types and clf_sub == _PWI and any(
            h.cue == "excessive" and h.start < end and not c.text[h.start:h.end].lower().startswith("live") for h in c.cues):
        return _EF  # "soldiers kill three protesters at a rally": lethal force named outright
    if "Protests" in c.allowed_types and clf_sub == _PWI and _force_on_protest(told):
        return _EF  # "police fired on a crowd of protesters, killing two": more than breaking it up
    if "Protests" in c.allowed_types and clf_sub == _PWI and not subs & {_EF, _PWI, _VD} and \
            not says("protesters_held", told):
        return "Peaceful protest"  # no word of the sentence tells an intervention ("marched in front of
        # police", "a protest against police brutality"); one told after is joined by the incident layer
    if "Protests" in c.allowed_types and (clf_sub not in (_EF, _PWI, _VD) or clf_type not in c.allowed_types):
        if _VD in subs or says("crowd_violence", told) or (says("crowd_fights_police", told) and not armed(told)):
            return _VD
        if _EF in subs or _force_on_protest(told):
            return _EF
        if _PWI in subs or says("protesters_held", told):
            return _PWI
        return None
    if clf_sub in ("Attack", "Armed clash") and says("forces_fire_on_protest", told) and \
            not NON_STATE_ARMED.search(told):
        return _EF  # "a nurse was shot dead by police during an opposition march": no protest word
        # needed (gunmen who fire on mourners are an attack)
    if clf_sub == "Mob violence" and "Mob violence" not in subs and _VD in subs and \
            (c.protest_told or _PROTEST_WORDS.search(told) or
             (c.grievance is not None and (says("crowd_at_the_state", told) or says("crowd_fights_police", told)))):
        return _VD  # protesters who smash and clash with police, with no mob or lynching named; a crowd
        # that burns a police station or fights the police over a death or an arrest (a crowd that
        # stones or burns with no protest or grievance told, "rioters hurled stones at a bus", is a
        # mob: ACLED's violent demonstrations are protests turned violent)
    if clf_sub in ("Attack", "Armed clash", "Mob violence") and says("crowd_fights_police", told) and not armed(told):
        # "students fought with police", "a clash between the police and doctors during a protest":
        # an unarmed crowd against the police is a riot, a protest's when one is told
        return _VD if c.protest_told or _PROTEST_WORDS.search(told) else "Mob violence"
    if (clf_sub in ("Attack", "Armed clash", "Mob violence") and says("crowd_fight", told) and not armed(told)) or \
            (clf_type in ("Violence against civilians", "Battles", "Riots") and says("crowd_justice", told)):
        return "Mob violence"  # (what the crowd's victims were suspected of, "kidnapping", is no type)
    if clf_sub == "Attack" and "Mob violence" in subs and says("crowd", told) and not armed(told) and \
            not ARMED_CROWD.search(told):
        return "Mob violence"  # "a crowd of men beat two workers": no armed group, a crowd
    if clf_sub == "Mob violence" and ARMED_CROWD.search(told) and _VD not in subs and not _SAYS_RIOT.search(told):
        return "Attack"  # "a mob of armed settlers attacked farmers": armed, organised men are no mob
    if (clf_type == "Riots" or "Riots" in c.allowed_types) and says("forces_assault", told) and not says("crowd", told) and \
            not _PROTEST_WORDS.search(told):
        return "Attack"  # "police officers assaulted a detainee": a state's forces are no mob
    if clf_sub in ("Attack", "Armed clash") and two_armed_sides(told) and \
            (not c.allowed_types or c.allowed_types - {"Strategic developments"}):  # ("a group splits into two factions")
        return "Armed clash"
    if clf_sub == "Armed clash" and only_civilians_killed(told):
        return "Attack"  # "armed men killed three aid workers in an ambush": no armed side is hit
    if (clf_type == "Riots" or clf_sub == "Looting/property destruction" or
            ("Riots" in c.allowed_types and clf_type not in c.allowed_types and not says("casualties", told))) and \
            not says("crowd", told) and \
            not _SAYS_RIOT.search(told) and subs & {"Looting/property destruction", _VD} and armed(told):
        # "armed men torched dozens of houses": no crowd riots; people killed in the fire they set
        # were attacked ("gang members set fire to a bus with passengers inside, killing six")
        return "Attack" if says("casualties", told) else "Looting/property destruction"
    if clf_sub == "Looting/property destruction" and _VD in subs and not armed(told) and \
            (_SAYS_RIOT.search(told) or (says("crowd", told) and _IN_ANGER.search(told)) or says("crowd_violence", told)):
        return _VD  # "rioters burned cars and looted shops", "students torch offices in anger over fees":
        # the riot's damage
    if (clf_type == "Riots" or "Riots" in c.allowed_types) and not says("crowd", told) and \
            not _SAYS_RIOT.search(told) and says("killed_by_one", told):
        return "Attack"  # "a woman and her children were killed when a man set fire to their home":
        # one person's violence, no crowd — no riot
    if clf_sub in ("Looting/property destruction", _VD, "Mob violence") and says("person_set_alight", told) and \
            not says("crowd", told):
        return "Attack"  # "a homeless man was set on fire while sleeping on a bench": no property burned
    return None


def decide(c: Candidate, clf_sub: str | None, clf_conf: float) -> tuple[str, float]:
    """Combine the rules and the classifier into one sub-type with a confidence in 0–1."""
    cue_subs = {h.sub_event_type for h in c.cues if h.sub_event_type}
    if clf_sub == _ABDUCTION and _ABDUCTION not in cue_subs and c.trigger.sub_event_type:
        clf_sub = c.trigger.sub_event_type  # no word of the sentence takes anyone away
    worded = _by_wording(c, clf_sub)
    if worded is not None:
        return worded, max(0.6, clf_conf if clf_sub == worded else 0.6)
    if c.rule_sub:
        # a blast a suicide bomber sets off is a suicide bombing, whatever words tell the blast
        # ("the bomber detonated her explosives"); a chemical agent is a chemical weapon, whatever
        # delivered it ("sarin exposure after a rocket struck the village"); a rape is sexual
        # violence, though its victims were also abducted
        if c.rule_sub not in ("Suicide bomb", "Chemical weapon", "Sexual violence") and clf_sub in cue_subs and clf_sub != c.rule_sub and \
                SUB_TO_TYPE.get(clf_sub) == SUB_TO_TYPE[c.rule_sub]:
            return clf_sub, clf_conf
        return c.rule_sub, max(0.75, clf_conf if clf_sub == c.rule_sub else 0.75)
    if clf_sub and (not c.allowed_types or SUB_TO_TYPE.get(clf_sub) in c.allowed_types):
        trig = c.trigger.sub_event_type
        # "Strategic developments" is a grab bag: there a sub-type no cue supports loses to the trigger's
        # (a speech word, "the mediators announced", supports none; nor does a word of the trigger's
        # own, "withdrew" in "fighters withdrew from the district")
        t0, t1 = c.trigger.start - c.start, c.trigger.end - c.start
        if (SUB_TO_TYPE.get(clf_sub) == "Strategic developments" and trig
                and SUB_TO_TYPE.get(trig) == "Strategic developments"
                and (not any(h.sub_event_type == clf_sub and c.text[h.start:h.end].lower() not in _SPEECH_WORDS
                             and not t0 <= h.start < h.end <= t1 for h in c.cues) or only_in_its_cause(c, clf_sub))):
            return trig, 0.5
        return clf_sub, clf_conf
    fallback = c.trigger.sub_event_type or clf_sub or "Other"
    if clf_sub is None and SUB_TO_TYPE.get(fallback) == "Protests":  # rules only: force used on a protest
        for specific in ("Excessive force against protesters", "Protest with intervention"):
            if specific in cue_subs:
                return specific, 0.5
    return fallback, 0.5
