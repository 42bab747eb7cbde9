"""Telephone numbers as evidence of where a story is. Made-up sentences."""

from crossbearing.geo.focus import article_focus, phone_states
from crossbearing.geo.phones import phone_regions

from named_spans import resolve_named as _res


def test_a_tip_lines_area_code_names_its_state():
    text = "Anyone with information is asked to call Crime Stoppers at (513) 555-0142 or 911."
    (got,) = phone_regions(text)
    assert got.region in ("OH", "Ohio") and text[got.start:got.end] == "(513) 555-0142"


def test_numbers_without_a_place_say_nothing():
    text = ("Call the national hotline at 1-800-555-0199. The 2015-2016 season saw 1,234,567 visits; "
            "the suspect lived at 11700 Robertson Road. Case 2016-0042-1234 is open.")
    assert phone_regions(text) == []


def test_canadian_area_codes_name_their_province(real_gaz):
    text = "Police asked witnesses to call 416-555-0177."
    assert [e.name for e in phone_states(real_gaz, text)] == ["Ontario"]


def test_numbers_in_two_states_share_the_vote(real_gaz):
    text = "Call the sheriff at 701-555-0101 or the state patrol at 605-555-0102."
    focus = article_focus(real_gaz, text)
    assert sorted((e.name, w, src) for e, w, src in focus.items) == [
        ("North Dakota", 1.0, "phone"), ("South Dakota", 1.0, "phone")]


def test_a_tip_line_places_a_namesake_town_in_its_state(real_gaz):
    text = ("Police said a teenager was shot at a home in Hamilton on Tuesday afternoon.\n\n"
            "Anyone with information should call 513-555-0123.")
    (bare,) = _res(real_gaz, text, ["Hamilton"])
    assert bare.chosen.country != "US"  # without the number, the largest Hamilton
    (r,) = _res(real_gaz, text, ["Hamilton"], prior=article_focus(real_gaz, text).weighted())
    assert (r.chosen.country, r.chosen.admin1) == ("US", "Ohio")


def test_a_page_whose_only_clue_is_its_tip_line_is_placed_in_that_state(resources):
    from crossbearing.ingest.text import article_from_text
    from crossbearing.pipeline import analyse

    text = ("Police identified the two men who died in Sunday's shooting at a birthday party.\n\n"
            "Anyone with information is asked to call the tips hotline at 816-555-0147.")
    places = analyse(article_from_text(text, outlet="www.example.com", title="Two men identified"), resources).places
    assert [(p.place.name, p.kind) for p in places] == [("Missouri", "province")]
