"""extract/places: the article's focus place (made-up articles, real pipeline)."""

from crossbearing.ingest.text import article_from_text
from crossbearing.pipeline import analyse


def test_the_headlines_own_place_comes_before_its_stations_town(resources):
    art = article_from_text("Deputies said the boy was hurt while hunting on Saturday afternoon.",
                            title="Teenager hurt in Allamakee County hunting accident - WXYZ News 8 La Crosse, WI")
    places = analyse(art, resources).places
    focus = [p for p in places if p.span.article_id.endswith(":focus")]
    assert [p.place.name for p in focus] == ["Allamakee County"]


def test_where_a_weapon_was_fired_from_and_a_countrys_rebels_do_not_make_the_story_that_countrys(resources):
    # the rocket landed in Israel; Lebanon names whose fighters fired it and where it came from
    text = ("JERUSALEM — A rocket fired by Lebanon's Hezbollah fighters struck a house in the northern "
            "town of Kiryat Shmona on Monday, wounding two people, police said. The army said the rocket "
            "had been launched from southern Lebanon's Nabatieh district.")
    an = analyse(article_from_text(text, published="2019-07-02"), resources)
    focus = [p for p in an.places if p.span.article_id.endswith(":focus")]
    assert focus and focus[0].place.country == "IL"
    ev = next(e for e in an.events if e.injured is not None)
    assert ev.place is not None and ev.place.place.country == "IL"
    # the district it came from is still a place the article names
    assert any(p.surface.startswith("Nabatieh") for p in an.places)


def test_a_page_whose_body_is_another_story_is_placed_by_its_headline(resources):
    # a travel feature under a shooting's headline (the page kept another story's text): its
    # towns are not the story's, and do not make the story French
    feature = ("Five must-see sights in Paris, France. In Paris there are more museums than a week allows; "
               "Lyon and Marseille wait beyond.")
    art = article_from_text(feature, title="Five people injured by man with a shotgun in Fort Worth",
                            published="2015-10-27")
    an = analyse(art, resources)
    focus = [p for p in an.places if p.span.article_id.endswith(":focus")]
    assert [(p.place.name, p.place.country) for p in focus] == [("Fort Worth", "US")]
    ev = next(e for e in an.events if e.injured is not None)
    assert ev.place is not None and ev.place.place.name == "Fort Worth"
