"""Text reuse: passages two articles share verbatim or nearly, with spans in both.

In the spirit of passim: word n-grams shared by both texts are seeds; seeds that lie close
together on (nearly) the same diagonal are chained into one passage, which tolerates a few
inserted, dropped or changed words ("Over 450 terrorists, five tanks and …" vs "450
terrorists, five tanks, and …"). A passage keeps the character span in each article, so a
user sees exactly what was copied — the evidence that two outlets are one origin for a fact.

Near-duplicate *articles* (wire copy reprinted whole) are found first with MinHash/LSH
(``near_duplicate_pairs``), which needs no pairwise comparison of the whole collection.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from typing import Iterable, Optional

from ..model import Reuse, Span

_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*")


@dataclass(frozen=True)
class Passage:
    """One shared passage: token and character ranges in both texts, and its score."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    n_tokens: int
    score: float  # fraction of the passage's tokens covered by shared n-grams


def word_tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised word, start, end) for every word; accents and case folded."""
    out = []
    for m in _TOKEN.finditer(text):
        w = unicodedata.normalize("NFKD", m.group(0).lower())
        w = "".join(c for c in w if not unicodedata.combining(c)).replace("\u2019", "'")
        out.append((w, m.start(), m.end()))
    return out


# An n-gram a text repeats more often than this is repetition (a page's boilerplate, a scraped
# text looping), not a passage one outlet took from another: it seeds nothing. Without the cap a
# text of one repeated sentence gives quadratically many seeds and chaining them never ends.
MAX_SEED_REPEATS = 8


def seeds(ta: list[str], tb: list[str], n: int = 5) -> list[tuple[int, int]]:
    """Every (i, j) where the n words starting at i in A equal those starting at j in B, for
    n-grams neither text repeats more than ``MAX_SEED_REPEATS`` times."""
    index: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(ta) - n + 1):
        index.setdefault(tuple(ta[i:i + n]), []).append(i)
    in_b: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(tb) - n + 1):
        gram = tuple(tb[j:j + n])
        if gram in index:
            in_b.setdefault(gram, []).append(j)
    out = [(i, j) for gram, js in in_b.items() if len(js) <= MAX_SEED_REPEATS
           and len(index[gram]) <= MAX_SEED_REPEATS for j in js for i in index[gram]]
    out.sort()
    return out


def chain(seed_list: list[tuple[int, int]], gap: int = 8, skew: int = 4) -> list[list[tuple[int, int]]]:
    """Group seeds into chains that advance in both texts by at most ``gap`` words each step
    and stay within ``skew`` words of the same diagonal (local alignment without a DP table)."""
    chains: list[list[tuple[int, int]]] = []
    for i, j in seed_list:
        best = None
        for c in chains:
            li, lj = c[-1]
            di, dj = i - li, j - lj
            if 0 < di <= gap and 0 < dj <= gap and abs(di - dj) <= skew:
                if best is None or di + dj < best[0]:
                    best = (di + dj, c)
        if best:
            best[1].append((i, j))
        else:
            chains.append([(i, j)])
    return chains


def shared_passages(text_a: str, text_b: str, *, n: int = 5, min_tokens: int = 8, gap: int = 8,
                    skew: int = 4) -> list[Passage]:
    """Passages of at least ``min_tokens`` words that ``text_a`` and ``text_b`` share."""
    wa, wb = word_tokens(text_a), word_tokens(text_b)
    ta, tb = [w for w, _, _ in wa], [w for w, _, _ in wb]
    out: list[Passage] = []
    for c in chain(seeds(ta, tb, n), gap, skew):
        i0, j0 = c[0]
        i1, j1 = c[-1][0] + n, c[-1][1] + n  # exclusive token ends
        covered_a = {k for i, _ in c for k in range(i, i + n)}
        covered_b = {k for _, j in c for k in range(j, j + n)}
        length = max(i1 - i0, j1 - j0)
        if min(len(covered_a), len(covered_b)) < min_tokens:
            continue
        score = min(len(covered_a) / (i1 - i0), len(covered_b) / (j1 - j0))
        out.append(Passage(wa[i0][1], wa[i1 - 1][2], wb[j0][1], wb[j1 - 1][2], length, round(score, 3)))
    return _drop_nested(out)


def _drop_nested(passages: list[Passage]) -> list[Passage]:
    """A passage inside a longer one on both sides (a repeated phrase) adds nothing."""
    keep = []
    for p in sorted(passages, key=lambda p: -(p.a_end - p.a_start)):
        if not any(q.a_start <= p.a_start and p.a_end <= q.a_end and q.b_start <= p.b_start and p.b_end <= q.b_end
                   for q in keep):
            keep.append(p)
    return sorted(keep, key=lambda p: p.a_start)


def reuse_between(a_id: str, text_a: str, outlet_a: Optional[str], b_id: str, text_b: str,
                  outlet_b: Optional[str], **kw) -> Optional[Reuse]:
    """A ``Reuse`` record for two articles, or None when they share no passage."""
    passages = shared_passages(text_a, text_b, **kw)
    if not passages:
        return None
    spans_a = [Span(a_id, p.a_start, p.a_end, text_a[p.a_start:p.a_end]) for p in passages]
    spans_b = [Span(b_id, p.b_start, p.b_end, text_b[p.b_start:p.b_end]) for p in passages]
    shared = sum(p.a_end - p.a_start for p in passages)
    same = bool(outlet_a) and (outlet_a or "").lower() == (outlet_b or "").lower()
    return Reuse(a_id, b_id, spans_a, spans_b, same_outlet=same,
                 score=round(shared / max(1, min(len(text_a), len(text_b))), 4))


def minhash_of(text: str, num_perm: int = 64, shingle: int = 5):
    from datasketch import MinHash

    words = _TOKEN.findall(text.lower())  # offsets are not needed here: the fast path
    m = MinHash(num_perm=num_perm)
    m.update_batch([" ".join(words[i:i + shingle]).encode("utf-8")
                    for i in range(max(1, len(words) - shingle + 1))])
    return m


def near_duplicate_pairs(docs: Iterable[tuple[str, str]], threshold: float = 0.5,
                         num_perm: int = 64) -> set[tuple[str, str]]:
    """Pairs of ids whose texts' word 5-shingle sets have estimated Jaccard ≥ threshold."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    pairs: set[tuple[str, str]] = set()
    for doc_id, text in docs:
        m = minhash_of(text, num_perm)
        for other in lsh.query(m):
            pairs.add(tuple(sorted((doc_id, other))))
        lsh.insert(doc_id, m)
    return pairs


