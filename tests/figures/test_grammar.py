"""The quantity grammar: what each figure counts and what happened to it."""

from crossbearing.figures.grammar import sentence_quantities


def quantities(text):
    return [(q.kind, q.best) for q in sentence_quantities(text, 0, len(text), "t")]


def test_list_closed_by_one_verb():
    t = "The operations also saw “450 terrorists, five tanks, and 42 pickups, with heavy machine guns, were liquidated during the operation,” according to Lapin."
    assert quantities(t) == [("killed", 450), ("materiel:tank", 5), ("materiel:pickup", 42)]


def test_subset_becomes_of_which():
    t = "Coalition airstrikes killed 12 members of a single family, among them five children, in a village."
    (q,) = sentence_quantities(t, 0, len(t), "t")
    assert (q.kind, q.best, q.of_which) == ("killed", 12, {"children": 5})
    assert "family" in q.subject
    assert t[q.span.start:q.span.end] == q.span.text and q.number_span.text == "12"


def test_aggregate_and_floor():
    t = ("42,234 documented airstrikes in the country had resulted in a minimum estimate of some "
         "7,000 civilians killed by the US-led coalition between 2014 and 2017.")
    qs = sentence_quantities(t, 0, len(t), "t")
    assert [(q.kind, q.best, q.aggregate) for q in qs] == [("airstrikes", 42234, True), ("killed", 7000, True)]
    assert qs[1].low == 7000 and qs[1].subject == "civilians"


def test_percent_and_area_with_conversion():
    assert quantities("over 85% of Syria") == [("percent", 85)]
    rest = sentence_quantities("clear the remaining 15 percent of the country", 0, 45)
    assert [(q.kind, q.best, q.qualifier) for q in rest] == [("percent", 15, None), ("percent", 85, "complement")]
    assert quantities("around 27,000 square kilometers") == [("area_km2", 27000)]
    (kind, best), = quantities("an area of 100 square miles")
    assert kind == "area_km2" and abs(best - 258.9988) < 0.01
    assert quantities("500 hectares of farmland") == [("area_km2", 5)]


def test_victims_not_perpetrators():
    t = "Several armed men shot and killed seven men and three women in the village."
    killed = [q.best for q in sentence_quantities(t, 0, len(t)) if q.kind == "killed"]
    assert killed == [7, 3]


def test_injured_and_killed_in_one_sentence():
    assert quantities("Six people were injured, 1 person died.") == [("injured", 6), ("killed", 1)]
    assert quantities("One man was killed and another injured.") == [("killed", 1), ("injured", 1)]
    assert quantities("The blast killed 1 and injured 2.") == [("killed", 1), ("injured", 2)]


def test_other_fates():
    assert quantities("Police arrested 14 protesters.") == [("arrested", 14)]
    assert quantities("Gunmen abducted 20 students on Monday.") == [("abducted", 20)]
    assert quantities("Some 3 million people have been displaced.") == [("displaced", 3e6)]


def test_crowd_size():
    assert quantities("Up to 2,500 people took to the streets in Augsburg.") == [("crowd", 2500)]


def test_ages_dates_addresses_are_not_counted():
    t = "A 23-year-old man was shot at 1935 Orchard St. on 5 May 2017 at 9:30 pm with a 9mm pistol."
    assert all(q.best in (1,) for q in sentence_quantities(t, 0, len(t)))


def test_more_vague_floors_and_demonyms():
    t = "20-plus soldiers were killed"
    assert [(q.kind, q.low, q.qualifier) for q in sentence_quantities(t, 0, len(t))] == [("killed", 20, "over")]
    t = "several hundred protesters gathered"
    assert quantities(t) == [("crowd", 100)]
    assert quantities("five Iraqis were killed") == [("killed", 5)]


def test_singular_victims_count_one_each():
    assert quantities("The 7-year-old girl and her father were found dead.") == [("killed", 1), ("killed", 1)]
    assert quantities("A man broke into the home and killed a young couple.") == [("killed", 2)]
    assert quantities("The gunman shot and killed the woman.") == [("killed", 1)]


