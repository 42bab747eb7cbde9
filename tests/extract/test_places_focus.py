"""extract/places: the article's focus place (made-up articles, real pipeline)."""

from crossbearing.ingest.text import article_from_text
from crossbearing.pipeline import analyse


def test_the_headlines_own_place_comes_before_its_stations_town(resources):
    art = article_from_text("Deputies said the boy was hurt while hunting on Saturday afternoon.",
                            title="Teenager hurt in Allamakee County hunting accident - WXYZ News 8 La Crosse, WI")
    places = analyse(art, resources).places
    focus = [p for p in places if p.span.article_id.endswith(":focus")]
    assert [p.place.name for p in focus] == ["Allamakee County"]
