"""Generated bad inputs (hypothesis): every one is read without a crash, every bad record is
reported with its line or offset, and the good records around it are all read (issue 13).
The counts of generated cases are in docs/RELIABILITY.md."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from crossbearing.ingest import IngestError, iter_articles, warc
from crossbearing.ingest.metadata import make_article
from crossbearing.model import Article
from crossbearing.settings import Settings

SCALE = float(os.environ.get("CROSSBEARING_FUZZ_SCALE", "1"))  # benchmarks/reliability.py raises it
DEADLINE_MS = float(os.environ.get("CROSSBEARING_FUZZ_DEADLINE_MS", "0")) or None  # and bounds each input


def fuzz(n: int, **kw):
    return settings(max_examples=max(1, int(n * SCALE)), deadline=DEADLINE_MS,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], **kw)


FAST = fuzz(300)


def good_line(i: int) -> bytes:
    return json.dumps({"text": f"GOMA (Reuters) - Report {i}: shelling hit the market on Monday.",
                       "outlet": "Wire", "published": "2024-05-07"}).encode()


GOOD_FIELD = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
BAD_LINE = st.one_of(
    st.binary(max_size=80).map(lambda b: b.replace(b"\n", b"")),  # junk: may even be a valid record
    st.tuples(st.integers(0, 60), st.sampled_from([b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\x80"]))
    .map(lambda t: good_line(0)[: t[0]] + t[1] + good_line(0)[t[0]:]),  # invalid UTF-8 inside a record
    st.integers(65, 3000).map(lambda n: b'{"text": "x", "a": ' + b"[" * n + b"]" * n + b"}"),
    st.integers(101, 6000).map(lambda n: b'{"text": "Shelling in Goma.", "n": ' + b"7" * n + b"}"),
    st.sampled_from(["text", "title", "outlet", "url", "published", "id"])
    .map(lambda k: json.dumps({"text": "Shelling in Goma.", k: "a\udc80b"}).encode()),
    st.dictionaries(st.sampled_from(["title", "url", "outlet", "published", "text"]),
                    st.one_of(st.none(), st.integers(), GOOD_FIELD, st.lists(st.integers(), max_size=3)))
    .map(lambda d: json.dumps(d).encode()),  # wrong or missing fields, odd dates, blank text
)


@FAST
@given(st.lists(BAD_LINE, min_size=1, max_size=6))
def test_jsonl_every_line_accounted_for(tmp_path, bad_lines):
    lines = [good_line(0)]
    for i, bad in enumerate(bad_lines, start=1):
        lines += [bad, good_line(i)]  # the good lines stay the majority, as in a real file
    p = tmp_path / "fuzz.jsonl"
    p.write_bytes(b"\n".join(lines) + b"\n")
    items = list(iter_articles([str(p)], settings=Settings()))
    where = []
    for item in items:
        if isinstance(item, Article):
            where.append(int(item.source_path.rsplit(":", 1)[1]))
            item.text.encode("utf-8")  # storable
        else:
            assert isinstance(item, IngestError) and item.line and item.reason
            where.append(item.line)
    expected = [n for n, raw in enumerate(lines, start=1) if raw.strip()]
    assert where == expected  # one item per non-blank line, in order, nothing lost
    good_at = {2 * i + 1 for i in range(len(bad_lines) + 1)}
    assert all(isinstance(it, Article) for it, n in zip(items, where) if n in good_at)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A five-record WARC, gzipped per record and plain, with each record's offset."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = {}
    for gz in (True, False):
        buf = io.BytesIO()
        w = WARCWriter(buf, gzip=gz)
        offsets = []
        for i in range(5):
            offsets.append(buf.tell())
            body = f"<html><body><p>Report {i}: fighting in Goma on Tuesday, residents said.</p></body></html>"
            rec = w.create_warc_record(f"https://news.example.org/{i}", "response", payload=io.BytesIO(body.encode()),
                                       http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                                                     protocol="HTTP/1.1"))
            w.write_record(rec)
        out[gz] = (buf.getvalue(), offsets)
    return out


def _fast_html(html, url=None, source_path=None):
    return make_article(html, url=url, source_path=source_path)


def _read_warc(path: Path, **kw):
    with mock.patch.object(warc, "article_from_html", _fast_html):  # the WARC framing is under test here
        items = list(iter_articles([str(path)], settings=Settings.load(**kw)))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, IngestError)]
    return arts, errs


@FAST
@given(gz=st.booleans(), frac=st.floats(0, 1))
def test_truncated_warc_loses_nothing_silently(tmp_path, archive, gz, frac):
    data, offsets = archive[gz]
    cut = int(len(data) * frac)
    p = tmp_path / ("t.warc.gz" if gz else "t.warc")
    p.write_bytes(data[:cut])
    arts, errs = _read_warc(p)
    if cut == 0:
        assert len(errs) == 1 and errs[0].reason == "empty file"
        return
    whole = sum(1 for k, start in enumerate(offsets) if (offsets + [len(data)])[k + 1] <= cut)
    assert [a.url for a in arts][:whole] == [f"https://news.example.org/{i}" for i in range(whole)]
    if cut in offsets or cut == len(data):
        assert len(arts) == whole and not errs
    elif len(arts) == whole:  # the record the cut falls in is reported, at its offset
        assert [e.offset for e in errs] == [offsets[whole]], [str(e) for e in errs]
    else:  # plain WARC cut in the blank line after a record: that record is whole
        assert not gz and len(arts) == whole + 1 and not errs and cut >= (offsets + [len(data)])[whole + 1] - 4


@FAST
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 7)), min_size=1, max_size=3))
def test_bit_flipped_warc_gz_keeps_every_untouched_record(tmp_path, archive, flips):
    data, offsets = archive[True]
    bounds = list(zip(offsets, offsets[1:] + [len(data)]))
    b = bytearray(data)
    hit = set()
    for frac, bit in flips:
        pos = int(frac * len(b))
        b[pos] ^= 1 << bit
        hit |= {k for k, (s, e) in enumerate(bounds) if s <= pos < e}
    p = tmp_path / "f.warc.gz"
    p.write_bytes(bytes(b))
    arts, errs = _read_warc(p)
    originals = {f"https://news.example.org/{i}" for i in range(5)}
    got = {a.url for a in arts}
    assert got <= originals
    assert {f"https://news.example.org/{k}" for k in range(5) if k not in hit} <= got
    if len(got) < 5:
        assert errs and all(e.offset is not None for e in errs)


@fuzz(30)
@given(sizes=st.lists(st.integers(1_000, 400_000), min_size=2, max_size=5), limit=st.integers(50_000, 600_000))
def test_decompression_limit_reads_up_to_it_and_reports_the_rest(tmp_path, sizes, limit):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "b.warc.gz"
    ends = []
    with p.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, n in enumerate(sizes):
            body = b"<html><body><p>Report " + str(i).encode() + b"</p>" + b"A" * n + b"</body></html>"
            w.write_record(w.create_warc_record(f"https://x.example/{i}", "response", payload=io.BytesIO(body),
                           http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                                         protocol="HTTP/1.1")))
            ends.append(fh.tell())
    sizes_out = []
    with gzip.open(p, "rb") as fh:  # uncompressed bytes per record, to know which fit
        data = fh.read()
    starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.", i)] + [len(data)]
    sizes_out = [b - a for a, b in zip(starts, starts[1:])]
    fit, total = 0, 0
    for n in sizes_out:
        total += n
        if total > limit:
            break
        fit += 1
    arts, errs = _read_warc(p, max_decompressed_bytes=limit)
    assert len(arts) == fit
    if fit < len(sizes):
        assert len(errs) == 1 and "more than" in errs[0].reason and errs[0].offset == ([0] + ends)[fit]
    else:
        assert not errs


@fuzz(200)
@given(name=st.binary(min_size=1, max_size=40).filter(lambda b: b"/" not in b and b"\0" not in b
                                                      and b not in (b".", b"..") and not b.startswith(b".")))
def test_any_file_name_is_read_and_storable(tmp_path, name):
    d = tmp_path / "names"
    d.mkdir(exist_ok=True)
    f = d / os.fsdecode(name + b".txt")
    f.write_text("GOMA (Reuters) - Fighting resumed in the city on Monday.")
    try:
        items = list(iter_articles([str(d)], settings=Settings()))
    finally:
        f.unlink()
    (a,) = items
    assert isinstance(a, Article)
    a.source_path.encode("utf-8")
    assert "\n" not in str(IngestError(str(f), "x"))
