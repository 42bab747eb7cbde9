"""WARC files: every HTML response record becomes an article (warcio).

Each record is read on its own: a record whose page yields no article, whose payload is
over the size limit or whose headers are bad is reported with its byte offset, and the
next record is read. A file that breaks part-way (cut short, a flipped bit, not WARC past
some point) keeps every record before the break and reports the break with its offset;
nothing is dropped in silence. A ``.warc.gz`` is checked first as a gzip stream, without
holding it in memory, so a cut or corrupt member and a decompression bomb are found before
any record from them is used.
"""

from __future__ import annotations

import gzip
import io
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Union

from ..model import Article
from ..settings import Settings
from .core import IngestError, Unreadable
from .html import article_from_html

CHUNK = 1 << 16


@dataclass
class Member:
    """One gzip member of a .warc.gz: compressed byte range, and why it cannot be used (or None)."""

    start: int
    end: int
    problem: str | None = None


GZIP_MAGIC = b"\x1f\x8b\x08"


def scan_gzip(data: bytes, limit: int) -> list[Member]:
    """Split a (multi-member) gzip file into members by decompressing it without keeping
    the output. A corrupt or cut member is marked with its reason and scanning resumes at
    the next gzip header, so one bad record does not cost the records after it. Once more
    than ``limit`` bytes have come out, the rest is one member marked as over the limit."""
    members: list[Member] = []
    pos, total = 0, 0
    while pos < len(data):
        d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        fed = pos
        problem = None
        try:
            while not d.eof and fed < len(data):
                out = d.decompress(data[fed:fed + CHUNK], CHUNK)
                fed += min(CHUNK, len(data) - fed)
                while True:
                    total += len(out)
                    if total > limit:
                        members.append(Member(pos, len(data), f"decompresses to more than {limit:,} bytes "
                                                              "(raise CROSSBEARING_MAX_DECOMPRESSED_BYTES)"))
                        return members
                    if d.eof or not d.unconsumed_tail:  # at the end, zlib keeps the tail as unused_data
                        break
                    out = d.decompress(d.unconsumed_tail, CHUNK)
            if not d.eof:
                problem = "the file is cut short inside this gzip member (truncated download?)"
        except zlib.error as exc:
            problem = f"corrupt gzip data ({exc})"
        if problem is None:
            end = fed - len(d.unused_data)
            members.append(Member(pos, end))
            pos = end
        else:
            nxt = data.find(GZIP_MAGIC, pos + 1)
            end = nxt if nxt > 0 else len(data)
            members.append(Member(pos, end, problem))
            pos = end
    return members


def read(path: Path, settings: Settings | None = None) -> Iterator[Union[Article, IngestError]]:
    settings = settings or Settings.load()
    counts = {"records": 0, "html": 0, "reported": 0}
    if path.name.lower().endswith(".gz"):
        data = path.read_bytes()  # the compressed file is under max_file_bytes (checked before)
        members = scan_gzip(data, settings.max_decompressed_bytes)
        for m in members:
            if m.problem:
                counts["reported"] += 1
                yield IngestError(str(path), f"{m.problem}; the records in bytes {m.start:,}-{m.end:,} were not read",
                                  offset=m.start)
            else:  # decompressed here (streaming), so a member holding several records reads too
                member = gzip.GzipFile(fileobj=io.BytesIO(data[m.start:m.end]))
                yield from _records(member, m.start, path, settings, counts, compressed=True)
    else:
        with path.open("rb") as fh:
            yield from _records(fh, 0, path, settings, counts)
    if counts["records"] == 0 and not counts["reported"]:
        raise Unreadable("no WARC records in this file (is it a WARC file?)")
    if counts["html"] == 0 and not counts["reported"]:
        raise Unreadable("no HTML response records in this WARC file (is it a WARC file?)")


