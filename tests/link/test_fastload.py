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


def test_an_event_dated_to_its_articles_own_day_is_marked_so():
    from crossbearing.model import Article, Span, TimeRef

    art = Article(id="a", text="Shells hit the old town on Sunday, killing one man.", published="2016-08-14")
    def dated(start, end, precision="day"):
        e = Event("a-e0", "a", event_type="Explosions/Remote violence",
                  time=TimeRef(Span("a", 30, 36, "Sunday"), start, end, precision),
                  evidence=[Span("a", 0, 51, art.text)])
        return fact_mentions(Analysis(article=art, events=[e]))[0].on_publication_day
    assert dated("2016-08-14", "2016-08-14")
    assert not dated("2016-08-13", "2016-08-13")  # the day before it was published
    assert not dated("2016-08-08", "2016-08-14", "week")
