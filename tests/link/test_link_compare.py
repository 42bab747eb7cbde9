from crossbearing.link import compare as cmp
from crossbearing.model import Place, PlaceMention, Quantity, Span, TimeRef


def q(text, kind="killed", best=None, low=None, high=None, qualifier=None, subject=None):
    return Quantity(Span("a", 0, len(text), text), kind, low=low, best=best, high=high, qualifier=qualifier,
                    subject=subject)


def test_numbers_with_qualifiers():
    assert cmp.numbers_agree(q("450", best=450), q("over 450", best=450, low=450, qualifier="over")) is True
    assert cmp.numbers_agree(q("12", best=12), q("15", best=15)) is False
    assert cmp.numbers_agree(q("about 100", best=100, qualifier="about"), q("95", best=95)) is True
    assert cmp.numbers_agree(q("at least 7", best=7, qualifier="at least"), q("5", best=5)) is False


def test_percent_complement():
    a = q("over 85%", "percent", best=85, qualifier="over")
    b = q("remaining 15 percent", "percent", best=15, subject="remaining")
    assert cmp.numbers_agree(a, b) is True
    assert cmp.numbers_agree(a, q("40 percent", "percent", best=40)) is False


def test_place_spellings_and_distance():
    def pm(surface, name, lat, lon, prec=1, country="SY"):
        return PlaceMention(Span("a", 0, 1, surface), surface, Place(None, name, country, lat=lat, lon=lon),
                            geo_precision=prec)

    assert cmp.norm_name("Deir Ez-Zor") == cmp.norm_name("Deir ezzor") == cmp.norm_name("Deir Ezzor")
    assert cmp.places_agree(pm("Deir Ezzor", "Deir ez-Zor", 35.33, 40.14), pm("Deir ezzor", "Deir ez-Zor", 35.34, 40.15))
    assert cmp.places_agree(pm("Aleppo", "Aleppo", 36.2, 37.16), pm("Deir ezzor", "Deir ez-Zor", 35.34, 40.15)) is False
    assert cmp.places_agree(pm("Astana", "Astana", 51.18, 71.45, country="KZ"), pm("Idlib", "Idlib", 35.9, 36.6)) is False
    assert cmp.places_agree(None, pm("Idlib", "Idlib", 35.9, 36.6)) is None


def test_dates_and_actors_and_claimants():
    t = lambda s, e, p: TimeRef(Span("a", 0, 1), s, e, p)  # noqa: E731
    assert cmp.dates_agree(t("2017-09-01", "2017-09-30", "month"), t("2017-09-12", "2017-09-12", "day"))
    assert cmp.dates_agree(t("2016-12-01", "2016-12-31", "month"), t("2017-09-12", "2017-09-12", "day")) is False
    assert cmp.actors_agree("Islamic State", "Daesh") and cmp.actors_agree("ISIS", "Islamic State")
    assert cmp.actors_agree("Military Forces of Russia", "US-led coalition") is False
    assert cmp.claimant_key("Alexander Lapin") == cmp.claimant_key("Aleksandr Lapin") == cmp.claimant_key("Lapin")
    assert cmp.claimant_key("Syrian Observatory for Human Rights") != cmp.claimant_key("Human Rights Watch")


def test_a_region_wide_reading_does_not_stretch_into_the_next_province():
    def pm(name, admin1, lat, lon, prec):
        return PlaceMention(Span("a", 0, 1, name), name, Place(None, name, "SY", admin1, lat=lat, lon=lon),
                            geo_precision=prec)

    city = pm("Aleppo", "Aleppo", 36.20, 37.16, 1)
    # "the Idleb countryside": Idlib city at region precision, 60 km away but in another province
    assert cmp.places_agree(city, pm("Idlib", "Idlib", 35.93, 36.63, 2)) is False
    # within its own province the wider reading still covers a town 40 km off
    assert cmp.places_agree(city, pm("Al Bab", "Aleppo", 36.37, 37.52, 2)) is True
    # two towns read at town precision across a provincial line, close together, still agree
    assert cmp.places_agree(pm("Twin Falls East", "A", 36.0, 37.0, 1), pm("Twin Falls West", "B", 36.0, 37.2, 1)) is True


def test_two_towns_named_far_apart_in_one_province_are_not_one_place():
    def pm(name, admin1, admin2, lat, lon, country="IN"):
        return PlaceMention(Span("a", 0, 1, name), name, Place(None, name, country, admin1, admin2, lat=lat, lon=lon),
                            geo_precision=1)

    pune = pm("Pune", "Maharashtra", "Pune", 18.52, 73.86)
    assert cmp.places_agree(pune, pm("Nashik", "Maharashtra", "Nashik", 20.00, 73.79)) is False
    near = pm("Ambala", "Haryana", "Ambala", 30.38, 76.78)
    near.geo_precision = 2  # "near Ambala": still a town, 160 km from Fatehabad
    assert cmp.places_agree(near, pm("Fatehabad", "Haryana", "Fatehabad", 29.52, 75.45)) is False
    # the province itself agrees with a town in it, and a village agrees with its district's name
    assert cmp.places_agree(pune, pm("Maharashtra", "Maharashtra", None, 19.5, 75.5)) is True
    assert cmp.places_agree(pm("Shirur", "Maharashtra", "Pune", 18.83, 74.37), pm("Pune", "Maharashtra", None, 18.52, 73.86))
    # two towns of one state 30 km apart, or a town and a county of its state: one report names
    # the town, another the county seat or the county
    county = PlaceMention(Span("a", 0, 1, "Madison County"), "Madison County",
                          Place(None, "Madison County", "US", "Tennessee", lat=35.6, lon=-88.8), geo_precision=2,
                          kind="region")
    assert cmp.places_agree(county, pm("Nashville", "Tennessee", None, 36.17, -86.78, "US")) is True
    assert cmp.places_agree(pm("Montfort", "Wisconsin", "Grant County", 42.97, -90.43, "US"),
                            pm("Lancaster", "Wisconsin", "Grant County", 42.85, -90.71, "US")) is True


def test_a_name_the_gazetteer_lacks_is_where_the_text_put_it():
    square = PlaceMention(Span("a", 0, 1, "Annunziata square"), "Annunziata square", None, geo_precision=2,
                          within=Place(None, "Florence", "IT", "Tuscany", lat=43.77, lon=11.25))
    barcelona = PlaceMention(Span("b", 0, 1, "Barcelona"), "Barcelona",
                             Place(None, "Barcelona", "ES", "Catalonia", lat=41.39, lon=2.17), geo_precision=1)
    florence = PlaceMention(Span("c", 0, 1, "Florence"), "Florence",
                            Place(None, "Florence", "IT", "Tuscany", lat=43.77, lon=11.26), geo_precision=1)
    assert cmp.places_agree(square, barcelona) is False
    assert cmp.places_agree(square, florence) is True
