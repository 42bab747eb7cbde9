"""Add a GeoNames dump to the gazetteer index (``crossbearing gazetteer import``).

Reads the tab-separated GeoNames format (``allCountries.zip``/``.txt``, a country file such as
``SY.zip``, ``cities500.txt`` …) plus, when given, ``alternateNamesV2`` (more spellings) and
``admin1CodesASCII`` (first-level region names). Rows are streamed and written in batches, so
the full 12-million-row dump fits in modest memory. An imported feature replaces any entry
with the same GeoNames id, and an imported ADM1 replaces the region derived for the same
country and name. Malformed lines are counted and skipped, never fatal.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

import duckdb

from .build import usable_alternate
from .gazetteer import _DDL, _PLACE_COLS
from .records import Entry, IndexBuilder

BATCH = 200_000
_SKIP_LANGS = {"link", "post", "iata", "icao", "faac", "wkdt", "unlc", "abbr", "phon", "piny"}


@dataclass
class ImportSummary:
    rows: int = 0
    places: int = 0
    names: int = 0
    skipped: int = 0


@contextmanager
def open_text(path: Path) -> Iterator[io.TextIOBase]:
    """A GeoNames text file, or the main ``.txt`` member of a GeoNames zip."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise ValueError(f"{path}: no .txt member in the zip")
            stem = path.stem + ".txt"
            member = stem if stem in members else members[0]
            with zf.open(member) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as fh:
            yield fh


def kind_of(fclass: str, fcode: str) -> Optional[str]:
    if fclass == "P":
        return "place"
    if fclass == "A":
        if fcode.startswith("PCL"):
            return "country"
        if fcode == "ADM1":
            return "province"
        if fcode.startswith("ADM"):
            return "district"
        return None
    return {"H": "water", "S": "facility", "L": "region", "T": "region"}.get(fclass)


def read_admin1(path: Optional[Path]) -> dict[tuple[str, str], str]:
    """``admin1CodesASCII.txt``: ``SY.07 <tab> Deir ez-Zor <tab> …`` → {("SY", "07"): name}."""
    if not path:
        return {}
    out = {}
    with open_text(path) as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and "." in parts[0]:
                cc, code = parts[0].split(".", 1)
                out[(cc, code)] = parts[1]
    return out


def read_alternates(path: Optional[Path], wanted: set[int]) -> dict[int, list[str]]:
    """``alternateNamesV2``: extra Latin-script spellings for the imported ids."""
    out: dict[int, list[str]] = defaultdict(list)
    if not path:
        return out
    with open_text(path) as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or not parts[1].isdigit():
                continue
            gid = int(parts[1])
            if gid in wanted and parts[2] not in _SKIP_LANGS and usable_alternate(parts[3]):
                out[gid].append(parts[3])
    return out


def _existing_admin1(con) -> dict[tuple[str, str], str]:
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for cc, code, name in con.execute(
            "SELECT country, admin1_code, admin1 FROM places WHERE admin1_code IS NOT NULL AND admin1 IS NOT NULL"
    ).fetchall():
        votes[(cc, code)][name] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def parse_line(line: str, admin1: dict[tuple[str, str], str]) -> Optional[tuple[Entry, list[str]]]:
    p = line.rstrip("\n").split("\t")
    if len(p) < 15 or not p[0].isdigit():
        return None
    kind = kind_of(p[6], p[7])
    if kind is None:
        return None
    cc = p[8] or None
    a1 = admin1.get((p[8], p[10])) if p[10] else None
    if kind == "province":
        a1 = a1 or p[1]
    e = Entry(id=int(p[0]), name=p[1], country=cc, admin1=a1, admin2=None, lat=float(p[4]), lon=float(p[5]),
              fclass=p[6], fcode=p[7], population=int(p[14] or 0), kind=kind, admin1_code=p[10] or None,
              real_id=True)
    names = [p[2]] + [n for n in p[3].split(",") if usable_alternate(n)] if p[3] else [p[2]]
    return e, names


def import_geonames(index: Path, dump: Path, alternate_names: Optional[Path] = None,
                    admin1_codes: Optional[Path] = None) -> ImportSummary:
    """Stream ``dump`` into the index at ``index`` (which must exist: build it first)."""
    import pyarrow as pa

    summary = ImportSummary()
    con = duckdb.connect(str(index))
    try:
        con.execute(_DDL)
        admin1 = {**_existing_admin1(con), **read_admin1(admin1_codes)}
        ids: set[int] = set()
        if alternate_names:  # one pass to learn the ids, so alternates can be filtered
            with open_text(dump) as fh:
                ids = {int(line.split("\t", 1)[0]) for line in fh if line[:1].isdigit()}
        alternates = read_alternates(alternate_names, ids)
        b = IndexBuilder()

        def flush() -> None:
            if not b.entries:
                return
            rows = list(b.entries.values())
            names = b.name_rows()
            con.register("imp_p", pa.table({c: [getattr(e, c) for e in rows] for c in _PLACE_COLS}))
            con.register("imp_n", pa.table({"key": [n.key for n in names], "loose": [n.loose for n in names],
                                             "id": [n.id for n in names], "form": [n.form for n in names]}))
            con.execute("BEGIN")
            # curated variants, abbreviations and demonyms of a replaced entry stay
            con.execute("DELETE FROM names WHERE id IN (SELECT id FROM imp_p) AND form IN ('name', 'alt')")
            con.execute("DELETE FROM places WHERE id IN (SELECT id FROM imp_p)")
            # an imported ADM1 supersedes the region derived from town lists
            derived = ("SELECT p.id FROM places p JOIN imp_p i ON p.country = i.country AND p.admin1 = i.admin1 "
                       "WHERE i.kind = 'province' AND p.kind = 'province' AND NOT p.real_id")
            con.execute(f"DELETE FROM names WHERE id IN ({derived})")
            con.execute(f"DELETE FROM places WHERE id IN ({derived})")
            con.execute("INSERT INTO places SELECT * FROM imp_p")
            con.execute("INSERT INTO names SELECT * FROM imp_n")
            con.execute("COMMIT")
            con.unregister("imp_p")
            con.unregister("imp_n")
            summary.places += len(rows)
            summary.names += len(names)
            b.entries.clear()
            b.names.clear()
            b.by_key.clear()

        with open_text(dump) as fh:
            for line in fh:
                summary.rows += 1
                try:
                    parsed = parse_line(line, admin1)
                except ValueError:
                    parsed = None
                if parsed is None:
                    summary.skipped += 1
                    continue
                e, names = parsed
                b.add(e)
                b.name(e.id, e.name, "name")
                for n in dict.fromkeys(names + alternates.get(e.id, [])):
                    if n != e.name:
                        b.name(e.id, n, "alt")
                if len(b.entries) >= BATCH:
                    flush()
        flush()
        con.execute("UPDATE places SET capital_id = (SELECT c.id FROM places c WHERE c.country = places.country "
                    "AND c.admin1 = places.admin1 AND c.fcode = 'PPLA' ORDER BY c.population DESC LIMIT 1) "
                    "WHERE kind = 'province' AND capital_id IS NULL")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('imported:' || ?, ?)", [dump.name, str(summary.places)])
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return summary
