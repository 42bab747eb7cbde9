"""Quantity grammar: attach each number in a sentence to what it counts.

A number becomes a ``Quantity`` when the words around it say what is counted — a unit
("85%", "27,000 square kilometers"), a noun ("five tanks", "42,234 airstrikes"), or, for
people, what happened to them ("12 members of a single family" + "killed"). The fate verb
may follow the number ("Six people were injured"), precede it ("killing two civilians"),
or close a list ("450 terrorists, five tanks, and 42 pickups ... were liquidated"). A
number introduced by "among them" / "including" becomes ``of_which`` of the figure before
it instead of a figure of its own. Bare numbers with nothing countable stay out.
"""

from __future__ import annotations

import re
from typing import Optional

from ..model import Quantity, Span
from .candidates import candidates
from .fates import (ASKED_BEFORE, DIED_AFTER_RELATIVE, INTRANSITIVE, UNREAL_BEFORE, a_condition, adjacent_fate, fate_in,
                    own_fate, victim_fate)
from .heads import STOP_WORDS, counted_head, names_people
from .lexicon import (AREA_UNITS, ATTEMPT_BEFORE, BODIES_FOUND, BODIES_OF, CHARGES_AFTER, CONDITION, CROWD_RE,
                      DEATH_OF, FATE_RE, FOUND_AFTER, GROUP_HURT_AFTER, KILLED_THEM, LISTED_DEAD, MEASURE_RE, NEAR_MISS,
                      OF_WHICH_LIST_RE, OF_WHICH_RE, ONE_OF_THE_HURT, ONE_PERSON_RE, PART_BEFORE, PART_DIES_AFTER, PART_OF_THEM,
                      PERCENT_RE, PERPETRATOR_HEAD, PERSON_RE, SENT_BEFORE, SPEAKS_AFTER, STATION_BEFORE,
                      TOLL_BEFORE, TOLL_TO, TO_DEATH_AFTER, TO_DEATH_BEFORE, TO_HOSPITAL, VICTIM_HEADS)
from .parts import VERB_IN_GAP, PEOPLE_FATES, continues_parts, parts_among
from .running import running_total

# The comma that closes one person's apposition, then the predicate ("…, a 15-year-old boy, was
# hit"), not the next member of a list ("a man, a woman, and a child", "a man, a woman, a boy").
_ONE_APPOSITION_END = re.compile(r"[^,.;]{0,60}?,\s*(?!(?:and|or|a|an|the|his|her|their|two|three|four|five|\d)\b)[a-z]")


# Between a counted group and the first member its apposition names (", a man"), or between two
# members (" and a woman", ", a girl").
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


# an aside set off by a pair of dashes ("Four juveniles -- including two children -- were
# injured"): read as the same aside set off by commas
_DASH_ASIDE = re.compile(r"\s*(?:--|\u2014|\u2013)\s*[^-\u2014\u2013.;]{2,80}?\s*(?:--|\u2014|\u2013)(?=\s)")
_DASH = re.compile(r"\s*(?:--|\u2014|\u2013)")


def _dash_asides_as_commas(sent: str) -> str:
    """The sentence with each dash that opens or closes an aside turned into a comma (the same
    length, so offsets hold)."""
    return _DASH_ASIDE.sub(lambda m: _DASH.sub(lambda d: "," + " " * (len(d.group(0)) - 1), m.group(0)), sent)


