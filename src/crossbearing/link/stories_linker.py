"""Linker: group articles into stories (tables ``stories``, ``story_articles``), incrementally.

The grouper (``grouping.StoryGrouper``) reads articles as one stream in a canonical order —
publication day as first linked (undated last), then article id — so the stories do not
depend on the order or the number of runs the articles came in. After each run its state
(open stories in the time window, the blocking index, the learnt term counts) is saved in the
store as a checkpoint. A run loads the last checkpoint before its earliest new article and
reads only the articles from there on: a daily feed, whose new articles are the latest,
reads just those; an article from the past replays the stream from the checkpoint before it
(checkpoints are kept at doubling distances back from the newest).

A checkpoint is the pickled grouper without its paragraph counts, which grow with the stream
up to the grouper's memory cap, and without the incident keys of its term counts (``df``: a
town and a day each, so new ones every day): those are rows of ``link_counts``
(``store.linkcounts``), read for the paragraphs and incidents a run groups and written where
they changed, so a run's cost does not grow with the size of the stream.

A story's id is ``S-`` and its first article's id (a content hash, 16 hex digits: ten would
make two of a million stories share an id more often than not). Stories whose members changed are marked pending for the later linkers.
"""

from __future__ import annotations

import hashlib
import pickle
import zlib
from datetime import date, timedelta
from typing import Optional

from ..store import linkcounts as lc
from ..store import linkstate as ls
from . import linker
from . import textfeat as tf
from .grouping import StoryGrouper


class StoreGrouper(StoryGrouper):
    """A ``StoryGrouper`` whose stories are named after their first article."""

    def new_story_id(self, doc_id: str) -> str:
        return "S-" + doc_id[:16]


def assign_stories(rows, window_days: int, threshold: float,
                   extra: dict[str, list[str]] | None = None) -> dict[str, str]:
    """{article id: story id} for ``(id, outlet, title, published, text)`` rows in stream order
    (no store: the pure grouping the linker runs); ``extra`` adds per-article keys."""
    g = StoreGrouper(window_days, threshold)
    extra = extra or {}
    return {aid: g.add(aid, text, pub, outlet, title, extra.get(aid, ()))[0] for aid, outlet, title, pub, text in rows}


def incident_keys(rows) -> dict[str, list[str]]:
    """Incident keys (``x:<town>|<region>|<country>|<day>``, and the same for the county when it
    is known) of ``(article id, location, admin1, country, event date[, fatalities, injured,
    admin2, geo precision])`` rows (with a toll of two or more, also
    ``x:<town>|…|<day>|k<dead>|i<hurt>`` and the same for the county): reports of one incident
    name the same town and the same day, give or take one (a late-night shooting is dated either
    side of midnight, a follow-up says "Saturday" where the first report said "overnight"). Each
    event gives its day and the next, so two events share a key exactly when their days are at
    most one apart. A toll of ``REGION_TOLL_KEY_MIN`` or more also keys the region
    (``x:|<region>|<country>|<day>|k…|i…``): one report places a mass shooting in its town,
    another only in its state ("at a Georgia bar") or in the next town; an event placed only in
    a region (geo precision 3) gives that key alone."""
    from .compare import norm_name

    out: dict[str, list[str]] = {}
    for aid, location, admin1, country, day, *more in rows:
        if isinstance(day, str):
            day = date.fromisoformat(day[:10])
        town = "|".join(norm_name(x) for x in (location, admin1, country))
        region = "|" + "|".join(norm_name(x) for x in (admin1, country))
        keys = out.setdefault(aid, [])
        killed, hurt, county, precision = (list(more) + [None] * 4)[:4]
        toll = (killed or 0) + (hurt or 0)
        in_town = precision is None or precision <= 2
        county_of = "|".join(norm_name(x) for x in ("county " + county, admin1, country)) if county else None
        for d in (day, day + timedelta(days=1)):
            key = f"x:{town}|{d.isoformat()}"
            told = f"|{d.isoformat()}|k{killed or 0}|i{hurt or 0}"
            found = []
            if in_town:
                found.append(key)
                if county_of:  # one report names the town, another only its county ("in north Harris County")
                    found.append(f"x:{county_of}|{d.isoformat()}")
                if toll >= TOLL_KEY_MIN:
                    found.append(f"x:{town}{told}")
                    if county_of:  # one report names the neighbourhood, another the city: one county
                        found.append(f"x:{county_of}{told}")
            if toll >= REGION_TOLL_KEY_MIN and admin1:
                found.append(f"x:{region}{told}")
            keys += [k for k in found if k not in keys]
    return {aid: keys for aid, keys in out.items() if keys}


# A toll of this many people (dead and hurt) in one town on one day makes a key of its own: two
# reports that count the same two dead and two wounded there are seldom of two incidents.
TOLL_KEY_MIN = 2
# ... and this many in one region (a state, a governorate) on one day: four or more shot at once
# is rare enough that two reports counting the same dead and wounded there on one day are of one
# incident (the story grouper still asks their wording to agree a little: it is a bonus, not a match)
REGION_TOLL_KEY_MIN = 4


