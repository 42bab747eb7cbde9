"""Places read with the article's province, headline towns, neighbourhoods and qualifiers.
Made-up sentences, real embedded index."""

from crossbearing.geo.focus import article_focus, title_places

from named_spans import resolve_named as _res


def test_a_county_dateline_in_capitals_names_its_state(real_gaz):
    focus = article_focus(real_gaz, "JACKSONVILLE, ONSLOW COUNTY - Police say a man was arrested.")
    (e, _, src), = focus.items
    assert src == "dateline" and e.name == "Jacksonville" and e.admin1 == "North Carolina"


def test_a_town_named_in_passing_is_the_namesake_in_the_datelines_state(real_gaz):
    text = "GREENVILLE, N.C. — Officers said the man drove from Jacksonville on Sunday."
    focus = article_focus(real_gaz, text)
    _, _, jax = _res(real_gaz, text, ["GREENVILLE", "N.C.", "Jacksonville"], prior=focus.weighted())
    assert jax.chosen is not None and jax.chosen.admin1 == "North Carolina"


def test_a_small_town_of_another_state_is_no_reading_in_a_local_story(real_gaz):
    text = "LOS ANGELES — Four people were hurt at a Harbor City party, Los Angeles police said."
    focus = article_focus(real_gaz, text)
    res = _res(real_gaz, text, ["LOS ANGELES", "Harbor City", "Los Angeles"], prior=focus.weighted())
    assert res[1].chosen is None or res[1].chosen.admin1 == "California"


def test_a_qualified_town_in_another_state_stands(real_gaz):
    text = "LOS ANGELES — The man, who grew up in Ocala, Fla., was held by Los Angeles police."
    focus = article_focus(real_gaz, text)
    res = _res(real_gaz, text, ["LOS ANGELES", "Ocala", "Fla.", "Los Angeles"], prior=focus.weighted())
    assert res[1].chosen is not None and res[1].chosen.admin1 == "Florida"


def test_a_headline_names_its_town_as_a_modifier(real_gaz):
    got = title_places(real_gaz, "Miami Boy Killed After Game Turns Deadly")
    assert any(e.name == "Miami" and e.admin1 == "Florida" for e in got)
    assert title_places(real_gaz, "Boy Killed After Game Turns Deadly") == []
    got = title_places(real_gaz, "Gunfire at St. Louis tavern leaves one dead")
    assert any(e.name == "St. Louis" for e in got)


def test_a_neighbourhood_is_coded_at_its_town(real_gaz):
    text = "CHICAGO — A gunman opened fire on a home in the Austin neighborhood on Sunday."
    focus = article_focus(real_gaz, text)
    _, austin = _res(real_gaz, text, ["CHICAGO", "Austin"], prior=focus.weighted())
    assert austin.chosen is None and austin.within is not None and austin.within.name == "Chicago"
    assert austin.precision == 2


def test_a_neighbourhood_of_a_named_city(real_gaz):
    text = "Mortars fell on the Qasour neighbourhood of Homs in central Syria on Monday, killing three."
    qasour, homs, _ = _res(real_gaz, text, ["Qasour", "Homs", "Syria"])
    pl = qasour.chosen or qasour.within
    assert pl is not None and pl.country == "SY" and pl.admin1 == homs.chosen.admin1


def test_a_neighbourhood_of_the_town_the_sentence_opened_in(real_gaz):
    text = "On 3 May, in Kenosha (Wisconsin), a man was shot and killed in the Riverside Oaks neighborhood."
    kenosha, _, oaks = _res(real_gaz, text, ["Kenosha", "Wisconsin", "Oaks"])
    assert oaks.chosen is None and oaks.within is not None and oaks.within.name == "Kenosha"


def test_a_site_named_after_someone_is_in_the_town_the_text_puts_it_in(real_gaz):
    text = "About 40 people rallied outside Walker Library in Minneapolis on Sunday against the war."
    walker, mpls = _res(real_gaz, text, ["Walker", "Minneapolis"])
    assert walker.chosen is None and walker.within is not None and walker.within.name == "Minneapolis"
    text = "In Nogales, Veracruz, parents of pupils at the Lazaro Cardenas Elementary School blocked a road."
    *_, school = _res(real_gaz, text, ["Nogales", "Veracruz", "Lazaro Cardenas"])
    assert school.chosen is None and school.within is not None and school.within.name == "Nogales"


