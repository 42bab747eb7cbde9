"""Finding who a sentence attributes its content to: cues, claimants, hedges and quotes.

Pure text functions over one sentence (with the article around it for context); the
article-level bookkeeping — pronouns, quotes that span sentences, canonical names — lives
in ``claims``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..lang import table

# Reporting verbs and hedges are language data: data/lang/en/attribution.json.
CUE_RE = re.compile(table("attribution")["attribution_cues"], re.I)
HEDGE_RE = re.compile(table("attribution")["hedges"], re.I)
GUILT_HEDGED_RE = re.compile(table("attribution")["guilt_hedged"], re.I)
UNNAMED_RE = re.compile(
    r"\b(?:an?\s+|the\s+|some\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:sources?|officials?|witness(?:es)?|eyewitness(?:es)?|residents?|activists?|friends?|relatives?|"
    r"neighbou?rs?|family|families|investigators?|detectives?|deputies|officers?|prosecutors?|"
    r"coroners?|medical examiners?|paramedics?|firefighters?|troopers?|spokespeople|"
    r"spokes(?:man|woman|person)|observers?|medics?|doctors?|police|authorities|"
    r"security forces|military|army|ministry|monitor(?:ing group)?|group|organi[sz]ation|"
    r"agency|media(?: outlets)?|outlets?|reports?|statement|people familiar)\b",
    re.I,
)
PRONOUN_RE = re.compile(r"^(?:he|she|they|it|the group|the monitor|the organi[sz]ation|the ministry|"
                        r"the agency|the official|the general|the commander|the spokes(?:man|woman|person))$",
                        re.I)
ROLE_WORDS = r"head|chief|commander|spokes(?:man|woman|person)|minister|general|director|official|" \
             r"leader|president|governor|officer|envoy|ambassador|representative|secretary|colonel"
_QUOTE_PAIRS = (("“", "”"), ("\"", "\""), ("«", "»"))


@dataclass
class CueHit:
    cue: str
    start: int  # offsets into the article text
    end: int


@dataclass
class SourceGuess:
    """The words naming a claimant, before any resolution."""

    text: str
    start: int
    end: int
    via: str  # "subject", "according", "inverted", "passive"
    role: Optional[str] = None
    role_span: Optional[tuple[int, int]] = None


@dataclass
class SentenceAttribution:
    cue: Optional[CueHit] = None
    source: Optional[SourceGuess] = None
    hedges: list[tuple[str, int, int]] = field(default_factory=list)


def find_quotes(text: str, max_len: int = 1500) -> list[tuple[int, int]]:
    """Spans of direct quotes (inside the quote marks), curly, straight or guillemets."""
    spans: list[tuple[int, int]] = []
    for open_q, close_q in _QUOTE_PAIRS:
        i = 0
        while True:
            a = text.find(open_q, i)
            if a < 0:
                break
            b = text.find(close_q, a + 1)
            if b < 0:
                break
            # Scare quotes ("the IS “army”") are not speech: a quote has four words or more.
            if 2 <= b - a - 1 <= max_len and "\n\n" not in text[a + 1:b] and len(text[a + 1:b].split()) >= 4:
                spans.append((a + 1, b))
            i = b + 1
    spans.sort()
    return spans


def hedges_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Hedging words in ``text[start:end]`` outside quotes' own speech is not distinguished.
    A hedge on who the attacker is ("an alleged gunman killed three") is left out: it presumes
    innocence and doubts nothing of what happened."""
    seg = text[start:end]
    guilt = {m.start() for m in GUILT_HEDGED_RE.finditer(seg)}
    return [(m.group(0).lower(), start + m.start(), start + m.end()) for m in HEDGE_RE.finditer(seg)
            if m.start() not in guilt]


def _clause_before(sent: str, pos: int) -> tuple[int, str]:
    """The subject clause ending at ``pos``: back to the last comma, quote, 'that' or start."""
    head = sent[:pos]
    cut = max(head.rfind(","), head.rfind("“"), head.rfind("”"), head.rfind(";"), head.rfind("\""),
              head.rfind(" that "), head.rfind("("))
    if cut >= 0 and head[cut:].startswith(" that "):
        cut += 5
    # An appositive ("Lapin, the Russian chief of staff in Syria, announced") belongs to the subject.
    m = re.search(r"([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}),\s+(?:the\s+|a\s+)?[^,]{3,90},\s*$", head)
    if m and (cut < 0 or m.start() < cut):
        return m.start(), head[m.start():]
    start = cut + 1 if cut >= 0 else 0
    return start, head[start:]


def _trim(start: int, phrase: str) -> tuple[int, str]:
    lead = len(phrase) - len(phrase.lstrip(" \t\n“\"'(–—-"))
    phrase = phrase[lead:]
    phrase = phrase.rstrip(" ,;:“”\"'–—-\n")
    return start + lead, phrase


