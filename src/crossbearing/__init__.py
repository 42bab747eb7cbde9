"""crossbearing: evidence-backed conflict event data from many news outlets.

The Python API::

    import crossbearing

    db = crossbearing.analyse(["Two people were killed in Goma on Monday ...", "..."], db="news.duckdb")
    db = crossbearing.analyse("path/to/folder", db="news.duckdb")   # files, JSONL, WARC, ...
    for event in crossbearing.iter_events("news.duckdb", country="Syria", min_origins=2):
        print(event["event_id_cnty"], event["event_date"], event["fatalities"])
    frame = crossbearing.events_frame("news.duckdb")                  # needs pandas

(``iter_events``, not ``events``: ``crossbearing.events`` is the event-coding package.)
Every event is one real-world event merged across the outlets that report it (ACLED's columns,
then crossbearing's own); the keyword filters are those of ``crossbearing export``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

__version__ = "0.1.0"
__all__ = ["analyse", "iter_events", "events_frame"]


def analyse(source: Union[str, Path, Iterable[str]], db: Union[str, Path] = "crossbearing.duckdb", *,
            outlet: Optional[str] = None, published: Optional[str] = None, link: bool = True) -> str:
    """Analyse a folder or file (any format ``crossbearing run`` reads), or a list of article
    texts, into the store ``db``; articles already there are skipped. Returns ``db``'s path.
    ``outlet`` / ``published`` (YYYY-MM-DD) apply to every article that does not carry its own."""
    from .pipeline import run
    from .settings import Settings
    from .store import Store

    settings = Settings.load(db=str(db))
    with Store(str(db)) as store, tempfile.TemporaryDirectory() as tmp:
        if isinstance(source, (str, Path)) and Path(source).exists():
            paths = [str(source)]
        elif isinstance(source, (str, Path)):
            raise FileNotFoundError(f"{source} does not exist: pass a folder or file, or a list of texts "
                                    "(a single text goes in a list: analyse([text]))")
        else:
            paths = []
            for i, text in enumerate(source):
                path = Path(tmp) / f"text_{i:06d}.txt"
                path.write_text(text, encoding="utf-8")
                paths.append(str(path))
        summary = run(paths, store, settings, outlet=outlet, published=published, link=link)
    if summary.failed:
        raise ValueError(f"{len(summary.failed)} inputs could not be read, e.g. {summary.failed[0]}")
    return str(db)


def _filters(kw: dict):
    from .export.filters import EventFilter

    try:
        return EventFilter(**kw)
    except TypeError:
        raise TypeError(f"unknown filter in {sorted(kw)}: use date_from, date_to, country, event_type, actor, "
                        "outlet, min_origins") from None


def iter_events(db: Union[str, Path] = "crossbearing.duckdb", **filters) -> Iterator[dict]:
    """The events of the store as records (dicts: ACLED's columns, then crossbearing's),
    oldest first, passing the keyword filters (date_from, date_to, country, event_type, actor,
    outlet, min_origins)."""
    from .export.views import event_records
    from .store import Store

    if not Path(db).exists():
        raise FileNotFoundError(f"no database at {db}: create it with crossbearing.analyse(..., db={str(db)!r})")
    with Store(str(db), read_only=True) as store:
        rows, _ = event_records(store, _filters(filters))
    yield from rows


def events_frame(db: Union[str, Path] = "crossbearing.duckdb", **filters):
    """The event table as a pandas DataFrame (ACLED's columns first; ``event_date`` as dates).
    Needs pandas: ``pip install 'crossbearing[pandas]'``."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("events_frame needs pandas: pip install 'crossbearing[pandas]' (or pip install pandas)") \
            from None
    from .export.merged import COLUMNS

    frame = pd.DataFrame(list(iter_events(db, **filters)), columns=COLUMNS + ["story_id"])
    frame["event_date"] = pd.to_datetime(frame["event_date"])
    return frame
