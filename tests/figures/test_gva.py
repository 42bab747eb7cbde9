"""News-article casualty rules (``crossbearing.figures.gva``): one test per general phrasing."""

import pytest

from crossbearing.figures.gva import article_casualties, stated_toll
from crossbearing.figures.lists import victim_list_count


def k(text: str, title: str = "") -> int:
    return article_casualties(text, title)[0]


def i(text: str, title: str = "") -> int:
    return article_casualties(text, title)[1]


def test_victim_lists_count_each_victim():
    assert victim_list_count("A father and son were found dead in the home.")[0] == 2
    assert victim_list_count("Police: Man killed his son, his daughter, himself")[0] == 3
    assert victim_list_count("Highlands Ranch mom, two sons died of gunshot wounds")[0] == 3
    assert victim_list_count("A man and a woman were arrested.")[0] == 0  # no death word
    # one's parents are two people
    assert victim_list_count("Teen accused of killing his parents and sister") == (3, False)
    assert k("", "Teen kills parents, 3 siblings in rural home") == 5
    assert victim_list_count("He killed three of his stepchildren, his wife and himself.") == (5, True)
    assert k("", "Police: Retired cop killed his son, his daughter, himself") == 3
    assert k("", "Mother, boy fatally shot in head in southwest Baltimore") == 2


def test_murder_suicide_toll_already_counts_the_shooter():
    assert k("Five people were killed in an apparent murder-suicide, police said.") == 5
    assert k("A woman killed her daughter in a murder-suicide, police said.") == 2
    assert k("", "Gunman Fatally Shoots 3 Musicians, Self in Brooklyn: Police") == 4
    assert k("Police said he shot four relatives, killing 2, then himself.") == 3
    # "N people died in a murder-suicide" counts the shooter; the breakdown after it adds nobody
    assert k("Four people died Sunday night in an apparent murder-suicide, police said. The four were found "
             "in a house on Elm Street. Detectives say a man shot and killed three relatives before killing "
             "himself.") == 4


def test_plain_death_words_and_denials():
    assert k("No charges against 13-year-old boy who accidentally shot, killed friend.") == 1
    assert k("A teen was shot in the leg. He could have been killed, police said.") == 0
    assert k("He was charged with attempted second-degree murder.") == 0
    assert k("The Homicide Unit is investigating a shooting that wounded a man.") == 0


def test_stated_tolls():
    assert stated_toll("charged in the killings of 4 people") == 4
    assert stated_toll("the killing of 8-month-old Ava") == 0
    assert stated_toll("", "Third person dies after shooting near school") == 3
    assert stated_toll("", "Toddler becomes fourth to die in Millbrook shooting") == 4
    assert stated_toll("", "Man is the third person to die after Elm Park shooting") == 3
    assert stated_toll("", "Teen to die? Jury weighs sentence in third trial") == 0


def test_one_of_a_group_who_dies_is_the_death_and_the_group_were_hit():
    title = "One of five victims in Elm Park shooting dies"
    assert article_casualties("Police said the man died on Sunday.", title)[0] == 1
    assert article_casualties("", "One of four men in car dies after shooting")[0] == 1
    # the group's own fate still counts it ("one of the three people shot has died": three were shot)
    assert article_casualties("", "One of three men shot Friday has died") == (1, 2)


def test_headline_with_only_wounded_means_nobody_died():
    # a death word elsewhere in the lead (a link to another story) does not override the headline
    assert k("Related: Train kills woman on tracks.", "4 people shot at memorial service") == 0


def test_shooter_killed_by_police_counts():
    assert k("Two bailiffs were fatally shot before officers killed the gunman.") == 3


def test_an_attacker_shot_dead_by_anyone_counts():
    assert k("Police say a man and a woman were slain by an intruder, who was fatally shot by a neighbor.") == 3
    # a headline's "ward off intruder fatally shot by police" tells who was shot no more than that
    assert k("The homeowner died early Sunday.", "Homeowner trying to ward off intruder fatally shot by police") == 1


def test_injured_phrasings():
    assert i("A shooting on the Northeast Side left four people wounded Saturday.") == 4
    assert i("He is charged with fatally shooting a rider and wounding five of his companions.") == 5
    assert i("A 15-year-old has died. Another teen, also 15, was shot in the foot.") == 1
    assert i("Police said a teen was shot up to ten times.") == 1


