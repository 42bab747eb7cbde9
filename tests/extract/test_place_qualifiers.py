"""extract/places: a state after a town's comma qualifies the town (made-up text)."""

from crossbearing.extract.places import qualifiers

from named_spans import resolve_named


def _res(resources, text, names):
    return resolve_named(resources.get("gazetteer"), text, names)


def test_the_state_after_a_town_only_qualifies_it(resources):
    text = "MARION COUNTY, Ind. — A boy, 7, was hurt in a hunting accident."
    res = _res(resources, text, ["MARION COUNTY", "Ind."])
    assert qualifiers(text, res) == {1}


def test_a_list_of_places_is_no_qualifier(resources):
    text = "Protests spread from Dallas, Ohio and Georgia on Sunday."
    res = _res(resources, text, ["Dallas", "Ohio", "Georgia"])
    assert qualifiers(text, res) == set()


def test_a_local_dateline_is_the_focus_not_a_place_of_the_lead(resources):
    from crossbearing.extract.places import FOCUS_SUFFIX
    from crossbearing.pipeline import analyse_text

    text = "MADISON, Wis. — A Lodi boy, 13, died Friday after he was shot at his home in Lodi, police said."
    a = analyse_text(text, resources=resources)
    in_text = [p for p in a.places if not p.span.article_id.endswith(FOCUS_SUFFIX)]
    focus = [p for p in a.places if p.span.article_id.endswith(FOCUS_SUFFIX)]
    assert not any(p.surface == "MADISON" for p in in_text)
    assert any(p.surface == "Lodi" for p in in_text)
    assert focus and focus[0].place.name == "Madison"


def test_a_given_name_alone_is_the_person_but_a_town_stays_a_town(resources):
    from crossbearing.extract.places import given_names

    nlp = resources.get("nlp")
    doc = nlp("Teriah Davis was shot in the stomach. Teriah's mother said the boy found the gun. "
              "Lexington Police Chief Ronnie Bastin spoke in Lexington on Monday.")
    names = given_names(doc, resources.get("gazetteer"))
    assert "Lexington" not in names
    assert "Teriah" in names  # "Teriah's mother" tagged a place is no evidence of a town
