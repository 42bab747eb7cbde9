"""Which name keys a gazetteer index holds, known without a query.

Most keys an article asks about name no place: capitalised runs ("Police Chief John"), their
extensions, joined phrases. Each was a query of its own (about half a millisecond on DuckDB,
three of every four asked of the index). The filter is the sorted 64-bit digests of every
distinct key of one column of ``names`` — the first eight bytes of the key's MD5, which DuckDB
computes as ``md5_number_upper`` — made once per index file and kept beside it
(``<index>.<column>-keys-<stamp>.npy``), so later processes map it in milliseconds. A digest
the array lacks is a key the index lacks; two keys sharing a digest only cost the query the
filter would have saved. The stamp digests the file's size and time, its count of names and its
``meta`` rows (build time, imports), so a rebuilt or imported index gets a filter of its own.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, Optional

import numpy as np


def digest(key: str) -> int:
    """The key's digest as DuckDB's ``md5_number_upper`` gives it."""
    return int.from_bytes(hashlib.md5(key.encode("utf-8", "surrogatepass")).digest()[:8], "little")


class KeyFilter:
    def __init__(self, digests: np.ndarray):
        self.digests = digests

    def held(self, keys: Iterable[str]) -> list[str]:
        """The keys that may be in the index (all that are, and rare digest collisions)."""
        keys = list(keys)
        if not keys or len(self.digests) == 0:
            return []
        wanted = np.fromiter((digest(k) for k in keys), dtype=np.uint64, count=len(keys))
        at = np.minimum(np.searchsorted(self.digests, wanted), len(self.digests) - 1)
        return [k for k, hit in zip(keys, self.digests[at] == wanted) if hit]


def _sidecar(con, index: Path, column: str) -> Path:
    st = index.stat()
    names = con.execute("SELECT count(*) FROM names").fetchone()[0]
    meta = con.execute("SELECT k, v FROM meta ORDER BY k").fetchall()
    stamp = hashlib.sha1(repr((st.st_size, st.st_mtime_ns, names, meta)).encode()).hexdigest()[:16]
    return index.with_name(f"{index.name}.{column}-keys-{stamp}.npy")


def load_filter(con, index: Path, column: str) -> Optional[KeyFilter]:
    """The filter of ``names.<column>`` in the index ``con`` reads (file ``index``); None when
    DuckDB's digest is not the one ``digest`` computes (every key is then queried)."""
    try:
        side = _sidecar(con, index, column)
    except OSError:
        side = None
    if side is not None:
        try:
            return KeyFilter(np.load(side, mmap_mode="r"))
        except (OSError, ValueError):
            pass
    sample = con.execute(f"SELECT {column}, md5_number_upper({column}) FROM names "
                         f"WHERE {column} IS NOT NULL LIMIT 1").fetchone()
    if sample is not None and digest(sample[0]) != int(sample[1]):
        return None
    digests = np.asarray(con.execute(f"SELECT DISTINCT md5_number_upper({column}) AS h FROM names "
                                     f"WHERE {column} IS NOT NULL ORDER BY h").fetchnumpy()["h"], dtype=np.uint64)
    if side is not None:
        _keep(side, digests, index, column)
    return KeyFilter(digests)


def _keep(side: Path, digests: np.ndarray, index: Path, column: str) -> None:
    """Write the filter beside the index (atomically), dropping filters of earlier versions of
    it. A cache folder that cannot be written only means the next process computes it again."""
    tmp = side.with_name(side.name + f".tmp{os.getpid()}")
    try:
        with open(tmp, "wb") as f:
            np.save(f, digests)
        os.replace(tmp, side)
        for old in index.parent.glob(f"{index.name}.{column}-keys-*.npy"):
            if old != side:
                old.unlink(missing_ok=True)
    except OSError:
        tmp.unlink(missing_ok=True)
