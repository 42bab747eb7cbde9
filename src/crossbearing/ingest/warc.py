"""WARC files: every HTML response record becomes an article (warcio)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Union

from ..model import Article
from .core import IngestError, Unreadable
from .html import article_from_html


def read(path: Path) -> Iterator[Union[Article, IngestError]]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n_html = 0
    with path.open("rb") as fh:
        try:
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                n_html += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read().decode("utf-8", errors="replace")
                try:
                    article = article_from_html(body, url=url, source_path=f"{path}#{n}")
                except Unreadable as exc:
                    yield IngestError(str(path), f"record {n} ({url}): {exc}")
                    continue
                if not article.published:
                    from .metadata import normalise_date

                    wdate = record.rec_headers.get_header("WARC-Date")
                    if wdate:
                        article.published, article.published_precision = normalise_date(wdate)
                        article.published_end, article.published_source = article.published, "crawl"
                if not article.outlet and url:
                    from urllib.parse import urlparse

                    from .metadata import normalise_outlet

                    article.outlet = normalise_outlet(urlparse(url).hostname)
                yield article
        except ArchiveLoadFailed as exc:
            raise Unreadable(f"not a valid WARC file: {exc}") from exc
    if n_html == 0:
        raise Unreadable("no HTML response records in this WARC file (is it a WARC file?)")
