"""Two reports' lead incidents in one story (made-up local news): a wrong town in one report or
a follow-up dated by its own news does not keep one incident apart; different tolls do."""

import dataclasses

from crossbearing.link.coref import _tolls_differ, corefer, pair_score
from crossbearing.link.facts import FactMention, _mark_lead
from crossbearing.model import Place, PlaceMention, Quantity, Span, TimeRef


def place(name, lat, lon, country="US"):
    return PlaceMention(Span("a", 0, 1, name), name, Place(None, name, country, lat=lat, lon=lon), geo_precision=1)


def ev(eid, article, where, day, killed=None, lead=True, start=0, text=""):
    qs = {} if killed is None else {"fatalities": Quantity(Span(article, 0, 1, str(killed)), "killed", best=killed)}
    return FactMention(eid, article, article + ".com", "event", event_type="Violence against civilians",
                       sub_event_type="Attack", place=where, time=TimeRef(Span(article, 0, 1), day, day, "day"),
                       quantities=qs, text=text, lead=lead, spans=[Span(article, start, start + 50)])


MAPLETON = place("Mapleton", 40.10, -88.20)
# the other outlet's event placed at another town it names, 600 km away (its own dateline)
MAPLETON_ELSEWHERE = place("Granite Falls", 44.20, -93.90)


def test_two_leads_same_day_same_toll_merge_despite_a_misread_town():
    a = ev("a:0", "a", MAPLETON, "2015-03-07", killed=2, text="Two men were shot dead outside a bar on Saturday")
    b = ev("b:0", "b", MAPLETON_ELSEWHERE, "2015-03-07", killed=2, text="A shooting early Saturday killed two men")
    assert pair_score(a, b) is not None
    assert corefer([a, b]) == [[0, 1]]


def test_places_that_disagree_still_keep_apart_what_is_not_two_leads():
    a = ev("a:0", "a", MAPLETON, "2015-03-07", killed=2)
    b = ev("b:1", "b", MAPLETON_ELSEWHERE, "2015-03-07", killed=2, lead=False)
    assert pair_score(a, b) is None


def test_leads_with_different_tolls_and_towns_stay_apart():
    a = ev("a:0", "a", MAPLETON, "2015-03-07", killed=2)
    b = ev("b:0", "b", MAPLETON_ELSEWHERE, "2015-03-07", killed=5)
    assert pair_score(a, b) is None


def test_follow_up_weeks_later_at_the_same_place_with_the_same_toll_joins_its_incident():
    first = ev("a:0", "a", MAPLETON, "2015-03-07", killed=2, text="Two men were shot dead outside a bar")
    arrest = ev("b:0", "b", MAPLETON, "2015-04-20", killed=2, text="An arrest in the deaths of two men outside a bar")
    assert pair_score(first, arrest) is not None
    assert pair_score(first, dataclasses.replace(arrest, lead=False)) is None  # not its lead: weeks apart
    assert pair_score(first, dataclasses.replace(arrest, quantities={})) is None  # no toll to go on


def test_the_lead_is_the_first_told_specific_violent_event():
    later = ev("a:1", "a", MAPLETON, "2015-03-07", killed=2, lead=False, start=400)
    first = ev("a:0", "a", MAPLETON, "2015-03-07", killed=2, lead=False, start=0)
    planned = dataclasses.replace(ev("a:2", "a", MAPLETON, "2015-03-09", lead=False, start=0), planned=True)
    _mark_lead([later, first, planned])
    assert [m.lead for m in (later, first, planned)] == [False, True, False]


def test_another_day_and_another_toll_at_one_place_are_two_incidents():
    monday = ev("a:0", "a", MAPLETON, "2016-10-10", killed=9, text="Air strikes on the market killed nine people")
    wednesday = ev("b:0", "b", MAPLETON, "2016-10-12", killed=4, text="Air strikes on the market killed four people")
    assert pair_score(monday, wednesday) is None
    # one contradiction alone is a reporting difference: a toll that rose, a day read a day off
    assert pair_score(monday, dataclasses.replace(wednesday, quantities=monday.quantities)) is not None
    assert pair_score(monday, ev("c:0", "c", MAPLETON, "2016-10-10", killed=4)) is not None