def test_a_town_or_county_named_with_a_site_word_is_itself(real_gaz):
    text = ("OROVILLE, Calif. — The man grew up in Oroville. His uncle, who attended Laurel County High School, "
            "works for an airline based in Rego Park, New York, that flies to Oroville.")
    focus = article_focus(real_gaz, text)
    *_, laurel, rego, _, _ = _res(real_gaz, text, ["OROVILLE", "Calif.", "Oroville", "Laurel County", "Rego Park",
                                                  "New York", "Oroville"], prior=focus.weighted())
    assert rego.chosen is not None and rego.chosen.name == "Rego Park"
    assert laurel.chosen is not None and laurel.chosen.name == "Laurel County"


def test_a_site_bearing_a_citys_name_stays_in_that_city(real_gaz):
    text = "Shells hit Aleppo University on Monday, a day after strikes on Idlib."
    aleppo, _ = _res(real_gaz, text, ["Aleppo", "Idlib"])
    assert aleppo.chosen is not None and aleppo.chosen.name == "Aleppo"


def test_a_dateline_town_is_read_by_its_own_name(real_gaz):
    from crossbearing.geo.namesakes import town_in

    e = town_in(real_gaz, "Franklin")
    assert e is not None and e.name == "Franklin"


def test_a_headline_opening_with_a_common_word_names_no_town(real_gaz):
    text = "Man charged after shots hit a home\n\nA 30-year-old man was charged on Friday, police said."
    (r,) = _res(real_gaz, text, ["Man"])
    assert r.chosen is None
    text = "Spring police said two people were hurt in Spring. The spring storm had passed."
    (r, _) = _res(real_gaz, text, ["Spring", "Spring"])
    assert r.chosen is not None and r.chosen.name == "Spring"


def test_a_persons_full_name_is_not_read_by_its_surname_town(real_gaz):
    text = "Police identified the victim as Melky Rodriguez on Friday."
    (r,) = _res(real_gaz, text, ["Melky Rodriguez"])
    assert r.chosen is None
    text = "Five people were hurt in East Oakland on Friday."
    (r,) = _res(real_gaz, text, ["East Oakland"])
    assert r.chosen is not None and r.chosen.name == "Oakland"


def test_the_country_a_story_names_most_wins_over_a_single_mention(real_gaz):
    text = ("Detroit police said a boy was shot. Britain was named by the family. A Detroit officer spoke. "
            "Schools in Detroit closed.")
    res = _res(real_gaz, text, ["Detroit", "Britain", "Detroit", "Detroit"])
    assert all(r.chosen is not None and r.chosen.name == "Detroit" for r in (res[0], res[2], res[3]))


def test_a_headline_station_suffix_with_a_desk_name(real_gaz):
    got = title_places(real_gaz, "4 shot downtown - WXYZ 9 News Baton Rouge, Louisiana News, Weather, Sports")
    assert any(e.name == "Baton Rouge" for e in got)


def test_the_before_a_name_makes_it_no_small_town(real_gaz):
    text = "Fighters of the Islamic State of Iraq and the Levant attacked the village on Monday."
    (r,) = _res(real_gaz, text, ["Levant"])
    assert r.chosen is None or r.chosen.kind != "place"
    text = "Boats sailed down the Euphrates on Monday."
    (r,) = _res(real_gaz, text, ["Euphrates"])
    assert r.chosen is not None


def test_a_town_that_qualifies_the_noun_after_the_is_the_town(real_gaz):
    # "the" goes with the noun the town's name qualifies: the police, fire station, mayor of that town
    text = "Two men were hurt on Sunday, and the Laconia police said the Chiefland fire station sent a crew."
    laconia, chiefland = _res(real_gaz, text, ["Laconia", "Chiefland"])
    assert laconia.chosen is not None and laconia.chosen.admin1 == "New Hampshire"
    assert chiefland.chosen is not None and chiefland.chosen.admin1 == "Florida"
    # a name that ends its phrase, or names an armed group, still after "the"
    text = "Fighters of the Laconia attacked the village; the Laconia Front and the Laconia terrorist group claimed it."
    assert all(r.chosen is None for r in _res(real_gaz, text, ["Laconia"] * 3))
    # a capitalised noun other than a town's own institution makes a longer name
    (r,) = _res(real_gaz, "Shots were fired at the Laconia Rancheria office in Alton.", ["Laconia"])
    assert r.chosen is None


