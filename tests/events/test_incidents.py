"""The incident layer (``crossbearing.events.incidents``) on made-up articles, through the
real extractors: one event per incident, page furniture and background kept out, the lead's
toll on the lead event."""

from __future__ import annotations

import dataclasses

import pytest

from crossbearing.events.incidents import is_furniture
from crossbearing.model import Span
from made_up_articles import events, toll, violent

def test_a_rounded_headline_yields_to_the_leads_count(resources):
    text = ("At least 31 people were killed on Monday when warplanes bombed a market in the town, "
            "a monitor said. The toll was expected to rise.")
    evs = violent(events(resources, text, "Dozens killed in air raid on busy market"))
    assert evs and toll(evs[0]) == 31


def test_passive_toll_followed_by_a_weekday_counts_the_dead(resources):
    text = ("At least 43 people were killed Saturday in a car bomb attack on buses at a checkpoint "
            "outside the city, a monitor said.")
    evs = violent(events(resources, text, "Car bomb hits buses at checkpoint"))
    assert evs and toll(evs[0]) == 43


def test_a_lead_that_tells_the_shot_from_the_bullets_side_is_the_incident(resources):
    # the lead's "struck by a bullet" is the shooting: the event is the lead's, in the lead's
    # town, not a later sentence's that names only the hospital's state
    text = ("Hoover police say an 8-year-old girl watching television on her couch was struck by a bullet "
            "fired through a shared wall late Monday. "
            "Medics drove the girl to Children's of Alabama hospital. "
            "The neighbour who lived on the other side of the wall at the time of the shooting ran off.")
    evs = violent(events(resources, text, published="2016-11-09"))
    assert evs
    assert evs[0].evidence[0].start == 0
    place = evs[0].place.place or evs[0].place.within
    assert place is not None and place.name == "Hoover"


def test_war_long_toll_is_not_an_event(resources):
    text = ("The war, which began in 2011, has killed more than 350,000 people and displaced "
            "millions, according to the United Nations.")
    assert violent(events(resources, text, "Envoy opens new round of talks")) == []


def test_the_headline_toll_and_the_lead_are_one_incident(resources):
    text = ("Warplanes hit the town of Maarat on Saturday, killing more than 40 people and wounding 90. "
            "At least 45 people were killed in the town, activists said on Saturday. "
            "The foreign ministers met in Geneva.")
    evs = violent(events(resources, text, "Air strikes on Maarat kill at least 45 people", published="2023-05-14"))
    assert len(evs) == 1
    assert toll(evs[0]) == 45


def test_forces_named_by_their_weapons_act(resources):
    text = ("Syrian regime warplanes bombed a market in the town of Maarat in Idlib province on Tuesday, "
            "killing 12 civilians, a monitor said. Residents of Idlib said the town had been hit before.")
    evs = violent(events(resources, text, "Regime air raids kill 12 in Idlib market"))
    assert evs and evs[0].actor1 == "Military Forces of Syria" and evs[0].inter1 == 1
    text = ("Government helicopters dropped barrel bombs on the town of Maarat in Idlib province on Tuesday, "
            "killing five people. Idlib has been shelled for weeks, residents of Aleppo and Idlib said.")
    evs = violent(events(resources, text, "Barrel bombs kill five in Syria's Idlib"))
    assert evs and evs[0].actor1 == "Military Forces of Syria"


def test_government_forces_stay_unnamed_without_a_country():
    from crossbearing.events.actors import GOVERNMENT_FORCES, find_actors
    from crossbearing.events.roles import _state_forces
    from crossbearing.model import Event

    t = "Regime warplanes struck the town."
    assert [h.name for h in find_actors(t)] == [GOVERNMENT_FORCES]
    ev = Event(id="a-e0", article_id="a", event_type="Battles", sub_event_type="Armed clash",
               actor1=GOVERNMENT_FORCES, inter1=1, actor2="Military Forces of Turkey", inter2=1)
    assert _state_forces(ev, None).actor1 is None
    done = _state_forces(ev, "SY")
    assert (done.actor1, done.inter1, done.inter2) == ("Military Forces of Syria", 1, 8)


