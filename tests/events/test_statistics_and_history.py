"""Statistics and history are not the day's incident (``crossbearing.events.incidents``, on
made-up news): crime figures, yearly counts and studies are aggregates; a timeline above the
story is history; neither gives the lead its toll."""

from __future__ import annotations

from datetime import date

import pytest

from crossbearing.events.incidents import classify
from crossbearing.model import Event, Span
from made_up_articles import events, toll, violent


def _classified(sentence: str, published: date) -> str:
    """How the incident layer classifies a violent mention told by ``sentence`` alone."""
    ev = Event(id="a-e1", article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
               evidence=[Span("a", 0, len(sentence), sentence)])
    return classify(ev, published)


def test_crime_statistics_are_aggregates():
    sentence = "Crime stats for 2015 in the city show 165 people were murdered, a 10% increase."
    assert _classified(sentence, date(2016, 1, 2)) == "aggregate"


@pytest.mark.parametrize("sentence", [
    "Accidental shootings injure and kill dozens of children each year in the country.",
    "Every year, more than 500 people are shot in the city.",
    "According to a study by two universities, 96 teenagers died in shootings in 2015.",
])
def test_yearly_counts_and_studies_are_aggregates(sentence):
    assert _classified(sentence, date(2017, 1, 18)) == "aggregate"


def test_a_yearly_count_from_a_study_gives_the_days_shooting_no_toll(resources):
    text = ("A 5-year-old girl was in serious condition after accidentally shooting herself at her home "
            "Tuesday night, police said. Accidental shootings injure and kill dozens of children each year "
            "in the country. According to a joint count by the Associated Press and USA Today, 96 children "
            "died in unintentional shootings in 2015.")
    evs = violent(events(resources, text, "Girl, 5, shoots herself with mother's gun", "2017-01-18"))
    assert evs and all(toll(e) is None for e in evs)


def test_a_statistic_or_an_earlier_incident_recalled_gives_the_lead_no_toll(resources):
    text = ("Gunfire on New Year's Eve wounded two people outside a bar on Canal Street, police said. "
            "Crime stats for 2015, in the city of New Orleans, show 165 people were murdered. "
            "The shooting comes a little over a month after a gunman killed 20 people at a school in another state.")
    evs = violent(events(resources, text, "New Year's Eve shooting raises questions about city crime", "2016-01-01"))
    assert evs and all((toll(e) or 0) < 20 for e in evs)


def test_a_timeline_entry_headed_by_its_year_is_history(resources):
    # a gallery of earlier incidents above the story: "1994: …" dates its line
    text = ("photo 1994: A doctor is shot to death outside a clinic in Pensacola, Florida.\n\n"
            "August 2016: Gunman kills six and himself after a standoff at an apartment complex.\n\n"
            "LITTLE ROCK, Ark. - A 15-year-old was shot Wednesday night outside a store, police said.")
    evs = violent(events(resources, text, "Teen shot outside store", "2017-03-16"))
    assert evs and all(e.time is not None and e.time.start.startswith("2017") for e in evs)
    assert not any("doctor" in (s.text or "") or "standoff" in (s.text or "") for e in evs for s in e.evidence)
