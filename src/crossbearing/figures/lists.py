"""Victims named in a coordinated list instead of counted: "a father and son were found dead"
(2), "killed his son, his daughter, himself" (3), "killing Mary Adams and injuring John Brown and
Lisa Green" (2 wounded). Read by ``gva.article_casualties`` beside the count grammar, which
reads numbers, not lists."""

from __future__ import annotations

import re

from ..lang import joined
from .lexicon import SINGULAR_PERSON

_NUMW = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "twin": 2, "both": 2}
SING = SINGULAR_PERSON + "|" + joined("figures", "listed_singular")
_PLUR = joined("figures", "listed_plural")
_NUM = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twin)"
# whose or what school's the listed person is: "St. John's student, high school student killed"
_OWNER = r"(?:(?:high|middle|elementary)\s+school|college|university|[A-Z][\w.]*(?:\s+[A-Z][\w]*)?['’]s)\s+"
_ELEM = (rf"(?:(?:his|her|their|a|an|the|one|its)\s+)?(?:{_OWNER})?(?:(?:young|little|teenage|adult|"
         rf"elderly|infant|baby|\d+-year-old|older|younger|estranged|former|pregnant|twin)\s+)?"
         rf"(?:{_NUM}\s+(?:of\s+(?:his|her|their)\s+)?(?:(?:young|little|teenage|adult|small)\s+)?(?:{_PLUR})|"
         rf"(?:{SING})|(?:grand)?parents|himself|herself|self)\b"
         # "Girl, 2, man shot": a listed person's age between commas
         rf"(?:\s*,\s*\d{{1,2}}(?=\s*,))?")
_SEP = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)"
_LIST = rf"{_ELEM}(?:{_SEP}{_ELEM})+"
_PASSIVE_DEATH = (r"(?:\s+(?:who\s+)?(?:were|are|was|have been|had been|all)?\s*(?:both\s+|all\s+)?(?:\w+ly\s+)?"
                  r"(?:killed|found dead|dead|shot dead|shot to death|slain|died|die|murdered|fatally shot|"
                  r"found shot to death|gunned down|shot and killed|killed in))\b")
_ACTIVE_DEATH = (r"\b(?:killed|killing|kills|kill|fatally shot|fatally shooting|fatally shoots|murdered|murdering|"
                 r"murders|shot and killed|shoots and kills|fatal shootings? of|(?:shooting )?deaths? of|"
                 r"killings? of|murders? of|slayings? of|bodies of)\s+")
_DUAL = ("parents", "grandparents")  # one's parents are two people: "killed his parents and sister" is 3
NUMWORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12}
# (not a list whose last member's own fate follows: "kills man, 2 others wounded")
VICTIM_LIST = re.compile(rf"{_ACTIVE_DEATH}(?P<a>{_LIST})(?!\s+(?:(?:were|are|was)\s+)?(?:\w+ly\s+)?"
                         rf"(?:wounded|injured|hurt|shot)\b)|(?P<p>{_LIST}){_PASSIVE_DEATH}", re.I)
_ELEM_RE = re.compile(_ELEM, re.I)


def _list_total(lst: str) -> int:
    """The people a coordinated list counts: "his son, his daughter" 2, "two teens and a man" 3,
    "his parents" 2."""
    total, prev_end = 0, 0
    for e in _ELEM_RE.finditer(lst):
        gap, prev_end = lst[prev_end:e.start()], e.end()
        if total and re.fullmatch(r"\s*,\s*", gap) and re.fullmatch(r"\d+-year-old", e.group(0), re.I):
            continue  # "his friend, 63-year-old Daniel Caron": the age names the same person
        num = None
        words = e.group(0).lower().split()
        for w in words:
            if w in _NUMW and w not in ("a", "an", "one") or w.isdigit():
                num = _NUMW.get(w) or int(w)
        last = words[-1]
        total += num if (num and re.fullmatch(_PLUR, last, re.I)) else (num if num and last in ("twin",) else
                                                                        2 if last in _DUAL else 1)
    return total


# who may be the one who killed "himself" or "herself" in a list of the dead
_SELF_NOUNS = {"himself": re.compile(r"\b(?:man|men|father|dad|husband|sons?|boys?|brothers?|grandfather|boyfriend|"
                                     r"stepfather|uncle|nephew|grandsons?)\b", re.I),
               "herself": re.compile(r"\b(?:woman|women|mother|mom|mum|wife|daughters?|girls?|sisters?|grandmother|"
                                     r"girlfriend|stepmother|aunt|niece|granddaughters?)\b", re.I)}