def test_the_headline_names_the_initiator_the_lead_leaves_out(resources):
    from crossbearing.events.roles import headline_initiator

    assert headline_initiator("7 killed in regime strikes on besieged neighbourhood").name == "Government forces"
    assert headline_initiator("Rebels shell school in government-held district") is None  # generic word, no name
    assert headline_initiator("Islamic State fighters storm border post").name == "Islamic State"
    assert headline_initiator("Air strikes target Islamic State stronghold") is None  # the target
    assert headline_initiator("Moscow warns against new US air strikes on Syria") is None  # not done
    text = ("Air strikes killed seven people and wounded dozens more in the last rebel-held district of "
            "the city of Homs on Monday, a monitor said. Homs was once the heart of the uprising.")
    evs = violent(events(resources, text, "7 killed in regime strikes on besieged Homs district", "2023-05-16"))
    assert evs and evs[0].actor1 == "Military Forces of Syria"


def test_history_habits_and_multi_day_tolls_are_not_the_days_incident(resources):
    from crossbearing.events.incidents import classify
    from crossbearing.model import Event, TimeRef
    from datetime import date

    ev = Event(id="a-e0", article_id="a", event_type="Battles", sub_event_type="Government regains territory",
               evidence=[Span("a", 0, 40, "Government forces captured the town last year.")],
               time=TimeRef(Span("a", 30, 39, "last year"), "2015-01-01", "2015-12-31", "year"))
    assert classify(ev, date(2016, 6, 1)) == "background"
    assert classify(ev, date(2015, 12, 20)) == "incident"  # this year's: still news
    for sentence, kind in (("Rebels often fire rockets at the government-held district.", "drop"),
                           ("Jets bomb the villages almost every day, residents say.", "drop"),
                           ("Families in the besieged district continue to face relentless bombardment.", "drop"),
                           ("Warplanes continued to pound the district on Monday, killing nine.", "incident"),
                           ("At least 45 people have been killed in the city in the past 24 hours.", "aggregate"),
                           ("Three days of fighting in the north left 80 dead.", "aggregate"),
                           ("The strikes answered a rebel offensive that has been underway in the south for months.",
                            "aggregate"),
                           ("The rebels have suffered a spate of defeats at the hands of the army.", "aggregate"),
                           ("At least 97 fighters have died in combat in the city since July 31.", "aggregate"),
                           ("Hundreds of people have been killed in the city since talks broke off.", "aggregate"),
                           # a weekend's shootings across a city: a total the places' own tolls split
                           ("Four people were killed and 35 others have been wounded in shootings across the city "
                            "since Friday night.", "incident"),
                           ("Rebels fired rockets at the district on Monday, killing two.", "incident")):
        ev = Event(id="a-e1", article_id="a", event_type="Battles", sub_event_type="Armed clash",
                   evidence=[Span("a", 0, len(sentence), sentence)])
        assert classify(ev, date(2016, 6, 1)) == kind, sentence


def test_generic_statements_comments_and_footage_are_not_incidents():
    from datetime import date

    from crossbearing.events.incidents import classify
    from crossbearing.model import Event

    for sentence, kind in (
            ("The province has been a key target of air strikes by the coalition.", "aggregate"),
            ("Government forces have been battling to recapture the district for months.", "aggregate"),
            ("The army recently made major advances north of the city.", "aggregate"),
            ("There was no immediate comment from the army on Thursday's shelling.", "drop"),
            ("The minister said government forces will soon take full control of the city.", "drop"),
            ("The two powers announced a nationwide cease-fire starting on Monday.", "drop"),
            ("Ankara warns against new air strikes on the border towns.", "drop"),
            ("The council called on the UN and aid groups to act now to save families caught in the fighting.", "drop"),
            ("The envoy cautioned against any ground offensive on the city.", "drop"),
            ("Warplanes struck the town on Monday, killing eight people.", "incident")):
        ev = Event(id="a-e1", article_id="a", event_type="Battles", sub_event_type="Armed clash",
                   evidence=[Span("a", 0, len(sentence), sentence)])
        assert classify(ev, date(2016, 6, 1)) == kind, sentence
    for caption in ("Another video showed the body of a child lying on the rubble.",
                    "A man carries a child at the scene of a reported air strike on the city on September 10 2016."):
        assert is_furniture(caption, 0, caption), caption
    assert not is_furniture("A man carried his son from the scene, witnesses said.", 0,
                            "A man carried his son from the scene, witnesses said.")
    ev = Event(id="a-e1", article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
               evidence=[Span("a", 0, 80, "A man who had recently been released from prison shot his wife on Sunday.")])
    assert classify(ev, date(2016, 6, 1)) == "incident"


