"""Dating the incidents of an article (``crossbearing.events.incidents`` with the lead's reader,
``timex.event.main_event_date``) on made-up articles: follow-ups dated by the incident they tell,
the lead never dated by another incident's day, and two weekdays with two tolls kept apart."""

from __future__ import annotations

from crossbearing.model import Span
from made_up_articles import events, toll, violent


def test_an_arrest_report_is_dated_by_the_month_of_its_shooting(resources):
    text = ("Police on Friday arrested a 19-year-old man in the fatal shooting of a teenager in March "
            "outside a convenience store on Oak Street. Detectives said the suspect and the victim had "
            "argued before the shooting.")
    evs = violent(events(resources, text, "Teen arrested in fatal March shooting", published="2023-05-12"))
    assert evs and evs[0].time.precision == "month"
    assert (evs[0].time.start, evs[0].time.end) == ("2023-03-01", "2023-03-31")
    assert evs[0].time_precision == 3


def test_a_report_dated_by_its_own_news_is_dated_after_the_killing():
    from crossbearing.events.incidents import _dated_after
    from crossbearing.model import Event, TimeRef

    def ev(start, end, words):
        sentence = Span("a1", 0, 60, words)
        return Event(id="a1-e0", article_id="a1", evidence=[sentence],
                     time=TimeRef(span=Span("a1", 10, 16, words[10:16]), start=start, end=end, precision="day"))

    plea = ev("2015-06-26", "2015-06-26", "The man pleaded guilty Friday in court, prosecutors said.")
    killing = ev("2015-03-01", "2015-03-31", "The gun went off in March and killed his daughter, 7.")
    assert _dated_after(plea, killing) and not _dated_after(killing, plea)


def test_a_follow_ups_subject_is_the_earlier_incident_its_lead_tells(resources):
    text = ("A woman whose 7-year-old nephew found her loaded pistol and accidentally shot dead his "
            "4-year-old cousin in their Tulsa home last year has been sentenced to probation.\n\n"
            "Statewide, officials recorded 31 such shootings by children in 2021. Twelve of those shootings "
            "were in Tulsa.\n\n"
            "Earlier this month, a 5-year-old boy in Norman was shot in the leg by his brother with his "
            "father's handgun.")
    evs = violent(events(resources, text, "Woman gets probation after nephew fatally shoots cousin",
                         published="2022-11-08"))
    assert evs and evs[0].follow_up and toll(evs[0]) == 1
    assert evs[0].time is not None and evs[0].time.start < "2022-01-01"


def test_another_incidents_day_never_dates_the_lead_that_gives_its_own(resources):
    # the lead's own day reads weaker ("found dead") than the later killing's ("shot and
    # killed"); that killing is dated otherwise, so it is another incident and its day is its own
    text = ("Police say three people were found dead inside a home on Elm Street on Tuesday, March 14, 2023. "
            "Officers were called to the house after a neighbour saw a broken window. "
            "The victims were two men and a woman, a police spokesman said.\n\n"
            "On Saturday less than a mile away, a man shot and killed his cousin during an argument.")
    evs = violent(events(resources, text, "Three found dead in Elm Street home", published="2023-03-15"))
    assert toll(evs[0]) == 3
    assert evs[0].time.start == "2023-03-14"
    assert any(e.time.start == "2023-03-11" for e in evs[1:])


def test_only_a_lead_first_dated_to_an_incident_day_sets_other_incidents_days_aside():
    from crossbearing.events.incidents import _days_of_others
    from crossbearing.model import Event, TimeRef

    def mention(text, sentence, day_words, day, kind="date"):
        s = text.index(sentence)
        d = text.index(day_words, s)
        t = TimeRef(span=Span("a", d, d + len(day_words), day_words), start=day, end=day, precision="day", kind=kind)
        return Event(id=sentence[:8], article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
                     time=t, evidence=[Span("a", s, s + len(sentence), sentence)])

    lead = "Police released photos Tuesday of two men sought over a shooting that wounded four people."
    later = "The police chief ordered the club closed through Wednesday after the shooting."
    other = "The shooting happened as the club was closing early Saturday."
    text = " ".join((lead, later, other))
    told = [[mention(text, lead, "Tuesday", "2023-03-14"), mention(text, later, "Wednesday", "2023-03-15")],
            [mention(text, other, "Saturday", "2023-03-11")]]
    # the lead's first mention dates the telling (and a later one a closure): Saturday may be the lead's own
    assert _days_of_others(text, told, 0, "a") == []
    found = "Three people were found dead inside a home on Tuesday."
    text = " ".join((found, other))
    told = [[mention(text, found, "Tuesday", "2023-03-14")], [mention(text, other, "Saturday", "2023-03-11")]]
    assert _days_of_others(text, told, 0, "a") == [(text.index("Saturday"), text.index("Saturday") + 8)]
    since = "Four people were killed in shootings across the city since Friday night."
    text = " ".join((since, other))
    told = [[mention(text, since, "Friday night", "2023-03-10", kind="range")], [mention(text, other, "Saturday", "2023-03-11")]]
    assert _days_of_others(text, told, 0, "a") == []


def test_a_date_given_with_its_year_is_not_relative_to_the_publication_day(resources):
    outright = violent(events(resources, "On 12 May 2022, gunmen shot dead two farmers in Kuru village.",
                              published="2022-05-14"))
    weekday = violent(events(resources, "Gunmen shot dead two farmers in Kuru village on Thursday.",
                             published="2022-05-14"))
    assert outright and outright[0].time.start == "2022-05-12" and outright[0].time.relative is False
    assert weekday and weekday[0].time.start == "2022-05-12" and weekday[0].time.relative is True
    # a page's own date line is no date the sentence gives its event
    dateline = violent(events(resources, "Sunday 15 May 2022. Gunmen shot dead two farmers in Kuru village.",
                              published="2022-05-15"))
    assert dateline and dateline[0].time.relative is True


def test_two_weekdays_named_are_two_days_but_a_night_or_a_later_death_may_run_over(resources):
    text = ("Rockets fired at the Midan district of the city on Saturday killed 12 civilians, police said. "
            "Shelling on the same district on Friday killed two children.")
    evs = violent(events(resources, text, "Rockets kill 12", published="2023-05-14"))
    assert sorted(toll(e) for e in evs) == [2, 12]
    # the day a monitor spoke is not the day of its incident
    text = ("Dozens of people were killed in air strikes on the city, a monitoring group said on Monday, "
            "including at least 29 people in a single neighbourhood. "
            "The group said air strikes killed 29 people on Sunday in the Midan district.")
    evs = violent(events(resources, text, "Air strikes kill dozens", published="2023-05-15"))
    assert [toll(e) for e in evs] == [29]
    text = ("A man was shot late Friday outside a bar on Main Street in Easton, police said. "
            "He died of his wounds on Saturday, police said.")
    evs = violent(events(resources, text, "Man shot outside bar dies", published="2023-05-14"))
    assert len(evs) == 1


def test_the_years_of_a_towns_state_do_not_date_the_attack(resources):
    # "which has been held by the army since 2013" is the town's state: the shelling is Monday's,
    # with its toll, not a running total since 2013
    text = "Rebels shelled the town of Mhardeh, which has been held by the army since 2013, killing three people on Monday."
    evs = violent(events(resources, text, "Rebel shelling kills three", published="2016-07-02"))
    assert [(toll(e), e.time.start[:10], e.aggregate) for e in evs] == [(3, "2016-06-27", False)]
