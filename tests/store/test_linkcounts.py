"""The grouper's paragraph counts kept in the store (``store.linkcounts``) read as the in-memory
``Counter``/``dict`` they replace, at every checkpoint kept."""

from __future__ import annotations

import pickle
import random
from collections import Counter

import pytest

from crossbearing.store import Store
from crossbearing.store import linkcounts as lc


class _G:  # a stand-in for the grouper: only its two counts
    def __init__(self):
        self.seen_paras: Counter = Counter()
        self.para_stories: dict = {}


def _step(g: _G, rng: random.Random) -> None:
    """One of the operations the grouper does on its counts."""
    outlet, h = rng.choice(["", "A", "B\x1fx"]), f"{rng.randrange(60):016x}"
    op = rng.random()
    if op < 0.5:
        g.seen_paras[(outlet, h)] += 1
    elif op < 0.8:
        n, last = g.para_stories.get(h, (0, ""))
        g.para_stories[h] = (n + 1, rng.choice(["S-1", "S-2", "S-3"]))
    elif op < 0.9 and len(g.seen_paras) > 20:  # the grouper's pruning at its memory cap
        g.seen_paras = Counter({k: v for k, v in g.seen_paras.items() if v > 1})
    elif len(g.para_stories) > 10:
        g.para_stories = {k: v for k, v in g.para_stories.items() if v[0] > 1}


def _plain(g) -> tuple[dict, dict]:
    return dict(g.seen_paras.items()), dict(g.para_stories.items())


