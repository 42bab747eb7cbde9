"""Fixtures for the place tests: a tiny hand-made index (fast, exact) and the real one."""

from __future__ import annotations

import pytest

from crossbearing.geo.gazetteer import Gazetteer, write_index
from crossbearing.geo.records import Entry, IndexBuilder


def tiny_builder() -> IndexBuilder:
    b = IndexBuilder()
    rows = [
        # id, name, cc, admin1, lat, lon, fcode, pop, kind, capital
        (163843, "Syria", "SY", None, 35.0, 38.0, "PCLI", 17_000_000, "country", 170654),
        (6252001, "United States", "US", None, 39.76, -98.5, "PCLI", 327_000_000, "country", None),
        (170654, "Damascus", "SY", "Dimashq", 33.51, 36.29, "PPLC", 1_569_394, "place", None),
        (4401000, "Damascus", "US", "Oregon", 45.42, -122.46, "PPL", 10_952, "place", None),
        (170794, "Deir ez-Zor", "SY", "Deir ez-Zor", 35.336, 40.141, "PPL", 271_800, "place", None),
        (-2, "Deir ez-Zor", "SY", "Deir ez-Zor", 35.0, 40.4, "ADM1", 447_454, "province", 170794),
        (-3, "Louisiana", "US", "Louisiana", 31.0, -92.0, "ADM1", 4_000_000, "province", None),
        (361058, "Alexandria", "EG", "Alexandria", 31.2, 29.92, "PPL", 5_263_542, "place", None),
        (4314550, "Alexandria", "US", "Louisiana", 31.31, -92.45, "PPL", 47_000, "place", None),
    ]
    for gid, name, cc, a1, lat, lon, fcode, pop, kind, cap in rows:
        b.add(Entry(id=gid, name=name, country=cc, admin1=a1, admin2=None, lat=lat, lon=lon,
                    fclass="A" if kind != "place" else "P", fcode=fcode, population=pop, kind=kind,
                    capital_id=cap, real_id=gid > 0))
        b.name(gid, name, "name")
    b.name(170794, "Dayr az Zawr", "alt")
    b.demonym(163843, "Syrian")
    return b


@pytest.fixture(scope="session")
def tiny_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("gaz") / "tiny.duckdb"
    write_index(tiny_builder(), path)
    return path


@pytest.fixture()
def fresh_index(tmp_path):
    """A tiny index of its own, for tests that write to it."""
    path = tmp_path / "fresh.duckdb"
    write_index(tiny_builder(), path)
    return path


@pytest.fixture()
def tiny_gaz(tiny_index):
    g = Gazetteer(tiny_index)
    yield g
    g.close()


@pytest.fixture(scope="session")
def real_gaz(resources):
    """The embedded index (built on first use into the per-user cache, ~30 s once)."""
    return resources.get("gazetteer")