def sentence_quantities(text: str, start: int, end: int, article_id: str = "") -> list[Quantity]:
    """Quantities in ``text[start:end]`` (one sentence), with spans into ``text``."""
    sent = _dash_asides_as_commas(text[start:end])
    nums = candidates(sent)
    aggregate = running_total(sent)
    crowd_ctx = bool(CROWD_RE.search(sent))
    out: list[Quantity] = []
    last_person: Optional[Quantity] = None
    prev_end = 0
    prev_num_end = -1
    unfated = None  # a person named just before ("him", "a man") whose fate no word has told yet
    group: Optional[Quantity] = None  # a counted group of people ("Two victims") and its members so far
    members: list[Quantity] = []
    reach = 0
    listing_part, prev_part_end = False, 0  # the last count was a part ("including seven women")
    counted_end, skipped_ones = -1, True  # the last count's end; only single people skipped since
    for i, n in enumerate(nums):
        m = n.m
        nxt = nums[i + 1].m.start if i + 1 < len(nums) else len(sent)
        after = sent[m.end:]
        right = sent[m.end:nxt]
        left = sent[prev_end:m.start]
        prev_end = m.end
        prev_fate, gap = None, None
        if out and out[-1].number_span.end == start + prev_num_end:
            prev_fate = out[-1].kind
        elif out and skipped_ones and out[-1].number_span.end == start + counted_end:
            # "three commanders of the militant group and ten civilians": a person named in the
            # first count's "of" phrase ("the militant") stands between the two counts of one list
            prev_fate, gap = out[-1].kind, sent[counted_end:m.start]
        q = _quantity_for(sent, nums, i, after, right, left, n.singular, crowd_ctx, prev_fate, gap)
        if q is not None and q[0] in PEOPLE_FATES and ASKED_BEFORE.search(sent, max(0, m.start - 12), m.start):
            q = None  # "police could not say if the man had died": a question, not a toll
        if q is not None and q[0] in PEOPLE_FATES and UNREAL_BEFORE.search(sent, max(0, m.start - 48), m.start):
            q = None  # "there should've been five or six people dead": nobody these count died
        prev_num_end = m.end
        if q is None:
            unfated = n if n.singular else None
            skipped_ones = skipped_ones and n.singular
            continue
        counted_end, skipped_ones = m.end, True
        if gap is not None:
            unfated = None  # that person belongs to the first count's phrase, not to this list
        kind, subject, low, best, high, unit_end = q
        if listing_part and kind in PEOPLE_FATES + ("count",) and continues_parts(sent[prev_part_end:m.start]):
            kind = "of_which"  # "25 people including seven women and a child were killed": the child too
        listing_part = kind.startswith("of_which")
        prev_part_end = m.end
        if unfated is not None and kind in _SHARED_FATES:
            between = sent[unfated.m.end:m.start]
            if _JOINED.fullmatch(between) and not FATE_RE.search(between):
                # "left him and his two daughters dead": the fate told after the second stands for both
                out.append(_one_person(text, start, sent, unfated, kind, article_id, aggregate))
        unfated = None
        if kind.startswith("of_which"):
            if last_person is not None and best is not None:
                key = subject or "others"
                last_person.of_which[key] = best
            continue
        span_end = m.end + unit_end if unit_end else \
            m.end + len(subject) + (1 if subject and sent[m.end:m.end + 1].isspace() else 0)
        span_end = min(max(span_end, m.end), len(sent))
        if n.singular and out and out[-1].best == 1 and out[-1].kind == kind and \
                re.fullmatch(r"\s*,\s*", sent[out[-1].span.end - start:m.start]) and \
                _ONE_APPOSITION_END.match(sent, span_end):
            continue  # "The victim, a 15-year-old boy, was hit": one person named twice
        # a member of the counted group's apposition: one person ("Two victims, a man and a
        # woman, …") or a number of them ("Four victims, three juveniles and one adult, …")
        counted = sum(x.best or 0 for x in members)
        member = group is not None and bool(_APPOSITION_GAP.fullmatch(sent[reach:m.start])) and \
            counted + (1 if n.singular else (best or 0)) <= (group.best or 0) and \
            (n.singular or (not m.vague and kind == group.kind))
        if not member and members:
            out += _unless_apposition(group, members, sent[reach:])
            members = []
        qty = Quantity(
            span=Span(article_id, start + m.start, start + span_end, text[start + m.start:start + span_end]),
            kind=kind, low=low, best=best, high=high, subject=subject or None, vague=m.vague,
            qualifier=m.qualifier,
            number_span=Span(article_id, start + m.num_start, start + m.num_end,
                             text[start + m.num_start:start + m.num_end]) if m.num_end > m.num_start else
            # "a man and woman": no word counts the woman; her own words stand for the number
            Span(article_id, start + m.start, start + span_end, text[start + m.start:start + span_end]),
            aggregate=aggregate and kind not in ("percent", "area_km2"),
        )
        if member:
            members.append(qty)
            reach = span_end
            continue
        out.append(qty)
        group, reach = (qty, span_end) if not n.singular and (best or 0) >= 2 and subject else (None, 0)
        if kind == "percent" and qty.best is not None and 0 < qty.best < 100 and \
                re.search(r"\b(?:remaining|rest of|other)\s*$", sent[max(0, m.start - 30):m.start], re.I):
            out.append(_complement(qty))
        if kind in ("killed", "injured", "arrested", "abducted", "displaced", "missing", "count",
                    "crowd", "casualties", "shot"):
            last_person = qty
    if members:
        out += _unless_apposition(group, members, sent[reach:])
    return parts_among(out, text)


