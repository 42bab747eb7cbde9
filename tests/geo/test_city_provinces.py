"""A first-level region that is one city (a federal district, a city-state) is coded at its city."""

from crossbearing.geo.mentions import _city_provinces, city_of_province
from crossbearing.model import Article
from crossbearing.pipeline import analyse


def test_every_listed_region_is_in_the_index_with_its_city(real_gaz):
    for country, admin1 in sorted(_city_provinces()):
        region = real_gaz.province(country, admin1)
        assert region is not None, f"{country} {admin1!r} is not a province of the index"
        assert city_of_province(real_gaz, region) is not None, f"{country} {admin1!r} has no city in the index"
    assert city_of_province(real_gaz, real_gaz.province("US", "Maryland")) is None


def test_an_incident_in_dc_is_coded_at_washington_as_a_town(resources):
    text = ("Five people were shot at a nightclub in D.C. early Saturday, police said. "
            "The victims were taken to hospitals in the District.")
    an = analyse(Article(id="dc1", text=text, outlet="example.com", published="2013-01-26",
                         title="5 Injured in D.C. Nightclub Shooting"), resources)
    (ev,) = [e for e in an.events if e.place is not None]
    assert (ev.place.place.name, ev.place.place.admin1) == ("Washington", "District of Columbia")
    assert ev.place.kind == "place" and ev.geo_precision == 1