def attribute(text: str, s: int, e: int) -> SentenceAttribution:
    """Cue, source words and hedges of sentence ``text[s:e]`` (offsets into ``text``)."""
    sent = text[s:e]
    out = SentenceAttribution(hedges=hedges_in(text, s, e))
    quotes = [(a - s, b - s) for a, b in find_quotes(sent)]
    for m in CUE_RE.finditer(sent):
        if any(a <= m.start() < b for a, b in quotes):
            continue  # a cue word inside someone's quoted speech
        cue = m.group(0).lower()
        guess = _source_for(sent, m, cue)
        if guess is None and cue in ("reported", "reports", "claims", "claim", "cited", "estimated",
                                     "documented", "alleged", "noted", "notes", "states"):
            continue  # "(as reported)", "estimated 300 people": not attribution on its own
        out.cue = CueHit(cue, s + m.start(), s + m.end())
        if guess:
            out.source = SourceGuess(guess.text, s + guess.start, s + guess.end, guess.via, guess.role,
                                     (s + guess.role_span[0], s + guess.role_span[1]) if guess.role_span else None)
        break
    return out


def _source_for(sent: str, m: re.Match, cue: str) -> Optional[SourceGuess]:
    if cue in ("according to", "quoted by", "citing", "cited"):
        rest = sent[m.end():]
        stop = re.search(r"[,.;:“”\"]|\s(?:that|who|which)\s|$", rest)
        phrase = rest[:stop.start()] if stop else rest
        phrase = re.sub(r"^\s*(?:an?|the)?\s*(?:\w+\s+)?(?:report|statement|tally|count|figures?|data|"
                        r"toll)\s+(?:by|from|of|issued by|released by)\s+", " ", phrase, flags=re.I)
        if cue == "quoted by":
            return _subject_source(sent, m)
        _, phrase = _trim(0, phrase)
        if not phrase.strip():
            return None
        idx = sent.find(phrase, m.end())
        return SourceGuess(phrase, idx, idx + len(phrase), "according")
    if cue in ("added", "adds", "said", "says", "say", "told", "tells", "stated", "announced",
               "claimed", "claims", "reported", "quoted", "confirmed", "denied", "noted", "explained",
               "warned", "insisted", "asserted", "declared", "revealed", "wrote", "tweeted",
               "stressed", "emphasised", "emphasized", "acknowledged", "admitted", "argued",
               "disclosed", "alleged", "estimated", "documented", "accused", "notes", "states",
               "announces", "denies", "confirms", "alleges", "claiming", "telling", "saying",
               "announcing", "reporting", "pointed out"):
        # Inverted order: "..., said Lapin" / "”, he said" is handled as subject.
        after = sent[m.end():]
        inv = re.match(r"\s+((?:(?:Lt|Lieut|Gen|Col|Maj|Capt|Dr|Mr|Mrs|Ms)\.?\s+)*[A-Z][\w'’.-]+"
                       r"(?:\s+(?:al-|bin\s+)?[A-Z][\w'’-]+){0,3})", after)
        before_start, before = _clause_before(sent, m.start())
        if not before.strip() and inv and cue in ("said", "says", "added", "told", "stated", "wrote"):
            return SourceGuess(inv.group(1), m.end() + inv.start(1), m.end() + inv.end(1), "inverted")
        return _subject_source(sent, m)
    return None


def _subject_source(sent: str, m: re.Match) -> Optional[SourceGuess]:
    before_start, before = _clause_before(sent, m.start())
    before = re.sub(r"\s+(?:has|have|had)\s+been\s+quoted(?:\s+by\s+[^,]+?)?\s*$", "", before)
    before = re.sub(r"\s+(?:has|have|had)\s+been\s*$", "", before)
    before = re.sub(r"\s+(?:also|later|then|further|has|have|had|was|were|is|reportedly|"
                    r"previously|earlier|officially|publicly)\s*$", "", before)
    before = re.sub(r"\s+(?:also|later|has|have|had)\s*$", "", before)
    st, phrase = _trim(before_start, before)
    if not phrase or len(phrase) > 160:
        return None
    role = None
    role_span = None
    rm = re.search(r"^(.*?\S)\s*(?:,|–|—|\s-)\s*((?:the\s+|a\s+)?[^,–—]{3,90}?)\s*(?:,|–|—|-)?\s*$", phrase)
    if rm and re.search(rf"\b(?:{ROLE_WORDS})\b", rm.group(2), re.I) and re.match(r"[A-Z]", rm.group(1)):
        role = rm.group(2).strip()
        role_span = (st + rm.start(2), st + rm.start(2) + len(rm.group(2)))
        phrase = rm.group(1)
    return SourceGuess(phrase, st, st + len(phrase), "subject", role, role_span)