def test_an_arrest_for_a_shooting_leaves_the_toll_with_the_shooting(resources):
    text = ("Authorities have arrested a man accused of killing two people and wounding three others at a "
            "party in the town on Saturday. The suspect was arrested on Friday in a neighbouring county.")
    evs = events(resources, text, "Man arrested after 2 killed, 3 injured in party shooting", "2023-05-16")
    shooting = violent(evs)
    assert shooting and toll(shooting[0]) == 2 and int(shooting[0].injured.best) == 3
    assert all(e.fatalities is None for e in evs if e.sub_event_type == "Arrests")


def test_a_deadly_strategic_development_is_the_killing(resources):
    from crossbearing.events.roles import retype_deadly
    from crossbearing.model import Event, Quantity

    def ev(sentence, sub="Change to group/activity", etype="Strategic developments", **kw):
        q = Quantity(span=Span("a", 0, 5, "31"), kind="killed", best=31.0, low=31.0, high=31.0)
        return Event(id="a-e0", article_id="a", event_type=etype, sub_event_type=sub, fatalities=q,
                     evidence=[Span("a", 0, len(sentence), sentence)], **kw)

    assert retype_deadly(ev("The army kills 31 militants in the province.")).sub_event_type == "Armed clash"
    assert retype_deadly(ev("Warplanes killed 31 people hours after the deal.", "Agreement")).sub_event_type == \
        "Air/drone strike"
    assert retype_deadly(ev("Gunmen killed 31 villagers.", actor2="Civilians", inter2=7)).event_type == \
        "Violence against civilians"
    kept = ev("The army kills 31 militants in the province.")
    kept = retype_deadly(Event(**{**kept.__dict__, "fatalities": None}))
    assert kept.sub_event_type == "Change to group/activity"  # no toll: nothing to retype


def test_a_headline_typed_from_its_toll_joins_the_leads_air_strike(resources):
    text = ("17-05-2023 Syrian Army Kills 31 Militants in Maarat. Syrian army warplanes struck militant "
            "positions in the town of Maarat in Idlib province on Tuesday, killing 31 militants, the army said. "
            "The town has changed hands twice this year.")
    evs = violent(events(resources, text, "Syrian Army Kills 31 Militants in Idlib Province", "2023-05-17"))
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Air/drone strike" and toll(evs[0]) == 31


def test_a_months_or_a_weeks_toll_reads_as_cumulative():
    from crossbearing.events.cues import any_cue

    assert any_cue("cumulative", "In this month alone 420 patients were reported wounded and 41 have died.")
    assert any_cue("cumulative", "Over 500 civilians killed in one week of bombing, the monitor said.")
    assert not any_cue("cumulative", "A man was shot dead last week outside a bar on Canal Street.")


def test_a_clash_with_civilians_on_the_other_side_is_an_attack(resources):
    from crossbearing.events.roles import clash_on_civilians
    from crossbearing.model import Event

    ev = Event(id="a-e0", article_id="a", event_type="Battles", sub_event_type="Armed clash",
               actor2="Civilians", inter2=7)
    done = clash_on_civilians(ev)
    assert (done.event_type, done.sub_event_type, done.civilian_targeting) == \
        ("Violence against civilians", "Attack", True)
    both = Event(id="a-e1", article_id="a", event_type="Battles", sub_event_type="Armed clash",
                 actor1="Military Forces of Syria", inter1=1, actor2="Islamic State", inter2=2)
    assert clash_on_civilians(both) is both


def _ev(i, sub, killed=None, start=0, etype="Explosions/Remote violence", actor1=None):
    from crossbearing.model import Event, Quantity

    q = Quantity(span=Span("a", start, start + 2, "xx"), kind="killed", best=float(killed), low=float(killed),
                 high=float(killed)) if killed is not None else None
    return Event(id=f"a-m{i}", article_id="a", event_type=etype, sub_event_type=sub, fatalities=q, actor1=actor1,
                 trigger=Span("a", start, start + 4, "bomb"), evidence=[Span("a", start, start + 40, "x" * 40)])