def _records(fh, base: int, path: Path, settings: Settings, counts: dict,
             compressed: bool = False) -> Iterator[Union[Article, IngestError]]:
    """The records of one stream: a whole .warc, or one decompressed gzip member starting at
    byte ``base`` of the file. A break in the stream is reported and ends it."""
    from warcio.archiveiterator import ArchiveIterator

    def where(inner: int) -> tuple[int, str]:
        # A record's offset in the file; inside a gzip member only the member's is known.
        if compressed and inner:
            return base, f"(record at byte {inner:,} of the gzip member decompressed) "
        return base + inner, ""

    it = ArchiveIterator(fh)
    records = iter(it)
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken input
            counts["records"] += 1
            offset, note = where(it.offset)
            counts["reported"] += 1
            yield IngestError(str(path), f"{note}not a valid WARC record ({type(exc).__name__}: {_words(exc)}); "
                                         "the rest of this stream was not read", offset=offset)
            return
        offset, note = where(it.offset)
        counts["records"] += 1
        missing = [h for h in ("WARC-Type", "Content-Length") if not record.rec_headers.get_header(h)]
        if missing:  # every WARC record has both: this one is cut or damaged in its header
            counts["reported"] += 1
            yield IngestError(str(path), f"{note}damaged WARC record header (no {' or '.join(missing)}); "
                                         "the rest of this stream was not read", offset=offset)
            return
        try:
            item = _record_article(record, path, offset, settings)
        except (Unreadable, ValueError, LookupError, OSError, EOFError, zlib.error, AttributeError) as exc:
            item = IngestError(str(path), note + _reason(record, exc), offset=offset)
        try:
            short = _unread_bytes(record)
        except Exception:  # noqa: BLE001
            short = 0
        if short:  # the record is incomplete: its page is not used, and nothing follows it
            counts["reported"] += 1
            yield IngestError(str(path), f"{note}the file is cut short: this record is missing its last "
                                         f"{short:,} bytes; it was not read", offset=offset)
            return
        if item is not None:
            counts["html"] += isinstance(item, Article)
            counts["reported"] += isinstance(item, IngestError)
            yield item
    # warcio stops quietly at a record whose header is cut; what it left unread is reported.
    end = it.offset
    try:
        fh.seek(end)
        tail = fh.read(CHUNK)
    except (OSError, ValueError, EOFError, zlib.error):
        tail = b""
    if tail.strip():
        offset, note = where(end)
        counts["records"] += 1
        counts["reported"] += 1
        yield IngestError(str(path), f"{note}an incomplete WARC record ({len(tail):,}"
                                     f"{'+' if len(tail) == CHUNK else ''} bytes that are not a whole record); "
                                     "it was not read", offset=offset)


def _words(exc: Exception) -> str:
    return " ".join(str(exc).split()) or "no details"


def _record_article(record, path: Path, offset: int, settings: Settings) -> Article | IngestError | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = record.http_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    url = _uri(record)
    cap = settings.max_file_bytes
    body = record.content_stream().read(cap + 1)
    if len(body) > cap:
        return IngestError(str(path), f"{url}: page is over {cap:,} bytes (raise CROSSBEARING_MAX_FILE_BYTES)",
                           offset=offset)
    article = article_from_html(body.decode("utf-8", errors="replace"), url=url, source_path=f"{path}@{offset}")
    if not article.published:
        from .metadata import normalise_date

        wdate = record.rec_headers.get_header("WARC-Date")
        if wdate:
            try:
                article.published, article.published_precision = normalise_date(wdate)
                article.published_end, article.published_source = article.published, "crawl"
            except ValueError:
                article.meta["unparsed_published"] = wdate
    if not article.outlet and url:
        from .metadata import outlet_of_url

        article.outlet = outlet_of_url(url)
    return article


def _uri(record) -> str:
    return record.rec_headers.get_header("WARC-Target-URI") or "record"


def _reason(record, exc: Exception) -> str:
    what = str(exc) if isinstance(exc, Unreadable) else f"cannot read this record ({type(exc).__name__}: {_words(exc)})"
    try:
        return f"{_uri(record)}: {what}"
    except Exception:  # noqa: BLE001
        return what


def _unread_bytes(record) -> int:
    """Read what is left of the record; the bytes its Content-Length promised but the file
    did not hold (0 for a whole record)."""
    raw = record.raw_stream
    while raw.read(CHUNK):
        pass
    return max(getattr(raw, "limit", 0), 0)
