"""One bad record costs only itself: it is reported with its file, line or offset and a
reason, and every record around it is read (issue 13)."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from crossbearing.cli import cli
from crossbearing.ingest import IngestError, iter_articles
from crossbearing.model import Article
from crossbearing.settings import Settings


def good(i: int) -> str:
    return json.dumps({"text": f"GOMA (Reuters) - Report {i}: police in Lagos arrested {i + 2} people on Monday.",
                       "outlet": "Wire"})


def split(items):
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, IngestError) and not i.ignored]
    return arts, errs


def read(*paths, **settings):
    return split(list(iter_articles([str(p) for p in paths], settings=Settings.load(**settings))))


BAD_LINES = {
    "surrogate in text": '{"text": "Shelling in \\udc80 Goma on Monday."}',
    "surrogate in title": '{"text": "Shelling in Goma on Monday.", "title": "x\\ud800"}',
    "surrogate in a key": '{"text": "Shelling in Goma on Monday.", "\\udc80": 1}',
    "surrogate in a nested list": '{"text": "Shelling in Goma on Monday.", "id": ["\\udfff"]}',
    "deep nesting": "[" * 1200 + "]" * 1200,
    "deep nesting inside a record": '{"text": "Shelling in Goma.", "x": ' + "[" * 5000 + "]" * 5000 + "}",
    "long integer": '{"text": "Shelling in Goma on Monday.", "outlet": ' + "9" * 4400 + "}",
    "long float": '{"text": "Shelling in Goma on Monday.", "n": 1.' + "5" * 5000 + "}",
    "NaN": '{"text": "Shelling in Goma on Monday.", "n": NaN}',
    "not JSON": "{text: oops}",
    "not an object": "[1, 2, 3]",
    "no text": '{"title": "only a title"}',
    "blank text": '{"text": "   "}',
}


@pytest.mark.parametrize("kind", sorted(BAD_LINES))
def test_each_bad_jsonl_line_is_reported_and_the_next_lines_are_read(tmp_path, kind):
    p = tmp_path / "mixed.jsonl"
    p.write_text("\n".join([good(1), BAD_LINES[kind], good(2), good(3)]) + "\n", encoding="utf-8",
                 errors="surrogatepass")
    arts, errs = read(p)
    assert len(arts) == 3, [str(e) for e in errs]
    assert [(e.line, Path(e.path).name) for e in errs] == [(2, "mixed.jsonl")]
    assert str(errs[0]).startswith(f"{p}:2: ")
    assert [a.source_path for a in arts] == [f"{p}:1", f"{p}:3", f"{p}:4"]


def test_invalid_utf8_deep_in_a_jsonl_costs_only_its_line(tmp_path):
    p = tmp_path / "big.jsonl"
    with p.open("wb") as fh:
        for i in range(300):
            fh.write(good(i).encode() + b"\n")
            if i == 199:  # far past the first 8 KB
                fh.write(b'{"text": "bad \xff\xfe bytes in Goma"}\n')
            if i == 249:
                fh.write(b'{"text": "cut \xe2\x82"}\n')
    arts, errs = read(p)
    assert len(arts) == 300
    assert [e.line for e in errs] == [201, 252]
    assert "invalid UTF-8" in errs[0].reason and "column 15" in errs[0].reason


def test_bad_byte_in_the_first_line_is_not_a_binary_file(tmp_path):
    p = tmp_path / "first.jsonl"
    p.write_bytes(b'{"text": "\xff"}\n' + "\n".join(good(i) for i in range(5)).encode() + b"\n")
    arts, errs = read(p)
    assert len(arts) == 5 and [e.line for e in errs] == [1]
    png = tmp_path / "image.jsonl"
    png.write_bytes(bytes(range(256)) * 40)
    arts, errs = read(png)
    assert not arts and len(errs) == 1 and "binary" in errs[0].reason


def test_jsonl_text_keeps_a_leading_published_line(tmp_path):
    body = "Published: 2024-05-07\n\nGOMA (Reuters) - Fighting resumed in the city on Monday."
    j = tmp_path / "a.jsonl"
    j.write_text(json.dumps({"text": body, "outlet": "Reuters"}) + "\n")
    t = tmp_path / "a.txt"
    t.write_text("Outlet: Reuters\n\n" + body)
    (ja,), _ = read(j)
    (ta,), _ = read(t)
    assert ja.text == body and ta.text == body and ja.id == ta.id
    assert ja.published is None  # text is text; metadata comes from the record's fields


def test_non_utf8_file_name_is_read_and_shown_escaped(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (d / name).write_text("GOMA (Reuters) - Fighting resumed in the city on Monday.")
    (a,), errs = read(d)
    assert not errs and a.source_path.endswith("caf\\xe9.txt")
    a.source_path.encode("utf-8")  # storable
    db = tmp_path / "t.duckdb"
    res = CliRunner().invoke(cli, ["run", str(d), "--db", str(db), "--no-link"],
                             env={"CROSSBEARING_EXTRACTORS": "mentions"})
    assert res.exit_code == 0, res.output
    bad = d / os.fsdecode(b"\xff\xfe.jsonl")
    bad.write_text("{oops}\n")
    (err,) = read(bad)[1]
    assert "\\xff\\xfe.jsonl" in str(err) and err.line == 1


def test_unreadable_subdirectory_is_reported(tmp_path, monkeypatch):
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "x.txt").write_text("GOMA (Reuters) - Fighting resumed in the city on Monday.")
    (d / "ok.txt").write_text("KHARTOUM (Reuters) - Fighting resumed in the city on Monday.")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)  # root ignores chmod, so deny it here
    arts, errs = read(d)
    assert len(arts) == 1
    assert len(errs) == 1 and errs[0].path.endswith("locked") and "Permission denied" in errs[0].reason


def test_published_not_a_date_is_one_clear_line(tmp_path):
    (tmp_path / "a.txt").write_text("GOMA (Reuters) - Fighting resumed in the city on Monday.")
    res = CliRunner().invoke(cli, ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "t.duckdb"),
                                   "--published", "not a date"])
    assert res.exit_code == 2 and res.exception is None or isinstance(res.exception, SystemExit)
    assert "Invalid value for '--published'" in res.output and "YYYY-MM-DD" in res.output
    assert "Traceback" not in res.output
    assert not (tmp_path / "t.duckdb").exists()
    with pytest.raises(ValueError):
        list(iter_articles([str(tmp_path / "a.txt")], published="not a date"))


# --- WARC -------------------------------------------------------------------------

def page(i: int, extra: str = "") -> bytes:
    return ("<html><head><title>Clashes %d</title></head><body><article><p>" % i
            + ("Heavy fighting broke out in Goma on Tuesday between the army and rebels %d, residents said. " % i) * 3
            + extra + "</p></article></body></html>").encode()


def write_warc(path: Path, payloads: list[bytes], gz: bool = True, encoding: str | None = None) -> list[int]:
    """A WARC file with one HTML response per payload; returns each record's start offset."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for i, body in enumerate(payloads):
            offsets.append(fh.tell())
            hdrs = [("Content-Type", "text/html; charset=utf-8")]
            if encoding:
                hdrs.append(("Content-Encoding", encoding))
            rec = w.create_warc_record(f"https://news.example.org/{i}", "response", payload=io.BytesIO(body),
                                       http_headers=StatusAndHeaders("200 OK", hdrs, protocol="HTTP/1.1"),
                                       warc_headers_dict={"WARC-Date": "2024-05-07T08:00:00Z"})
            w.write_record(rec)
    return offsets


