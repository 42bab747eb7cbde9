"""Context rules measured on the geocoding benchmarks, pinned on made-up sentences (real index)."""

from named_spans import resolve_named as _res


def test_town_comma_region_prefers_the_region_containing_the_town(real_gaz):
    tacoma, wa = _res(real_gaz, "A baker from Tacoma, Washington shares tips.", ["Tacoma", "Washington"])
    assert tacoma.chosen.admin1 == "Washington"
    assert wa.chosen.kind == "province" and wa.chosen.admin1 == "Washington"


def test_a_list_is_not_town_and_region(real_gaz):
    w, ny, b = _res(real_gaz, "After stops in Washington, New York and Boston, he flew home.",
                    ["Washington", "New York", "Boston"])
    assert w.chosen.name == "Washington" and w.chosen.admin1 != "New York"


def test_unknown_site_is_placed_at_the_town_the_text_names(real_gaz):
    site, ny = _res(real_gaz, "She cooked at Le Bernardin in New York for years.", ["Le Bernardin", "New York"])
    assert site.chosen is None and site.within is not None and site.within.id == ny.chosen.id
    assert site.precision == 2


def test_partial_name_prefers_the_country_part(real_gaz):
    (r,) = _res(real_gaz, "the autonomy of the Bank of Mexico is at stake", ["Bank of Mexico"])
    assert r.chosen is not None and r.chosen.kind == "country" and r.chosen.country == "MX"


def test_wales_and_welsh_name_wales_not_the_uk(real_gaz):
    wales, welsh = _res(real_gaz, "Progress in Wales pleased Welsh ministers.", ["Wales", "Welsh"])
    assert wales.chosen.kind == "province" and wales.chosen.name == "Wales"
    assert welsh.chosen.name == "Wales"


def test_country_state_department_is_the_country(real_gaz):
    (r,) = _res(real_gaz, "the US State Department described the package", ["US"])
    assert r.chosen is not None and r.chosen.kind == "country" and r.chosen.country == "US"


def test_a_neighbourhood_named_after_a_city_is_not_that_city(real_gaz):
    (r,) = _res(real_gaz, "A boy was shot inside a house in Little Havana on Friday.", ["Little Havana"])
    assert r.chosen is None or r.chosen.name != "Havana"


def test_a_lone_institution_word_is_no_town(real_gaz):
    (r,) = _res(real_gaz, "Brookfield Police now say a third man was hurt.", ["Police"])
    assert r.chosen is None and "institution" in (r.reason or "")
    (m,) = _res(real_gaz, "The boy died of a gunshot wound, said Metro Lt. Jim Smith.", ["Metro"])
    assert m.chosen is None


def test_a_street_with_no_town_is_not_a_namesake_town(real_gaz):
    (r,) = _res(real_gaz, "Officers closed Clark Avenue for hours after the shooting.", ["Clark Avenue"])
    assert r.chosen is None and r.within is None


def test_a_town_and_the_county_a_story_names_are_read_together(real_gaz):
    text = "CHESTER — Chester police and Delaware County detectives are looking for a gunman."
    rs = _res(real_gaz, text, ["CHESTER", "Chester", "Delaware County"])
    assert {r.chosen.admin1 for r in rs} == {"Pennsylvania"}


def test_an_apposition_places_a_town_the_gazetteer_lacks_in_its_county(real_gaz):
    text = "The party was on a farm in Zorbleton, a small town in central Williamson County."
    town, county = _res(real_gaz, text, ["Zorbleton", "Williamson County"])
    assert town.chosen is None and town.within is not None and town.within.id == county.chosen.id


def test_a_short_acronym_is_no_town(real_gaz):
    (un,) = _res(real_gaz, "Aid talks were brokered by the UN in February.", ["UN"])
    assert un.chosen is None or un.chosen.kind in ("country", "region", "province")


def test_a_name_before_said_is_a_speaker_not_a_town(real_gaz):
    (r,) = _res(real_gaz, "The boy was hurt at home, Kash said on Friday.", ["Kash"])
    assert r.chosen is None and "person" in (r.reason or "")
    (ru,) = _res(real_gaz, "Russia said its jets hit the town.", ["Russia"])
    assert ru.chosen is not None and ru.chosen.kind == "country"


