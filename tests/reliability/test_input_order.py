"""The same GVA articles as one ``.txt`` file each, as one ``.jsonl``, reversed and shuffled
give one store, table by table (only where each article was read from differs) — issue 13.
Texts that GVA lists under several incidents come with other metadata each time, so which
copy is kept must not depend on the order. The long version (300 articles) is
``benchmarks/reliability.py --part order``."""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from killing import differences, table_rows  # noqa: E402

KEYS = ("text", "title", "url", "outlet", "published")


def gva_records(data: Path, n: int) -> list[dict]:
    """``n`` GVA dev records: every copy of the first repeated texts, then the first others."""
    recs = [json.loads(line) for line in (data / "gva" / "dev.jsonl").open()]
    counts = Counter(r["text"] for r in recs)
    repeated = [r for r in recs if counts[r["text"]] > 1][: n // 3]
    return repeated + [r for r in recs if counts[r["text"]] == 1][: n - len(repeated)]


def layouts(recs: list[dict], out: Path, seed: int = 13) -> dict[str, Path]:
    """The records as .txt files (header block), as .jsonl, reversed and shuffled."""
    def jsonl(name: str, rs: list[dict]) -> Path:
        p = out / f"{name}.jsonl"
        p.write_text("".join(json.dumps({k: r[k] for k in KEYS if r.get(k) is not None}) + "\n" for r in rs))
        return p

    txt = out / "txt"
    txt.mkdir(parents=True, exist_ok=True)
    for i, r in enumerate(recs):
        header = "".join(f"{h}: {' '.join(str(r[k]).split())}\n" for h, k in (("Title", "title"), ("Outlet", "outlet"),
                                                         ("Published", "published"), ("URL", "url")) if r.get(k))
        (txt / f"{i:04d}.txt").write_text(header + "\n" + r["text"])
    shuffled = recs[:]
    random.Random(seed).shuffle(shuffled)
    return {"txt": txt, "jsonl": jsonl("forward", recs), "reversed": jsonl("reversed", recs[::-1]),
            "shuffled": jsonl("shuffled", shuffled)}


@pytest.mark.shared
def test_same_articles_any_layout_or_order_give_one_store(shared_data, resources, tmp_path):
    from crossbearing.pipeline import run
    from crossbearing.store import Store

    recs = gva_records(shared_data, 18)
    assert len({r["text"] for r in recs}) < len(recs)  # some texts come twice, with other metadata
    stores = {}
    for name, path in layouts(recs, tmp_path).items():
        db = tmp_path / f"{name}.duckdb"
        with Store(db) as store:
            summary = run([str(path)], store, resources.settings, resources=resources)
        assert not summary.failed
        stores[name] = table_rows(str(db), source_path=False)
    assert stores["jsonl"]["stories"] and stores["jsonl"]["events"]
    for name in ("txt", "reversed", "shuffled"):
        assert differences(stores["jsonl"], stores[name]) == {}, name
