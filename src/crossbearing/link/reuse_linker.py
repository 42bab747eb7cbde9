"""Linker: shared passages between articles (table ``reuse``).

Candidates are the article pairs inside one story plus near-duplicate pairs found by MinHash
LSH across the whole store (wire copy filed into different stories); each candidate pair is
aligned with ``reuse.reuse_between``.
"""

from __future__ import annotations

import json
from itertools import combinations

from ..model import Reuse, from_dict, to_dict
from . import linker
from .reuse import near_duplicate_pairs, reuse_between

MAX_STORY_PAIRS = 60  # articles per story compared pairwise; larger stories use neighbours only


def candidate_pairs(stories: dict[str, list[str]], near_dups: set[tuple[str, str]]) -> set[tuple[str, str]]:
    pairs = set(near_dups)
    for members in stories.values():
        if len(members) <= MAX_STORY_PAIRS:
            pairs.update(tuple(sorted(p)) for p in combinations(members, 2))
        else:
            pairs.update(tuple(sorted(members[i:i + 2])) for i in range(len(members) - 1))
    return pairs


def stored_reuse(store, article_ids: list[str] | None = None) -> list[Reuse]:
    """Reuse records from the store (all, or those touching ``article_ids``)."""
    if article_ids is None:
        rows = store.query("SELECT data FROM reuse")
    else:
        rows = store.query("SELECT data FROM reuse WHERE list_contains(?, a) OR list_contains(?, b)",
                           [article_ids, article_ids])
    return [from_dict(Reuse, json.loads(r["data"])) for r in rows]


def _texts(store, ids: list[str]) -> dict[str, tuple[str, str]]:
    rows = store.query("SELECT id, text, outlet FROM articles WHERE list_contains(?, id)", [ids])
    return {r["id"]: (r["text"], r["outlet"]) for r in rows}


def _stream_texts(store, batch: int = 512):
    cur = store.con.execute("SELECT id, text FROM articles ORDER BY id")
    while chunk := cur.fetchmany(batch):
        yield from chunk


@linker("reuse", order=20)
def link_reuse(store, settings) -> dict[str, int]:
    stories: dict[str, list[str]] = {}
    for r in store.query("SELECT story_id, article_id FROM story_articles ORDER BY story_id, article_id"):
        stories.setdefault(r["story_id"], []).append(r["article_id"])
    near = near_duplicate_pairs(_stream_texts(store))  # texts streamed, only MinHashes kept
    pairs = sorted(candidate_pairs(stories, near))
    out = []
    # Texts are fetched per block of pairs, so memory holds a block's articles, not the store's.
    for i in range(0, len(pairs), 500):
        block = pairs[i:i + 500]
        texts = _texts(store, sorted({x for p in block for x in p}))
        for a, b in block:
            r = reuse_between(a, texts[a][0], texts[a][1], b, texts[b][0], texts[b][1])
            if r is not None:
                out.append((r.a, r.b, r.same_outlet, r.score, json.dumps(to_dict(r), ensure_ascii=False)))
    store.replace_table("reuse", ["a", "b", "same_outlet", "score", "data"], out)
    return {"pairs": len(out), "cross_outlet": sum(1 for r in out if not r[2])}
