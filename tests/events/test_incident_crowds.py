"""The incident layer on made-up articles of crowds (protests, riots, rallies), through the real
extractors: what a crowd protests against is its message, not an incident; the police's
intervention and the crowd's own hurt are the protest's; a killing beside a riot stays a killing."""

from __future__ import annotations

import pytest

from made_up_articles import events, toll, violent


def test_what_a_crowd_protests_against_is_its_message_not_a_plan(resources):
    held = events(resources, "About forty fishermen carrying placards gathered outside the town hall in Brest on "
                             "Monday to protest the plans to close the harbour.", published="2023-05-16")
    assert [e.sub_event_type for e in held if not e.planned and not e.aggregate] == ["Peaceful protest"]
    planned = events(resources, "Dock workers in Rotterdam plan to strike next week over pay.", published="2023-05-16")
    assert not [e for e in planned if not e.planned and not e.aggregate]  # words before the trigger: only a plan


def test_a_killing_told_beside_a_riot_stays_a_killing(resources):
    # "were slain" names no kind of event, but a crowd's arson days later is not its incident
    text = ("Police said the woman and her son were slain by her husband in their home in Helena on Sunday. "
            "Angry neighbours later set fire to the husband's truck outside the house in Helena.")
    evs = violent(events(resources, text, "Family mourns woman and son", published="2023-05-16"))
    assert [(e.sub_event_type, toll(e)) for e in evs][0] == ("Attack", 2)


@pytest.mark.parametrize("text", [
    "On Sunday, relatives of a woman who was found dead last week protested outside the town hall in Springfield.",
    "About 200 students held a protest outside the education ministry in Lagos on Monday. They condemned the "
    "killing of a journalist.",
    "On Saturday, residents gathered in the main square of Treviso after the murder of a shopkeeper to demand more "
    "police patrols.",
])
def test_deaths_a_protests_crowd_names_are_its_grievance_not_an_incident(resources, text):
    evs = events(resources, text, published="2023-05-16")
    assert not violent(evs), [(e.sub_event_type, e.evidence[0].text) for e in violent(evs)]
    assert any(e.event_type == "Protests" for e in evs)


@pytest.mark.parametrize("text", [
    "On Sunday, in Springfield, relatives of a man who was found dead last week protested outside the police station.",
    "Relatives of two men who were killed last week protested outside the police station in Northfield.",
])
def test_the_dead_that_describe_a_protests_crowd_are_not_its_toll(resources, text):
    protests = [e for e in events(resources, text, published="2023-05-16") if e.event_type == "Protests"]
    assert protests and all(toll(e) in (None, 0) for e in protests)


def test_deaths_told_without_a_protest_are_still_reported(resources):
    text = ("Two people were found dead in a house in Springfield on Sunday. They were named by relatives "
            "on Monday.")
    assert violent(events(resources, text, published="2023-05-16"))


def test_the_polices_intervention_in_a_protest_is_that_protest(resources):
    text = ("On 4 May 2022, about 200 nurses staged a protest outside the health ministry in Tirana over unpaid "
            "wages. Police intervened and detained 6 protesters.")
    evs = events(resources, text, published="2022-05-04")
    protests = [e for e in evs if e.event_type == "Protests"]
    assert len(protests) == 1 and protests[0].sub_event_type == "Protest with intervention"


def test_a_memorial_rally_for_a_victim_killed_years_ago_reports_no_killing(resources):
    text = ("On 12 March 2021, friends and supporters of murdered mayor Jan Novak held a memorial rally in front of "
            "the town hall in Brno, where he was killed three years ago. His murder remains unsolved.")
    evs = events(resources, text, published="2021-03-12")
    assert violent(evs) == [] and [e.event_type for e in evs] == ["Protests"]


def test_protesters_hurt_when_police_break_up_their_march_are_the_protests_toll(resources):
    text = ("At least 11 demonstrators were injured on Saturday when riot police fired rubber bullets and "
            "water cannon to break up a march in the centre of Valdoria, a medics' group said.")
    evs = [e for e in events(resources, text, "Marchers hurt as police break up rally", published="2023-05-14")
           if not e.aggregate and not e.planned]
    assert [e.event_type for e in evs] == ["Protests"]
    assert int(evs[0].injured.best) == 11
    # a crowd's dead are another matter: an attack on it keeps its own event
    text2 = ("Soldiers opened fire on a march in the centre of Valdoria on Saturday, killing three people; "
             "at least 11 demonstrators were injured, a medics' group said.")
    evs2 = [e for e in events(resources, text2, "Troops fire on marchers", published="2023-05-14")
            if not e.aggregate and not e.planned]
    assert any(toll(e) == 3 for e in evs2)


def test_a_protest_and_the_live_fire_that_dispersed_it_are_one_event(resources):
    text = ("Thousands of teachers marched through Harare on Tuesday, demanding higher pay. Riot police fired "
            "tear gas and live bullets to disperse the crowd. At least 30 people were injured.")
    evs = [e for e in events(resources, text, published="2023-05-16") if not e.aggregate]
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"]
    assert evs[0].actor1 == "Protesters" and evs[0].actor2 and "Police" in evs[0].actor2
    assert evs[0].injured is not None and evs[0].injured.best == 30


def test_a_holiday_named_for_a_liberation_is_no_place_retaken(resources):
    evs = events(resources, "On Sunday a few hundred veterans gathered in Bologna to commemorate Liberation Day.",
                 published="2023-05-16")
    assert not [e for e in evs if "territory" in (e.sub_event_type or "")]


def test_the_crowds_arrest_after_a_protest_is_the_protests_intervention(resources):
    text = ("Thousands of nurses marched in Accra on Monday, demanding unpaid wages. Riot police fired live rounds "
            "to disperse them. At least 12 people were injured and several others were arrested.")
    evs = [e for e in events(resources, text, published="2023-05-16") if not e.aggregate]
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"]
    # a man held for a crime at the protest is an arrest of its own
    text = ("About 300 people protested outside the courthouse in Salem on Monday. Police later arrested a man "
            "suspected of stabbing a protester.")
    subs = [e.sub_event_type for e in events(resources, text, published="2023-05-16") if not e.aggregate]
    assert "Arrests" in subs and "Peaceful protest" in subs
