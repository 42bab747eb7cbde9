"""The headline and lead told again later in the article: one incident, with the toll the
article states (every sentence below is made up for the test)."""

from __future__ import annotations

from made_up_articles import events, toll, violent


def test_the_headlines_toll_told_again_in_a_later_sentence_is_one_incident(resources):
    text = ("Sixteen civilians were killed on Tuesday in the town of Qamishli, a monitor said. "
            "Residents described scenes of panic in the market. "
            "A man on a motorbike detonated explosives near a checkpoint in Qamishli on Tuesday, killing 16 people.")
    every = events(resources, text, title="16 civilians killed in Qamishli motorbike bombing", published="2016-07-06")
    evs = violent(every)
    assert len(evs) == 1 and toll(evs[0]) == 16
    assert len({e.id for e in every}) == len(every)


def test_a_dateless_lead_under_the_pages_stamp_joins_the_incident_it_summarises(resources):
    # the lead's only date is the page's stamp: it does not date the strike, so the later
    # sentence that dates it ("over the weekend") and gives the headline's toll is the same incident
    text = ("Date of publication 9 August 2016 Five children and four medical staff killed by air strikes "
            "on a hospital in Idlib province. A hospital run by a medical charity in Idlib province was "
            "destroyed by air strikes over the weekend that killed 13 people, the charity said on Monday.")
    evs = violent(events(resources, text, title="Air strikes destroy Idlib hospital leaving 13 dead",
                         published="2016-08-09"))
    assert len(evs) == 1 and toll(evs[0]) == 13