def test_person_nouns_that_only_modify_are_not_counted():
    t = "Militiamen attacked a camp, killing at least 156 people, the UN refugee agency reported."
    assert quantities(t) == [("killed", 156)]
    assert quantities("Gunmen killed a leader of the party.") == [("killed", 1)]


def test_passive_tolls_followed_by_when_and_where():
    assert quantities("At least 43 people were killed Saturday in a car bomb attack.") == [("killed", 43)]
    assert quantities("Three people killed Monday in a market blast.") == [("killed", 3)]
    assert quantities("Two soldiers were wounded here, officials said.") == [("injured", 2)]
    # an active verb still takes its object: the men are agents, not victims
    assert ("killed", 4) not in quantities("Four gunmen killed a guard.")


def test_headline_tolls_without_commas():
    # headlines drop the commas: each count takes the participle right after it
    assert quantities("11 killed 25 injured in air strike on market town") == [("killed", 11), ("injured", 25)]
    assert quantities("3 Civilians Killed 38 Injured in Rocket Attacks") == [("killed", 3), ("injured", 38)]
    assert quantities("One person killed 16 others injured in shelling") == [("killed", 1), ("injured", 16)]
    assert quantities("19 Killed and Injured in Border Town Attack") == [("casualties", 19)]
    assert quantities("Mortar Attack Kills Injures over 70 People") == [("casualties", 70)]
    assert quantities("Car Bombing Claims 5 in Port City") == [("killed", 5)]
    assert quantities("The attack killed 3 and injured 12") == [("killed", 3), ("injured", 12)]


def test_numbers_that_name_are_not_counted():
    assert ("injured", 911) not in quantities("Police received a 911 call about a woman who was wounded.")
    assert quantities("Neighbors called 911 after hearing shots; two people were injured.") == [("injured", 2)]
    assert quantities("He lived at 11700 Robertson Avenue where two men were shot.") == [("shot", 2)]
    assert all(v != 300 for _, v in quantities("Shots rang out in the 300 block of Elm Lane, wounding four."))


def test_executions_and_clause_ends_after_a_participle():
    assert quantities("Seven killed 37 others injured due to rocket attacks") == [("killed", 7), ("injured", 37)]
    assert quantities("The group crucifies 9 men in the town square") == [("killed", 9)]
    assert quantities("Militants execute 70 fighters accused of desertion") == [("killed", 70)]
    assert quantities("Tipsters can call Crime Stoppers at 822-1111 or toll-free 1-877-903-STOP.") == []
    assert quantities("Anyone with information is asked to call (504) 822-1111.") == []
    assert quantities("Between 20-30 people were wounded.")[0][0] == "injured"


def test_a_death_toll_that_reached_or_stands_at_a_number():
    for text in ("The death toll reached 41 overnight, rescuers said.",
                 "The death toll from the shelling stands at 17, the monitor said."):
        qs = [q for q in sentence_quantities(text, 0, len(text)) if q.kind == "killed"]
        assert [int(q.best) for q in qs] == [int(text.split("reached ")[-1].split()[0]) if "reached" in text else 17]


def test_headline_style_deaths_without_an_auxiliary():
    from crossbearing.figures.gva import article_casualties

    assert article_casualties("Deputies said the suspect fled.", "4 people shot to death at home near Lakeview")[0] == 4
    assert article_casualties("Two men fatally shot outside a bar early Sunday, police said.")[0] == 2
    # "fatally" without a participle after it is not a toll of its own
    assert article_casualties("Three people were hurt, one fatally, police said.")[0] != 3


def test_a_toll_risen_to_counts_the_dead_even_with_the_commas_stripped():
    # some feeds strip punctuation: the count must not need the comma after it
    for text in ("The death toll from the shelling of the market town has risen to 27 people including "
                 "nine children the monitoring group said on Monday.",
                 "The death toll from the shelling has risen to 27 people, including nine children."):
        assert ("killed", 27) in quantities(text), text


def test_a_toll_that_rises_to_an_emergency_numbers_digits_is_still_a_toll():
    assert ("killed", 112) in quantities("The death toll in the bomb attack on the convoy rises to 112.")
    assert quantities("A neighbour called 112 after hearing the shots.") == []