def test_the_wounded_listed_or_named_beside_the_dead():
    assert i("A man fired several shots on Monday, killing Mary Adams at the scene and injuring John Brown "
             "and Lisa Green, police said.") == 2
    assert i("A boy, 6, was shot on Sunday and later died. A teenager and an elderly man in the car with him "
             "were also hit by gunfire.") == 2
    assert i("Three men were shot and killed and a fourth was wounded early Sunday outside a bar.") == 1
    assert i("Two people are dead and another is fighting for her life after a shooting on Friday.") == 1
    # a fatal wound is a death, not an injury
    assert i("Two men sat in a parked car when a gun went off, fatally wounding the passenger, police said.") == 0


def test_one_victim_default_only_when_asked():
    assert article_casualties("Nothing readable here.", "Council meets") == (0, 0)
    assert article_casualties("Nothing readable here.", "Council meets", assume_victim=True) == (0, 1)


def test_a_rounded_headline_figure_yields_to_the_leads_count():
    assert k("At least 16 people were killed on Monday in air strikes, a monitor said.",
             "Dozens killed in bombardment of market town") == 16
    # with no count in the lead, the headline's word stands (ACLED codes "dozens" as 12)
    assert k("The strikes hit the town on Monday, a monitor said.", "Dozens killed in bombardment of market town") == 12


def test_a_toll_of_the_dead_already_counts_the_shooter_who_killed_himself():
    text = ("Police said four people were dead, including the gunman, after a shooting at a motel on Friday. "
            "The man shot three relatives before turning the gun on himself.")
    assert article_casualties(text, "4 dead in motel shooting")[0] == 4


def test_a_list_of_the_dead_with_a_hyphenated_age_counts_the_shooter_too():
    # "his 9-year-old son were found dead": the list of the dead names the shooter already
    text = ("Neighbors are shaken after a farmer and his 9-year-old son were found dead outside their home in "
            "an apparent murder-suicide. Deputies believe the farmer shot the boy and then turned the gun on himself.")
    assert article_casualties(text, "Deputies: Farmer fatally shoots 9-year-old son, himself")[0] == 2


def test_a_shooting_that_kills_two_counts_a_shooter_who_killed_himself():
    text = ("A 15-year-old boy shot his younger brother to death during an argument, wounded his cousin and "
            "killed himself, the sheriff said Friday.")
    assert article_casualties(text, "Sheriff: Argument before shooting kills 2")[0] == 2
    # his victims' toll, then himself: he adds one
    assert article_casualties(text.replace("his younger brother", "his two younger brothers"),
                              "Teen kills 2 brothers, then himself")[0] == 3


def test_the_shooters_victims_plus_himself():
    text = "Police said a man shot his family, killing 3, then killed himself on Sunday night."
    assert article_casualties(text, "Man kills 3 relatives, then himself")[0] == 4


def test_an_age_between_commas_is_not_a_count():
    text = ("Officers found a 9-year-old boy and his uncle, 44, dead inside a home on Tuesday. Police say the "
            "uncle shot the boy then turned the gun on himself.")
    assert article_casualties(text, "Boy, man found dead in home")[0] == 2


def test_passed_away_is_a_death():
    text = ("A 4-year-old boy has passed away from his injuries after a gunshot wound to the head over the "
            "weekend, police said. The shooting happened Saturday afternoon.")
    assert article_casualties(text, "Boy passes away after shooting")[0] == 1


def test_a_rounded_lead_figure_yields_to_a_later_count():
    text = ("Residents said dozens of civilians were killed when jets struck the town on Monday. "
            "More than 70 civilians were killed and hundreds wounded in nine raids, the monitor said.")
    assert article_casualties(text, "Jets strike town")[0] == 70


def test_one_long_line_with_a_tag_inside_is_still_read():
    from crossbearing.events.cues import without_furniture

    line = ("12 Mar 2017 Jets pounded the eastern districts killing 14 people and reducing homes to rubble. "
            "Tags Syria airstrikes (File photo) Rescue workers searched the ruins for survivors on Sunday. ") * 3
    assert without_furniture(line) == line
    assert article_casualties(without_furniture(line), "Jets pound districts")[0] == 14


