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


def test_hong_kong_and_macau_are_coded_as_acled_codes_them_inside_china():
    from crossbearing.geo.countries import as_acled_codes

    assert as_acled_codes("HK", "Wan Chai", None) == ("CN", "Hong Kong", "Wan Chai")
    assert as_acled_codes("MO", None, None) == ("CN", "Macau", None)
    assert as_acled_codes("SY", "Aleppo", "Jebel Saman") == ("SY", "Aleppo", "Jebel Saman")


def test_a_hong_kong_row_is_exported_in_china_with_chinas_protesters():
    from datetime import date

    from crossbearing.export.merged import merge

    report = {"id": "a-e0", "article_id": "a", "outlet": "x", "event_date": date(2020, 5, 24), "time_precision": 1,
              "event_type": "Protests", "sub_event_type": "Peaceful protest", "disorder_type": "Demonstrations",
              "actor1": "Protesters", "inter1": 6, "country": "HK", "admin1": "Wan Chai", "location": "Causeway Bay",
              "latitude": 22.28, "longitude": 114.18, "geo_precision": 1}
    row = merge([report]).row
    assert (row["country"], row["admin1"], row["admin2"], row["iso"]) == ("China", "Hong Kong", "Wan Chai", 156)
    assert row["actor1"] == "Protesters (China)"
