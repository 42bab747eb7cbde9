"""Typed records that flow through ingest → extract → link → store.

Every extracted value carries the character spans of the article text it came from
(``Span``); a value the text does not support stays ``None``. Records are plain
dataclasses so they serialise to JSON (``to_dict``) and back (``from_dict``) without
surprises, which is what the store and the exports rely on.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import typing
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Optional

PRECISIONS = ("day", "week", "month", "year")
# ACLED time_precision: 1 = day, 2 = week/"around", 3 = month or coarser.
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def article_id_for(text: str, title: Optional[str] = None) -> str:
    """Stable id from content: whitespace- and Unicode-normalised title and text, SHA-1, 16 hex
    digits. The title is part of the content: pages whose extracted body is only a site's
    boilerplate (a sign-up notice, a cookie wall) share one text but report different stories."""

    def norm(s: str) -> str:
        return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

    content = norm(text) if not (title and title.strip()) else norm(title) + "\n" + norm(text)
    return hashlib.sha1(content.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Span:
    """Evidence: characters ``[start, end)`` of one article's text."""

    article_id: str
    start: int
    end: int
    text: str = ""

    @classmethod
    def of(cls, article: "Article", start: int, end: int) -> "Span":
        return cls(article.id, start, end, article.text[start:end])


@dataclass
class Article:
    id: str
    text: str
    outlet: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    byline: Optional[str] = None
    # Publication date as an ISO interval [published, published_end] with its precision;
    # ``published_source`` says whether it came from metadata, the CLI, or was inferred.
    published: Optional[str] = None
    published_end: Optional[str] = None
    published_precision: Optional[str] = None
    published_source: Optional[str] = None
    published_evidence: list[Span] = field(default_factory=list)
    language: str = "en"
    dateline_place: Optional[str] = None
    dateline_span: Optional[Span] = None
    source_path: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Mention:
    span: Span
    label: str
    entity_id: Optional[str] = None


@dataclass
class Entity:
    id: str
    kind: str  # person, organisation, armed_group, state_force, place, weapon, ...
    name: str
    aliases: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # geonames, wikidata, acled actor name
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Place:
    geonameid: Optional[int]
    name: str
    country: Optional[str] = None  # ISO-3166 alpha-2
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    feature_class: Optional[str] = None
    feature_code: Optional[str] = None
    population: Optional[int] = None


@dataclass
class PlaceMention:
    span: Span
    surface: str
    place: Optional[Place] = None
    candidates: list[Place] = field(default_factory=list)
    confidence: float = 0.0
    # ACLED geo_precision: 1 town, 2 near / part of a region / facility, 3 region or country.
    geo_precision: Optional[int] = None
    kind: str = "place"  # place, province, country, facility, water, region, demonym
    reason: Optional[str] = None  # why unresolved, or how it was resolved
    within: Optional[Place] = None  # for unresolved mentions: the region it lies in


@dataclass
class TimeRef:
    span: Span
    start: Optional[str]  # ISO date
    end: Optional[str]
    precision: Optional[str]  # day / week / month / year
    kind: str = "date"  # date, range, duration, recurring
    relative: bool = False
    duration_days: Optional[int] = None


@dataclass
class Quantity:
    span: Span
    kind: str  # killed, injured, arrested, abducted, displaced, missing, materiel:<type>,
    #            attacks, airstrikes, area_km2, percent, crowd, count
    low: Optional[float] = None
    best: Optional[float] = None
    high: Optional[float] = None
    subject: Optional[str] = None  # what is counted: "members of a single family", "civilians"
    of_which: dict[str, float] = field(default_factory=dict)  # {"children": 5}
    vague: bool = False
    qualifier: Optional[str] = None  # "over", "at least", "up to", "about", ...
    number_span: Optional[Span] = None
    aggregate: bool = False