def test_at_least_tolls_two_days_apart_are_two_incidents_not_a_rising_toll():
    def at_least(mention, n):
        q = Quantity(Span(mention.article_id, 0, 1, str(n)), "killed", low=n, best=n, qualifier="at least")
        return dataclasses.replace(mention, quantities={"fatalities": q})
    tuesday = at_least(ev("a:0", "a", MAPLETON, "2016-10-11"), 26)
    thursday = at_least(ev("b:0", "b", MAPLETON, "2016-10-13"), 84)
    assert pair_score(tuesday, thursday) is None
    # the same day, the toll rising from report to report: one incident
    assert pair_score(tuesday, at_least(ev("c:0", "c", MAPLETON, "2016-10-11"), 84)) is not None


def test_an_at_least_toll_does_not_agree_with_a_count_many_times_it():
    def toll(mention, n, floor=False):
        q = Quantity(Span(mention.article_id, 0, 1, str(n)), "killed", low=n, best=n, high=None if floor else n,
                     qualifier="at least" if floor else None)
        return dataclasses.replace(mention, quantities={"fatalities": q})
    nine = toll(ev("a:0", "a", MAPLETON, "2017-11-23"), 9, floor=True)
    many = toll(ev("b:0", "b", MAPLETON, "2017-11-22"), 84)
    rising = toll(ev("c:0", "c", MAPLETON, "2017-11-23"), 12)
    assert pair_score(nine, many) < pair_score(nine, rising)
    assert _tolls_differ(nine, many) and not _tolls_differ(nine, rising)


def test_two_leads_a_victim_apart_on_the_same_day_and_place_still_merge():
    eight = ev("a:0", "a", MAPLETON, "2015-06-17", killed=8, text="Eight people were shot dead in a church")
    nine = ev("b:0", "b", MAPLETON, "2015-06-17", killed=9, text="Nine dead after a shooting at a church")
    later_bare = ev("b:1", "b", MAPLETON, "2015-06-17", lead=False, text="Relatives waited for news at a hotel")
    assert not _tolls_differ(eight, nine)  # one more victim died, or one report left the gunman out
    assert pair_score(eight, nine) > pair_score(eight, later_bare)
    assert _tolls_differ(eight, ev("c:0", "c", MAPLETON, "2015-06-17", killed=12))


def test_the_reports_leads_are_matched_before_a_later_sentence_can_take_one():
    a = ev("a:0", "a", MAPLETON, "2015-06-17", killed=8, text="Relatives waited at a hotel for news of the church shooting")
    b_lead = ev("b:0", "b", MAPLETON, "2015-06-17", killed=9, text="Nine dead in shooting")
    b_later = ev("b:1", "b", MAPLETON, "2015-06-17", lead=False, start=300,
                 text="Relatives waited at a hotel for news of the church shooting")
    assert pair_score(a, b_later) > pair_score(a, b_lead)  # the later sentence's wording matches better
    assert [0, 1] in corefer([a, b_lead, b_later])


def test_a_follow_up_dated_by_its_own_news_joins_the_incident_it_reports_on():
    # "Man charged in bar shooting" months later, dated by the charge and giving no toll of its own
    first = ev("a:0", "a", MAPLETON, "2015-03-07", killed=2, text="Two men were shot dead outside a bar")
    charged = dataclasses.replace(ev("b:0", "b", MAPLETON, "2015-06-30", text="A man was charged in the bar shooting"),
                                  follow_up=True)
    assert pair_score(first, charged) is not None
    assert corefer([first, charged]) == [[0, 1]]
    assert pair_score(first, dataclasses.replace(charged, follow_up=False)) is None  # not a follow-up: weeks apart
    earlier = dataclasses.replace(charged, time=TimeRef(Span("b", 0, 1), "2015-01-02", "2015-01-02", "day"))
    assert pair_score(first, earlier) is None  # what follows an incident comes after it
    other_toll = dataclasses.replace(charged, quantities={"fatalities": Quantity(Span("b", 0, 1, "5"), "killed", best=5)})
    assert pair_score(first, other_toll) is None  # five dead: another incident
    assert pair_score(first, dataclasses.replace(charged, place=MAPLETON_ELSEWHERE)) is None  # another town


