"""How a merged event's toll is chosen from its reports: the figure most reports give, the
conservative one on a tie, never a sum; the spread stays in low/high."""

from datetime import date

from crossbearing.export.merged import merge


def _report(rid, outlet, killed, **kw):
    base = {"id": rid, "article_id": rid[0] * 16, "outlet": outlet, "fatalities": killed, "event_type": "Violence against civilians",
            "sub_event_type": "Attack", "country": "US", "location": "Dayton", "geo_precision": 1,
            "event_date": None, "time_precision": 1, "_evidence": [(0, 10)]}
    base.update(kw)
    return base


def test_one_early_report_with_a_lower_toll_is_outvoted():
    # "One dead" in the first bulletin; three later reports say two died.
    m = merge([_report("a-e0", "Radio", 1), _report("b-e0", "Paper", 2), _report("c-e0", "TV", 2),
               _report("d-e0", "Wire", 2)])
    assert m.row["fatalities"] == 2 and (m.row["fatalities_low"], m.row["fatalities_high"]) == (1, 2)


def test_a_one_to_one_disagreement_keeps_the_conservative_figure():
    m = merge([_report("a-e0", "Radio", 3), _report("b-e0", "Paper", 2)])
    assert m.row["fatalities"] == 2 and m.row["fatalities_high"] == 3


def test_hedged_reports_do_not_vote_unless_all_are_hedged():
    m = merge([_report("a-e0", "Radio", 9, _hedged=True), _report("b-e0", "Paper", 9, _hedged=True),
               _report("c-e0", "TV", 4)])
    assert m.row["fatalities"] == 4
    m = merge([_report("a-e0", "Radio", 9, _hedged=True), _report("b-e0", "Paper", 7, _hedged=True)])
    assert m.row["fatalities"] == 7


def test_injured_follow_the_same_rule():
    m = merge([_report("a-e0", "Radio", 0, injured=5), _report("b-e0", "Paper", 0, injured=6),
               _report("c-e0", "TV", 0, injured=6)])
    assert m.row["injured"] == 6


def test_a_date_two_reports_dispute_comes_from_the_earliest_report():
    m = merge([_report("a-e0", "Paper", 1, event_date=date(2020, 3, 9), article_published="2020-03-16"),
               _report("b-e0", "Radio", 1, event_date=date(2020, 3, 7), article_published="2020-03-08")])
    assert str(m.row["event_date"]) == "2020-03-07"


def test_two_reports_of_one_day_disputing_the_date_give_the_earlier_day():
    # "late Sunday night" in one report, "early Monday" in another, both published on Monday
    m = merge([_report("a-e0", "Radio", 1, event_date=date(2020, 3, 9), article_published="2020-03-09"),
               _report("b-e0", "Paper", 1, event_date=date(2020, 3, 8), article_published="2020-03-09")])
    assert str(m.row["event_date"]) == "2020-03-08"
    # a place tie still goes to the first report, not the alphabet's
    m = merge([_report("a-e0", "Radio", 1, location="Xenia"), _report("b-e0", "Paper", 1, location="Akron")])
    assert m.row["location"] == "Xenia"


def test_reports_counting_only_the_wounded_outvote_one_stray_death():
    # "Four people were shot and wounded" twice; a third report reads one of them as dead.
    m = merge([_report("a-e0", "Radio", None, injured=4), _report("b-e0", "Paper", None, injured=4),
               _report("c-e0", "TV", 1, injured=3)])
    assert m.row["fatalities"] == 0 and (m.row["fatalities_low"], m.row["fatalities_high"]) == (0, 1)


def test_one_silent_report_does_not_erase_the_dead_another_counts():
    m = merge([_report("a-e0", "Radio", 3, injured=2), _report("b-e0", "Paper", None, injured=2)])
    assert m.row["fatalities"] == 3
    # a report silent on both the dead and the hurt does not vote at all
    m = merge([_report("a-e0", "Radio", 1), _report("b-e0", "Paper", None), _report("c-e0", "TV", None)])
    assert m.row["fatalities"] == 1


def test_reports_counting_only_the_wounded_do_not_outvote_a_count_of_several_dead():
    # Three bulletins on the wounded of an attack another report says killed forty.
    m = merge([_report("a-e0", "Radio", None, injured=30), _report("b-e0", "Paper", None, injured=12),
               _report("c-e0", "TV", None, injured=5), _report("d-e0", "Wire", 40, injured=100)])
    assert m.row["fatalities"] == 40 and (m.row["fatalities_low"], m.row["fatalities_high"]) == (40, 40)


