"""Linker: undated articles take their year and window from dated reports of the same story
(logic in ``crossbearing.timex.stories``); their rows are rewritten in one transaction."""

from __future__ import annotations

from . import linker


@linker("story_dates", order=12)
def link_story_dates(store, settings) -> dict[str, int]:
    from ..timex.stories import redate_stories

    rows = store.query("SELECT sa.story_id, sa.article_id FROM story_articles sa JOIN stories s ON s.id = sa.story_id "
                       "WHERE s.n_articles > 1 AND sa.story_id IN (SELECT story_id FROM story_articles sa2 "
                       "JOIN articles a ON a.id = sa2.article_id WHERE a.published IS NULL)")
    stories: dict[str, list] = {}
    for r in rows:
        an = store.analysis(r["article_id"])
        if an is not None:
            stories.setdefault(r["story_id"], []).append(an)
    changed = redate_stories(stories, settings.story_window_days)
    if changed:
        store.replace_analyses(changed)
    return {"redated": len(changed)}
