"""The worked example (DESIGN.md): the two seed reports across outlets, via hand-made analyses."""

from crossbearing.link.align import details_only_in, hedged_in, status_of
from crossbearing.link.crossevents import cross_events_for
from crossbearing.link.reuse import reuse_between


def _by_row(ces):
    rows = {}
    for ce in ces:
        ids = " ".join(ce.event_ids)
        for key, row in (("op", 2), ("siege", 3), ("cruise", 4), ("shahabat", 5), ("sohr", 6), ("astana", 7),
                         ("aleppo", 8), ("claim", 1)):
            if key in ids:
                rows.setdefault(row, ce)
    return rows


def _seeds(hand_seeds):
    a, b = hand_seeds
    r = reuse_between(a.article.id, a.article.text, "GPA", b.article.id, b.article.text, "PressTV")
    return _by_row(cross_events_for([a, b], [r], "S-test"))


def test_rows_merged_across_outlets(hand_seeds):
    rows = _seeds(hand_seeds)
    for row in (1, 2, 3, 4, 7):
        assert rows[row].n_outlets == 2, row
        assert status_of(rows[row]) == "agree", row
    for row in (1, 2):
        assert rows[row].n_origins == 1 and rows[row].n_claimants == 1, row
    for row in (5, 6, 8):
        assert rows[row].n_outlets == 1 and status_of(rows[row]) == "single", row


def test_distinct_events_stay_distinct(hand_seeds):
    rows = _seeds(hand_seeds)
    assert len({id(rows[r]) for r in range(1, 9)}) == 8
    assert rows[2].event_ids != rows[5].event_ids


def test_field_alignment_details(hand_seeds):
    rows = _seeds(hand_seeds)
    op = rows[2].fields
    assert op["fatalities"].status == "agree"  # 450 vs "over 450"
    assert {v.value["best"] for v in op["fatalities"].values} == {450}
    assert op["materiel:tank"].status == "agree" and op["materiel:pickup"].status == "agree"
    assert all(v.spans and v.spans[0].text for v in op["fatalities"].values)
    assert rows[1].fields["percent"].status == "agree"  # over 85% vs the remaining 15%
    assert rows[1].fields["area_km2"].status == "agree"
    det = details_only_in(rows[4])
    assert set(det) == {"001_presstv"} and {"Kalibr", "Admiral Essen"} <= set(det["001_presstv"])
    assert hedged_in(rows[4]) == ["000_gpa"]


def test_conflicting_figures_are_flagged(hand_seeds):
    import copy

    a, b = copy.deepcopy(hand_seeds)
    b.events[0].fatalities.best = b.events[0].fatalities.low = 15
    b.events[0].fatalities.qualifier = None
    a.events[0].fatalities.best = a.events[0].fatalities.low = 12
    rows = _by_row(cross_events_for([a, b], [], "S"))
    assert rows[2].fields["fatalities"].status == "conflict"
    assert status_of(rows[2]) == "conflict"


def test_linkers_fill_the_store(linked_store):
    s = linked_store
    assert s.count("stories") == 1
    assert s.query("SELECT n_articles, n_outlets FROM stories")[0] == {"n_articles": 2, "n_outlets": 2}
    reuse = s.query("SELECT same_outlet FROM reuse")
    assert reuse and not reuse[0]["same_outlet"]
    multi = s.query("SELECT n_outlets, n_origins FROM cross_events WHERE n_outlets = 2")
    assert len(multi) == 5
    assert sum(1 for r in multi if r["n_origins"] == 1) >= 2


def test_actor_coding_differences_in_talks_are_not_conflicts(hand_seeds):
    import copy

    from crossbearing.link.align import coding_differences

    a, b = copy.deepcopy(hand_seeds)
    next(e for e in a.events if "astana" in e.id).actor1 = "Military Forces of Russia"
    next(e for e in b.events if "astana" in e.id).actor1 = "Military Forces of Syria"
    rows = _by_row(cross_events_for([a, b], [], "S"))
    assert rows[7].n_outlets == 2 and status_of(rows[7]) == "agree"
    assert coding_differences(rows[7]) == ["actor1"]
    # For violence, different perpetrators are different events: they are never merged.
    next(e for e in b.events if "cruise" in e.id).actor1 = "US-led coalition"
    rows = _by_row(cross_events_for([a, b], [], "S"))
    assert rows[4].n_outlets == 1
