"""A place entity the tagger ran over more than one name, or cut short.

- Two places joined into one entity: "Thruxton, Hampshire" (a town and its county),
  "Asia-Pacific", "the Greenbrier-Pocahontas County line", "Cattai and Wilberforce". When the
  gazetteer does not know the whole, each part is a mention of its own, so that each is
  resolved (and the second qualifies the first, as the text intends).
- A saint's or fort's abbreviation in capitals cut from its name: "ST. PAUL —" read as "ST".

Pure functions over the text and the index; ``detect`` calls them for GPE/LOC/FAC entities.
"""

from __future__ import annotations

import re
from typing import Optional

from .gazetteer import Gazetteer
from .normalise import ARABIC_ARTICLES, GENERIC_WORDS, keys

# a part must name a place by its own main name, of at least this size, or a unit, region or water
PART_MIN_POPULATION = 1_000
_PART_KINDS = {"country", "province", "region", "water", "district", "facility"}
_NAME = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}"
# "A-B" (no spaces: a spaced dash is a dateline's or an aside's) and "A and B"
_HYPHENED = re.compile(rf"({_NAME})[-‐‑]({_NAME})")
_ANDED = re.compile(rf"({_NAME})\s+and\s+({_NAME})")
_COMMAED = re.compile(rf"({_NAME}),\s+({_NAME})")
_ABBREVIATED_OPENER = re.compile(r"(?:ST|STE|FT|MT|PT)\.\s+([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})(?![a-z])")


def _names_a_place(gaz: Gazetteer, part: str) -> bool:
    """Whether ``part`` by itself plainly names a place: a unit, region or water of that name,
    or a town of some size by its main name (not "Al", not an initial, not an ordinary word)."""
    words = part.split()
    if len(part) < 3 or part.lower() in GENERIC_WORDS or words[0].lower() in ARABIC_ARTICLES:
        return False
    for k in keys(part):
        for e, f in gaz.lookup(k):
            if f == "demonym" or (f == "abbr" and not part.isupper()):
                continue
            if e.kind in _PART_KINDS or (e.kind == "place" and f in ("name", "variant")
                                         and e.population >= PART_MIN_POPULATION):
                return True
    return False


def _known_whole(gaz: Gazetteer, name: str) -> bool:
    """Known by that name, or as a county or parish named without the word ("Miami-Dade")."""
    return any(gaz.lookup(k) for unit in ("", " County", " Parish") for k in keys(name + unit))


def joined_places(gaz: Gazetteer, text: str, s: int, e: int) -> Optional[list[tuple[int, int]]]:
    """The parts of an entity ``text[s:e]`` that joins two place names, or None when it is one
    name (the gazetteer knows the whole: "Guinea-Bissau", "Winston-Salem", "Trinidad and
    Tobago", "Washington, D.C.") or a part is no place ("Watertown-Mayer Lutheran")."""
    surface = text[s:e]
    if _known_whole(gaz, surface):
        return None
    m = _COMMAED.fullmatch(surface)
    if m is not None:
        # "Thruxton, Hampshire": the town need not be known, the unit after the comma must be
        if _names_a_place(gaz, m.group(2)):
            return [(s + m.start(1), s + m.end(1)), (s + m.start(2), s + m.end(2))]
        return None
    for rx in (_HYPHENED, _ANDED):
        m = rx.fullmatch(surface)
        if m is not None and _names_a_place(gaz, m.group(1)) and _names_a_place(gaz, m.group(2)):
            return [(s + m.start(1), s + m.end(1)), (s + m.start(2), s + m.end(2))]
    return None


def abbreviated_opener_end(text: str, s: int, e: int) -> Optional[int]:
    """"ST. PAUL —", "FT. WORTH": where a name in capitals ends whose abbreviated first word
    ("ST", "FT", "MT") the tagger took alone; None when ``text[s:e]`` is no such word."""
    if text[s:e] not in ("ST", "STE", "FT", "MT", "PT"):
        return None
    m = _ABBREVIATED_OPENER.match(text, s)
    return m.end() if m is not None else None