@pytest.mark.parametrize("gz", [True, False])
def test_warc_cut_inside_its_last_record_is_reported(tmp_path, gz):
    p = tmp_path / ("c.warc.gz" if gz else "c.warc")
    offsets = write_warc(p, [page(i) for i in range(4)], gz=gz)
    data = p.read_bytes()
    p.write_bytes(data[: offsets[3] + (len(data) - offsets[3]) // 2])
    arts, errs = read(p)
    assert len(arts) == 3
    assert [e.offset for e in errs] == [offsets[3]] and "cut short" in errs[0].reason
    assert str(errs[0]).startswith(f"{p}@{offsets[3]}: ")


def test_warc_gz_corrupt_member_keeps_the_records_after_it(tmp_path):
    p = tmp_path / "flip.warc.gz"
    offsets = write_warc(p, [page(i) for i in range(4)])
    data = bytearray(p.read_bytes())
    data[offsets[1] + 60] ^= 0x10  # inside record 1's deflate data
    p.write_bytes(bytes(data))
    arts, errs = read(p)
    assert sorted(a.url for a in arts) == [f"https://news.example.org/{i}" for i in (0, 2, 3)]
    assert [e.offset for e in errs] == [offsets[1]]


def test_warcio_attribute_error_is_a_reported_record(tmp_path):
    # A cut in the WARC headers of the last gzip member made warcio raise AttributeError.
    p = tmp_path / "h.warc.gz"
    offsets = write_warc(p, [page(0), page(1)], gz=False)
    raw = p.read_bytes()
    broken = raw[: offsets[1]] + raw[offsets[1]:].replace(b"WARC-Type: response", b"WARC-Tpe")
    p.write_bytes(gzip.compress(broken[: offsets[1]]) + gzip.compress(broken[offsets[1]:]))
    arts, errs = read(p)
    assert len(arts) == 1 and len(errs) == 1 and errs[0].offset is not None


def test_warc_gz_bomb_is_bounded_and_reported(tmp_path):
    p = tmp_path / "bomb.warc.gz"
    offsets = write_warc(p, [page(0), page(1), page(2, extra="<!-- " + "A" * 30_000_000 + " -->"), page(3)])
    assert p.stat().st_size < 200_000
    arts, errs = read(p, max_decompressed_bytes=5_000_000)
    assert len(arts) == 2 and [e.offset for e in errs] == [offsets[2]]
    assert "more than 5,000,000 bytes" in errs[0].reason and "MAX_DECOMPRESSED_BYTES" in errs[0].reason


def test_http_gzip_bomb_inside_a_record_is_bounded(tmp_path):
    p = tmp_path / "enc.warc"
    bomb = gzip.compress(page(1, extra="B" * 20_000_000))
    offsets = write_warc(p, [bomb], gz=False, encoding="gzip")
    write_warc(tmp_path / "ok.warc", [page(2)], gz=False)
    p.write_bytes(p.read_bytes() + (tmp_path / "ok.warc").read_bytes())
    arts, errs = read(p, max_file_bytes=2_000_000)
    assert len(arts) == 1 and [e.offset for e in errs] == [offsets[0]]
    assert "over 2,000,000 bytes" in errs[0].reason


# --- storing and extracting ---------------------------------------------------------

def test_a_record_that_cannot_be_stored_costs_only_itself(tmp_path):
    from crossbearing.pipeline import run
    from crossbearing.store import Store

    class Picky(Store):
        def write_analyses(self, analyses):
            analyses = list(analyses)
            if any("POISON" in a.article.text for a in analyses):
                raise ValueError("cannot store this one")
            return super().write_analyses(analyses)

    p = tmp_path / "c.jsonl"
    lines = [good(i) for i in range(20)]
    lines[11] = json.dumps({"text": "POISON: shelling in Goma on Monday."})
    p.write_text("\n".join(lines) + "\n")
    settings = Settings.load(db=str(tmp_path / "t.duckdb"), extractors="mentions", batch_size=8)
    with Picky(settings.db) as store:
        summary = run([str(p)], store, settings, link=False)
        assert store.count("articles") == 19
    assert summary.stored == 19 and len(summary.failed) == 1
    assert summary.failed[0].path == f"{p}:12" and "cannot store" in summary.failed[0].reason


def test_long_article_is_cut_for_every_extractor_and_stored_whole(resources):
    from crossbearing.ingest.text import article_from_text
    from crossbearing.pipeline import analyse, truncated

    class Capped:
        settings = Settings.load(max_article_chars=400)

        def __getattr__(self, name):
            return getattr(resources, name)

        def get(self, name):
            return resources.get(name)

    head = "GOMA (Reuters) - Heavy fighting broke out in Goma on Tuesday, residents said. "
    tail = ("Filler sentence about nothing much at all. " * 20 + "Published on 12 March 2023. "
            "Rebels killed 40 villagers in Beni, the army said on Friday. ") * 50
    text = head + tail
    an = analyse(article_from_text(text, outlet="Reuters"), Capped())
    assert truncated(an) and an.article.meta["extracted_chars"] == 400
    assert an.article.text == text  # stored whole
    spans = [m.span for m in an.mentions] + [p.span for p in an.places] + [q.span for q in an.quantities] \
        + [c.span for c in an.claims] + [t.span for t in an.times] + list(an.article.published_evidence)
    assert spans and max(s.end for s in spans) <= 400
    assert not an.quantities and an.article.published != "2023-03-12"
    body = [s for s in spans if s.article_id == an.article.id]
    # the article's focus place is read from its dateline or headline and says so in a span of
    # its own (article id + ":focus"), outside the body text
    assert all(s.article_id == an.article.id + ":focus" for s in spans if s not in body)
    assert body and all(text[s.start:s.end] == s.text for s in body)
    whole = analyse(article_from_text(head, outlet="Reuters"), resources)
    assert not truncated(whole)


def test_jsonl_of_blank_lines_only_is_reported(tmp_path):
    for i, content in enumerate([b"\xef\xbb\xbf", b"\n\n  \n", b"\xef\xbb\xbf\r\n\t\n"]):
        p = tmp_path / f"blank{i}.jsonl"
        p.write_bytes(content)
        arts, errs = read(p)
        assert not arts and len(errs) == 1 and "no records" in errs[0].reason and errs[0].path == str(p)


def test_a_title_broken_over_lines_is_one_line_in_every_reader(tmp_path):
    body = "GOMA (Reuters) - Fighting resumed in the city on Monday, residents said."
    j = tmp_path / "a.jsonl"
    j.write_text(json.dumps({"text": body, "title": "Lavell Lee Smith, 33\n - The Homicide Report",
                             "url": " http://x.example/a \n"}) + "\n")
    t = tmp_path / "a.txt"
    t.write_text("Title: Lavell Lee Smith, 33  - The Homicide Report\nURL: http://x.example/a\n\n" + body)
    (ja,), _ = read(j)
    (ta,), _ = read(t)
    assert ja.title == ta.title == "Lavell Lee Smith, 33 - The Homicide Report"
    assert ja.url == ta.url == "http://x.example/a" and ja.id == ta.id
