"""Number reading: ACLED's conservative rules, bounds, and what is not a count."""

import pytest

from crossbearing.figures.numbers import find_numbers, parse_number


def one(text):
    found = list(find_numbers(text))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,low,best,high", [
    ("over 450 militants", 450, 450, None),
    ("at least 7,000 civilians", 7000, 7000, None),
    ("up to 30 people", None, 30, 30),
    ("between 10 and 15 soldiers", 10, 10, 15),
    ("33-40 civilians", 33, 33, 40),
    ("dozens of people", 12, 12, None),
    ("tens of people", 10, 10, None),
    ("hundreds of people", 100, 100, None),
    ("a minimum estimate of some 7,000 civilians", 7000, 7000, None),
])
def test_bounds_and_vague(text, low, best, high):
    m = one(text)
    assert (m.low, m.best, m.high) == (low, best, high)


def test_several_is_vague_without_a_best_figure():
    m = one("several people")
    assert m.vague and m.best is None and m.low is not None


@pytest.mark.parametrize("text,value", [
    ("five", 5), ("forty-two", 42), ("one hundred and five", 105), ("42,234", 42234),
    ("3 million", 3e6), ("2.5k", 2500), ("twelve", 12),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", [
    "a 23-year-old man", "a 9mm pistol", "at 1935 Orchard St. yesterday", "in 2017", "on 5 May",
    "at 10:30 pm", "between 2014 and 2017", "the 3rd brigade", "a 9-month-old baby", "$500",
    "20 y/o killed", "a 14 yo boy", "the 16-y/o victim",
])
def test_not_counts(text):
    assert list(find_numbers(text)) == []


@pytest.mark.parametrize("text", ["1,2,3 dead", "10- killed", "1" * 40 + " dead", "- , .. 1e999", "%" * 50])
def test_malformed_numbers_never_crash_or_explode(text):
    for m in find_numbers(text):
        assert m.value is None or 0 <= m.value <= 1e10


def test_runs_of_number_words_are_not_summed():
    assert parse_number("one one one") is None
    assert parse_number("twenty five") == 25
    assert all(m.value is None or m.value < 100 for m in find_numbers("one " * 3000 + "killed"))


def test_a_number_in_a_name_is_not_a_count():
    from crossbearing.figures.gva import article_casualties

    text = "Police arrested two more men Tuesday in the Cloud 9 shooting death of a woman last month."
    assert article_casualties(text, "Two more arrested in Cloud 9 shooting death") == (1, 0)
    # a title-case headline capitalises every word: its numbers still count
    assert article_casualties("A shooting outside a bar left two dead, police said.", "Shooting Leaves 2 Dead")[0] == 2
    # after a weekday or a month a number is a count or a day, as before
    assert article_casualties("On Sunday 3 people were shot dead at a party.")[0] == 3


def test_a_photo_gallerys_counter_is_not_a_count():
    from crossbearing.figures.gva import article_casualties

    text = ("Image 1 of / 8 Caption Close\n\nImage 1 of 8 Detectives are trying to learn what led to a shooting that left a man dead outside "
            "a bar early Thursday, police said.\n\nImage 2 of 8 AN 18-year-old was killed in a shooting early "
            "Thursday outside a bar. Photo: Metro Video")
    assert article_casualties(text, "Argument at bar ends in deadly shooting") == (1, 0)


def test_people_counted_after_a_place_named_without_a_comma():
    # pages stripped of punctuation run a place into the count that follows it
    text = "In the province of Hama 15 civilians were killed in four air strikes while 25 others were wounded."
    from crossbearing.figures.grammar import sentence_quantities

    got = {(q.kind, q.best) for q in sentence_quantities(text, 0, len(text))}
    assert ("killed", 15.0) in got and ("injured", 25.0) in got
    # a name with a number stays a name
    assert not any(n.best == 21 for n in find_numbers("They met at the Club 21 bar downtown."))


def test_kin_counted_by_number_are_people():
    from crossbearing.figures.grammar import sentence_quantities

    text = "A man killed six of his grandchildren and two nephews at the farm on Thursday."
    got = [(q.kind, q.best) for q in sentence_quantities(text, 0, len(text))]
    assert got == [("killed", 6.0), ("killed", 2.0)]


def test_how_many_asks_and_counts_no_one():
    assert [m.text for m in find_numbers("Officials could not say how many people were hurt.")] == []
    assert [m.text for m in find_numbers("It is unclear how many were killed; many fled.")] == ["many"]
