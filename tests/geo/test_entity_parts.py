"""Place entities the tagger ran over two names, or cut short, or ran into an office's name:
made-up sentences through detection and resolution with the real pipeline and index."""

from crossbearing.geo.entity_parts import abbreviated_opener_end, joined_places

from named_spans import detected as _found


def test_a_town_and_its_county_joined_by_a_comma_are_two_mentions(resources):
    gaz = resources.get("gazetteer")
    text = "The rally moved to Thruxton, Hampshire, for the last round."
    s = text.index("Thruxton")
    assert joined_places(gaz, text, s, s + len("Thruxton, Hampshire")) == [(s, s + 8), (s + 10, s + 19)]
    got = _found(resources, text)
    assert got["Hampshire"].chosen.country == "GB"  # not Hampshire, Illinois


def test_two_places_joined_by_a_hyphen_are_two_mentions_unless_the_whole_is_one_name(resources):
    gaz = resources.get("gazetteer")
    text = "Trade across the Asia-Pacific grew, said a banker from Winston-Salem."
    s = text.index("Asia")
    assert joined_places(gaz, text, s, s + len("Asia-Pacific")) == [(s, s + 4), (s + 5, s + 12)]
    w = text.index("Winston")
    assert joined_places(gaz, text, w, w + len("Winston-Salem")) is None  # one city's name
    m = "Police in Miami-Dade said two men were hurt."
    assert joined_places(gaz, m, m.index("Miami"), m.index(" said")) is None  # a county's name without "County"
    a = "Fighting near Al-Bab continued."
    assert joined_places(gaz, a, a.index("Al"), a.index(" continued")) is None  # an article is no place


def test_a_county_heading_an_office_is_the_county(resources):
    text = ("Lamar County Commissioners met on Monday, and the Pointe Coupee Sheriff's Office said a deputy "
            "was hurt.")
    got = _found(resources, text)
    assert "Lamar County" in got and got["Lamar County"].chosen.kind == "district"
    assert "Pointe Coupee" in got and got["Pointe Coupee"].chosen.admin1 == "Louisiana"
    assert not any("Commissioners" in k or "Office" in k for k in got)


def test_a_towns_city_council_names_the_town_not_a_district_called_city(resources):
    text = ("Dublin City Council approved the plan on Tuesday, Franklin County officials in Ohio said. "
            "The meeting was held at Hanover Town Hall.")
    got = _found(resources, text)
    assert "Dublin" in got and "Dublin City" not in got
    assert got["Dublin"].chosen.country == "US"
    assert "Hanover" in got and "Hanover Town" not in got


def test_a_country_named_with_of_the_is_one_mention(resources):
    got = _found(resources, "Cases were reported in Angola, Chad and Democratic Republic of the Congo this year.")
    assert got["Democratic Republic of the Congo"].chosen.country == "CD"
    got = _found(resources, "Aid reached the Democratic Republic of Congo and the Republic of Congo.")
    assert got["Democratic Republic of Congo"].chosen.country == "CD"
    assert got["Republic of Congo"].chosen.country == "CG"


def test_a_saints_abbreviation_in_capitals_keeps_its_name():
    text = "ST. PAUL — The council voted on Monday."
    assert abbreviated_opener_end(text, 0, 2) == len("ST. PAUL")
    assert abbreviated_opener_end("ST. The end", 0, 2) is None
    assert abbreviated_opener_end(text, 4, 8) is None


def test_a_makers_name_before_its_model_is_no_town(resources):
    text = "Witnesses said a white Toyota Camry was heading north on the highway near Dallas when it crashed."
    got = _found(resources, text)
    assert "Toyota" not in got
    assert "Dallas" in got
    # but a name that runs on into a known one stays whole: a dateline tagged "SALT" + "LAKE CITY"
    text = "Dakota Smith, 28.\n\nSALT LAKE CITY — Close friends held a candlelight vigil on Monday night."
    assert "SALT LAKE CITY" in _found(resources, text)


def test_a_surname_found_by_the_gazetteer_scan_is_the_person(resources):
    text = "Officers said the Ford Bronco driven by James Barnes, 20, of Paris failed to yield. Barnes was cited."
    got = _found(resources, text)
    assert "Barnes" not in got
    assert "Paris" in got


def test_a_county_named_without_the_word_before_its_office(resources):
    text = ("DuPage Sheriff Ann Lowe warned residents on Monday. A man from Charleston pleaded guilty in "
            "Kanawha Circuit Court on Tuesday.")
    got = _found(resources, text)
    assert got["DuPage"].chosen.kind == "district" and got["DuPage"].chosen.admin1 == "Illinois"
    assert got["Kanawha"].chosen.admin1 == "West Virginia"


def test_a_possessive_place_the_tagger_read_as_a_person(resources):
    got = _found(resources, "Critics like Sri Lanka's former president will agree.")
    assert got["Sri Lanka"].chosen.country == "LK"


def test_the_kind_of_institution_that_opens_its_name_is_no_town(resources):
    got = _found(resources, "Rates were left alone by the Bank of Mexico, officials in Mexico City said.")
    assert "Bank" not in got
    got = _found(resources, "He will appear at the Airport Courthouse in Beverly Hills on Friday.")
    assert "Airport" not in got


def test_the_second_people_of_a_hyphened_pair(resources):
    got = _found(resources, "Troops shelled towns along the Syrian-Turkish border on Tuesday.")
    assert got["Turkish"].chosen.country == "TR" and got["Syrian"].chosen.country == "SY"
