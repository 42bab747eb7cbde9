"""Two events of one article are one incident only on strict evidence (made-up local news)."""

from crossbearing.link.coref import corefer, same_article_score
from crossbearing.link.facts import FactMention
from crossbearing.model import Place, PlaceMention, Quantity, Span, TimeRef


def place(name, lat, lon):
    return PlaceMention(Span("a", 0, 1, name), name, Place(None, name, "US", lat=lat, lon=lon), geo_precision=1)


def fig(n, kind="killed"):
    return Quantity(Span("a", 0, 1, str(n)), kind, best=n)


def ev(eid, article, where, day, killed=None, injured=None, etype="Violence against civilians", text=""):
    qs = {}
    if killed is not None:
        qs["fatalities"] = fig(killed)
    if injured is not None:
        qs["injured"] = fig(injured, "injured")
    return FactMention(eid, article, article + ".com", "event", event_type=etype, sub_event_type="Attack",
                       actor2="Civilians", place=where, time=TimeRef(Span(article, 0, 1), day, day, "day"),
                       quantities=qs, text=text)


MIAMI = place("Miami", 25.774, -80.194)
HIALEAH = place("Hialeah", 25.858, -80.278)  # 12 km away: "northwest Miami-Dade" resolved to a suburb
ENGLEWOOD = place("Englewood", 41.78, -87.64)
AUSTIN = place("Austin", 41.89, -87.76)  # two Chicago neighbourhoods, 16 km apart


def test_headline_and_later_paragraph_with_the_same_toll_are_one_incident():
    lead = ev("a:0", "a", HIALEAH, "2014-06-24", killed=2, text="Shooting at dice game ends in two deaths")
    later = ev("a:1", "a", MIAMI, "2014-06-24", killed=2, injured=7, text="two men died and seven were wounded")
    assert same_article_score(lead, later) is not None
    other = ev("b:0", "b", MIAMI, "2014-06-24", killed=2, injured=7, text="two men died and seven were wounded")
    clusters = corefer([lead, later, other])
    assert clusters == [[0, 1, 2]]


def test_round_up_of_single_killings_in_one_city_stays_apart():
    one = ev("r:0", "r", AUSTIN, "2014-06-01", killed=1, text="a teen was shot dead in Austin")
    two = ev("r:1", "r", ENGLEWOOD, "2014-06-01", killed=1, text="a man was killed in Englewood")
    assert same_article_score(one, two) is None
    report = ev("b:0", "b", AUSTIN, "2014-06-01", killed=1, text="teen shot dead in Austin")
    clusters = corefer([one, two, report])
    assert [0, 2] in clusters and [1] in clusters


def test_same_article_events_with_other_tolls_days_or_places_stay_apart():
    base = ev("a:0", "a", MIAMI, "2014-06-24", killed=2)
    assert same_article_score(base, ev("a:1", "a", MIAMI, "2014-06-24", killed=3)) is None
    assert same_article_score(base, ev("a:1", "a", MIAMI, "2014-06-27", killed=2)) is None
    assert same_article_score(base, ev("a:1", "a", ENGLEWOOD, "2014-06-24", killed=2)) is None
    assert same_article_score(base, ev("a:1", "a", MIAMI, "2014-06-24")) is None  # no toll to agree on
    assert same_article_score(base, ev("a:1", "a", MIAMI, "2014-06-24", killed=2, etype="Battles")) is None
    assert same_article_score(base, ev("a:1", "a", MIAMI, "2014-06-25", killed=2)) is not None  # ±1 day