def test_names_between_commas_in_a_list_are_no_town_and_its_region(real_gaz):
    text = "Finalists include Boise, Denver, Butler County and Erie this year."
    boise, denver, _, _ = _res(real_gaz, text, ["Boise", "Denver", "Butler County", "Erie"])
    assert boise.chosen is not None and boise.chosen.admin1 == "Idaho"
    assert denver.chosen is not None and denver.chosen.admin1 == "Colorado"
    # a town and its state stay one place: "Tacoma, Washington, and Portland"
    text = "The storm hit Tacoma, Washington, and Portland on Monday."
    tacoma, *_ = _res(real_gaz, text, ["Tacoma", "Washington", "Portland"])
    assert tacoma.chosen is not None and tacoma.chosen.admin1 == "Washington"


def test_a_building_is_no_towns_alternate_name(real_gaz):
    text = "A spokesman at the White House in Washington said on Monday that talks went on."
    wh, _ = _res(real_gaz, text, ["White House", "Washington"])
    assert wh.chosen is None or wh.chosen.kind != "place"


def test_a_dateline_without_its_state_is_read_with_the_story(real_gaz):
    text = "COLUMBIA — Two men were shot on Sunday night, Maury County deputies said. The Maury County Sheriff spoke."
    i = text.index("Maury County")
    j = text.index("Maury County", i + 5)
    focus = article_focus(real_gaz, text, spans=[(0, 8), (i, i + 12), (j, j + 12)])
    (e, _, src), = focus.items
    assert src == "dateline" and e.name == "Columbia" and e.admin1 == "Tennessee"


def test_two_towns_the_words_put_side_by_side_are_read_together(real_gaz):
    text = "Police in suburban Montgomery are looking for the gunman. It happened in Montgomery, near Aurora."
    res = _res(real_gaz, text, ["Montgomery", "Montgomery", "Aurora"])
    assert [r.chosen.admin1 for r in res] == ["Illinois", "Illinois", "Illinois"]
    # a city that names its suburb's whereabouts before it
    atlanta, decatur = _res(real_gaz, "He grew up in the Atlanta suburb of Decatur and moved away in May.",
                            ["Atlanta", "Decatur"])
    assert (atlanta.chosen.admin1, decatur.chosen.admin1) == ("Georgia", "Georgia")


def test_the_with_a_neighbourhood_goes_with_the_noun(real_gaz):
    text = "CHICAGO — Six people were shot in the Lawndale neighborhood on Friday."
    focus = article_focus(real_gaz, text)
    _, law = _res(real_gaz, text, ["CHICAGO", "Lawndale"], prior=focus.weighted())
    pl = law.chosen or law.within
    assert pl is not None and pl.admin1 == "Illinois"


def test_a_street_corner_in_the_plural_is_no_state(real_gaz):
    text = "It happened at the intersection of Lexington Street and California Avenues, police said."
    (r,) = _res(real_gaz, text, ["California"])
    assert r.chosen is None


def test_co_after_a_name_is_its_county(real_gaz):
    text = "A boy, 11, was hurt in Aiken Co. on Monday, deputies in South Carolina said."
    aiken, _ = _res(real_gaz, text, ["Aiken", "South Carolina"])
    assert aiken.chosen is not None and aiken.chosen.kind == "district" and aiken.chosen.admin1 == "South Carolina"


def test_a_surname_alone_after_the_full_name_is_the_person(real_gaz):
    text = "Police identified the boy as Melky Rodriguez. Police said Rodriguez took a gun from a car."
    full, alone = _res(real_gaz, text, ["Melky Rodriguez", "Rodriguez"])
    assert full.chosen is None and alone.chosen is None


def test_a_road_is_put_where_the_text_puts_its_town(real_gaz):
    text = ("Two people were shot at a trailer park off County Road 934 in Weir, a small town in central "
            "Williamson County, Texas, on Thursday.")
    road, weir, county, _ = _res(real_gaz, text, ["County Road 934", "Weir", "Williamson County", "Texas"])
    for r in (road, weir):
        pl = r.chosen or r.within
        assert pl is not None and pl.admin1 == "Texas"