def test_a_headline_without_an_article_still_means_one_person():
    assert article_casualties("Police are investigating.", "Boy, 3, wounded in accidental shooting") == (0, 1)
    assert article_casualties("Police are investigating.", "Teen fatally shot near park") == (1, 0)
    assert article_casualties("Police are investigating.", "Man arrested in robbery") == (0, 0)


def test_a_channel_number_in_the_sites_name_is_no_toll():
    from crossbearing.figures.gva import article_casualties, without_site_name

    title = "Boy, 9, shot in arm on east side - 13 WTVX Lakeview"
    assert without_site_name(title) == "Boy, 9, shot in arm on east side"
    assert without_site_name("Two dead after crash - police") == "Two dead after crash"
    assert without_site_name("Standoff ends | 2 killed") == "Standoff ends | 2 killed"  # a toll is no site name
    assert article_casualties("Officers said the boy was alert and talking at the scene.", title) == (0, 1)


def test_a_headlines_floor_yields_to_the_leads_count_it_allows():
    lead = "At least 51 people including four children were killed in air raids on the town on Saturday."
    assert article_casualties(lead, "More than 50 killed in air raids on Northam") == (51, 0)
    # a count far beyond the floor may be another toll: the headline's figure stands
    far = "Air raids on the town on Saturday killed 90 people, the monitor said."
    assert article_casualties(far, "At least 45 killed in air raids on Northam") == (45, 0)


def test_the_suspects_death_told_apart_from_the_toll_counts_among_the_dead():
    text = ("Three members of a family were shot and killed and a girl was wounded at their home on Monday. "
            "The suspect died after being shot by police.")
    assert article_casualties(text, "Police: 3 relatives fatally shot; suspect killed") == (4, 1)
    text = "A gunman killed a clerk at a gas station on Friday before being fatally shot by deputies, officials said."
    assert article_casualties(text, "Gunman kills 1 at gas station") == (2, 0)


def test_a_headline_that_counts_the_dead_counts_the_gunman_among_them():
    text = ("A clerk was killed in a robbery on Main Street on Sunday. "
            "The suspect was also killed when the clerk's brother returned fire.")
    assert article_casualties(text, "Two dead in store shooting")[0] == 2
    text = "A gunman killed a woman at a bank on Friday. Officers shot and killed the gunman minutes later."
    assert article_casualties(text, "Two dead after officers shoot gunman at bank")[0] == 2
    # a headline that counts his victims does not count him
    assert article_casualties(text, "Woman killed at bank; police shoot gunman")[0] == 2
    assert article_casualties(text, "Gunman kills 1 at bank")[0] == 2


def test_a_suspect_police_shot_dead_is_the_one_death():
    text = "A man was shot and killed by police on Sunday night. The suspect died at the scene."
    assert article_casualties(text, "Suspect killed by police") == (1, 0)
    # "the suspect killed two people": his act, not his death
    assert article_casualties("The suspect killed two people at a bar on Sunday.", "Two killed at bar") == (2, 0)


def test_a_dead_end_street_is_no_death():
    text = ("A 3-year-old boy was hurt when a gun went off near his face. "
            "Neighbors on the dead end street said their kids play with the toddler who was injured.")
    assert article_casualties(text, "Boy hurt after gun fires near his face") == (0, 1)
    assert k("Two men were found dead on Sunday in a dead-end alley.", "Two found dead") == 2


def test_a_statutes_death_is_no_toll():
    text = ("A man was arraigned Thursday on charges of careless discharge of a weapon causing injury or "
            "death after his son, 6, shot himself in the hand. The boy is expected to recover.")
    assert k(text, "Father arraigned after boy shoots himself") == 0


def test_a_headline_that_says_hurt_outweighs_a_stray_death_word():
    text = "A jury found a man guilty on Monday. The town mourned the death of its former mayor."
    assert k(text, "Shooting that injured boy ruled accidental") == 0
    assert k(text, "Shooting of boy ruled accidental") == 1  # no word of his fate


def test_a_list_of_the_dead_may_name_the_shooter_and_bystanders():
    assert article_casualties("", "3 deputies, gunman dead after standoff at Millbrook courthouse")[0] == 4
    assert article_casualties("", "Clerk, shooter killed in Millbrook store robbery")[0] == 2
    assert article_casualties("", "2 troopers shot, suspect and bystander killed on Route 9")[0] == 2


