"""The quantity grammar on running totals: tolls gathered over time ("since 2011", "over the past
two days", "so far this year") against one incident's toll, however it is told ("a total of nine
people were wounded when a man opened fire")."""

from crossbearing.figures.grammar import sentence_quantities


def quantities(text):
    return [(q.kind, q.best) for q in sentence_quantities(text, 0, len(text), "t")]


def totals(text):
    """(kind, count, whether a running total) of each quantity of the sentence."""
    return [(q.kind, q.best, q.aggregate) for q in sentence_quantities(text, 0, len(text), "t")]


def test_a_total_of_strikes_leaves_the_days_toll_the_days():
    t = ("Regime forces carried out a total of 18 air strikes on the Houla region, killing five civilians "
         "and injuring 10 others.")
    assert [(q.kind, q.best, q.aggregate) for q in sentence_quantities(t, 0, len(t), "t") if q.kind == "killed"] == \
        [("killed", 5, False)]
    t = "A total of 165 people were killed in the city last year."
    assert all(q.aggregate for q in sentence_quantities(t, 0, len(t), "t"))


def test_the_years_of_a_places_state_make_no_running_total():
    # "which has been divided since July 2012" dates the city's state, not the toll; a toll
    # told in the perfect beside such a clause is a running total all the same
    t = "Rebel shelling killed two civilians in the city, which has been divided since July 2012."
    assert [(q.kind, q.best, q.aggregate) for q in sentence_quantities(t, 0, len(t), "t")] == [("killed", 2, False)]
    t = "At least 1,500 people have been killed in the city, which has been besieged since 2012."
    assert all(q.aggregate for q in sentence_quantities(t, 0, len(t), "t"))


def test_a_toll_over_the_past_days_is_a_running_total():
    """"have killed nearly 50 people over the past two days": a multi-day total, not one incident's."""
    t = "Air strikes on the besieged town have killed nearly 50 people over the past two days, a monitor said."
    (q,) = sentence_quantities(t, 0, len(t), "t")
    assert (q.kind, q.best, q.aggregate) == ("killed", 50, True)


def test_a_toll_gathered_over_a_week_is_a_running_total():
    assert totals("The city bore the brunt, with 140 people killed there during the past week.") == [("killed", 140, True)]
    assert totals("Over 300 civilians were killed in one week of bombing.") == [("killed", 300, True)]
    # one day's toll, and a day that only names the incident ("since Tuesday's shooting"), are not
    assert totals("Gunmen killed three people on Tuesday.") == [("killed", 3, False)]
    assert totals("Police have arrested two men since Tuesday's shooting that killed three people.") == \
        [("arrested", 2, False), ("killed", 3, False)]


def test_a_toll_over_years_or_since_a_dated_day_is_a_running_total():
    assert totals("In three years, there were 60 such shootings in the state, with nine children killed.")[-1] == \
        ("killed", 9, True)
    assert totals("Since March 3, 2015, more than 400 people have been shot in the city.") == [("shot", 400, True)]
    # a prison term is no span of years a toll was gathered over
    assert totals("He was sentenced to 20 years in prison for killing two clerks.") == [("killed", 2, False)]


def test_a_citys_toll_for_a_month_or_a_year_is_a_running_total():
    assert totals("At least 47 people were killed across the county in March alone.") == [("killed", 47, True)]
    assert totals("So far this year, 212 people have been shot in the city.") == [("shot", 212, True)]
    # a month named as the day's month is the incident's own time
    assert totals("Three men were killed in March when a gunman opened fire on a bus.") == [("killed", 3, False)]
    assert totals("As of June 30, 88 people had been murdered in the city.") == [("killed", 88, True)]
    assert totals("Fourteen people have been shot dead in the county this year.") == [("killed", 14, True)]
    # last week's shooting is one incident, not a week's toll
    assert totals("Two people were killed in last week's shooting at the mall.") == [("killed", 2, False)]
    assert totals("Two people were killed in the last week in the city.") == [("killed", 2, True)]


def test_wounds_before_its_count_is_the_verb_and_one_incidents_total_is_its_toll():
    assert quantities("Shooter opens fire on cars, wounds 9.") == [("injured", 9)]
    assert quantities("Gunman wounds nine people near a park.") == [("injured", 9)]
    assert quantities("Blast injures 12 in market.") == [("injured", 12)]
    assert totals("Police say a total of nine people were wounded when a man opened fire on cars.") == \
        [("injured", 9, False)]
    assert totals("A total of 20 people were killed in the attacks on Sunday.") == [("killed", 20, True)]


def test_a_year_opening_the_sentence_or_a_month_since_makes_a_running_total():
    # a quoted year's count run into the sentence before it, and a count "since January"
    t = 'The chief told the council, "We are losing our young people.""Last year in Riverton, 3,120 people were shot.'
    assert totals(t)[-1] == ("shot", 3120, True)
    assert totals("About 450 more have been shot since January of this year, alone.") == [("shot", 450, True)]
    assert totals("At least 80 were killed this year, alone.") == [("killed", 80, True)]
    # a year or a month that only dates one incident stays that incident's
    assert totals("Two men were killed last year in a shooting at the club.") == [("killed", 2, False)]
    assert totals("Since March 5, four people have died in the fighting.")[-1][2] is False
