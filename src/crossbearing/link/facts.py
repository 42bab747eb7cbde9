"""Fact mentions: the units that are compared across outlets.

A fact is an ``Event`` (type, place, date, actors, figures) or — for statements that are not
events, like "85% of Syria is under government control, the remaining 27,000 km² is not" — a
``Claim`` carrying quantities that no event of the article uses. Both are flattened into one
``FactMention`` record so that coreference and alignment treat them alike.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Analysis, Claim, Event, PlaceMention, Quantity, Span, TimeRef
from .compare import actor_keys, is_violent
from .textfeat import names

_HEDGE = re.compile(r"\b(allegedly|reportedly|apparently|purportedly|unconfirmed|claimed)\b", re.I)


@dataclass
class FactMention:
    id: str
    article_id: str
    outlet: Optional[str]
    kind: str  # event | claim
    event_type: Optional[str] = None
    sub_event_type: Optional[str] = None
    actor1: Optional[str] = None
    actor2: Optional[str] = None
    place: Optional[PlaceMention] = None
    time: Optional[TimeRef] = None
    quantities: dict[str, Quantity] = field(default_factory=dict)  # field name → figure
    claimants: list[str] = field(default_factory=list)
    hedged: bool = False
    spans: list[Span] = field(default_factory=list)  # evidence sentences / clauses
    details: dict[str, Span] = field(default_factory=dict)  # named details in the evidence
    aggregate: bool = False
    planned: bool = False
    text: str = ""  # evidence text, for similarity
    lead: bool = False  # the article's first-told specific violent event (see ``fact_mentions``)
    follow_up: bool = False  # the lead of a report on what followed it (an arrest, a trial, a funeral)
    on_publication_day: bool = False  # an event dated to the day its article was published
    published: str = ""  # the day its article was published (YYYY-MM-DD), "" when unknown


def _inside(inner: Span, outer: Span) -> bool:
    return inner.article_id == outer.article_id and outer.start <= inner.start and inner.end <= outer.end


def _overlaps(a: Span, b: Span) -> bool:
    return a.article_id == b.article_id and min(a.end, b.end) > max(a.start, b.start)


def quantity_field(q: Quantity) -> str:
    """The alignment field a figure belongs to: "fatalities", "injured", "materiel:tank", "percent" …"""
    return {"killed": "fatalities"}.get(q.kind, q.kind)


def _claims_for(spans: list[Span], claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if any(_overlaps(c.span, s) for s in spans)]


def _details(an: Analysis, spans: list[Span], skip: set[str]) -> dict[str, Span]:
    """Named things in the evidence that no other field already holds (weapons, platforms,
    units: "Kalibr", "Admiral Essen"): what lets a user see that one outlet gives more detail.
    Names come from capitalisation (NER labels on rare names are unreliable); claimants,
    actors, places, demonyms and outlets' framing words are left out."""
    out: dict[str, Span] = {}
    skip_keys = set().union(*(actor_keys(s) for s in skip))
    place_spans = [p.span for p in an.places]
    for s in spans:
        text = an.article.text[s.start:s.end] if s.end <= len(an.article.text) else (s.text or "")
        for line in re.finditer(r"[^\n]+", text):
            words = re.findall(r"[A-Za-z]+", line.group(0))
            if words and sum(w[0].isupper() for w in words) > 0.5 * len(words):
                continue  # a headline in Title Case: every word looks like a name
            for name, b, e in names(line.group(0)):
                _add_detail(out, Span(s.article_id, s.start + line.start() + b, s.start + line.start() + e, name),
                            skip, skip_keys, place_spans)
    return out


def _add_detail(out: dict[str, Span], span: Span, skip: set[str], skip_keys: set[str],
                place_spans: list[Span]) -> None:
    name = span.text
    low = name.lower().removeprefix("the ")
    if (low in _FRAMING or any(low in x or x in low for x in skip if x) or actor_keys(name) & skip_keys
            or actor_keys(name) & _STATE_KEYS or any(_overlaps(span, p) for p in place_spans)):
        return
    out.setdefault(name.removeprefix("the ").removeprefix("The "), span)


_FRAMING = frozenset({"takfiri", "daesh", "terrorists", "militants", "related", "image", "photo"})
_STATE_KEYS = frozenset({"russia", "syria", "unitedstates", "islamicstate", "iran", "turkey", "israel"})