def test_a_bomb_and_a_suicide_bomber_are_one_kind_of_blast():
    from crossbearing.events.incidents import _joins

    assert _joins([_ev(0, "Remote explosive/landmine/IED", 16)], _ev(1, "Suicide bomb", start=300))
    assert not _joins([_ev(0, "Air/drone strike", 16)], _ev(1, "Suicide bomb", start=300))


def test_the_leads_toll_found_again_later_absorbs_that_incident():
    from crossbearing.events.incidents import _absorb_same_toll

    lead = _ev(0, "Air/drone strike", 42, actor1="Military Forces of Syria")
    again = _ev(1, "Attack", 42, start=500, etype="Violence against civilians")
    other = _ev(2, "Shelling/artillery/missile attack", 3, start=900)
    merged, at = _absorb_same_toll([lead, again, other], 0, "a")
    assert at == 0 and len(merged) == 2 and [e.id for e in merged] == ["a-e0", "a-e1"]
    assert merged[0].sub_event_type == "Air/drone strike" and len(merged[0].evidence) == 2
    kept, _ = _absorb_same_toll([lead, _ev(1, "Attack", 41, start=500, etype="Violence against civilians")], 0, "a")
    assert len(kept) == 2  # another toll: another incident


def test_a_suburb_and_the_city_it_is_near_are_one_place(resources):
    text = ("Government air raids on a rebel-held area near Damascus killed 42 people on Thursday, a monitor said. "
            "The air strikes were carried out in Douma, killing 42 people, the monitor said.")
    evs = violent(events(resources, text, published="2014-09-12"))
    assert len(evs) == 1 and toll(evs[0]) == 42


def test_an_air_strike_told_without_its_attacker_is_the_one_air_arm_the_article_names(resources):
    text = ("Air strikes hit the town of Kafr Nabl on Sunday, killing 9 people, a monitor said. "
            "Residents said Russian jets had circled over the province since dawn.")
    evs = violent(events(resources, text, published="2017-04-30"))
    assert evs and evs[0].sub_event_type == "Air/drone strike" and evs[0].actor1 == "Military Forces of Russia"
    two = text + " Regime helicopters dropped barrel bombs on nearby villages last week."
    evs = violent(events(resources, two, published="2017-04-30"))
    assert [e.actor1 for e in evs if e.sub_event_type == "Air/drone strike"][0] in (None, "")


def test_a_headline_only_incident_is_placed_at_the_articles_focus(resources):
    wall = "You are the owner of this article. Please sign in to continue reading."
    evs = violent(events(resources, wall, title="Teen wounded in shooting in Dayton, Ohio"))
    assert len(evs) == 1 and evs[0].place is not None
    pl = evs[0].place.place or evs[0].place.within
    assert pl.country == "US" and pl.admin1 == "Ohio"


def test_a_later_mention_with_nothing_of_its_own_is_not_an_incident_of_its_own(resources):
    text = ("A 6-year-old boy was fatally shot Friday night at his family's home in Brookside, police said. "
            "Officers found the boy in an upstairs bedroom. Circumstances of how the boy was shot were "
            "not immediately clear.")
    evs = violent(events(resources, text, "Boy, 6, killed in shooting at home", published="2023-05-13"))
    assert len(evs) == 1 and toll(evs[0]) == 1


def test_a_second_shooting_with_its_own_toll_stays_apart(resources):
    text = ("A man was shot and killed Friday night outside a bar on Main Street, police said. "
            "In a separate shooting on Saturday, two women were wounded on Oak Avenue.")
    assert len(violent(events(resources, text, published="2023-05-14"))) == 2


def test_deaths_in_a_road_crash_are_not_political_violence(resources):
    text = ("Police found a 34-year-old woman and her 2-year-old son shot to death inside their home in "
            "Chesterfield on Friday, police said. Investigators identified the woman's estranged boyfriend as a "
            "suspect. Deputies in Hanover County later chased his car, and the suspect and two people in another "
            "vehicle were killed in a four-car wreck on Route 301.")
    evs = violent(events(resources, text, "Woman, toddler killed; suspect dies in crash", published="2023-05-13"))
    assert len(evs) == 1 and toll(evs[0]) == 2
    assert not any("wreck" in s.text for s in evs[0].evidence)


