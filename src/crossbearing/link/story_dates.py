"""Linker: undated articles take their year and window from dated reports of the same story
(logic in ``crossbearing.timex.stories``); their rows are rewritten in one transaction."""

from __future__ import annotations

from . import linker


def _rewrite(store, analyses) -> None:
    from ..store.duck import _Rows

    rows = _Rows()
    for an in analyses:
        rows.add(an)
    ids = [an.article.id for an in analyses]
    store.con.execute("BEGIN TRANSACTION")
    try:
        for table, values in rows.tables():
            store.con.execute(f"DELETE FROM {table} WHERE {'id' if table == 'articles' else 'article_id'} "
                              f"IN (SELECT unnest(?))", [ids])
            if values:
                marks = ", ".join("?" * len(values[0]))
                store.con.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise


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
        _rewrite(store, changed)
    return {"redated": len(changed)}
