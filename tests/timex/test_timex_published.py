"""Publication-date inference: the seeds (Tuesday 12 September 2017) and the safety rules."""

from datetime import date

import pytest

from crossbearing.extract.published import extract_published
from crossbearing.extract.registry import Resources
from crossbearing.ingest.text import article_from_text
from crossbearing.model import Analysis, Span
from crossbearing.timex.infer import infer_published
from crossbearing.timex.refs import refine_with_peers, time_refs

SEED0 = "000_dbfbad72b89a1c39.txt"
SEED1 = "001_8990f182e32f847f.txt"
TUESDAY = date(2017, 9, 12)


def _analysed(text):
    article = article_from_text(text)
    analysis = Analysis(article=article)
    cut = text.find(". ")
    analysis.sentences = [Span(article.id, 0, cut + 1), Span(article.id, cut + 2, len(text))]
    extract_published(analysis, None, Resources())
    return analysis


def test_seed_001_is_tuesday_12_september_2017(seeds_dir):
    analysis = _analysed((seeds_dir / SEED1).read_text())
    art = analysis.article
    assert art.published == "2017-09-12"
    assert art.published_source == "inferred"
    start, end = date.fromisoformat(art.published), date.fromisoformat(art.published_end)
    assert start <= TUESDAY <= end and (end - start).days <= 6
    assert art.published_precision in ("day", "week")
    evidence = {s.text for s in art.published_evidence}
    assert "Tuesday" in evidence and "September 10, 2017" in evidence
    for span in art.published_evidence:
        assert art.text[span.start:span.end] == span.text


def test_seed_000_names_no_year_so_no_confident_day(seeds_dir):
    text = (seeds_dir / SEED0).read_text()
    analysis = _analysed(text)
    art = analysis.article
    assert art.published is None  # no year in the text: never a guessed year
    partial = art.meta["published_partial"]
    assert partial["from"] <= "09-12" <= partial["to"] and 2017 in partial["years"]


def test_seed_000_with_its_story_peer_gets_the_week_of_12_september(seeds_dir):
    a0 = _analysed((seeds_dir / SEED0).read_text()).article
    a1 = _analysed((seeds_dir / SEED1).read_text()).article
    assert refine_with_peers(a0, [a1])
    start, end = date.fromisoformat(a0.published), date.fromisoformat(a0.published_end)
    assert start <= TUESDAY <= end and (end - start).days <= 6
    assert {"Thursday", "September 14-15"} <= {s.text for s in a0.published_evidence}


def test_metadata_date_is_kept():
    analysis = Analysis(article=article_from_text("Shots were fired on Tuesday.", published="2020-01-03"))
    extract_published(analysis, None, Resources())
    assert analysis.article.published == "2020-01-03"
    assert analysis.article.published_source == "metadata"


@pytest.mark.parametrize("text", [
    "A man was shot on Tuesday. Police said 42 people were questioned.",
    "The war started in 2014 and 450 people died.",
    "Talks are slated to begin Thursday.",
    "",
])
def test_no_year_or_only_a_year_gives_no_date(text):
    guess = infer_published(text)
    assert guess.start is None


def test_relative_times_follow_the_inferred_date(seeds_dir):
    analysis = _analysed((seeds_dir / SEED1).read_text())
    refs = {t.span.text: t for t in time_refs(analysis.article)}
    assert refs["December last year"].start == "2016-12-01"
    assert refs["Tuesday"].start == "2017-09-12"
    assert refs["almost three-year"].kind == "duration" and refs["almost three-year"].start is None
    assert refs["between 2014 and 2017"].kind == "range"


def test_unreadable_metadata_date_is_read_by_the_grammar():
    art = article_from_text("A man was shot.")
    art.meta["unparsed_published"] = "Posted: Tuesday, Sept. 12, 2017 4:50 PM EDT (updated)"
    extract_published(Analysis(article=art), None, Resources())
    assert art.published == "2017-09-12" and art.published_source == "metadata"


def test_a_page_header_stamp_with_its_weekday_dates_the_page():
    from datetime import date as _date

    from crossbearing.timex.infer import infer_published

    page = ("Strikes kill 8 militants Report Reuters Sunday 10 Jul 2016 Ten targets were hit in the strikes "
            "on Saturday, the monitor said.")
    g = infer_published(page)
    assert (g.start, g.end, g.precision) == (_date(2016, 7, 10), _date(2016, 7, 10), "day")
    # the same date governed by a preposition is an event's date, not a stamp
    told = "Rebels attacked the town on Sunday 10 Jul 2016, killing three. The army said on Monday it had retaken it."
    assert infer_published(told).precision != "day" or infer_published(told).start != _date(2016, 7, 10)
