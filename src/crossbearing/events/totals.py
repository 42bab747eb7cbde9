"""A toll the article breaks down place by place: a total over several incidents, not one
incident's toll (``split_total_over_places``, run by ``incidents.consolidate`` on the lead).

"Government air strikes on towns across the country killed at least 32" … "In Jassem 15
civilians were killed" … "strikes on Douma killed six": an analyst codes Jassem, Douma and the
rest each with its own toll; the 32 is an aggregate fact. The cues that say a total is spread
are language data (``spread_over_places`` in ``data/lang/en/incidents.json``).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Optional

from ..model import Event, Quantity, Span
from .cues import any_cue
from .agreement import _explicit_time, _family, _place_key, _places_agree, _toll, times_within_a_day


def _own_place(ev: Event) -> bool:
    """Whether the mention names its place in its own sentence (not one the article lent it)."""
    if _place_key(ev) is None or not ev.evidence:
        return False
    said = ev.place.span.text or ""
    return any(s.start <= ev.place.span.start < s.end for s in ev.evidence) or \
        bool(said) and bool(re.search(rf"(?<!\w){re.escape(said)}(?!\w)", ev.evidence[0].text or ""))


def _apart(a: Event, b: Event) -> bool:
    """Two mentions placed, each in its own words, at places that are not one."""
    return _place_key(a) is not None and _place_key(b) is not None and not _places_agree(a, b)


def _holds(sentence: Span, figure: Quantity) -> bool:
    """Whether the evidence span ``sentence`` holds where ``figure`` is said."""
    return sentence.article_id == figure.span.article_id and sentence.start <= figure.span.start < sentence.end


def _dated_apart(part: Event, head: Event) -> bool:
    """The part's own words date it more than a day from the lead's day (the lead's date may
    come from the headline or the page: ``head.time`` as the lead was dated, not only its
    sentence's own words)."""
    return times_within_a_day(_explicit_time(part), head.time) is False


def _names_together(names: set[str], text: str) -> bool:
    """Whether ``text`` names two of ``names`` side by side, as a list names places ("in Aleppo
    and Deir Ezzor", "hit Tartous, Homs and Hasakeh", "Hama & Homs")."""
    found = sorted((m.start(), m.end(), n) for n in names if n
                   for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I))
    return any(a[2] != b[2] and 0 <= b[0] - a[1] <= 30 and not re.search(r"[.;:!?]", text[a[1]:b[0]])
               for a, b in zip(found, found[1:]))