# a person and the next one counted joined by "and" ("him and his two daughters", "a man and
# three children"); the fates the second one's words may give the two of them
_JOINED = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+and\s+(?:(?:his|her|their)\s+)?", re.I)
_SHARED_FATES = ("killed", "injured", "shot")


def _one_person(text: str, start: int, sent: str, n, kind: str, article_id: str, aggregate: bool) -> Quantity:
    """One person (a singular candidate ``n`` of ``sent``) counted with ``kind``."""
    m = n.m
    end = m.end + len(re.match(r"(?:\s+(?!and\b)[\w'’-]+){0,3}", sent[m.end:]).group(0))
    span = Span(article_id, start + m.start, start + end, text[start + m.start:start + end])
    return Quantity(span=span, kind=kind, low=m.low, best=m.best, high=m.high, subject=None,
                    number_span=span, aggregate=aggregate)


def _unless_apposition(group: Quantity, members: list[Quantity], rest: str) -> list[Quantity]:
    """The members a counted group's apposition names ("Two victims, a 25-year-old man and a
    26-year-old man, died") are the group itself: none of them counts again when they are as
    many as the group and a comma closes them; otherwise they were a list ("Two men, a woman and
    a child were killed": four) and each counts."""
    closed = rest.lstrip().startswith(",")
    return [] if closed and sum(m.best or 0 for m in members) == group.best else members


def _complement(q: Quantity) -> Quantity:
    """"the remaining 15 percent" also states its complement, 85 percent (qualifier
    "complement", same evidence span), so it can be compared with "over 85%" elsewhere."""
    flip = {"low": None if q.high is None else 100 - q.high, "best": 100 - q.best,
            "high": None if q.low is None else 100 - q.low}
    return Quantity(span=q.span, kind="percent", low=flip["low"] if flip["low"] is not None else flip["best"],
                    best=flip["best"], high=flip["high"], subject=f"complement of the remaining {q.best:g} percent {q.subject or ''}".strip(),
                    qualifier="complement", number_span=q.number_span)


def _modifier_noun(after: str, head: Optional[str]) -> bool:
    """Whether the person noun only modifies what follows ("refugee agency", "victim's")."""
    if not head:
        return False
    m = re.search(rf"\b{re.escape(head.split()[-1])}(['’]s\b|\s+([a-z]+))", after, re.I)
    if not m:
        return False
    if m.group(1).startswith(("'", "’")):
        return True
    if _AND_OWNER.match(after, m.end()):
        return True  # "a man and woman's car": the car is both people's
    nxt = m.group(2)
    return bool(nxt) and nxt not in STOP_WORDS and not FATE_RE.fullmatch(nxt) and nxt not in (
        "of", "who", "whose", "whom", "named", "identified", "aged", "also", "later", "reportedly", "allegedly",
        "shot", "is", "has", "got", "had", "found", "lay", "died", "believed") and not nxt.endswith(("ed", "ly"))


