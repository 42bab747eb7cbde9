"""Profile one incremental link: 100 new articles added to a linked store of N articles.

The linked store is built once (as ``incremental_link.py`` builds it, from the cached seed of
real extracted records) and cached under ``--cache``; each run copies it, adds the next 100
articles of the stream and profiles ``link_store`` with cProfile (top functions by cumulative
time, and each linker's time). ``--full`` profiles the first full link instead.

    .venv/bin/python benchmarks/link_profile.py --data ../shared/data --n 10000 [--cache /tmp/lk]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from incremental_link import SEED, batch_start  # noqa: E402
from link_records import Seed, build_seed  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--cache", default="/tmp/lk")
    ap.add_argument("--top", type=int, default=35)
    ap.add_argument("--seed", default=str(SEED))
    ap.add_argument("--full", action="store_true")
    a = ap.parse_args()
    from crossbearing.link import load_all, link_store
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    seed, settings = Seed(build_seed(Path(a.data), Path(a.seed))), Settings.load()
    base = Path(a.cache) / f"linked_{a.n}.duckdb"
    if not base.exists() and not a.full:
        base.parent.mkdir(parents=True, exist_ok=True)
        st = Store(str(base) + ".tmp")
        seed.write(st, list(range(batch_start(seed, a.n), batch_start(seed, a.n) + a.n)))
        t0 = time.perf_counter()
        link_store(st, settings)
        print(f"full link of {a.n}: {time.perf_counter() - t0:.1f} s", flush=True)
        st.close()
        os.replace(str(base) + ".tmp", base)
    work = Path(a.cache) / f"work_{a.n}.duckdb"
    if a.full:
        work.unlink(missing_ok=True)
        st = Store(str(work))
        seed.write(st, list(range(a.n)))
    else:
        shutil.copy(base, work)
        st = Store(str(work))
        first = batch_start(seed, a.n) + a.n
        seed.write(st, list(range(first, first + 100)))
    times = {}
    for name, func in load_all().items():  # time each linker, as link_store runs them
        orig = func

        def timed(store, s, _f=orig, _n=name):
            t0 = time.perf_counter()
            try:
                return _f(store, s)
            finally:
                times[_n] = round(time.perf_counter() - t0, 3)
        from crossbearing import link as L
        L.LINKERS[name] = timed
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    link_store(st, settings)
    prof.disable()
    what = f"full link of {a.n}" if a.full else f"add 100 to {a.n}"
    print(f"{what}: {time.perf_counter() - t0:.2f} s; per linker {times}")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(a.top)
    st.close()
    work.unlink()


if __name__ == "__main__":
    main()