def from_event(an: Analysis, e: Event) -> FactMention:
    spans = list(e.evidence) or ([e.trigger] if e.trigger else [])
    qs: dict[str, Quantity] = {}
    for q in [e.fatalities, e.injured, *e.materiel, *e.quantities]:
        if q is not None:
            name = "fatalities" if q is e.fatalities else "injured" if q is e.injured else quantity_field(q)
            qs.setdefault(name, q)
    claims = list(e.claims) or _claims_for(spans, an.claims)
    claimants = sorted({c.claimant for c in claims if c.claimant})
    hedged = any(c.hedges for c in claims) or any(_HEDGE.search(s.text or "") for s in spans)
    skip = {x.lower() for x in (e.actor1, e.actor2, e.place.surface if e.place else None, *claimants) if x}
    skip |= {w.lower() for c in claimants for w in c.split()}
    return FactMention(
        id=e.id, article_id=an.article.id, outlet=an.article.outlet, kind="event", event_type=e.event_type,
        sub_event_type=e.sub_event_type, actor1=e.actor1, actor2=e.actor2, place=e.place, time=e.time,
        quantities=qs, claimants=claimants, hedged=hedged, spans=spans, details=_details(an, spans, skip),
        aggregate=e.aggregate, planned=e.planned, text=" ".join(s.text or "" for s in spans),
        on_publication_day=_on_publication_day(an, e), published=(an.article.published or "")[:10])


def _on_publication_day(an: Analysis, e: Event) -> bool:
    t, day = e.time, (an.article.published or "")[:10]
    return bool(day) and t is not None and (t.precision or "day") == "day" and t.start == day \
        and (t.end or t.start) == day


def _used_spans(events: list[Event]) -> list[Span]:
    out = []
    for e in events:
        for q in [e.fatalities, e.injured, *e.materiel, *e.quantities]:
            if q is not None:
                out.append(q.span)
    return out


_REMAINING = re.compile(r"\b(remaining|rest of|other|still)\W+(?:\w+\W+)?$", re.I)


def _with_complement(text: str, q: Quantity) -> Quantity:
    """Mark "the remaining 15 percent" as the complement of a share (so it can agree with 85%)."""
    before = text[max(0, q.span.start - 25):q.span.start]
    if q.kind == "percent" and _REMAINING.search(before) and "remain" not in (q.subject or ""):
        return dataclasses.replace(q, subject=f"remaining {q.subject or ''}".strip())
    return q


def from_claims(an: Analysis) -> list[FactMention]:
    """Non-event facts: each claim (or, for figures outside any claim, each sentence) holding
    quantities that no event of the article uses."""
    used = _used_spans(an.events)
    free = [_with_complement(an.article.text, q) for q in an.quantities
            if not any(_overlaps(q.span, u) for u in used)]
    groups: list[tuple[Span, Optional[Claim], list[Quantity]]] = []
    for q in free:
        holder = next((c for c in an.claims if _overlaps(q.span, c.span)), None)
        span = holder.span if holder else next((s for s in an.sentences if _inside(q.span, s)), q.span)
        for g in groups:
            if g[0] == span:
                g[2].append(q)
                break
        else:
            groups.append((span, holder, [q]))
    out = []
    for i, (span, claim, qs) in enumerate(groups):
        figures: dict[str, Quantity] = {}
        for q in qs:
            figures.setdefault(quantity_field(q), q)
        claimants = [claim.claimant] if claim and claim.claimant else []
        hedged = bool(claim and claim.hedges) or bool(_HEDGE.search(span.text or ""))
        places = [p for p in an.places if _inside(p.span, span) and p.kind != "demonym"]
        out.append(FactMention(
            id=f"{an.article.id}:claim:{i}", article_id=an.article.id, outlet=an.article.outlet, kind="claim",
            place=places[0] if places else None, quantities=figures, claimants=claimants, hedged=hedged,
            spans=[span], aggregate=any(q.aggregate for q in qs), text=span.text or ""))
    return out


def _mark_lead(events: list[FactMention]) -> None:
    """The article's lead incident: of its specific (not aggregate, not planned) violent events,
    the one whose evidence comes first. News puts the incident it is about first."""
    specific = [m for m in events if is_violent(m.event_type) and not m.aggregate and not m.planned and m.spans]
    if specific:
        min(specific, key=lambda m: min(s.start for s in m.spans)).lead = True


def _mark_follow_up(an: Analysis, events: list[FactMention]) -> None:
    """The lead of a report whose headline is about what followed an incident (an arrest, a
    charge, a trial, a funeral) is that earlier incident, however the report dates it."""
    from ..timex.event import reads_as_follow_up

    lead = next((m for m in events if m.lead), None)
    if lead is not None and (reads_as_follow_up(an.article.text, an.article.title or "")
                             or any(e.follow_up for e in an.events if e.id == lead.id)):
        lead.follow_up = True


def fact_mentions(an: Analysis) -> list[FactMention]:
    """Every fact of one analysed article: its events, then its free-standing figure claims."""
    events = [from_event(an, e) for e in an.events]
    _mark_lead(events)
    _mark_follow_up(an, events)
    return events + from_claims(an)
