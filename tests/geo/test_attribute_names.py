"""A name joined to "-led", "-based", "-backed" … says whose, not where: the geocoder reads which
place it names, last and without letting it sway the other names; the product keeps it out of the
article's places."""

from crossbearing.geo.runs import attribute_places
from named_spans import analysed, detected


def test_the_name_before_a_hyphenated_attribute_is_found(resources):
    gaz = resources.get("gazetteer")
    text = ("Turkey is a partner in the U.S.-led campaign. An Atlanta-based company and the New York-based "
            "squad met. A Smith-led team and the Kremlin-backed channel did not.")
    found = {text[s:e] for s, e, _ in attribute_places(text, gaz)}
    assert found == {"U.S.", "Atlanta", "New York"}  # not "An Atlanta"; no person, no building


def test_an_attribute_names_its_place(resources):
    got = detected(resources, "People said his London-based company was hired. FIFA, the Zurich, "
                              "Switzerland-based body, and a network of U.S.-based clerics were named.")
    assert got["London"].attribute and got["London"].chosen.country == "GB"
    assert got["Switzerland"].attribute and got["Switzerland"].chosen.kind == "country"
    assert got["U.S."].attribute and got["U.S."].chosen.country == "US"
    assert not got["Zurich"].attribute and got["Zurich"].chosen.country == "CH"


def test_an_attribute_sways_no_other_name(resources):
    # a company's seat is no frame for the story's towns: Athens reads as it does without it
    alone = detected(resources, "A company said its offices in Athens were closed on Monday.")["Athens"].chosen
    with_seat = detected(resources, "An Atlanta-based company said its offices in Athens were closed on Monday.")
    assert with_seat["Atlanta"].chosen.admin1 == "Georgia"
    assert with_seat["Athens"].chosen.id == alone.id
    # where the text does name the town as a place, it frames the others as before
    framed = detected(resources, "A company in Atlanta said its offices in Athens were closed on Monday.")
    assert framed["Athens"].chosen.admin1 == "Georgia"


def test_the_product_keeps_attributes_out_of_the_articles_places(resources):
    an = analysed("The London-based Syrian Observatory for Human Rights said 12 people were killed in "
                  "an air strike on Saraqeb.", resources)
    assert "London" not in {p.surface for p in an.places}
    assert all(e.place is None or e.place.place is None or e.place.place.country == "SY" for e in an.events)


def test_an_actors_seat_is_a_world_capital_rather_than_a_far_small_namesake(resources):
    got = detected(resources, "WASHINGTON — Lawmakers in Washington, D.C., praised the murals on Monday. A "
                              "London-based consultancy said the city's murals drew tourists to Washington.")
    assert got["London"].attribute and got["London"].chosen.country == "GB"  # not London, Ohio