def test_a_multiple_murder_names_its_toll():
    assert k("Police are investigating a double homicide on Elm Street.", "Victims identified") == 2
    assert k("RIVERTON QUINTUPLE MURDERS: Friends identified the man who was killed at the farm.",
             "Victim identified") == 5


def test_a_homicide_is_a_death_but_its_detectives_and_attempts_are_not():
    assert k("Sign up for our newsletter.", "Arrest made in homicide after backyard party") == 1
    assert k("Sign up for our newsletter.", "Man charged with giving cousin gun used to kill 15-year-old") == 1
    assert k("Sign up for our newsletter.", "Homicide detectives investigate shooting on Elm St") == 0
    assert k("The teen faces a count of attempted criminal homicide.", "Teen charged in shooting") == 0
    assert k("He is accused of working to reduce homicide in the city.", "Officer shot in leg") == 0
    assert k("Police said the man tried to kill his neighbour.", "Man shoots neighbour, police say") == 0
    assert k("Bond was set on one count of negligent homicide.", "Man charged after accidental shooting") == 1
    # charges among others name crimes, not a death
    assert k("Police arrested 40 gang members on charges of homicide, robbery and extortion.", "Gang arrests") == 0


def test_a_headline_giving_one_persons_condition_names_one_hurt():
    assert article_casualties("Sign up for our newsletter.", "Girl stable after accidental shooting") == (0, 1)
    assert article_casualties("Sign up for our newsletter.", "Police: 9-year-old boy critical after shooting") == (0, 1)
    assert article_casualties("Sign up for our newsletter.", "Woman killed in shooting on Elm St") == (1, 0)


def test_a_headline_naming_part_of_the_dead_yields_to_the_leads_whole():
    # "among them" / "including" puts the headline's group inside the lead's count
    title = "Barrel bomb attack kills 11 children in northern city"
    lead = "Fifteen civilians, among them 11 children, were killed in a barrel bomb attack on Thursday."
    assert article_casualties(lead, title)[0] == 15
    assert article_casualties("Eleven children were killed in an air strike on Thursday. "
                              "The monitor said 15 civilians, including 11 children, died.", "")[0] == 15
    # a group of the dead that no count holds stays the toll
    assert article_casualties("Eleven children were killed in an air strike on Thursday.", title)[0] == 11


def test_a_headline_the_page_glues_to_its_lead_is_counted_once():
    title = "Death toll from market bombing reaches at least 40 monitor"
    text = (f"Sunday 3 May 2015 {title} The death toll from a bombing at a crowded market has reached at "
            "least 40, a monitor said on Sunday.")
    assert k(text, title) == 40


def test_a_lead_floor_yields_to_the_next_count_it_allows():
    # "more than 30" … "at least 33": the second count states the toll the first only bounds
    text = ("Air raids killed more than 30 people in and around the town of Northam on Friday. "
            "At least 33 people have been killed by the raids, rescuers said.")
    assert article_casualties(text, "Raids hit Northam")[0] == 33
    # a count far beyond the floor is another figure (a week's toll, another town's)
    far = ("Air raids killed more than 30 people in the town of Northam on Friday. "
           "At least 90 people have been killed in the province this week, rescuers said.")
    assert article_casualties(far, "Raids hit Northam")[0] == 30


def test_a_headline_cut_short_is_read_with_its_last_word_completed():
    from crossbearing.figures.gva import completed_headline

    assert completed_headline("Bar shooting leaves 3 dead, 5 inj") == "Bar shooting leaves 3 dead, 5 injured"
    assert completed_headline("Girl killed at party, 4 people arr") == "Girl killed at party, 4 people arrested"
    assert completed_headline("Man shot, 2 s") == "Man shot"  # shot? sought? sentenced?: no sense
    assert completed_headline("Boy shot in leg") == "Boy shot in leg"
    assert k("", "Girl killed at party, 4 people arr - WXYZ News 9 Springfield, Ohio News Weather & Sports") == 1
    assert i("", "Bar shooting leaves 3 dead, 5 inj") == 5


def test_an_article_counts_no_dead_among_the_people_a_killer_tried_to_kill():
    text = ("The man accused in last month's shootings at a bowling alley pleaded not guilty Monday to "
            "murdering two people, and trying to kill three others.\n\nHe is held without bail.")
    assert article_casualties(text, "Bowling alley shooting suspect pleads not guilty")[0] == 2


