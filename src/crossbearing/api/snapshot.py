"""The server's snapshot of the database: `serve` never holds the store's lock for long.

DuckDB lets one process write a database file or several read it, never both. A server that
kept the file open would refuse every `run` for as long as it serves. Instead the server copies
the file (and its write-ahead log) while holding a read-only connection for the moment of the
copy, serves the copy, and every ``refresh`` seconds looks whether the file changed; when it
did and no writer holds it, it takes a new copy and switches to it. A `run` that starts during
a copy waits for it (the ``lock_wait`` setting); the server keeps answering from its current
snapshot while a run writes, and shows the run's articles once the run has finished.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path
from typing import Callable, Optional

import duckdb

from ..store.duck import StoreLocked, open_error


def _signature(db: Path) -> tuple:
    """What changes when a writer changed the database: size and time of the file and its log."""
    out = []
    for p in (db, db.with_name(db.name + ".wal")):
        try:
            st = p.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            out.append(None)
    return tuple(out)


class Snapshots:
    """``store``: the store opened (by ``opener``) on the newest snapshot of ``db``."""

    def __init__(self, db: str, opener: Callable, first_wait: float = 0.0):
        self.db = Path(db)
        self.opener = opener
        self.dir = tempfile.TemporaryDirectory(prefix="crossbearing-serve-")
        self.generation = 0
        self.seen: Optional[tuple] = None
        self.error: Optional[str] = None
        self._stop = threading.Event()
        self.store = self._take(wait=first_wait)

    def _copy(self) -> tuple[Path, tuple]:
        """Copy the file under a read-only hold (no writer can be half-way through meanwhile)."""
        try:
            hold = duckdb.connect(str(self.db), read_only=True)
        except duckdb.Error as exc:
            raise open_error(str(self.db), exc, True) from exc
        try:
            sig = _signature(self.db)
            self.generation += 1
            dest = Path(self.dir.name) / f"snapshot-{self.generation}.duckdb"
            shutil.copyfile(self.db, dest)
            wal = self.db.with_name(self.db.name + ".wal")
            if wal.exists():
                shutil.copyfile(wal, dest.with_name(dest.name + ".wal"))
            return dest, sig
        finally:
            hold.close()

    def _take(self, wait: float = 0.0):
        import time

        deadline = time.monotonic() + wait
        while True:
            try:
                path, sig = self._copy()
                break
            except StoreLocked:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.5)
        store = self.opener(str(path))
        self.seen = sig
        return store

    def refresh(self) -> bool:
        """Take a new snapshot if the database changed and no writer holds it; True if taken.
        The previous snapshot's store is left to the requests still reading it."""
        if _signature(self.db) == self.seen:
            return False
        try:
            self.store = self._take()
        except StoreLocked:
            return False  # a run is writing: keep serving the current snapshot, look again later
        except Exception as exc:  # noqa: BLE001 - a bad copy must not stop a serving server
            self.error = f"{type(exc).__name__}: {exc}"
            return False
        return True

    def watch(self, every: float) -> None:
        def loop():
            while not self._stop.wait(every):
                self.refresh()

        threading.Thread(target=loop, name="crossbearing-snapshot", daemon=True).start()

    def stop(self) -> None:
        self._stop.set()
