"""The grammar + resolution on each phrase of issue 4, with a fixed reference date."""

from datetime import date

import pytest

from crossbearing.timex import resolve, scan, tense_at

REF = date(2017, 9, 12)  # a Tuesday


def one(text, anchor=REF):
    found = scan(text)
    assert len(found) == 1, [t.text for t in found]
    tx = found[0]
    s, e, p = resolve(tx, anchor, tense_at(text, tx.start, tx.end))
    return tx, (s.isoformat() if s else None, e.isoformat() if e else None, p)


@pytest.mark.parametrize("text, expected", [
    ("The conference was held on Tuesday.", ("2017-09-12", "2017-09-12", "day")),
    ("The talks were held on Thursday.", ("2017-09-07", "2017-09-07", "day")),
    ("The talks are slated to begin Thursday.", ("2017-09-14", "2017-09-14", "day")),
    ("He spoke at a press conference earlier today.", ("2017-09-12", "2017-09-12", "day")),
    ("They broke the siege earlier this month.", ("2017-09-01", "2017-09-12", "month")),
    ("It was made in December last year.", ("2016-12-01", "2016-12-31", "month")),
    ("In early August, Damascus wrote letters.", ("2017-08-01", "2017-08-10", "month")),
    ("killed between 2014 and 2017", ("2014-01-01", "2017-12-31", "year")),
    ("Talks to be Held in Astana on September 14-15", ("2017-09-14", "2017-09-15", "week")),
    ("fighting since March 2011.", ("2011-03-01", "2017-09-12", "month")),
    ("troops on September 10, 2017, as they", ("2017-09-10", "2017-09-10", "day")),
    ("On 12 March 2022, protesters gathered", ("2022-03-12", "2022-03-12", "day")),
    ("Police arrested him last week.", ("2017-09-04", "2017-09-10", "week")),
    ("A man was shot yesterday.", ("2017-09-11", "2017-09-11", "day")),
    ("This year has been violent.", ("2017-01-01", "2017-12-31", "year")),
    ("He was shot Saturday night.", ("2017-09-09", "2017-09-09", "day")),
    ("It happened two days ago.", ("2017-09-10", "2017-09-10", "day")),
    ("Tuesday, Sept. 12, 2017", ("2017-09-12", "2017-09-12", "day")),
    ("the shooting on 3/14/2015", ("2015-03-14", "2015-03-14", "day")),
    ("over the weekend", ("2017-09-09", "2017-09-10", "week")),
    ("in the 1990s", ("1990-01-01", "1999-12-31", "year")),
    ("last December", ("2016-12-01", "2016-12-31", "month")),
])
def test_phrases_resolve(text, expected):
    _, got = one(text)
    assert got == expected


def test_on_tuesday_past_and_future_differ():
    # anchor Wednesday 13 September: past → the day before, future → next week's Tuesday
    anchor = date(2017, 9, 13)
    assert one("It was announced on Tuesday.", anchor)[1][0] == "2017-09-12"
    assert one("Talks will open on Tuesday.", anchor)[1][0] == "2017-09-19"


@pytest.mark.parametrize("text, days", [
    ("the three-year siege of Deir Ezzor", 1095),
    ("the three year siege", 1095),
    ("an almost three-year siege", 1095),
    ("after almost three years", 1095),
    ("for two weeks", 14),
])
def test_durations_are_not_dates(text, days):
    tx, (s, e, p) = one(text)
    assert tx.kind == "duration" and tx.dur_days == days
    assert s is None and e is None


@pytest.mark.parametrize("text", [
    "42 pickups and 450 terrorists", "27,000 square kilometers", "42,234 documented airstrikes",
    "1,2,3", "1,2,3,4,5", "12,000", "a 12-year-old boy", "The 2000 soldiers left", "in 2000 people",
    "$2017", "2017%", "10:30", "3.2017", "", "  ", "7,000 civilians", "the 450th day",
    "two 14-year olds", "both 14 years of age", "an 18-year-old",
])
def test_numbers_are_never_dates(text):
    assert [t.text for t in scan(text)] == []


def test_two_number_range_is_one_range_not_two_years():
    found = scan("between 2014 and 2017")
    assert len(found) == 1 and found[0].kind == "range"