def test_a_hedge_in_another_sentence_of_a_report_does_not_hedge_its_toll():
    import json

    from crossbearing.export.merged import _reports

    def stored(rid, killed, claims):
        data = {"fatalities": {"span": {"article_id": rid[0] * 16, "start": 10, "end": 30}, "best": killed},
                "claims": claims}
        return {**_report(rid, "Paper " + rid[0], killed), "data": json.dumps(data)}

    toll_said = {"span": {"start": 0, "end": 80}, "hedges": []}
    rumour = {"span": {"start": 300, "end": 380}, "hedges": ["reportedly"]}  # "the gunman was reportedly …"
    rows = [stored("a-e0", 9, [toll_said, rumour]), stored("b-e0", 9, [toll_said]), stored("c-e0", 8, [toll_said]),
            stored("d-e0", 12, [{"span": {"start": 0, "end": 80}, "hedges": ["unconfirmed reports"]}])]
    reports = _reports(rows)
    assert reports["a-e0"]["_hedged"] and not reports["a-e0"]["_hedged_fatalities"]
    assert reports["d-e0"]["_hedged_fatalities"]
    # two unhedged nines against one eight; the rumoured twelve does not vote
    m = merge(list(reports.values()))
    assert m.row["fatalities"] == 9 and m.row["fatalities_high"] == 12


def test_a_report_that_counts_no_dead_does_not_outvote_a_hedged_death():
    # Sunday: "a boy is in critical condition"; Monday: "the boy, who apparently shot himself,
    # has died" — the hedge is on how, not on whether he died.
    m = merge([_report("a-e0", "Paper", 1, _hedged=True, article_published="2020-03-09"),
               _report("b-e0", "Radio", None, injured=1, article_published="2020-03-08")])
    assert m.row["fatalities"] == 1


def test_the_wounded_who_died_are_not_also_injured():
    # the critically wounded boy of the first bulletin is the dead boy of the later reports
    m = merge([_report("a-e0", "Radio", None, injured=1, article_published="2020-03-08"),
               _report("b-e0", "Paper", 1, article_published="2020-03-09"),
               _report("c-e0", "TV", 1, article_published="2020-03-09")])
    assert m.row["fatalities"] == 1 and m.row["injured"] is None
    # a report that counts more wounded than the dead it leaves out still counts the hurt
    m = merge([_report("a-e0", "Radio", None, injured=20), _report("b-e0", "Paper", 5),
               _report("c-e0", "TV", 5)])
    assert m.row["fatalities"] == 5 and m.row["injured"] == 20
    # and one that counts the dead as the merged row does keeps its wounded
    m = merge([_report("a-e0", "Radio", 1, injured=1), _report("b-e0", "Paper", 1)])
    assert m.row["injured"] == 1


def test_of_equally_supported_places_the_one_the_others_lie_around_is_the_events():
    # three reports, three points: a city and two of its neighbourhoods on either side of it
    m = merge([_report("a-e0", "Radio", 1, location="Irving Park", latitude=41.954, longitude=-87.736),
               _report("b-e0", "Paper", 1, location="Chicago", latitude=41.850, longitude=-87.650),
               _report("c-e0", "TV", 1, location="South Shore", latitude=41.761, longitude=-87.575)])
    assert m.row["location"] == "Chicago"


def test_a_toll_told_as_an_update_outranks_the_first_counts():
    """"The death toll has risen to 61" outranks two outlets' first count of 40 from the same
    day; a report published after the update with another figure keeps the vote."""
    from crossbearing.export.merged import told_as_update

    said = "The death toll from Monday's air strikes on the market has risen to 61, a monitor said."
    at = said.index("61")
    figure = {"span": {"article_id": "a", "start": 100 + at, "end": 102 + at, "text": "61"}, "best": 61}
    assert told_as_update(figure, [{"article_id": "a", "start": 100, "end": 100 + len(said), "text": said}])
    assert told_as_update({"span": {"article_id": "a:title", "start": 0, "end": 35,
                                    "text": "Toll from market strike rises to 61"}, "best": 61}, [])
    plain = "Air strikes on the market killed 61 people, a monitor said."
    assert not told_as_update({"span": {"article_id": "a", "start": plain.index("61"), "end": 0, "text": "61"},
                               "best": 61}, [{"article_id": "a", "start": 0, "end": len(plain), "text": plain}])
    day = "2017-11-14"
    m = merge([_report("a-e0", "Wire", 61, _updated_fatalities=True, article_published=day),
               _report("b-e0", "Paper", 40, article_published=day), _report("c-e0", "TV", 40, article_published=day)])
    assert m.row["fatalities"] == 61
    m = merge([_report("a-e0", "Wire", 61, _updated_fatalities=True, article_published=day),
               _report("b-e0", "Paper", 40, article_published="2017-11-15"),
               _report("c-e0", "TV", 40, article_published="2017-11-15")])
    assert m.row["fatalities"] == 40


