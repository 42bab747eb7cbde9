"""Detection on small made-up texts with the real spaCy pipeline and index."""

import pytest

from crossbearing.geo.detect import detect
from named_spans import detected as _detect


def test_places_inside_organisations_and_marked_villages(resources):
    text = ("The Alexandria Police Department said the fire in Alexandria, Louisiana, spread. "
            "Western officials flew in from Damascus to the village of al-Hol in Hasakah province.")
    got = _detect(resources, text)
    assert "Alexandria" in got and got["Alexandria"].chosen.country == "US"
    assert "Damascus" in got and got["Damascus"].chosen.country == "SY"
    assert "Hasakah province" in got and got["Hasakah province"].chosen.kind == "province"
    assert "al-Hol" in got
    assert "Western" not in got


def test_a_marked_name_may_open_with_an_abbreviation_or_end_in_initials(resources):
    # "the city of St. Louis" is no "St"; "the … neighborhood of South L.A." is no "South" (read
    # alone, a region of Iceland, which had put a Los Angeles shooting in New York's Gramercy Park)
    got = _detect(resources, "Police said the city of St. Louis saw four shootings over the weekend.")
    assert "St. Louis" in got and got["St. Louis"].chosen.admin1 == "Missouri"
    assert "St" not in got
    text = "Five guests were hurt when gunfire broke out at a birthday party in the Gramercy Park neighborhood of South L.A."
    got = _detect(resources, text)
    assert "South" not in got
    assert "South L.A." in got and got["South L.A."].chosen.name == "Los Angeles"
    assert got["Gramercy Park"].chosen is None or got["Gramercy Park"].chosen.admin1 == "California"


def test_demonyms_are_marked_as_such(resources):
    got = _detect(resources, "Russian jets struck targets as Syrian troops advanced.")
    demonyms = {k: r for k, r in got.items() if r.kind == "demonym"}
    assert {r.chosen.country for r in demonyms.values()} >= {"RU", "SY"}


def test_dateline_in_capitals(resources):
    got = _detect(resources, "TORRINGTON — The council met on Monday to discuss the budget.")
    assert "TORRINGTON" in got


def test_small_towns_by_their_institutions_and_residents(resources):
    text = ("The Grovetown Department of Public Safety said Stephen Marsh, of Chiefland, was held. "
            "Raytown police arrived later.")
    got = _detect(resources, text)
    assert {"Grovetown", "Chiefland", "Raytown"} <= set(got)


def test_a_small_town_before_its_own_office(resources):
    # after a weekday, inside a name the tagger reads as a person, in a run it does not tag at all
    text = ("Around noon Sunday Alexandria Police went to a home on Elm Street, said Litchfield Fire Chief "
            "Tom Hale. A spokesman for the Byesville Volunteer Fire Department said the cause was unknown.")
    got = _detect(resources, text)
    assert {"Alexandria", "Litchfield", "Byesville"} <= set(got)
    assert got["Byesville"].chosen.admin1 == "Ohio"


def test_a_legislators_home_after_the_party_letter(resources):
    got = _detect(resources, "Rep. Dana Ruiz, R-Bemidji, said the bill would pass the Minnesota House.")
    assert "Bemidji" in got and got["Bemidji"].chosen.admin1 == "Minnesota"
    # a state legislator's county, named without the word "County"
    got = _detect(resources, "Del. Ann Cole, D-Monongalia, sponsored the bill in Charleston, West Virginia.")
    assert "Monongalia" in got and got["Monongalia"].chosen.admin1 == "West Virginia"


def test_a_demonym_the_tagger_reads_as_a_person(resources):
    got = _detect(resources, "One forecast about Sri Lankan politics turned out wrong.")
    assert "Sri Lankan" in got and got["Sri Lankan"].chosen.country == "LK"
    assert "English" not in _detect(resources, "Mike English said he was hurt.")


