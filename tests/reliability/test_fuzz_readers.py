"""Generated inputs for the readers the other fuzz suite leaves out (issue 13): ``.txt`` in any
encoding, cut anywhere, with any header block; ``.html`` of any shape (deep nesting, bad
entities, charsets, cut tags); JSON Lines fields of every JSON type; ``.gz`` bombs of each
reader; and directories that mix good and bad files of every kind. Each input is read without
an exception, every bad file or line is reported with its location and a reason, every good
one is read, and every article read can be stored.

``CROSSBEARING_FUZZ_SCALE`` multiplies the number of generated examples (benchmarks/reliability.py
runs them at a scale that makes more than 10,000 inputs)."""

from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from crossbearing.ingest import IngestError, iter_articles
from crossbearing.model import Analysis, Article
from crossbearing.settings import Settings
from crossbearing.store import Store

SCALE = float(os.environ.get("CROSSBEARING_FUZZ_SCALE", "1"))
# With the benchmark's scale, an input that takes longer than this is a hang (a failure).
DEADLINE_MS = float(os.environ.get("CROSSBEARING_FUZZ_DEADLINE_MS", "0")) or None


def fuzz(n: int):
    return settings(max_examples=max(1, int(n * SCALE)), deadline=DEADLINE_MS, derandomize=SCALE == 1,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


BODY = ("GOMA (Reuters) - Heavy fighting broke out in Goma on Tuesday between the army and M23 rebels, "
        "residents said. Five people were killed, a local official said.")
STORE = Store(":memory:")  # one store for every example: each article read must be storable


def read_all(paths: list[Path], **kw) -> tuple[list[Article], list[IngestError]]:
    items = list(iter_articles([str(p) for p in paths], settings=Settings.load(**kw)))
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, IngestError)]
    assert len(arts) + len(errs) == len(items)
    for e in errs:
        assert e.path and e.reason and not e.reason.startswith("unexpected "), str(e)  # a reader bug, even if caught
        assert "\n" not in str(e)
    STORE.write_analyses([Analysis(article=a) for a in arts])
    return arts, errs


# --- .txt -----------------------------------------------------------------------------

HEADER_VALUE = st.one_of(st.text(max_size=40), st.sampled_from(
    ["2024-05-07", "2024-02-30", "0000-00-00", "9999-12-31", "10000-01-01", "-2024-01-01", "yesterday",
     "2024-05-07T25:61:00Z", "1 May 2024", "", " ", "http://", "javascript:alert(1)", "\u202e", "x" * 5000]))
HEADER = st.lists(st.tuples(st.sampled_from(["Title", "Outlet", "Published", "URL", "Byline", "title", "X"]),
                            HEADER_VALUE), max_size=5)
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252",
                            "shift_jis", "koi8-r"])
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


@fuzz(250)
@given(header=HEADER, body=st.one_of(st.just(BODY), TEXT, st.builds(lambda a, b: a + BODY + b, TEXT, TEXT)),
       encoding=ENCODING, cut=st.one_of(st.none(), st.floats(0, 1)), junk=st.binary(max_size=8),
       at=st.floats(0, 1))
def test_txt_any_encoding_header_and_cut(tmp_path, header, body, encoding, cut, junk, at):
    raw_text = "".join(f"{k}: {v}\n".replace("\r", " ") for k, v in header) + ("\n" if header else "") + body
    raw = raw_text.encode(encoding, errors="replace")
    if cut is not None:
        raw = raw[: int(len(raw) * cut)]
    if junk:
        i = int(len(raw) * at)
        raw = raw[:i] + junk + raw[i:]
    p = tmp_path / "a.txt"
    p.write_bytes(raw)
    arts, errs = read_all([p])
    assert len(arts) + len(errs) == 1
    if arts:
        assert arts[0].text.strip() and arts[0].source_path == str(p)
    else:
        assert errs[0].path == str(p)
    if not header and not junk and cut is None and encoding in ("utf-8", "utf-8-sig") and body == BODY:
        assert arts and arts[0].text == BODY and arts[0].outlet == "Reuters"


# --- .html ----------------------------------------------------------------------------

def _html(parts: list[str], depth: int, charset: str, title: str) -> str:
    inner = "".join(parts)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head><body>'
            + "<div>" * depth + f"<article><p>{BODY}</p>{inner}</article>" + "</div>" * depth + "</body></html>")


HTML_PART = st.one_of(
    st.builds(lambda t: f"<p>{t}</p>", TEXT),
    st.sampled_from(["&#xD800;", "&#0;", "&#x110000;", "&#99999999999;", "&bogus;", "&amp", "<![CDATA[x]]>",
                     "<!-- -->", "<!--", "<script>while(1){}</script>", "<style>p{}</style>", "<p", "</div></div>",
                     "<svg><foreignObject><p>x</p></foreignObject></svg>", "<table><tr><td>1</td></tr></table>",
                     '<meta http-equiv="refresh" content="0;url=javascript:1">', "<base href='x:'>", "\x00",
                     "<time datetime='9999-99-99'>x</time>", '<meta property="article:published_time" content="0">']),
    st.builds(lambda n: "<span>" * n, st.integers(0, 3000)),
)


