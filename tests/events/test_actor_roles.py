"""Roles in news phrasing and the one alias table that feeds the actor patterns (made-up sentences)."""

from __future__ import annotations

import json

import pytest

from crossbearing.events.actors import actor_patterns, assign_roles, find_actors, is_object
from crossbearing.events.detect import candidate
from made_up_articles import events, violent


def roles(sentence: str):
    c = candidate(sentence, 0, len(sentence), has_deaths=True)
    r = assign_roles(sentence, 0, len(sentence), (c.trigger.start, c.trigger.end), None, None)
    return (r.actor1.name if r.actor1 else None), (r.actor2.name if r.actor2 else None)


def test_the_dead_and_the_targets_are_not_the_initiator():
    assert roles("40 Islamic State fighters killed in Syrian army operations near Eastfield") == \
        ("Military Forces of Syria", "Islamic State")
    assert roles("Russian jets pound Daesh positions near Westbrook") == ("Military Forces of Russia", "Islamic State")
    assert roles("Air strikes on the Islamic State's stronghold of Northam killed 9")[0] is None
    # an active verb keeps its subject
    assert roles("Islamic State fighters killed 12 villagers in Southam")[0] == "Islamic State"


def test_a_place_described_by_its_holder_is_not_an_actor():
    assert [h.name for h in find_actors("Jets struck an IS-held village and a rebel-controlled town")] == []
    t = "Warplanes bombed a town that is controlled by the Islamic State group, killing 8"
    assert roles(t)[0] != "Islamic State"


def test_possessive_and_title_case_state_arms():
    assert roles("Assad's warplanes carried out six air raids on Lowtown")[0] == "Military Forces of Syria"
    assert roles("12 Killed in Syrian and Russian Airstrikes on Hilltop")[0] == "Military Forces of Syria"
    assert roles("Russia strikes kill 30 in Eastvale")[0] == "Military Forces of Russia"
    assert [h.name for h in find_actors("Congress debates a plan for Syria strikes")] == []
    assert roles("Huge regime bombs kill 20 in Riverside")[0] == "Government forces"
    assert roles("Barrel bombs kill 7 in Oldtown")[0] == "Government forces"


def test_us_led_strikes_and_generic_rebels():
    assert roles("Nine civilians were killed by US-led air strikes near Lakeside")[0] == "US-led coalition"
    assert roles("Rebel shelling kills three in Hillcrest") == ("Opposition Rebels", None)
    assert roles("Rebel bombardment of government-held districts killed two civilians in Hillcrest")[0] == \
        "Opposition Rebels"
    assert roles("Syrian troops clashed with rebels near Fairview") == ("Military Forces of Syria", "Opposition Rebels")
    assert roles("Kurdish fighters killed 14 Islamic State militants near Stonebridge") == \
        ("YPG: Peoples Protection Units", "Islamic State")


def test_is_object_reads_passive_headlines_not_active_verbs():
    t = "20 Daesh terrorists killed in raids"
    h = find_actors(t)[0]
    assert is_object(t, h)
    t = "Daesh terrorists killed 20 men"
    assert not is_object(t, find_actors(t)[0])


def test_who_a_place_was_taken_from_lost_it():
    """"recaptured two hamlets from the rebels": the rebels are what the event was done to."""
    assert roles("Syrian troops recaptured two hamlets from the Islamic State group near Fairview") == \
        ("Military Forces of Syria", "Islamic State")
    t = "Troops recaptured two hamlets from the rebels near Fairview on Monday"
    assert roles(t)[0] != "Opposition Rebels"
    t = "The army wrested the granary from the control of the Islamic State group near Fairview"
    assert is_object(t, [h for h in find_actors(t) if h.name == "Islamic State"][0])
    # orders or support that came from them say nothing of a place lost
    t = "Fighters who took orders from the Islamic State group attacked a checkpoint near Fairview"
    assert not is_object(t, [h for h in find_actors(t) if h.name == "Islamic State"][0])
    t = "Troops retook the town with support from the Islamic State group's rivals near Fairview"
    assert not is_object(t, [h for h in find_actors(t) if h.name == "Islamic State"][0])
    # a statement *from* them keeps them the doer
    t = "The Islamic State group, in a statement from its leadership, said it captured two hamlets"
    assert not is_object(t, find_actors(t)[0])


def test_a_mine_planted_by_a_group_makes_it_the_initiator_and_the_vehicle_that_struck_it_the_target():
    t = "A Syrian army truck struck an IED planted by Islamic State militants near Fairview, killing two soldiers"
    assert roles(t) == ("Islamic State", "Military Forces of Syria")
    t = "A Russian military convoy hit a landmine near Hillcrest on Monday, killing three soldiers"
    assert roles(t)[1] == "Military Forces of Russia" and roles(t)[0] != "Military Forces of Russia"


