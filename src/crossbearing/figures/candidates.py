"""Which numbers of a sentence may count something (``candidates``): the numbers found, less
those that name (telephone and emergency numbers, street numbers, years, dates, ages, "father
of 5"), plus the counts that listed ages make and the words that stand for one person ("a
woman", "his wife"). What each counts, and what happened to it, is the grammar's
(``figures/grammar.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import CONDITION, SINGULAR_PERSON
from .numbers import NumberMatch, find_numbers

# A word that stands for one person ("a woman", "his ex-girlfriend", "one other"), or two ("a
# couple"); not before a possessive ("his ex-girlfriend's sons" counts the sons).
SINGULAR_RE = re.compile(
    rf"\b(?P<num>an?|one|another|his|her|the)\s+(?:(?!(?:and|or|of|in|at|was|were|by|to|who|an?|the)\b)[\w'’-]+\s+){{0,4}}?"
    rf"(?P<noun>{SINGULAR_PERSON}|couple|pair)\b(?!['’]s\b)|\b(?P<num2>another|one other|one)(?=\s+(?:was|were|person|other)?\s*"
    rf"(?:killed|injured|wounded|died|hurt|dead|arrested|abducted|kidnapped|missing)\b"
    # "four are dead and another is fighting for her life": a victim's state is his fate
    rf"|\s+(?:is|was|remains|remained)\s+(?:{CONDITION}))"
    # "his parents", "both her grandparents": one's parents are two people
    rf"|\b(?P<num3>his|her|their|both(?:\s+(?:his|her|their))?)\s+(?:own\s+)?(?P<dual>(?:grand)?parents)\b(?!['’]\s?)"
    # "left him and his two daughters dead": a pronoun joined to a counted group is one of them
    rf"|\b(?P<num4>him|her)(?=\s+and\s+(?:his|her|their|a|an|the|two|three|four|five|six|seven|eight|nine|\d+)\b)",
    re.I,
)


# The second of two people joined under one article ("a man and woman", "a 16-year-old boy and
# 20-year-old woman"): a person too, though no word of number stands before it.
_SECOND_OF_PAIR = re.compile(rf"\s+and\s+(?P<who>(?:(?:\d+-year-old|young|elderly|teenage)\s+)?"
                             rf"(?:{SINGULAR_PERSON}))\b(?!['’]s\b|\s+of\b)", re.I)


@dataclass
class Num:
    """A number that may count something; ``singular``: a word standing for one person."""
    m: NumberMatch
    singular: bool = False


# Numbers that name, not count: the emergency line ("a 911 call", "called 911"), street
# numbers ("11700 Robertson Avenue", "the 300 block of"), years, times and ids.
_PHONE = re.compile(r"(?:\(\d{3}\)\s*|\b1-)?\b\d{3}[-.\s]\d{4}\b|\b\d{3}[-.]\d{3}[-.][\dA-Z]{4}\b|\(\d{3}\)")


_AGE_APPOSITION = re.compile(r"(?:\b[A-Z][a-z]+|\b(?:father|mother|man|woman|boy|girl|son|daughter|husband|wife|"
                             r"brother|sister|victim|suspect|driver|officer|teen|teenager|friend|girlfriend|"
                             r"boyfriend|grandmother|grandfather|uncle|aunt|cousin|resident|neighbou?r|gunman|"
                             r"shooter|owner|clerk|employee|student))\s*[,(]\s*$")


# "father of 5 killed", "a mother of three", "killed in front of 3 children": the number counts a
# victim's family or the witnesses, not the dead or the hurt.
_FAMILY_OF = re.compile(r"\b(?:(?:father|mother|mom|mum|dad|grandfather|grandmother|grandma|grandpa|parent)\s+of|"
                        r"in\s+front\s+of(?:\s+(?:his|her|their|the))?)\s+$", re.I)


# A year: four digits without a thousands separator after a month and day ("Mon Nov 7 2016 Child
# killed ...", a dateline run into the headline) or after a word that introduces a year ("in 2016");
# a date in figures (read once per sentence in ``candidates``).
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMERIC_DATE = re.compile(r"(?<![\d,.])\d{1,4}([-/.])\d{1,2}\1\d{2,4}(?![\d,])")
_BEFORE_YEAR = re.compile(r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
                          r"(?:st|nd|rd|th)?,?|\b(?:in|since|by|until|till|from|during|year|early|late|mid|"
                          r"spring|summer|autumn|fall|winter))\s+$", re.I)


_NOBODY = re.compile(r"\b(?:no|not)\s+$", re.I)


def _nobody(sent: str, start: int, end: int) -> bool:
    """"no one hurt", "not one shot was fired": the "one" at ``[start, end)`` is nobody, no count."""
    return sent[start:end].strip().lower() == "one" and bool(_NOBODY.search(sent, 0, start))


def _names_not_counts(sent: str, m) -> bool:
    if _FAMILY_OF.search(sent, 0, m.start):
        return True
    if _nobody(sent, m.num_start, m.num_end):
        return True
    if _YEAR.fullmatch(sent[m.num_start:m.num_end].strip()) and _BEFORE_YEAR.search(sent, 0, m.start):
        return True
    window = sent[max(0, m.start - 6):m.end + 9]
    if any(p.start() <= m.num_start - max(0, m.start - 6) < p.end() for p in _PHONE.finditer(window)):
        return True  # a telephone number ("call 822-1111", "(504) 822-1111")
    text = sent[m.num_start:m.num_end]
    if _AGE_APPOSITION.search(sent, 0, m.start) and re.fullmatch(r"\d{1,3}", text.strip()) and \
            re.match(r"\s*[,)]", sent[m.end:]):
        return True  # an age set off by commas: "her father, 56, dead", "Levi Parker, 37, died"
    if re.fullmatch(r"911|999|112", text.strip()) and (
            re.match(r"\s*(?:calls?|callers?|dispatch\w*|operators?|centers?|centres?|emergency|line|system|recordings?|tapes?)\b",
                     sent[m.end:], re.I)
            or re.search(r"\b(?:called|call|calling|calls|dialed|dialled|dial|phoned)\s+(?:(?:to|via|through)\s+)?$",
                         sent[:m.start], re.I)):  # not "the toll rose to 112"
        return True
    return bool(re.fullmatch(r"\d{3,6}", text.strip()) and re.match(
        r"\s+(?:block\b|(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+"
        r"(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|"
        r"Highway|Hwy|Terrace|Circle|Trail)\b)", sent[m.end:]))


# Kin named together with their ages count as many as the ages listed: "killed his sons, ages
# 3 and 4", "her daughters, 7, 9 and 11," — news gives the ages instead of a number.
# A count before the noun ("two girls, 7 and 5, were shot") makes the ages no count of their own.
_AGES_LISTED = re.compile(
    r"\b(?:(?P<num>his|her|their|the)\s+)?(?P<pre>(?:young|little|teenage|adult|twin|two|three|four|five|\d)\s+)?"
    r"(?P<noun>sons|daughters|children|kids|brothers|sisters|boys|girls|grandchildren|grandsons|granddaughters|"
    r"stepchildren|stepsons|stepdaughters|siblings|nephews|nieces|cousins|toddlers|teens|teenagers|parents|"
    r"men|women|victims|friends)"
    r"\s*,\s*(?:ages?\s+|aged\s+)?(?P<ages>\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2})\b", re.I)


def _ages_listed(sent: str) -> tuple[list[Num], list[tuple[int, int]]]:
    """The counts the listed ages make ("his sons, ages 3 and 4": 2), and the spans of the ages
    (numbers that are no counts)."""
    counts, ages = [], []
    for m in _AGES_LISTED.finditer(sent):
        if m.group("num") is None and m.group("pre") is None:
            continue  # ("Brothers, 15 and 17": a headline's list, read as it was)
        ages.append(m.span("ages"))
        if m.group("num") is None or re.search(r"\b(?:two|three|four|five|\d)\s*$", m.group("pre") or "", re.I):
            continue  # "his two sons, ages 3 and 4", "two girls, 7 and 5": the number is there already
        n = float(len(re.findall(r"\d{1,2}", m.group("ages"))))
        s, e = m.span("num")
        counts.append(Num(NumberMatch(s, e, s, e, n, n, n, False, None, sent[s:e]), singular=False))
    return counts, ages


def candidates(sent: str) -> list[Num]:
    """The numbers of a sentence that may count something, and the words that stand for one
    person ("a woman", "his wife": singular), in text order."""
    listed, ages = _ages_listed(sent)
    dates = [d.span() for d in _NUMERIC_DATE.finditer(sent)]  # "23-04-2016 Child killed", "on 7/4/2015"
    nums = [Num(m) for m in find_numbers(sent) if not _names_not_counts(sent, m)
            and not any(a <= m.start < b for a, b in ages)
            and not any(a <= m.num_start < b for a, b in dates)] + listed
    taken = [(n.m.start, n.m.end) for n in nums]
    for m in SINGULAR_RE.finditer(sent):
        g = next(k for k in ("num", "num3", "num4", "num2") if m.group(k))
        s, e = m.start(g), m.end(g)
        if any(a < e and s < b for a, b in taken) or _nobody(sent, s, e):
            continue
        v = 2.0 if m.group("dual") or m.group("noun") and m.group("noun").lower() in ("couple", "pair") else 1.0
        nm = NumberMatch(s, e, s, e, v, v, v, False, None, sent[s:e])
        nums.append(Num(nm, singular=True))
        second = _SECOND_OF_PAIR.match(sent, m.end()) if m.group("noun") else None
        if second:  # "a man and woman": the article is said once for both; the second's span is its words
            s2 = second.start("who")
            nums.append(Num(NumberMatch(s2, s2, s2, s2, 1.0, 1.0, 1.0, False, None, ""), singular=True))
    nums.sort(key=lambda n: n.m.start)
    return nums
