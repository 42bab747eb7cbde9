"""Claim alignment and corroboration: one ``CrossEvent`` from a cluster of fact mentions.

For every field (type, actors, place, date, each figure, named details) the outlets' values
are set side by side with their spans and a status: ``agree`` (all consistent), ``conflict``
(two contradict) or ``single`` (only one outlet gives it).

Corroboration counts *origins*, not outlets: two outlets are one origin for a fact when they
quote the same claimant or share a verbatim passage covering it (wire copy, a quote both took
from the same agency). A fact with two outlets and one claimant is "reported twice, single
source".
"""

from __future__ import annotations

import hashlib
from typing import Any, Callable, Iterable, Optional

from ..model import CrossEvent, FieldAlignment, FieldValue, Reuse, Span
from . import compare as cmp
from .facts import FactMention


def _overlaps(a: Span, b: Span) -> bool:
    return a.article_id == b.article_id and min(a.end, b.end) > max(a.start, b.start)


ALIGN_SLACK = 40  # characters: copies of one passage drift by a few words (a dateline, a name)


def _corresponds(sa: Span, sb: Span, ea: Span, eb: Span) -> bool:
    """Does the part of evidence ``ea`` inside passage copy ``sa`` sit where evidence ``eb``
    sits in the other copy ``sb``? Positions map proportionally from one copy to the other."""
    lo, hi = max(sa.start, ea.start), min(sa.end, ea.end)
    if hi <= lo or ea.article_id != sa.article_id or eb.article_id != sb.article_id:
        return False
    ratio = (sb.end - sb.start) / max(1, sa.end - sa.start)
    start = sb.start + (lo - sa.start) * ratio - ALIGN_SLACK
    end = sb.start + (hi - sa.start) * ratio + ALIGN_SLACK
    return min(end, eb.end) > max(start, eb.start)


def shared_passage_test(reuses: Iterable[Reuse]) -> Callable[[FactMention, FactMention], bool]:
    """f(a, b): do the two mentions' evidence spans lie at the same place of one passage the
    articles share? Overlapping the passage is not enough: a wire story copied whole covers
    every sentence of both articles, and its third paragraph is not its first."""
    by_pair: dict[tuple[str, str], list[tuple[Span, Span]]] = {}
    for r in reuses:
        pairs = list(zip(r.spans_a, r.spans_b))
        by_pair.setdefault((r.a, r.b), []).extend(pairs)
        by_pair.setdefault((r.b, r.a), []).extend((sb, sa) for sa, sb in pairs)

    def shared(a: FactMention, b: FactMention) -> bool:
        for sa, sb in by_pair.get((a.article_id, b.article_id), ()):
            if any(_corresponds(sa, sb, ea, eb) for ea in a.spans for eb in b.spans):
                return True
        return False

    return shared


def _outlet(m: FactMention) -> str:
    return m.outlet or m.article_id


def origins(mentions: list[FactMention], shared: Callable[[FactMention, FactMention], bool]) -> int:
    """Independent origins: union mentions from one outlet, one claimant or one shared passage."""
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(mentions)):
        for j in range(i + 1, len(mentions)):
            a, b = mentions[i], mentions[j]
            if _outlet(a) == _outlet(b) or cmp.claimant_keys(a.claimants) & cmp.claimant_keys(b.claimants) \
                    or shared(a, b):
                parent[root(j)] = root(i)
    return len({root(i) for i in range(len(mentions))})


def _quantity_value(q) -> dict[str, Any]:
    return {"low": q.low, "best": q.best, "high": q.high, "qualifier": q.qualifier, "text": q.span.text,
            "subject": q.subject, "of_which": dict(q.of_which)}


def _field_values(name: str, m: FactMention) -> Optional[tuple[Any, list[Span], Any]]:
    """(display value, spans, comparable object) of one field in one mention, or None."""
    if name in ("event_type", "sub_event_type", "actor1", "actor2"):
        v = getattr(m, name)
        return (v, list(m.spans[:1]), v) if v else None
    if name == "place":
        p = m.place
        if p is None:
            return None
        label = p.place.name if p.place else p.surface
        return (label, [p.span], p)
    if name == "date":
        t = m.time
        if t is None or not t.start:
            return None
        label = t.start if not t.end or t.end == t.start else f"{t.start}/{t.end}"
        return (label, [t.span], t)
    if name == "detail":
        return (sorted(m.details), list(m.details.values()), set(m.details)) if m.details else None
    q = m.quantities.get(name)
    return (_quantity_value(q), [q.number_span or q.span], q) if q is not None else None


