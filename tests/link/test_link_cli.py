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
