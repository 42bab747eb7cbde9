"""The outlet-home linker: an outlet's far-away namesake towns move to its home region before
stories are grouped, the same whichever runs brought the articles, and back when the outlet's
home goes."""

from __future__ import annotations

from datetime import date, timedelta

from crossbearing.link import link_store
from crossbearing.model import Analysis, Article, Event, Place, PlaceMention, Span, TimeRef
from crossbearing.settings import Settings
from crossbearing.store import Store

LEXINGTON = Place(4297983, "Lexington", "US", "Kentucky", lat=37.99, lon=-84.48, population=295803)
COLUMBUS = Place(4509177, "Columbus", "US", "Ohio", lat=39.96, lon=-83.0, population=850106)
HOUSTON = Place(4699066, "Houston", "US", "Texas", lat=29.76, lon=-95.36, population=2296224)
WINCHESTER_NV = Place(5512827, "Winchester", "US", "Nevada", lat=36.13, lon=-115.12, population=27978)
WINCHESTER_KY = Place(4313697, "Winchester", "US", "Kentucky", lat=37.99, lon=-84.18, population=18446)
STREETS = ["Main Street", "Oak Avenue", "Broadway", "Vine Street", "Elm Street", "Park Road", "High Street"]


def _article(i: int, outlet: str, town: Place, *others: Place) -> Analysis:
    aid = f"{i:04d}" + "a" * 12
    day = (date(2023, 5, 1) + timedelta(days=3 * i)).isoformat()
    text = f"A man was shot on {STREETS[i % len(STREETS)]} in {town.name} on the night of report {i}, police said."
    at = text.index(town.name)
    pm = PlaceMention(Span(aid, at, at + len(town.name), town.name), town.name, town, candidates=[town, *others],
                      geo_precision=1)
    ev = Event(f"{aid}-e0", aid, event_type="Violence against civilians", sub_event_type="Attack", place=pm,
               time=TimeRef(Span(aid, 0, 5, "night"), day, day, "day"), latitude=town.lat, longitude=town.lon)
    return Analysis(article=Article(id=aid, text=text, outlet=outlet, published=day, published_precision="day",
                                    title=f"Shooting on {STREETS[i % len(STREETS)]}"),
                    events=[ev], places=[pm])


def _state_of(store, i: int) -> str:
    return store.con.execute("SELECT admin1 FROM events WHERE article_id = ?", [f"{i:04d}" + "a" * 12]).fetchone()[0]


def _corpus() -> list[Analysis]:
    return [_article(i, "lexstation.example", LEXINGTON) for i in range(3)] + \
           [_article(3, "lexstation.example", WINCHESTER_NV, WINCHESTER_KY)]


def _linked(analyses: list[Analysis], store: Store | None = None) -> Store:
    """``store`` (a new in-memory one by default) with these analyses written and linked."""
    store = Store(":memory:") if store is None else store
    store.write_analyses(analyses)
    link_store(store, Settings.load())
    return store


def test_a_far_namesake_moves_home_whether_the_home_is_known_before_or_after_it_came():
    once = _linked(_corpus())
    assert _state_of(once, 3) == "Kentucky"
    assert once.con.execute("SELECT latitude FROM events WHERE article_id LIKE '0003%'").fetchone()[0] == 37.99
    split = _linked(_corpus()[3:])  # the Winchester story first: its outlet has no home yet
    assert _state_of(split, 3) == "Nevada"
    _linked(_corpus()[:3], split)
    assert _state_of(split, 3) == "Kentucky"
    assert split.query("SELECT * FROM events ORDER BY id") == once.query("SELECT * FROM events ORDER BY id")
    assert link_store(split, Settings.load())["outlet_homes"]["rewritten"] == 0  # nothing new: nothing moved again


def test_the_move_is_undone_when_the_outlet_no_longer_has_that_home():
    store = _linked(_corpus())
    assert _state_of(store, 3) == "Kentucky"
    # four stories from Ohio and Texas: no region holds half of the outlet's articles any more
    _linked([_article(i, "lexstation.example", COLUMBUS if i % 2 else HOUSTON) for i in range(4, 8)], store)
    assert _state_of(store, 3) == "Nevada"
    assert store.count("placed_at_home") == 0