@dataclass
class Claim:
    span: Span  # the sentence or clause that holds the claim
    claimant: Optional[str] = None  # canonical name; None when the outlet itself asserts
    claimant_kind: str = "outlet"  # person, organisation, unnamed, outlet
    claimant_span: Optional[Span] = None
    claimant_role: Optional[str] = None
    cue: Optional[str] = None
    cue_span: Optional[Span] = None
    hedges: list[str] = field(default_factory=list)
    hedge_spans: list[Span] = field(default_factory=list)
    quote: Optional[Span] = None
    claimant_entity_id: Optional[str] = None


@dataclass
class Event:
    id: str
    article_id: str
    event_type: Optional[str] = None
    sub_event_type: Optional[str] = None
    disorder_type: Optional[str] = None
    plover_type: Optional[str] = None
    plover_mode: Optional[str] = None
    actor1: Optional[str] = None
    actor2: Optional[str] = None
    assoc_actor_1: Optional[str] = None
    assoc_actor_2: Optional[str] = None
    inter1: Optional[int] = None
    inter2: Optional[int] = None
    place: Optional[PlaceMention] = None
    time: Optional[TimeRef] = None
    time_precision: Optional[int] = None
    fatalities: Optional[Quantity] = None
    injured: Optional[Quantity] = None
    materiel: list[Quantity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    confidence: float = 0.0
    trigger: Optional[Span] = None
    evidence: list[Span] = field(default_factory=list)
    aggregate: bool = False
    planned: bool = False
    civilian_targeting: bool = False
    follow_up: bool = False  # the article reports what followed an earlier incident (arrest, trial, funeral)
    latitude: Optional[float] = None  # exported coordinates (ACLED convention)
    longitude: Optional[float] = None
    geo_precision: Optional[int] = None


@dataclass
class Story:
    id: str
    article_ids: list[str]
    title: Optional[str] = None
    first_seen: Optional[str] = None
    last_seen: Optional[str] = None


@dataclass
class FieldValue:
    article_id: str
    outlet: Optional[str]
    value: Any
    spans: list[Span] = field(default_factory=list)
    claimant: Optional[str] = None
    hedged: bool = False


@dataclass
class FieldAlignment:
    field: str
    status: str  # agree, conflict, single
    values: list[FieldValue] = field(default_factory=list)
    n_outlets: int = 0
    n_origins: int = 0
    n_claimants: int = 0


@dataclass
class CrossEvent:
    id: str
    story_id: Optional[str]
    event_ids: list[str]
    article_ids: list[str]
    outlets: list[str]
    fields: dict[str, FieldAlignment] = field(default_factory=dict)
    n_outlets: int = 0
    n_origins: int = 0
    n_claimants: int = 0


@dataclass
class Reuse:
    a: str
    b: str
    spans_a: list[Span]
    spans_b: list[Span]
    same_outlet: bool = False
    score: float = 0.0


@dataclass
class Analysis:
    """Everything extracted from one article. Extractors fill the lists they declare."""

    article: Article
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


# --- JSON round-tripping -------------------------------------------------------------

def to_dict(obj: Any) -> Any:
    """Dataclass tree → plain JSON-compatible structure."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    return obj


@functools.lru_cache(maxsize=None)
def _typed_fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, resolved type) of a record's fields; resolving annotations is slow, so once per class."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def from_dict(cls: Any, data: Any) -> Any:
    """Plain structure → dataclass tree (inverse of ``to_dict`` for the records above)."""
    if data is None:
        return None
    origin = typing.get_origin(cls)
    if origin is typing.Union:
        args = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_dict(args[0], data)
    if origin in (list, tuple):
        (arg,) = typing.get_args(cls)[:1]
        return [from_dict(arg, v) for v in data]
    if origin is dict:
        args = typing.get_args(cls)
        return {k: from_dict(args[1], v) for k, v in data.items()} if len(args) == 2 else dict(data)
    if dataclasses.is_dataclass(cls):
        return cls(**{name: from_dict(tp, data[name]) for name, tp in _typed_fields(cls) if name in data})
    return data