def test_deadly_gunfire_in_a_headline_over_a_sign_up_wall_is_one_death():
    assert k("Subscribe to keep reading: you have used your free articles this month.",
             "Deadly gunfire breaks out after dispute at cookout") == 1
    assert k("Subscribe to keep reading.", "Gunfire breaks out after dispute at cookout") == 0


def test_a_man_who_shot_self_is_one_hurt():
    assert article_casualties("Police ID man who shot self after slipping on ice",
                              "Police ID man who shot self after slipping on ice") == (0, 1)


def test_an_age_or_a_kinship_after_a_comma_names_the_same_victim_again():
    assert victim_list_count("Police say he shot and killed his neighbour, 58-year-old Ann Smith, on Friday.")[0] == 1
    assert victim_list_count("A reward is offered in the killing of a 15-year-old girl, and daughter of a "
                             "firefighter, who was shot on Monday.")[0] == 1
    assert victim_list_count("He killed his wife and his 12-year-old son.")[0] == 2


def test_the_dead_a_vigil_mourns_are_not_the_toll_of_a_headline_that_tells_of_a_girl_shot():
    text = ("A 9-year-old girl was released from the hospital after being shot on Sunday.\n\n"
            "A crowd had gathered to mourn the death of a 15-year-old boy who was killed earlier in the day.")
    assert k(text, "Girl, 9, shot during vigil for teen") == 0
    # a headline that tells the death keeps it
    assert k("Friends gathered to mourn the death of a 15-year-old boy who was killed on Sunday.",
             "Teen killed in weekend shooting") == 1


def test_news_ways_of_telling_a_death_without_a_count():
    assert k("Police arrested a second man on Tuesday.", "Second arrest in deadly Elm Park shooting") == 1
    assert k("The boy's family said goodbye on Friday.", "Boy, 3, taken off life support; two charged") == 1
    assert k("The man was found by his brother.", "Hunting accident claims life of county man") == 1
    assert k("Police arrested a second man on Tuesday.", "Second arrest in Elm Park shooting") == 0


def test_a_later_sentence_that_also_counts_people_adds_them():
    lead = "Fighters stormed a checkpoint overnight, killing two guards, a spokesman said. "
    assert k(lead + "Four attackers were also killed when the guards returned fire.") == 6
    assert k("Two men were shot dead outside a bar on Friday, police said. A woman was also killed.") == 3
    assert i("Two people were wounded at the park on Friday. A teenager was also hurt, police said.") == 3
    # others than the dead, all shot and living
    assert article_casualties("Police said two people were shot and killed Friday. "
                              "Three other people were also shot.") == (2, 3)
    # not a running count, the attacker, another day's, or a part of a headline's toll
    assert k("Two people were killed in the shooting. The gunman was also killed by police.") == 3  # once
    assert i("One man was killed and two were wounded. A third man was also shot.") == 2
    assert k("Two people were killed. Meanwhile, three people were also killed in another town.") == 2
    assert k("Two people were killed on Sunday. Three people were also killed yesterday in the city.") == 2
    assert k("A woman was also killed.", "Three killed in shooting at house party") == 3



def test_a_man_killed_when_police_returned_fire_is_the_suspect_the_headline_names():
    text = ("A deputy was shot in the arm during a shootout with a man at a farmhouse on Saturday, officials said. "
            "The man was killed when deputies returned fire.")
    assert k(text, "Deputy wounded in shootout; suspect killed") == 1


def test_a_report_that_nobody_was_hit_has_no_wounded():
    assert article_casualties("Several shots were fired into a house late Saturday, but no one inside was struck, "
                              "police said.", "Shots fired into home; no one hurt") == (0, 0)
    assert article_casualties("An off-duty officer shot and killed a man who tried to rob a store on Thursday, "
                              "police said. The officer was not injured. The clerk was also unhurt.") == (1, 0)


def test_the_dead_told_again_as_the_teenager_is_not_also_hurt():
    # "officers found the youth with stab wounds": the youth who died, not a second victim
    text = ("A 19-year-old man died after he was stabbed outside a takeaway on Friday night, police said. "
            "Officers found the youth with serious injuries and he died at the scene.")
    assert article_casualties(text, "Man stabbed to death outside takeaway") == (1, 0)
    # a new person, told with "a", is hurt
    text2 = ("A man was killed and a woman was wounded in a shooting on Friday night, police said. "
             "The woman is in stable condition.")
    assert article_casualties(text2, "One dead, one hurt in shooting") == (1, 1)


