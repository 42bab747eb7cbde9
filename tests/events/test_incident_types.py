"""What an incident is and who did it (``crossbearing.events``), on made-up articles through the
real extractors: ACLED's types where a sentence's wording or toll decides them (an abduction with
deaths, damage in an attack, a crowd's clash, one man's fire), the attacker an article names by a
claim or an air arm."""

from __future__ import annotations

from made_up_articles import events, toll, violent


def test_a_bombardment_that_names_no_weapon_is_the_air_strike_it_agrees_with(resources):
    """"… as bombardment continues" over the day's air strikes: one incident, an air strike."""
    text = ("Hillcrest hospitals out of service as bombardment continues. At least 30 civilians were killed in "
            "air strikes on eastern Hillcrest on Friday, local activists said. The strikes hit two markets.")
    evs = violent(events(resources, text, "Hillcrest hospitals out of service as bombardment continues", "2016-12-10"))
    assert [(e.sub_event_type, toll(e)) for e in evs] == [("Air/drone strike", 30)]


def test_an_air_strike_flown_by_the_regime_is_the_state_forces_by_their_acled_name(resources):
    # the article names one air arm by its owner ("regime warplanes"); the strike it tells
    # without an attacker is that arm's, named as ACLED names a state's forces
    text = ("At least nine civilians were killed on Sunday in an air strike on a market in the town of "
            "Maarat al-Numan in Idlib province, a monitor said. Regime warplanes have stepped up raids on "
            "the province this week, residents said.")
    evs = violent(events(resources, text, "Nine killed in Syria market strike", published="2018-10-08"))
    assert evs and evs[0].actor1 == "Military Forces of Syria" and evs[0].inter1 == 1


def test_the_one_group_that_claimed_the_attack_is_its_attacker(resources):
    text = ("A truck bomb went off outside a hotel in the port city on Sunday, killing seven people, "
            "officials said. The Islamic State group claimed responsibility for the bombing on a "
            "messaging channel.")
    evs = violent(events(resources, text, published="2021-03-15"))
    assert evs and evs[0].actor1 == "Islamic State"
    passive = ("A truck bomb went off outside a hotel in the port city on Sunday, killing seven people. "
               "The bombing was claimed by Al Shabaab.")
    evs = violent(events(resources, passive, published="2021-03-15"))
    assert evs and evs[0].actor1 == "Al Shabaab"
    # a claim denied, doubted or of other attacks names nobody
    for said in ("No group has claimed responsibility for the bombing, though Al Shabaab often does.",
                 "Al Shabaab has claimed similar attacks in the past.",
                 "It was unclear whether Al Shabaab claimed responsibility."):
        evs = violent(events(resources, "A truck bomb went off outside a hotel in the port city on Sunday, "
                                        "killing seven people. " + said, published="2021-03-15"))
        assert evs and evs[0].actor1 in (None, "") or evs[0].actor1.startswith("Unidentified"), said


def test_an_abduction_with_people_killed_is_an_attack(resources):
    text = ("Gunmen on motorcycles raided the farming village late on Thursday, killing 14 residents "
            "and abducting dozens of women, a local official said.")
    evs = violent(events(resources, text, published="2022-06-11"))
    assert evs and evs[0].sub_event_type == "Attack" and toll(evs[0]) == 14
    alone = "Gunmen on motorcycles raided the farming village late on Thursday and abducted dozens of women."
    evs = violent(events(resources, alone, published="2022-06-11"))
    assert evs and evs[0].sub_event_type == "Abduction/forced disappearance"


def test_the_raids_told_again_are_the_air_strike(resources):
    text = ("Warplanes struck the market town on Tuesday, killing eleven civilians, a monitor said. "
            "Another 20 people were wounded in the raids, which hit a street of shops.")
    evs = violent(events(resources, text, published="2019-08-21"))
    assert len(evs) == 1 and toll(evs[0]) == 11 and int(evs[0].injured.best) == 20


def test_homes_burned_in_an_attack_are_the_attacks_not_an_event_of_their_own(resources):
    text = ("Gunmen raided the hill village on Monday, killing nine farmers, the district chief said. "
            "The attackers also set fire to houses and a school before they left.")
    evs = [e for e in events(resources, text, published="2020-04-08") if e.event_type != "Protests"]
    assert len(evs) == 1 and evs[0].sub_event_type == "Attack" and toll(evs[0]) == 9
    alone = "Gunmen set fire to houses and a school in the hill village on Monday, the district chief said."
    evs = events(resources, alone, published="2020-04-08")
    assert evs and evs[0].sub_event_type == "Looting/property destruction"


def test_people_killed_by_one_mans_fire_are_an_attack_not_a_riot(resources):
    text = "A woman and her two sons were killed early on Sunday when a man set fire to their house, police said."
    evs = violent(events(resources, text, published="2018-05-14"))
    assert evs and evs[0].sub_event_type == "Attack" and toll(evs[0]) == 3
    crowd = "Angry residents set fire to the house of a suspected thief on Sunday."
    assert [e.event_type for e in events(resources, crowd, published="2018-05-14")][:1] == ["Riots"]


def test_demonstrators_who_clash_with_police_are_a_violent_demonstration_not_a_battle(resources):
    text = ("A 17-year-old protester was killed and dozens were injured as demonstrators clashed with "
            "security forces in the capital on Wednesday, the prosecutor said.")
    evs = [e for e in events(resources, text, published="2017-05-04") if e.fatalities is not None]
    assert evs and evs[0].sub_event_type == "Violent demonstration" and evs[0].actor1 == "Rioters"
