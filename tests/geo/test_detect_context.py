"""Detection in context (made-up text, real spaCy pipeline and index): possessives that lost
their apostrophe, headlines run into their source's name."""

from crossbearing.geo.runs import possessive_places, prefix_places


def test_bare_possessive_names_the_country_and_the_town(real_gaz):
    text = "Air strikes kill 9 in Syrias Raqa Observer AFP Monday"
    got = [text[s:e] for s, e, _ in possessive_places(text, real_gaz)]
    assert got == ["Syria", "Raqa"]


def test_a_name_ending_in_s_is_no_possessive(real_gaz):
    text = "Storms hit Texas Gulf Coast towns"
    assert possessive_places(text, real_gaz) == []


def test_headline_run_into_a_source_name_keeps_the_place(real_gaz):
    text = "Mortars kill four in Damascus Observer AFP Sunday"
    got = [text[s:e] for s, e, _ in prefix_places(text, real_gaz)]
    assert got == ["Damascus"]


def test_a_known_multiword_name_is_not_cut(real_gaz):
    assert prefix_places("He lives in Los Angeles now", real_gaz) == []


def test_a_name_before_a_landmark_word_is_the_landmarks_not_the_town(real_gaz):
    # "Alexandra Park" is a park named after someone, not the township of Alexandra
    assert prefix_places("Hundreds gathered in Alexandra Park Hastings on Sunday", real_gaz) == []
    text = "Hundreds gathered in Alexandra Monitor AFP on Sunday"
    assert [text[s:e] for s, e, _ in prefix_places(text, real_gaz)] == ["Alexandra"]
