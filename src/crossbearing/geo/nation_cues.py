"""The country a story is set in, read from the words of that country's legal and policing
system ("the Sheriff's Office", "a $30,000 bond", "aggravated assault"): where neither the
dateline nor the outlet's domain says it, a local story that uses several such words frames its
place names in that country (``focus.article_focus``). Language data:
``data/lang/en/nation_cues.json``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lang import table


@lru_cache(maxsize=4)
def _cues(lang: str = "en") -> tuple[int, tuple[tuple[str, tuple[re.Pattern, ...]], ...]]:
    data = table("nation_cues", lang)
    return int(data["min_distinct"]), tuple(
        (cc, tuple(re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I) for p in pats))
        for cc, pats in data["countries"].items())


def cued_country(text: str, lang: str = "en") -> Optional[str]:
    """The ISO code of the one country whose legal and policing words the text uses at least
    ``min_distinct`` different ones of, or None (none, or two countries as many)."""
    need, countries = _cues(lang)
    counts = {cc: sum(1 for p in pats if p.search(text)) for cc, pats in countries}
    top = max(counts.values(), default=0)
    best = [cc for cc, n in counts.items() if n >= need and n == top]
    return best[0] if len(best) == 1 else None
