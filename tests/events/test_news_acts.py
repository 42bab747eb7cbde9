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


def test_communities_that_block_a_road_protest():
    assert _typed("Fishing communities blocked the coastal road to demand compensation for the spill.",
                  "Peaceful protest") == "Peaceful protest"


def test_what_a_mobs_victims_were_suspected_of_is_no_type():
    assert _typed("A crowd beat to death a man suspected of child abduction in the market.",
                  "Abduction/forced disappearance") == "Mob violence"
    # the kidnapping told as the act: the kidnapping
    assert _typed("Gunmen kidnapped a child in the market.", "Abduction/forced disappearance") == \
        "Abduction/forced disappearance"


def test_an_arrest_for_an_earlier_killing_is_todays_arrest(resources):
    evs = events(resources, "Police detained a retired general on Monday in connection with the killings of "
                            "protesters in 2019.", published="2023-05-16")
    assert [(e.sub_event_type, e.aggregate) for e in evs][:1] == [("Arrests", False)]
    assert evs[0].time is not None and evs[0].time.start.startswith("2023-05-15")


def test_a_group_that_withdrew_and_a_truce_over_a_long_feud(resources):
    assert "handover" in cue_names("The armed group withdrew from the hills it had held for a year.")
    evs = events(resources, "Clan elders signed an agreement on Monday ending a land feud that has killed dozens.",
                 published="2023-05-16")
    assert [(e.sub_event_type, e.aggregate, e.fatalities) for e in evs][:1] == [("Agreement", False, None)]


