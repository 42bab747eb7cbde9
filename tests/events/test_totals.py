"""A lead toll the article breaks down place by place (``crossbearing.events.totals``), and
the death words that join an incident, on made-up articles through the real extractors."""

from __future__ import annotations

from crossbearing.ingest.text import article_from_text
from crossbearing.pipeline import analyse
from made_up_articles import events, toll, violent


def test_a_total_broken_down_by_place_is_not_one_incidents_toll(resources):
    # the lead's 27 is the sum of the three towns' tolls: each town is an incident of its own
    text = ("Government air strikes on rebel-held towns across the country killed at least 27 people "
            "on Sunday, a monitoring group said. In Idlib 12 civilians were killed in three air strikes "
            "while 20 others were wounded, the group said. Elsewhere, air strikes on Douma killed nine "
            "civilians. In Homs six people were killed in a barrage, the group said.")
    evs = violent(events(resources, text, "Air strikes kill 27 across Syria", published="2023-05-14"))
    assert sorted(toll(e) for e in evs) == [6, 9, 12]
    assert toll(evs[0]) == 12 and int(evs[0].injured.best) == 20
    art = article_from_text(text, outlet="Test Wire", published="2023-05-14")
    art.title = "Air strikes kill 27 across Syria"
    totals = [e for e in analyse(art, resources).events if e.aggregate and toll(e) == 27]
    assert totals, "the total is kept as an aggregate fact, not lost"


def test_a_toll_of_one_place_with_another_incident_after_it_stays_whole(resources):
    # the other town's dead do not add up to the lead's toll and nothing says it is spread
    text = ("A car bomb killed 15 people in Azaz on Monday, a monitoring group said. "
            "In Jarablus, three fighters were killed in clashes on Monday, the group said.")
    evs = violent(events(resources, text, "Car bomb kills 15 in Azaz", published="2023-05-15"))
    assert toll(evs[0]) == 15


def test_a_round_up_of_separate_shootings_gives_each_shooting_its_own_toll(resources):
    text = ("Two men were killed in separate shootings across the city overnight, police said. "
            "In Dayton, a 24-year-old man was shot and killed outside a bar on Main Street around 1 a.m. "
            "In Springfield, a 31-year-old man was found shot dead in his car on Elm Street.")
    evs = violent(events(resources, text, "Two men killed in separate overnight shootings", published="2023-05-14"))
    assert [toll(e) for e in evs] == [1, 1]


def test_a_breakdown_inside_the_totals_own_sentence_is_not_a_part(resources):
    # "one of them a child" breaks the lead's toll down; the toll stays the incident's
    text = ("Six people were killed, one of them a child, when a gunman opened fire at a house in Dayton "
            "on Wednesday. In Columbus, one man was shot dead in a separate dispute later that day.")
    evs = violent(events(resources, text, "Six killed in Dayton shooting", published="2023-05-18"))
    assert toll(evs[0]) == 6


def test_a_citys_weekend_shootings_each_keep_their_own_toll_and_day(resources):
    text = ("Three people were killed in separate weekend shootings in Chicago, police said. "
            "A 17-year-old boy was shot dead in the 6400 block of South Halsted Street in Chicago on Friday night. "
            "On Sunday morning, two men were shot and killed in the 1200 block of North Pulaski Road in Chicago.")
    evs = violent(events(resources, text, "Three killed in weekend shootings", published="2023-05-15"))
    assert sorted((e.time.start[:10], toll(e)) for e in evs) == [("2023-05-12", 1), ("2023-05-14", 2)]


def test_slain_joins_the_strike_it_tells_the_toll_of_and_a_spread_total_yields_to_it(resources):
    # "were slain" names no kind of event: it is the toll of the strike told just before; the
    # headline's "across the country" makes its 40 a total over the strike and the clash
    text = ("Government forces killed more than 40 militants in operations across the country on Tuesday, state media said. "
            "Warplanes struck militant positions near the city of Idlib on Tuesday. "
            "The report said at least 30 militants were slain. "
            "In Hama, at least eight militants were killed in clashes with the army on Tuesday.")
    evs = violent(events(resources, text, "Army kills more than 40 militants across the country", published="2023-05-17"))
    assert [(e.sub_event_type, toll(e)) for e in evs] == [("Air/drone strike", 30), ("Armed clash", 8)]


def test_one_sentence_giving_two_places_their_tolls_is_two_incidents_of_the_total(resources):
    # "and another 17" elides the fate: 17 more dead, at the second place; the two add up to
    # the lead's total, which is then their aggregate, though its sentence names one region only
    text = ("Suspected jihadists killed at least 31 people in northeastern Nigeria on Sunday, officials said. "
            "The gunmen killed 14 people outside the city of Maiduguri and another 17 in the town of Damaturu, "
            "the officials said.")
    evs = violent(events(resources, text, "Jihadists kill 31 in northeast Nigeria", published="2023-05-14"))
    assert sorted((toll(e), e.place.surface) for e in evs) == [(14, "Maiduguri"), (17, "Damaturu")]


def test_a_second_count_with_a_fate_of_its_own_is_no_second_toll(resources):
    text = "Gunmen killed 14 people in the city of Maiduguri and another 30 were wounded in Damaturu on Sunday."
    evs = violent(events(resources, text, "", published="2023-05-14"))
    assert [toll(e) for e in evs if e.fatalities is not None] == [14]


def test_two_provinces_named_in_one_sentence_are_two_places(resources):
    text = ("The monitor said 30 people were killed in Aleppo province on Saturday and another 39 "
            "were killed by air strikes in neighbouring Idlib province.")
    evs = violent(events(resources, text, "", published="2016-09-10"))
    assert sorted(toll(e) for e in evs) == [30, 39]


def test_tolls_of_another_day_are_no_parts_of_the_days_total_even_when_they_add_up(resources):
    text = ("Rebel shelling killed four civilians in Kabul on Sunday, police said. "
            "In Jalalabad, two people were killed by a roadside bomb, officials said. "
            "On Wednesday, a suicide bomber killed two people in Kandahar.")
    evs = violent(events(resources, text, "Shelling kills four in Kabul", published="2017-10-16"))
    assert toll(evs[0]) == 4 and evs[0].place.surface == "Kabul"
