"""The quantity grammar on news phrasings the thirty-ninth round's made-up reports showed (people
taken as the object of one verb and killed by the next, a possessive inside the counted phrase,
"N of them" as a part, active "beat … to death") and the forty-first round's GVA readings (a
death asked about, a participle closing its clause, "drive-by" after a count, asides between
dashes)."""

from crossbearing.figures.grammar import sentence_quantities


def quantities(text):
    return [(q.kind, q.best) for q in sentence_quantities(text, 0, len(text), "t")]


def test_people_taken_by_one_verb_and_killed_by_the_next_are_dead():
    # the count is the object of "pulled off"; "and shot them dead" tells what befell them
    assert ("killed", 9.0) in quantities("Masked men halted the minibus, pulled nine travellers off and shot them dead.")
    assert ("killed", 4.0) in quantities("The fighters rounded up four farmers and executed them at dawn.")
    # released, charged: no death
    assert ("abducted", 12.0) in quantities("Bandits kidnapped 12 traders and freed them two days later.")
    assert not any(k == "killed" for k, _ in quantities("Officers detained 30 students and questioned them."))


def test_a_possessive_inside_the_counted_phrase_keeps_its_head():
    # "a Marion County sheriff's deputy": the possessive's "s" is no word of the phrase
    assert ("injured", 1.0) in quantities("A Marion County sheriff's deputy was wounded in the shootout.")
    got = sentence_quantities("A Lake County sheriff's deputy was hurt.", 0, 40)
    assert got and got[0].span.text == "A Lake County sheriff's deputy"


def test_a_number_of_them_after_a_count_is_a_part_of_it_not_more_people():
    # "… were injured, 80 of them police officers": the 80 are among the injured
    got = sentence_quantities("Some 240 people were injured, 80 of them police officers.", 0, 58, "t")
    assert [(q.kind, q.best) for q in got] == [("injured", 240.0)] and got[0].of_which
    # "two of them fatally" is a death, counted as such
    assert ("killed", 2.0) in quantities("Six people were shot, two of them fatally.")


def test_people_beaten_or_hacked_to_death_by_an_active_verb_are_dead():
    assert ("killed", 3.0) in quantities("Villagers beat three suspected burglars to death on Sunday.")
    assert ("killed", 2.0) in quantities("Raiders hacked two herders to death near the river.")
    assert not any(k == "killed" for k, _ in quantities("Police beat two students and detained them."))


def test_a_death_asked_about_is_not_a_toll():
    text = ("A second man was wounded in his side a block away. Police were not able to say if the man "
            "had died. It was unclear whether two of the others survived.")
    got = [(q.kind, q.best) for q in sentence_quantities(text, 0, len(text))]
    assert got == [("injured", 1.0)]


def test_a_participle_closing_a_clause_before_its_verb_tells_the_count_s_fate():
    text = ("Police are investigating whether a shooting that left two people dead and three others "
            "wounded was gang-related.")
    assert quantities(text) == [("killed", 2), ("injured", 3)]


def test_a_fate_before_drive_by_or_court_is_no_street_address():
    assert quantities("4 wounded in drive-by shooting in Austin.") == [("injured", 4)]
    assert quantities("4 Wounded In Drive-By Shooting.") == [("injured", 4)]
    assert quantities("2 killed on Court Street.") == [("killed", 2)]
    assert quantities("Police went to 4 Elm Drive and 12 North Main St after the call.") == []


def test_an_aside_between_dashes_reads_as_one_between_commas():
    assert quantities("Four juveniles -- including two children -- were injured by gunfire.") == [("injured", 4)]
    assert quantities("Two officers and three others — two men and a woman — also were wounded.") == \
        [("injured", 2), ("injured", 3)]


def test_what_counted_people_own_is_not_them():
    assert quantities("Two women's homes were struck by bullets overnight.") == []
    assert quantities("A man and woman's car was shot up outside the store.") == []
    # their bodies are them
    assert ("killed", 2.0) in quantities("Two men's bodies were found in a burned car.")
    assert ("shot", 3.0) in quantities("Three teens were hit by gunfire outside the school.")


def test_the_ages_after_a_counted_group_are_no_counts():
    assert quantities("Two girls, 7 and 5, were critically shot on Wednesday night.") == [("shot", 2.0)]
    assert quantities("Two men, 25 and 31, were shot dead and three women were hurt.") == [("killed", 2.0),
                                                                                          ("injured", 3.0)]
    # kin named with their ages, no number before them, count as many as the ages
    assert quantities("He killed his sons, 3 and 4, on Monday.") == [("killed", 2.0)]


def test_reservists_conscripts_and_auxiliaries_are_people():
    assert quantities("Two reservists were wounded when the convoy was ambushed.") == [("injured", 2.0)]
    assert quantities("Three conscripts and four auxiliaries were killed at the checkpoint.") == [("killed", 3.0),
                                                                                                 ("killed", 4.0)]


def test_those_sought_after_a_toll_are_not_among_the_hurt():
    # a count of suspects or gunmen after the victims' toll takes no fate from the verb before it
    assert quantities("Five wounded in shooting at a skating rink, three suspects at large") == [("injured", 5.0)]
    assert quantities("Two men were shot near the park, two gunmen sought.") == [("shot", 2.0)]
    # their own words tell their fate
    assert quantities("Six people were shot, two suspects in custody.") == [("shot", 6.0), ("arrested", 2.0)]
    assert quantities("Three guards were wounded, two gunmen killed.") == [("injured", 3.0), ("killed", 2.0)]
    # and a verb right before them is theirs
    assert quantities("Troopers shot two suspects after the chase.") == [("shot", 2.0)]
    assert ("killed", 2.0) in quantities("Two gunmen and a guard were killed in the shootout.")


def test_a_victims_condition_is_his_fate():
    # "in critical condition", "fighting for her life": hurt, with no verb of hurting
    assert quantities("Four people are dead and another is fighting for her life after the shooting.") == \
        [("killed", 4.0), ("injured", 1.0)]
    assert quantities("Three men were killed and another remains in critical condition.") == \
        [("killed", 3.0), ("injured", 1.0)]
    assert quantities("Two women were taken to a hospital in serious condition.") == [("injured", 2.0)]
    # until the words go on to a death in the same clause
    assert quantities("The man was taken to a hospital in critical condition, where he later died.") == [("killed", 1.0)]
    # "one" after a counted group is one of them, not another victim; and one victim's condition
    # says nothing a "was shot" or "died" elsewhere does not say better ("she later died")
    assert quantities("One is still in critical condition, police said.") == []
    assert quantities("The victim was taken from the scene in critical condition.") == []


def test_a_victim_hurt_in_a_reduced_relative_who_then_died_is_dead():
    # "the man injured in …" is "the man who was injured in …": the main verb says he died
    assert quantities("The 30-year-old man injured in a shooting last week died from his injuries on Sunday.") == \
        [("killed", 1.0)]
    assert quantities("A woman wounded in the attack on Friday has died, officials said.") == [("killed", 1.0)]
    assert quantities("Two men injured in the shooting died at the hospital.") == [("killed", 2.0)]
    # no death after it: still hurt
    assert quantities("Five people injured in the blast were taken to hospital.") == [("injured", 5.0)]
    assert quantities("A teenager wounded in the crossfire is expected to survive.") == [("injured", 1.0)]
