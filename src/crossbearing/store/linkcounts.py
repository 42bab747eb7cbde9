"""The story grouper's paragraph counts, kept in the store instead of its pickled checkpoints.

``StoryGrouper`` counts how many articles of each outlet carried a paragraph (``seen_paras``,
keyed by outlet and paragraph hash: page boilerplate) and how many stories each paragraph was
seen in (``para_stories``). Both grow with the stream up to the grouper's memory cap (300,000
keys each) and were most of a checkpoint (at 10,000 articles, 3.2 of its 4.3 MB unpickled),
which every link run loaded whole and saved whole once or twice: the part of adding 100
articles that grew with the store. Here they live in the table ``link_counts`` as versioned
rows; a run reads only the keys of the paragraphs it groups (``StoredCounts.prefetch``, a page
of the stream at a time) and writes only the keys it changed (``save``).

Versions: a row holds one key's value from stream position ``since`` (the number of articles
grouped when a checkpoint was saved) until the key's next row; n = 0 marks a key removed. The
checkpoint after k articles sees, per key, the row with the largest since <= k. A run resuming
from that checkpoint first drops the rows after k (the stream after it is grouped again, and
the checkpoints after it are dropped too), so what it reads is always the latest row. Rows no
remaining checkpoint needs are removed (``collect``): those of the keys a run wrote, at the end
of the run.

The grouper's document frequencies (``df``, a ``Counter`` of the articles that carried each
feature key) are split the same way (``SplitCounter``): its incident keys (``x:<town>|…|<day>``,
from the extractors' events) carry a date, so a stream of years holds new ones every day (146,564
of the 176,229 keys at 100,000 articles, against 14,642 of 44,246 at 10,000); they are rows of
count ``df`` here, while the other keys (a vocabulary that stops growing) stay in the checkpoint.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, MutableMapping
from typing import Any, Callable, Iterable, NamedTuple, Optional


class Codec(NamedTuple):
    """How one count's keys and values map to (key, n, last) columns."""

    counter: bool  # a Counter: an absent key reads 0
    key: Callable[[Any], str]
    unkey: Callable[[str], Any]
    value: Callable[[Any], tuple[int, str]]
    unvalue: Callable[[int, str], Any]


def _outlet_para(k: tuple[str, str]) -> str:
    return f"{k[1]}\x1f{k[0]}"  # the hash first: it never holds the separator, an outlet name might


def _unoutlet_para(s: str) -> tuple[str, str]:
    h, _, outlet = s.partition("\x1f")
    return outlet, h


COUNTED: dict[str, Codec] = {
    "seen_paras": Codec(True, _outlet_para, _unoutlet_para, lambda v: (v, ""), lambda n, last: n),
    "para_stories": Codec(False, str, str, lambda v: (v[0], v[1]), lambda n, last: (n, last)),
}

_ABSENT = object()


def key_hash(name: str, key: str) -> tuple[int, int]:
    """(h, h2): the 128-bit BLAKE2b hash of a count's name and encoded key, as two signed 64-bit
    integers (columns ``h`` and ``h2``). Rows are found by ``h`` and checked with ``h2``: two
    keys share both with probability 2^-128."""
    d = hashlib.blake2b(f"{name}\x1f{key}".encode(), digest_size=16).digest()
    return int.from_bytes(d[:8], "little", signed=True), int.from_bytes(d[8:], "little", signed=True)