def test_a_town_or_county_opening_a_facilitys_name(resources):
    got = _detect(resources, "Flights left Columbia Metropolitan Airport late. The crash was on Freestone County "
                             "Road 360. He lived on Memphis Street in Dallas.")
    assert "Columbia" in got and "Freestone County" in got
    assert "Memphis" not in got  # a street named after a city is no mention of the city


def test_a_surname_of_a_person_named_in_full_is_that_person(resources):
    text = "Ann Nelson, 34, was shot on Friday. Nelson was taken to a hospital in Nelson, British Columbia."
    found = detect(resources.get("nlp")(text), resources.get("gazetteer"))
    starts = {d.start for d in found}
    assert text.index("British Columbia") in starts
    assert text.index("Nelson was") not in starts  # the second "Nelson" is Ann Nelson


def test_the_surname_of_a_junior_and_a_surname_tagged_a_place_are_that_person(resources):
    text = ("Chauncey Broadway Jr., 18, died after a home he was visiting was the target of a shooting. "
            "Broadway was shot and killed in the 7000 block of Elm Boulevard.")
    found = detect(resources.get("nlp")(text), resources.get("gazetteer"))
    assert text.index("Broadway was") not in {d.start for d in found}
    # after "in", the name is the town's
    text = "Jon Broadway, 18, was shot in Broadway, Virginia on Monday."
    found = detect(resources.get("nlp")(text), resources.get("gazetteer"))
    assert text.index("Broadway, Virginia") in {d.start for d in found}


def test_a_double_barrelled_or_nicknamed_surname_is_the_person(resources):
    # each part of "Garcia-Ramires" is the man, as is "Oropeza" after "Jesus “JJ” Oropeza",
    # after "at" or "through" too (a name after "in" stays a town's)
    text = ("Armando Garcia-Ramires, 35, faces two counts of murder. Agents first arrested "
            "Garcia-Ramires in 2015. The victim was identified as Jesus “JJ” Oropeza, 17. "
            "One of the men pointed a handgun at Oropeza and searched through Oropeza’s pockets.")
    assert not _detect(resources, text)


def test_a_dateline_does_not_run_into_the_name_that_opens_its_sentence(resources):
    text = "FRONTON - The Starr County Sheriff’s Office confirmed one person died after a shooting."
    assert "Starr County" in _detect(resources, text)


def test_a_name_with_a_generation_or_after_an_unhyphenated_age_is_a_person(resources):
    # "Jr." ends no place's name; "18 year old" is an age written without its hyphens
    text = ("He was wanted for murder following the March 2, 2013 shooting death of 18 year old Chauncey "
            "Broadway Jr. in Shreveport. Broadway was shot and killed after a home he was visiting was targeted.")
    got = _detect(resources, text)
    assert "Shreveport" in got
    assert not any("Broadway" in g for g in got)


def test_a_name_does_not_end_on_its_hyphen(resources):
    got = _detect(resources, "The junior pinned the Watertown-Mayer wrestler in Watertown, Minnesota.")
    assert "Watertown" in got and "Watertown-" not in got


def test_a_small_towns_dateline_after_a_headline(resources):
    got = _detect(resources, "Couple faces drug counts.\nCROMWELL — Police said a man was hurt on Monday.")
    assert "CROMWELL" in got and got["CROMWELL"].chosen.admin1 == "Connecticut"


def test_a_name_listed_with_places_is_a_place(resources):
    got = _detect(resources, "The bank opened branches in Gainesville and Lindsay last year.")
    assert {"Gainesville", "Lindsay"} <= set(got)


def test_a_building_named_after_its_county_places_the_county(resources):
    got = _detect(resources, "He was booked into the Titus County Jail on Friday.")
    assert "Titus County" in got and got["Titus County"].chosen.admin1 == "Texas"


def test_capitalised_words_that_are_no_places(resources):
    got = _detect(resources, "Police said the Man Who Knew was shown on Friday. Smith and Jones left.")
    assert not ({"Police", "Man", "Smith", "Jones"} & set(got))