def test_the_death_of_n_people_counts_the_dead():
    assert ("killed", 5) in quantities("The raids on the valley led to the death of five civilians including two "
                                       "women and injured 15 others.")
    assert ("killed", 12) in quantities("The strike caused the deaths of 12 people.")


def test_one_victim_named_before_where_it_happened_is_counted():
    def killed(t):
        return [q.best for q in sentence_quantities(t, 0, len(t)) if q.kind == "killed"]

    assert killed("Two men shot and killed a shopkeeper outside his store on Friday.") == [1.0]
    assert killed("Armed robbers killed a merchant near the market overnight.") == [1.0]
    assert killed("The UN refugee agency said aid had arrived.") == []  # a person noun that only modifies


def test_kin_listed_with_their_ages_count_as_many_as_the_ages():
    assert quantities("The man shot and killed his sons, ages 6 and 9, before fleeing.") == [("killed", 2)]
    assert quantities("A gunman wounded her daughters, 4, 7 and 12, in the attack.") == [("injured", 3)]
    # the number is already there: the ages add nothing
    assert quantities("He killed his two sons, ages 6 and 9, police said.") == [("killed", 2)]


def test_a_victims_family_is_no_toll():
    # the number after "father of" counts his children; after "in front of" the witnesses
    assert ("killed", 5) not in quantities("Mother of 5 killed, 2 hurt after shooting at a Dayton gas station")
    assert ("killed", 3) not in quantities("A woman was shot dead in front of 3 children on Friday, police said.")
    assert ("injured", 2) in quantities("Mother of 5 killed, 2 hurt after shooting at a Dayton gas station")
    assert ("killed", 5) in quantities("A gunman killed 5 people at a Dayton gas station on Friday.")


def test_the_members_an_apposition_names_are_the_group_counted():
    t = "Two victims, a 31-year-old woman and a 40-year-old man, died at the scene in Lakeport."
    assert quantities(t) == [("killed", 2)]
    # without the closing comma the words are a list: two men, a woman and a child
    assert sum(b for k, b in quantities("Two men, a woman and a child were killed in Lakeport.") if k == "killed") == 4


def test_a_year_is_no_count():
    # a dateline run into the headline, and a year a preposition introduces
    assert ("killed", 2016) not in quantities("Mon Nov 7 2016 Child Killed, 20 People Injured in Shelling on Dayton")
    assert quantities("In 2016 children were killed in the town, the report said.") == []
    assert ("killed", 2000) in quantities("The fighting killed 2000 people in the town.")  # a count after a verb


def test_a_date_in_figures_is_no_count():
    assert quantities("23-04-2016 Child killed, 9 Civilians Injured in Shelling on Dayton") == [("injured", 9)]
    assert ("killed", 7) not in quantities("On 7/4/2015 three people were killed in Dayton.")


def test_a_group_named_by_its_acronym_is_counted():
    # "IS" and "US" are names here, not "is" and "us"
    assert quantities("Coalition air strikes kill 8 IS group militants near the border.") == [("killed", 8)]
    assert quantities("A roadside bomb killed 3 US soldiers on Monday.") == [("killed", 3)]


def test_a_list_of_the_dead_goes_on_through_a_possessive():
    text = "An air raid on the town killed two women and their seven children on Friday."
    got = [(q.kind, q.best) for q in sentence_quantities(text, 0, len(text))]
    assert got == [("killed", 2.0), ("killed", 7.0)]


def test_a_killing_verb_before_a_named_relative_makes_a_death():
    assert quantities("The man fatally shot his wife on Sunday.") == [("killed", 1.0)]
    assert quantities("Prosecutors say he murdered his uncle in 2019.") == [("killed", 1.0)]
    # the relative is the agent here, not a victim
    assert quantities("A boy was hurt after his father accidentally shot him.") == [("injured", 1.0)]


