"""Fatalities (and injured) of the main event a text describes, ACLED-style.

A report may hold several killed figures: the event itself ("killed 18 people"), a subset
("including five women"), a repetition ("An ISWAP photoset showed the execution of seven"),
background ("relatives of reporters killed ten years ago") or a running total ("since
2014"). ACLED codes the event's own toll, the most conservative figure where reports
differ, 10 for an unknown plural ("several", "an unknown number"), and 0 when none.

``main_event_count`` is the public entry point; it takes the quantities already extracted
(or extracts them with the light splitter).
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
    r"earlier this (?:year|month)|in (?:19|20)\d\d|mourn\w*|vigil|"
    r"threat(?:ened|s)? to kill|"
    r"wanted for|arrest(?:ed)? (?:over|for|in connection)|condemn\w*|denounc\w*)\b",
    re.I,
)
_PROTEST_BACKGROUND = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied)|march(?:ed|ing)|gathered|sit-in|strike)\b[^.]*"
    r"\b(?:killing|killings|death|deaths|murder|murders|assassination)\s+of\b", re.I)
_ADDITIVE = re.compile(r"\b(?:also|another|additionally|in addition|further|separately|meanwhile|"
                       r"later|other|as well)\b", re.I)
_CONFLICT = re.compile(r"\b(?:other|another|different|conflicting|separate)\s+(?:reports?|sources?|accounts?)\b|"
                       r"\bclaim(?:ed|s)?\b", re.I)
# "Four soldiers were killed amid reports that dozens of fighters died": the wider toll told
# after "amid reports" is another account that holds the first count, not more victims
_AMID_REPORTS = re.compile(r"\bamid\s+(?:unconfirmed\s+|conflicting\s+|other\s+)?(?:reports?|claims?|accounts?)\b", re.I)
_CLAIMED = re.compile(r"\b(?:claim\w*|said|say|says|reported|according|sources?|reports)\b", re.I)
_PROTEST = re.compile(r"\b(?:protest(?:s|ed|ing)?\b|demonstrations?\b|demonstrated|rall(?:y|ied)|march(?:ed|ing)?\b(?! 20)|"
                      r"gathered|sit-in|blocked|demanding|demanded)", re.I)
_GRIEVANCE = re.compile(r"\b(?:family members|relatives|kin|friends|colleagues|supporters)\s+of\b|"
                        r"\bdemand(?:ed|ing)?\b|\bprotest\w*|\bjustice\b", re.I)
_EXPLICIT = re.compile(
    r"\b(?:fatalities|deaths?|casualties)\s+(?:were\s+|are\s+)?coded\s+(?:to|as|at)\s+(\d+)|"
    r"\b(?:coded|recorded)\s+(?:as\s+)?(\d+)\s+fatalit|"
    r"(?:^|[.;]\s+|\n)(\d+)\s+(?:total\s+)?fatalit(?:y|ies)\s*(?:[.;]|$)",
    re.I,
)
_SPLIT = re.compile(r"\b(?:are\s+|were\s+)?split\s+(?:evenly\s+)?(?:between|across|among|over)\s+(\d+|two|three|four|five|six|"
                    r"seven|eight|nine|ten)\s+(?:\w+\s+)?(?:locations|events|days|places|villages|dates)", re.I)
_WORDN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_UNKNOWN_DEAD = re.compile(
    r"\b(?:unknown|unspecified|undisclosed|unconfirmed)\s+(?:number\s+of\s+)?"
    r"(?:fatalities|deaths|dead)|\b(?:unknown|unspecified|undisclosed)\s+number\s+of\s+"
    r"(?:\w+\s+){0,3}?(?:\w+\s+)?(?:were\s+|was\s+)?(?:killed|died|dead)|\bkill(?:ed|ing)\s+(?:and\s+\w+\s+)?"
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
    r"\bfatal(?:ly)? shoot|\bbody (?:of|was)\b|\bhis body\b|\bher body\b|\bkilled (?:a|an|the|his|her)\b|"
    r"\bdid not survive\b|\bpronounced (?:\w+ )?dead\b|\bshooting death\b|\bclaimed the life\b|"
    r"\bshot to death\b|\b(?:man|woman|boy|girl|teen|teenager|child|toddler|deputy|officer|trooper|"
    r"father|mother|son|daughter|student|driver|clerk|victim|suspect|gunman)\s+(?:is\s+|was\s+)?"
    r"(?:killed|dead|shot dead|fatally shot|slain|dies)\b|\bhomicide victim\b|\bdied\b",
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
                     max_sentences: Optional[int] = None, singular_fallback: bool = False,
                     background: bool = True) -> Toll:
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
            val = int(m.group(1) or m.group(2) or m.group(3))
            sp = _SPLIT.search(text)
            if sp:
                parts = _WORDN.get(sp.group(1).lower()) or int(sp.group(1))
                val = val // max(parts, 1)  # "coded as 10 and split between 5 locations"
            return Toll(val, [], "explicit coded figure")
    per_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        if q.kind != kind or q.aggregate:
            continue
        si = _sentence_of(q.span.start, sents)
        if si < 0:
            continue
        s, e = sents[si]
        sent = text[s:e]
        if background and "[size=" in text and (_PROTEST.search(sent) or _GRIEVANCE.search(sent)):
            continue  # ACLED marks protests with [size=...]: deaths in them are the grievance
        if background and (_PROTEST_BACKGROUND.search(sent) or _PROTEST.search(text[s:q.span.start])):
            continue  # a protest about a killing: the killing is the grievance, not the event
        if background and _BACKGROUND.search(sent) and not re.search(r"\b(?:on|around)\s+\d{1,2}\s+\w+\s+(?:19|20)\d\d\b", sent[:30]):
            if _background_near(text, q, s):
                continue
        if si in per_sentence and (_AMID_REPORTS.search(text[s:q.span.start]) or
                                   any(_told_again(p, q) for p in per_sentence[si])):
            continue
        per_sentence.setdefault(si, []).append(q)
    best_val, best_qs = None, []
    for si in sorted(per_sentence):
        qs = _first_place_only(text, per_sentence[si])
        total = sum(c for c in (_count(q) for q in qs) if c is not None)
        s, e = sents[si]
        sent = text[s:e]
        if best_val is None:
            best_val, best_qs = total, list(qs)
        elif _CONFLICT.search(sent):
            if total < best_val:  # another account of the same toll: the most conservative
                best_val, best_qs = total, list(qs)
        elif any(_additive_near(text, q, s) for q in qs):
            best_val, best_qs = best_val + total, best_qs + qs
        elif _CLAIMED.search(sent):
            if total < best_val:  # conflicting reports: the most conservative figure
                best_val, best_qs = total, list(qs)
        elif total > best_val:
            best_val, best_qs = total, list(qs)
    if best_val is not None:
        sp = _SPLIT.search(text) if kind == "killed" else None
        if sp:
            parts = _WORDN.get(sp.group(1).lower()) or int(sp.group(1))
            best_val = best_val // max(parts, 1)
        return Toll(best_val, best_qs, "figures in text")
    if kind == "killed":
        scope = text if max_sentences is None else text[:sents[-1][1]] if sents else ""
        if _UNKNOWN_DEAD.search(scope) and not _NO_DEAD.search(scope):
            return Toll(UNKNOWN_PLURAL, [], "unknown number of fatalities")
        if singular_fallback and not _NO_DEAD.search(scope) and _lone_death(scope, sents, background):
            return Toll(1, [], "a death without a number")
    if kind == "injured" and singular_fallback:
        scope = text if max_sentences is None else text[:sents[-1][1]] if sents else ""
        if _SINGLE_INJURY.search(scope):
            return Toll(1, [], "an injury without a number")
    return Toll(0, [], "no figure")


# the place a count of one sentence is told at, right after it ("17 terrorists in Kanasba")
_COUNT_PLACE = re.compile(r"[^,;.]{0,40}?\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:of\s+)?"
                          r"([A-Z][\w'’-]+)")


def _first_place_only(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A sentence that gives two counts each at a place of its own names two incidents ("the
    sorties killed 17 terrorists in Kanasba … and more than 50 terrorists in Daraa
    countryside"): the first one's count is the event's, not their sum. Counts of different
    victims at one place, or with no place each, still add up ("seven men and three women")."""
    places = [_COUNT_PLACE.match(text, q.span.end) for q in qs]
    named = [m.group(1).lower() for m in places if m is not None]
    if len(named) < 2 or len(set(named)) < 2:
        return qs
    return qs[:1]