def test_a_page_whose_text_places_nothing_takes_its_headlines_town_read_at_home():
    aid = "0009" + "a" * 12
    wall = Analysis(article=Article(id=aid, text="Subscribe for full access. Sign up for our best value today!",
                                    outlet="lexstation.example", published="2023-06-20", published_precision="day",
                                    title="Two men shot near Winchester bar, police say"),
                    events=[Event(f"{aid}-e0", aid, event_type="Violence against civilians", sub_event_type="Attack")])
    store = _linked(_corpus()[:3] + [wall])
    assert _state_of(store, 9) == "Kentucky"
    assert store.con.execute("SELECT location FROM events WHERE article_id = ?", [aid]).fetchone()[0] == "Winchester"


def test_an_article_stored_again_from_another_outlet_starts_afresh():
    store = _linked(_corpus())
    assert _state_of(store, 3) == "Kentucky"
    # the same text syndicated by an outlet whose copy is kept (its name sorts first): no home
    _linked([_article(3, "aaa-wire.example", WINCHESTER_NV, WINCHESTER_KY)], store)
    assert store.con.execute("SELECT outlet FROM articles WHERE id LIKE '0003%'").fetchone()[0] == "aaa-wire.example"
    assert _state_of(store, 3) == "Nevada"
    assert store.count("placed_at_home") == 0


def _page(i: int, title: str, text: str = "Subscribe for full access. Sign up for our best value today!",
          outlet: str = "lexstation.example") -> Analysis:
    aid = f"{i:04d}" + "a" * 12
    return Analysis(article=Article(id=aid, text=text, outlet=outlet, published="2023-06-20",
                                    published_precision="day", title=title),
                    events=[Event(f"{aid}-e0", aid, event_type="Violence against civilians", sub_event_type="Attack")])


def test_a_page_that_names_no_place_at_all_takes_the_outlets_home_region_at_region_precision():
    store = _linked(_corpus()[:3] + [_page(9, "Man killed, boy hurt in apparent drive-by shooting in SW...")])
    row = store.con.execute("SELECT admin1, location, geo_precision FROM events WHERE article_id = ?",
                            ["0009" + "a" * 12]).fetchone()
    assert row == ("Kentucky", "Kentucky", 3)  # the region only: no town is claimed
    # the guess is never evidence of where the outlet is: the home it came from is learnt as before
    assert store.con.execute("SELECT admin1 FROM outlet_homes").fetchall() == [("Kentucky",)]


def test_a_page_without_a_place_from_an_outlet_without_a_home_stays_unplaced():
    store = _linked(_corpus()[:3] + [_page(9, "Man killed in apparent drive-by shooting", outlet="other.example")])
    assert _state_of(store, 9) is None


def _council_story(i: int, outlet: str, town: Place, *others: Place) -> Analysis:
    """A story with no event: a council meeting in ``town``."""
    aid = f"{i:04d}" + "b" * 12
    text = f"{town.name} city commissioners approved the budget for report {i} on Monday."
    pm = PlaceMention(Span(aid, 0, len(town.name), town.name), town.name, town, candidates=[town, *others],
                      geo_precision=1)
    return Analysis(article=Article(id=aid, text=text, outlet=outlet, published="2023-06-01",
                                    published_precision="day", title="Budget approved"), places=[pm])


def test_stories_without_events_tell_where_the_outlet_is_and_their_towns_move_home_too():
    stories = [_council_story(i, "herald.example", LEXINGTON) for i in range(3)]
    far = _council_story(3, "herald.example", WINCHESTER_NV, WINCHESTER_KY)
    store = _linked(stories + [far])
    assert store.con.execute("SELECT country, admin1 FROM outlet_homes").fetchall() == [("US", "Kentucky")]
    assert store.con.execute("SELECT admin1, lat FROM places WHERE article_id = ?",
                             [far.article.id]).fetchone() == ("Kentucky", 37.99)
    # an event's report from the same outlet settles home as before
    assert _linked([_article(4, "herald.example", WINCHESTER_NV, WINCHESTER_KY)], store) is store
    assert _state_of(store, 4) == "Kentucky"
    assert link_store(store, Settings.load())["outlet_homes"]["rewritten"] == 0