def split_total_over_places(merged: list[Event], lead: int, lead_group: list[Event],
                            article_id: str) -> tuple[list[Event], Optional[int], list[Event]]:
    """A headline or lead toll that the article then breaks down by place is a total over
    several incidents, not one incident's toll ("Air strikes across the country killed at
    least 32" … "In Jassem, 15 civilians were killed" … "Elsewhere, strikes on Douma killed
    six" … "At Khan Sheikhun 11 people were killed"). An analyst codes each place's incident
    with its own toll: the total becomes an aggregate fact, and the lead incident keeps the
    toll its own place is given (when the lead gives none, it was the total alone and stands
    aside). The parts are tolls at places apart from each other, each smaller than the total,
    together no more than it; and the total's own sentence must say it is spread ("across the
    country", "in separate shootings") or name two of the parts' places ("32 killed in Daraa,
    Aleppo"), or the parts must add up to it exactly, so that another incident told after the
    lead (a toll that happens to fall short of it) is never taken for a part of it.
    Returns the incidents, the lead's index (its first part's when it stood aside, moved to the
    front) and the aggregates."""
    head = merged[lead]
    total = _toll(head.fatalities)
    if total is None or total < 2:
        return merged, lead, []

    def smaller(q: Optional[Quantity]) -> bool:
        return q is not None and q.kind == "killed" and not q.aggregate and \
            _toll(q) is not None and 1 <= _toll(q) < total and q.span != head.fatalities.span

    def apart_from_total(e: Event) -> bool:  # a figure in the total's own sentence breaks it down
        return not any(_holds(s, head.fatalities) for s in e.evidence[:1])

    said = [s.text or "" for s in head.evidence if _holds(s, head.fatalities)] or [head.fatalities.span.text or ""]
    # a total said to be spread over separate incidents may have its parts in one city (a
    # city's weekend shootings); one that only lists places has its parts at those places
    told_spread = any(any_cue("spread_over_places", t) for t in said)
    # the lead's own part: a smaller toll of its incident told apart from the total, at a place
    # of its own; or, where the total says it is spread, at the lead's place ("jets struck
    # near al-Bab … The report said at least 70 were slain")
    own = sorted(((q.span.start, _own_place(e), q, e) for e in lead_group if apart_from_total(e)
                  for q in (e.fatalities, *e.quantities) if smaller(q)), key=lambda t: t[0])
    placed = [t for t in own if t[1]] or (own if told_spread else [])
    _, part_placed, part, told_by = placed[0] if placed else (None, False, None, None)
    if part is None and any(smaller(q) for e in lead_group for q in (e.fatalities, *e.quantities)):
        return merged, lead, []  # the lead tells a smaller toll at no place of its own: a part unplaced

    def elsewhere(a: Event, b: Event) -> bool:
        return told_spread or _apart(a, b)

    # a part at a place apart from the lead's own part counts too: the total's place may be the
    # province both parts lie in ("42 killed in Idlib province" … "19 outside Saraqeb and
    # another 23 in Ehsim")
    others = [i for i, e in enumerate(merged) if i != lead and _family(e) == "violent" and not e.aggregate
              and smaller(e.fatalities) and _own_place(e)
              and (part is None or elsewhere(e, head) or (part_placed and _apart(e, told_by)))]
    if not others or (part is None and (len(others) < 2 or not any(
            elsewhere(merged[i], merged[j]) for i in others for j in others if i != j))):
        return merged, lead, []
    told = sum(_toll(merged[i].fatalities) for i in others) + (_toll(part) if part is not None else 0)
    places = {(e.place.span.text or "").lower() for e in [merged[i] for i in others] + ([told_by] if part else [])
              if e.place is not None}
    # exact parts that add up to the total exactly are its breakdown, whatever its sentence says
    # ("tens of civilians" is no part: a rounding that happens to make the sum; nor is a toll
    # dated to another day than the total's)
    exact_sum = told == total and not any(q.vague for q in [merged[i].fatalities for i in others] + [part] if q is not None) \
        and not any(_dated_apart(merged[i], head) for i in others)
    if told > total or not (told_spread or exact_sum or any(_names_together(places, t) for t in said)):
        return merged, lead, []
    total_fact = dataclasses.replace(head, aggregate=True)
    if part is None:
        # the total's first part is the article's lead incident now: it goes first
        first = min(others, key=lambda i: merged[i].evidence[0].start if merged[i].evidence else 0)
        kept = [merged[first]] + [e for i, e in enumerate(merged) if i not in (lead, first)]
        renumbered = [dataclasses.replace(e, id=f"{article_id}-e{i}") for i, e in enumerate(kept)]
        return renumbered, 0, [total_fact]
    merged = list(merged)
    hurt = next((x for x in (told_by.injured, *told_by.quantities) if x is not None and x.kind == "injured"
                 and not x.aggregate and x.span.article_id == part.span.article_id
                 and abs(x.span.start - part.span.start) < 200), None)
    where = dict(place=told_by.place, latitude=told_by.latitude, longitude=told_by.longitude,
                 geo_precision=told_by.geo_precision) if part_placed else {}
    when = dict(time=told_by.time, time_precision=told_by.time_precision) if _explicit_time(told_by) else {}
    merged[lead] = dataclasses.replace(head, fatalities=part, injured=hurt, **where, **when)
    return merged, lead, [total_fact]
