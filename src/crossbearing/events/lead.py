"""The headline and lead of an article: the toll and day they state for its lead incident, the
later incident they tell again, and the earlier incident a follow-up's lead is about (run by
``incidents.consolidate``).

The headline and first sentences are where a news report states its incident's toll and day;
the rest of the article adds detail, history and other incidents.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import lru_cache
from typing import Collection, Optional

from ..model import ACLED_TIME_PRECISION, Analysis, Event, Quantity, Span, TimeRef
from .cues import furniture_lines, without_furniture
from .agreement import _dates_agree, _explicit_time, _family, _places_agree, _toll, crowd_event, violent_incident
from .incidents import _dated_after, _published

LEAD_DATE_FIRST = True  # the lead's reading of the incident day beats a date in one sentence
# a toll the headline and lead state at or above this is a war's, never one incident's (the
# deadliest attacks of the wars in these feeds killed some 1,500)
MAX_LEAD_TOLL = 10_000
LEAD_CHARS = 400  # a follow-up's lead: where it tells the incident it is about
# a headline's toll gathered over days ("… kills 45 fighters in 2 days", "… in Last Three Days"):
# an aggregate, whatever the headline says
_OVER_DAYS = re.compile(r"\b(?:in|over|during|within|across)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?"
                        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:days|weeks|months)\b",
                        re.I)


def lead_figures(analysis: Analysis, ev: Event, casualties: tuple[int, int],
                  taken: list[Quantity] = (), other_days: Collection[tuple[int, int]] = ()) -> Event:
    """The lead incident's toll and date read from the headline and lead as a whole.
    ``taken``: figures other incidents own; ``other_days``: the spans of the days that date
    the article's other incidents in their own words."""
    from ..figures.gva import dead_told_again, headline_says_only_hurt
    from ..timex.event import incident_month, main_event_period, reads_as_follow_up
    from .roles import headline_initiator

    art = analysis.article
    text, title = art.text, (art.title or "").strip()
    changes: dict = {}
    killed, injured = casualties
    for kind, value, current in (("killed", killed, ev.fatalities), ("injured", injured, ev.injured)):
        if current is not None and _toll(current) == value:
            continue
        q = supporting(analysis, kind, value)
        if q is not None and ev.event_type in ("Protests", "Riots") and _protested(analysis, q):
            # "a crowd torched a police station after a young man died in custody": the count
            # of another sentence, or none
            q = supporting(analysis, kind, value, lambda x: not _protested(analysis, x))
            if q is None:
                continue
        if q is not None and any(t.span == q.span for t in taken):
            if not ((current is None or (_toll(current) or 0) < value) and _headline_states(title, kind, value)):
                continue  # that figure is another incident's toll in this article
            # the headline states the toll itself ("Girl killed in Henderson shooting
            # identified", "Family of 5 killed") and the lead incident has none or counts fewer
            # (its three children): the body's sentence that another event took (a photo
            # caption, a recap) tells the headline's incident again, and the headline is the
            # evidence
            q = None
        if value >= MAX_LEAD_TOLL or (q is None and value and any(
                x.kind == kind and x.aggregate and _toll(x) == value for x in analysis.quantities)
                and not _headline_states(title, kind, value)):
            continue  # the lead states a war-long toll or a statistic, not this incident's (a
            # toll the incident's own sentence gives, "killing at least 1,400", stays its own;
            # so does one the headline gives: "Teen dies …" over "the eighth person killed so
            # far this year")
        if kind == "injured" and q is None and value and not killed and current is None and \
                ev.fatalities is not None and not ev.fatalities.aggregate and _toll(ev.fatalities) == value:
            continue  # "accidentally shoots friend" over "… where he died": the one shot is the one dead,
            # not one more hurt (no sentence gives the hurt apart)
        if q is None and value and title:
            q = Quantity(span=Span(art.id + ":title", 0, len(title), title), kind=kind, best=float(value),
                         low=float(value), high=float(value))
        told_again = kind == "injured" and killed and current is not None and current.span is not None and \
            dead_told_again(current.span.text or "")
        if q is None and value == 0 and current is not None and not told_again and \
                not (kind == "killed" and headline_says_only_hurt(title)):
            continue  # the lead reads no toll where a sentence gives one: keep the sentence's
            # (unless the headline says the victims were hurt: a later sentence's dead are
            # another incident's, a round-up's or a history's)
        if q is not None or value == 0:
            changes["fatalities" if kind == "killed" else "injured"] = q
    dead = changes.get("fatalities", ev.fatalities)
    if killed and dead is not None and _toll(dead) == killed and lead_toll_counts_attacker(analysis):
        # the toll counts the attacker: a merge of reports that count only his victims says so
        changes["fatalities"] = dataclasses.replace(dead, of_which={**dead.of_which, "attackers": 1.0})
    if ev.actor1 is None and title:
        hit = headline_initiator(title)
        if hit is not None:
            changes.update(actor1=hit.name, inter1=hit.inter,
                           evidence=list(ev.evidence) + [Span(art.id + ":title", hit.start, hit.end, title[hit.start:hit.end])])
    anchor = _published(analysis)
    if anchor is not None and (LEAD_DATE_FIRST or _explicit_time(ev) is None or ev.time_precision != 1):
        # (a video playlist's "0:33 Festival-goers brave cold for a fun Sunday" dates another story)
        day, last, precision, span = main_event_period(text[:20000], anchor, title,
                                                       list(other_days) + furniture_lines(text[:20000]))
        if (day is None or abs((anchor - day).days) <= 1) and reads_as_follow_up(text, title):
            # an arrest or a trial reported today is about an incident of months ago: the month
            # the report names for it dates the incident better than the day of the news
            month = incident_month(text[:20000], anchor, title)
            if month is not None:
                changes.update(_time_change(art, title, text, month[2], month[0], month[1], "month"))
                day = None
        if day is not None and span is not None:
            changes.update(_time_change(art, title, text, span, day, last, precision))
    return dataclasses.replace(ev, **changes) if changes else ev


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_ON_BEFORE = re.compile(r"\b[Oo]n\s+(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?$")


