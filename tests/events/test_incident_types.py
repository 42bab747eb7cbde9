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


def test_a_states_troops_retaking_a_place_regain_territory_though_fighting_is_told(resources):
    text = ("Government troops retook the hill town of Kalvor from the rebels on Thursday after two days of "
            "fierce fighting, the defence ministry said.")
    evs = events(resources, text, published="2021-09-03")
    assert evs and evs[0].sub_event_type == "Government regains territory"
    # rebels taking a town is no government's regaining
    rebels = "Rebel fighters seized control of the hill town of Kalvor on Thursday after fierce fighting."
    assert all(e.sub_event_type != "Government regains territory" for e in events(resources, rebels, published="2021-09-03"))


def test_a_marcher_shot_dead_by_police_during_a_march_is_excessive_force(resources):
    text = ("A nurse was shot dead by police during an opposition march in the capital on Tuesday, "
            "rights groups said. At least nine others were hurt when riot police fired on the crowd.")
    evs = events(resources, text, published="2019-02-13")
    main = [e for e in evs if e.fatalities is not None]
    assert main and main[0].sub_event_type == "Excessive force against protesters"
    # "riot police" is the forces' gear, not a riot: the crowd hurt by their fire joins the march's event
    assert not any(e.sub_event_type == "Violent demonstration" for e in evs)


def test_the_death_a_crowd_riots_about_is_not_the_riots_toll(resources):
    text = ("Youths set fire to a police post in the market town on Saturday after a street vendor died in "
            "police custody, residents said.")
    evs = events(resources, text, published="2020-06-14")
    assert evs and evs[0].event_type == "Riots" and toll(evs[0]) is None


def test_stun_grenades_and_tear_gas_after_a_march_are_an_intervention_with_the_marchs_toll(resources):
    text = ("Thousands of teachers marched on the education ministry on Monday to demand unpaid wages. "
            "Police fired tear gas and stun grenades. Thirty people were hurt, the health ministry said.")
    evs = events(resources, text, published="2022-03-08")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    assert evs[0].injured is not None and int(evs[0].injured.best) == 30
    assert not any(e.sub_event_type in ("Grenade", "Attack") for e in evs)


def test_supporters_who_storm_a_building_are_a_violent_demonstration(resources):
    text = ("Hundreds of supporters of the opposition leader stormed the electoral commission offices on Friday, "
            "protesting against the election result.")
    evs = events(resources, text, published="2022-03-08")
    assert evs and evs[0].sub_event_type == "Violent demonstration"


def test_an_encounter_or_gunfight_with_the_forces_is_an_armed_clash(resources):
    # South Asian news calls a fight between the forces and armed men an "encounter"
    text = ("Three insurgents were killed in an encounter with security forces in the hill district on "
            "Tuesday, a police officer said.")
    evs = violent(events(resources, text, published="2021-07-14"))
    assert evs and evs[0].sub_event_type == "Armed clash" and toll(evs[0]) == 3


def test_a_lathi_charge_on_a_protest_is_an_intervention_with_the_hurt_it_leaves(resources):
    text = ("Police lathi-charged traders protesting against a new market tax on Monday, leaving at least "
            "eight of them injured, a traders' union said.")
    evs = events(resources, text, published="2021-07-14")
    assert evs and evs[0].sub_event_type == "Protest with intervention"
    assert evs[0].injured is not None and int(evs[0].injured.best) == 8


def test_a_protest_the_words_call_peaceful_stays_peaceful(resources):
    text = ("Hundreds of nurses rallied outside the health ministry on Wednesday to demand higher pay. "
            "The rally was peaceful, police said.")
    evs = events(resources, text, published="2021-07-14")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]


def test_party_workers_who_clash_with_another_partys_supporters_are_mob_violence(resources):
    text = ("One party worker was killed and four were hurt when they clashed with supporters of a rival party "
            "over posters in the town on Sunday, police said.")
    evs = violent(events(resources, text, published="2021-07-14"))
    assert evs and evs[0].sub_event_type == "Mob violence"


