"""Walk inputs, pick a reader by file suffix, and report every file that cannot be read.

A bad input never stops the run: it becomes an ``IngestError`` with the path, the line
(JSON Lines) or byte offset (WARC) where that is known, and a reason a person can act on,
and the next record is read. Readers isolate their own records; anything a reader still
raises is caught here, reported against its file, and the next file is read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from ..model import Article
from ..safetext import first_surrogate, printable, shown_path
from ..settings import Settings

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz")


@dataclass
class IngestError:
    path: str
    reason: str
    line: int | None = None
    ignored: bool = False  # not an article file (inside a directory tree): noted, not a failure
    offset: int | None = None  # byte offset of the record in the file (WARC)

    def __post_init__(self) -> None:
        self.path = shown_path(self.path)

    def __str__(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}"
        elif self.offset is not None:
            where += f"@{self.offset}"
        return printable(f"{where}: {self.reason}", one_line=True)


class Unreadable(ValueError):
    """Raised by a reader for input it cannot turn into an article."""


Item = Union[Article, IngestError]


def _reader_for(path: Path) -> Callable[..., Iterator[Item]] | None:
    """``read(path, settings=...)`` of the module that reads this kind of file."""
    from . import html, jsonl, text, warc

    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return warc.read
    return {".txt": text.read, ".html": html.read, ".htm": html.read, ".jsonl": jsonl.read}.get(path.suffix.lower())


def _walk(paths: Iterable[str]) -> Iterator[Path | IngestError]:
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            # Inside a directory tree only article files are read; other files (a README,
            # an answer key) are not inputs. A file named explicitly is always tried.
            # A directory that cannot be listed is reported, never passed over in silence.
            unlisted: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=unlisted.append):
                while unlisted:
                    yield _dir_error(unlisted.pop(0))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if f.lower().endswith(SUFFIXES):
                        yield Path(root) / f
                    else:
                        yield IngestError(str(Path(root) / f), "not an article file type; ignored", ignored=True)
            while unlisted:
                yield _dir_error(unlisted.pop(0))
        elif p.exists():
            yield p
        else:
            yield IngestError(str(p), "no such file or directory")


def _dir_error(exc: OSError) -> IngestError:
    return IngestError(str(exc.filename or "?"), f"cannot read directory: {exc.strerror or exc}; its files were not read")


def check_article(article: Article) -> str | None:
    """Why this article cannot be stored as it is (text that is not valid Unicode), or None."""
    for name in ("text", "title", "outlet", "url", "byline", "published", "source_path"):
        value = getattr(article, name)
        if isinstance(value, str):
            at = first_surrogate(value)
            if at is not None:
                return (f"field {name!r} holds a lone surrogate (U+{ord(value[at]):04X} at character {at}), "
                        "which is not valid Unicode")
    return None


def looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is not a sign of binary data.
        return exc.start < len(head) - 4


def mostly_binary_lines(head: bytes) -> bool:
    lines = head.split(b"\n")
    if len(lines) == 1:
        return looks_binary(head)
    lines = lines[:-1]  # the last one may be cut by the sample
    bad = sum(looks_binary(ln + b"\n" * 8) for ln in lines if ln.strip())
    return bad * 2 > sum(1 for ln in lines if ln.strip())


def check_file(path: Path, settings: Settings) -> str | None:
    """Why this file cannot be read, or None when it looks fine."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return f"cannot stat file: {exc.strerror}"
    if size == 0:
        return "empty file"
    if size > settings.max_file_bytes:
        return f"file is {size:,} bytes, over the {settings.max_file_bytes:,}-byte limit (raise CROSSBEARING_MAX_FILE_BYTES)"
    if not path.name.lower().endswith((".gz", ".warc")):  # a WARC may hold binary records (images)
        try:
            with path.open("rb") as fh:
                head = fh.read(8192)
            # JSON Lines are checked line by line (a bad line is reported on its own), so the
            # file as a whole is binary only when most of its first lines are.
            binary = mostly_binary_lines(head) if path.name.lower().endswith(".jsonl") else looks_binary(head)
            if binary:
                return "binary content, not UTF-8 text"
        except OSError as exc:
            return f"cannot read file: {exc.strerror}"
    return None


def iter_articles(
    paths: Iterable[str],
    *,
    outlet: str | None = None,
    published: str | None = None,
    settings: Settings | None = None,
) -> Iterator[Item]:
    """Articles (or errors) from files and directory trees, in a stable order."""
    settings = settings or Settings.load()
    if published:
        from .metadata import normalise_date

        normalise_date(published)  # a bad --published is the caller's error, raised once (ValueError)
    for entry in _walk(paths):
        if isinstance(entry, IngestError):
            yield entry
            continue
        reader = _reader_for(entry)
        if reader is None:
            yield IngestError(str(entry), f"unsupported file type; readable types: {', '.join(SUFFIXES)}")
            continue
        problem = check_file(entry, settings)
        if problem:
            yield IngestError(str(entry), problem)
            continue
        try:
            for item in reader(entry, settings=settings):
                if isinstance(item, Article):
                    item = _apply_overrides(item, outlet, published)
                    item.source_path = shown_path(item.source_path or str(entry))
                    problem = check_article(item)
                    if problem:
                        item = IngestError(item.source_path, problem)
                yield item
        except (Unreadable, OSError, UnicodeDecodeError) as exc:
            yield IngestError(str(entry), str(exc) or type(exc).__name__)
        except Exception as exc:  # noqa: BLE001 - the last guard: one bad file never stops the run
            yield IngestError(str(entry), f"unexpected {type(exc).__name__} while reading: {exc}")


def _apply_overrides(article: Article, outlet: str | None, published: str | None) -> Article:
    if outlet:
        article.outlet = outlet
    if published:
        from .metadata import normalise_date

        article.published, article.published_precision = normalise_date(published)
        article.published_end = article.published
        article.published_source = "cli"
    return article
