"""Language data: the lexicons the extractors read (cues, triggers, death words, hedges,
boilerplate), kept as JSON files under ``data/lang/<code>/`` rather than in code, so another
language is added by writing files of the same shape. ``table("events", "en")`` returns one
file's content; every regular expression in it is a plain string the caller compiles."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "lang"


@lru_cache(maxsize=32)
def table(name: str, lang: str = "en") -> dict[str, Any]:
    """The parsed ``data/lang/<lang>/<name>.json``; a missing or broken file is a clear error."""
    path = DATA / lang / f"{name}.json"
    if not path.exists():
        raise FileNotFoundError(f"no {name!r} lexicon for language {lang!r}: expected {path}")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not valid JSON ({exc}); fix the file or restore it from the package") from exc


def joined(name: str, key: str, lang: str = "en") -> str:
    """A list of alternatives in one table joined into one regex alternation ("a|b|c")."""
    return "|".join(table(name, lang)[key])