class StoredCounts(MutableMapping):
    """One of the grouper's counts (a ``Counter`` or a ``dict``) read from ``link_counts`` on
    demand: the keys read or written stay in memory, the length is tracked, and iterating reads
    every key (what the grouper does only when it prunes a count at its memory cap, after which
    the count is a plain in-memory ``Counter`` or ``dict`` again)."""

    def __init__(self, store, name: str, length: int):
        self._store, self._name, self._len = store, name, length
        self._codec = COUNTED[name]
        self._cache: dict[Any, Any] = {}
        self._dirty: set = set()
        self.misses = 0  # keys read one by one (not prefetched)
        self.history: dict[str, tuple] = {}  # see ``_read_many``

    # --- reading from the store -------------------------------------------------------------
    def prefetch(self, keys: Iterable) -> None:
        """Read these keys in one query (those not in memory yet)."""
        _read_many(self._store, [(self, keys)])

    def _missing(self, keys: Iterable) -> list:
        return [k for k in set(keys) if k not in self._cache]

    def _read(self, keys: list) -> None:
        _read_many(self._store, [(self, keys)])

    def _fill(self, keys: list, rows: dict[str, tuple[int, str]]) -> None:
        """Keep what the store holds for ``keys`` ({encoded key: (n, last)} of those present)."""
        for k in keys:
            row = rows.get(self._codec.key(k))
            self._cache[k] = self._codec.unvalue(*row) if row and row[0] else _ABSENT

    def _lookup(self, k) -> Any:
        v = self._cache.get(k, self)
        if v is self:
            self.misses += 1
            self._read([k])
            v = self._cache[k]
        return v

    def _everything(self) -> dict:
        for key, n, last in latest(self._store, self._name):
            k = self._codec.unkey(key)
            if k not in self._cache:
                self._cache[k] = self._codec.unvalue(n, last)
        return {k: v for k, v in self._cache.items() if v is not _ABSENT}

    # --- the mapping ---------------------------------------------------------------------
    def __getitem__(self, k):
        v = self._lookup(k)
        if v is _ABSENT:
            if self._codec.counter:
                return 0
            raise KeyError(k)
        return v

    def get(self, k, default=None):
        v = self._lookup(k)
        return default if v is _ABSENT else v

    def __contains__(self, k) -> bool:
        return self._lookup(k) is not _ABSENT

    def __setitem__(self, k, v) -> None:
        if self._lookup(k) is _ABSENT:
            self._len += 1
        self._cache[k] = v
        self._dirty.add(k)

    def __delitem__(self, k) -> None:
        if self._lookup(k) is _ABSENT:
            raise KeyError(k)
        self._cache[k] = _ABSENT
        self._len -= 1
        self._dirty.add(k)

    def __len__(self) -> int:
        return self._len

    def __iter__(self):
        return iter(self._everything())

    def items(self):
        return self._everything().items()

    def update(self, other=(), /, **kw) -> None:
        if not self._codec.counter:
            return MutableMapping.update(self, other, **kw)
        pairs = other.items() if isinstance(other, Mapping) else ((k, 1) for k in other)
        for k, v in list(pairs) + list(kw.items()):
            self[k] = self.get(k, 0) + v

    def __reduce__(self):  # pickled (copied) as the plain Counter or dict it stands for
        return (Counter if self._codec.counter else dict, (self._everything(),))

    def __repr__(self) -> str:
        return f"StoredCounts({self._name!r}, {self._len} keys, {len(self._cache)} read)"

    def changed_rows(self) -> list[tuple[str, int, str]]:
        """(key, n, last) of the keys written since the last call; n = 0: removed."""
        out = []
        for k in self._dirty:
            v = self._cache[k]
            out.append((self._codec.key(k), 0, "") if v is _ABSENT else (self._codec.key(k), *self._codec.value(v)))
        self._dirty = set()
        return out


DF_STORED = "x:"  # the document-frequency keys kept in the store: incident keys (town and day)
_DF_CODEC = Codec(True, str, str, lambda v: (v, ""), lambda n, last: n)


