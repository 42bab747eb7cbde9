"""Article text is untrusted: rich markup in it is shown as text, and escape sequences and
other control characters never reach the terminal (issue 13)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from crossbearing.cli import cli
from crossbearing.safetext import printable, shown_path
from crossbearing.store import Store

ESC_TITLE = "[/] [bold red]Raid[/bold red] \x1b[2J\x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \x9b31m \u202eevil"
BODY = ("GOMA (Reuters) - Heavy fighting broke out in Goma on Tuesday between the army and M23 rebels, "
        "residents said. [/] \x1b[31mFive people were killed\x1b[0m, a local official said.")


def _db(tmp_path):
    corpus = tmp_path / "hostile.jsonl"
    recs = [{"text": BODY, "title": ESC_TITLE, "outlet": "[red]Wire[/]", "published": "2024-05-07"},
            {"text": BODY.replace("Reuters", "AP").replace("Five", "Six"), "title": "[/]", "outlet": "AP\x1b[8m",
             "published": "2024-05-07"}]
    corpus.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    db = str(tmp_path / "h.duckdb")
    res = CliRunner().invoke(cli, ["run", str(corpus), "--db", db])
    assert res.exit_code == 0, res.output
    return db


def _clean(output: str) -> bool:
    return not any(ch in output for ch in ("\x1b", "\x07", "\x9b", "\u202e"))


def test_hostile_titles_and_text_in_every_listing(tmp_path):
    db = _db(tmp_path)
    runner = CliRunner()
    listing = runner.invoke(cli, ["articles", "--db", db])
    assert listing.exit_code == 0, listing.output
    assert "[/]" in listing.output and "[red]Wire[/]" in listing.output and _clean(listing.output)
    with Store(db) as s:
        ids = [r["id"] for r in s.query("SELECT id FROM articles ORDER BY id")]
        story_ids = [r["id"] for r in s.query("SELECT id FROM stories")]
    for aid in ids:
        shown = runner.invoke(cli, ["show", aid, "--db", db])
        assert shown.exit_code == 0, shown.output
        assert "[/]" in shown.output and _clean(shown.output)
    assert story_ids
    for cmd in (["stories"], ["story", story_ids[0]], ["cross-events"], ["events"]):
        res = runner.invoke(cli, [*cmd, "--db", db])
        assert res.exit_code == 0, (cmd, res.output)
        assert _clean(res.output), cmd


def test_printable_keeps_offsets_and_escapes_surrogates():
    text = "a\x1bb\tc\nd\x9be\u202ef"
    out = printable(text)
    assert len(out) == len(text) and "\x1b" not in out and "\t" in out and "\n" in out
    assert "\n" not in printable(text, one_line=True)
    assert printable("x\udc80y") == "x\\udc80y"
    assert shown_path("caf\udce9.txt") == "caf\\xe9.txt"


def test_run_report_lines_are_one_line_and_clean(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "Fighting in Goma on Monday."}\n{"text": "x", "title": "\\ud800"}\n{oops \x1b[2J}\n')
    res = CliRunner().invoke(cli, ["run", str(p), "--db", str(tmp_path / "t.duckdb"), "--no-link"],
                             env={"CROSSBEARING_EXTRACTORS": "mentions"})
    assert res.exit_code == 2
    skipped = [ln for ln in res.output.splitlines() if ln.startswith("skipped: ")]
    assert [ln.split(":")[2] for ln in skipped] == ["2", "3"]
    assert _clean(res.output)