def _told_again(first: Quantity, q: Quantity) -> bool:
    """The same toll told twice in one run-on sentence (a page's standfirst and lead joined:
    "At least 11 civilians including two children were killed … Almost a dozen civilians
    including two children were killed"): the same people and the same parts named."""
    def head(x: Quantity) -> str:  # the counted noun: the subject's last word
        words = (x.subject or "").lower().split()
        return words[-1] if words else ""
    return bool(q.of_which) and q.of_which == first.of_which and head(q) != "" and head(q) == head(first)


def _additive_near(text: str, q: Quantity, sent_start: int) -> bool:
    """'Additionally, 4 servicemen were killed', 'another 3 died', 'one man was also killed'."""
    before = text[max(sent_start, q.span.start - 40):q.span.start]
    after = text[q.span.end:q.span.end + 25]
    return bool(_ADDITIVE.search(before) or re.search(r"\b(?:also|as well)\b", after, re.I))


def _lone_death(text: str, sents: list[tuple[int, int]], background: bool = True) -> bool:
    """A death stated without a number ("The pilot died") that is the event, not a grievance."""
    if "[size=" in text:  # ACLED marks crowd size on protest events
        return False
    for m in _SINGLE_DEATH.finditer(text):
        if not background:
            return True
        si = _sentence_of(m.start(), sents)
        s = sents[si][0] if si >= 0 else 0
        if _PROTEST.search(text[s:m.start()]) or _PROTEST_BACKGROUND.search(text[s:m.end() + 40]):
            continue
        if _BACKGROUND.search(text[max(s, m.start() - 60):m.end() + 40]):
            continue
        return True
    return False


def _background_near(text: str, q: Quantity, sent_start: int) -> bool:
    """A background cue in the clause around the figure (not anywhere in the sentence)."""
    lo = max(sent_start, q.span.start - 80)
    window = text[lo:q.span.end + 60]
    return bool(_BACKGROUND.search(window))
