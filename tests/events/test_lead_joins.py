"""The headline and lead told again later in the article: one incident, with the toll the
article states, and the headline's own toll where the body's figure is taken or is a statistic
(every sentence below is made up for the test)."""

from __future__ import annotations

from made_up_articles import events, toll, violent


def test_the_headlines_toll_told_again_in_a_later_sentence_is_one_incident(resources):
    text = ("Sixteen civilians were killed on Tuesday in the town of Qamishli, a monitor said. "
            "Residents described scenes of panic in the market. "
            "A man on a motorbike detonated explosives near a checkpoint in Qamishli on Tuesday, killing 16 people.")
    every = events(resources, text, title="16 civilians killed in Qamishli motorbike bombing", published="2016-07-06")
    evs = violent(every)
    assert len(evs) == 1 and toll(evs[0]) == 16
    assert len({e.id for e in every}) == len(every)


def test_a_dateless_lead_under_the_pages_stamp_joins_the_incident_it_summarises(resources):
    # the lead's only date is the page's stamp: it does not date the strike, so the later
    # sentence that dates it ("over the weekend") and gives the headline's toll is the same incident
    text = ("Date of publication 9 August 2016 Five children and four medical staff killed by air strikes "
            "on a hospital in Idlib province. A hospital run by a medical charity in Idlib province was "
            "destroyed by air strikes over the weekend that killed 13 people, the charity said on Monday.")
    evs = violent(events(resources, text, title="Air strikes destroy Idlib hospital leaving 13 dead",
                         published="2016-08-09"))
    assert len(evs) == 1 and toll(evs[0]) == 13


def test_a_headline_toll_told_again_in_a_caption_stays_the_lead_incidents(resources):
    # the lead's singular death reads no count; a photo caption's does, and another event takes it
    text = ("Jane Doe (Photo: LHS yearbook)\n\n"
            "Lakeview police are trying to determine who fired the shot which killed a Lakeview County High "
            "School sophomore Thursday night during a gun battle in an alley off Elm Street.\n\n"
            "Jane Doe, 17, died during surgery at St. Luke's Medical Center in Riverton. An autopsy has been "
            "scheduled for Saturday in Marion County.\n\n"
            "Another Lakeview resident, John Roe, 18, a student at Central Academy, was also shot and is "
            "being treated at St. Luke's. A third Lakeview resident, Jim Poe, 25, has been charged with "
            "first-degree assault.\n\n"
            "No one has been charged with murder since it's not yet been determined who fired the fatal shot,"
            " according to police.\n\n"
            "Buy Photo Scene from the parking lot behind Miller's Tavern on Elm Street, this is the alley "
            "where the shooting that killed a Lakeview County High School student occurred. (Photo: Staff)")
    evs = violent(events(resources, text, "17-year-old girl killed in Lakeview shooting identified", "2023-05-19"))
    assert evs and toll(evs[0]) == 1


def test_a_headline_of_homicides_over_a_page_with_no_story_is_an_incident(resources):
    evs = events(resources, "Subscribe now for unlimited access.\n\nAlready a subscriber? Log in.",
                 "Authorities identify victims of separate homicides in Lakeview", "2023-05-19")
    assert violent(evs)


def test_a_headline_death_stands_beside_a_statistic_of_the_same_count(resources):
    text = ("Police are investigating the accidental shooting death of an 18-year-old.\n\n"
            "The teens thought the gun was unloaded, but it went off. Sam was shot and died that night.\n\n"
            "According to a gun-safety group, Sam is the fifth person to be accidentally shot and killed in "
            "the state so far this year.")
    evs = violent(events(resources, text, "Teenager dies in accidental shooting", "2023-05-16"))
    assert evs and toll(evs[0]) == 1


def test_a_headline_toll_gathered_over_days_stays_an_aggregate(resources):
    text = ("Fighting between rival rebel groups has killed 45 fighters over the past three days in the east "
            "of the country, a monitor said on Monday.")
    evs = violent(events(resources, text, "Rebel infighting kills 45 fighters in three days", "2023-05-16"))
    assert all(toll(e) != 45 for e in evs)


