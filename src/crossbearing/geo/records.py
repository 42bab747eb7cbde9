"""Gazetteer records: one GeoNames-shaped ``Entry`` per feature, and the in-memory builder.

``Entry`` is what the index stores and the resolver scores; ``to_place`` turns it into the
public ``model.Place``. Regions derived from the embedded data have no GeoNames id: they get
negative internal ids (``real_id`` False) and ``Place.geonameid`` stays None for them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Optional

from ..model import Place
from .normalise import keys, loose_key

# How a name relates to its feature; lower is a stronger match.
FORMS = {"name": 0, "abbr": 1, "variant": 2, "alt": 3, "demonym": 4, "partial": 5}
KINDS = ("place", "country", "province", "district", "region", "water", "facility")


@dataclass(frozen=True)
class Entry:
    id: int
    name: str
    country: Optional[str]
    admin1: Optional[str]
    admin2: Optional[str]
    lat: float
    lon: float
    fclass: Optional[str]
    fcode: Optional[str]
    population: int
    kind: str  # one of KINDS
    capital_id: Optional[int] = None  # countries and provinces: their capital (largest town if unknown)
    near_id: Optional[int] = None  # facilities: the town they are coded to
    admin1_code: Optional[str] = None
    real_id: bool = False  # a GeoNames id (True) or an internal one for a derived region

    def with_fcode(self, fcode: str) -> "Entry":
        return dataclasses.replace(self, fcode=fcode)

    def to_place(self) -> Place:
        return Place(geonameid=self.id if self.real_id else None, name=self.name, country=self.country,
                     admin1=acled_admin1(self.country, self.admin1), admin2=self.admin2, lat=self.lat, lon=self.lon,
                     feature_class=self.fclass, feature_code=self.fcode, population=self.population or None)


class NameRow(NamedTuple):
    key: str
    loose: str
    id: int
    form: str


def plural(demonym: str) -> Optional[str]:
    """"Syrian" → "Syrians"; None where English has no -s plural ("Chinese", "French", "Swiss")."""
    if demonym.endswith(("ese", "s", "sh", "ch")):
        return None
    return demonym + "s"


class IndexBuilder:
    """Collects entries and their names before they are written to the on-disk index."""

    def __init__(self) -> None:
        self.entries: dict[int, Entry] = {}
        self.names: dict[tuple[str, int], tuple[str, str]] = {}  # (key, id) -> (form, loose)
        self.by_key: dict[str, set[int]] = {}
        self._countries: dict[str, int] = {}
        self._next_synthetic = -1

    def synthetic_id(self) -> int:
        self._next_synthetic -= 1
        return self._next_synthetic

    def add(self, e: Entry) -> None:
        self.entries[e.id] = e
        if e.kind == "country" and e.country:
            self._countries[e.country] = e.id

    def name(self, entry_id: int, text: str, form: str) -> None:
        if not text:
            return
        loose = loose_key(text)
        for k in keys(text):
            old = self.names.get((k, entry_id))
            if old is None or FORMS[form] < FORMS[old[0]]:
                self.names[(k, entry_id)] = (form, loose)
            self.by_key.setdefault(k, set()).add(entry_id)

    def demonym(self, entry_id: int, text: str) -> None:
        self.name(entry_id, text, "demonym")
        if plural(text):
            self.name(entry_id, plural(text), "demonym")

    def country_entry(self, cc: str) -> Optional[Entry]:
        eid = self._countries.get((cc or "").upper())
        return self.entries.get(eid) if eid is not None else None

    def best_named(self, text: str, cc: Optional[str], kinds: Iterable[str] = KINDS) -> Optional[Entry]:
        """The most populous entry of the given kinds called ``text`` (in country ``cc``)."""
        kinds = tuple(kinds)
        found = [self.entries[i] for k in keys(text) for i in self.by_key.get(k, ()) if i in self.entries]
        found = [e for e in found if e.kind in kinds and (not cc or e.country == cc)]
        return max(found, key=lambda e: e.population) if found else None

    def name_rows(self) -> list[NameRow]:
        return [NameRow(k, loose, i, form) for (k, i), (form, loose) in self.names.items()]


# First-level units whose usual name in event data (ACLED, the US Census) differs from the
# embedded gazetteer's: the place a user takes away carries the event-data name.
_ACLED_ADMIN1 = {("US", "Washington, D.C."): "District of Columbia"}
_INDEX_ADMIN1 = {(cc, v): k for (cc, k), v in _ACLED_ADMIN1.items()}


def acled_admin1(country: Optional[str], admin1: Optional[str]) -> Optional[str]:
    """The admin1 name as event data writes it ("District of Columbia", not "Washington, D.C.")."""
    return _ACLED_ADMIN1.get((country or "", admin1 or ""), admin1)


def index_admin1(country: Optional[str], admin1: Optional[str]) -> Optional[str]:
    """The gazetteer's own admin1 name for one ``acled_admin1`` returned."""
    return _INDEX_ADMIN1.get((country or "", admin1 or ""), admin1)
