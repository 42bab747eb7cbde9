"""Counts that are parts of another count of one sentence: "30 children were among 39 people
killed" (the 30 are among the 39), and every part of a list of parts ("25 people including
seven women and a child were killed": the child too). Run by ``grammar.sentence_quantities``."""

from __future__ import annotations

import re

from ..model import Quantity
from .lexicon import FATE_RE

# "At least 30 children were among 39 people killed": the first count is a part of the second
_AMONG_GAP = re.compile(r"\s*,?\s*(?:who\s+)?(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+"
                        r"(?:the\s+)?(?:(?:at\s+least|more\s+than|some|over|nearly)\s+)?$", re.I)
# the words between two parts of one list ("seven women and a child", "two doctors, a nurse")
# (not ", and", which may open a clause of its own: "including two officers, and three civilians died")
_PART_LIST_GAP = re.compile(r"(?:\s+[\w'’-]+){1,3}(?:\s*,\s*|\s+and\s+)", re.I)
VERB_IN_GAP = re.compile(r"\b(?:were|was|is|are|had|has|have|been|be|being)\b", re.I)


def continues_parts(gap: str) -> bool:
    """The words between a part and the next count only close the part's noun and join the
    next ("women and ", "doctors, "): no verb of their own ("officers were killed and ")."""
    return bool(_PART_LIST_GAP.fullmatch(gap)) and not FATE_RE.search(gap) and not VERB_IN_GAP.search(gap)


PEOPLE_FATES = ("killed", "injured", "casualties", "shot", "arrested", "abducted", "missing", "displaced")


def parts_among(out: list[Quantity], text: str) -> list[Quantity]:
    """A count the sentence says is among the next one ("30 children were among 39 people
    killed") is that figure's ``of_which``, not more people."""
    keep: list[Quantity] = []
    for q, nxt in zip(out, out[1:] + [None]):
        if nxt is not None and nxt.kind in PEOPLE_FATES and q.kind in ("count", nxt.kind) and \
                q.best is not None and nxt.number_span is not None and \
                _AMONG_GAP.fullmatch(text[q.span.end:nxt.number_span.start]):
            nxt.of_which[q.subject or "others"] = q.best
            continue
        keep.append(q)
    return keep