def test_a_crash_caused_by_gunfire_is_still_violence(resources):
    text = "Two people were killed when gunmen opened fire on a car, which crashed into a wall, police said."
    assert toll(violent(events(resources, text, published="2023-05-13"))[0]) == 2


@pytest.mark.parametrize("said", [
    "No arrests have been made and police continue to investigate.",
    "Police did not say if anyone is in custody.",
    "No one is in custody for the shooting, a police spokeswoman said.",
    "The suspect has not been arrested.",
    "Detectives do not have anyone in custody.",
    "Officers have not made any arrests in the case.",
])


def test_a_sentence_saying_nobody_was_arrested_reports_no_arrest(resources, said):
    text = f"A man was shot and wounded outside a store on Elm Street early Sunday, police said. {said}"
    evs = events(resources, text, "Man wounded in shooting", published="2023-05-14")
    assert [e.sub_event_type for e in evs if e.sub_event_type == "Arrests"] == []
    assert len(violent(evs)) == 1


def test_an_arrest_made_is_still_an_arrest(resources):
    text = "A man was shot and wounded outside a store on Elm Street early Sunday. Police arrested a 19-year-old suspect on Monday."
    evs = events(resources, text, "Man wounded in shooting; suspect arrested", published="2023-05-16")
    assert any(e.sub_event_type == "Arrests" for e in evs)


def test_police_who_respond_or_speak_did_not_fire(resources):
    text = "Police are responding to a report of a 3-year-old shot in the stomach on Prouty Avenue on Saturday."
    assert [e.actor1 for e in violent(events(resources, text, published="2023-05-13"))] == [None]
    text = "Police shot and killed a man who opened fire on officers outside a gas station on Sunday, police said."
    assert "Police" in (violent(events(resources, text, published="2023-05-15"))[0].actor1 or "")


def test_police_named_in_a_photo_credit_or_as_the_source_did_not_fire(resources):
    text = "Five teenagers have been injured, say city police officials, in an early morning shooting on Elm Street."
    assert [e.actor1 for e in violent(events(resources, text, published="2015-10-25"))] == [None]


def test_a_headline_death_told_without_a_number_joins_the_lead_to_its_toll(resources):
    # "Toddler killed": the headline's one death is the toll a later sentence gives, not another
    # incident's (the lead itself names no toll)
    text = ("A neighbor said 2-year-old Ella Stone was shot in the head.\n\nPolice respond to the scene of the "
            "shooting on Birch Lane.\n\nThe 2-year-old was found dead at the scene.\n\nThe search continues for "
            "the gunman who killed a 2-year-old girl and critically injured a man in Maple Grove.\n\nPolice were "
            "called to the 400 block of Birch Lane just after 11 p.m. Sunday.")
    evs = violent(events(resources, text, "Toddler killed, man critically injured in Maple Grove shooting",
                         published="2015-10-05"))
    assert len(evs) == 1
    assert toll(evs[0]) == 1


def test_a_man_who_opened_fire_is_a_shooting_and_the_police_who_speak_did_not_fire(resources):
    text = ("A man walked up to the door of the nightclub on Elm Street and opened fire early Sunday, wounding "
            "five people, said Officer Dana Ruiz, a Dayton Police Department spokeswoman.")
    evs = violent(events(resources, text, published="2015-10-05"))
    assert len(evs) == 1 and int(evs[0].injured.best) == 5
    assert evs[0].actor1 != "Police Forces"
    ordered = violent(events(resources, "Police Chief Ann Marsh ordered the club closed after the shooting that "
                                        "wounded five people on Sunday.", published="2015-10-05"))
    assert ordered and all(e.actor1 != "Police Forces" for e in ordered)