def test_a_sides_aircraft_or_convoy_that_was_hit_makes_it_the_target():
    """"a Russian military helicopter was shot down": Russia is what the event was done to."""
    assert roles("A Russian military helicopter was shot down near Hillcrest on Monday, killing five") == \
        (None, "Military Forces of Russia")
    assert roles("Russian helicopter downed near Hillcrest, five dead")[1] == "Military Forces of Russia"
    t = "A Turkish military convoy was hit near Fairview on Monday"
    assert is_object(t, find_actors(t)[0])
    # the side's aircraft that strike stay the initiator
    assert roles("Russian jets hit rebel positions near Hillcrest on Monday")[0] == "Military Forces of Russia"


def test_the_army_acting_is_the_states_and_a_career_in_it_is_no_actor():
    """Wire copy's "the army" and "army units" act for the state the story is about; "served in
    the army" and "an army veteran" name no side."""
    assert [h.name for h in find_actors("The army shelled rebel positions near Hillcrest.")] == ["Government forces"]
    assert [h.name for h in find_actors("Army units backed by the air force destroyed gatherings of fighters.")] == \
        ["Government forces"]
    assert find_actors("He served in the army before the shooting.") == []
    assert "Government forces" not in [h.name for h in find_actors("The gunman was an army veteran, police said.")]


def test_a_second_group_joined_to_the_dead_shares_their_fate():
    """"40 Syrian soldiers and pro-regime fighters were killed when …": the soldiers are the dead."""
    t = "Nearly 40 Syrian soldiers and pro-regime fighters were killed when a tunnel blew up under their position"
    assert is_object(t, find_actors(t)[0])
    t = "Syrian troops and allied militiamen killed 12 fighters near Hillcrest"
    assert not is_object(t, find_actors(t)[0])


def test_users_extend_the_actor_patterns_through_the_alias_file(tmp_path):
    extra = tmp_path / "aliases.json"
    extra.write_text(json.dumps({"entities": [
        {"name": "Northland Liberation Front", "kind": "armed_group", "inter": 2, "aliases": ["NLF"],
         "patterns": [r"\bnlf\b|northland liberation front"]},
        {"name": "Military Forces of Syria", "kind": "state_force", "patterns": [r"tiger forces"]}]}))
    pats = actor_patterns(str(extra))
    names = {n for _, n, _ in pats}
    assert "Northland Liberation Front" in names
    assert any(rx.search("the Tiger Forces advanced") and n == "Military Forces of Syria" for rx, n, _ in pats)
    assert not any(n == "Northland Liberation Front" for _, n, _ in actor_patterns(""))


def test_find_actors_reads_the_alias_setting_in_force_not_a_kept_answer(tmp_path, monkeypatch):
    """find_actors keeps its last answers; a changed alias file must still change them."""
    extra = tmp_path / "aliases.json"
    extra.write_text(json.dumps({"entities": [
        {"name": "Northland Liberation Front", "kind": "armed_group", "inter": 2,
         "patterns": [r"\bnlf\b|northland liberation front"]}]}))
    text = "NLF fighters stormed the depot on Tuesday."
    monkeypatch.delenv("CROSSBEARING_ALIASES", raising=False)
    assert "Northland Liberation Front" not in [h.name for h in find_actors(text)]
    monkeypatch.setenv("CROSSBEARING_ALIASES", str(extra))
    assert [h.name for h in find_actors(text)][:1] == ["Northland Liberation Front"]
    monkeypatch.delenv("CROSSBEARING_ALIASES")
    assert "Northland Liberation Front" not in [h.name for h in find_actors(text)]


def test_a_bad_pattern_says_how_to_fix_it(tmp_path):
    extra = tmp_path / "aliases.json"
    extra.write_text(json.dumps({"entities": [{"name": "X Front", "inter": 2, "patterns": ["(unclosed"]}]}))
    try:
        actor_patterns(str(extra))
    except ValueError as exc:
        assert "X Front" in str(exc) and "fix it" in str(exc)
    else:
        raise AssertionError("a broken pattern must be reported")


def test_kurdish_led_forces_are_the_sdf():
    assert roles("Kurdish-led forces eliminate 12 Islamic State militants near Greenfield") == \
        ("QSD: Syrian Democratic Forces", "Islamic State")


