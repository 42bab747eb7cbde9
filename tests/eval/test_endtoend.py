"""The end-to-end harness maps every input record to the article the store kept for it."""

from crossbearing.eval.endtoend import run_export


def test_a_page_filed_twice_maps_both_records_to_the_kept_article():
    text = ("Police said two men were shot and wounded outside a bar on Main Street late Saturday. "
            "Both were taken to hospital.")
    records = [{"text": text, "title": "Two men shot outside bar", "outlet": "Zeta Daily", "published": "2020-03-02"},
               {"text": text, "title": "Two  men shot outside bar", "outlet": "Zeta Daily", "published": "2020-03-02"},
               {"text": "The city council approved a new budget on Monday.", "title": "Budget passes",
                "outlet": "Alpha News", "published": "2020-03-02"}]
    ex = run_export(records)
    assert ex.article_of(0) is not None and ex.article_of(0) == ex.article_of(1)
    assert ex.article_of(2) not in (None, ex.article_of(0))
    assert ex.main_event(ex.article_of(1)) is not None
    own = ex.main_report(ex.article_of(1))
    assert own is not None and own["article_id"] == ex.article_of(1)
    assert own["event_id_cnty"] == ex.main_event(ex.article_of(1))["event_id_cnty"]


def test_one_text_under_two_titles_is_two_articles():
    text = "Police said a man was shot and wounded outside a store on Elm Street late Friday."
    records = [{"text": text, "title": "Man shot outside store", "outlet": "Zeta Daily", "published": "2020-03-02"},
               {"text": text, "title": "Elm Street shooting leaves man hurt", "outlet": "Alpha News",
                "published": "2020-03-02"}]
    ex = run_export(records)
    assert None not in (ex.article_of(0), ex.article_of(1)) and ex.article_of(0) != ex.article_of(1)