def test_a_shootout_and_the_shooting_told_again_are_one_incident(resources):
    text = ("Deputies said a fight between two groups of patrons spilled into the parking lot and led to the early "
            "morning shootout outside the Blue Moon lounge in Elmwood.\n\n"
            "Four people were injured in the shooting, one of them critically.")
    evs = violent(events(resources, text, title="Four hurt in shootout outside lounge", published="2016-09-11"))
    assert len(evs) == 1 and evs[0].injured is not None and evs[0].injured.best == 4


def test_a_name_inside_the_hospital_the_hurt_were_taken_to_is_not_where_they_were_hurt(resources):
    # "UK Hospital" (a university's) is not the United Kingdom, nor "Children's of Alabama
    # hospital" the state: the shooting is where the lead puts it
    text = ("Lexington detectives said Friday that a dawn shooting near South Broadway was no attack. "
            "Paramedics took the teenager to UK Hospital with a leg wound. "
            "In the end, detectives concluded that the teen accidentally shot himself.")
    evs = violent(events(resources, text, published="2015-07-01"))
    assert evs and all((e.place is None or (e.place.place or e.place.within) is None
                        or (e.place.place or e.place.within).country == "US") for e in evs)
    text = ("Hoover police said an 8-year-old girl was wounded in her home late Monday. "
            "Medics drove the girl to Children's of Alabama hospital. "
            "The neighbour who lived on the other side of the wall at the time of the shooting ran off.")
    evs = violent(events(resources, text, published="2016-11-09"))
    assert evs and all((e.place.place or e.place.within).name == "Hoover" for e in evs)


def test_a_sentence_with_no_place_takes_the_last_place_that_is_neither_a_home_nor_a_hospitals(resources):
    # the victim's home town and the hospital's town are named in the sentence before the one that
    # says where it happened (a street only): the incident is in the lead's town
    text = ("4 shot, 1 fatally, in Irvington\n\n"
            "IRVINGTON, N.J. (AP) — Essex County prosecutors and local police are looking into a shooting that "
            "left a man dead and three more people hurt.\n\n"
            "Irvington police say 31-year-old John Doe, of Maplewood, died early Monday at University Hospital "
            "in Newark.\n\n"
            "Officers were called at about 10:45 p.m. Sunday to reports of gunfire in the 300 block of Lyons "
            "Ave.")
    evs = violent(events(resources, text, published="2015-07-06"))
    assert evs
    place = evs[0].place.place or evs[0].place.within
    assert place is not None and place.name == "Irvington"


def test_the_one_the_lead_says_was_shot_and_a_later_sentence_says_died_is_not_also_hurt(resources):
    # the headline and lead tell one friend shot, the end of the story that he died: one dead, no hurt
    text = ("PALMETTO BAY, Fla. - A 19-year-old Palmetto Bay man is in jail after police said he accidentally "
            "shot his friend on Christmas Eve.\n\n"
            "An arrest report says the two friends were in a bedroom on Elm Street when the friend took out a "
            "pistol he had just bought to show him.\n\n"
            "Officers said the friend took the loaded magazine out of the pistol and passed the weapon to him.\n\n"
            "He told detectives he shot the friend by accident, the report said.\n\n"
            "He also admitted that he first told officers the friend was shot somewhere else by a stranger in a "
            "dark hoodie.\n\n"
            "Police said he also hid the pistol under his bed.\n\n"
            "Paramedics took the friend to Palmetto General Hospital, where he died.\n\n"
            "He was arrested Monday and charged with manslaughter.")
    evs = violent(events(resources, text, title="19-year-old accidentally shoots friend on Christmas Eve, police say",
                         published="2016-12-27"))
    assert evs and toll(evs[0]) == 1
    assert evs[0].injured is None or int(evs[0].injured.best) == 0
