"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..model import Article
from .core import Unreadable
from .metadata import normalise_outlet
from .text import article_from_text

# Fewer words than this is a menu or a stub, not a report.
MIN_WORDS = 8


def article_from_html(html: str, *, url: str | None = None, source_path: str | None = None) -> Article:
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)
    n_words = len(text.split()) if text else 0
    if n_words < MIN_WORDS:
        raise Unreadable(f"no article text found in the HTML page ({n_words} words of navigation or "
                         "boilerplate at most)")
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = getattr(meta, "title", None) if meta else None
    date = getattr(meta, "date", None) if meta else None
    site = (getattr(meta, "sitename", None) or getattr(meta, "hostname", None)) if meta else None
    article = article_from_text(text, outlet=normalise_outlet(site), published=date, title=title,
                                url=url or (getattr(meta, "url", None) if meta else None), source_path=source_path)
    if meta is not None and getattr(meta, "author", None):
        article.byline = meta.author
    return article


def read(path: Path, settings=None) -> Iterator[Article]:
    yield article_from_html(path.read_text(encoding="utf-8", errors="replace"), source_path=str(path))
