"""Linker: learn each outlet's home region from its stored articles and move its stories'
far-away namesake towns there (logic in ``crossbearing.geo.outlets``), before the stories
are grouped (a moved town is an incident key).

A move always starts from the mentions as extracted (saved in ``placed_at_home``), so the
result depends on the store's articles only, not on the runs that brought them: an outlet
whose home changes (or that loses it) has its articles read again, and a move no longer
called for is undone. An article extracted again (its moved mentions no longer match the
saved digest) starts afresh. Undated articles keep their places: they are dated from their
story later (``story_dates``), from a copy of their analysis this step must not race.
"""

from __future__ import annotations

import hashlib
import json

from ..geo import outlets as go
from ..model import Analysis, to_dict
from ..store import linkstate as ls
from ..store import outlethomes as oh
from . import linker

CHUNK = 2000  # articles whose analyses are held at once


def _digest(mentions: dict[str, dict]) -> str:
    """What the moved mentions read as (their places only: the digest of an article this step
    wrote must not change when the mentions' other fields change shape)."""
    places = {k: (m.get("mention") or {}).get("place") for k, m in mentions.items()}
    return hashlib.sha1(json.dumps(places, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


@linker("outlet_homes", order=5)
def link_outlet_homes(store, settings) -> dict[str, int]:
    with store.transaction():
        fresh_outlets = oh.unlinked(store)
        fresh = set(fresh_outlets)
        moved = oh.saved_ids(store)
        # an article stored again since its move (a better copy of its text) starts afresh; only
        # new and re-stored articles are checked, so a run reads what its batch touches
        check = sorted(moved & fresh)
        saved = oh.saved(store, check)
        current = store.analyses_of(check)
        gone = [aid for aid in check if aid not in current or aid not in saved
                or _digest(go.mentions_at(current[aid], saved[aid][0])) != saved[aid][1]]
        oh.drop(store, gone)
        moved -= set(gone)
        for aid in gone:
            saved.pop(aid, None)
        leaders = oh.region_leaders(store)
        homes = go.homes_of_leaders(leaders)
        settled = set(go.homes_of_leaders(leaders, go.PAGE_HOME_SHARE))
        state = {o: (*home, o in settled) for o, home in homes.items()}
        before = oh.stored_homes(store)
        changed = {o for o in set(state) | set(before) if state.get(o) != before.get(o)}
        oh.write_homes(store, state, changed)
        outlet_of = fresh_outlets | oh.outlets_of(store, moved - fresh)
        # every article of an outlet whose home changed; of the others, the new ones only (a
        # batch reads what it adds, not each of its outlets' whole archive)
        away = oh.away_from_home(store, changed, fresh)
        outlet_of.update(away)
        # new articles, and every article of an outlet whose home changed (moved there or back)
        candidates = {a for a, o in away.items() if a in fresh or o in changed}
        candidates |= {a for a in moved if a in fresh or outlet_of.get(a) in changed}
        if not candidates:
            return {"homes": len(homes), "moved": len(moved), "rewritten": 0}
        centres, lookup, read_title, read_region = _gazetteer(
            settings, {homes[outlet_of[a]] for a in candidates if outlet_of.get(a) in homes})
        rewritten = 0
        ordered = sorted(candidates)
        # a few thousand articles at a time: a full link reads every stored article here, and
        # held at once their analyses were the link stage's peak memory (3.1 GB at 100k articles)
        for i in range(0, len(ordered), CHUNK):
            chunk = ordered[i:i + CHUNK]
            saved.update(oh.saved(store, sorted((set(chunk) & moved) - set(saved))))
            found = {a: current[a] for a in chunk if a in current}
            found.update(store.analyses_of([a for a in chunk if a not in current]))
            rewrite: list[Analysis] = []
            keep, drop = [], []
            for aid in chunk:
                cur = found.get(aid)
                if cur is None:
                    continue
                orig = go.restore(cur, saved[aid][0]) if aid in saved else cur
                home = homes.get(outlet_of.get(aid))
                centre = centres.get(home) if home else None
                moves = {}
                if centre:
                    at_home = go.Home(*home, *centre)
                    moves = go.place_at_home(orig, at_home, lookup) | go.place_headline_at_home(orig, at_home, read_title)
                    if outlet_of.get(aid) in settled:
                        moves = moves or go.place_page_in_home_region(orig, at_home, read_region)
                target = go.apply_places(orig, moves) if moves else orig
                if to_dict(target) != to_dict(cur):
                    rewrite.append(target)
                if moves:
                    keep.append((aid, go.mentions_at(orig, moves), *go.article_region(orig),
                                 _digest(go.mentions_at(target, moves))))
                elif aid in moved:
                    drop.append(aid)
                saved.pop(aid, None)
            oh.drop(store, drop)
            oh.save(store, keep)
            if rewrite:
                store.replace_analyses(rewrite)
                ls.mark_stale(store, oh.linked(store, [an.article.id for an in rewrite]))
            rewritten += len(rewrite)
    return {"homes": len(homes), "moved": len(oh.saved_ids(store)), "rewritten": rewritten}


def _gazetteer(settings, regions: set[tuple[str, str]]):
    """The centre of each home region, as the gazetteer gives it (a fixed point, so the moves
    do not depend on which of the outlet's articles are stored); a lookup of the town or county
    of a name in a home region; a reader of a headline's town in a home region; and the home
    region itself as a mention."""
    if not regions:
        return {}, None, None, None
    from ..extract.places import focus_mention
    from ..geo.focus import OUTLET_WEIGHT, title_places
    from ..geo.gazetteer import open_gazetteer

    gaz = open_gazetteer(settings)
    provinces, lookup = go.home_gazetteer(gaz, regions)
    centres = {key: (e.lat, e.lon) for key, e in provinces.items()}

    def read_title(article, home: go.Home):
        region = provinces.get((home.country, home.admin1))
        if region is None:
            return None
        for e in title_places(gaz, article.title or "", None, (), ((region, OUTLET_WEIGHT),)):
            p = e.to_place()
            if e.kind in ("place", "district") and (p.country, p.admin1) == (home.country, home.admin1):
                pm = focus_mention(article, e, "title")
                pm.reason = f"the headline's {e.name}, read in the outlet's home region ({home.admin1})"
                return pm
        return None

    def read_region(article, home: go.Home):
        region = provinces.get((home.country, home.admin1))
        if region is None:
            return None
        pm = focus_mention(article, region, "outlet")
        pm.reason = f"the outlet's home region ({home.admin1}): the page names no place of its own"
        return pm

    return centres, lookup, read_title, read_region
