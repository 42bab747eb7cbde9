"""Linker: shared passages between articles (table ``reuse``), for the stories that changed.

Candidates are the article pairs inside one story plus near-duplicate pairs (wire copy filed
into different stories), found with a MinHash LSH index kept in the store (``lsh_bands``):
each new article is banded once and looked up there, never compared with the whole store.
Near duplicates are pairs first linked at most ``NEAR_DUP_DAYS`` apart (the story grouper's
archive horizon, past which a follow-up no longer joins its story): an outlet's template pages match
each other across years (387 of the 1,045 LSH pairs of GVA dev are over a year apart), and
without the bound each new page would be aligned with every older one, a cost that grows with
the store.
A pair is aligned with ``reuse.reuse_between`` once; pairs that share nothing are remembered
too, so an unchanged pair is never aligned again.
"""

from __future__ import annotations

import json
from itertools import combinations

from ..model import Reuse, from_dict, to_dict
from ..store import linkstate as ls
from . import linker
from .reuse import band_keys, reuse_between

MAX_STORY_PAIRS = 60
NEAR_DUP_DAYS = 365  # articles per story compared pairwise; larger stories use neighbours only


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


def index_new_articles(store) -> int:
    """Band the articles not yet indexed and record their near duplicates; returns new pairs."""
    found = 0
    while batch := ls.unbanded(store):
        found += ls.add_bands(store, [(aid, band, key) for aid, text in batch for band, key in band_keys(text)],
                              NEAR_DUP_DAYS)
    return found


@linker("reuse", order=20)
def link_reuse(store, settings) -> dict[str, int]:
    with store.transaction():
        index_new_articles(store)
        stories = ls.pending_members(store)
        touched = {a for members in stories.values() for a in members}
        wanted = candidate_pairs(stories, ls.near_dups_touching(store, touched))
        found, none = ls.reuse_pairs_touching(store, touched)
        ls.delete_reuse(store, found - wanted)
        todo = sorted(wanted - found - none)
        out, nothing = [], []
        # Texts are fetched per block of pairs, so memory holds a block's articles, not the store's.
        for i in range(0, len(todo), 500):
            block = todo[i:i + 500]
            texts = ls.texts(store, sorted({x for p in block for x in p}))
            for a, b in block:
                r = reuse_between(a, texts[a][0], texts[a][1], b, texts[b][0], texts[b][1])
                if r is None:
                    nothing.append((a, b))
                else:
                    out.append((r.a, r.b, r.same_outlet, r.score, json.dumps(to_dict(r), ensure_ascii=False)))
        ls.add_reuse(store, out, nothing)
    return {"pairs": store.count("reuse"), "aligned": len(todo), "found": len(out)}