def test_impossible_days_rejected():
    assert scan("on 31 September 2017") == [] or all(t.day != 31 for t in scan("on 31 September 2017"))


def test_year_less_date_without_anchor_is_unresolved():
    tx = scan("on September 14")[0]
    assert resolve(tx, None) == (None, None, None)


def test_random_token_soup_never_crashes():
    import random

    from crossbearing.timex.infer import infer_published

    toks = ("1 2 12 31 29 30 0 99 2017 1999 2100 1,2,3 42,234 - – to and between from since until on in last "
            "next this early mid- late Feb February Sept. May Monday Tuesday's yesterday today ago years "
            "year-old weekend , . ( ) / 02/29/2019 2019-02-29 13/45/2020 the past three-year almost").split()
    rng = random.Random(0)
    for _ in range(1500):
        text = " ".join(rng.choice(toks) for _ in range(rng.randint(1, 12)))
        for tx in scan(text):
            for anchor in (None, date(2019, 2, 28), date(2020, 2, 29)):
                resolve(tx, anchor, tense_at(text, tx.start, tx.end))
        infer_published(text)


@pytest.mark.parametrize("text, anchor, expected", [
    ("Four people were shot on Christmas night outside a bar.", date(2015, 12, 28), "2015-12-25"),
    ("Two men died after a New Year's Eve party turned violent.", date(2016, 1, 2), "2015-12-31"),
    ("A boy was wounded on the Fourth of July, police said.", date(2016, 7, 6), "2016-07-04"),
    ("Deputies said the man was killed Halloween night.", date(2014, 11, 1), "2014-10-31"),
])
def test_a_fixed_date_holiday_is_that_day(text, anchor, expected):
    _, (start, end, precision) = one(text, anchor)
    assert (start, end, precision) == (expected, expected, "day")


def test_a_holiday_as_a_theme_is_no_date():
    assert scan("Volunteers handed out Christmas gifts and a Halloween costume.") == []


def test_on_a_page_dated_the_day_before_a_bare_weekday_names_the_next_day():
    # a page dated Tuesday 12 September saying "on Wednesday" was updated overnight: the 13th,
    # not the Wednesday six days before (a week-old day is "last Wednesday")
    text = "The girl was still in grave condition on Wednesday, police said."
    (tx,) = scan(text)
    assert resolve(tx, REF, "past", next_day=True)[0] == date(2017, 9, 13)
    assert resolve(tx, REF, "past")[0] == date(2017, 9, 6)  # an anchor being tested keeps the past reading
    (last,) = scan("The girl was shot last Wednesday, police said.")
    assert resolve(last, REF, "past", next_day=True)[0] == date(2017, 9, 6)
    (thursday,) = scan("The girl was shot on Thursday, police said.")
    assert resolve(thursday, REF, "past", next_day=True)[0] == date(2017, 9, 7)


def test_each_scan_of_a_text_gets_its_own_records():
    """The grammar keeps its last answers: changing one caller's record must not reach the next."""
    text = "The clashes broke out on 3 March 2016 near the border."
    first = scan(text)
    first[0].kind, first[0].day = "since", 9
    again = scan(text)
    assert (again[0].kind, again[0].day, again[0].month, again[0].year) == ("date", 3, 3, 2016)


def test_since_a_weekday_counts_back_even_from_a_page_dated_the_day_before_it():
    # "since Wednesday" on a page dated Tuesday 12 September: from the Wednesday before, never the 13th
    (tx,) = scan("At least 40 people have been killed in the bombardment since Wednesday.")
    assert tx.kind == "since"
    assert resolve(tx, REF, "past", next_day=True)[0] == date(2017, 9, 6)


def test_past_before_early_and_a_weekday_is_a_noun_not_a_direction():
    from crossbearing.timex.grammar import scan

    got = [(t.text, t.direction) for t in scan("The street saw its gritty past early Sunday when shots rang out.")]
    assert got == [("early Sunday", None)]
    assert [(t.text, t.direction) for t in scan("He was shot this past Sunday.")] == [("past Sunday", -1)]


