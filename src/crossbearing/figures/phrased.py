"""Tolls told in a phrase of their own, which the sentence grammar reads no figure in: "the
killings of 4", "a double homicide", "a quadruple shooting", "the shooting of six people", a
headline's "third victim dies". ``gva.article_casualties`` weighs them beside the grammar's counts."""

from __future__ import annotations

import re

from .lists import NUMWORDS

WORD_NUM = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

MULTIPLE = re.compile(r"\b(double|triple|quadruple|quintuple)[\s-]+(?:fatal|homicide|murder|killing|slaying|"
                      r"deadly|death)", re.I)
MULTI_SHOOTING = re.compile(r"\b(double|triple|quadruple|quintuple)[\s-]+shooting", re.I)
MULTIPLE_N = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}

# Tolls stated as "the killings of 4", "slayings of 2 teens", or in a headline "Third person dies",
# "claims fifth victim", "becomes fourth to die": the grammar reads none of them as a figure.
_OF_N = re.compile(rf"(?<!attempted )\b(?:killings?|slayings?|deaths|murders|homicides|fatal shootings|shooting deaths)"
                   rf"\s+of\s+(?:the\s+|all\s+)?(?P<n>{WORD_NUM})(?![-\w]|\s+(?:years|months|weeks|days|a\.m|p\.m|o'clock))",
                   re.I)
_ORDINAL = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
_ORDINAL_DEATH = re.compile(r"\b(?:a|the)?\s*(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth)\s+"
                            r"(?:person|victim|man|woman|teen|child|boy|girl|officer|shooting victim)\s+"
                            r"(?:has\s+|had\s+)?(?:died|dies|dead)\b|\bclaims?\s+(?:a\s+)?"
                            r"(?P<o2>second|third|fourth|fifth|sixth|seventh|eighth|ninth)\s+(?:victim|life)\b|"
                            # "Toddler becomes fourth to die in Bucksport shooting"
                            r"\b(?P<o3>second|third|fourth|fifth|sixth|seventh|eighth|ninth)\s+(?:(?:person|victim|man|woman|"
                            r"teen|child|boy|girl|officer)\s+)?to\s+die\b", re.I)

# "charged in the shooting of six people", "2 critically wounded in shooting of five": the people
# the shooting hit, told as what it was done to (not "the shooting of 17-year-old Ann", one victim named)
_SHOOTING_OF_N = re.compile(rf"\bshootings?\s+of\s+(?P<n>{WORD_NUM})(?![-\w]|\s+(?:years?|yrs?|months?|weeks?|days?|a\.m|p\.m|"
                            r"o'clock|times|rounds|shots|bullets|homes|houses|cars|vehicles))", re.I)


def word_count(word: str) -> int:
    """The number a ``WORD_NUM`` match says ("12", "twelve")."""
    w = word.lower()
    return int(w) if w.isdigit() else NUMWORDS[w]


def _largest(pattern: re.Pattern, text: str) -> int:
    """The largest count ``pattern``'s group ``n`` gives in ``text`` (0 if none)."""
    return max((word_count(m.group("n")) for m in pattern.finditer(text)), default=0)


def shot_in_the_shooting(text: str) -> int:
    """The largest number of people told as "the shooting of N" (0 if none)."""
    return _largest(_SHOOTING_OF_N, text)


def stated_toll(text: str, title: str = "") -> int:
    """The largest toll given as "killings of 4", or in the title as "a third victim died"."""
    best = _largest(_OF_N, text)
    for m in _ORDINAL_DEATH.finditer(title):  # in the body mostly another incident's victim
        best = max(best, _ORDINAL[(m.group("o") or m.group("o2") or m.group("o3")).lower()])
    return best
