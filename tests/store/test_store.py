from __future__ import annotations

from crossbearing.model import Analysis, Article, Mention, Quantity, Span
from crossbearing.store import Store
from crossbearing.store.migrations import MIGRATIONS


def _analysis(text="Five people were killed in Goma.", aid="a1"):
    art = Article(id=aid, text=text, outlet="X")
    an = Analysis(article=art, sentences=[Span(aid, 0, len(text), text)])
    an.mentions = [Mention(Span(aid, 27, 31, "Goma"), "GPE")]
    an.quantities = [Quantity(Span(aid, 0, 24, text[:24]), "killed", 5, 5, 5, number_span=Span(aid, 0, 4, "Five"))]
    return an


def test_migrations_recorded_and_idempotent(tmp_path):
    db = tmp_path / "x.duckdb"
    with Store(db) as s:
        versions = [r["version"] for r in s.query("SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == [m[0] for m in MIGRATIONS]
    with Store(db) as s:
        assert s.migrate() == []


def test_write_roundtrip_and_no_duplicates():
    s = Store(":memory:")
    an = _analysis()
    assert s.write_analyses([an, an]) == 1
    s.write_analyses([an])
    assert s.count("articles") == 1 and s.count("mentions") == 1 and s.count("quantities") == 1
    back = s.analysis("a1")
    assert back == an
    spans = s.query("SELECT record, role, text FROM spans ORDER BY record, role")
    assert {"record": "quantity", "role": "number", "text": "Five"} in spans


def test_untrusted_text_is_stored_verbatim():
    s = Store(":memory:")
    evil = "'); DROP TABLE articles; -- <script>alert(1)</script>"
    s.write_analyses([_analysis(evil, "b2")])
    assert s.query("SELECT text FROM articles")[0]["text"] == evil
    assert s.find_article("b") is not None and s.find_article("zz") is None
