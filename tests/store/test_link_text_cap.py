"""Linking reads an article's first LINK_TEXT_CHARS characters: a huge page keeps the link stage
bounded (issue 13: a 45 MB article had made it run for more than half an hour)."""

from crossbearing.store import Store
from crossbearing.store import linkstate


def test_link_reads_only_the_first_characters_of_a_huge_article(monkeypatch):
    monkeypatch.setattr(linkstate, "LINK_TEXT_CHARS", 40)
    with Store(":memory:") as store:
        text = "Fighting resumed in the city on Monday. " * 50
        store.con.execute("INSERT INTO articles (id, text) VALUES (?, ?)", ["a" * 16, text])
        got = linkstate.texts(store, ["a" * 16])
    assert got["a" * 16][0] == text[:40]


def test_incident_rows_take_events_dated_to_a_day_or_a_night_but_not_to_a_month():
    # "overnight" dates an event to the night around the publication day (precision 2, two days):
    # its town and day still name the incident; a month does not. A county (geo precision 2)
    # places it as a town does; a region of a state (3) comes too, keyed by its toll alone
    with Store(":memory:") as store:
        store.con.execute("INSERT INTO articles (id, text, published) VALUES (?, ?, ?)",
                          ["a" * 16, "Two dead in overnight shooting.", "2015-05-26"])
        for idx, (precision, geo) in enumerate(((1, 1), (2, 1), (3, 1), (1, 2), (1, 3))):
            store.con.execute(
                "INSERT INTO events (id, article_id, idx, event_type, location, admin1, country, event_date, "
                "time_precision, geo_precision, fatalities, injured) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [f"{'a' * 16}-e{idx}", "a" * 16, idx, "Violence against civilians", "New Orleans", "Louisiana", "US",
                 "2015-05-26", precision, geo, 2, 2])
        linkstate.register_new(store)
        rows = linkstate.incident_rows_after(store, None)
    assert len(rows) == 4 and all(r[1] == "New Orleans" for r in rows)
    assert [r[-1] for r in rows] == [1, 1, 2, 3]  # the geo precision comes last