class SplitCounter(Counter):
    """The grouper's ``df`` with its ``x:`` keys read from ``link_counts`` (count ``df``) as a run
    needs them. An in-memory ``Counter`` holding the other keys (from the checkpoint) and the
    ``x:`` keys read so far, so that the grouper's lookups (``df.get``) stay the plain dict's.
    Those keys come only from the extractors' events, which the linker knows before it groups
    (``prefetch``); ``update`` reads any ``x:`` key it counts that was not read yet, so counting
    and then looking a key up (what the grouper does) sees the stored value either way. The
    length counts the stored keys not read; iterating reads them all (the grouper iterates
    ``df`` only when it prunes it at its memory cap, after which it is a plain ``Counter``)."""

    _name = "df"
    _codec = _DF_CODEC

    def __init__(self, store=None, base: Optional[Mapping] = None, unread: int = 0):
        dict.__init__(self)  # not Counter.__init__: it would call ``update``
        if base:
            dict.update(self, base)
        self._store = store
        self._unread = unread  # ``x:`` keys present in the store and not read yet
        self._known: set[str] = set()  # ``x:`` keys whose value here is the store's
        self._dirty: set[str] = set()  # ``x:`` keys counted since the last ``save``
        self.misses = 0  # reads of keys not prefetched
        self.history: dict[str, tuple] = {}  # see ``_read_many``

    def _missing(self, keys: Iterable) -> list:
        if not self._unread:  # every stored key is here: the others are absent
            return []
        return [k for k in set(keys) if k not in self._known]

    def _fill(self, keys: list, rows: dict[str, tuple[int, str]]) -> None:
        self._known.update(keys)
        for k in keys:
            row = rows.get(k)
            if row and row[0]:
                dict.__setitem__(self, k, row[0])
                self._unread -= 1

    def update(self, iterable=None, /, **kwds) -> None:
        if iterable is None or isinstance(iterable, Mapping):
            keys = list(iterable or ()) + list(kwds)
        else:
            keys = iterable = list(iterable)
        xs = [k for k in keys if type(k) is str and k[:2] == DF_STORED]
        if xs:
            need = self._missing(xs)
            if need:
                self.misses += 1
                _read_many(self._store, [(self, need)])
            self._known.update(xs)
            self._dirty.update(xs)
        Counter.update(self, iterable, **kwds)

    def _everything(self) -> None:
        if self._unread:
            for key, n, _last in latest(self._store, self._name):
                if key not in self._known:
                    dict.__setitem__(self, key, n)
            self._known.update(k for k in dict.keys(self) if k.startswith(DF_STORED))
            self._unread = 0

    def __len__(self) -> int:
        return dict.__len__(self) + self._unread

    def __iter__(self):
        self._everything()
        return dict.__iter__(self)

    def keys(self):
        self._everything()
        return dict.keys(self)

    def values(self):
        self._everything()
        return dict.values(self)

    def items(self):
        self._everything()
        return dict.items(self)

    def copy(self) -> Counter:
        return Counter(dict(self.items()))

    def __reduce__(self):  # pickled (copied) as the plain Counter it stands for
        return (Counter, (dict(self.items()),))

    def __repr__(self) -> str:
        return f"SplitCounter({dict.__len__(self)} keys in memory, {self._unread} stored keys not read)"

    def unstored(self) -> Counter:
        """The keys kept in the checkpoint (all but the ``x:`` keys)."""
        return Counter({k: v for k, v in dict.items(self) if k[:2] != DF_STORED})


def _read_many(store, wanted: list[tuple["StoredCounts", Iterable]]) -> None:
    """Read the keys of several counts ((count, keys) pairs) not in memory yet in one query:
    each read scans the table's key column, which holds every count's rows. Every row of those
    keys is read, not only the latest: their stream positions and row ids (``history``, per
    encoded key) let ``collect`` judge them without reading the table again."""
    todo = [(counts, counts._missing(keys)) for counts, keys in wanted]
    todo = [(counts, keys) for counts, keys in todo if keys]
    if not todo:
        return
    want: dict[int, tuple[int, str, str]] = {}  # h → (h2, name, encoded key)
    clash: list[tuple[str, str]] = []  # two keys wanted with one h (read by their key instead)
    for counts, keys in todo:
        for k in keys:
            key = counts._codec.key(k)
            h, h2 = key_hash(counts._name, key)
            if h in want and want[h][1:] != (counts._name, key):
                clash.append((counts._name, key))
            else:
                want[h] = (h2, counts._name, key)
    store.con.execute("CREATE OR REPLACE TEMP TABLE tmp_counts AS SELECT unnest(?::BIGINT[]) AS h", [list(want)])
    grouped: dict[tuple[str, str], list[tuple[int, int, str, int]]] = {}
    for h, h2, since, n, last, rowid in store.con.execute(
            "SELECT h, h2, since, n, last, rowid FROM link_counts WHERE h IN (SELECT h FROM tmp_counts)").fetchall():
        w = want.get(h)
        if w is not None and w[0] == h2:
            grouped.setdefault(w[1:], []).append((since, n, last, rowid))
    if clash:
        store.con.execute("CREATE OR REPLACE TEMP TABLE tmp_clash AS SELECT unnest(?::VARCHAR[]) AS name, "
                          "unnest(?::VARCHAR[]) AS key", [[c[0] for c in clash], [c[1] for c in clash]])
        for name, key, since, n, last, rowid in store.con.execute(
                "SELECT c.name, c.key, c.since, c.n, c.last, c.rowid FROM link_counts c "
                "SEMI JOIN tmp_clash t ON t.name = c.name AND t.key = c.key").fetchall():
            grouped.setdefault((name, key), []).append((since, n, last, rowid))
    found: dict[str, dict[str, tuple[int, str]]] = {}
    rows: dict[str, dict[str, tuple]] = {}
    for (name, key), versions in grouped.items():
        versions.sort()
        found.setdefault(name, {})[key] = versions[-1][1:3]
        rows.setdefault(name, {})[key] = ([v[0] for v in versions], [v[1] for v in versions], [v[3] for v in versions])
    for counts, keys in todo:
        counts._fill(keys, found.get(counts._name, {}))
        history, encode = rows.get(counts._name, {}), counts._codec.key
        for k in keys:
            key = encode(k)
            counts.history[key] = history.get(key, _NO_ROWS)