def _agree(name: str, x: Any, y: Any) -> Optional[bool]:
    if name in ("event_type", "sub_event_type"):
        return cmp.types_agree(x, y)
    if name in ("actor1", "actor2"):
        return cmp.actors_agree(x, y)
    if name == "place":
        return cmp.places_agree(x, y)
    if name == "date":
        return cmp.dates_agree(x, y)
    if name == "detail":
        return True  # details add up; one outlet naming more is not a contradiction
    return cmp.numbers_agree(x, y)


def align_field(name: str, mentions: list[FactMention], shared) -> Optional[FieldAlignment]:
    got = [(m, v) for m in mentions if (v := _field_values(name, m)) is not None]
    if not got:
        return None
    values = [FieldValue(m.article_id, m.outlet, v[0], v[1], m.claimants[0] if m.claimants else None, m.hedged)
              for m, v in got]
    outlets = {_outlet(m) for m, _ in got}
    status = "single" if len(outlets) == 1 else "agree"
    for i in range(len(got)):
        for j in range(i + 1, len(got)):
            if _outlet(got[i][0]) != _outlet(got[j][0]) and _agree(name, got[i][1][2], got[j][1][2]) is False:
                status = "conflict"
    who = [m for m, _ in got]
    return FieldAlignment(name, status, values, n_outlets=len(outlets), n_origins=origins(who, shared),
                          n_claimants=len(cmp.claimant_keys(c for m in who for c in m.claimants)))


FIXED_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "place", "date")


def cross_event(mentions: list[FactMention], shared, story_id: Optional[str] = None) -> CrossEvent:
    """Merge one coreference cluster into a ``CrossEvent`` with per-field alignment."""
    names = list(FIXED_FIELDS)
    for m in mentions:
        names += [k for k in m.quantities if k not in names]
    names.append("detail")
    fields = {}
    for name in names:
        fa = align_field(name, mentions, shared)
        if fa is not None:
            fields[name] = fa
    ids = sorted(m.id for m in mentions)
    return CrossEvent(
        id="X-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:12], story_id=story_id,
        event_ids=[m.id for m in mentions], article_ids=sorted({m.article_id for m in mentions}),
        outlets=sorted({_outlet(m) for m in mentions}), fields=fields,
        n_outlets=len({_outlet(m) for m in mentions}), n_origins=origins(mentions, shared),
        n_claimants=len(cmp.claimant_keys(c for m in mentions for c in m.claimants)))


_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def coding_differences(ce: CrossEvent) -> list[str]:
    """Fields where our *coding* of the outlets' reports differs (type, sub-type, and actors of
    non-violent events such as talks, where either party may be coded first) — shown, but not
    a contradiction between the outlets about what happened."""
    violent = any(v.value in _VIOLENT_TYPES for v in ce.fields["event_type"].values) if "event_type" in ce.fields \
        else False
    soft = ("event_type", "sub_event_type") + (() if violent else ("actor1", "actor2"))
    return [f.field for f in ce.fields.values() if f.status == "conflict" and f.field in soft]


def status_of(ce: CrossEvent) -> str:
    """One word for a whole fact: single (only in one outlet), conflict, or agree. Outlets
    conflict when their figures, place, date or (for violence) actors contradict."""
    if ce.n_outlets <= 1:
        return "single"
    soft = set(coding_differences(ce)) | {"detail"}
    if any(f.status == "conflict" for f in ce.fields.values() if f.field not in soft):
        return "conflict"
    return "agree"


def hedged_in(ce: CrossEvent) -> list[str]:
    """Articles whose report of the fact is hedged ("allegedly", "reportedly")."""
    return sorted({v.article_id for f in ce.fields.values() for v in f.values if v.hedged})


def details_only_in(ce: CrossEvent) -> dict[str, list[str]]:
    """Named details (weapon, platform, unit) that only some outlets give: {article: names}."""
    f = ce.fields.get("detail")
    if f is None:
        return {}
    seen = [set(v.value) for v in f.values]
    out = {}
    for v, names in zip(f.values, seen):
        others = set().union(*(s for w, s in zip(f.values, seen) if w.article_id != v.article_id)) \
            if len(seen) > 1 else set()
        extra = sorted(names - others)
        if extra:
            out[v.article_id] = extra
    return out