def test_a_town_heading_its_office_and_a_person_of_a_town(resources):
    got = _detect(resources, "Officials met on Monday. Tillsonburg Mayor Stephen Molnar spoke. "
                             "Daniel Ray Hufstetler of Roswell was hurt.")
    assert {"Tillsonburg", "Roswell"} <= set(got)


def test_a_list_of_counties(resources):
    got = _detect(resources, "The jobless rate for Clarke, Madison, Oconee and Oglethorpe counties fell.")
    assert "Oconee" in got and got["Oconee"].chosen.name == "Oconee County"


def test_a_country_inside_a_company_name(resources):
    got = _detect(resources, "Passengers said Air Zimbabwe cancelled the flight on Monday.")
    assert "Zimbabwe" in got and got["Zimbabwe"].chosen.country == "ZW"


def test_capitals_of_a_title_cased_headline_mark_no_names(resources):
    got = _detect(resources, "Report filed.\n\nMiami Boy Killed After Gunplay Turns Fatal: Police\n\nOne boy was killed.")
    assert not ({"Turns", "Turn", "Gunplay", "Fatal"} & set(got))


def test_a_town_name_with_an_inner_capital_is_a_name(resources):
    got = _detect(resources, "Officers said a boy was hurt. DeLand police said the gun was his father's.")
    assert "DeLand" in got and got["DeLand"].chosen is not None and got["DeLand"].chosen.admin1 == "Florida"


def test_a_brands_run_together_words_do_not_hide_the_place_after_them(resources):
    got = _detect(resources, "Officials said FrontCounter BC offices will open in more towns this year.")
    assert "BC" in got and got["BC"].chosen is not None and got["BC"].chosen.country == "CA"


def test_a_common_noun_head_is_not_the_name_of_the_compound_it_begins(resources):
    # "Bab" (gate) begins many names; alone it is a town's short name ("Al Bab"), which
    # "the Bab al-Mahrouq quarter" of a city is not
    got = _detect(resources, "A barrel bomb hit the Bab al-Mahrouq quarter of Aleppo on Thursday.")
    assert "Bab" not in got
    assert not any(r.chosen is not None and r.chosen.name == "Al Bāb" for r in got.values())
    assert "Aleppo" in got


def test_a_place_name_the_tagger_reads_as_a_person_gives_no_surname(resources):
    # "Grand Dakar" tagged a person: "Dakar" after it is still the city, not that person
    got = _detect(resources, "On 4 May 2021, traders clashed with police at the HLM market (Grand Dakar, Dakar, Dakar) "
                             "over fees.")
    assert "Dakar" in got and got["Dakar"].chosen.country == "SN"


def test_a_wire_dateline_run_into_the_bylines_agency(resources):
    got = _detect(resources, "By JANE ROE and JOHN DOE, Associated Press WASHINGTON (AP) — China vowed on "
                             "Friday to answer the new tariffs.")
    assert "WASHINGTON" in got and got["WASHINGTON"].chosen.country == "US"


def test_a_state_named_with_its_unit_word_tagged_a_person(resources):
    # the small English model tags "Sokoto State" a person in some sentences: the unit word says
    # what it is when the gazetteer knows a state of that name
    from crossbearing.geo.detect import _unit_named

    gaz = resources.get("gazetteer")
    assert _unit_named(gaz, "Sokoto State") and _unit_named(gaz, "Borno State")
    assert not _unit_named(gaz, "Sokoto") and not _unit_named(gaz, "Aminu State")


def test_a_name_inside_a_number_the_tagger_read_is_still_a_name(resources):
    # "706 Orange County" tagged one percentage: the county is free to be read
    got = _detect(resources, "In a new survey of 706 Orange County residents, 83 percent said housing costs too much.")
    assert "Orange County" in got and got["Orange County"].chosen.country == "US"


