"""Linker: undated articles take their year and window from dated reports of the same story
(logic in ``crossbearing.timex.stories``); their rows are rewritten in one transaction.

Only the stories whose members changed are redone. Dating always starts from the article as
it was before any story dated it (kept in ``analyses_undated``), so the result depends on the
story's final members only, not on the runs that built it; an article whose story no longer
has a dated peer gets its undated analysis back.
"""

from __future__ import annotations

import json

from ..model import Analysis, from_dict, to_dict
from ..store import linkstate as ls
from . import linker


@linker("story_dates", order=12)
def link_story_dates(store, settings) -> dict[str, int]:
    from ..timex.stories import redate_stories

    stories: dict[str, list[Analysis]] = {}
    restore: list[Analysis] = []
    pending = ls.pending_members(store)
    all_undated = ls.originally_undated(store, [a for members in pending.values() for a in members])
    for sid, members in pending.items():
        undated = all_undated & set(members)
        if not undated:
            continue
        saved = ls.saved_undated(store, sorted(undated))
        current = {aid: store.analysis(aid) for aid in members}
        ls.save_undated(store, [(aid, json.dumps(to_dict(current[aid]), ensure_ascii=False))
                                for aid in sorted(undated - set(saved)) if current[aid] is not None])
        originals = {aid: from_dict(Analysis, json.loads(saved[aid]) if aid in saved else to_dict(current[aid]))
                     for aid in sorted(undated) if aid in saved or current[aid] is not None}
        analyses = [originals.get(aid, current[aid]) for aid in members if current[aid] is not None]
        if len(analyses) > 1:
            stories[sid] = analyses
        restore += [an for aid, an in originals.items() if current[aid] != an]
    changed = redate_stories(stories, settings.story_window_days)
    done = {an.article.id for an in changed}
    rewrite = changed + [an for an in restore if an.article.id not in done]
    if rewrite:
        store.replace_analyses(rewrite)
    return {"redated": len(changed)}