def test_a_namesake_chosen_in_another_state_is_moved_to_the_one_at_home(real_gaz):
    """The rule alone, on a reading the resolver could leave behind: a Greenville read in
    Mississippi in a story framed in North Carolina becomes North Carolina's Greenville."""
    from crossbearing.geo.article_context import _no_namesakes_elsewhere
    from crossbearing.geo.forms import mention_form
    from crossbearing.geo.resolve import Resolution, _context

    towns = {e.admin1: e for e, f in real_gaz.lookup("greenville") if e.kind == "place" and e.country == "US"}
    home, away = towns["North Carolina"], towns["Mississippi"]
    text = "Deputies said the car was found in Greenville."
    s = text.index("Greenville")
    r = Resolution(s, s + 10, "Greenville", mention_form(text, s, s + 10),
                   candidates=[(away, "name"), (home, "name")], ranked=[(5.0, away), (4.9, home)], chosen=away)
    prior = [(real_gaz.province("US", "North Carolina"), 3.0)]
    _no_namesakes_elsewhere([r], _context([r], None, prior), [None], prior)
    assert r.chosen is not None and r.chosen.id == home.id


def test_a_bare_name_that_is_the_county_of_a_named_town_is_that_county(real_gaz):
    _, chatham, _ = _res(real_gaz, "Savannah-Chatham police said a toddler was grazed by a bullet in Savannah.",
                         ["Savannah", "Chatham", "Savannah"])
    assert chatham.chosen.kind == "district" and chatham.chosen.admin1 == "Georgia"


def test_kiev_alone_is_the_capital_and_the_kiev_region_the_oblast(real_gaz):
    # "Kiev" is the older spelling of Kyiv; the gazetteer names the oblast around it "Kiev"
    (city,) = _res(real_gaz, "Police beat two activists in Kiev on Thursday.", ["Kiev"])
    assert city.chosen is not None and city.chosen.kind == "place" and city.chosen.name == "Kyiv"
    (region, _) = _res(real_gaz, "Shells hit the Kiev region and Bucha on Friday.", ["Kiev region", "Bucha"])
    assert region.chosen is not None and region.chosen.kind == "province"


def test_a_town_the_words_put_in_another_countrys_district_is_no_namesake_abroad(real_gaz):
    # (the other countries the sentence names had made the far namesake look at home)
    text = "Police detained 12 migrants from Ethiopia heading to South Africa in Leipzig in the district of Misungwi on Monday."
    _, _, town, district = _res(real_gaz, text, ["Ethiopia", "South Africa", "Leipzig", "Misungwi"])
    assert district.chosen is not None and district.chosen.country == "TZ"
    assert town.chosen is None and town.within is not None and town.within.country == "TZ"
    text = "Police detained 12 traders in Paris in the state of Texas on Monday."
    town, _ = _res(real_gaz, text, ["Paris", "Texas"])
    assert town.chosen is not None and town.chosen.admin1 == "Texas"


def test_a_town_called_by_a_name_ending_in_a_word_for_water_is_the_town(real_gaz):
    text = "Two men were shot in Green Bay and another in Fall River; the Red River rose."
    green, fall, red = _res(real_gaz, text, ["Green Bay", "Fall River", "Red River"])
    assert green.chosen is not None and green.chosen.admin1 == "Wisconsin"
    assert fall.chosen is not None and fall.chosen.admin1 == "Massachusetts"
    assert red.chosen is None  # no sizeable town of that name: the river, which the index lacks


def test_a_state_before_a_lower_case_word_for_a_town_is_the_state(real_gaz):
    text = "A man killed six people in the Florida town of Bell on Thursday."
    state, = _res(real_gaz, text, ["Florida town"])
    assert state.chosen is not None and state.chosen.kind == "province" and state.chosen.admin1 == "Florida"
    text = "It is one of about 10 U.S. city programmes that work."
    country, = _res(real_gaz, text, ["U.S. city"])
    assert country.chosen is not None and country.chosen.kind == "country" and country.chosen.country == "US"


