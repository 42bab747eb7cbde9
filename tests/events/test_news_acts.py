"""What a crowd, a state or an armed group did, told in headline and wire wording: the
fifty-ninth round's rules (every sentence below is made up for the test)."""

from __future__ import annotations

from made_up_articles import events
from typed_sentences import cue_names, typed as _typed

_PWI = "Protest with intervention"
_EF = "Excessive force against protesters"


def test_a_place_on_the_road_seized_after_a_fight_is_overtaken(resources):
    evs = events(resources, "Rebel fighters seized a key road junction north of Dunmore after two days of fighting "
                            "with the army.", published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Non-state actor overtakes territory"]


def test_activists_held_for_a_protest_act_are_a_protest_broken_up():
    assert _typed("Police arrested six activists who unfurled banners outside the city council.", "Arrests") == _PWI
    assert _typed("Officers detained students chanting anti-government slogans near the campus.", "Arrests") == _PWI
    assert _typed("Police arrested six men who robbed a bank in the city centre.", "Arrests") == "Arrests"


def test_held_while_taking_part_in_a_protest():
    assert _typed("Police detained about 40 people taking part in a banned march against the new law.",
                  "Arrests") == _PWI


def test_protesters_shot_and_wounded_met_excessive_force_tear_gas_does_not():
    assert _typed("Soldiers shot and injured three protesters at a sit-in against the junta.", "Attack") == _EF
    assert _typed("Troops open fire on demonstrators in the capital", "Attack") == _EF
    # crowd-control weapons break a protest up; they are not lethal force
    assert _typed("Police fired tear gas at protesters outside the court.", _PWI) == _PWI
    assert _typed("Police shot rubber bullets at demonstrators near the bridge.", _PWI) == _PWI


def test_a_headline_riot_over_a_death_in_custody():
    assert _typed("Youths burn police station after teenager dies in custody", "Mob violence") == \
        "Violent demonstration"


def test_groups_that_join_forces_or_pledge_allegiance_change():
    for sentence in ("Three rebel groups said they had formed a joint military command in the north.",
                     "Insurgent factions merge to form united front",
                     "Two militias announce merger after months of talks",
                     "The armed group pledged allegiance to al-Qaeda in an audio message."):
        assert "group_change" in cue_names(sentence), sentence
    assert "group_change" not in cue_names("The new recruits pledged allegiance to the flag at a ceremony.")
    assert "group_change" not in cue_names("The parties did not form a joint front before the vote.")


def test_state_measures_in_headlines_and_against_parties_are_other():
    for sentence in ("The president declared a state of emergency in the eastern region.",
                     "Regime shuts down mobile internet across north",
                     "The military council suspended all political parties on Friday."):
        assert "talks" in cue_names(sentence), sentence
        assert _typed(sentence, "Change to group/activity") == "Other", sentence
    assert "talks" not in cue_names("The government banned the party congress from meeting in the capital.")
    # troops deployed to enforce the measure are part of it
    assert _typed("The governor declared a state of emergency and deployed troops to the border towns.",
                  "Change to group/activity") == "Other"


def test_an_aid_worker_killed_in_an_ambush_was_attacked():
    assert _typed("Two aid workers were shot dead in an ambush on their convoy near Karo.", "Armed clash") == "Attack"
    # soldiers among the dead: the ambush is a fight
    assert _typed("An aid worker and two soldiers were shot dead in an ambush on their convoy near Karo.",
                  "Armed clash") == "Armed clash"


def test_a_crowd_that_burns_a_suspect_to_death_is_a_mob():
    assert _typed("Villagers set upon a suspected thief and burned him to death.", "Attack") == "Mob violence"
    assert _typed("A gang of youths dragged a man accused of blasphemy from a shop and beat him.",
                  "Attack") == "Mob violence"


def test_positions_handed_over_under_a_deal_are_a_transfer(resources):
    evs = events(resources, "Militia fighters withdrew from Kerbala district and handed their checkpoints to the "
                            "police under a local peace agreement on Monday.", published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Non-violent transfer of territory"]
    # a deal struck is the agreement
    evs = events(resources, "The militia and the police signed a local peace agreement on Monday.",
                 published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Agreement"]


def test_helicopters_that_fire_on_a_target_strike_from_the_air():
    assert "strike_raid" in cue_names("Army helicopters fired on a column of insurgents near the river.")
    assert _typed("Army helicopters fired on a column of insurgents near the river.", "Armed clash") == \
        "Air/drone strike"


def test_assaults_repelled_are_fighting():
    assert "clash" in cue_names("The garrison repelled three assaults on the town overnight.")
    assert "clash" in cue_names("Defenders beat back two attacks on the airport.")


def test_drones_downed_are_disrupted_weapons():
    assert _typed("Air defences downed 14 of the 20 drones launched at the city overnight.",
                  "Air/drone strike") == "Disrupted weapons use"


def test_protesters_removed_are_a_protest_broken_up():
    assert "intervene" in cue_names("Police removed dozens of activists blocking the entrance to the ministry.")
