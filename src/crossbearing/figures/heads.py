"""What a number in a news sentence counts: the noun phrase right after it, its head noun and
its class (people, the dead, casualties, materiel, strikes, attacks). Read by the quantity
grammar (``figures.grammar``), which then works out what happened to the people counted."""

from __future__ import annotations

import re
from typing import Optional

from .lexicon import COUNTED_EVENTS, FATE_RE, MATERIEL_RE, ONE_PERSON_RE, PERSON_RE

_DEATH_NOUNS = {"dead", "bodies", "corpses", "fatalities", "deaths", "lives", "souls", "fatality", "martyrs",
                "death", "body", "corpse"}
_TOKEN_RE = re.compile(r"[A-Za-z0-9][\w'’-]*|[^\w\s]")
STOP_WORDS = {"were", "was", "have", "has", "had", "are", "is", "who", "that", "which", "in", "at",
              "on", "during", "after", "following", "amid", "by", "from", "with", "when", "while", "as", "to", "for",
              "and", "or", "but", "being", "been", "be", "into", "across", "near", "since", "before",
              "the", "their", "this", "these", "they", "it", "its", "said", "according", "including",
              # places and times after a victim ("killed a man outside the bar", "a driver inside his cab")
              "outside", "inside", "behind", "beside", "near", "nearby", "along", "around", "under", "over", "off",
              "onto", "upon", "within", "overnight", "yesterday", "today", "tonight", "early", "late", "last"}
_POSSESSIVE_S = re.compile(r"(?<=\w)['’]s\b")
_ADJ_MAX = 3  # adjectives allowed before the head noun: "documented airstrikes"


def _tokens(s: str) -> list[str]:
    return _TOKEN_RE.findall(s)


def counted_head(after: str) -> tuple[Optional[str], Optional[str], str]:
    """(class, head, subject phrase) of the noun phrase right after a number.

    The phrase is read up to a stop word, "of", a fate verb or punctuation, and its head is
    the rightmost word that names something countable ("truck drivers" → drivers,
    "documented airstrikes" → airstrikes). class is "person", "death", "casualties",
    "materiel:<t>", "airstrikes", "attacks" or None.
    """
    # a possessive's "s" is no word of the phrase: "a Harris County sheriff's deputy" is four words
    toks = _tokens(_POSSESSIVE_S.sub("", after[:120]).replace("'", " ").replace("‘", " ").replace("’ ", " "))
    words: list[str] = []
    for t in toks:
        if not re.match(r"[A-Za-z]", t) and not (words == [] and re.match(r"\d+-year-old", t)):
            break
        low = t.lower()
        acronym = len(t) > 1 and t.isupper()  # "8 IS militants", "3 US soldiers": a name, not "is", "us"
        if words and (low in STOP_WORDS and not acronym or low == "of" or FATE_RE.fullmatch(t)) and low not in _DEATH_NOUNS:
            break
        if not words and low in STOP_WORDS and not acronym:
            break
        words.append(t)
        if len(words) >= _ADJ_MAX + 1:
            break
    for k in range(len(words), 0, -1):
        for n in (3, 2, 1):
            if k - n < 0:
                continue
            cand = " ".join(x.lower() for x in words[k - n:k])
            cls = _classify(cand)
            if cls is None and n == 1 and re.fullmatch(r"[A-Z][a-z]+(?:ians|is|ese|ites)|Afghans|Kurds|Arabs|Turks|Jews|Serbs|Croats|Tamils|"
                                                       r"Uy?ghurs|Rohingya|Palestinians|Israelis", words[k - 1]):
                cls = "person"  # demonyms and members: "Syrians", "Iraqis", "Sudanese", "Yazidis"
            if cls:
                subject = " ".join(words[:k])
                head_end = after.find(words[k - 1]) + len(words[k - 1])
                if _POSSESSIVE_S.search(after, 0, head_end):
                    subject = " ".join(after[:head_end].split())  # the words as written, "sheriff's" too
                rest = after[head_end:]
                of = re.match(r"\s+(of\s+(?:(?!(?:were|was|in|at|on|who|that|and|by)\b)[\w'’-]+\s*){1,5})", rest)
                if of:
                    subject += " " + of.group(1).strip()
                return cls, cand, subject
    return None, None, _subject_phrase(after)


def _classify(noun: str) -> Optional[str]:
    if noun in _DEATH_NOUNS:
        return "death"
    if noun == "casualties":
        return "casualties"
    for rx, name in MATERIEL_RE:
        if rx.match(noun):
            return f"materiel:{name}"
    for rx, name in COUNTED_EVENTS:
        if rx.match(noun):
            return name
    if names_people(noun):
        return "person"
    return None


def names_people(word: str) -> bool:
    """A noun for people, counted ("civilians") or one ("wife", "partner")."""
    return bool(PERSON_RE.match(word) or ONE_PERSON_RE.match(word))


def _subject_phrase(after: str) -> str:
    """Words after the number up to a verb, clause boundary or preposition other than 'of'."""
    out: list[str] = []
    toks = _tokens(after[:120])
    i = 0
    while i < len(toks) and len(out) < 8:
        t = toks[i]
        if not re.match(r"[A-Za-z]", t) and t != "-":
            break
        if t.lower() in STOP_WORDS or FATE_RE.fullmatch(t):
            break
        out.append(t)
        i += 1
    return " ".join(out).replace(" - ", "-")
