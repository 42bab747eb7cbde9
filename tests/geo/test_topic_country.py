"""geo/article_context: a country that is only the topic of a story (named as a country or a
people, none of its towns named) does not take away a town named outright where something
happens abroad (made-up text)."""

from named_spans import analysed, event_places, place_named, resolve_named


def test_a_rally_abroad_about_a_war_is_placed_where_it_was_held(resources):
    _, placed = event_places("On Saturday, about 300 people rallied in Tampere against the war in Ukraine, "
                           "many of them Ukrainians who fled last month.", resources)
    assert placed and placed[0][0] == "Tampere" and placed[0][1].country == "FI"



def test_a_province_in_capitals_is_an_acronym_and_an_alternate_name_yields_to_the_town(resources):
    text = ("Teachers of the CGT and SUD unions marched in Toulon on Thursday. "
            "Families gathered in Wexford on Saturday to demand better school services.")
    assert not any(p.surface == "SUD" and p.place is not None for p in analysed(text, resources).places)
    wexford = place_named(text, "Wexford", resources)
    assert wexford.kind == "place" and wexford.place.name == "Wexford"


def test_a_people_named_as_the_owner_of_a_force_does_not_say_where(resources):
    # "Russian troops" is who shelled, not a vote for the Donetsk in Russia's Rostov region
    donetsk = place_named("On Tuesday, Russian troops shelled the outskirts of Donetsk with heavy weapons.",
                          "Donetsk", resources)
    assert donetsk.place is not None and donetsk.place.country == "UA"


def test_a_wire_dateline_in_capitals_is_read_as_its_city(resources):
    text = ("BEIRUT (AP) — Syrian activists say government troops shelled Afrin, Azaz and Tal Rifaat in "
            "northern Syria on Tuesday, and Syrian rebels fought back near Aleppo.")
    names = ["BEIRUT", "Syrian", "Afrin", "Azaz", "Tal Rifaat", "Syria", "Syrian", "Aleppo"]
    res = resolve_named(resources.get("gazetteer"), text, names)
    assert res[0].chosen is not None and res[0].chosen.name == "Beirut"
