"""Words read in their clause, the fifty-eighth round's rules: what a sentence names as the cause
of its act, as a holiday or as what a crowd protests is not its event (every sentence below is
made up for the test)."""

from __future__ import annotations

from made_up_articles import events
from typed_sentences import cue_names, typed as _typed


def test_a_bombers_vest_makes_the_blast_a_suicide_bombing():
    assert _typed("A young bomber detonated an explosive vest outside a bank in Westmoor, killing three guards.",
                  "Remote explosive/landmine/IED") == "Suicide bomb"


def test_a_place_recovered_before_the_battle_that_won_it_is_retaken():
    assert _typed("Government troops recovered the hilltop town from the militants after two days of fighting.",
                  "Armed clash") == "Government regains territory"
    # the fight told first, the retaking as what came before it: the fight
    assert _typed("Troops clashed with militants near the town after they recovered the hilltop base.",
                  "Armed clash") == "Armed clash"
    assert "regain" not in cue_names("Police recovered the city's stolen paintings.")


def test_a_change_told_before_the_arrest_that_brought_it_is_the_change():
    assert _typed("The armed group named a new commander after its chief was arrested at the border.",
                  "Arrests") == "Change to group/activity"
    assert _typed("Police arrested the group's commander, and it named a new one on Monday.",
                  "Arrests") == "Arrests"


def test_engaged_in_something_other_than_fighting_is_no_clash():
    assert "clash" not in cue_names("The ministers engaged in lengthy talks on the budget.")
    assert "clash" in cue_names("Troops engaged in a fierce gun battle with bandits.")
    assert "clash" in cue_names("Soldiers engaged the insurgents near the bridge.")


def test_a_state_beating_activists_is_an_attack(resources):
    evs = events(resources, "Plainclothes officers of the Belarusian special forces broke into a flat in Minsk on "
                            "Monday and beat two activists.", published="2023-05-16")
    assert [e.sub_event_type for e in evs][:1] == ["Attack"]
    assert evs[0].actor1 == "Military Forces of Belarus"


def test_a_country_a_crowd_protests_about_is_not_where_it_gathered(resources):
    text = ("On Sunday, about 300 students gathered in Milan to mark the anniversary. Some of them demonstrated "
            "against the government and its plans to send weapons to Ukraine.")
    evs = [e for e in events(resources, text, published="2023-05-16") if e.event_type == "Protests"]
    assert evs and all(e.place is not None and e.place.surface == "Milan" for e in evs)


def test_the_month_of_march_is_no_protest():
    assert "protest" not in cue_names("On 18 March 2022, gunmen attacked a bus near Kano.")
    assert "protest" in cue_names("Thousands March in Lyon Against Pension Reform")
    assert "protest" in cue_names("The nurses marched to the ministry.")


def test_an_event_word_that_is_negated_names_no_event():
    from crossbearing.events.detect import candidate

    for s in ("No clashes were reported.", "Clashes were not reported.", "The army entered the town without any fighting."):
        c = candidate(s, 0, len(s))
        assert c is None or c.trigger.cue != "clash", s


def test_a_place_taken_with_no_clash_told_after_it_is_a_transfer(resources):
    text = ("On Monday, government troops took over control of the village of Eastmarsh from the militants. "
            "No clashes were reported.")
    subs = [e.sub_event_type for e in events(resources, text, published="2023-05-16") if not e.aggregate]
    assert subs == ["Non-violent transfer of territory"]


def test_an_abduction_no_word_tells_is_the_triggers_event():
    # gunmen who attack a checkpoint take no one away, whatever the classifier reads
    assert _typed("Unknown gunmen attacked an army checkpoint on the outskirts of Northvale on Monday.",
                  "Abduction/forced disappearance") == "Armed clash"
    assert _typed("Unknown gunmen kidnapped two engineers on the outskirts of Northvale on Monday.",
                  "Abduction/forced disappearance") == "Abduction/forced disappearance"


def test_activists_who_occupy_a_building_with_a_message_protest(resources):
    text = ("On Friday about 40 students occupied a university building in Graz against the rise in tuition fees. "
            "Police intervened and 12 people were arrested.")
    subs = [e.sub_event_type for e in events(resources, text, published="2023-05-16") if not e.aggregate]
    assert subs == ["Protest with intervention"]


def test_an_unarmed_crowd_fighting_the_police_is_a_riot_not_a_battle():
    assert _typed("On Friday, students fought with police near the campus in Westvale over a dispute about fees.",
                  "Armed clash") == "Mob violence"
    assert _typed("A clash took place between the police and striking nurses during a demonstration in Westvale.",
                  "Armed clash") == "Violent demonstration"
    # armed men who fight the police are a battle's side
    assert _typed("Gunmen fought with police officers for an hour near the market in Westvale.",
                  "Armed clash") == "Armed clash"


