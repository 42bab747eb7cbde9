"""A light, rule-based sentence splitter with character offsets.

The fatalities evaluation reads thousands of short notes; loading spaCy for that is slow
and buys little, since figures rarely straddle a sentence boundary. The extractors use the
spaCy sentences instead (``analysis.sentences``).
"""

from __future__ import annotations

import re
from typing import Optional

_ABBREV = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "cpl",
           "gov", "sen", "rep", "jr", "sr", "no", "vs", "etc", "u.s", "u.n", "u.k", "inc", "co",
           "corp", "ltd", "mt", "ft", "ave", "blvd", "rd", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "approx", "est",
           "lieut", "adm", "brig", "prof", "rev", "hon", "pres", "supt", "insp", "det", "ofc",
           "dept", "univ", "i.e", "e.g", "al", "fig"}
# (the last alternative: scraped pages often lose the space between paragraphs, "…according to
# officials.Lincoln County Sheriff …": a sentence end glued to a capitalised word)
_BOUNDARY = re.compile(r"(?<=[.!?])(?P<close>[\"”’')\]]*)\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“\"])|"
                       r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2})")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``[(start, end), ...]`` covering the non-blank sentences of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        words = text[max(start, cut - 12):cut].split()
        token = words[-1].rstrip(".!?\"”’')]").lower() if words else ""
        if "\n\n" not in m.group(0) and (token in _ABBREV or re.fullmatch(r"[a-z]", token or "x!")
                                   or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token or "x!")):
            continue  # "Lt. Gen. Lapin", "U.S. forces", "J. Smith"
        _add(text, start, m.end("close") if m.group("close") is not None else m.start(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


# How far into the text a page's own headline may start (after a date stamp, a section name, a
# byline) to be taken for the headline told again.
HEADLINE_WITHIN_CHARS = 300


def headline_at(text: str, title: Optional[str]) -> Optional[tuple[int, int]]:
    """Where the page's headline is told again near the top of its text, as ``(start, end)``:
    scraped pages often carry the headline as the body's first line, and often lose the line
    break after it ("… at least 126 Observatory The death toll from a bomb attack …"). None
    when the title (of three words or more) is not there."""
    head = " ".join((title or "").split())
    if len(head.split()) < 3:
        return None
    at = text.find(head, 0, HEADLINE_WITHIN_CHARS + len(head))  # so it starts by that many characters
    return None if at < 0 else (at, at + len(head))


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    seg = text[start:end]
    if not seg.strip():
        return
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    spans.append((start + lead, end - trail))


# A dash that sets off an aside: two hyphens, an em dash, or a spaced en dash (not a hyphen).
_ASIDE_DASH = re.compile(r"--|\u2014|\s\u2013\s")


def in_aside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits in an aside its sentence sets off by dashes or
    brackets ("a man -- he had served time for the death of his son -- killed six"): told in
    passing, so a count there is not the sentence's own toll."""
    end = start + len(text[start:end].rstrip("-\u2013\u2014 "))  # a span may end on the dash itself
    before = re.split(r"[.!?]\s", text[max(0, start - 200):start])[-1]
    after = re.split(r"[.!?]\s", text[end:end + 200])[0]
    if len(_ASIDE_DASH.findall(before)) % 2 == 1 and _ASIDE_DASH.search(after):
        return True
    return before.rfind("(") > before.rfind(")") and ")" in after