def test_a_bare_toll_told_in_the_violence_is_the_riots_not_an_attack(resources):
    text = ("Rioters looted and burned shops in the port city on Tuesday after the verdict. Four people were "
            "killed in the unrest, police said.")
    evs = events(resources, text, published="2021-07-14")
    assert len(evs) == 1 and evs[0].sub_event_type != "Attack" and toll(evs[0]) == 4


def test_rebels_seizing_a_town_overtake_territory_and_troops_capturing_one_regain_it(resources):
    seized = "Insurgents seized the river town on Sunday after heavy fighting with the army, residents said."
    assert events(resources, seized, published="2021-07-14")[0].sub_event_type == "Non-state actor overtakes territory"
    taken = "Government troops captured the river town from the insurgents on Friday after heavy fighting."
    assert events(resources, taken, published="2021-07-14")[0].sub_event_type == "Government regains territory"


def test_a_bombing_raid_is_an_air_strike(resources):
    text = "A military bombing raid killed eight rebels in the southern jungle on Tuesday, the defence minister said."
    evs = violent(events(resources, text, published="2021-03-03"))
    assert evs and evs[0].sub_event_type == "Air/drone strike"


def test_a_grad_student_is_no_grad_rocket(resources):
    text = ("Two people, along with a 22-year-old university grad student, were killed during a night of "
            "gunfire at the parade on Monday, police said.")
    evs = violent(events(resources, text, "Two killed at Elm Grove parade", published="2016-09-06"))
    assert evs and all(e.sub_event_type == "Attack" for e in evs)
    text = "On 3 May 2022, Russian forces fired Grad rockets at the village of Elm, killing two civilians."
    evs = violent(events(resources, text, "Rockets hit Elm", published="2022-05-04"))
    assert evs and evs[0].sub_event_type == "Shelling/artillery/missile attack"



def test_fighting_for_ones_life_is_no_fighting(resources):
    # the idiom of a victim's condition, not an armed clash
    text = "A woman is fighting for her life after a shooting on Maple Avenue in Riverton, police said."
    evs = violent(events(resources, text, published="2016-05-01"))
    assert [e.event_type for e in evs] == ["Violence against civilians"]
    clash = ("Rebels and soldiers were fighting for control of the bridge on Saturday; four fighters were "
             "killed, a monitor said.")
    assert [e.event_type for e in violent(events(resources, clash, published="2016-05-01"))] == ["Battles"]


def test_a_headline_town_the_text_shows_to_be_a_part_of_a_city_places_the_event_in_the_city(resources):
    # "shot in Roxbury" under a story of Boston's police: Boston, not a namesake town elsewhere
    text = ("A teenager was shot and wounded in Roxbury late Tuesday, Boston police said. Officers found "
            "the victim on a porch and took him to a hospital.")
    evs = violent(events(resources, text, "Teen shot in Roxbury", "2016-05-04"))
    assert evs and evs[0].place is not None
    got = evs[0].place.place or evs[0].place.within
    assert (got.name, got.admin1) == ("Boston", "Massachusetts")


def _first_typed_as(resources, cases: dict[str, str]) -> None:
    """Each made-up text's first event has the sub-type it maps to."""
    for text, sub in cases.items():
        evs = events(resources, text)
        assert evs and evs[0].sub_event_type == sub, (text, [e.sub_event_type for e in evs])


def test_a_group_that_splits_or_a_place_taken_once_fighters_fled_is_news_of_its_own(resources):
    # a group's own change is ACLED's change to group/activity, though nobody is hurt
    split = "The rebel movement split into two rival factions on Monday after a dispute over who should lead it."
    assert [e.sub_event_type for e in events(resources, split)] == ["Change to group/activity"]
    # "have taken control", "captured a district headquarters": a place changing hands
    taken = "Insurgents have taken control of the district headquarters after the soldiers guarding it fled on Sunday."
    assert [e.sub_event_type for e in events(resources, taken)] == ["Non-state actor overtakes territory"]