def test_a_bracketed_units_last_name_is_a_unit_even_when_it_is_a_common_word(resources):
    got = _detect(resources, "On 27 February 2022, militants attacked an army post in Makuudo village (Baydhaba, Bay).")
    assert "Bay" in got and got["Bay"].chosen.country == "SO" and got["Bay"].chosen.kind == "province"
    # a compass word stays no unit: "Central" is a region of too many countries to read alone
    got = _detect(resources, "On 3 May 2022, police dispersed traders in Othaya town (Nyeri, Central) over a dispute.")
    assert got.get("Central") is None or got["Central"].chosen is None


def test_a_countrys_name_joined_by_and_is_one_name(resources):
    got = _detect(resources, "Trinidad and Tobago failed to attend the meeting in Port of Spain.")
    assert "Trinidad and Tobago" in got and got["Trinidad and Tobago"].chosen.kind == "country"


def test_a_states_abbreviation_after_a_town_is_a_mention_of_the_state(resources):
    got = _detect(resources, "She sold her family home in Gatineau, Que. She moved to Barrie, Ont. with her children.")
    assert got["Que."].chosen.name == "Quebec" and got["Ont."].chosen.name == "Ontario"


def test_a_towns_office_inside_a_name_the_tagger_read_as_a_title(resources):
    # "Dublin Mayor Jane Roe-Smith" tagged a work of art
    got = _detect(resources, "\"We will rebuild the bridge,\" Dublin Mayor Annabel Fitz-Gerald said.")
    assert "Dublin" in got


def test_a_plural_name_before_an_institution_is_no_possessive(resources):
    # "the Carolinas": no possessive of Carolina, Puerto Rico; "Aleppos Hamdaniya" (FA-KES drops apostrophes) is
    got = _detect(resources, "The driver was flown to Carolinas Medical Center with a gunshot wound.")
    assert not any(k.startswith("Carolina") and r.chosen is not None for k, r in got.items())
    got = _detect(resources, "Shelling hit Aleppos Hamdaniya district on Monday.")
    assert "Aleppo" in got or "Aleppos" in got


def test_a_name_before_a_lower_case_word_for_a_town_is_a_town(resources):
    # the tagger leaves the first untagged and reads the second as a person
    got = _detect(resources, "On 4 May, residents of Kulsary township protested.")
    assert got["Kulsary township"].chosen is not None and got["Kulsary township"].chosen.country == "KZ"
    got = _detect(resources, "Gunmen attacked civilians in Mashegu town (Mashegu, Niger) on Monday.")
    assert got["Mashegu town"].chosen is not None and got["Mashegu town"].chosen.country == "NG"
    # before a noun, a person's name stays a person's: "a Trump town hall"
    assert not any(k.startswith("Trump") for k in _detect(resources, "He spoke at a Trump town hall in May."))


def test_peoples_joined_by_a_hyphen_are_each_a_demonym(resources):
    got = _detect(resources, "The row could damage Turkish-Russian trade, a minister said.")
    assert {k: r.kind for k, r in got.items() if k in ("Turkish", "Russian")} == {"Turkish": "demonym", "Russian": "demonym"}


def test_the_first_part_of_a_hyphenated_name_is_no_far_city_it_is_another_name_of(resources):
    # "Tungan" alone is another name of Yunfu, China; "Tungan-Maje" is a hamlet the index lacks
    got = _detect(resources, "Militiamen attacked civilians in Mashegu and Tungan-Ru'a, Tungan-Maje on Monday.")
    assert "Tungan" not in got
    assert got["Mashegu"].chosen is not None and got["Mashegu"].chosen.country == "NG"
    # "the Urals town of Pervouralsk": the town is the name after "of"
    assert "Urals" not in _detect(resources, "A fire hit a club in the Urals town of Pervouralsk.")


