"""News wording that settles an event's sub-type or opens an event: the fifty-second round's
cues and typing rules (every sentence below is made up for the test)."""

from __future__ import annotations

from crossbearing.events.detect import candidate, decide
from crossbearing.events.lexicon import find_cues
from typed_sentences import typed as _typed


def test_a_suicide_bombers_blast_stays_a_suicide_bombing_whatever_word_tells_the_blast():
    # the classifier reads "detonated" as a remote explosive; the bomber who died with it decides
    assert _typed("A suicide bomber detonated his explosives at a market gate in Northfield, killing six.",
                  "Remote explosive/landmine/IED") == "Suicide bomb"
    # two strong cues of one type otherwise still let the classifier choose between them
    assert _typed("Jets and artillery pounded the ridge above Northfield, killing six.",
                  "Shelling/artillery/missile attack") == "Shelling/artillery/missile attack"


def test_an_unmanned_aircraft_is_a_drone():
    assert any(h.cue == "drone" for h in find_cues("An unmanned aircraft struck a pickup truck near Eastvale."))
    assert _typed("An unmanned aircraft struck a pickup truck near Eastvale, killing three.",
                  "Remote explosive/landmine/IED") == "Air/drone strike"


def test_people_seized_or_taken_away_by_armed_men_are_abducted():
    for s in ("Bandits seize 12 worshippers from a church in Southmoor",
              "The activist was taken away by men in balaclavas outside his office, his wife said."):
        c = candidate(s, 0, len(s))
        assert c is not None and c.rule_sub == "Abduction/forced disappearance", s
    # a patient taken by ambulance, or a suspect's arrest by police, is no abduction
    for s in ("The victim was taken by ambulance to Mercy Hospital.",
              "Police arrested two suspected kidnappers in Southmoor."):
        c = candidate(s, 0, len(s))
        assert c is None or c.rule_sub != "Abduction/forced disappearance", s


def test_rebels_that_take_control_in_a_present_tense_headline_overtake_territory():
    s = "Insurgents take control of the district capital after soldiers withdraw"
    c = candidate(s, 0, len(s))
    assert c is not None and any(h.cue == "overtake" for h in c.cues)
    # police that take control of a scene take no territory
    s = "Police took control of the scene after the shooting."
    assert not any(h.cue == "overtake" for h in find_cues(s))


def test_a_crowd_that_beats_a_man_to_death_is_a_mob():
    s = "An angry crowd beat a suspected burglar to death in Westbury."
    c = candidate(s, 0, len(s), has_deaths=True)
    assert c is not None and any(h.cue == "mob" for h in c.cues)
    assert decide(c, "Attack", 0.6)[0] == "Mob violence"


def test_troops_that_drive_rebels_out_of_a_town_regain_it():
    from crossbearing.events.territory import regained

    s = "Soldiers drove the insurgents out of the town of Eastvale on Monday."
    c = candidate(s, 0, len(s))
    assert regained(c, "Armed clash", 1) == "Government regains territory"


def test_lower_case_jets_that_strike_are_an_air_strike_but_a_team_is_not():
    assert _typed("Witnesses said jets thought to be Ruritanian struck a clinic outside Northfield overnight.",
                  "Attack") == "Air/drone strike"
    assert not any(h.cue == "airstrike" for h in find_cues("The Jets struck first in the second quarter."))


def test_workers_who_stage_a_strike_protest():
    c = candidate("Dock workers in Eastport staged a strike to demand higher pay.", 0, 62)
    assert c is not None and "Protests" in c.allowed_types


def test_people_taken_away_by_gunmen_are_abducted_and_people_rounded_up_arrested():
    s = "Gunmen raided a farm and took away three workers, the district chief said."
    assert candidate(s, 0, len(s)).rule_sub == "Abduction/forced disappearance"
    s = "Soldiers rounded up scores of men in dawn raids on the district."
    c = candidate(s, 0, len(s))
    assert c is not None and any(h.cue == "arrest" for h in c.cues)


def test_rubber_bullets_on_a_march_are_an_intervention_not_an_arrest():
    assert _typed("Police fired rubber bullets and detained 14 people as students marched on the ministry.",
                  "Arrests") == "Protest with intervention"


def test_a_crowd_that_stones_a_man_to_death_is_a_mob_whatever_the_classifier_reads():
    s = "Villagers stoned to death a man they accused of stealing cattle, police said."
    c = candidate(s, 0, len(s))  # the stoning opens the event, with no count of the dead
    assert c is not None
    assert decide(c, "Mob violence", 0.6)[0] == "Mob violence"
    assert decide(c, "Attack", 0.6)[0] == "Mob violence"


def test_an_ambush_that_kills_only_civilians_is_an_attack():
    assert _typed("Armed men killed four health workers in an ambush on their car, the ministry said.",
                  "Armed clash") == "Attack"
    # an armed side among the dead keeps it a clash
    assert _typed("Militants killed four villagers and two soldiers in an ambush near Eastport.",
                  "Armed clash") == "Armed clash"