def test_armed_men_now_in_control_of_a_town_overtook_it(resources):
    evs = events(resources, "The rebels, who began their offensive in May, now control the region's largest town, "
                            "Dunmore.", published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Non-state actor overtakes territory"]


def test_a_bomber_who_detonated_his_vest():
    assert "suicide" in cue_names("The attacker, dressed as a soldier, detonated his vest at the gate.")
    assert "suicide" in cue_names("A man detonated his explosives belt in the queue.")


def test_a_group_known_by_a_new_name_and_livestock_stolen():
    assert "group_change" in cue_names("The militia said it would henceforth be known as the People's Shield.")
    assert "loot" in cue_names("Raiders stole hundreds of cattle and burned the granaries.")
    assert "loot" not in cue_names("Thieves stole a car from the driveway.")


def test_the_army_that_retook_a_site_regains_it(resources):
    evs = events(resources, "After days of fighting, the Malian army said it had retaken the gold mine from "
                            "the rebels.", published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Government regains territory"]


def test_caches_seized_and_drones_that_fire_in_headlines():
    assert "defuse" in cue_names("Troops seize arms cache near border")
    assert "strike_raid" in cue_names("The air force has carried out strikes on militant camps in the hills.")


def test_a_collapsed_ceasefire_voids_no_strike(resources):
    evs = events(resources, "Warplanes bombed the town of Dunmore on Monday as the ceasefire collapsed.",
                 published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Air/drone strike"]


def test_a_vigil_staged_is_a_protest_a_memorial_one_is_not():
    assert _typed("Relatives of the detained staged a vigil outside the military prison.") == "Peaceful protest"
    assert _typed("Friends of the victim held a candlelight vigil at the park.") is None


def test_police_stations_captured_and_a_captured_town_named():
    assert "overtake" in cue_names("Separatists captured two police stations in the east.")
    assert "overtake" not in cue_names("The rebels set up a court in the captured town.")
    assert "hq" in cue_names("Militants establish base near border")


def test_a_bomber_blowing_himself_up_and_captives_lined_up_and_shot():
    assert "suicide" in cue_names("The man ran towards the gate before blowing himself up.")
    assert "attack_civ" in cue_names("The prisoners were lined up and shot by the militia.")


def test_a_group_that_expels_its_leader_changes():
    assert "group_change" in cue_names("The movement expelled its founder after a dispute over funds.")


def test_bans_on_motorcycles_and_rallies_are_other():
    assert "talks" in cue_names("The governor announced a ban on motorcycles in three districts.")
    assert _typed("Junta bans all rallies in the capital", "Peaceful protest") == "Other"


def test_a_protester_killed_or_shot_after_a_beating():
    assert "excessive" in cue_names("Soldiers kill protester in capital")
    assert _typed("Police beat demonstrators with batons and shot a student in the leg.", "Mob violence") == _EF


def test_supporters_who_burn_cars_and_loot_riot():
    assert _typed("Supporters of the ousted mayor burned cars and looted shops in the centre.",
                  "Looting/property destruction") == "Violent demonstration"


def test_held_at_a_protest_in_a_headline():
    assert _typed("Police detain 30 at anti-austerity protest", "Peaceful protest") == _PWI


def test_a_place_left_under_the_agreement_is_transferred():
    from crossbearing.events.detect import says
    assert "handover" in cue_names("Rebel fighters left the town on buses on Tuesday.")
    assert says("taken_without_fight", "Under the agreement, troops took over the rebels' positions.")


def test_rebels_seize_in_a_headline_and_a_state_that_takes_a_hilltop(resources):
    from crossbearing.events.detect import says
    assert says("armed_group_seizes", "Rebels seize two towns in the north")
    assert not says("armed_group_seizes", "Rebels plan to seize two towns in the north")
    evs = events(resources, "Syrian government forces cut the road on Monday when they seized a hilltop "
                            "overlooking it.", published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Government regains territory"]


def test_rebels_that_took_a_town_after_a_fight(resources):
    evs = events(resources, "After two days of heavy fighting, the rebels took the town of Dunmore from the army.",
                 published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Non-state actor overtakes territory"]
    from crossbearing.events.detect import says
    assert not says("armed_group_seizes", "The rebels took part in the fighting for the town.")


def test_pupils_marched_into_the_forest_were_abducted():
    assert "abduct" in cue_names("Gunmen raided the school and marched 40 schoolgirls into the forest.")
    assert "abduct" in cue_names("The two engineers were taken to an unknown destination.")


def test_a_crowd_beating_a_suspected_thief_to_death():
    assert _typed("A crowd with sticks chased a man they suspected of theft, beating him to death.",
                  "Attack") == "Mob violence"
    from crossbearing.events.detect import says
    assert not says("crowd_justice", "Two brothers beat a vendor after accusing him of stealing a bag.")
    assert _typed("A gang of men beat a vendor unconscious after accusing him of stealing a bag.",
                  "Attack") == "Mob violence"


def test_a_deal_signed_after_talks_is_the_agreement():
    assert _typed("After a week of talks mediated by the bishop, the two clans signed a deal to share the wells.",
                  "Change to group/activity") == "Agreement"


def test_the_toll_of_the_crime_an_arrest_is_for_is_not_the_arrests(resources):
    evs = events(resources, "Police said on Monday they had arrested two suspects in connection with the "
                            "killing of three shopkeepers.", published="2023-05-16")
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].fatalities is None


def test_rival_gang_members_who_trade_fire_clash():
    assert _typed("Rival gang members exchanged gunfire near the stadium, wounding a passer-by.", "Attack") == \
        "Armed clash"


def test_held_while_blocking_a_road_at_a_protest_told_further_on():
    assert _typed("Police arrested 20 people who sat down on the motorway bridge during a protest against the toll.",
                  "Arrests") == _PWI


def test_a_bomb_disarmed_a_protester_critically_hurt_and_looters_who_broke_in():
    assert _typed("Officers found a pipe bomb near the bank, and a bomb squad disarmed it.",
                  "Remote explosive/landmine/IED") == "Disrupted weapons use"
    assert _typed("A marcher was critically injured by police during the protest.", "Attack") == _EF
    assert "loot" in cue_names("Looters broke into the pharmacy overnight.")
    assert "talks" in cue_names("The governor imposed a 10 p.m. curfew on the city.")


def test_any_crowd_shot_dead_while_protesting_met_excessive_force():
    assert _typed("Police shot dead three rubber tappers protesting outside the mill.", "Attack") == _EF


def test_people_killed_in_a_fire_armed_men_set_were_attacked():
    assert _typed("Gang members set fire to a minibus with its passengers inside, killing four.",
                  "Violent demonstration") == "Attack"
    # no one hurt: the damage
    assert _typed("Gang members set fire to a minibus at the depot.", "Violent demonstration") == \
        "Looting/property destruction"


def test_gangs_that_seize_a_place_overtake_it(resources):
    evs = events(resources, "Gangs took control of the port of Dunmore after a gun battle with police.",
                 published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Non-state actor overtakes territory"]
    from crossbearing.events.detect import says
    assert says("armed_group_seizes", "Armed gangs seized the port after a gun battle with police.")


def test_bombs_guided_from_the_air_and_drones_air_defences_destroyed():
    assert "airstrike" in cue_names("A guided bomb hit a school in the city.")
    assert _typed("Air defences destroyed 12 drones over the province overnight, officials said.",
                  "Air/drone strike") == "Disrupted weapons use"


def test_a_group_ending_its_operations_and_a_field_headquarters():
    assert "group_change" in cue_names("The militia said it was ending its operations in the north.")
    assert "group_change" in cue_names("The contractor group began pulling out its fighters from the region.")
    assert "hq" in cue_names("Soldiers set up a field headquarters in the school.")
    assert "hq" not in cue_names("The army will establish a field headquarters in the school.")


def test_a_measure_owns_no_toll_of_its_cause(resources):
    evs = events(resources, "Authorities in Dunmore suspended mobile internet on Monday after the killing of "
                            "two rebel commanders.", published="2023-05-16")
    others = [e for e in evs if e.sub_event_type == "Other"]
    assert others and others[0].fatalities is None


def test_a_riot_charge_is_no_riot():
    assert "riot" not in cue_names("The man was charged with aggravated riot and obstruction.")
    assert "riot" not in cue_names("He faces riot charges after the match.")
    assert "riot" in cue_names("Fans rioted after the match.")


def test_a_crowd_of_several_that_beats_a_suspected_shoplifter():
    assert _typed("Several men attacked a boy outside a market after he was accused of shoplifting.",
                  "Attack") == "Mob violence"


def test_a_bomb_squad_that_detonates_a_device_disrupts_it():
    assert _typed("Sappers detonated a suspicious device found near the stadium, police said.",
                  "Remote explosive/landmine/IED") == "Disrupted weapons use"


def test_activists_blocking_an_entrance_protest():
    assert _typed("Police detained 12 students who blocked the gates of the ministry.", "Arrests") == _PWI


def test_vandals_and_a_grave_desecrated_are_damage():
    assert "loot" in cue_names("Vandals smashed gravestones in the cemetery overnight.")
    assert "loot" in cue_names("Unknown men desecrated dozens of graves in the old cemetery.")
    assert "loot" not in cue_names("He was accused of having desecrated a holy book.")


def test_a_person_beaten_and_robbed_or_set_on_fire_was_attacked():
    assert "attack_civ" in cue_names("A student was beaten and robbed by four men near the station.")
    assert _typed("A beggar was set on fire while sleeping in a doorway.", "Looting/property destruction") == "Attack"


def test_an_arrest_is_voided_only_by_words_before_it(resources):
    evs = events(resources, "Police arrested a man on Monday after he threatened to bomb a school in an online post.",
                 published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Arrests"]
    evs = events(resources, "Police threatened to arrest the strikers on Monday.", published="2023-05-16")
    assert not [e for e in evs if e.sub_event_type == "Arrests"]


def test_one_nights_counted_raids_are_an_event(resources):
    evs = events(resources, "Russian jets carried out more than 30 raids on the countryside of Dunmore overnight, "
                            "activists said.", published="2023-05-16")
    assert [(e.sub_event_type, e.aggregate) for e in evs][:1] == [("Air/drone strike", False)]
    evs = events(resources, "Russian jets have carried out more than 3,000 raids on the province since the "
                            "campaign began.", published="2023-05-16")
    assert all(e.aggregate for e in evs)


def test_a_group_that_cuts_ties_or_changes_its_name():
    assert "group_change" in cue_names("The front announced it was cutting ties with al-Qaeda.")
    assert "group_change" in cue_names("The brigade is changing its name.")


def test_stations_taken_off_the_air_are_other():
    assert "talks" in cue_names("The junta suspended the broadcasts of three foreign radio stations.")
    assert "talks" in cue_names("Authorities banned two opposition newspapers on Monday.")


def test_camps_set_up_in_the_bush_are_bases():
    assert "hq" in cue_names("The insurgents have set up camps in the forest near the border.")
    assert "hq" not in cue_names("Aid agencies set up camps for the displaced near the town.")


def test_a_leader_replaced_changes_the_group():
    assert "group_change" in cue_names("The militia said its commander had been replaced.")


def test_angry_residents_who_burn_and_block_riot():
    assert _typed("Angry villagers burned the house of the chief and blocked the road after a girl was killed.",
                  "Looting/property destruction") == "Violent demonstration"


def test_guards_read_off_the_dumps():
    # gunmen who left the scene, or police who did, hand no place over
    assert "handover" not in cue_names("Police say they believe the gunmen left the area firing shots from a car.")
    assert "handover" not in cue_names("Police left the area after the shooting.")
    # a law or a petition signed is no agreement
    assert "agreement" not in cue_names("In May, the governor signed a new law on assault weapons.")
    assert "agreement" in cue_names("The two clans signed a peace deal on Monday.")
    # a crime an arrest is for, told with its victims counted, is the incident the sentence reports
    assert _typed("Police have arrested a man suspected of shooting four men outside a bar last week.",
                  "Attack") == "Attack"
    assert _typed("Police have arrested a man in connection with a shooting outside a bar last week.",
                  "Attack") == "Arrests"


def test_foreigners_snatched_were_abducted():
    assert "abduct" in cue_names("Armed men snatched two foreign contractors from their car near the mine.")


def test_a_crowd_that_occupied_a_hall_dispersed_and_arrested():
    assert _typed("Police broke up a crowd of workers who had occupied the factory's offices, arresting 12.",
                  "Arrests") == _PWI
    assert "arrest" not in cue_names("The arresting officer said the man resisted.")


def test_forces_that_fired_live_rounds_to_break_up_a_protest():
    assert _typed("Two people died after soldiers fired shots to break up a protest over bread prices.",
                  "Attack") == _EF


def test_a_crowd_angry_over_something_and_what_it_then_did():
    assert _typed("Demonstrators angry over the new tax stormed the town hall and set it on fire.",
                  "Peaceful protest") == "Violent demonstration"


def test_a_base_moved_after_an_offensive():
    assert _typed("The militia moved its headquarters to the hills after the army's offensive.",
                  "Armed clash") == "Headquarters or base established"


def test_fire_opened_on_protesters_named_by_their_cause():
    assert _typed("Soldiers opened fire on pro-democracy demonstrators in the square, killing three.", "Attack") == _EF


def test_arresting_as_a_gerund_is_no_arrest():
    assert "arrest" not in cue_names("Police will speak to witnesses before making a decision on arresting anyone.")
    assert "arrest" in cue_names("Police dispersed the crowd, arresting 20.")
