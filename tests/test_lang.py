"""Language data (``data/lang/<code>/*.json``): every file parses, every pattern compiles,
and a missing language is a clear error, not a silent empty lexicon."""

import json
import re

import pytest

from crossbearing.lang import DATA, table


def _patterns(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _patterns(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k in ("pattern",) or k not in ("about", "name", "sub_event_type", "strong"):
                yield from _patterns(v)


@pytest.mark.parametrize("path", sorted((DATA / "en").glob("*.json")), ids=lambda p: p.name)
def test_every_english_lexicon_parses_and_compiles(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data.get("about"), f"{path.name} says what it is for in 'about'"
    for key, value in data.items():
        if key == "about":
            continue
        for p in _patterns(value):
            re.compile(p, re.I)


@pytest.mark.parametrize("path", sorted((DATA / "en").glob("*.json")), ids=lambda p: p.name)
def test_no_pattern_holds_a_control_character_a_single_backslash_made(path):
    """JSON reads a single "\\b" as a backspace, "\\t" as a tab: a pattern written with one
    backslash compiles and silently never matches its word boundary."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, value in data.items():
        if key == "about":
            continue
        for p in _patterns(value):
            assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", p), f"{path.name}: {p[:80]!r}"


def test_event_cue_names_are_unique_and_sub_types_known():
    from crossbearing.events.taxonomy import SUB_TO_TYPE

    cues = table("events")["cues"]
    names = [c["name"] for c in cues]
    assert len(names) == len(set(names))
    assert all(c["sub_event_type"] is None or c["sub_event_type"] in SUB_TO_TYPE for c in cues)


def test_a_missing_language_is_a_clear_error():
    with pytest.raises(FileNotFoundError, match="no 'events' lexicon for language 'xx'"):
        table("events", "xx")
