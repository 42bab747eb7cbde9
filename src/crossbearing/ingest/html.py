"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..model import Article
from .core import Unreadable
from .metadata import normalise_outlet
from .text import article_from_text


def article_from_html(html: str, *, url: str | None = None, source_path: str | None = None) -> Article:
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise Unreadable("no article text found in the HTML page (navigation or boilerplate only)")
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = getattr(meta, "title", None) if meta else None
    date = getattr(meta, "date", None) if meta else None
    site = (getattr(meta, "sitename", None) or getattr(meta, "hostname", None)) if meta else None
    article = article_from_text(text, outlet=normalise_outlet(site), published=date, title=title,
                                url=url or (getattr(meta, "url", None) if meta else None), source_path=source_path)
    if meta is not None and getattr(meta, "author", None):
        article.byline = meta.author
    return article


def read(path: Path) -> Iterator[Article]:
    yield article_from_html(path.read_text(encoding="utf-8", errors="replace"), source_path=str(path))
