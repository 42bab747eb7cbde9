"""An outlet's home region learnt from its articles, and the far-away namesakes it settles."""

from __future__ import annotations

from crossbearing.geo.outlets import Home, apply_places, home_regions, mentions_at, place_at_home, restore
from crossbearing.model import Analysis, Article, Event, Place, PlaceMention, Span

KENTUCKY = Home("US", "Kentucky", 37.5, -85.3)
WINCHESTER_NV = Place(1, "Winchester", "US", "Nevada", lat=36.13, lon=-115.12, population=27978)
WINCHESTER_KY = Place(2, "Winchester", "US", "Kentucky", lat=37.99, lon=-84.18, population=18446)
JEFFERSONVILLE_IN = Place(3, "Jeffersonville", "US", "Indiana", lat=38.28, lon=-85.74, population=45929)
JEFFERSONVILLE_KY = Place(4, "Jeffersonville", "US", "Kentucky", lat=37.97, lon=-83.84, population=1704)
LAS_VEGAS = Place(5, "Las Vegas", "US", "Nevada", lat=36.17, lon=-115.14, population=600000)


def _mention(at: int, surface: str, place: Place, *others: Place) -> PlaceMention:
    return PlaceMention(Span("a1", at, at + len(surface), surface), surface, place, candidates=[place, *others],
                        geo_precision=1)


def _article(text: str, *mentions: PlaceMention) -> Analysis:
    events = [Event("a1-e0", "a1", event_type="Violence against civilians", place=mentions[0],
                    latitude=mentions[0].place.lat, longitude=mentions[0].place.lon)]
    return Analysis(article=Article(id="a1", text=text, outlet="station.example"), events=events, places=list(mentions))


def test_an_outlet_is_at_home_where_most_of_its_placed_articles_are():
    rows = [("wxyz.example", "US", "Kentucky")] * 4 + [("wxyz.example", "US", "Ohio")]
    rows += [("few.example", "US", "Ohio")] * 2  # too few to tell
    rows += [("wide.example", "US", "Ohio")] * 3 + [("wide.example", "US", "Texas")] * 3  # no region has most
    # half its stories in its own region, the others misread in two others: home
    rows += [("half.example", "US", "Texas")] * 2 + [("half.example", "GB", "England"), ("half.example", "US", "Ohio")]
    # two of five stories in one region: no home
    rows += [("spread.example", "US", "Ohio")] * 2 + [("spread.example", "US", s) for s in ("Iowa", "Utah", "Maine")]
    assert home_regions(rows) == {"wxyz.example": ("US", "Kentucky"), "half.example": ("US", "Texas")}


def test_a_far_away_namesake_moves_to_the_town_of_that_name_in_the_outlets_home_region():
    text = "A student was killed in an overnight shooting in Winchester, police said."
    an = _article(text, _mention(49, "Winchester", WINCHESTER_NV, WINCHESTER_KY))
    moves = place_at_home(an, KENTUCKY)
    assert sorted(moves) == ["e0", "p0"]
    moved = apply_places(an, moves)
    assert (moved.events[0].place.place.admin1, moved.events[0].latitude) == ("Kentucky", 37.99)
    assert "home region" in moved.events[0].place.reason
    # what was saved puts the article back as it was extracted
    assert restore(moved, mentions_at(an, moves)) == an


def test_the_home_namesake_may_come_from_the_gazetteer_when_the_candidates_lack_it():
    text = "A student was killed in an overnight shooting in Winchester, police said."
    an = _article(text, _mention(49, "Winchester", WINCHESTER_NV))
    assert place_at_home(an, KENTUCKY) == {}
    found = place_at_home(an, KENTUCKY, lambda name, home: WINCHESTER_KY if name == "Winchester" else None)
    assert found["e0"].place == WINCHESTER_KY


def test_a_namesake_near_the_home_region_is_news_from_next_door_and_stays():
    text = "A man was shot on Spring Street in Jeffersonville on Sunday."
    an = _article(text, _mention(35, "Jeffersonville", JEFFERSONVILLE_IN, JEFFERSONVILLE_KY))
    assert place_at_home(an, KENTUCKY) == {}


def test_a_namesake_next_door_moves_home_when_the_home_town_of_that_name_is_as_big():
    # "Millford" read in the next state, 300 km from the home region's centre: the station's own
    # Millford, as big, is the one its story means
    millford_oh = Place(20, "Millford", "US", "Ohio", lat=39.2, lon=-83.0, population=52000)
    millford_ky = Place(21, "Millford", "US", "Kentucky", lat=37.9, lon=-86.6, population=48000)
    text = "A toddler shot herself with a pistol found in a car in Millford on Friday."
    an = _article(text, _mention(56, "Millford", millford_oh, millford_ky))
    assert place_at_home(an, KENTUCKY)["e0"].place == millford_ky
    # the story that writes the town's state after it means that state's town
    for written in ("Millford, Ohio, police", "MILLFORD, Ohio --", "Millford, O., police"):
        qualified = f"A toddler shot herself in {written} said on Friday."
        at = qualified.lower().index("millford")
        an = _article(qualified, _mention(at, qualified[at:at + 8], millford_oh, millford_ky))
        assert place_at_home(an, KENTUCKY) == {}, written
    # the dateline wrote it: the focus mention read from it (no span in the text) stays too
    dated = "MILLFORD, Ohio -- A toddler shot herself with a pistol found in a car on Friday."
    focus = PlaceMention(Span("a1:focus", len(dated), len(dated), "dateline"), "", millford_oh,
                         candidates=[millford_oh, millford_ky], geo_precision=1)
    assert place_at_home(_article(dated, focus), KENTUCKY) == {}
    # a home village a tenth the size does not outweigh the town next door
    hamlet_ky = Place(22, "Millford", "US", "Kentucky", lat=37.9, lon=-86.6, population=4800)
    assert place_at_home(_article(text, _mention(56, "Millford", millford_oh, hamlet_ky)), KENTUCKY) == {}
    # nor does a home county named like the town (sizes of a county and a town do not compare)
    county_ky = Place(23, "Millford County", "US", "Kentucky", lat=37.9, lon=-86.6, feature_code="ADM2",
                      population=90000)
    assert place_at_home(_article(text, _mention(56, "Millford", millford_oh, county_ky)), KENTUCKY) == {}