@fuzz(60)
@given(parts=st.lists(HTML_PART, max_size=6), depth=st.integers(0, 2000),
       charset=st.sampled_from(["utf-8", "latin-1", "utf-16", "x-unknown", ""]), title=TEXT,
       encoding=ENCODING, cut=st.one_of(st.none(), st.floats(0, 1)))
def test_html_any_shape(tmp_path, parts, depth, charset, title, encoding, cut):
    raw = _html(parts, depth, charset, title).encode(encoding, errors="replace")
    if cut is not None:
        raw = raw[: int(len(raw) * cut)]
    p = tmp_path / "a.html"
    p.write_bytes(raw)
    arts, errs = read_all([p])
    assert len(arts) + len(errs) == 1
    for a in arts:
        assert a.text.strip()


# --- JSON Lines: every field, every JSON type -----------------------------------------------

JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=False),
              TEXT, HEADER_VALUE),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=8)
FIELDS = ["text", "title", "url", "outlet", "published", "byline", "id", "language"]


@fuzz(200)
@given(records=st.lists(st.dictionaries(st.sampled_from(FIELDS), JSON_VALUE, max_size=6), min_size=1, max_size=4))
def test_jsonl_every_field_every_type(tmp_path, records):
    lines = [json.dumps({"text": BODY + " 0", "outlet": "Wire"})]
    for i, rec in enumerate(records, start=1):
        lines += [json.dumps(rec), json.dumps({"text": f"{BODY} {i}", "outlet": "Wire"})]
    p = tmp_path / "f.jsonl"
    p.write_text("\n".join(lines) + "\n")
    arts, errs = read_all([p])
    where = sorted([int(a.source_path.rsplit(":", 1)[1]) for a in arts] + [e.line for e in errs])
    assert where == list(range(1, len(lines) + 1))  # every line accounted for, with its number
    good = {int(a.source_path.rsplit(":", 1)[1]) for a in arts}
    assert set(range(1, len(lines) + 1, 2)) <= good  # the good lines around the bad ones are read


# --- compressed bombs ---------------------------------------------------------------------

@fuzz(15)
@given(kind=st.sampled_from(["txt", "jsonl", "html"]), mb=st.integers(3, 40), level=st.integers(1, 9))
def test_gzip_bomb_named_as_any_reader(tmp_path, kind, mb, level):
    """A gzip stream that inflates to megabytes, named as a text reader's file, a ``.gz`` file,
    and sent inside a WARC response with Content-Encoding: gzip: never inflated without bound."""
    payload = b"A" * (mb * 1_000_000)
    bomb = gzip.compress(payload, compresslevel=level)
    paths = []
    for name in (f"bomb.{kind}", f"bomb.{kind}.gz"):
        p = tmp_path / name
        p.write_bytes(bomb)
        paths.append(p)
    arts, errs = read_all(paths, max_file_bytes=2_000_000)
    assert not arts and len(errs) == 2
    z = tmp_path / "z.txt"
    z.write_bytes(zlib.compress(payload))
    arts, errs = read_all([z], max_file_bytes=2_000_000)
    assert not arts and len(errs) == 1


# --- directories of good and bad files ------------------------------------------------------

GOOD_FILES = {
    "txt": BODY.encode(),
    "html": _html([], 3, "utf-8", "Clashes in Goma").encode(),
    "jsonl": (json.dumps({"text": BODY, "outlet": "Reuters"}) + "\n").encode(),
}
BAD_FILES = st.one_of(st.binary(max_size=200), st.just(b""), st.just(b"\xff\xfe\x00\x00" * 100),
                      st.just(b"<html><body><nav>Home</nav></body></html>"), st.just(b"{oops}\n"),
                      st.just(gzip.compress(b"x" * 1000)), st.just(b"\x00" * 100))
NAME = st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\0" not in b and not b.startswith(b"."))


@fuzz(150)
@given(files=st.lists(st.tuples(st.sampled_from(["txt", "html", "jsonl", "warc", "pdf", ""]), st.booleans(),
                                BAD_FILES, NAME), min_size=1, max_size=8, unique_by=lambda f: f[3]))
def test_directory_of_good_and_bad_files(tmp_path, files):
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    for f in d.iterdir():
        f.unlink()
    good = set()
    for i, (kind, is_good, bad, name) in enumerate(files):
        fname = os.fsdecode(name + (f".{i}.{kind}" if kind else f".{i}").encode())
        content = GOOD_FILES[kind].replace(b"Goma", b"Goma " + str(i).encode()) \
            if is_good and kind in GOOD_FILES else bad
        (d / fname).write_bytes(content)
        if is_good and kind in GOOD_FILES:
            good.add(i)
    arts, errs = read_all([d])
    got = {int(re.search(r"\.(\d+)\.(txt|html|jsonl)(:\d+)?$", a.source_path).group(1)) for a in arts}
    shown = (sorted(os.listdir(d)), [str(e) for e in errs], [a.source_path for a in arts])
    assert good <= got, shown  # every good file is read, whatever its neighbours
    assert len(arts) + len(errs) >= len(files), shown  # and every other one is reported