def _time_change(art, title: str, text: str, span: tuple[int, int], start: date, end: date, precision: str) -> dict:
    """The event's ``time`` and ``time_precision`` from an expression at ``span`` of
    ``title + "\\n" + text`` (the offsets ``main_event_date`` gives)."""
    offset = len(title) + 1 if title else 0
    s, e = span
    ev_span = Span(art.id, s - offset, e - offset, text[s - offset:e - offset]) if s >= offset else \
        Span(art.id + ":title", s, e, title[s:e])
    # "On 12 May 2022, gunmen …": a date the sentence gives its event with the year is read
    # without the publication date; any other is relative to it (and a dateline's "Sunday 25
    # August 2013" dates the page, not the incident)
    before = text[max(0, s - offset - 20):s - offset] if s >= offset else title[max(0, s - 20):s]
    relative = not (_YEAR.search(ev_span.text or "") and _ON_BEFORE.search(before))
    return {"time": TimeRef(span=ev_span, start=start.isoformat(), end=end.isoformat(), precision=precision,
                            kind="date", relative=relative),
            "time_precision": ACLED_TIME_PRECISION[precision]}


def lead_casualties(analysis: Analysis) -> tuple[int, int]:
    """(killed, injured) the headline and lead state, read once per article."""
    return _lead_of(analysis)[:2]


def lead_toll_counts_attacker(analysis: Analysis) -> bool:
    """The lead's toll of the dead counts the attacker's own death ("… before turning the gun on
    himself", "the gunman was killed by police", "six dead, including the suspect")."""
    return _lead_of(analysis)[2]


def _lead_of(analysis: Analysis) -> tuple[int, int, bool]:
    return _lead_read(analysis.article.text[:20000], (analysis.article.title or "").strip())


@lru_cache(maxsize=64)
def _lead_read(text: str, title: str) -> tuple[int, int, bool]:
    """(killed, injured, whether the toll counts the attacker), cached: the lead is read once
    however many of the article's steps ask."""
    from ..figures.attacker import toll_counts_attacker
    from ..figures.gva import article_casualties

    trace: list = []
    killed, injured = article_casualties(without_furniture(text), title, trace)
    return killed, injured, toll_counts_attacker(trace)


def crowds_toll(analysis: Analysis, merged: list[Event], casualties: tuple[int, int],
                owned_elsewhere: list[Quantity]) -> list[Event]:
    """An article of protests and riots and no violent incident that states a toll in its lead
    ("Security forces fired tear gas … 125 people were injured"): the toll is its first crowd's,
    where that event has none of its own (not the deaths a crowd protests about)."""
    at = next((i for i, e in enumerate(merged) if crowd_event(e)), None)
    if at is None:
        return merged
    ev, changes = merged[at], {}
    for kind, value, field in (("killed", casualties[0], "fatalities"), ("injured", casualties[1], "injured")):
        if not value or getattr(ev, field) is not None:
            continue
        q = supporting(analysis, kind, value, lambda x: not _protested(analysis, x) and
                       not any(x.span == o.span for o in owned_elsewhere))
        if q is not None:
            changes[field] = q
            changes["evidence"] = list(changes.get("evidence", ev.evidence)) + [q.span]
    return merged[:at] + [dataclasses.replace(ev, **changes)] + merged[at + 1:] if changes else merged


_GRIEVANCE_ENDS = re.compile(r",\s+(?:leaving|killing|injuring|wounding|and|but|while|as|when)\b|;", re.I)


