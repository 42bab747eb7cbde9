"""JSON Lines: one article per line (``text`` required; ``title``, ``url``, ``outlet``,
``published`` optional). A bad line is reported with its number; the others are read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Union

from ..model import Article
from .core import IngestError, Unreadable
from .text import article_from_text


def read(path: Path) -> Iterator[Union[Article, IngestError]]:
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield IngestError(str(path), f"malformed JSON ({exc.msg} at column {exc.colno})", line=n)
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                yield IngestError(str(path), "record has no string field 'text'", line=n)
                continue
            try:
                article = article_from_text(
                    rec["text"], outlet=_str(rec.get("outlet")), published=_str(rec.get("published")),
                    title=_str(rec.get("title")), url=_str(rec.get("url")), source_path=f"{path}:{n}",
                )
            except Unreadable as exc:
                yield IngestError(str(path), str(exc), line=n)
                continue
            for key in ("id", "article_id", "incident_id"):
                if key in rec:
                    article.meta[key] = rec[key]
            yield article


def _str(v) -> str | None:
    return str(v) if v not in (None, "") else None
