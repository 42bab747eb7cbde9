"""JSON Lines: one article per line (``text`` required; ``title``, ``url``, ``outlet``,
``published`` optional).

Every line is read on its own: a line that is not UTF-8, not JSON, nested too deeply, holds
an over-long number or a lone surrogate, or has no text is reported with its line number,
and the lines after it are still read. The file is read as bytes and split on newlines, so
a bad byte costs exactly its own line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Union

from ..model import Article
from ..safetext import first_surrogate
from .core import IngestError, Unreadable
from .text import article_from_text

# Longest integer or number literal accepted in a record (Python refuses ints of more than
# 4,300 digits anyway; nothing in an article record needs more than a few dozen).
MAX_NUMBER_CHARS = 100
# Deepest nesting of arrays/objects accepted in a record (an article record needs 2 or 3).
MAX_DEPTH = 64


class BadRecord(ValueError):
    """A line that cannot become an article; its message is the reason."""


def read(path: Path, settings=None) -> Iterator[Union[Article, IngestError]]:
    records = 0
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            records += 1
            try:
                yield _article(raw, path, n)
            except (BadRecord, Unreadable) as exc:
                yield IngestError(str(path), str(exc), line=n)
            except Exception as exc:  # noqa: BLE001 - one bad line never costs the lines after it
                yield IngestError(str(path), f"cannot read this record ({type(exc).__name__}: {exc})", line=n)
    if not records:  # only blank lines (or a byte-order mark): say so rather than read nothing in silence
        yield IngestError(str(path), "no records: the file holds only blank lines")


def _article(raw: bytes, path: Path, n: int) -> Article:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRecord(f"invalid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); line skipped") from None
    rec = _loads(line)
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise BadRecord("record has no string field 'text'")
    _check_strings(rec)
    article = article_from_text(
        rec["text"], outlet=_str(rec.get("outlet")), published=_str(rec.get("published")),
        title=_str(rec.get("title")), url=_str(rec.get("url")), source_path=f"{path}:{n}",
    )
    for key in ("id", "article_id", "incident_id"):
        if key in rec:
            article.meta[key] = rec[key]
    return article


def _loads(line: str):
    depth = _max_depth(line)
    if depth > MAX_DEPTH:
        raise BadRecord(f"JSON nested {depth} levels deep (the limit is {MAX_DEPTH})")
    try:
        return json.loads(line, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise BadRecord(f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise BadRecord("JSON nested too deeply") from None


def _max_depth(line: str) -> int:
    """Deepest bracket nesting outside strings (a cheap scan before parsing)."""
    if line.count("[") + line.count("{") <= MAX_DEPTH:
        return 0
    depth = deepest = 0
    in_string = escaped = False
    for ch in line:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _int(s: str) -> int:
    if len(s) > MAX_NUMBER_CHARS:
        raise BadRecord(f"a number of {len(s):,} digits (the limit is {MAX_NUMBER_CHARS})")
    return int(s)


def _float(s: str) -> float:
    if len(s) > MAX_NUMBER_CHARS:
        raise BadRecord(f"a number of {len(s):,} characters (the limit is {MAX_NUMBER_CHARS})")
    return float(s)


def _constant(s: str):
    raise BadRecord(f"{s} is not a JSON value")


def _check_strings(value, where: str = "record") -> None:
    """Every key and string in the record must be valid Unicode (JSON allows "\\udc80")."""
    if isinstance(value, str):
        at = first_surrogate(value)
        if at is not None:
            raise BadRecord(f"{where} holds a lone surrogate (U+{ord(value[at]):04X} at character {at}), "
                            "which is not valid Unicode")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_strings(key, f"a key in {where}")
            _check_strings(item, f"field {key!r}" if where == "record" else where)
    elif isinstance(value, list):
        for item in value:
            _check_strings(item, where)


def _str(v) -> str | None:
    return str(v) if v not in (None, "") else None
