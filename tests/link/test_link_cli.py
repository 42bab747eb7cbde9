from click.testing import CliRunner


def test_story_commands(hand_seeds, tmp_path):
    from crossbearing.cli import cli
    from crossbearing.link import link_store
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    db = str(tmp_path / "seeds.duckdb")
    with Store(db) as store:
        store.write_analyses(list(hand_seeds))
        link_store(store, Settings.load(db=db))
        sid = store.query("SELECT id FROM stories")[0]["id"]
    runner = CliRunner()
    out = runner.invoke(cli, ["link", "--db", db])
    assert out.exit_code == 0, out.output
    assert "cross_events" in out.output and "stories 1" in out.output
    out = runner.invoke(cli, ["stories", "--db", db], terminal_width=200)
    assert out.exit_code == 0, out.output
    assert sid in out.output
    out = runner.invoke(cli, ["story", sid, "--db", db], terminal_width=250)
    assert out.exit_code == 0, out.output
    assert "GPA" in out.output and "PressTV" in out.output
    assert "only PressTV" in out.output and "agree" in out.output
    assert "five" in out.output and "cross-outlet" in out.output
    out = runner.invoke(cli, ["story", sid, "--db", db, "--json"])
    assert '"facts"' in out.output
    out = runner.invoke(cli, ["cross-events", "--db", db, "--corroborated-min", "2"], terminal_width=200)
    assert out.exit_code == 0, out.output
    out1 = runner.invoke(cli, ["cross-events", "--db", db, "--corroborated-min", "1"], terminal_width=200)
    assert out1.output.count("X-") > out.output.count("X-")


def test_listing_commands_share_the_event_filters_and_print_json_or_csv(hand_seeds, tmp_path):
    import csv
    import io
    import json

    from crossbearing.cli import cli
    from crossbearing.link import link_store
    from crossbearing.settings import Settings
    from crossbearing.store import Store

    db = str(tmp_path / "seeds.duckdb")
    with Store(db) as store:
        store.write_analyses(list(hand_seeds))
        link_store(store, Settings.load(db=db))
        sid = store.query("SELECT id FROM stories")[0]["id"]
        n_events = store.query("SELECT count(*) AS n FROM merged_events WHERE kind = 'event'")[0]["n"]
    runner = CliRunner()
    out = runner.invoke(cli, ["events", "--db", db, "--json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert len(rows) == n_events > 0 and {"event_id_cnty", "n_origins", "story_id"} <= set(rows[0])
    two = [r for r in rows if r["n_outlets"] == 2]
    assert two  # an event both outlets report is one row
    out = runner.invoke(cli, ["events", "--db", db, "--csv", "--outlet", "PressTV", "--country", "sy"])
    table = list(csv.DictReader(io.StringIO(out.stdout)))
    assert table and all("PressTV" in r["source"] for r in table) and list(table[0])[0] == "event_id_cnty"
    out = runner.invoke(cli, ["events", "--db", db, "--json", "--min-origins", "9"])
    assert json.loads(out.stdout) == [] and "fewer than 9 independent origins" in out.stderr
    out = runner.invoke(cli, ["events", "--db", db, "--date-from", "2017-13-01"])
    assert out.exit_code == 2 and "date" in out.output
    out = runner.invoke(cli, ["export", "--db", db, "--format", "acled-csv", "--event-type", "Air/drone strike",
                              "-o", str(tmp_path / "strikes.csv")])
    assert out.exit_code == 0, out.output
    strikes = list(csv.DictReader(open(tmp_path / "strikes.csv", encoding="utf-8")))
    assert strikes and all(r["sub_event_type"] == "Air/drone strike" for r in strikes)
    assert "not of type Air/drone strike" in out.stderr
    out = runner.invoke(cli, ["stories", "--db", db, "--json"])
    assert [s["id"] for s in json.loads(out.stdout)] == [sid]
    out = runner.invoke(cli, ["stories", "--db", db, "--json", "--actor", "nobody at all"])
    assert json.loads(out.stdout) == []
    out = runner.invoke(cli, ["story", sid, "--db", db, "--csv", "--min-origins", "1"])
    assert len(list(csv.DictReader(io.StringIO(out.stdout)))) == n_events
    art = hand_seeds[1].article.id
    out = runner.invoke(cli, ["show", art, "--db", db, "--json"])
    view = json.loads(out.stdout)
    kinds = {s["kind"] for s in view["spans"]}
    assert {"place", "figure"} <= kinds and any(s["resolved"] for s in view["spans"])
    assert all(art in e["article_ids"] for e in view["events"])
    out = runner.invoke(cli, ["show", art, "--db", db], terminal_width=200)
    assert out.exit_code == 0 and "resolved to" in out.output