def test_the_twenty_ninth_sets_wording():
    # a town seized, a group that disbands, gunfire exchanged between two sides
    assert "overtake" in cue_names("Militia fighters seized a small border town after the garrison withdrew.")
    assert "group_change" in cue_names("The movement said it was disbanding after the election.")
    assert _typed("Sporadic exchanges of gunfire were heard between police and gang members overnight.",
                  "Attack") == "Armed clash"


def test_a_crowd_that_burns_a_police_station_over_a_death_is_a_violent_demonstration():
    assert _typed("Angry youths set a police station on fire after a teenager died in a police cell.",
                  "Mob violence") == "Violent demonstration"
    # with no grievance told, a crowd's arson stays a mob's
    assert _typed("A mob set fire to a police station and freed two suspects.", "Mob violence") == "Mob violence"


def test_the_thirty_first_sets_wording():
    assert "regain" in cue_names("Troops restored government control over the port town on Monday.")
    assert "overtake" in cue_names("Insurgents captured an army camp near the lake.")
    assert "group_change" in cue_names("Three rebel factions merged into a single front on Sunday.")
    assert "loot" in cue_names("Militiamen were accused of burning down 40 huts in the valley.")
    assert _typed("Thousands of people formed a human chain along the coast road to call for peace talks.",
                  "Other") == "Peaceful protest"
    # the state's measure first, the fighting as what came before it
    assert _typed("Authorities suspended mobile internet in the eastern districts after the clashes.",
                  "Armed clash") == "Other"


def test_protesters_left_seriously_hurt_met_excessive_force():
    assert _typed("Riot police clubbed demonstrators and fired rubber bullets, leaving several of the protesters "
                  "seriously injured.", "Protest with intervention") == "Excessive force against protesters"
    assert _typed("Riot police fired rubber bullets to break up the demonstration.",
                  "Protest with intervention") == "Protest with intervention"


def test_the_thirty_third_sets_wording():
    assert "airstrike" in cue_names("The ministry said its aircraft had destroyed a fuel depot.")
    assert "group_change" in cue_names("Dozens of fighters defected from the militia on Monday.")
    assert "hq" in cue_names("The rebels moved their headquarters to the hills.")
    assert _typed("Police said they had foiled a plot to bomb the stadium and arrested two men.",
                  "Remote explosive/landmine/IED") == "Disrupted weapons use"
    assert _typed("Youths from two villages attacked each other with clubs and stones near the market.",
                  "Attack") == "Mob violence"


def test_a_riot_over_an_arrest_against_the_police_is_a_violent_demonstration():
    assert _typed("Rioters smashed windows and clashed with police after the union leader was arrested.",
                  "Mob violence") == "Violent demonstration"


def test_a_place_abandoned_by_the_troops_and_taken_over_is_a_transfer(resources):
    text = "On Monday a local militia took over the abandoned army barracks in Eastvale after the troops left."
    subs = [e.sub_event_type for e in events(resources, text, published="2023-05-16") if not e.aggregate]
    assert subs == ["Non-violent transfer of territory"]


def test_the_thirty_fourth_sets_wording():
    assert "loot" in cue_names("Looters emptied the pharmacy overnight.")
    assert "handover" in cue_names("Army units entered the village after the militants withdrew.")
    assert "talks" in cue_names("The assembly voted to extend martial law in the east.")


def test_the_thirty_fifth_sets_wording():
    assert "chemical" in cue_names("Residents said the shells released toxic chemicals.")
    assert "regain" in cue_names("Soldiers raised the national flag over the town hall.")
    assert _typed("The governor ordered the closure of all markets in the district after the clashes.",
                  "Armed clash") == "Other"
    # a former officer who had defected, told as one of the dead, is no group's change
    assert "group_change" not in cue_names(
        "Eleven people were killed, including an officer who had defected from the army.")


def test_headlines_in_the_present_tense():
    assert _typed("Jihadists capture army camp after two days of fighting", "Armed clash") == \
        "Non-state actor overtakes territory"
    assert _typed("Students torch university offices in anger over fee rise", "Looting/property destruction") == \
        "Violent demonstration"
    assert "loot" in cue_names("Militiamen torch 30 homes in night raid")
    assert "group_change" in cue_names("Rebel group announces end to its armed struggle")
    assert _typed("Governor imposes curfew in port city after clashes", "Armed clash") == "Other"


def test_the_fighting_a_deal_ends_is_no_event_of_the_sentence():
    assert _typed("The two clans signed a peace deal ending years of fighting over grazing land.",
                  "Armed clash") == "Agreement"


def test_a_border_closed_after_attacks_is_the_states_measure():
    assert _typed("The government closed the border with its northern neighbour after the raids.",
                  "Armed clash") == "Other"