def test_government_forces_are_the_forces_of_the_country_of_the_story_not_always_syrias(resources):
    from crossbearing.events.actors import GOVERNMENT_FORCES, find_actors
    from made_up_articles import events

    assert [h.name for h in find_actors("Government troops shelled the rebel camp.")] == [GOVERNMENT_FORCES]
    assert [h.name for h in find_actors("Syrian government troops shelled the rebel camp.")] == ["Military Forces of Syria"]
    # one place named: the event's own place says whose government it is
    evs = events(resources, "Government forces shelled rebel positions near Goma on Monday, killing four fighters.",
                 published="2021-05-04")
    assert evs and evs[0].actor1.startswith("Military Forces of") and "Congo" in evs[0].actor1
    evs = events(resources, "Government forces shelled rebel-held Douma near Damascus on Monday, killing four people.",
                 published="2021-05-04")
    assert evs and evs[0].actor1 == "Military Forces of Syria"


def test_an_army_named_by_its_country_or_left_unnamed_and_unidentified_attackers():
    from crossbearing.events.actors import GOVERNMENT_FORCES

    assert [h.name for h in find_actors("On Sunday, the Myanmar military shelled a village in the hills.")] == \
        ["Military Forces of Myanmar"]
    assert [h.name for h in find_actors("Military forces arrested three students at the stadium.")] == [GOVERNMENT_FORCES]
    assert [h.name for h in find_actors("Fighting broke out between the military and a local militia.")][:1] == \
        [GOVERNMENT_FORCES]
    # an institution in a life story is no actor of the day's event
    assert [h.name for h in find_actors("He joined the Army in 2010 and served two tours.")] == []
    for t in ("Unidentified armed individuals shot and killed a councilman on Monday.",
              "Unknown militants detonated a roadside bomb near the checkpoint.",
              "An armed group killed two people when they invaded the town hall."):
        assert [h.name for h in find_actors(t)][:1] == ["Unidentified Armed Group"], t


def test_a_date_before_the_subject_is_no_count_of_it():
    # "2022, unknown gunmen killed" is not "12 gunmen killed": the comma closes the date
    assert roles("On 4 April 2022, unknown gunmen killed a trader in the village of Northam.")[0] == \
        "Unidentified Armed Group"
    assert roles("On 4 April 2022, 12 gunmen were killed in a raid near Northam.")[0] != "Unidentified Armed Group"


def test_yemens_recognised_government_forces_are_yemens_military():
    assert roles("Pro-Hadi forces fired artillery at Houthi positions in Southam district.") == \
        ("Military Forces of Yemen", "Military Forces of Yemen (2016-) Supreme Political Council")
    assert roles("IRG forces clashed with Houthi fighters west of Northam.")[0] == "Military Forces of Yemen"
    assert roles("Government forces clashed with Houthi fighters west of Northam.")[0] == "Military Forces of Yemen"
    assert roles("Government forces shelled rebel positions west of Northam.")[0] != "Military Forces of Yemen"


def test_the_houthis_and_the_saudi_led_coalition_carry_acleds_names():
    # ACLED codes the Houthi forces as the forces of their Sanaa government, and the coalition by its operation
    assert roles("Houthi forces shelled residential areas east of Southam.")[0] == \
        "Military Forces of Yemen (2016-) Supreme Political Council"
    assert roles("The Saudi-led coalition conducted six air raids on Northam.")[0] == "Operation Restoring Hope"


def test_the_side_that_repulses_an_offensive_does_not_initiate_it():
    assert roles("Russian forces engaged in an offensive in the direction of Northam, but were repulsed by "
                 "Ukrainian forces.") == ("Military Forces of Russia", "Military Forces of Ukraine")
    # the agent of the event's own passive still initiates
    assert roles("Two Islamic State fighters were killed by Syrian army troops near Southam.")[0] == "Military Forces of Syria"


def test_national_armies_and_armed_groups_by_acronym_carry_acleds_names():
    assert roles("FARDC soldiers clashed with M23 rebels near Northam.") == \
        ("Military Forces of the Democratic Republic of Congo", "M23: March 23 Movement")
    assert roles("ADF militants killed five villagers near Southam.")[0] == "ADF: Allied Democratic Forces"
    assert roles("Suspected JNIM militants abducted two traders near Westfield.")[0] == \
        "JNIM: Group for Support of Islam and Muslims"
    # an acronym that is also a common word names the group only beside what it names
    assert [h.name for h in find_actors("The soldier was listed as KIA after the 2014 battle.")] == []
    assert [h.name for h in find_actors("The ADF said its aircraft were grounded.")] == []


def test_a_states_boats_and_border_guards_and_a_group_named_before_its_act():
    assert roles("Israeli gunboats opened fire on fishing boats off Northam.")[0] == "Military Forces of Israel"
    assert roles("ADF attacked and killed a farmer in Southam village.")[0] == "ADF: Allied Democratic Forces"