def test_an_arabic_spring_or_village_name_is_not_the_town_it_contains(real_gaz):
    (r,) = _res(real_gaz, "Shelling hit Ain Tarma near Damascus on Monday.", ["Ain Tarma"])
    assert r.chosen is None or r.chosen.country == "SY"


def test_hasake_province_is_the_syrian_governorate(real_gaz):
    (r,) = _res(real_gaz, "Clashes broke out in Hasake province on Monday.", ["Hasake province"])
    assert r.chosen is not None and r.chosen.country == "SY" and r.chosen.kind == "province"


def test_a_state_named_like_a_country_is_the_state_of_the_storys_towns(real_gaz):
    text = "Storms hit Macon and Savannah on Monday, and Georgia officials closed roads."
    macon, savannah, georgia = _res(real_gaz, text, ["Macon", "Savannah", "Georgia"])
    assert georgia.chosen.country == "US" and georgia.chosen.kind == "province"
    text = "Russian troops entered Georgia near Tbilisi on Monday."
    (georgia, tbilisi) = _res(real_gaz, text, ["Georgia", "Tbilisi"])
    assert georgia.chosen.country == "GE"


def test_a_country_after_another_word_is_no_surname(real_gaz):
    text = "Local Ireland runs the scheme. Firms in Ireland joined it."
    local, ireland = _res(real_gaz, text, ["Local Ireland", "Ireland"])
    assert ireland.chosen is not None and ireland.chosen.country == "IE"
    text = "Police named him as Melky Rodriguez. Rodriguez stole a gun."
    full, alone = _res(real_gaz, text, ["Melky Rodriguez", "Rodriguez"])
    assert alone.chosen is None
    # "Historic Dublin", an old town's quarter, is nobody's name: Dublin stays a place
    text = "Shops in Historic Dublin reopened, Dublin officials in Ohio said."
    quarter, town, ohio = _res(real_gaz, text, ["Historic Dublin", "Dublin", "Ohio"])
    assert town.chosen is not None and town.chosen.admin1 == "Ohio"


def test_the_capital_district_carries_its_event_data_name(real_gaz):
    from crossbearing.geo.mentions import region_capital

    (dc,) = _res(real_gaz, "Four people were shot in Washington, D.C. on Sunday.", ["Washington, D.C."])
    place = dc.chosen.to_place()
    assert place.admin1 == "District of Columbia"
    if place.feature_code == "ADM1":
        assert region_capital(place, real_gaz) is not None


def test_an_agency_in_capitals_is_no_town(real_gaz):
    text = "Eight people were killed in Aleppo, the state news agency SANA reported on Monday."
    aleppo, sana = _res(real_gaz, text, ["Aleppo", "SANA"])
    assert sana.chosen is None
    text = "BEIRUT — Eight people were killed in Aleppo on Monday."
    (beirut, aleppo) = _res(real_gaz, text, ["BEIRUT", "Aleppo"])
    assert beirut.chosen is not None and beirut.chosen.country == "LB"


def test_a_small_town_is_the_namesake_inside_the_county_the_story_names(real_gaz):
    # the largest Franklin lies in another state's county; the story's county holds a Franklin
    county, town = _res(real_gaz, "Johnson County deputies said the man lived in Franklin with his parents.",
                        ["Johnson County", "Franklin"])
    assert county.chosen.kind == "district" and town.chosen is not None
    assert town.chosen.admin2 == county.chosen.name  # the town lies in that county


def test_a_county_holding_another_town_of_the_story_stays_where_it_is_read(real_gaz):
    # a DeKalb (the town) lies in a DeKalb County of another state; Lithonia lies in this one
    county, town, other = _res(real_gaz, "DeKalb County police said the girl was shot in Lithonia. "
                                         "Her mother grew up in DeKalb.", ["DeKalb County", "Lithonia", "DeKalb"])
    assert county.chosen.admin1 == town.chosen.admin1 == "Georgia"


def test_a_ghayn_written_g_meets_the_gh_spelling(real_gaz):
    (r,) = _res(real_gaz, "Shelling near Jisr al-Shugur killed six, activists said.", ["Jisr al-Shugur"])
    assert r.chosen is not None and r.chosen.country == "SY"