@pytest.mark.parametrize("per_run, weak_hash", [(False, False), (True, False), (True, True)])
def test_counts_read_back_at_every_checkpoint(per_run, weak_hash, monkeypatch):
    """``per_run``: as the linker does, each run collects the keys it wrote, judging those it
    read from the rows it read then (``history``) instead of reading them again. ``weak_hash``:
    rows are found by a hash that many keys share (as two of a billion keys might share the
    64-bit one), so the reads rely on the second hash and on reading clashing keys by name."""
    if weak_hash:
        strong = lc.key_hash
        monkeypatch.setattr(lc, "key_hash", lambda name, key: (len(key) % 3, strong(name, key)[1]))
    rng = random.Random(5)
    store = Store(":memory:")
    truth = _G()
    snapshots: dict[int, tuple[dict, dict]] = {}
    lengths: dict[int, dict[str, int]] = {}
    g, position, written, removed = _G(), 0, set(), 0
    for run in range(12):
        if run:  # resume from a random kept checkpoint, as a run with late articles does
            position = rng.choice(sorted(snapshots))
            for p in [p for p in snapshots if p > position]:
                del snapshots[p], lengths[p]
            lc.drop_after(store, position)
            g = _G()
            g.seen_paras = g.para_stories = None
            lc.attach(store, g, lengths[position])
            if per_run:
                written = {}
            truth.seen_paras, truth.para_stories = (Counter(snapshots[position][0]), dict(snapshots[position][1]))
            assert _plain(g) == snapshots[position]
            assert len(g.seen_paras) == len(truth.seen_paras) and len(g.para_stories) == len(truth.para_stories)
        for _ in range(rng.randrange(20, 80)):
            state = rng.getstate()
            _step(g, rng)
            rng.setstate(state)
            _step(truth, rng)
            position += 1
            assert len(g.seen_paras) == len(truth.seen_paras) and len(g.para_stories) == len(truth.para_stories)
            if rng.random() < 0.2:
                lengths[position] = lc.save(store, g, position, written)
                snapshots[position] = _plain(truth)
        lengths[position] = lc.save(store, g, position, written)
        snapshots[position] = _plain(truth)
        assert _plain(g) == snapshots[position]
        if per_run and run:
            if run % 4 == 3:
                for p in rng.sample(sorted(snapshots)[:-1], k=len(snapshots) // 2):
                    del snapshots[p], lengths[p]
            removed += lc.collect(store, sorted(snapshots), written, lc.history(g))
        elif not per_run and run % 4 == 3:  # forget the rows no kept checkpoint reads (forced: a low threshold)
            for p in rng.sample(sorted(snapshots)[:-1], k=len(snapshots) // 2):
                del snapshots[p], lengths[p]
            removed += lc.collect(store, sorted(snapshots), None if run % 8 == 3 else written)
            written = set()
    assert removed > 0
    for p, want in snapshots.items():  # every kept checkpoint still reads what it had
        g = _G()
        g.seen_paras = g.para_stories = None
        # read as of p: only rows up to p count (the later ones belong to later checkpoints)
        store.con.execute("CREATE OR REPLACE TEMP TABLE keep AS SELECT * FROM link_counts")
        lc.drop_after(store, p)
        lc.attach(store, g, lengths[p])
        assert _plain(g) == want, p
        store.con.execute("DELETE FROM link_counts")
        store.con.execute("INSERT INTO link_counts SELECT * FROM keep")


def test_stored_counts_behave_like_counter_and_dict():
    store = Store(":memory:")
    g = _G()
    g.seen_paras.update([("A", "h1"), ("A", "h1"), ("B", "h2")])
    g.para_stories["h1"] = (1, "S-1")
    assert lc.save(store, g, 3) == {"seen_paras": 2, "para_stories": 1}
    h = _G()
    h.seen_paras = h.para_stories = None
    lc.attach(store, h, {"seen_paras": 2, "para_stories": 1})
    assert h.seen_paras[("A", "h1")] == 2 and h.seen_paras[("C", "h9")] == 0 and len(h.seen_paras) == 2
    assert h.seen_paras.get(("C", "h9")) is None and ("C", "h9") not in h.seen_paras
    assert h.para_stories.get("h2", (0, "")) == (0, "") and h.para_stories["h1"] == (1, "S-1")
    h.seen_paras.update([("C", "h9")])
    del h.para_stories["h1"]
    assert len(h.seen_paras) == 3 and len(h.para_stories) == 0
    assert pickle.loads(pickle.dumps(h.seen_paras)) == Counter({("A", "h1"): 2, ("B", "h2"): 1, ("C", "h9"): 1})
    h.seen_paras.prefetch([("Z", "h0")])
    assert h.seen_paras.misses == 2  # ("A", "h1") and ("C", "h9") read one by one; the prefetched key is not


def test_checkpoint_leaves_the_counts_out_and_resumes_the_same(tmp_path):
    """A stream grouped in one run, or in three runs resumed from stored checkpoints (the counts
    read from the store), gives the same stories; the checkpoint holds no paragraph counts."""
    import zlib

    from crossbearing.link import stories_linker as sl

    texts = [f"Shooting on Main Street number {i % 7}.\n\nCopyright Daily Bugle. All rights reserved.\n\n"
             f"Police said {i % 3} people were hurt in town {i % 5}." for i in range(60)]
    items = [(f"{i:016x}", t, f"2024-01-{1 + i // 3:02d}", f"Outlet {i % 4}", None) for i, t in enumerate(texts)]
    once = sl.StoreGrouper(7, 0.35)
    want = [once.add(aid, text, pub, outlet, title)[0] for aid, text, pub, outlet, title in items]
    store = Store(tmp_path / "x.duckdb")
    g, got, done = sl.StoreGrouper(7, 0.35), [], 0
    for cut in (20, 45, 60):
        for aid, text, pub, outlet, title in items[done:cut]:
            got.append(g.add(aid, text, pub, outlet, title)[0])
        lengths = lc.save(store, g, cut)
        blob = sl._dump(g)
        state = pickle.loads(zlib.decompress(blob))
        assert state["grouper"].seen_paras is None and state["grouper"].para_stories is None  # not in it
        assert lengths["seen_paras"] == len(g.seen_paras) > 0
        g, done = sl._load(store, blob), cut
        assert isinstance(g.seen_paras, lc.StoredCounts)
    assert got == want


class _D(_G):  # a stand-in for the grouper: its counts, the term counts used here
    def __init__(self):
        super().__init__()
        self.df: Counter = Counter()


def _terms(rng: random.Random) -> list[str]:
    """An article's keys as the grouper counts them: words and names (kept in the checkpoint)
    and incident keys (``x:``, kept in the store)."""
    keys = {f"w{rng.randrange(30)}" for _ in range(rng.randrange(1, 6))}
    keys |= {f"x:town{rng.randrange(4)}||us|2024-01-{rng.randrange(1, 29):02d}" for _ in range(rng.randrange(0, 4))}
    return sorted(keys)


def test_df_incident_keys_read_back_at_every_checkpoint():
    """``df`` split between the checkpoint (its other keys) and ``link_counts`` (its ``x:`` keys)
    reads, counts and prunes like the plain ``Counter`` at every checkpoint kept, whether the
    run prefetched its keys or not."""
    rng = random.Random(11)
    store = Store(":memory:")
    truth: Counter = Counter()
    snapshots: dict[int, Counter] = {}
    blobs: dict[int, tuple[bytes, dict[str, int]]] = {}
    g, position, written, removed, misses, pruned_unread = _D(), 0, set(), 0, 0, 0
    lc.track(store, g)

    def checkpoint():
        lengths = lc.save(store, g, position, written)
        assert lengths["df"] == len(truth)
        counts = lc.detached(g)
        try:
            assert not any(k.startswith("x:") for k in g.df)  # the checkpoint holds none
            blobs[position] = (pickle.dumps(g.df), lengths)
        finally:
            lc.reattach(g, counts)
        snapshots[position] = Counter(truth)

    for run in range(14):
        if run:
            position = rng.choice(sorted(snapshots))
            for p in [p for p in snapshots if p > position]:
                del snapshots[p], blobs[p]
            lc.drop_after(store, position)
            g = _D()
            base, lengths = blobs[position]
            g.df, g.seen_paras, g.para_stories = pickle.loads(base), None, None
            lc.attach(store, g, lengths)
            assert isinstance(g.df, lc.SplitCounter) and len(g.df) == len(snapshots[position])
            truth = Counter(snapshots[position])
        for _ in range(rng.randrange(20, 60)):
            keys = _terms(rng)
            if rng.random() < 0.5:
                lc.prefetch(g, {"df": [k for k in keys if k.startswith("x:")]})
            g.df.update(keys)
            truth.update(keys)
            assert all(g.df.get(k, 0) == truth[k] for k in keys) and len(g.df) == len(truth)
            if len(g.df) > 40 and rng.random() < 0.1:  # the grouper's pruning at its memory cap
                pruned_unread += isinstance(g.df, lc.SplitCounter) and g.df._unread > 0
                misses += getattr(g.df, "misses", 0)
                g.df = Counter({k: v for k, v in g.df.items() if v > 1})
                truth = Counter({k: v for k, v in truth.items() if v > 1})
            position += 1
            if rng.random() < 0.2:
                checkpoint()
        checkpoint()
        misses += g.df.misses
        assert dict(g.df.items()) == dict(truth)
        if run % 4 == 3:
            for p in rng.sample(sorted(snapshots)[:-1], k=len(snapshots) // 2):
                del snapshots[p], blobs[p]
            removed += lc.collect(store, sorted(snapshots), None if run % 8 == 3 else written)
            written = set()
    assert removed > 0 and misses > 0 and pruned_unread > 0
    for p, want in snapshots.items():  # every kept checkpoint still reads what it had
        store.con.execute("CREATE OR REPLACE TEMP TABLE keep AS SELECT * FROM link_counts")
        lc.drop_after(store, p)
        g = _D()
        g.df, g.seen_paras, g.para_stories = pickle.loads(blobs[p][0]), None, None
        lc.attach(store, g, blobs[p][1])
        assert len(g.df) == len(want) and dict(g.df.items()) == dict(want), p
        store.con.execute("DELETE FROM link_counts")
        store.con.execute("INSERT INTO link_counts SELECT * FROM keep")
