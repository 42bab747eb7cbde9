"""Lightweight text features for linking articles: tokens, name keys, paragraphs.

Why not spaCy here: story grouping must keep up with a stream of hundreds of thousands of
articles on a laptop, so it works on regex tokens, capitalised-name keys and numbers. These
carry most of what tells two reports of one incident apart from reports of another (the
victim's name, the street, the town, the age), and cost microseconds per article.
"""

from __future__ import annotations

import hashlib
import math
import re
from typing import Iterator, Optional

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|\d+(?:[.,]\d+)*")
_NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?:\s+(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?|[A-Z]\.))*")
_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")

# A compact English stop list (function words and news filler); enough for TF-IDF weighting.
STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself yourselves said says say told according news reported
report reports one two three new also like get got would year years old day days time week
monday tuesday wednesday thursday friday saturday sunday mr mrs ms am pm p.m a.m
""".split())

_NAME_STOP = frozenset("""
The A An In On At For And But Or If When While After Before He She It They We You I This That
These Those His Her Their Our There Here Police Officers Monday Tuesday Wednesday Thursday Friday
Saturday Sunday January February March April May June July August September October November
December According Copyright All Rights Reserved Click Related Image Photo Comments Read More
""".split())


def tokens(text: str) -> list[str]:
    """Lower-cased content words and numbers, stop words dropped."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group(0).lower().strip("'-")
        if len(w) > 1 and w not in STOP:
            out.append(w)
    return out


def names(text: str) -> list[tuple[str, int, int]]:
    """Capitalised name sequences ("Will Culver", "Admiral Essen") with their character range.

    Leading function words are dropped; a single capitalised word at a sentence start is
    skipped (it is capitalised for grammar, not because it names something).
    """
    out = []
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        start = m.start()
        while words and words[0] in _NAME_STOP:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words.pop(0)
        words = [w for w in words if w not in _NAME_STOP]
        if not words:
            continue
        if len(words) == 1:
            before = text[max(0, start - 3):start].strip()
            if len(words[0]) < 4 or not before or before[-1] in ".!?\"'\u201c\u201d:(":
                continue
        out.append((" ".join(words), start, m.end()))
    return out


def name_keys(text: str) -> list[str]:
    """Names as ``n:`` keys: the strongest same-incident evidence for story grouping."""
    return ["n:" + n.lower() for n, _, _ in names(text)]


_SUFFIXES = ("ally", "ing", "ed", "ly", "es", "al", "s")


def stem(word: str) -> str:
    """A lower-cased word without its commonest English inflection or adverb ending ("shoots",
    "shooting" → "shoot"; "accidentally", "accidental" → "accident"): enough to tell whether
    two texts use the same words, not a linguist's stem."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


# What separates a page title's parts: the headline, the section, the site's name.
TITLE_SEP = re.compile(r"\s+[|\-\u2013\u2014:]\s+")


def clean_title(title: Optional[str]) -> str:
    """Drop the site-name part of a page title ("Shooting … - WAFF-TV: News, Weather …")."""
    if not title:
        return ""
    return max(TITLE_SEP.split(title), key=len)


# A headline part of at least this many content words whose page body retells fewer than this
# share of them is not told by that body (``body_retells_headline``).
HEADLINE_ONLY_MIN_WORDS = 3
HEADLINE_ONLY_REPEAT = 0.3


def body_retells_headline(text: str, title: str) -> bool:
    """Whether the page's body tells the story its headline names: it retells at least
    ``HEADLINE_ONLY_REPEAT`` of the content words of some part of the title, in any of their
    forms ("shoots" in the headline, "shooting" in the body; the site's name after a " - " may be
    the title's longest part). A page whose body does not (a sign-up wall, a cookie notice, a
    video playlist, another story's text under this one's headline) carries only its headline.
    True for a title too short to tell."""
    parts = [set(map(stem, tokens(p))) for p in TITLE_SEP.split(title or "")]
    parts = [p for p in parts if len(p) >= HEADLINE_ONLY_MIN_WORDS]
    if not parts:
        return True
    body = {stem(w) for w in set(tokens(text or ""))}  # (each word once: a body repeats its words)
    return any(len(p & body) >= HEADLINE_ONLY_REPEAT * len(p) for p in parts)


HEADLINE_KEY_MIN_WORDS = 5


def headline_key(title: str) -> list[str]:
    """The whole headline as one ``h:`` key when it has at least ``HEADLINE_KEY_MIN_WORDS``
    content words: two pages under one long headline carry one wire story (or one outlet's
    syndicated copy), even when one page holds nothing but a sign-up form; short headlines
    ("Man shot and killed") recur across incidents."""
    words = tokens(title or "")
    return ["h:" + " ".join(words)] if len(words) >= HEADLINE_KEY_MIN_WORDS else []


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Character ranges of blank-line-separated paragraphs (or single lines)."""
    for m in _PARA.finditer(text):
        if m.group(0).strip():
            yield m.start(), m.end()