def test_a_toll_that_is_the_suspect_is_not_added_to_by_the_headlines_suspect_killed():
    text = ("A Polk County sheriff's deputy was wounded and the suspect was killed in an exchange of fire on "
            "Tuesday near the interstate, police said. The deputy is expected to recover.")
    assert article_casualties(text, "Deputy hurt, suspect killed in shootout") == (1, 1)


def test_a_list_of_the_dead_names_the_shooter_only_if_it_can_be_the_one_who_killed_himself():
    # the dead the headline lists are the wife and children; the man who killed himself is a fourth
    text = ("Police said a man fatally shot his wife and their two daughters before killing himself at the "
            "family's home on Friday night.")
    assert article_casualties(text, "Mother and two daughters found dead in murder-suicide")[0] == 4
    # "Father, 2 sons dead": the father is the one who killed himself, already in the list
    text2 = "Police said the man shot his two sons on Friday night before killing himself."
    assert article_casualties(text2, "Father, 2 sons dead in murder-suicide")[0] == 3


def test_a_headline_toll_of_one_side_takes_the_other_sides_dead_told_as_also_killed():
    text = ("Three soldiers were killed when militants stormed an army post near the border on Sunday, the "
            "army said. Three militants were also killed in the fighting.")
    assert article_casualties(text, "Militant raid on border post kills 3 soldiers")[0] == 6
    # a headline toll of no one side is the whole toll; its body tells the parts
    text2 = "Three soldiers were killed in the raid on Sunday. Three militants were also killed."
    assert article_casualties(text2, "Raid on border post kills 6")[0] == 6


def test_a_headline_list_that_opens_with_one_person_without_an_article_counts_that_person():
    assert article_casualties("", "Roadside bomb kills governor, three guards")[0] == 4
    # a list whose last member has a fate of its own is two clauses: one dead, two wounded
    assert article_casualties("A man was killed and two others were wounded on Sunday.",
                              "Shooting kills man, 2 others wounded") == (1, 2)


def test_a_second_victim_who_was_shot_beside_the_dead_one_is_wounded():
    text = ("A 30-year-old man who was shot outside a bar on Friday has died, police said on Monday. A second "
            "man who was shot in the same incident was treated and released.")
    assert article_casualties(text, "Man dies days after bar shooting") == (1, 1)


def test_the_other_three_of_those_shot_are_a_part_of_the_wounded():
    text = ("Police said six people were shot outside a club early Sunday. Two are in critical condition and "
            "the other four suffered minor injuries.")
    assert article_casualties(text, "Six shot outside club") == (0, 6)
    # with one dead, the other three are all the wounded
    text2 = "Four people were shot on Sunday. One died at the scene and the other three were taken to a hospital."
    assert article_casualties(text2, "Shooting outside bar")[1] == 3


def test_a_one_sided_headline_toll_followed_by_a_place_still_takes_the_other_sides_dead():
    text = ("Rebels ambushed an army convoy in the north on Thursday, killing nine soldiers, the group said. "
            "Three rebels were also killed, it said.")
    assert article_casualties(text, "Rebels kill 9 soldiers in northern ambush")[0] == 12


_TOLD_AT_THE_HOUSE = "Deputies were called to the house on Tuesday afternoon."


@pytest.mark.parametrize("title", [
    # an age alone names the person, and a place may sit between the person and the fate
    "7-year-old grazed by bullet on Maple Avenue",
    "Toddler Inside Riverside Apartment Struck By Stray Bullet",
    "Eight-Year-Old In Pike County Airlifted After Shooting",
    "Relatives say 12-year-old hit by gunfire outside store",
    "15-year-old suffers gunshot wound to arm",
    # one person shooting another, or the shooting of one person, without a fate
    "Boy accidentally shoots his cousin with father's rifle",
    "Man arrested after shooting neighbor during dispute",
    "Two charged after teen shot near school",
    "Police investigate shooting of 10-year-old",
    "Sheriff: Woman's shooting was accidental",
])
def test_a_headline_telling_one_person_shot_in_other_words_names_one_hurt(title):
    assert article_casualties(_TOLD_AT_THE_HOUSE, title) == (0, 1)