def test_the_stores_rule_for_an_articles_region_is_the_python_one():
    from crossbearing.geo.outlets import article_region
    from crossbearing.store import outlethomes

    unplaced_event = _page(9, "Shooting")
    unplaced_event.places = [PlaceMention(Span(unplaced_event.article.id, 0, 4, "Sign"), "Sign",
                                          COLUMBUS, geo_precision=1)]
    analyses = _corpus() + [_council_story(5, "herald.example", COLUMBUS), unplaced_event, _page(8, "Nothing")]
    store = Store(":memory:")
    store.write_analyses(analyses)
    want = sorted((an.article.id, an.article.outlet, *article_region(an)) for an in analyses
                  if article_region(an) != (None, None))
    assert sorted(outlethomes.article_regions(store)) == want
    assert len(want) == 6


def test_a_page_that_names_no_place_needs_an_outlet_whose_stories_clearly_lie_at_home():
    # half the outlet's stories in Kentucky: enough to read its namesakes there, not to place a
    # page that names nothing (a station carrying its sister stations' stories)
    corpus = [_article(i, "lexstation.example", LEXINGTON) for i in range(3)]
    corpus += [_article(5, "lexstation.example", COLUMBUS), _article(6, "lexstation.example", HOUSTON)]
    far = _article(4, "lexstation.example", WINCHESTER_NV, WINCHESTER_KY)  # itself a vote for Nevada
    store = _linked(corpus + [far, _page(9, "Man killed, boy hurt in apparent drive-by shooting in SW...")])
    assert store.con.execute("SELECT admin1, settled FROM outlet_homes").fetchall() == [("Kentucky", False)]
    assert _state_of(store, 4) == "Kentucky"
    assert _state_of(store, 9) is None


def test_the_stores_ranking_of_regions_gives_the_python_homes():
    from crossbearing.geo import outlets as go
    from crossbearing.store import outlethomes

    corpus = [_article(i, "lead.example", LEXINGTON) for i in range(3)] + [_article(3, "lead.example", COLUMBUS)]
    corpus += [_article(10 + i, "tie.example", p) for i, p in enumerate((LEXINGTON, LEXINGTON, COLUMBUS, COLUMBUS))]
    corpus += [_article(20 + i, "half.example", p) for i, p in enumerate((LEXINGTON, LEXINGTON, COLUMBUS, HOUSTON))]
    corpus += [_article(30 + i, "few.example", LEXINGTON) for i in range(2)]
    store = Store(":memory:")
    store.write_analyses(corpus)
    rows = [(o, c, a) for _, o, c, a in outlethomes.article_regions(store)]
    leaders = outlethomes.region_leaders(store)
    for share in (go.HOME_MIN_SHARE, go.PAGE_HOME_SHARE):
        assert go.homes_of_leaders(leaders, share) == go.home_regions(rows, share)
    kentucky = (LEXINGTON.country, LEXINGTON.admin1)
    assert go.homes_of_leaders(leaders) == {"lead.example": kentucky, "half.example": kentucky}  # a tie, too few
    assert go.homes_of_leaders(leaders, go.PAGE_HOME_SHARE) == {"lead.example": kentucky}


def test_articles_read_a_few_at_a_time_move_as_when_read_all_at_once(monkeypatch):
    from crossbearing.link import outlet_homes

    corpus = _corpus() + [_article(10 + i, "lexstation.example", WINCHESTER_NV, WINCHESTER_KY) for i in range(3)]
    corpus += [_article(20 + i, "lexstation.example", LEXINGTON) for i in range(6)]
    whole = _linked(corpus)
    assert [_state_of(whole, i) for i in (3, 10, 11, 12)] == ["Kentucky"] * 4
    monkeypatch.setattr(outlet_homes, "CHUNK", 2)  # four reads of two articles or fewer
    chunked = _linked(corpus)
    assert [_state_of(chunked, i) for i in (3, 10, 11, 12)] == ["Kentucky"] * 4
    for table in ("events", "places", "placed_at_home", "analyses"):
        assert chunked.query(f"SELECT * FROM {table} ORDER BY ALL") == whole.query(f"SELECT * FROM {table} ORDER BY ALL")
