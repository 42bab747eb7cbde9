"""A town or state right before a sports team's nickname names the team, not a place of the story."""

from crossbearing.extract.places import names_a_team
from crossbearing.model import Article
from crossbearing.pipeline import analyse


def test_a_teams_city_is_no_place_of_the_story(resources):
    text = ("Saint Paul police said a man was shot outside a bar on Friday, hours after the "
            "Minnesota game against the Oakland Raiders.")
    an = analyse(Article(id="team1", text=text, outlet="example.com", published="2014-08-09",
                         title="Man shot after game"), resources)
    assert "Oakland" not in {p.surface for p in an.places}
    assert {e.place.place.admin1 for e in an.events if e.place and e.place.place} == {"Minnesota"}


def test_the_nickname_must_follow_the_name_as_a_whole_word():
    text = "the Oakland Raiders, the Boston Red  Sox, the Detroit Tigers’ pitcher, Oakland police, Kingsley Road"
    at = lambda w: text.index(w) + len(w)  # noqa: E731
    assert names_a_team(text, at("Oakland")) and names_a_team(text, at("Boston"))
    assert names_a_team(text, at("Detroit"))
    assert not names_a_team(text, at("Raiders, the Boston Red  Sox, the Detroit Tigers’ pitcher, Oakland"))
