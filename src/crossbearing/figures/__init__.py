"""Figures and claims: numbers and what they count, casualty tolls, who claims what.

Public API (what other stages call):

- ``find_numbers(text)`` / ``parse_number(s)`` — figures with ACLED's conservative rules.
- ``sentence_quantities(text, start, end, article_id)`` — typed ``Quantity`` records.
- ``main_event_count(text, kind)`` → ``Toll(value, quantities, reason)``: the count of one
  kind (killed, injured, …) for the event a text describes; ``article_casualties(text, title)``
  → (killed, injured) for a news article's lead incident.
- ``canonical_actor(name)`` → (canonical_name, kind, acled_actor, inter) or None;
  ``load_table(path)`` / ``AliasTable`` for the alias table itself.
- ``build_claims(...)`` and ``claim_for(analysis, start, end)`` → the Claim covering a span;
  ``quotes_match(a, b)`` — the same quoted passage in two reports.
"""

from .aliases import AliasTable, canonical_actor, load_table
from .claims import build_claims, claim_for, quotes_match
from .fatalities import Toll, main_event_count, text_quantities
from .grammar import sentence_quantities
from .gva import article_casualties
from .numbers import NumberMatch, find_numbers, parse_number

__all__ = [
    "AliasTable", "NumberMatch", "Toll", "article_casualties", "build_claims", "canonical_actor",
    "claim_for", "find_numbers", "load_table", "main_event_count",
    "parse_number", "quotes_match", "sentence_quantities", "text_quantities",
]