def test_a_death_another_count_or_a_list_overrides_the_one_person_a_headline_tells():
    body = _TOLD_AT_THE_HOUSE
    # a death anywhere in the lead, or another count in the headline, is read instead
    assert article_casualties("The boy died at the hospital.", "Police investigate shooting of 10-year-old") == (1, 0)
    assert article_casualties(body, "Man shoots neighbor dead during dispute")[0] == 1
    assert article_casualties(body, "Three wounded after teen shot near school") == (0, 3)
    assert article_casualties(body, "Teen arrested after shooting at officers") == (0, 0)
    # the shooting of a list of people is not one person's
    assert article_casualties(body, "Deputies investigate shooting of boy, grandfather")[1] != 1


def test_a_headline_list_of_the_hurt_without_its_auxiliary_counts_everyone():
    body = "Officers found the victims outside the club early Sunday."
    assert article_casualties(body, "Toddler, 3 others shot outside club") == (0, 4)
    assert article_casualties(body, "Shooting leaves 6-year-old and two adults wounded") == (0, 3)
    assert article_casualties(body, "Grandmother, 2 grandsons taken to hospital after gunfire") == (0, 3)
    # those shot may include the dead: a death anywhere keeps the list out
    assert article_casualties("One of them died later.", "Toddler, 3 others shot outside club")[1] != 4


def test_the_bodys_count_of_some_of_those_a_headline_says_were_shot_is_a_part():
    title = "Five shot outside birthday party"
    assert article_casualties("Two of the victims were critically injured, police said.", title) == (0, 5)
    # the dead are not among the wounded
    assert article_casualties("One man died at the scene and two people were injured.", title) == (1, 4)
    # a headline count of another kind is no such whole
    assert article_casualties("Two people were injured, police said.", "Five arrested after party") == (0, 2)


def test_the_leads_coordinated_count_holding_the_headlines_group_is_the_toll():
    title = "Three police killed in border ambush"
    assert article_casualties("Three policemen and two attackers were killed when gunmen ambushed a patrol "
                              "on Monday, officials said.", title)[0] == 5
    # the dead and the wounded are not one count
    assert article_casualties("Three policemen were killed and two villagers were wounded on Monday.",
                              title) == (3, 2)
    # a count of other people in a later sentence is another matter
    assert article_casualties("Three policemen were killed on Monday. Two attackers and a driver were arrested.",
                              title)[0] == 3


def test_people_struck_or_hit_by_gunfire_were_shot():
    assert article_casualties("Three people were struck by gunfire outside a bar early Sunday, police said.",
                              "Shooting outside bar") == (0, 3)
    assert article_casualties("Two men were hit by stray bullets at a cookout on Saturday. One of them died.",
                              "Cookout shooting") == (1, 1)
    # a car that hits people is no shooting, and gunfire that strikes homes hurts no one
    assert article_casualties("Gunfire struck two homes and a parked car, but no one was hurt.",
                              "Houses hit by gunfire")[1] == 0


def test_the_shooting_of_n_people_counts_those_it_hit():
    assert article_casualties("A man was charged Tuesday in the shooting of six people outside a nightclub last "
                              "month.", "Man charged in nightclub shooting") == (0, 6)
    # one victim named by age is one person, and what was shot at need not be people
    assert article_casualties("A man was charged in the shooting of 17 year-old Ann Lee last month.",
                              "Man charged in shooting")[1] <= 1
    assert article_casualties("A man was arrested in the shooting of four homes on Elm Street.",
                              "Arrest in Elm Street gunfire")[1] <= 1


def test_the_badly_hurt_told_after_those_shot_are_a_part_of_them():
    assert article_casualties("Police said the shooting happened after a party.",
                              "Four shot, two critically injured in shooting at hall") == (0, 4)
    assert article_casualties("Police said the shooting happened after a party.",
                              "Five shot, one killed, two critically wounded at party") == (1, 4)
    assert article_casualties("Two people were critically wounded in a shooting Sunday night.",
                              "2 critically wounded in shooting of five") == (0, 5)
    # a count of the hurt without a word of how badly is a count of its own
    assert article_casualties("Police said the shooting happened after a party.",
                              "Four shot, two others hurt in fight at hall")[1] != 4