def test_one_named_relative_is_counted_only_where_the_fate_is_their_own():
    # a possessive names whose relatives they were, not a person counted
    assert quantities("A man shot and killed his ex-girlfriend's two sons on Friday.") == [("killed", 2.0)]
    # the agent of a perfect with an object suffered nothing
    assert quantities("A neighbour had shot his cousin, police said.") == [("shot", 1.0)]
    # the object of another verb, then someone else's death after "and whose"
    assert quantities("She grew up with Lee, who never met his father and whose mother died in 2004.") == []
    # a noun for one person after a larger number is a name ("Channel 9 partner")
    assert quantities("Channel 9 partner The Ledger reported she was hospitalized.") == []
    # a count in a clause of its own is not the patient of the first clause's verb
    assert quantities("A boy was fatally shot on his porch when three men drove past and opened fire.") == \
        [("killed", 1.0), ("count", 3.0)]


def test_one_person_named_twice_in_apposition_counts_once():
    assert quantities("The victim, a 19-year-old student, was pronounced dead at the scene.") == [("killed", 1.0)]
    assert quantities("A man, a woman, and a child were killed.") == [("killed", 1.0)] * 3


def test_a_number_before_and_a_new_verb_is_not_that_verbs_patient():
    assert quantities("He is accused of shooting a family of four and killing three, police said.") == [("killed", 3.0)]


def test_a_count_of_some_of_a_group_takes_the_verb_after_the_group():
    assert quantities("Police said three of their young children were found dead.") == [("killed", 3.0)]
    assert quantities("One of the wounded has died, police said.") == [("killed", 1.0)]
    assert quantities("One of those wounded later died.") == [("killed", 1.0)]
    # some of a group already counted, with no fate of their own, are not counted again
    assert quantities("One of those shot was in serious condition.") == []
    assert quantities("Two of those killed were brothers.") == []
    assert quantities("Two of the family dogs were hurt.") == []  # the group is not people
    # one member of a group is no toll
    assert quantities("He was one of the soldiers killed in the ambush.") == []
    # a long clause between two counts is no list: the agent does not share the victims' fate
    assert quantities("A teenager remained in custody on Sunday as detectives asked what led to the shooting "
                 "of his parents and two of his sisters who were found dead at home.") == [("killed", 2.0)] * 2


def test_one_person_found_dead_is_a_death():
    assert quantities("Deputies found a woman and a child dead inside a burned car on Thursday.") == \
        [("killed", 1.0), ("killed", 1.0)]


def test_people_named_by_how_they_live_together_are_people():
    assert quantities("He accidentally shot and killed his landlord and his housemate during the struggle.") == \
        [("killed", 1.0), ("killed", 1.0)]


def test_ones_parents_are_two_people():
    assert quantities("Police said his parents and three children were found dead.") == \
        [("killed", 2.0), ("killed", 3.0)]
    assert quantities("Both her grandparents were killed in the blast.") == [("killed", 2.0)]
    assert quantities("The boy's parents said he was shot by a neighbour.") == []  # a possessive names, not counts


def test_one_person_in_a_clause_before_another_is_not_that_clauses_patient():
    assert quantities("Her husband was at home when she was shot.") == []
    assert quantities("Her parents were asleep when the boy was shot.") == [("shot", 1.0)]
    assert quantities("A woman was killed when a gunman opened fire.") == [("killed", 1.0)]


def test_everyone_listed_after_the_deaths_of_is_dead():
    assert quantities("Friends mourned the deaths of a retired teacher, his wife and their two grandsons "
                      "who were shot by an intruder.") == [("killed", 1.0), ("killed", 1.0), ("killed", 2.0)]
    # a later clause of its own is not the list
    assert quantities("The deaths of two guards in May and a raid that wounded three villagers angered "
                      "the town.") == [("killed", 2.0), ("injured", 3.0)]


def test_a_hedged_verb_with_an_object_makes_its_subject_the_agent():
    assert quantities("The man allegedly killed the baby after an argument.") == [("killed", 1.0)]
    assert quantities("A neighbour reportedly shot his cousin, police said.") == [("shot", 1.0)]
    # with an auxiliary the hedge is a passive's, and the count suffered it
    assert quantities("Two people were reportedly killed in the raid.") == [("killed", 2.0)]


