"""Trigger lexicon: the words that say *what happened*, grouped by the ACLED sub-type they
point at.

Each cue is a regular expression over lower-cased text. A cue names the sub-event type it
suggests and how sure it is on its own (``strong`` cues are used as rules when they fire
alone; weak ones only feed the classifier). The same cues give news sentences their
trigger span, and their names become classifier features (``cue_airstrike``), which is what
lets a small linear model separate, say, shelling from air strikes from IEDs with few
examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..prefilter import fold, may_match, needles


@dataclass(frozen=True)
class Cue:
    name: str
    sub_event_type: str | None  # the ACLED sub-type it points at (None: only a feature)
    pattern: re.Pattern
    strong: bool = False


def _load_cues(lang: str = "en") -> tuple[Cue, ...]:
    from ..lang import table

    return tuple(Cue(c["name"], c["sub_event_type"], re.compile(c["pattern"], re.I), bool(c.get("strong")))
                 for c in table("events", lang)["cues"])


# "the death of its founder": a group's leader who died is no killing told (a lookahead after a
# death word; the ``killed`` cue of events.json holds the same words)
NOT_A_LEADERS_DEATH = r"(?! of (?:its|their) (?:[\w-]+ ){0,2}?(?:leader|founder|commander|chief|emir|head)\b)"

# The cues are language data: data/lang/en/events.json (names, sub-types, patterns, strength).
CUES: tuple[Cue, ...] = _load_cues()

CUES_BY_NAME: dict[str, Cue] = {c.name: c for c in CUES}
# each cue with the words one of which its every match holds: a sentence with none is not scanned
_SCREENED: tuple[tuple[Cue, frozenset[str] | None], ...] = tuple((c, needles(c.pattern)) for c in CUES)


@dataclass(frozen=True)
class Hit:
    cue: str
    start: int
    end: int
    sub_event_type: str | None
    strong: bool


def find_cues(text: str) -> list[Hit]:
    """Every cue occurrence in ``text``, in text order (offsets into ``text``)."""
    return list(_cues_in(text))


@lru_cache(maxsize=256)
def _cues_in(text: str) -> tuple[Hit, ...]:
    # detection, typing and roles each read the cues of the same sentences: the last few
    # hundred texts' hits are kept (hits are frozen, so callers cannot change them)
    folded = fold(text)
    hits = [Hit(c.name, m.start(), m.end(), c.sub_event_type, c.strong)
            for c, lits in _SCREENED if may_match(lits, folded) for m in c.pattern.finditer(text)]
    return tuple(sorted(hits, key=lambda h: (h.start, -h.end)))


def cue_tokens(text: str) -> str:
    """Classifier feature string: one token per cue that fires, plus the notes' size tag."""
    toks = [f"cue_{h.cue}" for h in find_cues(text)]
    m = re.search(r"\[size=([^\]]*)\]", text)
    if m:
        size = m.group(1).strip().lower()
        toks.append("size_" + ("noreport" if "no report" in size else "given"))
    return " ".join(toks)