_AND_OWNER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+['’]s\b")  # (after "man": " and woman's")
# what people's remains are called: "two men's bodies were found" counts the two dead
_REMAINS = frozenset({"body", "bodies", "remains", "corpses", "corpse"})


def _owned_thing(after: str, head: Optional[str]) -> bool:
    """Whether the counted people only own what the clause is about ("two women's homes were
    struck by bullets", "three teens' cars"), not their bodies."""
    if not head:
        return False
    m = re.search(rf"\b{re.escape(head.split()[-1])}(?:['’]s|(?<=s)['’])\s+(?:[a-z]+\s+)?([a-z]+)", after, re.I)
    return m is not None and m.group(1).lower() not in _REMAINS


# "lives" after one is the verb (one life is lost, never "one lives"): "one lives in Charleston"
_LIVES_VERB = re.compile(r"\s*lives\s+(?:in|at|on|with|near|nearby|next|alone|there|here|across|outside|just)\b", re.I)


# nouns for an aircraft that name people too ("suicide bombers"): a fate of people's read
# right after the count ("killed", "wounded") says which
_CREWS_OR_CRAFT = frozenset({"bomber", "bombers"})


_NEAR_MISS_VERB = re.compile(r"\b(?:" + NEAR_MISS + r")\s+\w+\s*$", re.I)  # "nearly killed ": he lived


def _quantity_for(sent, nums, i, after, right, left, singular, crowd_ctx, prev_fate=None, gap=None):
    """(kind, subject, low, best, high, unit_len) for number ``i``, or None to skip it. ``gap``:
    the words since the count whose fate is ``prev_fate``, where a person read as no count lies
    between (``left`` starts after that person)."""
    m = nums[i].m
    low, best, high = m.low, m.best, m.high
    if _UNBORN.match(after):
        return None  # "five adults and an unborn child": tolls count people born (the archives' and
        # the police's practice); the pregnancy is told, not counted
    if CHARGES_AFTER.match(after) or ONE_OF_THE_HURT.match(after) or \
            STATION_BEFORE.search(sent[max(0, m.start - 16):m.start]):
        return None
    if not singular:
        pm = PERCENT_RE.match(after)
        if pm:
            subj = re.match(r"\s*(of\s+(?:the\s+)?[\w'’-]+)", after[pm.end():])
            return "percent", (subj.group(1) if subj else ""), low, best, high, pm.end()
        for rx, factor in AREA_UNITS:
            am = rx.match(after)
            if am:
                conv = [None if v is None else round(v * factor, 6) for v in (low, best, high)]
                return ("area_km2", after[:am.end()].strip(), conv[0], conv[1], conv[2], am.end())
        if MEASURE_RE.match(after):
            return None
    cls, head, subject = counted_head(after)
    if cls == "person" and SENT_BEFORE.search(left[-14:]) and TO_HOSPITAL.match(after):
        return "injured", subject, low, best, high, 0  # "a shooting that sent five people to the hospital"
    hurt = GROUP_HURT_AFTER.match(after) if cls == "person" and \
        PART_BEFORE.search(sent[max(0, m.start - 24):m.start]) else None
    if hurt:  # "one of three people hit by gunfire … has died": the three were hit; one died
        return ("injured" if hurt.group(1).lower() in ("wounded", "injured", "hurt") else "shot"), subject, \
            low, best, high, 0
    if cls == "person" and PART_BEFORE.search(sent[max(0, m.start - 24):m.start]) and PART_DIES_AFTER.match(after):
        # "One of five victims in the shooting dies": the one died; the five are those it hit (victims),
        # or a group whose harm the sentence does not tell ("one of four men in the car")
        return ("shot", subject, low, best, high, 0) if head in VICTIM_HEADS else None
    if cls == "materiel:aircraft" and head in _CREWS_OR_CRAFT and own_fate(after):
        cls = "person"  # "6 ISIS bombers killed": aircraft are shot down; bombers killed are people
    if cls == "death" and head == "lives" and best == 1 and _LIVES_VERB.match(after):
        return None  # "one lives in Charleston and the other in Summerville": the verb, not lives lost
    if singular and cls == "death" and head == "dead" and len(subject.split()) == 2 and \
            names_people(subject.split()[0]):
        return "killed", subject, low, best, high, 0  # "found a woman and a child dead"
    if singular and cls not in ("person", None):
        return None
    if not singular and cls == "person" and ONE_PERSON_RE.match(head) and not PERSON_RE.match(head) and best != 1:
        return None  # a noun for one person after a larger number names, not counts ("News 6 partner")
    if singular and cls == "person" and re.match(rf"\s*{re.escape(subject)}\s+(?:(?:was|is)\s+(?:also\s+)?among|"
                                                 rf"(?:was|is)\s+one\s+of)\b", after, re.I):
        return None  # "a 14-year-old was among those wounded": one of a group counted elsewhere
    if singular and cls == "person" and _modifier_noun(after, head):
        return None  # "the UN refugee agency", "the victim's family": not a person counted
    if not singular and cls == "person" and _owned_thing(after, head):
        return None  # "two women's homes were struck by bullets": the homes, not the women
    if cls in (None, "person") and i > 0 and PART_OF_THEM.match(after) and re.search(r",\s*$", left) and \
            not FATE_RE.search(PART_OF_THEM.match(after).group(0)):
        # "125 people were injured, 100 of them civilians": a part of the count before, not more people
        return "of_which", head or "", low, best, high, 0
    if cls is None:
        of = re.match(r"\s*of\s+(?:(?:their|the|his|her|its|these|those)\s+)?([\w-]+)(?:\s+([\w-]+))?", after)
        # the noun of "of the family dogs" is "dogs"; of "of their children who", "children"
        # (and "of those wounded later" names people by their fate)
        noun = of.group(2) if of and of.group(2) and of.group(2).lower() not in STOP_WORDS and \
            not FATE_RE.fullmatch(of.group(2)) and not FATE_RE.fullmatch(of.group(1)) \
            else (of.group(1) if of else "")
        if of and not PERSON_RE.match(noun) and not FATE_RE.fullmatch(noun) \
                and noun.lower() not in ("them", "whom", "those", "us", "whom", "these"):
            return None  # "a dozen of their livestock" (but "three of their young children")
        if best == 1 and re.search(r"\b(?:was|is|as|became|become)\s+$", left) and re.match(r"\s*of\s", after):
            return None  # "who was one of the officers killed": one of a group, not the toll
        # "4 killed", "two were wounded", "three of them died", "killing 3"
        adjacent = adjacent_fate(left, after, singular)
        if adjacent:
            return adjacent, subject, low, best, high, 0
        if re.search(r"\b(?:killing|killed|kills|injuring|injured|injures|wounding|wounded|wounds|arresting|arrested|"
                     r"abducting|abducted|kidnapping|kidnapped|fatally (?:shot|shooting|shoots|stabbed|stabbing|stabs)|"
                     r"murdered|murdering|murders|" + TOLL_TO + r"|deaths? of|killing of)\s*$",
                     left, re.I):
            if _NEAR_MISS_VERB.search(left):
                return None  # "bullets that nearly killed his father": he lived
            return fate_in(left, first=False), subject, low, best, high, 0
        if TOLL_BEFORE.search(left[-200:]):
            return "killed", subject, low, best, high, 0  # "the death toll in the attack rises to 112"
        if _IN_CONDITION.match(after) and re.fullmatch(r"another|one other", sent[m.num_start:m.num_end], re.I):
            return "injured", subject, low, best, high, 0  # "another is fighting for her life"
        if prev_fate in ("injured", "shot") and _OF_WHOM.match(after) and re.search(r",\s*$", left):
            own = FATE_RE.search(re.split(r"[;.]", after)[0])
            if own is None or own.lastgroup in ("injured", "shot"):
                # "grazed two bystanders, one of whom was released in good condition": one of the
                # hurt just counted, told again by its state, not one more
                return "of_which", subject, low, best, high, 0
        if prev_fate and not FATE_RE.search(left) and re.fullmatch(r"\s*[\w'’/-]*(?:\s+[\w'’/-]+){0,3}\s*(?:,|,?\s*and)\s*", left):
            if _listed_part(left):
                return None  # a part of the count before, in a list after "including"
            return prev_fate, subject, low, best, high, 0
        if subject and not singular:
            clause = re.split(r";|\.\s|\bwhile\b|\bbut\b|\bafter\b", right)[0]
            listed = re.fullmatch(r"\s*(?:[A-Z][\w-]*\s*){1,3}(?:,|,?\s*and)\s*", right)
            near = FATE_RE.search(clause)
            fate = (victim_fate(clause, after) if near and len(subject.split()) <= 3
                    and len(clause[:near.start()].split()) <= len(subject.split()) + 3 else None)
            if fate is None and listed:
                fate = _person_fate(sent, nums, i, right, left, singular)
            if fate:
                return fate, subject, low, best, high, 0
        lead = re.match(r"\s*(?P<of>(?:of\s+(?:them|those(?:\s+(?:shot|hurt|dead|\w+ed))?|(?:the|their|his|her|its|our)\s+(?:\w+\s+)?\w+)|more|others?)\s+)?"
                        r"(?:(?:were|was|have been|had been|has|have|are|been|reportedly|also)\s+){0,3}"
                        r"(?:(?!(?:and|or|but)\b)\w+\s+)?(\w+)", after)  # ("a family of five and killing two": not five dead)
        # the verb after the group decides ("one of the wounded has died": a death)
        own = fate_in(after[lead.end("of"):lead.end()]) if lead and lead.group("of") else None
        if lead and lead.group("of") and own is None and FATE_RE.search(lead.group("of")):
            return None  # "one of those shot was in critical condition": some of a group counted elsewhere
        fate = (own or fate_in(lead.group(0))) if lead else None
        if fate is None and re.search(r"\b(?:killing|killed|injuring|wounding|" + TOLL_TO + r"|"
                                      r"kills|injures|wounds|arresting|abducting)\s*$", left, re.I):
            fate = fate_in(left, first=False)
        if fate is None:
            return None
        return fate, "", low, best, high, 0
    if cls.startswith("materiel:") or cls in ("airstrikes", "attacks"):
        return cls, subject, low, best, high, 0
    if cls == "death":
        return "killed", subject, low, best, high, 0
    if cls == "casualties":
        return "casualties", subject, low, best, high, 0
    # person: what happened to them?
    if i > 0 and (OF_WHICH_RE.search(left) or _listed_part(left)):
        return "of_which", head or subject, low, best, high, 0
    if head and PERPETRATOR_HEAD.fullmatch(head) and re.search(r",\s*$", left):
        # "Four shot, two suspects at large": those sought are not among the hurt the verb
        # before them counts; only their own words tell their fate ("two suspects in custody")
        own = FATE_RE.search(re.split(r"[;.]|,\s", after)[0])
        if own is None:
            return None
        if own.lastgroup == "arrested":
            return "arrested", subject, low, best, high, 0
    adjacent = adjacent_fate(left, after, singular)
    if adjacent in ("injured", "shot") and DIED_AFTER_RELATIVE.match(sent, m.end):
        adjacent = "killed"  # "a woman wounded in the attack on Friday has died"
    if adjacent:
        return adjacent, subject, low, best, high, 0
    between = left if gap is None else gap
    conjunct = bool(prev_fate) and not FATE_RE.search(between) and not SPEAKS_AFTER.match(right) and bool(
        _CONJUNCT_GAP.fullmatch(between))
    # "killed seven men and three women", "two women and their seven children": the verb before
    # the first stands for the next (a victim's fate is not "fleeing" because the gunman fled
    # after killing "a woman and her two sons")
    fate = prev_fate if conjunct and prev_fate in _SHARED_FATES else _person_fate(sent, nums, i, right, left, singular)
    if fate is None and conjunct:
        fate = prev_fate
    if fate is None:
        if singular:
            return None
        kind = "crowd" if crowd_ctx else "count"
        return kind, subject, low, best, high, 0
    if singular and fate not in ("killed", "injured", "arrested", "abducted", "missing", "shot"):
        return None
    return fate, subject, low, best, high, 0


_OF_WHOM = re.compile(r"\s*of\s+(?:whom|them|those)\b", re.I)


# a person's state after a count that names no noun ("another is in critical condition")
_IN_CONDITION = re.compile(rf"\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:{CONDITION})\b", re.I)

_UNBORN = re.compile(r"\s*(?:unborn|pre-?born)\b", re.I)


# the words between two counts of one list: the first's noun, with at most an "of" phrase
# ("three senior commanders of the militant group and at least ten civilians"), then a comma or
# "and", then the second count's own qualifier
_CONJUNCT_GAP = re.compile(r"\s*[\w'’-]*(?:\s+[\w'’-]+){0,3}(?:\s+of\s+(?:the\s+|an?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})?"
                           r"\s*(?:,|,?\s*and|,?\s*or)\s*(?:(?:their|his|her|its)\s+)?"
                           r"(?:(?:at\s+least|at\s+most|about|around|nearly|almost|some|more\s+than|over|up\s+to)\s+)?")


def _listed_part(left: str) -> bool:
    """The words before a count list it among the parts of the count before ("18 people
    including children and two staffers"), with no verb or fate of their own."""
    return bool(OF_WHICH_LIST_RE.search(left)) and not FATE_RE.search(left) and not VERB_IN_GAP.search(left)


_AUXILIARY = r"\b(?:were|was|are|is|been)"
_PASSIVE_HIT = re.compile(_AUXILIARY + r"\b", re.I)
_PASSIVE_BEFORE = re.compile(_AUXILIARY + r"\s+(?:\w+ly\s+)?$", re.I)


def _passive(tail: str, hit: re.Match) -> bool:
    """The fate word ``hit`` is a passive verb ("were killed"): its subject came before it."""
    return bool(_PASSIVE_HIT.match(hit.group(0)) or _PASSIVE_BEFORE.search(tail[:hit.start()]))


def _person_fate(sent, nums, i, right, left, singular: bool = False) -> Optional[str]:
    """The fate of a person count: the verb just before it ("killing eight"), a passive or
    intransitive verb after it ("were injured", "died"), the verb closing its list, or a
    verb earlier in the clause ("airstrikes killed 12 members") when no agent ("by") intervenes.
    """
    plural = not re.fullmatch(r"an?|one", sent[nums[i].m.num_start:nums[i].m.num_end].strip(), re.I)
    death_of = DEATH_OF.search(left[-60:]) if plural else None
    if death_of and ATTEMPT_BEFORE.search(left[-60:][:death_of.start()]):
        death_of = None  # "the attempted first-degree murder of three officers"
    bodies = plural and (BODIES_FOUND.search(left[-80:]) or (BODIES_OF.search(left[-30:]) and FOUND_AFTER.match(right)))
    if TOLL_BEFORE.search(left[-200:]) or death_of or bodies or \
            re.search(r"\bdeaths\s+of\s+$", left[-60:], re.I) or \
            LISTED_DEAD.search(sent[max(0, nums[i].m.start - 160):nums[i].m.start]):  # "the deaths of a mother and her daughter"
        return "killed"  # ("the death of a boy" is told again as "the boy who died": one death, read there)
    if plural and KILLED_THEM.match(right):
        return "killed"  # "ordered 14 passengers off the bus and shot them dead"
    if TO_DEATH_BEFORE.search(left[-40:]) and TO_DEATH_AFTER.match(right):
        return "killed"  # "a mob beat two suspected thieves to death"
    tail = left[-70:].split(";")[-1]
    hits = list(FATE_RE.finditer(tail))
    if hits and ATTEMPT_BEFORE.search(tail[:hits[-1].start()]):
        hits = []  # "murdering three people and trying to kill two others": the two were not killed
    if hits and re.fullmatch(r"\s*(?:(?:a total of|a further|another|the|all|some|at least)\s+)?", tail[hits[-1].end():]):
        if hits[-1].group(0).lower() not in INTRANSITIVE or hits[-1].group(0).lower() == "wounds":
            return hits[-1].lastgroup  # ("wounds" right before its count is the verb: "wounds nine people")
    clause = re.split(r";|\.\s|\bwhile\b|\bwhereas\b|\bbut\b|\bafter\b", right)[0]
    if singular and re.search(r"\b\w+(?:ing|ed)\s*$", left):
        return None  # the object of another verb ("shooting her mother before … has died"): a
        # later verb in the clause is its subject's, not this person's fate
    if singular:  # one person's own verb comes before the next "and" ("who never knew his
        clause = re.split(r"\band\s+(?=(?:his|her|their|whose|the|a|an|my|our)\b)|\bwhose\b|"
                          r"\b(?:when|before|because|until|as|if)\b",
                          clause)[0]  # father and whose mother died"), not in a clause of its
        # own ("her husband was at home when she was shot")
    if FATE_RE.search(clause):
        fate = victim_fate(clause, sent[nums[i].m.end:])
        if fate in ("shot", "injured") and DIED_AFTER_RELATIVE.match(sent, nums[i].m.end):
            return "killed"  # "a man who was shot multiple times died at the scene"
        if fate == "injured" and singular and a_condition(FATE_RE.search(clause).group(0)):
            return None  # "the victim was taken away in critical condition": the one told shot or
            # dead elsewhere, whose condition may not last the story ("she later died")
        if fate:
            return fate
    # Coordinated list: "450 terrorists, five tanks, and 42 pickups ... were liquidated"
    j = i
    seg = right
    while (re.search(r"(?:,|\band|\bor|,\s*and)\s*$", seg) or OF_WHICH_RE.search(seg)) \
            and j + 1 < len(nums) and j - i < 4 and len(seg.split()) <= 12:  # a list's items, not clauses
        j += 1
        nxt = nums[j + 1].m.start if j + 1 < len(nums) else len(sent)
        seg = sent[nums[j].m.end:nxt]
        clause = re.split(r";|\.\s|\bwhile\b|\bbut\b", seg)[0]
        if FATE_RE.search(clause):
            fate = victim_fate(clause, sent[nums[j].m.end:])
            if fate:
                return fate
            break
    # (not for one person named alone: the verb may be another clause's — "hospitalized after
    # her father shot her" makes the father no patient of "hospitalized")
    # nor for a count in a clause of its own ("fatally shot … when two people opened fire")
    # (not a passive verb whose own subject came before it: "three civilians were killed and
    # twenty others suffered from suffocation" opens a clause of the twenty's own)
    # nor for a count that speaks ("… the number of wounded, one nurse told AFP"): a source
    if hits and not singular and not re.search(r"\bby\b|[.;:]|\b(?:when|while|after|before|because|until)\b",
                                               tail[hits[-1].end():], re.I) and \
            not (_passive(tail, hits[-1]) and re.search(r"\band\b", tail[hits[-1].end():], re.I)) and \
            not SPEAKS_AFTER.match(right):
        if hits[-1].group(0).lower() not in INTRANSITIVE:
            return hits[-1].lastgroup
    return None