def test_a_language_after_in_puts_no_town_in_its_country(real_gaz):
    text = "The gunman shouted about Aleppo in Turkish before he fired."
    aleppo, _ = _res(real_gaz, text, ["Aleppo", "Turkish"])
    assert aleppo.chosen is not None and aleppo.chosen.country == "SY"


def test_a_people_before_a_lower_case_word_for_a_city_is_their_country(real_gaz):
    text = "The agent was found in the southern English city of Salisbury on Sunday."
    people, = _res(real_gaz, text, ["English"])
    assert people.chosen is not None and people.chosen.country == "GB" and people.kind == "demonym"


def test_a_town_named_again_and_again_frames_a_story_without_a_dateline(real_gaz):
    text = ("Milwaukee police are investigating a shooting on Lisbon Avenue in Washington Park. "
            "Milwaukee police said a second woman, from Milwaukee, was hurt later.")
    res = _res(real_gaz, text, ["Milwaukee", "Washington Park", "Milwaukee", "Milwaukee"])
    park = res[1]
    # not the Illinois village: a part of the city the index lacks (or nothing), never another state
    assert park.chosen is None or park.chosen.admin1 == "Wisconsin"
    # a town the words call one stands, though the story is about another province's town
    text = ("Milwaukee police are investigating a shooting on Lisbon Avenue. Milwaukee police said a woman "
            "from Milwaukee was hurt; she had moved from the town of Sewanee last year.")
    *_, town = _res(real_gaz, text, ["Milwaukee", "Milwaukee", "Milwaukee", "Sewanee"])
    assert town.chosen is not None and town.chosen.admin1 == "Tennessee"


def test_a_street_named_by_ordinary_words_is_placed_in_the_articles_town(real_gaz):
    text = "Bars in New Orleans reopened on Friday. Crowds filled Royal Street until late, New Orleans police said."
    *_, royal, _ = _res(real_gaz, text, ["New Orleans", "Royal Street", "New Orleans"])
    assert royal.chosen is None and royal.within is not None and royal.within.name == "New Orleans"


def test_an_airport_or_port_the_index_lacks_is_the_town_it_is_named_after(real_gaz):
    text = "A drone hit Abha airport in southern Saudi Arabia on Wednesday, and a ship was shelled in Hodeidah port."
    airport, port = _res(real_gaz, text, ["Abha airport", "Hodeidah port"])
    assert airport.chosen is not None and airport.chosen.country == "SA" and airport.chosen.kind == "place"
    assert port.chosen is not None and port.chosen.country == "YE"
    assert airport.precision == 2  # a part of the town, not the town itself
    kabul, = _res(real_gaz, "A car bomb exploded near Kabul airport.", ["Kabul airport"])
    assert kabul.chosen is not None and kabul.chosen.country == "AF" and kabul.chosen.kind == "place"
    # a region's name is no town's: no town called California holds "a California airport"
    state, = _res(real_gaz, "Flights resumed at a California airport.", ["California airport"])
    assert state.chosen is None or state.chosen.kind != "place"


def test_near_a_countrys_border_is_not_inside_that_country(real_gaz):
    text = "Militants attacked an army post in Upper Karrak Valley near the Afghan border overnight."
    valley, _ = _res(real_gaz, text, ["Upper Karrak Valley", "Afghan"])
    assert valley.within is None or valley.within.country != "AF"


def test_a_neighbourhood_is_coded_at_the_town_left_once_other_names_are_read_as_its_parts(real_gaz):
    # "Austin", named four times, is read at first as Austin, Texas, the story's most-named town;
    # once the text marks it as a part of Chicago, the neighbourhood named first is Chicago's too
    text = ("Police are investigating a shooting in the Humboldt Park neighborhood that wounded a girl. "
            "The violence is so bad in Chicago, a neighbour said. In Chicago's Austin neighborhood, residents "
            "cleared a lot. We need to be involved, said a resident of Austin. The South Austin "
            "Neighborhood Association planted a garden. Austin residents met on Friday. Chicago police "
            "said no one was in custody.")
    res = _res(real_gaz, text, ["Humboldt Park", "Chicago", "Chicago", "Austin", "Austin", "South Austin",
                                "Austin", "Chicago"])
    park = res[0]
    assert park.chosen is None and park.within is not None and park.within.name == "Chicago", park.reason