def test_a_later_sentence_that_only_places_the_leads_clash_again_is_not_a_second_incident():
    from crossbearing.events.incidents import _drop_bare_mentions
    from crossbearing.model import Event, Place, PlaceMention, Quantity

    town = Place(101, "Westport", "SY", lat=35.0, lon=40.1)
    other_town = Place(102, "Eastfield", "SY", lat=34.0, lon=38.0)

    def clash(i, start, sentence, where, killed=None):
        span = Span("a", start, start + len(sentence), sentence)
        toll = Quantity(span, "killed", low=killed, best=killed, high=killed) if killed else None
        return Event(id=f"a-e{i}", article_id="a", event_type="Battles", sub_event_type="Armed clash",
                     actor1="Military Forces of Syria", fatalities=toll, evidence=[span],
                     place=PlaceMention(span, where.name, where, geo_precision=1))

    lead = clash(0, 0, "Ten troops were killed in clashes near Westport.", town, killed=10)
    again = clash(1, 200, "The clashes took place not far from the Westport airport.", town)
    elsewhere = clash(2, 400, "Clashes also broke out in Eastfield.", other_town)
    incidents = [[lead], [again], [elsewhere]]
    _drop_bare_mentions(incidents)
    assert incidents == [[lead], [elsewhere]]


def test_a_sentence_saying_nobody_is_in_custody_is_no_event_of_any_type():
    from crossbearing.events.incidents import classify
    from crossbearing.model import Event

    sentence = "No one was in custody in connection with the shooting as of Monday afternoon, the chief said."
    span = Span("a", 0, len(sentence), sentence)
    trigger = Span("a", sentence.index("in custody"), sentence.index("in custody") + 10, "in custody")
    as_attack = Event(id="a-e2", article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
                      trigger=trigger, evidence=[span])
    assert classify(as_attack, None) == "drop"
    shot = Span("a", sentence.index("shooting"), sentence.index("shooting") + 8, "shooting")
    assert classify(dataclasses.replace(as_attack, trigger=shot), None) == "incident"  # the shooting itself stays


def test_a_war_long_toll_in_the_lead_is_not_the_headline_incidents(resources):
    evs = events(resources, "Tuesday 12 July 2016 Rebels fired shells into the west of the city. Once the country's "
                            "economic powerhouse, the city has been ravaged by the war that began with anti-government "
                            "protests in 2011 and has killed more than 280,000 people.",
                 title="Rebels launch assault in divided city")
    assert evs and all((e.fatalities is None or (e.fatalities.best or 0) < 1000) for e in evs)


def test_a_headline_that_says_hurt_keeps_a_later_death_off_the_lead(resources):
    text = ("Eight people were wounded in shootings across the South Side on Sunday, police said.\n\n"
            "A 17-year-old girl was shot in the arm near Elm Street.\n\n"
            "A man, 22, was shot in the leg an hour later.\n\n"
            "Two brothers were grazed by bullets outside a store.\n\n"
            "Police said none of the wounds were life-threatening.\n\n"
            "No arrests have been made.\n\n"
            "Four men were killed in shootings across the city on Saturday, police said.")
    lead = violent(events(resources, text, "South Side shootings: girl, 17, among 8 injured"))[0]
    assert toll(lead) in (None, 0)


def kind_of(sentence: str) -> str:
    """How the incident layer classifies a battle mention whose sentence is ``sentence``."""
    from datetime import date

    from crossbearing.events.incidents import classify
    from crossbearing.model import Event

    ev = Event(id="a-e1", article_id="a", event_type="Battles", sub_event_type="Armed clash",
               evidence=[Span("a", 0, len(sentence), sentence)])
    return classify(ev, date(2016, 6, 1))


def test_an_operations_toll_since_it_began_is_cumulative():
    for sentence, kind in (
            ("Government troops killed at least 90 fighters in an offensive which began last week, the monitor said.", "aggregate"),
            ("At least 60 have died since the assault was launched on the valley.", "aggregate"),
            ("There has been heavy shelling and air strikes since Sunday and 140 people have been wounded.", "aggregate"),
            ("The offensive began on Monday when jets struck the town, killing 12 people.", "incident"),
            ("He has been in hospital since the shooting on Sunday that killed his brother.", "incident")):
        assert kind_of(sentence) == kind, sentence


def test_trends_and_exclusions_are_not_incidents():
    for sentence, kind in (
            ("As the army tries to push the rebels out of the province, the bombings have intensified.", "drop"),
            ("Shootings have surged in the city this year, police said.", "drop"),
            ("There have been few reports of clashes in the district since the truce began.", "drop"),
            ("Militant groups are not covered by the agreement, the ministry said.", "drop"),
            ("The minister said their intention was to find a way other than military action.", "drop"),
            ("Jets bombed the market on Monday, and the bombing intensified the panic.", "incident")):
        assert kind_of(sentence) == kind, sentence