def test_a_county_named_as_such_with_none_of_its_name_at_home_is_across_the_line(real_gaz):
    # the headline frames the story in Wisconsin; the county of that name lies only in Iowa
    (county,) = _res(real_gaz, "Deputies said a teenager in Allamakee County was hurt while hunting.",
                     ["Allamakee County"], prior=[(real_gaz.get(_la_crosse(real_gaz)), 2.0)])
    assert county.chosen is not None and county.chosen.admin1 == "Iowa"


def _la_crosse(gaz):
    return next(e.id for e, f in gaz.lookup("lacrosse") if e.kind == "place" and e.admin1 == "Wisconsin")


def test_dotted_initials_are_an_acronym_not_a_town(real_gaz):
    (un,) = _res(real_gaz, "The U.N. envoy said on Monday that the talks would resume.", ["U.N."])
    assert un.chosen is None or un.chosen.kind in ("country", "region", "province")
    (us,) = _res(real_gaz, "Officials from the U.S. arrived on Monday.", ["U.S."])
    assert us.chosen is not None and us.chosen.kind == "country"


def test_a_town_and_a_county_stay_in_the_state_the_story_names(real_gaz):
    # a Pratt lies inside a Marion County of another state; the story names Kansas, where both are
    kansas, county, town = _res(real_gaz, "Heavy snow hit southwest Kansas on Saturday. Deputies in Marion County "
                                          "rescued drivers stuck near Pratt.", ["Kansas", "Marion County", "Pratt"])
    assert county.chosen.admin1 == "Kansas" and town.chosen.admin1 == "Kansas"


def test_a_qualifier_in_a_country_with_no_such_town_does_not_place_it(real_gaz):
    (town,) = _res(real_gaz, "She was born in Churchill, Man. last spring, her father said.", ["Churchill"])
    # "Man." read as some region abroad holds no Churchill: no reason to code the town there
    assert town.chosen is not None


def test_a_province_smaller_than_a_namesake_city_is_not_the_bare_reading(real_gaz):
    # Toledo is a Belizean district of about 30,000 and a city of 270,000 in Ohio
    (r,) = _res(real_gaz, "Two men were shot outside a bar in Toledo late on Friday.", ["Toledo"])
    rank = [(e.kind, e.country) for _, e in r.ranked]
    assert rank.index(("place", "US")) < rank.index(("province", "BZ"))
    (west,) = _res(real_gaz, "A girl was hurt in a shooting in West Toledo on Monday.", ["West Toledo"])
    assert west.chosen.kind == "place" and west.chosen.country != "BZ"


def test_of_namesake_counties_the_one_with_large_towns_is_the_bare_reading(real_gaz):
    # six states have a DeKalb County; Georgia's holds the largest towns
    (r,) = _res(real_gaz, "A boy was hit by a stray bullet in DeKalb County on Sunday.", ["DeKalb County"])
    assert r.chosen.kind == "district" and r.chosen.admin1 == "Georgia"


def test_a_short_abbreviation_needs_its_full_stop(real_gaz):
    (man,) = _res(real_gaz, "Man killed home intruder, then his brother, police say.", ["Man"])
    assert man.chosen is None or man.chosen.name != "Manitoba"
    _, prov = _res(real_gaz, "She grew up in Winnipeg, Man. and moved south.", ["Winnipeg", "Man."])
    assert prov.chosen.name == "Manitoba"
    _, ky = _res(real_gaz, "The fire in Louisville, Ky drew crowds.", ["Louisville", "Ky"])
    assert ky.chosen is not None and ky.chosen.name == "Kentucky"


def test_a_name_read_as_a_speaker_once_is_that_person_throughout(real_gaz):
    first, second = _res(real_gaz, "The casings match the rifle, said Kearney. Kearney said the car was stolen.",
                         ["Kearney", "Kearney"])
    assert second.chosen is None and first.chosen is None


def test_a_city_that_speaks_stays_a_city_elsewhere(real_gaz):
    first, second = _res(real_gaz, "Gainesville said it would repave the road. Traffic in Gainesville slowed.",
                         ["Gainesville", "Gainesville"])
    assert second.chosen is not None and second.chosen.name == "Gainesville"


