"""Names read with the words around them: a suburb and its city, a court's district, a state's
office, a list of villages placed by the words after it, a town the text qualified once, a capital
in a country the text names. Made-up sentences, real embedded index."""

from named_spans import resolve_named as _res


def test_a_suburb_the_gazetteer_lacks_is_coded_at_its_city(real_gaz):
    for text, names in (("He lives in the Omaha suburb of Westchester.", ["Omaha", "Westchester"]),
                        ("Westchester, a western suburb of Omaha, voted.", ["Westchester", "Omaha"])):
        got = {r.surface: r for r in _res(real_gaz, text, names)}
        # no Westchester lies within a drive of Omaha: not Westchester, Illinois or Florida
        assert got["Westchester"].chosen is None, text
        assert got["Westchester"].within.name == "Omaha" and got["Westchester"].precision == 2


def test_a_federal_courts_district_of_a_state_is_the_state(real_gaz):
    (ohio,) = _res(real_gaz, "A judge in the Northern District of Ohio sentenced him.", ["Ohio"])
    assert (ohio.chosen.kind, ohio.chosen.name) == ("province", "Ohio")  # not Ohio County, Indiana


def test_a_states_office_after_its_name_is_the_states(real_gaz):
    ny, quebec, china = _res(real_gaz, "New York Gov. Jane Doe said the budget passed. The Quebec Premier spoke, "
                                       "and China Premier Li Wei agreed.", ["New York", "Quebec", "China"])
    assert (ny.chosen.kind, ny.chosen.name) == ("province", "New York")  # not New York City
    assert (quebec.chosen.kind, quebec.chosen.name) == ("province", "Quebec")  # not Québec City
    assert china.chosen.kind == "country"
    (city,) = _res(real_gaz, "New York Mayor Jane Doe said the budget passed.", ["New York"])
    assert city.chosen.kind == "place"
    (people,) = _res(real_gaz, "Canadian Foreign Minister Jane Doe left for the talks.", ["Canadian"])
    assert (people.chosen.kind, people.chosen.country) == ("country", "CA")  # a people's word, read as before


def test_two_villages_placed_by_the_words_after_the_second(real_gaz):
    tamra, zumbaq, _ = _res(real_gaz, "Rebels shelled the villages of Tamra and Zumbaq in Idlib province.",
                            ["Tamra", "Zumbaq", "Idlib province"])
    assert tamra.chosen is None and tamra.within.name == "Idlib"  # not Tamra in Israel
    assert zumbaq.within.name == "Idlib"


def test_a_list_of_counties_is_no_county_inside_another(real_gaz):
    res = _res(real_gaz, "Iowa officials closed roads in Winneshiek County, Dallas County and Story County.",
               ["Iowa", "Winneshiek County", "Dallas County", "Story County"])
    assert [r.chosen.name if r.chosen else None for r in res[1:]] == \
        ["Winneshiek County", "Dallas County", "Story County"]


def test_a_town_qualified_once_is_that_town_when_named_again(real_gaz):
    text = ("NEWARK, N.J. — A man was arrested on Friday. He had flown from Newark to Oakland, California, "
            "and on to San Jose and Fresno, California.")
    res = _res(real_gaz, text, ["NEWARK", "N.J.", "Newark", "Oakland", "California", "San Jose", "Fresno"])
    assert res[2].chosen.admin1 == "New Jersey"  # not Newark, California, however Californian the rest


def test_a_capital_in_a_country_the_text_names_beats_a_small_namesake(real_gaz):
    text = ("A Kentucky family saw the attack in France. They were in Paris when it happened, visiting from "
            "Georgetown, Kentucky, and Lexington, Kentucky.")
    paris = _res(real_gaz, text, ["Kentucky", "France", "Paris", "Georgetown", "Kentucky", "Lexington", "Kentucky"])[2]
    assert paris.chosen.country == "FR"
    # the text's own qualifier says which Paris it means
    text = "The Paris, Ky., family saw the attack in France. They were back in Paris by Friday, visiting Georgetown."
    res = _res(real_gaz, text, ["Paris", "Ky.", "France", "Paris", "Georgetown"])
    assert (res[0].chosen.admin1, res[3].chosen.admin1) == ("Kentucky", "Kentucky")


def test_a_province_whose_namesake_city_writers_call_x_city(real_gaz):
    quebec, city, beijing = _res(real_gaz, "Both suspects are from Quebec; they were held in Quebec City and flown "
                                           "to Beijing.", ["Quebec", "Quebec City", "Beijing"])
    assert (quebec.chosen.kind, city.chosen.kind) == ("province", "place")
    assert beijing.chosen.kind == "place"  # a city that is much of its region stays the city


def test_newfoundland_alone_is_the_province(real_gaz):
    res = _res(real_gaz, "In oil-producing provinces such as Alberta, Saskatchewan and Newfoundland prices fell.",
               ["Alberta", "Saskatchewan", "Newfoundland"])
    assert (res[2].chosen.kind, res[2].chosen.name) == ("province", "Newfoundland and Labrador")


def test_a_name_listed_among_states_is_the_state(real_gaz):
    text = ("The team flew to Alaska, Hawaii, Florida and Washington this year. Tickets are sold in 44 states, "
            "Washington, D.C., and Puerto Rico.")
    res = _res(real_gaz, text, ["Alaska", "Hawaii", "Florida", "Washington", "Washington", "D.C."])
    assert (res[3].chosen.kind, res[3].chosen.admin1) == ("province", "Washington")  # not the capital
    assert res[4].chosen.kind == "place"  # "Washington, D.C.": the city and its district, no list


def test_a_states_residents_name_the_state(real_gaz):
    (ohio,) = _res(real_gaz, "The drill prepares Ohioans for tornado season.", ["Ohioans"])
    (quebec,) = _res(real_gaz, "Quebecers will receive a tax cut in July.", ["Quebecers"])
    assert (ohio.chosen.kind, ohio.chosen.name) == ("province", "Ohio")
    assert (quebec.chosen.kind, quebec.chosen.name) == ("province", "Quebec")