def test_forces_that_halt_their_strikes_strike_nobody():
    for sentence, kind in (
            ("Government forces halted air strikes on the city for a 12-hour pause on Friday.", "drop"),
            ("The coalition suspended its bombing of the port after the talks began.", "drop"),
            ("Jets resumed air strikes on the city on Friday, killing four.", "incident")):
        assert kind_of(sentence) == kind, sentence


def test_a_large_toll_told_twice_is_one_incident_though_one_telling_took_the_target_for_the_attacker():
    from crossbearing.events.incidents import _absorb_same_toll
    from crossbearing.model import Event, Quantity

    def told(i, sub, actor1, start, words):
        toll = Quantity(span=Span("a", start, start + 10, words[:10]), kind="killed", low=70.0, best=70.0, high=70.0)
        return Event(id=f"a-e{i}", article_id="a", event_type="Battles" if sub == "Armed clash" else "Explosions/Remote violence",
                     sub_event_type=sub, actor1=actor1, inter1=1 if actor1.startswith("Military") else 2,
                     actor2="Islamic State", inter2=2, fatalities=toll, evidence=[Span("a", start, start + len(words), words)])

    head = told(0, "Armed clash", "Military Forces of Syria", 0, "Army kills over 70 militants near the town")
    later = told(1, "Air/drone strike", "Islamic State", 300, "About 70 militants were killed in the airstrikes")
    merged, lead = _absorb_same_toll([head, later], 0, "a")
    assert len(merged) == 1 and lead == 0
    assert merged[0].sub_event_type == "Air/drone strike" and merged[0].actor1 == "Military Forces of Syria"
    small = [told(0, "Armed clash", "Military Forces of Syria", 0, "Army kills 3 militants"),
             told(1, "Air/drone strike", "Islamic State", 300, "3 militants were killed in the raid")]
    small = [dataclasses.replace(e, fatalities=dataclasses.replace(e.fatalities, low=3.0, best=3.0, high=3.0)) for e in small]
    assert len(_absorb_same_toll(small, 0, "a")[0]) == 2  # a small toll may well be another incident's


def test_fire_on_policemen_stays_a_clash_with_no_civilians_on_the_other_side(resources):
    text = "Two armed men on a motorcycle opened fire on two policemen patrolling the market in Northam on Monday."
    evs = violent(events(resources, text, published="2023-05-16"))
    assert evs and evs[0].sub_event_type == "Armed clash"


def test_a_toll_line_types_nothing_of_its_own(resources):
    text = ("On 3 May 2022, in Kuru, a man was killed and his body was found dumped beside the road. "
            "1 fatality.")
    evs = violent(events(resources, text, published="2022-05-03"))
    assert len(evs) == 1 and evs[0].sub_event_type == "Attack"


def test_a_superlative_since_an_earlier_attack_keeps_the_incident_it_follows(resources):
    """"… killing all seven on board, the deadliest loss for troops since they entered the
    war": the comparison does not make the sentence's own incident history; the
    earlier attack a superlative compares with is background."""
    evs = violent(events(resources, "A military transport plane was shot down over the desert hills on Monday, "
                                    "killing all seven people on board in the single deadliest loss for troops since "
                                    "they entered the war. In a separate attack, rebels shelled the town of Azaz on "
                                    "Monday, killing two people.",
                         published="2016-08-02"))
    assert [(toll(e), e.aggregate) for e in evs] == [(7, False), (2, False)]
    evs = violent(events(resources, "A car bomb killed 12 people in the market on Monday. It was the deadliest "
                                    "attack in the city since a suicide bomber killed 30 people at a mosque in 2015.",
                         published="2016-08-02"))
    assert [toll(e) for e in evs if not e.aggregate] == [12]


def test_a_sentence_pointing_back_at_the_attack_goes_on_telling_it(resources):
    # "In the attack" opens a sentence about the strike just told: its toll is that strike's,
    # though its own words ("were destroyed") read as another kind of violence
    text = ("The United Nations halted deliveries in the region on Wednesday. "
            "On Monday evening a convoy of 12 trucks was hit by air strikes near the town of Saraqib in Idlib province. "
            "In the attack nine of the trucks were destroyed and 14 civilians were killed. "
            "The agency said it would review its operations.")
    evs = violent(events(resources, text, "Aid agency halts deliveries after convoy attack", published="2019-03-06"))
    assert len(evs) == 1 and toll(evs[0]) == 14