def test_a_shortened_saint_finds_the_spelled_out_name_only_when_the_written_one_is_missing(real_gaz):
    (parish,) = _res(real_gaz, "A boy was killed in an accidental shooting in St. Mary Parish.", ["St. Mary Parish"])
    assert parish.chosen.kind == "district" and parish.chosen.admin1 == "Louisiana"
    (paul,) = _res(real_gaz, "A man was shot in St. Paul on Friday.", ["St. Paul"])
    assert paul.chosen.admin1 == "Minnesota"
    (thomas,) = _res(real_gaz, "Police in St. Thomas arrested a driver.", ["St. Thomas"])
    assert thomas.chosen.country == "CA"


def test_a_word_for_people_opening_a_headline_is_no_town(real_gaz):
    (man,) = _res(real_gaz, "Man sought in connection to deaths\n\nFive were found dead on Sunday.", ["Man"])
    assert man.chosen is None
    (town,) = _res(real_gaz, "He lives in Man, W.Va., with his wife.", ["Man"])
    assert town.chosen is not None and town.chosen.admin1 == "West Virginia"


def test_the_second_street_of_a_crossing_is_no_town(real_gaz):
    (cross,) = _res(real_gaz, "It happened in the 7400 block of Maple Drive at Elmont, deputies said.", ["Elmont"])
    assert cross.chosen is None and "street" in cross.reason
    (nash,) = _res(real_gaz, "Two people were killed near 37th and Nash streets, police said.", ["Nash"])
    assert nash.chosen is None
    first, second = _res(real_gaz, "The shooting at Franklin and Odessa streets left four hurt.", ["Franklin", "Odessa"])
    assert first.chosen is None and second.chosen is None
    # a crossing whose second street alone carries the street word
    (corner,) = _res(real_gaz, "Officers closed the area of South Odessa and Pine Street after the shooting.",
                     ["South Odessa"])
    assert corner.chosen is None and "street" in corner.reason


def test_a_name_a_vehicle_travels_along_is_a_street(real_gaz):
    # one drives along a street and through a town: a large city's name travelled along, read as
    # that city, had pulled the story's small town to a namesake in the city's state
    text = ("Two men were wounded late Friday in Madera, officers said. Their pickup was heading southbound "
            "on Cleveland when someone in a sedan opened fire, and the sedan sped off down Toledo.")
    madera, cleveland, toledo = _res(real_gaz, text, ["Madera", "Cleveland", "Toledo"])
    assert cleveland.chosen is None and "street" in cleveland.reason
    assert toledo.chosen is None and "street" in toledo.reason
    assert madera.chosen is not None and madera.chosen.admin1 == "California"
    # a town one drives to, through or in stays a town
    (town,) = _res(real_gaz, "He was driving through Cleveland when officers stopped him.", ["Cleveland"])
    assert town.chosen is not None and town.chosen.name == "Cleveland"


def test_words_either_side_of_a_line_break_are_no_persons_name(real_gaz):
    # a photo credit's last word run into the next paragraph's town is no "Photo Wilmington" whose
    # surname the town would then be
    text = "(Photo: JANE DOE/THE NEWS)Buy Photo\n\nWilmington police closed the street. Wilmington has seen four shootings."
    found = _res(real_gaz, text, ["Photo\n\nWilmington", "Wilmington"])
    assert found[-1].chosen is not None and found[-1].chosen.name == "Wilmington"



def test_a_large_city_is_its_namesake_inside_a_county_the_story_holds(real_gaz):
    # the largest Huntsville lies in Alabama; the story's county and state hold another one
    text = ("Walker County dispatchers got a call from a home in Huntsville on Friday. "
            "A Texas Ranger joined the Huntsville officers at the scene.")
    county, town, state, again = _res(real_gaz, text, ["Walker County", "Huntsville", "Texas", "Huntsville"])
    assert county.chosen.admin1 == state.chosen.admin1 == "Texas"
    assert town.chosen.admin1 == again.chosen.admin1 == "Texas"


def test_a_state_that_opens_an_agencys_name_is_the_state(real_gaz):
    text = "A trooper of the Kansas Highway Patrol said the Kentucky Court of Appeals would hear it."
    kansas, kentucky = _res(real_gaz, text, ["Kansas", "Kentucky"])
    assert kansas.chosen is not None and kansas.chosen.admin1 == "Kansas"
    assert kentucky.chosen is not None and kentucky.chosen.admin1 == "Kentucky"