def test_people_named_by_their_work_at_the_scene_are_people():
    assert quantities("Police say the robber fatally shot the clerk.") == [("killed", 1.0)]
    assert quantities("A cashier was wounded in the holdup.") == [("injured", 1.0)]


def test_two_people_under_one_article_are_two():
    assert quantities("A man and woman were found dead inside the farmhouse.") == [("killed", 1.0)] * 2
    assert quantities("Police say a 17-year-old boy and 19-year-old woman were slain by an intruder.") == \
        [("killed", 1.0)] * 2
    # a possessive names whose they were; "of" makes the second word a title
    assert quantities("A man and woman's car was hit by gunfire.") == []


def test_police_words_male_and_female_name_one_person_unless_they_modify():
    assert quantities("A 22-year-old male and 19-year-old female were wounded.") == [("injured", 1.0)] * 2
    assert quantities("A male victim was shot in the arm.") == [("shot", 1.0)]
    assert quantities("Police are looking for a male suspect in a grey hoodie.") == []


def test_one_person_among_a_group_is_not_the_groups_toll():
    assert quantities("Police say a 15-year-old boy was among those wounded in a shooting that killed "
                      "one person.") == [("killed", 1.0)]
    assert quantities("A nurse was among those killed.") == []


def test_one_hurt_in_a_relative_clause_who_then_died_is_dead():
    assert quantities("A 30-year-old man who was shot several times died at the scene.") == [("killed", 1.0)]
    assert quantities("The girl, who was wounded in the neck, later died at a hospital.") == [("killed", 1.0)]
    # no death of their own: still hurt; someone else's death in a further clause is not theirs
    assert quantities("A man who was shot on Sunday remains in critical condition.") == [("shot", 1.0)]
    assert quantities("A woman who was shot by a robber who died in the shootout is recovering.") == \
        [("shot", 1.0), ("killed", 1.0)]  # the robber died, not she


def test_one_shot_who_then_died_is_dead():
    assert quantities("A man was shot and later died at the hospital.") == [("killed", 1.0)]
    # the dead are another count here
    assert quantities("Two men were shot and one died.") == [("shot", 2.0), ("killed", 1.0)]
    assert quantities("A man was shot and taken to a hospital.") == [("shot", 1.0)]


def test_one_lives_in_a_town_is_the_verb_not_a_life_lost():
    t = "The twin brothers, both 30 — one lives in Dayton and the other in Kettering — were each shot in the leg."
    assert not any(kind in ("killed", "dead") for kind, _ in quantities(t))
    t = "The blast claimed 20 lives in the market town."
    assert quantities(t) == [("killed", 20)]


def test_claiming_that_one_named_person_did_something_is_not_a_death():
    t = "The man told officers a story, initially claiming the child shot himself in the yard."
    assert not any(kind == "killed" for kind, _ in quantities(t))
    assert quantities("Car bombing claims 14 in the provincial capital.") == [("killed", 14)]


def test_a_person_joined_to_a_counted_group_shares_the_fate_told_after_it():
    # the father and his daughters: three dead, not two
    assert quantities("A shooting on Wednesday left him and his two daughters dead.") == [("killed", 1), ("killed", 2)]
    assert quantities("A shooting on Wednesday left a man and his two sons dead.") == [("killed", 1), ("killed", 2)]
    # a pronoun on its own is nobody counted
    assert quantities("He shot her and fled.") == []
    # the first one's own fate is told: the second's is not shared
    t = "A shooting in the city left a 1-year-old boy dead and a woman wounded."
    assert ("injured", 1) in quantities(t) and ("injured", 2) not in quantities(t)
    assert sum(best for kind, best in quantities(t) if kind == "injured") == 1


def test_the_verb_before_a_list_gives_its_fate_to_each_member():
    # the gunman fled; the sons did not flee
    t = "The gunman shot and killed a woman and her two sons before fleeing the house."
    assert quantities(t) == [("killed", 1), ("killed", 2)]
    # a member that states its own fate keeps it
    assert quantities("Gunmen killed two men and three women were wounded.") == [("killed", 2), ("injured", 3)]