def test_a_reading_the_article_supports_with_another_place_in_its_state_stays():
    text = "A man was shot in Winchester on Sunday, Las Vegas police said."
    an = _article(text, _mention(18, "Winchester", WINCHESTER_NV, WINCHESTER_KY), _mention(40, "Las Vegas", LAS_VEGAS))
    assert place_at_home(an, KENTUCKY) == {}


def test_a_bare_name_with_no_home_town_of_that_name_is_the_home_county_called_after_it():
    dekalb_il = Place(6, "DeKalb", "US", "Illinois", lat=41.93, lon=-88.75, population=43849)
    dekalb_county_ga = Place(7, "DeKalb County", "US", "Georgia", lat=33.77, lon=-84.23, feature_code="ADM2",
                             population=691893)
    text = "A boy was hit by a stray bullet outside DeKalb apartments on Saturday."
    an = _article(text, _mention(40, "DeKalb", dekalb_il, dekalb_county_ga))
    moves = place_at_home(an, Home("US", "Georgia", 32.7, -83.4))
    assert moves["e0"].place.name == "DeKalb County"
    assert (moves["e0"].kind, moves["e0"].geo_precision) == ("region", 2)  # ACLED: part of a region
    assert apply_places(an, moves).events[0].geo_precision == 2


def test_an_article_is_where_its_first_placed_event_is_else_where_its_first_town_is():
    from crossbearing.geo.outlets import article_region

    text = "Lexington police said a man was shot in Winchester on Monday."
    shot_in = _mention(40, "Winchester", WINCHESTER_NV)
    with_event = _article(text, shot_in)
    with_event.places = [_mention(0, "Lexington", Place(9, "Lexington", "US", "Kentucky")), shot_in]
    assert article_region(with_event) == ("US", "Nevada")  # the event's place, not the first mention
    council = Analysis(article=Article(id="a2", text="Winchester city commissioners met on Monday.",
                                       outlet="station.example"),
                       places=[_mention(0, "Winchester", WINCHESTER_KY)])
    assert article_region(council) == ("US", "Kentucky")  # no event: its first town
    nevada = PlaceMention(Span("a3", 0, 6, "Nevada"), "Nevada", Place(10, "Nevada", "US", "Nevada"), kind="province")
    state_only = Analysis(article=Article(id="a3", text="Nevada lawmakers met.", outlet="station.example"),
                          places=[nevada])
    assert article_region(state_only) == (None, None)  # a state names no town: it tells nothing of the newsroom


def test_a_nations_capital_is_its_government_even_in_a_local_paper():
    washington_dc = Place(11, "Washington", "US", "District of Columbia", lat=38.9, lon=-77.04, feature_code="PPLC")
    washington_ky = Place(12, "Washington", "US", "Kentucky", lat=38.62, lon=-83.81, feature_code="PPL")
    text = "The senator said lawmakers in Washington would vote on the bill next week."
    an = _article(text, _mention(29, "Washington", washington_dc, washington_ky))
    assert place_at_home(an, KENTUCKY) == {}


def test_a_capitals_name_is_the_home_town_when_that_town_is_big_enough_to_be_news_itself():
    paris_fr = Place(13, "Paris", "FR", "Ile-de-France", lat=48.85, lon=2.35, feature_code="PPLC")
    paris_ky = Place(14, "Paris", "US", "Kentucky", lat=38.21, lon=-84.25, feature_code="PPL", population=9846)
    paris_big = Place(15, "Paris", "US", "Kentucky", lat=38.21, lon=-84.25, feature_code="PPL", population=24782)
    text = "The Paris city council voted on Tuesday to repave Main Street."
    assert place_at_home(_article(text, _mention(4, "Paris", paris_fr, paris_ky)), KENTUCKY) == {}
    moved = place_at_home(_article(text, _mention(4, "Paris", paris_fr, paris_big)), KENTUCKY)
    assert moved["p0"].place == paris_big


def test_the_namesake_at_home_is_sought_by_the_name_as_written_too():
    gardens = Place(16, "Springfield Gardens", "US", "New York", lat=40.66, lon=-73.76, feature_code="PPLX")
    springfield_ky = Place(17, "Springfield", "US", "Kentucky", lat=37.69, lon=-85.22, feature_code="PPL")
    text = "The Springfield council approved the budget on Monday."
    an = _article(text, _mention(4, "Springfield", gardens))
    moved = place_at_home(an, KENTUCKY, lambda name, home: springfield_ky if name == "Springfield" else None)
    assert moved["p0"].place == springfield_ky