def test_the_lead_of_a_report_headlined_with_an_arrest_is_a_follow_up():
    from crossbearing.link.facts import _mark_follow_up
    from crossbearing.model import Analysis, Article, Event

    def analysis(title):
        art = Article(id="a", text="Police said the suspect was taken into custody on Tuesday.", title=title)
        return Analysis(article=art, events=[Event(id="a:0", article_id="a", event_type="Violence against civilians")])

    for title, expected in (("Man arrested in Mapleton bar shooting", True), ("Two shot outside Mapleton bar", False)):
        an = analysis(title)
        lead = ev("a:0", "a", MAPLETON, "2015-06-30")
        _mark_follow_up(an, [lead])
        assert lead.follow_up is expected, title


def test_a_follow_up_counting_one_victim_more_or_fewer_still_joins_its_incident():
    # "Two teens charged in killing" (one dead named) weeks after "two dead in shootings"
    first = ev("a:0", "a", MAPLETON, "2015-06-22", killed=2, text="Two men were shot dead on Saturday")
    charged = dataclasses.replace(ev("b:0", "b", MAPLETON, "2015-06-30", killed=1, text="Two teens were charged in the killing"),
                                  follow_up=True)
    assert pair_score(first, charged) is not None
    assert pair_score(first, dataclasses.replace(charged, follow_up=False)) is None  # another day, another toll


def test_daily_bulletins_of_two_days_with_far_apart_tolls_are_two_incidents():
    # each report dates its lead to the day it was published; the date test lets days one apart
    # agree (a date read against another day's publication drifts by one), the counts do not
    def bulletin(article, day, killed, text):
        return dataclasses.replace(ev(f"{article}:0", article, MAPLETON, day, killed=killed, text=text),
                                   on_publication_day=True)
    sunday = bulletin("a", "2016-08-14", 1, "One civilian was killed and three injured when shells hit the old town")
    monday = bulletin("b", "2016-08-15", 9, "Nine people were killed and 12 injured when shells hit the old town")
    assert pair_score(sunday, monday) is None
    assert corefer([sunday, monday]) == [[0], [1]]
    # a report dating its incident before its own day may be the other's incident told later
    assert pair_score(sunday, dataclasses.replace(monday, on_publication_day=False)) is not None
    # a toll said to have risen is an update of one incident
    rose = dataclasses.replace(monday, text="The death toll from the shelling of the old town rose to nine")
    assert pair_score(sunday, rose) is not None
    # counts one apart: a victim who died of wounds, or a gunman counted by one report
    assert pair_score(sunday, bulletin("c", "2016-08-15", 2, "Two people were killed when shells hit the old town")) \
        is not None


def test_a_death_and_only_the_hurt_on_days_apart_at_one_place_are_two_incidents():
    # Wednesday: a woman killed, three wounded in a park; Sunday: four teens shot after a party
    park = ev("a:0", "a", MAPLETON, "2015-06-10", killed=1, text="A woman was killed and three wounded by gunfire in a park")
    party = ev("b:0", "b", MAPLETON, "2015-06-14", text="Four teens were shot after a party")
    party.quantities["injured"] = Quantity(Span("b", 0, 1, "Four"), "injured", best=4)
    assert pair_score(park, party) is None
    # the same two reports dated alike are one incident told twice (a victim who died later)
    assert pair_score(park, dataclasses.replace(party, time=park.time)) is not None
    # a follow-up days later that names only the wounded survivor still joins its incident
    charged = dataclasses.replace(party, follow_up=True)
    assert pair_score(park, charged) is not None


def test_two_events_dated_outright_on_days_apart_are_two():
    def protest(eid, article, day, relative):
        m = ev(eid, article, MAPLETON, day, text="About 40 people protested outside the town hall against the tax")
        m.event_type, m.sub_event_type, m.quantities = "Protests", "Peaceful protest", {}
        m.time = TimeRef(Span(article, 0, 1), day, day, "day", relative=relative)
        return m

    # "On 3 March 2022" and "On 7 March 2022": full dates do not drift with the publication date
    assert pair_score(protest("a:0", "a", "2022-03-03", False), protest("b:0", "b", "2022-03-06", False)) is None
    # "on Thursday" in one report and "on Sunday" in another may well be read against other days
    assert pair_score(protest("a:0", "a", "2022-03-03", True), protest("b:0", "b", "2022-03-06", True)) is not None