def test_tomorrow_after_a_determiner_is_a_noun_not_a_day():
    from crossbearing.timex.grammar import scan

    assert [x.text for x in scan("'I Almost Didn't Get a Tomorrow': Shooting Survivor")] == []
    assert [x.text for x in scan("They marched for a better tomorrow.")] == []
    assert [x.rel for x in scan("The trial resumes tomorrow.")] == ["day"]


@pytest.mark.parametrize("text, anchor, expected", [
    # REF is 12 September: this year's summer is over, so "last summer" is it
    ("Last summer, a man was killed at the same complex.", REF, ("2017-06-01", "2017-08-31", "year")),
    # in August the summer is not over yet: "last summer" is the year before's
    ("Last summer, a man was killed at the same complex.", date(2016, 8, 22), ("2015-06-01", "2015-08-31", "year")),
    ("A teenager was shot earlier this spring.", date(2016, 5, 20), ("2016-03-01", "2016-05-20", "year")),
    ("The mill closed in the winter of 2014.", REF, ("2013-12-01", "2014-02-28", "year")),
    ("Two shootings were reported over the summer.", date(2016, 1, 10), ("2015-06-01", "2015-08-31", "year")),
    ("The trial is set for next spring.", REF, ("2018-03-01", "2018-05-31", "year")),
    ("The bar reopened this past summer.", REF, ("2017-06-01", "2017-08-31", "year")),
])
def test_seasons_resolve_against_the_anchor(text, anchor, expected):
    assert one(text, anchor)[1] == expected


@pytest.mark.parametrize("text", ["Police searched a home on Spring Street.", "The fall in crime was welcome.",
                                  "Water from a spring fed the creek."])
def test_a_season_word_alone_is_no_date(text):
    assert scan(text) == []


@pytest.mark.parametrize("text, days", [
    # a paper's or a show's name ending in "Today" is no day
    ("According to a count by the Associated Press and USA Today, 40 children died in 2015.", ["2015"]),
    ("The mother told Psychology Today that she was afraid.", []),
    ("He spoke to USA TODAY on Monday.", ["Monday"]),
    # the day stands at a sentence's start, after a sentence that ends in a capitalised word,
    # in prose, and in a headline cased as a title or in capitals
    ("Today, police said the man died.", ["Today"]),
    ("The shooting happened Tuesday. Today the family mourns.", ["Tuesday", "Today"]),
    ("Police said today that the man died.", ["today"]),
    ("Man Shot Dead Today In Dallas", ["Today"]),
    ("MAN SHOT DEAD TODAY IN DALLAS", ["TODAY"]),
])
def test_a_name_that_ends_in_today_is_no_day(text, days):
    assert [t.text for t in scan(text)] == days


# REF is Tuesday 12 September 2017: the weekend before it is 9-10 September
@pytest.mark.parametrize("text, expected", [
    ("Three men were shot this past weekend.", ("2017-09-09", "2017-09-10", "week")),
    ("Turnout fell over the past weekend, officials say.", ("2017-09-09", "2017-09-10", "week")),
    ("Two soldiers were killed at the weekend.", ("2017-09-09", "2017-09-10", "week")),
    ("The rally will be held at the weekend.", ("2017-09-16", "2017-09-17", "week")),
    ("Police made the arrest the day before yesterday.", ("2017-09-10", "2017-09-10", "day")),
    ("The talks open the day after tomorrow.", ("2017-09-14", "2017-09-14", "day")),
    ("The village was shelled a fortnight ago.", ("2017-08-26", "2017-09-01", "week")),
    ("Violence has risen over the last fortnight.", ("2017-08-30", "2017-09-12", "month")),
    ("The bodies were found on the 9th, police said.", ("2017-09-09", "2017-09-09", "day")),
    ("The house was raided on March 3 last year.", ("2016-03-03", "2016-03-03", "day")),
    ("The vote took place on 2016/05/04 in the capital.", ("2016-05-04", "2016-05-04", "day")),
    ("The decree was dated 04.05.2016 by the ministry.", ("2016-05-04", "2016-05-04", "day")),
    ("The bombing happened at the end of last month.", ("2017-08-21", "2017-08-31", "month")),
    ("The offensive began early last year.", ("2016-01-01", "2016-04-30", "year")),
    ("Gunmen struck the village last Christmas.", ("2016-12-25", "2016-12-25", "day")),
])
def test_more_news_phrases_resolve(text, expected):
    _, got = one(text)
    assert got == expected