def test_the_gunman_police_killed_after_the_attack_counts_among_the_dead():
    assert article_casualties("The gunman killed three people and injured 14 others Thursday before police killed "
                              "him, officials said.", "Victims in workplace shooting identified") == (4, 14)
    assert article_casualties("The gunman killed five people at the college. He had no record until he died in a "
                              "shootout with officers Friday.", "Shooter's past")[0] == 6
    # an officer who died in a shootout with the suspect is one of the dead, not a second one
    assert article_casualties("Officer Jane Roe was killed Friday when a man opened fire. She died in a shootout "
                              "with the suspect.", "Officer dies")[0] == 1


def test_the_attackers_death_told_with_an_aside_or_a_relative_clause_counts_among_the_dead():
    assert article_casualties("A gunman killed two shoppers at the Elm Grove mall on Saturday. The shooter, "
                              "31-year-old Dale Mercer, was killed by police officers minutes later.",
                              "Gunman kills two at mall")[0] == 3
    assert article_casualties("A gunman killed two shoppers at the Elm Grove mall on Saturday. The gunman was also "
                              "killed by a SWAT officer at the scene.", "Gunman kills two at mall")[0] == 3
    assert article_casualties("A gunman killed two shoppers at the Elm Grove mall on Saturday. The heavily armed "
                              "gunman, who was killed by police in the food court, was identified Sunday.",
                              "Gunman kills two at mall")[0] == 3
    assert article_casualties("A clerk was shot and killed during a robbery at a Main Street store on Monday. Police "
                              "said the suspect was shot and killed by a SWAT team member an hour later.",
                              "Clerk killed in store robbery")[0] == 2
    assert article_casualties("A man who was suspected of killing three people Friday was found dead in his home "
                              "of a self-inflicted gunshot wound, police said.",
                              "Suspect in fatal shooting of 3 found dead")[0] == 4
    # a toll that counts the shooter already: no second count of him
    assert article_casualties("Six people were killed, including the suspect, at the college. The shooter, "
                              "23-year-old Dale Mercer, was killed by police officers in the library.",
                              "College shooting")[0] == 6
    # the suspect shot dead by police is the one dead, not another
    assert article_casualties("A man was shot dead by police on Sunday after he pointed a gun at officers. The "
                              "suspect was shot and killed by officers.", "Man shot dead by police")[0] == 1
    assert article_casualties("A man shot and killed his wife on Sunday. The suspect was later arrested.",
                              "Man kills wife")[0] == 1


def test_people_shot_to_death_were_killed_and_a_shooter_who_then_shot_himself_is_one_more():
    assert article_casualties("Police say a gunman shot three people to death on Sunday.", "Shooting on Elm")[0] == 3
    assert article_casualties("Police say a man shot and killed two neighbors on Sunday, then the 45-year-old "
                              "fatally shot himself.", "Man kills two neighbors")[0] == 3
    assert article_casualties("Police say a man fatally shot two neighbors on Sunday before he killed himself.",
                              "Neighbors killed")[0] == 3
    assert article_casualties("Two men were shot and wounded on Sunday.", "Shooting on Elm") == (0, 2)


def test_a_headline_lists_people_by_their_school_or_with_an_age():
    assert article_casualties("Police are investigating.", "St. Mark’s student, high school student killed at "
                              "festival")[0] == 2
    assert article_casualties("Police are investigating.", "Girl, 2, man shot in Elm Grove") == (0, 2)
    # one person with an age is one person
    assert article_casualties("Police are investigating.", "Girl, 2, shot in Elm Grove") == (0, 1)
    assert article_casualties("Police are investigating.", "Woman, 34, killed in Elm Grove shooting")[0] == 1


def test_a_toll_over_the_past_couple_of_years_is_a_history_not_the_incidents():
    assert article_casualties("Seven people were wounded Saturday at a party. Police said the feud between two "
                              "gangs has already claimed two lives over the past couple of years.",
                              "Seven injured in gang shooting") == (0, 7)


def test_the_dead_of_a_counterfactual_are_not_counted():
    text = ("A man was shot in the leg outside a downtown bar early Sunday, police said. "
            "\"There should've been three people dead,\" a witness said. \"He would have killed us all.\"")
    assert article_casualties(text, "Man wounded in shooting outside downtown bar") == (0, 1)
