"""Plain-text articles, with an optional header block and dateline detection.

A file may start with ``Key: value`` header lines (Title, Outlet, Published, URL, Byline)
followed by a blank line; the body is the article text. Without metadata the dateline
("Damascus (GPA– …", "(presstv) -- …", "BEIRUT, Lebanon (AP) — …") names the outlet and,
where present, the place the report was filed from.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..model import Article, Span
from .metadata import make_article, normalise_outlet, outlet_of_url

HEADER_KEYS = {"title", "outlet", "published", "url", "byline", "source", "date"}

# place (optionally ", Country" and ", Month Day") then "(OUTLET" closed by ")" or a dash.
_CAP = r"[A-Z][A-Za-z'’.\-]*"
DATELINE = re.compile(
    rf"""^[ \t\u00a0]*
    (?:(?P<place>{_CAP}(?:[ \u00a0]{_CAP}){{0,3}})
       (?:,[ \t\u00a0]*{_CAP}(?:[ ]{_CAP}){{0,2}})?       # , Country
       (?:,[ \t\u00a0]*[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}})?  # , March 3
       [ \t\u00a0]*)?
    \([ \t]*(?P<outlet>[A-Za-z][A-Za-z0-9.&'\-]*(?:[ ][A-Z][A-Za-z0-9.&'\-]*){{0,3}})[ \t]*
    (?:\)[ \t\u00a0]*(?:--|[-–—:])|[–—]|--)
    """,
    re.VERBOSE,
)


def parse_header(raw: str) -> tuple[dict[str, str], str]:
    lines = raw.split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if header:
                return header, "\n".join(lines[i + 1:])
            break
        m = re.match(r"^([A-Za-z]+):\s*(.*)$", line)
        if not m or m.group(1).lower() not in HEADER_KEYS:
            break
        header[m.group(1).lower()] = m.group(2).strip()
    return {}, raw


def find_dateline(text: str) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """(place, outlet, span of the dateline) from the start of the text, if it has one."""
    m = DATELINE.match(text[:200])
    if not m:
        return None, None, None
    place = m.group("place").strip() if m.group("place") else None
    if place and place.isupper():
        place = place.title()
    return place, normalise_outlet(m.group("outlet")), (m.start() if not m.group("place") else m.start("place"), m.end())


def article_from_text(raw: str, *, outlet: str | None = None, published: str | None = None,
                      title: str | None = None, url: str | None = None, source_path: str | None = None,
                      header: bool = False) -> Article:
    """An Article from plain text. Only a ``.txt`` file carries its metadata in a header
    block (``header=True``); text that arrives with its metadata beside it (JSON Lines,
    HTML, the API) is kept whole, even when it starts with "Published: …"."""
    raw = raw.replace("\r\n", "\n")
    fields, body = parse_header(raw) if header else ({}, raw)
    url = url or fields.get("url")
    named = outlet or fields.get("outlet") or fields.get("source")
    article = make_article(
        body,
        # a page with no outlet named is its site's (as a WARC record's is)
        outlet=normalise_outlet(named) if named else outlet_of_url(url),
        title=title or fields.get("title"),
        url=url,
        byline=fields.get("byline"),
        published=published or fields.get("published") or fields.get("date"),
        source_path=source_path,
    )
    place, dl_outlet, span = find_dateline(article.text)
    if span:
        article.dateline_span = Span.of(article, *span)
        article.dateline_place = place
        if not article.outlet and dl_outlet:
            article.outlet = dl_outlet
    return article


def read(path: Path, settings=None) -> Iterator[Article]:
    raw = path.read_text(encoding="utf-8-sig")
    yield article_from_text(raw, source_path=str(path), header=True)