def test_one_death_in_one_town_weeks_apart_is_two_incidents_unless_one_is_a_follow_up():
    spring = ev("a:0", "a", MAPLETON, "2015-03-07", killed=1, text="A man was shot dead outside a bar")
    summer = ev("b:0", "b", MAPLETON, "2015-05-20", killed=1, text="A teen was fatally shot at a park")
    assert pair_score(spring, summer) is None
    assert pair_score(spring, dataclasses.replace(summer, follow_up=True)) is not None
    # two dead at one place weeks apart: specific enough to be the same incident told late
    assert pair_score(dataclasses.replace(spring, quantities=ev("x", "a", None, "", killed=2).quantities),
                      dataclasses.replace(summer, quantities=ev("y", "b", None, "", killed=2).quantities)) is not None


def test_a_later_report_of_only_hurt_people_tells_another_shooting_than_a_deadly_one():
    deadly = dataclasses.replace(ev("a:0", "a", MAPLETON, "2015-03-07", killed=1, text="One dead, seven hurt in a shooting"),
                                 published="2015-03-07")
    hurt = ev("b:0", "b", MAPLETON, "2015-03-07", text="A girl, 10, was shot in the foot while getting ready for bed")
    hurt.quantities = {"injured": Quantity(Span("b", 0, 1, "1"), "injured", best=1)}
    assert pair_score(deadly, dataclasses.replace(hurt, published="2015-03-09")) is None
    # published the same day, the count of hurt may be the first report of the same shooting
    assert pair_score(deadly, dataclasses.replace(hurt, published="2015-03-07")) is not None


def _hurt(m, n):
    m.quantities = {**m.quantities, "injured": Quantity(Span(m.article_id, 0, 1, str(n)), "injured", best=n)}
    return m


def test_a_later_report_that_counts_the_same_hurt_tells_the_same_shooting():
    deadly = _hurt(dataclasses.replace(ev("a:0", "a", MAPLETON, "2015-03-07", killed=1,
                                          text="One dead, five hurt in a drive-by shooting"), published="2015-03-07"), 5)
    later = _hurt(dataclasses.replace(ev("b:0", "b", MAPLETON, "2015-03-07",
                                         text="Police examine video of the drive-by that wounded five"),
                                      published="2015-03-09"), 5)
    assert pair_score(deadly, later) is not None  # five hurt in both: the later report left the dead out of its lead
    assert pair_score(deadly, _hurt(later, 2)) is None  # two hurt: another shooting
    # one hurt in both is specific only when both date it to the very same day
    one_dead_one_hurt = _hurt(dataclasses.replace(deadly), 1)
    assert pair_score(one_dead_one_hurt, _hurt(dataclasses.replace(later), 1)) is not None
    next_day = _hurt(dataclasses.replace(later, time=TimeRef(Span("b", 0, 1), "2015-03-08", "2015-03-08", "day")), 1)
    assert pair_score(one_dead_one_hurt, next_day) is None


def test_an_unidentified_perpetrator_contradicts_no_named_one():
    # one report's lead sentence tells the police shooting the gunman, the other names no one
    police = dataclasses.replace(ev("a:0", "a", MAPLETON, "2015-03-07", killed=5), actor1="Police Forces")
    unnamed = dataclasses.replace(ev("b:0", "b", MAPLETON, "2015-03-07", killed=5), actor1="Unidentified Armed Group")
    assert pair_score(police, unnamed) is not None
    named = dataclasses.replace(unnamed, actor1="Islamic State")
    assert pair_score(police, named) is None  # two named perpetrators that differ: two events


def test_undated_leads_that_count_their_dead_far_apart_are_two_clashes():
    near = dataclasses.replace(ev("a:0", "a", MAPLETON, "", killed=13, text="Fighters killed 13 militants near the town"),
                               time=None)
    inside = dataclasses.replace(ev("b:0", "b", MAPLETON, "", killed=23, text="Fighters killed 23 militants in the town"),
                                 time=None)
    assert pair_score(near, inside) is None
    # a toll that rose says it is one clash told twice
    risen = dataclasses.replace(inside, text="The toll of the clash rose to 23 militants")
    assert pair_score(near, risen) is not None
    # and one count of two that is close (a victim who died later) does not rule them apart
    assert pair_score(near, dataclasses.replace(inside, quantities=ev("x", "b", None, "", killed=14).quantities)) \
        is not None
