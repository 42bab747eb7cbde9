"""Publication-date rules: page stamps, datelines, captions, follow-up stories, tense."""

from datetime import date

from crossbearing.timex import scan, tense_at
from crossbearing.timex.infer import infer_published


def test_posted_stamp_dates_the_page():
    g = infer_published("Man shot in Dayton Posted: Sunday, March 16, 2014 12:58 PM EDT "
                        "Updated: Monday, April 28, 2014 11:45 AM EDT\nA man was shot Saturday night.")
    assert (g.start, g.end, g.precision) == (date(2014, 3, 16), date(2014, 3, 16), "day")


def test_dateline_date_dates_the_page():
    g = infer_published("LA PORTE, Ind. (December 26, 2015) — A boy was injured Thursday morning.")
    assert g.start == date(2015, 12, 26) and g.precision == "day"


def test_background_date_deep_in_a_follow_up_does_not_date_the_report():
    filler = "The hearing went on for hours. " * 20
    text = ("A man pleaded guilty Monday in a shooting. " + filler +
            "Mason shot two men on Aug. 20, 2013, police said.")
    assert infer_published(text).start is None


def test_caption_date_bounds_the_report():
    filler = "Officials spoke at length. " * 20
    text = ("Officials announced the results on Tuesday. " + filler +
            "\n(Photo: troops advance on September 10, 2017. AFP)")
    g = infer_published(text)
    assert g.start == date(2017, 9, 12) and g.end <= date(2017, 9, 14)


def test_date_of_birth_is_not_evidence():
    text = "A man was shot Friday. (Lopez, date of birth July 9, 2011.)"
    assert infer_published(text).start is None


def test_tense_cues():
    t = "The talks are slated to begin Thursday. He said on Tuesday that it was over."
    thu, tue = scan(t)
    assert tense_at(t, thu.start, thu.end) == "future"
    assert tense_at(t, tue.start, tue.end) == "past"
    t2 = "The dinner will be held Tuesday, January 20, 2015 at the center."
    tx = scan(t2)[0]
    assert tense_at(t2, tx.start, tx.end) == "future"


def test_a_page_stamped_only_with_its_last_update_is_dated_by_it():
    # the scraped stamp lost its comma and ran the day into the year
    g = infer_published("Last updated at Mar 072016 BEIRUT Rockets hit a market on Monday, killing four people.")
    assert (g.start, g.end, g.precision) == (date(2016, 3, 7), date(2016, 3, 7), "day")
    # a dated event in the text still bounds the page from below, as before
    g = infer_published("Updated: March 9, 2016. Rockets hit a market on March 7, 2016, killing four people.")
    assert g.start is not None and g.start >= date(2016, 3, 7)