_NO_ROWS = ((), (), ())


def latest(store, name: str) -> list[tuple[str, int, str]]:
    """(key, n, last) of every key present in one count, at its latest row."""
    return store.con.execute("SELECT key, n, last FROM (SELECT key, arg_max(n, since) AS n, "
                             "arg_max(last, since) AS last FROM link_counts WHERE name = ? GROUP BY key) "
                             "WHERE n <> 0", [name]).fetchall()


# --- the grouper's side ----------------------------------------------------------------------
def detached(grouper) -> dict[str, Any]:
    """The counts kept in the store, taken off ``grouper`` (put back with ``reattach``) so that
    pickling it leaves them out: the paragraph counts whole (None in their place), of ``df``
    the stored keys (its other keys in its place, a plain ``Counter``)."""
    out = {name: getattr(grouper, name) for name in COUNTED}
    for name in COUNTED:
        setattr(grouper, name, None)
    df = getattr(grouper, "df", None)
    if df is not None:
        out["df"] = df
        grouper.df = df.unstored() if isinstance(df, SplitCounter) else \
            Counter({k: v for k, v in df.items() if not (isinstance(k, str) and k.startswith(DF_STORED))})
    return out


def reattach(grouper, counts: dict[str, Any]) -> None:
    for name, value in counts.items():
        setattr(grouper, name, value)


def attach(store, grouper, lengths: Optional[dict[str, int]]) -> None:
    """Give a grouper loaded from a checkpoint its counts from the store (``lengths``: their
    sizes, saved with the checkpoint). A grouper that holds them itself (a new one, or a
    checkpoint of an older version) keeps them; ``save`` then writes them whole once."""
    for name in COUNTED:
        if lengths is not None and getattr(grouper, name, None) is None:
            setattr(grouper, name, StoredCounts(store, name, lengths[name]))
    df = getattr(grouper, "df", None)
    if df is not None and lengths is not None and "df" in lengths and not isinstance(df, SplitCounter):
        grouper.df = SplitCounter(store, df, lengths["df"] - len(df))


def track(store, grouper) -> None:
    """A new grouper's ``df`` (empty: nothing stored either) counted so that ``save`` writes
    only the keys that changed."""
    if not isinstance(grouper.df, SplitCounter):
        grouper.df = SplitCounter(store, grouper.df)


def prefetch(grouper, keys: dict[str, Iterable]) -> None:
    """Read the keys a page of the stream will look up ({count name: keys}) in one query."""
    wanted = [(getattr(grouper, name, None), ks) for name, ks in keys.items()]
    wanted = [(counts, ks) for counts, ks in wanted if isinstance(counts, (StoredCounts, SplitCounter))]
    if wanted:
        _read_many(wanted[0][0]._store, wanted)


def save(store, grouper, position: int, written: Optional[set] = None) -> dict[str, int]:
    """Write what changed in the grouper's counts as rows valid from ``position`` on; returns
    their lengths (saved with the checkpoint). A count the grouper replaced by a plain
    ``Counter``/``dict`` (pruned at its memory cap) is compared with the stored one whole (and
    ``df`` is a ``SplitCounter`` again after). ``written`` collects the (name, key) written, for
    ``collect``."""
    lengths = {}
    for name, codec in COUNTED.items():
        counts = getattr(grouper, name)
        if isinstance(counts, StoredCounts):
            rows = counts.changed_rows()
        else:
            rows = _whole(store, name, codec, counts.items())
        lengths[name] = len(counts)
        _write(store, name, position, rows, written)
    df = getattr(grouper, "df", None)
    if df is not None:
        if isinstance(df, SplitCounter):
            rows = [(k, dict.get(df, k, 0), "") for k in sorted(df._dirty)]
            df._dirty = set()
        else:
            rows = _whole(store, "df", _DF_CODEC, ((k, v) for k, v in df.items()
                                                   if isinstance(k, str) and k.startswith(DF_STORED)))
            grouper.df = SplitCounter(store, df)  # everything in memory: nothing unread
        lengths["df"] = len(df)
        _write(store, "df", position, rows, written)
    return lengths


def _whole(store, name: str, codec: Codec, items) -> list[tuple[str, int, str]]:
    """The rows that make the stored count ``name`` what ``items`` hold."""
    stored = {key: (n, last) for key, n, last in latest(store, name)}
    rows = []
    for k, v in items:
        key, value = codec.key(k), codec.value(v)
        if stored.pop(key, None) != value:
            rows.append((key, *value))
    return rows + [(key, 0, "") for key in stored]