def span_shared(span: Span, reuses: Iterable[Reuse], min_overlap: int = 1) -> list[tuple[Span, Span]]:
    """The shared passages of ``reuses`` that overlap ``span``, as (this side, other side)."""
    out = []
    for r in reuses:
        for sa, sb in zip(r.spans_a, r.spans_b):
            for mine, other in ((sa, sb), (sb, sa)):
                if mine.article_id == span.article_id and \
                        min(mine.end, span.end) - max(mine.start, span.start) >= min_overlap:
                    out.append((mine, other))
    return out


@lru_cache(maxsize=8)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    from datasketch.lsh import _optimal_param  # what MinHashLSH chooses (an integral: cached)

    return _optimal_param(threshold, num_perm, 0.5, 0.5)


def band_keys(text: str, threshold: float = 0.5, num_perm: int = 64) -> list[tuple[int, int]]:
    """(band, key) of a text's MinHash signature, banded as ``MinHashLSH(threshold, num_perm)``
    bands it: two texts with one equal (band, key) are the candidates ``near_duplicate_pairs``
    finds. Keys are 64-bit integers, so the index can live in a database table."""
    import hashlib

    b, r = _bands(threshold, num_perm)
    values = minhash_of(text, num_perm).hashvalues
    out = []
    for i in range(b):
        digest = hashlib.blake2b(values[i * r:(i + 1) * r].tobytes(), digest_size=8).digest()
        out.append((i, int.from_bytes(digest, "big", signed=True)))
    return out
