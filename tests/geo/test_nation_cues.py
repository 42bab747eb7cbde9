"""A story set in a country its outlet's domain does not name: the words of that country's legal
and policing system frame its place names (``geo.nation_cues``, ``focus.article_focus``).
Made-up sentences, real embedded index."""

from crossbearing.geo.focus import article_focus
from crossbearing.geo.nation_cues import cued_country

from named_spans import resolve_named as _res


def test_a_bond_and_a_sheriffs_office_say_the_united_states():
    assert cued_country("She was released from jail on a $15,000 bond, the Sheriff's Office said.") == "US"
    assert cued_country("Officers shot the man in the 400 block of Elm Street.") == "US"
    # words any country's news uses say nothing
    assert cued_country("Police said two men were arrested after the attack on the market.") is None


def test_a_dotcom_stations_panama_city_is_the_florida_town_when_its_words_are_american(real_gaz):
    text = ("Panama City Police are investigating a shooting that hurt a girl. The woman who fired was "
            "charged with aggravated assault and released on a $30,000 bond.")
    focus = article_focus(real_gaz, text, title="Girl hurt in Panama City shooting", outlet="www.example-tv.com")
    (r,) = _res(real_gaz, text, ["Panama City"], prior=focus.weighted())
    assert r.chosen.country == "US" and r.chosen.admin1 == "Florida"
    # without those words nothing says so: the capital of Panama
    plain = "Panama City Police are investigating a shooting that hurt a girl."
    focus = article_focus(real_gaz, plain, title="Girl hurt in Panama City shooting", outlet="www.example-tv.com")
    (r,) = _res(real_gaz, plain, ["Panama City"], prior=focus.weighted())
    assert r.chosen.country == "PA"


def test_an_outlets_home_town_is_read_in_the_country_its_story_is_told_in(real_gaz):
    text = "Police were called to a supermarket in the 2000 block of North 13th Street on Monday."
    focus = article_focus(real_gaz, text, title="Worker grazed by bullet in Reading", outlet="www.readingeagle.com")
    assert {(e.name, e.country) for e, _, why in focus.items if why == "outlet"} == {("Reading", "US")}



def test_county_deputies_say_the_united_states_and_a_brand_word_abroad_is_no_home(real_gaz):
    text = ("Elm County deputies are investigating a death that appears to be the result of an accidental "
            "shooting, Sheriff Dale Ross said.")
    assert cued_country(text) == "US"
    # "carolina" in a station's domain and its headline's site name is no town of Puerto Rico when
    # the story's words are American
    focus = article_focus(real_gaz, text, title="Man dies after gunshot to the leg - FOX Carolina 21",
                          outlet="www.foxcarolina.com")
    assert not any(e.country == "PR" for e, _, _ in focus.items)
    assert any(e.country == "US" for e, _, _ in focus.items)
    # without such words the brand's place stands
    focus = article_focus(real_gaz, "A man died after a shooting on Saturday.",
                          title="Man dies after gunshot to the leg - FOX Carolina 21", outlet="www.foxcarolina.com")
    assert any(e.country == "PR" for e, _, _ in focus.items)