def test_burning_looting_and_ending_read_as_verbs_of_their_own():
    # an owner who decides to burn a house, or a man named as one of the looters, is no looting
    assert "loot" not in cue_names("The owner decided to burn the old barn.")
    assert "loot" not in cue_names("Police named him as one of the looters who robbed a shop.")
    # a man who "ended up being arrested" was arrested
    from crossbearing.events.detect import candidate

    s = "The man ended up being arrested and charged with illegal possession of a gun."
    assert candidate(s, 0, len(s)).trigger.cue == "arrest"


def test_the_thirty_eighth_sets_wording():
    assert _typed("Angry villagers burned a suspected thief alive near the market.", "Attack") == "Mob violence"
    assert _typed("The army declared a military zone along the river after the raids.", "Armed clash") == "Other"


def test_the_thirty_ninth_sets_wording():
    assert "chemical" in cue_names("Many of the dead had been suffocated by gas released by the shells.")
    assert "airstrike" in cue_names("The Saudi-led coalition struck a fuel station in the north.")
    assert "abduct" in cue_names("Armed men took the lawyer from his home at night.")
    assert "group_change" in cue_names("The movement appointed a new military spokesman.")
    assert _typed("Witnesses said soldiers had abducted and raped three women from the village.",
                  "Abduction/forced disappearance") == "Sexual violence"
    assert _typed("Six marchers were killed when soldiers fired live rounds to break up the rally.",
                  "Protest with intervention") == "Excessive force against protesters"


def test_the_fortieth_sets_wording():
    assert _typed("A suicide bomber drove a truck loaded with explosives into the gate of the barracks.",
                  "Remote explosive/landmine/IED") == "Suicide bomb"
    assert "ied" in cue_names("A roadside explosive destroyed an army truck.")
    # women held at a base are whom the abuse was done to, not an arrest
    assert _typed("Guards were accused of sexually abusing women detained at a military camp.",
                  "Arrests") == "Sexual violence"
    assert _typed("Two men detained over market bombing", "Arrests") == "Arrests"
    assert _typed("A crowd of youths beat two traders in the street after a dispute.", "Attack") == "Mob violence"
    # a vigil for the victims mourns them: the bombing is its grievance, not an event it reports
    assert _typed("Thousands marched for the victims of the bombing.", "Remote explosive/landmine/IED") == \
        "Peaceful protest"


def test_a_truce_the_parties_agreed_on_is_an_agreement(resources):
    evs = events(resources, "The government and the rebels reached an agreement on Monday on a ten-day truce.",
                 published="2023-05-16")
    assert [e.sub_event_type for e in evs if not e.aggregate] == ["Agreement"]


def test_the_forty_first_sets_wording():
    assert "clash" in cue_names("Both sides exchanged heavy machine-gun fire overnight.")
    assert "chemical" in cue_names("A gas-filled shell landed near the school.")
    assert "group_change" in cue_names("The movement rebranded itself as a party and dropped its armed wing.")
    assert _typed("The governor banned motorbike traffic in the district to prevent attacks by bandits.",
                  "Attack") == "Other"


def test_a_truce_that_ends_weeks_of_fighting_is_the_days_agreement(resources):
    evs = events(resources, "The warring clans signed a truce in Baidoa on Monday, ending two weeks of fighting.",
                 published="2023-05-16")
    assert [e.sub_event_type for e in evs if not e.aggregate] == ["Agreement"]


def test_a_rape_charge_or_a_hotline_is_no_sexual_violence():
    assert "sexual" not in cue_names("The inmate, who faced rape charges, shot two guards.")
    assert "sexual" not in cue_names("Call the Sexual Assault Resource Center for help.")


def test_car_bombs_destroyed_before_they_reached_their_target_are_disrupted():
    assert _typed("Soldiers destroyed two cars rigged with explosives before they could reach the checkpoint.",
                  "Remote explosive/landmine/IED") == "Disrupted weapons use"
    assert _typed("A car rigged with explosives blew up outside the ministry, killing four guards.",
                  "Remote explosive/landmine/IED") == "Remote explosive/landmine/IED"


def test_kidnapping_and_rape_charges_name_no_event():
    assert not {"sexual", "abduct"} & cue_names("The inmate was facing rape and kidnapping charges.")
    assert "abduct" in cue_names("Gunmen kidnapped two engineers near the mine.")


def test_forces_engaged_in_ethnic_cleansing_attack_civilians():
    assert _typed("Militia forces were engaged in ethnic cleansing against the minority in the valley.",
                  "Armed clash") == "Attack"


def test_people_killed_with_no_armed_side_among_them_were_attacked():
    assert _typed("Gunmen killed three people in an ambush on the road to the market.", "Armed clash") == "Attack"
    # two armed sides fighting: the dead people do not make it one-sided
    assert _typed("Clashes between the army and the rebels killed 40 people near the border.",
                  "Armed clash") == "Armed clash"
