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
