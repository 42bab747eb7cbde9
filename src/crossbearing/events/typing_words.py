"""The wording the typing rules read (``typing`` in ``data/lang/en/events.json``): each entry a
list of regular expressions, compiled once into one pattern per rule."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def typing_patterns() -> dict[str, re.Pattern]:
    from ..lang import table

    raw = table("events", "en").get("typing", {})
    return {k: re.compile("|".join(f"(?:{p})" for p in v), re.I) for k, v in raw.items() if isinstance(v, list)}


def says(kind: str, text: str) -> bool:
    """Whether ``text`` has the wording of typing rule ``kind`` (``typing`` in events.json)."""
    return bool(typing_patterns()[kind].search(text))
