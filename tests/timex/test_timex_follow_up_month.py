"""A follow-up (arrest, plea, trial) dates its incident by the month it names (made-up reports)."""

from datetime import date

from crossbearing.timex.event import incident_month, reads_as_follow_up


def test_the_month_of_the_shooting_an_arrest_report_names():
    title = "Third arrest in fatal shooting outside bowling alley"
    text = ("Deputies have arrested a third man in the fatal shooting of 22-year-old Dana Reyes in May "
            "outside a bowling alley on Pine Road, the sheriff's office said Thursday.")
    assert reads_as_follow_up(text, title)
    start, end, (s, e) = incident_month(text, date(2016, 8, 11), title)
    assert (start, end) == (date(2016, 5, 1), date(2016, 5, 31))
    assert f"{title}\n{text}"[s:e] == "May"


def test_a_month_with_its_year_reaches_back_more_than_a_year():
    text = "A man is in custody after police say he shot and killed a store clerk in November of 2014 during a robbery."
    got = incident_month(text, date(2016, 2, 3))
    assert got[:2] == (date(2014, 11, 1), date(2014, 11, 30))


def test_the_month_of_the_arrest_is_not_the_incidents():
    text = ("Lee was arrested in April after a long investigation. Back in January, Lee was cleaning a "
            "rifle when the shot went off and killed his nephew.")
    assert incident_month(text, date(2016, 7, 1))[:2] == (date(2016, 1, 1), date(2016, 1, 31))


def test_this_months_news_and_months_without_incident_words_date_nothing():
    assert incident_month("Two people were shot dead outside a bar earlier in July.", date(2016, 7, 20)) is None
    assert incident_month("The city council approved the budget in March.", date(2016, 7, 20)) is None


def test_a_first_report_is_not_a_follow_up():
    assert not reads_as_follow_up("Two men were shot and wounded outside a nightclub early Sunday.",
                                  "Two wounded in nightclub shooting")


def test_admissions_bonds_and_probation_are_what_followed():
    for title in ("Father admits to firing the shot that killed his son", "Teen held in shooting death given bond",
                  "Man gets probation after nephew shoots cousin", "Woman confesses to killing neighbor"):
        assert reads_as_follow_up("", title), title
    assert not reads_as_follow_up("", "Father shoots son by accident at family home")