def test_a_village_abroad_outvoted_by_the_state_the_story_names(real_gaz):
    # the only Wylam in the index is an English village; the state named says where the story is
    text = ("Birmingham police are investigating a shooting in the Wylam area. "
            "The boy was taken to a children's hospital in Alabama.")
    birmingham, _, _ = _res(real_gaz, text, ["Birmingham", "Wylam", "Alabama"])
    assert birmingham.chosen.admin1 == "Alabama"


def test_a_capital_with_no_namesake_at_home_is_named_in_passing(real_gaz):
    text = ("The Kentucky firm plans flights between Chicago, Denver and Riga next year. "
            "Its founder, a Louisville businessman, was born in Riga.")
    rs = _res(real_gaz, text, ["Kentucky", "Chicago", "Denver", "Riga", "Louisville"])
    assert rs[3].chosen is not None and rs[3].chosen.country == "LV"
    # a small town abroad with no namesake at home is still no reading of a US story
    (_, _, town) = _res(real_gaz, "The Kentucky firm hired a Louisville man who grew up in Tortola.",
                        ["Kentucky", "Louisville", "Tortola"])
    assert town.chosen is None or town.chosen.country == "US"


def test_a_provinces_bare_name_without_its_administrative_word(real_gaz):
    # the index names China's provinces "Zhejiang Sheng", "Guangxi Zhuangzu Zizhiqu"; news drops the word
    zj, js, gx = _res(real_gaz, "Stores opened in the provinces of Zhejiang and Jiangsu, and one in Guangxi.",
                      ["Zhejiang", "Jiangsu", "Guangxi"])
    assert all(r.chosen is not None and r.chosen.kind == "province" and r.chosen.country == "CN" for r in (zj, js, gx))
    (sc,) = _res(real_gaz, "Members met at the provincial office in South Chungcheong Province on Monday.",
                 ["South Chungcheong"])
    assert sc.chosen is not None and sc.chosen.country == "KR" and sc.chosen.kind == "province"


def test_a_village_sharing_a_countrys_or_states_name_needs_its_state(real_gaz):
    tx, ok = _res(real_gaz, "Cattle ranchers in Missouri trail only those in Texas and Oklahoma, growers in "
                            "Kansas City said.", ["Texas", "Oklahoma"])
    assert ok.chosen.kind == "province" and ok.chosen.admin1 == "Oklahoma"
    ru, oh = _res(real_gaz, "Police in Russia, Ohio, said a man was hurt in a crash near Dayton.", ["Russia", "Ohio"])
    assert ru.chosen.kind == "place" and ru.chosen.country == "US"


def test_a_countrys_initials_before_a_lower_case_word_qualify_no_place(real_gaz):
    (ru,) = _res(real_gaz, "Police in Dayton and Toledo were told about his dealings in Russia, U.S. officials "
                           "said on Wednesday.", ["Russia"])
    assert ru.chosen is not None and ru.chosen.kind == "country" and ru.chosen.country == "RU"


def test_the_white_house_is_in_washington(real_gaz):
    (wh,) = _res(real_gaz, "Protesters gathered outside the White House on Saturday.", ["White House"])
    assert wh.chosen.kind == "facility" and wh.within is not None and wh.within.name == "Washington"
    wh, tn = _res(real_gaz, "Police in White House, Tenn., said a man was shot.", ["White House", "Tenn."])
    assert wh.chosen.kind == "place" and wh.chosen.admin1 == "Tennessee"


def test_a_bare_name_is_a_town_abroad_as_large_as_the_province(real_gaz):
    # Bari, the Italian city, beside Bari, the Somali region of about as many people
    (bari,) = _res(real_gaz, "Activists gathered outside the tax office in Bari to protest against the reform.", ["Bari"])
    assert bari.chosen.kind == "place" and bari.chosen.country == "IT"
    (bay,) = _res(real_gaz, "Militants attacked an army post in Bay region on Sunday.", ["Bay region"])
    assert bay.chosen.country == "SO"