def _write(store, name: str, position: int, rows: list[tuple[str, int, str]], written: Optional[set]) -> None:
    if rows:
        keys, ns, lasts = (list(x) for x in zip(*rows))
        hs, h2s = (list(x) for x in zip(*(key_hash(name, k) for k in keys)))
        if isinstance(written, dict):
            for k in keys:
                written.setdefault((name, k), []).append(position)
        elif written is not None:
            written.update((name, k) for k in keys)
        store.con.execute("INSERT INTO link_counts (name, key, since, n, last, h, h2) SELECT ?, unnest(?::VARCHAR[]), ?, "
                          "unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::BIGINT[]), unnest(?::BIGINT[])",
                          [name, keys, position, ns, lasts, hs, h2s])


def drop_after(store, position: Optional[int]) -> None:
    """The rows of stream positions after ``position`` (all when None): grouped again."""
    if position is None:
        store.con.execute("DELETE FROM link_counts")
    else:
        store.con.execute("DELETE FROM link_counts WHERE since > ?", [position])


def history(grouper) -> dict[tuple[str, str], tuple]:
    """{(count, encoded key): (positions, values, row ids)}: the stored rows of the keys the
    grouper's counts read from the store this run (all rows of each key as they were when
    read, in stream order)."""
    out = {}
    for name in [*COUNTED, "df"]:
        counts = getattr(grouper, name, None)
        for key, rows in getattr(counts, "history", {}).items():
            out[(name, key)] = rows
    return out


def collect(store, positions: list[int], keys: Optional[Iterable] = None,
            known: Optional[dict[tuple[str, str], tuple]] = None) -> int:
    """Remove the rows no checkpoint reads (``positions``: the kept checkpoints' stream
    positions): a row is read by the checkpoints between its ``since`` and the key's next row;
    a removal row (n = 0) that is a key's first (once the unread rows are gone) is not needed
    either. Only the rows of ``keys`` ((name, key) pairs: those a run wrote, so the cost follows
    the run, not the table; a dict {(name, key): [positions written]} as ``save`` fills it), or
    of every key (None: after a link from scratch). A key whose earlier rows are ``known``
    (``history``: read this run, before it wrote any) is judged from them and the positions it
    wrote (a row this run wrote and no checkpoint reads stays: its row id is not known, and it
    goes the next time its key is written); the others are read in one scan. Returns how many
    rows were removed."""
    if keys is not None and not keys:
        return 0
    marks = sorted(positions)
    drop: list[int] = []
    scan = keys
    if keys is not None and known is not None and isinstance(keys, dict):
        scan = []
        for k, written in keys.items():
            rows = known.get(k)
            if rows is None:
                scan.append(k)
            else:
                sinces, ns, rowids = rows
                _judge(list(sinces) + written, list(ns) + [None] * len(written),
                       list(rowids) + [None] * len(written), marks, drop)
    if scan is None or scan:
        scope = ""
        if scan is not None:
            names, ks = (list(x) for x in zip(*sorted(scan)))
            store.con.execute("CREATE OR REPLACE TEMP TABLE tmp_collect AS SELECT unnest(?::VARCHAR[]) AS name, "
                              "unnest(?::VARCHAR[]) AS key", [names, ks])
            scope = " SEMI JOIN tmp_collect t ON t.name = c.name AND t.key = c.key"
        for sinces, ns, rowids in store.con.execute(
                f"SELECT list(c.since ORDER BY c.since), list(c.n ORDER BY c.since), list(c.rowid ORDER BY c.since) "
                f"FROM link_counts c{scope} GROUP BY c.name, c.key").fetchall():
            _judge(sinces, ns, rowids, marks, drop)
    if drop:
        store.con.execute("DELETE FROM link_counts WHERE rowid IN (SELECT unnest(?::BIGINT[]))", [drop])
    return len(drop)


def _judge(sinces: list[int], ns: list, rowids: list, marks: list[int], drop: list[int]) -> None:
    """The rows of one key (in stream order) that no checkpoint at ``marks`` reads, into
    ``drop`` (those with a row id)."""
    first_kept = None
    last = len(sinces) - 1
    for r, since in enumerate(sinces):
        k = bisect_left(marks, since)  # the first checkpoint at or after this row
        if k < len(marks) and (r == last or marks[k] < sinces[r + 1]):
            if first_kept is None:
                first_kept = r
        elif rowids[r] is not None:
            drop.append(rowids[r])
    if first_kept is not None and ns[first_kept] == 0 and rowids[first_kept] is not None:
        drop.append(rowids[first_kept])
