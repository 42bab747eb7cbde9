"""extract/places and geo: the units a town lies in, in brackets after its name ("Natal (Rio
Grande do Norte)"), say which town is meant and are not themselves where something happened
(made-up text)."""

from named_spans import analysed, event_places, place_named


def _units(text, name):
    from crossbearing.geo.nonplaces import bracketed_units

    end = text.index(name) + len(name)
    return [text[s:e] for s, e in bracketed_units(text, end)]


def test_bracketed_units_are_read_without_their_unit_words():
    assert _units("A march in Pune city (Pune, Maharashtra) on Monday.", "Pune") == ["Pune", "Maharashtra"]
    assert _units("Houses burned in Kola village (Myaung township, Sagaing region).", "Kola") == \
        ["Myaung", "Sagaing"]
    # an agency's initials or a direction in brackets are no unit; lower case is an aside
    assert _units("MOUNT GILEAD (AP) - A fire", "MOUNT GILEAD") == []
    assert _units("near Thea Sar (East) village", "Thea Sar") == []
    assert _units("in Namtu (coded as Namtu town)", "Namtu") == []


def test_a_town_in_brackets_after_its_state_is_the_place_not_the_state(resources):
    a, placed = event_places("On 8 March 2022, in Piracicaba (Sao Paulo), about 200 teachers staged a protest "
                              "outside City Hall to demand a raise.", resources)
    assert placed and placed[0][0] == "Piracicaba" and placed[0][1].admin1 == "Sao Paulo"
    assert not any(p.surface == "Sao Paulo" for p in a.places)  # the state only says which town


def test_the_bracketed_state_picks_the_town_among_namesakes(resources):
    a, placed = event_places("On 8 March 2022, in Natal (Rio Grande do Norte), gunmen shot dead a taxi driver "
                              "near the bus station.", resources)
    assert placed and placed[0][1].name == "Natal" and placed[0][1].admin1 == "Rio Grande do Norte"


def test_a_region_named_with_do_is_read_whole(resources):
    town = place_named("Police seized two tons of cocaine in Dourados, Mato Grosso do Sul, on Tuesday.",
                       "Dourados", resources)
    assert town.place is not None and town.place.admin1 == "Mato Grosso do Sul"


def test_a_unit_is_read_in_the_towns_country_and_a_renamed_one_does_not_unplace_it(resources):
    # the gazetteer may hold a town under another region than the writer names (a reform, a
    # missing record): the brackets choose among namesakes but do not unplace the town
    a, placed = event_places("On 8 March 2022, in Ayolas (Misiones), fishermen blocked the bridge to demand "
                              "compensation.", resources)
    assert placed and placed[0][0] == "Ayolas" and placed[0][1] is not None and placed[0][1].country == "PY"
    assert not any(p.surface == "Misiones" for p in a.places)  # (nor Misiones, Argentina, as a second place)


def test_units_still_count_for_the_storys_country(resources):
    # two mentions of Ukraine must not outvote a Spanish town whose province and region are named
    a, placed = event_places("On 8 March 2022, three men beat up a man in a bar of Torrevieja (Alicante, Valencia) "
                              "after an argument about the war in Ukraine. The victim said he was from Ukraine.",
                              resources)
    assert placed and placed[0][0] == "Torrevieja" and placed[0][1].country == "ES"
    assert not any(p.surface in ("Alicante", "Valencia") for p in a.places)


def test_a_town_the_gazetteer_lacks_keeps_its_units_as_places(resources):
    a, placed = event_places("On 8 March 2022, militants killed a trader in the village of Xolobondi (Diffa, Diffa).",
                              resources)
    assert placed and (placed[0][1] is not None or placed[0][0] == "Xolobondi")
    assert any(p.surface == "Diffa" for p in a.places)


def test_a_town_far_from_the_bracketed_state_is_not_that_town(resources):
    # the gazetteer's only Vale in the country lies in Oregon: a Vale in North Carolina is a town
    # it lacks, coded at the state, not the Oregon one
    a = analysed("On 8 March 2022, about 20 protesters gathered outside a clinic in Vale (North Carolina).", resources)
    assert not any(p.place is not None and p.place.admin1 == "Oregon" for p in a.places)


def test_a_provinces_official_long_name_is_that_province(resources):
    # "Michoacan de Ocampo" is Michoacán (a village of that name lies in Baja California)
    town = place_named("Gunmen killed three people at a bar in Morelia, Michoacan de Ocampo, on Friday night.",
                       "Morelia", resources)
    assert town.place is not None and town.place.admin1 == "Michoacan"


def test_regions_spelled_as_their_own_country_writes_them_say_which_town(resources):
    # "Andalucia" and "Puglia" are the local names of the regions the gazetteer calls Andalusia and Apulia
    a, placed = event_places("On 23 March 2022, citizens protested in Granada (Andalucia), demanding lower energy "
                              "prices.", resources)
    assert placed and placed[0][0] == "Granada" and placed[0][1].country == "ES"
    a, placed = event_places("On 6 March 2022, farmers gathered outside the tax office in Bari (Puglia) to protest "
                              "the land registry reform.", resources)
    assert placed and placed[0][1].country == "IT"