def victim_list_count(text: str, killer: str | None = None) -> tuple[int, bool]:
    """Victims named in a coordinated list next to a death word: "a father and son were found
    dead" (2), "killed his son, his daughter, himself" (3), "mom, two sons died" (3); 0 if none.
    The flag says whether the largest list may name the shooter too ("..., himself", or a list
    of the dead: "Father, 2 children dead in murder-suicide") — not where ``killer`` ("himself",
    "herself": how the text tells the shooter's death) names no one of the list ("Mother and two
    children found dead" over "a man shot his wife and their children before killing himself")."""
    best, with_self = 0, False
    for m in VICTIM_LIST.finditer(text):
        lst = m.group("a") or m.group("p")
        total = _list_total(lst)
        if m.group("a") and total > 1 and re.match(r"\s+of\s", text[m.end("a"):]):
            total -= 1  # "a 14-year-old boy, and son of a police officer": the boy, said again
        if total > best:
            # "Father, 2 children dead in murder-suicide": a list of the dead names the shooter too
            dead_list = bool(m.group("p") or re.match(r"(?:shooting )?(?:deaths|bodies)", m.group(0), re.I))
            if dead_list and killer in _SELF_NOUNS and not _SELF_NOUNS[killer].search(lst):
                dead_list = False
            best, with_self = total, dead_list or bool(re.search(r"\b(?:him|her)?self\b", lst, re.I))
    return best, with_self


# The wounded listed or named beside the dead: "killing Mary Adams and injuring John Brown and
# Lisa Green" (2), "a 15-year-old and a 69-year-old were also hit by gunfire" (2)
_PASSIVE_HURT = (r"\s+(?:who\s+)?(?:were|are|have been|had been)\s+(?:(?:both|all|also)\s+)*(?:\w+ly\s+)?"
                 r"(?:wounded|injured|hurt|hospitali[sz]ed|(?:hit|struck) by (?:gunfire|bullets)|shot and wounded|"
                 r"grazed)\b")
_WHERE = r"(?:\s+(?:in|inside|at|near|outside)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"  # "… in the car with him"
_WOUNDING = r"(?<!fatally )(?<!mortally )\b(?:[Ww]ounding|[Ii]njuring)\s+"  # a fatal wound is a death
HURT_LIST = re.compile(rf"{_WOUNDING}(?P<a>{_ELEM}(?:{_SEP}{_ELEM})*)|(?P<p>{_LIST}){_WHERE}{_PASSIVE_HURT}", re.I)
_PERSON_NAME = r"[A-Z][a-z]+(?:[ '’-][A-Z][a-z]+){1,2}"
_HURT_NAMES = re.compile(rf"{_WOUNDING}(?P<l>{_PERSON_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PERSON_NAME})*)")


def hurt_list_count(text: str) -> int:
    """The most wounded a coordinated list or a run of names next to a wounding word counts; 0
    if none."""
    best = 0
    for m in HURT_LIST.finditer(text):
        best = max(best, _list_total(m.group("a") or m.group("p")))
    for m in _HURT_NAMES.finditer(text):
        best = max(best, len(re.findall(_PERSON_NAME, m.group("l"))))
    return best


# A headline drops the verb's auxiliary: "Baby, 4 others injured in drive-by", "Shooting leaves
# 2-year-old, 3 others shot", "Infant, 2 adults taken to hospital after gunfire"
_HEADLINE_HURT_LIST = re.compile(
    rf"(?:^(?:[^:]{{0,40}}:\s*)?|\b(?:leaves|left)\s+)(?P<p>{_LIST})\s+(?:(?:were|are)\s+)?(?:\w+ly\s+)?"
    rf"(?:shot|wounded|injured|hurt|hospitali[sz]ed|grazed|(?:sent|taken|rushed)\s+to\s+(?:the\s+)?hospital)\b", re.I)


def headline_hurt_list_count(title: str) -> int:
    """The people a headline's list of the shot or hurt counts ("Toddler, 3 others shot"); 0 if
    none. Read only where nobody died (those shot may include the dead)."""
    m = _HEADLINE_HURT_LIST.search(title)
    return _list_total(m.group("p")) if m else 0