def test_an_armed_group_that_overruns_a_base_and_seizes_arms_takes_territory():
    from crossbearing.events.territory import regained

    s = "The insurgent group overran an army base near Eastport and seized weapons and trucks."
    c = candidate(s, 0, len(s))
    assert regained(c, "Disrupted weapons use", 2) == "Non-state actor overtakes territory"
    s = "Soldiers seized weapons and explosives in a raid on a house in Eastport."
    assert regained(candidate(s, 0, len(s)), "Disrupted weapons use", 1) == "Disrupted weapons use"


def test_troops_that_set_up_an_observation_post_establish_a_base():
    assert any(h.cue == "hq" for h in find_cues("Foreign troops set up an observation post on the hill."))


def test_militiamen_who_burn_a_market_and_homes_destroy_property():
    assert any(h.cue == "loot" for h in find_cues("Militiamen burned down the market and several homes in Southmoor."))


def test_the_news_eval_types_a_toll_of_combatants_as_the_pipeline_does():
    from crossbearing.eval.news import pipeline_types

    # a strategic development with a toll of its own is the killing (``roles.retype_deadly``)
    texts = ["The army kills 40 militants in the hills above Eastport",
             "Warplanes kill 40 militants in the hills above Eastport",
             "Police arrested 40 militants in Eastport"]
    subs = ["Change to group/activity"] * 2 + ["Arrests"]
    assert pipeline_types(texts, subs, [0.6] * 3) == ["Battles", "Explosions/Remote violence", "Strategic developments"]


def test_what_a_strike_is_in_protest_of_is_its_grievance():
    assert _typed("Four unions staged a general strike that closed Eastport in protest of the arrest of their leaders.",
                  "Arrests") == "Peaceful protest"


def test_youths_throwing_stones_at_a_demonstration_riot():
    assert _typed("Youths resorted to throwing stones during a demonstration in Eastport.",
                  "Other") == "Violent demonstration"


def test_an_attempt_to_assassinate_is_an_attack():
    s = "Gunmen tried to assassinate the mayor of Eastport on Friday, police said."
    c = candidate(s, 0, len(s))
    assert c is not None and any(h.cue == "attack_civ" for h in c.cues)


def test_weapons_confiscated_are_a_disrupted_weapons_use():
    assert any(h.cue == "defuse" for h in find_cues("Police in Eastport confiscated weapons and explosives from the group."))


def test_guerrillas_who_blow_up_power_lines_set_off_an_explosion_but_a_row_that_blew_up_did_not():
    s = "Guerrillas blew up two power lines leading into Eastport last month."
    c = candidate(s, 0, len(s))
    assert c is not None and any(h.cue == "explosion" for h in c.cues)
    assert not any(h.cue == "explosion" for h in find_cues("An argument blew up between the two neighbours."))


def test_youths_who_block_roads_to_press_their_demands_protest():
    s = "Young men blocked roads into Eastport on Sunday to press their demands for jobs."
    c = candidate(s, 0, len(s))
    assert c is not None and "Protests" in c.allowed_types


def test_a_base_or_control_an_armed_group_means_to_take_is_no_event_yet():
    for s in ("Rebels say the militia wants to set up a permanent base in the valley.",
              "The group launched an offensive to seize control of the valley."):
        assert not any(h.cue in ("hq", "overtake") for h in find_cues(s)), s
    assert any(h.cue == "hq" for h in find_cues("The militia set up a permanent base in the valley."))


def test_a_base_the_army_will_establish_is_not_established():
    assert not any(h.cue == "hq" for h in find_cues("The army will establish a new base near the border."))
    assert any(h.cue == "hq" for h in find_cues("The army establishes a new base near the border."))


def test_fire_that_covers_a_ground_push_is_part_of_the_push():
    # the weapons named as support do not settle the type: the ground fighting is the event
    for s in ("Militia fighters pressed their offensive on Eastvale under the cover of heavy air strikes.",
              "Backed by artillery fire, soldiers launched an assault on rebel positions near Northfield."):
        c = candidate(s, 0, len(s))
        assert c is not None and c.rule_sub is None, s
        assert _typed(s, "Armed clash") == "Armed clash", s
    # with no ground act told, the strike is still the event; and strikes backed by drones are strikes
    for s in ("Under the cover of darkness, warplanes bombed the market in Eastvale.",
              "Coalition air strikes backed by drones hit a fuel depot in Northfield."):
        assert candidate(s, 0, len(s)).rule_sub == "Air/drone strike", s
    # the army backed by its allies that shells a village shells it: the weapon is the verb
    s = "The army backed by allied militiamen shelled Westbrook as it prepared an offensive on the valley."
    assert candidate(s, 0, len(s)).rule_sub == "Shelling/artillery/missile attack"