def test_more_reports_that_agree_on_the_hurt_and_count_no_dead_outvote_a_round_ups_dead():
    # "5 people shot on South Side" twice; a city round-up counts three dead in its lead
    m = merge([_report("a-e0", "Radio", None, injured=5), _report("b-e0", "Paper", None, injured=5),
               _report("c-e0", "TV", 3, injured=16)])
    assert m.row["fatalities"] == 0
    # one such report is not more than the one that counts the dead
    m = merge([_report("a-e0", "Radio", None, injured=5), _report("c-e0", "TV", 3, injured=16)])
    assert m.row["fatalities"] == 3


def test_a_report_that_counts_the_attackers_death_adds_him_to_the_victims_others_count():
    # three reports: "a gunman killed five people"; one: "… was found dead of a self-inflicted
    # gunshot wound", six dead with the gunman
    m = merge([_report("a-e0", "Radio", 5), _report("b-e0", "Paper", 5), _report("c-e0", "TV", 5),
               _report("d-e0", "Wire", 6, _attacker_in_fatalities=True)])
    assert m.row["fatalities"] == 6
    # one more dead without the attacker's death told is outvoted as before
    m = merge([_report("a-e0", "Radio", 5), _report("b-e0", "Paper", 5), _report("c-e0", "TV", 5),
               _report("d-e0", "Wire", 6)])
    assert m.row["fatalities"] == 5
    # and a count two above the others is no attacker's death
    m = merge([_report("a-e0", "Radio", 5), _report("b-e0", "Paper", 5),
               _report("d-e0", "Wire", 7, _attacker_in_fatalities=True)])
    assert m.row["fatalities"] == 5
    # a report of the chosen toll that counts the attacker too: the one more is his death read twice
    m = merge([_report("a-e0", "Radio", 3), _report("b-e0", "Paper", 3, _attacker_in_fatalities=True),
               _report("c-e0", "TV", 3), _report("d-e0", "Wire", 4, _attacker_in_fatalities=True)])
    assert m.row["fatalities"] == 3


def test_a_floor_and_a_count_above_it_agree_on_the_count():
    # "at least 11 militants were killed" and "killed 13 militants": the count, not the floor
    m = merge([_report("a-e0", "Radio", 11, _floor_fatalities=True), _report("b-e0", "Paper", 13)])
    assert m.row["fatalities"] == 13 and m.row["fatalities_low"] == 11
    # two exact counts one to one still keep the conservative figure
    assert merge([_report("a-e0", "Radio", 11), _report("b-e0", "Paper", 13)]).row["fatalities"] == 11


def test_a_round_ups_total_over_several_incidents_gives_no_figure_to_one_of_them():
    """A city round-up published later ("At least 18 shot in separate attacks") joins the report
    of one shooting (two hurt): its total counts others' victims too, so it is no update."""
    from crossbearing.export.merged import told_over_incidents

    total = "At least 18 people were shot, including a 4-year-old boy, in separate attacks across the city."
    figure = {"span": {"article_id": "r", "start": total.index("18"), "end": 0, "text": "18"}, "best": 18}
    assert told_over_incidents(figure, [{"article_id": "r", "start": 0, "end": len(total), "text": total}])
    for said in ("4 dead, 17 wounded in weekend shootings", "Another violent weekend leaves 17 hurt"):
        assert told_over_incidents({"span": {"article_id": "r:title", "text": said}, "best": 17}, []), said
    one = "Two people were shot across the street from a school on Elm Street."
    assert not told_over_incidents({"span": {"article_id": "o", "text": "Two"}, "best": 2},
                                   [{"article_id": "o", "text": one}])
    m = merge([_report("a-e0", "Paper", None, injured=2, article_published="2016-06-28"),
               _report("b-e0", "Radio", None, injured=18, _total_injured=True, article_published="2016-06-30")])
    assert m.row["injured"] == 2
    # a report of the incident that gives no figure still makes the round-up's total none of its own
    m = merge([_report("a-e0", "Paper", 1), _report("b-e0", "Radio", 4, injured=17, _total_injured=True,
                                                     _total_fatalities=True)])
    assert (m.row["fatalities"], m.row["injured"]) == (1, None)
    assert told_over_incidents({"span": {"article_id": "r:title", "text": "Shootings up after another violent "
                                         "weekend in the city"}, "best": 39}, [])
    # round-ups alone keep their figure
    m = merge([_report("a-e0", "Paper", None, injured=18, _total_injured=True)])
    assert m.row["injured"] == 18


def test_the_shootings_of_one_spree_are_one_incidents_toll():
    from crossbearing.export.merged import told_over_incidents

    said = "Four people were killed and 14 wounded in the shootings at the plant, the sheriff said."
    assert not told_over_incidents({"span": {"article_id": "p:title", "text": said}, "best": 14}, [])