def para_hash(s: str) -> str:
    norm = re.sub(r"\W+", " ", s.lower()).strip()
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


def tf_vector(terms: list[str]) -> dict[str, float]:
    """Sub-linear term frequencies (1 + log tf), so a repeated word does not dominate."""
    counts: dict[str, int] = {}
    for t in terms:
        counts[t] = counts.get(t, 0) + 1
    return {t: 1.0 + math.log(c) for t, c in counts.items()}


def normalise(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two already-normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def top_terms(vec: dict[str, float], k: int) -> dict[str, float]:
    if len(vec) <= k:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: -kv[1])[:k])


# --- incident keys ------------------------------------------------------------------------
# A person named with an age ("Jermaine Sims, 31," / "a 3-year-old, Ty-Ryne Hoskins") is almost
# always a victim or suspect: the single most specific thing two reports of one shooting share,
# weeks apart, when their wording has nothing else in common.
_NW = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_PERSON_SEQ = rf"{_NW}(?:\s+(?:[A-Z]\.|{_NW}))*\s+{_NW}"
_PERSON_AGE = re.compile(rf"\b({_PERSON_SEQ}),\s+(?:age\s+)?(\d{{1,2}})\b(?!\s*(?:%|percent|p\.?m|a\.?m))")
_AGE_PERSON = re.compile(rf"\b\d{{1,2}}-year-old\s+(?:[a-z]+\s+){{0,3}}?({_PERSON_SEQ})")
_NOT_PERSON = frozenset("""
Street St Avenue Ave Road Rd Drive Dr Boulevard Blvd Lane Ln Court Ct Place Parkway Highway Hwy
County City Park Hospital Center Centre School High Township Beach Falls Springs Heights Hills
Church Club Lounge Bar Grill Apartments Department Office Police Sheriff News Video Killed Shot
Shooting Fired Dead Man Woman Teen Boy Girl North South East West Side Area
""".split())


def person_keys(text: str) -> list[str]:
    """``v:first last`` keys for capitalised names given with an age (either side)."""
    out = []
    for rx in (_PERSON_AGE, _AGE_PERSON):
        for m in rx.finditer(text):
            words = [w for w in m.group(1).split() if w not in _NAME_STOP]
            if len(words) < 2 or any(w in _NOT_PERSON for w in words):
                continue
            out.append("v:" + (words[0] + " " + words[-1]).lower())
    return out


_STREET_TYPES = {"street": "street", "st": "street", "avenue": "avenue", "ave": "avenue", "av": "avenue",
                 "road": "road", "rd": "road", "drive": "drive", "dr": "drive", "boulevard": "boulevard",
                 "blvd": "boulevard", "lane": "lane", "ln": "lane", "court": "court", "ct": "court",
                 "place": "place", "pl": "place", "parkway": "parkway", "pkwy": "parkway", "highway": "highway",
                 "hwy": "highway", "way": "way", "terrace": "terrace", "circle": "circle", "trail": "trail"}
_STREET = re.compile(r"\b(\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(Street|St|Avenue|Ave|Av|Road|Rd|"
                     r"Drive|Dr|Boulevard|Blvd|Lane|Ln|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Way|Terrace|"
                     r"Circle|Trail)\b")
_STREET_SKIP = frozenset("On In At The Of And Near Off Along From To A An".split())


def street_keys(text: str) -> list[str]:
    """``a:rockingham street`` keys for street names (abbreviations spelt out; "block of" and
    house numbers dropped)."""
    out = []
    for m in _STREET.finditer(text):
        words = [w for w in m.group(1).split() if w not in _STREET_SKIP]
        if not words:
            continue
        out.append("a:" + " ".join(words).lower() + " " + _STREET_TYPES[m.group(2).lower()])
    return out


_AGE = re.compile(r"\b(\d{1,2})(?:-year-old|\s+years?\s+old\b|-month-old)|(?<=[a-z]), (\d{1,2}),(?= )")


def age_keys(text: str) -> list[str]:
    """``g:23`` for every age given ("23-year-old", "John Marsh, 23,"): victims' ages recur in
    every report of an incident."""
    return ["g:" + (m.group(1) or m.group(2)) for m in _AGE.finditer(text)]
