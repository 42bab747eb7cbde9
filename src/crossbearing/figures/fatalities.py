"""Fatalities (and injured) of the main event a text describes, ACLED-style.

A report may hold several killed figures: the event itself ("killed 18 people"), a subset
("including five women"), a repetition ("An ISWAP photoset showed the execution of seven"),
background ("relatives of reporters killed ten years ago") or a running total ("since
2014"). ACLED codes the event's own toll, the most conservative figure where reports
differ, 10 for an unknown plural ("several", "an unknown number"), and 0 when none.

``main_event_fatalities`` is the single public entry point the event extractor reuses; it
takes the quantities already extracted (or extracts them with the light splitter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..model import Quantity
from .grammar import sentence_quantities
from .sentences import split_sentences

UNKNOWN_PLURAL = 10  # ACLED: "several", "many", "unknown number" of fatalities → 10

_BACKGROUND = re.compile(
    r"\b(?:ago|anniversary|commemorat\w*|memorial|in memory of|demand(?:ing|ed)? justice|"
    r"justice for|funeral|burial|buried|trial|sentenced|convicted|accused of (?:the )?(?:killing|murder)|"
    r"charged with|suspected of|responsible for the (?:killing|death)|last (?:year|month|week)|"
    r"previous(?:ly)?|earlier this (?:year|month)|in (?:19|20)\d\d|mourn\w*|vigil|"
    r"(?:killing|killings|death|deaths|murder|murders) of|threat(?:ened|s)? to kill|"
    r"wanted for|arrest(?:ed)? (?:over|for|in connection)|condemn\w*|denounc\w*)\b",
    re.I,
)
_EXPLICIT = re.compile(
    r"\b(?:fatalities|deaths?)\s+(?:were\s+)?coded\s+(?:to|as|at)\s+(\d+)|"
    r"\b(?:coded|recorded)\s+(?:as\s+)?(\d+)\s+fatalit",
    re.I,
)
_UNKNOWN_DEAD = re.compile(
    r"\b(?:unknown|unspecified|undisclosed|unconfirmed)\s+(?:number\s+of\s+)?(?:\w+\s+){0,3}?"
    r"(?:fatalities|deaths|casualties|dead|killed)|\bkill(?:ed|ing)\s+(?:and\s+\w+\s+)?"
    r"(?:an?\s+)?(?:unknown|unspecified|undisclosed)\s+number|\bsuffered\s+(?:heavy\s+)?"
    r"(?:losses|casualties)",
    re.I,
)
_NO_DEAD = re.compile(r"\bno\s+(?:reported\s+)?(?:fatalities|deaths|casualties|one\s+(?:was\s+)?killed|"
                      r"(?:\w+\s+)?(?:were\s+)?killed)\b|\bwithout\s+(?:any\s+)?(?:fatalities|casualties)", re.I)
_SINGLE_DEATH = re.compile(
    r"\b(?:was|were|been|is)\s+(?:\w+\s+){0,2}(?:killed|shot dead|shot and killed|pronounced dead|"
    r"found dead|murdered|fatally (?:shot|wounded|injured|stabbed)|stabbed to death|beaten to death|"
    r"gunned down|slain)\b|\b(?:died|dies)\b(?!\s+(?:down|out))|\bdeath of (?:a|an|the)\b|"
    r"\bfatal(?:ly)? shoot|\bbody (?:of|was)\b|\bhis body\b|\bher body\b|\bkilled (?:a|an|the|his|her)\b",
    re.I,
)
_SINGLE_INJURY = re.compile(
    r"\b(?:was|were|been|is|got)\s+(?:\w+\s+){0,2}(?:shot|wounded|injured|hurt|struck|grazed|hit)\b|"
    r"\bshot (?:him|her|himself|herself|a|an|the|his|her)\b|\b(?:gunshot|bullet) wounds?\b|"
    r"\bnon-?life[- ]threatening\b|\bin (?:critical|serious|stable|fair|good) condition\b|"
    r"\b(?:taken|transported|rushed|flown) to (?:a |the )?(?:\w+ ){0,3}(?:hospital|medical)",
    re.I,
)


@dataclass
class Toll:
    """The counted figure for one event, and the quantities it rests on (the evidence)."""

    value: int
    quantities: list[Quantity] = field(default_factory=list)
    reason: str = ""


def text_quantities(text: str, article_id: str = "",
                    sentences: Optional[Iterable[tuple[int, int]]] = None) -> list[Quantity]:
    """All quantities of ``text``, sentence by sentence (light splitter by default)."""
    out: list[Quantity] = []
    for s, e in (sentences if sentences is not None else split_sentences(text)):
        out.extend(sentence_quantities(text, s, e, article_id))
    return out


def _count(q: Quantity) -> Optional[int]:
    if q.best is not None:
        return int(q.best)
    if q.low is not None and not q.vague:
        return int(q.low)
    if q.vague:
        return UNKNOWN_PLURAL
    return None


def _sentence_of(pos: int, sents: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i
    return -1


def main_event_count(text: str, kind: str = "killed", quantities: Optional[list[Quantity]] = None,
                     sentences: Optional[list[tuple[int, int]]] = None, *,
                     max_sentences: Optional[int] = None, singular_fallback: bool = False) -> Toll:
    """The main event's count of ``kind`` (killed, injured, ...): 0 when the text gives none.

    Within one sentence the figures of different victims add up ("seven men and three
    women"); across sentences the largest stands (later sentences mostly repeat or
    break down the toll). Aggregates, subsets and background mentions are left out.
    """
    sents = list(sentences) if sentences is not None else split_sentences(text)
    if max_sentences is not None:
        sents = sents[:max_sentences]
    if quantities is None:
        quantities = text_quantities(text, "", sents)
    if kind == "killed":
        m = _EXPLICIT.search(text)
        if m:
            return Toll(int(m.group(1) or m.group(2)), [], "explicit coded figure")
    per_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        if q.kind != kind or q.aggregate:
            continue
        si = _sentence_of(q.span.start, sents)
        if si < 0:
            continue
        s, e = sents[si]
        sent = text[s:e]
        if _BACKGROUND.search(sent) and not re.search(r"\b(?:on|around)\s+\d{1,2}\s+\w+\s+(?:19|20)\d\d\b", sent[:30]):
            if _background_near(text, q, s):
                continue
        per_sentence.setdefault(si, []).append(q)
    best_val, best_qs = None, []
    for si, qs in per_sentence.items():
        total = sum(c for c in (_count(q) for q in qs) if c is not None)
        if best_val is None or total > best_val:
            best_val, best_qs = total, qs
    if best_val is not None:
        return Toll(best_val, best_qs, "figures in text")
    if kind == "killed":
        scope = text if max_sentences is None else text[:sents[-1][1]] if sents else ""
        if _UNKNOWN_DEAD.search(scope) and not _NO_DEAD.search(scope):
            return Toll(UNKNOWN_PLURAL, [], "unknown number of fatalities")
        if singular_fallback and _SINGLE_DEATH.search(scope) and not _NO_DEAD.search(scope):
            return Toll(1, [], "a death without a number")
    if kind == "injured" and singular_fallback:
        scope = text if max_sentences is None else text[:sents[-1][1]] if sents else ""
        if _SINGLE_INJURY.search(scope):
            return Toll(1, [], "an injury without a number")
    return Toll(0, [], "no figure")


def _background_near(text: str, q: Quantity, sent_start: int) -> bool:
    """A background cue in the clause around the figure (not anywhere in the sentence)."""
    lo = max(sent_start, q.span.start - 80)
    window = text[lo:q.span.end + 60]
    return bool(_BACKGROUND.search(window))


def main_event_fatalities(text: str, quantities: Optional[list[Quantity]] = None,
                          sentences: Optional[list[tuple[int, int]]] = None) -> Toll:
    """ACLED ``fatalities`` for the event ``text`` describes (an ACLED note or a short report)."""
    return main_event_count(text, "killed", quantities, sentences)
