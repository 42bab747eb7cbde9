"""The ACLED CSV contract: ACLED's columns in ACLED's order, then crossbearing's own, and the
merge rules across reports (never a sum; the most conservative credible figure)."""

from crossbearing.export import ACLED_COLUMNS, COLUMNS
from crossbearing.export.merged import acled_region, event_id_cnty, merge, report_rows

ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
                "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
                "tags,timestamp")
EXTRA = "injured,fatalities_low,fatalities_high,n_reports,n_outlets,n_origins,n_claimants,status,article_ids,evidence"


def test_header_is_acled_then_ours():
    assert ",".join(ACLED_COLUMNS) == ACLED_HEADER
    assert ",".join(COLUMNS) == ACLED_HEADER + "," + EXTRA


def _report(rid, aid, outlet, killed, **kw):
    base = {"id": rid, "article_id": aid, "outlet": outlet, "fatalities": killed, "event_type": "Battles",
            "sub_event_type": "Armed clash", "country": "SY", "location": "Raqqa", "geo_precision": 1,
            "event_date": None, "time_precision": 1, "_evidence": [(0, 10)]}
    base.update(kw)
    return base


def test_merge_takes_the_conservative_figure_never_a_sum():
    m = merge([_report("a-e0", "a" * 16, "Wire One", 12), _report("b-e0", "b" * 16, "Paper Two", 9),
               _report("c-e0", "c" * 16, "Paper Three", 40, _hedged=True)])
    row = m.row
    assert row["fatalities"] == 9 and (row["fatalities_low"], row["fatalities_high"]) == (9, 40)
    assert row["n_reports"] == 3 and row["source"] == "Paper Three; Paper Two; Wire One"
    assert row["article_ids"] == ";".join(["a" * 16, "b" * 16, "c" * 16])
    assert row["region"] == "Middle East" and row["country"] == "Syria" and row["iso"] == 760


def test_merge_prefers_the_most_precise_place():
    m = merge([_report("a-e0", "a" * 16, "X", 1, location="Syria", geo_precision=3),
               _report("b-e0", "b" * 16, "Y", 1, location="Manbij", geo_precision=1)])
    assert m.row["location"] == "Manbij" and m.row["geo_precision"] == 1


def test_ids_do_not_depend_on_report_order():
    assert event_id_cnty("SY", ["b-e1", "a-e0"]) == event_id_cnty("SY", ["a-e0", "b-e1"])
    assert event_id_cnty("SY", ["a-e0"]).startswith("SYR")


def test_regions_follow_acled_not_only_the_un_scheme():
    assert acled_region("US") == "North America"
    assert acled_region("GE") == "Caucasus and Central Asia"  # UN: Western Asia
    assert acled_region(None) is None


def test_merge_takes_the_attacker_a_report_names_when_the_typed_one_does_not():
    m = merge([_report("a-e0", "a" * 16, "X", 5, sub_event_type="Air/drone strike", event_type="Explosions/Remote violence"),
               _report("b-e0", "b" * 16, "Y", 5, sub_event_type="Air/drone strike", event_type="Explosions/Remote violence",
                       actor1="Military Forces of Syria", inter1=1),
               _report("c-e0", "c" * 16, "Z", 5, sub_event_type="Armed clash", actor1="Rebels", inter1=2,
                       actor2="Civilians", inter2=7)])
    row = m.row
    assert row["sub_event_type"] == "Air/drone strike"
    assert (row["actor1"], row["inter1"]) == ("Military Forces of Syria", 1)
    assert (row["actor2"], row["inter2"]) == ("Civilians (Syria)", 7)  # ACLED names civilians by country


def test_actors_that_are_no_particular_group_are_named_after_the_country_as_acled_names_them():
    m = merge([{**_report("a-e0", "a" * 16, "X", 0, sub_event_type="Peaceful protest", event_type="Protests",
                          actor1="Protesters", inter1=6), "country": "IN"}])
    assert m.row["actor1"] == "Protesters (India)"
    [rep] = list(report_rows([m]))
    assert rep["actor1"] == "Protesters (India)"
    police = merge([{**_report("b-e0", "b" * 16, "Y", 0, actor1="Police Forces", inter1=1, actor2="Rioters",
                               inter2=5), "country": "FR"}])
    assert (police.row["actor1"], police.row["actor2"]) == ("Police Forces of France", "Rioters (France)")
    us = merge([{**_report("e-e0", "e" * 16, "V", 0, actor1="Police Forces", inter1=1, actor2="Protesters",
                           inter2=6), "country": "US"}])
    assert (us.row["actor1"], us.row["actor2"]) == ("Police Forces of the United States", "Protesters (United States)")
    named = merge([{**_report("c-e0", "c" * 16, "Z", 0, actor1="Taliban", inter1=2), "country": "AF"}])
    assert named.row["actor1"] == "Taliban"  # a named group keeps its name
    nowhere = merge([{**_report("d-e0", "d" * 16, "W", 0, actor1="Protesters", inter1=6), "country": None}])
    assert nowhere.row["actor1"] == "Protesters"  # no country: nothing to name it after