def test_numbered_parts_of_a_counted_group_in_its_apposition_are_the_group():
    t = "Four victims, three teenagers and one adult, suffered gunshot wounds on Saturday evening."
    assert quantities(t) == [("injured", 4)]
    # parts that outnumber the first group are a list: every one counts
    assert quantities("Two men, three women and a child were killed.") == [("killed", 2), ("killed", 3), ("killed", 1)]


def test_suicide_bombers_are_people_and_shoot_dead_kills():
    """"bombers" alone are aircraft; "suicide bombers" are people. A headline's present tense
    "shoot dead" kills the count after it as "shot dead" does."""
    assert quantities("Border guards shoot dead six suicide bombers west of the town.") == [("killed", 6)]
    assert quantities("Two suicide bombers blew themselves up at the gate.") == [("count", 2)]
    assert quantities("The air force lost two bombers over the sea.") == [("materiel:aircraft", 2)]


def test_a_count_among_the_next_is_a_part_of_it():
    """"30 children were among 39 people killed": the 39 are the dead, the 30 a part of them."""
    t = "At least 30 children were among 39 people killed in the double bombing at the school."
    (q,) = sentence_quantities(t, 0, len(t), "t")
    assert (q.kind, q.best, q.of_which) == ("killed", 39, {"children": 30})
    t = "Two police officers were among the 12 people wounded."
    (q,) = sentence_quantities(t, 0, len(t), "t")
    assert (q.kind, q.best, q.of_which) == ("injured", 12, {"police officers": 2})


def test_every_part_a_list_of_parts_names_stays_a_part():
    """"25 people including seven women and a child were killed": the child is among the 25;
    a count after ", and" opens a clause of its own and stays a count."""
    t = "On Tuesday 25 people including seven women and a child were killed in air strikes on the town."
    (q,) = sentence_quantities(t, 0, len(t), "t")
    assert (q.kind, q.best, q.of_which) == ("killed", 25, {"women": 7, "child": 1})
    assert quantities("The blast killed 12 soldiers including two officers, and three civilians died in the "
                      "crossfire.") == [("killed", 12), ("killed", 3)]
    # a part whose own verb follows closes the list: the next count is more people
    assert quantities("Seven soldiers including two officers were killed and five civilians including a child "
                      "were killed in the town.") == [("killed", 7), ("killed", 5)]


def test_bombers_killed_are_people_bombers_that_kill_or_are_lost_are_aircraft():
    """"Bombers" names aircraft and people: aircraft are shot down or lost, never killed."""
    assert quantities("Near the crossing, 4 rebel bombers killed as troops pushed on.") == [("killed", 4)]
    assert quantities("Five Daesh bombers were killed at the checkpoint on Friday.") == [("killed", 5)]
    assert quantities("Five Daesh bombers were killed before they reached the checkpoint.") == [("killed", 5)]
    assert quantities("Two bombers were shot down over the sea.") == [("materiel:aircraft", 2)]
    assert ("killed", 30) in quantities("Three bombers killed 30 villagers in the raid.")


def test_a_counted_part_after_parts_no_number_counts_is_still_a_part():
    t = "Rockets hit a clinic in the valley killing at least 12 people including women and three paramedics."
    (q,) = sentence_quantities(t, 0, len(t), "t")
    assert (q.kind, q.best, q.of_which) == ("killed", 12, {"paramedics": 3})
    t = "The shelling killed nine people including children and two aid staffers on Monday."
    (q,) = sentence_quantities(t, 0, len(t), "t")
    assert (q.kind, q.best, q.of_which) == ("killed", 9, {"staffers": 2})


def test_a_count_after_a_passive_toll_and_and_opens_a_clause_of_its_own():
    # the fate of the first count is not the second's: "and" opens the second count's own clause
    t = "Four villagers were killed and more than thirty others suffered breathing problems after the gas attack."
    assert quantities(t) == [("killed", 4), ("count", 30)]
    t = "Four villagers were killed and thirty others were wounded in the raid."
    assert quantities(t) == [("killed", 4), ("injured", 30)]
    # an active verb's objects share it: "killed four people and two others"
    assert quantities("Gunmen killed four people and two others in the town.") == [("killed", 4), ("killed", 2)]