def test_a_place_retaken_after_days_of_fighting_is_one_days_event_and_the_spells_toll_an_aggregate(resources):
    text = "Malian troops drove the militants out of the river port of Kessa on Saturday after three days of fighting."
    assert [e.sub_event_type for e in events(resources, text)] == ["Government regains territory"]
    unnamed = "Troops drove the militants out of the river port of Kessa on Saturday after three days of fighting."
    assert len(events(resources, unnamed)) == 1
    toll_told = "Three days of fighting around the river port of Kessa killed 40 fighters."
    assert events(resources, toll_told) == []


def test_news_wording_of_a_clash_a_suicide_vest_a_walkout_and_arrests_at_a_protest(resources):
    cases = {
        # fire returned is fire exchanged: both sides armed
        "Gunmen hiding in a maize field fired at a patrol, which returned fire, killing two of the gunmen.":
            "Armed clash",
        "A man wearing an explosives belt detonated it among worshippers leaving the mosque, killing nine.":
            "Suicide bomb",
        "Nurses at the district hospital walked off the job on Tuesday over months of unpaid wages.": "Peaceful protest",
        "Police arrested 25 people on Monday as students demonstrated against a tuition rise.":
            "Protest with intervention",
    }
    _first_typed_as(resources, cases)
    # fighting told "between" two sides a few words on is a clash, though the witnesses quoted are villagers
    text = "Fighting broke out overnight in the hills between soldiers and a separatist militia, villagers said."
    assert [e.sub_event_type for e in events(resources, text)] == ["Armed clash"]


def test_headline_tenses_exchanged_fire_a_procession_fired_on_and_what_people_are_suspected_of(resources):
    cases = {
        # a headline's present tense, "Jets" opening it
        "Jets strike arms depot in rebel-held east, monitor says": "Air/drone strike",
        # "no casualties were reported" voids a death word, not the attack the sentence tells
        "A mortar attack on the port damaged two cranes on Sunday, but no casualties were reported.":
            "Shelling/artillery/missile attack",
        # artillery fire traded is both sides firing
        "The two armies traded artillery and machine-gun fire across the river for several hours on Friday.":
            "Armed clash",
        "Soldiers fired on a funeral procession that became a protest against the army, killing three mourners.":
            "Excessive force against protesters",
        "Police fired on a crowd of marchers in the capital, killing two.": "Excessive force against protesters",
        # what a crowd's or the police's captives are suspected of is no event of the sentence
        "Residents lynched a man they suspected of abducting a girl from the market.": "Mob violence",
        "Police arrested three men suspected of kidnapping a trader in the city.": "Arrests",
        "The militia said it would lay down its arms and turn into a political party.": "Change to group/activity",
    }
    _first_typed_as(resources, cases)


def test_headline_verbs_and_places_taken_in_the_plural(resources):
    cases = {
        # a plural subject before the bare verb: "Shell" is the shelling, not the oil company
        "Militants Shell Market Town, Killing Five": "Shelling/artillery/missile attack",
        "Rebels capture 4 villages near the river after fierce battles": "Non-state actor overtakes territory",
        "Government forces captured several villages east of the city on Sunday.": "Government regains territory",
        "Army pounds militant positions in the hills for a second day": "Armed clash",
    }
    _first_typed_as(resources, cases)
    assert events(resources, "Royal Dutch Shell shares fell on Monday.") == []
    # what fighters took before is the story's background, not its news
    text = ("A car bomb killed four soldiers at a checkpoint in Idlib on Monday. "
            "The outskirts of Idlib have previously come under rocket fire from the hills.")
    assert [e.sub_event_type for e in events(resources, text)] == ["Remote explosive/landmine/IED"]
