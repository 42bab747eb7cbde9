"""Country names are written as ACLED writes them (its country list), not as GeoNames does."""

from crossbearing.geo.countries import country_names
from crossbearing.store.export import country_name


def test_country_names_follow_acled_spelling():
    names = country_names()
    assert names["NL"] == "Netherlands"  # GeoNames: "The Netherlands"
    assert names["TL"] == "East Timor"  # GeoNames: "Timor Leste"
    assert names["GG"] == "Bailiwick of Guernsey"
    assert names["VA"] == "Vatican City"
    assert names["CD"] == "Democratic Republic of Congo"
    assert country_name("NL") == "Netherlands"


def test_the_names_are_a_fresh_copy():
    names = country_names()
    names["NL"] = "changed"
    assert country_names()["NL"] == "Netherlands"
