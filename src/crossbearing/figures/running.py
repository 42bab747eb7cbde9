"""Whether a sentence's tolls are running totals gathered over time ("since 2011", "in
total", "over the past two days"), read before the quantity grammar counts them; also used by
event detection and event dating, which must not read the years of a relative clause about a
place's state ("the city, which has been divided since July 2012") as the event's span."""

from __future__ import annotations

import re

from .lexicon import AGGREGATE_RE, PERFECT_TOLL_RE, STATE_SINCE_RE

# "carried out a total of 18 air strikes ... killing five": the total counts strikes, not a toll
# gathered over time, and leaves the sentence's toll the day's.
_TOTAL_OF_THINGS = re.compile(r"\b(?:a\s+total\s+of|in\s+total)\s+(?:\d[\d,]*|[a-z]+)\s+(?:\w+\s+)?"
                              r"(?:air\s*strikes?|air\s*raids?|raids?|strikes|sorties|shells|rockets|missiles|"
                              r"barrel\s+bombs|bombs|mortars?|attacks|explosions|blasts)\b", re.I)


# "a total of nine people were wounded when a man opened fire": the total of one incident's
# victims, which the clause after "when" tells
_TOTAL_OF_ONE_INCIDENT = re.compile(
    r"\ba\s+total\s+of\b(?=[^.;]{0,120}?\bwhen\s+(?:a|an|the|two|three|several|\w+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:opened\s+fire|fired|shot|attacked|exploded|detonated|stabbed|rammed|went\s+off)\b)", re.I)


def without_state_since(sent: str) -> str:
    """``sent`` with the relative clauses that date a state of a thing it names blanked ("killed two
    civilians in the city, which has been divided since July 2012"): those years make no running
    total of a toll told in the simple past. Kept where the toll is told in the perfect ("… have
    been killed in the city, which has been besieged since 2012" is a running total)."""
    if "since" not in sent.lower() or PERFECT_TOLL_RE.search(sent):
        return sent
    return STATE_SINCE_RE.sub(lambda m: " " * len(m.group(0)), sent)


def running_total(sent: str) -> bool:
    """Whether the sentence's tolls are totals gathered over time ("since 2011", "in total")."""
    sent = _TOTAL_OF_ONE_INCIDENT.sub(" ", _TOTAL_OF_THINGS.sub(" ", sent))
    return bool(AGGREGATE_RE.search(without_state_since(sent)))
