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


def test_replace_analyses_rewrites_every_row_of_an_article():
    s = Store(":memory:")
    an = _analysis()
    s.write_analyses([an, _analysis("Ten protesters were arrested in Lagos.", "z9")])
    an.article.published, an.article.published_precision = "2024-01-02", "day"
    an.quantities = []
    assert s.replace_analyses([an]) == 1
    assert s.query("SELECT published FROM articles WHERE id = 'a1'")[0]["published"].isoformat() == "2024-01-02"
    assert s.count("articles") == 2 and s.count("mentions") == 2
    assert s.query("SELECT count(*) AS n FROM quantities WHERE article_id = 'a1'")[0]["n"] == 0
    assert s.analysis("a1").article.published == "2024-01-02" and s.analysis("z9") is not None


def test_failed_write_leaves_nothing_behind():
    s = Store(":memory:")
    bad = _analysis(aid="c3")
    bad.mentions[0].label = object()  # cannot be bound as a SQL value
    try:
        s.write_analyses([bad])
    except Exception:
        pass
    assert s.count("articles") == 0 and s.count("analyses") == 0
