"""Who a merged event's row says acted: the named actor, or ACLED's unidentified armed group
for an attack, a bombing or an abduction no report names an author of."""

from crossbearing.export.merged import merge, report_rows


def _report(rid, sub, actor1=None, inter1=None, country="MX"):
    return {"id": rid, "article_id": rid[0] * 16, "outlet": "Paper", "fatalities": 1, "event_type": "Violence against civilians",
            "sub_event_type": sub, "actor1": actor1, "inter1": inter1, "country": country, "location": "Morelia",
            "geo_precision": 1, "event_date": None, "time_precision": 1, "_evidence": [(0, 10)]}


def test_an_attack_no_report_names_an_author_of_is_an_unidentified_armed_groups():
    m = merge([_report("a-e0", "Attack"), _report("b-e0", "Attack")])
    assert m.row["actor1"] == "Unidentified Armed Group (Mexico)" and m.row["inter1"] == 3
    assert all(r["actor1"] == "Unidentified Armed Group (Mexico)" for r in report_rows([m]))


def test_a_named_author_stands_and_other_types_stay_unnamed():
    m = merge([_report("a-e0", "Attack"), _report("b-e0", "Attack", "Sinaloa Cartel", 3)])
    assert m.row["actor1"] == "Sinaloa Cartel"
    m = merge([_report("a-e0", "Armed clash")])
    assert not m.row["actor1"]