def test_a_count_that_speaks_is_a_source_not_a_victim():
    t = "Hospitals cannot cope with the number of wounded this week, one nurse told reporters."
    assert quantities(t) == [("count", 1)]
    t = "The shelling wounded three medics, two nurses said."
    assert quantities(t) == [("injured", 3), ("count", 2)]
    t = "The shelling wounded three medics, two nurses and a doctor."
    assert [k for k, _ in quantities(t)][:2] == ["injured", "injured"]


def test_a_killing_named_as_a_noun_counts_its_dead():
    assert quantities("A man was charged on Monday in the killings of three neighbours.") == [("killed", 3)]
    assert quantities("Two brothers face trial for the fatal shootings of two cousins.") == [("count", 2), ("killed", 2)]
    assert quantities("Deputies arrested four men in the slayings of two farmers.") == [("arrested", 4), ("killed", 2)]
    assert quantities("Three men were held for gunning down two guards at the depot.") == [("count", 3), ("killed", 2)]


def test_a_number_of_charges_is_no_number_of_people():
    assert quantities("The driver faces multiple murder charges after he killed a cyclist.") == [("killed", 1)]
    assert quantities("She was indicted on two counts of manslaughter.") == []


def test_one_of_a_group_of_hurt_people_is_counted_with_the_group():
    assert quantities("One of the four women shot outside the diner spoke to reporters.") == [("shot", 4)]
    # the part's own fate told after the group: that part is counted too
    assert ("shot", 3) in quantities("One of the three teens shot on Friday has died.")


def test_a_broadcasters_channel_number_counts_no_one():
    assert quantities("The neighbour told FOX 9 he lives next door and heard shots.") == []
    assert quantities("Two people were killed, KSTP-TV 5 reported.") == [("killed", 2)]


def test_people_sent_to_hospital_were_hurt_whatever_the_verb_after_the_clause():
    found = quantities("One of the victims of the fight that sent four men to the hospital has died.")
    assert ("injured", 4) in found and ("killed", 4) not in found


def test_a_group_a_part_is_taken_from_keeps_its_own_harm():
    # the three were hit; the death told after belongs to the one
    found = quantities("A 15-year-old girl, one of three people hit by gunfire on Friday night, has died.")
    assert ("shot", 3) in found and ("killed", 3) not in found


def test_people_a_killer_only_tried_to_kill_are_not_dead():
    found = quantities("The gunman pleaded not guilty on Tuesday to murdering four people and trying to kill three others.")
    assert ("killed", 4) in found and ("killed", 3) not in found
    found = quantities("She faces charges in the killing of her neighbour and the attempted first-degree murder "
                       "of two deputies.")
    assert ("killed", 2) not in found and ("count", 2) in found
    assert quantities("He had threatened to shoot six coworkers.") == [("count", 6)]
    # a killing told plainly still counts its dead
    assert quantities("Police said he killed five people and wounded two more.") == [("killed", 5), ("injured", 2)]


def test_people_a_gunman_meant_to_kill_are_not_dead():
    assert not any(k == "killed" for k, _ in quantities("He said he was going to kill his two brothers and their wives."))
    assert not any(k == "killed" for k, _ in quantities("The man was about to shoot three guards when he was tackled."))
    # what he went on to do happened
    assert ("killed", 2) in quantities("Police said he went on to kill two more people.")


def test_a_second_count_joined_after_the_first_ones_of_phrase_shares_its_fate():
    t = "The strike killed three senior commanders of the rebel group and at least ten civilians."
    assert quantities(t) == [("killed", 3), ("killed", 10)]
    # the person inside the "of" phrase is no count of the list
    assert quantities("The gunman killed two relatives of the farmer and a neighbour.") == [("killed", 2), ("killed", 1)]
    # a fate of its own still decides
    assert quantities("Gunmen killed three members of the family and ten others were wounded.") == \
        [("killed", 3), ("injured", 10)]


def test_an_unborn_child_is_not_counted_among_the_dead():
    assert quantities("He was charged with the murders of five adults and an unborn child.") == [("killed", 5)]


