"""Small helpers shared by the readers: outlet names, dates, building an Article."""

from __future__ import annotations

import re
from datetime import date, datetime

from ..model import Article, article_id_for

# Outlets spelled the way their own datelines and sites spell them.
KNOWN_OUTLETS = {
    "presstv": "PressTV", "press tv": "PressTV", "gpa": "GPA", "afp": "AFP", "ap": "AP",
    "reuters": "Reuters", "sana": "SANA", "tass": "TASS", "ria novosti": "RIA Novosti",
    "bbc": "BBC", "aljazeera": "Al Jazeera", "al jazeera": "Al Jazeera", "xinhua": "Xinhua",
    "anadolu": "Anadolu", "irna": "IRNA", "upi": "UPI", "dpa": "dpa",
}


def normalise_outlet(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip(" .-–—")
    if not name:
        return None
    key = name.lower()
    if key in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[key]
    host = re.sub(r"^(www\d?|m|amp)\.", "", key)
    if "." in host:
        return host
    return name


def outlet_of_url(url: str | None) -> str | None:
    """The outlet a page's address names: its site ("https://www.star-telegram.com/…" →
    "star-telegram.com"); None for no address or a malformed one."""
    from urllib.parse import urlparse

    try:
        return normalise_outlet(urlparse(url).hostname) if url else None
    except ValueError:  # a malformed address names no site
        return None


def normalise_date(value: str) -> tuple[str, str]:
    """An ISO date (or datetime, or YYYY-MM, or YYYY) → (ISO day, precision)."""
    value = str(value).strip()
    for fmt, precision in (("%Y-%m-%d", "day"), ("%Y-%m", "month"), ("%Y", "year")):
        try:
            d = datetime.strptime(value[: len(datetime(2000, 1, 1).strftime(fmt))], fmt).date()
            if precision == "day" or len(value) == len(d.strftime(fmt)):
                return d.isoformat(), precision
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat(), "day"
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True})
    if parsed is None:
        raise ValueError(f"cannot read {value!r} as a date; use YYYY-MM-DD")
    return parsed.date().isoformat(), "day"


def make_article(text: str, **fields) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        from .core import Unreadable

        raise Unreadable("no article text")
    published = fields.pop("published", None)
    for key in ("title", "byline", "url"):  # one-line fields: a title broken over lines is one title
        if isinstance(fields.get(key), str):
            fields[key] = " ".join(fields[key].split()) or None
    article = Article(id=article_id_for(text, fields.get("title")), text=text,
                      **{k: v for k, v in fields.items() if v is not None})
    if published:
        try:
            article.published, article.published_precision = normalise_date(published)
            article.published_end = article.published
            article.published_source = "metadata"
        except ValueError:
            article.meta["unparsed_published"] = str(published)
    return article


def today() -> str:
    return date.today().isoformat()