def _where(text, resources):
    """The place (or, for a name the gazetteer lacks, the unit it is coded at) of the first event."""
    a = analysed(text, resources)
    assert a.events and a.events[0].place is not None
    return a, a.events[0].place.place or a.events[0].place.within


def test_a_town_named_again_in_its_own_brackets_is_one_witness(resources):
    # Kansas has a Hays; Yemen's province in the brackets says which Hays is meant
    _, where = _where("On 6 April 2022, militiamen shelled houses east of Hays city (Hays, Al Hudaydah) "
                      "with machine guns.", resources)
    assert where.country == "YE"


def test_dc_after_another_city_is_its_capital_district(resources):
    a, where = _where("On 4 May 2022, in Bogota (Bogota, D.C.), students marched against the tax reform.", resources)
    assert where.country == "CO" and where.name.startswith("Bogot")
    assert not any(p.place is not None and p.place.country == "US" for p in a.places)


def test_a_part_of_a_city_named_city_dash_part(resources):
    # "San Cristobal" is a town in Venezuela and several in Colombia; after "Bogota - " it is a part of Bogotá
    _, where = _where("On 4 May 2022, in Bogota - San Cristobal (Bogota, D.C.), police shot and wounded two "
                      "street vendors.", resources)
    assert where.name.startswith("Bogot")


def test_another_places_other_name_is_no_reading_when_the_brackets_name_units_elsewhere(resources):
    # "Kakani" is an other name of Kakanj, Bosnia; the note places it in a district of Nepal
    a = analysed("On 9 May 2022, gunmen killed two farmers in Kakani village (Nuwakot district).", resources)
    assert not any(p.place is not None and p.place.country == "BA" for p in a.places)
    # "Nyara" is an other name of Nyala, Sudan; Djugu and Ituri are in the Congo
    _, where = _where("On 9 May 2022, militiamen attacked Nyara village (Djugu, Ituri), killing four civilians.",
                      resources)
    assert where.country == "CD"
    # a town's own name with "city" after it is no other name: "Jammu city (J&K)" is Jammu
    _, where = _where("On 9 May 2022, traders held a protest at Jammu city (J&K) against power cuts.", resources)
    assert where.country == "IN" and where.name == "Jammu"
    # a great city is known by its other names too: "Chittagong" is Chattogram's
    _, where = _where("On 9 May 2022, locals staged a protest in Chittagong city (Pahartali) over fares.", resources)
    assert where.country == "BD" and where.name == "Chattogram"


def test_a_militias_home_is_not_where_it_fought_when_the_text_says_where(resources):
    a, where = _where("On 9 May 2022, Fano militias clashed with regional special forces in Yejube "
                      "(East Gojam, Amhara).", resources)
    assert where.country == "ET" and a.events[0].place.surface != "Fano"


def test_a_site_coded_at_its_town_is_exported_at_the_town_as_part_of_it(resources):
    a = analysed("On 9 May 2022, about 80 people rallied outside Walker Library in Minneapolis against the war.",
                 resources)
    ev = a.events[0]
    # the town the sentence puts the library in is where the rally is (was: the library, coded
    # at Minneapolis with precision 2 — the same point)
    town = ev.place.place or ev.place.within
    assert town is not None and town.name == "Minneapolis"
    assert abs(ev.latitude - town.lat) < 0.01 and abs(ev.longitude - town.lon) < 0.01

def test_a_village_the_gazetteer_lacks_is_coded_at_the_bracketed_town_it_lies_in(resources):
    # a monitor's style: the village, then the units it lies in; the tagger reads neither the
    # made-up village nor the small town, which the gazetteer knows with no population
    a, _ = event_places("On 4 May 2022, gunmen killed a trader and burned shops in Okpalanuzo (Aguata, Anambra).",
                        resources)
    ev = a.events[0]
    assert ev.place is not None and ev.place.surface == "Okpalanuzo"
    assert ev.place.place is None and ev.place.within is not None and ev.place.within.name == "Aguata"
    assert ev.place.geo_precision == 2 and ev.place.within.admin1 == "Anambra"


def test_a_town_with_its_unit_word_before_a_bracketed_state_is_the_town(resources):
    a, _ = event_places("On 4 May 2022, bandits attacked farmers in Anka LGA (Zamfara) and killed three.", resources)
    ev = a.events[0]
    assert ev.place is not None and ev.place.place is not None and ev.place.place.name == "Anka"


def test_a_person_or_group_qualified_by_one_state_in_brackets_is_no_place(resources):
    from named_spans import detected

    found = detected(resources, "Rep. Joe Darnell (Texas) said the shooting in Dallas left two dead.")
    assert "Joe Darnell" not in found and "Darnell" not in found
    found = detected(resources, "Fighters of Kataib Hezbollah (Iraq) fired rockets at the base on Monday.")
    assert not any("Hezbollah" in k for k in found)


def test_a_unit_known_only_by_part_of_its_name_does_not_sway_the_towns_country(resources):
    from named_spans import detected

    alone = detected(resources, "Farm workers held a sit-in at the agriculture office in Beja (Beja) on Monday.")
    chain = detected(resources, "Farm workers held a sit-in at the agriculture office in Beja (Beja Sud, Beja) on Monday.")
    assert alone["Beja"].chosen is not None and chain["Beja"].chosen is not None
    assert chain["Beja"].chosen.country == alone["Beja"].chosen.country