@pytest.mark.parametrize("text, name, field, value", [
    # an organisation named after a country, or of a country
    ("The Zimbabwe Electoral Commission said the vote in Harare was fair.", "Zimbabwe", "country", "ZW"),
    ("Officials at the Reserve Bank of Zimbabwe declined to comment.", "Zimbabwe", "country", "ZW"),
    # "Albuquerque" opening a sentence before "police" is tagged an adjective by the small model
    ("Albuquerque police said a man was shot on Tuesday.", "Albuquerque", "admin1", "New Mexico"),
    # a dateline names where the report is from, however small the town; "(AP)" may stand before the dash
    ("Budget approved. FALLS VILLAGE — The school board moved quickly on Monday.", "FALLS VILLAGE", "admin1",
     "Connecticut"),
    ("Pay cuts ahead. MOUNT GILEAD (AP) -- A city court will not accept new cases.", "MOUNT GILEAD", "country", "US"),
    # a town after "in" tagged a people
    ("The couple were accused of scamming Carmelite nuns in Pewaukee out of $800,000.", "Pewaukee", "admin1",
     "Wisconsin"),
    # "12:03 p.m. Walker County" tagged a time
    ("At 9:41 p.m. Walker County deputies answered a call from a farm outside town.", "Walker County", "country", "US"),
])
def test_a_name_the_tagger_misreads_is_found_and_placed(resources, text, name, field, value):
    got = _detect(resources, text)
    assert name in got and getattr(got[name].chosen, field) == value


def test_an_unfamiliar_name_tagged_an_adjective_before_village_is_a_village(resources):
    # the small model tags "Qarfa" an adjective (and an organisation); a people's word before
    # "village" ("Kurdish", an adjective and a people) stays a people's word
    got = _detect(resources, "Two children were injured by rocket shells on Qarfa village in the countryside.")
    assert "Qarfa village" in got
    got = _detect(resources, "Rockets hit a Kurdish village near the border on Thursday.")
    assert got["Kurdish village"].kind == "demonym"


def test_a_name_before_memorial_honours_a_person_and_is_no_town(resources):
    got = _detect(resources, "The victim was rushed to Lincoln Memorial Hospital, where he died on Sunday.")
    assert not any(k.startswith("Lincoln") for k in got)
    # a city's own hospital keeps its city
    got = _detect(resources, "The victim was rushed to Lincoln General Hospital, where he died on Sunday.")
    assert "Lincoln" in got
    # a town's own memorial hospital, in a story that names the town
    text = "A Lincoln man was arrested on Friday. He was taken to Lincoln Memorial Hospital."
    found = detect(resources.get("nlp")(text), resources.get("gazetteer"))
    assert [d.start for d in found if text[d.start:d.end] == "Lincoln"] == [2, text.rindex("Lincoln")]


def test_every_name_of_a_list_after_a_plural_kind_is_a_place(resources):
    got = _detect(resources, "Shelling hit the villages of Binnish and Taftanaz on Monday.")
    assert {"Binnish", "Taftanaz"} <= set(got)
    got = _detect(resources, "Floods reached the towns of Akko and Nahariya by noon.")
    assert {"Akko", "Nahariya"} <= set(got)


def test_a_city_after_in_that_the_tagger_calls_a_language_is_the_city(resources):
    got = _detect(resources, 'Were the jets really aiming at hospitals in Syria, in Aleppo?" the senator asked.')
    assert got["Aleppo"].chosen is not None and got["Aleppo"].chosen.country == "SY"


def test_a_town_after_to_on_a_way_somewhere(resources):
    # the tagger reads these small towns as people; "to" after a word of going leads to a place
    for text, town in (("The Hendersons sold their farm and moved to Cirencester in the spring.", "Cirencester"),
                       ("Commuters travelling to Castlegar will face delays on Monday.", "Castlegar"),
                       ("Police said the suspect fled to Thornhill after the shooting.", "Thornhill")):
        assert town in _detect(resources, text), text
    # after other words "to" leads to a person as often as not
    assert "Burton" not in _detect(resources, "The coach gave the ball to Burton, who scored.")


