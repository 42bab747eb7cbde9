"""Names the wording itself marks as places, known to the gazetteer or not: "the village of
al-Shahabat", "the towns of Haris and Varzaqan"."""

from __future__ import annotations

import re
from typing import Optional

from .normalise import ARABIC_ARTICLES, CALENDAR_WORDS

# "the village of al-Shahabat": a name the wording marks as a place, known to the gazetteer or not.
_MARKED = re.compile(
    r"\b(?:village|town|city|hamlet|suburb|neighbou?rhood|district|province|governorate|region|area|camp|"
    r"towns|villages|cities) of (?:the )?"
    r"((?:(?:%s)[-‐‑ ])?(?:(?:St|Ste|Mt|Ft)\.\s)?[A-Z][\w'’‐‑-]+(?:[ -](?:(?:%s)[-‐‑])?(?:[A-Z][\w'’-]+|%s)){0,2})" % (
        "|".join(ARABIC_ARTICLES), "|".join(ARABIC_ARTICLES), r"(?:[A-Z]\.){2,}"))
# (a saint's or a fort's abbreviation opens a name, "the city of St. Louis"; a word in initials
# ends one with its last full stop, "the neighborhood of South L.A.")


# capitalised words that end a marked name where a sentence runs on: "the city of Aleppo
# Monday killing …", "neighborhood of Aleppo The number of …" (a headline's lost full stop)
_RUN_ON = CALENDAR_WORDS | {
           "the", "a", "an", "on", "in", "at", "but", "and", "as", "he", "she", "it", "they", "we", "this",
           "that", "these", "those", "there", "his", "her", "their", "its", "local", "police", "residents"}


# the next name of a list after a plural kind: "the towns of Haris and Varzaqan", "the villages
# of Kafr Nabl, Binnish and Taftanaz"
_MARKED_NEXT = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+)((?:(?:%s)[-‐‑ ])?[A-Z][\w'’‐‑-]+(?:[ -][A-Z][\w'’-]+){0,2})" % (
    "|".join(ARABIC_ARTICLES)))


# "in the West Side Austin neighborhood", "the Harlem Park neighborhood": a name the noun after it
# marks as a part of a town (a direction or side before it is no part of the name)
_BEFORE_NEIGHBOURHOOD = re.compile(
    r"\bthe\s+(?:(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast|Near\s+(?:North|South|West))"
    r"(?:\s+Side)?\s+)?((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)\s+neighbou?rhood\b")


def marked_names(text: str) -> list[tuple[int, int]]:
    """The names the wording marks as places: "the village of …", "the … neighborhood", and
    each name of a list after a plural kind ("the towns of Haris and Varzaqan")."""
    out = [m.span(1) for m in _BEFORE_NEIGHBOURHOOD.finditer(text)
           if m.group(1).split()[0].lower() not in _RUN_ON]
    for m in _MARKED.finditer(text):
        span = _marked_name(text, m)
        if span is None:
            continue
        out.append(span)
        if not m.group(0).split(" ", 1)[0].endswith("s") or m.group(0).startswith(("camp", "area")):
            continue
        while True:
            nxt = _MARKED_NEXT.match(text, out[-1][1])
            span = _marked_name(text, nxt) if nxt is not None else None
            if span is None or span[0] != nxt.start(1):
                break
            out.append(span)
    return out


def _marked_name(text: str, m: re.Match) -> Optional[tuple[int, int]]:
    """The name a "village of …" pattern caught, cut before a run-on word."""
    s, e = m.start(1), m.end(1)
    words = list(re.finditer(r"[^\s]+", text[s:e]))
    for i, w in enumerate(words):
        if i > 0 and w.group(0).lower().strip(".,;:") in _RUN_ON:
            e = s + words[i - 1].end()
            break
    return (s, e) if e > s else None