def signature(settings) -> str:
    """What a checkpoint is valid for: a grouper with other settings or other parameters (a new
    version's, e.g. one that scores a new kind of key) must start afresh: it would resume from a
    state its own rules did not build, or from an object without its attributes."""
    fresh = vars(StoreGrouper(settings.story_window_days, settings.story_threshold))
    params = sorted((k, v) for k, v in fresh.items() if isinstance(v, (bool, int, float, str)))
    digest = hashlib.blake2b(repr(params).encode(), digest_size=6).hexdigest()
    return f"v6 window={settings.story_window_days} threshold={settings.story_threshold} grouper={digest}"


def _dump(grouper) -> bytes:
    """The checkpoint of ``grouper``: pickled without its stored counts (their sizes instead)."""
    counts = lc.detached(grouper)
    try:
        state = {"grouper": grouper, "counts": {name: len(c) for name, c in counts.items()}}
        return zlib.compress(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL), 1)
    finally:
        lc.reattach(grouper, counts)


def _load(store, blob: bytes) -> StoreGrouper:
    state = pickle.loads(zlib.decompress(blob))
    if isinstance(state, StoryGrouper):  # an older checkpoint, counts inside
        return state
    lc.attach(store, state["grouper"], state["counts"])
    return state["grouper"]


def _paragraph_keys(rows, extra: dict[str, list[str]]) -> dict[str, set]:
    """The keys of the stored counts the grouper will look up for these stream rows (the
    paragraphs of their texts, and the incident keys of ``df`` among their ``extra`` keys), so
    they are read in one query; a key missed here is read when it is looked up (same result,
    one query)."""
    seen, paras, df = set(), set(), set()
    for aid, outlet, _title, _day, text, _sday in rows:
        for s, e in tf.paragraphs(text):
            h = tf.para_hash(text[s:e])
            seen.add((outlet or "", h))
            paras.add(h)
        df.update(k for k in extra.get(aid, ()) if k.startswith(lc.DF_STORED))
    return {"seen_paras": seen, "para_stories": paras, "df": df}


PAGE = 512  # stream rows whose stored counts are read in one query (a scan of ``link_counts``)


def _pages(rows, size: int = PAGE):
    page = []
    for row in rows:
        page.append(row)
        if len(page) == size:
            yield page
            page = []
    if page:
        yield page


CHECKPOINT_GAP = 256  # articles between the newest checkpoint and the one before; doubling further back


def _checkpoint_marks(total: int) -> set[int]:
    """After how many replayed articles to save a checkpoint: the end, and 256, 512, 1024, …
    articles before it (where late articles usually land)."""
    marks, back = {total}, CHECKPOINT_GAP
    while back < total:
        marks.add(total - back)
        back *= 2
    return marks


@linker("stories", order=10)
def link_stories(store, settings) -> dict[str, int]:
    with store.transaction():
        old_place, stale = ls.refresh_stale(store)
        ls.register_new(store)
        positions = [p for p in (old_place, ls.earliest_unlinked(store, stale)) if p is not None]
        if not positions:
            return {"stories": store.count("stories"), "articles": 0, "changed": 0}
        start = min(positions)
        sig = signature(settings)
        ckpt = ls.checkpoint_before(store, start, sig)
        position: Optional[tuple[int, str]] = (ckpt[0], ckpt[1]) if ckpt else None
        done = ckpt[2] if ckpt else 0
        ls.drop_checkpoints_after(store, position)
        lc.drop_after(store, done if ckpt else None)
        if ckpt:
            grouper = _load(store, ckpt[3])
        else:
            grouper = StoreGrouper(settings.story_window_days, settings.story_threshold)
            lc.track(store, grouper)
        total = ls.count_after(store, position)
        marks = _checkpoint_marks(total)
        places = ls.place_keys_after(store, position)
        for aid, keys in incident_keys(ls.incident_rows_after(store, position)).items():
            places.setdefault(aid, []).extend(keys)
        assignment: dict[str, str] = {}
        written: dict = {}
        n = 0
        for page in _pages(ls.stream_after(store, position)):
            lc.prefetch(grouper, _paragraph_keys(page, places))
            for aid, outlet, title, day, text, sday in page:
                n += 1
                assignment[aid] = grouper.add(aid, text, day, outlet, title, places.get(aid, ()))[0]
                if n in marks:
                    lc.save(store, grouper, done + n, written)
                    ls.save_checkpoint(store, (sday, aid), done + n, sig, _dump(grouper))
        ls.thin_checkpoints(store, CHECKPOINT_GAP)
        lc.collect(store, ls.checkpoint_positions(store), written if ckpt else None, lc.history(grouper))
        # the stories the replayed articles were in and are in now, their members before and after
        old = ls.members_around(store, list(assignment), set(assignment.values()))
        before = {a: s for s, ms in old.items() for a in ms if a in assignment}
        touched = set(before.values()) | set(assignment.values())
        ls.reassign(store, assignment)
        new: dict[str, set[str]] = {}
        for s, ms in old.items():
            rest = {a for a in ms if a not in assignment}  # (a set minus dict keys walks all the keys)
            if rest:
                new[s] = rest
        for a, s in assignment.items():
            new.setdefault(s, set()).add(a)
        changed = {s for s in touched if old.get(s) != new.get(s)}
        changed |= {before[a] for a in stale if a in before} | {assignment[a] for a in stale if a in assignment}
        ls.rebuild_story_rows(store, changed, new)
        ls.add_pending(store, changed)
    return {"stories": store.count("stories"), "articles": len(assignment), "changed": len(changed)}
