"""The worked example (DESIGN.md rows 2, 4, 5, 6, 7): events found with the right type,
actors, place, date and figures, the aggregate marked, the talks planned."""

from __future__ import annotations

import math

import pytest

from crossbearing.eval.events import actor_key


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _near(ev, lat, lon, km):
    return ev.latitude is not None and _km(ev.latitude, ev.longitude, lat, lon) <= km


def _fig(ev, kind, value):
    qs = [q for q in [ev.fatalities, ev.injured, *ev.materiel, *ev.quantities] if q is not None]
    return any(q.kind == kind and value in (q.best, q.low) for q in qs)


def _find(an, **want):
    """Events of an analysis matching every predicate in ``want`` (name → callable(ev))."""
    return [e for e in an.events if all(f(e) for f in want.values())]


GOV_OR_RUSSIA = {"military forces of syria", "military forces of russia"}


@pytest.mark.parametrize("art", ["000", "001"])
def test_row2_deir_ez_zor_operation(seed_analyses, art):
    an = seed_analyses[art]
    hits = _find(an, fig=lambda e: _fig(e, "killed", 450) and _fig(e, "materiel:tank", 5) and _fig(e, "materiel:pickup", 42))
    assert hits, [(e.sub_event_type, e.evidence[0].text[:60]) for e in an.events]
    ev = hits[0]
    assert not ev.aggregate and not ev.planned
    assert ev.event_type in ("Battles", "Explosions/Remote violence")
    assert ev.sub_event_type in ("Armed clash", "Air/drone strike", "Government regains territory")
    assert actor_key(ev.actor1) in GOV_OR_RUSSIA
    assert actor_key(ev.actor2) == "islamic state"
    assert _near(ev, 35.336, 40.141, 50)
    assert ev.trigger is not None and ev.trigger.text == an.article.text[ev.trigger.start:ev.trigger.end]
    if an.article.published:  # the date comes from the article's (inferred) publication date
        assert ev.time is not None and ev.time.start[:7] == "2017-09"


@pytest.mark.parametrize("art", ["000", "001"])
def test_row4_cruise_missile_strikes(seed_analyses, art):
    an = seed_analyses[art]
    hits = _find(an, typ=lambda e: e.sub_event_type == "Shelling/artillery/missile attack",
                 tgt=lambda e: actor_key(e.actor2) == "islamic state")
    assert hits
    ev = hits[0]
    assert ev.event_type == "Explosions/Remote violence"
    assert actor_key(ev.actor1) == "military forces of russia"
    assert _near(ev, 35.336, 40.141, 150)
    assert ev.plover_type == "FIGHT" and ev.plover_mode == "heavy-weapons"


def test_row5_coalition_airstrike_on_family(seed_analyses):
    an = seed_analyses["001"]
    hits = _find(an, fig=lambda e: e.fatalities is not None and e.fatalities.best == 12)
    assert len(hits) == 1
    ev = hits[0]
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert ev.actor1 == "US-led coalition" and ev.actor2 == "Civilians" and ev.inter2 == 7
    assert ev.civilian_targeting and not ev.aggregate
    assert ev.fatalities.of_which.get("children") == 5
    assert ev.place is not None and ev.place.surface == "al-Shahabat"
    assert _near(ev, 35.336, 40.141, 150)
    assert ev.time is not None and ev.time.start[:7] == "2017-09"
    assert ev.plover_type == "ASSAULT" and ev.plover_mode == "aerial"


def test_row6_aggregate_is_not_an_event(seed_analyses):
    an = seed_analyses["001"]
    agg = [e for e in an.events if any(q.kind == "airstrikes" and q.best == 42234 for q in e.quantities)]
    assert agg and all(e.aggregate for e in agg)
    assert all(e.fatalities is None or e.fatalities.best != 7000 for e in an.events if not e.aggregate)


@pytest.mark.parametrize("art", ["000", "001"])
def test_row7_astana_talks_planned(seed_analyses, art):
    an = seed_analyses[art]
    hits = _find(an, planned=lambda e: e.planned, where=lambda e: _near(e, 51.18, 71.45, 50))
    assert hits
    ev = hits[-1]
    assert ev.event_type == "Strategic developments" and ev.sub_event_type in ("Agreement", "Other")
    # a planned event is never dated by the publication date: its date, if any, is in its own words
    if ev.time is not None:
        s = ev.evidence[0]
        assert s.start <= ev.time.span.start < s.end
        assert abs(int(ev.time.start[8:10]) - 14) <= 1 and ev.time.start[:7] == "2017-09"


def test_event_ids_stable_and_ordered(seed_analyses):
    for an in seed_analyses.values():
        assert [e.id for e in an.events] == [f"{an.article.id}-e{i}" for i in range(len(an.events))]
        assert all(e.evidence and e.evidence[0].text for e in an.events)
