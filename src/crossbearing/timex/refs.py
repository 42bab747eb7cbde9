"""Article-level glue: publication date onto the Article, TimeRefs for every expression.

``apply_guess`` writes an inferred publication interval with its evidence spans;
``refine_with_peers`` re-infers it inside a story peer's date window (the only way to get a
year for a text that names none); ``time_refs`` resolves every expression of an article
against its publication interval (a coarse interval widens what relative phrases mean).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable, Optional

from ..model import Article, Span, TimeRef
from .grammar import Timex, scan
from .infer import PublishedGuess, infer_published
from .resolve import precision_of, resolve, tense_at


def anchor_interval(article: Article) -> Optional[tuple[date, date]]:
    if not article.published:
        return None
    try:
        start = date.fromisoformat(article.published[:10])
        end = date.fromisoformat(article.published_end[:10]) if article.published_end else start
    except ValueError:
        return None
    return start, max(start, end)


def metadata_date(article: Article) -> bool:
    """A metadata date the ingest layer could not read ("Tue, Sept. 12, 2017 4:50 PM EDT")
    read with the grammar: a full date with its year becomes the publication day."""
    raw = str(article.meta.get("unparsed_published") or "")[:200]
    for tx in scan(raw):
        if tx.year is not None and tx.month is not None and tx.day is not None and tx.end_tx is None:
            day, _, _ = resolve(tx, None)
            if day is None:
                continue
            article.published = article.published_end = day.isoformat()
            article.published_precision, article.published_source = "day", "metadata"
            return True
    return False


def apply_guess(article: Article, guess: PublishedGuess) -> bool:
    """Write an inferred publication interval onto the article; False if there is none."""
    article.meta["published_reasons"] = guess.reasons
    if guess.partial:
        article.meta["published_partial"] = guess.partial
    if guess.start is None:
        return False
    article.published = guess.start.isoformat()
    article.published_end = guess.end.isoformat()
    article.published_precision = guess.precision
    article.published_source = "inferred"
    article.published_evidence = [Span.of(article, s, e) for s, e in guess.evidence]
    return True


def refine_with_peers(article: Article, peers: Iterable[Article], window_days: int = 7) -> bool:
    """For an article without a usable date: infer it again inside the window of a dated
    peer in the same story (peer date ± ``window_days``). Returns True if it got a date."""
    if article.published and article.published_source != "inferred":
        return False
    for peer in peers:
        iv = anchor_interval(peer)
        if iv is None or peer.id == article.id:
            continue
        window = (iv[0] - timedelta(days=window_days), iv[1] + timedelta(days=window_days))
        guess = infer_published(article.text, window=window)
        if guess.start is None:
            continue
        width = (guess.end - guess.start).days
        current = anchor_interval(article)
        if current and (current[1] - current[0]).days <= width:
            return False
        guess.reasons.append(f"year and window from story peer {peer.id} ({peer.published})")
        return apply_guess(article, guess)
    return False


def _to_ref(article: Article, tx: Timex, anchor: Optional[tuple[date, date]]) -> TimeRef:
    tense = tense_at(article.text, tx.start, tx.end)
    relative = tx.rel is not None or (tx.year is None and tx.kind != "duration")
    if anchor is None or anchor[0] == anchor[1] or not relative:
        s, e, p = resolve(tx, anchor[0] if anchor else None, tense, next_day=True)
    else:  # an interval anchor: the expression may mean anything between the two readings
        s1, e1, _ = resolve(tx, anchor[0], tense)
        s2, e2, _ = resolve(tx, anchor[1], tense)
        s, e = (s1, e2) if s1 is not None and e2 is not None else (None, None)
        p = precision_of(s, e)
    kind = {"since": "range"}.get(tx.kind, tx.kind)
    if tx.rel == "span":
        kind = "range"
    duration = round(tx.dur_days) if tx.dur_days is not None and tx.kind == "duration" else None
    return TimeRef(
        span=Span.of(article, tx.start, tx.end),
        start=s.isoformat() if s else None,
        end=e.isoformat() if e else None,
        precision=p if kind != "duration" else tx.unit,
        kind=kind,
        relative=relative,
        duration_days=duration,
    )


def time_refs(article: Article, limit: Optional[int] = None) -> list[TimeRef]:
    """Every time expression of the article as a TimeRef resolved against its date."""
    text = article.text if limit is None else article.text[:limit]
    anchor = anchor_interval(article)
    return [_to_ref(article, tx, anchor) for tx in scan(text)]