def test_the_day_an_attack_was_told_does_not_set_it_apart_from_its_own_day(resources):
    # "said on Thursday" dates the ministry's statement: the attack it describes is the one the
    # next sentence dates to Tuesday, with its toll
    text = ("Tests on victims of an attack which killed dozens of people in the town of Saraqib in Idlib "
            "province show exposure to chlorine, the health ministry said on Thursday. "
            "At least 37 people were killed early on Tuesday in Saraqib, a monitor said.")
    evs = violent(events(resources, text, "Ministry says tests show chlorine exposure", published="2019-05-09"))
    assert len(evs) == 1 and toll(evs[0]) == 37 and evs[0].time.start == "2019-05-07"


def test_damage_joins_the_attack_told_before_it_and_no_attack_joins_damage():
    from crossbearing.events.incidents import _joins

    attack = _ev(0, "Attack", 9, etype="Violence against civilians")
    burned = _ev(1, "Looting/property destruction", start=300, etype="Strategic developments")
    assert _joins([attack], burned)
    # "he had been accused of arson" told before a shooting is no part of it
    assert not _joins([_ev(2, "Looting/property destruction", etype="Strategic developments")],
                      _ev(3, "Attack", 3, start=300, etype="Violence against civilians"))


def test_a_days_toll_in_city_shootings_is_a_citys_not_an_incidents(resources):
    text = ("A man was wounded in a shooting on Elm Street in Springfield on Sunday, police said. "
            "In another violent stretch, nine people were killed in city shootings and 13 others were "
            "wounded on Monday, Aug. 9.")
    evs = [e for e in events(resources, text, "Man wounded on Elm Street", published="2021-09-06")
           if not e.aggregate and not e.planned]
    assert not any(toll(e) == 9 for e in evs)


def test_a_toll_that_counts_the_attacker_says_so(resources):
    text = ("A gunman killed two shoppers at the Elm Grove mall on Saturday. The gunman was also killed "
            "by a SWAT officer at the scene, police said.")
    evs = violent(events(resources, text, "Gunman kills two at Elm Grove mall", published="2023-05-14"))
    assert evs and toll(evs[0]) == 3 and evs[0].fatalities.of_which.get("attackers") == 1
    text = "A gunman killed two shoppers at the Elm Grove mall on Saturday, police said."
    evs = violent(events(resources, text, "Gunman kills two at Elm Grove mall", published="2023-05-14"))
    assert evs and toll(evs[0]) == 2 and not evs[0].fatalities.of_which.get("attackers")


def test_an_incident_told_only_by_the_lead_takes_its_county_or_the_datelines_town_not_the_state(resources):
    # a hunting shooting the event layer reads as an accident is still the story's incident;
    # "Wisconsin" names the agency that reports it, the county where it happened
    lead = ("WAUTOMA, Wis. - The Wisconsin Department of Natural Resources has confirmed that a 14-year-old "
            "boy was shot by another youth hunter while preparing to go hunting{}.\n\nThe boy was taken to "
            "a hospital with a wound to his leg.")
    ev, = violent(events(resources, lead.format(" in Waushara County"), published="2016-11-12"))
    assert (ev.place.surface, ev.geo_precision) == ("Waushara County", 2)
    ev, = violent(events(resources, lead.format(""), published="2016-11-12"))
    assert ((ev.place.place or ev.place.within).name, ev.geo_precision) == ("Wautoma", 1)  # the dateline's town


def test_an_incident_only_the_headline_reports_is_typed_by_the_weapon_it_names(resources):
    """A body that says nothing of it (a sign-up wall): the headline's weapon types the incident."""
    body = "Sign in to continue reading. Subscribers get unlimited access to our journalism."
    evs = events(resources, body, title="Mortar shells kill three children in Northfield")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]
    evs = events(resources, body, title="Three children shot dead in Northfield")
    assert [e.sub_event_type for e in evs] == ["Attack"]
