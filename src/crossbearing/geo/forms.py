"""What a mention's wording says about the kind of place it names.

"Latakia province", "the province of Idlib", "the eastern city of Deir ezzor", "the
Euphrates River", "Hmeymim Air Base", "near Aleppo": the words around a name tell a province
from its capital, a river from a town, and a town from its outskirts. ``mention_form`` reads
them and returns the bare name to look up, the kind it expects and any widening of the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# Trailing level words (inside the mention or just after it) and the kind they announce.
_SUFFIX_KIND = [
    (r"air\s*base|airbase|air\s+field|airfield|airport|naval\s+base|military\s+base|base|"
     r"power\s+plant|nuclear\s+plant|dam|refinery|port|prison|camp", "facility"),
    (r"river|sea|lake|gulf|ocean|bay|strait|canal", "water"),
    (r"province|governorate|oblast|prefecture|state|region", "province"),
    (r"county|co\.|parish|district|borough|municipality|raion", "district"),  # "Aiken Co."
    (r"city|town|village|township", "place"),
    (r"countryside|outskirts|suburbs", "near"),
]
_SUFFIX_RE = [(re.compile(rf"^(?P<core>.+?)[\s\-]+(?P<word>{pat})$", re.IGNORECASE), kind) for pat, kind in _SUFFIX_KIND]
_AFTER_RE = [(re.compile(rf"^[\s\-]+(?P<word>{pat})(?!\w)", re.IGNORECASE), kind) for pat, kind in _SUFFIX_KIND
             if kind in ("province", "district", "water", "facility", "near")]
# an official agency's "Quneitra southern province", "Lattakia coastal governorate": the province,
# with where it lies in the country between its name and its level word
_WHERE_IN = r"(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|central|coastal|north|south|east|west)"
_AFTER_RE.insert(0, (re.compile(rf"^\s+{_WHERE_IN}\s+(?P<word>province|governorate)(?!\w)"), "province"))
_WHERE_IN_TAIL = re.compile(rf"\s+{_WHERE_IN}$")
_BEFORE = [
    (re.compile(r"\b(?:province|governorate|state|region|oblast)\s+of\s+(?:the\s+)?$", re.IGNORECASE), "province"),
    # "the Southern District of Ohio": a federal court's district, a proper name, is a state or a
    # part of one (but "a northern district of Manbij" is a part of a town)
    (re.compile(r"\b(?:Northern|Southern|Eastern|Western|Middle|Central)\s+District\s+of\s+$"), "province"),
    (re.compile(r"\b(?:county|district|parish)\s+of\s+$", re.IGNORECASE), "district"),
    (re.compile(r"\b(?:city|town|village|hamlet|suburb|neighbou?rhood|district|capital)\s+of\s+$", re.IGNORECASE), "place"),
    (re.compile(r"\b(?:near|outside|outskirts\s+of|countryside\s+of|(?:north|south|east|west)(?:east|west)?\s+of|"
                r"(?:kilometres|kilometers|km|miles)\s+(?:from|of))\s+(?:the\s+)?$", re.IGNORECASE), "near"),
]
# in lower case only: "Beni city" is a town called Beni; "Beni City" may be a name of its own
_PLACE_AFTER = re.compile(r"[\s\-]+(?:city|town|village|township|hamlet)(?!\w)")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:(?!(?:in|at|of|on|near|from|to|by|for|with)\s)[a-z\-]+\s+){0,2}$",
                             re.IGNORECASE)
# an office only a state, province or country has, right after its name: "New York Gov. Andrew
# Cuomo", "the Quebec Health Minister", "Ontario Premier", "the Texas Legislature" (a city's
# offices, "Mayor", "police", are another matter)
_STATE_OFFICE_AFTER = re.compile(r"\s+(?:Lt\.?\s+|Lieutenant\s+)?(?:Gov\.|Governor|Premier|Legislature|legislature|"
                                 r"(?:[A-Z][a-z]+\s+){0,2}Minister|State\s+(?:Senate|Assembly|Senator|Rep\.))(?![\w-])")
_LEADING = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True)
class Form:
    core: str  # the name to look up
    kind: Optional[str]  # facility, water, province, district, place, or None
    near: bool  # "near X", "X countryside": precision 2
    start: int  # the mention's span, possibly widened to take in "province", "River", …
    end: int
    explicit: bool  # the kind was stated in words
    kind_after: bool = False  # the kind by a lower-case word after the name: "Beni city", "U.S. city"
    # … and the name read as a modifier ("the Florida town of Bell", "a small Ohio town"): a state
    # so named says where the town is
    modifier: bool = False
    # … and the name opens an office only a state, province or country has ("New York Gov.",
    # "Quebec Premier"): the state, not its namesake city — a people's word ("Canadian Foreign
    # Minister") is read as before
    office: bool = False
    # … and a lower-case compass word stands right before it ("central Washington", "western
    # New York"): a part of a region, so where the name is also a city that lies outside that
    # region (Washington, D.C.), the region (``resolve.score``)
    region_part: bool = False


# "central", "eastern", "north-central", "southwestern": where in a region, in lower case (a
# city's quarters go by "Southeast Washington", "west Philadelphia", so those forms say nothing)
_REGION_PART_BEFORE = re.compile(r"(?<![\w-])(?-i:(?:(?:north|south)[- ]?)?(?:central|eastern|western)|northern|southern|"
                                 r"(?:north|south)(?:east|west)ern)\s+$")


def mention_form(text: str, start: int, end: int) -> Form:
    surface = text[start:end]
    lead = _LEADING.match(surface)
    if lead:
        start += lead.end()
        surface = surface[lead.end():]
    poss = _POSSESSIVE.search(surface)
    if poss and len(surface) > poss.end() - poss.start() + 2:
        end -= poss.end() - poss.start()
        surface = surface[: poss.start()]
    core, kind, near, explicit, kind_after = surface, None, False, False, False
    modifier_before = bool(_ARTICLE_BEFORE.search(text[max(0, start - 40):start]))
    for rx, k in _SUFFIX_RE:
        m = rx.match(surface)
        if m and len(m.group("core")) >= 3:
            core, kind, explicit = m.group("core"), k, True
            if k == "province":  # "Quneitra southern province" read again as one span
                core = _WHERE_IN_TAIL.sub("", core)
            kind_after = k == "place" and m.group("word").islower()  # "Beni city" read again as one span
            break
    if kind is None:
        after = text[end:end + 30]
        for rx, k in _AFTER_RE:
            m = rx.match(after)
            if m:
                kind, explicit = k, True
                if k != "near":
                    end += m.end()
                break
    if kind is None:
        m = _PLACE_AFTER.match(text, end)
        if m:  # "Beni city", "Kulsary township": a town, not the province of the same name
            kind, explicit, end, kind_after = "place", True, m.end(), True
    if kind == "near":
        kind, near = None, True
    before = text[max(0, start - 40):start]
    for rx, k in _BEFORE:
        if rx.search(before):
            if k == "near":
                near = True
            elif kind is None:
                kind, explicit = k, True
            break
    return Form(core.strip(" ,.;:-'\"“”‘’"), kind, near, start, end, explicit, kind_after,
                kind_after and modifier_before, bool(kind is None and _STATE_OFFICE_AFTER.match(text, end)),
                bool(kind is None and _REGION_PART_BEFORE.search(text, max(0, start - 20), start)))
