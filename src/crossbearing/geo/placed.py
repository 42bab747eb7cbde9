"""Where the words around a place name put it: "A in B", "Tacoma, Washington", "Weir, a small
town in Williamson County", "in Syria's Raqqa province" — and where they do not: the items of a
list ("Indianapolis, Louisville, New Haven and Sioux Falls"). Read by ``resolve`` over its
``Resolution``s; pure over the text and the resolutions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Sequence

from .nonplaces import UNIT_WORD, country_as_adjective, opens_office_title, site_name
from .records import Entry

if TYPE_CHECKING:
    from .resolve import Resolution

# "Washington, New York and Boston", "Mexico, the US, and Canada": a list, not "town, region"
_LIST_TAIL = re.compile(r"^\s*(?:,\s*)?(?:and|or)\s")


_IN_GAP = re.compile(r"^(?:\s+in\s+(?:the\s+)?|,\s*)$")  # "A in B", "A, B"
# "Tibu (Norte de Santander", "Pune city (Pune": the region a town lies in, in brackets after it
_BRACKET_GAP = re.compile(r"^" + UNIT_WORD + r"\s*\(\s*$")


def _host(res: Sequence[Resolution], i: int, text: str) -> Optional[Entry]:
    """For "A in B" and "Tacoma, Washington": the place A, whose region B should contain it."""
    if i == 0 or res[i].form.explicit:
        return None
    prev = res[i - 1]
    e = prev.chosen
    if e is None or e.kind not in ("place", "facility", "district") or prev.form.end > res[i].form.start:
        return None
    gap = text[prev.form.end:res[i].form.start]
    if not (_IN_GAP.match(gap) or _BRACKET_GAP.match(gap)):
        return None
    if "," in gap and _LIST_TAIL.match(text[res[i].form.end:res[i].form.end + 60]):
        return None
    return e


_WITHIN_GAP = re.compile(r"^\s*(?:,|(?:,\s*)?(?:in|of|inside|near|within)\s)\s*"
                         # "Weir, a small town in Williamson County": an apposition that places it
                         r"(?:(?:an?|the)\s+(?:[a-z\-]+\s+){0,2}(?:town|city|village|community|suburb|neighbou?rhood|"
                         r"hamlet|township|area|district|enclave)\s+(?:in|of|near|outside|just\s+outside)\s+"
                         r"(?:(?:north|south|east|west|central|rural)[a-z\-]*\s+)?)?"
                         r"(?:the\s+)?(?:(?:province|governorate|region|"
                         r"district|county|state)\s+of\s+)?$", re.IGNORECASE)


def _within_gap(gap: str) -> bool:
    return bool(_WITHIN_GAP.match(gap) or _BRACKET_GAP.match(gap))


def _contains(box: Entry, e: Entry) -> bool:
    """Whether region ``box`` (a province, or a county: a district) contains entry ``e``."""
    if e.country != box.country or e.admin1 != box.admin1:
        return False
    return box.kind != "district" or not box.admin2 or not e.admin2 or e.admin2 == box.admin2


_LIST_BEFORE = re.compile(r"[\w.)]\s*,\s*$")  # "Indianapolis, " before a name: it is an item of a list
_LIST_GOES_ON = re.compile(r"^(?:\s*,\s*(?:(?:and|or)\s+)?[A-Z]|,?\s+(?:and|or)\s)")


_AND_GAP = re.compile(r"^\s*(?:and|or|&)\s+$")


def _in_a_list(r: Resolution, other: Resolution, text: str) -> bool:
    """"Indianapolis, Louisville, New Haven and Sioux Falls": names between commas, the list
    going on after them, are items of a list, not a town and the region it lies in."""
    return text[r.end:other.form.start].strip() == "," and \
        bool(_LIST_BEFORE.search(text[max(0, r.form.start - 30):r.form.start])) and \
        bool(_LIST_GOES_ON.match(text[other.form.end:other.form.end + 40]))


def known_only_by_a_part(r: Resolution) -> bool:
    """Whether every reading of the name matches only a part of it ("Dayton Avenue" → Dayton)."""
    return bool(r.candidates) and all(f == "partial" for _, f in r.candidates)


def _placed_in(r: Resolution, all_res: Sequence[Resolution], text: str, brackets: bool = True) -> Optional[Entry]:
    """The resolved place the words right after ``r`` put it in: "X in Y", "X, Y", "X near Y",
    and unless ``brackets`` is False "X (Y)" — whose units are often named as the writer knows
    them ("Sanabis (Capital)" after a reform the gazetteer has not seen): they pick among
    namesakes, but do not override a town the gazetteer holds only under another region."""
    within_gap = _within_gap if brackets else _WITHIN_GAP.match
    for other in all_res:
        if other is r or other.start < r.end or other.start - r.end > 40:
            continue
        if _in_a_list(r, other, text):
            continue
        if other.chosen is None and other.within is not None and other.within.kind in ("province", "district", "place") \
                and _AND_GAP.match(text[r.end:other.form.start]):
            # "the villages of Foua and Kfraya in Idlib": the last of two villages the gazetteer
            # lacks is placed by the words after it, and so is the first
            return other.within
        if other.chosen is None:
            # a place the gazetteer lacks but the text put somewhere: "… in Weir, a small town in
            # Williamson County" puts the road in Williamson County, not in a Weir elsewhere
            if other.within is not None and other.within.kind in ("province", "district", "place") and \
                    within_gap(text[r.end:other.form.start]):
                return other.within
            continue
        if known_only_by_a_part(other) and site_name(other.surface):
            continue  # "Delmar Boulevard near Fountain Park": a site read by a part of its name is no town
        if other.chosen.kind in ("province", "district", "country", "place", "facility") and \
                within_gap(text[r.end:other.form.start]) and not opens_office_title(text, other.end) and \
                not country_as_adjective(text, other.start, other.end) and not _BORDER_AFTER.match(text, other.end):
            return _narrowed(other, all_res, text)
    return None


# "North Waziristan near the Afghan border", "a village near the Syrian frontier": near a border is
# on either side of it, most often the other one — the country named is no container
_BORDER_AFTER = re.compile(r"\s*(?:[-–]\s*\w+\s+)?(?:border|frontier|boundary)\b", re.I)


_POSSESSIVE_GAP = re.compile(r"^['’]s\s+$")


def _narrowed(container: Resolution, all_res: Sequence[Resolution], text: str) -> Entry:
    """"in Syria's Raqqa province": the country's named part is the tighter container."""
    outer = container.chosen
    if outer.kind != "country":
        return outer
    for other in all_res:
        inner = other.chosen
        if inner is not None and other.start >= container.end and inner.country == outer.country and \
                inner.kind in ("province", "district", "place") and _POSSESSIVE_GAP.match(text[container.end:other.form.start]):
            return inner
    return outer
