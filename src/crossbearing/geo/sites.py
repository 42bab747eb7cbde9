"""Buildings and sites the tagger reads as an organisation or a person.

spaCy's small English model tags a named building as often an organisation ("at Barclays
Center", "taken to Northwestern Memorial Hospital") or a person ("the Christopher Inn") as a
facility. A name whose last word says what kind of building or site it is (a church, a
theatre, a hotel, a street) names a place; where that word also names the body that runs the
site (a center, a school, a ministry, a hospital) or the tagger read a person, only after a
word of place ("at", "in", "taken to", …). The resolver codes such a site at the town the text
puts it in ("… in Fresno"), or at the article's main town (ACLED's precision 2 for a spot the
gazetteer lacks); the event layer never places an incident at a hospital, court or jail
(``care_or_custody``), where the hurt and the accused are taken afterwards.
"""

from __future__ import annotations

import re
from typing import Iterator

from .gazetteer import Gazetteer
from .institutions import _capital, _strong
from .nonplaces import SITE_WORDS
from .people import aged_after

_TAGS = {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "NORP"}
_LINKS = {"of", "de", "the", "and", "&", "du", "des", "la", "le", "st", "st."}
# a word before a name that puts something at, in or towards a place
_PLACE_WORDS = {"at", "in", "inside", "outside", "near", "to", "into", "from", "toward", "towards", "behind",
                "opposite", "across", "on"}
NAMESAKE_TOWN = 10_000  # a word of the name that names a town this large: left to the readings of towns
# kinds of site that also name the body that runs them ("the Pew Research Center said", "the
# Health Ministry", "a professor at Cornell University"): a place only after a word of place
_ALSO_BODIES = {"school", "college", "university", "academy", "court", "courthouse", "office", "embassy", "ministry",
                "club", "center", "centre", "library", "museum", "station", "studio", "farm", "farms", "house",
                "homes", "high", "middle", "elementary", "place", "way", "market", "hospital"}


_INITIAL = re.compile(r"[A-Z]\.")


def _after_a_place_word(doc, i: int) -> bool:
    """After "at", "in", "to", … (but not "according to"), with or without "the"."""
    j = i - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 0 or doc[j].lower_ not in _PLACE_WORDS:
        return False
    return not (doc[j].lower_ == "to" and j > 0 and doc[j - 1].lower_ == "according")


def _titled(tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def named_sites(doc, gaz: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of organisation- or person-tagged names that are buildings or sites standing where
    a place stands ("treated at MetroHealth Medical Center", "a gala at the Princes Theatre").
    A name with a town's name among its words is left alone: "Jeremiah E. Burke High School"
    honours a person, and the resolver would read it as that town (Burke, Virginia)."""
    for ent in doc.ents:
        if ent.label_ not in _TAGS:
            continue
        toks = list(ent)[1:] if ent[0].lower_ == "the" else list(ent)
        if len(toks) >= 2 and toks[-1].text in ("'s", "’s"):
            toks = toks[:-1]
        if len(toks) < 2:
            continue
        last = toks[-1]
        kind = last.lower_.strip("’'")
        if kind not in SITE_WORDS or not _titled(last):
            continue
        if not all(_titled(t) or t.lower_ in _LINKS for t in toks):
            continue
        if aged_after(doc, ent) or any(_INITIAL.fullmatch(t.text) for t in toks):
            continue  # "Krystal D. Hall, 19,": a person whose surname is a kind of site
        if (kind in _ALSO_BODIES or ent.label_ == "PERSON") and not _after_a_place_word(doc, ent.start):
            continue
        if any(t.is_alpha and _capital(t) and _strong(gaz, t.text, NAMESAKE_TOWN, allow_demonym=False, alt_places=False)
               for t in toks[:-1]):
            continue
        yield toks[0].idx, last.idx + len(last)


# where the hurt are treated and the accused are held or tried: a victim "was taken to" one, a
# suspect "appeared in" one — the incident itself happened elsewhere
_CARE_OR_CUSTODY = re.compile(
    r"\b(?:Hospital|Clinic|Infirmary|Courthouse|Jail|Prison|Penitentiary|"
    r"(?:Medical|Trauma|Health|Correctional|Detention|Justice)\s+Cent(?:er|re)|"
    r"(?:Superior|District|Bond|Circuit|Municipal|Supreme|Criminal|Family|Magistrates['’]?|Trial|Crown|Juvenile|"
    r"Federal|Appeals|Sessions)\s+Court)$", re.I)


def care_or_custody(surface: str) -> bool:
    """"Lutheran Medical Center", "Central Bond Court", "Cook County Jail": a hospital, court or
    jail, where those an incident hurt or accused are taken afterwards."""
    return _CARE_OR_CUSTODY.search(surface.strip()) is not None


# "EMS took the victim to UK Hospital", "was transported to Children's of Alabama hospital": a
# country's, state's or town's name inside the name of the hospital the hurt were taken to, and
# the town such a hospital is in ("died at University Hospital in Newark")
_CARRIED = r"\b(?:taken|took|transported|rushed|driven|drove|flown|airlifted|brought|admitted|treated|died|dead)\b"
_HOSPITAL_WORD = r"(?:hospital|medical(?:\s+cent(?:er|re))?|trauma\s+cent(?:er|re)|clinic|infirmary)\b"
_TAKEN_TO = re.compile(_CARRIED + r"(?:\s+\S+){0,4}?\s+(?:to|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){0,3}$")
_HOSPITAL_AFTER = re.compile(r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+" + _HOSPITAL_WORD, re.I)
_TAKEN_TO_HOSPITAL_IN = re.compile(_CARRIED + r"(?:\s+\S+){0,6}?\s+(?:to|at)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}" +
                                   _HOSPITAL_WORD + r"(?:\s+in|,)\s+$", re.I)


def in_a_hospitals_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is part of the name of a hospital someone was taken to
    ("taken to UK Hospital"), or the town such a hospital is in ("died at University Hospital in
    Newark"): where the hurt were treated, not where they were hurt."""
    before = text[max(0, start - 120):start]
    return bool(_HOSPITAL_AFTER.match(text, end)) and bool(_TAKEN_TO.search(before[-80:])) or \
        bool(_TAKEN_TO_HOSPITAL_IN.search(before))
