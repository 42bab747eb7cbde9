"""The link stage's fast analysis reader builds the records ``model.from_dict`` builds."""

from __future__ import annotations

import json

from crossbearing.link.fastload import UNUSED_BY_FACTS, converter, for_facts
from crossbearing.link.facts import fact_mentions
from crossbearing.model import Analysis, Event, from_dict, to_dict


def test_converter_equals_from_dict(hand_seeds):
    for an in hand_seeds:
        d = to_dict(an)
        assert d["events"] and d["places"] and d["claims"]  # real records, not empty ones
        assert converter(Analysis)(d) == from_dict(Analysis, d) == an
        assert converter(Event)(None) is None


def test_facts_read_from_the_light_records_are_the_same(hand_seeds):
    for an in hand_seeds:
        light = for_facts(json.dumps(to_dict(an)))
        assert all(getattr(light, k) == [] for k in UNUSED_BY_FACTS)
        assert fact_mentions(light) == fact_mentions(an)