def test_last_christmas_is_the_one_before_the_page_even_days_before_it():
    # a page of 20 December: "last Christmas" is the year before's, not the one five days ahead
    assert one("He was shot last Christmas.", date(2017, 12, 20))[1][0] == "2016-12-25"


@pytest.mark.parametrize("text", ["A fire broke out on the 9th floor.", "They met on the 9th of the month to vote",
                                  "Firmware 10.1.2016.5 was installed"])
def test_ordinals_and_version_numbers_are_not_days(text):
    assert [t.text for t in scan(text) if t.day is not None and t.month is None] == []
    assert [t.text for t in scan(text) if "." in t.text] == []


def test_a_month_at_the_end_of_a_sentence_leaves_its_full_stop():
    assert [t.text for t in scan("The massacre occurred in December. Nobody was charged.")] == ["December"]
    assert [t.text for t in scan("It happened on Dec. 5 at night.")] == ["Dec. 5"]


@pytest.mark.parametrize("text, expected", [
    ("The inquiry opens on October 2 in the capital.", ("2017-10-02", "2017-10-02", "day")),
    ("Voters go to the polls on September 24.", ("2017-09-24", "2017-09-24", "day")),
    ("A gunman opens fire at a bar on Saturday", ("2017-09-09", "2017-09-09", "day")),
    ("The blast happened 48 hours ago.", ("2017-09-10", "2017-09-10", "day")),
    ("The march took place on Saturday the 2nd.", ("2017-09-02", "2017-09-02", "day")),
    ("Relatives marked the anniversary of the 2014 attack.", ("2014-01-01", "2014-12-31", "year")),
    ("The rally is planned on the weekend.", ("2017-09-16", "2017-09-17", "week")),
])
def test_schedules_spans_and_named_years_resolve(text, expected):
    _, got = one(text)
    assert got == expected


def test_a_schedule_verb_dates_only_the_day_right_after_it():
    # "begins" here starts no schedule: Monday's shooting is the last one, not the next
    text = "Change begins with reporting crimes.Anyone with information about Monday morning's shooting may call."
    assert one(text)[1][0] == "2017-09-11"


def test_a_stay_for_the_weekend_dates_nothing():
    assert [t.text for t in scan("The girl was visiting her father for the weekend when he was shot.")] == []


def test_a_direction_word_may_open_the_sentence():
    assert one("Last Thursday, a car bomb killed six in the square.")[1][0] == "2017-09-07"
    assert one("Last December, rebels took the town.")[1][:2] == ("2016-12-01", "2016-12-31")


@pytest.mark.parametrize("text, expected", [
    # a weekday of a named week, not the nearest such weekday (plain "Monday" is the 11th)
    ("Gunmen struck on Monday last week.", ("2017-09-04", "2017-09-04", "day")),
    ("The hearing is on Friday of next week.", ("2017-09-22", "2017-09-22", "day")),
    # counted back from a day
    ("The bomb went off a week ago today.", ("2017-09-05", "2017-09-05", "day")),
    ("He was shot two weeks ago yesterday.", ("2017-08-28", "2017-08-28", "day")),
    ("A week ago Sunday, a gunman opened fire.", ("2017-09-03", "2017-09-03", "day")),
    # a part of a month or year named by its weeks, its half or its last days
    ("Clashes erupted in the first week of August.", ("2017-08-01", "2017-08-07", "week")),
    ("Clashes erupted in the last week of August.", ("2017-08-25", "2017-08-31", "week")),
    ("Raids went on through the second half of 2016.", ("2016-07-01", "2016-12-31", "year")),
    ("The town fell in the final days of August.", ("2017-08-21", "2017-08-31", "month")),
    # a day of the month after a part of the day ("the evening of the 10th")
    ("A curfew was imposed on the evening of the 10th.", ("2017-09-10", "2017-09-10", "day")),
    # hours counted back from a page of unknown hour reach into the day before
    ("In the last 24 hours, shelling killed four.", ("2017-09-11", "2017-09-12", "week")),
])
def test_days_of_named_weeks_and_parts_of_months(text, expected):
    _, got = one(text)
    assert got == expected