def test_capitalised_words_after_an_age_name_a_person(resources):
    text = ("Officers found 58-year-old Santa Guerrero suffering from a gunshot wound to the leg. "
            "Guerrero told them she heard several shots.")
    found = detect(resources.get("nlp")(text), resources.get("gazetteer"))
    assert text.index("Guerrero told") not in {d.start for d in found}
    # before a noun for a person, the words are the person's town
    got = _detect(resources, "Police said a 58-year-old Santa Rosa man was shot on Friday.")
    assert "Santa Rosa" in got


def test_a_reporters_note_of_a_suspects_sex_is_no_place(resources):
    got = _detect(resources, "Shooting suspect caught 10 min ago east of Portland. Male, was in vehicle. "
                             "Now in custody.")
    assert got["Portland"].chosen is not None
    assert "Male" not in got or got["Male"].chosen is None


def test_an_organisation_told_again_by_its_last_word_alone_is_a_person(resources):
    # the tagger reads "Orlando Collins" as an organisation; "Collins had been linked" says who it is
    text = ("Marshals were trying to capture Orlando Collins when the shootout began at a motel in Topeka. "
            "Collins had been linked to armed robberies.")
    assert list(_detect(resources, text)) == ["Topeka"]
    # a paper's short name takes "the": the city heading it is still a place mention
    got = _detect(resources, "The Orlando Sentinel reported the shooting. The Sentinel said two men were hurt.")
    assert "Orlando" in got
    # an institution's kind told alone is no one's surname
    got = _detect(resources, "The European Parliament is expected to vote in January. Parliament has the last word.")
    assert "European" in got or "Europe" in "".join(got)
    # a name with an age between commas is a person's
    assert list(_detect(resources, "Police arrested Cleveland Smelley, 30, in connection with the "
                                   "shooting in Detroit.")) == ["Detroit"]


def test_a_building_the_tagger_calls_an_organisation_is_a_place_in_its_town(resources):
    # the small model tags both names an organisation; each is a building the text puts in a town
    got = _detect(resources, "The victim was taken to Saint Agnes Medical Center in Fresno, where he died on Sunday.")
    assert got["Saint Agnes Medical Center"].within.name == "Fresno"
    got = _detect(resources, "The concert at the Princes Theatre in Clacton was cancelled after the shooting.")
    assert got["Princes Theatre"].within.name.startswith("Clacton")
    # a body that speaks is no place; nor is a person whose surname is a kind of building
    assert _detect(resources, "The Pew Research Center said most voters had heard of the plan.") == {}
    got = _detect(resources, "Police charged Krystal D. Hall, 19, of Gaston, with the robbery.")
    assert not any(k.endswith("Hall") for k in got)


def test_a_street_named_after_a_town_puts_no_site_beside_it_in_that_town(resources):
    # no town is named: neither the street nor the park next to it is in Dayton
    got = _detect(resources, "Police said shots were fired on Dayton Avenue near Friendship Park in the early "
                             "hours of Saturday.")
    assert got and all(r.chosen is None and r.within is None for r in got.values())
    got = _detect(resources, "The shooting took place on Dayton Avenue, just outside Friendship Baptist Church in "
                             "Sweet Meadow. Crime scene techs found casings.")
    assert all(r.chosen is None and r.within is None for r in got.values())
    # nor is a site read only by a part of its name a town to put the street beside it in
    got = _detect(resources, "The shooting occurred in the 5000 block of Kensington Avenue, just north of Delmar "
                             "Boulevard near Fountain Park.")
    assert got["Delmar Boulevard"].chosen is None and got["Delmar Boulevard"].within is None


def test_words_of_faith_and_the_world_are_no_places(resources):
    text = ("\"I thank God every day,\" said the mother of the boy, who was shot in Houston. "
            "\"He was the sweetest child on Earth.\"")
    got = _detect(resources, text)
    assert "Houston" in got and "God" not in got and "Earth" not in got