def _protested(analysis: Analysis, q: Quantity) -> bool:
    """The count lies in what its sentence's crowd protests or riots about (its grievance), or
    in the words that describe the crowd by its dead ("relatives of a man who was found dead
    protested")."""
    from .detect import event_hits, grievance_start, mourners_span

    s = next((s for s in analysis.sentences if s.start <= q.span.start < s.end), None)
    if s is None:
        return False
    text = s.text or ""
    hits = event_hits(text)
    mourners = mourners_span(text, hits)
    if mourners is not None and mourners[0] <= q.span.start - s.start < mourners[1]:
        return True
    g = grievance_start(text, hits)
    if g is None:
        return False
    # the grievance ends where the sentence goes on to what the crowd met ("… against the farm
    # laws, leaving at least 10 of them injured")
    end = _GRIEVANCE_ENDS.search(text, g)
    return g <= q.span.start - s.start < (end.start() if end else len(text))


def supporting(analysis: Analysis, kind: str, value: int, keep=lambda q: True) -> Optional[Quantity]:
    """A quantity of the article that states ``value`` for ``kind`` (the evidence for it)."""
    for q in analysis.quantities:
        if q.kind == kind and not q.aggregate and _toll(q) == value and keep(q):
            return q
    return None


def _title_toll(title: str) -> int:
    """The dead the headline alone states, numbered or not."""
    return _title_tolls(title)[0]


@lru_cache(maxsize=1024)
def _title_tolls(title: str) -> tuple[int, int]:
    """(killed, injured) the headline alone states, numbered or not."""
    from ..figures.gva import article_casualties

    return article_casualties("", title) if title else (0, 0)


def _headline_states(title: str, kind: str, value: int) -> bool:
    """The headline itself states ``value`` killed or injured (``kind``) for one incident, not a
    toll it gathers over days."""
    return bool(value and title and not _OVER_DAYS.search(title)
                and _title_tolls(title)[kind == "injured"] == value)


def join_headline_incident(analysis: Analysis, incidents: list[list[Event]], casualties: tuple[int, int]) -> None:
    """The headline and the lead report one incident: when the toll the headline and lead
    state sits on a later violent incident of the article while the lead incident (the first
    violent one) carries another figure or none, and place and day agree, they are one
    incident told twice ("Strikes kill 45 in Aleppo" … "jets hit the city, killing more than
    40" … "at least 45 people were killed"). Sub-types may differ: the lead names the weapon,
    the toll sentence often only the dead."""
    from ..timex.event import reads_as_follow_up

    killed = casualties[0]
    lead = next((i for i, g in enumerate(incidents) if violent_incident(g)), None)
    if lead is None or not killed:
        return
    q = supporting(analysis, "killed", killed)
    if q is None:
        return
    title = analysis.article.title or ""
    lead_end = analysis.sentences[1].end if len(analysis.sentences) > 1 else len(analysis.article.text)
    said = (q.number_span.text if q.number_span is not None else "") or str(killed)
    in_title = bool(re.search(rf"(?<![\w,.])(?:{killed}|{re.escape(said)})(?![\w]|[,.]\d)", title, re.I)) or \
        _title_toll(title) == killed  # "Toddler killed in shooting": one death, told without a number
    if q.span.start >= lead_end and not in_title:
        return  # a toll further down may be another engagement's: only the headline's is sure
    # (a report of what followed — a plea, a charge — dates its lead by that news, after the
    # killing it is about: "Father admits to firing shot that killed daughter")
    follow_up = reads_as_follow_up(analysis.article.text[:400], title)
    for j in range(lead + 1, len(incidents)):
        group = incidents[j]
        if _family(group[0]) != "violent" or not any(e.fatalities is not None and e.fatalities.span == q.span
                                                     for e in group):
            continue
        if all(_places_agree(a, b) and (_dates_agree(a, b) or (follow_up and _dated_after(a, b)))
               for a in incidents[lead] for b in group):
            incidents[lead].extend(incidents.pop(j))
        return


def follow_up_subject(analysis: Analysis, background: list[Event], incidents: list[list[Event]]) -> Optional[Event]:
    """The earlier incident a follow-up's lead tells first ("Man gets probation after son
    fatally shoots brother" … "accidentally shot his brother … last year"): the article's
    subject, though later sentences tell newer incidents (a statistic, a similar case this month)."""
    from ..timex.event import reads_as_follow_up

    art = analysis.article
    if not reads_as_follow_up(art.text, (art.title or "").strip()):
        return None
    first = next((e for e in background if _family(e) == "violent" and e.evidence), None)
    if first is None or first.evidence[0].start >= LEAD_CHARS:
        return None
    told_before = any(e.evidence and e.evidence[0].start < first.evidence[0].start and _family(e) == "violent"
                      for g in incidents for e in g)
    return None if told_before else first