def test_an_article_that_tells_the_event_twice_votes_once_for_its_toll():
    # one article's lead and its later recap both say 100; two other articles say 112: two
    # witnesses against one, not a tie that the conservative 100 would win
    twice = [_report("a-e0", "a" * 16, "X", 100), _report("a-e3", "a" * 16, "X", 100)]
    m = merge(twice + [_report("b-e0", "b" * 16, "Y", 112), _report("c-e0", "c" * 16, "Z", 112)])
    assert m.row["fatalities"] == 112
    # its lead votes, not its recap: 120 (lead) and 120 from another article outvote one 100
    m = merge([_report("a-e0", "a" * 16, "X", 120), _report("a-e3", "a" * 16, "X", 100),
               _report("b-e0", "b" * 16, "Y", 100), _report("c-e0", "c" * 16, "Z", 120)])
    assert m.row["fatalities"] == 120


def test_a_later_days_higher_toll_updates_the_earlier_reports():
    from datetime import date

    early = _report("a-e0", "a" * 16, "X", 2, article_published=date(2016, 5, 1))
    later = _report("b-e0", "b" * 16, "Y", 3, article_published=date(2016, 5, 2))
    assert merge([early, later]).row["fatalities"] == 3  # a wounded victim died: the toll rose
    same_day = _report("b-e0", "b" * 16, "Y", 3, article_published=date(2016, 5, 1))
    assert merge([early, same_day]).row["fatalities"] == 2  # two accounts of one day: the conservative one
    lower_later = _report("b-e0", "b" * 16, "Y", 2, article_published=date(2016, 5, 2))
    assert merge([_report("a-e0", "a" * 16, "X", 3, article_published=date(2016, 5, 1)),
                  lower_later]).row["fatalities"] == 3  # no update: the first day's count stands


def test_a_later_report_counting_fewer_dead_does_not_lower_the_first_toll():
    from datetime import date

    # "Five dead in murder-suicide at cabin" on Monday; on Tuesday "Residents stunned after
    # murder-suicide" counts four, on Sunday "Friends mourn murder-suicide victim" two
    first = _report("a-e0", "a" * 16, "X", 5, article_published=date(2016, 5, 2))
    later = [_report("b-e0", "b" * 16, "Y", 4, article_published=date(2016, 5, 3)),
             _report("c-e0", "c" * 16, "Z", 2, article_published=date(2016, 5, 8))]
    m = merge([first, *later])
    assert m.row["fatalities"] == 5 and (m.row["fatalities_low"], m.row["fatalities_high"]) == (2, 5)
    # the vote still decides where it is not tied, and two accounts of one day keep the conservative one
    again = _report("d-e0", "d" * 16, "W", 2, article_published=date(2016, 5, 9))
    assert merge([first, *later, again]).row["fatalities"] == 2
    same_day = [_report("b-e0", "b" * 16, "Y", 4, article_published=date(2016, 5, 2))]
    assert merge([first, *same_day]).row["fatalities"] == 4
    # wounded counts keep the conservative rule: the first bulletin often counts the dead among them
    assert merge([_report("a-e0", "a" * 16, "X", 1, injured=5, article_published=date(2016, 5, 2)),
                  _report("b-e0", "b" * 16, "Y", 1, injured=3, article_published=date(2016, 5, 3))]).row["injured"] == 3


def test_one_victim_named_is_no_count_against_a_count_of_several():
    # "One man identified in fatal shooting" against "Two dead, two hurt in restaurant shooting":
    # the report that names one victim has not counted the dead
    named = _report("a-e0", "a" * 16, "X", 1, injured=1)
    counted = _report("b-e0", "b" * 16, "Y", 2, injured=2)
    assert merge([named, counted]).row["fatalities"] == 2
    assert merge([named, counted]).row["injured"] == 2
    assert merge([_report("a-e0", "a" * 16, "X", 3), counted]).row["fatalities"] == 2  # still conservative


def test_the_place_is_taken_in_the_region_most_reports_agree_on():
    a = _report("a-e0", "a" * 16, "X", 1, location="Springfield", admin1="Illinois", country="US", geo_precision=1)
    b = _report("b-e0", "b" * 16, "Y", 1, location="Sangamon County", admin1="Illinois", country="US", geo_precision=2)
    c = _report("c-e0", "c" * 16, "Z", 1, location="Springfield", admin1="Missouri", country="US", geo_precision=1)
    d = _report("d-e0", "d" * 16, "W", 1, location="Illinois", admin1="Illinois", country="US", geo_precision=3)
    row = merge([c, b, d, a]).row
    assert (row["location"], row["admin1"]) == ("Springfield", "Illinois")  # not the first precise report's Missouri
    tie = merge([c, a]).row
    assert tie["admin1"] in ("Illinois", "Missouri")  # one against one: precision and order decide, as before