def test_lives_lost_and_bodies_found_are_deaths():
    assert quantities("Four children lost their lives on Sunday when a landmine exploded.") == [("killed", 4)]
    assert quantities("Police found the bodies of 17 men bearing gunshot wounds in a ditch.") == [("killed", 17)]
    assert quantities("The bodies of 17 men were found in a ditch.") == [("killed", 17)]
    # bodies handed over were counted when those people died, not here
    assert quantities("The group agreed to hand over the bodies of nine fighters.") == [("count", 9)]


def test_nobody_hurt_counts_no_one():
    assert quantities("The officer, who was in line to pay, was not injured.") == []
    assert quantities("Shots hit the house, but no one inside was struck.") == []
    assert quantities("Two were killed and no one else was hurt.") == [("killed", 2)]
    # hurt, though not badly
    assert quantities("Two other people were not seriously hurt.") == [("injured", 2)]


def test_a_fate_that_nearly_came_is_no_toll():
    # "nearly killed", "almost died": the person lived
    assert quantities("The family showed reporters the bullet holes from the shots that nearly killed her son.") == []
    assert quantities("A cyclist was nearly killed on the bridge on Friday.") == []
    assert [k for k, _ in quantities("The fire almost killed four firefighters.")] != ["killed"]
    assert quantities("The shots killed her son.") == [("killed", 1)]
    assert quantities("The blast killed nearly 40 people.") == [("killed", 40)]
    # nor is a life-or-death situation a death
    assert quantities('"We have a young boy who is in a life-or-death situation," the sheriff said.') == []


def test_counts_after_a_counterfactual_are_nobody_hurt():
    assert quantities("\"There should've been five or six people dead that day,\" the chief said.") == []
    assert [k for k, _ in quantities("The gunman could have killed dozens of people at the school.")] == []
    assert quantities("It would have been 20 dead if the door had not held.") == []
    # a toll not yet confirmed is still a toll
    assert quantities("Two more people may have been killed in the blast.") == [("killed", 2)]


def test_the_hurt_or_killed_together_are_casualties_in_either_order():
    assert quantities("Eight have been hurt or killed by gunfire.") == [("casualties", 8)]
    assert quantities("Twelve people were killed or injured in the blast.") == [("casualties", 12)]
    assert quantities("Three injured, one killed in crash") == [("injured", 3), ("killed", 1)]


def test_a_count_of_shootings_counts_incidents_not_people():
    assert quantities("Three shootings in two days: a man killed and four teens hurt in Eastport") == \
        [("attacks", 3), ("killed", 1), ("injured", 4)]
    assert quantities("Police are looking into two stabbings that left three people dead.") == [("attacks", 2), ("killed", 3)]
    # a participle after the people counted is what they did, not what the number counts
    assert quantities("Troops repelled the attack, killing scores of militants shooting at the post.") == [("killed", 20)]
    # the shooting after "following" is what the hurt were hurt in, not what the number counts
    assert quantities("1 dead, 4 hospitalized following Eastport shooting") == [("killed", 1), ("injured", 4)]


def test_a_victims_state_after_a_count_tells_the_hurt():
    # a stable or good condition, or an expected recovery, is the state of people hurt, not dead
    assert quantities("Three victims are in stable condition at Mercy Hospital.") == [("injured", 3)]
    assert quantities("The two other victims are expected to survive, police said.") == [("injured", 2)]


def test_shooting_victims_counted_were_shot_and_a_later_verb_tells_more():
    assert quantities("Officers found three gunshot victims inside the house on Elm Street.") == [("shot", 3)]
    assert quantities("The other four shooting victims are in stable condition.") == [("injured", 4)]
    assert quantities("Two shooting victims died at the hospital.") == [("killed", 2)]


def test_one_of_the_hurt_told_again_by_its_state_is_not_one_more():
    assert quantities("The gunfire grazed two bystanders, one of whom is in critical condition.") == [("injured", 2)]
    # one of them who died is still a death read from the sentence
    assert quantities("Four people were shot, two of whom died.") == [("shot", 4), ("killed", 2)]