def test_a_small_province_abroad_does_not_take_a_villages_name(real_gaz):
    # Toledo, Iowa (a small town) beside Toledo, a district of Belize: the village the text placed stands
    spans = _res(real_gaz, "Two people were hurt by an accidental gunshot in Toledo, Iowa, on Monday. A Toledo "
                           "ambulance took one of them to a hospital in Marshalltown.",
                 ["Toledo", "Iowa", "Toledo", "Marshalltown"])
    assert all(r.chosen.country == "US" for r in spans)


def test_a_lower_case_city_after_a_name_is_prose_not_part_of_the_name(real_gaz):
    (r,) = _res(real_gaz, "The Lexington city council approved a new budget on Tuesday.", ["Lexington city"])
    # Lexington, Kentucky (the gazetteer's "Lexington city" is a small Virginia county-level unit)
    assert r.chosen is not None and r.chosen.admin1 == "Kentucky" and r.chosen.kind == "place"


def test_a_name_known_only_by_a_part_far_from_the_storys_town_is_coded_there(real_gaz):
    # the gazetteer lacks "Antelope Valley" and knows an Antelope near Sacramento, 500 km away
    text = ("Two men were hurt outside an Antelope Valley bar early Sunday. The bar is on Avenue J in "
            "Lancaster, California, and Lancaster deputies are looking for the driver.")
    valley, *_ = _res(real_gaz, text, ["Antelope Valley", "Lancaster", "California", "Lancaster"])
    assert valley.chosen is None and valley.within is not None and valley.within.name == "Lancaster"
    # a part's town near the story's town is still read ("Napa Valley" in a story about Napa)
    text = "Crews fought a fire near a Napa Valley winery on Monday, Napa officials said."
    napa_valley, _ = _res(real_gaz, text, ["Napa Valley", "Napa"])
    assert napa_valley.chosen is not None or napa_valley.within is not None


def test_a_housing_complex_named_after_a_town_is_coded_at_the_storys_town(real_gaz):
    text = ("Seven people were wounded late Sunday at the Marion Garden complex, Tampa police said. "
            "Tampa officers found shell casings across the lot.")
    complex_, *_ = _res(real_gaz, text, ["Marion Garden", "Tampa", "Tampa"])
    assert complex_.chosen is None and complex_.within is not None and complex_.within.name == "Tampa"


def test_a_town_far_from_the_city_whose_police_investigate_is_a_part_of_that_city(real_gaz):
    # a city's police investigate what happens inside it: "Roxbury" is its neighbourhood, not a
    # namesake town in another state
    text = "A teen was shot in Roxbury late Tuesday, Boston police said."
    part, city = _res(real_gaz, text, ["Roxbury", "Boston"])
    assert part.chosen is None and part.within is not None and part.within.id == city.chosen.id
    assert part.precision == 2
    # a state after the town says which one; without the city's police, the namesake stays
    text = "A teen was shot in Roxbury, Connecticut, late Tuesday; Boston police assisted."
    part, _, _ = _res(real_gaz, text, ["Roxbury", "Connecticut", "Boston"])
    assert "Boston" not in (part.reason or "") and (part.chosen or part.within).admin1 == "Connecticut"
    text = "A teen was shot in Roxbury late Tuesday, a Boston newspaper reported."
    part, _ = _res(real_gaz, text, ["Roxbury", "Boston"])
    assert "Boston" not in (part.reason or "")


def test_a_compass_word_before_a_state_named_like_a_far_city_is_the_state(real_gaz):
    (w,) = _res(real_gaz, "Deputies searched a farm in central Washington on Sunday.", ["Washington"])
    assert w.chosen.kind == "province" and w.chosen.admin1 == "Washington"
    # a city's quarter in its own name ("Southeast Washington") and a bare name stay the capital
    for text in ("A man was shot in northwest Washington late Friday.", "Police in Washington said a man was shot."):
        (w,) = _res(real_gaz, text, ["Washington"])
        assert w.chosen.kind == "place" and w.chosen.fcode == "PPLC", text
    # a city that lies in its own region keeps its name: "eastern Aleppo" is the city's east
    (a,) = _res(real_gaz, "Rebels shelled eastern Aleppo on Friday.", ["Aleppo"])
    assert a.chosen.kind == "place"