def test_a_description_holding_the_trigger_beats_the_storys_initiator(resources):
    from made_up_articles import events, violent

    # the regime initiated the story's first attack; "rebel shelling" names whose the next one is
    text = ("Government warplanes struck a market in Northtown on Monday, killing 11 people. "
            "The monitor said rebel shelling of government-held districts killed two civilians in the city.")
    evs = violent(events(resources, text, "Strikes and shelling kill 13", published="2016-07-05"))
    assert [e.actor1 for e in sorted(evs, key=lambda e: e.evidence[0].start)] == \
        ["Government forces", "Opposition Rebels"]


def test_people_quoted_on_what_they_saw_are_sources_not_victims():
    def civilians(sentence):
        c = candidate(sentence, 0, len(sentence), has_deaths=True)
        return assign_roles(sentence, 0, len(sentence), (c.trigger.start, c.trigger.end), None, None).civilians

    assert not civilians("Soldiers clashed with a separatist militia near the dam, villagers said.")
    assert not civilians("Rebels shelled an army post on Monday, residents told reporters.")
    assert not civilians("Jets bombed a rebel base overnight, according to local residents.")
    # the people hurt are still the victims, whoever tells it
    assert civilians("Gunmen killed five villagers on Monday, residents said.")
    assert civilians("Rebels shelled the market, killing three civilians, according to local residents.")


def test_the_hurt_told_before_the_act_are_its_victims():
    def civilians(sentence):
        c = candidate(sentence, 0, len(sentence), has_deaths=True)
        return assign_roles(sentence, 0, len(sentence), (c.trigger.start, c.trigger.end), None, None).civilians

    assert civilians("Three civilians killed in regime shelling of Northam")
    assert civilians("Two children were wounded when rebels shelled a school in Eastfield.")
    # fighters hurt are no civilians, nor are people who only flee
    assert not civilians("Three fighters killed in army shelling of Northam")
    assert not civilians("Villagers fled as troops shelled the hills above Eastfield.")


def test_a_peoples_militia_is_no_victim_but_many_peoples_lives_are_people():
    from crossbearing.events.actors import _VICTIMS

    assert not _VICTIMS.search("troops fired at the positions of the Northern People's Militia")
    assert _VICTIMS.search("he touched many people's lives") and _VICTIMS.search("Five people were killed")


def test_a_teller_of_its_own_act_is_its_actor_and_the_police_stay_sources():
    """"X said it had captured …" names X as who acted; "X said" alone names a source; the
    police's words about an arrest tell no shooting."""
    t = "The Islamic State group said it had captured the hilltop outpost near Lakeside on Friday."
    assert [h.name for h in find_actors(t)] == ["Islamic State"]
    assert [h.name for h in find_actors("The Islamic State said the outpost near Lakeside was empty.")] == []
    assert [h.name for h in find_actors("The national army announced it had recaptured the airport.")] == \
        ["Government forces"]
    assert "Police" not in " ".join(h.name for h in find_actors("Police said they had killed the gunman on Main Street."))


@pytest.mark.parametrize("text, unit", [
    ("Iraqi special forces raided a house in Mosul on Monday, killing two suspects.", "Iraq"),
    ("Afghan National Army soldiers killed two gunmen near Kunduz on Monday.", "Afghanistan"),
    ("Turkish ground forces shelled a village near Afrin on Monday, killing two people.", "Turkey"),
])
def test_a_states_forces_named_by_their_kind_of_unit_are_its_military(resources, text, unit):
    evs = violent(events(resources, text, published="2023-05-16"))
    assert evs and evs[0].actor1 == f"Military Forces of {unit}"


def test_rebels_who_tried_to_infiltrate_the_armys_ranks_initiated(resources):
    text = "Opposition rebels attempted to infiltrate Syrian army ranks near a village in Hama on Monday, killing four Syrian soldiers."
    evs = violent(events(resources, text, published="2023-05-16"))
    assert evs and evs[0].actor1 == "Opposition Rebels" and evs[0].actor2 == "Military Forces of Syria"


def test_two_sides_that_clashed_named_as_one_subject_are_both_sides(resources):
    text = ("Police officers and suspected gang members clashed in Medellin on Monday after the gang shot a "
            "shopkeeper. No one was killed.")
    evs = violent(events(resources, text, published="2023-05-16"))
    assert [e.sub_event_type for e in evs][:1] == ["Armed clash"]
    assert evs[0].actor1 and "Police" in evs[0].actor1
