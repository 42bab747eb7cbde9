from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from crossbearing.ingest import IngestError, iter_articles
from crossbearing.ingest.text import find_dateline
from crossbearing.model import Article, article_id_for

GOOD = "KHARTOUM, Sudan (Reuters) - Fighting resumed in the city on Monday, residents said.\n"


def _items(*paths):
    return list(iter_articles([str(p) for p in paths]))


def test_datelines():
    assert find_dateline("Damascus\u00a0(GPA\u2013 The head of Russian troops")[:2] == ("Damascus", "GPA")
    assert find_dateline("(presstv) -- Lieutenant General Aleksandr Lapin")[:2] == (None, "PressTV")
    assert find_dateline("BEIRUT, Lebanon (AP) \u2014 Rockets hit")[:2] == ("Beirut", "AP")
    assert find_dateline("The army said (in a statement) - nothing")[0] is None


def test_seeds_outlets_from_datelines(seeds_dir):
    arts = [a for a in _items(seeds_dir) if isinstance(a, Article)]
    by = {Path(a.source_path).name[:3]: a for a in arts}
    assert by["000"].outlet == "GPA" and by["000"].dateline_place == "Damascus"
    assert by["001"].outlet == "PressTV"
    assert by["000"].dateline_span.text.startswith("Damascus")


def test_header_block_and_stable_id(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title: T\nOutlet: Levant Wire\nPublished: 2026-03-14\n\n" + GOOD)
    (a,) = _items(p)
    assert (a.title, a.outlet, a.published, a.published_source) == ("T", "Levant Wire", "2026-03-14", "metadata")
    assert a.text == GOOD and a.id == article_id_for(GOOD, "T")
    q = tmp_path / "b.txt"
    q.write_text("Title:  T\n\n" + GOOD.replace(" ", "  "))  # same content, different whitespace → same id
    assert _items(q)[0].id == a.id


def test_pages_with_one_boilerplate_body_but_different_titles_stay_apart(tmp_path):
    # A sign-up wall instead of the story: the title is all that tells the pages apart.
    wall = "We have sent you a verification email. Please check your email to activate your profile."
    p = tmp_path / "pages.jsonl"
    p.write_text("\n".join(json.dumps({"title": t, "text": wall, "outlet": "Metro Daily"})
                           for t in ("Two hurt in Elm Street shooting", "Man killed at gas station")) + "\n")
    a, b = _items(p)
    assert a.id != b.id and a.id == article_id_for(wall, "Two hurt in Elm Street shooting")
    assert article_id_for(wall) != a.id  # no title: the text alone


def test_jsonl_reader_reports_bad_lines(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"text": GOOD, "outlet": "www.bbc.co.uk", "published": "2020-01-02T10:00:00Z"}) + "\n"
                 "{not json}\n" + json.dumps({"title": "no text"}) + "\n" + json.dumps({"text": "  "}) + "\n")
    items = _items(p)
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, IngestError)]
    assert len(arts) == 1 and arts[0].outlet == "bbc.co.uk" and arts[0].published == "2020-01-02"
    assert [e.line for e in errs] == [2, 3, 4]
    assert "malformed JSON" in errs[0].reason and "'text'" in errs[1].reason


def test_bad_files_reported_and_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = _items(tmp_path)
    arts = [i for i in items if isinstance(i, Article)]
    errs = {Path(i.path).name: i for i in items if isinstance(i, IngestError)}
    assert len(arts) == 1
    assert errs["empty.txt"].reason == "empty file"
    assert "binary" in errs["binary.txt"].reason
    assert "no article text" in errs["nav.html"].reason
    assert errs["image.png"].ignored and not errs["binary.txt"].ignored
    assert "no such file" in _items(tmp_path / "missing.txt")[0].reason


def test_html_reader_metadata(tmp_path):
    src = Path(__file__).resolve().parents[2] / "examples" / "corpus" / "daily_meridian_market_strike.html"
    (a,) = _items(src)
    assert a.title.startswith("Nine killed") and a.published == "2026-03-14"
    assert a.outlet == "Daily Meridian" and a.byline == "Lina Faris"
    assert "Home" not in a.text and "busiest hour" in a.text


def test_warc_reader(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = ("<html><head><title>Clashes in Goma</title></head><body><article><p>"
            + "Heavy fighting broke out in Goma on Tuesday between the army and rebels, residents said. " * 3
            + "</p></article></body></html>").encode()
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = w.create_warc_record("https://news.example.org/goma", "response", payload=io.BytesIO(html),
                                   http_headers=headers, warc_headers_dict={"WARC-Date": "2024-05-07T08:00:00Z"})
        w.write_record(rec)
    (a,) = _items(path)
    assert "Goma" in a.text and a.outlet == "news.example.org" and a.published == "2024-05-07"
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(gzip.compress(b"this is not a warc record"))
    (err,) = _items(bad)
    assert isinstance(err, IngestError)


def test_a_page_with_no_outlet_named_is_its_sites(tmp_path):
    src = tmp_path / "feed.jsonl"
    records = [
        {"text": "BEIRUT (AP) — Shelling hit the town on Monday.", "url": "https://www.dailystar.com.lb/News/1"},
        {"text": "Police said a man was shot on Monday.", "url": "http://www.star-telegram.com/x", "outlet": "Star-Telegram"},
        {"text": "BEIRUT (AP) — Shelling hit the town on Monday, killing two."},
        {"text": "A man was shot on Monday night, police said.", "url": "http://[not an address"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    outlets = [a.outlet for a in iter_articles([src])]
    # the site, the outlet named, the wire agency of a page without an address, none
    assert outlets == ["dailystar.com.lb", "Star-Telegram", "AP", None]
